//! The pipeline behind `error_table!`, as a library: tokens in, tokens
//! out. The proc macro `gwerr-macros` calls [`expand`]; so do the fuzz
//! targets and the benchmarks, which cannot call into a proc-macro crate.
//! Use the macro through `gwerr_core::error_table!`, whose documentation
//! describes the syntax.
//!
//! One file per stage. Model: `ast` (the crate's model of a family),
//! `attr` (attributes and types kept as tokens), `template` (codes and
//! messages cut at their placeholders). Parse: `parse/` (the grammar,
//! checking each cell), `reason` (statuses' reason phrases), `naming` and
//! `case` (variant and field names), `suggest` ("did you mean"), `retry`
//! (what a row says about retrying). Validate: `check` (the rules that look
//! across rows), with `ctxt` collecting every error. Expand: `params` (the
//! context every emitter shares), `source` (the expansion written as text,
//! the table's tokens spliced in), `expand` (the enums and their impls),
//! `lookup` and `hash` (reading a code back), `docs` (rustdoc from the
//! table), and `fallback` (the stand-in emitted beside errors: the real
//! expansion of the rows that can stand).

#![forbid(unsafe_code)]

mod aliases;
mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
// The document reader, shared with gwerr-core, whose writers alone use
// `line` and `markdown_line`.
#[allow(dead_code)]
mod doc_tables;
mod docs;
mod emit;
mod expand;
mod fallback;
mod format;
mod hash;
mod map;
mod naming;
mod overlaps;
mod params;
mod parse;
mod reason;
mod retry;
mod suggest;
mod template;

use proc_macro2::TokenStream;

/// Not public API: the perfect hash, for the test that holds it equal to
/// the run time's copy in `gwerr_core::__private`, and the pipeline's first
/// two stages alone, for the tests that time them.
#[doc(hidden)]
pub mod __private {
    pub use crate::format::word;
    pub use crate::hash::{build, lookup, PerfectHash};

    /// Models and validates a family without expanding it: its errors, all
    /// of them together.
    pub fn validate(input: proc_macro2::TokenStream) -> syn::Result<()> {
        crate::checked(input).map(drop)
    }

    /// Validates every invocation `macro_name! { ... }` of a source text
    /// (what `document::import` and `document::patch` write): the errors
    /// of all of them, in order, or the lexer's error.
    pub fn validate_source(
        source: &str,
        macro_name: &str,
    ) -> Result<Vec<syn::Error>, proc_macro2::LexError> {
        use proc_macro2::TokenTree;
        let tokens: Vec<TokenTree> = source
            .parse::<proc_macro2::TokenStream>()?
            .into_iter()
            .collect();
        let mut errors = Vec::new();
        for window in tokens.windows(3) {
            if let [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(body)] = window
            {
                if name == macro_name && bang.as_char() == '!' {
                    if let Err(refused) = validate(body.stream()) {
                        errors.extend(refused);
                    }
                }
            }
        }
        Ok(errors)
    }
}

/// The family modelled and checked: the model, or every error together.
fn checked(input: TokenStream) -> syn::Result<ast::Family> {
    let cx = ctxt::Ctxt::new();
    let parsed = parse::parse(input, &cx);
    if let Ok(family) = &parsed {
        check::check(family, &cx);
    }
    match (parsed, cx.check()) {
        (Err(mut syntax), Err(earlier)) => {
            syntax.combine(earlier);
            Err(syntax)
        }
        (Err(error), Ok(())) | (Ok(_), Err(error)) => Err(error),
        (Ok(family), Ok(())) => Ok(family),
    }
}

/// The tables of a family (the invocation without its leading `( path )`
/// group) as Markdown, one string literal: what the error enum's
/// `#[cfg_attr(doc, doc = ...)]` reads through `gwerr_core`'s
/// `__private::tables!`, so that only rustdoc renders them. A family with
/// errors gives its errors, which `expand` reports too.
pub fn tables(input: TokenStream) -> TokenStream {
    match checked(input) {
        Ok(family) => {
            let tables = proc_macro2::Literal::string(&docs::family_tables(&family));
            proc_macro2::TokenTree::Literal(tables).into()
        }
        Err(errors) => errors.to_compile_error(),
    }
}

/// Expands an `error_table!` invocation: model the input, check it, expand
/// it. The input may start with a `( path )` group, the path of
/// `gwerr_core` as its `error_table!` passes it. Never panics: a family
/// with errors expands to its compile errors, all of them together, beside
/// a stand-in of its enums.
pub fn expand(input: TokenStream) -> TokenStream {
    expand_with(input, lex)
}

pub use emit::{lex, Lexer};

/// [`expand`], reading the text the expansion writes with `lexer`.
pub fn expand_with(input: TokenStream, lexer: Lexer) -> TokenStream {
    let (default_crate, features, input) = split_crate_path(input);
    let cx = ctxt::Ctxt::new();
    let mut family = match parse::parse(input, &cx) {
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
    family.features = features;
    check::check(&family, &cx);
    match cx.check() {
        Ok(()) => expand::expand(&family, lexer),
        Err(errors) => {
            let mut out = errors.to_compile_error();
            out.extend(fallback::expand(&mut family, lexer));
            out
        }
    }
}

/// Takes the `($crate; features)` group that `gwerr_core::error_table!`
/// puts first: its path, and the features it was built with (`None` for
/// a group without `;`).
fn split_crate_path(
    input: TokenStream,
) -> (Option<TokenStream>, Option<ast::Features>, TokenStream) {
    use proc_macro2::{Delimiter, TokenTree};
    let mut tokens = input.clone().into_iter();
    let group = match tokens.next() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => group,
        _ => return (None, None, input),
    };
    let mut path = TokenStream::new();
    let mut features = None;
    for token in group.stream() {
        match (&token, &mut features) {
            (TokenTree::Punct(punct), None) if punct.as_char() == ';' => {
                features = Some(ast::Features::default());
            }
            (_, None) => path.extend(std::iter::once(token)),
            (TokenTree::Ident(name), Some(features)) if name == "serde" => features.serde = true,
            (TokenTree::Ident(name), Some(features)) if name == "axum" => features.axum = true,
            (TokenTree::Ident(name), Some(features)) if name == "miette" => {
                features.miette = true;
            }
            (TokenTree::Ident(name), Some(features)) if name == "badges" => {
                features.badges = true;
            }
            // A feature this version does not know adds nothing.
            (_, Some(_)) => {}
        }
    }
    (Some(path), features, tokens.collect())
}
