use gwerr_core::error_table;

/// A type that cannot be read back from a message.
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
        | Code | Status | Message |
        | E400AA | 400 | "Bad {Thing}" |
        | E400AB | 400 | "Worse" |
        }
    }
}

fn main() {
    let code: ErrorCode = "E400AB".parse().unwrap();
    let _ = (code.status(), Error::E400AB.to_string(), Error::E400AA { thing: Opaque }.code());
}
