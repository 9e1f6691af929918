//! The `tracing` feature: an error recorded on a `tracing` span or event
//! under the names of OpenTelemetry's semantic conventions, so that a
//! collector groups errors by what the table says they are.
//!
//! | field | value |
//! |---|---|
//! | [`ERROR_TYPE`] (`error.type`) | [`Error::error_type`]: the row's code as documented, `_OTHER` where no row describes the error |
//! | [`HTTP_RESPONSE_STATUS_CODE`] (`http.response.status_code`) | [`Error::status`]: the status received |
//! | [`REQUEST_ID`] (`gwerr.request_id`) | the request id, when the response had one |
//! | [`RETRY`] (`gwerr.retry`) | the retry advice (`never`, `throttled`, `transient`) |
//!
//! `error.type` takes its values from the tables: a templated row gives its
//! template (`Missing%s`), never the instance, so that there are no more
//! values than rows, and one more.

use crate::carrier::TypedError;
use crate::Error;

/// OpenTelemetry's `error.type`.
pub const ERROR_TYPE: &str = "error.type";
/// OpenTelemetry's `http.response.status_code`.
pub const HTTP_RESPONSE_STATUS_CODE: &str = "http.response.status_code";
/// The request id of the response, when it had one.
pub const REQUEST_ID: &str = "gwerr.request_id";
/// The retry advice.
pub const RETRY: &str = "gwerr.retry";

impl<E: TypedError> Error<E> {
    /// Records the error's fields on `span`, which declares them, as
    /// `tracing` records only the fields a span was created with
    /// (`tracing::field::Empty` until then).
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{Error, VpcError};
    /// use tracing::field::Empty;
    ///
    /// let span = tracing::info_span!(
    ///     "call",
    ///     error.type = Empty,
    ///     http.response.status_code = Empty,
    ///     gwerr.request_id = Empty,
    ///     gwerr.retry = Empty,
    /// );
    /// Error::new(VpcError::LoopDetected).record(&span);
    /// ```
    pub fn record(&self, span: &tracing::Span) -> &Self {
        span.record(ERROR_TYPE, self.error_type());
        span.record(HTTP_RESPONSE_STATUS_CODE, self.status().as_u16());
        if let Some(id) = self.request_id() {
            span.record(REQUEST_ID, &*id);
        }
        span.record(RETRY, self.retry().as_str());
        self
    }

    /// Emits an event at the `ERROR` level with the error's fields and its
    /// one-line `Display` as the message.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{Error, VpcError};
    ///
    /// Error::new(VpcError::LoopDetected).with_request_id("5F0C-17").trace();
    /// ```
    pub fn trace(&self) {
        let request_id = self.request_id();
        tracing::event!(
            tracing::Level::ERROR,
            error.type = self.error_type(),
            http.response.status_code = self.status().as_u16(),
            gwerr.request_id = request_id.as_deref(),
            gwerr.retry = self.retry().as_str(),
            "{self}"
        );
    }
}
