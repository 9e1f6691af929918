use gwerr_core::error_table;

error_table! {
    pub enum NoStatus {
        table "Errors" {
        | Error code | Message |
        | I400HD | "Invalid Header" |
        }
    }
}

error_table! {
    pub enum NoCode {
        table "Errors" {
        | HTTP status code | Message |
        | 400 | "Invalid Header" |
        }
    }
}

fn main() {}
