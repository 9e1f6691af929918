use gwerr_core::error_table;

error_table! {
    pub enum Error {
        message = Descripton;

        table "Errors" {
        | Code | Status | Description |
        | E1 | 400 | "Bad" |
        }
    }
}

fn main() {}
