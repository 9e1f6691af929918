//! Writing the expansion as source text, with the table's own tokens
//! spliced in where a diagnostic or a name's resolution needs them.
//!
//! Cargo builds proc macros unoptimised for `cargo check`, and there
//! building the output a token at a time (`quote!`, `Ident::new`) costs
//! thousands of instructions a token. Text costs a `push_str`, and the
//! compiler's lexer, which is optimised, reads a whole item in one call.
//!
//! Text of thousands of pieces (a table's arms, its docs) is written
//! through [`render`], into the standard library's `Formatter`, whose
//! appends are optimised; a few pieces go into a [`Text`], whose `write!`
//! formats in one piece.

use std::cell::Cell;
use std::fmt;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::ToTokens;

use crate::Lexer;

/// Text being written. `write!` into it formats the whole of its
/// arguments with the standard library's `format`, which is built
/// optimised, and appends the result once: unoptimised, each append to a
/// `String` runs the standard library's checked copy (hundreds of
/// instructions), and `write!` into a `String` appends once per piece.
#[derive(Default)]
pub struct Text(pub String);

impl Text {
    pub fn push_str(&mut self, text: &str) {
        self.0.push_str(text);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.0)
    }
}

impl fmt::Write for Text {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0.push_str(text);
        Ok(())
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> fmt::Result {
        match args.as_str() {
            Some(text) => self.0.push_str(text),
            None => self.0.push_str(&fmt::format(args)),
        }
        Ok(())
    }
}

/// The text `write` writes, in one call of the standard library's
/// `format`: `write` writes into its `Formatter`, whose appends (a
/// `write_str`, or a `write!`'s pieces) run the standard library's
/// optimised code, where each append to a `String` of the macro's own runs
/// unoptimised (about 400 instructions) and each `write!` into [`Text`]
/// formats a `String` of its own. An error `write` returns is dropped:
/// nothing it writes to can fail, and `format` would panic on one.
pub fn render(write: impl FnOnce(&mut fmt::Formatter<'_>) -> fmt::Result) -> String {
    struct Render<F>(Cell<Option<F>>);
    impl<F: FnOnce(&mut fmt::Formatter<'_>) -> fmt::Result> fmt::Display for Render<F> {
        fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
            if let Some(write) = self.0.take() {
                let _ = write(out);
            }
            Ok(())
        }
    }
    fmt::format(format_args!("{}", Render(Cell::new(Some(write)))))
}

/// Source being written: text not yet lexed, after the tokens already
/// read or spliced.
pub struct Source {
    lexer: Lexer,
    /// The pieces read or spliced so far, joined once at the end: joining
    /// streams copies their tokens, and most sources are one piece.
    pieces: Vec<TokenStream>,
    text: Text,
}

impl Source {
    pub fn new(lexer: Lexer) -> Self {
        Source {
            lexer,
            pieces: Vec::new(),
            text: Text::default(),
        }
    }

    /// Appends text; it must lex, and the groups it opens it closes.
    pub fn push_str(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Appends tokens as they are, spans and hygiene kept.
    pub fn tokens(&mut self, tokens: impl ToTokens) {
        self.flush();
        self.pieces.push(tokens.into_token_stream());
    }

    /// Appends a group whose contents `write` writes: as text when it
    /// splices no tokens, else as a group of the tokens read.
    pub fn group(&mut self, delimiter: Delimiter, write: impl FnOnce(&mut Source)) {
        let mut inner = Source::new(self.lexer);
        write(&mut inner);
        if inner.pieces.is_empty() {
            let (open, close) = match delimiter {
                Delimiter::Brace => ("{ ", " }"),
                Delimiter::Bracket => ("[", "]"),
                Delimiter::Parenthesis => ("(", ")"),
                Delimiter::None => ("", ""),
            };
            self.text.push_str(open);
            self.text.push_str(inner.text.as_str());
            self.text.push_str(close);
        } else {
            let group = Group::new(delimiter, inner.finish());
            self.tokens(TokenTree::Group(group));
        }
    }

    /// Lexes the text written since the last splice.
    fn flush(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let tokens = (self.lexer)(self.text.as_str()).unwrap_or_else(|| {
            // test: lexer::text_that_does_not_lex_is_a_compile_error
            syn::Error::new(
                proc_macro2::Span::call_site(),
                "error_table!: the expansion wrote source that does not lex",
            )
            .to_compile_error()
        });
        self.pieces.push(tokens);
        self.text.0.clear();
    }

    /// The tokens of everything written.
    pub fn finish(mut self) -> TokenStream {
        self.flush();
        if self.pieces.len() == 1 {
            return self.pieces.remove(0);
        }
        TokenStream::from_iter(self.pieces)
    }
}

impl fmt::Write for Source {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.text.push_str(text);
        Ok(())
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> fmt::Result {
        self.text.write_fmt(args)
    }
}

/// The text of tokens that mean the same when read back from it: `None`
/// for tokens that carry what text loses (`$crate`, the invisible groups
/// of a `macro_rules!` fragment), which must be spliced as tokens.
pub fn text_of(tokens: &TokenStream) -> Option<String> {
    fn plain(tokens: TokenStream) -> bool {
        tokens.into_iter().all(|token| match token {
            TokenTree::Group(group) => {
                group.delimiter() != Delimiter::None && plain(group.stream())
            }
            TokenTree::Ident(ident) => ident != "$crate",
            TokenTree::Punct(punct) => punct.as_char() != '$',
            TokenTree::Literal(_) => true,
        })
    }
    plain(tokens.clone()).then(|| tokens.to_string())
}

/// A string literal of `text`, as source: raw (`r#"…"#`), so the text is
/// copied in one piece rather than escaped a line at a time, unless it
/// holds a carriage return, which a raw string cannot, or a quote followed
/// by more `#` than a raw string's fence may have.
pub fn write_str_literal(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    // The searches are the standard library's `memchr`, built optimised:
    // a loop over the bytes here would run unoptimised.
    let bytes = text.as_bytes();
    if bytes.contains(&b'\r') {
        return write!(out, "{text:?}");
    }
    if !bytes.contains(&b'"') {
        // Three appends, where `write!` formats its arguments.
        out.write_str("r\"")?;
        out.write_str(text)?;
        return out.write_char('"');
    }
    // The fence needs one `#` more than the most that follow a quote.
    let mut hashes = 0;
    let mut rest = text;
    while let Some(at) = rest.find('"') {
        let after = &rest[at + 1..];
        let run = after.len() - after.trim_start_matches('#').len();
        hashes = hashes.max(run + 1);
        rest = &after[run..];
    }
    if hashes > MAX_RAW_HASHES {
        return write!(out, "{text:?}");
    }
    let fence = &RAW_FENCE[..hashes];
    write!(out, "r{fence}\"{text}\"{fence}")
}

/// The docs `text` of an item that has no others, as source: a block doc
/// comment, `/**text*/`, where it reads back as the same docs, else
/// `#[doc = "text"]`.
///
/// The compiler lexes a doc comment as one token and keeps it as a doc
/// comment, where `#[doc = …]` is five tokens that it parses into an
/// attribute, with a path, on every check. Rustdoc reads both alike
/// unless a line starts with `*` (it trims a column of stars from a
/// block comment's lines, and from no other kind), and indents them
/// alike unless an item mixes the two kinds (so the caller knows the item
/// has no other docs).
pub fn write_doc(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    if is_block_doc(text) {
        write!(out, "/**{text}*/")
    } else {
        write_doc_attr(out, text)
    }
}

/// `#[doc = "text"]`, as source.
pub fn write_doc_attr(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    out.write_str("#[doc = ")?;
    write_str_literal(out, text)?;
    out.write_str("]")
}

/// Whether `/**text*/` is a doc comment whose docs are `text`, rendered
/// as `#[doc = "text"]` would be: it is when `text` is not empty and has
/// no `*`, `/` or carriage return. Those are what could make it another
/// kind of comment (`/***`, `/**/`), open a nested comment (`/*`, or a
/// `/` just before the closing `*/`), close it early (`*/`), be refused
/// in a doc comment (a carriage return) or be trimmed by rustdoc (a
/// column of `*`).
fn is_block_doc(text: &str) -> bool {
    // `[u8]::contains` of a byte is the standard library's `memchr`, a
    // word at a time even unoptimised; a check line by line cost more
    // than the doc comment saved.
    let bytes = text.as_bytes();
    !bytes.is_empty() && !bytes.contains(&b'*') && !bytes.contains(&b'/') && !bytes.contains(&b'\r')
}

/// The most `#` a raw string's fence may have.
const MAX_RAW_HASHES: usize = 255;

/// `MAX_RAW_HASHES` of `#`.
const RAW_FENCE: &str = match std::str::from_utf8(&[b'#'; MAX_RAW_HASHES]) {
    Ok(fence) => fence,
    Err(_) => unreachable!(),
};

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn render_writes_everything_and_never_panics() {
        use std::fmt::Write as _;
        let text = render(|out| {
            out.write_str("a ")?;
            write!(out, "{} {:?}", 1, "b")?;
            out.write_char('!')
        });
        assert_eq!(text, "a 1 \"b\"!");
        // `format` panics on an error from a `Display`; `render` keeps
        // what was written before it.
        let text = render(|out| {
            out.write_str("kept")?;
            Err(fmt::Error)
        });
        assert_eq!(text, "kept");
    }

    #[test]
    fn string_literals_read_back_as_their_text() {
        // A fence of the most `#` a raw string may have, and one too many.
        let longest_fence = format!("\"{}", "#".repeat(MAX_RAW_HASHES - 1));
        let long_fence = format!("\"{}", "#".repeat(MAX_RAW_HASHES));
        let texts = [
            "",
            "plain",
            "two\nlines · `code`",
            "a \"quote\" and \"# and \"##",
            "ends with a quote\"",
            "a carriage\r\nreturn",
            "\\ back\\slashes \0 nul",
            &longest_fence,
            &long_fence,
        ];
        for text in texts {
            let mut source = String::new();
            write_str_literal(&mut source, text).unwrap();
            let tokens = crate::lex(&source).expect("a literal lexes");
            let lit: syn::LitStr = syn::parse2(tokens).expect("a string literal");
            assert_eq!(lit.value(), text, "{source}");
        }
        let mut source = String::new();
        write_str_literal(&mut source, "one\ntwo").unwrap();
        assert_eq!(source, "r\"one\ntwo\"");
    }

    #[test]
    fn docs_are_a_doc_comment_where_it_reads_back_as_the_same_text() {
        let doc_of = |source: &str| {
            let attr = syn::parse::Parser::parse_str(syn::Attribute::parse_outer, source)
                .expect("one outer attribute");
            let syn::Meta::NameValue(meta) = &attr[0].meta else {
                panic!("a name-value attribute: {source}");
            };
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(lit),
                ..
            }) = &meta.value
            else {
                panic!("a string: {source}");
            };
            lit.value()
        };
        let comments = [
            " `E400AA` · HTTP 400\n\n Message: `Bad`\n",
            "one",
            " \u{b7} ` # [ ] \"quoted\" \\",
        ];
        for text in comments {
            let mut source = String::new();
            write_doc(&mut source, text).unwrap();
            assert_eq!(source, format!("/**{text}*/"));
            assert_eq!(doc_of(&source), text);
        }
        let attributes = [
            "",
            "* a list",
            " a\n * list",
            "a */ b",
            "a /* b",
            "ends with /",
            "/ starts",
            "a\r\nb",
        ];
        for text in attributes {
            let mut source = String::new();
            write_doc(&mut source, text).unwrap();
            assert!(source.starts_with("#[doc = "), "{source}");
            assert_eq!(doc_of(&source), text);
        }
    }

    #[test]
    fn plain_tokens_are_text_and_fragments_are_not() {
        let path = quote!(::std::collections::HashMap<u8, &'static str>);
        let text = text_of(&path).expect("a plain path is text");
        assert_eq!(crate::lex(&text).unwrap().to_string(), path.to_string());
        let fragment = TokenTree::Group(Group::new(Delimiter::None, quote!(u32)));
        assert_eq!(text_of(&TokenStream::from(fragment)), None);
        let dollar = "$ crate :: Local".parse::<TokenStream>().unwrap();
        assert_eq!(text_of(&dollar), None);
    }

    #[test]
    fn a_group_is_text_until_tokens_are_spliced_into_it() {
        let mut out = Source::new(crate::lex);
        out.push_str("enum A ");
        out.group(Delimiter::Brace, |out| out.push_str("X, Y,"));
        out.push_str(" enum B ");
        out.group(Delimiter::Brace, |out| {
            out.push_str("Z ");
            out.group(Delimiter::Brace, |out| {
                out.push_str("f: ");
                let spliced = Group::new(Delimiter::None, quote!(u8));
                out.tokens(TokenTree::Group(spliced));
                out.push_str(",");
            });
            out.push_str(",");
        });
        let tokens: Vec<TokenTree> = out.finish().into_iter().collect();
        assert_eq!(tokens.len(), 6);
        let TokenTree::Group(b) = &tokens[5] else {
            panic!("enum B's body is a group");
        };
        let inner: Vec<TokenTree> = b.stream().into_iter().collect();
        // `Z`, and the fields' group holding the spliced invisible group.
        assert!(matches!(&inner[1], TokenTree::Group(g)
            if g.stream().into_iter().any(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::None))));
        assert_eq!(
            TokenStream::from_iter(tokens).to_string(),
            "enum A { X , Y , } enum B { Z { f : u8 , } , }"
        );
    }
}
