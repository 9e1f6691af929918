//! A family declared from a vendor's document file, the file untouched:
//! the DSL holds only what the document lacks (variant names where a code
//! repeats, retry kinds), the family renders the file's table back byte
//! for byte, and a newer copy of the page diffs as exactly its changes.
//! The fixture is the project's own text in a storage vendor's shapes.

use gwerr_core::{document, wire, ColumnKind, Retry};
use http::StatusCode;

// The family, declared from `tests/fixtures/storage-errors.md`.
include!("fixtures/storage_from_file.rs");

const FILE: &str = include_str!("fixtures/storage-errors.md");

#[test]
fn the_family_is_the_files_table() {
    assert_eq!(StoreCode::ALL.len(), 10);
    assert_eq!(
        Store::PreconditionFailed.status(),
        StatusCode::PRECONDITION_FAILED
    );
    assert_eq!(StoreCode::OperationsBusy.retry(), Retry::Throttled);
    let error = Store::AccountIsDisabled {
        account_name: "acme".into(),
    };
    assert_eq!(error.to_string(), "The account acme is switched off.");
    let path = Store::InvalidPath { path: "a".into() };
    assert_eq!(
        path.to_string(),
        "The path `a` may not hold a `\\` character."
    );
    let columns: Vec<ColumnKind> = StoreCode::FAMILY.tables[0]
        .columns
        .iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(
        columns,
        [ColumnKind::Code, ColumnKind::Status, ColumnKind::Message]
    );
}

#[test]
fn the_family_renders_the_files_table_byte_for_byte() {
    let rendered = document::render_markdown(StoreCode::FAMILY.tables);
    let table_lines = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|line| line.starts_with('|'))
            .map(str::to_owned)
            .collect()
    };
    let mut expected = table_lines(FILE);
    // The renderer writes its own delimiter row.
    expected[1] = table_lines(&rendered)[1].clone();
    assert_eq!(table_lines(&rendered), expected);
    assert!(document::diff(StoreCode::FAMILY.tables, &document::parse_markdown(FILE)).is_empty());
}

#[test]
fn a_newer_copy_diffs_as_exactly_its_changes() {
    let newer = FILE
        .replace("is required.", "must be sent.")
        .replace("Too many operations per second.", "Too many operations.")
        .replace(
            "| InternalError |",
            "| OperationTimedOut | Internal Server Error (500) | The operation took too long. |\n| InternalError |",
        );
    let changes: Vec<String> =
        document::diff(StoreCode::FAMILY.tables, &document::parse_markdown(&newer))
            .iter()
            .map(ToString::to_string)
            .collect();
    assert_eq!(
        changes,
        [
            "\"Common errors\": MissingHeader: User message changed: \"The header <headerName> is required.\" -> \"The header <headerName> must be sent.\"",
            "\"Common errors\": ServerBusy (row 3 of the code): User message changed: \"Too many operations per second.\" -> \"Too many operations.\"",
            "\"Common errors\": row added: OperationTimedOut | Internal Server Error (500) | The operation took too long. |",
        ]
    );
}

#[test]
fn a_response_reads_as_the_row_of_its_status_and_message() {
    let read = wire::read::<Store>("ServerBusy", Some("Egress is over the account's limit."));
    assert_eq!(read, Ok(Store::EgressBusy));
}
