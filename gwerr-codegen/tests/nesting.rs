//! Attribute values, and types longer than 64 tokens, are passed through
//! as tokens; a shorter type is parsed, and is nested at most as deep as
//! it has tokens. No depth of nesting makes the macro recurse deeper, so it
//! cannot exhaust its stack where rustc itself would compile the input.

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

/// Expands `text` on a small stack: the family, without an error.
fn expands_on_small_stack(text: String) {
    on_small_stack(move || {
        let tokens = TokenStream::from_str(&text).unwrap();
        let out = gwerr_codegen::expand(tokens).to_string();
        assert!(out.contains("pub enum Deep"), "the family expands");
        assert!(!out.contains("compile_error"), "without an error");
    });
}

#[test]
fn a_type_nested_two_thousand_deep_passes_through() {
    let depth = 2000;
    let ty = format!("{}String{}", "Vec<".repeat(depth), ">".repeat(depth));
    let doc = "\"flat\"";
    let text = table(&ty, doc);
    expands_on_small_stack(text);
}

#[test]
fn an_attribute_nested_two_thousand_deep_passes_through() {
    let depth = 2000;
    let doc = format!("{}\"deep\"{}", "(".repeat(depth), ")".repeat(depth));
    let text = table("String", &doc);
    expands_on_small_stack(text);
}

#[test]
fn the_deepest_types_that_are_parsed_parse_on_the_stack_of_a_macro() {
    // `MAX_PARSED_TYPE_TOKENS` (64) tokens, nested as deep as that many
    // tokens can be: a reference per token, or a generic per two.
    let references = format!("{}u8", "&'static ".repeat(31));
    let generics = format!("{}u8{}", "Vec<".repeat(21), ">".repeat(21));
    for ty in [references, generics] {
        let text = table(&ty, "\"flat\"");
        expands_on_small_stack(text);
    }
}

#[test]
fn a_type_of_too_many_tokens_to_parse_is_passed_through_as_tokens() {
    // Not a type, but too long to be parsed: the compiler reports it on
    // its own tokens.
    let ty = format!("{}u8 * u8", "Vec<".repeat(40));
    let text = table(&ty, "\"flat\"");
    let tokens = TokenStream::from_str(&text).unwrap();
    let out = gwerr_codegen::expand(tokens).to_string();
    assert!(!out.contains("compile_error"), "{out}");
    // Inside a macro that the compiler expands to the type: the expansion
    // is Rust whatever the tokens.
    assert!(out.contains("__type ! (Vec < "), "{out}");
    assert!(out.contains("u8 * u8"), "the tokens as written");
    syn::parse2::<syn::File>(gwerr_codegen::expand(TokenStream::from_str(&text).unwrap()))
        .expect("the expansion parses");
    // A short one is parsed, and is an error.
    let text = table("u8 * u8", "\"flat\"");
    let out = gwerr_codegen::expand(TokenStream::from_str(&text).unwrap()).to_string();
    assert!(out.contains("expected a type"), "{out}");
}

#[test]
fn a_cfg_attr_nested_two_thousand_deep_is_read_sixteen_deep() {
    // The derives of `cfg_attr`s are read down to sixteen levels, and a
    // derive of a generated trait is an error there; deeper, the attribute
    // is passed through.
    let nest = |depth: usize| {
        format!(
            "{}derive(Clone){}",
            "cfg_attr(all(), ".repeat(depth),
            ")".repeat(depth)
        )
    };
    for (depth, reported) in [(16, true), (17, false), (2000, false)] {
        let text = table("String", "\"flat\"").replacen(
            "pub enum Deep",
            &format!("#[{}] pub enum Deep", nest(depth)),
            1,
        );
        on_small_stack(move || {
            let tokens = TokenStream::from_str(&text).unwrap();
            let out = gwerr_codegen::expand(tokens).to_string();
            assert!(out.contains("pub enum Deep"), "the family expands");
            assert_eq!(out.contains("implements `Clone`"), reported, "{depth}");
        });
    }
}
