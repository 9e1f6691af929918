//! A table declared from the vendor's document file, `table "Title" from
//! "errors.md" { annotations }`: the file's table is read as published
//! (plain layout or Markdown), its cells become the rows' cells, and the
//! annotations give what the document lacks (variant names, retry kinds,
//! deprecations, aliases), each naming its row by code.

use proc_macro2::{Delimiter, Group, Literal, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, LitStr, Token};

use super::rows::RawRow;
use crate::ast::ColumnKind;
use crate::attr::Attr;
use crate::ctxt::Ctxt;
use crate::doc_tables::{self, DocTable};

/// The rows of the table titled `title` in the file at `path` (relative to
/// the crate's `Cargo.toml`), with `annotations` applied, and the file's
/// absolute path, for the build to track; `None` when the file or its
/// table cannot be read, or an annotation names no row (reported). `end`
/// is the table body's closing brace, where an error at its end points.
pub(super) fn rows(
    path: &LitStr,
    title: &LitStr,
    annotations: TokenStream,
    end: proc_macro2::Span,
    roles: &[(String, ColumnKind)],
    cx: &Ctxt,
) -> Option<(Vec<RawRow>, String)> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let full = std::path::Path::new(&dir).join(path.value());
    let text = match std::fs::read_to_string(&full) {
        Ok(text) => text,
        Err(error) => {
            // ui: table-file-unreadable
            cx.error_spanned_by(
                path,
                format!(
                    "cannot read `{}`: {error}; the path is relative to the crate's `Cargo.toml`",
                    path.value()
                ),
            );
            return None;
        }
    };
    let tables = doc_tables::parse_any(&text);
    let wanted = title.value();
    let Some(table) = tables.iter().find(|table| table.title == wanted) else {
        let titles: Vec<String> = tables.iter().map(|t| format!("{:?}", t.title)).collect();
        // ui: table-file-unreadable
        cx.error_spanned_by(
            title,
            format!(
                "`{}` has no table titled {wanted:?}; its tables are titled {}",
                path.value(),
                if titles.is_empty() {
                    "nothing: it has no table".to_owned()
                } else {
                    titles.join(", ")
                }
            ),
        );
        return None;
    };
    let mut annotations = super::parse_scoped(parse_annotations, annotations, end)
        .map_err(|error| cx.syn_error(error))
        .ok()?;
    let span = path.span();
    let mut rows = vec![raw_row(Vec::new(), header_cells(table, span), span)];
    let kinds: Vec<Option<ColumnKind>> = table
        .header
        .iter()
        .map(|title| {
            let named = roles
                .iter()
                .find(|(named, _)| named.eq_ignore_ascii_case(title));
            named
                .map(|(_, kind)| *kind)
                .or_else(|| ColumnKind::from_title(title))
        })
        .collect();
    let code_at = kinds
        .iter()
        .position(|kind| *kind == Some(ColumnKind::Code));
    let mut used = vec![false; annotations.len()];
    let mut ok = true;
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for cells in &table.rows {
        let code = code_at
            .and_then(|at| cells.get(at))
            .map_or("", String::as_str);
        let nth = match seen.iter_mut().find(|(c, _)| *c == code) {
            Some((_, count)) => {
                *count += 1;
                *count
            }
            None => {
                seen.push((code, 1));
                1
            }
        };
        let found = annotations
            .iter()
            .position(|a| a.code == code && a.nth.is_none_or(|n| n == nth));
        let (attrs, rename) = match found {
            Some(index) if used[index] => {
                if nth == 2 {
                    // ui: table-file-annotation
                    cx.error_spanned_by(
                        &annotations[index].tokens,
                        format!("the code `{code}` names several rows of the file; say which with `{code}[n]`, n from 1"),
                    );
                }
                ok = false;
                (Vec::new(), None)
            }
            Some(index) => {
                used[index] = true;
                let annotation = &mut annotations[index];
                (
                    std::mem::take(&mut annotation.attrs),
                    annotation.rename.clone(),
                )
            }
            None => (Vec::new(), None),
        };
        match row_cells(&kinds, cells, rename, span, cx) {
            Some(cells) => rows.push(raw_row(attrs, cells, span)),
            None => ok = false,
        }
    }
    for (annotation, used) in annotations.iter().zip(used) {
        if !used {
            // ui: table-file-annotation
            cx.error_spanned_by(
                &annotation.tokens,
                format!(
                    "`{}` has no row {}in table {wanted:?}; an annotation names a row of the file by its code",
                    path.value(),
                    match annotation.nth {
                        Some(nth) => format!("{nth} of the code `{}` ", annotation.code),
                        None => format!("with the code `{}` ", annotation.code),
                    }
                ),
            );
            ok = false;
        }
    }
    ok.then(|| (rows, full.to_string_lossy().into_owned()))
}

/// What the DSL says of one row of the file: `#[attrs] CODE[n] as Name;`.
struct Annotation {
    attrs: Vec<Attr>,
    code: String,
    /// Which of the rows of a code that names several, from 1.
    nth: Option<usize>,
    rename: Option<Ident>,
    /// The annotation's tokens, where its errors point.
    tokens: TokenStream,
}

fn parse_annotations(input: ParseStream) -> syn::Result<Vec<Annotation>> {
    let mut annotations = Vec::new();
    while !input.is_empty() {
        let attrs = Attr::parse_outer(input)?;
        let start = input.fork();
        let code = if input.peek(LitStr) {
            input.parse::<LitStr>()?.value()
        } else {
            // ui: table-file-annotation
            let ident = Ident::parse_any(input).map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected a row's code, as in `ServerBusy[2] as EgressBusy;`",
                )
            })?;
            ident.unraw().to_string()
        };
        let nth = if input.peek(syn::token::Bracket) {
            let content;
            syn::bracketed!(content in input);
            let nth: LitInt = content.parse()?;
            Some(nth.base10_parse::<usize>()?)
        } else {
            None
        };
        let rename = if input.peek(Token![as]) {
            input.parse::<Token![as]>()?;
            Some(input.parse::<Ident>()?)
        } else {
            None
        };
        let tokens = tokens_between(&start, input);
        input.parse::<Token![;]>()?;
        annotations.push(Annotation {
            attrs,
            code,
            nth,
            rename,
            tokens,
        });
    }
    Ok(annotations)
}

/// The tokens `start` has that `end` has not.
fn tokens_between(start: &syn::parse::ParseBuffer, end: ParseStream) -> TokenStream {
    let mut tokens = TokenStream::new();
    let mut cursor = start.cursor();
    while cursor != end.cursor() {
        let Some((tree, next)) = cursor.token_tree() else {
            break;
        };
        tokens.extend([tree]);
        cursor = next;
    }
    tokens
}

/// The header's cells, each title a string literal (taken as written).
fn header_cells(table: &DocTable, span: Span) -> Vec<Vec<TokenTree>> {
    table
        .header
        .iter()
        .map(|title| vec![literal(Literal::string(title), span)])
        .collect()
}

/// A row's cells as the DSL would write them: the code a string literal
/// (with `as Name` where annotated), the status its number and the phrase
/// as written, every text a string literal.
fn row_cells(
    kinds: &[Option<ColumnKind>],
    cells: &[String],
    rename: Option<Ident>,
    span: Span,
    cx: &Ctxt,
) -> Option<Vec<Vec<TokenTree>>> {
    let mut out = Vec::with_capacity(cells.len());
    for (index, cell) in cells.iter().enumerate() {
        let kind = kinds.get(index).copied().flatten();
        let mut tokens = vec![literal(Literal::string(cell), span)];
        if kind == Some(ColumnKind::Code) {
            if let Some(name) = &rename {
                tokens.push(TokenTree::Ident(Ident::new("as", span)));
                tokens.push(TokenTree::Ident(name.clone()));
            }
        } else if kind == Some(ColumnKind::Status) {
            tokens = status_tokens(cell, span).or_else(|| {
                // ui: table-file-unreadable
                cx.error_at(span, format!("the status cell {cell:?} is not a status: a number from 100 to 999, with its phrase after it or before it in parentheses"));
                None
            })?;
        }
        out.push(tokens);
    }
    Some(out)
}

/// `403`, `403 Forbidden` or `Forbidden (403)`, the phrase kept as written
/// (a string literal).
fn status_tokens(cell: &str, span: Span) -> Option<Vec<TokenTree>> {
    let cell = cell.trim();
    let number = |text: &str| {
        let digits = text.len() == 3 && text.bytes().all(|b| b.is_ascii_digit());
        let value: u16 = text.parse().ok().filter(|_| digits)?;
        Some(literal(Literal::u16_unsuffixed(value), span))
    };
    if let Some(status) = number(cell) {
        return Some(vec![status]);
    }
    if let Some((digits, phrase)) = cell.split_once(' ') {
        if let Some(status) = number(digits) {
            return Some(vec![status, literal(Literal::string(phrase), span)]);
        }
    }
    let (phrase, rest) = cell.rsplit_once(" (")?;
    let status = number(rest.strip_suffix(')')?)?;
    let mut group = Group::new(Delimiter::Parenthesis, TokenStream::from(status));
    group.set_span(span);
    Some(vec![
        literal(Literal::string(phrase), span),
        TokenTree::Group(group),
    ])
}

fn literal(mut literal: Literal, span: Span) -> TokenTree {
    literal.set_span(span);
    TokenTree::Literal(literal)
}

/// A row of `cells`, its pipes at `span`.
fn raw_row(attrs: Vec<Attr>, cells: Vec<Vec<TokenTree>>, span: Span) -> RawRow {
    let pipe = || {
        let mut punct = proc_macro2::Punct::new('|', proc_macro2::Spacing::Alone);
        punct.set_span(span);
        TokenTree::Punct(punct)
    };
    RawRow {
        attrs,
        tokens: vec![pipe(), pipe()],
        cells: cells.into_iter().map(|cell| (span, cell)).collect(),
    }
}
