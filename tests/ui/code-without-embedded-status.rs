use gwerr_core::error_table;

error_table! {
    pub enum Error {
        status_in_code = 1..4;
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | IXXXHD | 400 | "Invalid Header" | "" |
        | "A4" as Short | 400 | "Short code" | "" |
        }
    }
}

fn main() {}
