//! The `error_table!` macro of [gwerr]: an error-code table written like its
//! documentation, expanded into a typed error enum, a code enum and the
//! table's metadata. Use it through `gwerr_core::error_table!`, whose
//! documentation describes the syntax.
//!
//! The pipeline is one file per stage: `ast` reads the tables (and checks
//! each cell), `template` cuts codes and messages at their placeholders,
//! `check` applies the rules that look across rows, `expand` and `docs`
//! generate the code, and `fallback` stands in for it when there are errors.
//!
//! [gwerr]: https://github.com/gwerr/gwerr

#![forbid(unsafe_code)]

mod ast;
mod case;
mod check;
mod ctxt;
mod docs;
mod expand;
mod fallback;
mod template;

use proc_macro::TokenStream;

/// The engine of `gwerr_core::error_table!`, which documents the syntax and
/// is the macro to use: it passes its own crate path as a first `( ... )`
/// group, which this macro takes as the default `crate = ...`.
#[proc_macro]
pub fn error_table(input: TokenStream) -> TokenStream {
    error_table_impl(input.into()).into()
}

/// The whole pipeline: model the input, check it, expand it. On error, the
/// errors of every table come out together, beside a stand-in of the enums.
fn error_table_impl(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let (default_crate, input) = split_crate_path(input);
    let cx = ctxt::Ctxt::new();
    let mut family = match ast::parse(input, &cx) {
        Ok(family) => family,
        Err(syntax) => {
            let errors = match cx.check() {
                Ok(()) => syntax,
                Err(mut earlier) => {
                    earlier.combine(syntax);
                    earlier
                }
            };
            return errors.to_compile_error();
        }
    };
    family.default_crate = default_crate;
    check::check(&family, &cx);
    match cx.check() {
        Ok(()) => expand::expand(&family),
        Err(errors) => {
            let mut out = errors.to_compile_error();
            out.extend(fallback::expand(&family));
            out
        }
    }
}

/// Takes the `($crate)` group that `gwerr_core::error_table!` puts first.
fn split_crate_path(
    input: proc_macro2::TokenStream,
) -> (Option<proc_macro2::TokenStream>, proc_macro2::TokenStream) {
    use proc_macro2::{Delimiter, TokenTree};
    let mut tokens = input.clone().into_iter();
    match tokens.next() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
            (Some(group.stream()), tokens.collect())
        }
        _ => (None, input),
    }
}
