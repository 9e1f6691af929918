use gwerr_core::error_table;

error_table! {
    pub enum Error {
        message = Error code;
        table "Errors" {
        | Error code | HTTP status code | Description |
        | I400HD | 400 | "Invalid header" |
        | I400MH | 400 | "Missing header" |
        }
    }
}

fn main() {}
