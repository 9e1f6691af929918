//! `from_fields`: an error built back from the text of each of its
//! fields.
//!
//! One function per distinct list of fields reads them, each field in a
//! statement of its own through one reader per field type; a table of
//! each row's list picks the function, and a `match` over the list's codes
//! builds the variant.

use std::fmt;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Ident;

use super::common::{binding, write_bindings};
use crate::ast::Row;
use crate::emit;
use crate::map::Map;
use crate::params::{FieldType, Params};

/// The body of `from_fields`: the fields' texts read into the variant of
/// `code`.
///
/// Without fields, the count is checked without reading the row, and the
/// variant is the code's number in an array of the variants.
pub fn body<'p>(params: &'p Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;
    if !params.has_fields() {
        let errors = params.emit.list(params.rows(), |out, row| {
            write!(out, "{ident}::{}", row.variant)
        });
        return quote! {
            #krate::__private::no_fields(code, fields)?;
            const __ERRORS: &[#ident] = &[#errors];
            ::core::result::Result::Ok(__ERRORS[code as ::core::primitive::usize])
        };
    }
    // One reader per field type, written at the type's first use:
    // `<T as ReadBack>` is checked (and a type without `FromStr` reported,
    // at its declaration) once per type, and each field is a call of its
    // type's reader.
    let mut readers: Vec<TokenStream> = Vec::new();
    let mut reader_of: Map<&str, Ident> = Map::default();
    let mut type_reader = |field_type: FieldType<'p>| -> Ident {
        let next = readers.len();
        let reader = reader_of.entry(field_type.name()).or_insert_with(|| {
            let reader = format_ident!("__read_{}", next);
            // The type keeps the span of its declaration, and the whole
            // call is at the type, so that a type without `FromStr` is
            // reported on the table's `type` line; names still resolve at
            // the call site.
            let ty = field_type.tokens();
            let read = quote_spanned!(field_type.span()=> <#ty as __ReadBack>::read_field(code, fields, index));
            readers.push(quote! {
                fn #reader(
                    code: #code,
                    fields: &[&::core::primitive::str],
                    index: ::core::primitive::usize,
                ) -> ::core::result::Result<#ty, #krate::FieldError> {
                    #read
                }
            });
            reader
        });
        reader.clone()
    };
    // One function per distinct list of fields (names and types), which
    // reads them all; each field is read in a statement of its own, which
    // keeps the work of checking a message of many placeholders linear.
    // `from_fields` picks the code's list from a table, calls its function
    // once, and builds the variant in a `match` over the list's codes: an
    // arm per row that only names its variant and fields, where a call and
    // a `?` per row took twice the time to check.
    let mut lists: Vec<TokenStream> = Vec::new();
    let mut list_of: Map<Vec<(&str, &str)>, usize> = Map::default();
    // The list of each row, and each list's rows.
    let mut row_lists: Vec<usize> = Vec::new();
    let mut arms: Vec<Vec<&Row>> = Vec::new();
    let mut field_counts: Vec<usize> = Vec::new();
    for row in params.rows() {
        let key: Vec<(&str, &str)> = row
            .fields
            .iter()
            .map(|field| (field.text.as_str(), params.field_type(field).name()))
            .collect();
        let next = arms.len();
        let list = *list_of.entry(key).or_insert_with(|| {
            arms.push(Vec::new());
            field_counts.push(row.fields.len());
            if row.fields.is_empty() {
                // Nothing to read: the list's arms need no call.
                return next;
            }
            let reader = format_ident!("__read_fields_{}", next);
            let bindings = (0..row.fields.len()).map(binding);
            let types = row
                .fields
                .iter()
                .map(|field| params.field_type(field).tokens());
            let lets: Vec<TokenStream> = (row.fields.iter().enumerate())
                .map(|(index, field)| {
                    let read = type_reader(params.field_type(field));
                    let binding = binding(index);
                    let index = Literal::usize_unsuffixed(index);
                    quote!(let #binding = #read(code, fields, #index)?;)
                })
                .collect();
            lists.push(quote! {
                fn #reader(
                    code: #code,
                    fields: &[&::core::primitive::str],
                ) -> ::core::result::Result<(#(#types,)*), #krate::FieldError> {
                    #(#lets)*
                    ::core::result::Result::Ok((#(#bindings,)*))
                }
            });
            next
        });
        row_lists.push(list);
        arms[list].push(row);
    }
    let row_entry =
        (arms.len() > 1).then(|| quote!(use #krate::__private::row_entry as __row_entry;));
    let body = params
        .emit
        .text(|out| from_fields_match(out, code, &row_lists, &field_counts, &arms));
    quote! {
        use #krate::__private::ReadBack as __ReadBack;
        #row_entry
        #(#readers)*
        #(#lists)*
        #krate::__private::field_count(code, fields)?;
        ::core::result::Result::Ok({ #body })
    }
}

/// The `match` of `from_fields` once the field count is checked, as text:
/// the variant of `code` built from its fields, read by the function of
/// its row's list of fields. `row_lists` gives each row's list (in the
/// variants' order), `field_counts` each list's number of fields, `arms`
/// each list's arms (`Code::V => Self::V { a: __f0, .. }, `).
///
/// With one list, its reading and then a `match` of its arms. With
/// several, a table of each row's list (`__LISTS`, `width` bytes a row,
/// little-endian, read by `__private::row_entry`) picks the list, and each
/// list's `match` covers its own rows; the others cannot reach it.
fn from_fields_match(
    out: &mut fmt::Formatter<'_>,
    code: &Ident,
    row_lists: &[usize],
    field_counts: &[usize],
    lists: &[Vec<&Row>],
) -> fmt::Result {
    let read = |out: &mut fmt::Formatter<'_>, list: usize| {
        if field_counts[list] > 0 {
            out.write_str("let (")?;
            for index in 0..field_counts[list] {
                write!(out, "__f{index}, ")?;
            }
            write!(out, ") = __read_fields_{list}(code, fields)?; ")?;
        }
        Ok(())
    };
    // `Code::V => Self::V { a: __f0, .. }, ` for each row of a list.
    let arms = |out: &mut fmt::Formatter<'_>, rows: &[&Row]| {
        for row in rows {
            let variant = &row.variant;
            write!(out, "{code}::{variant} => Self::{variant}")?;
            write_bindings(out, row, |_| true)?;
            out.write_str(", ")?;
        }
        Ok(())
    };
    if let [rows] = lists {
        read(out, 0)?;
        out.write_str("match code { ")?;
        arms(out, rows)?;
        return out.write_str("}");
    }
    let width = emit::byte_table(out, "__LISTS", row_lists)?;
    write!(
        out,
        "match __row_entry(__LISTS, {width}, code as ::core::primitive::usize) {{ "
    )?;
    // Each list has rows of its own, so none covers every code.
    for (list, rows) in lists.iter().enumerate() {
        write!(out, "{list} => {{ ")?;
        read(out, list)?;
        out.write_str("match code { ")?;
        arms(out, rows)?;
        out.write_str("_ => ::core::unreachable!(), } } ")?;
    }
    out.write_str("_ => ::core::unreachable!(), }")
}
