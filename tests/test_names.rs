//! Names a table may use: raw identifiers as codes and variant names, and
//! names that only look like the expansion's own.

#![allow(non_camel_case_types)]

use gwerr_core::ErrorCode;

gwerr_core::error_table! {
    /// Keywords as codes and names.
    pub enum Keywords {
        placeholders = "{Name}";

        table "Keywords" {
        | Code | Status | Message |
        | r#type | 400 | "Bad type {in}" |
        | E2 as r#match | 404 | "No match" |
        | r#Self_ as Selfish | 409 | "Conflict" |
        | Rows | 400 | "Rows" |
        | Family | 400 | "Family" |
        | __ROWS_0 | 400 | "Internal-looking" |
        }
    }
}

#[test]
fn a_raw_identifier_is_its_text() {
    let code = KeywordsCode::r#type;
    assert_eq!(code.as_str(), "type");
    assert_eq!("type".parse::<KeywordsCode>(), Ok(KeywordsCode::r#type));
    assert!("r#type".parse::<KeywordsCode>().is_err());
    let error = Keywords::r#type { r#in: "x".into() };
    assert_eq!(error.wire_code(), "type");
    assert_eq!(error.to_string(), "Bad type x");
    assert_eq!(code.row().fields[0].name, "in");
    assert_eq!(KeywordsCode::r#match.row().variant, "match");
    assert_eq!(KeywordsCode::r#match.as_str(), "E2");
    assert_eq!(KeywordsCode::FAMILY.name, "Keywords");
}

#[test]
fn names_like_the_expansions_internals_are_plain_variants() {
    assert_eq!(
        "__ROWS_0".parse::<KeywordsCode>(),
        Ok(KeywordsCode::__ROWS_0)
    );
    assert_eq!(KeywordsCode::Family.row().message.text, "Family");
    assert_eq!(KeywordsCode::ALL.len(), 6);
    assert_eq!(<KeywordsCode as ErrorCode>::ALL.len(), 6);
}
