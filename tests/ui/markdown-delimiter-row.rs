// A delimiter row is skipped under the header only, and only with the
// header's number of cells: elsewhere it is a row like any other.
use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table "Errors" {
        | Code | HTTP status code | Message |
        |---|:---:|
        | BadInput | 400 | "Bad input" |
        }
    }
}

fn main() {}
