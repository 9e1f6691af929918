use gwerr_core::error_table;

error_table! {
    pub enum Error {
        status = 4XX | 4XX | 10XX | 400;
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD | 400 | "Invalid Header" | "" |
        }
    }
}

fn main() {}
