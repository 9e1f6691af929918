//! Comparing a newer copy of the document with the declared tables.

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};

use crate::{ColumnKind, Table};

use super::tables::{line, row_cells, DocTable};

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
    /// The newer document says something in a way that cannot be compared
    /// without a guess: a table title or a code given twice, a line inside
    /// a table. Reported rather than dropped.
    Ambiguous {
        /// The table's title.
        title: String,
        /// What is ambiguous.
        reason: String,
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
            Change::Ambiguous { title, reason } => write!(f, "\"{title}\": ambiguous: {reason}"),
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
    let mut by_title: HashMap<&str, Vec<&DocTable>> = HashMap::new();
    for doc in newer {
        by_title.entry(doc.title.as_str()).or_default().push(doc);
    }
    for table in &declared {
        let title = table.title.to_owned();
        let Some(docs) = by_title.get(table.title) else {
            changes.push(Change::TableRemoved { title });
            continue;
        };
        let doc = docs[0];
        if docs.len() > 1 {
            changes.push(Change::Ambiguous {
                title: title.clone(),
                reason: format!(
                    "the document has {} tables with this title; only the first is compared",
                    docs.len()
                ),
            });
        }
        for line in &doc.interruptions {
            changes.push(Change::Ambiguous {
                title: title.clone(),
                reason: format!("a line inside the table: {:?}", shortened(line)),
            });
        }
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
        // Each code's rows in the newer document: a code given twice is
        // reported, and its first row compared.
        let mut doc_rows: HashMap<String, Vec<&Vec<String>>> = HashMap::new();
        for doc_row in &doc.rows {
            doc_rows.entry(code_of(doc_row)).or_default().push(doc_row);
        }
        for doc_row in &doc.rows {
            let code = code_of(doc_row);
            let Some(rows) = doc_rows.get(&code).filter(|rows| rows.len() > 1) else {
                continue;
            };
            if std::ptr::eq(rows[0], doc_row) {
                let same = rows.iter().all(|row| *row == rows[0]);
                changes.push(Change::Ambiguous {
                    title: title.clone(),
                    reason: format!(
                        "code {code:?} is listed {} times{}; only the first is compared",
                        rows.len(),
                        if same { "" } else { " with different cells" }
                    ),
                });
            }
        }
        for row in table.rows.iter() {
            let cells = row_cells(table, row);
            let code = code_of(&cells);
            match doc_rows.get(&code).map(|rows| rows[0]) {
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
        let mut added = HashSet::new();
        for doc_row in &doc.rows {
            let code = code_of(doc_row);
            if !declared_codes.contains(&code) && added.insert(code) {
                changes.push(Change::RowAdded {
                    title: title.clone(),
                    cells: doc_row.clone(),
                });
            }
        }
    }
    let declared_titles: HashSet<&str> = declared.iter().map(|table| table.title).collect();
    let mut reported = HashSet::new();
    for doc in newer {
        if !declared_titles.contains(doc.title.as_str()) && reported.insert(doc.title.as_str()) {
            changes.push(Change::TableAdded {
                title: doc.title.clone(),
                rows: doc.rows.len(),
            });
        }
    }
    changes
}

/// A line as a change quotes it: at most 200 characters.
fn shortened(line: &str) -> String {
    match line.char_indices().nth(200) {
        Some((at, _)) => format!("{}...", &line[..at]),
        None => line.to_owned(),
    }
}
