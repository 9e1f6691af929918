//! "Did you mean": the nearest of a few known names to a misspelt one, as
//! rustc suggests them.

/// The candidate nearest to `word` by edit distance, ignoring ASCII case,
/// when it is close: at most a third of the word's length (and at least
/// one) edits away. Candidates of a length too far from the word's are not
/// compared, so the cost is bounded by the candidates', not the word's.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word: Vec<char> = word.to_lowercase().chars().collect();
    let limit = (word.len() / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|candidate| {
            let lower: Vec<char> = candidate.to_lowercase().chars().collect();
            if lower.len().abs_diff(word.len()) > limit {
                return None;
            }
            let d = distance(&word, &lower);
            (d <= limit).then_some((d, candidate))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

/// The suggestion to append to a diagnostic: `; did you mean `x`?`, or
/// nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match nearest(word, candidates) {
        Some(candidate) => format!("; did you mean `{candidate}`?"),
        None => String::new(),
    }
}

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
    fn close_names_are_suggested_far_ones_not() {
        let titles = ["HTTP status code", "Error code", "Message"];
        assert_eq!(
            nearest("HTTP stauts code", titles),
            Some("HTTP status code")
        );
        assert_eq!(nearest("error Cod", titles), Some("Error code"));
        assert_eq!(nearest("Since version", titles), None);
        assert_eq!(nearest(&"x".repeat(100_000), titles), None);
        assert_eq!(did_you_mean("Mesage", titles), "; did you mean `Message`?");
    }
}
