use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message |
        #[retry(never, after = 30s)]
        | QuotaSpent | 403 | "Quota spent" |
        #[retry(throttled, after = 30)]
        | Throttled | 429 | "Slow down" |
        #[retry(throttled, after = 2d)]
        | Busy | 503 | "Busy" |
        #[retry(transient, after = 25h)]
        | Later | 503 | "Later" |
        }
    }
}

fn main() {}
