//! The one way the expansion writes text: the per-row bulk of a table
//! (lists of literals, arms that name only variants, byte tables, docs),
//! written with the standard library's formatting and read back into
//! tokens by a [`Lexer`] in one call. Everything with shape is `quote!`.
//!
//! Cargo builds proc macros unoptimised for `cargo check`, and there
//! building a table of thousands of entries a token at a time (`quote!`,
//! `Ident::new`) cost most of the expansion (BENCHMARKS.md, "The
//! expansion pass"); text costs an append, and the compiler's lexer, which
//! is optimised, reads it in one call. Imports nothing of the crate.

use std::cell::Cell;
use std::fmt;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Reads source text that the expansion wrote into tokens, `None` if it
/// does not lex.
pub type Lexer = fn(&str) -> Option<TokenStream>;

/// The [`Lexer`] of `proc_macro2`, which checks the text with its own lexer
/// first. Inside a proc macro, `gwerr-macros` hands the text to the
/// compiler's lexer directly.
pub fn lex(text: &str) -> Option<TokenStream> {
    text.parse().ok()
}

/// Text written and read back into tokens with one [`Lexer`].
#[derive(Clone, Copy)]
pub struct Emit {
    lexer: Lexer,
}

impl Emit {
    pub fn new(lexer: Lexer) -> Self {
        Emit { lexer }
    }

    /// The tokens of the source text `write` writes. Text that does not
    /// lex (a fault of the expansion, which the snapshot and lexer tests
    /// guard) is a compile error at the call, never a panic.
    pub fn text(self, write: impl FnOnce(&mut fmt::Formatter<'_>) -> fmt::Result) -> TokenStream {
        let text = render(write);
        (self.lexer)(&text).unwrap_or_else(|| {
            // test: lexer::text_that_does_not_lex_is_a_compile_error
            syn::Error::new(
                proc_macro2::Span::call_site(),
                "error_table!: the expansion wrote source that does not lex",
            )
            .to_compile_error()
        })
    }

    /// Items written by `write`, each followed by a comma: the entries of
    /// an array or the arms of a `match`.
    pub fn list<T>(
        self,
        items: impl IntoIterator<Item = T>,
        mut write: impl FnMut(&mut fmt::Formatter<'_>, T) -> fmt::Result,
    ) -> TokenStream {
        self.text(|out| {
            for item in items {
                write(out, item)?;
                out.write_str(", ")?;
            }
            Ok(())
        })
    }
}

/// Writes `const NAME: &[u8] = b"...";`, a table of one entry per row,
/// each `width` bytes, little-endian, as `__private::row_entry` reads
/// them, and returns `width`: the fewest bytes that hold every entry.
pub fn byte_table(
    out: &mut impl fmt::Write,
    name: &str,
    entries: &[usize],
) -> Result<usize, fmt::Error> {
    let largest = entries.iter().copied().max().unwrap_or(0);
    let width = match largest {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    let bytes: Vec<u8> = entries
        .iter()
        .flat_map(|entry| entry.to_le_bytes().into_iter().take(width))
        .collect();
    write!(
        out,
        "const {name}: &[::core::primitive::u8] = b\"{}\"; ",
        bytes.escape_ascii()
    )?;
    Ok(width)
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
pub fn str_lit(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
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
pub fn doc(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    if is_block_doc(text) {
        write!(out, "/**{text}*/")
    } else {
        doc_attr(out, text)
    }
}

/// `#[doc = "text"]`, as source.
pub fn doc_attr(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    out.write_str("#[doc = ")?;
    str_lit(out, text)?;
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
    use proc_macro2::Group;
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
            str_lit(&mut source, text).unwrap();
            let tokens = lex(&source).expect("a literal lexes");
            let lit: syn::LitStr = syn::parse2(tokens).expect("a string literal");
            assert_eq!(lit.value(), text, "{source}");
        }
        let mut source = String::new();
        str_lit(&mut source, "one\ntwo").unwrap();
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
            doc(&mut source, text).unwrap();
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
            doc(&mut source, text).unwrap();
            assert!(source.starts_with("#[doc = "), "{source}");
            assert_eq!(doc_of(&source), text);
        }
    }

    #[test]
    fn plain_tokens_are_text_and_fragments_are_not() {
        let path = quote!(::std::collections::HashMap<u8, &'static str>);
        let text = text_of(&path).expect("a plain path is text");
        assert_eq!(lex(&text).unwrap().to_string(), path.to_string());
        let fragment = TokenTree::Group(Group::new(Delimiter::None, quote!(u32)));
        assert_eq!(text_of(&TokenStream::from(fragment)), None);
        let dollar = "$ crate :: Local".parse::<TokenStream>().unwrap();
        assert_eq!(text_of(&dollar), None);
    }
}
