//! Alibaba Cloud API Gateway's error codes as typed Rust, read from a
//! response and written into one.
//!
//! # Reading an error from a response
//!
//! A reader needs what every HTTP client built on `http` 1.x gives: the
//! status and the headers (reqwest's `response.status()` and
//! `response.headers()`, hyper's, axum's).
//!
//! ```
//! use gwerr_core::wire::GatewayResponse;
//! use gwerr_core::{AnyError, VpcError};
//! use http::{HeaderMap, HeaderValue, StatusCode};
//!
//! // What a client received.
//! let status = StatusCode::TOO_MANY_REQUESTS;
//! let mut headers = HeaderMap::new();
//! headers.insert("x-ca-error-code", HeaderValue::from_static("T429SR"));
//! headers.insert("x-ca-request-id", HeaderValue::from_static("5F0C-17"));
//!
//! match GatewayResponse::classify(status, &headers).into_result() {
//!     // A success, or the backend's own answer: not the gateway's error.
//!     Ok(_) => unreachable!(),
//!     Err(error) => {
//!         assert_eq!(error.typed(), Some(&AnyError::Vpc(VpcError::ThrottledByServer)));
//!         assert!(error.is_retryable());
//!         assert_eq!(error.request_id().as_deref(), Some("5F0C-17"));
//!         assert_eq!(error.to_string(), "Throttled by SERVER Flow Control (T429SR, HTTP 429, request id 5F0C-17)");
//!     }
//! }
//! ```
//!
//! Which reader:
//!
//! | you have | read it with |
//! |---|---|
//! | a response of an API Gateway, any family | [`GatewayResponse::classify`](wire::GatewayResponse::classify) (status and headers) or [`from_response`](wire::GatewayResponse::from_response); [`into_result`](wire::GatewayResponse::into_result) for a `Result` |
//! | a response of a service of your own family, in the gateway's headers | [`wire::check`] |
//! | a response whose errors are in other headers, or in a JSON or XML body | [`wire::check_response`] (the response and its body), [`wire::check_with`] (headers alone) |
//! | a code and a message as strings | [`wire::read`] |
//!
//! # The families
//!
//! Every table of the gateway's error-code documentation is declared here
//! with [`error_table!`], verbatim, in four families:
//!
//! | family | the docs' section | codes |
//! |---|---|---|
//! | [`VpcError`] | 1, gateways of the VPC type | `I400HD`: six characters, the status inside |
//! | [`ClassicError`] | 2.1 and 2.2, gateways of the classic network type | phrases: `Throttled by APP Flow Control` |
//! | [`ManagementError`] | 3.1 and 3.2, the management API | `InternalError`, templated `Missing%s` |
//! | [`CommonError`] | 3.3, errors common to Alibaba Cloud APIs | `InvalidApi.NotFound`, templated `Missing{ParameterName}` |
//!
//! The source is the "Error codes" topic of Alibaba Cloud's API Gateway
//! documentation (<https://www.alibabacloud.com/help/en/api-gateway/>),
//! copied on 2026-11-27 into `gwerr-core/docs/api-gateway-error-codes.txt`:
//! the tests hold every table to that copy byte for byte, and
//! [`document::diff`] lists what a newer copy changes. The vendor changes
//! its codes; each family's page says so.
//!
//! Each family has a typed error enum (one variant per row, one field
//! per placeholder of the message) and a fieldless code enum, and both
//! implement the traits [`ErrorFamily`] and [`ErrorCode`], so code can be
//! generic over families. A server writes them into a response with
//! [`wire::response`]:
//!
//! ```
//! use gwerr_core::{VpcError, VpcErrorCode};
//!
//! let error = VpcError::InvalidHeader {
//!     header_name: "X-Ca-Key".into(),
//!     reason: "is empty".into(),
//! };
//! assert_eq!(error.to_string(), "Invalid Header `X-Ca-Key` is empty");
//! assert_eq!(error.code(), VpcErrorCode::InvalidHeader);
//! assert_eq!(error.code().as_str(), "I400HD");
//! assert_eq!(error.status(), http::StatusCode::BAD_REQUEST);
//!
//! let response: http::Response<()> = gwerr_core::wire::response(&error, Some("5F0C-17"));
//! assert_eq!(response.headers()["x-ca-error-code"], "I400HD");
//! ```
//!
//! # What else is here
//!
//! - [`AnyError`] and [`AnyCode`]: an error, or a code, of any of the four
//!   families, for code that handles whatever the gateway sends.
//! - [`lookup`]: the rows a code names across the four families, and
//!   [`FAMILIES`], their tables.
//! - [`wire`]: the gateway's `X-Ca-Error-Code`, `X-Ca-Error-Message` and
//!   `X-Ca-Request-Id` headers, written by a server
//!   ([`wire::response`]) and read by a client
//!   ([`wire::GatewayResponse`], [`wire::read`] for a family of your own).
//! - [`document`]: the tables printed back in the document's layout, read
//!   from it, and diffed against a newer copy.
//! - [`error_table!`]: the macro itself, which declares a family of your
//!   own from your service's tables, with the same API.
//!
//! # Features
//!
//! - `serde`: `Serialize` and `Deserialize` for every family's two enums,
//!   [`AnyError`], [`AnyCode`] and [`Error`]'s `Serialize`. An error is a
//!   map of its `code`, `status`, `message` and `fields` (each field as
//!   the text it displays); a code is its code string. Reading takes what
//!   writing gives and a little more: a code or a field written as a JSON
//!   number or boolean reads as the text it writes (`1001`, `7`, `true`),
//!   so the readers ask the format what it holds (`deserialize_any`), which
//!   formats that do not describe themselves (bincode) cannot answer. A
//!   field name, a status, a message or a `family` that disagrees with the
//!   row is refused, never ignored. `AnyError` is `{"family", "error"}`
//!   and `AnyCode` `{"family", "code"}`; without `family`, a code that one
//!   family alone reads is read, one that several read is refused.
//! - `json`: errors read from a JSON body ([`wire::Place::Json`], with
//!   serde_json).
//! - `xml`: errors read from an XML body ([`wire::Place::Xml`], with
//!   quick-xml).
//! - `axum`: `IntoResponse` for every family's error enum and [`AnyError`].
//! - `tracing`: [`Error::trace`] and [`Error::record`] set OpenTelemetry's
//!   `error.type` ([`Error::error_type`]: the row's code) and
//!   `http.response.status_code`, with the request id and the retry
//!   advice, on a `tracing` event or span (the `telemetry` module).
//! - `miette`: `miette::Diagnostic` for every family's error enum and for
//!   [`Error`]: the row's code (a templated row's template), its solution,
//!   else its description, as help, and the family's `url` option with the
//!   code in it.

#![forbid(unsafe_code)]
// docs.rs documents with `--cfg docsrs` on a nightly: items that a feature
// gates show it there.
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The gateway's families, in the document's order: the one list from
/// which [`FAMILIES`], [`AnyError`], [`AnyCode`] and the wire's reader are
/// generated. Calls `$then!` with one entry per family: its docs, its
/// variant in `AnyError` and `AnyCode`, its two enums, and whether its
/// gateways send a message without a code.
macro_rules! with_gateway_families {
    ($then:ident) => {
        $then! {
            /// A gateway of the VPC type.
            Vpc(VpcError, VpcErrorCode, message_only: true),
            /// A gateway of the classic network type.
            Classic(ClassicError, ClassicErrorCode, message_only: true),
            /// The management API.
            Management(ManagementError, ManagementErrorCode, message_only: false),
            /// The errors common to Alibaba Cloud APIs.
            Common(CommonError, CommonErrorCode, message_only: false),
        }
    };
}

mod any;
mod carrier;
mod classic;
mod common;
mod delay;
pub mod document;
mod error;
mod field;
mod format;
mod management;
mod message_index;
pub mod meta;
#[cfg(feature = "miette")]
mod miette_support;
mod packed;
#[cfg(feature = "serde")]
mod serde_support;
mod small;
mod suggest;
#[cfg(feature = "tracing")]
pub mod telemetry;
mod traits;
mod vpc;
pub mod wire;

/// The `http` crate whose types this crate's API uses (`StatusCode`,
/// `HeaderMap`, `HeaderName`), re-exported so that a crate can name them
/// without depending on `http` itself.
pub use http;

pub use crate::any::{AnyCode, AnyError};
pub use crate::carrier::{escaped, Error, Kind, Received, ResultExt, TypedError};
pub use crate::classic::{ClassicError, ClassicErrorCode};
pub use crate::common::{CommonError, CommonErrorCode};
pub use crate::delay::MAX_SERVER_DELAY;
pub use crate::error::{FieldError, UnknownCode};
pub use crate::management::{ManagementError, ManagementErrorCode};
pub use crate::meta::Retry;
// The table metadata, documented in `meta`; also here, where code written
// before `meta` names it.
#[doc(hidden)]
pub use crate::meta::{CodeUrl, Column, ColumnKind, Family, Field, Part, Row, Table, Template};
pub use crate::traits::{ErrorCode, ErrorFamily};
pub use crate::vpc::{VpcError, VpcErrorCode};

/// Not public API: `error_table!` for this crate's own families, whose
/// feature-gated impls show their feature on docs.rs.
#[doc(hidden)]
#[macro_export]
macro_rules! __own_error_table {
    ($($table:tt)*) => {
        $crate::__serde_feature! { ($crate) [badges] $($table)* }
    };
}

#[doc = include_str!("../docs/error_table.md")]
#[macro_export]
macro_rules! error_table {
    ($($table:tt)*) => {
        $crate::__serde_feature! { ($crate) [] $($table)* }
    };
}

// `error_table!` tells the macro which of this crate's features are on, so
// that it writes the impls they need and no others: `__serde_feature!`
// adds `serde` when it is on, `__axum_feature!` adds `axum`,
// `__miette_feature!` `miette`, then `__features_end!` calls the macro with
// `($crate; features...)`.

/// Not public API: passes the `serde` feature on to `error_table!`.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_feature {
    (($($krate:tt)*) [$($feature:ident)*] $($table:tt)*) => {
        $crate::__axum_feature! { ($($krate)*) [$($feature)* serde] $($table)* }
    };
}

/// Not public API: passes the `serde` feature on to `error_table!` (off).
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_feature {
    (($($krate:tt)*) [$($feature:ident)*] $($table:tt)*) => {
        $crate::__axum_feature! { ($($krate)*) [$($feature)*] $($table)* }
    };
}

/// Not public API: a placeholder type that `error_table!` passes through
/// unparsed (one too long to parse in the macro), parsed here by the
/// compiler, which reports an error in it on its own tokens.
#[doc(hidden)]
#[macro_export]
macro_rules! __type {
    ($type:ty) => {
        $type
    };
}

/// Not public API: passes the `axum` feature on to `error_table!`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_feature {
    (($($krate:tt)*) [$($feature:ident)*] $($table:tt)*) => {
        $crate::__miette_feature! { ($($krate)*) [$($feature)* axum] $($table)* }
    };
}

/// Not public API: passes the `axum` feature on to `error_table!` (off).
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum_feature {
    (($($krate:tt)*) [$($feature:ident)*] $($table:tt)*) => {
        $crate::__miette_feature! { ($($krate)*) [$($feature)*] $($table)* }
    };
}

/// Not public API: passes the `miette` feature on to `error_table!`.
#[cfg(feature = "miette")]
#[doc(hidden)]
#[macro_export]
macro_rules! __miette_feature {
    (($($krate:tt)*) [$($feature:ident)*] $($table:tt)*) => {
        $crate::__features_end! { ($($krate)*) [$($feature)* miette] $($table)* }
    };
}

/// Not public API: passes the `miette` feature on to `error_table!` (off).
#[cfg(not(feature = "miette"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __miette_feature {
    (($($krate:tt)*) [$($feature:ident)*] $($table:tt)*) => {
        $crate::__features_end! { ($($krate)*) [$($feature)*] $($table)* }
    };
}

/// Not public API: calls the macro with the features passed on. One line
/// whatever the features, so that what rustc quotes of the expansion (a
/// note's "defined here") is the same in every build.
#[doc(hidden)]
#[macro_export]
macro_rules! __features_end {
    (($($krate:tt)*) [$($feature:ident)*] $($table:tt)*) => {
        $crate::__private::error_table! { ($($krate)*; $($feature)*) $($table)* }
    };
}

/// Every family this crate declares, in the document's order.
///
/// # Example
/// ```
/// let row = gwerr_core::FAMILIES
///     .iter()
///     .find_map(|family| family.find("I413RL"))
///     .unwrap();
/// assert_eq!(row.message.text, "Request body too Large");
/// ```
pub const FAMILIES: &[&Family] = {
    macro_rules! families {
        ($($(#[$doc:meta])* $variant:ident($error:ident, $code:ident, message_only: $message_only:literal),)*) => {
            &[$($code::FAMILY),*]
        };
    }
    with_gateway_families!(families)
};

/// The rows of a code across [`FAMILIES`]: a fixed code of any family wins
/// over templated codes; a code that only templates match may match a row
/// in several families (`MissingAppId` is both `Missing%s` and
/// `Missing{ParameterName}`), in the families' order.
///
/// # Example
/// ```
/// let rows = gwerr_core::lookup("MissingAppId");
/// let families: Vec<&str> = rows.iter().map(|(family, _)| family.name).collect();
/// assert_eq!(families, ["ManagementError", "CommonError"]);
/// // A fixed code of one family wins over another's `Invalid{ParameterName}`.
/// assert_eq!(gwerr_core::lookup("InvalidApi.NotFound").len(), 1);
/// ```
pub fn lookup(code: &str) -> Vec<(&'static Family, &'static Row)> {
    wire::codes_of(code)
        .map(|(reader, code)| (reader.family, code.row()))
        .collect()
}

/// Not public API: keeps the `Serialize` impls of the expansion when the
/// `serde` feature is on (for a family expanded by `gwerr_macros` called
/// directly, which cannot know this crate's features).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Not public API: drops the `Serialize` impls of the expansion when the
/// `serde` feature is off.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde {
    ($($item:tt)*) => {};
}

/// Not public API: keeps the `Diagnostic` impls of the expansion when the
/// `miette` feature is on.
#[cfg(feature = "miette")]
#[doc(hidden)]
#[macro_export]
macro_rules! __miette {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Not public API: drops the `Diagnostic` impls of the expansion when the
/// `miette` feature is off.
#[cfg(not(feature = "miette"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __miette {
    ($($item:tt)*) => {};
}

/// Not public API: keeps the `IntoResponse` impls of the expansion when the
/// `axum` feature is on.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ($($item:tt)*) => {
        $($item)*
    };
}

/// Not public API: drops the `IntoResponse` impls of the expansion when the
/// `axum` feature is off.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ($($item:tt)*) => {};
}

/// Not public API: what the expansion of `error_table!` refers to.
#[doc(hidden)]
pub mod __private;
