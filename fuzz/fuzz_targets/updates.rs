//! Any text read as a vendor's newer document: imported as `error_table!`
//! source, and patched into the VPC family's source, with no panic; every
//! difference the patch meets is written or named in a note, and a text
//! with no table patches nothing.

#![no_main]

use gwerr_core::{document, VpcErrorCode, FAMILIES};
use libfuzzer_sys::fuzz_target;

const VPC_SOURCE: &str = include_str!("../../gwerr-core/src/vpc.rs");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tables = document::parse_any(text);
    let import = document::import(&tables);
    assert!(import.source.is_empty() || import.source.ends_with('\n'));
    // The input read as a newer copy of the VPC table: its rows under the
    // VPC table's title.
    let mut newer = tables;
    if let Some(first) = newer.first_mut() {
        first.title = VpcErrorCode::FAMILY.tables[0].title.to_owned();
    }
    let patch = document::patch(VPC_SOURCE, FAMILIES, &newer);
    if newer.is_empty() {
        // No table read: never every row gone.
        assert!(patch.source == VPC_SOURCE && patch.applied.is_empty());
        assert_eq!(patch.notes.len(), 1);
        return;
    }
    for change in document::diff(VpcErrorCode::FAMILY.tables, &newer) {
        // A table the source does not hold is left alone (`--import` it).
        if change.is_difference() && !matches!(change, document::Change::TableAdded { .. }) {
            let named = patch.notes.iter().any(|note| note.starts_with(&change.to_string()));
            assert!(patch.applied.contains(&change) || named, "{change}");
        }
    }
});
