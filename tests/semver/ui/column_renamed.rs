//! The user's code of `user/column_renamed.rs` against the family after the update.

use gwerr_semver_after::column_renamed as family;

include!("../user/column_renamed.rs");
