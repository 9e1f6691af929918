//! What several emitters share: how a pattern binds a row's fields, the
//! attributes of a row that pass through, `Clone` as a copy. A leaf: it
//! imports no emitter.

use std::fmt;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::ast::{Field, Row};
use crate::attr::Attr;
use crate::map::NameIndex;
use crate::params::Params;
use crate::template::Template;

pub fn deprecated(row: &Row) -> impl Iterator<Item = &Attr> {
    row.attrs.iter().filter(|a| a.is("deprecated"))
}

pub fn doc_attrs(row: &Row) -> impl Iterator<Item = &Attr> {
    row.attrs.iter().filter(|a| a.is("doc"))
}

/// The pattern matching a variant of the error enum, binding the fields
/// that `template` uses (and `..` for the others, if any), each to its
/// [`binding`].
pub fn pattern(params: &Params, row: &Row, template: &Template) -> TokenStream {
    params.emit.text(|out| write_pattern(out, row, template))
}

/// Writes [`pattern`] as text.
fn write_pattern(out: &mut fmt::Formatter<'_>, row: &Row, template: &Template) -> fmt::Result {
    let used = template.name_index();
    write!(out, "Self::{}", row.variant)?;
    write_bindings(out, row, |field| used.contains(field.name.as_str()))
}

/// The name a pattern binds a row's field `index` to: `__f0`, `__f1`, ...
/// Never the field's own name, which a table chooses, so that no field can
/// shadow a name the expansion uses (`__out`, `code`, `fields`).
pub fn binding(index: usize) -> Ident {
    format_ident!("__f{}", index)
}

/// The fields of a pattern of `row`'s variant, as text: ` { name: __f0,
/// .. }`, each field that `bind` accepts bound to its [`binding`] and `..`
/// for the others; nothing for a row without fields.
pub fn write_bindings(
    out: &mut impl fmt::Write,
    row: &Row,
    bind: impl Fn(&Field) -> bool,
) -> fmt::Result {
    if row.fields.is_empty() {
        return Ok(());
    }
    out.write_str(" {")?;
    let mut bound = 0;
    for (index, field) in row.fields.iter().enumerate() {
        if bind(field) {
            write!(out, " {}: __f{index},", field.ident)?;
            bound += 1;
        }
    }
    if bound < row.fields.len() {
        out.write_str(" ..")?;
    }
    out.write_str(" }")
}

/// The index of each of a row's fields by the name of the placeholder it
/// fills: built once per template, so that a message of many placeholders
/// costs a lookup each, not a scan of every field (see [`NameIndex`]).
pub fn fields_by_name(row: &Row) -> NameIndex<'_> {
    row.fields.iter().map(|field| field.name.as_str()).collect()
}

/// `Clone` as a copy, and `Copy`, for either enum of a family (the error
/// enum where no row has fields).
pub fn copy_impls(ty: &Ident) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl ::core::clone::Clone for #ty {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl ::core::marker::Copy for #ty {}
    }
}
