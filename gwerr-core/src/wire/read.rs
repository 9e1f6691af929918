//! Reading one family's errors: a response checked into a `Result`, a
//! code and message read back into a typed error.

use http::header::{HeaderMap, HeaderName, HeaderValue, RETRY_AFTER};
use http::{Response, StatusCode};

#[cfg(any(feature = "json", feature = "xml"))]
use std::borrow::Cow;
use std::cmp::Reverse;

use super::convention::{Convention, Place};
use super::encoding::{trim_ascii_whitespace, Problem, ReadError};
use super::rank::{Best, MessageRank, SiblingRank};
use crate::carrier::{BodyText, BodyValues, Kind, Raw, Received};
use crate::small::Small;
use crate::{Error, ErrorCode, ErrorFamily, Part, Row};

/// Reads a response of a service whose errors are the family `F`, as a
/// `Result`: `Ok` for a success, else an [`Error`] that keeps everything
/// received (status, raw headers, request id), whether the error is one of
/// `F`'s rows, the backend's own, or unrecognised. The rules are those of
/// [`GatewayResponse::classify`](crate::wire::GatewayResponse::classify), with `F`'s rows only.
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
    read_parts(convention, status, headers, &[])
}

/// Reads a response of a service whose errors are the family `F`, sent as
/// `convention` says: in headers, a JSON body or an XML body. The rules
/// are [`check`]'s.
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
///     Place::Nowhere,
/// );
///
/// let response = http::Response::builder()
///     .status(404)
///     .body(r#"{"error": {"code": "NoSuchBlob", "message": "No blob b.txt"}}"#)
///     .unwrap();
/// let error = wire::check_response::<StoreError, _>(&STORE, &response).unwrap_err();
/// assert_eq!(error.typed(), Some(&StoreError::NoSuchBlob { blob: "b.txt".into() }));
/// # }
/// ```
pub fn check_response<F, B>(convention: &Convention, response: &Response<B>) -> Result<(), Error<F>>
where
    F: ErrorFamily + Send + Sync,
    B: AsRef<[u8]>,
{
    read_parts(
        convention,
        response.status(),
        response.headers(),
        response.body().as_ref(),
    )
}

/// [`check_response`] from a response's parts.
fn read_parts<F>(
    convention: &Convention,
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(), Error<F>>
where
    F: ErrorFamily + Send + Sync,
{
    let received = received(convention, status, headers, body);
    let kind = {
        let (code, message) = (received.code_to_read(), received.message());
        let by_template = |code: &str, message: Option<&str>| match read_received::<F>(
            code,
            message,
            Some(status),
        ) {
            Ok(error) => Some(Kind::Typed(error)),
            Err(ReadError::UnknownCode) => None,
            Err(ReadError::Known { code, problem }) => Some(Kind::Unreadable {
                row: code.row(),
                problem,
            }),
        };
        let by_code = |code: &str, message: Option<&str>| {
            // A problem object carries each field as a member: read from
            // there, the message's template is not needed to cut it.
            #[cfg(all(feature = "json", feature = "serde"))]
            if *convention == super::PROBLEM_JSON {
                let body = received.body().unwrap_or_default();
                if let Some(error) = super::problem_json::from_members::<F>(body, code, status) {
                    return Some(Kind::Typed(error));
                }
            }
            by_template(code, message)
        };
        let by_message = |message: &str| {
            // A problem object without a `code` member names its row by
            // its `type`.
            #[cfg(all(feature = "json", feature = "serde"))]
            if *convention == super::PROBLEM_JSON {
                let body = received.body().unwrap_or_default();
                if let Some(error) = super::problem_json::from_type::<F>(body, status) {
                    let row = crate::ErrorCode::row(error.code());
                    return Some((row, Kind::Typed(error)));
                }
            }
            family_by_message::<F>(status, message)
        };
        match name(
            status,
            code.as_deref(),
            message.as_deref(),
            by_code,
            by_message,
        ) {
            Named::Success => return Ok(()),
            Named::Backend => Kind::Backend,
            Named::Unrecognized => Kind::Unrecognized,
            Named::Row(kind) => kind,
        }
    };
    Err(Error::read(kind, received))
}

/// What a response's code and message name.
pub(super) enum Named<T> {
    /// A success: no code, and a 2xx status.
    Success,
    /// The backend's own error: no code, and no message or the status's
    /// reason phrase.
    Backend,
    /// A row of the family, as the reader found it.
    Row(T),
    /// Neither a success, the backend's, nor a row.
    Unrecognized,
}

/// The rule every reader follows: a code names its row (`by_code`, given
/// the code and the decoded message); without a code, a 2xx status is a
/// success, no message is the backend's, and a message names its row
/// (`by_message`, which gives the row found with what it built), except
/// that a reason phrase (`Not Found` with a 404) is the backend's unless a
/// row sends exactly that text with that status (the classic gateways' 503
/// `Service Unavailable`).
///
/// `code` and `message` are the texts received, decoded (a header's with
/// its transport whitespace trimmed first); a code of whitespace is none.
#[inline]
pub(super) fn name<T>(
    status: StatusCode,
    code: Option<&str>,
    message: Option<&str>,
    by_code: impl FnOnce(&str, Option<&str>) -> Option<T>,
    by_message: impl FnOnce(&str) -> Option<(&'static Row, T)>,
) -> Named<T> {
    let blank = |code: &&str| code.bytes().all(|b| b.is_ascii_whitespace());
    if let Some(code) = code.filter(|code| !blank(code)) {
        return by_code(code, message).map_or(Named::Unrecognized, Named::Row);
    }
    if status.is_success() {
        return Named::Success;
    }
    let Some(message) = message else {
        return Named::Backend;
    };
    let found = by_message(message);
    if is_backend_message(status, message) {
        return match found {
            Some((row, found)) if row.status == status && row.message.is_fixed() => {
                Named::Row(found)
            }
            _ => Named::Backend,
        };
    }
    found.map_or(Named::Unrecognized, |(_, found)| Named::Row(found))
}

/// The row of `F` a message alone names (ranked by [`MessageRank`]), with
/// the error read from it.
#[inline]
pub(super) fn family_by_message<F: ErrorFamily>(
    status: StatusCode,
    message: &str,
) -> Option<(&'static Row, Kind<F>)> {
    let mut best = Best::new();
    for (index, &code) in <F::Code as ErrorCode>::ALL.iter().enumerate() {
        let row = code.row();
        let Some((literal_bytes, exact, captures)) = read_message(row, message) else {
            continue;
        };
        let Some(values) = values_of(row, captures) else {
            continue;
        };
        let rank = MessageRank {
            status_matches: row.status == status,
            literal_bytes,
            exact,
            family: 0,
            earlier: Reverse(index),
        };
        best.offer(rank, || (code, values));
    }
    let (code, values) = best.into_inner()?;
    let kind = match F::from_fields(code, &values) {
        Ok(error) => Kind::Typed(error),
        Err(field) => Kind::Unreadable {
            row: code.row(),
            problem: Problem::Field(field),
        },
    };
    Some((code.row(), kind))
}

/// How specifically `row`'s message template matches `message`: the bytes
/// of literal text matched (the more, the more specific the row), whether
/// the match was exact rather than with the trailing whitespace that HTTP
/// trims (which an exact match of as much text beats), and the captured
/// fields. `None` when it does not match (a message that does not start
/// with the template's first literal text is turned away by the capture
/// before it allocates).
#[inline]
pub(super) fn read_message<'a>(
    row: &Row,
    message: &'a str,
) -> Option<(usize, bool, Small<&'a str>)> {
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
#[inline]
pub(super) fn values_of<'a>(row: &Row, captures: Small<&'a str>) -> Option<Small<&'a str>> {
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
#[inline]
pub(super) fn place<'a>(
    values: &mut [Option<&'a str>],
    parts: &[Part],
    captures: &[&'a str],
) -> Option<()> {
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
#[inline]
pub(super) fn literal_len(row: &Row) -> usize {
    row.message
        .parts
        .iter()
        .map(|part| match part {
            Part::Literal(text) => text.len(),
            Part::Placeholder(_) => 0,
        })
        .sum()
}

/// What a response said, for an [`Error`]: the values of `convention`'s
/// headers, and those found in `body` where it puts them there.
#[inline]
pub(super) fn received(
    convention: &Convention,
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Received {
    let places = [
        &convention.code,
        &convention.message,
        &convention.request_id,
        &convention.retry_after,
    ];
    let mut names = places.map(Place::header);
    // HTTP's own `Retry-After` stands in for a delay the body may give.
    if names[3].is_none() {
        names[3] = Some(&RETRY_AFTER);
    }
    let [code, message, request_id, retry_after] = match names {
        [Some(code), Some(message), Some(request_id), Some(retry_after)] => {
            first_values(headers, [code, message, request_id, retry_after])
        }
        names => names.map(|name| headers.get(name?)),
    };
    Received {
        status,
        code: code.cloned(),
        message: message.cloned(),
        request_id: request_id.cloned(),
        retry_after: retry_after.cloned(),
        body: convention
            .reads_body()
            .then(|| Box::new(body_values(places, body))),
    }
}

/// The values of `places` that are in `body`, with the body kept.
fn body_values(places: [&Place; 4], body: &[u8]) -> BodyValues {
    #[allow(unused_mut)]
    let mut values: [Option<BodyText>; 4] = Default::default();
    // Both body formats are UTF-8 text: checked once here; a body that is
    // not holds no value, and is kept as its bytes.
    let Ok(text) = std::str::from_utf8(body) else {
        return BodyValues {
            raw: Raw::Bytes(body.into()),
            ..BodyValues::default()
        };
    };
    // A text a body format finds as it is in the body is kept as where it
    // stands.
    #[cfg(feature = "json")]
    fill(
        &mut values,
        places,
        Place::json_path,
        super::body::json,
        text,
    );
    #[cfg(feature = "xml")]
    fill(&mut values, places, Place::xml_path, super::body::xml, text);
    let _ = places;
    let [code, message, request_id, retry_after] = values;
    BodyValues {
        code,
        message,
        request_id,
        retry_after,
        raw: Raw::Text(text.into()),
    }
}

/// A body format's reader: the texts at four paths of a body, borrowed
/// from it where they stand in it as they are.
#[cfg(any(feature = "json", feature = "xml"))]
type BodyReader = for<'b> fn(&'b str, [&[&str]; 4]) -> [Option<Cow<'b, str>>; 4];

/// Fills the values whose place has a path of one body format (`path`),
/// read with that format's reader, in one pass over the body.
#[cfg(any(feature = "json", feature = "xml"))]
fn fill(
    values: &mut [Option<BodyText>; 4],
    places: [&Place; 4],
    path: fn(&Place) -> &'static [&'static str],
    read: BodyReader,
    body: &str,
) {
    let paths = places.map(path);
    if paths.iter().all(|path| path.is_empty()) {
        return;
    }
    for (value, found) in values.iter_mut().zip(read(body, paths)) {
        if value.is_some() {
            continue;
        }
        *value = found.map(|found| match found {
            Cow::Borrowed(text) => {
                let start = (text.as_ptr() as usize).checked_sub(body.as_ptr() as usize);
                match start {
                    Some(start) if start + text.len() <= body.len() => {
                        BodyText::At(start, start + text.len())
                    }
                    _ => BodyText::Own(text.to_owned()),
                }
            }
            Cow::Owned(text) => BodyText::Own(text),
        });
    }
}

/// How many header names a map may hold for [`first_values`] to read it in
/// one pass rather than look each name up.
pub(super) const ONE_PASS_NAMES: usize = 16;

/// The first value of each of `names` in `headers`, as [`HeaderMap::get`]
/// gives it. A map of a few names (a response's usual dozen) is read in
/// one pass of comparisons (a string comparison looks at the lengths
/// first), cheaper than hashing each custom name byte by byte; a larger
/// one is looked up by hash, so that the cost never grows with the number
/// of headers.
#[inline]
pub(super) fn first_values<'a, const N: usize>(
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
#[inline]
pub(super) fn is_backend_message(status: StatusCode, message: &str) -> bool {
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
    read_received::<F>(code, message, None)
}

/// [`read`], with the status received where it is known: among the rows
/// of a code that names several, the one of that status, then the one
/// whose message reads ([`SiblingRank`]).
#[inline]
pub(super) fn read_received<F: ErrorFamily>(
    code: &str,
    message: Option<&str>,
    status: Option<StatusCode>,
) -> Result<F, ReadError<F::Code>> {
    let parsed: F::Code = code.parse().map_err(|_| ReadError::UnknownCode)?;
    let (chosen, values) = if parsed.row().code_repeats {
        sibling::<F>(parsed, code, message, status)
    } else {
        (parsed, field_values(parsed.row(), Some(code), message))
    };
    let known = |problem| ReadError::Known {
        code: chosen,
        problem,
    };
    let values = values.map_err(known)?;
    F::from_fields(chosen, &values).map_err(|e| known(Problem::Field(e)))
}

/// The row of `parsed`'s code that fits the response best, with its
/// fields' texts.
fn sibling<'a, F: ErrorFamily>(
    parsed: F::Code,
    code: &'a str,
    message: Option<&'a str>,
    status: Option<StatusCode>,
) -> (F::Code, Result<Small<&'a str>, Problem>) {
    let text = parsed.row().code.text;
    let mut best = Best::new();
    let all = <F::Code as ErrorCode>::ALL.iter().enumerate();
    for (index, &candidate) in all.filter(|(_, c)| c.row().code.text == text) {
        let row = candidate.row();
        let values = field_values(row, Some(code), message);
        let rank = SiblingRank {
            status_matches: Some(row.status) == status,
            message_reads: message_reads(row, message, &values),
            earlier: Reverse(index),
        };
        best.offer(rank, || (candidate, values));
    }
    best.into_inner()
        .unwrap_or_else(|| (parsed, field_values(parsed.row(), Some(code), message)))
}

/// Whether `message` reads as `row`'s, given the field values read from
/// it: they say so where the row has fields; a row without fields is
/// matched here. No message reads as any row's.
#[inline]
pub(super) fn message_reads<T>(
    row: &Row,
    message: Option<&str>,
    values: &Result<T, Problem>,
) -> bool {
    match message {
        None => true,
        Some(_) if !row.fields.is_empty() => values.is_ok(),
        Some(m) => row.message.captured_trimmed(m).is_some(),
    }
}

/// The text of each field of `row`, from a templated code and from the
/// message (which HTTP may have trimmed: [`Template::captures_trimmed`]); a
/// field in both must read the same. A row without fields read by its code
/// needs no message: an older gateway's wording of the same code still
/// gives the typed error (the received message stays on the reading).
#[inline]
pub(super) fn field_values<'a>(
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
#[inline]
pub(super) fn writes_each_field_in_order(row: &Row) -> bool {
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
