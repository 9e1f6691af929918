//! The `miette` feature: every family error and `Error` are
//! `miette::Diagnostic`s, answering from the row (its code, its solution
//! else its description, the family's `url`), each answer allocating only
//! the box miette's signature asks for.

// The linearity checks of the file are other tests'.
#[allow(dead_code)]
#[path = "support/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::{allocated, Counting};
use gwerr_core::{
    ClassicError, CommonError, Error, ErrorCode, ErrorFamily, ManagementError, VpcError,
};
use miette::{Diagnostic, Severity};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// An error of each row of `E`, its fields filled with a sample.
fn errors<E: ErrorFamily>() -> Vec<E> {
    <E::Code as ErrorCode>::ALL
        .iter()
        .map(|&code| {
            let row = code.row();
            let values: Vec<&str> = row
                .fields
                .iter()
                .map(|field| {
                    if field.ty == "http::Method" {
                        "GET"
                    } else {
                        "v"
                    }
                })
                .collect();
            E::from_fields(code, &values).unwrap()
        })
        .collect()
}

fn text(answer: Option<Box<dyn std::fmt::Display + '_>>) -> Option<String> {
    answer.map(|shown| shown.to_string())
}

fn check_family<E: ErrorFamily + Diagnostic>() -> usize {
    let mut with_solution = 0;
    for error in errors::<E>() {
        let row = ErrorFamily::code(&error).row();
        assert_eq!(
            text(Diagnostic::code(&error)).as_deref(),
            Some(row.code.text)
        );
        let help = if row.solution.is_empty() {
            row.description
        } else {
            row.solution
        };
        with_solution += usize::from(!row.solution.is_empty());
        assert_eq!(
            text(error.help()),
            (!help.is_empty()).then(|| help.to_owned())
        );
        // The gateway's document has no page per code.
        assert!(error.url().is_none());
        assert_eq!(error.severity(), Some(Severity::Error));
        // Each answer allocates its box and nothing more.
        let counted = allocated(|| drop(std::hint::black_box(Diagnostic::code(&error))));
        assert_eq!(counted.allocations, 1, "{counted:?}");
        let counted = allocated(|| drop(std::hint::black_box(error.help())));
        assert!(counted.allocations <= 1, "{counted:?}");
        let counted = allocated(|| {
            std::hint::black_box(error.severity());
        });
        assert_eq!(counted.allocations, 0, "{counted:?}");
    }
    with_solution
}

#[test]
fn every_gateway_row_answers_from_its_row() {
    check_family::<VpcError>();
    // The classic and management tables have a Solution column: it is the
    // help wherever the row has one.
    assert!(check_family::<ClassicError>() > 0);
    assert!(check_family::<ManagementError>() > 0);
    check_family::<CommonError>();
}

gwerr_core::error_table! {
    /// A family with a page per code.
    pub enum Shop {
        url = "https://docs.example.com/errors/{code}";

        table "Errors" {
        | Code | Status | Message | Solution |
        | "Missing{Item}" as Missing | 400 | "The {Item} is missing." | "Name the item." |
        | E404IT as NotFound | 404 | "Not found." | "" |
        }
    }
}

#[test]
fn a_familys_url_names_the_code_percent_encoded() {
    let error = Shop::Missing { item: "pen".into() };
    // A templated row's code and page name the template, not the instance.
    // The family's own `code()` stays the code enum; miette's is asked by
    // its trait.
    assert_eq!(error.code(), ShopCode::Missing);
    assert_eq!(
        text(Diagnostic::code(&error)).as_deref(),
        Some("Missing{Item}")
    );
    assert_eq!(
        text(error.url()).as_deref(),
        Some("https://docs.example.com/errors/Missing%7BItem%7D")
    );
    assert_eq!(text(error.help()).as_deref(), Some("Name the item."));
    assert_eq!(text(Shop::NotFound.help()), None);
    let counted = allocated(|| drop(std::hint::black_box(error.url())));
    assert_eq!(counted.allocations, 1, "{counted:?}");
    // `Error` answers as the error it carries.
    let carried = Error::new(Shop::NotFound);
    assert_eq!(
        text(carried.url()).as_deref(),
        Some("https://docs.example.com/errors/E404IT")
    );
}

#[test]
fn an_error_no_row_describes_gives_the_code_it_received() {
    let mut headers = http::HeaderMap::new();
    headers.insert("x-ca-error-code", http::HeaderValue::from_static("Z999ZZ"));
    let error: Error<VpcError> =
        gwerr_core::wire::check(http::StatusCode::BAD_GATEWAY, &headers).unwrap_err();
    assert!(error.typed().is_none());
    assert_eq!(text(Diagnostic::code(&error)).as_deref(), Some("Z999ZZ"));
    assert_eq!(text(error.help()), None);
    assert_eq!(text(error.url()), None);
}
