//! A vendor's header kept as published: the status first, columns titled
//! in the vendor's own words (`HTTP`, `gRPC`), given their roles by the
//! family's `columns` option, so that the diff compares the vendor's own
//! page. The texts are the project's own.

use gwerr_core::{document, ColumnKind};
use http::StatusCode;

gwerr_core::error_table! {
    /// Canonical errors, status first.
    pub enum Canonical {
        columns = { code: gRPC, status: HTTP };
        variants = CamelCase;
        message = Description;

        table "Canonical codes" {
        | HTTP | gRPC | Description |
        | 400 | INVALID_ARGUMENT | "The client sent an argument that is not valid." |
        | 404 | NOT_FOUND | "The resource is not there." |
        | 429 | RESOURCE_EXHAUSTED | "A quota or rate limit ran out." |
        | 500 | "N/A" as Unmapped | "The server failed in a way no code names." |
        }
    }
}

#[test]
fn the_columns_take_their_roles_by_title() {
    let columns: Vec<(ColumnKind, &str)> = CanonicalCode::FAMILY.tables[0]
        .columns
        .iter()
        .map(|c| (c.kind, c.title))
        .collect();
    assert_eq!(
        columns,
        [
            (ColumnKind::Status, "HTTP"),
            (ColumnKind::Code, "gRPC"),
            (ColumnKind::Message, "Description")
        ]
    );
    assert_eq!(Canonical::NotFound.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        Canonical::NotFound.to_string(),
        "The resource is not there."
    );
    assert_eq!("N/A".parse(), Ok(CanonicalCode::Unmapped));
}

#[test]
fn the_vendors_page_diffs_as_its_changes() {
    let page = document::render_titled(CanonicalCode::FAMILY.tables);
    assert!(page.contains("HTTP | gRPC | Description |"), "{page}");
    assert!(document::diff(CanonicalCode::FAMILY.tables, &document::parse(&page)).is_empty());
    // A copy whose titles were renamed and three rows changed: the titles
    // are one change, and the rows are still compared.
    let newer = page
        .replace(
            "HTTP | gRPC | Description |",
            "Status | Code | Description |",
        )
        .replace("is not there.", "was not found.")
        .replace("429 | RESOURCE_EXHAUSTED", "503 | RESOURCE_EXHAUSTED")
        .replace(
            "500 | N/A |",
            "409 | ABORTED | The operation was aborted. |\n500 | N/A |",
        );
    let changes: Vec<String> =
        document::diff(CanonicalCode::FAMILY.tables, &document::parse(&newer))
            .iter()
            .map(ToString::to_string)
            .collect();
    assert_eq!(
        changes,
        [
            "\"Canonical codes\": header changed: \"HTTP | gRPC | Description |\" -> \"Status | Code | Description |\"",
            "\"Canonical codes\": NOT_FOUND: Description changed: \"The resource is not there.\" -> \"The resource was not found.\"",
            "\"Canonical codes\": RESOURCE_EXHAUSTED: HTTP changed: \"429\" -> \"503\"",
            "\"Canonical codes\": row added: 409 | ABORTED | The operation was aborted. |",
        ]
    );
}

#[test]
fn one_column_is_both_the_message_and_the_description() {
    let row = CanonicalCode::NotFound.row();
    assert_eq!(row.message.text, "The resource is not there.");
    assert_eq!(row.description, "The resource is not there.");
    assert_eq!(
        Canonical::NotFound.description(),
        "The resource is not there."
    );
    // Rendered once, in its column.
    let page = document::render_titled(CanonicalCode::FAMILY.tables);
    assert_eq!(page.matches("The resource is not there.").count(), 1);
}
