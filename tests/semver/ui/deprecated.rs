//! The user's code of `user/deprecated.rs` against the family after the update.

use gwerr_semver_after::deprecated as family;

include!("../user/deprecated.rs");
