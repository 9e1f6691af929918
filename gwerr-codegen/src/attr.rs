//! Attributes and types as the table writes them, kept as tokens: the
//! macro passes them through without understanding them, so that no depth
//! of nesting in a type or an attribute's value can exhaust its stack
//! (rustc itself reads them afterwards).

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

/// An outer attribute, `#[path ...]`, its path's first segment read and the
/// rest kept as it came.
pub struct Attr {
    /// The `#`.
    pub pound: Token![#],
    /// The span of the brackets.
    pub brackets: Span,
    /// The first segment of the attribute's path (`doc`, `deprecated`).
    pub name: Ident,
    /// Everything inside the brackets, the path included.
    pub tokens: TokenStream,
}

impl Attr {
    /// Reads the outer attributes at the cursor, each without looking into
    /// its value.
    pub fn parse_outer(input: ParseStream) -> syn::Result<Vec<Attr>> {
        let mut attrs = Vec::new();
        while input.peek(Token![#]) {
            attrs.push(input.parse()?);
        }
        Ok(attrs)
    }

    /// Whether the attribute's path is the single segment `name`.
    pub fn is(&self, name: &str) -> bool {
        self.name == name && !self.path_continues()
    }

    /// Whether the path goes on after its first segment (`doc::x`).
    fn path_continues(&self) -> bool {
        let mut tokens = self.tokens.clone().into_iter().skip(1);
        matches!(tokens.next(), Some(TokenTree::Punct(p)) if p.as_char() == ':')
    }

    /// The text of a `#[doc = "..."]` (a doc comment), else `None`.
    pub fn doc_text(&self) -> Option<String> {
        if !self.is("doc") {
            return None;
        }
        let mut tokens = self.tokens.clone().into_iter().skip(1);
        match (tokens.next(), tokens.next(), tokens.next()) {
            (Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(lit)), None)
                if eq.as_char() == '=' =>
            {
                syn::parse2::<LitStr>(lit.into_token_stream())
                    .ok()
                    .map(|lit| lit.value())
            }
            _ => None,
        }
    }

    /// The tokens inside `#[name(...)]`'s parentheses, else `None`.
    pub fn args(&self) -> Option<TokenStream> {
        let mut tokens = self.tokens.clone().into_iter().skip(1);
        match (tokens.next(), tokens.next()) {
            (Some(TokenTree::Group(group)), None)
                if group.delimiter() == Delimiter::Parenthesis =>
            {
                Some(group.stream())
            }
            _ => None,
        }
    }
}

impl Parse for Attr {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let pound: Token![#] = input.parse()?;
        let content;
        let brackets = syn::bracketed!(content in input);
        let tokens: TokenStream = content.fork().parse()?;
        let name = content.call(Ident::parse_any)?;
        content.parse::<TokenStream>()?;
        Ok(Attr {
            pound,
            brackets: brackets.span.join(),
            name,
            tokens,
        })
    }
}

impl ToTokens for Attr {
    fn to_tokens(&self, out: &mut TokenStream) {
        self.pound.to_tokens(out);
        let mut group = proc_macro2::Group::new(Delimiter::Bracket, self.tokens.clone());
        group.set_span(self.brackets);
        out.extend(std::iter::once(TokenTree::Group(group)));
    }
}

/// A type as written, up to the `;` that ends its declaration: kept as
/// the tokens written.
pub struct TypeTokens {
    pub tokens: TokenStream,
    /// Whether the tokens were parsed as a type, which they are unless
    /// there are more than [`MAX_PARSED_TYPE_TOKENS`] of them. Unparsed,
    /// they are passed to the compiler inside `gwerr_core::__type!`,
    /// which parses them and reports an error in them on them.
    pub parsed: bool,
}

/// The most tokens of a type that are parsed as a type. syn's parser of
/// types recurses once per level of nesting, at kilobytes of stack a
/// level, and a type nested some hundreds deep would exhaust the stack
/// the compiler runs a macro on. At this many tokens, no type is nested
/// deeper than this many levels.
pub const MAX_PARSED_TYPE_TOKENS: usize = 64;

impl TypeTokens {
    /// Reads the tokens up to the next `;` at this level, which must be a
    /// type: anything else (a literal, nothing, `a*b`) is an error at the
    /// first token that is not a type's. A type of more than
    /// [`MAX_PARSED_TYPE_TOKENS`] tokens is only checked to start as a
    /// type does: with a name, a path, `&`, `*`, `(`, `[`, `<`, `!` or
    /// `_`.
    pub fn parse_until_semi(input: ParseStream) -> syn::Result<Self> {
        let starts_a_type = input.peek(Ident::peek_any)
            || input.peek(Token![::])
            || input.peek(Token![&])
            || input.peek(Token![*])
            || input.peek(syn::token::Paren)
            || input.peek(syn::token::Bracket)
            || input.peek(Token![<])
            || input.peek(Token![!])
            || input.peek(Token![_]);
        if !starts_a_type {
            // ui: malformed-option-values
            return Err(input.error("expected a type"));
        }
        let mut tokens = TokenStream::new();
        // The tokens at this level, and the groups whose tokens are still
        // to be counted: counted without recursion, up to one too many.
        let mut count = 0;
        let mut groups = Vec::new();
        while !input.is_empty() && !input.peek(Token![;]) {
            let tt: TokenTree = input.parse()?;
            count += 1;
            if let TokenTree::Group(group) = &tt {
                groups.push(group.stream());
            }
            tokens.extend(std::iter::once(tt));
        }
        while let Some(stream) = groups.pop() {
            if count > MAX_PARSED_TYPE_TOKENS {
                break;
            }
            for tt in stream {
                count += 1;
                if let TokenTree::Group(group) = tt {
                    groups.push(group.stream());
                }
            }
        }
        let parsed = count <= MAX_PARSED_TYPE_TOKENS;
        if parsed {
            // The expansion writes the type as text where Rust reads a
            // type; tokens that are not one would make text that does not
            // parse, reported at the whole macro call.
            // ui: malformed-option-values
            let end = tokens
                .clone()
                .into_iter()
                .last()
                .map_or_else(Span::call_site, |t| t.span());
            crate::parse::parse_scoped(syn::Type::parse, tokens.clone(), end)?;
        }
        Ok(TypeTokens { tokens, parsed })
    }
}

impl ToTokens for TypeTokens {
    fn to_tokens(&self, out: &mut TokenStream) {
        self.tokens.to_tokens(out);
    }
}
