//! The property of every target that expands a table.

use proc_macro2::{Group, TokenStream, TokenTree};

/// The expansion of `input` is compile errors, or a file of Rust: text
/// that does not parse would be reported at the whole macro call, not at
/// the table. The attributes a table writes are passed through as their
/// own tokens, and the compiler reports what is wrong in them on them (as
/// it would without the macro): where the output does not parse, the
/// input without its attributes must expand to errors or Rust.
pub fn errors_or_rust(input: TokenStream) {
    let output = gwerr_codegen::expand(input.clone());
    if parses_or_errors(&output) {
        return;
    }
    let bare = gwerr_codegen::expand(without_attributes(input));
    if !parses_or_errors(&bare) {
        panic!("the expansion does not parse, attributes left out: {bare}");
    }
}

fn parses_or_errors(output: &TokenStream) -> bool {
    output.to_string().contains("compile_error") || syn::parse2::<syn::File>(output.clone()).is_ok()
}

/// `tokens` without any `#[...]` or `#![...]`, at any depth.
fn without_attributes(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(pound) if pound.as_char() == '#' => {
                if matches!(tokens.peek(), Some(TokenTree::Punct(bang)) if bang.as_char() == '!') {
                    tokens.next();
                }
                match tokens.peek() {
                    Some(TokenTree::Group(group))
                        if group.delimiter() == proc_macro2::Delimiter::Bracket =>
                    {
                        tokens.next();
                    }
                    _ => out.push(TokenTree::Punct(pound)),
                }
            }
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), without_attributes(group.stream()));
                inner.set_span(group.span());
                out.push(TokenTree::Group(inner));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}
