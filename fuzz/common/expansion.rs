//! The property of every target that expands a table.

use proc_macro2::TokenStream;

/// The expansion is compile errors, or a file of Rust: text that does not
/// parse would be reported at the whole macro call, not at the table.
pub fn errors_or_rust(output: TokenStream) {
    if output.to_string().contains("compile_error") {
        return;
    }
    if let Err(error) = syn::parse2::<syn::File>(output.clone()) {
        panic!("the expansion does not parse: {error}: {output}");
    }
}
