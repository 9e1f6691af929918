//! Choosing among the rows a response could name: one ranking, over named
//! keys, for every reader.

use std::cmp::Reverse;

/// How well a row named by a code fits the response; a greater rank is a
/// better fit, compared field by field in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct CodeRank {
    /// Whether each of the row's fields has a value that reads.
    pub(super) fields_read: bool,
    /// Whether the received message reads as the row's (or none came).
    pub(super) message_reads: bool,
    /// Whether the row's documented status is the received one.
    pub(super) status_matches: bool,
    /// The earlier family of the candidates wins what is left.
    pub(super) earlier: Reverse<usize>,
}

/// How well one of the rows of a code that names several fits the
/// response: the status received first, then the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct SiblingRank {
    /// Whether the row's documented status is the received one.
    pub(super) status_matches: bool,
    /// Whether the received message reads as the row's (or none came).
    pub(super) message_reads: bool,
    /// The earlier row wins what is left.
    pub(super) earlier: Reverse<usize>,
}

/// How well a row named by its message alone fits the response; a greater
/// rank is a better fit, compared field by field in declaration order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct MessageRank {
    /// Whether the row's documented status is the received one.
    pub(super) status_matches: bool,
    /// The bytes of the row's literal text that the message matched: the
    /// more, the more specific the row.
    pub(super) literal_bytes: usize,
    /// Whether the match was exact rather than with the trailing
    /// whitespace that HTTP trims.
    pub(super) exact: bool,
    /// The family's preference: a later family of the gateway's document
    /// (the classic gateways', which send messages without codes) wins.
    pub(super) family: usize,
    /// The earlier row of a family wins what is left.
    pub(super) earlier: Reverse<usize>,
}

/// The best of the candidates offered to it: the first of the greatest
/// rank.
pub(super) struct Best<K, T> {
    best: Option<(K, T)>,
}

impl<K: Ord, T> Best<K, T> {
    /// No candidate yet.
    pub(super) fn new() -> Self {
        Best { best: None }
    }

    /// Offers a candidate; `make` runs only when it ranks above every
    /// candidate offered before it.
    pub(super) fn offer(&mut self, rank: K, make: impl FnOnce() -> T) {
        if self.best.as_ref().is_none_or(|(seen, _)| rank > *seen) {
            self.best = Some((rank, make()));
        }
    }

    /// The chosen candidate, if any was offered.
    pub(super) fn into_inner(self) -> Option<T> {
        self.best.map(|(_, value)| value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_the_greatest_rank_wins() {
        let mut best = Best::new();
        for (rank, name) in [(1, "a"), (3, "b"), (2, "c"), (3, "d")] {
            best.offer(rank, || name);
        }
        assert_eq!(best.into_inner(), Some("b"));
        assert_eq!(Best::<u8, ()>::new().into_inner(), None);
    }

    #[test]
    fn a_rank_compares_its_fields_in_order() {
        let rank = |status_matches, literal_bytes, exact| MessageRank {
            status_matches,
            literal_bytes,
            exact,
            family: 0,
            earlier: Reverse(0),
        };
        // The status outranks any amount of text; text outranks exactness.
        assert!(rank(true, 0, false) > rank(false, 100, true));
        assert!(rank(true, 5, false) > rank(true, 4, true));
        let code = |fields_read, index| CodeRank {
            fields_read,
            message_reads: false,
            status_matches: false,
            earlier: Reverse(index),
        };
        assert!(code(true, 9) > code(false, 0));
        assert!(code(true, 0) > code(true, 1));
    }
}
