//! The user's code of `user/placeholder_added.rs` against the family after the update.

use gwerr_semver_after::placeholder_added as family;

include!("../user/placeholder_added.rs");
