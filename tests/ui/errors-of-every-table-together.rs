use gwerr_core::error_table;

error_table! {
    pub enum Error {
        status_in_code = 1..4;

        table "Clients" (4XX) {
        | Error code | HTTP status code | Message | Description |
        | I400HD | 400 | "Invalid Header `${HeaderName` ${Reason}" | "" |
        | I400MH | 404 | "Header `${HeaderName}` is Required" | "" |
        }

        table "Servers" (5XX) {
        | Error code | HTTP status code | Message | Description |
        | X500ER | 500 | "Service Internal Error" | "" |
        | I400HD | 400 | "Invalid Header" | "" |
        }
    }
}

fn main() {}
