//! The demo gateway of the `server` example, shared with the end-to-end
//! test: it answers `/vpc/{code}` with that VPC error, filled with sample
//! values, as an API Gateway instance of the VPC type would.

#![allow(dead_code)]

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use gwerr_core::{wire, VpcError, VpcErrorCode};

/// The error the demo sends for `code`: each field's sample value is its
/// name with characters a header cannot carry as they are, so that a
/// reading shows them decoded (`http::Method` fields are `GET`).
pub fn sample(code: VpcErrorCode) -> VpcError {
    let row = code.row();
    let texts: Vec<String> = row
        .fields
        .iter()
        .map(|field| match field.ty {
            "http::Method" => String::from("GET"),
            _ => format!("{}-é\r\n%", field.name),
        })
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    // Every sample is a valid value of its field's type.
    VpcError::from_fields(code, &texts).unwrap_or(VpcError::InternalError)
}

/// The demo's routes.
pub fn router() -> Router {
    Router::new()
        .route("/vpc/{code}", get(vpc))
        .route("/backend", get(backend))
        .route("/unknown", get(unknown))
        .route("/ok", get(ok))
}

async fn vpc(Path(code): Path<String>) -> Response {
    match code.parse::<VpcErrorCode>() {
        Ok(code) => gwerr_core::Error::new(sample(code))
            .with_request_id(format!("demo-{code}"))
            .into_response(),
        Err(unknown) => (StatusCode::NOT_FOUND, format!("{unknown}\n")).into_response(),
    }
}

/// A backend's own error: no gateway headers, a body.
async fn backend() -> Response {
    (StatusCode::BAD_GATEWAY, "the backend says no\n").into_response()
}

/// A gateway code that no table has (yet).
async fn unknown() -> Response {
    let mut response = (StatusCode::IM_A_TEAPOT, "").into_response();
    let headers = response.headers_mut();
    headers.insert(wire::X_CA_ERROR_CODE, wire::encode("I418TP"));
    headers.insert(wire::X_CA_ERROR_MESSAGE, wire::encode("I'm a teapot"));
    response
}

/// A success, with the message some gateways add to one.
async fn ok() -> Response {
    let mut response = (StatusCode::OK, "hello\n").into_response();
    response
        .headers_mut()
        .insert(wire::X_CA_ERROR_MESSAGE, wire::encode("OK"));
    response
}
