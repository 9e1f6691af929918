use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status |
        #[retry(sometimes)]
        | E1 | 503 |
        #[retry(never)]
        #[retry(transient)]
        | E2 | 503 |
        #[retry]
        | E3 | 429 |
        }
    }
}

fn main() {}
