//! `Display`, `Debug` and `PartialEq` of a family whose rows have fields,
//! through one `match` of its rows.
//!
//! `__parts` gives an error's row number and its fields as
//! `&dyn __private::Field`, in the row's order, padded to the widest row.
//! The three impls read it with the family's tables: the texts around
//! each message's placeholders, the fields' names, and, for the few
//! messages whose placeholders are not the fields in order, which field
//! each placeholder writes. Derived, `Debug` and `PartialEq` would each
//! be a `match` of an arm per row, which the compiler expands, lowers and
//! checks on every build; here the three share one, whose arms are text
//! (see `source.rs`).

use std::fmt::{self, Write as _};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;

use crate::ast::Row;
use crate::expand::{fields_by_name, write_bindings};
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
    let width = rows.iter().map(|row| row.fields.len()).max().unwrap_or(0);

    // `__field_N`: the one conversion of each declared type to `&dyn
    // Field`, reported on the first row that has a field of it if the type
    // lacks a trait that needs.
    let mut helpers = Vec::new();
    let mut helper_of: HashMap<&str, usize> = HashMap::default();
    let any_padded = rows
        .iter()
        .any(|row| (1..width).contains(&row.fields.len()));
    let with_fields = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| !row.fields.is_empty());
    let arms = params.list(with_fields, |out, (number, row)| {
        write!(out, "{ident}::{}", row.variant)?;
        write_bindings(out, row, |_| true)?;
        let padded = row.fields.len() < width;
        write!(
            out,
            " => ({number}, {}[",
            if padded { "__pad(" } else { "" }
        )?;
        for (index, field) in row.fields.iter().enumerate() {
            let field_type = params.field_type(field);
            if !field_type.is_declared() {
                write!(out, "__f{index}, ")?;
                continue;
            }
            let next = helpers.len();
            let helper = *helper_of.entry(field_type.name()).or_insert_with(|| {
                helpers.push(field_helper(next, field_type, field.ident.span()));
                next
            });
            write!(out, "__field_{helper}(__f{index}), ")?;
        }
        out.push_str(if padded { "]))" } else { "])" });
        Ok(())
    });
    // The rows without fields share an arm, their number read from their
    // code.
    let fieldless = (rows.iter().any(|row| row.fields.is_empty())).then(|| {
        quote! {
            _ => (#ident::code(__error) as ::core::primitive::usize, [__NO_FIELD; #width]),
        }
    });

    let tables = Tables::of(&rows);
    let messages = params.source(tables.messages.as_str());
    let names = params.source(tables.names.as_str());
    let name_lists = params.source(tables.name_lists.as_str());
    let texts = quote!(<#code as #krate::__private::Texts>);
    // Each name imported only where it is used.
    let pad = any_padded.then(|| quote!(use #krate::__private::pad as __pad;));
    let no_field = fieldless
        .is_some()
        .then(|| quote!(use #krate::__private::NO_FIELD as __NO_FIELD;));
    let (order_fn, order) = if tables.orders.is_empty() {
        (None, quote!(&[]))
    } else {
        let orders = params.source(tables.orders.as_str());
        let order_fn = quote! {
            /// Which field each placeholder of a row's message writes,
            /// where that is not the fields in order.
            fn __order(__row: ::core::primitive::usize) -> &'static [::core::primitive::usize] {
                match __row {
                    #orders
                    _ => &[],
                }
            }
        };
        (Some(order_fn), quote!(__order(__row)))
    };

    quote! {
        const _: () = {
            use #krate::__private::Field as __Field;
            #pad
            #no_field

            /// The row of `__error`, and its fields in the row's order.
            #[inline]
            #[allow(deprecated)]
            fn __parts(
                __error: &#ident,
            ) -> (::core::primitive::usize, [&dyn __Field; #width]) {
                #(#helpers)*
                match __error {
                    #arms
                    #fieldless
                }
            }

            /// Each row's message: the texts around its placeholders; none
            /// for a message without any (its phrase is the code's).
            const __MESSAGES: &[&[&::core::primitive::str]] = &[#messages];

            #name_lists

            /// Each row's fields' names.
            const __NAMES: &[&[&::core::primitive::str]] = &[#names];

            #order_fn

            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let (__row, __fields) = __parts(self);
                    #krate::__private::write_fields(
                        __out,
                        __MESSAGES[__row],
                        #order,
                        &__fields,
                        #texts::PHRASES[__row],
                    )
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let (__row, __fields) = __parts(self);
                    #krate::__private::debug_fields(
                        __out,
                        #texts::NAMES[__row],
                        __NAMES[__row],
                        &__fields,
                    )
                }
            }

            #[automatically_derived]
            impl ::core::cmp::PartialEq for #ident {
                fn eq(&self, __other: &Self) -> ::core::primitive::bool {
                    let (__row, __fields) = __parts(self);
                    let (__other_row, __other_fields) = __parts(__other);
                    __row == __other_row
                        && #krate::__private::fields_eq(&__fields, &__other_fields)
                }
            }
        };
    }
}

/// The family's tables, as the text of their entries.
struct Tables {
    /// `__MESSAGES`: each row's texts.
    messages: Text,
    /// `__NAMES`: each row's list of names, a constant per distinct list.
    names: Text,
    /// The constants `__NAMES_N`.
    name_lists: Text,
    /// The arms of `__order`, for the rows whose placeholders are not the
    /// fields in order.
    orders: Text,
}

impl Tables {
    fn of(rows: &[&Row]) -> Self {
        let mut tables = Tables {
            messages: Text::default(),
            names: Text::default(),
            name_lists: Text::default(),
            orders: Text::default(),
        };
        let mut list_of: HashMap<String, usize> = HashMap::default();
        for (number, row) in rows.iter().enumerate() {
            // Writing to a `String` cannot fail.
            let _ = tables.message(number, row);
            let mut list = String::new();
            for field in &row.fields {
                let _ = write!(list, "{:?}, ", field.text);
            }
            let next = list_of.len();
            let index = *list_of.entry(list).or_insert_with_key(|list| {
                let _ = write!(
                    tables.name_lists,
                    "const __NAMES_{next}: &[&::core::primitive::str] = &[{list}];"
                );
                next
            });
            let _ = write!(tables.names, "__NAMES_{index}, ");
        }
        tables
    }

    /// A row's entry of `__MESSAGES` and, if it needs one, its arm of
    /// `__order`: the texts before, between and after its placeholders'
    /// values (one more than the values, empty where two placeholders
    /// meet); none for a message without placeholders.
    fn message(&mut self, number: usize, row: &Row) -> fmt::Result {
        if row.phrase().is_some() {
            self.messages.push_str("&[], ");
            return Ok(());
        }
        let (_, message) = row.message_template();
        let fields = fields_by_name(row);
        let mut order = Vec::new();
        let mut text = String::new();
        self.messages.push_str("&[");
        for segment in &message.segments {
            match segment {
                Segment::Literal(literal) => text.push_str(literal),
                Segment::Placeholder { name, .. } => {
                    // Every placeholder has its field: the row's fields are
                    // made from its placeholders.
                    let Some(index) = fields.get(name) else {
                        continue;
                    };
                    write!(self.messages, "{text:?}, ")?;
                    text.clear();
                    order.push(index);
                }
            }
        }
        write!(self.messages, "{text:?}], ")?;
        if order.iter().enumerate().any(|(at, &index)| at != index) {
            write!(self.orders, "{number} => &[")?;
            for index in order {
                write!(self.orders, "{index}, ")?;
            }
            self.orders.push_str("], ");
        }
        Ok(())
    }
}

/// `__field_N`: a field of a declared type as `&dyn Field`, the conversion
/// reported at `at` (the first field of the type) if the type is not one.
fn field_helper(index: usize, field_type: FieldType, at: Span) -> TokenStream {
    let helper = format_ident!("__field_{}", index);
    let ty = field_type.tokens();
    // The parameter and its use share the span: one name, one hygiene
    // context, and an error there is the table's, not the macro's.
    let value = Ident::new("__value", at);
    quote! {
        #[inline]
        fn #helper(#value: &#ty) -> &dyn __Field {
            #value
        }
    }
}
