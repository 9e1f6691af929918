//! The cells of a row: a code, a status, a message, a plain text.

use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, LitStr, Token};

use super::parse_scoped;
use crate::ast::{CodeCell, ColumnKind, StatusCell, TextCell, Tokens};
use crate::ctxt::Ctxt;
use crate::naming;
use crate::reason;
use crate::template::{self, Syntaxes, Template};

/// What a cell holds, as its column reads it.
pub enum Value {
    /// A code; `None` when its placeholders are wrong (reported).
    Code(Option<CodeCell>),
    Status(StatusCell),
    /// A message; `None` when its placeholders are wrong (reported).
    Message(Option<TextCell>),
    /// The text of a description, solution, scenario or extra column.
    Text(String),
}

/// Reads a cell of a column of `kind`. A cell of one token of the kind its
/// column takes (nearly every cell) is read without building a parser over
/// it; any other cell, and so every mistake, goes through its column's
/// parser.
pub fn read_cell(
    kind: ColumnKind,
    cell: Vec<TokenTree>,
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> syn::Result<Value> {
    let span = cell.first().map_or_else(Span::call_site, TokenTree::span);
    let value = read_value(kind, cell, syntaxes, cx)?;
    // A document's table holds one line a row: a text with a line break
    // could not be rendered back, nor read back from the document.
    let text = match &value {
        Value::Code(Some(cell)) => Some(&cell.text),
        Value::Message(Some(cell)) => Some(&cell.text),
        Value::Text(text) => Some(text),
        _ => None,
    };
    if text.is_some_and(|text| text.contains(['\n', '\r'])) {
        // ui: cell-line-break
        return Err(syn::Error::new(
            span,
            "a cell's text is one line: a document's table row holds no line break",
        ));
    }
    Ok(value)
}

/// [`read_cell`] before its text is checked to be one line.
pub(super) fn read_value(
    kind: ColumnKind,
    cell: Vec<TokenTree>,
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> syn::Result<Value> {
    if let [token] = cell.as_slice() {
        let quick = match (kind, token) {
            (ColumnKind::Code, token) => single_code(token).map(|(text, original)| {
                let span = token.span();
                Value::Code(code_cell(text, original, span, &[], None, syntaxes, cx))
            }),
            (ColumnKind::Status, TokenTree::Literal(lit)) => single_status(lit).map(Value::Status),
            (ColumnKind::Message, TokenTree::Literal(lit)) => plain_string(lit).map(|text| {
                let original = Tokens(vec![token.clone()]);
                Value::Message(text_cell(text, original, lit.span(), &[], syntaxes, cx))
            }),
            (_, TokenTree::Literal(lit)) if kind.is_text() => plain_string(lit).map(Value::Text),
            _ => None,
        };
        if let Some(value) = quick {
            return Ok(value);
        }
    }
    if let (ColumnKind::Code, [code, TokenTree::Ident(keyword), TokenTree::Ident(name)]) =
        (kind, cell.as_slice())
    {
        // `CODE as Name`, read without a parser as a single code is; a
        // name that is a keyword goes to the parser, which reports it.
        if keyword == "as" && !naming::is_keyword(&name.to_string()) {
            if let Some((text, mut original)) = single_code(code) {
                original.0.push(TokenTree::Ident(name.clone()));
                let rename = Some(name.clone());
                let span = code.span();
                let cell = code_cell(text, original, span, &[], rename, syntaxes, cx);
                return Ok(Value::Code(cell));
            }
        }
    }
    let end = cell.last().map_or_else(Span::call_site, TokenTree::span);
    let cell = TokenStream::from_iter(cell);
    match kind {
        ColumnKind::Code => {
            let parser = |input: ParseStream| parse_code_cell(input, syntaxes, cx);
            parse_scoped(parser, cell, end).map(Value::Code)
        }
        ColumnKind::Status => parse_scoped(parse_status_cell, cell, end).map(Value::Status),
        ColumnKind::Message => {
            let parser = |input: ParseStream| parse_text_cell(input, syntaxes, cx);
            parse_scoped(parser, cell, end).map(Value::Message)
        }
        ColumnKind::Description
        | ColumnKind::Solution
        | ColumnKind::Scenario
        | ColumnKind::Extra(_) => parse_scoped(plain_text, cell, end).map(Value::Text),
    }
}

pub(super) fn parse_code_cell(
    input: ParseStream,
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> syn::Result<Option<CodeCell>> {
    let (text, original) = if peek_string(input) {
        let (text, lit) = string_literal(input)?;
        (text, TokenStream::from(TokenTree::Literal(lit)))
    } else if input.peek(Ident::peek_any) {
        // A raw identifier's code is its text: `r#type` is the code `type`.
        let ident = Ident::parse_any(input)?;
        (ident.unraw().to_string(), ident.to_token_stream())
    } else {
        // ui: code-cell-not-a-code
        return Err(input.error(
            "expected a code: an identifier (`E1001`) or a string literal (`\"Item not found\"`)",
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
    let span = first_span(&original);
    Ok(code_cell(
        text,
        original.into(),
        span,
        &names,
        rename,
        syntaxes,
        cx,
    ))
}

/// A code cell of one token, an identifier or a plain string literal: its
/// text and the token; `None` for any other token (read by
/// [`parse_code_cell`]).
fn single_code(token: &TokenTree) -> Option<(String, Tokens)> {
    let text = match token {
        // A raw identifier's code is its text: `r#type` is the code `type`.
        TokenTree::Ident(ident) => ident.unraw().to_string(),
        TokenTree::Literal(lit) => plain_string(lit)?,
        _ => return None,
    };
    Some((text, Tokens(vec![token.clone()])))
}

/// A code cell from its text, its tokens, the names given after `%` and
/// the name given with `as`; `None` when its placeholders are wrong
/// (reported).
fn code_cell(
    text: String,
    original: Tokens,
    span: Span,
    names: &[String],
    rename: Option<Ident>,
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> Option<CodeCell> {
    let template = text_template(&text, &original, syntaxes, names, cx)?;
    Some(CodeCell {
        text,
        original,
        span,
        template,
        rename,
    })
}

/// A text cell from its text, its tokens and the names given after `%`;
/// `None` when its placeholders are wrong (reported).
fn text_cell(
    text: String,
    original: Tokens,
    span: Span,
    names: &[String],
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> Option<TextCell> {
    let template = text_template(&text, &original, syntaxes, names, cx)?;
    Some(TextCell {
        text,
        original,
        span,
        template,
    })
}

/// The span of the first token of `cell`, where its errors and names
/// point.
fn first_span(cell: &TokenStream) -> Span {
    cell.clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |tt| tt.span())
}

/// A status cell of one decimal number from 100 to 999 without a suffix;
/// `None` for any other literal (read, and reported, by
/// [`parse_status_cell`]).
pub(super) fn single_status(lit: &Literal) -> Option<StatusCell> {
    let text = lit.to_string();
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: u16 = text
        .parse()
        .ok()
        .filter(|value| (100..=999).contains(value))?;
    Some(StatusCell {
        value,
        phrase: String::new(),
        phrase_first: false,
        original: lit.clone(),
    })
}

fn parse_text_cell(
    input: ParseStream,
    syntaxes: Syntaxes,
    cx: &Ctxt,
) -> syn::Result<Option<TextCell>> {
    let (text, lit) = string_literal(input)?;
    let (names, original) =
        parse_positional_names(input, TokenStream::from(TokenTree::Literal(lit)))?;
    if !input.is_empty() {
        // ui: message-cell-trailing-tokens
        return Err(input.error("unexpected tokens after the text; a message cell is `\"text\"` or `\"text with %s\" % Name`"));
    }
    let span = first_span(&original);
    Ok(text_cell(text, original.into(), span, &names, syntaxes, cx))
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
            names.push(ident.unraw().to_string());
        }
        paren.surround(&mut original, |tokens| list.to_tokens(tokens));
    } else {
        let ident = Ident::parse_any(input)?;
        names.push(ident.unraw().to_string());
        ident.to_tokens(&mut original);
    }
    Ok((names, original))
}

fn text_template(
    text: &str,
    original: &Tokens,
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

pub(super) fn parse_status_cell(input: ParseStream) -> syn::Result<StatusCell> {
    if !input.peek(LitInt) {
        if let Some(cell) = phrase_first(input)? {
            return Ok(cell);
        }
    }
    let lit: LitInt = input
        .parse()
        // ui: status-out-of-range
        .map_err(|e| syn::Error::new(e.span(), "expected an HTTP status code such as `400`"))?;
    // The reason phrase the docs write after the number: as words
    // (`403 Forbidden`), checked to be the status's own; as a string
    // literal (`503 "Slow Down"`), a vendor's own phrase, kept as written.
    let rest: TokenStream = input.parse()?;
    let phrase = if rest.is_empty() {
        None
    } else {
        Some(phrase(rest, "after")?)
    };
    status_cell(lit, phrase, false)
}

/// A status written phrase first, `Forbidden (403)` or `"Slow Down"
/// (503)`, as some vendors write it; `None`, consuming nothing, for a cell
/// that does not end in a parenthesised number.
fn phrase_first(input: ParseStream) -> syn::Result<Option<StatusCell>> {
    let cell: Vec<TokenTree> = input.fork().parse::<TokenStream>()?.into_iter().collect();
    let Some((TokenTree::Group(group), words)) = cell.split_last() else {
        return Ok(None);
    };
    if group.delimiter() != Delimiter::Parenthesis || words.is_empty() {
        return Ok(None);
    }
    let Ok(lit) = syn::parse2::<LitInt>(group.stream()) else {
        return Ok(None);
    };
    input.parse::<TokenStream>()?;
    let words = TokenStream::from_iter(words.iter().cloned());
    let phrase = phrase(words, "before")?;
    status_cell(lit, Some(phrase), true).map(Some)
}

/// A reason phrase: words, checked to be the status's own (`(phrase,
/// true)`), or a vendor's own phrase as a string literal, kept as written.
/// `side` says where the phrase stands, for the error.
fn phrase(tokens: TokenStream, side: &str) -> syn::Result<(String, bool, TokenStream)> {
    if let Ok(lit) = syn::parse2::<LitStr>(tokens.clone()) {
        return Ok((lit.value(), false, tokens));
    }
    let words = tokens.clone().into_iter().all(|tt| match tt {
        TokenTree::Ident(_) => true,
        TokenTree::Punct(p) => matches!(p.as_char(), '-' | '\''),
        _ => false,
    });
    if !words {
        // ui: status-cell-trailing-tokens
        return Err(syn::Error::new_spanned(
            tokens,
            format!("unexpected tokens {side} the status; a status cell is `400`, `400 Bad Request` or `Bad Request (400)`"),
        ));
    }
    let text = tokens
        .to_string()
        .replace(" - ", "-")
        .replace(" ' ", "'")
        .replace("' ", "'");
    Ok((text, true, tokens))
}

/// A status cell from its number and its phrase, checked.
fn status_cell(
    lit: LitInt,
    phrase: Option<(String, bool, TokenStream)>,
    phrase_first: bool,
) -> syn::Result<StatusCell> {
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
    let (phrase, checked, tokens) = phrase.unwrap_or_default();
    if checked && !phrase.is_empty() && !reason::is_reason_of(value, &phrase) {
        let known = reason::phrases(value).map_or("", |known| known[0]);
        let message = if phrase_first {
            // ui: status-reason-phrase-first
            format!("`{phrase} ({value})` is not a reason phrase and its status; {value} is `{known} ({value})` (a vendor's own phrase is written as a string literal, `\"{phrase}\" ({value})`)")
        } else {
            // ui: status-reason-phrase
            format!("`{value} {phrase}` is not a status and its reason phrase; {value} is `{value} {known}` (a vendor's own phrase is written as a string literal, `{value} \"{phrase}\"`)")
        };
        return Err(syn::Error::new_spanned(&tokens, message));
    }
    Ok(StatusCell {
        value,
        phrase,
        phrase_first,
        original: lit.token(),
    })
}

/// A cell of one string literal: its value.
fn plain_text(input: ParseStream) -> syn::Result<String> {
    // A string literal's own fault (a suffix) is said as it is.
    let literal = peek_string(input);
    let (text, _) = string_literal(input).map_err(|e| match literal {
        true => e,
        // ui: text-cell-not-a-string
        false => syn::Error::new(e.span(), "expected a string literal"),
    })?;
    if !input.is_empty() {
        return Err(
            // ui: text-cell-trailing-tokens
            input.error("unexpected tokens after the text; this column holds one string literal"),
        );
    }
    Ok(text)
}

/// The value of a string literal without escapes, prefix or suffix: the
/// text between its quotes. `None` for any other literal.
pub(super) fn plain_string(lit: &Literal) -> Option<String> {
    let text = lit.to_string();
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    // `[u8]::contains` of a byte is the standard library's `memchr`, a
    // word at a time even in an unoptimised build; a search for any of
    // three `char`s runs the standard library's generic layers, which an
    // unoptimised build does not flatten (two fifths of the time spent
    // reading the cells of a table of 1,000 rows).
    let bytes = inner.as_bytes();
    if bytes.contains(&b'\\') || bytes.contains(&b'"') || bytes.contains(&b'\r') {
        return None;
    }
    Some(inner.to_owned())
}

/// Whether the next token is a string literal (plain or raw), judged by
/// its first characters alone.
fn peek_string(input: ParseStream) -> bool {
    input.cursor().literal().is_some_and(|(lit, _)| {
        let text = lit.to_string();
        text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#")
    })
}

/// A string literal's value and its token. A literal without escapes (most
/// of a table's texts) is the text between its quotes, taken without syn's
/// unescaping, which in an unoptimised proc macro was a third of the time
/// spent reading a table's cells; any other goes through `LitStr`, and so
/// does the error for a token that is not a string literal.
pub(super) fn string_literal(input: ParseStream) -> syn::Result<(String, Literal)> {
    let plain = input.step(|cursor| {
        if let Some((lit, rest)) = cursor.literal() {
            if let Some(text) = plain_string(&lit) {
                return Ok(((text, lit), rest));
            }
        }
        Err(cursor.error("not a plain string literal"))
    });
    match plain {
        Ok(plain) => Ok(plain),
        Err(_) => {
            let lit: LitStr = input.parse()?;
            if !lit.suffix().is_empty() {
                // ui: string-literal-suffix
                return Err(syn::Error::new(
                    lit.span(),
                    format!(
                        "a text takes no suffix; remove `{}` after the closing quote",
                        lit.suffix()
                    ),
                ));
            }
            Ok((lit.value(), lit.token()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse::Parser;

    /// The quick reading of `CODE as Name` never takes as a name a word
    /// that `syn` refuses; those go to the parser, which reports them.
    #[test]
    fn the_quick_reading_leaves_every_keyword_to_the_parser() {
        let words = "_ abstract as async await become box break const continue crate do dyn \
                     else enum extern false final fn for if impl in let loop macro match mod \
                     move mut override priv pub ref return Self self static struct super trait \
                     true try type typeof unsafe unsized use virtual where while yield \
                     r#type r#match Name E400AA union default auto raw";
        for word in words.split_whitespace() {
            let ident = Ident::parse_any.parse_str(word).unwrap();
            let syn_refuses = syn::parse_str::<Ident>(word).is_err();
            assert_eq!(
                naming::is_keyword(&ident.to_string()),
                syn_refuses,
                "{word}"
            );
        }
        // `gen` (a keyword of edition 2024), which syn takes, goes to the
        // parser too: slower, the same reading.
        assert!(naming::is_keyword("gen"));
    }

    #[test]
    fn a_code_renamed_reads_as_the_parser_reads_it() {
        let cx = Ctxt::new();
        for cell in [
            "E400AA as Bad",
            "\"Item not found\" as NotFound",
            "r#type as Type",
        ] {
            let tokens: Vec<TokenTree> = cell.parse::<TokenStream>().unwrap().into_iter().collect();
            let quick = read_cell(ColumnKind::Code, tokens.clone(), Syntaxes::DEFAULT, &cx);
            let parsed = (|input: ParseStream| parse_code_cell(input, Syntaxes::DEFAULT, &cx))
                .parse2(TokenStream::from_iter(tokens));
            let (Ok(Value::Code(Some(quick))), Ok(Some(parsed))) = (quick, parsed) else {
                panic!("{cell} reads");
            };
            assert_eq!(quick.text, parsed.text, "{cell}");
            assert_eq!(
                quick.original.to_token_stream().to_string(),
                parsed.original.to_token_stream().to_string(),
                "{cell}"
            );
            assert_eq!(
                quick.rename.map(|r| r.to_string()),
                parsed.rename.map(|r| r.to_string())
            );
        }
        let _ = cx.check();
    }
}
