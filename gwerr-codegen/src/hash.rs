//! A perfect hash of a family's fixed codes, found at expansion time, so
//! that reading a code back is a few arithmetic operations, two table reads
//! and one string comparison, with no branch that depends on which code it
//! is (hash and displace: each bucket of keys gets the displacement that
//! sends all of its keys to free slots).
//!
//! `key`, `word` and `slot` must compute exactly what
//! `gwerr_core::__private::perfect_slot` and `short_probe` compute at run
//! time.

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;

/// A code's 64-bit key: its length and bytes, mixed. Up to 8 bytes are
/// read as two overlapping 4-byte words (or three single bytes), longer
/// codes 8 bytes at a time with an overlapping last word: fixed-size loads
/// only, so that the run time never stores a partial word and reloads it.
pub fn key(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let mut h = (n as u64).wrapping_mul(K1);
    if n <= 8 {
        // One multiplication: its top bits, which pick the bucket and the
        // slot, depend on every bit of the word.
        h = (h ^ word(bytes)).wrapping_mul(K1);
    } else {
        let mut i = 0;
        while i + 8 < n {
            h = mix(h ^ u64_at(bytes, i));
            i += 8;
        }
        h = mix(h ^ u64_at(bytes, n - 8));
    }
    h
}

/// Up to 8 bytes as one word; with the length, it tells codes apart
/// exactly, so that a code of up to 8 bytes is compared as a number.
pub fn word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 4 {
        u64::from(u32_at(bytes, 0)) | u64::from(u32_at(bytes, n - 4)) << 32
    } else if n > 0 {
        u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16
    } else {
        0
    }
}

fn mix(x: u64) -> u64 {
    let x = x.wrapping_mul(K1);
    x ^ (x >> 29)
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(word)
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The bucket of a key, among `buckets`: read from the key's top bits
/// (the high half times the bucket count, its high half kept). A
/// multiplication carries only upward, so only the top bits of a key depend
/// on every byte of the code; low bits would put codes that differ in
/// their last bytes (`ERR00001`, `ERR00002`) in one bucket.
fn bucket(key: u64, buckets: usize) -> usize {
    (((key >> 32) * buckets as u64) >> 32) as usize
}

/// A displacement as the tables store it, multiplied out.
fn displacement(disp: u16) -> u64 {
    u64::from(disp).wrapping_mul(K2)
}

/// The slot of a key displaced by `disp` (multiplied out), among `1 << bits`.
fn slot(key: u64, disp: u64, bits: u32) -> usize {
    ((key ^ disp).wrapping_mul(K2) >> (64 - bits)) as usize
}

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
