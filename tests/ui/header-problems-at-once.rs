// Every problem of a header is reported in one compile, and the rows are
// still checked against the columns that are known.
use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | gRPC | HTTP | Message |
        | NOT_FOUND | 404 | "Not ${found" |
        | ABORTED | 409 | "Aborted" | "extra" |
        }
    }
}

fn main() {}
