//! What every emitter of the expansion shares, worked out once from a
//! checked [`Family`] (the role serde_derive's `Parameters` plays).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, ToTokens};
use syn::Ident;

use crate::attr::TypeTokens;
use crate::map::Map;

use crate::ast::{Family, Field, Row};
use crate::emit::{self, Emit, Lexer};
use crate::naming::unraw;

/// The expansion's context: the family, and the names and paths that the
/// generated items refer to.
pub struct Params<'a> {
    /// The checked family being expanded.
    pub family: &'a Family,
    /// The path of `gwerr_core`: `crate = ...`, else the path that
    /// `gwerr_core::error_table!` passes, else `::gwerr_core`.
    pub krate: TokenStream,
    /// The code enum's name: `code = ...`, else the error enum's name
    /// followed by `Code`.
    pub code: Ident,
    /// Each declared placeholder type by its placeholder's name (the last
    /// of two declarations counts).
    types: Map<String, Declared<'a>>,
    /// The `default_type`, likewise.
    default_type: Option<Declared<'a>>,
    /// Writes the per-row bulk as text and reads it back.
    pub emit: Emit,
    /// Whether any row has a field ([`Family::has_fields`]), asked by
    /// several emitters.
    has_fields: bool,
}

impl<'a> Params<'a> {
    pub fn new(family: &'a Family, lexer: Lexer) -> Self {
        let krate = match (&family.options.krate, &family.default_crate) {
            (Some(path), _) => path.to_token_stream(),
            (None, Some(path)) => path.clone(),
            (None, None) => quote!(::gwerr_core),
        };
        let code = match &family.options.code {
            Some(code) => code.ident.clone(),
            None => format_ident!("{}Code", family.ident),
        };
        let types = (family.options.types.iter())
            .map(|decl| (unraw(&decl.name), Declared::new(&decl.ty, &krate)))
            .collect();
        let default_type =
            (family.options.default_type.as_ref()).map(|ty| Declared::new(ty, &krate));
        Params {
            family,
            krate,
            code,
            types,
            default_type,
            emit: Emit::new(lexer),
            has_fields: family.has_fields(),
        }
    }

    /// Every row of every table, in table order (the variants' order).
    pub fn rows(&self) -> impl Iterator<Item = &'a Row> {
        self.family
            .tables
            .iter()
            .flat_map(|table| table.rows.iter())
    }

    /// Whether any row has a field.
    pub fn has_fields(&self) -> bool {
        self.has_fields
    }

    /// The type of each field, each distinct type once (by its name), in
    /// the order of first use.
    pub fn distinct_field_types(&self) -> Vec<FieldType<'_>> {
        let mut seen: Map<&str, ()> = Map::default();
        let mut types = Vec::new();
        for field in self.rows().flat_map(|row| &row.fields) {
            let field_type = self.field_type(field);
            if seen.insert(field_type.name(), ()).is_none() {
                types.push(field_type);
            }
        }
        types
    }

    /// The type of a field: its `type Name = T;`, else the family's
    /// `default_type`, else `String`.
    pub fn field_type(&self, field: &Field) -> FieldType<'_> {
        match self.types.get(&field.name).or(self.default_type.as_ref()) {
            Some(declared) => FieldType {
                ty: Some(declared.ty),
                tokens: Some(&declared.tokens),
                name: &declared.name,
                text: declared.text.as_deref(),
            },
            None => FieldType {
                ty: None,
                tokens: None,
                name: "String",
                text: Some(STRING),
            },
        }
    }
}

/// A declared type (`type Name = T;` or `default_type`), with its name as
/// docs and metadata show it, its tokens as the expansion writes them,
/// and its source text where text carries it (see [`emit::text_of`])
/// and it was parsed as a type: all worked out once per type, not once
/// per field.
struct Declared<'a> {
    ty: &'a TypeTokens,
    name: String,
    /// The type's tokens; for a type too long to be parsed here
    /// ([`TypeTokens::parsed`]), inside `gwerr_core::__type!`, a macro that
    /// the compiler expands to the type: the expansion stays Rust
    /// whatever the tokens, and the compiler parses them there and
    /// reports an error in them on them.
    tokens: TokenStream,
    text: Option<String>,
}

impl<'a> Declared<'a> {
    fn new(ty: &'a TypeTokens, krate: &TokenStream) -> Self {
        let tokens = if ty.parsed {
            ty.tokens.clone()
        } else {
            let tokens = &ty.tokens;
            quote!(#krate::__type!(#tokens))
        };
        Declared {
            ty,
            name: type_name(ty),
            tokens,
            text: ty.parsed.then(|| emit::text_of(&ty.tokens)).flatten(),
        }
    }
}

/// A field's type, as [`Params::field_type`] finds it: `ty` is `None` for
/// the default, `String`.
#[derive(Clone, Copy)]
pub struct FieldType<'p> {
    ty: Option<&'p TypeTokens>,
    tokens: Option<&'p TokenStream>,
    name: &'p str,
    text: Option<&'p str>,
}

/// The default field type, as source.
const STRING: &str = "::std::string::String";

impl<'p> FieldType<'p> {
    /// The type as written in the table (keeping its span, so that an error
    /// about the type lands on the table's `type` line).
    pub fn tokens(self) -> TokenStream {
        match self.tokens {
            Some(tokens) => tokens.clone(),
            None => quote!(::std::string::String),
        }
    }

    /// The type as text, where text carries it (see `emit::text_of`).
    pub fn text(self) -> Option<&'p str> {
        self.text
    }

    /// A span that resolves names at the call site and is reported at the
    /// type's declaration (its first token): for code about the type, so
    /// that a bound the type misses is reported on the table's `type`
    /// line.
    pub fn span(self) -> Span {
        let first = match self.ty {
            Some(ty) => ty.tokens.clone().into_iter().next(),
            None => None,
        };
        let at = first.map_or_else(Span::call_site, |t| t.span());
        Span::call_site().located_at(at)
    }

    /// Whether the type is declared (`type Name = T;` or `default_type`),
    /// rather than the default, `String`.
    pub fn is_declared(self) -> bool {
        self.ty.is_some()
    }

    /// The type as shown in docs and metadata (`String`, `http::Method`).
    pub fn name(self) -> &'p str {
        self.name
    }
}

/// A type's name as docs and metadata show it: its tokens printed without
/// the spaces between them, and without a leading `::`.
fn type_name(ty: &TypeTokens) -> String {
    let text = ty.to_token_stream().to_string();
    let text = text.replace(" :: ", "::").replace(":: ", "::");
    let text = text
        .replace(" <", "<")
        .replace("< ", "<")
        .replace(" >", ">");
    let text = text.replace(" ,", ",").replace("& ", "&");
    text.trim_start_matches("::").to_owned()
}
