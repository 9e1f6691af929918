//! The pipeline's work grows linearly with a table, whatever the table
//! holds: the same work at 1x and 4x the input, in one run, costs about
//! 4x (a quadratic step would cost 16x). A ratio, not a wall-clock bound;
//! each size is timed as the best of three runs.

use std::str::FromStr;
use std::time::{Duration, Instant};

use gwerr_codegen::__private::{build, validate};
use proc_macro2::TokenStream;

fn best_of_three(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap()
}

/// Asserts that `work(4 * n)` costs less than 10 times `work(n)`.
fn assert_linear(name: &str, n: usize, work: impl Fn(usize)) {
    let small = best_of_three(|| work(n));
    let large = best_of_three(|| work(4 * n));
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-9);
    assert!(
        ratio < 10.0,
        "{name}: 4x the input took {ratio:.1}x the time ({small:?} -> {large:?})"
    );
}

fn family(rows: &str, header: &str) -> TokenStream {
    let text = format!(
        "pub enum Big {{ placeholders = \"{{Name}}\" | \"%s\"; table \"Big\" {{ {header} {rows} }} }}"
    );
    TokenStream::from_str(&text).unwrap()
}

#[test]
fn templated_codes_are_checked_in_linear_time() {
    // Templates of equal weight, none a prefix of another: the old check
    // compared every pair.
    assert_linear("templated codes", 1000, |n| {
        let rows: String = (0..n)
            .map(|i| format!("| \"T{i:06}%s\" % Name | 400 |\n"))
            .collect();
        let tokens = family(&rows, "| Code | Status |");
        validate(tokens).unwrap();
    });
}

#[test]
fn overlapping_templates_are_reported_once_a_row() {
    let n = 400;
    let rows: String = (0..n)
        .map(|i| format!("| \"Same%s\" % Name as Row{i} | 400 |\n"))
        .collect();
    let errors = validate(family(&rows, "| Code | Status |")).unwrap_err();
    let overlaps = errors
        .into_iter()
        .filter(|e| e.to_string().contains("overlaps"))
        .count();
    assert_eq!(overlaps, n - 1, "one error a row, naming the first row");
}

#[test]
fn many_placeholders_in_one_message_take_linear_time() {
    assert_linear("placeholders", 1000, |n| {
        let message: String = (0..n).map(|i| format!("{{P{i}}} ")).collect();
        let rows = format!("| E1 | 400 | \"{message}\" |");
        let tokens = family(&rows, "| Code | Status | Message |");
        validate(tokens).unwrap();
    });
}

#[test]
fn the_perfect_hash_of_sequential_codes_takes_linear_time() {
    assert_linear("sequential codes", 1000, |n| {
        let codes: Vec<String> = (0..n).map(|i| format!("ERR{i:05}")).collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert!(build(&codes).is_some());
    });
}
