//! What the grammar's files share: the `table` and `from` keywords, and how an
//! option's error says what it takes.

pub mod kw {
    syn::custom_keyword!(table);
    syn::custom_keyword!(from);
}

/// Replaces syn's list of expected tokens with what the option takes.
pub fn hint<T>(result: syn::Result<T>, message: &str) -> syn::Result<T> {
    // ui: malformed-option-values
    result.map_err(|error| syn::Error::new(error.span(), message))
}
