//! Writing an error into a response: its headers, as a convention names
//! them.

use std::fmt::Display;

use http::header::HeaderMap;
use http::Response;

use super::convention::Convention;
#[cfg(feature = "axum")]
use super::convention::{X_CA_ERROR_CODE, X_CA_ERROR_MESSAGE, X_CA_REQUEST_ID};
use super::encoding::encode;
use crate::{ErrorCode, ErrorFamily, Row};

/// Writes an error's headers: `X-Ca-Error-Code` (left out for a code that
/// is its own message, as the classic gateways send it),
/// `X-Ca-Error-Message`, and `X-Ca-Request-Id` when given, each encoded.
pub fn insert_headers<E: ErrorFamily>(
    error: &E,
    request_id: Option<&str>,
    headers: &mut HeaderMap,
) {
    let row = error.code().row();
    insert_row_headers(
        &Convention::GATEWAY,
        row,
        &error.wire_code(),
        error,
        request_id,
        headers,
    );
}

/// [`insert_headers`] for an error of `row`.
pub(crate) fn insert_row_headers(
    convention: &Convention,
    row: &Row,
    wire_code: &str,
    message: &dyn Display,
    request_id: Option<&str>,
    headers: &mut HeaderMap,
) {
    if let (false, Some(name)) = (row.code_is_message, convention.code.header()) {
        headers.insert(name.clone(), encode(wire_code));
    }
    if let Some(name) = convention.message.header() {
        headers.insert(name.clone(), encode(&message.to_string()));
    }
    if let (Some(id), Some(name)) = (request_id, convention.request_id.header()) {
        headers.insert(name.clone(), encode(id));
    }
}

/// A response for an error: its documented status, its headers (see
/// [`insert_headers`]) and an empty body, as the gateway sends it.
pub fn response<E: ErrorFamily, B: Default>(error: &E, request_id: Option<&str>) -> Response<B> {
    let mut response = Response::new(B::default());
    *response.status_mut() = error.status();
    insert_headers(error, request_id, response.headers_mut());
    response
}

/// A response for an error as `convention` sends it: its documented
/// status, the values `convention` puts in headers, and a body holding
/// those it puts in a JSON or an XML body (empty when it puts none
/// there). Reading it back with
/// [`check_response`](crate::wire::check_response) gives the error back.
///
/// # Example
/// ```
/// # #[cfg(feature = "json")] {
/// use gwerr_core::wire::{self, Convention, Place};
///
/// gwerr_core::error_table! {
///     pub enum StoreError {
///         table "Errors" {
///         | Code | Status | Message |
///         | NoSuchBlob | 404 | "No blob {Blob}" |
///         }
///     }
/// }
///
/// const STORE: Convention = Convention::at(
///     Place::Json(&["error", "code"]),
///     Place::Json(&["error", "message"]),
///     Place::Json(&["error", "requestId"]),
/// );
///
/// let error = StoreError::NoSuchBlob { blob: "a \"b\"".into() };
/// let response: http::Response<Vec<u8>> = wire::response_with(&STORE, &error, Some("r-1"));
/// assert_eq!(
///     response.body().as_slice(),
///     br#"{"error":{"code":"NoSuchBlob","message":"No blob a \"b\"","requestId":"r-1"}}"#
/// );
/// let read = wire::check_response::<StoreError, _>(&STORE, &response).unwrap_err();
/// assert_eq!(read.typed(), Some(&error));
/// # }
/// ```
pub fn response_with<E: ErrorFamily, B: From<Vec<u8>>>(
    convention: &Convention,
    error: &E,
    request_id: Option<&str>,
) -> Response<B> {
    let row = error.code().row();
    let wire_code = error.wire_code();
    let message = error.to_string();
    // A code that is its own message is sent as the message alone.
    let code = (!row.code_is_message).then_some(&*wire_code);
    let mut response = Response::new(B::from(super::body::write(
        convention,
        [code, Some(&message), request_id],
    )));
    *response.status_mut() = error.status();
    insert_row_headers(
        convention,
        row,
        &wire_code,
        &message,
        request_id,
        response.headers_mut(),
    );
    response
}

/// The response of the error, as [`wire::response`](crate::wire::response)
/// writes it, with the request id: a typed error's row and message; an
/// error read from a response, that response's status and headers again.
#[cfg(feature = "axum")]
impl<E: crate::carrier::TypedError> axum_core::response::IntoResponse for crate::Error<E> {
    fn into_response(self) -> axum_core::response::Response {
        let mut response = axum_core::response::Response::new(axum_core::body::Body::empty());
        *response.status_mut() = self.status();
        let request_id = self.request_id();
        let headers = response.headers_mut();
        match (self.typed(), self.row()) {
            (Some(error), Some(row)) => insert_row_headers(
                &Convention::GATEWAY,
                row,
                &error.wire_code(),
                error,
                request_id.as_deref(),
                headers,
            ),
            _ => {
                if let Some(received) = self.received() {
                    let raw = [
                        (X_CA_ERROR_CODE, &received.code),
                        (X_CA_ERROR_MESSAGE, &received.message),
                    ];
                    for (name, value) in raw {
                        if let Some(value) = value {
                            headers.insert(name, value.clone());
                        }
                    }
                }
                if let Some(id) = request_id {
                    headers.insert(X_CA_REQUEST_ID, encode(&id));
                }
            }
        }
        response
    }
}
