use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Error code | HTTP status code | Message | Description |
        | A403FC | 403 | "Function Compute AssumeRole failed ${RequestId}${Reason}" | "" |
        }
    }
}

fn main() {}
