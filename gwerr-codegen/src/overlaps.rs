//! The templated codes of a family, indexed so that a template that
//! overlaps another (some codes match both, neither more specific) is
//! found in time linear in its length.

use crate::map::Map;

/// The templated codes seen so far, indexed so that finding one that
/// overlaps a new template costs time in the template's length, not in the
/// number of templates.
///
/// Two templates of equal weight (literal bytes) overlap exactly when the
/// shorter prefix is a prefix of the longer one and the shorter suffix a
/// suffix of the longer one (`p1 a ... b s2` matches both). So a template
/// is filed under its weight and its prefix with every tail of its suffix,
/// and under its weight and its suffix with every head of its prefix; a
/// new template looks itself up under each head of its prefix (the
/// templates with a shorter or equal prefix) and each tail of its suffix
/// (those with a longer prefix).
#[derive(Default)]
pub struct Overlaps<'a> {
    /// (weight, prefix) to each tail of the suffixes filed there, with the
    /// first template that has it.
    by_prefix: Map<(usize, &'a str), Map<&'a str, usize>>,
    /// (weight, suffix) to each head of the prefixes filed there.
    by_suffix: Map<(usize, &'a str), Map<&'a str, usize>>,
}

impl<'a> Overlaps<'a> {
    pub fn first_overlapping(&self, prefix: &str, suffix: &str) -> Option<usize> {
        let weight = prefix.len() + suffix.len();
        let shorter_prefixes = heads(prefix)
            .filter_map(|head| self.by_prefix.get(&(weight, head))?.get(suffix).copied());
        let longer_prefixes = tails(suffix)
            .filter_map(|tail| self.by_suffix.get(&(weight, tail))?.get(prefix).copied());
        shorter_prefixes.chain(longer_prefixes).min()
    }

    pub fn insert(&mut self, prefix: &'a str, suffix: &'a str, index: usize) {
        let weight = prefix.len() + suffix.len();
        let by_prefix = self.by_prefix.entry((weight, prefix)).or_default();
        for tail in tails(suffix) {
            by_prefix.entry(tail).or_insert(index);
        }
        let by_suffix = self.by_suffix.entry((weight, suffix)).or_default();
        for head in heads(prefix) {
            by_suffix.entry(head).or_insert(index);
        }
    }
}

/// Every prefix of `text`, from the empty one to the whole.
fn heads(text: &str) -> impl Iterator<Item = &str> {
    (0..=text.len())
        .filter(|&at| text.is_char_boundary(at))
        .map(|at| &text[..at])
}

/// Every suffix of `text`, from the whole to the empty one.
fn tails(text: &str) -> impl Iterator<Item = &str> {
    (0..=text.len())
        .filter(|&at| text.is_char_boundary(at))
        .map(|at| &text[at..])
}
