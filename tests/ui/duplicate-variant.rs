use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD as InvalidHeader | 400 | "Invalid Header" | "" |
        | I400MH as InvalidHeader | 400 | "Missing Header" | "" |
        }
    }
}

fn main() {}
