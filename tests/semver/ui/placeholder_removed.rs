//! The user's code of `user/placeholder_removed.rs` against the family after the update.

use gwerr_semver_after::placeholder_removed as family;

include!("../user/placeholder_removed.rs");
