//! The grammar of `error_table!`: the family's outer shape here, its
//! options in `options.rs`, tables and rows in `rows.rs`, cells in
//! `cells.rs`. Rules that concern one cell are checked while parsing; rules
//! that look across rows live in `check.rs`.

mod bodies;
mod cells;
#[cfg(test)]
mod equal_paths;
mod from_file;
mod header;
mod options;
mod rows;
mod syntax;

use proc_macro2::TokenStream;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Token, Visibility};

use crate::attr::Attr;

use crate::ast::{Family, Options};
use crate::ctxt::Ctxt;
use crate::template::Syntaxes;

use bodies::{hollow, Bodies};
use syntax::kw;
pub(crate) use syntax::parse_scoped;

/// Parses a family, recording what is wrong in `cx`. `Err` only for input so
/// broken that no model can be built (the outer structure).
pub fn parse(tokens: TokenStream, cx: &Ctxt) -> syn::Result<Family> {
    let input = tokens.clone();
    let (tokens, mut bodies) = hollow(tokens);
    let parser = |stream: ParseStream| parse_family(stream, &mut bodies, input, cx);
    parser.parse2(tokens)
}

fn parse_family(
    input: ParseStream,
    bodies: &mut Bodies,
    written: TokenStream,
    cx: &Ctxt,
) -> syn::Result<Family> {
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
            // A table from a file reads its columns' roles as the options
            // before it give them.
            match rows::parse_table_head(&content, bodies, &options.roles, cx) {
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
        .map_or(Syntaxes::DEFAULT, |(syntaxes, _)| *syntaxes);
    let mut tables = Vec::new();
    for (attrs, head) in pending_tables {
        let message = options.message.as_ref().map(|(title, _)| title.as_str());
        let camel = options.camel_variants.is_some();
        let roles = &options.roles;
        tables.push(rows::build_table(
            attrs, head, syntaxes, message, roles, camel, cx,
        ));
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
        input: written,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Each table's title and codes, and the errors, of `family`.
    fn tables_of(family: &str) -> (Vec<(String, Vec<String>)>, Vec<String>) {
        let cx = Ctxt::new();
        let tables = match parse(family.parse().unwrap(), &cx) {
            Ok(family) => family
                .tables
                .iter()
                .map(|table| {
                    let codes = table.rows.iter().map(|row| row.code.text.clone());
                    (table.title.value(), codes.collect())
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        let errors = match cx.check() {
            Ok(()) => Vec::new(),
            Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
        };
        (tables, errors)
    }

    /// The bodies taken out before syn reads the input go back to their
    /// own tables, whichever tables the parser reads, skips or fails on,
    /// and whichever way a body's rows are split.
    #[test]
    fn each_table_reads_its_own_body() {
        let (tables, errors) = tables_of(
            r#"pub enum E {
                table 5 { | Code | Status | | X1 | 400 | }
                table "A" (4XX) { | Code | Status | | A1 | 400 | | A2 | 404 | }
                #[doc = "B"]
                table "B" {
                    | Code | Status |
                    #[deprecated]
                    | B1 | 409 |
                }
                table "C" { | Code | Status | | C1 | 400 | }
            }"#,
        );
        let names = |codes: &[&str]| codes.iter().map(|code| code.to_string()).collect();
        assert_eq!(
            tables,
            [
                ("A".to_owned(), names(&["A1", "A2"])),
                ("B".to_owned(), names(&["B1"])),
                ("C".to_owned(), names(&["C1"])),
            ]
        );
        assert_eq!(errors.len(), 1, "{errors:?}");
    }

    /// A row the plain split does not take (here, one not closed) is read
    /// by the parser, which reports it.
    #[test]
    fn a_broken_row_is_reported() {
        let (_, errors) = tables_of(r#"pub enum E { table "A" { | Code | Status | | A1 | 400 } }"#);
        assert_eq!(errors, ["this row is not closed; end it with `|`"]);
    }
}
