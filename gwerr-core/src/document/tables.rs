//! A document's tables read: the plain layout and Markdown. This file has
//! no dependency on the rest of the crate: gwerr-codegen compiles it too
//! (its `doc_tables.rs` is a link to it), to declare a family from a
//! document file.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

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
    /// Text a Markdown row had beyond its header's cells, which GFM drops
    /// from the table: the row's index in [`rows`](Self::rows) and the
    /// text as written (`3 | 4`).
    /// [`diff`](crate::document::diff) reports each.
    pub overflow: Vec<(usize, String)>,
}

/// The most cells a table line may have; a longer line is prose (no
/// table of a document has this many columns, and a line of pipes would
/// otherwise cost a string per cell).
const MAX_CELLS: usize = 256;

/// Writes a cell's text as both readers read it back: a pipe as `\|`, a
/// backslash as `\\` only where it stands before a pipe or a backslash
/// (anywhere else a backslash is itself, so a vendor's `\` stays one
/// byte, as published).
fn escape_cell(cell: &str, out: &mut String) {
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
    // Only the pipes that end cells count: an escaped one is text.
    let mut escaped = false;
    let mut pipes = 0;
    for b in body.bytes() {
        pipes += usize::from(b == b'|' && !escaped);
        escaped = b == b'\\' && !escaped;
    }
    if pipes >= MAX_CELLS {
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
                    overflow: Vec::new(),
                });
                open = true;
            }
        }
        in_table = true;
    }
    tables
}

/// Whether a text is Markdown: it has a GFM table (a header line, a
/// delimiter row of as many cells, `|---|:--:|`), outside code blocks.
pub fn is_markdown(text: &str) -> bool {
    Parser::new_ext(text, Options::ENABLE_TABLES)
        .any(|event| matches!(event, Event::Start(Tag::Table(_))))
}

/// Reads a document in the layout it has: [`parse_markdown`] when it has a
/// GFM table, else [`parse`].
pub fn parse_any(text: &str) -> Vec<DocTable> {
    let tables = parse_markdown(text);
    if tables.is_empty() {
        parse(text)
    } else {
        tables
    }
}

/// The tables of a Markdown document, as GitHub-Flavored Markdown reads
/// them (block structure by [pulldown-cmark], the CommonMark parser behind
/// rustdoc): what is a table, its header, its rows and where it ends, in
/// block quotes and list items too, never inside a code block; a row
/// shorter than the header is padded with empty cells. A table's title is
/// the nearest heading above it (ATX or setext).
///
/// A cell's text is its source, byte for byte, with three readings GFM
/// makes too: the blanks around it are trimmed, a pipe escaped in the
/// table (`\|`, whatever stands before the backslash) is a pipe, and a
/// cell that is one code span (`` `E1` ``, ``` ``a`b`` ```) is the span's
/// content (one space stripped at both ends when both are blank). Where
/// GFM renders inline syntax (`\*`, `&amp;`, `*em*`, a code span inside
/// a longer text) the text keeps it as written, which is what a person
/// copies into a table's declaration and what [`render_markdown`]
/// writes back. A title is its heading's text as written, without the
/// `#` markers.
///
/// Two deliberate differences: the cells of a row longer than the header,
/// which GFM drops, are kept in [`DocTable::overflow`] for
/// [`diff`](crate::document::diff) to report; and a document whose
/// tables are all outside Markdown's reach (no delimiter row) is read by
/// [`parse`] through [`parse_any`].
///
/// [pulldown-cmark]: https://docs.rs/pulldown-cmark
/// [`render_markdown`]: crate::document::render_markdown
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
    let mut tables = Vec::new();
    let mut title = String::new();
    // The source of the heading being read, and of the cell being read
    // with its one inline item when it has only one.
    let mut heading: Option<Option<Range<usize>>> = None;
    let mut cell: Option<(Range<usize>, Inlines)> = None;
    let mut row: Vec<String> = Vec::new();
    let mut last_cell_end = 0;
    let mut depth = 0usize;
    let mut heading_start = 0;
    // Whether the parser's table is none in GFM, whose delimiter cells
    // carry at most one colon at each end.
    let mut skipping = false;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            _ if skipping && !matches!(event, Event::End(TagEnd::Table)) => {}
            Event::Start(Tag::Heading { .. }) => {
                heading = Some(None);
                heading_start = range.start + content_start(&text[range]);
            }
            Event::End(TagEnd::Heading(_)) => {
                // The events' spans end where the text does (before a
                // closing sequence) but start after an escape: the text
                // starts after the opening sequence.
                let span = heading.take().flatten();
                let text = span.and_then(|span| text.get(heading_start.min(span.start)..span.end));
                title = trim(text.unwrap_or("")).to_owned();
            }
            Event::Start(Tag::Table(_)) => {
                skipping = !has_delimiter_row(&text[range]);
                if !skipping {
                    tables.push(DocTable {
                        title: title.clone(),
                        header: Vec::new(),
                        rows: Vec::new(),
                        interruptions: Vec::new(),
                        overflow: Vec::new(),
                    });
                }
            }
            Event::End(TagEnd::Table) => skipping = false,
            Event::Start(Tag::TableCell) => {
                cell = Some((range, Inlines::None));
                depth = 0;
            }
            Event::End(TagEnd::TableCell) => {
                if let Some((range, inlines)) = cell.take() {
                    last_cell_end = range.end;
                    row.push(cell_text(text, range, inlines));
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(table) = tables.last_mut() {
                    table.header = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(table) = tables.last_mut() {
                    // GFM drops the cells beyond the header's: keep their
                    // source for the diff to show.
                    let end = last_cell_end.clamp(range.start, range.end);
                    let beyond = trim(text[end..range.end].trim_end_matches(['\r', '\n']));
                    let beyond = beyond.strip_prefix('|').map_or(beyond, trim);
                    let beyond = match beyond.strip_suffix('|') {
                        Some(rest) if !rest.ends_with('\\') => trim(rest),
                        _ => beyond,
                    };
                    if !beyond.is_empty() {
                        table.overflow.push((table.rows.len(), beyond.to_owned()));
                    }
                    table.rows.push(std::mem::take(&mut row));
                }
            }
            _ => {
                if let Some(span) = &mut heading {
                    *span = Some(match span.take() {
                        Some(span) => span.start.min(range.start)..span.end.max(range.end),
                        None => range,
                    });
                } else if let Some((_, inlines)) = &mut cell {
                    inlines.see(&event, range, &mut depth);
                }
            }
        }
    }
    tables
}

/// The inline items of a cell, as far as its reading needs them: none,
/// one code span (its source), or anything else.
enum Inlines {
    None,
    Code(Range<usize>),
    Other,
}

impl Inlines {
    /// Counts one event of the cell: `depth` is how many of its inline
    /// containers (emphasis, links) are open.
    fn see(&mut self, event: &Event<'_>, range: Range<usize>, depth: &mut usize) {
        let top = *depth == 0;
        match event {
            Event::Start(_) => *depth += 1,
            Event::End(_) => {
                *depth = depth.saturating_sub(1);
                return;
            }
            _ => {}
        }
        if top {
            *self = match (&*self, event) {
                (Inlines::None, Event::Code(_)) => Inlines::Code(range),
                _ => Inlines::Other,
            };
        }
    }
}

/// Where a heading's text starts in its source: after an ATX heading's
/// opening sequence and the blanks after it, or after a setext heading's
/// indentation.
fn content_start(heading: &str) -> usize {
    let indent = heading.len() - heading.trim_start_matches(' ').len();
    let rest = &heading[indent..];
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    let after = &rest[hashes..];
    if (1..=6).contains(&hashes) && (after.is_empty() || after.starts_with([' ', '\t', '\r', '\n']))
    {
        indent + hashes + (after.len() - after.trim_start_matches([' ', '\t']).len())
    } else {
        indent
    }
}

/// Whether a table's second line is a GFM delimiter row: each cell dashes,
/// with at most one colon at each end (`:--`, `--:`, `:-:`).
fn has_delimiter_row(table: &str) -> bool {
    let Some(line) = table.lines().nth(1) else {
        return false;
    };
    // A block quote's markers and the blanks of a list item's indentation
    // stand before the row.
    let line = line.trim_start_matches([' ', '\t', '>']).trim_end();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').all(|cell| {
        let cell = trim(cell);
        let cell = cell.strip_prefix(':').unwrap_or(cell);
        let cell = cell.strip_suffix(':').unwrap_or(cell);
        !cell.is_empty() && cell.bytes().all(|b| b == b'-')
    })
}

/// Blanks around a cell or a title, as GFM trims them.
fn trim(text: &str) -> &str {
    text.trim_matches([' ', '\t'])
}

/// A cell's text from its source: trimmed, escaped pipes unescaped, a
/// cell that is one code span read as the span's content.
fn cell_text(text: &str, range: Range<usize>, inlines: Inlines) -> String {
    let source = trim(&text[range]);
    let source = match inlines {
        Inlines::Code(code) if text[code.clone()] == *source => code_content(&text[code]),
        _ => source,
    };
    // Inside a cell every pipe is escaped (an unescaped one ends it), and
    // the table takes one backslash before it, as GFM does.
    source.replace("\\|", "|")
}

/// A code span's content: inside its backtick fences, one space stripped
/// at both ends when both are spaces and the content is not all spaces
/// (CommonMark's rule).
fn code_content(span: &str) -> &str {
    let fence = span.len() - span.trim_start_matches('`').len();
    let inner = span
        .get(fence..span.len().saturating_sub(fence))
        .unwrap_or("");
    match inner
        .strip_prefix(' ')
        .and_then(|inner| inner.strip_suffix(' '))
    {
        Some(stripped) if !inner.bytes().all(|b| b == b' ') => stripped,
        _ => inner,
    }
}

/// Writes cells as a Markdown table row that [`parse_markdown`] reads back
/// as the same texts: each pipe as `\|`; a text that a cell's reading
/// would change (blanks at an end, a text that is itself one code span)
/// inside a code span whose fence is longer than any run of backticks in
/// it. A text is one line: a table's row has no line break.
///
/// # Example
/// ```
/// use gwerr_core::document;
///
/// let line = document::markdown_line(&["E1", "a | b", " padded", "`E2`"]);
/// assert_eq!(line, "| E1 | a \\| b | `  padded ` | `` `E2` `` |");
/// let text = format!("| h | h | h | h |\n|---|---|---|---|\n{line}\n");
/// assert_eq!(document::parse_markdown(&text)[0].rows[0], ["E1", "a | b", " padded", "`E2`"]);
/// ```
pub fn markdown_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut out = String::from("|");
    for cell in cells {
        out.push(' ');
        escape_markdown_cell(cell.as_ref(), &mut out);
        out.push_str(" |");
    }
    out
}

/// Writes one cell's text for [`markdown_line`].
fn escape_markdown_cell(cell: &str, out: &mut String) {
    let blank = |c: char| c == ' ' || c == '\t';
    let wrap = cell.starts_with(blank) || cell.ends_with(blank) || is_code_span(cell);
    if !wrap {
        out.push_str(&cell.replace('|', "\\|"));
        return;
    }
    let mut longest = 0;
    let mut run = 0;
    for c in cell.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    // A space pads the content from the fence; an all-blank text, which
    // has no backtick, is the span's content as it is.
    let pad = if cell.bytes().all(|b| b == b' ') {
        ""
    } else {
        " "
    };
    out.push_str(&fence);
    out.push_str(pad);
    out.push_str(&cell.replace('|', "\\|"));
    out.push_str(pad);
    out.push_str(&fence);
}

/// Whether a text is one code span from its first byte to its last: a run
/// of backticks, then the first run of as many, at the end.
fn is_code_span(text: &str) -> bool {
    let fence = text.len() - text.trim_start_matches('`').len();
    if fence == 0 {
        return false;
    }
    let bytes = text.as_bytes();
    let mut at = fence;
    while at < bytes.len() {
        let run = bytes[at..].iter().take_while(|&&b| b == b'`').count();
        if run == fence {
            return at + run == bytes.len();
        }
        at += run.max(1);
    }
    false
}
