//! `Display`, `Debug` and `PartialEq` of a family whose rows have fields.
//!
//! The three share one `match` of the rows, `__parts`, which calls back
//! with an error's row number, its message's literal texts and its values
//! as a slice of `&dyn __private::Field` (a slice of the row's own length,
//! on the stack only while the callback runs, however wide another row
//! is). `Display` writes the texts and values with one call to
//! `__private::write_message`, or the row's phrase; `Debug` writes the
//! fields with their names, as `#[derive(Debug)]` does; `PartialEq`
//! compares the rows, then the fields. Derived, each would be a `match`
//! of an arm per row, which the compiler expands, lowers and checks on
//! every build; `__parts`'s arms are text (see `source.rs`). Each arm
//! passes its texts as constants, so that `Display`, once `__parts` is
//! inlined into it, writes as hand-written code does.

use std::fmt::{self, Write as _};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use super::common::{fields_by_name, write_bindings};
use crate::ast::{Field, Row};
use crate::emit;
use crate::map::Map;
use crate::params::{FieldType, Params};
use crate::template::Segment;

/// The three impls, in a `const _` block whose items no name of the
/// user's can meet.
pub fn impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;
    let rows: Vec<&Row> = params.rows().collect();
    let mut helpers = Helpers {
        krate,
        items: Vec::new(),
        index: Map::default(),
    };

    let arms = arms(params, &rows, &mut helpers);
    // The rows without fields and without placeholders share an arm.
    let fieldless = (rows
        .iter()
        .any(|row| row.fields.is_empty() && row.phrase().is_some()))
    .then(|| quote!(_ => __read(&[], &[]),));

    let (name_lists, names) = names(params, &rows);
    let texts = quote!(<#code as #krate::__private::Texts>);
    let helpers = helpers.items;

    quote! {
        const _: () = {
            #(#helpers)*

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __parts(self, |__texts, __values| match __texts.len() {
                        0 => __out.write_str(
                            #texts::PHRASES[#ident::code(self) as ::core::primitive::usize],
                        ),
                        __n => #krate::__private::write_message(
                            __out,
                            __texts,
                            &__values[__values.len() - (__n - 1)..],
                        ),
                    })
                }
            }

            /// Calls `__read` with the texts of `__error`'s message (none
            /// for a message without placeholders) and its values: the
            /// row's fields, in the row's order, then the message's values,
            /// where those are not the same.
            #[allow(deprecated)]
            #[inline]
            fn __parts<__R>(
                __error: &#ident,
                __read: impl ::core::ops::FnOnce(
                    &[&'static ::core::primitive::str],
                    &[&dyn #krate::__private::Field],
                ) -> __R,
            ) -> __R {
                match __error {
                    #arms
                    #fieldless
                }
            }

            #name_lists

            /// The names of the fields of row `__row`.
            fn __names(__row: ::core::primitive::usize) -> &'static [&'static ::core::primitive::str] {
                #names
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let __row = #ident::code(self) as ::core::primitive::usize;
                    __parts(self, |_, __values| {
                        let __names = __names(__row);
                        #krate::__private::debug_fields(
                            __out,
                            #texts::NAMES[__row],
                            __names,
                            &__values[..__names.len()],
                        )
                    })
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq for #ident {
                fn eq(&self, __other: &Self) -> ::core::primitive::bool {
                    let __row = #ident::code(self) as ::core::primitive::usize;
                    __row == #ident::code(__other) as ::core::primitive::usize
                        && __parts(self, |_, __values| {
                            __parts(__other, |_, __other_values| {
                                let __len = __names(__row).len();
                                #krate::__private::fields_eq(
                                    &__values[..__len],
                                    &__other_values[..__len],
                                )
                            })
                        })
                }
            }
        };
    }
}

/// The arms of `__parts`, written as text (see `Params::source`): one per
/// row with fields or placeholders. Each calls `__read` with its
/// message's literal texts (one more than its values, empty where two
/// placeholders meet; none for a message without placeholders) and its
/// values: the row's fields in the row's order, then, where the
/// message writes other values or in another order, the message's values.
/// `Display` writes the texts and the last values with one call to
/// `__private::write_message`: an arm per row, as hand-written code
/// writes it, not texts read from a table by the row's number.
fn arms<'p>(params: &'p Params, rows: &[&Row], helpers: &mut Helpers<'p>) -> TokenStream {
    let ident = &params.family.ident;
    let with_parts = rows
        .iter()
        .filter(|row| !row.fields.is_empty() || row.phrase().is_none());
    let mut message_fields = Vec::new();
    params.emit.list(with_parts, |out, row| {
        write!(out, "{ident}::{}", row.variant)?;
        write_bindings(out, row, |_| true)?;
        out.write_str(" => __read(&[")?;
        // The texts, each a string literal of the literals between two
        // values; and the field each placeholder writes.
        message_fields.clear();
        if row.phrase().is_none() {
            let (text, message) = row.message_template();
            let fields = fields_by_name(row);
            // Raw strings, copied as they are, unless the message holds
            // what a raw string cannot (`"`, a carriage return); the
            // searches are std's `memchr`, optimised.
            let raw = !text.as_bytes().contains(&b'"') && !text.as_bytes().contains(&b'\r');
            let (open, between) = if raw {
                ("r\"", "\", r\"")
            } else {
                ("\"", "\", \"")
            };
            out.write_str(open)?;
            for segment in &message.segments {
                match segment {
                    Segment::Literal(literal) if raw => out.write_str(literal)?,
                    Segment::Literal(literal) => write!(out, "{}", literal.escape_debug())?,
                    // Every placeholder has its field: the row's fields are
                    // made from its placeholders.
                    Segment::Placeholder { name, .. } => {
                        if let Some(index) = fields.get(name.as_str()) {
                            out.write_str(between)?;
                            message_fields.push(index);
                        }
                    }
                }
            }
            out.write_char('"')?;
        }
        out.write_str("], &[")?;
        for (index, field) in row.fields.iter().enumerate() {
            helpers.write_value(out, params.field_type(field), field, index)?;
        }
        // The message's values, unless they are the row's fields in order,
        // each once.
        let in_order = message_fields.len() == row.fields.len()
            && message_fields
                .iter()
                .enumerate()
                .all(|(at, &index)| at == index);
        if !message_fields.is_empty() && !in_order {
            for &index in &message_fields {
                let field = &row.fields[index];
                helpers.write_value(out, params.field_type(field), field, index)?;
            }
        }
        out.write_str("])")
    })
}

/// The functions `__field_N`, one per declared type, by the type's name.
struct Helpers<'p> {
    /// The path of `gwerr_core`.
    krate: &'p TokenStream,
    items: Vec<TokenStream>,
    index: Map<&'p str, usize>,
}

impl<'p> Helpers<'p> {
    /// Writes field `index` of a row, of type `field_type`, as `&dyn
    /// Field`: a field of a declared type through its type's `__field_N`,
    /// written at its first use, on whose span an error about the type is
    /// reported.
    fn write_value(
        &mut self,
        out: &mut impl fmt::Write,
        field_type: FieldType<'p>,
        field: &Field,
        index: usize,
    ) -> fmt::Result {
        if !field_type.is_declared() {
            return write!(out, "__f{index}, ");
        }
        let next = self.items.len();
        let krate = self.krate;
        let items = &mut self.items;
        let helper = *self.index.entry(field_type.name()).or_insert_with(|| {
            items.push(field_helper(krate, next, field_type, field.ident.span()));
            next
        });
        write!(out, "__field_{helper}(__f{index}), ")
    }
}

/// Each row's fields' names, by the row's number: the constants
/// `__NAMES_N`, one per distinct list of names, and where there are several,
/// `__NAME_LISTS` and a table of each row's list, `__NAMES_OF` (see
/// [`write_row_table`]); and the body of `__names`, which reads them.
fn names(params: &Params, rows: &[&Row]) -> (TokenStream, TokenStream) {
    let krate = &params.krate;
    let mut lists: Vec<&Row> = Vec::new();
    let mut list_of: Map<Vec<&str>, usize> = Map::default();
    let mut row_lists = Vec::with_capacity(rows.len());
    for &row in rows {
        let key: Vec<&str> = row.fields.iter().map(|field| field.text.as_str()).collect();
        let next = lists.len();
        let index = *list_of.entry(key).or_insert_with(|| {
            lists.push(row);
            next
        });
        row_lists.push(index);
    }
    let mut width = 0;
    let text = params.emit.text(|out| {
        for (index, row) in lists.iter().enumerate() {
            write!(
                out,
                "const __NAMES_{index}: &[&::core::primitive::str] = &["
            )?;
            for field in &row.fields {
                write!(out, "{:?}, ", field.text)?;
            }
            out.write_str("]; ")?;
        }
        if lists.len() > 1 {
            out.write_str("const __NAME_LISTS: &[&[&::core::primitive::str]] = &[")?;
            for index in 0..lists.len() {
                write!(out, "__NAMES_{index}, ")?;
            }
            out.write_str("]; ")?;
            width = emit::byte_table(out, "__NAMES_OF", &row_lists)?;
        }
        Ok(())
    });
    if lists.len() == 1 {
        return (text, quote!(let _ = __row; __NAMES_0));
    }
    let body = quote!(__NAME_LISTS[#krate::__private::row_entry(__NAMES_OF, #width, __row)]);
    (text, body)
}

/// `__field_N`: a field of a declared type as `&dyn Field`, the conversion
/// reported at `at` (the type's first use) if the type is not one.
fn field_helper(krate: &TokenStream, index: usize, field_type: FieldType, at: Span) -> TokenStream {
    let helper = format_ident!("__field_{}", index);
    let ty = field_type.tokens();
    // The parameter and its use share the span: one name, one hygiene
    // context, and an error there is the table's, not the macro's.
    let value = Ident::new("__value", at);
    quote! {
        #[inline]
        fn #helper(#value: &#ty) -> &dyn #krate::__private::Field {
            #value
        }
    }
}
