//! Rustdoc for the generated items, written from the table itself, so that
//! `cargo doc` shows what the vendor's docs show.

use std::fmt::Write;

use crate::ast::{ColumnKind, Row, Table};
use crate::params::Params;
use crate::source::{write_doc, write_doc_attr, Text};

/// Inline code for any text: the fence is one backtick longer than the
/// longest run inside, and padded where the text touches a backtick.
fn code_span(text: &str) -> String {
    // Bytes rather than `char`s (a backtick is one byte), by index: an
    // unoptimised build decodes each `char`, and runs an iterator's `next`
    // and `max`, in a call of its own.
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
    if longest == 0 && !text.is_empty() {
        return format!("`{text}`");
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') || text.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Prose from the docs, with the characters Markdown would take as markup
/// escaped.
fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The markup characters are ASCII: the text goes over in runs between
    // them, not a `char` at a time, found by an index loop (unoptimised, an
    // iterator's `next` is a call a byte).
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        if matches!(
            bytes[at],
            b'\\' | b'<' | b'>' | b'[' | b']' | b'*' | b'_' | b'#'
        ) {
            out.push_str(&text[start..at]);
            out.push('\\');
            start = at;
        }
        at += 1;
    }
    out.push_str(&text[start..]);
    out
}

/// Appends a table cell: pipes escaped, even inside code spans
/// (GitHub-flavoured tables split on them first).
fn push_cell(doc: &mut Text, text: &str) {
    if text.contains('|') {
        doc.push_str(&text.replace('|', "\\|"));
    } else {
        doc.push_str(text);
    }
}

/// The doc block of each row's variants, in row order, as the doc
/// comment or attribute (source text) that both enums' variants share:
/// written once, not once per enum. A row that has docs of its own keeps
/// the attribute, so that rustdoc indents the two alike.
pub fn rows(params: &Params) -> Vec<String> {
    params
        .family
        .tables
        .iter()
        .flat_map(|table| {
            table.rows.iter().map(move |r| {
                let mut source = String::new();
                let text = row(params, table, r);
                let _ = if r.attrs.iter().any(|a| a.is("doc")) {
                    write_doc_attr(&mut source, &text)
                } else {
                    write_doc(&mut source, &text)
                };
                source
            })
        })
        .collect()
}

/// The doc block of one row's variants.
fn row(params: &Params, table: &Table, row: &Row) -> String {
    let mut doc = Text::default();
    let _ = writeln!(
        doc,
        " {} · HTTP {}",
        code_span(&row.code.text),
        row.status.value
    );
    let (message, _) = row.message_template();
    if row.message.is_some() {
        let _ = write!(doc, "\n Message: {}\n", code_span(message));
    }
    if !row.fields.is_empty() {
        doc.push_str("\n Fields:");
        for (i, field) in row.fields.iter().enumerate() {
            let sep = if i == 0 { " " } else { ", " };
            let _ = write!(
                doc,
                "{sep}`{}: {}` for {}",
                field.text,
                params.field_type(field).name(),
                code_span(&field.name)
            );
        }
        doc.push('\n');
    }
    let source = if row.retry.declared {
        "declared by the table"
    } else {
        "from its status"
    };
    let _ = write!(doc, "\n Retry: {} ({source}).\n", row.retry.kind.advice());
    for (label, lit) in [
        ("", &row.description),
        ("Solution: ", &row.solution),
        ("Scenario: ", &row.scenario),
    ] {
        if !lit.is_empty() {
            let _ = write!(doc, "\n {label}{}\n", prose(lit));
        }
    }
    for column in &table.columns {
        if let ColumnKind::Extra(index) = column.kind {
            let text = row.extras.get(index).map_or("", String::as_str);
            if !text.is_empty() {
                let _ = write!(doc, "\n {}: {}\n", prose(&column.title), prose(text));
            }
        }
    }
    doc.0
}

/// The family's tables as Markdown tables, each under its title.
pub fn family_tables(params: &Params) -> String {
    let mut doc = Text::default();
    doc.push_str("\n # Tables\n");
    for table in &params.family.tables {
        let _ = write!(doc, "\n ## {}\n\n", prose(&table.title.value()));
        for attr in &table.docs {
            if let Some(text) = attr.doc_text() {
                let _ = writeln!(doc, "{text}");
            }
        }
        if !table.docs.is_empty() {
            doc.push('\n');
        }
        let titles: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
        let _ = writeln!(doc, " | {} |", titles.join(" | "));
        let _ = writeln!(doc, " |{}", "---|".repeat(titles.len()));
        for row in &table.rows {
            doc.push_str(" |");
            for column in &table.columns {
                let text = match column.kind {
                    ColumnKind::Code => {
                        format!("[{}](Self::{})", code_span(&row.code.text), row.variant)
                    }
                    ColumnKind::Status if row.status.phrase.is_empty() => {
                        row.status.value.to_string()
                    }
                    ColumnKind::Status => {
                        format!("{} {}", row.status.value, prose(&row.status.phrase))
                    }
                    ColumnKind::Message => code_span(row.message_template().0),
                    ColumnKind::Description => prose(&row.description),
                    ColumnKind::Solution => prose(&row.solution),
                    ColumnKind::Scenario => prose(&row.scenario),
                    ColumnKind::Extra(index) => {
                        prose(row.extras.get(index).map_or("", String::as_str))
                    }
                };
                doc.push(' ');
                push_cell(&mut doc, &text);
                doc.push_str(" |");
            }
            doc.push('\n');
        }
    }
    doc.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_hold_any_backticks() {
        assert_eq!(code_span("I400HD"), "`I400HD`");
        assert_eq!(
            code_span("Invalid Header `${HeaderName}` ${Reason}"),
            "``Invalid Header `${HeaderName}` ${Reason}``"
        );
        assert_eq!(code_span("`a`"), "`` `a` ``");
    }

    #[test]
    fn prose_escapes_markup() {
        assert_eq!(prose("a <b> [c] *d*"), "a \\<b\\> \\[c\\] \\*d\\*");
    }
}
