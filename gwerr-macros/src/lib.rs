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

/// Declares a family of errors from tables written like their documentation.
///
/// See `gwerr_core::error_table!` for the syntax and an example.
#[proc_macro]
pub fn error_table(input: TokenStream) -> TokenStream {
    error_table_impl(input.into()).into()
}

/// The whole pipeline: model the input, check it, expand it. On error, the
/// errors of every table come out together, beside a stand-in of the enums.
fn error_table_impl(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let cx = ctxt::Ctxt::new();
    let family = match ast::parse(input, &cx) {
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
