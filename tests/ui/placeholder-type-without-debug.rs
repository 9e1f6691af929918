use gwerr_core::error_table;

/// A type that can be written into a message and read back, but has no
/// `Debug`: reported on its placeholder, with the trait it misses.
#[derive(Clone, PartialEq, Eq)]
pub struct Opaque;

impl std::fmt::Display for Opaque {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        out.write_str("opaque")
    }
}

impl std::str::FromStr for Opaque {
    type Err = std::convert::Infallible;
    fn from_str(_: &str) -> Result<Self, Self::Err> {
        Ok(Opaque)
    }
}

error_table! {
    pub enum Error {
        type Thing = Opaque;

        table "Errors" {
        | Code | Status | Message |
        | E400AA | 400 | "Bad {Thing}" |
        | E400AB | 400 | "Worse {Thing}" |
        }
    }
}

fn main() {}
