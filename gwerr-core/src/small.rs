//! A list that holds its first few items inline: the texts a template
//! captures from a message, read without allocating for any row of up to
//! [`INLINE`] fields (every gateway row).

/// How many items a [`Small`] holds before it moves them to the heap.
pub(crate) const INLINE: usize = 4;

/// A list of `Copy` items, inline up to [`INLINE`] of them, on the heap
/// beyond: as a `Vec`, never a limit.
#[derive(Debug, Clone)]
pub(crate) struct Small<T> {
    /// The items while there are at most [`INLINE`]; stale after.
    inline: [T; INLINE],
    /// The items once there are more than [`INLINE`]; empty before.
    spilled: Vec<T>,
    len: usize,
}

impl<T: Copy + Default> Small<T> {
    /// An empty list.
    pub(crate) fn new() -> Self {
        Small {
            inline: [T::default(); INLINE],
            spilled: Vec::new(),
            len: 0,
        }
    }

    /// A list of `len` copies of `item`.
    pub(crate) fn filled(len: usize, item: T) -> Self {
        let mut list = Small::new();
        if len <= INLINE {
            list.inline = [item; INLINE];
        } else {
            list.spilled = vec![item; len];
        }
        list.len = len;
        list
    }

    /// Adds `item` at the end.
    pub(crate) fn push(&mut self, item: T) {
        if self.len < INLINE {
            self.inline[self.len] = item;
        } else {
            if self.len == INLINE {
                self.spilled.reserve(INLINE * 2);
                self.spilled.extend_from_slice(&self.inline);
            }
            self.spilled.push(item);
        }
        self.len += 1;
    }

    /// The items, in order.
    pub(crate) fn as_slice(&self) -> &[T] {
        if self.len <= INLINE {
            &self.inline[..self.len]
        } else {
            &self.spilled
        }
    }

    /// The items as a `Vec`.
    pub(crate) fn into_vec(self) -> Vec<T> {
        if self.len <= INLINE {
            self.inline[..self.len].to_vec()
        } else {
            self.spilled
        }
    }
}

impl<T: Copy + Default> std::ops::Deref for Small<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Copy + Default> std::ops::DerefMut for Small<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        if self.len <= INLINE {
            &mut self.inline[..self.len]
        } else {
            &mut self.spilled
        }
    }
}

impl<T: Copy + Default> FromIterator<T> for Small<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut list = Small::new();
        for item in items {
            list.push(item);
        }
        list
    }
}

impl<T: Copy + Default + PartialEq> PartialEq for Small<T> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Copy + Default + Eq> Eq for Small<T> {}

#[cfg(test)]
mod tests {
    use super::{Small, INLINE};

    #[test]
    fn holds_every_item_in_order_across_the_move_to_the_heap() {
        for len in 0..=INLINE * 3 {
            let list: Small<usize> = (0..len).collect();
            assert_eq!(list.as_slice(), (0..len).collect::<Vec<_>>().as_slice());
            assert_eq!(list.clone().into_vec(), (0..len).collect::<Vec<_>>());
        }
    }

    #[test]
    fn filled_lists_change_in_place_at_any_length() {
        for len in [0, 1, INLINE, INLINE + 1, 40] {
            let mut list = Small::filled(len, None::<&str>);
            assert_eq!(list.len(), len);
            assert!(list.iter().all(Option::is_none));
            if let Some(last) = list.last_mut() {
                *last = Some("x");
            }
            assert_eq!(list.iter().flatten().count(), usize::from(len > 0));
            if len > 0 {
                assert_eq!(list[len - 1], Some("x"));
            }
        }
    }
}
