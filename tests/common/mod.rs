//! The upstream document, read as its tables.

#![allow(dead_code)]

/// The copy of the vendor's document kept in the repository.
pub const UPSTREAM: &str = include_str!("../../gwerr-core/docs/api-gateway-error-codes.txt");

/// A table of the document: its header cells and its rows' cells.
#[derive(Debug)]
pub struct DocTable {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Cuts a table line (`a | b | |`) into its cells (`["a", "b", ""]`).
pub fn cells(line: &str) -> Vec<String> {
    let body = line.strip_suffix('|').expect("a table line ends with `|`");
    body.split('|')
        .enumerate()
        .map(|(i, cell)| {
            let cell = if i > 0 {
                cell.strip_prefix(' ').unwrap_or(cell)
            } else {
                cell
            };
            cell.strip_suffix(' ').unwrap_or(cell).to_owned()
        })
        .collect()
}

/// The tables of a document: runs of lines that end with `|`, the first
/// line of each run being its header.
pub fn tables(document: &str) -> Vec<DocTable> {
    let mut tables = Vec::new();
    let mut current: Option<DocTable> = None;
    for line in document.lines() {
        if line.ends_with('|') {
            match &mut current {
                Some(table) => table.rows.push(cells(line)),
                None => {
                    current = Some(DocTable {
                        header: cells(line),
                        rows: Vec::new(),
                    })
                }
            }
        } else if let Some(table) = current.take() {
            tables.push(table);
        }
    }
    tables.extend(current);
    tables
}
