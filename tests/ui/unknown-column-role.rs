use gwerr_core::error_table;

error_table! {
    pub enum Error {
        columns = { code: gRPC, state: HTTP };
        table "Errors" {
        | gRPC | HTTP | Message |
        | NOT_FOUND | 404 | "Not found" |
        }
    }
}

fn main() {}
