use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | HTTP status code | Message |
        | BadInput | Bad + Request (400) | "Bad input" |
        }
    }
}

fn main() {}
