//! The user's code of `user/status_changed.rs` against the family after the update.

use gwerr_semver_after::status_changed as family;

include!("../user/status_changed.rs");
