//! Generates a checked [`Family`]: one file per kind of item emitted.
//!
//! - `enums`: the error enum and the code enum;
//! - `error_impls`: the error's accessors, `wire_code`, `ErrorFamily`;
//! - `display`: `Display`, `Debug` and `PartialEq` of a family with fields;
//! - `from_fields`: an error built back from its fields' texts;
//! - `code_impls`: the code enum's accessors and traits;
//! - `metadata`: the tables' metadata, `FAMILY`, as packed data;
//! - `from_str`: reading a code back;
//! - `features`: the `serde` and `axum` impls;
//! - `common`: what they share (patterns and bindings), a leaf.
//!
//! No file here imports this one: the pipeline below is the only caller
//! of each emitter.

mod code_impls;
mod common;
mod display;
mod enums;
mod error_impls;
mod features;
mod from_fields;
mod from_str;
mod metadata;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Family;
use crate::docs;
use crate::emit::Lexer;
use crate::params::Params;

pub use enums::{code_enum, error_enum};

/// Every item of the family.
pub fn expand(family: &Family, lexer: Lexer) -> TokenStream {
    let params = Params::new(family, lexer);
    let row_docs = docs::rows(&params);
    let error_enum = error_enum(&params, &row_docs);
    let code_enum = code_enum(&params, &docs::code_rows(&params));
    let error_impls = error_impls::error_impls(&params);
    let code_impls = code_impls::code_impls(&params);
    let from_str_impl = from_str::from_str_impl(&params);
    let feature_impls = features::impls(&params);
    // A table declared from a document file: the build reads the file, so
    // that a change to it expands the family again.
    let sources = family.tables.iter().filter_map(|table| {
        let (path, span) = table.source.as_ref()?;
        Some(quote::quote_spanned! {*span=>
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
        })
    });
    quote! {
        #(#sources)*
        #error_enum
        #code_enum
        #error_impls
        #code_impls
        #from_str_impl
        #feature_impls
    }
}
