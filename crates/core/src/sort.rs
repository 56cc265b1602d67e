//! One sort for the whole core. Each call sorts the positions of the items with one
//! comparator type, then moves the items into place, so the WebAssembly build carries one
//! copy of the standard library's sort rather than one per element type and comparator
//! (2 to 4 kB each: ten of them were 21 kB of the study page's first load).
//!
//! Stable, like `slice::sort_by`: equal items keep their order.
//!
//! ```
//! let mut words = vec!["pear", "fig", "apple", "kiwi"];
//! vigie_core::sort::sort_by_key(&mut words, |w| w.len());
//! assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
//! ```

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` in their own order, stably.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts `items` by a key, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the order `compare` gives them: the only instance of the
/// standard sort. (Not inlined, so that it stays one.)
#[inline(never)]
fn sorted_positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves each item to its place: `items[k]` becomes the item that was at `order[k]`.
/// Follows each cycle of the permutation with swaps, marking the places done in `order`.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut place = start;
        // Invariant: `place` holds the item that was at `start`.
        loop {
            let from = order[place];
            order[place] = place;
            if from == start || from == place {
                break;
            }
            items.swap(place, from);
            place = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_order_as_the_standard_stable_sort() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for len in [0usize, 1, 2, 3, 5, 17, 64, 257, 2000] {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            // By the first field only: equal keys must keep the order of the second.
            let mut ours = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = items.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "{len} items");
            let mut ours = items.clone();
            sort(&mut ours);
            let mut std = items;
            std.sort();
            assert_eq!(ours, std);
        }
    }
}
