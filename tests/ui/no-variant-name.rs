use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | "..." | 400 | "Dots" | "" |
        | "404 Not Found" | 404 | "Not Found" | "" |
        }
    }
}

fn main() {}
