//! A table whose codes defeat the perfect hash (crafted to share a
//! bucket) still reads every code back, through the `match` it falls back
//! to.

/// Declares the family and keeps its tokens as text, for the expansion's
/// own test below: one table, read both ways.
macro_rules! crafted {
    ($($table:tt)*) => {
        gwerr_core::error_table! { $($table)* }
        const CRAFTED: &str = stringify!($($table)*);
    };
}

crafted! {
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
}

#[test]
fn every_code_reads_back_without_the_perfect_hash() {
    for &code in CraftedCode::ALL {
        assert_eq!(code.as_str().parse::<CraftedCode>(), Ok(code));
    }
    for unknown in ["C00004", "", "Other51", "C0000", "C000030"] {
        assert!(unknown.parse::<CraftedCode>().is_err(), "{unknown}");
    }
    assert_eq!(CraftedCode::ALL.len(), 68);
}

#[test]
fn crafted_codes_fall_back_to_a_match() {
    let expand = |text: &str| gwerr_codegen::expand(text.parse().unwrap()).to_string();
    let out = expand(CRAFTED);
    assert!(!out.contains("compile_error"), "{out}");
    assert!(!out.contains("DISPS"), "no perfect hash for crafted codes");
    assert!(out.contains("match __code"));
    let ordinary = expand(&CRAFTED.replace("C00", "D00"));
    assert!(
        ordinary.contains("DISPS"),
        "ordinary codes get the perfect hash"
    );
}
