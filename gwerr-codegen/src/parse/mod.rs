//! The grammar of `error_table!`: the family's outer shape here, its
//! options in `options.rs`, tables and rows in `rows.rs`, cells in
//! `cells.rs`. Rules that concern one cell are checked while parsing; rules
//! that look across rows live in `check.rs`.

mod cells;
mod options;
mod rows;

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Token, Visibility};

use crate::attr::Attr;

use crate::ast::{Family, Options};
use crate::ctxt::Ctxt;
use crate::template::Syntaxes;

mod kw {
    syn::custom_keyword!(table);
}

/// Parses a family, recording what is wrong in `cx`. `Err` only for input so
/// broken that no model can be built (the outer structure).
pub fn parse(tokens: TokenStream, cx: &Ctxt) -> syn::Result<Family> {
    let parser = |input: ParseStream| parse_family(input, cx);
    parser.parse2(tokens)
}

fn parse_family(input: ParseStream, cx: &Ctxt) -> syn::Result<Family> {
    let attrs = input.call(Attr::parse_outer)?;
    let vis: Visibility = input.parse()?;
    input.parse::<Token![enum]>()?;
    let ident: Ident = input.parse()?;
    let content;
    syn::braced!(content in input);

    // A mistake in an option or a table is recorded, and reading goes on
    // after it (at the next `;`, or after the table's body), so that one
    // compile shows every mistake.
    let mut options = Options::default();
    let mut pending_tables = Vec::new();
    while !content.is_empty() {
        let attrs = match content.call(Attr::parse_outer) {
            Ok(attrs) => attrs,
            Err(error) => {
                cx.syn_error(error);
                skip_item(&content, false);
                continue;
            }
        };
        if content.peek(kw::table) {
            match rows::parse_table_head(&content, cx) {
                Ok(head) => pending_tables.push((attrs, head)),
                Err(error) => {
                    cx.syn_error(error);
                    skip_item(&content, true);
                }
            }
        } else if let Err(error) = options::parse_option(&content, attrs, &mut options, cx) {
            cx.syn_error(error);
            skip_item(&content, false);
        }
    }

    let syntaxes = options
        .placeholders
        .as_ref()
        .map_or(Syntaxes::ALL, |(syntaxes, _)| *syntaxes);
    let mut tables = Vec::new();
    for (attrs, head) in pending_tables {
        let message = options.message.as_ref().map(|(title, _)| title.as_str());
        tables.push(rows::build_table(attrs, head, syntaxes, message, cx));
    }
    if tables.is_empty() {
        // ui: family-without-tables
        cx.error_at(
            ident.span(),
            "a family needs at least one table; add `table \"Title\" { | Error code | HTTP status code | ... | }`",
        );
    }

    Ok(Family {
        attrs,
        vis,
        ident,
        options,
        tables,
        default_crate: None,
        features: None,
    })
}

/// Skips what is left of a broken option (through the next `;`) or table
/// (through its braced body), stopping before the next `table`.
fn skip_item(input: ParseStream, table: bool) {
    while !input.is_empty() && !input.peek(kw::table) {
        if input.peek(Token![;]) {
            let _ = input.parse::<Token![;]>();
            return;
        }
        let body = table && input.peek(syn::token::Brace);
        if input.parse::<proc_macro2::TokenTree>().is_err() || body {
            return;
        }
    }
}

/// Replaces syn's list of expected tokens with what the option takes.
fn hint<T>(result: syn::Result<T>, message: &str) -> syn::Result<T> {
    // ui: malformed-option-values
    result.map_err(|error| syn::Error::new(error.span(), message))
}
