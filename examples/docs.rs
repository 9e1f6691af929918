//! Prints the declared tables in the document's layout, or compares them
//! with a newer copy of the document.
//!
//! ```text
//! cargo run -q --example docs                       # the tables, as the document writes them
//! cargo run -q --example docs -- --format markdown  # Markdown tables, for a README or a site
//! cargo run -q --example docs -- --format json      # one object per row
//! cargo run -q --example docs -- --format openapi   # OpenAPI 3.1 components: a schema per row, a response per status
//! cargo run -q --example docs -- --diff PATH        # what a newer document (plain text or Markdown) changes, and the release it asks for
//! cargo run -q --example docs -- --diff PATH --patch [DIR]  # ...written into gwerr-core's sources (or DIR's copies)
//! cargo run -q --example docs -- --index DIR        # an error index: a page per code, Markdown and HTML
//! cargo run -q --example docs -- --import PATH      # error_table! source for a vendor's document
//! ```
//!
//! `--diff` exits with 1 when the document differs from the declared
//! tables, 0 when it does not (a row marked deprecated and gone from the
//! document is reported but is no difference), 2 on a usage or read error
//! or a document with no table (never taken for one whose tables are all
//! gone).

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use gwerr_core::{document, Table, FAMILIES};
use serde_json::json;

enum Command {
    Render(Format),
    /// A document to compare, and its layout when the flag forces one.
    Diff(PathBuf, Option<Format>),
    /// A document to compare, and the directory of the sources to patch.
    Patch(PathBuf, PathBuf),
    /// The directory to write the error index into.
    Index(PathBuf),
    /// A document to write `error_table!` source for.
    Import(PathBuf),
}

enum Format {
    Pipe,
    Markdown,
    Json,
    OpenApi,
}

const USAGE: &str = "usage: docs [--format pipe|markdown|json|openapi] | docs --diff PATH [--format pipe|markdown] [--patch [DIR]] | docs --index DIR | docs --import PATH";

/// The command, from arguments that need not be UTF-8: a path is taken as
/// the operating system gives it.
fn parse_args(args: &[OsString]) -> Option<Command> {
    let flag = |arg: &OsString| arg.to_str().map(str::to_owned);
    match args {
        [] => Some(Command::Render(Format::Pipe)),
        [first, format] if flag(first)? == "--format" => match flag(format)?.as_str() {
            "pipe" => Some(Command::Render(Format::Pipe)),
            "markdown" => Some(Command::Render(Format::Markdown)),
            "json" => Some(Command::Render(Format::Json)),
            "openapi" => Some(Command::Render(Format::OpenApi)),
            _ => None,
        },
        [first, path] if flag(first)? == "--diff" => Some(Command::Diff(PathBuf::from(path), None)),
        [first, dir] if flag(first)? == "--index" => Some(Command::Index(PathBuf::from(dir))),
        [first, path] if flag(first)? == "--import" => Some(Command::Import(PathBuf::from(path))),
        [first, path, second] if flag(first)? == "--diff" && flag(second)? == "--patch" => {
            let sources = concat!(env!("CARGO_MANIFEST_DIR"), "/gwerr-core/src");
            Some(Command::Patch(PathBuf::from(path), PathBuf::from(sources)))
        }
        [first, path, second, dir] if flag(first)? == "--diff" && flag(second)? == "--patch" => {
            Some(Command::Patch(PathBuf::from(path), PathBuf::from(dir)))
        }
        [first, path, second, format]
            if flag(first)? == "--diff" && flag(second)? == "--format" =>
        {
            let format = match flag(format)?.as_str() {
                "pipe" => Format::Pipe,
                "markdown" => Format::Markdown,
                _ => return None,
            };
            Some(Command::Diff(PathBuf::from(path), Some(format)))
        }
        _ => None,
    }
}

fn tables() -> impl Iterator<Item = &'static Table> {
    FAMILIES.iter().flat_map(|family| family.tables.iter())
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let Some(command) = parse_args(&args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let (text, differs) = match command {
        Command::Render(Format::Pipe) => (document::render(tables()), false),
        Command::Render(Format::Markdown) => (document::render_markdown(tables()), false),
        Command::Render(Format::Json) => (json_rows(), false),
        Command::Render(Format::OpenApi) => (document::openapi(FAMILIES) + "\n", false),
        Command::Index(dir) => return write_index(&dir),
        Command::Import(path) => {
            let Some(tables) = read_tables(&path, None) else {
                return ExitCode::from(2);
            };
            let import = document::import(&tables);
            for note in &import.notes {
                eprintln!("note: {}", gwerr_core::escaped(note));
            }
            let refused = check_source(&import.source);
            for error in &refused {
                eprintln!("error: {error}");
            }
            (import.source, !refused.is_empty())
        }
        Command::Patch(path, dir) => {
            let Some(newer) = read_tables(&path, None) else {
                return ExitCode::from(2);
            };
            let mut applied = std::collections::HashSet::new();
            for name in ["vpc.rs", "classic.rs", "management.rs", "common.rs"] {
                let file = dir.join(name);
                let Some(source) = read(&file) else {
                    return ExitCode::from(2);
                };
                let patch = document::patch(&source, FAMILIES, &newer);
                for note in &patch.notes {
                    eprintln!("note: {}: {}", file.display(), gwerr_core::escaped(note));
                }
                if patch.source != source {
                    if let Err(err) = std::fs::write(&file, &patch.source) {
                        eprintln!("error: cannot write {}: {err}", file.display());
                        return ExitCode::from(2);
                    }
                }
                applied.extend(patch.applied);
            }
            let changes = document::diff(tables(), &newer);
            for change in changes
                .iter()
                .filter(|c| c.is_difference() && !applied.contains(c))
            {
                eprintln!(
                    "note: not written: {}",
                    gwerr_core::escaped(&change.to_string())
                );
            }
            (
                report(&changes),
                changes.iter().any(document::Change::is_difference),
            )
        }
        Command::Diff(path, format) => {
            let Some(parsed) = read_tables(&path, format) else {
                return ExitCode::from(2);
            };
            let changes = document::diff(tables(), &parsed);
            (
                report(&changes),
                changes.iter().any(document::Change::is_difference),
            )
        }
    };
    // A reader that went away (`| head`) had what it wanted: the exit code
    // is the answer's. Any other failure to write (a full disk) is exit 2,
    // as in `explain`.
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
        _ => {}
    }
    if differs {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The changes, each with what it means for a release of gwerr-core,
/// and the release they all ask for. A change quotes the compared
/// document, which may hold any bytes: escaped, as every text gwerr
/// echoes is.
fn report(changes: &[document::Change]) -> String {
    let mut out = String::new();
    for change in changes {
        out += &format!("{}\n", gwerr_core::escaped(&change.to_string()));
        out += &format!("  {}\n", document::impact(FAMILIES, change));
    }
    if !changes.is_empty() {
        out += &format!("verdict: {}\n", document::verdict(FAMILIES, changes));
    }
    out
}

/// A document's text, or `None` with the error said.
fn read(path: &std::path::Path) -> Option<String> {
    std::fs::read_to_string(path)
        .map_err(|err| eprintln!("error: cannot read {}: {err}", path.display()))
        .ok()
}

/// A document's tables, in the layout `format` forces, else the one
/// detected (a `|---|` row is Markdown); `None` with the error said when
/// it cannot be read or has no table, which is never read as a document
/// whose tables are all gone.
fn read_tables(path: &std::path::Path, format: Option<Format>) -> Option<Vec<document::DocTable>> {
    let text = read(path)?;
    let tables = match format {
        Some(Format::Markdown) => document::parse_markdown(&text),
        Some(_) => document::parse(&text),
        None => document::parse_any(&text),
    };
    if tables.is_empty() {
        let html = if text.to_ascii_lowercase().contains("<table") {
            " (an HTML <table> is not read: write it as a pipe table)"
        } else {
            ""
        };
        eprintln!(
            "error: {} has no table: a Markdown pipe table or lines like `Error code | HTTP status code |`{html}",
            path.display()
        );
    }
    (!tables.is_empty()).then_some(tables)
}

/// What the macro's pipeline refuses in each `error_table!` invocation of
/// `source`, at its line and column.
fn check_source(source: &str) -> Vec<String> {
    match gwerr_codegen::__private::validate_source(source, "error_table") {
        Ok(errors) => errors
            .into_iter()
            .map(|error| {
                let at = error.span().start();
                format!("{}:{}: {error}", at.line, at.column + 1)
            })
            .collect(),
        Err(err) => vec![format!("the source does not lex: {err}")],
    }
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
                    "retry": row.retry.as_str(),
                    "extras": table
                        .columns
                        .iter()
                        .filter(|c| matches!(c.kind, gwerr_core::ColumnKind::Extra(_)))
                        .map(|c| (c.title.to_owned(), json!(row.cell(c.kind))))
                        .collect::<serde_json::Map<String, serde_json::Value>>(),
                    "fields": fields,
                });
                rows.push(object.to_string());
            }
        }
    }
    format!("[\n{}\n]\n", rows.join(",\n"))
}

/// Writes the error index of the gateway's families into `dir`: exit 0,
/// or 2 with the path that could not be written.
fn write_index(dir: &std::path::Path) -> ExitCode {
    for page in document::index(FAMILIES) {
        let path = dir.join(&page.path);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &page.text));
        if let Err(err) = written {
            eprintln!("error: cannot write {}: {err}", path.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
