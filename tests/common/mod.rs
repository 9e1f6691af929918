//! What the integration tests share: the upstream document and a way to
//! run the examples as a user would.

#![allow(dead_code)]

use std::path::PathBuf;

use gwerr_core::{Part, Template};
use std::process::{Command, Output};

/// The copy of the vendor's document kept in the repository.
pub const UPSTREAM: &str = include_str!("../../gwerr-core/docs/api-gateway-error-codes.txt");

/// The table lines of a document, each ending with a newline, one blank
/// line between tables: what `docs` prints for it.
pub fn table_lines(document: &str) -> String {
    let mut out = String::new();
    let mut in_table = false;
    for line in document.lines() {
        if line.ends_with('|') {
            if !in_table && !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
            out.push('\n');
            in_table = true;
        } else {
            in_table = false;
        }
    }
    out
}

/// Runs an example. `cargo test` builds the examples (into `examples/`
/// beside the test binaries' `deps/`) before it runs any test; a run limited
/// to one target with `--test` does not, so add `--examples` to such a run.
pub fn run_example(name: &str, args: &[&str]) -> Output {
    let mut path: PathBuf = std::env::current_exe().unwrap();
    path.pop();
    if path.ends_with("deps") {
        path.pop();
    }
    path.push("examples");
    path.push(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    Command::new(&path)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {} ({e}); is it built?", path.display()))
}

pub fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).unwrap()
}

pub fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).unwrap()
}

/// Whether `value` can be carried in field `field` of `template`: it must
/// not hold the literal text that follows the field, which ends it.
pub fn carried_in(template: &Template, field: usize, value: &str) -> bool {
    let parts = template.parts;
    parts
        .iter()
        .enumerate()
        .all(|(i, part)| match (part, parts.get(i + 1)) {
            (Part::Placeholder(f), Some(Part::Literal(next))) if *f == field => {
                !value.contains(next)
            }
            _ => true,
        })
}

/// Holds `actual` to the snapshot at `path` (from the repository's root);
/// `GWERR_SNAPSHOTS=overwrite` writes it instead.
pub fn assert_snapshot(path: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("GWERR_SNAPSHOTS").is_some_and(|v| v == "overwrite") {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} differs; GWERR_SNAPSHOTS=overwrite writes it again",
        path.display()
    );
}
