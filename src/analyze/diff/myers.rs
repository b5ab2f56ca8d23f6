//! Myers' diff of two key sequences, step for step as the `similar` crate
//! runs it (`similar::algorithms::myers`, divide and conquer on the middle
//! snake), so that it reports the very same edits to the same hook.
//!
//! `similar`'s version is generic over any indexable sequence: each step
//! of its inner loops goes through `Index` impls, range iterators and
//! bounds checks, and its diffs were a sixth of a build's instructions
//! (about 400,000 each at N = 60). Here the sequences are slices of
//! interned ids, the loops plain, and each diagonal reads one neighbour
//! (the other is the one the step before read): half the instructions.
//! The arithmetic, the order of the diagonals and every tie are
//! `similar`'s; the tests check the edits against it.
//!
//! Licence: this file is a port of `src/algorithms/myers.rs` of similar
//! 2.7.0 (Copyright Armin Ronacher, Pierre-Étienne Meunier, Brandon
//! Williams), licensed under the Apache License 2.0
//! (<http://www.apache.org/licenses/LICENSE-2.0>), and stays under it;
//! changed from the original: specialised to `&[u32]`, plain loops, the
//! backward search over reversed copies, the two end diagonals of each
//! step out of its loop, no deadline.
use std::ops::Range;

use similar::algorithms::DiffHook;

/// Reports the edits turning `old` into `new` to `d`, as
/// `similar::algorithms::myers::diff` would, then finishes it.
pub(super) fn diff<D: DiffHook>(d: &mut D, old: &[u32], new: &[u32]) -> Result<(), D::Error> {
    let max_d = max_d(old.len(), new.len());
    let mut search = Search {
        old,
        new,
        old_back: old.iter().rev().copied().collect(),
        new_back: new.iter().rev().copied().collect(),
        vf: V::new(max_d),
        vb: V::new(max_d),
    };
    conquer(d, &mut search, 0..old.len(), 0..new.len())?;
    d.finish()
}

/// The two sequences, reversed too (the backward search reads them from
/// the end, as the forward one reads them from the start), and the
/// furthest reaching paths of both searches.
struct Search<'a> {
    old: &'a [u32],
    new: &'a [u32],
    old_back: Vec<u32>,
    new_back: Vec<u32>,
    vf: V,
    vb: V,
}

fn max_d(len1: usize, len2: usize) -> usize {
    (len1 + len2).div_ceil(2) + 1
}

/// The furthest reaching x of each diagonal k (which may be negative) at
/// `v[offset + k]`, shared by every call of [`find_middle_snake`] of a diff.
struct V {
    offset: isize,
    v: Vec<usize>,
}

impl V {
    fn new(max_d: usize) -> V {
        V { offset: max_d as isize, v: vec![0; 2 * max_d] }
    }
}

/// `similar`'s test for an empty range (a reversed one is empty too).
fn is_empty(r: &Range<usize>) -> bool {
    r.start >= r.end
}

/// How many keys `old[old_range]` and `new[new_range]` share at their start.
fn common_prefix_len(old: &[u32], old_range: Range<usize>, new: &[u32], new_range: Range<usize>) -> usize {
    if is_empty(&old_range) || is_empty(&new_range) {
        return 0;
    }
    old[old_range].iter().zip(&new[new_range]).take_while(|(x, y)| x == y).count()
}

/// How many keys `old[old_range]` and `new[new_range]` share at their end.
fn common_suffix_len(old: &[u32], old_range: Range<usize>, new: &[u32], new_range: Range<usize>) -> usize {
    if is_empty(&old_range) || is_empty(&new_range) {
        return 0;
    }
    old[old_range].iter().rev().zip(new[new_range].iter().rev()).take_while(|(x, y)| x == y).count()
}

/// The start of the middle snake of an optimal path through
/// `old[old_range]` × `new[new_range]`, searched from both corners.
fn find_middle_snake(search: &mut Search, old_range: Range<usize>, new_range: Range<usize>) -> Option<(usize, usize)> {
    // By Lemma 1 of the paper, the optimal edit script's length is odd or
    // even as `delta` is: the search of each parity is a copy of its own,
    // so that the diagonals' loops do not test it.
    if (old_range.len() as isize - new_range.len() as isize) & 1 == 1 {
        middle_snake::<true>(search, old_range, new_range)
    } else {
        middle_snake::<false>(search, old_range, new_range)
    }
}

/// [`find_middle_snake`] where `ODD` tells whether the two parts' lengths
/// differ by an odd number.
fn middle_snake<const ODD: bool>(
    search: &mut Search,
    old_range: Range<usize>,
    new_range: Range<usize>,
) -> Option<(usize, usize)> {
    let Search { old, new, old_back, new_back, vf, vb } = search;
    let (n, m) = (old_range.len(), new_range.len());
    let (old_part, new_part) = (&old[old_range.clone()], &new[new_range.clone()]);
    // The same parts from their ends: old_end[x] is old_part[n − 1 − x].
    let old_end = &old_back[old.len() - old_range.end..old.len() - old_range.start];
    let new_end = &new_back[new.len() - new_range.end..new.len() - new_range.start];
    let delta = n as isize - m as isize;
    let (vf, vb, o) = (&mut vf.v[..], &mut vb.v[..], vf.offset);
    // The paths start at diagonal 1: (0, −1) forward, (N, M + 1) backward.
    vf[(o + 1) as usize] = 0;
    vb[(o + 1) as usize] = 0;
    let d_max = max_d(n, m);
    for d in 0..d_max as isize {
        // The cells of diagonals −d − 1 to d, read and written at step d.
        let rows = ((o - d - 1) as usize, (o + d) as usize + 1);
        // Forward paths: with an odd delta, those of diagonals less than d
        // from delta may reach the backward ones.
        let window = if ODD { (delta - d + 1, delta + d - 1) } else { NO_DIAGONALS };
        let meets = |k: isize, x: usize| x + vb[(o + delta - k) as usize] >= n;
        if let Some((k, x0, _)) = extend_paths(&mut vf[rows.0..rows.1], d, old_part, new_part, window, meets) {
            return Some((x0 + old_range.start, (x0 as isize - k) as usize + new_range.start));
        }
        // Backward paths, from the far corner: with an even delta, those of
        // diagonals at most d from delta.
        let window = if ODD { NO_DIAGONALS } else { (delta - d, delta + d) };
        let meets = |k: isize, x: usize| x + vf[(o + delta - k) as usize] >= n;
        if let Some((k, _, x)) = extend_paths(&mut vb[rows.0..rows.1], d, old_end, new_end, window, meets) {
            return Some((n - x + old_range.start, m - (x as isize - k) as usize + new_range.start));
        }
    }
    None
}

/// An empty window of diagonals for [`extend_paths`].
const NO_DIAGONALS: (isize, isize) = (1, 0);

/// Step `d` of one search: the furthest reaching path of each diagonal k =
/// d, d − 2, …, −d, from those of step d − 1 (of diagonal k − 1, `below`,
/// and k + 1, `above`), followed along its snake through `old` × `new`
/// (the parts as the search reads them) and stored. `row` holds the
/// search's cells of diagonals −d − 1 to d, as pairs (k − 1, k) that do not
/// overlap and need no bounds checks. Returns, for the first diagonal k in
/// `window` (inclusive) whose path `meets` the other search's, k and where
/// its snake starts and ends on `old`.
///
/// The diagonals at the two ends, which read one neighbour only, are taken
/// out of the loop, so that the diagonals between are a maximum, a snake
/// and the window's test, which is none at all in the search that cannot
/// meet the other (`window` is then [`NO_DIAGONALS`], a constant).
#[inline(always)]
fn extend_paths(
    row: &mut [usize],
    d: isize,
    old: &[u32],
    new: &[u32],
    window: (isize, isize),
    meets: impl Fn(isize, usize) -> bool,
) -> Option<(isize, usize, usize)> {
    // Where the snake from x on diagonal k ends on `old` (`y` wraps around
    // below 0: `y < new.len()` stops it; the lengths bound the indexing).
    let snake = |mut x: usize, k: isize| {
        let mut y = (x as isize - k) as usize;
        while x < old.len() && y < new.len() && old[x] == new[y] {
            x += 1;
            y += 1;
        }
        x
    };
    let tested = |k: isize| window.0 <= k && k <= window.1;
    // Pair i holds diagonals k − 1 and k for k = 2i − d.
    let (rest, top) = row.as_chunks_mut::<2>().0.split_at_mut(d as usize);
    // Diagonal d from below, but at d = 0, from the start (x = 0).
    let mut above = top[0][0];
    let x0 = if d == 0 { 0 } else { above + 1 };
    let x = snake(x0, d);
    top[0][1] = x;
    if tested(d) && meets(d, x) {
        return Some((d, x0, x));
    }
    let (bottom, middle) = rest.split_first_mut()?;
    // Diagonals d − 2 to −d + 2 (middle[t] is k = 2t + 2 − d).
    let mut k = d - 2;
    for pair in middle.iter_mut().rev() {
        let below = pair[0];
        let x0 = above.max(below + 1);
        let x = snake(x0, k);
        pair[1] = x;
        if tested(k) && meets(k, x) {
            return Some((k, x0, x));
        }
        above = below;
        k -= 2;
    }
    // Diagonal −d from above.
    let x = snake(above, -d);
    bottom[1] = x;
    if tested(-d) && meets(-d, x) {
        return Some((-d, above, x));
    }
    None
}

fn conquer<D: DiffHook>(
    d: &mut D,
    search: &mut Search,
    mut old_range: Range<usize>,
    mut new_range: Range<usize>,
) -> Result<(), D::Error> {
    let (old, new) = (search.old, search.new);
    let prefix = common_prefix_len(old, old_range.clone(), new, new_range.clone());
    if prefix > 0 {
        d.equal(old_range.start, new_range.start, prefix)?;
    }
    old_range.start += prefix;
    new_range.start += prefix;
    let suffix = common_suffix_len(old, old_range.clone(), new, new_range.clone());
    let suffix_at = (old_range.end - suffix, new_range.end - suffix);
    old_range.end -= suffix;
    new_range.end -= suffix;
    if is_empty(&old_range) && is_empty(&new_range) {
        // Nothing between the common prefix and suffix.
    } else if is_empty(&new_range) {
        d.delete(old_range.start, old_range.len(), new_range.start)?;
    } else if is_empty(&old_range) {
        d.insert(old_range.start, new_range.start, new_range.len())?;
    } else if let Some((x, y)) = find_middle_snake(search, old_range.clone(), new_range.clone()) {
        conquer(d, search, old_range.start..x, new_range.start..y)?;
        conquer(d, search, x..old_range.end, y..new_range.end)?;
    } else {
        d.delete(old_range.start, old_range.end - old_range.start, new_range.start)?;
        d.insert(old_range.start, new_range.start, new_range.end - new_range.start)?;
    }
    if suffix > 0 {
        d.equal(suffix_at.0, suffix_at.1, suffix)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use similar::algorithms::{Capture, Compact, Replace};
    use similar::{capture_diff_slices, Algorithm, DiffOp};

    fn ours(old: &[u32], new: &[u32]) -> Vec<DiffOp> {
        let mut hook = Compact::new(Replace::new(Capture::new()), old, new);
        super::diff(&mut hook, old, new).expect("capturing cannot fail");
        hook.into_inner().into_inner().into_ops()
    }

    #[test]
    fn the_same_edits_as_similar_on_random_sequences() {
        // Few distinct keys (many equal runs, many ties) to many, lengths
        // from empty to a long sentence, one side often much longer.
        let mut next = crate::analyze::numbers_below(0x2545_f491_4f6c_dd1d);
        for round in 0..20_000 {
            let words = 2 + next(if round % 2 == 0 { 4 } else { 40 });
            let (n, m) = (next(if round % 3 == 0 { 120 } else { 30 }), next(90));
            let old: Vec<u32> = (0..n).map(|_| next(words) as u32).collect();
            let new: Vec<u32> = (0..m).map(|_| next(words) as u32).collect();
            let expected = capture_diff_slices(Algorithm::Myers, &old, &new);
            assert_eq!(ours(&old, &new), expected, "{old:?} / {new:?}");
        }
    }

    #[test]
    fn the_same_edits_as_similar_on_edited_copies() {
        // A text against itself with a few words replaced, dropped or
        // added: the diffs of versions and of model rules.
        let mut next = crate::analyze::numbers_below(0x9e37_79b9_7f4a_7c15);
        for _ in 0..5_000 {
            let old: Vec<u32> = (0..next(150)).map(|_| next(30) as u32).collect();
            let mut new = old.clone();
            for _ in 0..next(8) {
                let at = next(new.len() as u64 + 1) as usize;
                match next(3) {
                    0 if at < new.len() => {
                        new.remove(at);
                    }
                    1 if at < new.len() => new[at] = next(30) as u32,
                    _ => new.insert(at, next(30) as u32),
                }
            }
            assert_eq!(ours(&old, &new), capture_diff_slices(Algorithm::Myers, &old, &new), "{old:?} / {new:?}");
        }
    }
}
