//! A code on several rows, as vendors list a code once per status or
//! message it is sent with: each row its own variant, a response read as
//! the row of its status and message, and a diff that compares every row
//! of the code. The texts are the project's own.

use gwerr_core::document::{self, Change};
use gwerr_core::wire::{self, Convention};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

#[path = "fixtures/storage.rs"]
mod storage;
use storage::{Store, StoreCode};

const CONVENTION: Convention = Convention::new(
    HeaderName::from_static("x-store-error-code"),
    HeaderName::from_static("x-store-error-message"),
    HeaderName::from_static("x-store-request-id"),
);

fn received(status: u16, code: &str, message: &str) -> Option<Store> {
    let mut headers = HeaderMap::new();
    headers.insert("x-store-error-code", HeaderValue::from_str(code).unwrap());
    headers.insert(
        "x-store-error-message",
        HeaderValue::from_str(message).unwrap(),
    );
    let status = StatusCode::from_u16(status).unwrap();
    wire::check_with::<Store>(&CONVENTION, status, &headers)
        .err()
        .and_then(|error| error.typed().cloned())
}

#[test]
fn each_row_of_a_code_is_its_own_variant() {
    assert_eq!(Store::NotModified.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(
        Store::PreconditionFailed.status(),
        StatusCode::PRECONDITION_FAILED
    );
    assert_eq!(Store::PreconditionFailed.code().as_str(), "ConditionNotMet");
    // The code alone reads as its first row.
    assert_eq!("ConditionNotMet".parse(), Ok(StoreCode::NotModified));
    assert_eq!("ServerBusy".parse(), Ok(StoreCode::IngressBusy));
    assert!(StoreCode::EgressBusy.row().code_repeats);
    assert!(!StoreCode::NoSuchBlob.row().code_repeats);
}

#[test]
fn a_response_reads_as_the_row_of_its_status_then_its_message() {
    let message = "The condition was not met.";
    assert_eq!(
        received(412, "ConditionNotMet", message),
        Some(Store::PreconditionFailed)
    );
    assert_eq!(
        received(304, "ConditionNotMet", message),
        Some(Store::NotModified)
    );
    assert_eq!(
        received(503, "ServerBusy", "Egress is over its limit."),
        Some(Store::EgressBusy)
    );
    assert_eq!(
        received(503, "ServerBusy", "Too many operations; slow down."),
        Some(Store::OperationsBusy)
    );
    // Without a status, the message decides.
    assert_eq!(
        wire::read::<Store>("ServerBusy", Some("Egress is over its limit.")),
        Ok(Store::EgressBusy)
    );
    // Neither status nor message known: the first row.
    assert_eq!(
        wire::read::<Store>("ServerBusy", None),
        Ok(Store::IngressBusy)
    );
    assert_eq!(
        Store::from_fields(StoreCode::EgressBusy, &[]).map(|e| e.code()),
        Ok(StoreCode::EgressBusy)
    );
}

#[test]
fn the_diff_compares_every_row_of_a_code() {
    let current = document::render_markdown(StoreCode::FAMILY.tables);
    assert!(document::diff(
        StoreCode::FAMILY.tables,
        &document::parse_markdown(&current)
    )
    .is_empty());
    let newer = current
        .replace("Too many operations; slow down.", "Too many operations.")
        .replace("is not there.", "is missing.")
        .replace(
            "| NoSuchBlob |",
            "| NoSuchContainer | Not Found (404) | No container. |\n| NoSuchBlob |",
        );
    let changes: Vec<String> =
        document::diff(StoreCode::FAMILY.tables, &document::parse_markdown(&newer))
            .iter()
            .map(ToString::to_string)
            .collect();
    assert_eq!(
        changes,
        [
            "\"Common errors\": ServerBusy (row 3 of the code): User message changed: \"Too many operations; slow down.\" -> \"Too many operations.\"",
            "\"Common errors\": NoSuchBlob: User message changed: \"The blob <blobName> is not there.\" -> \"The blob <blobName> is missing.\"",
            "\"Common errors\": row added: NoSuchContainer | Not Found (404) | No container. |",
        ]
    );
    // A row of a repeated code that is gone is named by its place.
    let fewer = current.replace(
        "| ServerBusy | Service Unavailable (503) | Egress is over its limit. |\n",
        "",
    );
    let changes = document::diff(StoreCode::FAMILY.tables, &document::parse_markdown(&fewer));
    assert_eq!(
        changes,
        [Change::RowRemoved {
            title: "Common errors".into(),
            code: "ServerBusy".into(),
            repeat: Some(2),
        }]
    );
}

#[test]
fn every_row_of_a_repeated_code_serializes_and_reads_back() {
    let errors = [
        Store::NotModified,
        Store::PreconditionFailed,
        Store::IngressBusy,
        Store::EgressBusy,
        Store::OperationsBusy,
        Store::NoSuchBlob {
            blob_name: "a".into(),
        },
    ];
    for error in errors {
        let json = serde_json::to_string(&error).unwrap();
        let back: Store = serde_json::from_str(&json).unwrap();
        assert_eq!(back, error, "{json}");
    }
}
