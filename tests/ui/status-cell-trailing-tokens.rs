use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD | 400 + 1 | "Invalid Header" | "" |
        }
    }
}

fn main() {}
