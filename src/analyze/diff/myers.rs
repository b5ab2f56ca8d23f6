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
//! backward search over reversed copies, no deadline.
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
        // Diagonal k is read from below (k − 1) and above (k + 1, the step
        // before's below: `above`), from k = d down to −d, so the cells of
        // k − 1 and k, adjacent, are taken as one pair of the row: the
        // pairs do not overlap and need no bounds checks. At d = 0,
        // `above` is diagonal 1, set to 0 above; at k = −d, `below` is read
        // (in range, left from before) but not used.
        let rows = ((o - d - 1) as usize, (o + d) as usize + 1);
        // Forward paths.
        let (mut k, mut above) = (d, 0);
        for pair in vf[rows.0..rows.1].as_chunks_mut::<2>().0.iter_mut().rev() {
            let below = pair[0];
            let mut x = if k == -d || (k != d && below < above) { above } else { below + 1 };
            let (x0, y0) = (x, (x as isize - k) as usize);
            // Follow the snake (`y` wraps around below 0: `y < m` stops it;
            // the parts' lengths, n and m, bound the indexing without checks).
            let mut y = y0;
            while x < old_part.len() && y < new_part.len() && old_part[x] == new_part[y] {
                x += 1;
                y += 1;
            }
            pair[1] = x;
            if ODD && (k - delta).abs() < d && x + vb[(o + delta - k) as usize] >= n {
                return Some((x0 + old_range.start, y0 + new_range.start));
            }
            above = below;
            k -= 2;
        }
        // Backward paths, from the far corner.
        let (mut k, mut above) = (d, 0);
        for pair in vb[rows.0..rows.1].as_chunks_mut::<2>().0.iter_mut().rev() {
            let below = pair[0];
            let mut x = if k == -d || (k != d && below < above) { above } else { below + 1 };
            let mut y = (x as isize - k) as usize;
            while x < old_end.len() && y < new_end.len() && old_end[x] == new_end[y] {
                x += 1;
                y += 1;
            }
            pair[1] = x;
            if !ODD && (k - delta).abs() <= d && x + vf[(o + delta - k) as usize] >= n {
                return Some((n - x + old_range.start, m - y + new_range.start));
            }
            above = below;
            k -= 2;
        }
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
