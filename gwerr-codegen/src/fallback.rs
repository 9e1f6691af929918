//! What is emitted next to the errors when a family has any: the two enums
//! with every variant that could be read, so that the user's code using
//! them does not drown in follow-on errors about missing items.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Family;
use crate::expand::{self, Names};

pub fn expand(family: &Family) -> TokenStream {
    let names = Names::new(family);
    if has_duplicate_variants(&names) {
        return TokenStream::new();
    }
    let error_enum = expand::error_enum(&names);
    let code_enum = expand::code_enum(&names);
    let ident = &family.ident;
    let code = &names.code;
    quote! {
        #error_enum
        #code_enum

        impl ::core::fmt::Display for #ident {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::unreachable!()
            }
        }

        impl ::std::error::Error for #ident {}

        impl #ident {
            #[allow(missing_docs)]
            pub const fn code(&self) -> #code {
                ::core::unreachable!()
            }
        }
    }
}

/// Two variants of one name would add an error of their own.
fn has_duplicate_variants(names: &Names) -> bool {
    let mut seen = std::collections::HashSet::new();
    names
        .rows()
        .any(|row| !seen.insert(row.variant.to_string()))
}
