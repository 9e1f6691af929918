//! The header row: each column's title and what it holds, and the
//! Markdown delimiter row under it.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, LitStr};

use super::parse_scoped;
use super::rows::RawRow;
use crate::ast::{Column, ColumnKind};
use crate::ctxt::Ctxt;
use crate::suggest;

/// Whether `raw` is a Markdown delimiter row of `cells` cells: each cell
/// dashes, with a colon at either end or both (`---`, `:---`, `:---:`).
pub(super) fn is_delimiter_row(raw: &RawRow, cells: usize) -> bool {
    raw.attrs.is_empty()
        && raw.cells.len() == cells
        && raw.cells.iter().all(|(_, cell)| {
            let chars: Vec<char> = cell
                .iter()
                .map(|tree| match tree {
                    TokenTree::Punct(punct) => punct.as_char(),
                    _ => '?',
                })
                .collect();
            let dashes = chars.strip_prefix(&[':']).unwrap_or(&chars);
            let dashes = dashes.strip_suffix(&[':']).unwrap_or(dashes);
            !dashes.is_empty() && dashes.iter().all(|&c| c == '-')
        })
}

/// The header's columns, and whether it had no mistake. A column whose
/// title is wrong (empty, duplicate) still takes its place as an extra
/// column, so that the rows' cells line up and the rows are read, even
/// when the code or status column is missing (no variant is made then).
///
/// `roles` are the family's `columns = { ... };`: a title named there takes
/// that role, whatever it says.
pub(super) fn parse_header(
    header: RawRow,
    roles: &[(String, ColumnKind)],
    cx: &Ctxt,
) -> (Vec<Column>, bool) {
    for attr in &header.attrs {
        // ui: header-attribute
        cx.error_spanned_by(attr, "the header row takes no attributes");
    }
    let mut columns: Vec<Column> = Vec::new();
    let mut extras = 0;
    let mut ok = true;
    let count = header.cells.len();
    for (position, (pipe, cell)) in header.cells.into_iter().enumerate() {
        let cell = TokenStream::from_iter(cell);
        let last = position + 1 == count;
        // A title written as a string literal is taken as it is: never
        // corrected to a known title.
        let literal = cell
            .clone()
            .into_iter()
            .next()
            .is_some_and(|tt| matches!(tt, proc_macro2::TokenTree::Literal(_)));
        let end = cell.clone().into_iter().last().map_or(pipe, |t| t.span());
        let title = parse_scoped(
            |input: ParseStream| {
                if input.peek(LitStr) {
                    return Ok(input.parse::<LitStr>()?.value());
                }
                let mut words = vec![Ident::parse_any(input)?.to_string()];
                while !input.is_empty() {
                    words.push(Ident::parse_any(input)?.to_string());
                }
                Ok(words.join(" "))
            },
            cell.clone(),
            end,
        );
        let title = match title {
            Ok(title) => title,
            Err(_) if cell.is_empty() => {
                // ui: empty-column-title
                cx.error_at(pipe, "empty column title");
                ok = false;
                // An empty title in the middle keeps its place, so that
                // the rows' cells line up; a last one is a stray pipe.
                if !last {
                    extras += 1;
                    columns.push(Column {
                        kind: ColumnKind::Extra(extras - 1),
                        title: String::new(),
                    });
                }
                continue;
            }
            Err(_) => {
                // ui: row-not-opened
                cx.error_spanned_by(
                    &cell,
                    "a column title is words, like `HTTP status code`, or a string literal; if this cell belongs to a row, open the row with `|`",
                );
                return (Vec::new(), false);
            }
        };
        let named = roles
            .iter()
            .find(|(named, _)| named.eq_ignore_ascii_case(&title))
            .map(|(_, kind)| *kind);
        let kind = match named.or_else(|| ColumnKind::from_title(&title)) {
            Some(kind) => kind,
            None => {
                let known = ColumnKind::TITLES.iter().map(|(title, _)| *title);
                match suggest::nearest(&title, known, suggest::A_THIRD).filter(|_| !literal) {
                    // A title close to a known one is a misspelling; the
                    // column is read as the known one, so that the rows
                    // still parse.
                    Some(near) => {
                        let (canonical, kind) = ColumnKind::canonical(near);
                        // Each fix offered keeps the table's meaning: a
                        // column that looks like the code, status or
                        // message is given that role (as a literal it
                        // would be a column of the table's own, and the
                        // table would lose its codes, statuses or
                        // messages); another may be one of its own.
                        let other = match kind {
                            ColumnKind::Code => Some("code"),
                            ColumnKind::Status => Some("status"),
                            ColumnKind::Message => Some("message"),
                            _ => None,
                        };
                        let fixes = match other {
                            Some(role) => format!("or keep the title and give it its role with `columns = {{ {role}: \"{title}\" }};`"),
                            None => format!("a column of the table's own that is named like a known one is written as a string literal, `\"{title}\"`"),
                        };
                        // ui: unknown-column
                        cx.error_spanned_by(
                            &cell,
                            format!(
                                "unknown column `{title}`; did you mean `{canonical}`? ({fixes})"
                            ),
                        );
                        ok = false;
                        kind
                    }
                    // Any other title is a column of the vendor's own.
                    None => {
                        extras += 1;
                        ColumnKind::Extra(extras - 1)
                    }
                }
            }
        };
        // A role held twice, or a title of the table's own given twice
        // (in any case): the same thing in two columns.
        let repeats = |c: &&Column| match kind {
            ColumnKind::Extra(_) => {
                matches!(c.kind, ColumnKind::Extra(_)) && c.title.eq_ignore_ascii_case(&title)
            }
            _ => c.kind == kind,
        };
        if let Some(first) = columns.iter().find(repeats) {
            // ui: duplicate-column
            cx.error_spanned_by(
                &cell,
                format!(
                    "column `{title}` holds the same thing as column `{}`",
                    first.title
                ),
            );
            ok = false;
            extras += 1;
            columns.push(Column {
                kind: ColumnKind::Extra(extras - 1),
                title,
            });
            continue;
        }
        columns.push(Column { kind, title });
    }
    // Every missing column is reported at once; the rows are still read
    // against the columns that are known, so that their cells are checked
    // while the header is wrong.
    for (kind, title, role) in [
        (ColumnKind::Code, "Error code", "code"),
        (ColumnKind::Status, "HTTP status code", "status"),
    ] {
        if !columns.iter().any(|c| c.kind == kind) {
            // ui: missing-required-column
            cx.error_spanned_by(
                TokenStream::from_iter(header.tokens.clone()),
                format!("the header has no `{title}` column, which every table needs; a column titled in the vendor's own words takes its role with `columns = {{ {role}: Title }};`"),
            );
            ok = false;
        }
    }
    (columns, ok)
}
