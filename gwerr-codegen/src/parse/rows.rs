//! Tables: the head (`table "Title" (4XX) { ... }`), the split into rows
//! between pipes, the header row and each row's cells.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

use crate::attr::Attr;

use super::cells::{parse_code_cell, parse_status_cell, parse_text_cell, plain_text};
use super::kw;
use super::options::parse_classes;
use crate::ast::{Column, ColumnKind, Row, Table};
use crate::ctxt::Ctxt;
use crate::naming;
use crate::retry;
use crate::template::Syntaxes;

/// A table as split from its tokens, before its cells are read.
pub struct TableHead {
    title: LitStr,
    /// The tokens inside `( )`, read once a context is at hand.
    classes: Option<TokenStream>,
    rows: Vec<RawRow>,
}

/// A row as split from the tokens: its attributes, the span of its opening
/// `|`, and its cells, each with the span of the `|` before it.
struct RawRow {
    attrs: Vec<Attr>,
    tokens: TokenStream,
    cells: Vec<(Span, TokenStream)>,
}

pub fn parse_table_head(input: ParseStream) -> syn::Result<TableHead> {
    input.parse::<kw::table>()?;
    let title: LitStr = input.parse()?;
    let classes = if input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in input);
        Some(content.parse::<TokenStream>()?)
    } else {
        None
    };
    let body;
    syn::braced!(body in input);
    let rows = split_rows(&body)?;
    Ok(TableHead {
        title,
        classes,
        rows,
    })
}

/// Splits a table body into rows. A row opens with `|` and closes with `|`;
/// the next row opens right after, so two pipes in a row (`| |`) separate
/// rows and no cell count is needed to find where a row ends.
fn split_rows(input: ParseStream) -> syn::Result<Vec<RawRow>> {
    let mut rows = Vec::new();
    while !input.is_empty() {
        let attrs = input.call(Attr::parse_outer)?;
        let mut tokens = TokenStream::new();
        let open: Token![|] = input.parse().map_err(|e| {
            // ui: row-must-open-with-pipe
            syn::Error::new(
                e.span(),
                "expected `|`: each row opens and closes with `|`, like `| I400HD | 400 | \"...\" |`",
            )
        })?;
        // `| a | b |  |` closes the row after `b |`: the lone `|` left over,
        // followed by the next row's `|` or by nothing, is an empty last
        // cell of that row (and reported as such), not a row of its own.
        let lone = input.is_empty() || input.peek(Token![|]) || input.peek(Token![#]);
        if let (true, true, Some(previous)) = (lone, attrs.is_empty(), rows.last_mut()) {
            let previous: &mut RawRow = previous;
            previous.cells.push((open.span, TokenStream::new()));
            continue;
        }
        open.to_tokens(&mut tokens);
        let mut cells = Vec::new();
        let mut pipe = open.span;
        loop {
            let mut cell = TokenStream::new();
            while !input.is_empty() && !input.peek(Token![|]) {
                let tt: TokenTree = input.parse()?;
                tokens.extend(std::iter::once(tt.clone()));
                cell.extend(std::iter::once(tt));
            }
            if input.is_empty() {
                if !cell.is_empty() {
                    // ui: row-not-closed
                    return Err(syn::Error::new_spanned(
                        cell,
                        "this row is not closed; end it with `|`",
                    ));
                }
                break;
            }
            let close: Token![|] = input.parse()?;
            close.to_tokens(&mut tokens);
            cells.push((pipe, cell));
            pipe = close.span;
            if input.is_empty() || input.peek(Token![|]) || input.peek(Token![#]) {
                break;
            }
        }
        rows.push(RawRow {
            attrs,
            tokens,
            cells,
        });
    }
    Ok(rows)
}

pub fn build_table(docs: Vec<Attr>, head: TableHead, syntaxes: Syntaxes, cx: &Ctxt) -> Table {
    for attr in &docs {
        if !attr.is("doc") {
            // ui: table-attribute
            cx.error_spanned_by(attr, "a table accepts only doc comments");
        }
    }
    let classes = head.classes.and_then(|classes| {
        let parser = |input: ParseStream| parse_classes(input, cx);
        match parser.parse2(classes) {
            Ok(classes) => Some(classes),
            Err(err) => {
                cx.syn_error(err);
                None
            }
        }
    });

    let mut raw_rows = head.rows.into_iter();
    let columns = match raw_rows.next() {
        Some(header) => parse_header(header, cx),
        None => {
            // ui: table-without-header
            cx.error_spanned_by(
                &head.title,
                "this table has no header row; start it with `| Error code | HTTP status code | ... |`",
            );
            Vec::new()
        }
    };
    let mut rows = Vec::new();
    let mut seen_row = false;
    let mut incomplete = columns.is_empty();
    for (index, raw) in raw_rows.enumerate() {
        seen_row = true;
        if columns.is_empty() {
            continue;
        }
        match parse_row(raw, index + 1, &columns, syntaxes, cx) {
            Some(row) => rows.push(row),
            None => incomplete = true,
        }
    }
    if !seen_row && !columns.is_empty() {
        // ui: table-without-rows
        cx.error_spanned_by(&head.title, "this table has a header but no rows");
    }

    Table {
        docs,
        title: head.title,
        classes,
        columns,
        rows,
        incomplete,
    }
}

fn parse_header(header: RawRow, cx: &Ctxt) -> Vec<Column> {
    for attr in &header.attrs {
        // ui: header-attribute
        cx.error_spanned_by(attr, "the header row takes no attributes");
    }
    let mut columns: Vec<Column> = Vec::new();
    let mut ok = true;
    for (pipe, cell) in header.cells {
        let title = (|input: ParseStream| {
            if input.peek(LitStr) {
                return Ok(input.parse::<LitStr>()?.value());
            }
            let mut words = vec![Ident::parse_any(input)?.to_string()];
            while !input.is_empty() {
                words.push(Ident::parse_any(input)?.to_string());
            }
            Ok(words.join(" "))
        })
        .parse2(cell.clone());
        let title = match title {
            Ok(title) => title,
            Err(_) if cell.is_empty() => {
                // ui: empty-column-title
                cx.error_at(pipe, "empty column title");
                ok = false;
                continue;
            }
            Err(_) => {
                // ui: row-not-opened
                cx.error_spanned_by(
                    &cell,
                    "a column title is words, like `HTTP status code`, or a string literal; if this cell belongs to a row, open the row with `|`",
                );
                ok = false;
                break;
            }
        };
        let Some(kind) = ColumnKind::from_title(&title) else {
            // ui: unknown-column
            cx.error_spanned_by(
                &cell,
                format!("unknown column `{title}`; expected `Error code`, `HTTP status code` (or `Status code`), `Message` (or `Error message`), `Description`, `Solution` (or `Suggestion`) or `Scenario`"),
            );
            ok = false;
            continue;
        };
        if let Some(first) = columns.iter().find(|c| c.kind == kind) {
            // ui: duplicate-column
            cx.error_spanned_by(
                &cell,
                format!(
                    "column `{title}` holds the same thing as column `{}`",
                    first.title
                ),
            );
            ok = false;
            continue;
        }
        columns.push(Column { kind, title });
    }
    for (kind, title) in [
        (ColumnKind::Code, "Error code"),
        (ColumnKind::Status, "HTTP status code"),
    ] {
        if ok && !columns.iter().any(|c| c.kind == kind) {
            // ui: missing-required-column
            cx.error_spanned_by(
                &header.tokens,
                format!("the header has no `{title}` column, which every table needs"),
            );
            ok = false;
        }
    }
    if ok {
        columns
    } else {
        Vec::new()
    }
}

fn parse_row(
    raw: RawRow,
    number: usize,
    columns: &[Column],
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> Option<Row> {
    let mut ok = true;
    for attr in &raw.attrs {
        if !(attr.is("doc") || attr.is("deprecated") || retry::is_retry(attr)) {
            // ui: row-attribute
            cx.error_spanned_by(
                attr,
                "a row accepts only doc comments, `#[deprecated]` and `#[retry(...)]`",
            );
            ok = false;
        }
    }
    if raw.cells.len() != columns.len() {
        let titles: Vec<&str> = columns.iter().map(|c| c.title.as_str()).collect();
        // ui: row-cell-count
        cx.error_spanned_by(
            &raw.tokens,
            format!(
                "this row has {} cells but the header has {} (`{} |`); write an empty text as `\"\"`",
                raw.cells.len(),
                columns.len(),
                titles.join(" | "),
            ),
        );
        return None;
    }

    let mut code = None;
    let mut status = None;
    let mut message = None;
    let mut description = String::new();
    let mut solution = String::new();
    let mut scenario = String::new();
    for (column, (pipe, cell)) in columns.iter().zip(raw.cells) {
        if cell.is_empty() {
            // ui: empty-cell
            cx.error_at(
                pipe,
                format!(
                    "empty `{}` cell; write an empty text as `\"\"`",
                    column.title
                ),
            );
            ok = false;
            continue;
        }
        let parsed = match column.kind {
            ColumnKind::Code => (|input: ParseStream| parse_code_cell(input, syntaxes, cx))
                .parse2(cell)
                .map(|c| code = c),
            ColumnKind::Status => parse_status_cell.parse2(cell).map(|s| status = Some(s)),
            ColumnKind::Message => (|input: ParseStream| parse_text_cell(input, syntaxes, cx))
                .parse2(cell)
                .map(|m| message = m),
            ColumnKind::Description => plain_text.parse2(cell).map(|d| description = d.value()),
            ColumnKind::Solution => plain_text.parse2(cell).map(|s| solution = s.value()),
            ColumnKind::Scenario => plain_text.parse2(cell).map(|s| scenario = s.value()),
        };
        if let Err(err) = parsed {
            cx.syn_error(err);
            ok = false;
        }
    }
    let (Some(code), Some(status), true) = (code, status, ok) else {
        return None;
    };
    if columns.iter().any(|c| c.kind == ColumnKind::Message) && message.is_none() {
        return None;
    }
    let retry = retry::of_row(&raw.attrs, status.value, cx)?;

    let variant = match &code.rename {
        Some(ident) => ident.clone(),
        None => match naming::derive_variant(&code) {
            Some(ident) => ident,
            None => {
                // ui: no-variant-name
                cx.error_spanned_by(
                    &code.original,
                    format!(
                        "no variant name can be made from the code `{}`; name the row with `as Name`",
                        code.text
                    ),
                );
                return None;
            }
        },
    };
    let derived_name = code.rename.is_none();

    let mut row = Row {
        attrs: raw.attrs,
        number,
        code,
        status,
        message,
        description,
        solution,
        scenario,
        variant,
        derived_name,
        fields: Vec::new(),
        retry,
    };
    row.fields = naming::fields_of(&row, cx)?;
    Some(row)
}
