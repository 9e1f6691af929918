//! Rows by the first literal text of their message: a byte trie, so that a
//! message alone is read against the rows whose message can start like it
//! (one walk over the message's first bytes), not against every row.

use crate::meta::{Family, Part};

/// The rows of one family, indexed by their message's first literal text
/// (trailing whitespace trimmed, as HTTP trims it).
pub(crate) struct MessageIndex {
    /// Rows whose message starts with a placeholder: candidates for any
    /// message.
    open: Vec<usize>,
    /// The trie, each chain of single children merged into one node (a
    /// radix trie); `nodes[0]` is the root, whose label is empty.
    nodes: Vec<Node>,
}

struct Node {
    /// The bytes this node stands for, after its parent's.
    label: Box<[u8]>,
    /// The rows whose first literal text ends here.
    rows: Box<[usize]>,
    /// The children, each with the first byte of its label.
    children: Box<[(u8, usize)]>,
}

/// A node of the trie while it is built: one byte per edge.
#[derive(Default)]
struct ByteNode {
    edges: Vec<(u8, usize)>,
    rows: Vec<usize>,
}

impl MessageIndex {
    pub(crate) fn new(family: &Family) -> Self {
        let mut open = Vec::new();
        let mut trie = vec![ByteNode::default()];
        for (row_index, row) in family.rows().enumerate() {
            let Some(Part::Literal(first)) = row.message.parts.first() else {
                open.push(row_index);
                continue;
            };
            let mut node = 0;
            for &byte in first.trim_end().as_bytes() {
                node = match trie[node].edges.iter().find(|(b, _)| *b == byte) {
                    Some(&(_, next)) => next,
                    None => {
                        let next = trie.len();
                        trie.push(ByteNode::default());
                        trie[node].edges.push((byte, next));
                        next
                    }
                };
            }
            trie[node].rows.push(row_index);
        }
        MessageIndex {
            open,
            nodes: compress(&trie),
        }
    }

    /// Calls `visit` with the index of every row whose message's first
    /// literal text `message` starts with, and of every row whose message
    /// starts with a placeholder; in no particular order.
    pub(crate) fn candidates(&self, message: &str, mut visit: impl FnMut(usize)) {
        self.open.iter().copied().for_each(&mut visit);
        let mut rest = message.as_bytes();
        let mut node = &self.nodes[0];
        loop {
            node.rows.iter().copied().for_each(&mut visit);
            let Some(&first) = rest.first() else {
                return;
            };
            let Some(&(_, child)) = node.children.iter().find(|(b, _)| *b == first) else {
                return;
            };
            node = &self.nodes[child];
            match rest.strip_prefix(&*node.label) {
                Some(after) => rest = after,
                None => return,
            }
        }
    }
}

/// The radix trie of a byte trie: every node with one child and no rows is
/// merged into that child. Built with an explicit stack: a literal text of
/// any length is a chain of any depth.
fn compress(trie: &[ByteNode]) -> Vec<Node> {
    let mut nodes = vec![Node {
        label: Box::new([]),
        rows: trie[0].rows.clone().into_boxed_slice(),
        children: Box::new([]),
    }];
    // (byte-trie node whose edges to add, radix node they hang from)
    let mut stack = vec![(0, 0)];
    while let Some((from, parent)) = stack.pop() {
        let mut children = Vec::with_capacity(trie[from].edges.len());
        for &(byte, mut next) in &trie[from].edges {
            let mut label = vec![byte];
            while trie[next].rows.is_empty() && trie[next].edges.len() == 1 {
                let (byte, after) = trie[next].edges[0];
                label.push(byte);
                next = after;
            }
            let index = nodes.len();
            nodes.push(Node {
                label: label.into_boxed_slice(),
                rows: trie[next].rows.clone().into_boxed_slice(),
                children: Box::new([]),
            });
            children.push((byte, index));
            stack.push((next, index));
        }
        nodes[parent].children = children.into_boxed_slice();
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index names exactly the rows that a scan of every row's first
    /// literal would, for every row's own message and for texts close to
    /// them.
    #[test]
    fn candidates_are_the_rows_a_scan_finds() {
        for family in crate::FAMILIES {
            let index = MessageIndex::new(family);
            let rows: Vec<_> = family.rows().collect();
            let mut texts: Vec<String> = rows.iter().map(|r| r.message.text.to_owned()).collect();
            texts.extend(rows.iter().map(|r| r.message.text.replace(' ', "")));
            texts.extend(["", "I", "Invalid", "x"].map(String::from));
            for text in &texts {
                let mut found = Vec::new();
                index.candidates(text, |i| found.push(i));
                found.sort_unstable();
                let scanned: Vec<usize> = rows
                    .iter()
                    .enumerate()
                    .filter(|(_, row)| match row.message.parts.first() {
                        Some(Part::Literal(first)) => text.starts_with(first.trim_end()),
                        _ => true,
                    })
                    .map(|(i, _)| i)
                    .collect();
                assert_eq!(found, scanned, "{text:?} in {}", family.name);
            }
        }
    }
}
