//! The real tables, mutated: the expansion is either compile errors or
//! code that parses as Rust, and never a panic.

use std::str::FromStr;

use proc_macro2::TokenStream;
use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};

const SOURCES: [&str; 4] = [
    include_str!("../../gwerr-core/src/vpc.rs"),
    include_str!("../../gwerr-core/src/classic.rs"),
    include_str!("../../gwerr-core/src/management.rs"),
    include_str!("../../gwerr-core/src/common.rs"),
];

/// The tokens inside `crate::error_table! { ... }`.
fn body(source: &str) -> &str {
    let start = source.find("error_table! {").expect("a table") + "error_table! {".len();
    let end = source.rfind('}').expect("a closing brace");
    &source[start..end]
}

/// Expands `text`; `None` when it does not even lex as tokens.
fn expand(text: &str) -> Option<TokenStream> {
    let tokens = TokenStream::from_str(text).ok()?;
    Some(gwerr_codegen::expand(tokens))
}

/// The property: compile errors, or a valid Rust file.
fn errors_or_valid(output: &TokenStream) -> Result<(), String> {
    let text = output.to_string();
    if text.contains("compile_error") {
        return Ok(());
    }
    syn::parse2::<syn::File>(output.clone())
        .map(drop)
        .map_err(|e| format!("{e}: {text}"))
}

/// The messages of the expansion's compile errors that point at no token
/// of the input (the call site, where the whole macro is underlined).
/// Needs proc-macro2's `span-locations` (a dev-dependency feature here),
/// which gives a token parsed from text its place; under `cfg(fuzzing)`
/// proc-macro2 keeps no places, so no fuzz target can check this.
fn unplaced_errors(output: &TokenStream) -> Vec<String> {
    use proc_macro2::TokenTree;
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    let mut unplaced = Vec::new();
    for window in tokens.windows(3) {
        let [TokenTree::Ident(ident), TokenTree::Punct(bang), TokenTree::Group(group)] = window
        else {
            continue;
        };
        if ident != "compile_error" || bang.as_char() != '!' {
            continue;
        }
        let message = group.stream().into_iter().next();
        let placed = [ident.span(), group.span()]
            .iter()
            .any(|span| span.byte_range().end > 0);
        if !placed {
            unplaced.push(message.map_or_else(String::new, |m| m.to_string()));
        }
    }
    unplaced
}

#[test]
fn the_real_tables_expand_without_errors() {
    for source in SOURCES {
        let output = expand(body(source)).unwrap();
        assert!(!output.to_string().contains("compile_error"));
        errors_or_valid(&output).unwrap();
    }
}

/// One edit of a table's text.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    DeleteChar(usize),
    InsertChar(usize, char),
    ReplaceChar(usize, char),
}

/// Characters that mean something to the DSL.
const PALETTE: &[char] = &[
    '|', '"', '{', '}', '$', '%', '#', ';', '=', 'X', '0', ' ', '`', '\\',
];

fn mutation() -> impl Strategy<Value = Mutation> {
    let any_char = prop_oneof![prop::sample::select(PALETTE), any::<char>()];
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<usize>().prop_map(Mutation::DeleteChar),
        (any::<usize>(), any_char.clone()).prop_map(|(i, c)| Mutation::InsertChar(i, c)),
        (any::<usize>(), any_char).prop_map(|(i, c)| Mutation::ReplaceChar(i, c)),
    ]
}

fn apply(text: &str, mutation: &Mutation) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    let mut chars: Vec<char> = text.chars().collect();
    let n = lines.len().max(1);
    let c = chars.len().max(1);
    match *mutation {
        Mutation::DeleteLine(i) => {
            lines.remove(i % n);
        }
        Mutation::DuplicateLine(i) => lines.insert(i % n, lines[i % n]),
        Mutation::SwapLines(a, b) => lines.swap(a % n, b % n),
        Mutation::DeleteChar(i) => {
            chars.remove(i % c);
            return chars.into_iter().collect();
        }
        Mutation::InsertChar(i, ch) => {
            chars.insert(i % c, ch);
            return chars.into_iter().collect();
        }
        Mutation::ReplaceChar(i, ch) => {
            chars[i % c] = ch;
            return chars.into_iter().collect();
        }
    }
    lines.join("\n")
}

#[test]
fn mutated_tables_give_errors_or_valid_code() {
    for source in SOURCES {
        let text = body(source);
        let config = ProptestConfig {
            // `PROPTEST_CASES=3000` for a longer run by hand (FUZZING.md).
            cases: std::env::var("PROPTEST_CASES")
                .ok()
                .and_then(|cases| cases.parse().ok())
                .unwrap_or(128),
            failure_persistence: None,
            ..ProptestConfig::default()
        };
        // A fixed seed: the suite runs the same cases every time, and a
        // longer run by hand (`PROPTEST_CASES`) goes on from them.
        let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
        let mut runner = TestRunner::new_with_rng(config, rng);
        let strategy = prop::collection::vec(mutation(), 1..4);
        let result = runner.run(&strategy, |mutations| {
            let mutated = mutations.iter().fold(text.to_owned(), |t, m| apply(&t, m));
            if let Some(output) = expand(&mutated) {
                errors_or_valid(&output).map_err(TestCaseError::fail)?;
                // Every error points at the token at fault (a text with a
                // token at all: an empty one has nothing to point at).
                let unplaced = unplaced_errors(&output);
                if !unplaced.is_empty() && !mutated.trim().is_empty() {
                    return Err(TestCaseError::fail(format!(
                        "errors at the call site: {unplaced:?} in {mutated}"
                    )));
                }
            }
            Ok(())
        });
        if let Err(failure) = result {
            panic!("{failure}");
        }
    }
}
