//! A vendor's families, one per class of change, each in a module named
//! after the class. `tests/semver/before` holds them before an update;
//! `tests/semver/after` is the same file patched with the newer page
//! (`document::patch`), which `tests/test_semver.rs` checks.

#![allow(missing_docs)]

pub mod reworded {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A message reworded" {
            | Code | Status | Message |
            | Busy | 503 | "Busy now" |
            }
        }
    }
}

pub mod added_non_exhaustive {
    gwerr_core::error_table! {
        #[non_exhaustive]
        pub enum Error {
            #[non_exhaustive]
            code = Code;

            table "A row added to a non-exhaustive family" {
            | Code | Status | Message |
            | Busy | 503 | "Busy now" |
            | Gone | 410 | "Gone for good" |
            }
        }
    }
}

pub mod deprecated {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A row gone" {
            | Code | Status | Message |
            | Busy | 503 | "Busy now" |
            | Gone | 410 | "Gone for good" |
            }
        }
    }
}

pub mod placeholder_added {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A placeholder added" {
            | Code | Status | Message |
            | BadStage | 400 | "Invalid stage" |
            }
        }
    }
}

pub mod placeholder_removed {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A placeholder removed" {
            | Code | Status | Message |
            | NoItem | 404 | "No item {Item} here" |
            }
        }
    }
}

pub mod placeholder_renamed {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A placeholder renamed" {
            | Code | Status | Message |
            | NoItem | 404 | "No item {Item} here" |
            }
        }
    }
}

pub mod code_changed {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A code changed" {
            | Code | Status | Message |
            | E1 | 400 | "Bad request" |
            }
        }
    }
}

pub mod added_exhaustive {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A row added to an exhaustive family" {
            | Code | Status | Message |
            | Busy | 503 | "Busy now" |
            | Gone | 410 | "Gone for good" |
            }
        }
    }
}

pub mod status_changed {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A status changed" {
            | Code | Status | Message |
            | Busy | 503 | "Busy now" |
            }
        }
    }
}

pub mod column_renamed {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A column renamed" {
            | Code | Status | Message | Solution |
            | Busy | 503 | "Busy now" | "Retry later" |
            }
        }
    }
}

pub mod gone_from_file {
    gwerr_core::error_table! {
        pub enum Error {
            code = Code;

            table "A row gone from a file" from "gone.md" {}
        }
    }
}

/// Every family, in the order above.
pub const FAMILIES: &[&gwerr_core::Family] = &[
    <reworded::Code as gwerr_core::ErrorCode>::FAMILY,
    <added_non_exhaustive::Code as gwerr_core::ErrorCode>::FAMILY,
    <deprecated::Code as gwerr_core::ErrorCode>::FAMILY,
    <placeholder_added::Code as gwerr_core::ErrorCode>::FAMILY,
    <placeholder_removed::Code as gwerr_core::ErrorCode>::FAMILY,
    <placeholder_renamed::Code as gwerr_core::ErrorCode>::FAMILY,
    <code_changed::Code as gwerr_core::ErrorCode>::FAMILY,
    <added_exhaustive::Code as gwerr_core::ErrorCode>::FAMILY,
    <status_changed::Code as gwerr_core::ErrorCode>::FAMILY,
    <column_renamed::Code as gwerr_core::ErrorCode>::FAMILY,
    <gone_from_file::Code as gwerr_core::ErrorCode>::FAMILY,
];
