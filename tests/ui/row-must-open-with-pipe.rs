use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        /// The next row forgot its opening pipe.
        I400HD | 400 | "Invalid Header" | "" |
        }
    }
}

fn main() {}
