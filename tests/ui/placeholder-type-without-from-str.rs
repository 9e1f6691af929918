use gwerr_core::error_table;

/// A type that can be shown but not read back from a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opaque;

impl std::fmt::Display for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("opaque")
    }
}

error_table! {
    pub enum Error {
        type Thing = Opaque;

        table "Errors" {
        | Error code | HTTP status code | Message |
        | E400TH | 400 | "Bad ${Thing}" |
        }
    }
}

fn main() {}
