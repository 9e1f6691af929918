use gwerr_core::error_table;

// Traits the expansion implements itself, derived again: each is reported
// at the derive's entry. What the expansion does not implement (`Hash` on
// the error enum, `Copy` where a row has fields) passes.
error_table! {
    #[derive(Clone, Hash, ::core::cmp::PartialEq, Copy)]
    pub enum Phrases {
        #[derive(std::hash::Hash)]
        code = PhrasesCode;
        table "Phrases" {
        | Code | Status | Message |
        | P1 | 400 | "One" |
        }
    }
}

error_table! {
    #[derive(Copy, Debug)]
    pub enum Counts {
        type Count = u32;
        table "Counts" {
        | Code | Status | Message |
        | C1 | 400 | "${Count} left" |
        }
    }
}

// The same inside `cfg_attr`, at any depth; the other attributes and
// derives of a `cfg_attr` are kept.
error_table! {
    #[cfg_attr(all(), derive(Hash, Clone), allow(dead_code))]
    #[cfg_attr(all(), cfg_attr(all(), derive(PartialEq)))]
    pub enum Conditional {
        table "Conditional" {
        | Code | Status | Message |
        | K1 | 400 | "Kept" |
        }
    }
}

fn main() {
    // The families stand without the derives reported.
    let copy = Phrases::P1;
    let _ = (copy, copy.clone().code(), PhrasesCode::P1.status());
    let count = Counts::C1 { count: 1 };
    let _ = (count, count);
    let kept = std::collections::HashSet::from([Conditional::K1]);
    let _ = kept.contains(&Conditional::K1.clone());
}
