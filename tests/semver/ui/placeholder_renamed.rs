//! The user's code of `user/placeholder_renamed.rs` against the family after the update.

use gwerr_semver_after::placeholder_renamed as family;

include!("../user/placeholder_renamed.rs");
