//! "Did you mean": the known words nearest to a misspelt one, by edit
//! distance, ignoring case. One source for both crates: gwerr-codegen
//! compiles this file too (its `suggest.rs` is a link to it), for the
//! macro's hints; gwerr-core answers with it for unknown codes.

/// A limit for a misspelt name (the macro's hints): a third of the word's
/// length, at least one edit.
#[allow(dead_code)] // gwerr-codegen's
pub(crate) const A_THIRD: fn(usize, usize) -> usize = |word, _| (word / 3).max(1);

/// A limit for a mistyped code: half the candidate code's length.
#[allow(dead_code)] // gwerr-core's
pub(crate) const HALF_THE_CODE: fn(usize, usize) -> usize = |_, code| code / 2;

/// The candidates near `word`, each with its distance, in the
/// candidates' order: those at most `limit(word's length, candidate's
/// length)` edits away, lengths in `char`s. A candidate whose length is
/// further than that from the word's is not compared, so the cost is
/// bounded by the candidates', not the word's.
pub(crate) fn near<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: fn(usize, usize) -> usize,
) -> Vec<(usize, &'a str)> {
    let word: Vec<char> = word.to_lowercase().chars().collect();
    candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower: Vec<char> = candidate.to_lowercase().chars().collect();
            let limit = limit(word.len(), lower.len());
            if lower.len().abs_diff(word.len()) > limit {
                return None;
            }
            let d = distance(&word, &lower);
            (d <= limit).then_some((d, candidate))
        })
        .collect()
}

/// The nearest of [`near`]'s candidates, the first of them on a tie.
#[allow(dead_code)] // gwerr-codegen's
pub(crate) fn nearest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    limit: fn(usize, usize) -> usize,
) -> Option<&'a str> {
    let near = near(word, candidates, limit);
    near.into_iter().min_by_key(|&(d, _)| d).map(|(_, c)| c)
}

/// Levenshtein's distance between two words, in two rows of the table.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = Vec::with_capacity(b.len() + 1);
    for (i, ca) in a.iter().enumerate() {
        current.clear();
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_words_are_suggested_far_ones_not() {
        let titles = ["HTTP status code", "Error code", "Message"];
        assert_eq!(
            nearest("HTTP stauts code", titles, A_THIRD),
            Some("HTTP status code")
        );
        assert_eq!(nearest("error Cod", titles, A_THIRD), Some("Error code"));
        assert_eq!(nearest("Since version", titles, A_THIRD), None);
        assert_eq!(nearest(&"x".repeat(100_000), titles, A_THIRD), None);
    }

    #[test]
    fn near_candidates_keep_their_distance_and_order() {
        let codes = ["AB13", "AB12", "AB1", "ZZZZ"];
        assert_eq!(
            near("ab12", codes, HALF_THE_CODE),
            [(1, "AB13"), (0, "AB12"), (1, "AB1")]
        );
        assert_eq!(nearest("ab14", codes, HALF_THE_CODE), Some("AB13"));
    }
}
