//! A family's rows as `error_table!` writes them: a list of texts and byte
//! strings of numbers, unpacked into [`Row`]s by the `const fn`s here when
//! the family's `FAMILY` constant is evaluated.
//!
//! Written row by row as constants with named fields, the metadata of a
//! table was the largest share of what the compiler parsed, lowered and
//! hashed again after every touch of the file that declares it
//! (BENCHMARKS.md, "`cargo check`"); as data, it is a few tokens per row.
//!
//! The format is private to `error_table!` and this crate, which are
//! released together. Every number is unsigned LEB128 (seven bits a byte,
//! low bits first, the high bit set on every byte but the last). A text is
//! an index into the family's list of texts, where 0 is the empty text.
//!
//! Parts, fields, extra texts and rows come in chunks of at most 64 items
//! (more only for one template or list of fields that is longer alone),
//! each chunk a constant of its own, each table's rows chunks of their
//! own. Two ways the compiler
//! works make one array of each cost time quadratic in its length: it
//! follows every pointer of a constant's value into the whole allocation
//! it points into, once per pointer, and constant evaluation that fills an
//! array of pointers one element at a time moves the pointers already
//! there. A template's parts and a row's fields are never split between
//! chunks.
//!
//! - [`parts`]: one number per [`Part`]: twice the text's index for a
//!   literal, twice the field's index plus one for a placeholder;
//! - [`fields`]: three texts per [`Field`] (placeholder, name, type);
//! - [`extras`]: one text per extra column of a row;
//! - [`rows`]: per row, in order: the chunk of its parts, the first of
//!   the code's parts in it (the message's follow), the code's number of
//!   parts, status, reason phrase, message text (0 for the row's phrase:
//!   a message without placeholder is read from the family's phrases),
//!   the message's number of parts, description, solution, scenario, the chunk
//!   of its extras, the first and the number of them, the chunk of its
//!   fields, the first and the number of them, and the flags: the retry
//!   kind (0 throttled, 1 transient, 2 never) plus 4 if the code is the
//!   message, plus 8 if the row is deprecated.
//!
//! A row's variant name, its code's text and its phrase are not among the
//! texts: they are read from the arrays that `as_str`, `Debug` and
//! `Display` read too (the code enum's [`Texts`](crate::__private::Texts)),
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

use crate::meta::{Field, Part, Retry, Row, Template};

/// The number at `at`, of up to 64 bits, and the index after it.
const fn wide_number(bytes: &[u8], mut at: usize) -> (u64, usize) {
    let mut value = 0;
    let mut shift = 0;
    loop {
        let byte = bytes[at];
        at += 1;
        value |= ((byte & 0x7f) as u64) << shift;
        if byte & 0x80 == 0 {
            return (value, at);
        }
        shift += 7;
    }
}

/// The number at `at` and the index after it.
const fn number(bytes: &[u8], at: usize) -> (usize, usize) {
    let (value, at) = wide_number(bytes, at);
    (value as usize, at)
}

/// The statuses of a family's rows, in the variants' order.
pub const fn statuses<const N: usize>(bytes: &[u8]) -> [StatusCode; N] {
    let mut statuses = [StatusCode::OK; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (status, next) = number(bytes, at);
        statuses[i] = crate::__private::status(status as u16);
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
        let (word, next) = wide_number(bytes, at);
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
        parts[i] = if value & 1 == 0 {
            Part::Literal(texts[value >> 1])
        } else {
            Part::Placeholder(value >> 1)
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
    };
    let mut rows = [BLANK; N];
    let mut at = 0;
    let mut i = 0;
    // The next number of the row being read.
    macro_rules! next {
        () => {{
            let (value, next) = number(bytes, at);
            at = next;
            value
        }};
    }
    while at < bytes.len() {
        let variant = from.names[first + i];
        let code_text = from.codes[first + i];
        let parts = from.parts[next!()];
        let first_part = next!();
        let code_parts = next!();
        let code = Template {
            text: code_text,
            parts: slice(parts, first_part, code_parts),
        };
        let status = crate::__private::status(next!() as u16);
        let status_phrase = from.texts[next!()];
        let message_text = match next!() {
            0 => from.phrases[first + i],
            text => from.texts[text],
        };
        let message_parts = next!();
        let message = Template {
            text: message_text,
            parts: slice(parts, first_part + code_parts, message_parts),
        };
        let description = from.texts[next!()];
        let solution = from.texts[next!()];
        let scenario = from.texts[next!()];
        let extras = from.extras[next!()];
        let extras_start = next!();
        let extras = slice(extras, extras_start, next!());
        let fields = from.fields[next!()];
        let fields_start = next!();
        let fields = slice(fields, fields_start, next!());
        let flags = next!();
        let retry = match flags & 3 {
            0 => Retry::Throttled,
            1 => Retry::Transient,
            _ => Retry::Never,
        };
        rows[i] = Row {
            variant,
            code,
            status,
            status_phrase,
            message,
            description,
            solution,
            scenario,
            extras,
            fields,
            retry,
            retryable: retry.is_retryable(),
            code_is_message: flags & 4 != 0,
            deprecated: flags & 8 != 0,
        };
        i += 1;
    }
    rows
}
