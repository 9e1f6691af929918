use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Since version | "since Version" |
        | I400HD | 400 | "Invalid Header" | "1.0" | "2.0" |
        }
    }
}

fn main() {}
