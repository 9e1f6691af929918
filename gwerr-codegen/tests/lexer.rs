//! The text the expansion writes and reads back through a [`Lexer`]:
//! proc_macro2's lexer and the compiler's give the same tokens, and a lexer
//! that refuses the text is a compile error, never a panic.
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
fn the_default_lexer_is_proc_macro2s() {
    let expanded = gwerr_codegen::expand(table()).to_string();
    let with = gwerr_codegen::expand_with(table(), gwerr_codegen::lex).to_string();
    assert_eq!(expanded, with);
    assert!(!expanded.contains("compile_error"), "{expanded}");
    // The metadata written as text keeps every value, escapes included.
    for text in [
        r#"description : "A \"quoted\" \\ text""#,
        r#"extras : & ["v1" ,]"#,
        "status : 503u16",
        r#"__Placeholder (0)"#,
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
