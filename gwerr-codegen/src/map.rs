//! The crate's maps: std's, with rustc's fast hasher (the expansion hashes
//! short texts, which std's default hasher, built to resist flooding,
//! hashes more slowly; an unseeded hash is the compiler's own choice for
//! what it reads from source), and [`Interner`], distinct items in order of
//! first insertion with their indices.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use rustc_hash::FxBuildHasher;

/// A map with rustc's hasher.
pub type Map<K, V> = HashMap<K, V, FxBuildHasher>;

/// A set with rustc's hasher.
pub type Set<T> = HashSet<T, FxBuildHasher>;

/// A map of `capacity` entries before it grows.
pub fn map_with_capacity<K, V>(capacity: usize) -> Map<K, V> {
    Map::with_capacity_and_hasher(capacity, FxBuildHasher)
}

/// Distinct items in order of first insertion, each with its index: the
/// placeholder names of a template, the texts of a family's metadata.
pub struct Interner<T> {
    items: Vec<T>,
    index: Map<T, usize>,
}

/// The names of a template or row, interned.
pub type NameIndex<'a> = Interner<&'a str>;

impl<T> Default for Interner<T> {
    fn default() -> Self {
        Interner {
            items: Vec::new(),
            index: Map::default(),
        }
    }
}

impl<T: Hash + Eq + Clone> Interner<T> {
    /// An interner of `capacity` items before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        Interner {
            items: Vec::with_capacity(capacity),
            index: map_with_capacity(capacity),
        }
    }

    /// The index of `item`, added if new.
    pub fn intern(&mut self, item: T) -> usize {
        let next = self.items.len();
        let items = &mut self.items;
        *self.index.entry(item).or_insert_with_key(|item| {
            items.push(item.clone());
            next
        })
    }

    /// Adds `item` if new; whether it was.
    pub fn insert(&mut self, item: T) -> bool {
        let before = self.items.len();
        self.intern(item);
        self.items.len() > before
    }

    /// The index of `item`, if inserted.
    pub fn get<Q>(&self, item: &Q) -> Option<usize>
    where
        T: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index.get(item).copied()
    }

    /// Whether `item` has been inserted.
    pub fn contains<Q>(&self, item: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index.contains_key(item)
    }

    /// The items, in order of insertion.
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// The items, in order of insertion.
    pub fn into_items(self) -> Vec<T> {
        self.items
    }
}

impl<T: Hash + Eq + Clone> FromIterator<T> for Interner<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut interner = Interner::default();
        for item in items {
            interner.insert(item);
        }
        interner
    }
}

#[cfg(test)]
mod tests {
    use super::Interner;

    #[test]
    fn an_interner_keeps_the_order_of_first_insertion() {
        let mut names = Interner::default();
        assert_eq!(names.intern("b"), 0);
        assert_eq!(names.intern("a"), 1);
        assert_eq!(names.intern("b"), 0);
        assert!(!names.insert("a"));
        assert!(names.insert("c"));
        assert_eq!(names.get("c"), Some(2));
        assert!(names.contains("a") && !names.contains("d"));
        assert_eq!(names.into_items(), ["b", "a", "c"]);
    }
}
