use gwerr_core::error_table;

error_table! {
    pub enum Error {
        code = Error;

        table "Errors" {
        | Code | Status |
        | E1 | 400 |
        }
    }
}

fn main() {}
