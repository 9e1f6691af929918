//! Rustdoc for the generated items, written from the table itself, so that
//! `cargo doc` shows what the vendor's docs show.

use std::fmt::{self, Write as _};

use crate::ast::{ColumnKind, Family, Row, Table};
use crate::emit::{self, render};
use crate::params::Params;

/// Inline code for any text: the fence is one backtick longer than the
/// longest run inside, and padded where the text touches a backtick.
///
/// Written where it is used, as every piece of the docs is, into one
/// `render` (see `emit.rs`), rather than returned as a `String` of its
/// own.
struct CodeSpan<'a>(&'a str);

impl fmt::Display for CodeSpan<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        // Most texts hold no backtick: `[u8]::contains` of a byte is the
        // standard library's `memchr`, optimised even in an unoptimised
        // build.
        if !text.is_empty() && !text.as_bytes().contains(&b'`') {
            out.write_char('`')?;
            out.write_str(text)?;
            return out.write_char('`');
        }
        // Bytes rather than `char`s (a backtick is one byte), by index: an
        // unoptimised build decodes each `char`, and runs an iterator's
        // `next` and `max`, in a call of its own.
        let bytes = text.as_bytes();
        let mut longest = 0;
        let mut run = 0;
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at] == b'`' {
                run += 1;
                if run > longest {
                    longest = run;
                }
            } else {
                run = 0;
            }
            at += 1;
        }
        let fence = Fence(longest + 1);
        let pad = if text.starts_with('`') || text.ends_with('`') || text.is_empty() {
            " "
        } else {
            ""
        };
        write!(out, "{fence}{pad}{text}{pad}{fence}")
    }
}

/// A run of backticks.
struct Fence(usize);

impl fmt::Display for Fence {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        for _ in 0..self.0 {
            out.write_char('`')?;
        }
        Ok(())
    }
}

/// Prose from the docs, with the characters Markdown would take as markup
/// escaped.
struct Prose<'a>(&'a str);

impl fmt::Display for Prose<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        // The markup characters are ASCII: the text goes over in runs
        // between them, not a `char` at a time, found by an index loop
        // (unoptimised, an iterator's `next` is a call a byte).
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut at = 0;
        while at < bytes.len() {
            if matches!(
                bytes[at],
                b'\\' | b'<' | b'>' | b'[' | b']' | b'*' | b'_' | b'#'
            ) {
                out.write_str(&text[start..at])?;
                out.write_char('\\')?;
                start = at;
            }
            at += 1;
        }
        out.write_str(&text[start..])
    }
}

/// A table cell: pipes escaped, even inside code spans (GitHub-flavoured
/// tables split on them first).
struct Cell<T>(T);

impl<T: fmt::Display> fmt::Display for Cell<T> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut cell = Pipes(out);
        write!(cell, "{}", self.0)
    }
}

/// Writes to a `Formatter`, each `|` as `\|`.
struct Pipes<'a, 'b>(&'a mut fmt::Formatter<'b>);

impl fmt::Write for Pipes<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        // `[u8]::contains` of a byte is the standard library's `memchr`.
        if !text.as_bytes().contains(&b'|') {
            return self.0.write_str(text);
        }
        let mut pieces = text.split('|');
        if let Some(first) = pieces.next() {
            self.0.write_str(first)?;
        }
        for piece in pieces {
            self.0.write_str("\\|")?;
            self.0.write_str(piece)?;
        }
        Ok(())
    }
}

/// The doc text of each row's variants, in row order, which both enums'
/// variants share: written once, not once per enum.
pub fn rows(params: &Params) -> Vec<String> {
    params
        .family
        .tables
        .iter()
        .flat_map(|table| {
            table
                .rows
                .iter()
                .map(move |r| render(|out| row(out, table, r)))
        })
        .collect()
}

/// The doc text of each row's code variant, in row order: its code and
/// status, and a link to the error's variant, whose page says the rest.
pub fn code_rows(params: &Params) -> Vec<String> {
    let error = &params.family.ident;
    params
        .rows()
        .map(|row| {
            render(|out| {
                write!(
                    out,
                    " {} · HTTP {}: the code of [`{error}::{variant}`]({error}::{variant}).",
                    CodeSpan(&row.code.text),
                    row.status.value,
                    variant = row.variant,
                )
            })
        })
        .collect()
}

/// Writes a row's variants' docs `text` as source: a doc comment where it
/// reads back as the same docs, unless the row has docs of its own, whose
/// attributes rustdoc would indent unlike a doc comment (see
/// `emit::doc`).
///
/// The code enum's variant (`aliases`) also gets the row's code as a
/// search alias: one per code finds it, and the code enum's variant is the
/// code. They cost a check 7% of its instructions at 1,000 rows, on both
/// enums 15% (BENCHMARKS.md, "Search aliases").
pub fn write_row_doc(
    out: &mut impl fmt::Write,
    row: &Row,
    text: &str,
    aliases: bool,
) -> fmt::Result {
    if row.attrs.iter().any(|a| a.is("doc")) {
        emit::doc_attr(out, text)?;
    } else {
        emit::doc(out, text)?;
    }
    if aliases {
        write_aliases(out, row)?;
    }
    Ok(())
}

/// `#[cfg_attr(doc, doc(alias("I400HD")))]`: the row's code and its other
/// spellings as rustdoc search terms that find the variant (a user who
/// has a code from a log types it into the search). Under `cfg(doc)`, so
/// that a build does not read them. A text rustdoc refuses as an alias is
/// left to the variant's doc text, where the page still shows it.
fn write_aliases(out: &mut impl fmt::Write, row: &Row) -> fmt::Result {
    let others: Vec<String> = row.aliases.iter().map(syn::LitStr::value).collect();
    let spellings =
        std::iter::once(row.code.text.as_str()).chain(others.iter().map(String::as_str));
    let mut written: Vec<&str> = Vec::new();
    for alias in spellings {
        if !is_doc_alias(alias, &row.variant_text) || written.contains(&alias) {
            continue;
        }
        out.write_str(if written.is_empty() {
            "#[cfg_attr(doc, doc(alias("
        } else {
            ", "
        })?;
        emit::str_lit(out, alias)?;
        written.push(alias);
    }
    if !written.is_empty() {
        out.write_str(")))]")?;
    }
    Ok(())
}

/// Whether rustdoc takes `alias` as a search alias of an item named
/// `name`: not empty, no quote and no blank but the space, no space at
/// either end, and not the item's own name (which the search finds
/// anyway).
fn is_doc_alias(alias: &str, name: &str) -> bool {
    !alias.is_empty()
        && alias != name
        && !alias.starts_with(' ')
        && !alias.ends_with(' ')
        && !alias
            .chars()
            .any(|c| c == '"' || c == '\'' || (c.is_whitespace() && c != ' '))
}

/// Writes the doc text of one row's variants.
fn row(out: &mut fmt::Formatter<'_>, table: &Table, row: &Row) -> fmt::Result {
    writeln!(
        out,
        " {} · HTTP {}",
        CodeSpan(&row.code.text),
        row.status.value
    )?;
    let (message, _) = row.message_template();
    if row.message.is_some() {
        write!(out, "\n Message: {}\n", CodeSpan(message))?;
    }
    for (label, lit) in [
        ("", &row.description),
        ("Solution: ", &row.solution),
        ("Scenario: ", &row.scenario),
    ] {
        if !lit.is_empty() {
            write!(out, "\n {label}{}\n", Prose(lit))?;
        }
    }
    for column in &table.columns {
        if let ColumnKind::Extra(index) = column.kind {
            let text = row.extras.get(index).map_or("", String::as_str);
            if !text.is_empty() {
                write!(out, "\n {}: {}\n", Prose(&column.title), Prose(text))?;
            }
        }
    }
    Ok(())
}

/// The family's tables as Markdown tables, each under its title.
pub fn family_tables(family: &Family) -> String {
    render(|out| {
        out.write_str("\n # Tables\n")?;
        for table in &family.tables {
            write!(out, "\n ## {}\n\n", Prose(&table.title.value()))?;
            for attr in &table.docs {
                if let Some(text) = attr.doc_text() {
                    writeln!(out, "{text}")?;
                }
            }
            if !table.docs.is_empty() {
                out.write_char('\n')?;
            }
            // The vendor's columns, then the crate's own: the variant, and
            // the retry advice (declared by the table, else the status's).
            out.write_str(" |")?;
            for column in &table.columns {
                write!(out, " {} |", column.title)?;
            }
            out.write_str(" Variant | Retry |\n |")?;
            for _ in 0..table.columns.len() + 2 {
                out.write_str("---|")?;
            }
            out.write_char('\n')?;
            for row in &table.rows {
                out.write_str(" |")?;
                for column in &table.columns {
                    out.write_char(' ')?;
                    table_cell(out, row, column.kind)?;
                    out.write_str(" |")?;
                }
                let kind = row.retry.kind.name();
                let declared = if row.retry.declared {
                    ""
                } else {
                    " (by status)"
                };
                writeln!(out, " [`{0}`](Self::{0}) | {kind}{declared} |", row.variant)?;
            }
        }
        Ok(())
    })
}

/// Writes the cell of `row` in a column of `kind`.
fn table_cell(out: &mut fmt::Formatter<'_>, row: &Row, kind: ColumnKind) -> fmt::Result {
    match kind {
        ColumnKind::Code => write!(
            out,
            "[{}](Self::{})",
            Cell(CodeSpan(&row.code.text)),
            row.variant
        ),
        ColumnKind::Status if row.status.phrase.is_empty() => write!(out, "{}", row.status.value),
        ColumnKind::Status if row.status.phrase_first => write!(
            out,
            "{} ({})",
            Cell(Prose(&row.status.phrase)),
            row.status.value
        ),
        ColumnKind::Status => write!(
            out,
            "{} {}",
            row.status.value,
            Cell(Prose(&row.status.phrase))
        ),
        ColumnKind::Message => write!(out, "{}", Cell(CodeSpan(row.message_template().0))),
        ColumnKind::Description => write!(out, "{}", Cell(Prose(&row.description))),
        ColumnKind::Solution => write!(out, "{}", Cell(Prose(&row.solution))),
        ColumnKind::Scenario => write!(out, "{}", Cell(Prose(&row.scenario))),
        ColumnKind::Extra(index) => write!(
            out,
            "{}",
            Cell(Prose(row.extras.get(index).map_or("", String::as_str)))
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_any_backticks() {
        let code_span = |text| CodeSpan(text).to_string();
        assert_eq!(code_span("I400HD"), "`I400HD`");
        assert_eq!(
            code_span("Invalid Header `${HeaderName}` ${Reason}"),
            "``Invalid Header `${HeaderName}` ${Reason}``"
        );
        assert_eq!(code_span("`a`"), "`` `a` ``");
        assert_eq!(code_span(""), "`  `");
    }

    #[test]
    fn prose_escapes_markup() {
        let prose = |text| Prose(text).to_string();
        assert_eq!(prose("a <b> [c] *d*"), "a \\<b\\> \\[c\\] \\*d\\*");
        assert_eq!(
            Cell(Prose("a|b||c")).to_string(),
            "a\\|b\\|\\|c",
            "each pipe escaped"
        );
    }
}
