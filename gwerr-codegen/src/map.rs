//! The expansion's maps and sets, keyed by a table's names and texts.
//!
//! [`Map`] is a table of its own rather than the standard library's
//! `HashMap`: cargo builds proc macros unoptimised for `cargo check`, and
//! there each operation of `HashMap` ran a thousand instructions of
//! layered generic code besides the hash itself, a sixth of the macro's
//! own time on a table of 1,000 rows. [`Map`] keeps its entries in order of
//! insertion, with their hashes, and finds them by linear probing of a
//! table of indices kept at most half full: a probe or two, each a
//! comparison of hashes, then of keys.
//!
//! It hashes with a multiply-and-rotate hasher of the kind the compiler
//! uses for its own tables rather than SipHash, for the same reason. The
//! keys are the source being compiled, which the compiler itself hashes
//! the same way.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher as _};

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

/// The hash of `key` with [`Hasher`].
fn hash_of<Q: Hash + ?Sized>(key: &Q) -> u64 {
    let mut hasher = Hasher::default();
    key.hash(&mut hasher);
    hasher.finish()
}

/// A map in order of insertion (see the module's docs). No removal: the
/// expansion only adds.
pub struct Map<K, V> {
    /// Each entry with its key's hash, in order of insertion.
    entries: Vec<(u64, K, V)>,
    /// A power of two of slots, at most half of them used: 0 for an empty
    /// slot, else the index of an entry plus one. Empty until the first
    /// insertion.
    slots: Vec<usize>,
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map {
            entries: Vec::new(),
            slots: Vec::new(),
        }
    }
}

impl<K: Hash + Eq, V> Map<K, V> {
    /// A map that holds `capacity` entries before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        let mut map = Map {
            entries: Vec::with_capacity(capacity),
            slots: Vec::new(),
        };
        map.resize((2 * capacity).next_power_of_two().max(8));
        map
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The entry of `key`'s hash and key: `Ok` with its index, else `Err`
    /// with the empty slot where it would go. The map has slots
    /// ([`Map::entry`] makes them before its first insertion).
    fn find<Q>(&self, hash: u64, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
        Q: Eq + ?Sized,
    {
        let mask = self.slots.len() - 1;
        // The hash's low bits pick the slot (`Hasher::finish` puts its
        // best-mixed bits there).
        let mut at = hash as usize & mask;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                return Err(at);
            }
            let (entry_hash, entry_key, _) = &self.entries[slot - 1];
            if *entry_hash == hash && entry_key.borrow() == key {
                return Ok(slot - 1);
            }
            at = (at + 1) & mask;
        }
    }

    /// The value of `key`.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let index = self.lookup(key)?;
        Some(&self.entries[index].2)
    }

    /// The value of `key`, to change.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let index = self.lookup(key)?;
        Some(&mut self.entries[index].2)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.lookup(key).is_some()
    }

    /// The index of `key`'s entry; `None` in a map without slots yet.
    fn lookup<Q>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.slots.is_empty() {
            return None;
        }
        self.find(hash_of(key), key).ok()
    }

    /// Sets the value of `key`; its value before, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.entry(key) {
            Entry::Occupied(entry) => Some(std::mem::replace(entry, value)),
            Entry::Vacant(entry) => {
                entry.insert(value);
                None
            }
        }
    }

    /// The entry of `key`, found with one hash of it, to read or fill.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        if self.slots.is_empty() {
            self.resize(8);
        }
        let hash = hash_of(&key);
        match self.find(hash, &key) {
            Ok(index) => Entry::Occupied(&mut self.entries[index].2),
            Err(slot) => Entry::Vacant(Vacant {
                map: self,
                hash,
                key,
                slot,
            }),
        }
    }

    /// The entries, in order of insertion.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(_, key, value)| (key, value))
    }

    /// Adds an entry at an empty `slot` (from `find`), growing first if
    /// that would leave the slots more than half full.
    fn push(&mut self, hash: u64, key: K, value: V, slot: usize) -> usize {
        let index = self.entries.len();
        self.entries.push((hash, key, value));
        if 2 * self.entries.len() > self.slots.len() {
            // Every entry is placed again, this one with them.
            self.resize(2 * self.slots.len());
        } else {
            self.slots[slot] = index + 1;
        }
        index
    }

    /// Places every entry again in `len` slots, by its stored hash.
    fn resize(&mut self, len: usize) {
        self.slots = vec![0; len];
        let mask = len - 1;
        for (index, (hash, ..)) in self.entries.iter().enumerate() {
            let mut at = *hash as usize & mask;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = index + 1;
        }
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for Map<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map = Map::default();
        for (key, value) in entries {
            map.insert(key, value);
        }
        map
    }
}

/// An entry of a [`Map`]: its value, or where to put one.
pub enum Entry<'m, K, V> {
    Occupied(&'m mut V),
    Vacant(Vacant<'m, K, V>),
}

/// Where a key not yet in a [`Map`] goes.
pub struct Vacant<'m, K, V> {
    map: &'m mut Map<K, V>,
    hash: u64,
    key: K,
    slot: usize,
}

impl<'m, K: Hash + Eq, V> Vacant<'m, K, V> {
    /// Adds the key with `value`.
    pub fn insert(self, value: V) -> &'m mut V {
        let Vacant {
            map,
            hash,
            key,
            slot,
        } = self;
        let index = map.push(hash, key, value, slot);
        &mut map.entries[index].2
    }
}

impl<'m, K: Hash + Eq, V> Entry<'m, K, V> {
    /// The value, `value` added if there was none.
    pub fn or_insert(self, value: V) -> &'m mut V {
        self.or_insert_with(|| value)
    }

    /// The value, the one `make` makes added if there was none.
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'m mut V {
        match self {
            Entry::Occupied(value) => value,
            Entry::Vacant(vacant) => vacant.insert(make()),
        }
    }

    /// The value, the default added if there was none.
    pub fn or_default(self) -> &'m mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

/// A set in order of insertion: a [`Map`] without values.
pub struct Set<T>(Map<T, ()>);

impl<T> Default for Set<T> {
    fn default() -> Self {
        Set(Map::default())
    }
}

impl<T: Hash + Eq> Set<T> {
    /// A set that holds `capacity` items before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        Set(Map::with_capacity(capacity))
    }

    /// Adds `item`; whether it was new.
    pub fn insert(&mut self, item: T) -> bool {
        match self.0.entry(item) {
            Entry::Occupied(_) => false,
            Entry::Vacant(vacant) => {
                vacant.insert(());
                true
            }
        }
    }

    /// Whether `item` is in the set.
    pub fn contains<Q>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.0.contains_key(item)
    }

    /// The items, in order of insertion.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.iter().map(|(item, _)| item)
    }
}

impl<T: Hash + Eq> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut set = Set::default();
        for item in items {
            set.insert(item);
        }
        set
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
    map: Option<Map<&'a str, usize>>,
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
    use super::{Map, NameIndex, Set, SCAN};

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

    /// A map that grows from empty and from a capacity finds every key
    /// it was given, with the value last set, and iterates in order of
    /// first insertion; `entry` adds only what is missing.
    #[test]
    fn map_finds_every_key_through_growth() {
        for capacity in [None, Some(0), Some(3), Some(1_000)] {
            let mut map: Map<String, usize> = match capacity {
                None => Map::default(),
                Some(capacity) => Map::with_capacity(capacity),
            };
            assert_eq!(map.get("absent"), None);
            for i in 0..2_000 {
                assert_eq!(map.insert(format!("key {i}"), i), None);
            }
            assert_eq!(map.insert("key 7".to_owned(), 70), Some(7));
            assert_eq!(*map.entry("key 8".to_owned()).or_insert(80), 8);
            *map.entry("key 9".to_owned()).or_default() += 1;
            assert_eq!(*map.entry("new".to_owned()).or_insert_with(|| 5), 5);
            assert_eq!(map.len(), 2_001);
            for i in 0..2_000 {
                let expected = match i {
                    7 => 70,
                    9 => 10,
                    _ => i,
                };
                assert_eq!(map.get(format!("key {i}").as_str()), Some(&expected));
                assert!(map.contains_key(format!("key {i}").as_str()));
            }
            if let Some(value) = map.get_mut("new") {
                *value = 6;
            }
            assert_eq!(map.get("new"), Some(&6));
            let order: Vec<&str> = map.iter().map(|(key, _)| key.as_str()).collect();
            assert_eq!(order[..3], ["key 0", "key 1", "key 2"]);
            assert_eq!(order[2_000], "new");
        }
    }

    /// Keys whose hashes are all the same still find their own entries:
    /// probing goes on past a slot whose key differs, through growth.
    #[test]
    fn map_probes_past_colliding_slots() {
        #[derive(PartialEq, Eq)]
        struct Same(u32);
        impl std::hash::Hash for Same {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                state.write_u8(0);
            }
        }
        let mut map: Map<Same, u32> = Map::default();
        for key in 0..100 {
            assert_eq!(map.insert(Same(key), key + 1), None);
        }
        for key in 0..100 {
            assert_eq!(map.get(&Same(key)), Some(&(key + 1)));
        }
        assert_eq!(map.get(&Same(100)), None);
        let set: Set<&str> = ["a", "b", "a"].into_iter().collect();
        assert!(set.contains("a") && set.contains("b") && !set.contains("c"));
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), ["a", "b"]);
    }

    /// Keys that differ only in their last bytes (`E00001`, `E00002`, ...)
    /// spread over the buckets as a random hash would spread them.
    #[test]
    fn sequential_codes_spread() {
        let codes: Vec<String> = (0..10_000).map(|i| format!("E{i:05}")).collect();
        let set: Set<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(set.iter().count(), codes.len());
        assert!(codes.iter().all(|code| set.contains(code.as_str())));
        let low: Set<u64> = codes
            .iter()
            .map(|code| super::hash_of(code.as_str()) & 0xfff)
            .collect();
        // 10,000 keys over 4,096 buckets by the low bits: a random hash
        // leaves about 8% empty (4,096 * e^(-10,000/4,096) = 357).
        let low = low.iter().count();
        assert!(low > 3_700, "{low}");
    }
}
