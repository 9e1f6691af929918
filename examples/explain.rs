//! Explains a gateway error code, or a message copied from a log, like
//! `rustc --explain`.
//!
//! ```text
//! cargo run --example explain -- I400HD
//! cargo run --example explain -- "Throttled by APP Flow Control"
//! cargo run --example explain -- MissingAppId
//! cargo run --example explain -- --message "Invalid Header \`X-Ca-Key\` is empty" --status 400
//! cargo run --example explain -- --list
//! ```
//!
//! A code is looked up in every family; a message is read exactly as the
//! wire reader reads a response that carries it without a code (with the
//! status given, or with none preferred). An argument that is no known
//! code is read as a message. Whatever was not understood exits with 1 and
//! names the nearest known codes; a usage error exits with 2. Text from
//! the command line is echoed with its control characters escaped.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use gwerr_core::wire::{self, GatewayResponse, Outcome};
use gwerr_core::{ColumnKind, Family, Part, Row, Table, FAMILIES};
use http::header::HeaderMap;
use http::StatusCode;

const USAGE: &str = "usage: explain CODE | explain [--status STATUS] --message MESSAGE | explain --list | explain --help";

const HELP: &str = "\
Explains an error of Alibaba Cloud API Gateway.

usage: explain CODE
       explain [--status STATUS] --message MESSAGE
       explain --list
       explain --help

CODE      a code as the gateway sends it (I400HD, MissingAppId) or a
          classic phrase (\"Throttled by APP Flow Control\"); an argument
          that no row has as its code is read as a message
MESSAGE   an X-Ca-Error-Message copied from a log, read as a response
          without a code is read
STATUS    the response's HTTP status, which chooses between rows that
          share a message
--list    every code with its status and family
";

/// What the command line asks for.
enum Command {
    Help,
    List,
    Code(String),
    Message {
        message: String,
        status: Option<StatusCode>,
    },
}

/// Why the command line was not understood.
enum Usage {
    /// Not a command: print the usage.
    Wrong,
    /// An argument that is not UTF-8.
    NotUtf8(OsString),
    /// A status that is not one.
    Status(String),
}

fn parse_args(args: Vec<OsString>) -> Result<Command, Usage> {
    let mut texts = Vec::with_capacity(args.len());
    for arg in args {
        texts.push(arg.into_string().map_err(Usage::NotUtf8)?);
    }
    let status = |text: &str| {
        text.parse::<u16>()
            .ok()
            .and_then(|n| StatusCode::from_u16(n).ok())
            .ok_or_else(|| Usage::Status(text.to_owned()))
    };
    match texts.as_slice() {
        [flag] if flag == "--help" || flag == "-h" => Ok(Command::Help),
        [flag] if flag == "--list" => Ok(Command::List),
        [flag, message] if flag == "--message" => Ok(Command::Message {
            message: message.clone(),
            status: None,
        }),
        [s, n, m, message] | [m, message, s, n] if s == "--status" && m == "--message" => {
            Ok(Command::Message {
                message: message.clone(),
                status: Some(status(n)?),
            })
        }
        [code] if !code.starts_with("--") => Ok(Command::Code(code.clone())),
        _ => Err(Usage::Wrong),
    }
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args_os().skip(1).collect()) {
        Ok(command) => command,
        Err(usage) => {
            match usage {
                Usage::Wrong => eprintln!("{USAGE}"),
                Usage::NotUtf8(arg) => eprintln!(
                    "error: the argument `{}` is not UTF-8\n{USAGE}",
                    shown(&arg.to_string_lossy())
                ),
                Usage::Status(text) => eprintln!(
                    "error: `{}` is not an HTTP status (100 to 999)\n{USAGE}",
                    shown(&text)
                ),
            }
            return ExitCode::from(2);
        }
    };
    let (text, found) = match command {
        Command::Help => (String::from(HELP), true),
        Command::List => (list(), true),
        Command::Code(code) => match explain_code(&code) {
            Some(text) => (text, true),
            None => match explain_message(&code, None) {
                (text, true) => (text, true),
                (_, false) => {
                    eprintln!("error: unknown error code `{}`", shown(&code));
                    let near = nearest(&code);
                    if !near.is_empty() {
                        eprintln!("nearest known codes: {}", near.join(", "));
                    }
                    return ExitCode::FAILURE;
                }
            },
        },
        Command::Message { message, status } => explain_message(&message, status),
    };
    if !emit(&text) {
        return ExitCode::from(2);
    }
    if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Writes to stdout, as `docs` does: a reader that went away (`| head`)
/// had what it wanted, and the exit code is the answer's; any other
/// failure to write (a full disk) is said on stderr, and `false`, exit 2.
fn emit(text: &str) -> bool {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => true,
        Err(error) => {
            eprintln!("error: {error}");
            false
        }
    }
}

/// Text from the command line as it is shown back: control characters,
/// line separators and bidirectional formatting escaped, so that no
/// argument can drive or reorder the terminal.
fn shown(text: &str) -> String {
    gwerr_core::escaped(text).to_string()
}

/// The explanation of every row that `code` names, or `None`.
fn explain_code(code: &str) -> Option<String> {
    let rows: Vec<(&Family, &Table, &Row)> = gwerr_core::lookup(code)
        .into_iter()
        .filter_map(|(family, row)| Some((family, family.table_of(row)?, row)))
        .filter(|(_, _, row)| code_values(row, code).is_some())
        .collect();
    if rows.is_empty() {
        return None;
    }
    let explained: Vec<String> = rows
        .iter()
        .map(|&(family, table, row)| {
            let mut lines = vec![heading(family, row)];
            if let Some(bound) = code_values(row, code).filter(|b| !b.is_empty()) {
                lines.push(line("code", &format!("{}: {bound}", shown(code))));
            }
            lines.extend(explain_row(table, row));
            lines.join("\n") + "\n"
        })
        .collect();
    Some(explained.join("\n"))
}

/// The placeholders a templated code fills (`Parameter = AppId`), empty for
/// a fixed code; `None` when a field would be empty, which is no reading.
fn code_values(row: &Row, code: &str) -> Option<String> {
    if row.code.is_fixed() {
        return Some(String::new());
    }
    let values = row.code.captures(code)?;
    if values.iter().any(|value| value.is_empty()) {
        return None;
    }
    let fields = row.code.parts.iter().filter_map(|part| match part {
        Part::Placeholder(index) => row.fields.get(*index),
        Part::Literal(_) => None,
    });
    let bound: Vec<String> = fields
        .zip(values)
        .map(|(field, value)| format!("{} = {}", field.placeholder, shown(value)))
        .collect();
    Some(bound.join(", "))
}

/// The reading of a message, as `GatewayResponse` reads a response that
/// carries it in `X-Ca-Error-Message` without a code; `true` when a row
/// was found. Without a status, 599 stands in: no row has it, so none is
/// preferred for its status.
fn explain_message(message: &str, status: Option<StatusCode>) -> (String, bool) {
    let mut headers = HeaderMap::new();
    headers.insert(wire::X_CA_ERROR_MESSAGE, wire::encode(message));
    let assumed = status.unwrap_or_else(|| StatusCode::from_u16(599).unwrap_or_default());
    let reading = GatewayResponse::classify(assumed, &headers);
    let mut lines = vec![line("message", &shown(message))];
    if let Some(status) = status {
        lines.push(line("status", status.as_str()));
    }
    let found = match reading.outcome() {
        Outcome::Gateway { code, error, .. } => {
            let row = code.row();
            let family = code.family();
            lines.push(line("read as", &heading(family, row)));
            match error {
                Ok(_) => {
                    let texts = row.message.captures_trimmed(message);
                    for (i, field) in row.fields.iter().enumerate() {
                        let value = read_field(row, texts.as_deref(), i);
                        let label = if i == 0 { "read fields" } else { "" };
                        let value = if value.is_empty() {
                            String::from("(empty)")
                        } else {
                            shown(&value)
                        };
                        lines.push(line(label, &format!("{} = {value}", field.name)));
                    }
                }
                Err(problem) => lines.push(line("unreadable", &problem.to_string())),
            }
            lines.push(line("retry", &retry_advice(&reading)));
            lines.push(String::new());
            if let Some(table) = family.table_of(row) {
                lines.push(heading(family, row));
                lines.extend(explain_row(table, row));
            }
            true
        }
        Outcome::Backend => {
            lines.push(line("read as", "the backend's own error (no gateway code)"));
            false
        }
        Outcome::Success => {
            lines.push(line("read as", "a success"));
            false
        }
        // `Unrecognized`, and any outcome a later version reads.
        _ => {
            let near = nearest(message);
            let mut text = String::from("no row of any family");
            if !near.is_empty() {
                text += &format!("; nearest known codes: {}", near.join(", "));
            }
            lines.push(line("read as", &text));
            false
        }
    };
    (lines.join("\n") + "\n", found)
}

/// The text of field `index` among a message's captures.
fn read_field(row: &Row, captures: Option<&[&str]>, index: usize) -> String {
    let positions = row.message.parts.iter().filter_map(|part| match part {
        Part::Placeholder(field) => Some(*field),
        Part::Literal(_) => None,
    });
    positions
        .zip(captures.unwrap_or_default())
        .find(|(field, _)| *field == index)
        .map(|(_, text)| (*text).to_owned())
        .unwrap_or_default()
}

fn retry_advice(reading: &GatewayResponse) -> String {
    let retry = reading.retry();
    match retry.backoff() {
        Some(backoff) => format!("{retry} (first backoff {backoff:?})"),
        None => retry.to_string(),
    }
}

fn heading(family: &Family, row: &Row) -> String {
    format!("{}: {}::{}", row.code.text, family.name, row.variant)
}

fn explain_row(table: &Table, row: &Row) -> Vec<String> {
    let mut lines = vec![
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
    let retry = match row.retry.backoff() {
        Some(backoff) => format!("{} (first backoff {backoff:?})", row.retry),
        None => row.retry.to_string(),
    };
    lines.push(line("retry", &retry));
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
    // The table's columns of its own, under their titles.
    for column in table.columns {
        if let ColumnKind::Extra(_) = column.kind {
            let text = row.cell(column.kind);
            if !text.is_empty() {
                lines.push(line(&column.title.to_lowercase(), &text));
            }
        }
    }
    lines
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

/// Up to three known codes closest to `text`.
fn nearest(text: &str) -> Vec<&'static str> {
    Family::nearest_codes(FAMILIES, text, 3)
}
