use gwerr_core::error_table;

error_table! {
    pub enum Error {
        /// Codes spell their status.
        status_in_code = 1..4;
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD | 400 | "Invalid Header" | "" |
        }
    }
}

fn main() {}
