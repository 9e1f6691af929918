//! Timed linearity: the ratios that once were tests, kept here so that
//! nothing in the test run depends on the machine's load (the tests count
//! allocations instead: `tests/test_linear.rs`,
//! `gwerr-codegen/tests/linear.rs`). Each size is the best of several
//! runs; a ratio over its bound is printed and the program exits with 1.
//!
//! `cargo run --release --bin linear` (the pipeline unoptimised, as
//! `cargo check` runs it), and `-- --compile` to add rustc's own time on a
//! message of 100 and 400 placeholders (nested `cargo check` runs).

use std::path::Path;
use std::process::Command;
use std::str::FromStr;
use std::time::{Duration, Instant};

use gwerr_codegen::__private::{build, validate};
use gwerr_core::wire::{GatewayResponse, X_CA_ERROR_CODE, X_CA_ERROR_MESSAGE};
use http::header::{HeaderMap, HeaderValue};
use http::StatusCode;
use proc_macro2::TokenStream;

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Prints the ratio of `large` to `small` and whether it is within `bound`.
fn report(name: &str, factor: usize, small: Duration, large: Duration, bound: f64) -> bool {
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-9);
    let ok = ratio < bound;
    println!(
        "{name}: {factor}x the input took {ratio:.1}x the time ({small:?} -> {large:?}), bound {bound}x: {}",
        if ok { "ok" } else { "OVER" }
    );
    ok
}

fn family(rows: &str, header: &str) -> TokenStream {
    let text = format!(
        "pub enum Big {{ placeholders = \"{{Name}}\" | \"%s\"; table \"Big\" {{ {header} {rows} }} }}"
    );
    TokenStream::from_str(&text).expect("the family lexes")
}

fn pipeline(name: &str, n: usize, make: impl Fn(usize) -> TokenStream) -> bool {
    let time = |n| {
        let tokens = make(n);
        best_of(3, || assert!(validate(tokens.clone()).is_ok()))
    };
    report(name, 4, time(n), time(4 * n), 10.0)
}

fn reading(name: &str, make: &dyn Fn(usize) -> HeaderMap) -> bool {
    const SMALL: usize = 128 * 1024;
    let time = |size| {
        let headers = make(size);
        best_of(5, || {
            std::hint::black_box(GatewayResponse::classify(StatusCode::BAD_REQUEST, &headers));
        })
    };
    report(name, 8, time(SMALL), time(8 * SMALL), 24.0)
}

fn message_only(text: impl Fn(usize) -> String) -> impl Fn(usize) -> HeaderMap {
    move |size| {
        let mut headers = HeaderMap::new();
        let value = HeaderValue::from_str(&text(size)).expect("a header value");
        headers.insert(X_CA_ERROR_MESSAGE, value);
        headers
    }
}

fn write_crate(dir: &Path, placeholders: usize) {
    std::fs::create_dir_all(dir.join("src")).expect("a scratch folder");
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("../gwerr-core");
    let manifest = format!(
        "[package]\nname = \"placeholders\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\ngwerr-core = {{ path = {:?} }}\n",
        core.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("a manifest");
    let message: Vec<String> = (0..placeholders).map(|i| format!("{{P{i}}}")).collect();
    let source = format!(
        "gwerr_core::error_table! {{ pub enum E {{ placeholders = \"{{Name}}\"; table \"T\" {{\n| Code | Status | Message |\n| E1 | 400 | \"{}\" |\n}} }} }}\n",
        message.join(" ")
    );
    std::fs::write(dir.join("src/lib.rs"), source).expect("a source file");
}

fn check(dir: &Path, target: &Path) -> Duration {
    best_of(2, || {
        // A change to the source makes cargo check the crate again.
        let lib = dir.join("src/lib.rs");
        let text = std::fs::read_to_string(&lib).expect("the source");
        std::fs::write(&lib, text).expect("the source");
        let output = Command::new("cargo")
            .args(["check", "--quiet", "--manifest-path"])
            .arg(dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(target)
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    })
}

/// rustc's time on a message of 100 and of 400 placeholders (the struct
/// literal `from_fields` once built made it cubic).
fn compile() -> bool {
    let root = std::env::temp_dir().join("gwerr-linear-compile");
    let target = root.join("target");
    let (small, large) = (root.join("small"), root.join("large"));
    write_crate(&small, 100);
    write_crate(&large, 400);
    check(&small, &target); // builds gwerr-core; not timed
    report(
        "rustc, placeholders",
        4,
        check(&small, &target),
        check(&large, &target),
        10.0,
    )
}

fn main() {
    let mut ok = true;
    ok &= pipeline("templated codes", 1000, |n| {
        let rows: String = (0..n)
            .map(|i| format!("| \"T{i:06}%s\" % Name | 400 |\n"))
            .collect();
        family(&rows, "| Code | Status |")
    });
    ok &= pipeline("placeholders", 1000, |n| {
        let message: String = (0..n).map(|i| format!("{{P{i}}} ")).collect();
        family(
            &format!("| E1 | 400 | \"{message}\" |"),
            "| Code | Status | Message |",
        )
    });
    let time = |n: usize| {
        let codes: Vec<String> = (0..n).map(|i| format!("ERR{i:05}")).collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        best_of(3, || assert!(build(&codes).is_some()))
    };
    ok &= report("sequential codes", 4, time(1000), time(4000), 10.0);
    ok &= reading(
        "unclosed",
        &message_only(|size| format!("Invalid Header `{}", "a` ".repeat(size / 3))),
    );
    ok &= reading("escapes", &message_only(|size| "%4".repeat(size / 2)));
    ok &= reading("decoded", &message_only(|size| "%41".repeat(size / 3)));
    ok &= reading("code", &|size| {
        let mut headers = HeaderMap::new();
        let code = format!("Missing{}", "A".repeat(size));
        headers.insert(
            X_CA_ERROR_CODE,
            HeaderValue::from_str(&code).expect("a code"),
        );
        let message = format!("The {} is mandatory for this action.", "A".repeat(size));
        headers.insert(
            X_CA_ERROR_MESSAGE,
            HeaderValue::from_str(&message).expect("a message"),
        );
        headers
    });
    if std::env::args().any(|arg| arg == "--compile") {
        ok &= compile();
    }
    std::process::exit(if ok { 0 } else { 1 });
}
