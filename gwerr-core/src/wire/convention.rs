//! Where a vendor puts an error on the wire: the gateway's headers, or a
//! convention of one's own.

use http::header::HeaderName;

/// `X-Ca-Error-Code`: the gateway's error code.
pub const X_CA_ERROR_CODE: HeaderName = HeaderName::from_static("x-ca-error-code");
/// `X-Ca-Error-Message`: the error message.
pub const X_CA_ERROR_MESSAGE: HeaderName = HeaderName::from_static("x-ca-error-message");
/// `X-Ca-Request-Id`: the request's id, for support tickets.
pub const X_CA_REQUEST_ID: HeaderName = HeaderName::from_static("x-ca-request-id");

/// The headers a service sends its errors in: the gateway's `X-Ca-Error-*`
/// ([`Convention::GATEWAY`]), or a family's own, declared once and given
/// to [`response_with`](crate::wire::response_with) and [`check_with`](crate::wire::check_with). Values are encoded and decoded
/// by the same rules whatever the names.
///
/// # Example
/// ```
/// use gwerr_core::wire::{self, Convention};
/// use http::header::HeaderName;
///
/// gwerr_core::error_table! {
///     pub enum ShopError {
///         table "Errors" {
///         | Code | Status | Message |
///         | OutOfStock | 409 | "Out of stock" |
///         }
///     }
/// }
///
/// const SHOP: Convention = Convention::new(
///     HeaderName::from_static("x-shop-error"),
///     HeaderName::from_static("x-shop-message"),
///     HeaderName::from_static("x-shop-request"),
/// );
///
/// let response: http::Response<()> = wire::response_with(&SHOP, &ShopError::OutOfStock, Some("r-1"));
/// assert_eq!(response.headers()["x-shop-error"], "OutOfStock");
/// let error = wire::check_with::<ShopError>(&SHOP, response.status(), response.headers()).unwrap_err();
/// assert_eq!(error.typed(), Some(&ShopError::OutOfStock));
/// assert_eq!(error.request_id().as_deref(), Some("r-1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Convention {
    /// The header of the error code.
    pub code: HeaderName,
    /// The header of the message.
    pub message: HeaderName,
    /// The header of the request id.
    pub request_id: HeaderName,
}

impl Convention {
    /// The gateway's: `X-Ca-Error-Code`, `X-Ca-Error-Message` and
    /// `X-Ca-Request-Id`.
    pub const GATEWAY: Convention =
        Convention::new(X_CA_ERROR_CODE, X_CA_ERROR_MESSAGE, X_CA_REQUEST_ID);

    /// A convention of the three header names.
    pub const fn new(code: HeaderName, message: HeaderName, request_id: HeaderName) -> Self {
        Convention {
            code,
            message,
            request_id,
        }
    }
}
