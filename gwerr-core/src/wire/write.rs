//! Writing an error into a response: its headers, as a convention names
//! them.

use std::fmt::Display;

use http::header::HeaderMap;
use http::Response;

use super::convention::Convention;
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

/// The response of the error in its family's convention
/// ([`TypedError::convention`](crate::TypedError::convention)), with the
/// request id: a typed error's status, code and message; an error read
/// from a response, what that response said again (its status, code and
/// message).
#[cfg(feature = "axum")]
impl<E: crate::carrier::TypedError> axum_core::response::IntoResponse for crate::Error<E> {
    fn into_response(self) -> axum_core::response::Response {
        use std::borrow::Cow;

        let convention = E::convention();
        let received = self.received();
        let (code, message): (Option<Cow<'_, str>>, Option<Cow<'_, str>>) =
            match (self.typed(), self.row()) {
                (Some(error), Some(row)) => (
                    (!row.code_is_message).then(|| error.wire_code()),
                    Some(Cow::Owned(error.to_string())),
                ),
                _ => (
                    received.and_then(crate::Received::code),
                    received.and_then(crate::Received::message),
                ),
            };
        let request_id = self.request_id();
        let values = [code.as_deref(), message.as_deref(), request_id.as_deref()];
        let body = super::body::write(convention, values);
        let mut response = axum_core::response::Response::new(axum_core::body::Body::from(body));
        *response.status_mut() = self.received_status().unwrap_or_else(|| self.status());
        let places = [
            &convention.code,
            &convention.message,
            &convention.request_id,
        ];
        for (place, value) in places.into_iter().zip(values) {
            if let (Some(name), Some(value)) = (place.header(), value) {
                response.headers_mut().insert(name.clone(), encode(value));
            }
        }
        response
    }
}
