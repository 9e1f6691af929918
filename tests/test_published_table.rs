//! A vendor's table pasted as its page publishes it: a Markdown delimiter
//! row under the header, statuses written phrase first (`Forbidden
//! (403)`), a `User message` column, `<name>` placeholders. The texts are
//! the project's own; the shapes are a storage vendor's.

use gwerr_core::{document, ColumnKind};
use http::StatusCode;

gwerr_core::error_table! {
    /// A storage service's common errors.
    pub enum Storage {
        placeholders = "<Name>";

        table "Common errors" {
        | Error code | HTTP status code | User message |
        |---|:---:|---|
        | AccountIsDisabled | Forbidden (403) | "The account <accountName> is switched off." |
        | BlobNotFound | Not Found (404) | "No blob by that name." |
        | ConditionRefused | "Conditions refused" (412) | "A condition header was refused." |
        | MessageTooLarge | 413 | "A message holds at most <maxBytes> bytes; a < b stays text." |
        | InternalError | 500 Internal Server Error | "The server hit a fault." |
        }
    }
}

#[test]
fn statuses_read_in_every_form() {
    let statuses: Vec<u16> = StorageCode::ALL
        .iter()
        .map(|c| c.status().as_u16())
        .collect();
    assert_eq!(statuses, [403, 404, 412, 413, 500]);
    assert_eq!(StorageCode::ALL.len(), 5, "the delimiter row is no row");
}

#[test]
fn a_status_cell_renders_as_it_was_written() {
    let cells: Vec<String> = StorageCode::ALL
        .iter()
        .map(|code| code.row().cell(ColumnKind::Status).into_owned())
        .collect();
    assert_eq!(
        cells,
        [
            "Forbidden (403)",
            "Not Found (404)",
            "Conditions refused (412)",
            "413",
            "500 Internal Server Error"
        ]
    );
    let markdown = document::render_markdown(StorageCode::FAMILY.tables);
    assert!(
        markdown.contains("| AccountIsDisabled | Forbidden (403) |"),
        "{markdown}"
    );
    let back = document::parse_markdown(&markdown);
    assert!(document::diff(StorageCode::FAMILY.tables, &back).is_empty());
}

#[test]
fn angle_placeholders_are_fields() {
    let error = Storage::AccountIsDisabled {
        account_name: "acme".into(),
    };
    assert_eq!(error.to_string(), "The account acme is switched off.");
    assert_eq!(error.status(), StatusCode::FORBIDDEN);
    let too_large = Storage::MessageTooLarge {
        max_bytes: "64".into(),
    };
    assert_eq!(
        too_large.to_string(),
        "A message holds at most 64 bytes; a < b stays text."
    );
    let message = StorageCode::AccountIsDisabled.row().message;
    assert_eq!(message.text, "The account <accountName> is switched off.");
    let read = gwerr_core::wire::read::<Storage>(
        "AccountIsDisabled",
        Some("The account x is switched off."),
    );
    assert_eq!(
        read,
        Ok(Storage::AccountIsDisabled {
            account_name: "x".into()
        })
    );
}

#[test]
fn the_user_message_column_is_the_message() {
    let columns: Vec<ColumnKind> = StorageCode::FAMILY.tables[0]
        .columns
        .iter()
        .map(|column| column.kind)
        .collect();
    assert_eq!(
        columns,
        [ColumnKind::Code, ColumnKind::Status, ColumnKind::Message]
    );
}

gwerr_core::error_table! {
    /// A vendor that writes placeholders as templating languages do.
    pub enum Templated {
        placeholders = "{{Name}}";
        table "Errors" {
        | Code | Status | Message |
        | QuotaExceeded | 429 | "Quota of {{limit}} requests a {period} exceeded" |
        }
    }
}

#[test]
fn double_brace_placeholders_are_fields() {
    let error = Templated::QuotaExceeded {
        limit: "100".into(),
    };
    assert_eq!(
        error.to_string(),
        "Quota of 100 requests a {period} exceeded"
    );
    let read = gwerr_core::wire::read::<Templated>(
        "QuotaExceeded",
        Some("Quota of 7 requests a {period} exceeded"),
    );
    assert_eq!(read, Ok(Templated::QuotaExceeded { limit: "7".into() }));
}
