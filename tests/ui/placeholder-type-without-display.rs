use gwerr_core::error_table;

/// A type that can be read back but not written into a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiet;

impl std::str::FromStr for Quiet {
    type Err = std::convert::Infallible;
    fn from_str(_: &str) -> Result<Self, Self::Err> {
        Ok(Quiet)
    }
}

error_table! {
    pub enum Error {
        type Thing = Quiet;

        table "Errors" {
        | Code | Status | Message |
        | E400AA | 400 | "Bad {Thing}" |
        }
    }
}

fn main() {}
