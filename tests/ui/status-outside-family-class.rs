use gwerr_core::error_table;

error_table! {
    pub enum Error {
        status = 4XX;
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | E1001 | 500 | "Internal" | "" |
        }
    }
}

fn main() {}
