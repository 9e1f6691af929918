//! A vendor's table pasted as a vendor would publish it: a description
//! column as the message, statuses with their reason phrases (one the
//! vendor's own), a column of its own, and the vendor's own headers on the
//! wire. The table is this crate's own invention, in a published table's
//! shape.

::errors::error_table! {
    /// Errors of a blob store.
    pub enum BlobError {
        message = Description;

        table "1. Error codes" {
        | Error Code | Description | HTTP Status Code | Fault Prefix |
        | NoSuchBlob | "The blob does not exist." | 404 Not Found | "Client" |
        | NoSuchBox | "The box does not exist." | 404 Not Found | "Client" |
        | BoxNotEmpty | "The box still holds blobs." | 409 Conflict | "Client" |
        | BoxTaken | "The box name is taken." | 409 Conflict | "Client" |
        | BadDigest | "The digest does not match the body." | 400 Bad Request | "Client" |
        | BlobTooLarge | "The blob is larger than allowed." | 400 Bad Request | "Client" |
        | BlobTooSmall | "The blob is smaller than allowed." | 400 Bad Request | "Client" |
        | TokenExpired | "The token has expired." | 400 Bad Request | "Client" |
        | BadToken | "The token is malformed." | 400 Bad Request | "Client" |
        | NoAccess | "Access denied." | 403 Forbidden | "Client" |
        | AccountLocked | "The account is locked." | 403 Forbidden | "Client" |
        | MissingLength | "The request has no length." | 411 Length Required | "Client" |
        | BadRange | "The range cannot be served." | 416 Requested Range Not Satisfiable | "Client" |
        | Conditional | "A precondition failed." | 412 Precondition Failed | "Client" |
        | WrongMethod | "The method is not allowed here." | 405 Method Not Allowed | "Client" |
        | TooMany | "Too many requests | slow down." | 429 Too Many Requests | "Client" |
        | Internal | "We failed; try again." | 500 Internal Server Error | "Server" |
        | NotBuilt | "The feature is not built." | 501 Not Implemented | "Server" |
        | SlowDown | "Reduce your request rate." | 503 "Slow Down" | "Server" |
        | Unavailable | "The store is unavailable." | 503 Service Unavailable | "Server" |
        | TimedOut | "The store timed out." | 504 Gateway Timeout | "Server" |
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{BlobError, BlobErrorCode};
    use ::errors::http::header::{HeaderMap, HeaderName};
    use ::errors::wire::{self, Convention};
    use ::errors::{document, ColumnKind, Kind, Retry};
    use ::std::iter::Iterator;
    use ::std::string::ToString;
    use ::std::{assert, assert_eq, format};

    const BLOB: Convention = Convention::new(
        HeaderName::from_static("x-blob-error-code"),
        HeaderName::from_static("x-blob-error-message"),
        HeaderName::from_static("x-blob-request-id"),
    );

    #[test]
    fn a_pasted_table_reads_writes_and_renders_back() {
        // The description is the message; the code is sent.
        let error = BlobError::NoSuchBlob;
        assert_eq!(error.to_string(), "The blob does not exist.");
        assert_eq!(error.status().as_u16(), 404);
        assert_eq!(BlobErrorCode::ALL.len(), 21);
        let row = BlobErrorCode::SlowDown.row();
        assert_eq!(row.cell(ColumnKind::Status), "503 Slow Down");
        assert_eq!(row.extras, ["Server"]);
        assert_eq!(BlobErrorCode::TooMany.retry(), Retry::Throttled);

        // The vendor's own headers, both ways.
        let response: ::errors::http::Response<::std::vec::Vec<u8>> = wire::response_with(
            &BLOB,
            &BlobError::BoxNotEmpty,
            ::std::option::Option::Some("b-1"),
        );
        assert_eq!(response.headers()["x-blob-error-code"], "BoxNotEmpty");
        let read = wire::check_with::<BlobError>(&BLOB, response.status(), response.headers())
            .unwrap_err();
        assert_eq!(
            read.typed(),
            ::std::option::Option::Some(&BlobError::BoxNotEmpty)
        );
        assert_eq!(
            read.request_id().as_deref(),
            ::std::option::Option::Some("b-1")
        );
        let backend = wire::check_with::<BlobError>(
            &BLOB,
            ::errors::http::StatusCode::BAD_GATEWAY,
            &HeaderMap::new(),
        )
        .unwrap_err();
        assert!(::std::matches!(backend.kind(), Kind::Backend));

        // Rendered back in both layouts, read and diffed clean.
        let tables = BlobErrorCode::FAMILY.tables;
        let markdown = document::render_markdown(tables);
        assert!(document::diff(tables, &document::parse_any(&markdown)).is_empty());
        let plain = document::render_titled(tables);
        // The pipe inside `TooMany`'s cell is written `\|` in the plain layout.
        assert!(plain.contains("requests \\| slow down"), "{plain}");
        let changes = document::diff(tables, &document::parse_any(&plain));
        assert!(changes.is_empty(), "{changes:?}");
    }
}
