//! The user's code of `user/added_exhaustive.rs` against the family after the update.

use gwerr_semver_after::added_exhaustive as family;

include!("../user/added_exhaustive.rs");
