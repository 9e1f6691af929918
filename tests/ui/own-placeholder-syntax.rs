use gwerr_core::error_table;

error_table! {
    pub enum Error {
        placeholders = "Name}" | "$(Name )" | "$(Name)" | "@Name@" | "((((((((((Name)";

        table "Errors" {
        | Code | Status | Message |
        | Fine | 400 | "Fine $(Thing)" |
        }
    }
}

fn main() {}
