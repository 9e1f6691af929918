use gwerr_core::error_table;

error_table! {
    pub enum Error {
        table " Errors" {
        | Code | Status | Message |
        | Lead | 400 | "Fine" |
        }
        table "More\nerrors" {
        | Code | Status | Message |
        | Break | 400 | "Fine" |
        }
        table "Errors |" {
        | Code | Status | Message |
        | Pipe | 400 | "Fine" |
        }
    }
}

fn main() {}
