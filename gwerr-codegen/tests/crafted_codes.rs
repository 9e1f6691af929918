//! The perfect hash gives up on codes crafted to share a bucket, and the
//! expansion reads them with a `match` instead; ordinary codes get the
//! hash.

use std::str::FromStr;

use proc_macro2::TokenStream;

const CRAFTED: &str = r#"
    /// 17 codes crafted to share a bucket of the perfect hash, beside 51
    /// others: the table falls back to a `match`.
    pub enum Crafted {
        table "Crafted" {
        | Code | Status |
        | C00003 | 400 |
        | C00015 | 400 |
        | C00079 | 400 |
        | C00133 | 400 |
        | C00170 | 400 |
        | C00191 | 400 |
        | C00222 | 400 |
        | C00234 | 400 |
        | C00238 | 400 |
        | C00259 | 400 |
        | C00263 | 400 |
        | C00275 | 400 |
        | C00280 | 400 |
        | C00313 | 400 |
        | C00325 | 400 |
        | C00329 | 400 |
        | C00350 | 400 |
        | Other0 | 400 |
        | Other1 | 400 |
        | Other2 | 400 |
        | Other3 | 400 |
        | Other4 | 400 |
        | Other5 | 400 |
        | Other6 | 400 |
        | Other7 | 400 |
        | Other8 | 400 |
        | Other9 | 400 |
        | Other10 | 400 |
        | Other11 | 400 |
        | Other12 | 400 |
        | Other13 | 400 |
        | Other14 | 400 |
        | Other15 | 400 |
        | Other16 | 400 |
        | Other17 | 400 |
        | Other18 | 400 |
        | Other19 | 400 |
        | Other20 | 400 |
        | Other21 | 400 |
        | Other22 | 400 |
        | Other23 | 400 |
        | Other24 | 400 |
        | Other25 | 400 |
        | Other26 | 400 |
        | Other27 | 400 |
        | Other28 | 400 |
        | Other29 | 400 |
        | Other30 | 400 |
        | Other31 | 400 |
        | Other32 | 400 |
        | Other33 | 400 |
        | Other34 | 400 |
        | Other35 | 400 |
        | Other36 | 400 |
        | Other37 | 400 |
        | Other38 | 400 |
        | Other39 | 400 |
        | Other40 | 400 |
        | Other41 | 400 |
        | Other42 | 400 |
        | Other43 | 400 |
        | Other44 | 400 |
        | Other45 | 400 |
        | Other46 | 400 |
        | Other47 | 400 |
        | Other48 | 400 |
        | Other49 | 400 |
        | Other50 | 400 |
        }
    }
"#;

#[test]
fn crafted_codes_fall_back_to_a_match() {
    let out = gwerr_codegen::expand(TokenStream::from_str(CRAFTED).unwrap()).to_string();
    assert!(!out.contains("compile_error"), "{out}");
    assert!(!out.contains("DISPS"), "no perfect hash for crafted codes");
    assert!(out.contains("match __code"));
    let ordinary = CRAFTED.replace("| C00", "| D00");
    let out = gwerr_codegen::expand(TokenStream::from_str(&ordinary).unwrap()).to_string();
    assert!(out.contains("DISPS"), "ordinary codes get the perfect hash");
}
