//! Header values: `%XX` encoding both ways, and why a row's typed error
//! could not be built from what was received.

use std::borrow::Cow;
use std::fmt::{self, Display};

use http::header::HeaderValue;

use crate::{ErrorCode, FieldError};

/// Writes text as a header value, `%XX`-encoding what a header cannot
/// carry (see the [module docs](crate::wire)).
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
#[inline]
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

/// Why a known row's typed error could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
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

/// A field's problem is displayed as the field's error: its source is that
/// error's own source, so that a chain printer says each sentence once.
impl std::error::Error for Problem {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Problem::Field(error) => std::error::Error::source(error),
            _ => None,
        }
    }
}

/// Why [`read`](crate::wire::read) could not build a typed error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
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

/// The problem's text is part of this error's: its source is the
/// problem's own source, so that a chain printer says each sentence once.
impl<C: ErrorCode> std::error::Error for ReadError<C> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Known { problem, .. } => std::error::Error::source(problem),
            ReadError::UnknownCode => None,
        }
    }
}

#[inline]
pub(crate) fn non_empty(value: Option<&HeaderValue>) -> Option<Cow<'_, str>> {
    let text = trim_ascii_whitespace(value?.as_bytes());
    (!text.is_empty()).then(|| decode(text))
}

#[inline]
pub(super) fn trim_ascii_whitespace(bytes: &[u8]) -> &[u8] {
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
