use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status | Message |
        | Fine | 400 | "Fine" |
        #[retry(never)]
        }
        table "More" {
        | Code | Status | Message |
        | Also | 400 | "Also" |
        #
        }
    }
}

fn main() {}
