//! The rustdoc of a family, checked on the expansion. Every code is a
//! search alias of its code's variant (a user who has `I400HD` from a log
//! types it into the docs' search and lands on
//! `VpcErrorCode::InvalidHeader`); both enums carry the family's tables,
//! with the variant and the retry advice after the vendor's columns; each
//! thing is said once.

use std::collections::HashMap;
use std::str::FromStr;

use gwerr_core::FAMILIES;
use proc_macro2::TokenStream;

/// The aliases of each variant, by enum and variant name, in the expansion
/// of a table's body.
fn aliases(body: &str) -> HashMap<(String, String), Vec<String>> {
    let tokens = TokenStream::from_str(body).expect("the table lexes");
    let file: syn::File = syn::parse2(gwerr_codegen::expand(tokens)).expect("the expansion parses");
    let mut out = HashMap::new();
    for item in file.items {
        let syn::Item::Enum(item) = item else {
            continue;
        };
        for variant in item.variants {
            let mut found = Vec::new();
            for attr in &variant.attrs {
                if !attr.path().is_ident("cfg_attr") {
                    continue;
                }
                let text = quote::ToTokens::to_token_stream(&attr.meta).to_string();
                if let Some(list) = text.strip_prefix("cfg_attr (doc , doc (alias (") {
                    let list = list.trim_end_matches(')').trim_end();
                    let parsed = syn::parse::Parser::parse_str(
                        syn::punctuated::Punctuated::<syn::LitStr, syn::Token![,]>::parse_terminated,
                        list,
                    )
                    .expect("a list of string literals");
                    found.extend(parsed.iter().map(syn::LitStr::value));
                }
            }
            out.insert((item.ident.to_string(), variant.ident.to_string()), found);
        }
    }
    out
}

/// The tokens inside `error_table! { ... }` in `source`.
fn body(source: &str) -> &str {
    let start = source.find("error_table! {").expect("a table") + "error_table! {".len();
    let mut depth = 1;
    for (at, c) in source[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return &source[start..start + at];
        }
    }
    panic!("an unclosed table");
}

/// Asserts that `code` is an alias of `variant` in the code enum, unless
/// it is the variant's own name (which the search finds as it is), and
/// that the error enum's variant has none (one result a code).
fn assert_alias(
    found: &HashMap<(String, String), Vec<String>>,
    [error, code_enum]: [&str; 2],
    variant: &str,
    code: &str,
) {
    let of = |name: &str| {
        found
            .get(&(name.to_owned(), variant.to_owned()))
            .unwrap_or_else(|| panic!("{name}::{variant} in the expansion"))
    };
    let aliases = of(code_enum);
    if code != variant {
        assert!(
            aliases.iter().any(|a| a == code),
            "{code_enum}::{variant}: {aliases:?} lacks {code:?}"
        );
    }
    assert_eq!(of(error), &Vec::<String>::new(), "{error}::{variant}");
}

#[test]
fn every_code_of_the_gateway_families_finds_its_variants() {
    let sources = [
        include_str!("../gwerr-core/src/vpc.rs"),
        include_str!("../gwerr-core/src/classic.rs"),
        include_str!("../gwerr-core/src/management.rs"),
        include_str!("../gwerr-core/src/common.rs"),
    ];
    let found: HashMap<_, _> = sources.iter().flat_map(|s| aliases(body(s))).collect();
    let mut checked = 0;
    for family in FAMILIES {
        let code_enum = format!("{}Code", family.name);
        for row in family.tables.iter().flat_map(|t| t.rows) {
            assert_alias(
                &found,
                [family.name, &code_enum],
                row.variant,
                row.code.text,
            );
            checked += 1;
        }
    }
    assert!(checked >= 160, "{checked} rows");
    // Phrase and templated codes are aliases as written.
    let phrase = &found[&(
        "ClassicErrorCode".to_owned(),
        "ThrottledByAppFlowControl".to_owned(),
    )];
    assert_eq!(phrase, &["Throttled by APP Flow Control"]);
}

#[test]
fn every_code_of_the_readmes_family_finds_its_variants() {
    let readme = include_str!("../README.md");
    let body = body(readme);
    let found = aliases(body);
    let rows: Vec<(&str, &str)> = body
        .lines()
        .filter_map(|line| {
            let cells = line.trim().strip_prefix('|')?;
            let (code, name) = cells.split('|').next()?.trim().split_once(" as ")?;
            Some((code, name))
        })
        .collect();
    assert!(!rows.is_empty());
    for (code, variant) in rows {
        assert_alias(&found, ["ShopError", "ShopErrorCode"], variant, code);
    }
}

#[test]
fn texts_rustdoc_refuses_as_aliases_are_left_out() {
    let body = r#"
        pub enum Odd {
            table "Errors" {
            | Code | Status | Message |
            | "Has \"quote\"" as Quoted | 400 | "a" |
            | " padded" as Padded | 400 | "b" |
            | Same | 400 | "c" |
            #[alias("same-too", "same-too")]
            | "Tab\there" as Tabbed | 400 | "d" |
            }
        }
    "#;
    let found = aliases(body);
    let of = |variant: &str| found[&("OddCode".to_owned(), variant.to_owned())].clone();
    assert_eq!(of("Quoted"), Vec::<String>::new());
    assert_eq!(of("Padded"), Vec::<String>::new());
    assert_eq!(of("Same"), Vec::<String>::new());
    assert_eq!(of("Tabbed"), ["same-too"]);
}

#[test]
fn both_enums_carry_the_tables_with_the_crates_columns() {
    let source = include_str!("../gwerr-core/src/vpc.rs");
    let body = body(source);
    let tokens = TokenStream::from_str(body).unwrap();
    let tables = gwerr_codegen::tables(tokens.clone()).to_string();
    assert!(
        tables.contains(
            "| Error code | HTTP status code | Message | Description | Variant | Retry |"
        ),
        "{tables}"
    );
    assert!(
        tables.contains("| [`InvalidHeader`](Self::InvalidHeader) | never |"),
        "{tables}"
    );
    assert!(
        tables.contains("| [`ThrottledByServer`](Self::ThrottledByServer) | throttled"),
        "{tables}"
    );
    let file: syn::File = syn::parse2(gwerr_codegen::expand(tokens)).unwrap();
    let enums: Vec<&syn::ItemEnum> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(item) => Some(item),
            _ => None,
        })
        .collect();
    assert_eq!(enums.len(), 2);
    for item in &enums {
        let with_tables = item.attrs.iter().any(|attr| {
            quote::ToTokens::to_token_stream(attr)
                .to_string()
                .contains("__private :: tables !")
        });
        assert!(with_tables, "{} has no tables", item.ident);
    }
    // Each code variant says its code and status in one line, linked to
    // the error's variant; the error's variant says its fields nowhere
    // but in rustdoc's own list, and its retry advice in the table only.
    let docs = |item: &syn::ItemEnum, variant: &str| -> String {
        let variant = item.variants.iter().find(|v| v.ident == variant).unwrap();
        variant
            .attrs
            .iter()
            .filter_map(|attr| match &attr.meta {
                syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            })
            .collect()
    };
    let code = enums.iter().find(|e| e.ident == "VpcErrorCode").unwrap();
    assert_eq!(
        docs(code, "InvalidHeader"),
        " `I400HD` · HTTP 400: the code of [`VpcError::InvalidHeader`](VpcError::InvalidHeader)."
    );
    let error = enums.iter().find(|e| e.ident == "VpcError").unwrap();
    let text = docs(error, "InvalidHeader");
    assert!(text.contains("`I400HD` · HTTP 400"), "{text}");
    assert!(
        !text.contains("Fields:") && !text.contains("Retry:"),
        "{text}"
    );
}
