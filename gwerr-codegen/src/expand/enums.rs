//! The error enum and the code enum: a variant per row, the error's with a
//! field per placeholder, each documented from its row.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::common::{deprecated, doc_attrs};
use crate::ast::{Field, Row};
use crate::docs;
use crate::emit;
use crate::map::Map;
use crate::params::Params;

/// The error enum: one variant per row, one field per placeholder, each
/// variant documented by `row_docs` (one text per row, in row order).
pub fn error_enum(params: &Params, row_docs: &[String]) -> TokenStream {
    let family = params.family;
    let attrs = &family.attrs;
    let vis = &family.vis;
    let ident = &family.ident;
    let krate = &params.krate;
    let input = &family.input;
    // A family whose rows have no fields gets its `Debug` (the code's
    // name), `Clone` and `Copy` in a few lines (`error_impls.rs`); derived,
    // `Debug` and `Clone` have an arm per variant. A family with fields
    // gets its `Debug`, `PartialEq` and `Eq` there too (`display.rs`), and
    // derives only `Clone`.
    let derives = if params.has_fields() {
        quote!(#[derive(::core::clone::Clone)])
    } else {
        quote!(#[derive(::core::cmp::PartialEq, ::core::cmp::Eq)])
    };
    let variants = variants(params, row_docs, true);
    // The tables as Markdown are for rustdoc alone: `__private::tables!`
    // renders them from the invocation again, and only when rustdoc
    // documents the crate; `cargo check` drops the attribute unread.
    quote! {
        #(#attrs)*
        #[cfg_attr(doc, doc = #krate::__private::tables!(#input))]
        #derives
        #vis enum #ident { #variants }
    }
}

/// The code enum: one fieldless variant per row, documented as the error
/// enum's.
pub fn code_enum(params: &Params, row_docs: &[String]) -> TokenStream {
    let family = params.family;
    let attrs: &[_] = match &family.options.code {
        Some(code) => &code.attrs,
        None => &[],
    };
    let default_doc = (!attrs.iter().any(|a| a.is("doc"))).then(|| {
        let doc = format!(
            " The code of a [`{}`]: one variant per row, without the fields.",
            family.ident
        );
        quote!(#[doc = #doc])
    });
    let vis = &family.vis;
    let code = &params.code;
    let variants = variants(params, row_docs, false);
    // `PartialEq` and `Eq` are derived, so that a constant of the enum can
    // be a pattern; the other traits are written in `code_impls.rs`, in a
    // few lines whatever the number of variants (a derive works on a copy
    // of the whole enum, and `Debug`'s has an arm per variant).
    // The same tables as the error enum's, whose links go to this enum's
    // variants; for rustdoc alone, as there.
    let krate = &params.krate;
    let input = &family.input;
    quote! {
        #default_doc
        #(#attrs)*
        #[cfg_attr(doc, doc = #krate::__private::tables!(#input))]
        #[derive(::core::cmp::PartialEq, ::core::cmp::Eq)]
        #vis enum #code { #variants }
    }
}

/// A variant per row, for either enum (`with_fields`: the error enum's):
/// the row's docs, its generated docs, its `#[deprecated]`, its name and
/// its fields. Rows that are text alone (no attribute of the table's, no
/// type that text cannot carry) are written as text, a run at a time (see
/// `emit.rs`); the others with `quote!`, their attributes and types as the
/// table wrote them.
fn variants(params: &Params, row_docs: &[String], with_fields: bool) -> TokenStream {
    let rows: Vec<&Row> = params.rows().collect();
    let mut field_docs = FieldDocs::default();
    let is_text = |row: &Row| {
        doc_attrs(row).next().is_none()
            && deprecated(row).next().is_none()
            && !(with_fields
                && (row.fields.iter()).any(|field| params.field_type(field).text().is_none()))
    };
    let mut out = TokenStream::new();
    let mut at = 0;
    while at < rows.len() {
        let run = rows[at..].iter().take_while(|row| is_text(row)).count();
        if run == 0 {
            out.extend(variant_tokens(params, rows[at], &row_docs[at], with_fields));
            at += 1;
            continue;
        }
        out.extend(params.emit.text(|out| {
            for (row, doc) in rows[at..at + run].iter().zip(&row_docs[at..]) {
                docs::write_row_doc(out, row, doc, !with_fields)?;
                write!(out, " {}", row.variant)?;
                if with_fields && !row.fields.is_empty() {
                    out.write_str(" {")?;
                    for field in &row.fields {
                        let ty = params.field_type(field).text().unwrap_or_default();
                        write!(out, "{} {}: {ty}, ", field_docs.get(field), field.ident)?;
                    }
                    out.write_char('}')?;
                }
                out.write_str(", ")?;
            }
            Ok(())
        }));
        at += run;
    }
    out
}

/// A variant with the table's attributes or types in it, as tokens; its
/// name, its fields' names and the generated docs as the text path writes
/// them, at the call site.
fn variant_tokens(params: &Params, row: &Row, doc: &str, with_fields: bool) -> TokenStream {
    let docs = doc_attrs(row);
    let generated = params
        .emit
        .text(|out| docs::write_row_doc(out, row, doc, !with_fields));
    let deprecated = deprecated(row);
    let variant = format_ident!("{}", row.variant, span = proc_macro2::Span::call_site());
    let fields = (with_fields && !row.fields.is_empty()).then(|| {
        let fields = row.fields.iter().map(|field| {
            let doc = field_doc(field);
            let name = format_ident!("{}", field.ident, span = proc_macro2::Span::call_site());
            let ty = params.field_type(field).tokens();
            quote!(#[doc = #doc] #name: #ty,)
        });
        quote!({ #(#fields)* })
    });
    quote!(#(#docs)* #generated #(#deprecated)* #variant #fields,)
}

/// The doc text of a field.
fn field_doc(field: &Field) -> String {
    format!(" The value of the placeholder `{}`.", field.name)
}

/// One doc comment per placeholder name, however many rows use it.
#[derive(Default)]
struct FieldDocs<'p>(Map<&'p str, String>);

impl<'p> FieldDocs<'p> {
    fn get(&mut self, field: &'p Field) -> &str {
        self.0.entry(field.name.as_str()).or_insert_with(|| {
            let mut doc = String::new();
            let _ = emit::doc(&mut doc, &field_doc(field));
            doc
        })
    }
}
