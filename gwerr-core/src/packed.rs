//! A family's rows as `error_table!` writes them: a list of texts and a
//! few byte strings of numbers, unpacked into [`Row`]s by the `const fn`s
//! here when the family's `FAMILY` constant is evaluated.
//!
//! Written row by row as constants of their own, the metadata of a table
//! was the largest share of what the compiler parsed, lowered and hashed
//! again after every touch of the file that declares it (BENCHMARKS.md,
//! "`cargo check`"); as data, it is a few tokens per row and no item.
//!
//! The format is private to `error_table!` and this crate, which are
//! released together. Every number is unsigned LEB128 (seven bits a byte,
//! low bits first, the high bit set on every byte but the last). A text is
//! an index into the family's list of texts, where 0 is the empty text.
//!
//! - parts: one number per [`Part`] of every template, in row order (each
//!   row's code, then its message): twice the text's index for a literal,
//!   twice the field's index plus one for a placeholder;
//! - fields: three texts per [`Field`] (placeholder, name, type), every
//!   distinct list of fields once, one after the other;
//! - rows: per row, in order: variant, code text, the code's number of
//!   parts, status, reason phrase, message text, the message's number of
//!   parts, description, solution, scenario, first extra and number of
//!   extras (into the list of extra texts), first field and number of
//!   fields, and the flags: the retry kind (0 throttled, 1 transient,
//!   2 never) plus 4 if the code is the message, plus 8 if the row is
//!   deprecated.
//!
//! Data that does not follow the format stops the build with a panic in
//! constant evaluation: only a fault of `error_table!` itself can cause it.

use crate::meta::{Field, Part, Retry, Row, Template};

/// The number at `at` and the index after it.
const fn number(bytes: &[u8], mut at: usize) -> (usize, usize) {
    let mut value = 0;
    let mut shift = 0;
    loop {
        let byte = bytes[at];
        at += 1;
        value |= ((byte & 0x7f) as usize) << shift;
        if byte & 0x80 == 0 {
            return (value, at);
        }
        shift += 7;
    }
}

/// `len` items of `items` from `start`.
pub const fn slice<T>(items: &'static [T], start: usize, len: usize) -> &'static [T] {
    items.split_at(start).1.split_at(len).0
}

/// The parts of every template of a family.
pub const fn parts<const N: usize>(texts: &'static [&'static str], bytes: &[u8]) -> [Part; N] {
    let mut parts = [Part::Literal(""); N];
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
        panic!("error_table!: more parts than declared");
    }
    parts
}

/// Every distinct list of fields of a family, one after the other.
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
        panic!("error_table!: more fields than declared");
    }
    fields
}

/// Where a row's numbers are read from, and what they point into.
#[derive(Clone, Copy)]
pub struct Sources {
    /// The family's texts.
    pub texts: &'static [&'static str],
    /// The texts of the tables' own columns, each row's a run of its own.
    pub extras: &'static [&'static str],
    /// What [`parts`] unpacked.
    pub parts: &'static [Part],
    /// What [`fields`] unpacked.
    pub fields: &'static [Field],
}

/// Every row of a family, in table order.
pub const fn rows<const N: usize>(from: Sources, bytes: &[u8]) -> [Row; N] {
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
    let mut part = 0;
    let mut i = 0;
    // The next number of the row being read.
    macro_rules! next {
        () => {{
            let (value, next) = number(bytes, at);
            at = next;
            value
        }};
    }
    while i < N {
        let variant = from.texts[next!()];
        let code_text = from.texts[next!()];
        let code_parts = next!();
        let code = Template {
            text: code_text,
            parts: slice(from.parts, part, code_parts),
        };
        part += code_parts;
        let status = crate::__private::status(next!() as u16);
        let status_phrase = from.texts[next!()];
        let message_text = from.texts[next!()];
        let message_parts = next!();
        let message = Template {
            text: message_text,
            parts: slice(from.parts, part, message_parts),
        };
        part += message_parts;
        let description = from.texts[next!()];
        let solution = from.texts[next!()];
        let scenario = from.texts[next!()];
        let extras_start = next!();
        let extras = slice(from.extras, extras_start, next!());
        let fields_start = next!();
        let fields = slice(from.fields, fields_start, next!());
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
    if at != bytes.len() || part != from.parts.len() {
        panic!("error_table!: more rows or parts than declared");
    }
    rows
}
