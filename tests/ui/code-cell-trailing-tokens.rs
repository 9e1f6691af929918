use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD InvalidHeader | 400 | "Invalid Header" | "" |
        }
    }
}

fn main() {}
