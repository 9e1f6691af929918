use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD | 400 | "Invalid Header" |  |
        | I400MH | 400 | "Missing Header" |  |
        | I400BD | 400 | "Invalid Body" | "" |
        }
    }
}

fn main() {}
