//! The gateway's families as the reader sees them.

use std::sync::OnceLock;

use crate::message_index::MessageIndex;
use crate::{AnyCode, AnyError, ErrorCode, Family, FieldError};

/// One family as the reader sees it: how to name its codes and build its
/// errors, without searching its rows.
pub(crate) struct Reader {
    pub(crate) family: &'static Family,
    /// Whether gateways send this family's errors in `X-Ca-Error-*`
    /// headers without a code, so that a message alone can name a row.
    pub(super) message_only: bool,
    /// The row of a code, through the family's `FromStr` (its perfect hash,
    /// then its templates).
    pub(crate) parse: fn(&str) -> Option<AnyCode>,
    /// The code of the row at an index of the family's rows.
    pub(super) code_at: fn(usize) -> AnyCode,
    /// The family's rows by their message's first literal text, built on
    /// first use.
    pub(super) messages: fn() -> &'static MessageIndex,
    /// The typed error of a code of this family from its fields' texts;
    /// `None` for a code of another family.
    pub(super) build: Build,
}

/// Builds a family's typed error from its code and field texts; `None`
/// when the code is not the family's.
pub(super) type Build = fn(AnyCode, &[&str]) -> Option<Result<AnyError, FieldError>>;

/// The gateway's families as the reader sees them, in the document's order.
pub(crate) const READERS: &[Reader] = {
    macro_rules! readers {
        ($($(#[$doc:meta])* $variant:ident($error:ident, $code:ident, message_only: $message_only:literal),)*) => {
            &[$(Reader {
                family: crate::$code::FAMILY,
                message_only: $message_only,
                parse: |code| code.parse::<crate::$code>().ok().map(AnyCode::$variant),
                code_at: |index| AnyCode::$variant(<crate::$code as ErrorCode>::ALL[index]),
                messages: || {
                    static INDEX: OnceLock<MessageIndex> = OnceLock::new();
                    INDEX.get_or_init(|| MessageIndex::new(crate::$code::FAMILY))
                },
                build: |code, fields| match code {
                    AnyCode::$variant(code) => {
                        Some(crate::$error::from_fields(code, fields).map(AnyError::$variant))
                    }
                    #[allow(unreachable_patterns)]
                    _ => None,
                },
            }),*]
        };
    }
    with_gateway_families!(readers)
};

/// The rows a code names across the gateway's families, each through its
/// family's `FromStr`: a fixed code of any family wins over templates; a
/// code that only templates match may match a row in several families, in
/// the families' order. No fixed code is in two of the gateway's families
/// (`tests::no_fixed_code_is_in_two_families`), so the first family that
/// knows a code as fixed ends the search.
#[inline]
pub(crate) fn codes_of(code: &str) -> impl Iterator<Item = (&'static Reader, AnyCode)> + '_ {
    // Each family's `FromStr` runs at most once; the gateway has four.
    let mut found: [Option<(&'static Reader, AnyCode)>; READERS.len()] = [None; READERS.len()];
    for (slot, reader) in found.iter_mut().zip(READERS) {
        let Some(any_code) = (reader.parse)(code) else {
            continue;
        };
        if any_code.row().code.is_fixed() {
            let mut fixed = [None; READERS.len()];
            fixed[0] = Some((reader, any_code));
            return fixed.into_iter().flatten();
        }
        *slot = Some((reader, any_code));
    }
    found.into_iter().flatten()
}
