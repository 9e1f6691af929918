//! The error enum's impls: `code()` and the row's other accessors,
//! `wire_code`, `from_fields`, `ErrorFamily`, `std::error::Error`, and
//! `Display`, `Debug`, `Clone` of a family without fields (a family with
//! fields has them from `display.rs`).

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::common::{binding, copy_impls, fields_by_name, pattern};
use super::{display, from_fields};
use crate::ast::Row;
use crate::params::Params;
use crate::template::{Segment, Template};

pub fn error_impls(params: &Params) -> TokenStream {
    let ident = &params.family.ident;
    let code = &params.code;
    let krate = &params.krate;
    let advice = (!params.family.options.advice.is_empty()).then(|| {
        let arms = params.family.options.advice.iter().map(|(status, kind)| {
            let kind = proc_macro2::Ident::new(
                match kind {
                    crate::retry::RetryKind::Throttled => "Throttled",
                    crate::retry::RetryKind::Transient => "Transient",
                    crate::retry::RetryKind::Never => "Never",
                },
                proc_macro2::Span::call_site(),
            );
            quote!(#status => ::core::option::Option::Some(#krate::Retry::#kind),)
        });
        quote! {
            fn declared_advice(
                status: #krate::__private::StatusCode,
            ) -> ::core::option::Option<#krate::Retry> {
                match status.as_u16() {
                    #(#arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    });
    let convention = params.family.options.convention.as_ref().map(|path| {
        quote! {
            fn convention() -> &'static #krate::wire::Convention {
                static CONVENTION: #krate::wire::Convention = #path;
                &CONVENTION
            }
        }
    });

    // Arms that name a variant and nothing a diagnostic could point at are
    // written as text (see `Params::source`).
    // A family without fields is `Copy`, and its variants are numbered as
    // its code's: the code is read from `ALL` by the variant's number,
    // where a `match` has an arm per row.
    let code_body = if params.has_fields() {
        // Each arm is the row's number, which indexes `ALL`: a literal, where
        // the code's variant is a path.
        let arms = params
            .emit
            .list(params.rows().enumerate(), |out, (number, row)| {
                let ignore = if row.fields.is_empty() { "" } else { " { .. }" };
                write!(out, "Self::{}{ignore} => {number}", row.variant)
            });
        quote!(#code::ALL[match self { #arms }])
    } else {
        quote!(#code::ALL[*self as ::core::primitive::usize])
    };
    // Fixed codes are their code's text; only templated ones are written.
    let templated = params
        .rows()
        .filter(|row| row.code.template.placeholder_count() > 0);
    let fixed_codes = params
        .rows()
        .any(|row| row.code.template.placeholder_count() == 0)
        .then(|| quote!(_ => ::std::borrow::Cow::Borrowed(self.code().as_str()),));
    let wire_code_arms = templated.map(|row| {
        let pattern = pattern(params, row, &row.code.template);
        let writes = write_code(row, &row.code.template);
        quote! {
            #pattern => {
                let mut __code = ::std::string::String::new();
                let __out = &mut __code;
                #writes
                ::std::borrow::Cow::Owned(__code)
            }
        }
    });

    let from_fields_body = from_fields::body(params);
    // With fields, `Display`, `Debug` and `PartialEq` read the fields
    // through one `match` (`parts.rs`), and `Eq` is sound as each field
    // type is `Eq` (see `field_types_are_eq`). Without fields, `Display`
    // is the row's phrase and `Debug` the code's (the variant's name), both
    // read by the variant's number, and `Clone` is a copy.
    let texts = quote!(<#code as #krate::__private::Texts>);
    let impls = if params.has_fields() {
        let field_types_are_eq = field_types_are_eq(params);
        let parts = display::impls(params);
        quote! {
            #parts

            #[automatically_derived]
            impl ::core::cmp::Eq for #ident {}

            #field_types_are_eq
        }
    } else {
        let copy_impls = copy_impls(ident);
        quote! {
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __out.write_str(#texts::PHRASES[*self as ::core::primitive::usize])
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __out.write_str(#texts::NAMES[*self as ::core::primitive::usize])
                }
            }

            #copy_impls
        }
    };
    quote! {
        #impls


        #[automatically_derived]
        impl ::std::error::Error for #ident {}

        #[allow(deprecated)]
        impl #ident {
            /// The code of this error's row.
            pub const fn code(&self) -> #code {
                #code_body
            }

            /// The documented HTTP status of this error's row.
            pub const fn status(&self) -> #krate::__private::StatusCode {
                self.code().status()
            }

            /// The documented message template of this error's row; the
            /// error's `Display` fills it in.
            pub const fn message_template(&self) -> &'static ::core::primitive::str {
                self.code().message_template()
            }

            /// The documented description of this error's row, empty where
            /// the docs give none.
            pub const fn description(&self) -> &'static ::core::primitive::str {
                self.code().description()
            }

            /// Whether, and how, a caller may retry: each variant's docs say.
            pub const fn retry(&self) -> #krate::Retry {
                self.code().retry()
            }

            /// Whether a caller may retry at all.
            pub const fn is_retryable(&self) -> ::core::primitive::bool {
                self.code().is_retryable()
            }

            /// Builds the error of `code`'s row from the text of each of its
            /// fields, in the order of the row's `fields`, each parsed with
            /// its type's `FromStr`.
            pub fn from_fields(
                code: #code,
                fields: &[&::core::primitive::str],
            ) -> ::core::result::Result<Self, #krate::FieldError> {
                #from_fields_body
            }

            /// The code as sent on the wire: the documented code, with the
            /// fields filled in for a templated code. Fixed codes are
            /// borrowed, never allocated.
            pub fn wire_code(&self) -> ::std::borrow::Cow<'static, ::core::primitive::str> {
                match self {
                    #(#wire_code_arms,)*
                    #fixed_codes
                }
            }
        }

        #[automatically_derived]
        impl #krate::ErrorFamily for #ident {
            type Code = #code;

            fn code(&self) -> #code {
                #ident::code(self)
            }

            fn from_fields(
                code: #code,
                fields: &[&::core::primitive::str],
            ) -> ::core::result::Result<Self, #krate::FieldError> {
                #ident::from_fields(code, fields)
            }

            fn wire_code(&self) -> ::std::borrow::Cow<'static, ::core::primitive::str> {
                #ident::wire_code(self)
            }

            #advice
            #convention
        }
    }
}

/// The check that makes a family's `Eq` sound: each distinct field type
/// is `Eq`, asked once, spanned at the type's declaration, so that a type
/// that is not `Eq` is reported on the table's `type` line. Derived, `Eq`
/// asserted it once per field and reported it at the macro call. Kept
/// apart from the impls, which rustdoc shows without bounds.
fn field_types_are_eq(params: &Params) -> TokenStream {
    let checks = params.distinct_field_types().into_iter().map(|field_type| {
        let ty = field_type.tokens();
        quote_spanned!(field_type.span()=> __is_eq::<#ty>();)
    });
    let krate = &params.krate;
    quote! {
        const _: () = {
            use #krate::__private::field_type_is_eq as __is_eq;
            #(#checks)*
        };
    }
}

/// Writes a templated code to the `String` `__out`.
fn write_code(row: &Row, template: &Template) -> TokenStream {
    let fields = fields_by_name(row);
    let writes = template.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => quote!(__out.push_str(#text);),
        Segment::Placeholder { name, .. } => {
            let field = fields.get(name.as_str()).map(binding);
            quote! {
                let _ = ::core::fmt::Write::write_fmt(__out, ::core::format_args!("{}", #field));
            }
        }
    });
    quote!(#(#writes)*)
}
