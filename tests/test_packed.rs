//! A family's metadata is packed by the macro into texts and numbers, in
//! chunks, and unpacked by `gwerr_core` when `FAMILY` is evaluated: every
//! column of every row comes back as the table wrote it, past 127 texts
//! (numbers of more than one byte), across chunks and tables, with extra
//! columns, reason phrases, templated codes, deprecated rows and declared
//! retry kinds. The rows of
//! `Packed` are numbered so that each value is worked out from its index.

#![allow(deprecated)]

use gwerr_core::{Part, Retry};
use http::StatusCode;

// The table, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/packed.rs"));

const NUMBERED: usize = 160;

/// A template's parts as texts, a placeholder as `{index}`.
fn pieces(parts: &[Part]) -> Vec<String> {
    let piece = |part: &Part| match part {
        Part::Literal(text) => text.to_string(),
        Part::Placeholder(index) => format!("{{{index}}}"),
    };
    parts.iter().map(piece).collect()
}

fn status(i: usize) -> StatusCode {
    StatusCode::from_u16([400, 403, 429, 503][i % 4]).unwrap()
}

#[test]
fn every_numbered_row_comes_back_as_written() {
    let table = &PackedCode::FAMILY.tables[0];
    assert_eq!(table.title, "1. Numbered");
    assert_eq!(table.rows.len(), NUMBERED);
    for (i, row) in table.rows.iter().enumerate() {
        let code = PackedCode::ALL[i];
        assert!(std::ptr::eq(code.row(), row), "row {i}");
        assert_eq!(row.variant, format!("Row{i}"));
        assert_eq!(row.code.text, format!("E{i:05}"));
        assert_eq!(row.code.parts, [Part::Literal(row.code.text)]);
        assert_eq!(row.status, status(i));
        assert_eq!(row.status_phrase, "");
        let message = format!("Row {i} of ${{Count}} in `${{Item}}`");
        assert_eq!(row.message.text, message);
        assert_eq!(
            pieces(row.message.parts),
            [&format!("Row {i} of "), "{0}", " in `", "{1}", "`"]
        );
        assert_eq!(row.description, format!("Description {i}."));
        assert_eq!((row.solution, row.scenario), ("", ""));
        assert_eq!(row.extras, [format!("v{}", i % 3)]);
        let fields: Vec<_> = row
            .fields
            .iter()
            .map(|f| (f.placeholder, f.name, f.ty))
            .collect();
        assert_eq!(
            fields,
            [("Count", "count", "u32"), ("Item", "item", "String")]
        );
        let retry = if i % 7 == 3 {
            Retry::Transient
        } else {
            Retry::from_status(status(i))
        };
        assert_eq!(
            (row.retry, row.retryable),
            (retry, retry.is_retryable()),
            "row {i}"
        );
        assert!(!row.code_is_message);
        assert_eq!(row.deprecated, i % 11 == 5, "row {i}");
    }
}

#[test]
fn a_table_without_messages_comes_back_as_written() {
    let table = &PackedCode::FAMILY.tables[1];
    assert_eq!(table.title, "2. Phrases");
    let [throttled, missing] = table.rows else {
        panic!("two rows: {:?}", table.rows)
    };
    assert!(std::ptr::eq(PackedCode::Throttled.row(), &table.rows[0]));
    assert!(std::ptr::eq(PackedCode::Missing.row(), &table.rows[1]));
    assert_eq!(throttled.code.text, "Throttled by App");
    assert_eq!(throttled.message, throttled.code);
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(throttled.status_phrase, "Too Many Requests");
    assert_eq!(throttled.retry, Retry::Throttled);
    assert!(throttled.code_is_message && missing.code_is_message);
    assert_eq!(missing.code.text, "Missing%s");
    assert_eq!(
        missing.code.parts,
        [Part::Literal("Missing"), Part::Placeholder(0)]
    );
    let fields: Vec<_> = missing
        .fields
        .iter()
        .map(|f| (f.placeholder, f.name, f.ty))
        .collect();
    assert_eq!(fields, [("Name", "name", "String")]);
    assert!(missing.extras.is_empty() && throttled.fields.is_empty());
    assert_eq!(PackedCode::ALL.len(), NUMBERED + 2);
}
