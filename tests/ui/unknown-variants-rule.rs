use gwerr_core::error_table;

error_table! {
    pub enum Error {
        variants = snake_case;
        table "Errors" {
        | Code | Status | Message |
        | NOT_FOUND | 404 | "Not found" |
        }
    }
}

fn main() {}
