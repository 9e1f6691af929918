// Items a user crate may well define with the names the expansion needs.
#![allow(dead_code, non_camel_case_types)]

struct Result;
struct Option;
struct String;
struct Ok;
struct Err;
struct Some;
struct Vec;
struct Box;
struct Cow;
mod http {}
mod fmt {}
mod core {}
mod std {}
trait Display {}
trait FromStr {}
trait Error {}

gwerr_core::error_table! {
    pub enum ShadowError {
        code = ShadowCode;
        placeholders = "${Name}" | "%s";

        table "Errors" (4XX) {
        | Error code | HTTP status code | Message |
        | S400AA as Bad | 400 | "Bad ${Thing}" |
        | "S404%s" % Key as Missing | 404 | "No %s" % Key |
        }
    }
}

/// A placeholder type named like the items the expansion declares beside
/// a family's impls.
#[derive(Debug, Clone, PartialEq, Eq)]
struct __Field(u8);

impl ::core::fmt::Display for __Field {
    fn fmt(&self, out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(out, "{}", self.0)
    }
}

impl ::core::str::FromStr for __Field {
    type Err = ::core::num::ParseIntError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        text.parse().map(__Field)
    }
}

gwerr_core::error_table! {
    pub enum LevelError {
        type Level = __Field;

        table "Levels" (4XX) {
        | Error code | HTTP status code | Message |
        | L400AA as TooHigh | 400 | "Level ${Level} too high" |
        | L400AB as Unknown | 400 | "Unknown" |
        }
    }
}

fn main() {
    let high = LevelError::TooHigh { level: __Field(9) };
    assert_eq!(high.to_string(), "Level 9 too high");
    assert_eq!(::std::format!("{high:?}"), "TooHigh { level: __Field(9) }");
    assert!(high == high.clone() && high != LevelError::Unknown);
    let error = ShadowError::Bad {
        thing: "x".into(),
    };
    assert_eq!(error.to_string(), "Bad x");
    assert_eq!(ShadowError::Missing { key: "k".into() }.wire_code(), "S404k");
    assert_eq!("S404k".parse::<ShadowCode>(), ::core::result::Result::Ok(ShadowCode::Missing));
}
