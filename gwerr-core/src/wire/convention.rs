//! Where a vendor puts an error on the wire: the gateway's headers, or a
//! convention of one's own.

use http::header::{HeaderName, RETRY_AFTER};

/// `X-Ca-Error-Code`: the gateway's error code.
pub const X_CA_ERROR_CODE: HeaderName = HeaderName::from_static("x-ca-error-code");
/// `X-Ca-Error-Message`: the error message.
pub const X_CA_ERROR_MESSAGE: HeaderName = HeaderName::from_static("x-ca-error-message");
/// `X-Ca-Request-Id`: the request's id, for support tickets.
pub const X_CA_REQUEST_ID: HeaderName = HeaderName::from_static("x-ca-request-id");

/// Where a service puts one value of its errors (the code, the message
/// or the request id).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Place {
    /// A header, its value `%XX`-encoded as the gateway writes it.
    Header(HeaderName),
    /// A member of a JSON body, by its path of object keys from the root
    /// (`&["error", "code"]` for `{"error": {"code": ...}}`), `"*"`
    /// standing for every element of an array (the first that holds the
    /// rest of the path gives the value): a string's value, or a number's
    /// text. The `json` feature.
    #[cfg(feature = "json")]
    Json(&'static [&'static str]),
    /// The text of an element of an XML body, by its path of element names
    /// from the root (`&["Error", "Code"]`), namespace prefixes left out.
    /// The `xml` feature.
    #[cfg(feature = "xml")]
    Xml(&'static [&'static str]),
    /// The service does not send this value.
    Nowhere,
}

impl Place {
    /// The header this place is, if it is one.
    pub fn header(&self) -> Option<&HeaderName> {
        match self {
            Place::Header(name) => Some(name),
            _ => None,
        }
    }

    /// The path of a JSON member, empty for any other place.
    #[cfg(feature = "json")]
    pub(super) fn json_path(&self) -> &'static [&'static str] {
        match self {
            Place::Json(path) => path,
            _ => &[],
        }
    }

    /// The path of an XML element, empty for any other place.
    #[cfg(feature = "xml")]
    pub(super) fn xml_path(&self) -> &'static [&'static str] {
        match self {
            Place::Xml(path) => path,
            _ => &[],
        }
    }

    /// Whether this place is in the body.
    pub fn is_body(&self) -> bool {
        !matches!(self, Place::Header(_) | Place::Nowhere)
    }
}

/// Where a service sends its errors: the gateway's `X-Ca-Error-*` headers
/// ([`Convention::GATEWAY`]), or a family's own, in headers, a JSON body
/// or an XML body ([`Place`]), declared once and given to
/// [`response_with`](crate::wire::response_with),
/// [`check_with`](crate::wire::check_with) and
/// [`check_response`](crate::wire::check_response). Header values are
/// encoded and decoded by the same rules whatever the names.
///
/// # Example
/// ```
/// use gwerr_core::wire::{self, Convention};
/// use http::header::{HeaderName, RETRY_AFTER};
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
/// let response: http::Response<Vec<u8>> = wire::response_with(&SHOP, &ShopError::OutOfStock, Some("r-1"));
/// assert_eq!(response.headers()["x-shop-error"], "OutOfStock");
/// let error = wire::check_with::<ShopError>(&SHOP, response.status(), response.headers()).unwrap_err();
/// assert_eq!(error.typed(), Some(&ShopError::OutOfStock));
/// assert_eq!(error.request_id().as_deref(), Some("r-1"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Convention {
    /// Where the error code is.
    pub code: Place,
    /// Where the message is.
    pub message: Place,
    /// Where the request id is.
    pub request_id: Place,
    /// Where the server says how long to wait before a retry: the
    /// `Retry-After` header (seconds or an HTTP date) unless a convention
    /// says otherwise ([`Convention::places`]); a body's delay
    /// may be seconds (`30`) or a duration (`"30s"`, `"1.5s"`).
    pub retry_after: Place,
}

impl Convention {
    /// The gateway's: `X-Ca-Error-Code`, `X-Ca-Error-Message` and
    /// `X-Ca-Request-Id`.
    pub const GATEWAY: Convention =
        Convention::new(X_CA_ERROR_CODE, X_CA_ERROR_MESSAGE, X_CA_REQUEST_ID);

    /// A convention of three headers.
    pub const fn new(code: HeaderName, message: HeaderName, request_id: HeaderName) -> Self {
        Convention {
            code: Place::Header(code),
            message: Place::Header(message),
            request_id: Place::Header(request_id),
            retry_after: Place::Header(RETRY_AFTER),
        }
    }

    /// A convention of three places, each a header, a member of the body
    /// or nowhere.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use gwerr_core::wire::{Convention, Place};
    /// use http::header::{HeaderName, RETRY_AFTER};
    ///
    /// // `{"error": {"code": "NotFound", "message": "..."}}`, and the
    /// // request id in a header.
    /// const STORE: Convention = Convention::at(
    ///     Place::Json(&["error", "code"]),
    ///     Place::Json(&["error", "message"]),
    ///     Place::Header(HeaderName::from_static("x-request-id")),
    /// );
    /// assert!(STORE.code.is_body());
    /// # }
    /// ```
    pub const fn at(code: Place, message: Place, request_id: Place) -> Self {
        Convention {
            code,
            message,
            request_id,
            retry_after: Place::Header(RETRY_AFTER),
        }
    }

    /// [`at`](Convention::at), with the server's retry delay at
    /// `retry_after` rather than in the `Retry-After` header.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use gwerr_core::wire::{Convention, Place};
    ///
    /// const CLOUD: Convention = Convention::places(
    ///     Place::Json(&["error", "status"]),
    ///     Place::Json(&["error", "message"]),
    ///     Place::Nowhere,
    ///     Place::Json(&["error", "retryDelay"]),
    /// );
    /// assert!(CLOUD.retry_after.is_body());
    /// # }
    /// ```
    pub const fn places(
        code: Place,
        message: Place,
        request_id: Place,
        retry_after: Place,
    ) -> Self {
        Convention {
            code,
            message,
            request_id,
            retry_after,
        }
    }

    /// Whether any of the values is in the body.
    pub fn reads_body(&self) -> bool {
        [
            &self.code,
            &self.message,
            &self.request_id,
            &self.retry_after,
        ]
        .iter()
        .any(|place| place.is_body())
    }
}
