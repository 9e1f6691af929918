//! The `axum` feature answers a family's errors in the family's own
//! convention (`convention = PATH;`): here a JSON body, read back as the
//! same error. The error carrier answers the same way.
#![cfg(feature = "axum")]

use axum::response::IntoResponse;
use gwerr_core::wire::{self, Convention, Place};
use http_body_util::BodyExt;

/// Errors in a JSON body, the request id in a header.
pub const API: Convention = Convention::at(
    Place::Json(&["error", "code"]),
    Place::Json(&["error", "message"]),
    Place::Header(http::HeaderName::from_static("x-request-id")),
);

gwerr_core::error_table! {
    pub enum Api {
        convention = API;
        table "Errors" {
        | Code | Status | Message |
        | NoSuchItem | 404 | "No item {Item}" |
        }
    }
}

fn answered(response: axum::response::Response) -> http::Response<Vec<u8>> {
    let (parts, body) = response.into_parts();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bytes = runtime.block_on(body.collect()).unwrap().to_bytes();
    http::Response::from_parts(parts, bytes.to_vec())
}

#[test]
fn a_family_answers_in_its_convention() {
    let error = Api::NoSuchItem {
        item: "pear".into(),
    };
    let response = answered(error.clone().into_response());
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.body().as_slice(),
        br#"{"error":{"code":"NoSuchItem","message":"No item pear"}}"#
    );
    assert!(response.headers().get("x-ca-error-code").is_none());
    let read = wire::check_response::<Api, _>(&API, &response).unwrap_err();
    assert_eq!(read.typed(), Some(&error));

    // The carrier, with a request id, answers the same way.
    let carried = gwerr_core::Error::new(error.clone()).with_request_id("r-5");
    let response = answered(carried.into_response());
    assert_eq!(response.headers()["x-request-id"], "r-5");
    let read = wire::check_response::<Api, _>(&API, &response).unwrap_err();
    assert_eq!(read.typed(), Some(&error));
}

gwerr_core::error_table! {
    /// A family that answers in RFC 9457 problem details.
    pub enum Shop {
        convention = gwerr_core::wire::PROBLEM_JSON;
        table "Errors" {
        | Code | Status | Message |
        | OutOfStock | 409 | "Out of stock: {Item}" |
        }
    }
}

#[test]
fn a_family_of_the_problem_convention_answers_in_problem_json() {
    let error = Shop::OutOfStock { item: "pen".into() };
    let response = answered(error.clone().into_response());
    assert_eq!(response.status(), 409);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
    assert_eq!(problem["title"], "Out of stock: {Item}");
    let read = wire::check_response::<Shop, _>(&wire::PROBLEM_JSON, &response).unwrap_err();
    assert_eq!(read.typed(), Some(&error));
}
