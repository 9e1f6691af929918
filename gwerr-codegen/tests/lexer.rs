//! The text the expansion writes and reads back through a [`Lexer`]: it
//! keeps every value of the table, escapes included, and a lexer that
//! refuses it is a compile error, never a panic.
//!
//! [`Lexer`]: gwerr_codegen::Lexer

use proc_macro2::{TokenStream, TokenTree};

const TABLE: &str = r#"
    pub enum Sample {
        type Count = u32;
        table "Sample" {
            | Error code | HTTP status code | Message | Description | "Since" |
            | E400AA | 400 Bad Request | "Bad ${Count} of `${Item}`" | "A \"quoted\" \\ text" | "v1" |
            | E503AB as Busy | 503 | "Busy" | "" | "v2" |
            | "Missing%s" % Name as Missing | 400 | "Missing %s" % Name | "templated" | "v3" |
        }
    }
"#;

fn table() -> TokenStream {
    TABLE.parse().expect("the table lexes")
}

/// The value of every string literal of `tokens`, in order.
fn string_values(tokens: TokenStream, values: &mut Vec<String>) {
    for token in tokens {
        match token {
            TokenTree::Group(group) => string_values(group.stream(), values),
            TokenTree::Literal(literal) => {
                if let Ok(text) = syn::parse2::<syn::LitStr>(TokenTree::Literal(literal).into()) {
                    values.push(text.value());
                }
            }
            _ => {}
        }
    }
}

#[test]
fn the_text_written_keeps_every_value() {
    let output = gwerr_codegen::expand(table());
    let expanded = output.to_string();
    assert!(!expanded.contains("compile_error"), "{expanded}");
    syn::parse2::<syn::File>(output.clone()).expect("the expansion is Rust");
    // The texts of the metadata, written as text (raw where they can be),
    // keep every value, escapes included; the codes' texts are written as
    // text too, in order.
    let mut values = Vec::new();
    string_values(output, &mut values);
    for text in [r#"A "quoted" \ text"#, "v1", "Missing %s"] {
        assert!(
            values.iter().any(|value| value == text),
            "{text} in {values:?}"
        );
    }
    let codes = ["E400AA", "E503AB", "Missing%s"];
    assert!(
        values.windows(3).any(|window| window == codes),
        "{codes:?} in {values:?}"
    );
}

#[test]
fn text_that_does_not_lex_is_a_compile_error() {
    let expanded = gwerr_codegen::expand_with(table(), |_| None).to_string();
    assert!(
        expanded.contains("compile_error")
            && expanded.contains("the expansion wrote source that does not lex"),
        "{expanded}"
    );
}
