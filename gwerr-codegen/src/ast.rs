//! The crate's model of an `error_table!` invocation: the family, its
//! options, tables, rows and cells, each keeping the tokens it came from so
//! that a diagnostic underlines the user's own cell.
//!
//! The grammar that builds it is in `parse/`; the names of variants and
//! fields in `naming.rs`; what a row says about retrying in `retry.rs`.

use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Ident, LitStr, Visibility};

use crate::attr::{Attr, TypeTokens};

use crate::retry::Retry;
use crate::template::{Syntaxes, Template};

/// A whole invocation: one family of errors.
pub struct Family {
    /// Outer attributes and doc comments, passed on to the error enum.
    pub attrs: Vec<Attr>,
    /// Visibility of both generated enums.
    pub vis: Visibility,
    /// Name of the error enum.
    pub ident: Ident,
    /// The `key = value;` lines.
    pub options: Options,
    /// The tables, in the order written.
    pub tables: Vec<Table>,
    /// The path of `gwerr_core` as its `error_table!` passes it, used when
    /// the family sets no `crate = ...`.
    pub default_crate: Option<TokenStream>,
    /// The features of `gwerr_core` as its `error_table!` passes them:
    /// `None` when called otherwise, and the expansion leaves the choice to
    /// `gwerr_core`'s `__serde!` and `__axum!`.
    pub features: Option<Features>,
    /// The invocation as written (without the path and features that
    /// `gwerr_core::error_table!` puts first): the error enum passes it to
    /// `__private::tables!`, which renders the tables for rustdoc alone.
    pub input: TokenStream,
}

impl Family {
    /// Whether any row has a field. A family without fields is `Copy`,
    /// and its `code()` and `from_fields` read arrays.
    pub fn has_fields(&self) -> bool {
        self.tables
            .iter()
            .flat_map(|table| &table.rows)
            .any(|row| !row.fields.is_empty())
    }
}

/// The features of `gwerr_core` that add impls to a family.
#[derive(Clone, Copy, Default)]
pub struct Features {
    pub serde: bool,
    pub axum: bool,
    pub miette: bool,
    /// The family is gwerr-core's own: its feature-gated impls say which
    /// of gwerr-core's features they need, in docs.rs's rendering.
    pub badges: bool,
}

/// The options of a family, each as written (absent when not written).
#[derive(Default)]
pub struct Options {
    /// `code = Name;`: the code enum, with its attributes.
    pub code: Option<CodeEnum>,
    /// `crate = path;`: where `gwerr_core` is found.
    pub krate: Option<syn::Path>,
    /// `status_in_code = 1..4;`: the byte range of a code that spells its status.
    pub status_in_code: Option<StatusInCode>,
    /// `status = 4XX | 5XX;`: the statuses rows may have.
    pub status: Option<Classes>,
    /// `placeholders = "${Name}" | "%s";`: the syntaxes recognised in texts.
    pub placeholders: Option<(Syntaxes, TokenStream)>,
    /// `default_type = Type;`: the type of an undeclared placeholder.
    pub default_type: Option<TypeTokens>,
    /// `message = Description;`: the column that holds the message in a
    /// table without a `Message` column, by its title.
    pub message: Option<(String, TokenStream)>,
    /// `type Name = Type;`: the type of the placeholder `Name`.
    pub types: Vec<TypeDecl>,
    /// `columns = { code: gRPC, status: HTTP };`: the role of each column a
    /// vendor titles in its own words, by its title (lowercase).
    pub roles: Vec<(String, ColumnKind)>,
    /// `backoff = { throttled: 30s, transient: 1s };`: the first backoff
    /// of the family's rows of each kind that declare none, in
    /// milliseconds.
    pub backoff: Vec<(crate::retry::RetryKind, u64)>,
    /// `advice = { 502: transient };`: the retry advice for a response of
    /// a status that no row names.
    pub advice: Vec<(u16, crate::retry::RetryKind)>,
    /// `convention = PATH;`: the `gwerr_core::wire::Convention` the
    /// family's service sends its errors in.
    pub convention: Option<syn::Path>,
    /// `url = "https://.../{code}";`: the page of each code.
    pub url: Option<syn::LitStr>,
    /// `variants = CamelCase;`: identifier codes name their variants in
    /// CamelCase too (`NOT_FOUND` → `NotFound`), as literal codes do.
    pub camel_variants: Option<Ident>,
}

/// `code = Name;` with the attributes written before it.
pub struct CodeEnum {
    /// Attributes and doc comments for the code enum.
    pub attrs: Vec<Attr>,
    /// Name of the code enum.
    pub ident: Ident,
}

/// `status_in_code = start..end;`
pub struct StatusInCode {
    /// First byte of the status within a code.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A set of status classes such as `4XX | 5XX`.
pub struct Classes {
    /// The hundreds digit of each class (`4` for `4XX`).
    pub hundreds: Vec<u16>,
    /// The classes as written.
    pub original: TokenStream,
}

impl Classes {
    pub fn contains(&self, status: u16) -> bool {
        self.hundreds.contains(&(status / 100))
    }

    /// `4XX or 5XX`.
    pub fn describe(&self) -> String {
        let names: Vec<String> = self.hundreds.iter().map(|h| format!("{h}XX")).collect();
        names.join(" or ")
    }
}

/// `type Name = Type;`
pub struct TypeDecl {
    /// The placeholder name as the docs write it.
    pub name: Ident,
    /// Its field type.
    pub ty: TypeTokens,
}

/// One table of the docs: a title, a header row and its rows.
pub struct Table {
    /// Doc comments written on the table.
    pub docs: Vec<Attr>,
    /// The section title, as the docs write it.
    pub title: LitStr,
    /// The document file the table is declared from, by its absolute
    /// path, and where the table names it.
    pub source: Option<(String, proc_macro2::Span)>,
    /// `(5XX)`: the statuses this table's rows may have.
    pub classes: Option<Classes>,
    /// The header row.
    pub columns: Vec<Column>,
    /// The rows that parsed; a row with a broken cell is reported and left out.
    pub rows: Vec<Row>,
    /// Whether some row was left out, so that rules about the whole table
    /// (an unused placeholder type) do not fire on a partial view.
    pub incomplete: bool,
}

/// What a column holds, recognised from its title: `gwerr_core`'s type,
/// compiled here from the same source.
pub use crate::format::ColumnKind;

impl ColumnKind {
    /// Whether the column holds a plain text (a description, a solution, a
    /// scenario, a column of the table's own).
    pub fn is_text(self) -> bool {
        matches!(
            self,
            ColumnKind::Description
                | ColumnKind::Solution
                | ColumnKind::Scenario
                | ColumnKind::Extra(_)
        )
    }

    /// Known titles, lowercase, and what they mean.
    pub const TITLES: &'static [(&'static str, ColumnKind)] = &[
        ("scenario", ColumnKind::Scenario),
        ("error code", ColumnKind::Code),
        ("code", ColumnKind::Code),
        ("error message", ColumnKind::Message),
        ("user message", ColumnKind::Message),
        ("message", ColumnKind::Message),
        ("http status code", ColumnKind::Status),
        ("http status", ColumnKind::Status),
        ("status code", ColumnKind::Status),
        ("status", ColumnKind::Status),
        ("description", ColumnKind::Description),
        ("solution", ColumnKind::Solution),
        ("suggestion", ColumnKind::Solution),
    ];

    /// The known title `lower` names, as the docs usually write it, and its
    /// kind (`http status code` is `HTTP status code`).
    pub fn canonical(lower: &str) -> (&'static str, ColumnKind) {
        let kind = ColumnKind::from_title(lower).unwrap_or(ColumnKind::Extra(0));
        let title = match kind {
            ColumnKind::Scenario => "Scenario",
            ColumnKind::Code => "Error code",
            ColumnKind::Message => "Message",
            ColumnKind::Status => "HTTP status code",
            ColumnKind::Description => "Description",
            ColumnKind::Solution => "Solution",
            ColumnKind::Extra(_) => "",
        };
        let title = match lower {
            "code" => "Code",
            "error message" => "Error message",
            "user message" => "User message",
            "http status" => "HTTP status",
            "status code" => "Status code",
            "status" => "Status",
            "suggestion" => "Suggestion",
            _ => title,
        };
        (title, kind)
    }

    pub fn from_title(title: &str) -> Option<Self> {
        let lower = title.to_ascii_lowercase();
        ColumnKind::TITLES
            .iter()
            .find(|(t, _)| *t == lower)
            .map(|(_, kind)| *kind)
    }

    /// The variant of `gwerr_core::ColumnKind` with the same meaning, as
    /// tokens the expansion writes after `__ColumnKind::`.
    pub fn tokens(self) -> proc_macro2::TokenStream {
        let name = match self {
            ColumnKind::Scenario => "Scenario",
            ColumnKind::Code => "Code",
            ColumnKind::Message => "Message",
            ColumnKind::Status => "Status",
            ColumnKind::Description => "Description",
            ColumnKind::Solution => "Solution",
            ColumnKind::Extra(index) => return quote::quote!(Extra(#index)),
        };
        let ident = proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
        quote::quote!(#ident)
    }
}

/// One cell of the header row.
pub struct Column {
    /// What the column holds.
    pub kind: ColumnKind,
    /// The title as written (`HTTP status code`).
    pub title: String,
}

/// One row of a table.
pub struct Row {
    /// Doc comments and `#[deprecated]`, passed on to the variants.
    pub attrs: Vec<Attr>,
    /// 1-based position in its table, for diagnostics.
    pub number: usize,
    /// The code cell.
    pub code: CodeCell,
    /// The status cell.
    pub status: StatusCell,
    /// The message cell; a table without one uses the code as its message.
    pub message: Option<TextCell>,
    /// The description cell's text, empty without one.
    pub description: String,
    /// The solution (or suggestion) cell's text, empty without one.
    pub solution: String,
    /// The scenario cell's text, empty without one.
    pub scenario: String,
    /// The texts of the table's extra columns, in their order.
    pub extras: Vec<String>,
    /// Whether, and how, a caller may retry: `#[retry(kind)]`, else the
    /// status's advice.
    pub retry: Retry,
    /// The variant name, given with `as` or derived from the code.
    pub variant: Ident,
    /// The variant's name as text, without `r#` (`type` for `r#type`):
    /// what the docs and the metadata show, and the checks compare.
    pub variant_text: String,
    /// Whether `variant` was derived rather than written.
    pub derived_name: bool,
    /// The fields, one per distinct placeholder of the code and message.
    pub fields: Vec<Field>,
    /// Further spellings of a fixed code, `#[alias("...")]`, that read
    /// back as this row (the wire's spelling where the document's
    /// differs); the document's spelling is the code.
    pub aliases: Vec<syn::LitStr>,
}
impl Row {
    pub fn message_template(&self) -> (&str, &Template) {
        match &self.message {
            Some(message) => (&message.text, &message.template),
            None => (&self.code.text, &self.code.template),
        }
    }

    /// The message, if it has no placeholder: what `Display` writes for
    /// the row, whatever its fields.
    pub fn phrase(&self) -> Option<&str> {
        let (text, template) = self.message_template();
        (template.placeholder_count() == 0).then_some(text)
    }
}

/// A placeholder turned into a field.
pub struct Field {
    /// The placeholder's name as written (`HeaderName`).
    pub name: String,
    /// The field (`header_name`).
    pub ident: Ident,
    /// The field's name as text, without `r#` (`type` for `r#type`).
    pub text: String,
}

/// A cell's tokens as written, where errors about the cell point. Kept as
/// trees: inside the compiler a `TokenStream` is a handle, which costs a
/// call into the compiler to build and another to drop (two of each a
/// row), where a cell of identifiers and literals is plain values.
pub struct Tokens(pub Vec<TokenTree>);

impl ToTokens for Tokens {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}

impl From<TokenStream> for Tokens {
    fn from(tokens: TokenStream) -> Self {
        Tokens(tokens.into_iter().collect())
    }
}

/// The code cell: `I400HD`, `"Missing%s" % ParameterName`, `I400HD as InvalidHeader`.
pub struct CodeCell {
    /// The code text (the identifier's name or the literal's value).
    pub text: String,
    /// The cell's tokens.
    pub original: Tokens,
    /// The span of the cell's first token, where its names point.
    pub span: Span,
    /// The code cut at its placeholders.
    pub template: Template,
    /// The name after `as`.
    pub rename: Option<Ident>,
}

/// A status cell.
pub struct StatusCell {
    /// The status.
    pub value: u16,
    /// The reason phrase written after it (`Forbidden` in `403
    /// Forbidden`), empty when the cell is the number alone.
    pub phrase: String,
    /// Whether the phrase comes first, the number after it in parentheses
    /// (`Forbidden (403)`).
    pub phrase_first: bool,
    /// The number as written, where errors about the status point.
    pub original: Literal,
}

/// A message cell: a string literal, with `% Names` for its `%s`.
pub struct TextCell {
    pub text: String,
    /// The cell's tokens.
    pub original: Tokens,
    /// The span of the cell's first token, where its names point.
    pub span: Span,
    pub template: Template,
}
