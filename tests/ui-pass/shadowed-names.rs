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

fn main() {
    let error = ShadowError::Bad {
        thing: "x".into(),
    };
    assert_eq!(error.to_string(), "Bad x");
    assert_eq!(ShadowError::Missing { key: "k".into() }.wire_code(), "S404k");
    assert_eq!("S404k".parse::<ShadowCode>(), ::core::result::Result::Ok(ShadowCode::Missing));
}
