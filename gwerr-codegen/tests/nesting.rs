//! Types and attribute values are passed through as tokens: no depth of
//! nesting makes the macro recurse, so it cannot exhaust its stack where
//! rustc itself would compile the input.

use std::str::FromStr;

use proc_macro2::TokenStream;

fn table(ty: &str, doc: &str) -> String {
    format!(
        r#"
        #[doc = {doc}]
        pub enum Deep {{
            type Value = {ty};
            #[doc = {doc}]
            code = DeepCode;

            #[doc = {doc}]
            table "Deep" {{
            | Code | Status | Message |
            #[doc = {doc}]
            | E1 | 400 | "Value {{Value}}" |
            }}
        }}
        "#
    )
}

/// Runs `f` on a thread with the stack rustc runs a macro on (8 MiB), so
/// that a recursion that costs much per level of the input shows as an
/// overflow: syn's parsers of types and expressions did (400 levels of a
/// type exhausted rustc's stack). syn's token buffer still walks nested
/// groups, at under a kilobyte a level.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(8 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn a_type_nested_two_thousand_deep_passes_through() {
    let depth = 2000;
    let ty = format!("{}String{}", "Vec<".repeat(depth), ">".repeat(depth));
    let doc = "\"flat\"";
    let text = table(&ty, doc);
    on_small_stack(move || {
        let tokens = TokenStream::from_str(&text).unwrap();
        let out = gwerr_codegen::expand(tokens).to_string();
        assert!(out.contains("pub enum Deep"), "the family expands");
        assert!(!out.contains("compile_error"), "without an error");
    });
}

#[test]
fn an_attribute_nested_two_thousand_deep_passes_through() {
    let depth = 2000;
    let doc = format!("{}\"deep\"{}", "(".repeat(depth), ")".repeat(depth));
    let text = table("String", &doc);
    on_small_stack(move || {
        let tokens = TokenStream::from_str(&text).unwrap();
        let out = gwerr_codegen::expand(tokens).to_string();
        assert!(out.contains("pub enum Deep"), "the family expands");
        assert!(!out.contains("compile_error"), "without an error");
    });
}
