//! The expansion's maps and sets, keyed by a table's names and texts.
//!
//! They hash with a multiply-and-rotate hasher of the kind the compiler
//! uses for its own tables rather than the standard library's SipHash:
//! cargo builds proc macros unoptimised for `cargo check`, and there
//! SipHash cost a fifth of the macro's own time on a table of 1,000 rows.
//! The keys are the source being compiled, which the compiler itself
//! hashes the same way.

use std::hash::BuildHasherDefault;

/// A `HashMap` with [`Hasher`].
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Hasher>>;

/// A `HashSet` with [`Hasher`].
pub type HashSet<T> = std::collections::HashSet<T, BuildHasherDefault<Hasher>>;

/// Each 8-byte word is mixed in by a rotation, an exclusive or and a
/// multiplication; the result is rotated so that its low bits, which pick
/// a bucket, come from the product's high bits, which every input bit
/// reaches.
#[derive(Default, Clone, Copy)]
pub struct Hasher {
    hash: u64,
}

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

impl Hasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl std::hash::Hasher for Hasher {
    fn write(&mut self, bytes: &[u8]) {
        // Index by index rather than `chunks_exact` and `copy_from_slice`,
        // whose layers an unoptimised build runs one by one: a key of a
        // few bytes hashed in a fifth of the instructions.
        let mut at = 0;
        while at + 8 <= bytes.len() {
            let word = [
                bytes[at],
                bytes[at + 1],
                bytes[at + 2],
                bytes[at + 3],
                bytes[at + 4],
                bytes[at + 5],
                bytes[at + 6],
                bytes[at + 7],
            ];
            self.add(u64::from_le_bytes(word));
            at += 8;
        }
        if at < bytes.len() {
            let mut word = 0;
            let mut shift = 0;
            while at < bytes.len() {
                word |= u64::from(bytes[at]) << shift;
                shift += 8;
                at += 1;
            }
            self.add(word);
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

/// Distinct names in order of first insertion, each with its index:
/// looked through one by one while there are at most [`SCAN`], hashed
/// beyond. A row's placeholders are a few, and unoptimised, comparing a few
/// names costs less than building a map and hashing one; a message of
/// thousands of placeholders still costs a hash each.
#[derive(Default)]
pub struct NameIndex<'a> {
    names: Vec<&'a str>,
    /// Each name's index, once there are more than [`SCAN`].
    map: Option<HashMap<&'a str, usize>>,
}

/// The most names a [`NameIndex`] looks through one by one.
pub const SCAN: usize = 8;

impl<'a> NameIndex<'a> {
    /// Adds `name` if new; whether it was.
    pub fn insert(&mut self, name: &'a str) -> bool {
        if self.get(name).is_some() {
            return false;
        }
        let index = self.names.len();
        self.names.push(name);
        match &mut self.map {
            Some(map) => {
                map.insert(name, index);
            }
            None if self.names.len() > SCAN => {
                let names = self.names.iter().enumerate();
                self.map = Some(names.map(|(i, &name)| (name, i)).collect());
            }
            None => {}
        }
        true
    }

    /// The index of `name`, in order of insertion.
    pub fn get(&self, name: &str) -> Option<usize> {
        match &self.map {
            Some(map) => map.get(name).copied(),
            None => self.names.iter().position(|&known| known == name),
        }
    }

    /// Whether `name` has been inserted.
    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The names, in order of insertion.
    pub fn into_names(self) -> Vec<&'a str> {
        self.names
    }
}

impl<'a> FromIterator<&'a str> for NameIndex<'a> {
    fn from_iter<I: IntoIterator<Item = &'a str>>(names: I) -> Self {
        let mut index = NameIndex::default();
        for name in names {
            index.insert(name);
        }
        index
    }
}

#[cfg(test)]
mod tests {
    use super::{HashSet, NameIndex, SCAN};

    /// Below and beyond the scan's bound, a name's index is its order of
    /// first insertion, and a repeated name is not added again.
    #[test]
    fn name_index_keeps_first_insertion_order() {
        for count in [0, 1, SCAN, SCAN + 1, 100] {
            let names: Vec<String> = (0..count).map(|i| format!("N{i}")).collect();
            let mut index = NameIndex::default();
            for name in &names {
                assert!(index.insert(name));
            }
            for name in &names {
                assert!(!index.insert(name), "{name} added twice");
            }
            for (i, name) in names.iter().enumerate() {
                assert_eq!(index.get(name), Some(i));
            }
            assert!(!index.contains("absent"));
            assert_eq!(index.into_names(), names);
        }
    }

    /// Keys that differ only in their last bytes (`E00001`, `E00002`, ...)
    /// spread over the buckets as a random hash would spread them.
    #[test]
    fn sequential_codes_spread() {
        let codes: Vec<String> = (0..10_000).map(|i| format!("E{i:05}")).collect();
        let set: HashSet<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(set.len(), codes.len());
        assert!(codes.iter().all(|code| set.contains(code.as_str())));
        use std::hash::{BuildHasher, BuildHasherDefault};
        let build = BuildHasherDefault::<super::Hasher>::default();
        let low: std::collections::HashSet<u64> = codes
            .iter()
            .map(|code| build.hash_one(code.as_str()) & 0xfff)
            .collect();
        // 10,000 keys over 4,096 buckets by the low bits: a random hash
        // leaves about 8% empty (4,096 * e^(-10,000/4,096) = 357).
        assert!(low.len() > 3_700, "{}", low.len());
    }
}
