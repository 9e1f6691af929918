//! A vendor whose errors are JSON, declared from its published page as it
//! is (status first, SCREAMING_SNAKE codes in code spans, a code the page
//! and the wire spell differently, descriptions and no messages, a row
//! whose code is `N/A`), read from JSON bodies with details and a retry
//! delay, and written back. The texts are the project's own.

use std::time::Duration;

use gwerr_core::wire::{self, Convention, Place};
use gwerr_core::{document, Retry};
use http::Response;

gwerr_core::error_table! {
    /// A cloud platform's canonical errors.
    pub enum Canonical {
        columns = { code: gRPC, status: HTTP };
        variants = CamelCase;
        message = Description;

        table "Canonical codes" from "tests/fixtures/canonical-codes.md" {
            // The wire spells it without the underscore.
            #[alias("INVALIDARGUMENT")]
            INVALID_ARGUMENT;
            #[retry(throttled, after = 30s)]
            RESOURCE_EXHAUSTED;
            "N/A" as Unmapped;
        }
    }
}

/// `{"error": {"code": 404, "message": ..., "status": "NOT_FOUND",
/// "details": [...]}}`: the canonical code is the `status` member.
const CLOUD: Convention = Convention::places(
    Place::Json(&["error", "status"]),
    Place::Json(&["error", "message"]),
    Place::Header(http::HeaderName::from_static("x-request-id")),
    Place::Json(&["error", "details", "*", "retryDelay"]),
);

const FILE: &str = include_str!("fixtures/canonical-codes.md");

fn body(status: u16, code: &str, message: &str, details: &str) -> Response<String> {
    let body = format!(
        r#"{{"error": {{"code": {status}, "message": "{message}", "status": "{code}", "details": [{details}]}}}}"#
    );
    Response::builder().status(status).body(body).unwrap()
}

#[test]
fn declared_as_published() {
    assert_eq!(CanonicalCode::ALL.len(), 5);
    assert_eq!(Canonical::NotFound.code().as_str(), "NOT_FOUND");
    assert_eq!(Canonical::Unmapped.status().as_u16(), 500);
    // One column, two roles: the description is the message too.
    assert_eq!(
        Canonical::NotFound.to_string(),
        "The resource the request names is not there."
    );
    assert_eq!(
        CanonicalCode::NotFound.row().description,
        "The resource the request names is not there."
    );
    assert!(document::diff(
        CanonicalCode::FAMILY.tables,
        &document::parse_markdown(FILE)
    )
    .is_empty());
}

#[test]
fn read_from_json_bodies_through_one_call() {
    let response = body(
        429,
        "RESOURCE_EXHAUSTED",
        "A quota or a rate limit ran out.",
        r#"{"reason": "RATE_LIMIT", "domain": "cloud.example", "metadata": {"quota": "reads"}}, {"retryDelay": "12s"}"#,
    );
    let error = wire::check_response::<Canonical, _>(&CLOUD, &response).unwrap_err();
    assert_eq!(error.typed(), Some(&Canonical::ResourceExhausted));
    assert_eq!(error.retry(), Retry::Throttled);
    // The server's delay wins over the row's 30 s.
    assert_eq!(error.backoff(), Some(Duration::from_secs(12)));
    // The details stay reachable.
    let kept: serde_json::Value =
        serde_json::from_slice(error.received().unwrap().body().unwrap()).unwrap();
    assert_eq!(kept["error"]["details"][0]["metadata"]["quota"], "reads");

    // Without a delay in the body, a `Retry-After` header in either form,
    // else the row's own backoff.
    let mut response = body(
        429,
        "RESOURCE_EXHAUSTED",
        "A quota or a rate limit ran out.",
        "",
    );
    let error = wire::check_response::<Canonical, _>(&CLOUD, &response).unwrap_err();
    assert_eq!(error.backoff(), Some(Duration::from_secs(30)));
    response
        .headers_mut()
        .insert("retry-after", "7".parse().unwrap());
    let error = wire::check_response::<Canonical, _>(&CLOUD, &response).unwrap_err();
    assert_eq!(error.backoff(), Some(Duration::from_secs(7)));
    response.headers_mut().insert(
        "retry-after",
        "Thu, 01 Jan 1970 00:00:00 GMT".parse().unwrap(),
    );
    let error = wire::check_response::<Canonical, _>(&CLOUD, &response).unwrap_err();
    assert_eq!(
        error.backoff(),
        Some(Duration::ZERO),
        "a date in the past is no wait"
    );

    // The wire's spelling reads as the row.
    let response = body(
        400,
        "INVALIDARGUMENT",
        "The client sent an argument that is not valid.",
        "",
    );
    let error = wire::check_response::<Canonical, _>(&CLOUD, &response).unwrap_err();
    assert_eq!(error.typed(), Some(&Canonical::InvalidArgument));
}

#[test]
fn written_back_and_read_again() {
    for code in CanonicalCode::ALL {
        let error = Canonical::from_fields(*code, &[]).unwrap();
        let response: Response<Vec<u8>> = wire::response_with(&CLOUD, &error, Some("r-1"));
        let read = wire::check_response::<Canonical, _>(&CLOUD, &response).unwrap_err();
        assert_eq!(read.typed(), Some(&error), "{code:?}");
        assert_eq!(read.request_id().as_deref(), Some("r-1"));
    }
}
