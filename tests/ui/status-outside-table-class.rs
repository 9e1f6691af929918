use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors for servers" (5XX) {
        | Error code | HTTP status code | Description | Solution |
        | "Internal Error" | 500 | "" | "Try again later." |
        | "Throttled by APP Flow Control" | 403 | "" | "" |
        }
    }
}

fn main() {}
