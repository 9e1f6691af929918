//! The semver verdict of `document::verdict`, held to the compiler: for
//! each class of change, a crate of families before the update
//! (`tests/semver/before`), the same crate after it (`tests/semver/after`,
//! which is `before` patched with the newer page `tests/semver/newer.md`),
//! and a user's code (`tests/semver/user/`) that compiles against
//! `before`, and against `after` exactly when the verdict is not major.
//!
//! `GWERR_SNAPSHOTS=overwrite cargo test --test test_semver` writes
//! `after` again from `before` and the page.

mod common;

use gwerr_core::document::{self, Bump};
use gwerr_core::{Family, Table};

const BEFORE: &str = include_str!("semver/before/src/lib.rs");
const NEWER: &str = include_str!("semver/newer.md");

/// Each class: its module, and the release it asks for.
const CLASSES: [(&str, Bump); 11] = [
    ("reworded", Bump::Patch),
    ("added_non_exhaustive", Bump::Minor),
    ("deprecated", Bump::Minor),
    ("placeholder_added", Bump::Major),
    ("placeholder_removed", Bump::Major),
    ("placeholder_renamed", Bump::Major),
    ("code_changed", Bump::Major),
    ("added_exhaustive", Bump::Major),
    ("status_changed", Bump::Patch),
    ("column_renamed", Bump::Patch),
    ("gone_from_file", Bump::Major),
];

fn tables(families: &[&'static Family]) -> Vec<&'static Table> {
    families.iter().flat_map(|family| family.tables).collect()
}

#[test]
fn after_is_before_patched_with_the_newer_page() {
    let newer = document::parse_markdown(NEWER);
    let patch = document::patch(BEFORE, gwerr_semver_before::FAMILIES, &newer);
    assert_eq!(patch.notes, Vec::<String>::new());
    assert_eq!(patch.applied.len(), 11);
    common::assert_snapshot("tests/semver/after/src/lib.rs", &patch.source);
    // `after` renders the page, and diffs against it with nothing but the
    // deprecated row.
    let changes = document::diff(tables(gwerr_semver_after::FAMILIES), &newer);
    assert!(changes.iter().all(|c| !c.is_difference()), "{changes:#?}");
}

#[test]
fn each_class_has_its_release() {
    let newer = document::parse_markdown(NEWER);
    for (family, (class, bump)) in gwerr_semver_before::FAMILIES.iter().zip(CLASSES) {
        let changes = document::diff(family.tables, &newer);
        let changes: Vec<_> = changes
            .into_iter()
            .filter(|change| !matches!(change, document::Change::TableAdded { .. }))
            .collect();
        assert_eq!(changes.len(), 1, "{class}: {changes:#?}");
        let verdict = document::verdict(&[family], &changes);
        assert_eq!(verdict.bump, bump, "{class}: {verdict}");
        assert_eq!(verdict.contract, class == "status_changed", "{class}");
    }
}

/// Each user's code compiles against `before`; against `after`, it
/// compiles exactly when the verdict on its class is not major.
#[test]
fn the_verdict_is_what_the_compiler_says() {
    let newer = document::parse_markdown(NEWER);
    let cases = trybuild::TestCases::new();
    cases.pass("tests/semver/ui/before.rs");
    for (family, (class, _)) in gwerr_semver_before::FAMILIES.iter().zip(CLASSES) {
        let changes: Vec<_> = document::diff(family.tables, &newer)
            .into_iter()
            .filter(|change| !matches!(change, document::Change::TableAdded { .. }))
            .collect();
        let path = format!("tests/semver/ui/{class}.rs");
        match document::verdict(&[family], &changes).bump {
            Bump::Major => cases.compile_fail(path),
            _ => cases.pass(path),
        }
    }
}
