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
fn the_code_enum_traits_are_those_a_derive_writes() {
    // `Debug` is the variant's name, as `#[derive(Debug)]` writes it: a raw
    // identifier without its `r#`.
    assert_eq!(format!("{:?}", KeywordsCode::r#match), "match");
    assert_eq!(format!("{:#?}", KeywordsCode::Selfish), "Selfish");
    assert_eq!(format!("{:?}", KeywordsCode::__ROWS_0), "__ROWS_0");
    let names: Vec<String> = KeywordsCode::ALL.iter().map(|c| format!("{c:?}")).collect();
    assert_eq!(
        names,
        ["type", "match", "Selfish", "Rows", "Family", "__ROWS_0"]
    );
    // Ordered as the table is, and hashed alike when equal.
    assert!(KeywordsCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!(
        KeywordsCode::ALL.iter().max(),
        Some(&KeywordsCode::__ROWS_0)
    );
    assert_eq!(
        KeywordsCode::Rows.partial_cmp(&KeywordsCode::r#type),
        Some(std::cmp::Ordering::Greater)
    );
    let set: std::collections::HashSet<KeywordsCode> = KeywordsCode::ALL
        .iter()
        .chain(KeywordsCode::ALL)
        .copied()
        .collect();
    assert_eq!(set.len(), KeywordsCode::ALL.len());
    let copy = KeywordsCode::Family;
    #[allow(clippy::clone_on_copy)]
    let clone = copy.clone();
    assert_eq!((copy, clone), (KeywordsCode::Family, KeywordsCode::Family));
}

#[test]
fn phrases_and_templated_messages_display_side_by_side() {
    // The phrases are read from one array by code; the templated message
    // has an arm of its own.
    assert_eq!(Keywords::r#match.to_string(), "No match");
    assert_eq!(Keywords::Selfish.to_string(), "Conflict");
    assert_eq!(Keywords::__ROWS_0.to_string(), "Internal-looking");
    assert_eq!(
        Keywords::r#type { r#in: "y".into() }.to_string(),
        "Bad type y"
    );
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

gwerr_core::error_table! {
    /// Fields named like the expansion's own locals and parameters.
    pub enum Locals {
        placeholders = "{Name}";

        table "Locals" {
        | Code | Status | Message |
        | A1 | 400 | "a {__out} b {code} c {fields} d {index}" |
        | A2 | 400 | "{__value} {__code} {value} {__f1} {__f0}" |
        | A3 | 400 | "{Self_} {__S} {__serializer} {__D} {__deserializer} {__row_entry}" |
        | "A4{__out}X" as A4 | 400 | "t {__out} {code}" |
        }
    }
}

#[test]
fn fields_named_like_the_expansions_locals_are_plain_fields() {
    let error = Locals::A1 {
        __out: "1".into(),
        code: "2".into(),
        fields: "3".into(),
        index: "4".into(),
    };
    assert_eq!(error.to_string(), "a 1 b 2 c 3 d 4");
    let read = Locals::from_fields(LocalsCode::A1, &["1", "2", "3", "4"]);
    assert_eq!(read, Ok(error));

    // Bindings of the expansion's own (`__f0`, ...) are fields too.
    let error = Locals::from_fields(LocalsCode::A2, &["v", "c", "w", "one", "zero"]).unwrap();
    assert_eq!(error.to_string(), "v c w one zero");
    assert!(matches!(&error, Locals::A2 { __f0, __f1, .. } if __f1 == "one" && __f0 == "zero"));

    let texts = ["1", "2", "3", "4", "5", "6"];
    let error = Locals::from_fields(LocalsCode::A3, &texts).unwrap();
    assert_eq!(error.to_string(), "1 2 3 4 5 6");

    let error = Locals::A4 {
        __out: "1".into(),
        code: "2".into(),
    };
    assert_eq!(error.to_string(), "t 1 2");
    assert_eq!(error.wire_code(), "A41X");
    assert_eq!("A4zX".parse::<LocalsCode>(), Ok(LocalsCode::A4));
}

gwerr_core::error_table! {
    /// Rows without fields: the family is `Copy`, and `Debug` is written
    /// through the code.
    pub enum Phrases {
        table "Phrases" {
        | Code | Status | Message |
        | P1 as r#loop | 400 | "One" |
        #[deprecated]
        | P2 as Old | 404 | "Two" |
        | P3 | 409 | "" |
        }
    }
}

#[test]
#[allow(deprecated)]
fn a_family_without_fields_is_copy_and_debugs_as_a_derive_would() {
    assert_eq!(format!("{:?}", Phrases::r#loop), "loop");
    assert_eq!(format!("{:#?}", Phrases::Old), "Old");
    assert_eq!(format!("{:?}", Phrases::P3), "P3");
    for &code in PhrasesCode::ALL {
        let error = Phrases::from_fields(code, &[]).unwrap();
        let copy = error;
        #[allow(clippy::clone_on_copy)]
        let clone = error.clone();
        assert_eq!((copy.code(), &clone), (code, &error));
        assert_eq!(PhrasesCode::ALL[code as usize], code);
    }
    // Every variant's code, in table order: `code()` reads it by number.
    let errors = [Phrases::r#loop, Phrases::Old, Phrases::P3];
    let codes: Vec<PhrasesCode> = errors.iter().map(Phrases::code).collect();
    assert_eq!(codes, PhrasesCode::ALL);
    assert_eq!(Phrases::Old.to_string(), "Two");
    assert_eq!(Phrases::P3.to_string(), "");
    // A text for a row without fields is still one too many.
    let error = Phrases::from_fields(PhrasesCode::P3, &["x"]).unwrap_err();
    assert!(matches!(
        error,
        gwerr_core::FieldError::Count {
            code: "P3",
            expected: 0,
            found: 1,
            ..
        }
    ));
}
