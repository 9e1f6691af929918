//! Reading a code back: the code enum's `FromStr`. Fixed codes are found by
//! the perfect hash of `hash.rs` (or a `match` where none can be built),
//! templated ones afterwards, longest literal text first (the order that
//! `check_templated_codes` makes unambiguous).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::metadata;
use crate::ast::Row;
use crate::format;
use crate::hash;
use crate::map::Set;
use crate::params::Params;

/// `impl FromStr for` the code enum.
pub fn from_str_impl(params: &Params) -> TokenStream {
    let code = &params.code;
    let krate = &params.krate;
    let fixed = fixed_codes(params);
    let templated = templated_codes(params);
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::str::FromStr for #code {
            type Err = #krate::UnknownCode;

            /// Finds the row of a code: an exact match of a fixed code first,
            /// then the templated codes, the longest literal text first.
            #[inline]
            fn from_str(__code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                #fixed
                #templated
                ::core::result::Result::Err(#krate::UnknownCode::new(__code))
            }
        }
    }
}

/// The most fixed codes read back with a plain `match`.
const MATCH_UP_TO: usize = 8;

/// Statements that return the code of a fixed code, and fall through for
/// any other input.
fn fixed_codes(params: &Params) -> TokenStream {
    let code = &params.code;
    let krate = &params.krate;
    // Each fixed code once, with its first row's index among all rows (its
    // variant's in `ALL`): a code on several rows reads as the first. Then
    // each alias, read as its row.
    let aliases: Vec<(usize, String, &Row)> = params
        .rows()
        .enumerate()
        .flat_map(|(index, row)| row.aliases.iter().map(move |a| (index, a.value(), row)))
        .collect();
    let mut seen = Set::default();
    let entries: Vec<(usize, &str, &Row)> = params
        .rows()
        .enumerate()
        .filter(|(_, row)| row.code.template.placeholder_count() == 0)
        .map(|(index, row)| (index, row.code.text.as_str(), row))
        .chain(
            aliases
                .iter()
                .map(|(index, text, row)| (*index, text.as_str(), *row)),
        )
        .filter(|(_, text, _)| seen.insert(*text))
        .collect();
    let positions: Vec<usize> = entries.iter().map(|(index, ..)| *index).collect();
    let texts: Vec<&str> = entries.iter().map(|(_, text, _)| *text).collect();
    let rows = &entries;
    // A few codes read as a person would write them, a `match`; the
    // perfect hash pays from a handful on (BENCHMARKS.md, "code lookup").
    let hash = match entries.len() {
        0..=MATCH_UP_TO => None,
        _ => hash::build(&texts),
    };
    let Some(hash) = hash else {
        let arms = params.emit.list(rows, |out, (_, text, row)| {
            write!(
                out,
                "{:?} => return ::core::result::Result::Ok(Self::{})",
                text, row.variant
            )
        });
        return quote! {
            match __code {
                #arms
                _ => {}
            }
        };
    };
    let bits = hash.bits;
    let buckets = hash.disps.len();
    let disps = params
        .emit
        .list(&hash.disps, |out, disp| write!(out, "{disp}u64"));
    let slot_count = hash.slots.len();
    if texts.iter().all(|text| text.len() <= 8) {
        // Codes of up to 8 bytes: the slot's entry holds the code as a
        // number and its length, compared without reading a string; an
        // empty slot's length (255) is no code's. Both tables are numbers
        // in byte strings that `const fn`s unpack (`gwerr-core/src/packed.rs`):
        // an expression per slot was most of what the compiler checked
        // again of a large table after each touch.
        let mut words = Vec::new();
        let mut codes = Vec::new();
        for &index in &hash.slots {
            let (word, len, code) = match texts.get(usize::from(index)) {
                Some(text) => (
                    format::word(text.as_bytes()),
                    text.len(),
                    positions[usize::from(index)],
                ),
                None => (0, usize::from(u8::MAX), 0),
            };
            format::write_number(&mut words, word);
            metadata::number(&mut words, len);
            metadata::number(&mut codes, code);
        }
        let words = Literal::byte_string(&words);
        let codes = Literal::byte_string(&codes);
        return quote! {
            /// The perfect hash has `1 << SLOT_BITS` slots.
            const SLOT_BITS: ::core::primitive::u32 = #bits;
            static DISPS: [::core::primitive::u64; #buckets] = [#disps];
            static WORDS: [(::core::primitive::u64, ::core::primitive::u8); #slot_count] =
                #krate::__private::meta::slot_words(#words);
            static CODES: [#code; #slot_count] =
                #krate::__private::meta::slot_codes(#code::ALL, #codes);
            if __code.len() <= 8 {
                let (__slot, __word) =
                    #krate::__private::short_probe(__code.as_bytes(), SLOT_BITS, &DISPS);
                let __slot = __slot % WORDS.len();
                let (__expected, __len) = WORDS[__slot];
                if __expected == __word && __len as ::core::primitive::usize == __code.len() {
                    return ::core::result::Result::Ok(CODES[__slot]);
                }
            }
        };
    }
    let count = rows.len();
    let entries = params.emit.list(rows, |out, (_, text, row)| {
        write!(out, "({:?}, {code}::{})", text, row.variant)
    });
    let slots = params
        .emit
        .list(&hash.slots, |out, slot| write!(out, "{slot}u16"));
    quote! {
        static FIXED: [(&::core::primitive::str, #code); #count] = [#entries];
        /// The perfect hash has `1 << SLOT_BITS` slots.
        const SLOT_BITS: ::core::primitive::u32 = #bits;
        static DISPS: [::core::primitive::u64; #buckets] = [#disps];
        /// Each slot's index into `FIXED`; an empty slot's is out of range.
        static SLOTS: [::core::primitive::u16; #slot_count] = [#slots];
        let __slot = #krate::__private::perfect_slot(__code.as_bytes(), SLOT_BITS, &DISPS);
        if let ::core::option::Option::Some(&(__text, __found)) =
            FIXED.get(SLOTS[__slot % SLOTS.len()] as ::core::primitive::usize)
        {
            if __text == __code {
                return ::core::result::Result::Ok(__found);
            }
        }
    }
}

/// Statements that return the code of a templated code, the longest
/// literal text first.
fn templated_codes(params: &Params) -> TokenStream {
    let krate = &params.krate;
    // Each templated code once: a code on several rows reads as the first.
    let mut seen = Set::default();
    let mut templated: Vec<(&Row, (&str, &str))> = params
        .rows()
        .filter(|row| row.code.template.placeholder_count() == 1)
        .filter(|row| seen.insert(row.code.text.as_str()))
        .map(|row| (row, row.code.template.affixes()))
        .collect();
    templated.sort_by_key(|(_, (prefix, suffix))| std::cmp::Reverse(prefix.len() + suffix.len()));
    let checks = templated.into_iter().map(|(row, (prefix, suffix))| {
        let variant = &row.variant;
        quote! {
            if #krate::__private::matches_template(__code, #prefix, #suffix) {
                return ::core::result::Result::Ok(Self::#variant);
            }
        }
    });
    quote!(#(#checks)*)
}
