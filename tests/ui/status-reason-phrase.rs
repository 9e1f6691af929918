use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | HTTP status code | Message |
        | AccessDenied | 403 Forbidden | "Access Denied" |
        | NoSuchKey | 404 Forbidden | "The specified key does not exist." |
        | SlowDown | 503 "Slow Down" | "Reduce your request rate." |
        | TooSlow | 503 Slow Down | "Reduce it more." |
        | InvalidRange | 416 Requested Range Not Satisfiable | "The requested range is not satisfiable" |
        }
    }
}

fn main() {
    let _ = Error::AccessDenied.status();
}
