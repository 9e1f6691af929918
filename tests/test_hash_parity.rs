//! The perfect hash is written twice: at expansion (`gwerr-codegen`'s
//! `hash.rs`, which finds the displacements) and at run time
//! (`gwerr_core::__private`, which reads them). Both must send every input
//! to the same slot.

use gwerr_codegen::__private::{build, lookup, word, PerfectHash};
use gwerr_core::__private::{perfect_slot, short_probe};

fn code_sets() -> Vec<Vec<String>> {
    let mut sets: Vec<Vec<String>> = vec![
        gwerr_core::FAMILIES
            .iter()
            .flat_map(|family| family.rows())
            .filter(|row| row.code.is_fixed())
            .map(|row| row.code.text.to_owned())
            .collect(),
        (0..1000).map(|i| format!("ERR{i:05}")).collect(),
        (0..300).map(|i| format!("E{i}")).collect(),
        (0..50).map(|i| "x".repeat(i + 1)).collect(),
        (0..200)
            .map(|i| format!("A much longer code number {i}"))
            .collect(),
    ];
    // Bytes of every value, lengths 1 to 12.
    sets.push(
        (0u32..256)
            .map(|i| {
                let len = 1 + (i as usize % 12);
                (0..len)
                    .map(|k| char::from(b'!' + ((i as usize * 7 + k * 13) % 90) as u8))
                    .collect()
            })
            .collect::<std::collections::BTreeSet<String>>()
            .into_iter()
            .collect(),
    );
    sets
}

fn probes(codes: &[String]) -> Vec<String> {
    let mut probes: Vec<String> = codes.to_vec();
    probes.extend(codes.iter().map(|c| format!("{c}?")));
    probes.extend(codes.iter().map(|c| c[..c.len() - 1].to_owned()));
    probes.extend(["", "a", "ab", "abc", "abcd", "I400H\u{e9}"].map(String::from));
    probes
}

fn runtime_slot(hash: &PerfectHash, code: &str) -> usize {
    perfect_slot(code.as_bytes(), hash.bits, &hash.disps) & (hash.slots.len() - 1)
}

#[test]
fn expansion_and_run_time_agree_on_every_slot() {
    for codes in code_sets() {
        let texts: Vec<&str> = codes.iter().map(String::as_str).collect();
        let hash = build(&texts).expect("a perfect hash of distinct codes");
        for (index, code) in texts.iter().enumerate() {
            assert_eq!(usize::from(hash.slots[lookup(&hash, code)]), index);
        }
        for probe in probes(&codes) {
            let slot = lookup(&hash, &probe);
            assert_eq!(runtime_slot(&hash, &probe), slot, "{probe:?}");
            if probe.len() <= 8 {
                let (short, probe_word) = short_probe(probe.as_bytes(), hash.bits, &hash.disps);
                assert_eq!(short & (hash.slots.len() - 1), slot, "{probe:?}");
                assert_eq!(probe_word, word(probe.as_bytes()), "{probe:?}");
            }
        }
    }
}
