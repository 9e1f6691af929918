//! A newer document's changes written into the source that declares the
//! families: rows added in place, rows gone deprecated, cells rewritten.

use std::collections::{HashMap, HashSet};

use super::diff::{diff, Change};
use super::import::{header_line, renames_in_role, Layout};
use super::source::{self, literal, literal_value, row_cells, StatusCell, Syntax};
use super::tables::DocTable;
use crate::{ColumnKind, Family, Table};

/// What [`patch`] wrote: the source, the changes it applied, and what it
/// could not apply, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Patch {
    /// The source with the changes written in.
    pub source: String,
    /// The changes written into it, of those [`diff`] finds.
    pub applied: Vec<Change>,
    /// What a person must do: each change of a table of this source that
    /// could not be written, and why.
    pub notes: Vec<String>,
}

/// Writes into `source` (the text of a file that declares some of
/// `families` with `error_table!`, inline tables one row per line, as
/// [`import`](super::import) writes them and gwerr-core's families are)
/// the changes [`diff`] finds between those families' tables and a newer
/// document:
///
/// - a row added is written where the newer document has it, after the
///   row above it (as [`import`](super::import) writes a row: its texts as
///   literals, `%s` placeholders named `Value`, ... with a comment);
/// - a row gone is marked `#[deprecated]`, never deleted, so that its
///   variant still compiles and its code is still read;
/// - a changed cell is rewritten; a message whose placeholders changed
///   gets a `// review:` comment, as its variant's fields change;
/// - a code changed is rewritten, keeping the row's `as Name`, with a
///   `// review:` comment;
/// - a header that only renames columns, each title giving its column the
///   role it has (`Solution` to `Suggestion`, an own column's title to
///   another), is rewritten;
/// - in a table declared from a file, whose rows are the file's, the
///   annotations are renumbered to name the same rows in the newer
///   document (`ServerBusy[2]` becomes `ServerBusy[3]` where a row comes
///   before it), the annotation of a row gone is commented out with a
///   `// review:` (its variant goes: a major change), and the rows of a
///   code that comes to name several get names with `as`; the cells come
///   with the newer document itself, saved over the file, as each change's
///   note says.
///
/// Rows and cells are found by the table's title, the row's code (and
/// which of the code's rows), and the column's place in the declared
/// header. A table of the source that `families` does not declare, and
/// the changes of tables this source does not hold, are left alone. A
/// change that cannot be written (a header that adds, drops or moves a
/// column, or changes its role; a table added; a row not on one line) is
/// named in [`Patch::notes`]. A newer document with no table at all (a
/// page whose tables a reader did not find) leaves the source as it is,
/// with a note: it is never read as every row gone.
///
/// The family declared by the patched source renders the newer
/// document's tables back ([`render`](super::render) leaves deprecated
/// rows out), and diffs against it with nothing but deprecated rows. A
/// text the macro would refuse whatever the family (a placeholder left
/// open) and a row added that says what a row of the family says are not
/// written but named; a change that breaks a rule of this family (a status
/// its code contradicts under `status_in_code`, a `type` no placeholder
/// uses any more, two rows a changed cell makes alike) is written as the
/// document says it, and the compiler names the cell.
///
/// # Example
/// ```
/// use gwerr_core::{document, ErrorCode};
///
/// gwerr_core::error_table! {
///     pub enum Shop {
///         table "1. Errors" {
///         | Code | Status | Message |
///         | E1 | 400 | "Bad" |
///         | E2 | 404 | "Gone" |
///         }
///     }
/// }
/// let source = "
///         table \"1. Errors\" {
///         | Code | Status | Message |
///         | E1 | 400 | \"Bad\" |
///         | E2 | 404 | \"Gone\" |
///         }
/// ";
/// let newer = "1. Errors\nCode | Status | Message |\nE1 | 400 | Bad request |\nE3 | 409 | Taken |\n";
/// let patch = document::patch(source, &[ShopCode::FAMILY], &document::parse(newer));
/// assert_eq!(patch.source, "
///         table \"1. Errors\" {
///         | Code | Status | Message |
///         | E1 | 400 | \"Bad request\" |
///         | E3 | 409 | \"Taken\" |
///         #[deprecated]
///         | E2 | 404 | \"Gone\" |
///         }
/// ");
/// assert_eq!(patch.applied.len(), 3);
/// ```
pub fn patch(source: &str, families: &[&Family], newer: &[DocTable]) -> Patch {
    if newer.is_empty() {
        return Patch {
            source: source.to_owned(),
            applied: Vec::new(),
            notes: vec![String::from(
                "the newer document has no table: nothing is patched",
            )],
        };
    }
    let tables: Vec<&Table> = families.iter().flat_map(|family| family.tables).collect();
    let changes = diff(tables.iter().copied(), newer);
    let mut lines: Vec<String> = source.split_inclusive('\n').map(str::to_owned).collect();
    let mut patch = Patch {
        source: String::new(),
        applied: Vec::new(),
        notes: Vec::new(),
    };
    // The changes of each table, and each table of the source by its
    // title (the first, where a title repeats). A line is edited in place:
    // what is written before or after it joins its text, so that every
    // other line stays where it was found.
    let mut by_title: HashMap<&str, Vec<&Change>> = HashMap::new();
    for change in &changes {
        by_title.entry(title_of(change)).or_default().push(change);
    }
    let mut seen = HashSet::new();
    for block in blocks(&lines) {
        if !seen.insert(block.title.clone()) {
            continue;
        }
        let Some((family, table)) = families.iter().find_map(|family| {
            Some((
                *family,
                family.tables.iter().find(|t| t.title == block.title)?,
            ))
        }) else {
            continue;
        };
        let Some(ours) = by_title.get(table.title) else {
            continue;
        };
        let doc = newer.iter().find(|doc| doc.title == table.title);
        if block.from_file {
            patch_annotations(&mut lines, &block, family, table, doc, ours, &mut patch);
            continue;
        }
        patch_table(&mut lines, &block, family, table, doc, ours, &mut patch);
    }
    patch.source = lines.concat();
    patch
}

/// The table a change is about.
fn title_of(change: &Change) -> &str {
    match change {
        Change::TableAdded { title, .. }
        | Change::TableRemoved { title }
        | Change::HeaderChanged { title, .. }
        | Change::RowAdded { title, .. }
        | Change::RowRemoved { title, .. }
        | Change::RowDeprecated { title, .. }
        | Change::Ambiguous { title, .. }
        | Change::CodeChanged { title, .. }
        | Change::CellChanged { title, .. } => title,
    }
}

/// A table of the source: its title, where it starts, its header line and
/// its row lines (the lines that start with `|`), up to its closing brace.
struct Block {
    title: String,
    from_file: bool,
    header: Option<usize>,
    rows: Vec<usize>,
    /// The other lines of the body: a table declared from a file has its
    /// annotations there.
    body: Vec<usize>,
    /// The line of the closing brace, if the source has one.
    end: Option<usize>,
}

/// The tables of the source: a line `table "Title" ... {`, then row lines
/// up to a line that is `}`.
fn blocks(lines: &[String]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at].trim();
        let Some((title, len)) = line
            .strip_prefix("table")
            .filter(|rest| rest.starts_with(char::is_whitespace))
            .map(str::trim_start)
            .and_then(literal_value)
        else {
            at += 1;
            continue;
        };
        let rest = line.trim_start_matches("table").trim_start();
        let from_file = rest[len..].trim_start().starts_with("from");
        let mut block = Block {
            title,
            from_file,
            header: None,
            rows: Vec::new(),
            body: Vec::new(),
            end: None,
        };
        at += 1;
        while at < lines.len() && lines[at].trim() != "}" {
            if lines[at].trim_start().starts_with('|') {
                match block.header {
                    None => block.header = Some(at),
                    Some(_) if is_delimiter_row(&lines[at]) && block.rows.is_empty() => {}
                    Some(_) => block.rows.push(at),
                }
            } else if !lines[at].trim().is_empty() {
                block.body.push(at);
            }
            at += 1;
        }
        block.end = (at < lines.len()).then_some(at);
        blocks.push(block);
    }
    blocks
}

/// `|---|:---:|`: the Markdown delimiter row a pasted header may keep.
fn is_delimiter_row(line: &str) -> bool {
    row_cells(line).is_some_and(|cells| {
        cells
            .iter()
            .all(|cell| !cell.is_empty() && cell.chars().all(|c| c == '-' || c == ':'))
    })
}

/// The code a code cell's source declares: a literal's value, or the
/// identifier before `as`.
fn code_of(cell: &str) -> String {
    match literal_value(cell) {
        Some((value, _)) => value,
        None => cell
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_start_matches("r#")
            .to_owned(),
    }
}

/// What is written to one row of the source.
#[derive(Default)]
struct Edit {
    /// New cell sources, by column.
    cells: Vec<(usize, String)>,
    deprecate: bool,
    reviews: Vec<&'static str>,
    /// Rows written after it.
    after: Vec<String>,
}

fn patch_table(
    lines: &mut [String],
    block: &Block,
    family: &Family,
    table: &Table,
    doc: Option<&DocTable>,
    changes: &[&Change],
    patch: &mut Patch,
) {
    let Some(header) = block.header else { return };
    let indent: String = lines[header]
        .chars()
        .take_while(|c| c.is_whitespace() && *c != '\n')
        .collect();
    let column = |kind: ColumnKind| table.columns.iter().position(|c| c.kind == kind);
    let code_column = column(ColumnKind::Code).unwrap_or(0);
    // The source's rows, each with its code and which of the code's rows.
    let mut rows: Vec<(usize, String, usize)> = Vec::new();
    let mut nth: HashMap<String, usize> = HashMap::new();
    for &line in &block.rows {
        let code = row_cells(&lines[line])
            .and_then(|cells| cells.get(code_column).map(|cell| code_of(cell)))
            .unwrap_or_default();
        let count = nth.entry(code.clone()).or_default();
        *count += 1;
        rows.push((line, code, *count));
    }
    let by_code: HashMap<(&str, usize), usize> = rows
        .iter()
        .map(|(line, code, n)| ((code.as_str(), *n), *line))
        .collect();
    let find =
        |code: &str, repeat: Option<usize>| by_code.get(&(code, repeat.unwrap_or(1))).copied();
    let syntaxes: Vec<Syntax> = family
        .placeholders
        .iter()
        .filter_map(|s| Syntax::new(s))
        .collect();
    let mut names: HashSet<String> = family.rows().map(|row| row.variant.to_owned()).collect();
    let mut edits: HashMap<usize, Edit> = HashMap::new();
    // A header that only renames columns, each keeping its role, is
    // written on the header's own line; any other change of the header
    // leaves the rows' layout in doubt, and rows added are not written.
    let header_cells = row_cells(&lines[header]).map_or(0, |cells| cells.len());
    let renamed_columns =
        |new: &[String]| header_cells == table.columns.len() && renames_in_role(table.columns, new);
    let header_changed = changes
        .iter()
        .any(|change| matches!(change, Change::HeaderChanged { new, .. } if !renamed_columns(new)));
    let mut new_header = None;
    let mut added: Vec<&Vec<String>> = Vec::new();
    let mut renamed: HashMap<&str, &str> = HashMap::new();
    for &change in changes {
        let cell_of = |line: usize, column: usize| {
            row_cells(&lines[line])
                .filter(|cells| cells.len() == table.columns.len())
                .and_then(|cells| cells.get(column).map(|cell| (*cell).to_owned()))
        };
        let applied = match change {
            Change::RowRemoved { code, repeat, .. } => find(code, *repeat).map(|line| {
                edits.entry(line).or_default().deprecate = true;
            }),
            Change::TableRemoved { .. } => {
                for (row, &(line, _, _)) in table.rows.iter().zip(&rows) {
                    if !row.deprecated {
                        edits.entry(line).or_default().deprecate = true;
                    }
                }
                Some(())
            }
            Change::CellChanged {
                code,
                repeat,
                column: title,
                new,
                ..
            } => {
                let at = table.columns.iter().position(|c| c.title == title);
                let line = find(code, *repeat);
                match (at, line) {
                    (Some(at), Some(line)) => cell_of(line, at).and_then(|old| {
                        let kind = table.columns[at].kind;
                        let (cell, review) = rewrite_cell(kind, &old, new, &syntaxes)?;
                        let edit = edits.entry(line).or_default();
                        edit.cells.push((at, cell));
                        edit.reviews.extend(review);
                        Some(())
                    }),
                    _ => None,
                }
            }
            Change::CodeChanged {
                old, repeat, new, ..
            } => find(old, *repeat).and_then(|line| {
                // A code the family's placeholders cannot read is not
                // written: the macro would refuse it.
                super::import::readable(new, true, &syntaxes).ok()?;
                let old_cell = cell_of(line, code_column)?;
                let cell = rewrite_code(&old_cell, new, &mut names);
                let edit = edits.entry(line).or_default();
                edit.cells.push((code_column, cell));
                edit.reviews
                    .push("the code changed: its variant and what reads it change");
                renamed.insert(new, old);
                Some(())
            }),
            Change::HeaderChanged { new, .. } if renamed_columns(new) => {
                new_header = Some(header_line(new));
                Some(())
            }
            // Written below, in the newer document's order.
            Change::RowAdded { cells, .. } if !header_changed => {
                added.push(cells);
                continue;
            }
            // Nothing to write.
            Change::RowDeprecated { .. } => continue,
            _ => None,
        };
        match applied {
            Some(()) => patch.applied.push(change.clone()),
            None => patch
                .notes
                .push(format!("{change}: not written; edit it by hand")),
        }
    }
    if let Some(line) = new_header {
        let end = line_end(&lines[header]);
        lines[header] = format!("{indent}{line}{end}");
    }
    // Rows added, in the newer document's order, each after the row above
    // it there (or after the header).
    if let (Some(doc), false) = (doc, added.is_empty()) {
        let layout = Layout {
            code: code_column,
            status: column(ColumnKind::Status).unwrap_or(0),
            message: column(ColumnKind::Message),
            width: table.columns.len(),
        };
        let mut left: HashMap<&Vec<String>, usize> = HashMap::new();
        for cells in &added {
            *left.entry(*cells).or_default() += 1;
        }
        let mut anchor = header;
        let mut seen: HashMap<&str, usize> = HashMap::new();
        // What the family's rows say: a row added that says the same (code,
        // status and message) is refused by the macro, so not written.
        let mut said: HashSet<(String, u16, String)> = family
            .rows()
            .map(|row| {
                (
                    row.code.text.to_owned(),
                    row.status.as_u16(),
                    row.message.text.to_owned(),
                )
            })
            .collect();
        for doc_row in &doc.rows {
            if let Some(count) = left.get_mut(doc_row).filter(|count| **count > 0) {
                *count -= 1;
                let change = Change::RowAdded {
                    title: table.title.to_owned(),
                    cells: doc_row.clone(),
                };
                let says = layout.check(doc_row).map(|()| {
                    let code = doc_row[layout.code].clone();
                    let status = StatusCell::read(&doc_row[layout.status]).map_or(0, |s| s.status);
                    let message = layout.message.map_or(&code, |m| &doc_row[m]).clone();
                    (code, status, message)
                });
                let written = match says {
                    Ok(says) if !said.insert(says.clone()) => Err(String::from(
                        "a row of the family says the same (code, status and message)",
                    )),
                    _ => layout.write(doc_row, &syntaxes, &mut names),
                };
                match written {
                    Ok(written) => {
                        let mut text = String::new();
                        for note in &written.notes {
                            text += &format!("{indent}// review: {note}\n");
                        }
                        text += &format!("{indent}{}\n", written.line);
                        edits.entry(anchor).or_default().after.push(text);
                        patch.applied.push(change);
                    }
                    Err(why) => patch.notes.push(format!("{change}: not written: {why}")),
                }
                continue;
            }
            let code = doc_row.get(code_column).map_or("", String::as_str);
            let code = renamed.get(code).copied().unwrap_or(code);
            let n = seen.entry(code).or_default();
            *n += 1;
            if let Some(line) = find(code, Some(*n)) {
                anchor = line;
            }
        }
    } else if !added.is_empty() {
        for cells in added {
            patch.notes.push(format!(
                "\"{}\": row added: {}: not written; edit it by hand",
                table.title,
                super::tables::line(cells)
            ));
        }
    }
    // The edits, each line in place: its new text, with what is written
    // before and after it.
    for (line, edit) in edits {
        let mut text = String::new();
        for review in &edit.reviews {
            text += &format!("{indent}// review: {review}\n");
        }
        if edit.deprecate {
            text += &format!("{indent}#[deprecated]\n");
        }
        match row_cells(&lines[line]) {
            Some(cells) if !edit.cells.is_empty() && line != header => {
                let mut cells: Vec<String> = cells.into_iter().map(str::to_owned).collect();
                for (column, cell) in &edit.cells {
                    if let Some(slot) = cells.get_mut(*column) {
                        slot.clone_from(cell);
                    }
                }
                let end = line_end(&lines[line]);
                text += &format!("{indent}| {} |{end}", cells.join(" | "));
            }
            _ => text += &lines[line],
        }
        if !text.ends_with('\n') && !edit.after.is_empty() {
            text.push('\n');
        }
        for row in &edit.after {
            text += row;
        }
        lines[line] = text;
    }
}

/// A cell's new source: a status as a status cell, a message as a
/// literal keeping its `%s` names where their count is the same (and a
/// review where the placeholders changed), any other text as a literal.
/// `None` where the new text cannot be the column's (a status that is
/// not one).
fn rewrite_cell(
    kind: ColumnKind,
    old: &str,
    new: &str,
    syntaxes: &[Syntax],
) -> Option<(String, Option<&'static str>)> {
    match kind {
        ColumnKind::Status => Some((StatusCell::read(new)?.source(), None)),
        ColumnKind::Message => {
            let (old_text, len) = literal_value(old)?;
            let suffix = old[len..].trim();
            let scan = |text: &str| source::placeholders(text, syntaxes).ok();
            let (old_found, new_found) = (scan(&old_text), scan(new));
            // A message the family's placeholders cannot read is not
            // written: the macro would refuse it.
            super::import::readable(new, false, syntaxes).ok()?;
            let names = |found: &Option<Vec<source::Found>>| {
                found.as_ref().map(|found| {
                    let mut names: Vec<Option<String>> =
                        found.iter().map(|f| f.name.clone()).collect();
                    names.sort_unstable();
                    names
                })
            };
            let same = new_found.is_some() && names(&old_found) == names(&new_found);
            let percents = new_found
                .as_ref()
                .map_or(0, |found| found.iter().filter(|f| f.name.is_none()).count());
            let suffix = if same {
                suffix.to_owned()
            } else if percents > 0 {
                source::percent_names(percents)
            } else {
                String::new()
            };
            let cell = match suffix.is_empty() {
                true => literal(new),
                false => format!("{} {suffix}", literal(new)),
            };
            let review = (!same).then_some("the placeholders changed: the variant's fields change");
            Some((cell, review))
        }
        _ => Some((literal(new), None)),
    }
}

/// A code cell's new source: the new code, bare where it is an
/// identifier and the old one was bare, else a literal; the old cell's
/// `% names` and `as Name` kept, or a name derived where a literal needs
/// one.
fn rewrite_code(old: &str, new: &str, names: &mut HashSet<String>) -> String {
    let rest = match literal_value(old) {
        Some((_, len)) => old[len..].trim(),
        None => old
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest.trim()),
    };
    if (rest.is_empty() || rest == format!("as {new}")) && source::is_plain_name(new) {
        names.insert(new.to_owned());
        return new.to_owned();
    }
    if rest.contains(" as ") || rest.starts_with("as ") {
        return format!("{} {rest}", literal(new));
    }
    let mut name = source::camel_case(new).unwrap_or_else(|| String::from("Code"));
    let base = name.clone();
    let mut n = 2;
    while !names.insert(name.clone()) || !source::is_plain_name(&name) {
        name = format!("{base}{n}");
        n += 1;
    }
    match rest.is_empty() {
        true => format!("{} as {name}", literal(new)),
        false => format!("{} {rest} as {name}", literal(new)),
    }
}

/// An annotation of a table declared from a file: `CODE[n] as Name;`.
struct Annotation {
    code: String,
    nth: Option<usize>,
    /// What follows the code and its index (` as Name;`).
    rest: String,
}

impl Annotation {
    fn read(line: &str) -> Option<Annotation> {
        let line = line.trim();
        let (code, len) = match literal_value(line) {
            Some((code, len)) => (code, len),
            None => {
                let len = line
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(line.len());
                (line[..len].to_owned(), len)
            }
        };
        let after = &line[len..];
        let (nth, rest) = match after.strip_prefix('[') {
            Some(index) => {
                let (n, rest) = index.split_once(']')?;
                (Some(n.trim().parse().ok()?), rest)
            }
            None => (None, after),
        };
        (!code.is_empty() && rest.trim_end().ends_with(';')).then(|| Annotation {
            code,
            nth,
            rest: rest.trim_end().to_owned(),
        })
    }
}

/// Patches the annotations of a table declared from a file (see
/// [`patch`]).
fn patch_annotations(
    lines: &mut [String],
    block: &Block,
    family: &Family,
    table: &Table,
    doc: Option<&DocTable>,
    changes: &[&Change],
    patch: &mut Patch,
) {
    let with_the_file = |change: &Change| {
        format!("{change}: comes with the newer document: save it over the table's file")
    };
    // A header that only renames columns in their roles comes with the
    // file; any other leaves the rows' layout in doubt.
    let header_changed = changes.iter().any(|change| {
        matches!(change, Change::HeaderChanged { new, .. } if !renames_in_role(table.columns, new))
    });
    let Some(doc) = doc.filter(|_| !header_changed) else {
        for change in changes {
            patch.notes.push(match change {
                Change::TableRemoved { .. } => format!(
                    "{change}: the table's file no longer has it; remove the table, a major change"
                ),
                _ => format!("{change}: not written; edit the annotations by hand"),
            });
        }
        return;
    };
    let code_column = table
        .columns
        .iter()
        .position(|c| c.kind == ColumnKind::Code)
        .unwrap_or(0);
    // Each code's declared rows and newer rows, paired as `diff` pairs
    // them: the new place of each declared row among its code's rows.
    let mut declared: HashMap<String, Vec<(&crate::Row, Vec<String>)>> = HashMap::new();
    for row in table.rows {
        let cells = super::render::row_cells(table, row);
        let code = cells.get(code_column).cloned().unwrap_or_default();
        declared.entry(code).or_default().push((row, cells));
    }
    let mut newer: HashMap<&str, Vec<&Vec<String>>> = HashMap::new();
    for row in &doc.rows {
        newer
            .entry(row.get(code_column).map_or("", String::as_str))
            .or_default()
            .push(row);
    }
    let mut moved: HashMap<(String, usize), Option<usize>> = HashMap::new();
    for (code, rows) in &declared {
        let candidates = newer.get(code.as_str()).cloned().unwrap_or_default();
        let pairs = super::diff::pair_rows(rows, &candidates, |cells, row| cells == row.as_slice());
        for (nth, pair) in pairs.into_iter().enumerate() {
            moved.insert((code.clone(), nth + 1), pair.map(|index| index + 1));
        }
    }
    let indent: String = block
        .body
        .first()
        .map(|&line| {
            lines[line]
                .chars()
                .take_while(|c| c.is_whitespace() && *c != '\n')
                .collect()
        })
        .unwrap_or_default();
    // The annotations, renumbered or, where their row is gone, commented
    // out with the attributes above them.
    let mut named: HashSet<(String, usize)> = HashSet::new();
    let mut attributes: Vec<usize> = Vec::new();
    for &line in &block.body {
        let text = lines[line].trim_start();
        if text.starts_with("#[") || text.starts_with("//") {
            if text.starts_with("#[") {
                attributes.push(line);
            }
            continue;
        }
        let Some(annotation) = Annotation::read(&lines[line]) else {
            attributes.clear();
            continue;
        };
        let nth = annotation.nth.unwrap_or(1);
        let count = newer.get(annotation.code.as_str()).map_or(0, Vec::len);
        match moved.get(&(annotation.code.clone(), nth)) {
            Some(Some(now)) => {
                named.insert((annotation.code.clone(), *now));
                if *now != nth || (annotation.nth.is_none() && count > 1) {
                    let end = line_end(&lines[line]);
                    lines[line] = format!(
                        "{indent}{}[{now}]{}{end}",
                        code_source(&annotation.code),
                        annotation.rest
                    );
                }
            }
            Some(None) => {
                for &at in attributes.iter().chain([&line]) {
                    lines[at] = format!("{indent}// {}", lines[at].trim_start());
                }
                lines[line] = format!(
                    "{indent}// review: the row is gone from the document, and its variant with it (a major change)\n{}",
                    lines[line]
                );
            }
            None => {}
        }
        attributes.clear();
    }
    // The rows of a code that now names several: each but the first that
    // no annotation names gets a name of its own.
    let mut names: HashSet<String> = family.rows().map(|row| row.variant.to_owned()).collect();
    let mut added = String::new();
    let mut codes: Vec<&&str> = newer.keys().collect();
    codes.sort_unstable();
    for code in codes {
        let count = newer[*code].len();
        if count < 2 {
            continue;
        }
        let unnamed: Vec<usize> = (1..=count)
            .filter(|nth| !named.contains(&(code.to_string(), *nth)))
            .collect();
        for nth in unnamed.into_iter().skip(1) {
            let base = if source::is_plain_name(code) {
                (*code).to_owned()
            } else {
                source::camel_case(code).unwrap_or_else(|| String::from("Code"))
            };
            let mut name = format!("{base}{nth}");
            let mut n = 2;
            while !names.insert(name.clone()) {
                name = format!("{base}{nth}Row{n}");
                n += 1;
            }
            added += &format!("{indent}// review: the code names several rows: name this one\n");
            added += &format!("{indent}{}[{nth}] as {name};\n", code_source(code));
        }
    }
    if !added.is_empty() {
        match block.end {
            Some(end) => lines[end] = added + &lines[end],
            None => patch.notes.push(format!(
                "\"{}\": the table's body has no closing line; add:\n{added}",
                table.title
            )),
        }
    }
    for change in changes {
        match change {
            Change::RowRemoved { .. } | Change::TableRemoved { .. } => {
                patch.applied.push((*change).clone())
            }
            Change::RowDeprecated { .. } => {}
            _ => patch.notes.push(with_the_file(change)),
        }
    }
}

/// The line end a rewritten line keeps: `\n` where the line had one (the
/// source's last line may not).
fn line_end(line: &str) -> &'static str {
    if line.ends_with('\n') {
        "\n"
    } else {
        ""
    }
}

/// A code as an annotation writes it: bare where it is an identifier,
/// else a literal.
fn code_source(code: &str) -> String {
    if source::is_plain_name(code) {
        code.to_owned()
    } else {
        literal(code)
    }
}
