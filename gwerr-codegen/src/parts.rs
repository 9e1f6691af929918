//! `Display`, `Debug` and `PartialEq` of a family whose rows have fields.
//!
//! `Display` has an arm per row whose message has placeholders: one call
//! to `__private::write_message` with the row's texts and values, which
//! writes as fast as hand-written code. `Debug` and `PartialEq` share one
//! `match` of the rows, `__parts`, which calls back with an error's row
//! number and its fields as a slice of `&dyn __private::Field`, in the
//! row's order (a slice of the row's own length, on the stack only while
//! the callback runs, however wide another row is); `Debug` writes them
//! with the fields' names, as `#[derive(Debug)]` does, and `PartialEq`
//! compares the rows, then the fields. Derived, each would be a `match`
//! of an arm per row, which the compiler expands, lowers and checks on
//! every build; `__parts`'s arms are text (see `source.rs`).

use std::fmt::{self, Write as _};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use crate::ast::{Field, Row};
use crate::expand::{fields_by_name, write_bindings, write_pattern};
use crate::map::HashMap;
use crate::params::{FieldType, Params};
use crate::source::Text;
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
        index: HashMap::default(),
    };

    let display_arms = display_arms(params, &rows, &mut helpers);
    let with_fields = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| !row.fields.is_empty());
    let arms = params.list(with_fields, |out, (number, row)| {
        write!(out, "{ident}::{}", row.variant)?;
        write_bindings(out, row, |_| true)?;
        write!(out, " => __read({number}, &[")?;
        for (index, field) in row.fields.iter().enumerate() {
            helpers.write_value(out, params.field_type(field), field, index)?;
        }
        out.push_str("])");
        Ok(())
    });
    // The rows without fields share an arm, their number read from their
    // code.
    let fieldless = (rows.iter().any(|row| row.fields.is_empty())).then(|| {
        quote! {
            _ => __read(#ident::code(__error) as ::core::primitive::usize, &[]),
        }
    });

    let (name_lists, names) = names(&rows);
    let name_lists = params.source(name_lists.as_str());
    let names = params.source(names.as_str());
    let texts = quote!(<#code as #krate::__private::Texts>);
    let helpers = helpers.items;

    quote! {
        const _: () = {
            #(#helpers)*

            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    use #krate::__private::write_message as __write;
                    match self {
                        #display_arms
                    }
                }
            }

            /// Calls `__read` with the row of `__error` and its fields, in
            /// the row's order.
            #[allow(deprecated)]
            fn __parts<__R>(
                __error: &#ident,
                __read: impl ::core::ops::FnOnce(
                    ::core::primitive::usize,
                    &[&dyn #krate::__private::Field],
                ) -> __R,
            ) -> __R {
                match __error {
                    #arms
                    #fieldless
                }
            }

            #name_lists

            /// Each row's fields' names.
            const __NAMES: &[&[&::core::primitive::str]] = &[#names];

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __parts(self, |__row, __fields| {
                        #krate::__private::debug_fields(
                            __out,
                            #texts::NAMES[__row],
                            __NAMES[__row],
                            __fields,
                        )
                    })
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq for #ident {
                fn eq(&self, __other: &Self) -> ::core::primitive::bool {
                    __parts(self, |__row, __fields| {
                        __parts(__other, |__other_row, __other_fields| {
                            __row == __other_row
                                && #krate::__private::fields_eq(__fields, __other_fields)
                        })
                    })
                }
            }
        };
    }
}

/// The arms of `Display`, written as text (see `Params::source`). Each
/// arm writes its message to the `Formatter` `__out`: one call to
/// `__private::write_message` with its literal texts and its fields'
/// values. One call per message rather than a `?` per piece halves the
/// time to type-check and borrow-check a large table's `Display`; two
/// arrays rather than one of text-or-value pieces take a third less
/// (BENCHMARKS.md, "Display" and "`cargo check`"). An arm per row, rather
/// than texts read from a table by `__parts`, writes as fast as
/// hand-written code; through `__parts` a message took up to a quarter
/// longer.
///
/// The rows whose message has no placeholder share one last arm: one
/// `write_str` of their phrase, taken from the code enum's
/// `Texts::PHRASES` by the row's code.
fn display_arms<'p>(params: &'p Params, rows: &[&Row], helpers: &mut Helpers<'p>) -> TokenStream {
    let code = &params.code;
    let krate = &params.krate;
    let templated: Vec<&Row> = rows
        .iter()
        .copied()
        .filter(|row| row.phrase().is_none())
        .collect();
    let any_phrase = templated.len() < rows.len();
    let mut arms = params.list(&templated, |out, row| {
        let (_, message) = row.message_template();
        write_pattern(out, row, message)?;
        out.push_str(" => ");
        let fields = fields_by_name(row);
        // The texts before, between and after the values: one more than
        // the values, empty where two placeholders meet.
        let mut texts = Text::default();
        let mut values = Text::default();
        let mut text = String::new();
        for segment in &message.segments {
            match segment {
                Segment::Literal(literal) => text.push_str(literal),
                Segment::Placeholder { name, .. } => {
                    // Every placeholder has its field: the row's fields are
                    // made from its placeholders.
                    let Some(index) = fields.get(name) else {
                        continue;
                    };
                    write!(texts, "{text:?}, ")?;
                    text.clear();
                    let field = &row.fields[index];
                    helpers.write_value(&mut values, params.field_type(field), field, index)?;
                }
            }
        }
        write!(out, "__write(__out, &[{texts}{text:?}], &[{values}])")
    });
    if any_phrase {
        arms.extend(quote! {
            _ => __out.write_str(
                <#code as #krate::__private::Texts>::PHRASES[self.code() as ::core::primitive::usize],
            ),
        });
    }
    arms
}

/// The functions `__field_N`, one per declared type, by the type's name.
struct Helpers<'p> {
    /// The path of `gwerr_core`.
    krate: &'p TokenStream,
    items: Vec<TokenStream>,
    index: HashMap<&'p str, usize>,
}

impl<'p> Helpers<'p> {
    /// Writes field `index` of a row, of type `field_type`, as `&dyn
    /// Field`: a field of a declared type through its type's `__field_N`,
    /// written at its first use, on whose span an error about the type is
    /// reported.
    fn write_value(
        &mut self,
        out: &mut Text,
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

/// The constants `__NAMES_N`, one per distinct list of field names, and
/// the entries of `__NAMES`, each row's list.
fn names(rows: &[&Row]) -> (Text, Text) {
    let mut lists = Text::default();
    let mut names = Text::default();
    let mut list_of: HashMap<String, usize> = HashMap::default();
    for row in rows {
        let mut list = String::new();
        for field in &row.fields {
            // Writing to a `String` cannot fail.
            let _ = write!(list, "{:?}, ", field.text);
        }
        let next = list_of.len();
        let index = *list_of.entry(list).or_insert_with_key(|list| {
            let _ = write!(
                lists,
                "const __NAMES_{next}: &[&::core::primitive::str] = &[{list}];"
            );
            next
        });
        let _ = write!(names, "__NAMES_{index}, ");
    }
    (lists, names)
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
