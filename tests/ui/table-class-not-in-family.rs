use gwerr_core::error_table;

error_table! {
    pub enum Error {
        status = 4XX;

        table "Errors" (5XX) {
        | Error code | HTTP status code | Message |
        | E500 | 500 | "Internal" |
        }
    }
}

fn main() {}
