//! The real tables with cells mutated, rows duplicated or dropped and
//! pipes removed, fed to the expansion: compile errors or Rust, never a
//! panic.

#![no_main]

#[path = "../common/expansion.rs"]
mod expansion;

use std::str::FromStr;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

const SOURCES: [&str; 4] = [
    include_str!("../../gwerr-core/src/vpc.rs"),
    include_str!("../../gwerr-core/src/classic.rs"),
    include_str!("../../gwerr-core/src/management.rs"),
    include_str!("../../gwerr-core/src/common.rs"),
];

#[derive(Arbitrary, Debug)]
enum Edit {
    DeleteLine(u16),
    DuplicateLine(u16),
    SwapLines(u16, u16),
    DropPipe(u16),
    ReplaceCell(u16, u8, String),
    InsertText(u32, String),
    DeleteRange(u32, u8),
}

#[derive(Arbitrary, Debug)]
struct Input {
    table: u8,
    edits: Vec<Edit>,
}

fn body(source: &str) -> &str {
    let start = source
        .find("error_table! {")
        .map_or(0, |i| i + "error_table! {".len());
    let end = source.rfind('}').unwrap_or(source.len());
    &source[start..end]
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: String, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len().max(1);
    match edit {
        Edit::DeleteLine(i) if !lines.is_empty() => {
            lines.remove(usize::from(*i) % n);
        }
        Edit::DuplicateLine(i) if !lines.is_empty() => {
            let line = lines[usize::from(*i) % n].clone();
            lines.insert(usize::from(*i) % n, line);
        }
        Edit::SwapLines(a, b) if !lines.is_empty() => {
            lines.swap(usize::from(*a) % n, usize::from(*b) % n)
        }
        Edit::DropPipe(i) if !lines.is_empty() => {
            let line = &mut lines[usize::from(*i) % n];
            if let Some(at) = line.rfind('|') {
                line.remove(at);
            }
        }
        Edit::ReplaceCell(i, cell, with) if !lines.is_empty() => {
            let line = &mut lines[usize::from(*i) % n];
            let mut cells: Vec<String> = line.split('|').map(str::to_owned).collect();
            let count = cells.len();
            cells[usize::from(*cell) % count] = with.clone();
            *line = cells.join("|");
        }
        Edit::InsertText(at, inserted) => {
            let mut text = text;
            let at = floor_boundary(&text, *at as usize);
            text.insert_str(at, inserted);
            return text;
        }
        Edit::DeleteRange(at, len) => {
            let mut text = text;
            let start = floor_boundary(&text, *at as usize);
            let end = floor_boundary(&text, start + usize::from(*len));
            text.replace_range(start..end, "");
            return text;
        }
        _ => {}
    }
    lines.join("\n")
}

fuzz_target!(|input: Input| {
    let source = SOURCES[usize::from(input.table) % SOURCES.len()];
    let text = input.edits.iter().fold(body(source).to_owned(), apply);
    if let Ok(tokens) = TokenStream::from_str(&text) {
        expansion::errors_or_rust(tokens);
    }
});
