//! The tables' bodies, taken out of the input before syn reads it.

use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};
use syn::parse::ParseStream;

/// The bodies of the tables, taken out of the input before syn reads it:
/// syn copies every token of its input into a buffer first, and the rows
/// are most of a table's tokens, which `rows.rs` splits without syn. Each
/// body is replaced by its number, as a literal, inside its braces;
/// `None` once taken.
pub struct Bodies(Vec<Option<TokenStream>>);

impl Bodies {
    /// The body whose number is what `body` holds, if it does.
    pub fn take(&mut self, body: ParseStream) -> Option<TokenStream> {
        let index = body
            .step(|cursor| match cursor.literal() {
                Some((literal, rest)) if rest.eof() => Ok((literal.to_string(), rest)),
                _ => Err(cursor.error("not a table's number")),
            })
            .ok()?;
        let index: usize = index.parse().ok()?;
        self.0.get_mut(index)?.take()
    }
}

/// Takes out the body of every table (the `{ ... }` after `table`, one
/// token (the title, a literal, or an invisible group around one) and an
/// optional `( ... )`) in the family's braces: more than the parser reads
/// as tables, so that a body the parser reads is a number. A group rebuilt around new tokens has one
/// span for both its delimiters; it is given its closing one's, where the
/// parser reports a missing token at the end of the group.
pub fn hollow(tokens: TokenStream) -> (TokenStream, Bodies) {
    let mut bodies = Vec::new();
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    if let Some(TokenTree::Group(family)) = trees.iter_mut().find(
        |tree| matches!(tree, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace),
    ) {
        let mut items: Vec<TokenTree> = family.stream().into_iter().collect();
        let mut at = 0;
        while at + 2 < items.len() {
            let head = matches!(&items[at], TokenTree::Ident(ident) if ident == "table");
            if !head {
                at += 1;
                continue;
            }
            let mut body = at + 2;
            if matches!(&items[body], TokenTree::Group(group) if group.delimiter() == Delimiter::Parenthesis)
            {
                body += 1;
            }
            if let Some(TokenTree::Group(group)) = items.get_mut(body) {
                if group.delimiter() == Delimiter::Brace {
                    // The stand-in stands at the body's closing brace, so
                    // that an error at the body's end points there.
                    let mut number = Literal::usize_unsuffixed(bodies.len());
                    number.set_span(group.span_close());
                    bodies.push(Some(group.stream()));
                    let mut hollow =
                        Group::new(Delimiter::Brace, TokenTree::Literal(number).into());
                    hollow.set_span(group.span_close());
                    *group = hollow;
                }
            }
            at = body + 1;
        }
        let mut hollow = Group::new(Delimiter::Brace, items.into_iter().collect());
        hollow.set_span(family.span_close());
        *family = hollow;
    }
    (trees.into_iter().collect(), Bodies(bodies))
}
