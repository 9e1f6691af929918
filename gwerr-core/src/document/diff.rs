//! Comparing a newer copy of the document with the declared tables.

use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};

use crate::{ColumnKind, Table};

use super::render::row_cells;
use super::tables::{line, DocTable};

/// How a newer document differs from the declared tables.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        /// Which of the declared rows of the code, from 1, where the code
        /// names several.
        repeat: Option<usize>,
    },
    /// A row marked deprecated in the DSL, absent from the newer document as
    /// expected.
    RowDeprecated {
        /// The table's title.
        title: String,
        /// The row's code.
        code: String,
        /// Which of the declared rows of the code, from 1, where the code
        /// names several.
        repeat: Option<usize>,
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
    /// A declared row is not in the newer document, but a row that says
    /// the same under another code is: the code changed.
    CodeChanged {
        /// The table's title.
        title: String,
        /// The declared code.
        old: String,
        /// Which of the declared rows of the code, from 1, where the code
        /// names several.
        repeat: Option<usize>,
        /// The newer document's code.
        new: String,
    },
    /// A cell of a row differs.
    CellChanged {
        /// The table's title.
        title: String,
        /// The row's code.
        code: String,
        /// Which of the declared rows of the code, from 1, where the code
        /// names several.
        repeat: Option<usize>,
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
            Change::RowRemoved {
                title,
                code,
                repeat,
            } => write!(f, "\"{title}\": row removed: {}", Which(code, *repeat)),
            Change::Ambiguous { title, reason } => write!(f, "\"{title}\": ambiguous: {reason}"),
            Change::RowDeprecated {
                title,
                code,
                repeat,
            } => write!(
                f,
                "\"{title}\": row deprecated: {} (still read, gone from the document)",
                Which(code, *repeat)
            ),
            Change::CodeChanged {
                title,
                old,
                repeat,
                new,
            } => write!(
                f,
                "\"{title}\": {}: code changed: {old:?} -> {new:?}",
                Which(old, *repeat)
            ),
            Change::CellChanged {
                title,
                code,
                repeat,
                column,
                old,
                new,
            } => write!(
                f,
                "\"{title}\": {}: {column} changed: {old:?} -> {new:?}",
                Which(code, *repeat)
            ),
        }
    }
}

/// Compares declared tables with a newer document's, table by title and
/// row by code (the rows of a code that names several, each), columns by
/// title or, where the titles were renamed, by place. A changed header is
/// one change more, and the rows are still compared. Row order is not
/// compared.
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
        for (row, text) in &doc.overflow {
            changes.push(Change::Ambiguous {
                title: title.clone(),
                reason: format!(
                    "row {} has cells beyond the header, which Markdown drops: {:?}",
                    row + 1,
                    shortened(text)
                ),
            });
        }
        let header: Vec<String> = table.columns.iter().map(|c| c.title.to_owned()).collect();
        if header != doc.header {
            changes.push(Change::HeaderChanged {
                title: title.clone(),
                old: header.clone(),
                new: doc.header.clone(),
            });
        }
        // Where each declared column is in the newer document: under the
        // same title, else (a header whose titles were renamed, with as
        // many columns) at the same place. A column found nowhere is not
        // compared; the header's change says why.
        let at: Vec<Option<usize>> = header
            .iter()
            .enumerate()
            .map(|(index, column)| {
                let same = doc.header.iter().position(|title| title == column);
                same.or((doc.header.len() == header.len()).then_some(index))
            })
            .collect();
        let Some(doc_code) = table
            .columns
            .iter()
            .position(|c| c.kind == ColumnKind::Code)
            .and_then(|index| at[index])
        else {
            continue;
        };
        compare_rows(table, doc, &at, doc_code, &title, &mut changes);
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

/// Compares a table's rows with the newer document's, code by code. A
/// code may name several rows: the rows of a code are paired first where
/// they are the same, then in order; a declared row left over is removed
/// (or deprecated), a newer one added.
fn compare_rows(
    table: &Table,
    doc: &DocTable,
    at: &[Option<usize>],
    doc_code: usize,
    title: &str,
    changes: &mut Vec<Change>,
) {
    let code_column = table
        .columns
        .iter()
        .position(|c| c.kind == ColumnKind::Code)
        .unwrap_or(0);
    // Each code's newer rows, in the document's order.
    let mut newer: HashMap<&str, Vec<&Vec<String>>> = HashMap::new();
    let mut codes_in_order = Vec::new();
    for doc_row in &doc.rows {
        let code = doc_row.get(doc_code).map_or("", String::as_str);
        let rows = newer.entry(code).or_default();
        if rows.is_empty() {
            codes_in_order.push(code);
        }
        rows.push(doc_row);
    }
    // Each code's declared rows, with their cells as the newer document
    // places them.
    let mut declared: HashMap<String, Vec<(&crate::Row, Vec<String>)>> = HashMap::new();
    let mut declared_order = Vec::new();
    for row in table.rows {
        let cells = row_cells(table, row);
        let code = cells.get(code_column).cloned().unwrap_or_default();
        let rows = declared.entry(code.clone()).or_default();
        if rows.is_empty() {
            declared_order.push(code);
        }
        rows.push((row, cells));
    }
    let placed = |cells: &[String]| -> Vec<(usize, Option<usize>)> {
        (0..cells.len()).map(|index| (index, at[index])).collect()
    };
    // The changes of this table start here; a removed row's cells are
    // kept to find the row again under another code.
    let first = changes.len();
    let mut removed: Vec<(usize, Vec<String>)> = Vec::new();
    for code in &declared_order {
        let rows = &declared[code];
        let candidates: Vec<&Vec<String>> = newer.get(code.as_str()).cloned().unwrap_or_default();
        let same = |cells: &[String], doc_row: &Vec<String>| {
            doc_row.len() == doc.header.len()
                && placed(cells)
                    .iter()
                    .all(|&(i, j)| j.is_none_or(|j| doc_row.get(j) == cells.get(i)))
        };
        let indices = pair_rows(rows, &candidates, same);
        let mut unpaired = vec![true; candidates.len()];
        for index in indices.iter().flatten() {
            unpaired[*index] = false;
        }
        let pairs: Vec<Option<&Vec<String>>> = indices
            .into_iter()
            .map(|pair| pair.map(|index| candidates[index]))
            .collect();
        let repeat = |nth: usize| (rows.len() > 1).then_some(nth + 1);
        for (nth, ((row, cells), pair)) in rows.iter().zip(pairs).enumerate() {
            let code = code.clone();
            let repeat = repeat(nth);
            let title = title.to_owned();
            let Some(doc_row) = pair else {
                changes.push(if row.deprecated {
                    Change::RowDeprecated {
                        title,
                        code,
                        repeat,
                    }
                } else {
                    removed.push((changes.len(), cells.clone()));
                    Change::RowRemoved {
                        title,
                        code,
                        repeat,
                    }
                });
                continue;
            };
            for (i, j) in placed(cells) {
                let (Some(j), Some(old)) = (j, cells.get(i)) else {
                    continue;
                };
                let new = doc_row.get(j).cloned().unwrap_or_default();
                if *old != new {
                    changes.push(Change::CellChanged {
                        title: title.clone(),
                        code: code.clone(),
                        repeat,
                        column: table.columns[i].title.to_owned(),
                        old: old.clone(),
                        new,
                    });
                }
            }
            if doc_row.len() != doc.header.len() {
                changes.push(Change::CellChanged {
                    title,
                    code,
                    repeat,
                    column: String::from("(cell count)"),
                    old: doc.header.len().to_string(),
                    new: doc_row.len().to_string(),
                });
            }
        }
        let left = candidates.iter().zip(unpaired).filter(|(_, free)| *free);
        for (doc_row, _) in left {
            changes.push(Change::RowAdded {
                title: title.to_owned(),
                cells: (*doc_row).clone(),
            });
        }
    }
    // The rows of codes that no declared row has.
    for code in codes_in_order {
        if declared.contains_key(code) {
            continue;
        }
        for doc_row in &newer[code] {
            changes.push(Change::RowAdded {
                title: title.to_owned(),
                cells: (*doc_row).clone(),
            });
        }
    }
    // A removed row and an added one that say the same in every other
    // column, paired in order: one row whose code changed. The added rows
    // are looked up by those cells, in time linear in the rows.
    let compared: Vec<(usize, usize)> = (0..at.len())
        .filter(|&i| i != code_column)
        .filter_map(|i| Some((i, at[i]?)))
        .collect();
    let mut added: HashMap<Vec<&str>, std::collections::VecDeque<usize>> = HashMap::new();
    for (index, change) in changes.iter().enumerate().skip(first) {
        if let Change::RowAdded { cells, .. } = change {
            if cells.len() == doc.header.len() {
                let key = compared.iter().map(|&(_, j)| cells[j].as_str()).collect();
                added.entry(key).or_default().push_back(index);
            }
        }
    }
    let mut paired = HashSet::new();
    let mut renamed = Vec::new();
    for (index, cells) in &removed {
        let key: Vec<&str> = compared
            .iter()
            .map(|&(i, _)| cells.get(i).map_or("", String::as_str))
            .collect();
        if let Some(row) = added.get_mut(&key).and_then(|rows| rows.pop_front()) {
            paired.insert(row);
            renamed.push((*index, row));
        }
    }
    for (index, row) in renamed {
        let new = match &changes[row] {
            Change::RowAdded { cells, .. } => cells.get(doc_code).cloned().unwrap_or_default(),
            _ => continue,
        };
        if let Change::RowRemoved {
            title,
            code,
            repeat,
        } = changes[index].clone()
        {
            changes[index] = Change::CodeChanged {
                title,
                old: code,
                repeat,
                new,
            };
        }
    }
    let mut index = 0;
    changes.retain(|_| {
        index += 1;
        !paired.contains(&(index - 1))
    });
}

/// Pairs the declared rows of one code with the newer document's rows of
/// that code: each declared row's newer row, by its index in `newer`.
/// The rows that say the same are paired first, then the rest in order,
/// the rows in use before the deprecated ones; a row left without one is
/// gone.
pub(super) fn pair_rows(
    declared: &[(&crate::Row, Vec<String>)],
    newer: &[&Vec<String>],
    same: impl Fn(&[String], &Vec<String>) -> bool,
) -> Vec<Option<usize>> {
    let mut left: Vec<bool> = vec![true; newer.len()];
    let mut pairs: Vec<Option<usize>> = vec![None; declared.len()];
    for (pair, (_, cells)) in pairs.iter_mut().zip(declared) {
        if let Some(index) = (0..newer.len()).find(|&i| left[i] && same(cells, newer[i])) {
            left[index] = false;
            *pair = Some(index);
        }
    }
    for deprecated in [false, true] {
        for (pair, (row, _)) in pairs.iter_mut().zip(declared) {
            if pair.is_none() && row.deprecated == deprecated {
                if let Some(index) = left.iter().position(|&free| free) {
                    left[index] = false;
                    *pair = Some(index);
                }
            }
        }
    }
    pairs
}

/// A row by its code, and which of the code's rows where it names several:
/// `ServerBusy (row 2 of the code)`.
struct Which<'a>(&'a str, Option<usize>);

impl Display for Which<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            None => f.write_str(self.0),
            Some(nth) => write!(f, "{} (row {nth} of the code)", self.0),
        }
    }
}

/// A line as a change quotes it: at most 200 characters.
fn shortened(line: &str) -> String {
    match line.char_indices().nth(200) {
        Some((at, _)) => format!("{}...", &line[..at]),
        None => line.to_owned(),
    }
}
