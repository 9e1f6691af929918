//! The user's code of `user/gone_from_file.rs` against the family after the update.

use gwerr_semver_after::gone_from_file as family;

include!("../user/gone_from_file.rs");
