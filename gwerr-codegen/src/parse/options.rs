//! The `key = value;` lines of a family.

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, LitStr, Token};

use crate::attr::{Attr, TypeTokens};

use super::syntax::hint;
use crate::ast::{Classes, CodeEnum, ColumnKind, Options, StatusInCode, TypeDecl};
use crate::ctxt::Ctxt;
use crate::suggest;
use crate::template::{Delimiters, Syntax, Syntaxes};

/// The options' names, for suggestions.
const OPTIONS: [&str; 14] = [
    "message",
    "url",
    "advice",
    "backoff",
    "convention",
    "columns",
    "variants",
    "code",
    "crate",
    "status_in_code",
    "status",
    "placeholders",
    "default_type",
    "type",
];

const OPTION_NAMES: &str =
    "`code`, `crate`, `status_in_code`, `status`, `placeholders`, `message`, `columns`, `variants`, `convention`, `backoff`, `advice`, `url`, `default_type` or `type Name = Type`";

pub fn parse_option(
    input: ParseStream,
    attrs: Vec<Attr>,
    options: &mut Options,
    cx: &Ctxt,
) -> syn::Result<()> {
    if input.peek(Token![type]) {
        reject_attrs(&attrs, "`type`", cx);
        input.parse::<Token![type]>()?;
        // ui: malformed-option-values
        let name = hint(
            Ident::parse_any(input),
            "expected a placeholder name, as in `type Quantity = u32;`",
        )?;
        input.parse::<Token![=]>()?;
        // ui: malformed-option-values
        let ty = hint(
            TypeTokens::parse_until_semi(input),
            "expected a type, as in `type Quantity = u32;`",
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
                "expected the code enum's name, as in `code = ShopErrorCode;`",
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
                let spelling = lit.value();
                match Syntax::from_spelling(&spelling) {
                    Some(syntax) => syntaxes.insert(syntax),
                    None if spelling.contains("Name") => match Delimiters::from_spelling(&spelling) {
                        // ui: own-placeholder-syntax
                        Ok(_) if syntaxes.custom.is_some() => cx.error_spanned_by(
                            &lit,
                            "a family declares one placeholder syntax of its own",
                        ),
                        Ok(custom) => syntaxes.custom = Some(custom),
                        // ui: own-placeholder-syntax
                        Err(why) => cx.error_spanned_by(&lit, why),
                    },
                    // ui: unknown-placeholder-syntax
                    None => cx.error_spanned_by(
                        &lit,
                        "unknown placeholder syntax; expected \"${Name}\", \"{Name}\", \"%s\", \"<Name>\", \"[Name]\", \"{{Name}}\" or delimiters of the family's own around `Name`, as in \"$(Name)\"",
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
        "columns" => {
            duplicate(!options.roles.is_empty());
            options.roles = parse_roles(input, cx)?;
        }
        "url" => {
            duplicate(options.url.is_some());
            // ui: malformed-option-values
            let lit: LitStr = hint(
                input.parse(),
                "expected the URL of a code's page as a string, as in `url = \"https://docs.example.com/errors/{code}\";`",
            )?;
            let text = lit.value();
            let web = text.starts_with("https://") || text.starts_with("http://");
            if !text.contains("{code}") {
                // ui: url-option
                cx.error_spanned_by(
                    &lit,
                    "the URL says where the code goes with `{code}`, as in \"https://docs.example.com/errors/{code}\"",
                );
            } else if !web || text.contains(|c: char| c.is_whitespace() || c.is_control()) {
                // ui: url-option
                cx.error_spanned_by(
                    &lit,
                    "a code's page is a URL: `https://` or `http://`, then no blank",
                );
            }
            options.url = Some(lit);
        }
        "convention" => {
            duplicate(options.convention.is_some());
            // ui: malformed-option-values
            let path = hint(
                input.parse::<syn::Path>(),
                "expected the path of a `const` `gwerr_core::wire::Convention`, as in `convention = crate::STORE;`",
            )?;
            options.convention = Some(path);
        }
        "advice" => {
            duplicate(!options.advice.is_empty());
            let content;
            // ui: malformed-option-values
            syn::braced!(content in input);
            while !content.is_empty() {
                let status: LitInt = content.parse()?;
                content.parse::<Token![:]>()?;
                let kind: Ident = content.parse()?;
                let value = status
                    .base10_parse::<u16>()
                    .ok()
                    .filter(|s| (100..=999).contains(s));
                let known = crate::retry::RetryKind::KINDS
                    .iter()
                    .find(|(name, _)| kind == name);
                match (value, known) {
                    (Some(value), Some((_, kind))) => options.advice.push((value, *kind)),
                    // ui: malformed-option-values
                    _ => cx.error_spanned_by(
                        quote::quote!(#status #kind),
                        "expected a status and a retry kind, as in `502: transient`",
                    ),
                }
                if content.is_empty() {
                    break;
                }
                content.parse::<Token![,]>()?;
            }
        }
        "backoff" => {
            duplicate(!options.backoff.is_empty());
            let content;
            // ui: malformed-option-values
            syn::braced!(content in input);
            while !content.is_empty() {
                let kind: Ident = content.parse()?;
                content.parse::<Token![:]>()?;
                let lit: LitInt = content.parse()?;
                let ms = crate::retry::duration_ms(&lit)?;
                let known = crate::retry::RetryKind::KINDS
                    .iter()
                    .find(|(name, _)| kind == name)
                    .filter(|(_, kind)| *kind != crate::retry::RetryKind::Never);
                match known {
                    Some((_, kind)) => options.backoff.push((*kind, ms)),
                    // ui: unknown-backoff-kind
                    None => cx.error_spanned_by(
                        &kind,
                        format!("`{kind}` takes no backoff; expected `throttled` or `transient`"),
                    ),
                }
                if content.is_empty() {
                    break;
                }
                content.parse::<Token![,]>()?;
            }
        }
        "variants" => {
            duplicate(options.camel_variants.is_some());
            // ui: malformed-option-values
            let rule: Ident = hint(
                input.parse(),
                "expected a naming rule, as in `variants = CamelCase;`",
            )?;
            if rule == "CamelCase" {
                options.camel_variants = Some(rule);
            } else {
                // ui: unknown-variants-rule
                cx.error_spanned_by(
                    &rule,
                    format!("unknown naming rule `{rule}`; expected `CamelCase` (identifier codes name their variants as written without this option)"),
                );
            }
        }
        "message" => {
            duplicate(options.message.is_some());
            // The title as words (`Error description`) or a string literal.
            let mut original = TokenStream::new();
            let title = if input.peek(LitStr) {
                let lit: LitStr = input.parse()?;
                lit.to_tokens(&mut original);
                lit.value()
            } else {
                let mut words = Vec::new();
                while input.peek(Ident::peek_any) {
                    let word = Ident::parse_any(input)?;
                    word.to_tokens(&mut original);
                    words.push(word.to_string());
                }
                if words.is_empty() {
                    // ui: malformed-option-values
                    return Err(
                        input.error("expected a column title, as in `message = Description;`")
                    );
                }
                words.join(" ")
            };
            options.message = Some((title, original));
        }
        "default_type" => {
            duplicate(options.default_type.is_some());
            // ui: malformed-option-values
            options.default_type = Some(hint(
                TypeTokens::parse_until_semi(input),
                "expected a type, as in `default_type = String;`",
            )?);
        }
        _ => {
            // ui: unknown-option
            cx.error_spanned_by(
                &key,
                match suggest::nearest(&name, OPTIONS.iter().copied(), suggest::A_THIRD) {
                    Some(near) => format!("unknown option `{name}`; did you mean `{near}`?"),
                    None => format!("unknown option `{name}`; expected {OPTION_NAMES}"),
                },
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

fn reject_attrs(attrs: &[Attr], what: &str, cx: &Ctxt) {
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
pub fn parse_classes(input: ParseStream, cx: &Ctxt) -> syn::Result<Classes> {
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

/// `columns = { code: gRPC, status: HTTP, message: "User message" };`: each
/// role, then the title of the column that holds it (words or a string
/// literal), as the vendor's header writes it.
fn parse_roles(input: ParseStream, cx: &Ctxt) -> syn::Result<Vec<(String, ColumnKind)>> {
    const ROLES: [(&str, ColumnKind); 6] = [
        ("code", ColumnKind::Code),
        ("status", ColumnKind::Status),
        ("message", ColumnKind::Message),
        ("description", ColumnKind::Description),
        ("solution", ColumnKind::Solution),
        ("scenario", ColumnKind::Scenario),
    ];
    let content;
    // ui: malformed-option-values
    syn::braced!(content in input);
    let mut roles = Vec::new();
    while !content.is_empty() {
        let role: Ident = content.parse()?;
        content.parse::<Token![:]>()?;
        let title = if content.peek(LitStr) {
            content.parse::<LitStr>()?.value()
        } else {
            let mut words = vec![Ident::parse_any(&content)?.to_string()];
            while content.peek(Ident::peek_any) {
                words.push(Ident::parse_any(&content)?.to_string());
            }
            words.join(" ")
        };
        match ROLES.iter().find(|(name, _)| role == name) {
            Some((_, kind)) => roles.push((title.to_lowercase(), *kind)),
            // ui: unknown-column-role
            None => cx.error_spanned_by(
                &role,
                format!("unknown column role `{role}`; expected `code`, `status`, `message`, `description`, `solution` or `scenario`"),
            ),
        }
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(roles)
}
