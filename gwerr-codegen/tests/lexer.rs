//! The text the expansion writes and reads back through a [`Lexer`]: it
//! keeps every value of the table, escapes included, and a lexer that
//! refuses it is a compile error, never a panic.
//!
//! [`Lexer`]: gwerr_codegen::Lexer

use proc_macro2::TokenStream;

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

#[test]
fn the_text_written_keeps_every_value() {
    let output = gwerr_codegen::expand(table());
    let expanded = output.to_string();
    assert!(!expanded.contains("compile_error"), "{expanded}");
    syn::parse2::<syn::File>(output).expect("the expansion is Rust");
    // The texts of the metadata, written as text, keep every value,
    // escapes included; the codes' texts are written as text too.
    for text in [
        r#""A \"quoted\" \\ text" ,"#,
        r#""v1" , "#,
        r#""E400AA" , "E503AB" , "Missing%s" ,"#,
        r#""Missing %s" ,"#,
    ] {
        assert!(expanded.contains(text), "{text} in {expanded}");
    }
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
