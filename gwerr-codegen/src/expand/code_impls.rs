//! The code enum's impls: `ALL`, `FAMILY` and the row's accessors,
//! `Display`, `Debug`, `Clone`, `Copy`, `Ord`, `Hash` (by index, in table
//! order) and `ErrorCode`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::common::copy_impls;
use super::metadata;
use crate::emit;
use crate::params::Params;

/// The code enum's inherent items, its metadata and its `Display` and
/// `ErrorCode` impls.
pub fn code_impls(params: &Params) -> TokenStream {
    let family = params.family;
    let code = &params.code;
    let krate = &params.krate;
    let code_copy_impls = copy_impls(code);

    // The codes' order, texts and statuses as arrays indexed by variant, so
    // that `as_str` and `status` link these alone, not every row's metadata.
    let all = params.emit.list(params.rows(), |out, row| {
        write!(out, "Self::{}", row.variant)
    });
    let texts = params
        .emit
        .list(params.rows(), |out, row| emit::str_lit(out, &row.code.text));
    let names = params.emit.list(params.rows(), |out, row| {
        emit::str_lit(out, &row.variant_text)
    });
    let phrases = params.emit.list(params.rows(), |out, row| {
        emit::str_lit(out, row.phrase().unwrap_or(""))
    });
    let mut statuses = Vec::new();
    for row in params.rows() {
        metadata::number(&mut statuses, usize::from(row.status.value));
    }
    let statuses = Literal::byte_string(&statuses);
    let row_count = params.rows().count();
    let family_meta = metadata::family(params);
    // Variants are numbered from 0 in table order: every table but the
    // last checks whether the index falls in its rows; the last takes the
    // rest.
    let mut start = 0;
    let mut row_branches = Vec::new();
    let last = family.tables.len().saturating_sub(1);
    for (t, table) in family.tables.iter().enumerate().take(last) {
        let end = start + table.rows.len();
        let index = offset(start);
        row_branches.push(quote!(if __index < #end { return &__tables[#t].rows[#index]; }));
        start = end;
    }
    let last_index = offset(start);

    quote! {
        #[allow(deprecated)]
        impl #code {
            /// Every code, in table order.
            pub const ALL: &'static [Self] = &[#all];

            /// The tables this family was declared from.
            pub const FAMILY: &'static #krate::Family = #family_meta;

            /// This code's row: every column the docs give for it.
            pub const fn row(self) -> &'static #krate::Row {
                let __index = self as ::core::primitive::usize;
                let __tables = Self::FAMILY.tables;
                #(#row_branches)*
                &__tables[#last].rows[#last_index]
            }

            /// The code as documented (a templated code keeps its placeholder).
            pub const fn as_str(self) -> &'static ::core::primitive::str {
                <Self as #krate::__private::Texts>::CODES[self as ::core::primitive::usize]
            }

            /// The documented HTTP status.
            pub const fn status(self) -> #krate::__private::StatusCode {
                const STATUSES: &[#krate::__private::StatusCode] =
                    &#krate::__private::meta::statuses::<#row_count>(#statuses);
                STATUSES[self as ::core::primitive::usize]
            }

            /// The documented message template.
            pub const fn message_template(self) -> &'static ::core::primitive::str {
                self.row().message.text
            }

            /// The documented description, empty where the docs give none.
            pub const fn description(self) -> &'static ::core::primitive::str {
                self.row().description
            }

            /// Whether, and how, a caller may retry: each variant's docs say.
            pub const fn retry(self) -> #krate::Retry {
                self.row().retry
            }

            /// Whether a caller may retry at all.
            pub const fn is_retryable(self) -> ::core::primitive::bool {
                self.row().retryable
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #code {
            fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __out.write_str(self.as_str())
            }
        }

        // What `#[derive]` would write for a fieldless enum, compared and
        // hashed by its index (table order); `Debug` writes the variant's name.
        #[automatically_derived]
        impl ::core::fmt::Debug for #code {
            fn fmt(&self, __out: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __out.write_str(<Self as #krate::__private::Texts>::NAMES[*self as ::core::primitive::usize])
            }
        }

        #[automatically_derived]
        impl #krate::__private::Texts for #code {
            const CODES: &'static [&'static ::core::primitive::str] = &[#texts];
            const NAMES: &'static [&'static ::core::primitive::str] = &[#names];
            const PHRASES: &'static [&'static ::core::primitive::str] = &[#phrases];
        }

        #code_copy_impls

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #code {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for #code {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                let (__a, __b) = (*self as ::core::primitive::usize, *other as ::core::primitive::usize);
                ::core::cmp::Ord::cmp(&__a, &__b)
            }
        }

        #[automatically_derived]
        impl ::core::hash::Hash for #code {
            #[inline]
            fn hash<__H: ::core::hash::Hasher>(&self, __state: &mut __H) {
                ::core::hash::Hasher::write_usize(__state, *self as ::core::primitive::usize)
            }
        }

        #[automatically_derived]
        impl #krate::ErrorCode for #code {
            const FAMILY: &'static #krate::Family = #code::FAMILY;
            const ALL: &'static [Self] = #code::ALL;

            fn row(self) -> &'static #krate::Row {
                #code::row(self)
            }
        }
    }
}

/// `__index` less the index of a table's first row.
fn offset(start: usize) -> TokenStream {
    if start == 0 {
        quote!(__index)
    } else {
        quote!(__index - #start)
    }
}
