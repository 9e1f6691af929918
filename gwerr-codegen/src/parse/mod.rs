//! The grammar of `error_table!`: the family's outer shape here, its
//! options in `options.rs`, tables and rows in `rows.rs`, cells in
//! `cells.rs`. Rules that concern one cell are checked while parsing; rules
//! that look across rows live in `check.rs`.

mod cells;
mod options;
mod rows;

use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};
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
    let input = tokens.clone();
    let (tokens, mut bodies) = hollow(tokens);
    let parser = |stream: ParseStream| parse_family(stream, &mut bodies, input, cx);
    parser.parse2(tokens)
}

/// The bodies of the tables, taken out of the input before syn reads it:
/// syn copies every token of its input into a buffer first, and the rows
/// are most of a table's tokens, which `rows.rs` splits without syn. Each
/// body is replaced by its number, as a literal, inside its braces;
/// `None` once taken.
pub struct Bodies(Vec<Option<TokenStream>>);

impl Bodies {
    /// The body whose number is what `body` holds, if it does.
    fn take(&mut self, body: ParseStream) -> Option<TokenStream> {
        let index = body
            .step(|cursor| match cursor.literal() {
                Some((literal, rest)) if rest.eof() => Ok((literal.to_string(), rest)),
                _ => Err(cursor.error("not a table's number")),
            })
            .ok()?;
        let index: usize = index.parse().ok()?;
        self.0.get_mut(index)?.take()
    }
}

/// Takes out the body of every table (the `{ ... }` after `table`, one
/// token (the title, a literal, or an invisible group around one) and an
/// optional `( ... )`) in the family's braces: more than the parser reads
/// as tables, so that a body the parser reads is a number. A group rebuilt around new tokens has one
/// span for both its delimiters; it is given its closing one's, where the
/// parser reports a missing token at the end of the group.
fn hollow(tokens: TokenStream) -> (TokenStream, Bodies) {
    let mut bodies = Vec::new();
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    if let Some(TokenTree::Group(family)) = trees.iter_mut().find(
        |tree| matches!(tree, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace),
    ) {
        let mut items: Vec<TokenTree> = family.stream().into_iter().collect();
        let mut at = 0;
        while at + 2 < items.len() {
            let head = matches!(&items[at], TokenTree::Ident(ident) if ident == "table");
            if !head {
                at += 1;
                continue;
            }
            let mut body = at + 2;
            if matches!(&items[body], TokenTree::Group(group) if group.delimiter() == Delimiter::Parenthesis)
            {
                body += 1;
            }
            if let Some(TokenTree::Group(group)) = items.get_mut(body) {
                if group.delimiter() == Delimiter::Brace {
                    let number = Literal::usize_unsuffixed(bodies.len());
                    bodies.push(Some(group.stream()));
                    let mut hollow =
                        Group::new(Delimiter::Brace, TokenTree::Literal(number).into());
                    hollow.set_span(group.span_close());
                    *group = hollow;
                }
            }
            at = body + 1;
        }
        let mut hollow = Group::new(Delimiter::Brace, items.into_iter().collect());
        hollow.set_span(family.span_close());
        *family = hollow;
    }
    (trees.into_iter().collect(), Bodies(bodies))
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
            match rows::parse_table_head(&content, bodies, cx) {
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

/// Replaces syn's list of expected tokens with what the option takes.
fn hint<T>(result: syn::Result<T>, message: &str) -> syn::Result<T> {
    // ui: malformed-option-values
    result.map_err(|error| syn::Error::new(error.span(), message))
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
