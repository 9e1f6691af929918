//! Explains a gateway error code, like `rustc --explain`.
//!
//! ```text
//! cargo run --example explain -- I400HD
//! cargo run --example explain -- "Throttled by APP Flow Control"
//! cargo run --example explain -- MissingAppId
//! cargo run --example explain -- --list
//! ```
//!
//! An unknown code exits with 1 and names the nearest known codes; a usage
//! error exits with 2.

use std::process::ExitCode;

use gwerr_core::{ColumnKind, Family, Part, Row, Table, FAMILIES};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [code] = args.as_slice() else {
        eprintln!("usage: explain CODE | explain --list");
        return ExitCode::from(2);
    };
    if code == "--list" {
        print!("{}", list());
        return ExitCode::SUCCESS;
    }
    let rows = lookup(code);
    if rows.is_empty() {
        eprintln!("error: unknown error code `{}`", code.escape_debug());
        let near = nearest(code);
        if !near.is_empty() {
            eprintln!("nearest known codes: {}", near.join(", "));
        }
        return ExitCode::FAILURE;
    }
    let explained: Vec<String> = rows
        .iter()
        .map(|&(family, table, row)| explain(code, family, table, row))
        .collect();
    print!("{}", explained.join("\n"));
    ExitCode::SUCCESS
}

/// The rows of `code` ([`gwerr_core::lookup`]), each with its table.
fn lookup(code: &str) -> Vec<(&'static Family, &'static Table, &'static Row)> {
    gwerr_core::lookup(code)
        .into_iter()
        .filter_map(|(family, row)| Some((family, family.table_of(row)?, row)))
        .collect()
}

fn explain(code: &str, family: &Family, table: &Table, row: &Row) -> String {
    let mut lines = vec![format!(
        "{}: {}::{}",
        row.code.text, family.name, row.variant
    )];
    if !row.code.is_fixed() {
        let values = row.code.captures(code).unwrap_or_default();
        let fields = row.code.parts.iter().filter_map(|part| match part {
            Part::Placeholder(index) => row.fields.get(*index),
            Part::Literal(_) => None,
        });
        let bound: Vec<String> = fields
            .zip(values)
            .map(|(field, value)| format!("{} = {value}", field.placeholder))
            .collect();
        lines.push(line("code", &format!("{code}: {}", bound.join(", "))));
    }
    lines.extend([
        line("section", table.title),
        line(
            "status",
            &format!(
                "{} {}",
                row.status.as_str(),
                row.status.canonical_reason().unwrap_or("")
            ),
        ),
        line("message", row.message.text),
    ]);
    for (i, field) in row.fields.iter().enumerate() {
        let label = if i == 0 { "fields" } else { "" };
        let text = format!("{}: {} ({})", field.name, field.ty, field.placeholder);
        lines.push(line(label, &text));
    }
    for kind in [
        ColumnKind::Description,
        ColumnKind::Solution,
        ColumnKind::Scenario,
    ] {
        let text = row.cell(kind);
        let column = table.columns.iter().find(|column| column.kind == kind);
        if let (Some(column), false) = (column, text.is_empty()) {
            lines.push(line(&column.title.to_lowercase(), &text));
        }
    }
    lines.join("\n") + "\n"
}

fn line(label: &str, text: &str) -> String {
    let label = if label.is_empty() {
        String::new()
    } else {
        format!("{label}:")
    };
    format!("{label:<13}{text}")
}

/// Every code with its status and family, one a line, in the document's
/// order.
fn list() -> String {
    let rows: Vec<(&str, &Row)> = FAMILIES
        .iter()
        .flat_map(|family| family.rows().map(move |row| (family.name, row)))
        .collect();
    let width = rows
        .iter()
        .map(|(_, row)| row.code.text.len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (family, row) in rows {
        out += &format!(
            "{:width$}  {}  {family}\n",
            row.code.text,
            row.status.as_str()
        );
    }
    out
}

/// Up to three known codes closest to `code` by edit distance, ignoring case.
fn nearest(code: &str) -> Vec<&'static str> {
    let code = code.to_ascii_lowercase();
    let mut scored: Vec<(usize, &'static str)> = FAMILIES
        .iter()
        .flat_map(|family| family.rows())
        .map(|row| {
            (
                distance(&code, &row.code.text.to_ascii_lowercase()),
                row.code.text,
            )
        })
        .filter(|&(d, text)| d <= text.len() / 2)
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, text)| text).collect()
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}
