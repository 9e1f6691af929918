use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status |
        | ALL | 400 |
        | E2 as row | 400 |
        | code | 400 |
        | E4 as r#from_fields | 400 |
        | E5 | 400 |
        }
    }
}

fn main() {
    // The rows that can stand are there: only the names above are errors.
    let _ = Error::E5.status();
}
