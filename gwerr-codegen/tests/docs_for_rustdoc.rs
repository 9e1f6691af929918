//! The family's tables are rendered docs only: `cargo check` drops them
//! before reading them, or rendering them (`tables!` runs only under
//! rustdoc), while each variant keeps its own docs for editors.

use proc_macro2::TokenStream;
use quote::ToTokens;

const TABLE: &str = r#"
    /// The family's own docs.
    pub enum Sample {
        table "Sample" {
            | Error code | HTTP status code | Message |
            | E400AA | 400 | "Bad" |
            | E503AB as Busy | 503 | "Busy" |
        }
    }
"#;

fn error_enum() -> syn::ItemEnum {
    let input: TokenStream = TABLE.parse().expect("the table lexes");
    let file: syn::File = syn::parse2(gwerr_codegen::expand(input)).expect("the expansion is Rust");
    file.items
        .into_iter()
        .find_map(|item| match item {
            syn::Item::Enum(item) if item.ident == "Sample" => Some(item),
            _ => None,
        })
        .expect("the error enum")
}

#[test]
fn the_tables_are_written_for_rustdoc_alone() {
    let item = error_enum();
    let attrs: Vec<String> = item
        .attrs
        .iter()
        .map(|attr| attr.to_token_stream().to_string())
        .collect();
    // One attribute renders the tables, under `cfg_attr(doc, ...)`, through
    // `gwerr_core`'s `tables!`, which is passed the invocation as written.
    let tables: Vec<&String> = attrs
        .iter()
        .filter(|a| a.contains("__private :: tables !"))
        .collect();
    assert_eq!(tables.len(), 1, "{attrs:#?}");
    assert!(
        tables[0].starts_with("# [cfg_attr (doc , doc = :: gwerr_core :: __private :: tables ! ("),
        "{}",
        tables[0]
    );
    assert!(tables[0].contains("E503AB as Busy"), "{}", tables[0]);
    // The family's own docs stay plain docs.
    assert!(attrs[0].contains("The family's own docs."), "{}", attrs[0]);
    assert!(attrs[0].starts_with("# [doc ="), "{}", attrs[0]);
    // Each variant's docs stay plain docs, for an editor's hover.
    for variant in &item.variants {
        assert!(
            variant.attrs.iter().any(|attr| attr.path().is_ident("doc")),
            "{}",
            variant.ident
        );
    }
}

/// What `tables!` renders from the invocation: the Markdown tables, one
/// string literal, each code linked to its variant.
#[test]
fn tables_renders_the_markdown_tables() {
    let input: TokenStream = TABLE.parse().expect("the table lexes");
    let literal: syn::LitStr =
        syn::parse2(gwerr_codegen::tables(input)).expect("one string literal");
    let text = literal.value();
    assert!(text.starts_with("\n # Tables\n\n ## Sample\n"), "{text}");
    assert!(
        text.contains(" | [`E503AB`](Self::Busy) | 503 | "),
        "{text}"
    );
    assert!(
        text.contains("| Error code | HTTP status code | Message |"),
        "{text}"
    );
}

/// A family with errors renders no tables: `tables!` gives the errors,
/// which the expansion reports too (it writes no `tables!` then).
#[test]
fn tables_of_a_broken_family_are_its_errors() {
    let input: TokenStream = TABLE.replace("| 503 |", "| 5033 |").parse().expect("lexes");
    let out = gwerr_codegen::tables(input).to_string();
    assert!(out.contains("compile_error"), "{out}");
}
