//! A document's tables written as `error_table!` source.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use super::source::{self, literal, StatusCell, Syntax};
use super::tables::DocTable;

/// What [`import`] wrote: the source, and every decision it left to a
/// person, also written as `// import:` comments in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Import {
    /// `error_table!` source: one family per table.
    pub source: String,
    /// What needs a person: a name or a type guessed, a row or a table
    /// that could not be declared as written (and why).
    pub notes: Vec<String>,
}

/// The column titles `error_table!` recognises, lowercase, and the role
/// each gives (a test holds this list to the macro's).
const KNOWN_TITLES: &[(&str, Role)] = &[
    ("scenario", Role::Scenario),
    ("error code", Role::Code),
    ("code", Role::Code),
    ("error message", Role::Message),
    ("user message", Role::Message),
    ("message", Role::Message),
    ("http status code", Role::Status),
    ("http status", Role::Status),
    ("status code", Role::Status),
    ("status", Role::Status),
    ("description", Role::Description),
    ("solution", Role::Solution),
    ("suggestion", Role::Solution),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Code,
    Status,
    Message,
    Description,
    Solution,
    Scenario,
}

impl Role {
    /// The column kind of the metadata with this role.
    fn kind(self) -> crate::ColumnKind {
        use crate::ColumnKind;
        match self {
            Role::Code => ColumnKind::Code,
            Role::Status => ColumnKind::Status,
            Role::Message => ColumnKind::Message,
            Role::Description => ColumnKind::Description,
            Role::Solution => ColumnKind::Solution,
            Role::Scenario => ColumnKind::Scenario,
        }
    }
}

/// The role of a title that `error_table!` recognises.
fn known(title: &str) -> Option<Role> {
    let lower = title.to_ascii_lowercase();
    KNOWN_TITLES
        .iter()
        .find(|(known, _)| *known == lower)
        .map(|(_, role)| *role)
}

/// Writes `error_table!` source for every table of a document, one family
/// per table, that renders the table back byte for byte
/// ([`render`](crate::document::render)) and diffs clean against the
/// document.
///
/// - Titles and cells are string literals holding the document's text;
///   a column title the macro recognises is written as words, as the
///   document writes it, any other as a literal, and a code, status or
///   message column titled in the vendor's words gets its role with the
///   `columns` option. The statuses are the column whose cells are
///   mostly statuses; without a title that says so, the messages are the
///   column of the vendor's own, or the descriptions, whose cells hold
///   the most templates (`${Name}`, `{Name}` or `%s`; words in brackets
///   may be prose).
/// - A code that is an identifier is written bare; any other is a
///   literal named with `as`, after its words (`"Not Found" as NotFound`);
///   a name taken already gets a number.
/// - Statuses are read as `403`, `403 Forbidden` or `Forbidden (403)`;
///   the `status` option lists the classes the table has beyond `4XX |
///   5XX`.
/// - The placeholder syntaxes the table's codes and messages use are
///   found (`${Name}`, `{Name}`, `%s`, `<Name>`, `[Name]`) and named in
///   the `placeholders` option; every placeholder is a `String`, and
///   `%s` placeholders are named `Value`, `Value2`, ... A syntax is
///   not taken where it would read markup as a placeholder (`<br>`, a
///   link's `[text](url)`): its placeholders stay text, and a note says so.
/// - Both enums are `#[non_exhaustive]`, so that a row the vendor adds is
///   a minor release.
///
/// What cannot be declared as written is left out with an `// import:`
/// comment saying why, and named in [`Import::notes`]: a table with no
/// column of statuses, a row with a status that is not one, an empty
/// code, not as many cells as the header has, or the same code, status
/// and message as a row above. Every name and type the importer chose is
/// also such a comment: a person decides. So is what the document has
/// that a table does not keep: a Markdown row's text beyond its header's
/// cells, and a line between a table's rows; and a title an earlier
/// table has, which [`diff`](crate::document::diff) cannot tell apart.
///
/// # Example
/// ```
/// use gwerr_core::document;
///
/// let text = "## Errors\n\n| Code | Status | Message |\n|---|---|---|\n| E1 | 400 | Bad {Field} |\n| Not Found | 404 Not Found | Nothing |\n";
/// let import = document::import(&document::parse_any(text));
/// assert!(import.source.contains("placeholders = \"{Name}\";"));
/// assert!(import.source.contains(r#"| E1 | 400 | "Bad {Field}" |"#));
/// assert!(import.source.contains(r#"| "Not Found" as NotFound | 404 Not Found | "Nothing" |"#));
/// ```
pub fn import(tables: &[DocTable]) -> Import {
    let mut import = Import {
        source: String::new(),
        notes: Vec::new(),
    };
    let mut families = HashSet::new();
    let mut titles = HashSet::new();
    for (index, table) in tables.iter().enumerate() {
        let repeated = !titles.insert(table.title.as_str());
        import_table(index, table, repeated, &mut families, &mut import);
    }
    import
}

/// A note for a person, as a comment in the source and in the notes.
fn note(import: &mut Import, indent: &str, text: String) {
    for line in text.lines() {
        let _ = writeln!(import.source, "{indent}// import: {line}");
    }
    import.notes.push(text);
}

/// Imports one table; `repeated` when an earlier table of the document
/// has its title.
fn import_table(
    index: usize,
    table: &DocTable,
    repeated: bool,
    families: &mut HashSet<String>,
    import: &mut Import,
) {
    let title = &table.title;
    let header = &table.header;
    if !import.source.is_empty() {
        import.source.push('\n');
    }
    let roles: Vec<Option<Role>> = header.iter().map(|t| known(t)).collect();
    let position = |role| roles.iter().position(|r| *r == Some(role));
    let contains = |word: &str| {
        header
            .iter()
            .position(|t| t.to_ascii_lowercase().contains(word))
    };
    // A column titled in the vendor's words holds the statuses when most
    // of its cells are statuses (a row's `n/a` is that row's problem).
    let mostly_statuses = |column: usize| {
        let statuses = table
            .rows
            .iter()
            .filter(|row| {
                row.get(column)
                    .is_some_and(|cell| StatusCell::read(cell).is_some())
            })
            .count();
        statuses * 2 > table.rows.len()
    };
    let Some(status) = position(Role::Status)
        .or_else(|| (0..header.len()).find(|&column| mostly_statuses(column)))
    else {
        note(
            import,
            "",
            format!(
                "table {:?} is left out: no column holds HTTP statuses ({})",
                title,
                header.join(" | ")
            ),
        );
        return;
    };
    // The title as the macro takes one: a document's heading, on one line
    // with no blank at either end.
    let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
    if title.contains(['\n', '\r']) || title.trim_matches(blank) != title || title.ends_with('|') {
        note(
            import,
            "",
            format!("table {title:?} is left out: a table's title is one line with no blank at either end and no `|` at its end"),
        );
        return;
    }
    // Each column's title, as the macro tells columns apart: none empty,
    // no two alike in ASCII case or in the role they give (`Solution` and
    // `Suggestion` are one).
    let mut seen_titles: Vec<(String, Option<Role>)> = Vec::new();
    for title_text in header {
        let role = known(title_text);
        let lower = title_text.to_ascii_lowercase();
        let twice = seen_titles
            .iter()
            .any(|(seen, seen_role)| *seen == lower || (role.is_some() && *seen_role == role));
        if title_text.is_empty() || twice {
            note(
                import,
                "",
                format!(
                    "table {title:?} is left out: its column title {title_text:?} is empty or says what another says ({})",
                    header.join(" | ")
                ),
            );
            return;
        }
        seen_titles.push((lower, role));
    }
    if header.len() < 2 {
        note(
            import,
            "",
            format!("table {title:?} is left out: it has one column, and a table needs its codes and statuses"),
        );
        return;
    }
    let code = position(Role::Code)
        .or_else(|| contains("code"))
        .filter(|&c| c != status)
        .unwrap_or(usize::from(status == 0));
    let titled_message = position(Role::Message).or_else(|| {
        ["message", "msg", "text"]
            .into_iter()
            .find_map(|word| contains(word).filter(|&c| c != code && c != status))
    });
    // Untitled as such, the messages are the column of the vendor's own
    // (or the descriptions) whose cells hold the most templates: a
    // template is a message.
    let own = |column: usize| {
        column != code
            && column != status
            && matches!(roles[column], None | Some(Role::Description))
    };
    let by_content = || {
        // Only `${Name}`, `{Name}` and `%s` make a template here: words
        // in brackets (`[Optional]`, `<Name>` in a sentence) are common
        // in prose.
        let templated = |column: usize| {
            let cells = table.rows.iter().filter_map(|row| row.get(column));
            cells
                .filter(|cell| {
                    source::IMPORTED[..3].iter().any(|syntax| {
                        readable(cell, false, &[*syntax]).is_ok_and(|found| !found.is_empty())
                    })
                })
                .count()
        };
        (0..header.len())
            .filter(|&column| own(column))
            .map(|column| (templated(column), column))
            .filter(|&(count, _)| count > 0)
            .min_by_key(|&(count, column)| (std::cmp::Reverse(count), column))
            .map(|(_, column)| column)
    };
    let message = titled_message.or_else(by_content);
    // What the family's reader should know of the table as a whole, noted
    // at the family.
    let mut table_notes = Vec::new();
    if let (None, Some(column)) = (titled_message, message) {
        table_notes.push(format!(
            "table {title:?}: column {:?} is read as the messages, as its cells have placeholders",
            header[column]
        ));
    } else if message.is_none() && header.len() > 2 {
        table_notes.push(format!(
            "table {title:?}: no column is titled as the messages, so each row's message is its code; where a column holds them, give it the role with `columns = {{ message: \"...\" }}`"
        ));
    }
    if repeated {
        table_notes.push(format!(
            "table {title:?}: an earlier table has this title, and `diff` and `patch` compare only the first table of a title, not this one: merge the two, or leave this one out"
        ));
    }
    for line in &table.interruptions {
        table_notes.push(format!(
            "table {title:?}: a line between its rows is not part of it: {line:?}"
        ));
    }

    // The `columns` option, for each role a title does not give.
    let mut columns = Vec::new();
    for (role, column, name) in [
        (Role::Code, Some(code), "code"),
        (Role::Status, Some(status), "status"),
        (Role::Message, message, "message"),
    ] {
        if let Some(column) = column {
            if roles[column] != Some(role) {
                columns.push(format!("{name}: {}", literal(&header[column])));
            }
        }
    }

    // The placeholder syntaxes the codes and messages use.
    // A syntax is taken where it finds placeholders and every text still
    // reads as the macro wants it: no opening left unclosed, no two
    // placeholders side by side, at most one in a code, every name a
    // field's.
    let texts: Vec<(&str, bool)> = table
        .rows
        .iter()
        .flat_map(|row| {
            [Some(code), message]
                .into_iter()
                .flatten()
                .filter_map(|c| row.get(c).map(|text| (text.as_str(), c == code)))
        })
        .collect();
    let count = |syntaxes: &[Syntax]| -> Option<usize> {
        texts
            .iter()
            .map(|&(text, is_code)| {
                readable(text, is_code, syntaxes)
                    .ok()
                    .map(|found| found.len())
            })
            .sum()
    };
    // The syntaxes taken, and how many placeholders they find: each
    // candidate scans the texts once.
    let mut syntaxes: Vec<Syntax> = Vec::new();
    let mut found = 0;
    for candidate in source::IMPORTED {
        let with: Vec<Syntax> = syntaxes.iter().copied().chain([candidate]).collect();
        match count(&with) {
            Some(n) if n > found => {
                syntaxes = with;
                found = n;
            }
            Some(_) => {}
            None => {
                // Placeholders of this syntax that some text has, which
                // another text does not let the family read: said.
                let some = texts.iter().any(|&(text, _)| {
                    source::placeholders(text, &[candidate])
                        .is_ok_and(|found| found.iter().any(|found| !is_markup(text, found)))
                });
                let why = texts
                    .iter()
                    .find_map(|&(text, is_code)| readable(text, is_code, &with).err());
                if let (true, Some(why)) = (some, why) {
                    table_notes.push(format!(
                        "table {title:?}: placeholders written {} are kept as text: in one row, {why}",
                        candidate.spelling()
                    ));
                }
            }
        }
    }
    if syntaxes.is_empty() {
        // A syntax none of the texts has, so that nothing is a placeholder.
        const NONE: [&str; 10] = [
            "<Name>",
            "[Name]",
            "~Name~",
            "~~Name~~",
            "~~~Name~~~",
            "~~~~Name~~~~",
            "~~~~~Name~~~~~",
            "~~~~~~Name~~~~~~",
            "~~~~~~~Name~~~~~~~",
            "~~~~~~~~Name~~~~~~~~",
        ];
        let unused = NONE
            .iter()
            .filter_map(|spelling| Syntax::new(spelling))
            .find(|syntax| count(&[*syntax]) == Some(0));
        let Some(unused) = unused else {
            note(
                import,
                "",
                format!("table {title:?} is left out: no placeholder syntax reads its codes and messages"),
            );
            return;
        };
        syntaxes.push(unused);
    }
    let placeholders = syntaxes
        .iter()
        .map(|s| literal(s.spelling()))
        .collect::<Vec<_>>()
        .join(" | ");

    let mut rows = String::new();
    let mut declared = 0;
    let mut templates = Templates::default();
    let mut names: HashSet<String> = HashSet::new();
    let mut seen: HashSet<(String, u16, String)> = HashSet::new();
    let mut fields: Vec<String> = Vec::new();
    let mut classes: Vec<u16> = Vec::new();
    let layout = Layout {
        code,
        status,
        message,
        width: header.len(),
    };
    // The text Markdown drops beyond a row's cells, by row, in order.
    let mut beyond = table.overflow.iter().peekable();
    for (at, row) in table.rows.iter().enumerate() {
        let line = at + 1;
        let code_text = row.get(code).map_or("", String::as_str);
        while let Some((_, text)) = beyond.next_if(|(row, _)| *row <= at) {
            let text = format!(
                "row {line} ({code_text}): its text beyond the header's cells, {text:?}, is not in the table as Markdown reads it"
            );
            let _ = writeln!(rows, "        // import: {text}");
            import.notes.push(text);
        }
        let mut left_out = layout.check(row).err();
        let message_text = message
            .and_then(|m| row.get(m))
            .map_or(code_text, String::as_str);
        let code_found = source::placeholders(code_text, &syntaxes).unwrap_or_default();
        if let ([placeholder], None) = (code_found.as_slice(), &left_out) {
            let (prefix, suffix) = (
                &code_text[..placeholder.at.start],
                &code_text[placeholder.at.end..],
            );
            if let Some(first) = templates.overlapping(prefix, suffix) {
                left_out = Some(format!(
                    "its templated code matches some of the codes {first} matches, and neither is more specific"
                ));
            } else {
                templates.insert(prefix, suffix, code_text);
            }
        }
        let status_cell = row.get(status).and_then(|cell| StatusCell::read(cell));
        if let (None, Some(cell)) = (&left_out, &status_cell) {
            let key = (code_text.to_owned(), cell.status, message_text.to_owned());
            if !seen.insert(key) {
                left_out = Some(String::from(
                    "a row above has the same code, status and message",
                ));
            }
        }
        let written = match left_out {
            Some(why) => Err(why),
            None => layout.write(row, &syntaxes, &mut names),
        };
        let written = match written {
            Ok(written) => written,
            Err(why) => {
                let text = format!("row {line} ({code_text}) is left out: {why}");
                let _ = writeln!(rows, "        // import: {text}");
                import.notes.push(text);
                continue;
            }
        };
        let class = written.status / 100;
        if !classes.contains(&class) {
            classes.push(class);
        }
        for name in written.fields {
            if !fields.contains(&name) {
                fields.push(name);
            }
        }
        for text in written.notes {
            let _ = writeln!(rows, "        // import: {text}");
            import
                .notes
                .push(format!("row {line} ({code_text}): {text}"));
        }
        let _ = writeln!(rows, "        {}", written.line);
        declared += 1;
    }

    if declared == 0 {
        for text in table_notes {
            note(import, "", text);
        }
        import.source += &rows.replace("        // import:", "// import:");
        note(
            import,
            "",
            format!("table {title:?} is left out: it has no row that can be declared"),
        );
        return;
    }
    let (name, after_title) = family_name(title, index, families);
    let _ = writeln!(import.source, "gwerr_core::error_table! {{");
    let _ = writeln!(import.source, "    /// The errors of the table {title:?}.");
    let named = if after_title {
        format!("the family {name} is named after the table's title {title:?}: name it")
    } else {
        format!("the family {name} is named after its place, the table's title {title:?} having no word of its own: name it")
    };
    note(import, "    ", named);
    for text in table_notes {
        note(import, "    ", text);
    }
    if !fields.is_empty() {
        note(
            import,
            "    ",
            format!(
                "every placeholder is a String ({}): give one another type with `type Name = u32;`",
                fields.join(", ")
            ),
        );
    }
    let _ = writeln!(import.source, "    #[non_exhaustive]");
    let _ = writeln!(import.source, "    pub enum {name} {{");
    let _ = writeln!(import.source, "        #[non_exhaustive]");
    let _ = writeln!(import.source, "        code = {name}Code;");
    let _ = writeln!(import.source, "        placeholders = {placeholders};");
    classes.sort_unstable();
    if classes.iter().any(|class| !matches!(class, 4 | 5)) {
        let classes: Vec<String> = classes.iter().map(|class| format!("{class}XX")).collect();
        let _ = writeln!(import.source, "        status = {};", classes.join(" | "));
    }
    if !columns.is_empty() {
        let _ = writeln!(
            import.source,
            "        columns = {{ {} }};",
            columns.join(", ")
        );
    }
    let _ = writeln!(import.source);
    let _ = writeln!(import.source, "        table {} {{", literal(title));
    let _ = writeln!(import.source, "        {}", header_line(header));
    import.source += &rows;
    let _ = writeln!(import.source, "        }}");
    let _ = writeln!(import.source, "    }}");
    let _ = writeln!(import.source, "}}");
}

/// Where a table's code, status and message are, and how many cells a
/// row has: what a row is written by.
pub(crate) struct Layout {
    pub(crate) code: usize,
    pub(crate) status: usize,
    pub(crate) message: Option<usize>,
    pub(crate) width: usize,
}

/// A row written as a row of a table's declaration.
pub(crate) struct Written {
    /// `| code | status | "message" |`.
    pub(crate) line: String,
    /// Its status.
    pub(crate) status: u16,
    /// The names of its placeholders (`%s` left out), in order.
    pub(crate) fields: Vec<String>,
    /// What a person should decide about it.
    pub(crate) notes: Vec<String>,
}

impl Layout {
    /// Why the row cannot be declared as written: its cell count, an
    /// empty code, a status that is not one.
    pub(crate) fn check(&self, row: &[String]) -> Result<(), String> {
        if row.len() != self.width {
            return Err(format!(
                "it has {} cells, the header {}: {}",
                row.len(),
                self.width,
                row.join(" | ")
            ));
        }
        if row[self.code].is_empty() {
            return Err(String::from("its code is empty"));
        }
        if StatusCell::read(&row[self.status]).is_none() {
            return Err(format!(
                "{:?} is not a status such as `400`, `400 Bad Request` or `Bad Request (400)`",
                row[self.status]
            ));
        }
        Ok(())
    }

    /// The row in the declaration's syntax: a code that is an identifier
    /// bare, any other a literal named with `as` (a name in `names` gets a
    /// number, and a note); texts as literals; `%s` placeholders named
    /// `Value`, `Value2`, ... in each cell, so that a templated code's and
    /// its message's first share a name (and a note says so).
    pub(crate) fn write(
        &self,
        row: &[String],
        syntaxes: &[Syntax],
        names: &mut HashSet<String>,
    ) -> Result<Written, String> {
        self.check(row)?;
        let status = StatusCell::read(&row[self.status]).ok_or("no status")?;
        let mut written = Written {
            line: String::new(),
            status: status.status,
            fields: Vec::new(),
            notes: Vec::new(),
        };
        let mut cells = Vec::with_capacity(row.len());
        let mut named_percent = false;
        for (column, cell) in row.iter().enumerate() {
            let found = if column == self.code || Some(column) == self.message {
                readable(cell, column == self.code, syntaxes)?
            } else {
                Vec::new()
            };
            for name in found.iter().filter_map(|f| f.name.as_ref()) {
                if !written.fields.contains(name) {
                    written.fields.push(name.clone());
                }
            }
            let percents = found.iter().filter(|f| f.name.is_none()).count();
            let percent_names = if percents == 0 {
                String::new()
            } else {
                named_percent = true;
                format!(" {}", source::percent_names(percents))
            };
            let text = if column == self.code {
                let mut words = cell.clone();
                for placeholder in found.iter().rev() {
                    words.replace_range(placeholder.at.clone(), " ");
                }
                let (variant, renamed) = variant_name(&words, names);
                if renamed {
                    written.notes.push(format!(
                        "named {variant}, as its name is another row's or a keyword: name it"
                    ));
                }
                let bare = source::is_plain_name(cell) && found.is_empty();
                match (bare, variant == *cell) {
                    (true, true) => cell.clone(),
                    (true, false) => format!("{cell} as {variant}"),
                    (false, _) => format!("{}{percent_names} as {variant}", literal(cell)),
                }
            } else if column == self.status {
                status.source()
            } else {
                format!("{}{percent_names}", literal(cell))
            };
            cells.push(text);
        }
        if named_percent {
            written.notes.push(String::from(
                "`%s` placeholders named Value, Value2, ...: name them (a templated code's and its message's first share a name)",
            ));
        }
        written.line = format!("| {} |", cells.join(" | "));
        Ok(written)
    }
}

/// The placeholders of a code or message, where the macro reads it under
/// `syntaxes`: no opening left unclosed, no two placeholders side by side,
/// at most one in a code, every name a field's.
pub(crate) fn readable(
    text: &str,
    is_code: bool,
    syntaxes: &[Syntax],
) -> Result<Vec<source::Found>, String> {
    let what = if is_code { "code" } else { "message" };
    let found = source::placeholders(text, syntaxes)
        .map_err(|()| format!("its {what} {text:?} opens a placeholder it does not close"))?;
    if found
        .windows(2)
        .any(|pair| pair[0].at.end == pair[1].at.start)
    {
        return Err(format!(
            "its {what} {text:?} has two placeholders side by side"
        ));
    }
    if is_code && found.len() > 1 {
        return Err(format!("its code {text:?} has more than one placeholder"));
    }
    if let Some(name) = found
        .iter()
        .filter_map(|f| f.name.as_deref())
        .find(|name| !source::is_field_name(name))
    {
        return Err(format!("its placeholder {name:?} cannot name a field"));
    }
    if let Some(markup) = found.iter().find(|found| is_markup(text, found)) {
        return Err(format!(
            "its {what} {text:?} has {:?}, which a document's reader takes for HTML or a link",
            &text[markup.at.clone()]
        ));
    }
    Ok(found)
}

/// Whether a placeholder found in `text` is markup that a page shows as
/// such: an HTML element (`<br>`, `<b>`), or a link's text (`[here](url)`,
/// `[here][1]`).
fn is_markup(text: &str, found: &source::Found) -> bool {
    const ELEMENTS: &[&str] = &[
        "a", "abbr", "b", "br", "code", "del", "div", "em", "font", "hr", "i", "img", "ins", "kbd",
        "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
        "td", "th", "thead", "tr", "u", "ul",
    ];
    let written = &text[found.at.clone()];
    let name = found.name.as_deref().unwrap_or("");
    (written.starts_with('<') && ELEMENTS.contains(&name.to_ascii_lowercase().as_str()))
        || (written.starts_with('[') && text[found.at.end..].starts_with(['(', '[']))
}

/// Whether a newer header only renames a table's columns, each title
/// giving its column the role it has: as many titles, none empty, no two
/// alike in ASCII case, and a column renamed only where both its titles
/// give it its role by themselves (a known title, or one of the table's
/// own for an own column), never through the family's `columns` option.
/// The macro then reads the rows as before.
pub(crate) fn renames_in_role(columns: &[crate::Column], new: &[String]) -> bool {
    let default = |title: &str, kind: crate::ColumnKind| match known(title) {
        Some(role) => role.kind() == kind,
        None => matches!(kind, crate::ColumnKind::Extra(_)),
    };
    let mut seen = HashSet::new();
    columns.len() == new.len()
        && new
            .iter()
            .all(|title| !title.is_empty() && seen.insert(title.to_ascii_lowercase()))
        && columns.iter().zip(new).all(|(column, title)| {
            column.title == title
                || (default(column.title, column.kind) && default(title, column.kind))
        })
}

/// A header line of a table's declaration: `| Error code | "Errno" |`.
pub(crate) fn header_line(titles: &[String]) -> String {
    let titles: Vec<String> = titles.iter().map(|title| header_title(title)).collect();
    format!("| {} |", titles.join(" | "))
}

/// A column title as the header writes it: words where the macro
/// recognises it, else a string literal (never corrected to a known one).
fn header_title(title: &str) -> String {
    let words = title.split(' ').all(source::is_plain_name);
    if known(title).is_some() && words {
        title.to_owned()
    } else {
        literal(title)
    }
}

/// The variant of a code (its placeholders taken out): its words in
/// CamelCase, and a number after it where the name is taken (then `true`).
fn variant_name(code: &str, names: &mut HashSet<String>) -> (String, bool) {
    let base = if source::is_plain_name(code) {
        code.to_owned()
    } else {
        source::camel_case(code).unwrap_or_else(|| String::from("Code"))
    };
    let mut name = base.clone();
    let mut n = 2;
    while !names.insert(name.clone()) || !source::is_plain_name(&name) {
        name = format!("{base}{n}");
        n += 1;
    }
    let renamed = name != base;
    (name, renamed)
}

/// A family's name from its table's title: up to three of its words that
/// say something, in CamelCase, then `Error`; a number after it where the
/// name is taken. Without such a word, `Table{n}Error` after the table's
/// place (then `false`).
fn family_name(title: &str, index: usize, taken: &mut HashSet<String>) -> (String, bool) {
    const FILLER: &[&str] = &[
        "a", "an", "and", "by", "code", "codes", "error", "errors", "for", "in", "list", "of",
        "on", "the", "to", "with",
    ];
    let words: Vec<&str> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty() && !word.bytes().all(|b| b.is_ascii_digit()))
        .filter(|word| !FILLER.contains(&word.to_ascii_lowercase().as_str()))
        .take(3)
        .collect();
    let (base, after_title) = match source::camel_case(&words.join(" ")) {
        Some(words) => (format!("{words}Error"), true),
        None => (format!("Table{}Error", index + 1), false),
    };
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}{n}");
        n += 1;
    }
    (name, after_title)
}

/// The templated codes of a table, indexed to refuse two that overlap as
/// `error_table!` refuses them: templates of the same weight (literal
/// bytes) overlap exactly when the shorter prefix is a prefix of the longer
/// and the shorter suffix a suffix of the longer. Each template is filed
/// under its weight and prefix with every tail of its suffix, and under
/// its weight and suffix with every head of its prefix, each text by its
/// length and a polynomial hash computed for all heads (or tails) in one
/// pass, so that filing and looking up a template cost time and memory in
/// its length, however long; a hit is checked on the texts themselves.
#[derive(Default)]
struct Templates {
    /// Each template filed, as (prefix, suffix, code).
    filed: Vec<(String, String, String)>,
    /// (weight, prefix, a tail of the suffix) to the first template filed.
    by_prefix: HashMap<(usize, Text, Text), usize>,
    /// (weight, suffix, a head of the prefix) to the first template filed.
    by_suffix: HashMap<(usize, Text, Text), usize>,
}

/// A text by its length and hash.
type Text = (usize, u64);

/// The base of the polynomial hash: a text `x` hashes to the sum of
/// `x[i] * BASE^i`.
const BASE: u64 = 0x100_0000_01b3;

/// Every head of `text` (from the empty one to the whole), as a [`Text`].
fn head_texts(text: &str) -> Vec<Text> {
    let mut heads = Vec::with_capacity(text.len() + 1);
    let (mut hash, mut power) = (0u64, 1u64);
    heads.push((0, 0));
    for (at, byte) in text.bytes().enumerate() {
        hash = hash.wrapping_add(u64::from(byte).wrapping_mul(power));
        power = power.wrapping_mul(BASE);
        heads.push((at + 1, hash));
    }
    heads
}

/// Every tail of `text` (from the empty one to the whole), as a [`Text`].
fn tail_texts(text: &str) -> Vec<Text> {
    let mut tails = Vec::with_capacity(text.len() + 1);
    let mut hash = 0u64;
    tails.push((0, 0));
    for (len, byte) in text.bytes().rev().enumerate() {
        hash = u64::from(byte).wrapping_add(hash.wrapping_mul(BASE));
        tails.push((len + 1, hash));
    }
    tails
}

impl Templates {
    /// The code of the first template filed that overlaps one of this
    /// prefix and suffix.
    fn overlapping(&self, prefix: &str, suffix: &str) -> Option<&str> {
        let weight = prefix.len() + suffix.len();
        let (heads, tails) = (head_texts(prefix), tail_texts(suffix));
        let (whole_prefix, whole_suffix) = (heads[heads.len() - 1], tails[tails.len() - 1]);
        let overlaps = |index: usize| {
            let (p, s, _) = &self.filed[index];
            let (short_p, long_p) = if p.len() <= prefix.len() {
                (p.as_str(), prefix)
            } else {
                (prefix, p.as_str())
            };
            let (short_s, long_s) = if s.len() <= suffix.len() {
                (s.as_str(), suffix)
            } else {
                (suffix, s.as_str())
            };
            long_p.starts_with(short_p) && long_s.ends_with(short_s)
        };
        let shorter_prefixes = heads
            .iter()
            .filter_map(|head| self.by_prefix.get(&(weight, *head, whole_suffix)));
        let longer_prefixes = tails
            .iter()
            .filter_map(|tail| self.by_suffix.get(&(weight, *tail, whole_prefix)));
        shorter_prefixes
            .chain(longer_prefixes)
            .copied()
            .filter(|&index| overlaps(index))
            .min()
            .map(|index| self.filed[index].2.as_str())
    }

    fn insert(&mut self, prefix: &str, suffix: &str, code: &str) {
        let weight = prefix.len() + suffix.len();
        let index = self.filed.len();
        let (heads, tails) = (head_texts(prefix), tail_texts(suffix));
        let (whole_prefix, whole_suffix) = (heads[heads.len() - 1], tails[tails.len() - 1]);
        for tail in tails {
            self.by_prefix
                .entry((weight, whole_prefix, tail))
                .or_insert(index);
        }
        for head in heads {
            self.by_suffix
                .entry((weight, whole_suffix, head))
                .or_insert(index);
        }
        self.filed
            .push((prefix.to_owned(), suffix.to_owned(), code.to_owned()));
    }
}
