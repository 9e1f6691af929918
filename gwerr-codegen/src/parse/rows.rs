//! Tables: the head (`table "Title" (4XX) { ... }`), the split into rows
//! between pipes, the header row and each row's cells.

use proc_macro2::{Delimiter, Punct, Spacing, Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::{LitStr, Token};

use crate::attr::Attr;

use super::bodies::Bodies;
use super::cells::{read_cell, Value};
use super::header::{is_delimiter_row, parse_header};
use super::options::parse_classes;
use super::parse_scoped;
use super::syntax::kw;
use crate::ast::{CodeCell, Column, ColumnKind, Row, Table};
use crate::ctxt::Ctxt;
use crate::naming;
use crate::retry;
use crate::template::Syntaxes;

/// A table as split from its tokens, before its cells are read.
pub struct TableHead {
    title: LitStr,
    /// The tokens inside `( )`, read once a context is at hand.
    classes: Option<TokenStream>,
    rows: Vec<RawRow>,
    /// Whether a row could not be split out, and was reported and left out.
    lost: bool,
    /// The document file the rows come from (`from "errors.md"`), by its
    /// absolute path, and where it is named.
    source: Option<(String, Span)>,
}

/// A row as split from the tokens: its attributes, its pipes (an error
/// about the whole row spans from the first to the last), and its cells,
/// each with the span of the `|` before it.
pub(super) struct RawRow {
    pub(super) attrs: Vec<Attr>,
    pub(super) tokens: Vec<TokenTree>,
    pub(super) cells: Vec<(Span, Vec<TokenTree>)>,
}

pub fn parse_table_head(
    input: ParseStream,
    bodies: &mut Bodies,
    roles: &[(String, ColumnKind)],
    cx: &Ctxt,
) -> syn::Result<TableHead> {
    input.parse::<kw::table>()?;
    let title: LitStr = input.parse()?;
    let text = title.value();
    // A byte-order mark at the start of a document is not its text either.
    let blank = |c: char| c.is_whitespace() || c == '\u{feff}';
    if text.contains(['\n', '\r']) || text.trim_matches(blank) != text {
        // ui: title-not-one-line
        cx.error_spanned_by(
            &title,
            "a table's title is one line with no blank at either end, as a document's heading holds it",
        );
    } else if text.ends_with('|') {
        // ui: title-not-one-line
        cx.error_spanned_by(
            &title,
            "a table's title does not end with `|`: the document's plain layout would read it as a table line",
        );
    }
    let classes = if input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in input);
        Some(content.parse::<TokenStream>()?)
    } else {
        None
    };
    let from = if input.peek(kw::from) {
        input.parse::<kw::from>()?;
        Some(input.parse::<LitStr>()?)
    } else {
        None
    };
    let body;
    syn::braced!(body in input);
    // The body's closing brace: where an error at the body's end points.
    let end = body.span();
    let mut lost = false;
    if let Some(path) = from {
        let annotations = match bodies.take(&body) {
            Some(tokens) => tokens,
            None => body.parse::<TokenStream>()?,
        };
        let read = super::from_file::rows(&path, &title, annotations, end, roles, cx);
        let (rows, source) = match read {
            Some((rows, full)) => (rows, Some((full, path.span()))),
            None => (Vec::new(), None),
        };
        return Ok(TableHead {
            lost: source.is_none(),
            title,
            classes,
            rows,
            source,
        });
    }
    let rows = match bodies.take(&body) {
        Some(body) => split_plain_rows(body.clone()).unwrap_or_else(|| {
            let parser = |input: ParseStream| Ok(split_rows(input, &mut lost, cx));
            parse_scoped(parser, body, end).unwrap_or_default()
        }),
        None => split_rows(&body, &mut lost, cx),
    };
    Ok(TableHead {
        title,
        classes,
        rows,
        lost,
        source: None,
    })
}

/// Splits a table body into rows. A row opens with `|` and closes with `|`;
/// the next row opens right after, so two pipes in a row (`| |`) separate
/// rows and no cell count is needed to find where a row ends.
/// A mistake is recorded and reading goes on at the next `|`; an unclosed
/// last row is reported and left out.
/// `lost` is set when a row was left out.
pub(super) fn split_rows(input: ParseStream, lost: &mut bool, cx: &Ctxt) -> Vec<RawRow> {
    let mut rows = Vec::new();
    while !input.is_empty() {
        let attrs = match input.call(Attr::parse_outer) {
            Ok(attrs) => attrs,
            Err(error) => {
                cx.syn_error(error);
                skip_row(input);
                *lost = true;
                continue;
            }
        };
        if input.is_empty() {
            if let Some(attr) = attrs.first() {
                // ui: attribute-without-row
                cx.error_at(
                    attr.pound.span,
                    "this attribute has no row after it; a row's attributes stand right above the row",
                );
                *lost = true;
            }
            break;
        }
        let mut tokens = Vec::new();
        let open: Token![|] = match input.parse() {
            Ok(open) => open,
            Err(error) => {
                // ui: row-must-open-with-pipe
                cx.error_at(
                    error.span(),
                    "expected `|`: each row opens and closes with `|`, like `| E400 | 400 | \"...\" |`",
                );
                skip_row(input);
                *lost = true;
                continue;
            }
        };
        // `| a | b |  |` closes the row after `b |`: the lone `|` left over,
        // followed by the next row's `|` or by nothing, is an empty last
        // cell of that row (and reported as such), not a row of its own.
        let lone = input.is_empty() || input.peek(Token![|]) || input.peek(Token![#]);
        if let (true, true, Some(previous)) = (lone, attrs.is_empty(), rows.last_mut()) {
            let previous: &mut RawRow = previous;
            previous.cells.push((open.span, Vec::new()));
            continue;
        }
        tokens.push(pipe_token(open.span));
        let mut cells = Vec::new();
        let mut pipe = open.span;
        loop {
            let cell = cell_tokens(input);
            let Ok(close) = input.parse::<Token![|]>() else {
                if !cell.is_empty() {
                    // ui: row-not-closed
                    cx.error_spanned_by(
                        TokenStream::from_iter(cell),
                        "this row is not closed; end it with `|`",
                    );
                    *lost = true;
                    return rows;
                }
                break;
            };
            tokens.push(pipe_token(close.span));
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
    rows
}

/// Splits a table body into rows as [`split_rows`] does, without syn,
/// where every row is plain: no attribute, no invisible group, each row
/// opened and closed with `|`, no lone `|` between rows. `None` for any
/// other body, which `split_rows` reads (and reports on).
pub(super) fn split_plain_rows(body: TokenStream) -> Option<Vec<RawRow>> {
    let is =
        |tree: &TokenTree, c: char| matches!(tree, TokenTree::Punct(punct) if punct.as_char() == c);
    let mut trees = body.into_iter().peekable();
    let mut rows = Vec::new();
    while let Some(open) = trees.next() {
        if !is(&open, '|') {
            return None;
        }
        // A lone `|` is an empty last cell of the row before.
        match trees.peek() {
            Some(next) if !is(next, '|') && !is(next, '#') => {}
            _ => return None,
        }
        let mut pipe = open.span();
        let mut tokens = vec![pipe_token(pipe)];
        let mut cells = Vec::new();
        loop {
            let mut cell = Vec::new();
            let close = loop {
                match trees.next() {
                    Some(tree) if is(&tree, '|') => break tree,
                    Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::None => {
                        return None
                    }
                    Some(tree) => cell.push(tree),
                    // An unclosed row.
                    None => return None,
                }
            };
            tokens.push(pipe_token(close.span()));
            cells.push((pipe, cell));
            pipe = close.span();
            match trees.peek() {
                Some(next) if !is(next, '|') && !is(next, '#') => {}
                _ => break,
            }
        }
        rows.push(RawRow {
            attrs: Vec::new(),
            tokens,
            cells,
        });
    }
    Some(rows)
}

/// A `|` at `span`, for a row's tokens (an error about the whole row spans
/// from its first to its last).
fn pipe_token(span: Span) -> TokenTree {
    let mut pipe = Punct::new('|', Spacing::Alone);
    pipe.set_span(span);
    TokenTree::Punct(pipe)
}

/// The tokens of a cell: up to the next `|` or the end. One pass of the
/// cursor rather than a peek and a parse per token, which an unoptimised
/// build runs through syn's layers one by one.
fn cell_tokens(input: ParseStream) -> Vec<TokenTree> {
    let tokens = input.step(|cursor| {
        let mut rest = *cursor;
        let mut cell = Vec::new();
        while let Some((tt, next)) = rest.token_tree() {
            if matches!(&tt, TokenTree::Punct(punct) if punct.as_char() == '|') {
                break;
            }
            cell.push(tt);
            rest = next;
        }
        Ok((cell, rest))
    });
    // The step above never fails.
    tokens.unwrap_or_default()
}

/// The next token of a cell: `None` at a `|` or the end.
fn next_in_cell(input: ParseStream) -> Option<TokenTree> {
    if input.is_empty() || input.peek(Token![|]) {
        return None;
    }
    input.parse().ok()
}

/// Skips the rest of a broken row: through the `|` that closes it (one
/// followed by the next row's `|`, an attribute, or the end).
fn skip_row(input: ParseStream) {
    loop {
        while next_in_cell(input).is_some() {}
        if input.parse::<Token![|]>().is_err()
            || input.is_empty()
            || input.peek(Token![|])
            || input.peek(Token![#])
        {
            return;
        }
    }
}

/// `message` is the title of the column that holds the message in a table
/// without a `Message` column (the family's `message = ...;`).
pub fn build_table(
    docs: Vec<Attr>,
    head: TableHead,
    syntaxes: Syntaxes,
    message: Option<&str>,
    roles: &[(String, ColumnKind)],
    camel: bool,
    cx: &Ctxt,
) -> Table {
    for attr in &docs {
        if !attr.is("doc") {
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
    // The role a column named by `message = Title;` had before it became
    // the message column: one column, two roles (a description that is
    // the message too keeps being the description).
    let mut also = None;
    let (columns, header_ok) = match raw_rows.next() {
        Some(header) => {
            let (mut columns, ok) = parse_header(header, roles, cx);
            let has_message = columns.iter().any(|c| c.kind == ColumnKind::Message);
            if let (Some(title), false) = (message, has_message) {
                // The code or status column cannot be the message: the
                // option is reported once, by the checks.
                if let Some(column) = columns.iter_mut().find(|c| {
                    c.title.eq_ignore_ascii_case(title)
                        && !matches!(c.kind, ColumnKind::Code | ColumnKind::Status)
                }) {
                    also = Some(column.kind);
                    column.kind = ColumnKind::Message;
                }
            }
            (columns, ok)
        }
        // A table whose rows were lost was reported already.
        None if head.lost => (Vec::new(), false),
        None => {
            // ui: table-without-header
            cx.error_spanned_by(
                &head.title,
                "this table has no header row; start it with `| Error code | HTTP status code | ... |`",
            );
            (Vec::new(), false)
        }
    };
    // A Markdown delimiter row under the header (`|---|:---:|`), as a table
    // pasted from a vendor's page has it, is the header's underline.
    let mut raw_rows = raw_rows.peekable();
    if raw_rows
        .peek()
        .is_some_and(|raw| is_delimiter_row(raw, columns.len()))
    {
        raw_rows.next();
    }
    let mut rows = Vec::new();
    let mut field_names = naming::FieldNames::default();
    let mut seen_row = false;
    let mut incomplete = !header_ok || head.lost;
    for (index, raw) in raw_rows.enumerate() {
        seen_row = true;
        if columns.is_empty() {
            continue;
        }
        match parse_row(
            raw,
            index + 1,
            &columns,
            syntaxes,
            camel,
            &mut field_names,
            cx,
        ) {
            Some(mut row) => {
                if let Some(message) = &row.message {
                    match also {
                        Some(ColumnKind::Description) => row.description = message.text.clone(),
                        Some(ColumnKind::Solution) => row.solution = message.text.clone(),
                        Some(ColumnKind::Scenario) => row.scenario = message.text.clone(),
                        _ => {}
                    }
                }
                rows.push(row);
            }
            None => incomplete = true,
        }
    }
    if !seen_row && !columns.is_empty() && !head.lost {
        // ui: table-without-rows
        cx.error_spanned_by(&head.title, "this table has a header but no rows");
    }

    Table {
        docs,
        source: head.source,
        title: head.title,
        classes,
        columns,
        rows,
        incomplete,
    }
}

fn parse_row(
    raw: RawRow,
    number: usize,
    columns: &[Column],
    syntaxes: Syntaxes,
    camel: bool,
    field_names: &mut naming::FieldNames,
    cx: &Ctxt,
) -> Option<Row> {
    let mut ok = true;
    for attr in &raw.attrs {
        if !(attr.is("doc") || attr.is("deprecated") || attr.is("alias") || retry::is_retry(attr)) {
            // ui: row-attribute
            cx.error_spanned_by(
                attr,
                "a row accepts only doc comments, `#[deprecated]`, `#[retry(...)]` and `#[alias(\"...\")]`",
            );
            ok = false;
        }
    }
    if raw.cells.len() != columns.len() {
        let titles: Vec<&str> = columns.iter().map(|c| c.title.as_str()).collect();
        // ui: row-cell-count
        cx.error_spanned_by(
            TokenStream::from_iter(raw.tokens),
            format!(
                "this row has {} cells but the header has {} (`{} |`){}",
                raw.cells.len(),
                columns.len(),
                titles.join(" | "),
                if raw.cells.len() < columns.len() {
                    "; write an empty text as `\"\"`"
                } else {
                    "; remove the extra cells, or add their columns to the header"
                },
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
    let mut extras: Vec<String> = Vec::new();
    // Without a code or status column, a column of the table's own may be
    // the one the header misnamed: its cells are not judged as texts.
    let known = |kind: ColumnKind| columns.iter().any(|c| c.kind == kind);
    let unsure = !(known(ColumnKind::Code) && known(ColumnKind::Status));
    for (column, (pipe, cell)) in columns.iter().zip(raw.cells) {
        if unsure && matches!(column.kind, ColumnKind::Extra(_)) {
            ok = false;
            continue;
        }
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
        match read_cell(column.kind, cell, syntaxes, cx) {
            Ok(Value::Code(cell)) => code = cell,
            Ok(Value::Status(cell)) => status = Some(cell),
            Ok(Value::Message(cell)) => message = cell,
            Ok(Value::Text(text)) => match column.kind {
                ColumnKind::Description => description = text,
                ColumnKind::Solution => solution = text,
                ColumnKind::Scenario => scenario = text,
                ColumnKind::Extra(index) => {
                    if extras.len() <= index {
                        extras.resize(index + 1, String::new());
                    }
                    extras[index] = text;
                }
                // `read_cell` reads a text only for a text column.
                ColumnKind::Code | ColumnKind::Status | ColumnKind::Message => {}
            },
            Err(err) => {
                cx.syn_error(err);
                ok = false;
            }
        }
    }
    let (Some(code), Some(status), true) = (code, status, ok) else {
        return None;
    };
    if columns.iter().any(|c| c.kind == ColumnKind::Message) && message.is_none() {
        return None;
    }
    let retry = retry::of_row(&raw.attrs, status.value, cx)?;

    let variant = match &code.rename {
        Some(ident) => ident.clone(),
        None => match naming::derive_variant(&code, camel) {
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

    let variant_text = naming::unraw(&variant);
    let aliases = aliases_of(&raw.attrs, &code, cx)?;
    let mut row = Row {
        attrs: raw.attrs,
        number,
        code,
        status,
        message,
        description,
        solution,
        scenario,
        extras,
        variant,
        variant_text,
        derived_name,
        fields: Vec::new(),
        retry,
        aliases,
    };
    row.fields = field_names.fields_of(&row, cx)?;
    Some(row)
}

/// The spellings a row's `#[alias("...", ...)]` give its code; `None` when
/// one is malformed or the code is templated (reported).
fn aliases_of(attrs: &[Attr], code: &CodeCell, cx: &Ctxt) -> Option<Vec<LitStr>> {
    let mut aliases = Vec::new();
    let mut ok = true;
    for attr in attrs.iter().filter(|attr| attr.is("alias")) {
        let parser = syn::punctuated::Punctuated::<LitStr, Token![,]>::parse_terminated;
        match attr.args().map(|args| parser.parse2(args)) {
            Some(Ok(list)) if !list.is_empty() => aliases.extend(list),
            _ => {
                // ui: alias-attribute
                cx.error_spanned_by(
                    attr,
                    "expected `#[alias(\"SPELLING\", ...)]`: the other spellings of the row's code, as string literals",
                );
                ok = false;
            }
        }
    }
    if !aliases.is_empty() && code.template.placeholder_count() > 0 {
        // ui: alias-attribute
        cx.error_spanned_by(
            &code.original,
            format!("the templated code `{}` takes no `#[alias]`; an alias is another spelling of a fixed code", code.text),
        );
        ok = false;
    }
    ok.then_some(aliases)
}
