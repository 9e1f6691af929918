//! The user's code of `user/added_non_exhaustive.rs` against the family after the update.

use gwerr_semver_after::added_non_exhaustive as family;

include!("../user/added_non_exhaustive.rs");
