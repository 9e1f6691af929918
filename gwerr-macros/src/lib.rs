//! The `error_table!` macro of [gwerr]: an error-code table written like its
//! documentation, expanded into a typed error enum, a code enum and the
//! table's metadata. Use it through `gwerr_core::error_table!`, whose
//! documentation describes the syntax; the pipeline itself is the
//! `gwerr-codegen` crate.
//!
//! [gwerr]: https://github.com/gwerr/gwerr

#![forbid(unsafe_code)]

use proc_macro::TokenStream;

/// The engine of `gwerr_core::error_table!`, which documents the syntax and
/// is the macro to use: it passes its own crate path as a first `( ... )`
/// group, which this macro takes as the default `crate = ...`.
#[proc_macro]
pub fn error_table(input: TokenStream) -> TokenStream {
    gwerr_codegen::expand_with(input.into(), lex).into()
}

/// Not public API: the tables of a family as Markdown, a string literal,
/// for the error enum's `#[cfg_attr(doc, doc = ...)]`: expanded only when
/// rustdoc documents the crate.
#[doc(hidden)]
#[proc_macro]
pub fn tables(input: TokenStream) -> TokenStream {
    gwerr_codegen::tables(input.into()).into()
}

/// The compiler's lexer, without `proc_macro2`'s check of the text with
/// its own lexer first: that check, unoptimised as cargo builds proc macros
/// for `cargo check`, cost more than building the tokens one by one. The
/// text is the expansion's own (names, numbers and escaped literals).
fn lex(text: &str) -> Option<proc_macro2::TokenStream> {
    text.parse::<TokenStream>().ok().map(Into::into)
}
