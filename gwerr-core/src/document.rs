//! The vendor's document in its plain-text layout: read its tables, print
//! declared tables back in that layout, and compare the two.
//!
//! The layout is the one of the API Gateway error-code document: prose
//! lines, and tables whose lines are cells separated by ` | ` and closed by
//! ` |` (an empty cell closes with a bare `|`), the first line of each table
//! being its header. A table's title is the nearest numbered heading above
//! it (`2.1. Error codes for servers`).
//!
//! # Example
//! ```
//! use gwerr_core::document;
//!
//! let text = "1. Errors\nError code | HTTP status code | Message |\nE1 | 400 | Bad | |\n";
//! let tables = document::parse(text);
//! assert_eq!(tables[0].title, "1. Errors");
//! assert_eq!(tables[0].rows[0], ["E1", "400", "Bad", ""]);
//! ```

use std::collections::HashSet;
use std::fmt::{self, Display, Write};

use crate::{ColumnKind, Row, Table};

/// A table as the document writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocTable {
    /// The nearest numbered heading above the table, or empty.
    pub title: String,
    /// The header's cells.
    pub header: Vec<String>,
    /// The rows' cells.
    pub rows: Vec<Vec<String>>,
}

/// Cuts a table line into its cells: `a | b | |` is `["a", "b", ""]`.
/// `None` for a line that is not a table line (it does not end with `|`).
pub fn cells(line: &str) -> Option<Vec<String>> {
    let body = line.strip_suffix('|')?;
    let cells = body
        .split('|')
        .enumerate()
        .map(|(i, cell)| {
            let cell = if i > 0 {
                cell.strip_prefix(' ').unwrap_or(cell)
            } else {
                cell
            };
            cell.strip_suffix(' ').unwrap_or(cell).to_owned()
        })
        .collect();
    Some(cells)
}

/// Writes cells as a table line, the inverse of [`cells`].
pub fn line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = String::new();
    for (i, cell) in cells.iter().enumerate() {
        let cell = cell.as_ref();
        if i > 0 {
            out.push(' ');
        }
        if !cell.is_empty() {
            out.push_str(cell);
            out.push(' ');
        }
        out.push('|');
    }
    out
}

/// Whether a line is a numbered heading such as `3.1.Error codes for servers`.
fn is_heading(line: &str) -> bool {
    let numbered = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    numbered.len() < line.len()
        && line.starts_with(|c: char| c.is_ascii_digit())
        && line[..line.len() - numbered.len()].ends_with('.')
        && !line.ends_with('|')
}

/// The tables of a document, in order.
pub fn parse(text: &str) -> Vec<DocTable> {
    let mut tables = Vec::new();
    let mut title = String::new();
    let mut current: Option<DocTable> = None;
    for text_line in text.lines() {
        match cells(text_line) {
            Some(cells) => match &mut current {
                Some(table) => table.rows.push(cells),
                None => {
                    current = Some(DocTable {
                        title: title.clone(),
                        header: cells,
                        rows: Vec::new(),
                    })
                }
            },
            None => {
                tables.extend(current.take());
                if is_heading(text_line) {
                    title = text_line.to_owned();
                }
            }
        }
    }
    tables.extend(current);
    tables
}

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

/// Prints tables as Markdown, each under a `##` heading with its title,
/// pipes and backslashes in cells escaped. Deprecated rows are left out, as
/// in [`render`].
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
    let escape = |cell: &str| cell.replace('\\', "\\\\").replace('|', "\\|");
    let mut out = String::new();
    for (i, table) in tables.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = write!(out, "## {}\n\n", table.title);
        let titles: Vec<String> = table.columns.iter().map(|c| escape(c.title)).collect();
        let _ = writeln!(out, "| {} |", titles.join(" | "));
        let _ = writeln!(out, "|{}", "---|".repeat(titles.len()));
        for row in table.rows.iter().filter(|row| !row.deprecated) {
            let cells: Vec<String> = row_cells(table, row).iter().map(|c| escape(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
    }
    out
}

/// How a newer document differs from the declared tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The newer document has a table that is not declared.
    TableAdded {
        /// Its title.
        title: String,
        /// Its number of rows.
        rows: usize,
    },
    /// A declared table is not in the newer document.
    TableRemoved {
        /// Its title.
        title: String,
    },
    /// A table's header differs.
    HeaderChanged {
        /// The table's title.
        title: String,
        /// The declared header.
        old: Vec<String>,
        /// The newer document's header.
        new: Vec<String>,
    },
    /// The newer document has a row that is not declared.
    RowAdded {
        /// The table's title.
        title: String,
        /// The row's cells.
        cells: Vec<String>,
    },
    /// A declared row is not in the newer document.
    RowRemoved {
        /// The table's title.
        title: String,
        /// The row's code.
        code: String,
    },
    /// A row marked deprecated in the DSL, absent from the newer document as
    /// expected.
    RowDeprecated {
        /// The table's title.
        title: String,
        /// The row's code.
        code: String,
    },
    /// A cell of a row differs.
    CellChanged {
        /// The table's title.
        title: String,
        /// The row's code.
        code: String,
        /// The column's title.
        column: String,
        /// The declared text.
        old: String,
        /// The newer document's text.
        new: String,
    },
}

impl Change {
    /// Whether the change asks for an edit of the DSL: everything but a
    /// deprecated row staying gone.
    pub fn is_difference(&self) -> bool {
        !matches!(self, Change::RowDeprecated { .. })
    }
}

impl Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::TableAdded { title, rows } => {
                write!(f, "table added: \"{title}\" ({rows} rows)")
            }
            Change::TableRemoved { title } => write!(f, "table removed: \"{title}\""),
            Change::HeaderChanged { title, old, new } => write!(
                f,
                "\"{title}\": header changed: {:?} -> {:?}",
                line(old),
                line(new)
            ),
            Change::RowAdded { title, cells } => {
                write!(f, "\"{title}\": row added: {}", line(cells))
            }
            Change::RowRemoved { title, code } => write!(f, "\"{title}\": row removed: {code}"),
            Change::RowDeprecated { title, code } => write!(
                f,
                "\"{title}\": row deprecated: {code} (kept for older gateways, gone from the document)"
            ),
            Change::CellChanged {
                title,
                code,
                column,
                old,
                new,
            } => write!(
                f,
                "\"{title}\": {code}: {column} changed: {old:?} -> {new:?}"
            ),
        }
    }
}

/// Compares declared tables with a newer document's, table by title and
/// row by code. Row order is not compared.
///
/// # Example
/// ```
/// use gwerr_core::{document, VpcErrorCode};
///
/// let current = document::render(VpcErrorCode::FAMILY.tables.iter());
/// let newer = current.replace("I413RL | 413 |", "I413RL | 400 |");
/// let newer = format!("1. Error codes for API Gateway instances of the VPC type\n{newer}");
/// let changes = document::diff(VpcErrorCode::FAMILY.tables.iter(), &document::parse(&newer));
/// assert_eq!(changes.len(), 1);
/// assert_eq!(
///     changes[0].to_string(),
///     "\"1. Error codes for API Gateway instances of the VPC type\": I413RL: HTTP status code changed: \"413\" -> \"400\""
/// );
/// ```
pub fn diff<'a>(declared: impl IntoIterator<Item = &'a Table>, newer: &[DocTable]) -> Vec<Change> {
    let declared: Vec<&Table> = declared.into_iter().collect();
    let mut changes = Vec::new();
    for table in &declared {
        let title = table.title.to_owned();
        let Some(doc) = newer.iter().find(|doc| doc.title == table.title) else {
            changes.push(Change::TableRemoved { title });
            continue;
        };
        let header: Vec<String> = table.columns.iter().map(|c| c.title.to_owned()).collect();
        if header != doc.header {
            changes.push(Change::HeaderChanged {
                title,
                old: header,
                new: doc.header.clone(),
            });
            continue;
        }
        let code_column = table
            .columns
            .iter()
            .position(|c| c.kind == ColumnKind::Code)
            .unwrap_or(0);
        let code_of = |cells: &[String]| cells.get(code_column).cloned().unwrap_or_default();
        for row in table.rows.iter() {
            let cells = row_cells(table, row);
            let code = code_of(&cells);
            match doc.rows.iter().find(|doc_row| code_of(doc_row) == code) {
                None if row.deprecated => changes.push(Change::RowDeprecated {
                    title: title.clone(),
                    code,
                }),
                None => changes.push(Change::RowRemoved {
                    title: title.clone(),
                    code,
                }),
                Some(doc_row) => {
                    for (column, (old, new)) in table.columns.iter().zip(cells.iter().zip(doc_row))
                    {
                        if old != new {
                            changes.push(Change::CellChanged {
                                title: title.clone(),
                                code: code.clone(),
                                column: column.title.to_owned(),
                                old: old.clone(),
                                new: new.clone(),
                            });
                        }
                    }
                    if doc_row.len() != cells.len() {
                        changes.push(Change::CellChanged {
                            title: title.clone(),
                            code: code.clone(),
                            column: String::from("(cell count)"),
                            old: cells.len().to_string(),
                            new: doc_row.len().to_string(),
                        });
                    }
                }
            }
        }
        let declared_codes: HashSet<String> = table
            .rows
            .iter()
            .map(|row| code_of(&row_cells(table, row)))
            .collect();
        for doc_row in &doc.rows {
            if !declared_codes.contains(&code_of(doc_row)) {
                changes.push(Change::RowAdded {
                    title: title.clone(),
                    cells: doc_row.clone(),
                });
            }
        }
    }
    for doc in newer {
        if !declared.iter().any(|table| table.title == doc.title) {
            changes.push(Change::TableAdded {
                title: doc.title.clone(),
                rows: doc.rows.len(),
            });
        }
    }
    changes
}
