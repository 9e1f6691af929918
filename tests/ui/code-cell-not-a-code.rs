use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | 400 | 400 | "Numeric code" | "" |
        | I400HD | 400 | "Fine" | "" |
        }
    }
}

fn main() {}
