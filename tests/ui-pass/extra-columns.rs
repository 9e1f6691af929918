//! A table pasted as a vendor publishes it: columns of its own are kept as
//! the rows' extras, statuses carry their reason phrases, and the table
//! renders back as written.

gwerr_core::error_table! {
    pub enum StorageError {
        table "1. Error codes" {
        | Code | Description | HTTP Status Code | SOAP Fault Code Prefix |
        | AccessDenied | "Access Denied" | 403 Forbidden | "Client" |
        | InternalError | "We encountered an internal error. Please try again." | 500 Internal Server Error | "Server" |
        | SlowDown | "Please reduce your request rate." | 503 "Slow Down" | "Server" |
        }
    }
}

fn main() {
    use gwerr_core::ColumnKind;
    let row = StorageErrorCode::SlowDown.row();
    assert_eq!(row.extras, ["Server"]);
    assert_eq!(row.cell(ColumnKind::Extra(0)), "Server");
    assert_eq!(row.cell(ColumnKind::Status), "503 Slow Down");
    let columns = StorageErrorCode::FAMILY.tables[0].columns;
    assert_eq!(columns[3].title, "SOAP Fault Code Prefix");
    assert_eq!(columns[3].kind, ColumnKind::Extra(0));
    let text = gwerr_core::document::render(StorageErrorCode::FAMILY.tables);
    assert_eq!(
        text.lines().nth(1),
        Some("AccessDenied | Access Denied | 403 Forbidden | Client |")
    );
    let parsed = gwerr_core::document::parse(&format!("1. Error codes\n{text}"));
    assert!(gwerr_core::document::diff(StorageErrorCode::FAMILY.tables, &parsed).is_empty());
}
