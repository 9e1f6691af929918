//! The names a row gives the code: its variant (from `as Name` or from the
//! code) and one field per placeholder. The case rules are in `case.rs`.

use proc_macro2::{Span, TokenTree};
use syn::Ident;

use crate::ast::{CodeCell, Field, Row};
use crate::case;
use crate::ctxt::Ctxt;
use crate::map::{Map, NameIndex};
use crate::template;

/// The variant a code names: a code written as an identifier is used as it
/// is (unless `camel`, the family's `variants = CamelCase;`); a literal
/// code, a phrase or a templated code gives its words in CamelCase,
/// placeholders removed (`"NOT_FOUND"` → `NotFound`).
pub fn derive_variant(code: &CodeCell, camel: bool) -> Option<Ident> {
    let span = code.span;
    let literal = matches!(code.original.0.first(), Some(TokenTree::Literal(_)));
    let plain = code.template.placeholder_count() == 0 && template::is_identifier(&code.text);
    let name = if plain && !literal && !camel {
        code.text.clone()
    } else {
        case::camel_case(&code.template.literal_text())
    };
    ident_at(&name, span)
}

/// `name` as an identifier at `span`, raw where it is a keyword (`r#type`);
/// `None` where no identifier can be made of it (`self`, `_`, `1a`).
fn ident_at(name: &str, span: Span) -> Option<Ident> {
    if !template::is_identifier(name) || name.chars().all(|c| c == '_') {
        return None;
    }
    match name {
        "self" | "Self" | "super" | "crate" => None,
        _ if is_strict_keyword(name) => Some(Ident::new_raw(name, span)),
        _ => Some(Ident::new(name, span)),
    }
}

/// Whether `name` is a word that cannot be a name unless raw: a keyword
/// of [`KEYWORDS`], `_`, or one of the path keywords (`self`, `Self`,
/// `super`, `crate`), which cannot be raw either. Every word `syn` refuses
/// as an identifier is one (and `gen`, which it takes).
pub fn is_keyword(name: &str) -> bool {
    matches!(name, "_" | "self" | "Self" | "super" | "crate") || is_strict_keyword(name)
}

/// Whether `name` is one of [`KEYWORDS`]. They are all lowercase: a name
/// that starts otherwise (a variant's, mostly) is not looked up.
fn is_strict_keyword(name: &str) -> bool {
    name.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && KEYWORDS.contains(&name)
}

/// The words an identifier cannot be unless raw: Rust's strict and reserved
/// keywords of every edition (syn's list, with `gen` of edition 2024).
/// Looked up here rather than by lexing each name, which costs an
/// unoptimised proc macro a round trip through a lexer per row.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// The field name of each placeholder name met so far in a table:
/// placeholders repeat from row to row, and cutting a name into words
/// costs an unoptimised proc macro more than a lookup.
#[derive(Default)]
pub struct FieldNames {
    /// The field's name, and whether it must be raw; `None` where no
    /// field can be named after the placeholder.
    names: Map<String, Option<(String, bool)>>,
}

impl FieldNames {
    /// One field per distinct placeholder, message first, then any the
    /// code adds; the code's `%s` and the message's `%s` named alike share
    /// a field.
    pub fn fields_of(&mut self, row: &Row, cx: &Ctxt) -> Option<Vec<Field>> {
        let (_, message) = row.message_template();
        let mut names = message.name_index();
        for name in row.code.template.names() {
            names.insert(name);
        }
        let names = names.into_items();
        if names.is_empty() {
            return Some(Vec::new());
        }
        let cell = match &row.message {
            Some(message) => &message.original,
            None => &row.code.original,
        };
        let span = match &row.message {
            Some(message) => message.span,
            None => row.code.span,
        };
        let mut fields: Vec<Field> = Vec::with_capacity(names.len());
        let mut ok = true;
        for name in names {
            let Some((text, ident)) = self.field_ident(name, span) else {
                // ui: placeholder-not-a-field-name
                cx.error_spanned_by(
                    cell,
                    format!("placeholder `{name}` cannot be a Rust field name; rename it"),
                );
                ok = false;
                continue;
            };
            fields.push(Field {
                name: name.to_owned(),
                ident,
                text,
            });
        }
        // Two placeholders whose fields would have one name: each distinct
        // name, and the index of the first field of that name.
        let mut texts = NameIndex::default();
        let mut firsts: Vec<usize> = Vec::new();
        for (index, field) in fields.iter().enumerate() {
            if let Some(first) = texts.get(field.text.as_str()).map(|text| firsts[text]) {
                // ui: placeholder-not-a-field-name
                cx.error_spanned_by(
                    cell,
                    format!(
                        "placeholders `{}` and `{}` would both be the field `{}`; rename one",
                        fields[first].name, field.name, field.ident
                    ),
                );
                ok = false;
            } else {
                texts.insert(&field.text);
                firsts.push(index);
            }
        }
        ok.then_some(fields)
    }

    /// The field of placeholder `name`, as text and as an identifier at
    /// `span`.
    fn field_ident(&mut self, name: &str, span: Span) -> Option<(String, Ident)> {
        let known = match self.names.get(name) {
            Some(known) => known,
            None => {
                let field = case::snake_case(name);
                // `ident_at` makes a keyword raw.
                let known = ident_at(&field, span).map(|_| {
                    let raw = is_strict_keyword(&field);
                    (field, raw)
                });
                self.names.entry(name.to_owned()).or_insert(known)
            }
        };
        known.as_ref().map(|(field, raw)| {
            let ident = match raw {
                true => Ident::new_raw(field, span),
                false => Ident::new(field, span),
            };
            (field.clone(), ident)
        })
    }
}

/// An identifier's text without its `r#`: the name the docs and the
/// metadata give a field (`type` for `r#type`).
pub fn unraw(ident: &Ident) -> String {
    use syn::ext::IdentExt;
    ident.unraw().to_string()
}
