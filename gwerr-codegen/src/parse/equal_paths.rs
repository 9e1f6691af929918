//! Each quick reading beside the general one it shortcuts (a table's rows
//! split without syn, a cell of one token read without a parser, a string
//! literal taken between its quotes): wherever the quick reading answers,
//! it answers as the general one does, on generated input.

use proc_macro2::{TokenStream, TokenTree};
use proptest::prelude::*;
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::LitStr;

use super::cells::{
    parse_code_cell, parse_status_cell, plain_string, read_value, single_status, string_literal,
    Value,
};
use super::rows::{split_plain_rows, split_rows, RawRow};
use crate::ast::ColumnKind;
use crate::ctxt::Ctxt;
use crate::template::Syntaxes;

/// Text for a string literal: escapes, quotes, placeholders, line ends,
/// backslashes and characters beyond ASCII.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 `$%{}<>|\\\\\"\\r\\n\\t\u{e9}\u{2028}\u{202e}]{0,10}"
}

/// The source of one literal: string literals written every way (escaped,
/// raw, with the text dropped between quotes as it is, byte strings, with a
/// suffix), numbers with and without suffixes, in other bases, as floats.
fn literal() -> impl Strategy<Value = String> {
    prop_oneof![
        text().prop_map(|t| format!("{t:?}")),
        text().prop_map(|t| format!("\"{t}\"")),
        text().prop_map(|t| format!("r#\"{t}\"#")),
        text().prop_map(|t| format!("r\"{t}\"")),
        text().prop_map(|t| format!("{t:?}x")),
        text().prop_map(|t| format!("b{t:?}")),
        (
            0u32..2000,
            prop::sample::select(vec!["", "u16", "i8", "_0", "_", "f32"])
        )
            .prop_map(|(n, suffix)| format!("{n}{suffix}")),
        (0u32..2000).prop_map(|n| format!("0x{n:X}")),
        (0u32..2000).prop_map(|n| format!("{}_{}", n / 10, n % 10)),
        (0u32..2000).prop_map(|n| format!("{n}.0")),
        "[0-9]{1,6}",
    ]
}

/// The source of one token of a cell.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        literal(),
        "[A-Za-z_][A-Za-z0-9_]{0,6}",
        prop::sample::select(vec![
            "r#type", "r#match", "as", "self", "Self", "crate", "_", "gen", "%", "-", "#", "'a",
        ])
        .prop_map(str::to_owned),
    ]
}

/// The tokens of `source`; `None` when it does not lex.
fn lex(source: &str) -> Option<Vec<TokenTree>> {
    Some(source.parse::<TokenStream>().ok()?.into_iter().collect())
}

/// The messages of what `cx` recorded.
fn recorded(cx: Ctxt) -> Vec<String> {
    match cx.check() {
        Ok(()) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

/// A row's parts as text: its attributes, its pipes, its cells.
fn describe(rows: &[RawRow]) -> Vec<(usize, usize, Vec<String>)> {
    rows.iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|(_, cell)| TokenStream::from_iter(cell.iter().cloned()).to_string());
            (row.attrs.len(), row.tokens.len(), cells.collect())
        })
        .collect()
}

/// A table body: rows of cells, some with an attribute, a lone `|`, or a
/// last row left open.
fn body() -> impl Strategy<Value = String> {
    let cell = prop::collection::vec(token(), 0..3).prop_map(|tokens| tokens.join(" "));
    let row = (
        prop::collection::vec(cell, 1..5),
        prop::sample::select(vec!["", "", "", "#[doc = \"a\"] ", "#[deprecated] "]),
        prop::sample::select(vec!["|", "|", "|", "| |", ""]),
    )
        .prop_map(|(cells, attr, close)| format!("{attr}| {} {close}", cells.join(" | ")));
    prop::collection::vec(row, 0..5).prop_map(|rows| rows.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_plain_string_reads_as_syn_reads_it(source in literal()) {
        let Some(tokens) = lex(&source) else { return Ok(()) };
        let [TokenTree::Literal(lit)] = tokens.as_slice() else { return Ok(()) };
        let stream = TokenStream::from(TokenTree::Literal(lit.clone()));
        let by_syn = syn::parse2::<LitStr>(stream.clone()).ok();
        if let Some(text) = plain_string(lit) {
            let by_syn = by_syn.as_ref().expect("syn reads a plain string");
            prop_assert_eq!(&text, &by_syn.value());
            prop_assert_eq!(by_syn.suffix(), "");
        }
        // The general reading is syn's, refusing a suffix rustc refuses.
        let read = string_literal.parse2(stream).ok().map(|(text, _)| text);
        let by_syn = by_syn.filter(|lit| lit.suffix().is_empty());
        prop_assert_eq!(read, by_syn.map(|lit| lit.value()));
    }

    #[test]
    fn a_quick_status_reads_as_the_parser_reads_it(source in literal()) {
        let Some(tokens) = lex(&source) else { return Ok(()) };
        let [TokenTree::Literal(lit)] = tokens.as_slice() else { return Ok(()) };
        let parsed = parse_status_cell.parse2(TokenStream::from_iter(tokens.clone()));
        match single_status(lit) {
            Some(quick) => {
                let parsed = parsed.expect("the parser reads a quick status");
                prop_assert_eq!(quick.value, parsed.value);
                prop_assert_eq!(quick.phrase, parsed.phrase);
                prop_assert_eq!(quick.original.to_string(), parsed.original.to_string());
            }
            // The quick reading may leave a status to the parser; one of
            // plain digits it takes.
            None => prop_assert!(
                parsed.is_err() || !lit.to_string().bytes().all(|b| b.is_ascii_digit())
            ),
        }
    }

    #[test]
    fn a_quick_code_reads_as_the_parser_reads_it(
        code in token(),
        rename in prop::option::of(token()),
    ) {
        let source = match &rename {
            Some(name) => format!("{code} as {name}"),
            None => code,
        };
        let Some(tokens) = lex(&source) else { return Ok(()) };
        let (quick_cx, parser_cx) = (Ctxt::new(), Ctxt::new());
        let quick = read_value(ColumnKind::Code, tokens.clone(), Syntaxes::DEFAULT, &quick_cx);
        let parsed = (|input: ParseStream| parse_code_cell(input, Syntaxes::DEFAULT, &parser_cx))
            .parse2(TokenStream::from_iter(tokens));
        match (quick, parsed) {
            (Ok(Value::Code(quick)), Ok(parsed)) => {
                prop_assert_eq!(quick.is_some(), parsed.is_some());
                if let (Some(quick), Some(parsed)) = (quick, parsed) {
                    prop_assert_eq!(quick.text, parsed.text);
                    prop_assert_eq!(
                        quick.original.to_token_stream().to_string(),
                        parsed.original.to_token_stream().to_string()
                    );
                    prop_assert_eq!(
                        quick.rename.map(|r| r.to_string()),
                        parsed.rename.map(|r| r.to_string())
                    );
                }
            }
            (Err(quick), Err(parsed)) => prop_assert_eq!(quick.to_string(), parsed.to_string()),
            (quick, parsed) => prop_assert!(
                false,
                "{source}: quick {} but parsed {}",
                if quick.is_ok() { "read" } else { "refused" },
                if parsed.is_ok() { "read" } else { "refused" }
            ),
        }
        prop_assert_eq!(recorded(quick_cx), recorded(parser_cx));
    }

    #[test]
    fn plain_rows_split_as_the_parser_splits_them(source in body()) {
        let Ok(body) = source.parse::<TokenStream>() else { return Ok(()) };
        let Some(plain) = split_plain_rows(body.clone()) else { return Ok(()) };
        let cx = Ctxt::new();
        let mut lost = false;
        let general = (|input: ParseStream| Ok(split_rows(input, &mut lost, &cx)))
            .parse2(body)
            .expect("split_rows records its errors");
        prop_assert!(!lost, "{}", source);
        prop_assert_eq!(recorded(cx), Vec::<String>::new());
        prop_assert_eq!(describe(&plain), describe(&general));
    }
}

/// The quick row split answers for the bodies it is for: rows without
/// attributes, each closed.
#[test]
fn the_quick_split_takes_plain_rows_and_leaves_the_rest() {
    let plain: TokenStream = "| a | 400 | \"x\" |\n| b | 404 | \"y\" |".parse().unwrap();
    assert_eq!(split_plain_rows(plain).map(|rows| rows.len()), Some(2));
    for other in ["#[doc = \"a\"] | a |", "| a | b", "| a | |"] {
        let body: TokenStream = other.parse().unwrap();
        assert!(split_plain_rows(body).is_none(), "{other}");
    }
}
