//! What the grammar's files share: the `table` and `from` keywords, and how an
//! option's error says what it takes.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};

pub mod kw {
    syn::custom_keyword!(table);
    syn::custom_keyword!(from);
}

/// Replaces syn's list of expected tokens with what the option takes.
pub fn hint<T>(result: syn::Result<T>, message: &str) -> syn::Result<T> {
    // ui: malformed-option-values
    result.map_err(|error| syn::Error::new(error.span(), message))
}

/// Parses tokens cut out of the table (a cell, a type) as `parser` does,
/// all of them, with `end` as where their input ends: an error at the end
/// ("unexpected end of input") points at `end`, the last token read, not at
/// the call site, where a cut-out stream's end would put it.
pub fn parse_scoped<T>(
    parser: impl FnOnce(ParseStream) -> syn::Result<T>,
    tokens: TokenStream,
    end: Span,
) -> syn::Result<T> {
    // The parser reads the inside of a group whose closing delimiter is at
    // `end`: syn reports an error at the end of a group's content there.
    // ui: cell-ends-early
    let mut group = Group::new(Delimiter::Parenthesis, tokens);
    group.set_span(end);
    let scoped = |input: ParseStream| {
        let content;
        syn::parenthesized!(content in input);
        let value = parser(&content)?;
        if !content.is_empty() {
            return Err(content.error("unexpected token"));
        }
        Ok(value)
    };
    scoped.parse2(TokenStream::from(TokenTree::Group(group)))
}
