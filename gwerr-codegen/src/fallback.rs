//! What is emitted next to the errors when a family has any: the two enums
//! with every variant that could be read, so that the user's code using
//! them does not drown in follow-on errors about missing items.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Family;
use crate::check;
use crate::docs;
use crate::expand::{code_enum, error_enum};
use crate::params::Params;

pub fn expand(family: &Family) -> TokenStream {
    let params = Params::new(family);
    // Names that clash add errors of their own: such a family gets no
    // stand-in.
    let code_is_error = params.code == family.ident;
    if code_is_error
        || params.rows().any(check::clashes_with_generated)
        || has_duplicate_variants(&params)
    {
        return TokenStream::new();
    }
    let row_docs = docs::rows(&params);
    let error_enum = error_enum(&params, &row_docs);
    let code_enum = code_enum(&params, &row_docs);
    let ident = &family.ident;
    let code = &params.code;
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
fn has_duplicate_variants(params: &Params) -> bool {
    let mut seen = std::collections::HashSet::new();
    params
        .rows()
        .any(|row| !seen.insert(crate::naming::unraw(&row.variant)))
}
