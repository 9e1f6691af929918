//! A family with fields has hand-written `Display`, `Debug` and
//! `PartialEq`, through one `match` of its rows: each must behave as the
//! derive, or the message, would. A mirror enum with the derives is the
//! reference.

use gwerr_core::error_table;

error_table! {
    pub enum Mixed {
        type Count = u32;

        table "Mixed" {
        | Code | Status | Message |
        | M1 | 400 | "${Count} of ${Item}" |
        | M2 | 400 | "only ${Type}" |
        | M3 | 409 | "${Item} and ${Item} again, ${Count} times" |
        | M4 | 503 | "Plain" |
        | M5 | 400 | "${Count} ${Item}" |
        | "Missing%s" % Name as M6 | 400 | "A parameter is missing" |
        | "Bad%s" % Name as M7 | 400 | "${Count}: bad" |
        }
    }
}

/// What `#[derive(Debug, PartialEq)]` makes of the same variants.
#[derive(Debug, PartialEq)]
#[allow(non_camel_case_types)]
enum Mirror {
    M1 { count: u32, item: String },
    M2 { r#type: String },
    M3 { item: String, count: u32 },
    M4,
    M5 { count: u32, item: String },
    M6 { name: String },
    M7 { count: u32, name: String },
}

fn pairs() -> Vec<(Mixed, Mirror)> {
    let item = || "a \"quoted\"\nitem".to_owned();
    vec![
        (
            Mixed::M1 {
                count: 7,
                item: item(),
            },
            Mirror::M1 {
                count: 7,
                item: item(),
            },
        ),
        (Mixed::M2 { r#type: item() }, Mirror::M2 { r#type: item() }),
        (
            Mixed::M3 {
                item: item(),
                count: 0,
            },
            Mirror::M3 {
                item: item(),
                count: 0,
            },
        ),
        (Mixed::M4, Mirror::M4),
        (
            Mixed::M5 {
                count: 1,
                item: String::new(),
            },
            Mirror::M5 {
                count: 1,
                item: String::new(),
            },
        ),
        (Mixed::M6 { name: item() }, Mirror::M6 { name: item() }),
        (
            Mixed::M7 {
                name: item(),
                count: 3,
            },
            Mirror::M7 {
                name: item(),
                count: 3,
            },
        ),
    ]
}

#[test]
fn debug_is_the_derive_s() {
    for (error, mirror) in pairs() {
        assert_eq!(format!("{error:?}"), format!("{mirror:?}"));
        assert_eq!(format!("{error:#?}"), format!("{mirror:#?}"));
    }
}

#[test]
fn partial_eq_is_the_derive_s() {
    let errors: Vec<Mixed> = pairs().into_iter().map(|(error, _)| error).collect();
    let mirrors: Vec<Mirror> = pairs().into_iter().map(|(_, mirror)| mirror).collect();
    for (a, (error_a, mirror_a)) in errors.iter().zip(&mirrors).enumerate() {
        for (b, (error_b, mirror_b)) in errors.iter().zip(&mirrors).enumerate() {
            assert_eq!(error_a == error_b, mirror_a == mirror_b, "rows {a} and {b}");
            assert_eq!(error_a == error_b, a == b, "rows {a} and {b}");
        }
    }
    // The same row, one field different: each field is compared.
    let one = Mixed::M1 {
        count: 7,
        item: "x".into(),
    };
    assert_ne!(
        one,
        Mixed::M1 {
            count: 8,
            item: "x".into()
        }
    );
    assert_ne!(
        one,
        Mixed::M1 {
            count: 7,
            item: "y".into()
        }
    );
    assert_eq!(one, one.clone());
}

#[test]
fn display_writes_each_placeholder_where_the_message_has_it() {
    let messages: Vec<String> = pairs().iter().map(|(error, _)| error.to_string()).collect();
    assert_eq!(
        messages,
        [
            "7 of a \"quoted\"\nitem",
            "only a \"quoted\"\nitem",
            "a \"quoted\"\nitem and a \"quoted\"\nitem again, 0 times",
            "Plain",
            "1 ",
            "A parameter is missing",
            "3: bad",
        ]
    );
}
