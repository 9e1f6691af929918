//! A code the document and the wire spell differently: the row declares
//! the wire's spelling as an alias, which reads back as the row, while the
//! document's spelling stays the code and renders back as written.

use gwerr_core::{document, wire};

gwerr_core::error_table! {
    /// Canonical errors, their codes as the document spells them.
    pub enum Canonical {
        variants = CamelCase;
        table "Codes" {
        | Code | Status | Message |
        #[alias("NOTFOUND", "not_found")]
        | NOT_FOUND | 404 | "Not found" |
        | ABORTED | 409 | "Aborted" |
        }
    }
}

#[test]
fn an_alias_reads_back_as_its_row() {
    for spelling in ["NOT_FOUND", "NOTFOUND", "not_found"] {
        assert_eq!(spelling.parse(), Ok(CanonicalCode::NotFound), "{spelling}");
        assert_eq!(
            wire::read::<Canonical>(spelling, Some("Not found")),
            Ok(Canonical::NotFound)
        );
    }
    assert!("Not_Found".parse::<CanonicalCode>().is_err());
}

#[test]
fn the_document_keeps_its_own_spelling() {
    assert_eq!(Canonical::NotFound.code().as_str(), "NOT_FOUND");
    let text = document::render_titled(CanonicalCode::FAMILY.tables);
    assert!(text.contains("NOT_FOUND | 404 | Not found |"), "{text}");
    assert!(!text.contains("NOTFOUND"));
    assert!(document::diff(CanonicalCode::FAMILY.tables, &document::parse(&text)).is_empty());
}
