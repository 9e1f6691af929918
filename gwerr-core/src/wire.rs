//! Gateway errors on the wire: the `X-Ca-Error-Code` and
//! `X-Ca-Error-Message` headers, written by a server and read by a client.
//!
//! # Encoding
//!
//! Header values can only hold visible ASCII, spaces and tabs, and HTTP
//! strips spaces at either end; a placeholder's value (a header name, a
//! path, a domain) may hold anything. So a code or message is written with
//! every byte outside visible ASCII and space (control bytes, DEL, bytes of
//! non-ASCII UTF-8), every `%`, and a space at either end, as `%XX` (upper
//! case hex): `Header `a\r\nb`` becomes ``Header `a%0D%0Ab` ``. A reader
//! decodes every valid `%XX` and leaves any other `%` as it is. The raw
//! header values stay available on every reading.
//!
//! # Reading
//!
//! [`GatewayResponse::classify`] tells a success, a backend's own error and
//! a gateway error apart, finds the gateway error's family and row from the
//! code, or from the message when a gateway sent no code (older and
//! classic gateways), and reads the fields back out of the message.
//! [`read`] does the same for one family of your own.
//!
//! # Example
//! ```
//! use gwerr_core::wire::{self, GatewayResponse, Outcome};
//! use gwerr_core::{AnyError, VpcError};
//!
//! // A server writes the error...
//! let error = VpcError::InvalidHeader { header_name: "X-Ca-Key".into(), reason: "is\r\nempty".into() };
//! let response: http::Response<()> = wire::response(&error, Some("5F0C-17"));
//! assert_eq!(response.headers()["x-ca-error-code"], "I400HD");
//! assert_eq!(response.headers()["x-ca-error-message"], "Invalid Header `X-Ca-Key` is%0D%0Aempty");
//!
//! // ...and a client reads it back.
//! let reading = GatewayResponse::from_response(&response);
//! assert_eq!(reading.request_id(), Some("5F0C-17"));
//! match reading.outcome() {
//!     Outcome::Gateway { error: Ok(read), .. } => assert_eq!(*read, AnyError::Vpc(error)),
//!     other => panic!("{other:?}"),
//! }
//! ```

use std::borrow::Cow;
use std::fmt::{self, Display};
use std::sync::OnceLock;

use http::header::{HeaderMap, HeaderName, HeaderValue};
use http::{Response, StatusCode};

use crate::carrier::{Kind, Received};
use crate::message_index::MessageIndex;
use crate::small::Small;
use crate::{
    AnyCode, AnyError, Error, ErrorCode, ErrorFamily, Family, FieldError, Part, Retry, Row,
    Template,
};

/// `X-Ca-Error-Code`: the gateway's error code.
pub const X_CA_ERROR_CODE: HeaderName = HeaderName::from_static("x-ca-error-code");
/// `X-Ca-Error-Message`: the error message.
pub const X_CA_ERROR_MESSAGE: HeaderName = HeaderName::from_static("x-ca-error-message");
/// `X-Ca-Request-Id`: the request's id, for support tickets.
pub const X_CA_REQUEST_ID: HeaderName = HeaderName::from_static("x-ca-request-id");

/// The headers a service sends its errors in: the gateway's `X-Ca-Error-*`
/// ([`Convention::GATEWAY`]), or a family's own, declared once and given
/// to [`response_with`] and [`check_with`]. Values are encoded and decoded
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

/// Writes text as a header value, `%XX`-encoding what a header cannot
/// carry (see the [module docs](self)).
///
/// # Example
/// ```
/// assert_eq!(gwerr_core::wire::encode("100% é\n"), "100%25 %C3%A9%0A");
/// assert_eq!(gwerr_core::wire::encode(" padded "), "%20padded%20");
/// ```
pub fn encode(text: &str) -> HeaderValue {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    for (i, &byte) in bytes.iter().enumerate() {
        let edge = i == 0 || i + 1 == bytes.len();
        let plain = (0x21..0x7f).contains(&byte) && byte != b'%' || byte == b' ' && !edge;
        if plain {
            out.push(char::from(byte));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        }
    }
    // Only visible ASCII and inner spaces remain, which a header value takes.
    HeaderValue::try_from(out).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Reads a header value written by [`encode`]: every valid `%XX` is
/// decoded, and bytes that are not UTF-8 become U+FFFD. Linear in the input,
/// and allocates only when the value holds a `%` or a byte that is not UTF-8.
///
/// # Example
/// ```
/// assert_eq!(gwerr_core::wire::decode(b"100%25 %C3%A9%0A"), "100% é\n");
/// assert_eq!(gwerr_core::wire::decode(b"50% off %zz"), "50% off %zz");
/// ```
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if !bytes.contains(&b'%') {
        // Valid UTF-8 (nearly every header) is checked by the fast
        // validator and borrowed; only other bytes take the lossy path.
        return match std::str::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(bytes),
        };
    }
    let hex = |byte: u8| match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => hex(*high).zip(hex(*low)).map(|(h, l)| h << 4 | l),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

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
    if !row.code_is_message {
        headers.insert(convention.code.clone(), encode(wire_code));
    }
    headers.insert(convention.message.clone(), encode(&message.to_string()));
    if let Some(id) = request_id {
        headers.insert(convention.request_id.clone(), encode(id));
    }
}

/// A response for an error: its documented status, its headers (see
/// [`insert_headers`]) and an empty body, as the gateway sends it.
pub fn response<E: ErrorFamily, B: Default>(error: &E, request_id: Option<&str>) -> Response<B> {
    response_with(&Convention::GATEWAY, error, request_id)
}

/// [`response`] in the headers of `convention`.
pub fn response_with<E: ErrorFamily, B: Default>(
    convention: &Convention,
    error: &E,
    request_id: Option<&str>,
) -> Response<B> {
    let mut response = Response::new(B::default());
    *response.status_mut() = error.status();
    let row = error.code().row();
    insert_row_headers(
        convention,
        row,
        &error.wire_code(),
        error,
        request_id,
        response.headers_mut(),
    );
    response
}

/// Why a known row's typed error could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The row has fields but no message came with the code.
    MissingMessage,
    /// The message does not match the row's template (the docs warn that
    /// messages change with the service), or disagrees with the code.
    MessageMismatch,
    /// A field's text did not parse as its type.
    Field(FieldError),
}

impl Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::MissingMessage => f.write_str("the code came without its message"),
            Problem::MessageMismatch => {
                f.write_str("the message does not match the documented template")
            }
            Problem::Field(error) => Display::fmt(error, f),
        }
    }
}

impl std::error::Error for Problem {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Problem::Field(error) => Some(error),
            _ => None,
        }
    }
}

/// Why [`read`] could not build a typed error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError<C> {
    /// No row of the family has this code.
    UnknownCode,
    /// The row is known; its typed error could not be built.
    Known {
        /// The row's code.
        code: C,
        /// What went wrong.
        problem: Problem,
    },
}

impl<C: ErrorCode> Display for ReadError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::UnknownCode => {
                write!(f, "no row of {} has this code", C::FAMILY.name)
            }
            ReadError::Known { code, problem } => write!(f, "`{}`: {problem}", code.as_str()),
        }
    }
}

impl<C: ErrorCode> std::error::Error for ReadError<C> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Known { problem, .. } => Some(problem),
            ReadError::UnknownCode => None,
        }
    }
}

/// Reads a response of a service whose errors are the family `F`, as a
/// `Result`: `Ok` for a success, else an [`Error`] that keeps everything
/// received (status, raw headers, request id), whether the error is one of
/// `F`'s rows, the backend's own, or unrecognised. The rules are those of
/// [`GatewayResponse::classify`], with `F`'s rows only.
///
/// # Example
/// ```
/// use gwerr_core::{wire, Error, ManagementError};
///
/// let error = ManagementError::Missing { parameter: "AppId".into() };
/// let response: http::Response<()> = wire::response(&error, Some("req-1"));
/// let read: Error<ManagementError> =
///     wire::check::<ManagementError>(response.status(), response.headers()).unwrap_err();
/// assert_eq!(read.typed(), Some(&error));
/// assert_eq!(read.request_id().as_deref(), Some("req-1"));
///
/// let ok = http::Response::new(());
/// assert!(wire::check::<ManagementError>(ok.status(), ok.headers()).is_ok());
/// ```
pub fn check<F>(status: StatusCode, headers: &HeaderMap) -> Result<(), Error<F>>
where
    F: ErrorFamily + Send + Sync,
{
    check_with(&Convention::GATEWAY, status, headers)
}

/// [`check`] for a service that sends its errors in the headers of
/// `convention`.
pub fn check_with<F>(
    convention: &Convention,
    status: StatusCode,
    headers: &HeaderMap,
) -> Result<(), Error<F>>
where
    F: ErrorFamily + Send + Sync,
{
    let code = headers.get(&convention.code);
    let message = headers.get(&convention.message);
    let kind = match non_empty(code) {
        Some(code) => {
            let message = message.map(|v| decode(v.as_bytes()));
            match read::<F>(&code, message.as_deref()) {
                Ok(error) => Kind::Typed(error),
                Err(ReadError::UnknownCode) => Kind::Unrecognized,
                Err(ReadError::Known { code, problem }) => Kind::Unreadable {
                    row: code.row(),
                    problem,
                },
            }
        }
        None if status.is_success() => return Ok(()),
        None => match message {
            None => Kind::Backend,
            Some(message) => {
                let kind = family_by_message::<F>(status, &decode(message.as_bytes()));
                match kind {
                    // As for the gateway: a reason phrase is the backend's
                    // unless a row sends exactly that text with that status.
                    Kind::Typed(ref error)
                        if is_backend_message(status, message)
                            && !(error.status() == status
                                && error.code().row().message.is_fixed()) =>
                    {
                        Kind::Backend
                    }
                    Kind::Unrecognized if is_backend_message(status, message) => Kind::Backend,
                    kind => kind,
                }
            }
        },
    };
    Err(Error::read(kind, received(convention, status, headers)))
}

/// The row of `F` a message alone names: the one whose status matches,
/// then the most literal text matched.
fn family_by_message<F: ErrorFamily>(status: StatusCode, message: &str) -> Kind<F> {
    // The best row so far: its rank, its code and its field texts.
    type Pick<'a, C> = ((bool, usize, bool), C, Small<&'a str>);
    let mut best: Option<Pick<'_, F::Code>> = None;
    for &code in <F::Code as ErrorCode>::ALL {
        let row = code.row();
        let Some((matched, exact, captures)) = read_message(row, message) else {
            continue;
        };
        let Some(values) = values_of(row, captures) else {
            continue;
        };
        let key = (row.status == status, matched, exact);
        if best.as_ref().is_none_or(|(seen, ..)| key > *seen) {
            best = Some((key, code, values));
        }
    }
    match best {
        None => Kind::Unrecognized,
        Some((_, code, values)) => match F::from_fields(code, &values) {
            Ok(error) => Kind::Typed(error),
            Err(field) => Kind::Unreadable {
                row: code.row(),
                problem: Problem::Field(field),
            },
        },
    }
}

/// How specifically `row`'s message template matches `message`: the bytes
/// of literal text matched (the more, the more specific the row), whether
/// the match was exact rather than with the trailing whitespace that HTTP
/// trims (which an exact match of as much text beats), and the captured
/// fields. `None` when it does not match (a message that does not start
/// with the template's first literal text is turned away by the capture
/// before it allocates).
fn read_message<'a>(row: &Row, message: &'a str) -> Option<(usize, bool, Small<&'a str>)> {
    let literal = literal_len(row);
    if let Some(captures) = row.message.captured(message) {
        return Some((literal, true, captures));
    }
    let captures = row.message.captured_without_trailing_space(message)?;
    let trimmed = row
        .message
        .parts
        .iter()
        .rev()
        .find_map(|part| match part {
            Part::Literal(text) => Some(text.len() - text.trim_end().len()),
            Part::Placeholder(_) => None,
        })
        .unwrap_or(0);
    Some((literal - trimmed, false, captures))
}

/// The text of each of `row`'s fields from a message's captures; `None`
/// when a field captured twice reads differently.
fn values_of<'a>(row: &Row, captures: Small<&'a str>) -> Option<Small<&'a str>> {
    if writes_each_field_in_order(row) {
        return Some(captures);
    }
    let mut values = Small::filled(row.fields.len(), None);
    place(&mut values, row.message.parts, &captures)?;
    values.iter().copied().collect()
}

/// Puts each of `captures`, one per placeholder of `parts`, in the slot of
/// its field; `None` when a field has no slot or a slot already holds
/// another text (a field captured twice, or in a code and a message).
fn place<'a>(values: &mut [Option<&'a str>], parts: &[Part], captures: &[&'a str]) -> Option<()> {
    let indices = parts.iter().filter_map(|part| match part {
        Part::Placeholder(index) => Some(*index),
        Part::Literal(_) => None,
    });
    for (index, &text) in indices.zip(captures) {
        match values.get_mut(index)? {
            Some(seen) if *seen != text => return None,
            slot => *slot = Some(text),
        }
    }
    Some(())
}

/// The literal text of a row's message, in bytes: the more, the more
/// specific the row.
fn literal_len(row: &Row) -> usize {
    row.message
        .parts
        .iter()
        .map(|part| match part {
            Part::Literal(text) => text.len(),
            Part::Placeholder(_) => 0,
        })
        .sum()
}

/// What a response said, for an [`Error`].
fn received(convention: &Convention, status: StatusCode, headers: &HeaderMap) -> Received {
    let names = [
        &convention.code,
        &convention.message,
        &convention.request_id,
    ];
    let [code, message, request_id] = first_values(headers, names);
    Received {
        status,
        code: code.cloned(),
        message: message.cloned(),
        request_id: request_id.cloned(),
    }
}

/// How many header names a map may hold for [`first_values`] to read it in
/// one pass rather than look each name up.
const ONE_PASS_NAMES: usize = 16;

/// The first value of each of `names` in `headers`, as [`HeaderMap::get`]
/// gives it. A map of a few names (a response's usual dozen) is read in
/// one pass of comparisons (a string comparison looks at the lengths
/// first), cheaper than hashing each custom name byte by byte; a larger
/// one is looked up by hash, so that the cost never grows with the number
/// of headers.
fn first_values<'a, const N: usize>(
    headers: &'a HeaderMap,
    names: [&HeaderName; N],
) -> [Option<&'a HeaderValue>; N] {
    if headers.keys_len() > ONE_PASS_NAMES {
        return names.map(|name| headers.get(name));
    }
    let wanted = names.map(HeaderName::as_str);
    let mut found = [None; N];
    // A name's first value comes before its others.
    for (name, value) in headers {
        let name = name.as_str();
        for (slot, wanted) in found.iter_mut().zip(wanted) {
            if slot.is_none() && name == wanted {
                *slot = Some(value);
            }
        }
    }
    found
}

/// Whether a message without a code is the backend's: blank, or the
/// canonical reason phrase of the received status (`Not Found` with a
/// 404, `OK` with a 200), which the gateway writes for an error it passes
/// through.
fn is_backend_message(status: StatusCode, message: &HeaderValue) -> bool {
    let text = trim_ascii_whitespace(message.as_bytes());
    text.is_empty()
        || status
            .canonical_reason()
            .is_some_and(|reason| reason.as_bytes().eq_ignore_ascii_case(text))
}

/// Reads an error of one family from its code and message (both decoded),
/// as a client of a service that uses the family would.
///
/// # Example
/// ```
/// use gwerr_core::{wire, ManagementError};
///
/// let error: ManagementError =
///     wire::read("MissingAppId", Some("The AppId is mandatory for this action.")).unwrap();
/// assert_eq!(error, ManagementError::Missing { parameter: "AppId".into() });
/// ```
pub fn read<F: ErrorFamily>(code: &str, message: Option<&str>) -> Result<F, ReadError<F::Code>> {
    let parsed: F::Code = code.parse().map_err(|_| ReadError::UnknownCode)?;
    let known = |problem| ReadError::Known {
        code: parsed,
        problem,
    };
    let values = field_values(parsed.row(), Some(code), message).map_err(known)?;
    F::from_fields(parsed, &values).map_err(|e| known(Problem::Field(e)))
}

/// The text of each field of `row`, from a templated code and from the
/// message (which HTTP may have trimmed: [`Template::captures_trimmed`]); a
/// field in both must read the same. A row without fields read by its code
/// needs no message: an older gateway's wording of the same code still
/// gives the typed error (the received message stays on the reading).
fn field_values<'a>(
    row: &Row,
    code: Option<&'a str>,
    message: Option<&'a str>,
) -> Result<Small<&'a str>, Problem> {
    if code.is_some() && row.fields.is_empty() {
        return Ok(Small::new());
    }
    // The common row: a fixed code, and a message that writes each field
    // once, in order: its captures are the values, with no list to fill.
    if row.code.is_fixed() && writes_each_field_in_order(row) {
        return match message {
            Some(message) => row
                .message
                .captured_trimmed(message)
                .ok_or(Problem::MessageMismatch),
            None if row.fields.is_empty() => Ok(Small::new()),
            None => Err(Problem::MissingMessage),
        };
    }
    let mut values = Small::filled(row.fields.len(), None);
    if let Some(code) = code.filter(|_| !row.code.is_fixed()) {
        let captures = row.code.captured(code).ok_or(Problem::MessageMismatch)?;
        place(&mut values, row.code.parts, &captures).ok_or(Problem::MessageMismatch)?;
    }
    match message {
        Some(message) => {
            let captures = row
                .message
                .captured_trimmed(message)
                .ok_or(Problem::MessageMismatch)?;
            place(&mut values, row.message.parts, &captures).ok_or(Problem::MessageMismatch)?;
        }
        None if values.iter().any(Option::is_none) => return Err(Problem::MissingMessage),
        None => {}
    }
    values
        .iter()
        .copied()
        .collect::<Option<Small<_>>>()
        .ok_or(Problem::MissingMessage)
}

/// Whether `row`'s message writes its fields in order, each once (the
/// placeholders are `0, 1, ...` up to the field count).
fn writes_each_field_in_order(row: &Row) -> bool {
    let mut next = 0;
    for part in row.message.parts {
        if let Part::Placeholder(index) = part {
            if *index != next {
                return false;
            }
            next += 1;
        }
    }
    next == row.fields.len()
}

/// One family as the reader sees it: how to name its codes and build its
/// errors, without searching its rows.
pub(crate) struct Reader {
    pub(crate) family: &'static Family,
    /// Whether gateways send this family's errors in `X-Ca-Error-*`
    /// headers without a code, so that a message alone can name a row.
    message_only: bool,
    /// The row of a code, through the family's `FromStr` (its perfect hash,
    /// then its templates).
    pub(crate) parse: fn(&str) -> Option<AnyCode>,
    /// The code of the row at an index of the family's rows.
    code_at: fn(usize) -> AnyCode,
    /// The family's rows by their message's first literal text, built on
    /// first use.
    messages: fn() -> &'static MessageIndex,
    /// The typed error of a code of this family from its fields' texts;
    /// `None` for a code of another family.
    build: Build,
}

/// Builds a family's typed error from its code and field texts; `None`
/// when the code is not the family's.
type Build = fn(AnyCode, &[&str]) -> Option<Result<AnyError, FieldError>>;

/// The gateway's families as the reader sees them, in the document's order.
pub(crate) const READERS: &[Reader] = {
    macro_rules! readers {
        ($($(#[$doc:meta])* $variant:ident($error:ident, $code:ident, message_only: $message_only:literal),)*) => {
            &[$(Reader {
                family: crate::$code::FAMILY,
                message_only: $message_only,
                parse: |code| code.parse::<crate::$code>().ok().map(AnyCode::$variant),
                code_at: |index| AnyCode::$variant(<crate::$code as ErrorCode>::ALL[index]),
                messages: || {
                    static INDEX: OnceLock<MessageIndex> = OnceLock::new();
                    INDEX.get_or_init(|| MessageIndex::new(crate::$code::FAMILY))
                },
                build: |code, fields| match code {
                    AnyCode::$variant(code) => {
                        Some(crate::$error::from_fields(code, fields).map(AnyError::$variant))
                    }
                    #[allow(unreachable_patterns)]
                    _ => None,
                },
            }),*]
        };
    }
    with_gateway_families!(readers)
};

/// How a gateway error's row was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identified {
    /// From `X-Ca-Error-Code`.
    ByCode,
    /// From `X-Ca-Error-Message` alone: the response had no code.
    ByMessage,
}

/// What a response says happened.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        let received = received(&Convention::GATEWAY, status, headers);
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
    /// says ([`Row::retry`]); a response no row knows, or the backend's
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

    /// `X-Ca-Request-Id`, decoded as [`wire::response`](response) encodes
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

fn non_empty(value: Option<&HeaderValue>) -> Option<Cow<'_, str>> {
    let text = trim_ascii_whitespace(value?.as_bytes());
    (!text.is_empty()).then(|| decode(text))
}

fn trim_ascii_whitespace(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |last| last + 1);
    &bytes[start..end.max(start)]
}

fn outcome(
    status: StatusCode,
    code: Option<&HeaderValue>,
    message: Option<&HeaderValue>,
) -> Outcome {
    let message_text = message.map(|v| decode(v.as_bytes()));
    let message_text = message_text.as_deref();
    if let Some(code) = non_empty(code) {
        return by_code(status, &code, message_text).unwrap_or(Outcome::Unrecognized);
    }
    if status.is_success() {
        return Outcome::Success;
    }
    let (Some(message), Some(text)) = (message, message_text) else {
        return Outcome::Backend;
    };
    if is_backend_message(status, message) {
        // A reason phrase is the backend's, unless a gateway row sends
        // exactly that text with that status (the classic gateways' 503
        // `Service Unavailable`).
        return match by_message(status, text) {
            Some(found @ Outcome::Gateway { code, .. })
                if code.row().status == status && code.row().message.is_fixed() =>
            {
                found
            }
            _ => Outcome::Backend,
        };
    }
    by_message(status, text).unwrap_or(Outcome::Unrecognized)
}

/// The rows a code names across the gateway's families, each through its
/// family's `FromStr`: a fixed code of any family wins over templates; a
/// code that only templates match may match a row in several families, in
/// the families' order. No fixed code is in two of the gateway's families
/// (`tests::no_fixed_code_is_in_two_families`), so the first family that
/// knows a code as fixed ends the search.
pub(crate) fn codes_of(code: &str) -> impl Iterator<Item = (&'static Reader, AnyCode)> + '_ {
    // Each family's `FromStr` runs at most once; the gateway has four.
    let mut found: [Option<(&'static Reader, AnyCode)>; READERS.len()] = [None; READERS.len()];
    for (slot, reader) in found.iter_mut().zip(READERS) {
        let Some(any_code) = (reader.parse)(code) else {
            continue;
        };
        if any_code.row().code.is_fixed() {
            let mut fixed = [None; READERS.len()];
            fixed[0] = Some((reader, any_code));
            return fixed.into_iter().flatten();
        }
        *slot = Some((reader, any_code));
    }
    found.into_iter().flatten()
}

/// The row a code names ([`codes_of`]); among several templates, the one
/// whose message reads back, then the one whose status matches, then the
/// first family.
fn by_code(status: StatusCode, code: &str, message: Option<&str>) -> Option<Outcome> {
    type Key = (bool, bool, bool, std::cmp::Reverse<usize>);
    let mut best: Option<Candidate<Key, Result<Small<&str>, Problem>>> = None;
    for (index, (reader, any_code)) in codes_of(code).enumerate() {
        let row = any_code.row();
        let values = field_values(row, Some(code), message);
        // Whether the message reads as the row's: its fields' values say so
        // where it has fields (read once, above); a row without fields
        // reads by its code whatever the message, so it is matched here.
        let message_reads = match message {
            None => true,
            Some(_) if !row.fields.is_empty() => values.is_ok(),
            Some(m) => row.message.captured_trimmed(m).is_some(),
        };
        let key = (
            values.is_ok(),
            message_reads,
            row.status == status,
            std::cmp::Reverse(index),
        );
        if best.as_ref().is_none_or(|seen| key > seen.key) {
            best = Some(Candidate {
                key,
                reader,
                code: any_code,
                values,
            });
        }
    }
    let best = best?;
    Some(gateway(
        best.reader,
        best.code,
        best.values,
        Identified::ByCode,
    ))
}

/// The row a message alone names, among the families whose gateways send
/// messages without codes: the one whose status matches, then the most
/// literal text matched, then the classic gateways' (a response without a
/// code most likely comes from one).
fn by_message(status: StatusCode, message: &str) -> Option<Outcome> {
    // The earlier row of a family wins a tie, whatever order the index
    // gives its candidates in.
    type Key = (bool, usize, bool, usize, std::cmp::Reverse<usize>);
    let mut best: Option<Candidate<Key, Small<&str>>> = None;
    for (rank, reader) in READERS.iter().enumerate().filter(|(_, r)| r.message_only) {
        let code_at = reader.code_at;
        (reader.messages)().candidates(message, |index| {
            let row = code_at(index).row();
            let Some((matched, exact, captures)) = read_message(row, message) else {
                return;
            };
            let Some(values) = values_of(row, captures) else {
                return;
            };
            let key = (
                row.status == status,
                matched,
                exact,
                rank,
                std::cmp::Reverse(index),
            );
            if best.as_ref().is_none_or(|seen| key > seen.key) {
                best = Some(Candidate {
                    key,
                    reader,
                    code: code_at(index),
                    values,
                });
            }
        });
    }
    let best = best?;
    Some(gateway(
        best.reader,
        best.code,
        Ok(best.values),
        Identified::ByMessage,
    ))
}

/// A row found for a response, with its rank and its field texts, read
/// once while ranking.
struct Candidate<K, V> {
    key: K,
    reader: &'static Reader,
    code: AnyCode,
    values: V,
}

/// The outcome for a found row, from its field texts (read once, by the
/// caller that chose the row).
fn gateway(
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use http::{HeaderMap, HeaderName, HeaderValue};

    use super::{codes_of, first_values, ONE_PASS_NAMES, READERS};

    /// Read in one pass or by hash, the values are `HeaderMap::get`'s: a
    /// name's first value, whatever the map's size and order.
    #[test]
    fn first_values_are_what_get_gives_at_every_map_size() {
        let code = HeaderName::from_static("x-ca-error-code");
        let message = HeaderName::from_static("x-ca-error-message");
        let absent = HeaderName::from_static("x-ca-request-id");
        for others in [0, 3, ONE_PASS_NAMES - 2, ONE_PASS_NAMES, ONE_PASS_NAMES + 5] {
            let mut headers = HeaderMap::new();
            for i in 0..others {
                // Names of the same length as the wanted ones.
                let name = format!("x-ca-other-{i:04}");
                headers.insert(
                    HeaderName::from_bytes(name.as_bytes()).unwrap(),
                    HeaderValue::from_static("other"),
                );
            }
            headers.append(&message, HeaderValue::from_static("first"));
            headers.append(&code, HeaderValue::from_static("I400HD"));
            headers.append(&message, HeaderValue::from_static("second"));
            let names = [&code, &message, &absent, &message];
            let expected = names.map(|name| headers.get(name));
            assert_eq!(first_values(&headers, names), expected, "{others}");
            assert_eq!(expected[1], Some(&HeaderValue::from_static("first")));
            assert_eq!(expected[2], None);
        }
    }

    /// What lets [`codes_of`] stop at the first family that knows a code
    /// as fixed.
    #[test]
    fn no_fixed_code_is_in_two_families() {
        let mut families_of: HashMap<&str, Vec<&str>> = HashMap::new();
        for reader in READERS {
            let rows = reader.family.tables.iter().flat_map(|t| t.rows);
            for row in rows.filter(|row| row.code.is_fixed()) {
                families_of
                    .entry(row.code.text)
                    .or_default()
                    .push(reader.family.name);
            }
        }
        assert!(families_of.len() > 100, "{}", families_of.len());
        let shared: Vec<_> = families_of.iter().filter(|(_, f)| f.len() > 1).collect();
        assert!(shared.is_empty(), "{shared:?}");
        for (code, families) in &families_of {
            let found: Vec<_> = codes_of(code).collect();
            assert_eq!(found.len(), 1, "{code}");
            assert_eq!(found[0].0.family.name, families[0], "{code}");
            assert_eq!(found[0].1.row().code.text, *code);
        }
    }
}
