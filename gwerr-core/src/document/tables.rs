//! A document's tables read: the plain layout and Markdown. This file has
//! no dependency on the rest of the crate: gwerr-codegen compiles it too
//! (its `doc_tables.rs` is a link to it), to declare a family from a
//! document file.

/// A table as the document writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DocTable {
    /// The nearest numbered heading above the table, or empty.
    pub title: String,
    /// The header's cells.
    pub header: Vec<String>,
    /// The rows' cells.
    pub rows: Vec<Vec<String>>,
    /// Lines that stood between the table's rows (a note, a page break's
    /// repeated header), which [`diff`](crate::document::diff) reports: the table went on after
    /// them.
    pub interruptions: Vec<String>,
}

/// The most cells a table line may have; a longer line is prose (no
/// table of a document has this many columns, and a line of pipes would
/// otherwise cost a string per cell).
const MAX_CELLS: usize = 256;

/// Writes a cell's text as both readers read it back: a pipe as `\|`, a
/// backslash as `\\` only where it stands before a pipe or a backslash
/// (anywhere else a backslash is itself, so a vendor's `\` stays one
/// byte, as published).
pub fn escape_cell(cell: &str, out: &mut String) {
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' if matches!(chars.peek(), Some('|' | '\\')) => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
}

/// Cuts a table line into its cells: `a | b | |` is `["a", "b", ""]`.
/// A pipe inside a cell is written `\|`, a backslash before a pipe or
/// another backslash `\\`; any other backslash is itself (the document has
/// none, and a vendor's `\n` stays as written).
/// `None` for a line that is not a table line (it does not end with `|`).
pub fn cells(line: &str) -> Option<Vec<String>> {
    let body = line.trim_end().strip_suffix('|')?;
    if body.bytes().filter(|&b| b == b'|').count() >= MAX_CELLS {
        return None;
    }
    if body.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1 {
        // The last pipe is escaped: the line does not end a row.
        return None;
    }
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.clone().next() {
                Some(next @ ('|' | '\\')) => {
                    cell.push(next);
                    chars.next();
                }
                _ => cell.push('\\'),
            },
            '|' => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    let cells = cells
        .into_iter()
        .enumerate()
        .map(|(i, cell)| {
            let cell = if i > 0 {
                cell.strip_prefix(' ').unwrap_or(&cell)
            } else {
                &cell
            };
            cell.strip_suffix(' ').unwrap_or(cell).to_owned()
        })
        .collect();
    Some(cells)
}

/// Writes cells as a table line, the inverse of [`cells`]: a pipe in a
/// cell is written `\|`, a backslash `\\`.
pub fn line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = String::new();
    for (i, cell) in cells.iter().enumerate() {
        let cell = cell.as_ref();
        if i > 0 {
            out.push(' ');
        }
        if !cell.is_empty() {
            escape_cell(cell, &mut out);
            out.push(' ');
        }
        out.push('|');
    }
    out
}

/// Whether a line is a numbered heading such as `3.1.Error codes for servers`.
fn is_heading(line: &str) -> bool {
    let line = line.trim_end();
    let numbered = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    numbered.len() < line.len()
        && line.starts_with(|c: char| c.is_ascii_digit())
        && line[..line.len() - numbered.len()].ends_with('.')
        && !line.ends_with('|')
}

/// The tables of a document, in order.
///
/// A table goes on after a line that is not a table line when the next
/// table line comes under the same heading with as many cells as its
/// header: the line is kept in [`DocTable::interruptions`] (a repeated
/// header line is kept there too, not read as a row).
pub fn parse(text: &str) -> Vec<DocTable> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut tables: Vec<DocTable> = Vec::new();
    let mut title = String::new();
    // The last line of prose, which titles a table that no numbered
    // heading does (a table rendered by `render_titled`).
    let mut prose = String::new();
    let mut heading_since_table = false;
    // Whether the last table is still open: no heading since it.
    let mut open = false;
    let mut in_table = false;
    let mut pending: Vec<String> = Vec::new();
    for text_line in text.lines() {
        let Some(cells) = cells(text_line) else {
            if is_heading(text_line) {
                title = text_line.trim_end().to_owned();
                heading_since_table = true;
                open = false;
                pending.clear();
            } else if !text_line.trim().is_empty() {
                if open {
                    pending.push(text_line.to_owned());
                }
                prose = text_line.trim().to_owned();
            }
            in_table = false;
            continue;
        };
        // A line of prose right above a header like the open table's
        // titles a table of its own (two tables of one header under
        // titles such as `400 - Bad request`, as `render_titled` writes
        // them); a repeated header without one is the open table's.
        let retitled =
            pending.len() == 1 && tables.last().is_some_and(|table| table.header == cells);
        let continues = !in_table
            && open
            && !retitled
            && tables
                .last()
                .is_some_and(|table| table.header.len() == cells.len());
        match tables.last_mut() {
            Some(table) if in_table || continues => {
                table.interruptions.append(&mut pending);
                if continues && cells == table.header {
                    table.interruptions.push(text_line.to_owned());
                } else {
                    table.rows.push(cells);
                }
            }
            _ => {
                pending.clear();
                if !heading_since_table && !prose.is_empty() {
                    title = std::mem::take(&mut prose);
                }
                heading_since_table = false;
                prose.clear();
                tables.push(DocTable {
                    title: title.clone(),
                    header: cells,
                    rows: Vec::new(),
                    interruptions: Vec::new(),
                });
                open = true;
            }
        }
        in_table = true;
    }
    tables
}

/// Whether a text is Markdown: it has a pipe table's separator row
/// (`|---|---|`).
pub fn is_markdown(text: &str) -> bool {
    text.lines().any(is_separator)
}

/// Reads a document in the layout it has: [`parse_markdown`] for Markdown
/// ([`is_markdown`]), else [`parse`].
pub fn parse_any(text: &str) -> Vec<DocTable> {
    if is_markdown(text) {
        parse_markdown(text)
    } else {
        parse(text)
    }
}

/// A pipe table's separator row: cells of dashes, colons allowed at
/// either end (`|---|:--:|`), outer pipes optional.
fn is_separator(line: &str) -> bool {
    // Only pipes, dashes, colons and blanks, with a pipe (a line of dashes
    // alone is a rule, not a table's), judged before any cell is made.
    let only = line
        .bytes()
        .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'));
    if !only || !line.contains('|') {
        return false;
    }
    let cells = markdown_cells(line);
    !cells.is_empty()
        && line.contains('-')
        && cells.iter().all(|cell| {
            let dashes = cell.trim_start_matches(':').trim_end_matches(':');
            !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
        })
}

/// The cells of a Markdown table line: outer pipes optional, `\|` an
/// escaped pipe and `\\` an escaped backslash, a cell that is one code
/// span read as its text.
fn markdown_cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    // A last pipe closes the row unless an odd run of backslashes escapes
    // it (`\\|` is an escaped backslash, then the closing pipe).
    let line = match line.strip_suffix('|') {
        Some(rest) if rest.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 0 => rest,
        _ => line,
    };
    if line.trim().is_empty() {
        return Vec::new();
    }
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next @ ('|' | '\\')) => cell.push(next),
                Some(next) => {
                    cell.push('\\');
                    cell.push(next);
                }
                None => cell.push('\\'),
            },
            '|' => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
        .into_iter()
        .map(|cell| {
            let cell = cell.trim();
            match cell.strip_prefix('`').and_then(|c| c.strip_suffix('`')) {
                Some(code) if !code.contains('`') => code.to_owned(),
                _ => cell.to_owned(),
            }
        })
        .collect()
}

/// The tables of a Markdown document: a table is a header line, a
/// separator row (`|---|---|`) and the rows after it; its title is the
/// nearest `#` heading above it. Outer pipes are optional, `\|` is a pipe
/// inside a cell, and a cell written as one code span is read as its text.
/// A line of more than 256 cells is not a table line.
///
/// # Example
/// ```
/// let text = "## 1. Errors\n\n| Code | Status | Message |\n|---|---|---|\n| `E1` | 400 | a \\| b |\n";
/// let tables = gwerr_core::document::parse_markdown(text);
/// assert_eq!(tables[0].title, "1. Errors");
/// assert_eq!(tables[0].rows[0], ["E1", "400", "a | b"]);
/// ```
pub fn parse_markdown(text: &str) -> Vec<DocTable> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut tables = Vec::new();
    let mut title = String::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if let Some(heading) = line.strip_prefix('#') {
            title = heading
                .trim_start_matches('#')
                .trim()
                .trim_end_matches('#')
                .trim()
                .to_owned();
            i += 1;
            continue;
        }
        let starts_table = line.contains('|')
            && lines.get(i + 1).is_some_and(|next| is_separator(next))
            && line.bytes().filter(|&b| b == b'|').count() < MAX_CELLS;
        if !starts_table {
            i += 1;
            continue;
        }
        let header = markdown_cells(line);
        let mut rows = Vec::new();
        i += 2;
        while let Some(row) = lines.get(i).map(|l| l.trim()) {
            if row.is_empty() || !row.contains('|') || row.starts_with('#') {
                break;
            }
            if row.bytes().filter(|&b| b == b'|').count() < MAX_CELLS {
                rows.push(markdown_cells(row));
            }
            i += 1;
        }
        tables.push(DocTable {
            title: title.clone(),
            header,
            rows,
            interruptions: Vec::new(),
        });
    }
    tables
}
