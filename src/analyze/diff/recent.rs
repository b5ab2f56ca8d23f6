//! A bounded per-thread memory of recent results (the units of a text, the
//! alignment of two texts): comparisons meet the same texts again and again.
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;

use crate::text::hash::FastHashState;

/// Recently used entries in two generations: when the young one is full it
/// becomes the old one, and an entry found in the old one moves back to the
/// young one, so entries used throughout (requirements) survive while
/// one-off entries age out. Entries belong to one run of the token cache
/// (`TokenCache::generation`): a new run (`reiki serve`, a benchmark's next
/// build) starts empty.
pub(super) struct Recent<K, V> {
    young: HashMap<K, V, FastHashState>,
    old: HashMap<K, V, FastHashState>,
    /// Entries per generation.
    capacity: usize,
    generation: u64,
}

impl<K: Hash + Eq, V: Clone> Recent<K, V> {
    /// An empty memory of at most `capacity` entries per generation.
    pub(super) fn new(capacity: usize) -> Recent<K, V> {
        Recent { young: HashMap::default(), old: HashMap::default(), capacity, generation: 0 }
    }

    /// The entry of `key` in run `generation`, if it is remembered.
    pub(super) fn get<Q>(&mut self, key: &Q, generation: u64) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if self.generation != generation {
            *self = Recent { generation, ..Recent::new(self.capacity) };
        }
        if let Some(value) = self.young.get(key) {
            return Some(value.clone());
        }
        let (key, value) = self.old.remove_entry(key)?;
        self.insert(key, value.clone());
        Some(value)
    }

    /// Remembers `value` for `key` (in the run last asked for by `get`).
    pub(super) fn insert(&mut self, key: K, value: V) {
        if self.young.len() >= self.capacity {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(key, value);
    }
}

#[cfg(test)]
mod tests {
    use super::Recent;

    #[test]
    fn entries_in_use_survive_and_one_offs_age_out() {
        let mut recent: Recent<u32, u32> = Recent::new(2);
        recent.insert(1, 10);
        recent.insert(2, 20);
        // The young generation is full: 1 and 2 become old.
        recent.insert(3, 30);
        // 1 is used again: it moves back to the young generation …
        assert_eq!(recent.get(&1, 0), Some(10));
        // … so when the young one turns over, 2 (unused) is forgotten.
        recent.insert(4, 40);
        assert_eq!(recent.get(&2, 0), None);
        assert_eq!(recent.get(&1, 0), Some(10));
        assert_eq!(recent.get(&3, 0), Some(30));
    }

    #[test]
    fn a_new_run_forgets_everything() {
        let mut recent: Recent<u32, u32> = Recent::new(4);
        assert_eq!(recent.get(&1, 7), None);
        recent.insert(1, 10);
        assert_eq!(recent.get(&1, 7), Some(10));
        assert_eq!(recent.get(&1, 8), None);
    }
}
