//! Every diagnostic the macro can emit has a ui test, like rustc's tidy:
//! each place in `gwerr-codegen` that emits an error carries a
//! `// ui: name` tag (several names where one place emits several
//! messages), and `tests/ui/name.rs` with its `.stderr` must exist. An
//! error that no table can provoke (the expansion's own text failing to
//! lex) carries `// test: file::name` instead, naming the test in
//! `gwerr-codegen/tests/file.rs` that provokes it.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Calls that emit a diagnostic.
const EMITTERS: &[&str] = &[
    "error_spanned_by(",
    "error_at(",
    "input.error(",
    "Error::new(",
    "Error::new_spanned(",
    "hint(",
];

fn tag(line: &str) -> Option<&str> {
    line.trim_start().strip_prefix("// ui: ")
}

/// Every `.rs` file below `dir`, in its subfolders too.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_emitted_diagnostic_has_a_ui_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut names = BTreeSet::new();
    let mut untagged = Vec::new();
    let mut unit_tests = BTreeSet::new();
    let mut sources = Vec::new();
    rust_files(&root.join("gwerr-codegen/src"), &mut sources);
    sources.sort();
    for path in sources {
        // The collector that every emission goes through, not a diagnostic.
        if path.ends_with("ctxt.rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let emits = EMITTERS.iter().any(|e| code.contains(e)) && !code.contains("fn ");
            if !emits {
                continue;
            }
            let above = &lines[i.saturating_sub(3)..i];
            if let Some(test) = above
                .iter()
                .find_map(|l| l.trim_start().strip_prefix("// test: "))
            {
                unit_tests.insert(test.to_owned());
                continue;
            }
            let tagged = above.iter().rev().find_map(|l| tag(l));
            match tagged {
                Some(list) => names.extend(list.split(", ").map(str::to_owned)),
                None => untagged.push(format!("{}:{}: {}", path.display(), i + 1, line.trim())),
            }
        }
    }
    assert!(
        untagged.is_empty(),
        "emissions without a `// ui:` tag:\n{}",
        untagged.join("\n")
    );
    assert!(names.len() > 50, "{names:?}");
    for test in &unit_tests {
        let (file, name) = test.split_once("::").expect("`// test: file::name`");
        let path = root
            .join("gwerr-codegen/tests")
            .join(file)
            .with_extension("rs");
        let text = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            text.contains(&format!("fn {name}(")),
            "`// test: {test}` names no test in {}",
            path.display()
        );
    }
    let missing: Vec<&String> = names
        .iter()
        .filter(|name| {
            let ui = root.join("tests/ui").join(name);
            !ui.with_extension("rs").exists() || !ui.with_extension("stderr").exists()
        })
        .collect();
    assert!(
        missing.is_empty(),
        "tagged diagnostics without a ui test: {missing:?}"
    );
}
