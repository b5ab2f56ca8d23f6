//! The alignment of two independently worded texts — a guideline
//! requirement and the provision that meets it — for marking the wording
//! they share: the common subsequence of their units that keeps the most
//! of them in *phrases*, so that a shared phrase is marked whole rather
//! than a scatter of の and を matched in its place.
//!
//! Myers finds a shortest edit script in O((N + M)·D), which is slow
//! exactly here (two texts sharing few words have D ≈ N + M: a short
//! requirement against a long article was a fifth of a build), and its
//! longest common subsequence can match stray particles one by one where
//! a phrase could have been matched whole (`fold_glue` then unmarks the
//! particles, and nothing is left marked). This is a dynamic programme
//! over the N × M unit pairs instead — at most [`MAX_CELLS`] of them,
//! beyond which Myers is used.
use std::cell::RefCell;

use super::DiffSegment;

/// The most unit pairs (requirement units × provision units) the
/// programme fills: a million, two tables of 4 MB. A requirement has tens
/// to a few hundred units and an article hundreds, so only a provision of
/// thousands of units (a long 別表) falls back to Myers. It also keeps the
/// shorter side under 1,000 units, so counts fit in 16 bits.
pub(super) const MAX_CELLS: usize = 1_000_000;

/// The best alignment from a cell on, compared lexicographically: first
/// units matched less runs started — a run of one unit (a stray の or
/// 、 that `fold_glue` would unmark anyway) gains nothing, a phrase of
/// k units gains k − 1 —, then units matched.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Score {
    phrase_gain: i16,
    matched: u16,
}

/// The equal stretches of `a` and `b` (key ids) in the common subsequence
/// of the best [`Score`], as segments tiling both; `None` over [`MAX_CELLS`].
pub(super) fn shared_phrases(a: &[u32], b: &[u32]) -> Option<Vec<DiffSegment>> {
    let (n, m) = (a.len(), b.len());
    if n.checked_mul(m)? > MAX_CELLS {
        return None;
    }
    TABLES.with(|tables| {
        let (after_gap, in_run) = &mut *tables.borrow_mut();
        Some(align(a, b, after_gap, in_run))
    })
}

thread_local! {
    /// The two tables of [`align`], kept by each thread from one comparison
    /// to the next: allocating and zeroing them for each of a build's
    /// comparisons cost more than filling them.
    static TABLES: RefCell<(Vec<Score>, Vec<Score>)> = RefCell::default();
}

/// [`shared_phrases`] in the tables given: `after_gap[i][j]` is the best
/// alignment of a[i..] and b[j..] when the unit before was not matched (a
/// match at (i, j) starts a run), `in_run[i][j]` when a[i-1] and b[j-1]
/// were matched (a match at (i, j) continues it).
fn align(a: &[u32], b: &[u32], after_gap: &mut Vec<Score>, in_run: &mut Vec<Score>) -> Vec<DiffSegment> {
    let (n, m) = (a.len(), b.len());
    let width = m + 1;
    for table in [&mut *after_gap, &mut *in_run] {
        if table.len() < (n + 1) * width {
            table.resize((n + 1) * width, Score::default());
        }
        // Only the last row and column (an empty rest of either text) are
        // read before they are written.
        table[n * width..(n + 1) * width].fill(Score::default());
        for i in 0..n {
            table[i * width + m] = Score::default();
        }
    }
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let skip = after_gap[(i + 1) * width + j].max(after_gap[i * width + j + 1]);
            let (mut gap, mut run) = (skip, skip);
            if a[i] == b[j] {
                let next = in_run[(i + 1) * width + j + 1];
                let matched = next.matched + 1;
                gap = gap.max(Score { phrase_gain: next.phrase_gain, matched });
                run = run.max(Score { phrase_gain: next.phrase_gain + 1, matched });
            }
            after_gap[i * width + j] = gap;
            in_run[i * width + j] = run;
        }
    }
    // Walk the best path from the start, preferring a match, then a skip
    // of `a`, on ties: the same input always gives the same marks.
    let mut segments = Vec::new();
    let (mut i, mut j, mut running) = (0, 0, false);
    let (mut change_a, mut change_b) = (0, 0);
    while i < n && j < m {
        let here = if running { in_run[i * width + j] } else { after_gap[i * width + j] };
        if a[i] == b[j] {
            let next = in_run[(i + 1) * width + j + 1];
            let via_match = Score { phrase_gain: next.phrase_gain + i16::from(running), matched: next.matched + 1 };
            if via_match == here {
                if change_a < i || change_b < j {
                    segments.push(DiffSegment::Change { a: change_a..i, b: change_b..j });
                }
                match segments.last_mut() {
                    Some(DiffSegment::Equal { a, b }) if running => {
                        a.end += 1;
                        b.end += 1;
                    }
                    _ => segments.push(DiffSegment::Equal { a: i..i + 1, b: j..j + 1 }),
                }
                (i, j, running) = (i + 1, j + 1, true);
                (change_a, change_b) = (i, j);
                continue;
            }
        }
        if after_gap[(i + 1) * width + j] == here {
            i += 1;
        } else {
            j += 1;
        }
        running = false;
    }
    if change_a < n || change_b < m {
        segments.push(DiffSegment::Change { a: change_a..n, b: change_b..m });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The units both sides share, in order, as (a, b) index pairs.
    fn matched(segments: &[DiffSegment]) -> Vec<(usize, usize)> {
        segments
            .iter()
            .flat_map(|s| match s {
                DiffSegment::Equal { a, b } => a.clone().zip(b.clone()).collect(),
                DiffSegment::Change { .. } => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn a_phrase_is_matched_whole_rather_than_split() {
        // を確保する against を確保（…を確保すること…）する: を確保 at the start and
        // する at the end are as many words, but not the phrase.
        let (wo, kakuho, suru, paren, etc) = (1, 2, 3, 4, 5);
        let a = [wo, kakuho, suru];
        let b = [wo, kakuho, paren, etc, wo, kakuho, suru, etc, paren, suru];
        assert_eq!(matched(&shared_phrases(&a, &b).unwrap()), vec![(0, 4), (1, 5), (2, 6)]);
    }

    #[test]
    fn a_phrase_wins_over_more_words_matched_one_by_one() {
        // P Q R … a b c d against a x b x c x d … P Q R: the longest common
        // subsequence is a b c d, four runs of one word; the phrase P Q R
        // is what a reader sees as shared.
        let (p, q, r, a_, b_, c_, d_, x) = (1, 2, 3, 4, 5, 6, 7, 8);
        let a = [p, q, r, a_, b_, c_, d_];
        let b = [a_, x, b_, x, c_, x, d_, p, q, r];
        assert_eq!(matched(&shared_phrases(&a, &b).unwrap()), vec![(0, 7), (1, 8), (2, 9)]);
    }

    #[test]
    fn segments_tile_both_sides() {
        let cases: [(&[u32], &[u32]); 5] = [
            (&[], &[1, 2]),
            (&[1, 2, 3], &[]),
            (&[1, 2, 3, 4, 1, 2], &[2, 3, 9, 1, 2, 4]),
            (&[5, 5, 5], &[5, 6, 5, 6, 5]),
            (&[1, 2, 3], &[4, 5, 6]),
        ];
        for (a, b) in cases {
            let segments = shared_phrases(a, b).unwrap();
            let (mut at_a, mut at_b) = (0, 0);
            for s in &segments {
                let (DiffSegment::Equal { a: ra, b: rb } | DiffSegment::Change { a: ra, b: rb }) = s;
                assert_eq!((ra.start, rb.start), (at_a, at_b), "{segments:?}");
                (at_a, at_b) = (ra.end, rb.end);
            }
            assert_eq!((at_a, at_b), (a.len(), b.len()), "{segments:?}");
            assert!(matched(&segments).iter().all(|&(i, j)| a[i] == b[j]));
        }
        // Words matched one by one are still matched when they cost no phrase.
        assert_eq!(matched(&shared_phrases(&[5, 5, 5], &[5, 6, 5, 6, 5]).unwrap()).len(), 3);
        assert_eq!(matched(&shared_phrases(&[1, 2, 3, 4, 1, 2], &[2, 3, 9, 1, 2, 4]).unwrap()).len(), 4);
    }

    #[test]
    fn too_many_cells_are_left_to_myers() {
        let long = vec![1; MAX_CELLS / 2 + 1];
        assert!(shared_phrases(&[1, 2], &long).is_none());
        assert!(shared_phrases(&[1], &long).is_some());
    }
}
