//! [`Error`]: a typed error with what a running program needs once it
//! leaves the line that read it: what the response said, the request id, a
//! cause and a backtrace.

use std::backtrace::{Backtrace, BacktraceStatus};
use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt::{self, Debug, Display};

use http::header::HeaderValue;
use http::StatusCode;

use crate::wire::encoding::{decode, Problem};
use crate::{AnyError, ErrorFamily, Family, Retry, Row};

/// A typed error that a table's row describes: the error enum of any
/// family, or [`AnyError`]. [`Error`] carries one.
pub trait TypedError: StdError + Send + Sync + 'static {
    /// The error's row.
    fn row(&self) -> &'static Row;

    /// The family of the error's row.
    fn family(&self) -> &'static Family;

    /// The code as sent on the wire (a templated code filled in).
    fn wire_code(&self) -> Cow<'static, str>;

    /// The retry advice for a response of `status` that no row names (an
    /// intermediary's 502, a code no row knows): the family's declared
    /// advice for that status ([`ErrorFamily::declared_advice`]), else the
    /// advice every row of the type with that status declares, where they
    /// agree and there is one; else the status's own
    /// ([`Retry::from_status`]). A family whose
    /// 502 rows are transient so advises retrying any 502.
    fn advice_for(status: StatusCode) -> Retry
    where
        Self: Sized,
    {
        Retry::from_status(status)
    }

    /// The first backoff for a response of `status` that no row names: the
    /// backoff of the type's rows of that status where they agree on their
    /// advice ([`advice_for`](TypedError::advice_for)), else that advice's
    /// own ([`Retry::backoff`]).
    fn backoff_for(status: StatusCode) -> Option<std::time::Duration>
    where
        Self: Sized,
    {
        Self::advice_for(status).backoff()
    }

    /// Where the type's service sends its errors
    /// ([`ErrorFamily::convention`]); the gateway's headers for
    /// [`AnyError`].
    fn convention() -> &'static crate::wire::Convention
    where
        Self: Sized,
    {
        static GATEWAY: crate::wire::Convention = crate::wire::Convention::GATEWAY;
        &GATEWAY
    }
}

/// The advice `rows` agree on for `status`, with the first of them (whose
/// backoff a response no row names takes), else the status's own advice.
fn agreed<'a>(rows: impl Iterator<Item = &'a Row>, status: StatusCode) -> (Retry, Option<&'a Row>) {
    let mut agreed: Option<&Row> = None;
    for row in rows.filter(|row| row.status == status) {
        match agreed {
            None => agreed = Some(row),
            Some(first) if first.retry == row.retry => {}
            Some(_) => return (Retry::from_status(status), None),
        }
    }
    match agreed {
        Some(row) => (row.retry, Some(row)),
        None => (Retry::from_status(status), None),
    }
}

impl<F: ErrorFamily + Send + Sync> TypedError for F {
    fn row(&self) -> &'static Row {
        crate::ErrorCode::row(self.code())
    }

    fn family(&self) -> &'static Family {
        <F::Code as crate::ErrorCode>::FAMILY
    }

    fn wire_code(&self) -> Cow<'static, str> {
        ErrorFamily::wire_code(self)
    }

    fn advice_for(status: StatusCode) -> Retry {
        if let Some(retry) = F::declared_advice(status) {
            return retry;
        }
        let codes = <F::Code as crate::ErrorCode>::ALL.iter();
        agreed(codes.map(|code| crate::ErrorCode::row(*code)), status).0
    }

    fn backoff_for(status: StatusCode) -> Option<std::time::Duration> {
        if let Some(retry) = F::declared_advice(status) {
            return retry.backoff();
        }
        let codes = <F::Code as crate::ErrorCode>::ALL.iter();
        match agreed(codes.map(|code| crate::ErrorCode::row(*code)), status) {
            (_, Some(row)) => row.first_backoff(),
            (retry, None) => retry.backoff(),
        }
    }

    fn convention() -> &'static crate::wire::Convention {
        <F as ErrorFamily>::convention()
    }
}

impl TypedError for AnyError {
    fn row(&self) -> &'static Row {
        self.code().row()
    }

    fn family(&self) -> &'static Family {
        AnyError::family(self)
    }

    fn wire_code(&self) -> Cow<'static, str> {
        AnyError::wire_code(self)
    }

    fn advice_for(status: StatusCode) -> Retry {
        agreed(crate::FAMILIES.iter().flat_map(|f| f.rows()), status).0
    }
}

/// What an [`Error`] is.
#[derive(Debug)]
#[non_exhaustive]
pub enum Kind<E> {
    /// An error of a known row, typed.
    Typed(E),
    /// A response named a known row, but its typed error could not be built
    /// from what it said (a message that does not match the row's template,
    /// a field that does not parse).
    Unreadable {
        /// The row the response named.
        row: &'static Row,
        /// Why its typed error could not be built.
        problem: Problem,
    },
    /// An error without a code of the family: no code and no message, or
    /// only the status's reason phrase (for the gateway, the backend's own
    /// error, passed through). Its body is the sender's to explain.
    Backend,
    /// A code or message that no row of the family knows.
    Unrecognized,
}

/// What a response said, kept as it came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub(crate) status: StatusCode,
    pub(crate) code: Option<HeaderValue>,
    pub(crate) message: Option<HeaderValue>,
    pub(crate) request_id: Option<HeaderValue>,
    /// The server's `Retry-After` (or its convention's header for it).
    pub(crate) retry_after: Option<HeaderValue>,
    /// The values found in the body, for a convention that puts them
    /// there.
    pub(crate) body: Option<Box<BodyValues>>,
}

/// The values of an error found in a response's body, with the body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct BodyValues {
    pub(crate) code: Option<BodyText>,
    pub(crate) message: Option<BodyText>,
    pub(crate) request_id: Option<BodyText>,
    pub(crate) retry_after: Option<BodyText>,
    /// The body as received, for what it carries beyond these (a JSON
    /// body's `details`, an XML body's own elements).
    pub(crate) raw: Raw,
}

/// A body as received: its text where it is UTF-8 (checked once, so that
/// the values found in it are slices of it), else its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Raw {
    Text(Box<str>),
    Bytes(Box<[u8]>),
}

impl Raw {
    pub(crate) fn bytes(&self) -> &[u8] {
        match self {
            Raw::Text(text) => text.as_bytes(),
            Raw::Bytes(bytes) => bytes,
        }
    }
}

impl Default for Raw {
    fn default() -> Self {
        Raw::Bytes(Box::default())
    }
}

/// A text found in a body: where it stands in the body kept (a string
/// without escapes, as most are), or its own text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(not(any(feature = "json", feature = "xml")), allow(dead_code))]
pub(crate) enum BodyText {
    /// Bytes `start..end` of the body, UTF-8.
    At(usize, usize),
    /// A text the body does not hold as it is (escapes resolved).
    Own(String),
}

impl BodyValues {
    /// The text of one of the values.
    pub(crate) fn text<'a>(&'a self, value: &'a Option<BodyText>) -> Option<&'a str> {
        match value.as_ref()? {
            BodyText::At(start, end) => match &self.raw {
                Raw::Text(text) => text.get(*start..*end),
                Raw::Bytes(_) => None,
            },
            BodyText::Own(text) => Some(text),
        }
    }
}

impl Received {
    /// The status the response came with.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The raw error-code header.
    pub fn raw_code(&self) -> Option<&HeaderValue> {
        self.code.as_ref()
    }

    /// The raw error-message header.
    pub fn raw_message(&self) -> Option<&HeaderValue> {
        self.message.as_ref()
    }

    /// The raw request-id header, whatever bytes it holds.
    pub fn raw_request_id(&self) -> Option<&HeaderValue> {
        self.request_id.as_ref()
    }

    /// The error code: found in the body, else its header decoded.
    pub fn code(&self) -> Option<Cow<'_, str>> {
        let body = self.body.as_ref().and_then(|body| body.text(&body.code));
        text(body, self.code.as_ref())
    }

    /// The code as a reader names its row by: the body's, else the
    /// header's with its transport whitespace trimmed before it is
    /// decoded (`%20` stays part of the code); `None` for a blank header.
    pub(crate) fn code_to_read(&self) -> Option<Cow<'_, str>> {
        match self.body.as_ref().and_then(|body| body.text(&body.code)) {
            Some(code) => Some(Cow::Borrowed(code)),
            None => crate::wire::encoding::non_empty(self.code.as_ref()),
        }
    }

    /// The error message: found in the body, else its header decoded.
    pub fn message(&self) -> Option<Cow<'_, str>> {
        let body = self.body.as_ref().and_then(|body| body.text(&body.message));
        text(body, self.message.as_ref())
    }

    /// The delay the server asked for before a retry, as received: the
    /// body's where the convention puts it there and the body gives one,
    /// else the `Retry-After` header's (seconds or an HTTP date, counted
    /// from now); `None` when
    /// the response gives none, or none that reads. Not bounded: see
    /// [`Error::backoff`].
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        let now = std::time::SystemTime::now();
        let body = self
            .body
            .as_ref()
            .and_then(|body| body.text(&body.retry_after));
        let header = || crate::delay::parse(self.retry_after.as_ref()?.to_str().ok()?, now);
        body.and_then(|text| crate::delay::parse(text, now))
            .or_else(header)
    }

    /// The body as received, for a convention that reads errors from the
    /// body: what it carries beyond the code and message (a JSON body's
    /// `details`, a reason and its metadata) stays reachable, to read with
    /// one's own types. `None` for a convention of headers alone.
    ///
    /// # Example
    /// ```
    /// # #[cfg(feature = "json")] {
    /// use gwerr_core::wire::{self, Convention, Place};
    ///
    /// gwerr_core::error_table! {
    ///     pub enum Api {
    ///         table "Errors" {
    ///         | Code | Status | Message |
    ///         | Denied | 403 | "Denied" |
    ///         }
    ///     }
    /// }
    ///
    /// const API: Convention = Convention::at(
    ///     Place::Json(&["error", "code"]),
    ///     Place::Json(&["error", "message"]),
    ///     Place::Nowhere,
    /// );
    /// let body = r#"{"error": {"code": "Denied", "message": "Denied", "details": [{"reason": "NO_KEY"}]}}"#;
    /// let response = http::Response::builder().status(403).body(body).unwrap();
    /// let error = wire::check_response::<Api, _>(&API, &response).unwrap_err();
    /// let received = error.received().unwrap();
    /// assert_eq!(received.body(), Some(body.as_bytes()));
    /// # }
    /// ```
    pub fn body(&self) -> Option<&[u8]> {
        self.body.as_ref().map(|body| body.raw.bytes())
    }

    /// The request id: found in the body, else its header decoded.
    pub fn request_id(&self) -> Option<Cow<'_, str>> {
        let body = self
            .body
            .as_ref()
            .and_then(|body| body.text(&body.request_id));
        text(body, self.request_id.as_ref())
    }
}

/// A value's text: the body's, else the header's decoded.
fn text<'a>(body: Option<&'a str>, header: Option<&'a HeaderValue>) -> Option<Cow<'a, str>> {
    match body {
        Some(text) => Some(Cow::Borrowed(text)),
        None => header.map(|v| decode(v.as_bytes())),
    }
}

/// A typed error of a family (or of any gateway family, the default) with
/// its context: what the response said, the request id, an optional cause
/// and a backtrace.
///
/// `Error` is one pointer wide, `Send + Sync + 'static`, and implements
/// [`std::error::Error`], with [`source`](StdError::source) reaching the
/// cause. Its `status()`, `code()` and retry advice come from the typed
/// error's row; an error without one (the backend's, an unrecognised
/// response) answers from what was received.
///
/// # Display
///
/// `{}` leads with the message and carries the code, the status and the
/// request id, for a log line:
/// ``Invalid Header `X-Ca-Key` is empty (I400HD, HTTP 400, request id 5F0C-17)``.
/// The status is the one received; a documented status that differs is
/// shown too (`HTTP 502, documented 400`). `{:#}` adds the causes, each after `: `,
/// as `anyhow` prints a chain.
///
/// # Example
/// ```
/// use gwerr_core::{Error, VpcError};
///
/// fn handler() -> Result<(), Error<VpcError>> {
///     let io = std::io::Error::other("disk full");
///     Err(Error::new(VpcError::LoopDetected).with_cause(io).with_request_id("5F0C-17"))
/// }
///
/// let error = handler().unwrap_err();
/// assert_eq!(error.to_string(), "Loop Detected (I508LD, HTTP 508, request id 5F0C-17)");
/// assert_eq!(format!("{error:#}"), "Loop Detected (I508LD, HTTP 508, request id 5F0C-17): disk full");
/// assert_eq!(error.typed(), Some(&VpcError::LoopDetected));
/// assert!(std::error::Error::source(&error).is_some());
/// ```
pub struct Error<E = AnyError> {
    inner: Box<Inner<E>>,
}

struct Inner<E> {
    kind: Kind<E>,
    received: Option<Received>,
    /// A request id given by a server, for an error not read from a response.
    request_id: Option<String>,
    cause: Option<Box<dyn StdError + Send + Sync + 'static>>,
    backtrace: Backtrace,
}

impl<E> Error<E> {
    fn from_kind(kind: Kind<E>, received: Option<Received>) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                received,
                request_id: None,
                cause: None,
                backtrace: Backtrace::capture(),
            }),
        }
    }

    /// An error of `error`'s row. A backtrace is captured when
    /// `RUST_BACKTRACE` or `RUST_LIB_BACKTRACE` asks for one (as
    /// [`Backtrace::capture`] decides), and costs nothing otherwise.
    pub fn new(error: E) -> Self {
        Self::from_kind(Kind::Typed(error), None)
    }

    pub(crate) fn read(kind: Kind<E>, received: Received) -> Self {
        Self::from_kind(kind, Some(received))
    }

    /// Attaches the error that caused this one; [`source`](StdError::source)
    /// returns it.
    pub fn with_cause(
        mut self,
        cause: impl Into<Box<dyn StdError + Send + Sync + 'static>>,
    ) -> Self {
        self.inner.cause = Some(cause.into());
        self
    }

    /// Sets the request id (a server's own, for an error it sends).
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.inner.request_id = Some(request_id.into());
        self
    }

    /// What the error is.
    pub fn kind(&self) -> &Kind<E> {
        &self.inner.kind
    }

    /// The typed error, when there is one.
    pub fn typed(&self) -> Option<&E> {
        match &self.inner.kind {
            Kind::Typed(error) => Some(error),
            _ => None,
        }
    }

    /// Takes the typed error out, or gives the error back.
    pub fn into_typed(self) -> Result<E, Self> {
        match self.inner.kind {
            Kind::Typed(error) => Ok(error),
            _ => Err(self),
        }
    }

    /// The same error with its typed error converted (into [`AnyError`],
    /// say), everything else kept.
    pub fn map<G>(self, f: impl FnOnce(E) -> G) -> Error<G> {
        let inner = *self.inner;
        let kind = match inner.kind {
            Kind::Typed(error) => Kind::Typed(f(error)),
            Kind::Unreadable { row, problem } => Kind::Unreadable { row, problem },
            Kind::Backend => Kind::Backend,
            Kind::Unrecognized => Kind::Unrecognized,
        };
        Error {
            inner: Box::new(Inner {
                kind,
                received: inner.received,
                request_id: inner.request_id,
                cause: inner.cause,
                backtrace: inner.backtrace,
            }),
        }
    }

    /// What the response said, for an error read from one.
    pub fn received(&self) -> Option<&Received> {
        self.inner.received.as_ref()
    }

    /// The status the response came with, for an error read from one.
    pub fn received_status(&self) -> Option<StatusCode> {
        self.received().map(Received::status)
    }

    /// The request id: the one set with [`Error::with_request_id`], else
    /// the response's, decoded.
    pub fn request_id(&self) -> Option<Cow<'_, str>> {
        match &self.inner.request_id {
            Some(id) => Some(Cow::Borrowed(id)),
            None => self.received()?.request_id(),
        }
    }

    /// The cause attached with [`Error::with_cause`].
    pub fn cause(&self) -> Option<&(dyn StdError + Send + Sync + 'static)> {
        self.inner.cause.as_deref()
    }

    /// The backtrace captured when the error was made (see
    /// [`Backtrace::status`]: unsupported or disabled unless asked for).
    pub fn backtrace(&self) -> &Backtrace {
        &self.inner.backtrace
    }
}

impl<E: TypedError> Error<E> {
    /// The row of the error: the typed error's, or the one a response named.
    pub fn row(&self) -> Option<&'static Row> {
        match &self.inner.kind {
            Kind::Typed(error) => Some(error.row()),
            Kind::Unreadable { row, .. } => Some(row),
            Kind::Backend | Kind::Unrecognized => None,
        }
    }

    /// What kind of error this is, for telemetry (OpenTelemetry's
    /// `error.type`): the row's code as documented (a templated row's
    /// template, `Missing%s`, never the instance), or `_OTHER` where no row
    /// describes the error (the backend's, an unrecognised response). The
    /// values are bounded by the table: its rows' codes, and one more.
    ///
    /// # Example
    /// ```
    /// use gwerr_core::{Error, ManagementError};
    ///
    /// let error = Error::new(ManagementError::Missing { parameter: "AppId".into() });
    /// assert_eq!(error.code().as_deref(), Some("MissingAppId"));
    /// assert_eq!(error.error_type(), "Missing%s");
    /// ```
    pub fn error_type(&self) -> &'static str {
        self.row().map_or("_OTHER", |row| row.code.text)
    }

    /// The status: the one received, for an error read from a response;
    /// else the row's documented one ([`documented_status`]); a 500 for an
    /// error of neither.
    ///
    /// [`documented_status`]: Error::documented_status
    pub fn status(&self) -> StatusCode {
        match (self.received_status(), self.row()) {
            (Some(status), _) => status,
            (None, Some(row)) => row.status,
            (None, None) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The status the row documents, where the error has a row: beside
    /// [`status`](Error::status), which for an error read from a response
    /// is the one received.
    pub fn documented_status(&self) -> Option<StatusCode> {
        self.row().map(|row| row.status)
    }

    /// The code: the typed error's as sent on the wire, else the one
    /// received.
    pub fn code(&self) -> Option<Cow<'_, str>> {
        match &self.inner.kind {
            Kind::Typed(error) => Some(error.wire_code()),
            _ => self.received()?.code(),
        }
    }

    /// Whether, and how, a caller may retry: the row's advice; without a
    /// row (an error without a code, an unrecognised one), the advice the
    /// type gives the received status ([`TypedError::advice_for`]).
    pub fn retry(&self) -> Retry {
        match (self.row(), self.received_status()) {
            (Some(row), _) => row.retry,
            (None, Some(status)) => E::advice_for(status),
            (None, None) => Retry::Never,
        }
    }

    /// Whether a caller may retry at all.
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// The wait before the first retry; `None` when the error should not
    /// be retried ([`retry`](Error::retry)). The server's own delay wins
    /// where the response gives one ([`Received::retry_after`]), cut to
    /// [`MAX_SERVER_DELAY`](crate::MAX_SERVER_DELAY); else the row's
    /// declared backoff, the family's for its kind, or the kind's own
    /// ([`Row::first_backoff`]); for a response no row names, the type's
    /// ([`TypedError::backoff_for`]).
    ///
    /// # Example
    /// ```
    /// use std::time::Duration;
    /// use gwerr_core::wire;
    ///
    /// gwerr_core::error_table! {
    ///     pub enum Api {
    ///         table "Errors" {
    ///         | Code | Status | Message |
    ///         #[retry(throttled, after = 30s)]
    ///         | RateLimited | 429 | "Slow down" |
    ///         }
    ///     }
    /// }
    ///
    /// let mut response: http::Response<()> = wire::response(&Api::RateLimited, None);
    /// let error = wire::check::<Api>(response.status(), response.headers()).unwrap_err();
    /// assert_eq!(error.backoff(), Some(Duration::from_secs(30)));
    ///
    /// response.headers_mut().insert("retry-after", "5".parse().unwrap());
    /// let error = wire::check::<Api>(response.status(), response.headers()).unwrap_err();
    /// assert_eq!(error.backoff(), Some(Duration::from_secs(5)));
    /// ```
    pub fn backoff(&self) -> Option<std::time::Duration> {
        if !self.is_retryable() {
            return None;
        }
        let server = self.received().and_then(Received::retry_after);
        if let Some(delay) = server {
            return Some(delay.min(crate::MAX_SERVER_DELAY));
        }
        match (self.row(), self.received_status()) {
            (Some(row), _) => row.first_backoff(),
            (None, Some(status)) => E::backoff_for(status),
            (None, None) => self.retry().backoff(),
        }
    }
}

impl<E> From<E> for Error<E> {
    fn from(error: E) -> Self {
        Error::new(error)
    }
}

impl<E: TypedError> Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let received = self.received();
        let message = received.and_then(Received::message);
        match &self.inner.kind {
            Kind::Typed(error) => write!(f, "{} (", Escaped(error))?,
            Kind::Unreadable { row, problem } => {
                match &message {
                    Some(message) => write!(f, "{}", Escaped(&**message))?,
                    None => f.write_str(row.message.text)?,
                }
                write!(f, " ({problem}; ")?;
            }
            Kind::Backend => match message.as_deref().filter(|m| !m.is_empty()) {
                Some(message) => write!(f, "error without a code: {} (", Escaped(message))?,
                None => f.write_str("error without a code (")?,
            },
            Kind::Unrecognized => match message.as_deref().filter(|m| !m.is_empty()) {
                Some(message) => write!(f, "unrecognized error: {} (", Escaped(message))?,
                None => f.write_str("unrecognized error (")?,
            },
        }
        match self.code() {
            Some(code) => write!(f, "{}, ", Escaped(&*code))?,
            None if matches!(self.inner.kind, Kind::Unrecognized) => f.write_str("no code, ")?,
            None => {}
        }
        let status = self.status();
        write!(f, "HTTP {}", status.as_u16())?;
        if let Some(documented) = self.documented_status().filter(|s| *s != status) {
            write!(f, ", documented {}", documented.as_u16())?;
        }
        if let Some(id) = self.request_id() {
            write!(f, ", request id {}", Escaped(&*id))?;
        }
        f.write_str(")")?;
        if f.alternate() {
            let mut cause = StdError::source(self);
            // A cause's text may quote what was received: escaped too.
            while let Some(error) = cause {
                write!(f, ": {}", Escaped(error))?;
                cause = error.source();
            }
        }
        Ok(())
    }
}

/// Text that may come from a request or a response, written with what
/// could break or disguise a log line escaped (see [`disguises`]), so that
/// a log line stays one line and reads as it is stored.
struct Escaped<T>(T);

/// `text` as a log line shows it: what could break the line or disguise
/// what it shows (control characters, Unicode's line and paragraph
/// separators, bidirectional formatting characters) escaped as Rust
/// writes it (`\n`, `\u{202e}`), as [`Error`]'s `Display` writes what it
/// received.
///
/// # Example
/// ```
/// let shown = gwerr_core::escaped("id 7\u{202e}fed\r\nforged").to_string();
/// assert_eq!(shown, "id 7\\u{202e}fed\\r\\nforged");
/// ```
pub fn escaped(text: &str) -> impl Display + '_ {
    Escaped(text)
}

/// Whether `c` can break a log line or disguise what it shows: a control
/// character (C0, C1), Unicode's own line and paragraph separators, or a
/// bidirectional formatting character (marks, embeddings, overrides,
/// isolates), which can reorder what a terminal shows.
pub(crate) fn disguises(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{061C}' | '\u{200E}' | '\u{200F}'
                | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

impl<T: Display> Display for Escaped<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        write!(EscapeControls(f), "{}", self.0)
    }
}

struct EscapeControls<'a, 'b>(&'a mut fmt::Formatter<'b>);

impl fmt::Write for EscapeControls<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        for piece in text.split_inclusive(disguises) {
            match piece.char_indices().last() {
                Some((at, c)) if disguises(c) => {
                    self.0.write_str(&piece[..at])?;
                    write!(self.0, "{}", c.escape_default())?;
                }
                _ => self.0.write_str(piece)?,
            }
        }
        Ok(())
    }
}

impl<E: Debug> Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let mut debug = f.debug_struct("Error");
        debug.field("kind", &inner.kind);
        if let Some(received) = &inner.received {
            debug.field("received", received);
        }
        if let Some(id) = &inner.request_id {
            debug.field("request_id", id);
        }
        if let Some(cause) = &inner.cause {
            debug.field("cause", cause);
        }
        if inner.backtrace.status() == BacktraceStatus::Captured {
            debug.field("backtrace", &inner.backtrace);
        }
        debug.finish()
    }
}

/// The source is the cause given, else what is behind an unreadable row's
/// problem (whose own text the error's `Display` already says): a chain
/// printer says each sentence once.
impl<E: TypedError> StdError for Error<E> {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match (&self.inner.cause, &self.inner.kind) {
            (Some(cause), _) => Some(&**cause),
            (None, Kind::Unreadable { problem, .. }) => StdError::source(problem),
            (None, _) => None,
        }
    }
}

/// Turns any other error into a family's [`Error`], with it as the cause.
///
/// # Example
/// ```
/// use gwerr_core::{Error, ResultExt, VpcError};
///
/// fn read_config() -> Result<Vec<u8>, Error<VpcError>> {
///     let bytes = std::fs::read("/no/such/file").or_error(VpcError::InvalidApiMeta)?;
///     Ok(bytes)
/// }
///
/// let error = read_config().unwrap_err();
/// assert_eq!(error.typed(), Some(&VpcError::InvalidApiMeta));
/// let cause = std::error::Error::source(&error).unwrap();
/// assert!(cause.downcast_ref::<std::io::Error>().is_some());
/// ```
pub trait ResultExt<T> {
    /// On `Err`, the family error `error` caused by it.
    fn or_error<E>(self, error: E) -> Result<T, Error<E>>;

    /// On `Err`, the family error `make` builds, caused by it.
    fn or_else_error<E>(self, make: impl FnOnce() -> E) -> Result<T, Error<E>>;
}

impl<T, C> ResultExt<T> for Result<T, C>
where
    C: StdError + Send + Sync + 'static,
{
    fn or_error<E>(self, error: E) -> Result<T, Error<E>> {
        self.map_err(|cause| Error::new(error).with_cause(cause))
    }

    fn or_else_error<E>(self, make: impl FnOnce() -> E) -> Result<T, Error<E>> {
        self.map_err(|cause| Error::new(make()).with_cause(cause))
    }
}
