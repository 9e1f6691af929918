//! Classifying a response of the gateway: a success, a backend's own
//! error, or one of the gateway's rows in any of its families.

use std::borrow::Cow;
use std::cmp::Reverse;

use http::header::{HeaderMap, HeaderValue};
use http::{Response, StatusCode};

use super::convention::Convention;
use super::encoding::{decode, non_empty, Problem};
use super::families::{codes_of, Reader, READERS};
use super::rank::{Best, CodeRank, MessageRank};
use super::read::{field_values, message_reads, name, read_message, received, values_of, Named};
use crate::carrier::{Kind, Received};
use crate::small::Small;
use crate::{AnyCode, AnyError, Error, Retry, Row, Template};

/// How a gateway error's row was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Identified {
    /// From `X-Ca-Error-Code`.
    ByCode,
    /// From `X-Ca-Error-Message` alone: the response had no code.
    ByMessage,
}

/// What a response says happened.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// A 2xx status without an error code (an `X-Ca-Error-Message: OK`
    /// included).
    Success,
    /// The backend answered: no error code and no error message, so the
    /// status is the backend's own, passed through by the gateway.
    Backend,
    /// The gateway answered with an error of a known row.
    Gateway {
        /// The row's code.
        code: AnyCode,
        /// How the row was found.
        identified: Identified,
        /// The typed error, or why it could not be built.
        error: Result<AnyError, Problem>,
    },
    /// The gateway answered with a code or message that no family knows.
    Unrecognized,
}

/// A response read as the gateway meant it: what happened, and every raw
/// value it came with.
///
/// # Example
/// ```
/// use gwerr_core::wire::{GatewayResponse, Outcome};
/// use gwerr_core::{AnyError, ClassicError};
/// use http::{HeaderMap, HeaderValue, StatusCode};
///
/// // A client's `status()` and `headers()`: a classic gateway sends its
/// // code as a phrase.
/// let mut headers = HeaderMap::new();
/// headers.insert("x-ca-error-code", HeaderValue::from_static("Throttled by APP Flow Control"));
/// let reading = GatewayResponse::classify(StatusCode::FORBIDDEN, &headers);
/// assert!(matches!(
///     reading.outcome(),
///     Outcome::Gateway { error: Ok(AnyError::Classic(ClassicError::ThrottledByAppFlowControl)), .. }
/// ));
/// assert!(reading.is_retryable());
///
/// // No error headers: the backend's own answer, passed through.
/// let reading = GatewayResponse::classify(StatusCode::NOT_FOUND, &HeaderMap::new());
/// assert_eq!(reading.outcome(), &Outcome::Backend);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayResponse {
    /// The status and the raw headers, handed on whole to an [`Error`].
    received: Received,
    /// The request id decoded, kept only where decoding changed it (a
    /// `%XX`, or bytes that are not UTF-8): a plain id costs nothing.
    request_id_text: Option<Box<str>>,
    outcome: Outcome,
}

impl GatewayResponse {
    /// Reads a response's status and headers (names are case-insensitive,
    /// as `HeaderMap` keeps them). Never fails: what is not understood is
    /// [`Outcome::Unrecognized`], with the raw values kept.
    pub fn classify(status: StatusCode, headers: &HeaderMap) -> Self {
        let received = received(&Convention::GATEWAY, status, headers, &[]);
        let request_id_text = received
            .request_id
            .as_ref()
            .map(HeaderValue::as_bytes)
            // ASCII without a `%` (nearly every id) reads as it came.
            .filter(|id| !id.is_ascii() || id.contains(&b'%'))
            .and_then(|id| match decode(id) {
                Cow::Owned(text) => Some(text.into_boxed_str()),
                Cow::Borrowed(_) => None,
            });
        let outcome = outcome(status, received.code.as_ref(), received.message.as_ref());
        GatewayResponse {
            received,
            request_id_text,
            outcome,
        }
    }

    /// Reads a response (its body is not looked at: gateway errors have an
    /// empty one, and a backend's is the caller's to read).
    pub fn from_response<B>(response: &Response<B>) -> Self {
        Self::classify(response.status(), response.headers())
    }

    /// What happened.
    pub fn outcome(&self) -> &Outcome {
        &self.outcome
    }

    /// The typed error, when the gateway sent one that reads back.
    pub fn error(&self) -> Option<&AnyError> {
        match &self.outcome {
            Outcome::Gateway {
                error: Ok(error), ..
            } => Some(error),
            _ => None,
        }
    }

    /// The status the response came with.
    pub fn status(&self) -> StatusCode {
        self.received.status
    }

    /// The documented status of the gateway error's row.
    pub fn documented_status(&self) -> Option<StatusCode> {
        match &self.outcome {
            Outcome::Gateway { code, .. } => Some(code.row().status),
            _ => None,
        }
    }

    /// Whether the gateway error's message differs from what its row's
    /// template allows: an older gateway's wording of a code that still
    /// reads (a row without fields needs only its code). The received
    /// message is [`GatewayResponse::message_text`].
    pub fn message_mismatch(&self) -> bool {
        let Outcome::Gateway { code, .. } = &self.outcome else {
            return false;
        };
        let template: Template = code.row().message;
        self.message_text()
            .is_some_and(|message| template.captures_trimmed(&message).is_none())
    }

    /// Whether the response's status differs from the documented one.
    pub fn status_mismatch(&self) -> bool {
        self.documented_status()
            .is_some_and(|s| s != self.received.status)
    }

    /// Whether, and how, the request may be retried: a gateway error's row
    /// says ([`Row::retry`](crate::Row::retry)); a response no row knows, or the backend's
    /// own error, gets the advice of its status alone
    /// ([`Retry::from_status`]: 429, 503 and 504 may be retried); a success
    /// needs no retry.
    pub fn retry(&self) -> Retry {
        match &self.outcome {
            Outcome::Gateway { code, .. } => code.row().retry,
            Outcome::Success => Retry::Never,
            Outcome::Backend | Outcome::Unrecognized => Retry::from_status(self.received.status),
        }
    }

    /// Whether the request may be retried at all ([`GatewayResponse::retry`]).
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// The raw `X-Ca-Error-Code` value.
    pub fn raw_code(&self) -> Option<&HeaderValue> {
        self.received.code.as_ref()
    }

    /// The raw `X-Ca-Error-Message` value.
    pub fn raw_message(&self) -> Option<&HeaderValue> {
        self.received.message.as_ref()
    }

    /// The decoded `X-Ca-Error-Code`.
    pub fn code_text(&self) -> Option<Cow<'_, str>> {
        self.received.code.as_ref().map(|v| decode(v.as_bytes()))
    }

    /// The decoded `X-Ca-Error-Message`.
    pub fn message_text(&self) -> Option<Cow<'_, str>> {
        self.received.message.as_ref().map(|v| decode(v.as_bytes()))
    }

    /// `X-Ca-Request-Id`, decoded as [`wire::response`](crate::wire::response) encodes
    /// it (`req-%C3%A9` is `req-é`; bytes that are not UTF-8 become
    /// U+FFFD). [`GatewayResponse::raw_request_id`] has the bytes as they
    /// came.
    pub fn request_id(&self) -> Option<&str> {
        match &self.request_id_text {
            Some(text) => Some(text),
            None => std::str::from_utf8(self.received.request_id.as_ref()?.as_bytes()).ok(),
        }
    }

    /// The raw `X-Ca-Request-Id` value, whatever bytes it holds.
    pub fn raw_request_id(&self) -> Option<&HeaderValue> {
        self.received.request_id.as_ref()
    }

    /// The reading as a `Result`: `Ok` for a success (the reading given
    /// back, for its request id), else an [`Error`] that keeps everything
    /// received: the typed error of a known row, or the backend's error,
    /// or an unrecognised response.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::wire::{self, GatewayResponse};
    /// use gwerr_core::{AnyError, VpcError};
    ///
    /// let response: http::Response<()> = wire::response(&VpcError::LoopDetected, Some("req-9"));
    /// let error = GatewayResponse::from_response(&response).into_result().unwrap_err();
    /// assert_eq!(error.typed(), Some(&AnyError::Vpc(VpcError::LoopDetected)));
    /// assert_eq!(error.to_string(), "Loop Detected (I508LD, HTTP 508, request id req-9)");
    /// ```
    pub fn into_result(self) -> Result<Self, Error<AnyError>> {
        let GatewayResponse {
            received,
            request_id_text,
            outcome,
        } = self;
        let kind = match outcome {
            Outcome::Gateway {
                error: Ok(error), ..
            } => Kind::Typed(error),
            Outcome::Gateway {
                code,
                error: Err(problem),
                ..
            } => Kind::Unreadable {
                row: code.row(),
                problem,
            },
            Outcome::Backend => Kind::Backend,
            Outcome::Unrecognized => Kind::Unrecognized,
            Outcome::Success => {
                return Ok(GatewayResponse {
                    received,
                    request_id_text,
                    outcome,
                })
            }
        };
        Err(Error::read(kind, received))
    }
}

#[inline]
pub(super) fn outcome(
    status: StatusCode,
    code: Option<&HeaderValue>,
    message: Option<&HeaderValue>,
) -> Outcome {
    let code = non_empty(code);
    let message = message.map(|v| decode(v.as_bytes()));
    let by_code = |code: &str, message: Option<&str>| by_code(status, code, message);
    let by_message = |message: &str| by_message(status, message);
    match name(
        status,
        code.as_deref(),
        message.as_deref(),
        by_code,
        by_message,
    ) {
        Named::Success => Outcome::Success,
        Named::Backend => Outcome::Backend,
        Named::Unrecognized => Outcome::Unrecognized,
        Named::Row(found) => found,
    }
}

/// The row a code names ([`codes_of`]); among several templates, the one
/// whose message reads back, then the one whose status matches, then the
/// first family ([`CodeRank`]).
#[inline]
pub(super) fn by_code(status: StatusCode, code: &str, message: Option<&str>) -> Option<Outcome> {
    let mut best = Best::new();
    for (index, (reader, any_code)) in codes_of(code).enumerate() {
        let row = any_code.row();
        let values = field_values(row, Some(code), message);
        let rank = CodeRank {
            fields_read: values.is_ok(),
            message_reads: message_reads(row, message, &values),
            status_matches: row.status == status,
            earlier: Reverse(index),
        };
        best.offer(rank, || (reader, any_code, values));
    }
    let (reader, code, values) = best.into_inner()?;
    Some(gateway(reader, code, values, Identified::ByCode))
}

/// The row a message alone names, among the families whose gateways send
/// messages without codes ([`MessageRank`]): the one whose status matches,
/// then the most literal text matched, then the classic gateways' (a
/// response without a code most likely comes from one). Gives the row
/// found with the outcome.
#[inline]
pub(super) fn by_message(status: StatusCode, message: &str) -> Option<(&'static Row, Outcome)> {
    let mut best = Best::new();
    for (family, reader) in READERS.iter().enumerate().filter(|(_, r)| r.message_only) {
        let code_at = reader.code_at;
        // The earlier row of a family wins a tie, whatever order the index
        // gives its candidates in.
        (reader.messages)().candidates(message, |index| {
            let row = code_at(index).row();
            let Some((literal_bytes, exact, captures)) = read_message(row, message) else {
                return;
            };
            let Some(values) = values_of(row, captures) else {
                return;
            };
            let rank = MessageRank {
                status_matches: row.status == status,
                literal_bytes,
                exact,
                family,
                earlier: Reverse(index),
            };
            best.offer(rank, || (reader, code_at(index), values));
        });
    }
    let (reader, code, values) = best.into_inner()?;
    let outcome = gateway(reader, code, Ok(values), Identified::ByMessage);
    Some((code.row(), outcome))
}

/// The outcome for a found row, from its field texts (read once, by the
/// caller that chose the row).
#[inline]
pub(super) fn gateway(
    reader: &Reader,
    code: AnyCode,
    values: Result<Small<&str>, Problem>,
    identified: Identified,
) -> Outcome {
    let error = values.and_then(|values| match (reader.build)(code, &values) {
        Some(Ok(error)) => Ok(error),
        Some(Err(field)) => Err(Problem::Field(field)),
        None => Err(Problem::MessageMismatch),
    });
    Outcome::Gateway {
        code,
        identified,
        error,
    }
}
