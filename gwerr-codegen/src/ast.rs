//! The crate's model of an `error_table!` invocation, built from syn nodes.
//!
//! Rules that concern one cell are checked here, while parsing; rules that
//! look across rows live in `check.rs`. Every node keeps the tokens it came
//! from, so that a diagnostic underlines the user's own cell.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Ident, LitInt, LitStr, Token, Type, Visibility};

use crate::case;
use crate::ctxt::Ctxt;
use crate::template::{self, Syntax, Syntaxes, Template};

mod kw {
    syn::custom_keyword!(table);
}

/// A whole invocation: one family of errors.
pub struct Family {
    /// Outer attributes and doc comments, passed on to the error enum.
    pub attrs: Vec<Attribute>,
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
    pub default_type: Option<Type>,
    /// `type Name = Type;`: the type of the placeholder `Name`.
    pub types: Vec<TypeDecl>,
}

/// `code = Name;` with the attributes written before it.
pub struct CodeEnum {
    /// Attributes and doc comments for the code enum.
    pub attrs: Vec<Attribute>,
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
    pub ty: Type,
}

/// One table of the docs: a title, a header row and its rows.
pub struct Table {
    /// Doc comments written on the table.
    pub docs: Vec<Attribute>,
    /// The section title, as the docs write it.
    pub title: LitStr,
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

/// What a column holds, recognised from its title.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ColumnKind {
    Scenario,
    Code,
    Message,
    Status,
    Description,
    Solution,
}

impl ColumnKind {
    /// Known titles, lowercase, and what they mean.
    const TITLES: &'static [(&'static str, ColumnKind)] = &[
        ("scenario", ColumnKind::Scenario),
        ("error code", ColumnKind::Code),
        ("code", ColumnKind::Code),
        ("error message", ColumnKind::Message),
        ("message", ColumnKind::Message),
        ("http status code", ColumnKind::Status),
        ("status code", ColumnKind::Status),
        ("status", ColumnKind::Status),
        ("description", ColumnKind::Description),
        ("solution", ColumnKind::Solution),
        ("suggestion", ColumnKind::Solution),
    ];

    fn from_title(title: &str) -> Option<Self> {
        let lower = title.to_ascii_lowercase();
        ColumnKind::TITLES
            .iter()
            .find(|(t, _)| *t == lower)
            .map(|(_, kind)| *kind)
    }

    /// The variant of `gwerr_core::ColumnKind` with the same meaning.
    pub fn name(self) -> &'static str {
        match self {
            ColumnKind::Scenario => "Scenario",
            ColumnKind::Code => "Code",
            ColumnKind::Message => "Message",
            ColumnKind::Status => "Status",
            ColumnKind::Description => "Description",
            ColumnKind::Solution => "Solution",
        }
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
    pub attrs: Vec<Attribute>,
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
    /// Why a caller may retry ([`Row::retry_reason`]), worked out once.
    pub retry: Option<&'static str>,
    /// The variant name, given with `as` or derived from the code.
    pub variant: Ident,
    /// Whether `variant` was derived rather than written.
    pub derived_name: bool,
    /// The fields, one per distinct placeholder of the code and message.
    pub fields: Vec<Field>,
}

impl Row {
    /// Why a caller may retry this error, derived from the table (and kept
    /// in [`Row::retry`] once the row is read): a status
    /// that says so (429, 503, 504), the docs' own advice to try again later,
    /// or throttling named in the code or message. `None`: retrying the same
    /// request will not help.
    pub fn retry_reason(&self) -> Option<&'static str> {
        let advice = format!("{} {}", self.description, self.solution).to_ascii_lowercase();
        let (message, _) = self.message_template();
        let wording = format!("{} {}", self.code.text, message).to_ascii_lowercase();
        match self.status.value {
            429 => Some("its status is 429 Too Many Requests"),
            503 | 504 => Some("its status says the service is unavailable or timed out"),
            _ if advice.contains("try again later") => Some("the docs advise to try again later"),
            _ if wording.contains("throttl") || wording.contains("flow control") => {
                Some("it reports throttling")
            }
            _ => None,
        }
    }

    /// The message template: the message cell, or the code for tables whose
    /// code is the message.
    pub fn message_template(&self) -> (&str, &Template) {
        match &self.message {
            Some(message) => (&message.text, &message.template),
            None => (&self.code.text, &self.code.template),
        }
    }
}

/// A placeholder turned into a field.
pub struct Field {
    /// The placeholder's name as written (`HeaderName`).
    pub name: String,
    /// The field (`header_name`).
    pub ident: Ident,
}

/// The code cell: `I400HD`, `"Missing%s" % ParameterName`, `I400HD as InvalidHeader`.
pub struct CodeCell {
    /// The code text (the identifier's name or the literal's value).
    pub text: String,
    /// The code token.
    pub original: TokenStream,
    /// The code cut at its placeholders.
    pub template: Template,
    /// The name after `as`.
    pub rename: Option<Ident>,
}

/// A status cell.
pub struct StatusCell {
    pub value: u16,
    pub original: LitInt,
}

/// A message cell: a string literal, with `% Names` for its `%s`.
pub struct TextCell {
    pub text: String,
    pub original: TokenStream,
    pub template: Template,
}

/// Parses a family, recording what is wrong in `cx`. `Err` only for input so
/// broken that no model can be built (the outer structure).
pub fn parse(tokens: TokenStream, cx: &Ctxt) -> syn::Result<Family> {
    let parser = |input: ParseStream| parse_family(input, cx);
    parser.parse2(tokens)
}

fn parse_family(input: ParseStream, cx: &Ctxt) -> syn::Result<Family> {
    let attrs = input.call(Attribute::parse_outer)?;
    let vis: Visibility = input.parse()?;
    input.parse::<Token![enum]>()?;
    let ident: Ident = input.parse()?;
    let content;
    syn::braced!(content in input);

    let mut options = Options::default();
    let mut pending_tables = Vec::new();
    while !content.is_empty() {
        let attrs = content.call(Attribute::parse_outer)?;
        if content.peek(kw::table) {
            pending_tables.push((attrs, parse_table_head(&content)?));
        } else {
            parse_option(&content, attrs, &mut options, cx)?;
        }
    }

    let syntaxes = options
        .placeholders
        .as_ref()
        .map_or(Syntaxes::ALL, |(syntaxes, _)| *syntaxes);
    let mut tables = Vec::new();
    for (attrs, head) in pending_tables {
        tables.push(build_table(attrs, head, syntaxes, cx));
    }
    if tables.is_empty() {
        // ui: family-without-tables
        cx.error_at(
            ident.span(),
            "a family needs at least one table; add `table \"Title\" { | Error code | HTTP status code | ... | }`",
        );
    }

    Ok(Family {
        attrs,
        vis,
        ident,
        options,
        tables,
        default_crate: None,
    })
}

const OPTION_NAMES: &str =
    "`code`, `crate`, `status_in_code`, `status`, `placeholders`, `default_type` or `type Name = Type`";

fn parse_option(
    input: ParseStream,
    attrs: Vec<Attribute>,
    options: &mut Options,
    cx: &Ctxt,
) -> syn::Result<()> {
    if input.peek(Token![type]) {
        reject_attrs(&attrs, "`type`", cx);
        input.parse::<Token![type]>()?;
        // ui: malformed-option-values
        let name = hint(
            Ident::parse_any(input),
            "expected a placeholder name, as in `type Method = ::http::Method;`",
        )?;
        input.parse::<Token![=]>()?;
        // ui: malformed-option-values
        let ty: Type = hint(
            input.parse(),
            "expected a type, as in `type Method = ::http::Method;`",
        )?;
        input.parse::<Token![;]>()?;
        options.types.push(TypeDecl { name, ty });
        return Ok(());
    }

    let key: Ident = if input.peek(Token![crate]) {
        let token: Token![crate] = input.parse()?;
        Ident::new("crate", token.span)
    } else if input.peek(Ident) {
        input.parse()?
    } else {
        // ui: expected-option-or-table
        return Err(input.error(format!("expected an option ({OPTION_NAMES}) or a `table`")));
    };
    let name = key.to_string();
    input.parse::<Token![=]>()?;

    let duplicate = |set: bool| {
        if set {
            // ui: option-set-twice
            cx.error_spanned_by(&key, format!("option `{name}` is set twice"));
        }
    };
    if name != "code" {
        reject_attrs(&attrs, &format!("`{name}`"), cx);
    }
    match name.as_str() {
        "code" => {
            duplicate(options.code.is_some());
            // ui: malformed-option-values
            let ident: Ident = hint(
                input.parse(),
                "expected the code enum's name, as in `code = VpcErrorCode;`",
            )?;
            options.code = Some(CodeEnum { attrs, ident });
        }
        "crate" => {
            duplicate(options.krate.is_some());
            let path = input.call(syn::Path::parse_mod_style);
            // ui: malformed-option-values
            options.krate = Some(hint(
                path,
                "expected a path, as in `crate = ::gwerr_core;`",
            )?);
        }
        "status_in_code" => {
            duplicate(options.status_in_code.is_some());
            const RANGE: &str = "expected a byte range, as in `status_in_code = 1..4;`";
            // ui: malformed-option-values
            let start: LitInt = hint(input.parse(), RANGE)?;
            let dots: Token![..] = hint(input.parse(), RANGE)?;
            let end: LitInt = hint(input.parse(), RANGE)?;
            let mut original = start.to_token_stream();
            dots.to_tokens(&mut original);
            end.to_tokens(&mut original);
            let (start, end) = (start.base10_parse::<usize>()?, end.base10_parse::<usize>()?);
            if end.checked_sub(start) == Some(3) {
                options.status_in_code = Some(StatusInCode { start, end });
            } else {
                // ui: status-in-code-range
                cx.error_spanned_by(
                    &original,
                    "`status_in_code` must span the three digits of a status, as in `1..4`",
                );
            }
        }
        "status" => {
            duplicate(options.status.is_some());
            options.status = Some(parse_classes(input, cx)?);
        }
        "placeholders" => {
            duplicate(options.placeholders.is_some());
            let mut syntaxes = Syntaxes::NONE;
            let mut original = TokenStream::new();
            loop {
                // ui: malformed-option-values
                let lit: LitStr = hint(
                    input.parse(),
                    "expected placeholder syntaxes as strings, as in `placeholders = \"${Name}\" | \"%s\";`",
                )?;
                match Syntax::from_spelling(&lit.value()) {
                    Some(syntax) => syntaxes.insert(syntax),
                    // ui: unknown-placeholder-syntax
                    None => cx.error_spanned_by(
                        &lit,
                        "unknown placeholder syntax; expected \"${Name}\", \"{Name}\" or \"%s\"",
                    ),
                }
                lit.to_tokens(&mut original);
                if !input.peek(Token![|]) {
                    break;
                }
                input.parse::<Token![|]>()?.to_tokens(&mut original);
            }
            options.placeholders = Some((syntaxes, original));
        }
        "default_type" => {
            duplicate(options.default_type.is_some());
            // ui: malformed-option-values
            options.default_type = Some(hint(
                input.parse(),
                "expected a type, as in `default_type = String;`",
            )?);
        }
        _ => {
            // ui: unknown-option
            cx.error_spanned_by(
                &key,
                format!("unknown option `{name}`; expected {OPTION_NAMES}"),
            );
            // Skip the value so the rest of the family is still read.
            while !input.is_empty() && !input.peek(Token![;]) {
                input.parse::<TokenTree>()?;
            }
        }
    }
    input.parse::<Token![;]>()?;
    Ok(())
}

/// Replaces syn's list of expected tokens with what the option takes.
fn hint<T>(result: syn::Result<T>, message: &str) -> syn::Result<T> {
    // ui: malformed-option-values
    result.map_err(|error| syn::Error::new(error.span(), message))
}

fn reject_attrs(attrs: &[Attribute], what: &str, cx: &Ctxt) {
    for attr in attrs {
        // ui: option-attribute
        cx.error_spanned_by(
            attr,
            format!(
                "attributes are not accepted on {what}; only `code = ...` and tables take them"
            ),
        );
    }
}

/// `4XX | 5XX`
fn parse_classes(input: ParseStream, cx: &Ctxt) -> syn::Result<Classes> {
    let mut hundreds = Vec::new();
    let mut original = TokenStream::new();
    loop {
        // ui: bad-status-class
        let lit: LitInt = hint(
            input.parse(),
            "expected a status class such as `4XX` or `5XX`",
        )?;
        let digits = lit.base10_digits();
        match (digits.parse::<u16>(), lit.suffix()) {
            (Ok(h @ 1..=9), "XX") => {
                if hundreds.contains(&h) {
                    // ui: bad-status-class
                    cx.error_spanned_by(&lit, format!("status class `{h}XX` is listed twice"));
                }
                hundreds.push(h);
            }
            // ui: bad-status-class
            _ => cx.error_spanned_by(&lit, "expected a status class such as `4XX` or `5XX`"),
        }
        lit.to_tokens(&mut original);
        if !input.peek(Token![|]) {
            break;
        }
        input.parse::<Token![|]>()?.to_tokens(&mut original);
    }
    Ok(Classes { hundreds, original })
}

/// A table as split from its tokens, before its cells are read.
struct TableHead {
    title: LitStr,
    /// The tokens inside `( )`, read once a context is at hand.
    classes: Option<TokenStream>,
    rows: Vec<RawRow>,
}

/// A row as split from the tokens: its attributes, the span of its opening
/// `|`, and its cells, each with the span of the `|` before it.
struct RawRow {
    attrs: Vec<Attribute>,
    tokens: TokenStream,
    cells: Vec<(Span, TokenStream)>,
}

fn parse_table_head(input: ParseStream) -> syn::Result<TableHead> {
    input.parse::<kw::table>()?;
    let title: LitStr = input.parse()?;
    let classes = if input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in input);
        Some(content.parse::<TokenStream>()?)
    } else {
        None
    };
    let body;
    syn::braced!(body in input);
    let rows = split_rows(&body)?;
    Ok(TableHead {
        title,
        classes,
        rows,
    })
}

/// Splits a table body into rows. A row opens with `|` and closes with `|`;
/// the next row opens right after, so two pipes in a row (`| |`) separate
/// rows and no cell count is needed to find where a row ends.
fn split_rows(input: ParseStream) -> syn::Result<Vec<RawRow>> {
    let mut rows = Vec::new();
    while !input.is_empty() {
        let attrs = input.call(Attribute::parse_outer)?;
        let mut tokens = TokenStream::new();
        let open: Token![|] = input.parse().map_err(|e| {
            // ui: row-must-open-with-pipe
            syn::Error::new(
                e.span(),
                "expected `|`: each row opens and closes with `|`, like `| I400HD | 400 | \"...\" |`",
            )
        })?;
        // `| a | b |  |` closes the row after `b |`: the lone `|` left over,
        // followed by the next row's `|` or by nothing, is an empty last
        // cell of that row (and reported as such), not a row of its own.
        let lone = input.is_empty() || input.peek(Token![|]) || input.peek(Token![#]);
        if let (true, true, Some(previous)) = (lone, attrs.is_empty(), rows.last_mut()) {
            let previous: &mut RawRow = previous;
            previous.cells.push((open.span, TokenStream::new()));
            continue;
        }
        open.to_tokens(&mut tokens);
        let mut cells = Vec::new();
        let mut pipe = open.span;
        loop {
            let mut cell = TokenStream::new();
            while !input.is_empty() && !input.peek(Token![|]) {
                let tt: TokenTree = input.parse()?;
                tokens.extend(std::iter::once(tt.clone()));
                cell.extend(std::iter::once(tt));
            }
            if input.is_empty() {
                if !cell.is_empty() {
                    // ui: row-not-closed
                    return Err(syn::Error::new_spanned(
                        cell,
                        "this row is not closed; end it with `|`",
                    ));
                }
                break;
            }
            let close: Token![|] = input.parse()?;
            close.to_tokens(&mut tokens);
            cells.push((pipe, cell));
            pipe = close.span;
            if input.is_empty() || input.peek(Token![|]) || input.peek(Token![#]) {
                break;
            }
        }
        rows.push(RawRow {
            attrs,
            tokens,
            cells,
        });
    }
    Ok(rows)
}

fn build_table(docs: Vec<Attribute>, head: TableHead, syntaxes: Syntaxes, cx: &Ctxt) -> Table {
    for attr in &docs {
        if !attr.path().is_ident("doc") {
            // ui: table-attribute
            cx.error_spanned_by(attr, "a table accepts only doc comments");
        }
    }
    let classes = head.classes.and_then(|classes| {
        let parser = |input: ParseStream| parse_classes(input, cx);
        match parser.parse2(classes) {
            Ok(classes) => Some(classes),
            Err(err) => {
                cx.syn_error(err);
                None
            }
        }
    });

    let mut raw_rows = head.rows.into_iter();
    let columns = match raw_rows.next() {
        Some(header) => parse_header(header, cx),
        None => {
            // ui: table-without-header
            cx.error_spanned_by(
                &head.title,
                "this table has no header row; start it with `| Error code | HTTP status code | ... |`",
            );
            Vec::new()
        }
    };
    let mut rows = Vec::new();
    let mut seen_row = false;
    let mut incomplete = columns.is_empty();
    for (index, raw) in raw_rows.enumerate() {
        seen_row = true;
        if columns.is_empty() {
            continue;
        }
        match parse_row(raw, index + 1, &columns, syntaxes, cx) {
            Some(row) => rows.push(row),
            None => incomplete = true,
        }
    }
    if !seen_row && !columns.is_empty() {
        // ui: table-without-rows
        cx.error_spanned_by(&head.title, "this table has a header but no rows");
    }

    Table {
        docs,
        title: head.title,
        classes,
        columns,
        rows,
        incomplete,
    }
}

fn parse_header(header: RawRow, cx: &Ctxt) -> Vec<Column> {
    for attr in &header.attrs {
        // ui: header-attribute
        cx.error_spanned_by(attr, "the header row takes no attributes");
    }
    let mut columns: Vec<Column> = Vec::new();
    let mut ok = true;
    for (pipe, cell) in header.cells {
        let title = (|input: ParseStream| {
            if input.peek(LitStr) {
                return Ok(input.parse::<LitStr>()?.value());
            }
            let mut words = vec![Ident::parse_any(input)?.to_string()];
            while !input.is_empty() {
                words.push(Ident::parse_any(input)?.to_string());
            }
            Ok(words.join(" "))
        })
        .parse2(cell.clone());
        let title = match title {
            Ok(title) => title,
            Err(_) if cell.is_empty() => {
                // ui: empty-column-title
                cx.error_at(pipe, "empty column title");
                ok = false;
                continue;
            }
            Err(_) => {
                // ui: row-not-opened
                cx.error_spanned_by(
                    &cell,
                    "a column title is words, like `HTTP status code`, or a string literal; if this cell belongs to a row, open the row with `|`",
                );
                ok = false;
                break;
            }
        };
        let Some(kind) = ColumnKind::from_title(&title) else {
            // ui: unknown-column
            cx.error_spanned_by(
                &cell,
                format!("unknown column `{title}`; expected `Error code`, `HTTP status code` (or `Status code`), `Message` (or `Error message`), `Description`, `Solution` (or `Suggestion`) or `Scenario`"),
            );
            ok = false;
            continue;
        };
        if let Some(first) = columns.iter().find(|c| c.kind == kind) {
            // ui: duplicate-column
            cx.error_spanned_by(
                &cell,
                format!(
                    "column `{title}` holds the same thing as column `{}`",
                    first.title
                ),
            );
            ok = false;
            continue;
        }
        columns.push(Column { kind, title });
    }
    for (kind, title) in [
        (ColumnKind::Code, "Error code"),
        (ColumnKind::Status, "HTTP status code"),
    ] {
        if ok && !columns.iter().any(|c| c.kind == kind) {
            // ui: missing-required-column
            cx.error_spanned_by(
                &header.tokens,
                format!("the header has no `{title}` column, which every table needs"),
            );
            ok = false;
        }
    }
    if ok {
        columns
    } else {
        Vec::new()
    }
}

fn parse_row(
    raw: RawRow,
    number: usize,
    columns: &[Column],
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> Option<Row> {
    let mut ok = true;
    for attr in &raw.attrs {
        if !(attr.path().is_ident("doc") || attr.path().is_ident("deprecated")) {
            // ui: row-attribute
            cx.error_spanned_by(attr, "a row accepts only doc comments and `#[deprecated]`");
            ok = false;
        }
    }
    if raw.cells.len() != columns.len() {
        let titles: Vec<&str> = columns.iter().map(|c| c.title.as_str()).collect();
        // ui: row-cell-count
        cx.error_spanned_by(
            &raw.tokens,
            format!(
                "this row has {} cells but the header has {} (`{} |`); write an empty text as `\"\"`",
                raw.cells.len(),
                columns.len(),
                titles.join(" | "),
            ),
        );
        return None;
    }

    let mut code = None;
    let mut status = None;
    let mut message = None;
    let mut description = String::new();
    let mut solution = String::new();
    let mut scenario = String::new();
    for (column, (pipe, cell)) in columns.iter().zip(raw.cells) {
        if cell.is_empty() {
            // ui: empty-cell
            cx.error_at(
                pipe,
                format!(
                    "empty `{}` cell; write an empty text as `\"\"`",
                    column.title
                ),
            );
            ok = false;
            continue;
        }
        let parsed = match column.kind {
            ColumnKind::Code => (|input: ParseStream| parse_code_cell(input, syntaxes, cx))
                .parse2(cell)
                .map(|c| code = c),
            ColumnKind::Status => parse_status_cell.parse2(cell).map(|s| status = Some(s)),
            ColumnKind::Message => (|input: ParseStream| parse_text_cell(input, syntaxes, cx))
                .parse2(cell)
                .map(|m| message = m),
            ColumnKind::Description => plain_text.parse2(cell).map(|d| description = d.value()),
            ColumnKind::Solution => plain_text.parse2(cell).map(|s| solution = s.value()),
            ColumnKind::Scenario => plain_text.parse2(cell).map(|s| scenario = s.value()),
        };
        if let Err(err) = parsed {
            cx.syn_error(err);
            ok = false;
        }
    }
    let (Some(code), Some(status), true) = (code, status, ok) else {
        return None;
    };
    if columns.iter().any(|c| c.kind == ColumnKind::Message) && message.is_none() {
        return None;
    }

    let variant = match &code.rename {
        Some(ident) => ident.clone(),
        None => match derive_variant(&code) {
            Some(ident) => ident,
            None => {
                // ui: no-variant-name
                cx.error_spanned_by(
                    &code.original,
                    format!(
                        "no variant name can be made from the code `{}`; name the row with `as Name`",
                        code.text
                    ),
                );
                return None;
            }
        },
    };
    let derived_name = code.rename.is_none();

    let mut row = Row {
        attrs: raw.attrs,
        number,
        code,
        status,
        message,
        description,
        solution,
        scenario,
        variant,
        derived_name,
        fields: Vec::new(),
        retry: None,
    };
    row.fields = fields_of(&row, cx)?;
    row.retry = row.retry_reason();
    Some(row)
}

/// The code token is used as it is when it is an identifier; a phrase or a
/// templated code gives its words, placeholders removed.
fn derive_variant(code: &CodeCell) -> Option<Ident> {
    let span = code
        .original
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |tt| tt.span());
    let name = if code.template.hole_count() == 0 && template::is_identifier(&code.text) {
        code.text.clone()
    } else {
        case::camel_case(&code.template.literal_text())
    };
    let mut ident = syn::parse_str::<Ident>(&name).ok()?;
    ident.set_span(span);
    Some(ident)
}

/// One field per distinct placeholder, message first, then any the code
/// adds; the code's `%s` and the message's `%s` named alike share a field.
fn fields_of(row: &Row, cx: &Ctxt) -> Option<Vec<Field>> {
    let (_, message) = row.message_template();
    let mut names = message.names();
    for name in row.code.template.names() {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let cell = match &row.message {
        Some(message) => &message.original,
        None => &row.code.original,
    };
    let mut fields: Vec<Field> = Vec::new();
    let mut ok = true;
    for name in names {
        let Some(ident) = field_ident(name, cell) else {
            // ui: placeholder-not-a-field-name
            cx.error_spanned_by(
                cell,
                format!("placeholder `{name}` cannot be a Rust field name; rename it"),
            );
            ok = false;
            continue;
        };
        if let Some(other) = fields.iter().find(|f| f.ident == ident) {
            // ui: placeholder-not-a-field-name
            cx.error_spanned_by(
                cell,
                format!(
                    "placeholders `{}` and `{name}` would both be the field `{ident}`; rename one",
                    other.name
                ),
            );
            ok = false;
            continue;
        }
        fields.push(Field {
            name: name.to_owned(),
            ident,
        });
    }
    ok.then_some(fields)
}

fn field_ident(name: &str, cell: &TokenStream) -> Option<Ident> {
    let span = cell
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |tt| tt.span());
    let snake = case::snake_case(name);
    if !template::is_identifier(&snake) || snake.chars().all(|c| c == '_') {
        return None;
    }
    if let Ok(mut ident) = syn::parse_str::<Ident>(&snake) {
        ident.set_span(span);
        return Some(ident);
    }
    match snake.as_str() {
        "self" | "super" | "crate" => None,
        _ => Some(Ident::new_raw(&snake, span)),
    }
}

fn parse_code_cell(
    input: ParseStream,
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> syn::Result<Option<CodeCell>> {
    let (text, original) = if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        (lit.value(), lit.to_token_stream())
    } else if input.peek(Ident::peek_any) {
        let ident = Ident::parse_any(input)?;
        (ident.to_string(), ident.to_token_stream())
    } else {
        // ui: code-cell-not-a-code
        return Err(input.error(
            "expected a code: an identifier such as `I400HD` or a string literal such as `\"Throttled by APP Flow Control\"`",
        ));
    };
    let (names, mut original) = parse_positional_names(input, original)?;
    let rename = if input.peek(Token![as]) {
        input.parse::<Token![as]>()?;
        let ident: Ident = input.parse()?;
        Some(ident)
    } else {
        None
    };
    if !input.is_empty() {
        // ui: code-cell-trailing-tokens
        return Err(input.error("unexpected tokens after the code; a code cell is `CODE`, `CODE as Name` or `\"CODE%s\" % Name as Name`"));
    }
    if let Some(rename) = &rename {
        rename.to_tokens(&mut original);
    }
    Ok(
        text_template(&text, &original, syntaxes, &names, cx).map(|template| CodeCell {
            text,
            original,
            template,
            rename,
        }),
    )
}

fn parse_text_cell(
    input: ParseStream,
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> syn::Result<Option<TextCell>> {
    let lit: LitStr = input.parse()?;
    let text = lit.value();
    let (names, original) = parse_positional_names(input, lit.to_token_stream())?;
    if !input.is_empty() {
        // ui: message-cell-trailing-tokens
        return Err(input.error("unexpected tokens after the text; a message cell is `\"text\"` or `\"text with %s\" % Name`"));
    }
    Ok(
        text_template(&text, &original, syntaxes, &names, cx).map(|template| TextCell {
            text,
            original,
            template,
        }),
    )
}

/// `% Name` or `% (First, Second)` after a text.
fn parse_positional_names(
    input: ParseStream,
    mut original: TokenStream,
) -> syn::Result<(Vec<String>, TokenStream)> {
    if !input.peek(Token![%]) {
        return Ok((Vec::new(), original));
    }
    input.parse::<Token![%]>()?.to_tokens(&mut original);
    let mut names = Vec::new();
    if input.peek(syn::token::Paren) {
        let content;
        let paren = syn::parenthesized!(content in input);
        let list = content.parse_terminated(Ident::parse_any, Token![,])?;
        for ident in &list {
            names.push(ident.to_string());
        }
        paren.surround(&mut original, |tokens| list.to_tokens(tokens));
    } else {
        let ident = Ident::parse_any(input)?;
        names.push(ident.to_string());
        ident.to_tokens(&mut original);
    }
    Ok((names, original))
}

fn text_template(
    text: &str,
    original: &TokenStream,
    syntaxes: Syntaxes,
    names: &[String],
    cx: &Ctxt,
) -> Option<Template> {
    if !names.is_empty() && !syntaxes.percent {
        // ui: positional-syntax-disabled
        cx.error_spanned_by(
            original,
            "names are given after `%` but this family does not accept `%s` placeholders; add \"%s\" to `placeholders`",
        );
        return None;
    }
    match template::parse(text, syntaxes, names) {
        Ok(template) => Some(template),
        Err(errors) => {
            for error in errors {
                // ui: placeholder-unterminated, placeholder-empty-name, placeholder-not-identifier, positional-placeholder-without-name, positional-names-unused, placeholders-adjacent
                cx.error_spanned_by(original, error);
            }
            None
        }
    }
}

fn parse_status_cell(input: ParseStream) -> syn::Result<StatusCell> {
    let lit: LitInt = input
        .parse()
        // ui: status-out-of-range
        .map_err(|e| syn::Error::new(e.span(), "expected an HTTP status code such as `400`"))?;
    if !input.is_empty() {
        // ui: status-cell-trailing-tokens
        return Err(input.error("unexpected tokens after the status"));
    }
    let value = match (lit.suffix(), lit.base10_parse::<u16>()) {
        ("", Ok(value @ 100..=999)) => value,
        _ => {
            // ui: status-out-of-range
            return Err(syn::Error::new_spanned(
                &lit,
                format!("`{lit}` is not an HTTP status code; a status is a number from 100 to 999"),
            ));
        }
    };
    Ok(StatusCell {
        value,
        original: lit,
    })
}

fn plain_text(input: ParseStream) -> syn::Result<LitStr> {
    let lit: LitStr = input
        .parse()
        // ui: text-cell-not-a-string
        .map_err(|e| syn::Error::new(e.span(), "expected a string literal"))?;
    if !input.is_empty() {
        return Err(
            // ui: text-cell-trailing-tokens
            input.error("unexpected tokens after the text; this column holds one string literal"),
        );
    }
    Ok(lit)
}
