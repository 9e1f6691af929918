//! What a row says about retrying: a kind declared with `#[retry(kind)]`
//! on the row, else the kind its status implies.

use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitInt, Token};

use crate::attr::Attr;
use crate::format;

use crate::ctxt::Ctxt;

/// Whether, and how, a caller may retry an error of a row.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RetryKind {
    /// Throttled: retry after a backoff.
    Throttled,
    /// A transient fault: retry.
    Transient,
    /// The same request fails again: a quota spent, or a fault of the
    /// configuration, the authorization or the request.
    Never,
}

impl RetryKind {
    pub const KINDS: [(&'static str, RetryKind); 3] = [
        ("throttled", RetryKind::Throttled),
        ("transient", RetryKind::Transient),
        ("never", RetryKind::Never),
    ];

    /// The kind a status implies when a row declares none: 429 is
    /// throttled, 503 and 504 are transient, any other status is never
    /// retried.
    pub fn from_status(status: u16) -> Self {
        match status {
            429 => RetryKind::Throttled,
            503 | 504 => RetryKind::Transient,
            _ => RetryKind::Never,
        }
    }

    /// The number of the variant of `gwerr_core::Retry` with the same
    /// meaning, in the packed rows (`packed.rs`).
    pub fn packed(self) -> usize {
        match self {
            RetryKind::Throttled => format::RETRY_THROTTLED,
            RetryKind::Transient => format::RETRY_TRANSIENT,
            RetryKind::Never => format::RETRY_NEVER,
        }
    }

    /// The kind's word, as `#[retry(...)]` writes it and the docs' tables
    /// show it.
    pub fn name(self) -> &'static str {
        match self {
            RetryKind::Throttled => "throttled",
            RetryKind::Transient => "transient",
            RetryKind::Never => "never",
        }
    }
}

/// What a row says about retrying.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Retry {
    /// The kind.
    pub kind: RetryKind,
    /// Whether the row declares it, rather than taking it from its status.
    pub declared: bool,
    /// The first backoff the row declares (`after = 30s`), in
    /// milliseconds; `None` for the kind's own.
    pub after_ms: Option<u64>,
}

/// Whether `attr` is a `#[retry(...)]`.
pub fn is_retry(attr: &Attr) -> bool {
    attr.is("retry")
}

/// The retry advice of a row with status `status` and the attributes
/// `attrs`: its one `#[retry(kind)]`, else its status's. Reports a
/// malformed or repeated attribute.
pub fn of_row(attrs: &[Attr], status: u16, cx: &Ctxt) -> Option<Retry> {
    let mut declared: Option<RetryKind> = None;
    let mut after_ms = None;
    let mut ok = true;
    for attr in attrs.iter().filter(|attr| is_retry(attr)) {
        if declared.is_some() {
            // ui: retry-attribute
            cx.error_spanned_by(attr, "a row takes one `#[retry(...)]`");
            ok = false;
            continue;
        }
        match attr.args().map(|args| parse_args.parse2(args)) {
            Some(Ok((RetryKind::Never, Some(_)))) => {
                // ui: retry-attribute
                cx.error_spanned_by(
                    attr,
                    "a row that is never retried takes no `after`; declare `throttled` or `transient` with it",
                );
                ok = false;
            }
            Some(Ok((kind, after))) => {
                declared = Some(kind);
                after_ms = after;
            }
            result => {
                let why = match result {
                    Some(Err(error)) => format!(" ({error})"),
                    _ => String::new(),
                };
                // ui: retry-attribute
                cx.error_spanned_by(
                    attr,
                    format!("expected `#[retry(throttled)]`, `#[retry(transient)]` or `#[retry(never)]`, a retried kind optionally with its first backoff: `#[retry(throttled, after = 30s)]` (`ms`, `s`, `min` or `h`){why}"),
                );
                ok = false;
            }
        }
    }
    ok.then(|| Retry {
        kind: declared.unwrap_or_else(|| RetryKind::from_status(status)),
        declared: declared.is_some(),
        after_ms,
    })
}

/// `kind` or `kind, after = 30s`: the kind, and the backoff in
/// milliseconds.
fn parse_args(input: ParseStream) -> syn::Result<(RetryKind, Option<u64>)> {
    let ident: Ident = input.parse()?;
    let kind = RetryKind::KINDS
        .iter()
        .find(|(name, _)| ident == name)
        .map(|(_, kind)| *kind)
        // ui: retry-attribute
        .ok_or_else(|| syn::Error::new(ident.span(), "unknown retry kind"))?;
    if input.is_empty() {
        return Ok((kind, None));
    }
    input.parse::<Token![,]>()?;
    let key: Ident = input.parse()?;
    if key != "after" {
        // ui: retry-after-attribute
        return Err(syn::Error::new(key.span(), "expected `after`"));
    }
    input.parse::<Token![=]>()?;
    let lit: LitInt = input.parse()?;
    let ms = duration_ms(&lit)?;
    if !input.is_empty() {
        // ui: retry-after-attribute
        return Err(input.error("unexpected tokens"));
    }
    Ok((kind, Some(ms)))
}

/// A backoff written `30s` (`ms`, `s`, `min` or `h`), in milliseconds,
/// from 1 ms to a day.
pub fn duration_ms(lit: &LitInt) -> syn::Result<u64> {
    let unit = match lit.suffix() {
        "ms" => 1,
        "s" => 1_000,
        "min" => 60_000,
        "h" => 3_600_000,
        _ => {
            // ui: retry-after-attribute
            let error = syn::Error::new(lit.span(), "expected a duration such as `30s`");
            return Err(error);
        }
    };
    let value: u64 = lit.base10_parse()?;
    let ms = value
        .checked_mul(unit)
        .filter(|ms| (1..=MAX_AFTER_MS).contains(ms))
        // ui: retry-after-attribute
        .ok_or_else(|| syn::Error::new(lit.span(), "a backoff from 1 ms to a day"))?;
    Ok(ms)
}

/// The longest first backoff a row may declare: a day.
const MAX_AFTER_MS: u64 = 86_400_000;
