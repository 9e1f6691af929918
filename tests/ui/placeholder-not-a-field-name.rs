use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | I400HD | 400 | "Invalid ${self}" | "" |
        | I400MH | 400 | "Header ${HeaderName} or ${header_name}" | "" |
        | I400TW | 400 | "${Param} or ${param}, ${Kind} or ${kind}" | "" |
        }
    }
}

fn main() {}
