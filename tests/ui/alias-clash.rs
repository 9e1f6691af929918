use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message |
        #[alias("Gone", "NOT_FOUND")]
        | NotFound | 404 | "Not found" |
        #[alias("NOT_FOUND", "Gone2")]
        | Gone | 410 | "Gone" |
        #[alias("Gone2", "Expired")]
        | Expired | 410 | "Expired" |
        }
    }
}

fn main() {}
