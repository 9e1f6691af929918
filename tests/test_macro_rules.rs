//! Families declared by a `macro_rules!` macro: its fragments reach
//! `error_table!` as tokens that text cannot carry (a `$t:ty` is an
//! invisible group, `$crate` a name only the compiler can resolve), and
//! the expansion passes them through as tokens.

use std::fmt;
use std::str::FromStr;

/// A placeholder type named through `$crate`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Local(pub u8);

impl fmt::Display for Local {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl FromStr for Local {
    type Err = std::num::ParseIntError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.trim_start_matches('#').parse().map(Local)
    }
}

/// Declares a family whose `Count` is of type `$count`, and whose `Item`
/// is `$crate::Local`.
macro_rules! family {
    ($name:ident, $count:ty) => {
        gwerr_core::error_table! {
            pub enum $name {
                type Count = $count;
                type Item = $crate::Local;

                table "Wrapped" {
                | Code | Status | Message |
                | E400AA | 400 | "Bad ${Count} of ${Item}" |
                | E404AA | 404 | "No ${Item}" |
                }
            }
        }
    };
}

family!(Wrapped, u32);
family!(WrappedPath, ::core::primitive::u16);

#[test]
fn fragment_types_are_the_fields_types() {
    let error = Wrapped::E400AA {
        count: 7_u32,
        item: Local(3),
    };
    assert_eq!(error.to_string(), "Bad 7 of #3");
    assert_eq!(error.status().as_u16(), 400);
    let read = Wrapped::from_fields(WrappedCode::E400AA, &["7", "#3"]);
    assert_eq!(read, Ok(error));
    let other = WrappedPath::E404AA { item: Local(9) };
    assert_eq!(other.to_string(), "No #9");
    let count: u16 = match (WrappedPath::E400AA {
        count: 2,
        item: Local(1),
    }) {
        WrappedPath::E400AA { count, .. } => count,
        WrappedPath::E404AA { .. } => 0,
    };
    assert_eq!(count, 2);
}
