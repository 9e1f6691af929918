//! Whether a macro's compile errors point at tokens of its input: shared
//! by gwerr-codegen's mutation tests and the fuzz targets through
//! `#[path]`. Needs proc-macro2's `span-locations` feature, which gives a
//! token parsed from text its place (the call site has none).

use proc_macro2::TokenStream;

/// The messages of the expansion's compile errors that point at no token
/// of the input (the call site, where the whole macro is underlined).
pub fn unplaced_errors(output: &TokenStream) -> Vec<String> {
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
