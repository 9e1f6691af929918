//! A vendor update end to end on the gateway's document: a newer copy
//! with one message reworded, one row added, one removed, one status
//! changed and one placeholder added. `document::patch` writes it into
//! gwerr-core's sources (the patched files below are compiled into this
//! test), the patched families render the newer document byte for byte,
//! and the verdict is major, with a change of the API's contract.
//!
//! `GWERR_SNAPSHOTS=overwrite cargo test --test test_update` writes the
//! patched files again.

mod common;

use gwerr_core::document::{self, Bump, Change};
use gwerr_core::{ClassicErrorCode, CommonErrorCode, Family, Table, FAMILIES};

/// gwerr-core's own macro, as its sources call it.
macro_rules! __own_error_table {
    ($($body:tt)*) => {
        gwerr_core::error_table! { $($body)* }
    };
}
pub(crate) use __own_error_table;

/// The patched sources, compiled.
#[allow(dead_code, deprecated)]
mod patched {
    #[path = "../patched/management.rs"]
    pub mod management;
    #[path = "../patched/vpc.rs"]
    pub mod vpc;
}

/// gwerr-core's sources, as shipped.
const SOURCES: [(&str, &str); 4] = [
    ("vpc.rs", include_str!("../gwerr-core/src/vpc.rs")),
    ("classic.rs", include_str!("../gwerr-core/src/classic.rs")),
    (
        "management.rs",
        include_str!("../gwerr-core/src/management.rs"),
    ),
    ("common.rs", include_str!("../gwerr-core/src/common.rs")),
];

/// The newer copy of the document: six edits, in our own words.
fn newer() -> String {
    let edits = [
        // A message reworded, its placeholders the same.
        ("A400IK | 400 | Invalid AppKey |", "A400IK | 400 | Invalid or unknown AppKey |"),
        // A row added.
        (
            "X504TO | 504 | Service timeout |",
            "X504GT | 504 | Upstream gave no answer | The error message returned because the backend did not answer before the gateway stopped waiting. |\nX504TO | 504 | Service timeout |",
        ),
        // A status changed.
        (
            "InternalError | The request processing has failed due to some unknown error, exception or failure. | 500 |",
            "InternalError | The request processing has failed due to some unknown error, exception or failure. | 503 |",
        ),
        // A placeholder added.
        ("I400SG | 400 | Invalid Stage |", "I400SG | 400 | Invalid Stage `${StageName}` |"),
    ];
    let mut text = common::UPSTREAM.to_owned();
    for (old, new) in edits {
        assert_eq!(text.matches(old).count(), 1, "{old}");
        text = text.replace(old, new);
    }
    // A column renamed, its role kept: the first of the two management
    // tables (3.1, servers) calls its solutions suggestions.
    let header = "Error code | Error message | HTTP status code | Description | Solution |";
    assert_eq!(text.matches(header).count(), 2);
    text = text.replacen(
        header,
        "Error code | Error message | HTTP status code | Description | Suggestion |",
        1,
    );
    // A row removed.
    let removed = text
        .lines()
        .find(|line| line.starts_with("I508LD |"))
        .unwrap()
        .to_owned();
    text.replace(&format!("{removed}\n"), "")
}

/// The families as patched, in the document's order.
fn patched_families() -> [&'static Family; 4] {
    [
        patched::vpc::VpcErrorCode::FAMILY,
        ClassicErrorCode::FAMILY,
        patched::management::ManagementErrorCode::FAMILY,
        CommonErrorCode::FAMILY,
    ]
}

fn tables(families: &[&'static Family]) -> Vec<&'static Table> {
    families.iter().flat_map(|family| family.tables).collect()
}

#[test]
fn the_patch_is_the_patched_sources() {
    let newer = document::parse(&newer());
    let mut applied = 0;
    for (name, source) in SOURCES {
        let patch = document::patch(source, FAMILIES, &newer);
        assert_eq!(patch.notes, Vec::<String>::new(), "{name}");
        applied += patch.applied.len();
        if patch.applied.is_empty() {
            assert_eq!(patch.source, source, "{name} has no change");
            continue;
        }
        common::assert_snapshot(&format!("tests/patched/{name}"), &patch.source);
    }
    assert_eq!(applied, 6);
}

#[test]
fn a_header_that_changes_a_columns_role_is_named_not_written() {
    // `Text` is no title the macro knows: the messages would become a
    // column of the table's own, and every variant would lose its fields.
    let vpc = gwerr_core::VpcErrorCode::FAMILY;
    let mut newer = document::parse(&document::render_titled(vpc.tables));
    newer[0].header[2] = "Text".into();
    let patch = document::patch(SOURCES[0].1, FAMILIES, &newer);
    assert_eq!(patch.source, SOURCES[0].1);
    assert_eq!(patch.applied, []);
    assert_eq!(
        patch.notes,
        [format!(
            "\"{}\": header changed: \"Error code | HTTP status code | Message | Description |\" -> \"Error code | HTTP status code | Text | Description |\": not written; edit it by hand",
            vpc.tables[0].title
        )]
    );
    let change = &document::diff(vpc.tables, &newer)[0];
    let impact = document::impact(FAMILIES, change);
    assert_eq!((impact.bump, impact.review), (Bump::Minor, true));
}

#[test]
fn a_newer_document_without_a_table_patches_nothing() {
    // What a reader makes of a page whose tables it cannot read: not a
    // document whose every row is gone.
    let newer = document::parse_any("## Errors\n\n<table><tr><td>E1</td></tr></table>\n");
    assert_eq!(newer, []);
    for (_, source) in SOURCES {
        let patch = document::patch(source, FAMILIES, &newer);
        assert_eq!(patch.source, source);
        assert_eq!(patch.applied, []);
        assert_eq!(
            patch.notes,
            ["the newer document has no table: nothing is patched"]
        );
    }
}

#[test]
fn the_patched_families_render_the_newer_document_byte_for_byte() {
    let newer = newer();
    let lines: Vec<&str> = newer
        .lines()
        .filter(|line| document::cells(line).is_some())
        .collect();
    let rendered = document::render(tables(&patched_families()));
    let rendered: Vec<&str> = rendered.lines().filter(|line| !line.is_empty()).collect();
    assert_eq!(rendered, lines);
    // The row gone is deprecated, not deleted: nothing else differs.
    let changes = document::diff(tables(&patched_families()), &document::parse(&newer));
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert!(matches!(&changes[0], Change::RowDeprecated { code, .. } if code == "I508LD"));
    assert!(!changes[0].is_difference());
}

#[test]
fn the_patched_rows_read_and_write() {
    use patched::management::{ManagementError, ManagementErrorCode};
    use patched::vpc::{VpcError, VpcErrorCode};
    let stage = VpcError::InvalidStage {
        stage_name: "TEST".into(),
    };
    assert_eq!(stage.to_string(), "Invalid Stage `TEST`");
    assert_eq!("X504GT".parse(), Ok(VpcErrorCode::X504GT));
    assert_eq!(VpcErrorCode::X504GT.status().as_u16(), 504);
    #[allow(deprecated)]
    let gone = VpcErrorCode::LoopDetected;
    assert!(gone.row().deprecated);
    assert_eq!("I508LD".parse(), Ok(gone));
    assert_eq!(ManagementErrorCode::InternalError.status().as_u16(), 503);
    assert_eq!(
        ManagementError::InternalError.code().as_str(),
        "InternalError"
    );
}

#[test]
fn the_verdict_is_major_and_names_the_status_as_a_change_of_contract() {
    let changes = document::diff(tables(FAMILIES), &document::parse(&newer()));
    let impacts: Vec<(String, Bump, bool)> = changes
        .iter()
        .map(|change| {
            let impact = document::impact(FAMILIES, change);
            (change.to_string(), impact.bump, impact.contract)
        })
        .collect();
    let bump_of = |needle: &str| {
        impacts
            .iter()
            .find(|(change, ..)| change.contains(needle))
            .map(|(_, bump, contract)| (*bump, *contract))
    };
    assert_eq!(impacts.len(), 6, "{impacts:#?}");
    assert_eq!(
        bump_of("\"3.1.Error codes for servers\": header changed"),
        Some((Bump::Patch, false))
    );
    assert_eq!(
        bump_of("A400IK: Message changed"),
        Some((Bump::Patch, false))
    );
    assert_eq!(bump_of("row added: X504GT"), Some((Bump::Minor, false)));
    assert_eq!(bump_of("row removed: I508LD"), Some((Bump::Minor, false)));
    assert_eq!(
        bump_of("InternalError: HTTP status code changed"),
        Some((Bump::Patch, true))
    );
    assert_eq!(
        bump_of("I400SG: Message changed"),
        Some((Bump::Major, false))
    );
    let verdict = document::verdict(FAMILIES, &changes);
    assert_eq!(
        verdict.to_string(),
        "major (a placeholder added, removed or renamed: the variant's fields change); the API's contract changes"
    );
}

/// A directory of this test's own (`tag`) holding copies of the gateway's
/// sources, for `docs --diff --patch DIR`.
fn sources_copy(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gwerr-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, source) in SOURCES {
        std::fs::write(dir.join(name), source).unwrap();
    }
    dir
}

#[test]
fn docs_diff_patch_writes_the_sources_and_says_the_verdict() {
    let dir = sources_copy("patch");
    let newer_path = dir.join("newer.txt");
    std::fs::write(&newer_path, newer()).unwrap();
    let output = common::run_example(
        "docs",
        &[
            "--diff",
            newer_path.to_str().unwrap(),
            "--patch",
            dir.to_str().unwrap(),
        ],
    );
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let expected = |name: &str| {
        std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/patched")
                .join(name),
        )
        .unwrap()
    };
    let (vpc, management, classic, common_rs) = (
        read("vpc.rs"),
        read("management.rs"),
        read("classic.rs"),
        read("common.rs"),
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(common::stderr(&output), "");
    assert_eq!(output.status.code(), Some(1));
    assert!(vpc == expected("vpc.rs"));
    assert!(management == expected("management.rs"));
    assert_eq!(classic, SOURCES[1].1);
    assert_eq!(common_rs, SOURCES[3].1);
    let stdout = common::stdout(&output);
    assert_eq!(
        stdout.lines().filter(|line| !line.starts_with(' ')).count(),
        7
    );
    assert!(stdout.ends_with(
        "verdict: major (a placeholder added, removed or renamed: the variant's fields change); the API's contract changes\n"
    ));
}

#[test]
fn docs_diff_patch_refuses_a_document_without_a_table_and_writes_nothing() {
    // A page whose table is HTML has no table to these readers: read as
    // a newer document, every row would be gone and deprecated.
    let dir = sources_copy("no-table");
    let page = dir.join("page.md");
    std::fs::write(
        &page,
        "## Errors\n\n<table><tr><td>E1</td><td>400</td></tr></table>\n",
    )
    .unwrap();
    let page = page.to_str().unwrap();
    let patched = common::run_example("docs", &["--diff", page, "--patch", dir.to_str().unwrap()]);
    let diffed = common::run_example("docs", &["--diff", page]);
    let unchanged = SOURCES
        .iter()
        .all(|(name, source)| std::fs::read_to_string(dir.join(name)).unwrap() == *source);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(unchanged);
    for output in [patched, diffed] {
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(common::stdout(&output), "");
        assert_eq!(
            common::stderr(&output),
            format!("error: {page} has no table: a Markdown pipe table or lines like `Error code | HTTP status code |` (an HTML <table> is not read: write it as a pipe table)\n")
        );
    }
}

/// Another vendor's Markdown page, imported (`tests/imported/vendor.rs`),
/// and the same source patched with a newer copy of the page
/// (`tests/patched/vendor.rs`).
#[allow(dead_code)]
mod vendor {
    pub mod imported {
        include!("imported/vendor.rs");
    }
    #[allow(deprecated)]
    pub mod patched {
        include!("patched/vendor.rs");
    }
}

const VENDOR_SOURCE: &str = include_str!("imported/vendor.rs");
const VENDOR_NEWER: &str = include_str!("fixtures/import-vendor-newer.md");

#[test]
fn a_markdown_vendor_update_patches_its_imported_source() {
    use vendor::imported::{RequestsErrorCode, ServiceErrorCode};
    let families = [RequestsErrorCode::FAMILY, ServiceErrorCode::FAMILY];
    let newer = document::parse_markdown(VENDOR_NEWER);
    let patch = document::patch(VENDOR_SOURCE, &families, &newer);
    common::assert_snapshot("tests/patched/vendor.rs", &patch.source);
    // Six changes written; the row the import left out (its status is
    // `n/a`) cannot be written either, and is said.
    assert_eq!(patch.applied.len(), 6, "{:#?}", patch.applied);
    assert_eq!(patch.notes.len(), 1, "{:#?}", patch.notes);
    assert!(patch.notes[0].contains("PendingReview"));
    assert!(patch.notes[0].contains("\"n/a\" is not a status"));

    let changes = document::diff(tables(&families), &newer);
    let verdict = document::verdict(&families, &changes);
    assert_eq!(verdict.bump, Bump::Major);
    assert!(verdict.contract);
    assert!(verdict
        .reasons
        .contains(&"a code changed: its variant and what reads it change"));
    assert!(verdict
        .reasons
        .contains(&"a placeholder added, removed or renamed: the variant's fields change"));
}

#[test]
fn the_patched_vendor_family_renders_the_newer_page() {
    use vendor::patched::{RequestsErrorCode, ServiceErrorCode};
    let families = [RequestsErrorCode::FAMILY, ServiceErrorCode::FAMILY];
    let mut newer = document::parse_markdown(VENDOR_NEWER);
    // The page's tables as the family declares them: the parameters table
    // and the row whose status is `n/a` were left out by the import.
    newer.remove(0);
    let pending = newer[0].rows.pop().unwrap();
    assert_eq!(pending[0], "PendingReview");
    let mut expected = String::new();
    for (i, table) in newer.iter().enumerate() {
        if i > 0 {
            expected.push('\n');
        }
        for cells in std::iter::once(&table.header).chain(&table.rows) {
            expected += &document::line(cells);
            expected.push('\n');
        }
    }
    assert_eq!(document::render(tables(&families)), expected);
    let changes = document::diff(tables(&families), &newer);
    assert!(changes.iter().all(|c| !c.is_difference()), "{changes:#?}");
    assert_eq!(changes.len(), 1);
    let added = vendor::patched::RequestsError::Code40003 {
        field: "memo".into(),
    };
    assert_eq!(added.to_string(), "The field memo is too long.");
    assert_eq!(RequestsErrorCode::LedgerLocked.status().as_u16(), 409);
    assert_eq!(
        "QuotaExceeded".parse(),
        Ok(RequestsErrorCode::QuotaExceeded)
    );
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    /// An edit of a table: a row dropped, doubled or moved, a cell
    /// rewritten with hostile text, a row of hostile text added, the
    /// header renamed.
    #[derive(Debug, Clone)]
    enum Edit {
        Drop(usize),
        Double(usize),
        Swap(usize, usize),
        Cell(usize, usize, String),
        Row(usize, Vec<String>),
        Header(usize, String),
    }

    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "I400HD",
            "400",
            "503",
            "404 Not Found",
            " ",
            "\"",
            "\\",
            "|",
            "${",
            "${X}",
            "{",
            "%s",
            "<Y>",
            "é",
            "\u{1b}",
            "#[deprecated]",
            "}",
            "//",
            "as",
            "table",
            // Titles that rename a VPC column in its role, or give it another.
            "Code",
            "Status",
            "Error message",
            "DESCRIPTION",
            "Solution",
        ]);
        prop::collection::vec(pieces, 0..4).prop_map(|pieces| pieces.concat())
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            (0usize..100).prop_map(Edit::Drop),
            (0usize..100).prop_map(Edit::Double),
            (0usize..100, 0usize..100).prop_map(|(a, b)| Edit::Swap(a, b)),
            (0usize..100, 0usize..4, text()).prop_map(|(r, c, t)| Edit::Cell(r, c, t)),
            (0usize..100, prop::collection::vec(text(), 0..6))
                .prop_map(|(r, cells)| Edit::Row(r, cells)),
            (0usize..4, text()).prop_map(|(c, t)| Edit::Header(c, t)),
        ]
    }

    fn apply(table: &mut document::DocTable, edit: &Edit) {
        let rows = table.rows.len().max(1);
        match edit {
            Edit::Drop(r) if !table.rows.is_empty() => {
                table.rows.remove(r % rows);
            }
            Edit::Double(r) if !table.rows.is_empty() => {
                let row = table.rows[r % rows].clone();
                table.rows.insert(r % rows, row);
            }
            Edit::Swap(a, b) if !table.rows.is_empty() => table.rows.swap(a % rows, b % rows),
            Edit::Cell(r, c, t) if !table.rows.is_empty() => {
                let row = &mut table.rows[r % rows];
                let c = c % row.len().max(1);
                if let Some(cell) = row.get_mut(c) {
                    cell.clone_from(t);
                }
            }
            Edit::Row(r, cells) => table.rows.insert(r % (table.rows.len() + 1), cells.clone()),
            Edit::Header(c, t) => {
                let c = c % table.header.len();
                table.header[c].clone_from(t);
            }
            _ => {}
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever a newer VPC table says, the patch of `vpc.rs` writes
        /// each of its differences or names it in a note: nothing is
        /// dropped, and it does not panic.
        #[test]
        fn every_difference_is_written_or_named(edits in prop::collection::vec(edit(), 1..8)) {
            let vpc = gwerr_core::VpcErrorCode::FAMILY;
            let mut newer = document::parse(&document::render_titled(vpc.tables));
            for edit in &edits {
                apply(&mut newer[0], edit);
            }
            let patch = document::patch(SOURCES[0].1, FAMILIES, &newer);
            // The macro takes the patched source, but where the change
            // breaks a rule of this family, which the compiler names.
            let refused = gwerr_codegen::__private::validate_source(&patch.source, "__own_error_table")
                .expect("the patch lexes");
            for error in refused {
                let error = error.to_string();
                let family_rule = error.contains("does not spell a status")
                    || error.contains("contradicts the code")
                    || error.contains("is declared but no code or message has")
                    || error.starts_with("duplicate code")
                    || error.ends_with("is first used here");
                prop_assert!(family_rule, "{error}");
            }
            for change in document::diff(vpc.tables, &newer) {
                if !change.is_difference() {
                    continue;
                }
                let named = patch.notes.iter().any(|note| note.starts_with(&change.to_string()));
                prop_assert!(
                    patch.applied.contains(&change) || named,
                    "{change} is neither written nor named: {:#?}",
                    patch.notes
                );
            }
        }
    }
}

/// A family declared from a vendor's page, before the update
/// (`tests/fixtures/storage_from_file.rs`) and patched, its file the
/// newer page (`tests/patched/storage.rs`).
#[allow(dead_code)]
mod storage {
    pub mod before {
        include!("fixtures/storage_from_file.rs");
    }
    pub mod patched {
        include!("patched/storage.rs");
    }
}

const STORAGE_NEWER: &str = include_str!("fixtures/storage-errors-newer.md");

#[test]
fn a_table_declared_from_a_file_gets_its_annotations_renumbered() {
    use storage::before::StoreCode;
    let families = [StoreCode::FAMILY];
    let newer = document::parse_markdown(STORAGE_NEWER);
    // The page saved over the table's file: the source names the newer
    // file, as the family's file would now hold it.
    let source = include_str!("fixtures/storage_from_file.rs")
        .replace("storage-errors.md", "storage-errors-newer.md");
    let patch = document::patch(&source, &families, &newer);
    common::assert_snapshot("tests/patched/storage.rs", &patch.source);
    // The row gone is written (its annotation commented out); the rows
    // added and the cell reworded come with the file, as the notes say.
    assert_eq!(patch.applied.len(), 1, "{:#?}", patch.applied);
    assert!(
        matches!(&patch.applied[0], Change::RowRemoved { code, .. } if code == "ConditionNotMet")
    );
    assert_eq!(patch.notes.len(), 3, "{:#?}", patch.notes);
    assert!(patch
        .notes
        .iter()
        .all(|note| note.ends_with("save it over the table's file")));
    // A row gone from a table declared from a file takes its variant.
    let changes = document::diff(tables(&families), &newer);
    let verdict = document::verdict(&families, &changes);
    assert_eq!(verdict.bump, Bump::Major);
    assert!(verdict
        .reasons
        .contains(&"a row gone from a table declared from a file: its variant goes with it"));
}

#[test]
fn the_patched_family_names_the_same_rows_in_the_newer_file() {
    use storage::patched::{Store, StoreCode};
    let families = [StoreCode::FAMILY];
    let newer = document::parse_markdown(STORAGE_NEWER);
    assert_eq!(document::diff(tables(&families), &newer), []);
    // The annotations still name the rows they named.
    assert_eq!(Store::PreconditionFailed.status().as_u16(), 412);
    assert_eq!(
        StoreCode::EgressBusy.message_template(),
        "Egress is over the account's limit."
    );
    assert_eq!(
        StoreCode::OperationsBusy.message_template(),
        "Too many operations per second."
    );
    assert_eq!(
        StoreCode::IngressBusy.message_template(),
        "Ingress is over the account's limit."
    );
    assert_eq!(
        StoreCode::ServerBusy.message_template(),
        "Replication is over the account's limit."
    );
    assert_eq!(
        StoreCode::MissingHeader2.message_template(),
        "The header <headerName> is required for this operation."
    );
}
