//! The pipeline's work grows linearly with a table, whatever the table
//! holds: the same work at 1x and 4x the input allocates about 4x, in
//! calls and bytes, counted by the test's allocator (a measure that no
//! load on the machine changes). The same work timed is
//! `bench/src/bin/linear.rs`.

#[path = "../../tests/support/counting_alloc.rs"]
mod counting_alloc;

use std::str::FromStr;

use counting_alloc::{assert_linear_allocations, Counting};
use gwerr_codegen::__private::{build, validate};
use proc_macro2::TokenStream;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn family(rows: &str, header: &str) -> TokenStream {
    let text = format!(
        "pub enum Big {{ placeholders = \"{{Name}}\" | \"%s\"; table \"Big\" {{ {header} {rows} }} }}"
    );
    TokenStream::from_str(&text).unwrap()
}

/// The tokens of a family, built before the count starts.
fn families(n: usize, make: impl Fn(usize) -> TokenStream) -> impl Fn(usize) {
    let (small, large) = (make(n), make(4 * n));
    move |size| {
        let tokens = if size == n {
            small.clone()
        } else {
            large.clone()
        };
        std::hint::black_box(validate(tokens).is_ok());
    }
}

#[test]
fn templated_codes_are_checked_in_linear_work() {
    // Templates of equal weight, none a prefix of another: the old check
    // compared every pair.
    let make = |n: usize| {
        let rows: String = (0..n)
            .map(|i| format!("| \"T{i:06}%s\" % Name | 400 |\n"))
            .collect();
        family(&rows, "| Code | Status |")
    };
    assert!(validate(make(10)).is_ok());
    assert_linear_allocations("templated codes", 500, 4, 1.5, families(500, make));
}

#[test]
fn repeated_templates_are_reported_once_a_row() {
    let n = 400;
    let rows: String = (0..n)
        .map(|i| format!("| \"Same%s\" % Name as Row{i} | 400 |\n"))
        .collect();
    let errors = validate(family(&rows, "| Code | Status |")).unwrap_err();
    let repeats = errors
        .into_iter()
        .filter(|e| e.to_string().starts_with("duplicate code"))
        .count();
    assert_eq!(repeats, n - 1, "one error a row, naming the first row");
}

#[test]
fn many_placeholders_in_one_message_take_linear_work() {
    let make = |n: usize| {
        let message: String = (0..n).map(|i| format!("{{P{i}}} ")).collect();
        family(
            &format!("| E1 | 400 | \"{message}\" |"),
            "| Code | Status | Message |",
        )
    };
    assert!(validate(make(10)).is_ok());
    assert_linear_allocations("placeholders", 500, 4, 1.5, families(500, make));
}

#[test]
fn the_perfect_hash_of_sequential_codes_takes_linear_work() {
    let codes = |n: usize| -> Vec<String> { (0..n).map(|i| format!("ERR{i:05}")).collect() };
    let (small, large) = (codes(1000), codes(4000));
    assert_linear_allocations("sequential codes", 1000, 4, 1.5, |n| {
        let codes = if n == 1000 { &small } else { &large };
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert!(build(&codes).is_some());
    });
}
