//! Explains a gateway error code, like `rustc --explain`.
//!
//! ```text
//! cargo run --example explain -- I400HD
//! ```

use std::process::ExitCode;

use gwerr_core::{Family, Row, Table, FAMILIES};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [code] = args.as_slice() else {
        eprintln!("usage: explain CODE");
        return ExitCode::from(2);
    };
    match lookup(code) {
        Some((family, table, row)) => {
            print!("{}", explain(family, table, row));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: unknown error code `{}`", code.escape_debug());
            let near = nearest(code);
            if !near.is_empty() {
                eprintln!("nearest known codes: {}", near.join(", "));
            }
            ExitCode::FAILURE
        }
    }
}

fn lookup(code: &str) -> Option<(&'static Family, &'static Table, &'static Row)> {
    FAMILIES.iter().find_map(|&family| {
        let row = family.find(code)?;
        let table = family
            .tables
            .iter()
            .find(|table| table.rows.iter().any(|r| std::ptr::eq(r, row)))?;
        Some((family, table, row))
    })
}

fn explain(family: &Family, table: &Table, row: &Row) -> String {
    let mut lines = vec![
        format!("{}: {}::{}", row.code.text, family.name, row.variant),
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
    ];
    for (i, field) in row.fields.iter().enumerate() {
        let label = if i == 0 { "fields" } else { "" };
        let text = format!("{}: {} ({})", field.name, field.ty, field.placeholder);
        lines.push(line(label, &text));
    }
    for (label, text) in [
        ("description", row.description),
        ("solution", row.solution),
        ("scenario", row.scenario),
    ] {
        if !text.is_empty() {
            lines.push(line(label, text));
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
