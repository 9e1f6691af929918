//! A perfect hash of a family's fixed codes, found at expansion time, so
//! that reading a code back is a few arithmetic operations, two table reads
//! and one string comparison, with no branch that depends on which code it
//! is (hash and displace: each bucket of keys gets the displacement that
//! sends all of its keys to free slots).
//!
//! The key, bucket and slot of a code are `format.rs`'s, the source
//! `gwerr_core` compiles too, so that the expansion places each code
//! where the run time looks for it.

use crate::format::{bucket, displacement, key, slot};

/// The tables of a perfect hash.
pub struct PerfectHash {
    /// `1 << bits` slots.
    pub bits: u32,
    /// The displacement of each bucket, multiplied out.
    pub disps: Vec<u64>,
    /// Each slot's index into the codes, or `u16::MAX` when empty.
    pub slots: Vec<u16>,
}

/// The most codes one bucket may hold: a bucket this full means the codes
/// defeat the key's mixing (crafted to), and its search would be long.
const MAX_BUCKET: usize = 16;

/// The displacements tried for one bucket before the table is made larger.
const MAX_DISPLACEMENTS: u16 = 1 << 12;

/// Table sizes tried, as extra bits over the smallest with a load of at
/// most one half: that size, then twice it.
const EXTRA_BITS: u32 = 1;

/// Finds a perfect hash of `codes` (distinct). `None` when there are none,
/// too many for `u16` indices, two share a 64-bit key, a bucket holds more
/// than `MAX_BUCKET` codes, or no displacement within the bounds places
/// every bucket; the caller then reads codes with a `match`.
///
/// The search is bounded for every input: each bucket tries at most
/// `MAX_DISPLACEMENTS` displacements, each costing at most
/// `MAX_BUCKET` probes, at two table sizes, so the time is linear in the
/// number of codes whatever they are.
pub fn build(codes: &[&str]) -> Option<PerfectHash> {
    if codes.is_empty() || codes.len() >= usize::from(u16::MAX) {
        return None;
    }
    let keys: Vec<u64> = codes.iter().map(|code| key(code.as_bytes())).collect();
    // Two codes with one key cannot be told apart. A set finds them in
    // one pass: unoptimised, as cargo builds the macro for `cargo check`,
    // sorting the keys cost five times as much.
    let mut seen = crate::map::Set::with_capacity_and_hasher(keys.len(), Default::default());
    if !keys.iter().all(|&key| seen.insert(key)) {
        return None;
    }
    let buckets = (codes.len() / 4).max(1).next_power_of_two();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (index, &key) in keys.iter().enumerate() {
        members[bucket(key, buckets)].push(index);
    }
    if members.iter().any(|bucket| bucket.len() > MAX_BUCKET) {
        return None;
    }
    // The fullest buckets first, those of one size in order: a pass per
    // size, which unoptimised costs less than a sort.
    let mut order: Vec<usize> = Vec::with_capacity(buckets);
    for len in (0..=MAX_BUCKET).rev() {
        order.extend((0..buckets).filter(|&b| members[b].len() == len));
    }

    // A load of at most one half; a table that will not fill is doubled
    // once.
    let min_bits = (codes.len() * 2)
        .next_power_of_two()
        .trailing_zeros()
        .max(1);
    'size: for bits in min_bits..=min_bits + EXTRA_BITS {
        let mut slots = vec![u16::MAX; 1 << bits];
        let mut disps = vec![0u64; buckets];
        let mut chosen: Vec<usize> = Vec::with_capacity(MAX_BUCKET);
        for &b in &order {
            let placed = (0..MAX_DISPLACEMENTS).find(|&disp| {
                chosen.clear();
                members[b].iter().all(|&index| {
                    let s = slot(keys[index], displacement(disp), bits);
                    let free = slots[s] == u16::MAX && !chosen.contains(&s);
                    chosen.push(s);
                    free
                })
            });
            let Some(disp) = placed else {
                continue 'size;
            };
            disps[b] = displacement(disp);
            for &index in &members[b] {
                // `index` < u16::MAX, checked above.
                slots[slot(keys[index], disps[b], bits)] = index as u16;
            }
        }
        return Some(PerfectHash { bits, disps, slots });
    }
    None
}

/// The slot of a code, as the run time must compute it.
pub fn lookup(hash: &PerfectHash, code: &str) -> usize {
    let key = key(code.as_bytes());
    slot(key, hash.disps[bucket(key, hash.disps.len())], hash.bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_finds_its_own_slot() {
        let codes: Vec<String> = (0..5000).map(|i| format!("E{i:04}XY")).collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let hash = build(&codes).unwrap();
        assert!(hash.slots.len() <= 4 * codes.len());
        for (index, code) in codes.iter().enumerate() {
            assert_eq!(usize::from(hash.slots[lookup(&hash, code)]), index);
        }
    }

    #[test]
    fn a_single_code_and_long_codes() {
        let hash = build(&["I400HD"]).unwrap();
        assert_eq!(hash.slots[lookup(&hash, "I400HD")], 0);
        let long = [
            "Throttled by APP Flow Control",
            "Throttled by API Flow Control",
        ];
        let hash = build(&long).unwrap();
        assert_eq!(hash.slots[lookup(&hash, long[1])], 1);
    }

    /// Codes of the form `C00000` that all fall into bucket 0 of `buckets`.
    fn colliding(count: usize, buckets: usize) -> Vec<String> {
        (0..)
            .map(|i| format!("C{i:05}"))
            .filter(|code| bucket(key(code.as_bytes()), buckets) == 0)
            .take(count)
            .collect()
    }

    #[test]
    fn a_crafted_bucket_gives_up_at_once() {
        // 68 codes make 32 buckets; 17 of them in one bucket is one more
        // than a bucket may hold.
        let mut codes = colliding(MAX_BUCKET + 1, 32);
        codes.extend((0..68 - codes.len()).map(|i| format!("Other{i}")));
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert!(build(&codes).is_none());
        // Sequential codes spread over the buckets.
        let sequential: Vec<String> = (0..1000).map(|i| format!("ERR{i:05}")).collect();
        let sequential: Vec<&str> = sequential.iter().map(String::as_str).collect();
        let hash = build(&sequential).expect("sequential codes hash");
        assert!(hash.slots.len() <= 4 * sequential.len());
    }

    #[test]
    fn keys_depend_on_every_byte_and_the_length() {
        assert_ne!(key(b"AB"), key(b"AB\0"));
        assert_ne!(key(b"I400HD"), key(b"I400HE"));
        assert_ne!(key(b"12345678A"), key(b"12345678B"));
        assert!(build(&[]).is_none());
    }
}
