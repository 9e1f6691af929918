//! A family of at most eight fixed codes reads its codes with a plain
//! `match`; a larger one with the perfect hash. Both read the same strings
//! as the same rows: two families, eight codes and the same eight with a
//! ninth, are asked the same questions.

use proptest::prelude::*;

/// Declares two families of the same rows: `Eight` as written, `Nine`
/// with one fixed code more, so that one reads with a `match` and the
/// other with the perfect hash.
macro_rules! twins {
    ($($row:tt)*) => {
        gwerr_core::error_table! {
            /// Eight codes: read with a `match`.
            pub enum Eight {
                table "Eight" {
                | Code | Status |
                $($row)*
                }
            }
        }

        gwerr_core::error_table! {
            /// The same codes and one more: read with the perfect hash.
            pub enum Nine {
                table "Nine" {
                | Code | Status |
                $($row)*
                | E503ZZ | 503 |
                }
            }
        }

        /// The rows, for the expansion's own check below.
        const ROWS: &str = stringify!($($row)*);
    };
}

twins! {
    | E400AA | 400 |
    | E400AB | 400 |
    | E401AA | 401 |
    | "Item not found" as NotFound | 404 |
    | x | 400 |
    | E4 | 400 |
    | "é" as Accent | 400 |
    | "Missing%s" % Name as Missing | 400 |
    | E500AA | 500 |
}

/// The code text `text` reads as, in both families; the ninth code is
/// the one family's own.
fn read(text: &str) -> (Option<String>, Option<String>) {
    let eight = text.parse::<EightCode>().ok().map(|c| c.to_string());
    let nine = text.parse::<NineCode>().ok().map(|c| c.to_string());
    (eight, nine)
}

#[test]
fn every_code_reads_back_both_ways() {
    for code in <EightCode as gwerr_core::ErrorCode>::ALL {
        let text = code.row().code.text;
        if code.row().code.is_fixed() {
            assert_eq!(read(text), (Some(text.to_owned()), Some(text.to_owned())));
        }
    }
    assert_eq!(read("E503ZZ"), (None, Some("E503ZZ".to_owned())));
}

#[test]
fn near_misses_are_refused_alike() {
    let mut probes = vec![String::new(), "E".into(), "E400A".into(), "E400AAA".into()];
    for code in <EightCode as gwerr_core::ErrorCode>::ALL {
        let text = code.row().code.text;
        probes.push(text.to_lowercase());
        probes.push(format!("{text} "));
        probes.push(format!(" {text}"));
        probes.push(text.chars().rev().collect());
    }
    for probe in probes {
        let (eight, nine) = read(&probe);
        assert_eq!(eight, nine, "{probe:?}");
    }
}

proptest! {
    #[test]
    fn any_string_reads_alike(text in "(E40[01]A[AB]|E4|x|é|Missing|Item not found|[ a-zA-Z0-9é%]){0,3}") {
        let (eight, nine) = read(&text);
        prop_assert_eq!(eight, nine);
    }
}

#[test]
fn the_two_families_take_the_two_paths() {
    let expand = |rows: &str| {
        let family = format!("pub enum F {{ table \"T\" {{ | Code | Status | {rows} }} }}");
        gwerr_codegen::expand(family.parse().unwrap()).to_string()
    };
    assert!(!expand(ROWS).contains("DISPS"), "eight codes: a `match`");
    let nine = format!("{ROWS} | E503ZZ | 503 |");
    assert!(
        expand(&nine).contains("DISPS"),
        "nine codes: the perfect hash"
    );
}
