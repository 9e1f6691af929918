//! Idiomatic variant names for codes a vendor writes in SCREAMING_SNAKE
//! case: a literal code names its variant by its words in CamelCase, and
//! `variants = CamelCase;` does the same for codes written as identifiers.

gwerr_core::error_table! {
    /// Literal codes, read as CamelCase words.
    pub enum Quoted {
        table "Errors" {
        | Code | Status | Message |
        | "NOT_FOUND" | 404 | "Not found" |
        | "RESOURCE_EXHAUSTED" | 429 | "Out of quota" |
        | "InvalidArgument" | 400 | "Bad argument" |
        }
    }
}

gwerr_core::error_table! {
    /// Identifier codes, named in CamelCase on request.
    pub enum Bare {
        variants = CamelCase;
        table "Errors" {
        | Code | Status | Message |
        | NOT_FOUND | 404 | "Not found" |
        | DEADLINE_EXCEEDED | 504 | "Too slow" |
        | Internal as ServerFault | 500 | "Fault" |
        }
    }
}

#[test]
fn literal_codes_name_camel_case_variants() {
    let names: Vec<&str> = QuotedCode::ALL.iter().map(|c| c.row().variant).collect();
    assert_eq!(names, ["NotFound", "ResourceExhausted", "InvalidArgument"]);
    // The code stays as the document writes it.
    assert_eq!(Quoted::NotFound.code().as_str(), "NOT_FOUND");
    assert_eq!(
        "RESOURCE_EXHAUSTED".parse(),
        Ok(QuotedCode::ResourceExhausted)
    );
}

#[test]
fn the_option_names_identifier_codes_in_camel_case() {
    let names: Vec<&str> = BareCode::ALL.iter().map(|c| c.row().variant).collect();
    assert_eq!(names, ["NotFound", "DeadlineExceeded", "ServerFault"]);
    assert_eq!(Bare::DeadlineExceeded.code().as_str(), "DEADLINE_EXCEEDED");
}
