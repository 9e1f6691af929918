//! Errors on the wire: read from a response and written into one.
//!
//! The gateway's are the `X-Ca-Error-Code` and `X-Ca-Error-Message`
//! headers; a [`Convention`] says where another service puts its code,
//! message and request id (headers, a JSON body or an XML body).
//!
//! # Encoding
//!
//! Header values can only hold visible ASCII, spaces and tabs, and HTTP
//! strips spaces at either end; a placeholder's value (a header name, a
//! path, a domain) may hold anything. So a code or message is written with
//! every byte outside visible ASCII and space (control bytes, DEL, bytes of
//! non-ASCII UTF-8), every `%`, and a space at either end, as `%XX` (upper
//! case hex). A reader decodes every valid `%XX` and leaves any other `%`
//! as it is. The raw header values stay available on every reading.
//!
//! ```
//! use gwerr_core::wire::{decode, encode};
//!
//! let message = "Header `a\r\nb` is 100% wrong ";
//! let value = encode(message);
//! assert_eq!(value, "Header `a%0D%0Ab` is 100%25 wrong%20");
//! assert_eq!(decode(value.as_bytes()), message);
//! ```
//!
//! # Reading
//!
//! [`GatewayResponse::classify`] tells a success, a backend's own error and
//! a gateway error apart, finds the gateway error's family and row from the
//! code, or from the message when a gateway sent no code (older and
//! classic gateways), and reads the fields back out of the message.
//! Which reader:
//!
//! | you have | read it with |
//! |---|---|
//! | a response of an API Gateway, any family | [`GatewayResponse::classify`] (status and headers) or [`GatewayResponse::from_response`]; [`GatewayResponse::into_result`] for a `Result` |
//! | a response of a service of your own family, in the gateway's headers | [`check`] |
//! | a response whose errors are in other headers, or in a JSON or XML body | [`check_response`] (the response and its body), [`check_with`] (headers alone), with a [`Convention`] |
//! | a code and a message as strings | [`read`] |
//!
//! # Example
//! ```
//! use gwerr_core::wire::{self, GatewayResponse, Outcome};
//! use gwerr_core::{AnyError, VpcError};
//!
//! // A server writes the error...
//! let error = VpcError::InvalidHeader { header_name: "X-Ca-Key".into(), reason: "is\r\nempty".into() };
//! let response: http::Response<()> = wire::response(&error, Some("5F0C-17"));
//! assert_eq!(response.headers()["x-ca-error-code"], "I400HD");
//! assert_eq!(response.headers()["x-ca-error-message"], "Invalid Header `X-Ca-Key` is%0D%0Aempty");
//!
//! // ...and a client reads it back.
//! let reading = GatewayResponse::from_response(&response);
//! assert_eq!(reading.request_id(), Some("5F0C-17"));
//! match reading.outcome() {
//!     Outcome::Gateway { error: Ok(read), .. } => assert_eq!(*read, AnyError::Vpc(error)),
//!     other => panic!("{other:?}"),
//! }
//! ```

mod body;
mod convention;
pub(crate) mod encoding;
mod families;
mod gateway;
#[cfg(all(feature = "json", feature = "serde"))]
mod problem_json;
mod rank;
mod read;
mod write;

pub use convention::{Convention, Place, X_CA_ERROR_CODE, X_CA_ERROR_MESSAGE, X_CA_REQUEST_ID};
pub use encoding::{decode, encode, Problem, ReadError};
pub(crate) use families::codes_of;
pub use gateway::{GatewayResponse, Identified, Outcome};
#[cfg(all(feature = "json", feature = "serde"))]
pub use problem_json::{problem_json, problem_response, PROBLEM_JSON, PROBLEM_JSON_TYPE};
pub use read::{check, check_response, check_with, read};
pub use write::{insert_headers, response, response_with};

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use http::{HeaderMap, HeaderName, HeaderValue};

    use super::families::{codes_of, READERS};
    use super::read::{first_values, ONE_PASS_NAMES};

    /// Read in one pass or by hash, the values are `HeaderMap::get`'s: a
    /// name's first value, whatever the map's size and order.
    #[test]
    fn first_values_are_what_get_gives_at_every_map_size() {
        let code = HeaderName::from_static("x-ca-error-code");
        let message = HeaderName::from_static("x-ca-error-message");
        let absent = HeaderName::from_static("x-ca-request-id");
        for others in [0, 3, ONE_PASS_NAMES - 2, ONE_PASS_NAMES, ONE_PASS_NAMES + 5] {
            let mut headers = HeaderMap::new();
            for i in 0..others {
                // Names of the same length as the wanted ones.
                let name = format!("x-ca-other-{i:04}");
                headers.insert(
                    HeaderName::from_bytes(name.as_bytes()).unwrap(),
                    HeaderValue::from_static("other"),
                );
            }
            headers.append(&message, HeaderValue::from_static("first"));
            headers.append(&code, HeaderValue::from_static("I400HD"));
            headers.append(&message, HeaderValue::from_static("second"));
            let names = [&code, &message, &absent, &message];
            let expected = names.map(|name| headers.get(name));
            assert_eq!(first_values(&headers, names), expected, "{others}");
            assert_eq!(expected[1], Some(&HeaderValue::from_static("first")));
            assert_eq!(expected[2], None);
        }
    }

    /// What lets [`codes_of`] stop at the first family that knows a code
    /// as fixed.
    #[test]
    fn no_fixed_code_is_in_two_families() {
        let mut families_of: HashMap<&str, Vec<&str>> = HashMap::new();
        for reader in READERS {
            let rows = reader.family.tables.iter().flat_map(|t| t.rows);
            for row in rows.filter(|row| row.code.is_fixed()) {
                families_of
                    .entry(row.code.text)
                    .or_default()
                    .push(reader.family.name);
            }
        }
        assert!(families_of.len() > 100, "{}", families_of.len());
        let shared: Vec<_> = families_of.iter().filter(|(_, f)| f.len() > 1).collect();
        assert!(shared.is_empty(), "{shared:?}");
        for (code, families) in &families_of {
            let found: Vec<_> = codes_of(code).collect();
            assert_eq!(found.len(), 1, "{code}");
            assert_eq!(found[0].0.family.name, families[0], "{code}");
            assert_eq!(found[0].1.row().code.text, *code);
        }
    }
}
