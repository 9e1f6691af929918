//! Not public API: what the expansion of `error_table!` refers to.

#[cfg(feature = "axum")]
pub use axum_core;
pub use gwerr_macros::{error_table, tables};
pub use http::StatusCode;
#[cfg(feature = "miette")]
pub use miette;
#[cfg(feature = "serde")]
pub use serde;

/// A row's `Diagnostic` answers, for the expansion's impls.
#[cfg(feature = "miette")]
pub mod answers {
    pub use crate::miette_support::{code, help, url};
}

/// The response of an error, for `IntoResponse`: as its family's
/// convention sends it.
#[cfg(all(feature = "axum", not(all(feature = "json", feature = "serde"))))]
pub fn into_response<E: crate::ErrorFamily>(error: &E) -> axum_core::response::Response {
    let response: http::Response<Vec<u8>> =
        crate::wire::response_with(E::convention(), error, None);
    response.map(axum_core::body::Body::from)
}

/// The response of an error, for `IntoResponse`: as its family's
/// convention sends it, a problem object for
/// [`PROBLEM_JSON`](crate::wire::PROBLEM_JSON).
#[cfg(all(feature = "axum", feature = "json", feature = "serde"))]
pub fn into_response<E: crate::ErrorFamily + serde::Serialize>(
    error: &E,
) -> axum_core::response::Response {
    let response: http::Response<Vec<u8>> = if *E::convention() == crate::wire::PROBLEM_JSON {
        crate::wire::problem_response(error, None, None)
    } else {
        crate::wire::response_with(E::convention(), error, None)
    };
    response.map(axum_core::body::Body::from)
}

/// The metadata types, and the `const fn`s that unpack a family's rows,
/// its statuses and its lookup tables from the data the expansion writes
/// (`packed.rs`).
pub mod meta {
    pub use crate::meta::{Column, ColumnKind, Field, Part, Row, Table};
    pub use crate::packed::{
        extras, fields, flat, parts, rows, slice, slot_codes, slot_words, statuses, Sources,
    };
}

/// A code enum's texts, by the code's number (its variant's place in
/// table order): read by `as_str`, `Debug`, the error's `Display` and the
/// family's metadata, each written once. A trait, so that the expansion
/// names them by a path that no variant can shadow.
pub trait Texts {
    /// Each code as documented (a templated code keeps its placeholder).
    const CODES: &'static [&'static str];
    /// Each variant's name, without `r#`.
    const NAMES: &'static [&'static str];
    /// Each row's message if it has no placeholder, else `""`.
    const PHRASES: &'static [&'static str];
}

pub use crate::packed::status;

#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize_code, deserialize_error, serialize_error};

/// Checks that `fields` has one text per field of `code`'s row.
pub fn field_count<C: crate::ErrorCode>(code: C, fields: &[&str]) -> Result<(), crate::FieldError> {
    let expected = code.row().fields.len();
    if fields.len() == expected {
        Ok(())
    } else {
        Err(crate::FieldError::count(
            code.as_str(),
            expected,
            fields.len(),
        ))
    }
}

/// Checks that `fields` is empty, for a family whose rows have no fields:
/// [`field_count`] without reading the row.
pub fn no_fields<C: crate::ErrorCode>(code: C, fields: &[&str]) -> Result<(), crate::FieldError> {
    if fields.is_empty() {
        Ok(())
    } else {
        Err(crate::FieldError::count(code.as_str(), 0, fields.len()))
    }
}

/// Entry `index` of a table of `width`-byte little-endian numbers: the
/// list of fields of each row, for `from_fields`.
#[inline]
pub fn row_entry(table: &[u8], width: usize, index: usize) -> usize {
    let start = index * width;
    table[start..start + width]
        .iter()
        .rev()
        .fold(0, |entry, &byte| entry << 8 | usize::from(byte))
}

/// Writes a message: `texts` around the values of its placeholders, in
/// order (`texts` has one more item than `values`; an empty text is not
/// written). One call per message, so that a large table's `Display`
/// stays cheap to compile.
#[inline]
pub fn write_message(
    out: &mut core::fmt::Formatter<'_>,
    texts: &[&'static str],
    values: &[&dyn Field],
) -> core::fmt::Result {
    let mut texts = texts.iter();
    for value in values {
        if let Some(text) = texts.next().filter(|text| !text.is_empty()) {
            out.write_str(text)?;
        }
        core::fmt::Display::fmt(*value, out)?;
    }
    match texts.next() {
        Some(last) if !last.is_empty() => out.write_str(last),
        _ => Ok(()),
    }
}

pub use crate::field::Field;

/// Writes a variant as `#[derive(Debug)]` would: its name, then its fields
/// by `names`, if it has any.
pub fn debug_fields(
    out: &mut core::fmt::Formatter<'_>,
    variant: &str,
    names: &[&str],
    fields: &[&dyn Field],
) -> core::fmt::Result {
    if names.is_empty() {
        return out.write_str(variant);
    }
    let mut debug = out.debug_struct(variant);
    for (name, field) in names.iter().zip(fields) {
        debug.field(name, field);
    }
    debug.finish()
}

/// Whether two rows' fields are equal, field by field (the rows are the
/// same row, so each pair is of one type).
pub fn fields_eq(a: &[&dyn Field], b: &[&dyn Field]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.eq_field(*b))
}

/// What a placeholder's type needs so that its field can be read back
/// from a message: `FromStr`, with an error that can be kept as a cause.
/// Its own diagnostic says so on the type's declaration, instead of a bare
/// `FromStr` bound with every `FromStr` type of the program as candidates.
#[diagnostic::on_unimplemented(
    message = "placeholder type `{Self}` cannot be read back from a message: it does not implement `FromStr`",
    label = "needs `FromStr`, with an `Err` that is an error or a string",
    note = "`from_fields` and the wire reader parse each field from the text of its placeholder"
)]
pub trait ReadBack: Sized {
    /// Parses the field's text.
    fn read_back(text: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync + 'static>>;

    /// Parses the text of field `index` of `code`'s row, keeping the type's
    /// own error as the cause. The expansion calls it as
    /// `<Type as ReadBack>::read_field`, so that a type without `FromStr`
    /// is reported on its declaration alone.
    fn read_field(
        code: impl crate::ErrorCode,
        fields: &[&str],
        index: usize,
    ) -> Result<Self, crate::FieldError> {
        let row = code.row();
        let text = fields.get(index).copied().unwrap_or_default();
        Self::read_back(text).map_err(|error| {
            crate::FieldError::parse(
                row.code.text,
                row.fields.get(index).map_or("", |f| f.name),
                row.fields.get(index).map_or("", |f| f.ty),
                text,
                error,
            )
        })
    }
}

// Not recommended: the diagnostic is the trait's own, on the user's type,
// without a walk through this impl's bounds.
#[diagnostic::do_not_recommend]
impl<T> ReadBack for T
where
    T: core::str::FromStr,
    T::Err: Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
{
    fn read_back(text: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync + 'static>> {
        text.parse().map_err(Into::into)
    }
}

/// What a placeholder's type needs so that its family can be `Eq`, as
/// every family is (`ErrorFamily`): `Eq`. The expansion asks it once per
/// field type, on the type's declaration, through [`field_type_is_eq`].
#[diagnostic::on_unimplemented(
    message = "placeholder type `{Self}` is not `Eq`",
    label = "needs `Eq`",
    note = "a family's error is `Eq`, as `ErrorFamily` requires, so each of its fields is"
)]
pub trait FieldEq {}

// Not recommended: the diagnostic is the trait's own, on the user's type,
// without a walk through this impl's bounds.
#[diagnostic::do_not_recommend]
impl<T: Eq + ?Sized> FieldEq for T {}

/// Compiles only where `T` is `Eq`: the expansion's check of each field
/// type, which makes the family's hand-written `Eq` sound.
pub const fn field_type_is_eq<T: FieldEq + ?Sized>() {}

use crate::format;

/// The slot of a code in a family's perfect hash, found by
/// `gwerr-codegen` with the same key (`format.rs`, compiled into both):
/// fixed-size loads and multiplications, no branch on the code but its
/// length class.
#[inline]
pub fn perfect_slot(code: &[u8], bits: u32, disps: &[u64]) -> usize {
    let key = format::key(code);
    format::slot(key, disps[format::bucket(key, disps.len())], bits)
}

/// For a family whose fixed codes have at most 8 bytes: the slot of a
/// code of at most 8 bytes and its word, which the slot's entry must
/// equal (with the length) for the code to be that entry's.
#[inline]
pub fn short_probe(code: &[u8], bits: u32, disps: &[u64]) -> (usize, u64) {
    let word = format::word(code);
    let key = format::short_key(code.len(), word);
    (
        format::slot(key, disps[format::bucket(key, disps.len())], bits),
        word,
    )
}

/// Whether `code` is `prefix`, then at least one byte, then `suffix`.
/// Inlined into each family's `FromStr`, whose templates it checks one
/// after another.
#[inline]
pub fn matches_template(code: &str, prefix: &str, suffix: &str) -> bool {
    code.len() > prefix.len() + suffix.len() && code.starts_with(prefix) && code.ends_with(suffix)
}

#[cfg(test)]
mod tests {
    use super::row_entry;

    #[test]
    fn row_entries_are_little_endian_at_every_width() {
        assert_eq!(row_entry(&[7, 0, 255], 1, 2), 255);
        assert_eq!(row_entry(&[0x01, 0x00, 0x2c, 0x01], 2, 1), 300);
        let table = [0, 0, 0, 0, 0xa0, 0x86, 0x01, 0x00];
        assert_eq!(row_entry(&table, 4, 0), 0);
        assert_eq!(row_entry(&table, 4, 1), 100_000);
    }
}
