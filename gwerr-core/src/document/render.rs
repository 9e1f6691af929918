//! A family's tables written as a document: the plain layout and
//! Markdown, each cell as the document writes it.

use std::fmt::Write;

use super::tables::{line, markdown_line};
use crate::{Row, Table};

/// The cells of a row, in the order of a table's columns.
pub fn row_cells(table: &Table, row: &Row) -> Vec<String> {
    table
        .columns
        .iter()
        .map(|column| row.cell(column.kind).into_owned())
        .collect()
}

/// Prints tables in the document's layout: each table's header and rows,
/// one blank line between tables. Deprecated rows, which the current
/// document no longer has, are left out.
///
/// # Example
/// ```
/// use gwerr_core::{document, ClassicErrorCode};
///
/// let text = document::render(ClassicErrorCode::FAMILY.tables.iter());
/// assert!(text.starts_with(
///     "Error code | HTTP status code | Description | Solution |\n\
///      Internal Error | 500 | The error code returned because an internal error has occurred. | Try again later. |\n"
/// ));
/// ```
pub fn render<'a>(tables: impl IntoIterator<Item = &'a Table>) -> String {
    let mut out = String::new();
    for (i, table) in tables.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let titles: Vec<&str> = table.columns.iter().map(|c| c.title).collect();
        let _ = writeln!(out, "{}", line(&titles));
        for row in table.rows.iter().filter(|row| !row.deprecated) {
            let _ = writeln!(out, "{}", line(&row_cells(table, row)));
        }
    }
    out
}

/// Prints tables as [`render`] does, each after a line with its title, so
/// that [`parse`](crate::document::parse) reads the titles back: `render_titled` → `parse` →
/// [`diff`](crate::document::diff) is clean for any family.
///
/// # Example
/// ```
/// use gwerr_core::{document, ClassicErrorCode};
///
/// let tables = ClassicErrorCode::FAMILY.tables;
/// let text = document::render_titled(tables);
/// assert!(text.starts_with("2.1. Error codes for servers\nError code | HTTP status code |"));
/// assert!(document::diff(tables, &document::parse(&text)).is_empty());
/// ```
pub fn render_titled<'a>(tables: impl IntoIterator<Item = &'a Table>) -> String {
    let mut out = String::new();
    for (i, table) in tables.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", table.title);
        out.push_str(&render([table]));
    }
    out
}

/// Prints tables as Markdown, each under a `##` heading with its title,
/// each cell written so that [`parse_markdown`](crate::document::parse_markdown)
/// reads its text back: a pipe as `\|`, a text with blanks at an end or
/// that is itself one code span inside a code span of its own. Deprecated
/// rows are left out, as in [`render`].
///
/// A document's cell written as one code span (`` `E1` ``) is read as its
/// content, and written back as that content: the same text to a reader
/// and to [`diff`](crate::document::diff), without the decoration. Every
/// other cell is written as the document wrote it.
///
/// # Example
/// ```
/// gwerr_core::error_table! {
///     enum PipeError {
///         table "1. Errors" {
///         | Error code | HTTP status code | Message |
///         | E400PP | 400 | "a | b" |
///         }
///     }
/// }
///
/// assert_eq!(
///     gwerr_core::document::render_markdown(PipeErrorCode::FAMILY.tables),
///     "## 1. Errors\n\n| Error code | HTTP status code | Message |\n|---|---|---|\n| E400PP | 400 | a \\| b |\n"
/// );
/// ```
pub fn render_markdown<'a>(tables: impl IntoIterator<Item = &'a Table>) -> String {
    let mut out = String::new();
    for (i, table) in tables.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // A title ending in `#` would lose it as the heading's closing
        // sequence: a closing sequence of its own keeps it.
        let close = if table.title.ends_with('#') { " #" } else { "" };
        let _ = write!(out, "## {}{close}\n\n", table.title);
        let titles: Vec<&str> = table.columns.iter().map(|c| c.title).collect();
        let _ = writeln!(out, "{}", markdown_line(&titles));
        let _ = writeln!(out, "|{}", "---|".repeat(table.columns.len()));
        for cells in table
            .rows
            .iter()
            .filter(|r| !r.deprecated)
            .map(|r| row_cells(table, r))
        {
            let _ = writeln!(out, "{}", markdown_line(&cells));
        }
    }
    out
}
