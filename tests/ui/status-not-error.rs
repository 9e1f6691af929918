use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | OK | 200 | "OK" | "" |
        | Moved | 301 | "Moved" | "" |
        }
    }
}

fn main() {}
