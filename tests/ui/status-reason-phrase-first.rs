use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | HTTP status code | Message |
        | AccessDenied | Forbidden (403) | "Access denied" |
        | NoSuchKey | Forbidden (404) | "No such key" |
        | Busy | "Busy, come back" (503) | "Come back later" |
        }
    }
}

fn main() {}
