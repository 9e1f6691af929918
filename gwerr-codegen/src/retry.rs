//! What a row says about retrying: a kind declared with `#[retry(kind)]`
//! on the row, else the kind its status implies.

use syn::Ident;

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
    const KINDS: [(&'static str, RetryKind); 3] = [
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

    /// The advice, as a row's rustdoc gives it.
    pub fn advice(self) -> &'static str {
        match self {
            RetryKind::Throttled => "throttled: retry after a backoff",
            RetryKind::Transient => "transient: retry",
            RetryKind::Never => "never: the same request fails again",
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
    let mut ok = true;
    for attr in attrs.iter().filter(|attr| is_retry(attr)) {
        if declared.is_some() {
            // ui: retry-attribute
            cx.error_spanned_by(attr, "a row takes one `#[retry(...)]`");
            ok = false;
            continue;
        }
        let kind = attr
            .args()
            .and_then(|args| syn::parse2::<Ident>(args).ok())
            .and_then(|ident| {
                RetryKind::KINDS
                    .iter()
                    .find(|(name, _)| ident == name)
                    .map(|(_, kind)| *kind)
            });
        match kind {
            Some(kind) => declared = Some(kind),
            None => {
                // ui: retry-attribute
                cx.error_spanned_by(
                    attr,
                    "expected `#[retry(throttled)]`, `#[retry(transient)]` or `#[retry(never)]`",
                );
                ok = false;
            }
        }
    }
    ok.then(|| Retry {
        kind: declared.unwrap_or_else(|| RetryKind::from_status(status)),
        declared: declared.is_some(),
    })
}
