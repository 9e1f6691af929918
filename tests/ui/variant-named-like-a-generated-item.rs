use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | Status |
        | ALL | 400 |
        | E2 as row | 400 |
        | code | 400 |
        | E4 as r#from_fields | 400 |
        }
    }
}

fn main() {
    let _ = Error::E2;
}
