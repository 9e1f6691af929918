//! A family's rows as `error_table!` writes them: a list of texts and byte
//! strings of numbers, unpacked into [`Row`]s by the `const fn`s here when
//! the family's `FAMILY` constant is evaluated.
//!
//! Written row by row as constants with named fields, the metadata of a
//! table was the largest share of what the compiler parsed, lowered and
//! hashed again after every touch of the file that declares it
//! (BENCHMARKS.md, "`cargo check`"); as data, it is a few tokens per row.
//!
//! The format is private to `error_table!` and this crate, and written
//! once for both in `format.rs` (numbers, a row's numbers by name, parts,
//! the chunk size); this file builds this crate's types from it.
//!
//! - [`parts`]: one number per [`Part`] (`format::literal_part`,
//!   `format::placeholder_part`);
//! - [`fields`]: three texts per [`Field`] (placeholder, name, type);
//! - [`extras`]: one text per extra column of a row;
//! - [`rows`]: per row, a `format::PackedRow`.
//!
//! A row's variant name, its code's text and its phrase are not among the
//! texts: they are read from the arrays that `as_str`, `Debug` and
//! `Display` read too (the code enum's `Texts`),
//! by the row's number in the family.
//!
//! The code enum's lookup tables and statuses are numbers in byte strings
//! too, each unpacked into an array of plain values (no pointers, so one
//! array each):
//!
//! - [`statuses`]: one number per row, its status;
//! - [`slot_words`]: two numbers per slot of the perfect hash of codes of
//!   up to 8 bytes, the code as a number and its length (255 for an empty
//!   slot);
//! - [`slot_codes`]: one number per slot, the index of its code in the
//!   code enum's `ALL` (0 for an empty slot, whose code is never read).
//!
//! Data that does not follow the format stops the build with a panic in
//! constant evaluation: only a fault of `error_table!` itself can cause it.

use http::StatusCode;

use crate::format::{read_number, read_part, PackedRow, RETRY_THROTTLED, RETRY_TRANSIENT};
use crate::meta::{Field, Part, Retry, Row, Template};

/// A status the macro has already checked to be from 100 to 999.
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("error_table! checks statuses"),
    }
}

/// The number at `at` and the index after it.
const fn number(bytes: &[u8], at: usize) -> (usize, usize) {
    let (value, at) = read_number(bytes, at);
    (value as usize, at)
}

/// The statuses of a family's rows, in the variants' order.
pub const fn statuses<const N: usize>(bytes: &[u8]) -> [StatusCode; N] {
    let mut statuses = [StatusCode::OK; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (value, next) = number(bytes, at);
        statuses[i] = status(value as u16);
        at = next;
        i += 1;
    }
    statuses
}

/// The entry of each slot of a perfect hash of codes of up to 8 bytes:
/// the code as a number and its length.
pub const fn slot_words<const N: usize>(bytes: &[u8]) -> [(u64, u8); N] {
    let mut words = [(0, u8::MAX); N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (word, next) = read_number(bytes, at);
        let (len, next) = number(bytes, next);
        words[i] = (word, len as u8);
        at = next;
        i += 1;
    }
    words
}

/// The code of each slot of a perfect hash, from its index in `all`.
pub const fn slot_codes<T: Copy, const N: usize>(all: &[T], bytes: &[u8]) -> [T; N] {
    let mut codes = [all[0]; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (index, next) = number(bytes, at);
        codes[i] = all[index];
        at = next;
        i += 1;
    }
    codes
}

/// `len` items of `items` from `start`.
pub const fn slice<T>(items: &'static [T], start: usize, len: usize) -> &'static [T] {
    items.split_at(start).1.split_at(len).0
}

/// The rows of every chunk, one after the other, and the first `len` of
/// them (the last chunk is filled up with blank rows).
pub const fn flat<const N: usize>(chunks: &'static [[Row; N]], len: usize) -> &'static [Row] {
    slice(chunks.as_flattened(), 0, len)
}

/// A chunk of parts.
pub const fn parts<const N: usize>(texts: &'static [&'static str], bytes: &[u8]) -> [Part; N] {
    // Placeholders hold no pointer, so a literal written is appended to
    // the pointers the array holds.
    let mut parts = [Part::Placeholder(0); N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (value, next) = number(bytes, at);
        at = next;
        parts[i] = match read_part(value) {
            Ok(text) => Part::Literal(texts[text]),
            Err(field) => Part::Placeholder(field),
        };
        i += 1;
    }
    if at != bytes.len() {
        panic!("error_table!: a chunk of parts longer than declared");
    }
    parts
}

/// A chunk of fields.
pub const fn fields<const N: usize>(texts: &'static [&'static str], bytes: &[u8]) -> [Field; N] {
    const BLANK: Field = Field {
        placeholder: "",
        name: "",
        ty: "",
    };
    let mut fields = [BLANK; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (placeholder, next) = number(bytes, at);
        let (name, next) = number(bytes, next);
        let (ty, next) = number(bytes, next);
        at = next;
        fields[i] = Field {
            placeholder: texts[placeholder],
            name: texts[name],
            ty: texts[ty],
        };
        i += 1;
    }
    if at != bytes.len() {
        panic!("error_table!: a chunk of fields longer than declared");
    }
    fields
}

/// A chunk of extra texts.
pub const fn extras<const N: usize>(
    texts: &'static [&'static str],
    bytes: &[u8],
) -> [&'static str; N] {
    let mut extras = [""; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (text, next) = number(bytes, at);
        at = next;
        extras[i] = texts[text];
        i += 1;
    }
    if at != bytes.len() {
        panic!("error_table!: a chunk of extra texts longer than declared");
    }
    extras
}

/// What a chunk of rows points into.
#[derive(Clone, Copy)]
pub struct Sources {
    /// The family's texts.
    pub texts: &'static [&'static str],
    /// Each row's code as documented, by variant number (the code enum's
    /// `Texts::CODES`).
    pub codes: &'static [&'static str],
    /// Each row's variant name, by variant number.
    pub names: &'static [&'static str],
    /// Each row's message if it has no placeholder, by variant number.
    pub phrases: &'static [&'static str],
    /// The chunks of parts.
    pub parts: &'static [&'static [Part]],
    /// The chunks of fields.
    pub fields: &'static [&'static [Field]],
    /// The chunks of extra texts.
    pub extras: &'static [&'static [&'static str]],
}

/// A chunk of rows, the first of them the family's row `first`: as many
/// as `bytes` holds, then blank rows.
pub const fn rows<const N: usize>(from: Sources, first: usize, bytes: &[u8]) -> [Row; N] {
    const BLANK: Row = Row {
        variant: "",
        code: Template {
            text: "",
            parts: &[],
        },
        status: http::StatusCode::INTERNAL_SERVER_ERROR,
        status_phrase: "",
        message: Template {
            text: "",
            parts: &[],
        },
        description: "",
        solution: "",
        scenario: "",
        extras: &[],
        fields: &[],
        retry: Retry::Never,
        retryable: false,
        code_is_message: false,
        deprecated: false,
        phrase_first: false,
        code_repeats: false,
        backoff: None,
    };
    let mut rows = [BLANK; N];
    let mut at = 0;
    let mut i = 0;
    while at < bytes.len() {
        let (row, next) = PackedRow::read(bytes, at);
        at = next;
        let parts = from.parts[row.code_parts.chunk];
        let code = Template {
            text: from.codes[first + i],
            parts: slice(parts, row.code_parts.first, row.code_parts.len),
        };
        let message = Template {
            text: match row.message {
                0 => from.phrases[first + i],
                text => from.texts[text],
            },
            parts: slice(
                parts,
                row.code_parts.first + row.code_parts.len,
                row.message_parts,
            ),
        };
        let extras = from.extras[row.extras.chunk];
        let fields = from.fields[row.fields.chunk];
        let retry = match row.retry {
            RETRY_THROTTLED => Retry::Throttled,
            RETRY_TRANSIENT => Retry::Transient,
            _ => Retry::Never,
        };
        rows[i] = Row {
            variant: from.names[first + i],
            code,
            status: status(row.status),
            status_phrase: from.texts[row.status_phrase],
            message,
            description: from.texts[row.description],
            solution: from.texts[row.solution],
            scenario: from.texts[row.scenario],
            extras: slice(extras, row.extras.first, row.extras.len),
            fields: slice(fields, row.fields.first, row.fields.len),
            retry,
            retryable: retry.is_retryable(),
            code_is_message: row.code_is_message,
            phrase_first: row.phrase_first,
            code_repeats: row.code_repeats,
            backoff: match row.backoff_ms {
                0 => None,
                ms => Some(std::time::Duration::from_millis(ms as u64)),
            },
            deprecated: row.deprecated,
        };
        i += 1;
    }
    rows
}
