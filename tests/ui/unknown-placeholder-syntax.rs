use gwerr_core::error_table;

error_table! {
    pub enum Error {
        placeholders = "${Name}" | "%d";
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD | 400 | "Invalid Header" | "" |
        }
    }
}

fn main() {}
