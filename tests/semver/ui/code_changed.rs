//! The user's code of `user/code_changed.rs` against the family after the update.

use gwerr_semver_after::code_changed as family;

include!("../user/code_changed.rs");
