use gwerr_core::error_table;

error_table! {
    pub enum Error {
        backoff = { never: 5s, throttled: 5 };
        table "Errors" {
        | Code | Status | Message |
        | SlowDown | 429 | "Slow down" |
        }
    }
}

fn main() {}
