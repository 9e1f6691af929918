//! The user's code of `user/reworded.rs` against the family after the update.

use gwerr_semver_after::reworded as family;

include!("../user/reworded.rs");
