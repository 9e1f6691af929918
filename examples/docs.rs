//! Prints the declared tables in the document's layout, or compares them
//! with a newer copy of the document.
//!
//! ```text
//! cargo run -q --example docs                       # the tables, as the document writes them
//! cargo run -q --example docs -- --format markdown  # Markdown tables, for a README or a site
//! cargo run -q --example docs -- --format json      # one object per row
//! cargo run -q --example docs -- --diff PATH        # what a newer document changes
//! ```
//!
//! `--diff` exits with 1 when the document differs from the declared
//! tables, 0 when it does not (a row marked deprecated and gone from the
//! document is reported but is no difference), 2 on a usage or read error.

use std::process::ExitCode;

use gwerr_core::{document, Table, FAMILIES};
use serde_json::json;

enum Command {
    Render(Format),
    Diff(String),
}

enum Format {
    Pipe,
    Markdown,
    Json,
}

const USAGE: &str = "usage: docs [--format pipe|markdown|json] | docs --diff PATH";

fn parse_args(args: &[String]) -> Option<Command> {
    match args {
        [] => Some(Command::Render(Format::Pipe)),
        [flag, format] if flag == "--format" => match format.as_str() {
            "pipe" => Some(Command::Render(Format::Pipe)),
            "markdown" => Some(Command::Render(Format::Markdown)),
            "json" => Some(Command::Render(Format::Json)),
            _ => None,
        },
        [flag, path] if flag == "--diff" => Some(Command::Diff(path.clone())),
        _ => None,
    }
}

fn tables() -> impl Iterator<Item = &'static Table> {
    FAMILIES.iter().flat_map(|family| family.tables.iter())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = parse_args(&args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match command {
        Command::Render(Format::Pipe) => print!("{}", document::render(tables())),
        Command::Render(Format::Markdown) => print!("{}", document::render_markdown(tables())),
        Command::Render(Format::Json) => print!("{}", json_rows()),
        Command::Diff(path) => {
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(err) => {
                    eprintln!("error: cannot read {path}: {err}");
                    return ExitCode::from(2);
                }
            };
            let changes = document::diff(tables(), &document::parse(&text));
            for change in &changes {
                println!("{change}");
            }
            if changes.iter().any(document::Change::is_difference) {
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn json_rows() -> String {
    let mut rows = Vec::new();
    for family in FAMILIES {
        for table in family.tables {
            for row in table.rows {
                let fields: Vec<_> = row
                    .fields
                    .iter()
                    .map(|f| json!({ "placeholder": f.placeholder, "name": f.name, "type": f.ty }))
                    .collect();
                let object = json!({
                    "family": family.name,
                    "table": table.title,
                    "variant": row.variant,
                    "code": row.code.text,
                    "status": row.status.as_u16(),
                    "message": row.message.text,
                    "description": row.description,
                    "solution": row.solution,
                    "scenario": row.scenario,
                    "deprecated": row.deprecated,
                    "fields": fields,
                });
                rows.push(object.to_string());
            }
        }
    }
    format!("[\n{}\n]\n", rows.join(",\n"))
}
