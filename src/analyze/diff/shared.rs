//! The alignment of two independently worded texts — a guideline
//! requirement and the provision that meets it — for marking the wording
//! they share: the in-order alignment of their words that keeps the most
//! of them in whole 文節 of the provision, so that a shared phrase is
//! shaded whole rather than a scatter of の and を matched in its place.
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
use std::ops::Range;

use super::DiffSegment;

/// The most unit pairs (requirement units × provision units) the
/// programme fills: a million, a table of 12 MB (three scores a pair). A requirement has tens
/// to a few hundred units and an article hundreds, so only a provision of
/// thousands of units (a long 別表) falls back to Myers. It also keeps the
/// shorter side under 1,000 units, so counts fit in 16 bits.
pub(super) const MAX_CELLS: usize = 1_000_000;

/// The best alignment from a cell on, compared lexicographically: first
/// its *gain*, then the units matched. A run of matched words gains one
/// less than its content words (nouns, verbs, adjectives, adverbs), so a
/// phrase of several gains, a lone word nothing, and particles alone (の,
/// を, 、, which `fold_glue` unmarks anyway) lose. Words matched inside a
/// 文節 of the provision (`b`) gain nothing until the run reaches the start
/// of one: the page shades whole 文節 only (`Granularity::Phrase`), so
/// 保護管理者 matched inside 総括個人情報保護管理者 would show nothing.
///
/// Both are held in one integer, the gain (offset by [`Score::GAIN_ZERO`])
/// above the count, so that comparing two scores is comparing integers:
/// the programme compares tens of millions of them a build. Each fits in
/// its 16 bits: a gain is at most the units matched in absolute value, and
/// those at most the shorter side's length, under 1,000 ([`MAX_CELLS`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Score(u32);

impl Score {
    /// The stored value of a gain of 0.
    const GAIN_ZERO: u32 = 1 << 15;
    /// Nothing matched, nothing gained.
    const NONE: Score = Score(Score::GAIN_ZERO << 16);

    /// This score with one more unit matched, gaining `gain`.
    fn with_match(self, gain: i16) -> Score {
        Score(self.0.wrapping_add_signed(i32::from(gain) << 16) + 1)
    }
}

/// Where an alignment stands before a pair of units.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// The units before were not matched.
    Gap = 0,
    /// In a run that began at a 文節 of the provision, or reached one.
    Phrase = 1,
    /// In a run that began inside a 文節 of the provision.
    Fragment = 2,
}

/// The tables of [`align`], by cell `i * (m + 1) + j` (the rest of the
/// requirement from a[i], of the provision from b[j]): `gap`, the best
/// alignment from no run ([`State::Gap`]); `runs`, two a cell, from within
/// a run ([`State::Phrase`], [`State::Fragment`]), written only where a[i]
/// and b[j] are equal. Elsewhere no run goes on through the cell, whatever
/// the state, and `gap` holds the best from it: most cells are written and
/// read as one score rather than three.
#[derive(Default)]
struct Tables {
    gap: Vec<Score>,
    runs: Vec<Score>,
}

impl Tables {
    /// The best alignment of a[i..] and b[j..] from `state`.
    fn score(&self, a: &Requirement, b: &Provision, i: usize, j: usize, state: State) -> Score {
        score_of(self.gap[i * (b.keys.len() + 1) + j], &self.runs, a, b, i, j, state)
    }
}

/// [`Tables::score`] given `gap`, the cell's best from no run.
fn score_of(gap: Score, runs: &[Score], a: &Requirement, b: &Provision, i: usize, j: usize, state: State) -> Score {
    let in_run = state != State::Gap && i < a.keys.len() && j < b.keys.len() && a.keys[i] == b.keys[j];
    if in_run {
        runs[2 * (i * (b.keys.len() + 1) + j) + state as usize - 1]
    } else {
        gap
    }
}

/// The requirement's words as the alignment reads them.
pub(super) struct Requirement<'a> {
    /// Interned keys.
    pub keys: &'a [u32],
    /// Whether each word is a content word (equal keys are the same word,
    /// so the provision's are not needed).
    pub content: &'a [bool],
}

/// The provision's words as the alignment reads them.
pub(super) struct Provision<'a> {
    /// Interned keys.
    pub keys: &'a [u32],
    /// Whether each word starts a 文節.
    pub phrase_starts: &'a [bool],
}

/// The equal stretches of `a` and `b` in the common subsequence of the
/// best [`Score`], as segments tiling both; `None` over [`MAX_CELLS`].
/// `a_sorted` and `b_sorted` are the two sides' keys sorted, which their
/// units hold already.
pub(super) fn shared_phrases(
    a: &Requirement,
    b: &Provision,
    a_sorted: &[u32],
    b_sorted: &[u32],
) -> Option<Vec<DiffSegment>> {
    if a.keys.len().checked_mul(b.keys.len())? > MAX_CELLS {
        return None;
    }
    let folded_a = Folded::new(a.keys, a.content, b_sorted, FOLDED_IN_A);
    let folded_b = Folded::new(b.keys, b.phrase_starts, a_sorted, FOLDED_IN_B);
    let requirement = Requirement { keys: &folded_a.keys, content: &folded_a.flags };
    let provision = Provision { keys: &folded_b.keys, phrase_starts: &folded_b.flags };
    TABLES.with(|table| {
        let mut table = table.borrow_mut();
        let segments = align(&requirement, &provision, &mut table);
        // A long provision's table is not kept: every thread of a many-core
        // machine would hold one to the end of the build.
        if table.gap.len() > KEPT_CELLS {
            *table = Tables::default();
        }
        Some(segments.into_iter().map(|s| folded_a.unfold(&folded_b, s)).collect())
    })
}

/// Keys standing for a run of words the other side lacks, one per side so
/// that they never match each other (interned ids count up from 0).
const FOLDED_IN_A: u32 = u32::MAX;
const FOLDED_IN_B: u32 = u32::MAX - 1;

/// One side as the programme reads it: each run of words whose key the
/// other side lacks folded into one word. Such words are never matched,
/// so a run of them only ever breaks a run of matches, as one word does:
/// the best alignment, and the path the walk takes, are the same, over a
/// table often a quarter the size (a requirement and a provision share
/// about half their words).
struct Folded {
    keys: Vec<u32>,
    /// The side's flag (content word, 文節 start) of each kept word.
    flags: Vec<bool>,
    /// Where each folded word starts in the side, and the side's length.
    starts: Vec<usize>,
}

impl Folded {
    /// `other` is the other side's keys, sorted.
    fn new(keys: &[u32], flags: &[bool], other: &[u32], fold_key: u32) -> Folded {
        // At most one entry per key (and the end in `starts`): no regrowing.
        let n = keys.len();
        let mut folded =
            Folded { keys: Vec::with_capacity(n), flags: Vec::with_capacity(n), starts: Vec::with_capacity(n + 1) };
        for (i, (&key, &flag)) in keys.iter().zip(flags).enumerate() {
            let (key, flag) = if other.binary_search(&key).is_ok() { (key, flag) } else { (fold_key, false) };
            if key == fold_key && folded.keys.last() == Some(&fold_key) {
                continue;
            }
            folded.keys.push(key);
            folded.flags.push(flag);
            folded.starts.push(i);
        }
        folded.starts.push(keys.len());
        folded
    }

    /// `segment` of the folded sides (`self` as `a`) as a segment of the sides.
    fn unfold(&self, b: &Folded, segment: DiffSegment) -> DiffSegment {
        let (a_at, b_at) = (
            |r: Range<usize>| self.starts[r.start]..self.starts[r.end],
            |r: Range<usize>| b.starts[r.start]..b.starts[r.end],
        );
        match segment {
            DiffSegment::Equal { a, b } => DiffSegment::Equal { a: a_at(a), b: b_at(b) },
            DiffSegment::Change { a, b } => DiffSegment::Change { a: a_at(a), b: b_at(b) },
        }
    }
}

/// The most word pairs whose table a thread keeps for the next comparison:
/// 65,536, 768 KB, more than a requirement against an article of several
/// hundred words (the median pair is about 50 × 110).
const KEPT_CELLS: usize = 65_536;

thread_local! {
    /// The tables of [`align`], kept by each thread from one comparison to
    /// the next: allocating and zeroing it for each of a build's
    /// comparisons cost more than filling it.
    static TABLES: RefCell<Tables> = RefCell::default();
}

/// The gain of matching a[i] with b[j] from `state`, and the state after.
/// Only the provision's 文節 count: the requirement is shown apart, its
/// own wording marked, and a phrase of it (一人置き) may well be shared in
/// part (置き、).
fn step(a: &Requirement, b: &Provision, state: State, i: usize, j: usize) -> (i16, State) {
    let in_step = b.phrase_starts[j];
    let content = i16::from(a.content[i]);
    match (state, in_step) {
        (State::Gap, true) => (content - 1, State::Phrase),
        (State::Gap, false) => (-1, State::Fragment),
        (State::Phrase, _) | (State::Fragment, true) => (content, State::Phrase),
        (State::Fragment, false) => (0, State::Fragment),
    }
}

/// The score of matching a[i] with b[j] from `state`, `after` giving the
/// best from the next pair in each state; and the state after.
fn matched(
    a: &Requirement,
    b: &Provision,
    state: State,
    i: usize,
    j: usize,
    after: impl Fn(State) -> Score,
) -> (Score, State) {
    let (gain, next_state) = step(a, b, state, i, j);
    (after(next_state).with_match(gain), next_state)
}

/// [`shared_phrases`] in `table`, which holds the best alignment of a[i..]
/// and b[j..] from each state ([`Tables::score`]).
fn align(a: &Requirement, b: &Provision, table: &mut Tables) -> Vec<DiffSegment> {
    let (n, m) = (a.keys.len(), b.keys.len());
    let cells = (n + 1) * (m + 1);
    if table.gap.len() < cells {
        table.gap.resize(cells, Score::NONE);
        table.runs.resize(2 * cells, Score::NONE);
    }
    // Only the last row and column (an empty rest of either text) are read
    // before they are written.
    table.gap[n * (m + 1)..cells].fill(Score::NONE);
    for i in 0..n {
        table.gap[i * (m + 1) + m] = Score::NONE;
    }
    for i in (0..n).rev() {
        let key = a.keys[i];
        // Rows i and i + 1 of `gap`, as slices of their own: a pair reads
        // only the cells right of it and below it, and no index needs a
        // bounds check (the programme reads tens of millions a build).
        let (row, below) = table.gap[i * (m + 1)..(i + 2) * (m + 1)].split_at_mut(m + 1);
        // The cell right of the pair, carried from the pair before.
        let mut right = row[m];
        for j in (0..m).rev() {
            // The better of skipping a[i] and skipping b[j], from no run.
            let skip = below[j].max(right);
            if key != b.keys[j] {
                // Most pairs: no run can go on through them, in any state.
                row[j] = skip;
                right = skip;
                continue;
            }
            let runs = &table.runs;
            let from = |state| matched(a, b, state, i, j, |s| score_of(below[j + 1], runs, a, b, i + 1, j + 1, s)).0;
            let (gap, phrase, fragment) = (from(State::Gap), from(State::Phrase), from(State::Fragment));
            row[j] = skip.max(gap);
            right = row[j];
            let here = i * (m + 1) + j;
            table.runs[2 * here + State::Phrase as usize - 1] = skip.max(phrase);
            table.runs[2 * here + State::Fragment as usize - 1] = skip.max(fragment);
        }
    }
    // Walk the best path from the start, preferring a match, then a skip
    // of `a`, on ties: the same input always gives the same marks.
    let mut segments = Vec::new();
    let (mut i, mut j, mut state) = (0, 0, State::Gap);
    let (mut change_a, mut change_b) = (0, 0);
    while i < n && j < m {
        let here = table.score(a, b, i, j, state);
        if a.keys[i] == b.keys[j] {
            let (via_match, next_state) = matched(a, b, state, i, j, |s| table.score(a, b, i + 1, j + 1, s));
            if via_match == here {
                if change_a < i || change_b < j {
                    segments.push(DiffSegment::Change { a: change_a..i, b: change_b..j });
                }
                match segments.last_mut() {
                    Some(DiffSegment::Equal { a, b }) if state != State::Gap => {
                        a.end += 1;
                        b.end += 1;
                    }
                    _ => segments.push(DiffSegment::Equal { a: i..i + 1, b: j..j + 1 }),
                }
                (i, j, state) = (i + 1, j + 1, next_state);
                (change_a, change_b) = (i, j);
                continue;
            }
        }
        if table.score(a, b, i + 1, j, State::Gap) == here {
            i += 1;
        } else {
            j += 1;
        }
        state = State::Gap;
    }
    if change_a < n || change_b < m {
        segments.push(DiffSegment::Change { a: change_a..n, b: change_b..m });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::shared_phrases`] with the sides' keys sorted here.
    fn shared_phrases(a: &Requirement, b: &Provision) -> Option<Vec<DiffSegment>> {
        let sorted = |keys: &[u32]| {
            let mut keys = keys.to_vec();
            keys.sort_unstable();
            keys
        };
        super::shared_phrases(a, b, &sorted(a.keys), &sorted(b.keys))
    }

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

    /// The requirement's keys and content words against the provision's keys and 文節 starts.
    fn align_words(a: (&[u32], &[bool]), b: (&[u32], &[bool])) -> Vec<(usize, usize)> {
        let a = Requirement { keys: a.0, content: a.1 };
        let b = Provision { keys: b.0, phrase_starts: b.1 };
        matched(&shared_phrases(&a, &b).unwrap())
    }

    /// Every word a content word and its own 文節.
    fn plain(keys: &[u32], other: &[u32]) -> Vec<(usize, usize)> {
        align_words((keys, &vec![true; keys.len()]), (other, &vec![true; other.len()]))
    }

    #[test]
    fn a_phrase_is_matched_whole_rather_than_split() {
        // を確保する against を確保（…を確保すること…）する: を確保 at the start and
        // する at the end are as many words, but not the phrase.
        let (wo, kakuho, suru, paren, etc) = (1, 2, 3, 4, 5);
        let a = [wo, kakuho, suru];
        let b = [wo, kakuho, paren, etc, wo, kakuho, suru, etc, paren, suru];
        let pairs = align_words((&a, &[false, true, true]), (&b, &[true; 10]));
        assert_eq!(pairs, vec![(0, 4), (1, 5), (2, 6)]);
    }

    #[test]
    fn a_phrase_wins_over_more_words_matched_one_by_one() {
        // P Q R … a b c d against a x b x c x d … P Q R: the longest common
        // subsequence is a b c d, four runs of one word; the phrase P Q R
        // is what a reader sees as shared.
        let (p, q, r, a_, b_, c_, d_, x) = (1, 2, 3, 4, 5, 6, 7, 8);
        assert_eq!(
            plain(&[p, q, r, a_, b_, c_, d_], &[a_, x, b_, x, c_, x, d_, p, q, r]),
            vec![(0, 7), (1, 8), (2, 9)]
        );
    }

    #[test]
    fn particles_alone_are_not_matched() {
        // の X against の Y X: the lone の would be unmarked as glue, and
        // could take the place of a phrase elsewhere.
        let (no, x, y) = (1, 2, 3);
        assert_eq!(align_words((&[no, x], &[false, true]), (&[no, y, x], &[true; 3])), vec![(1, 2)]);
    }

    #[test]
    fn words_inside_a_longer_phrase_of_the_provision_gain_nothing() {
        // 保護管理者を置き、 against 置き、…総括個人情報保護管理者: 保護管理者 is
        // only the tail of the provision's compound noun, which the page
        // would not shade; 置き、 is a 文節 of it.
        let (hogo, kanri, sha, oki, comma, soukatsu, kojin) = (1, 2, 3, 4, 5, 6, 7);
        let a = [hogo, kanri, sha, oki, comma];
        let a_content = [true, true, true, true, false];
        let b = [oki, comma, soukatsu, kojin, hogo, kanri, sha];
        let b_starts = [true, false, true, false, false, false, false];
        assert_eq!(align_words((&a, &a_content), (&b, &b_starts)), vec![(3, 0), (4, 1)]);
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
            let (yes_a, yes_b) = (vec![true; a.len()], vec![true; b.len()]);
            let requirement = Requirement { keys: a, content: &yes_a };
            let segments = shared_phrases(&requirement, &Provision { keys: b, phrase_starts: &yes_b }).unwrap();
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
        assert_eq!(plain(&[5, 5, 5], &[5, 6, 5, 6, 5]).len(), 3);
        assert_eq!(plain(&[1, 2, 3, 4, 1, 2], &[2, 3, 9, 1, 2, 4]).len(), 4);
    }

    #[test]
    fn folding_words_the_other_side_lacks_changes_no_alignment() {
        // Random texts over a few words, many of them on one side only,
        // aligned folded (as a build does) and in full.
        let mut next = crate::analyze::numbers_below(0x9e37_79b9_7f4a_7c15);
        for _ in 0..2_000 {
            let mut side = |words: u64| {
                let len = next(14) as usize;
                let keys: Vec<u32> = (0..len).map(|_| next(words) as u32).collect();
                let flags: Vec<bool> = (0..len).map(|_| next(3) > 0).collect();
                (keys, flags)
            };
            // Words 0–3 are common; 4–9 are mostly on one side only.
            let ((ka, fa), (kb, fb)) = (side(7), side(10));
            let kb: Vec<u32> = kb.iter().map(|&k| if k >= 7 { k + 3 } else { k }).collect();
            let (a, b) = (Requirement { keys: &ka, content: &fa }, Provision { keys: &kb, phrase_starts: &fb });
            let folded = shared_phrases(&a, &b).unwrap();
            let full = align(&a, &b, &mut Tables::default());
            assert_eq!(format!("{folded:?}"), format!("{full:?}"), "{ka:?} {fa:?} / {kb:?} {fb:?}");
        }
    }

    #[test]
    fn scores_compare_as_their_gain_then_the_units_matched() {
        // Scores over the whole range a programme can reach (gains and
        // counts up to 1,000), built a match at a time as `align` does.
        let score = |gain: i16, matched: u16| {
            let signed = (0..gain.unsigned_abs()).fold(Score::NONE, |s, _| s.with_match(gain.signum()));
            (gain.unsigned_abs()..matched).fold(signed, |s, _| s.with_match(0))
        };
        let mut scores = Vec::new();
        for gain in (-1000i16..=1000).step_by(37) {
            for matched in (gain.unsigned_abs()..=1000).step_by(41) {
                scores.push(((gain, matched), score(gain, matched)));
            }
        }
        for (x, sx) in &scores {
            for (y, sy) in &scores {
                assert_eq!(x.cmp(y), sx.cmp(sy), "{x:?} {y:?}");
            }
        }
    }

    /// The best score from (i, j) in `state`, straight from the definition.
    fn best_from(a: &Requirement, b: &Provision, i: usize, j: usize, state: State) -> Score {
        if i == a.keys.len() || j == b.keys.len() {
            return Score::NONE;
        }
        let skip = best_from(a, b, i + 1, j, State::Gap).max(best_from(a, b, i, j + 1, State::Gap));
        if a.keys[i] != b.keys[j] {
            return skip;
        }
        let (gain, next_state) = step(a, b, state, i, j);
        let next = best_from(a, b, i + 1, j + 1, next_state);
        skip.max(next.with_match(gain))
    }

    #[test]
    fn the_table_holds_the_best_score_of_every_cell_and_state() {
        // Filling the pairs of unequal words in one go must leave what the
        // recurrence gives, in every state (short texts: the reference is
        // exponential).
        let mut next = crate::analyze::numbers_below(0x9e37_79b9_7f4a_7c15);
        for _ in 0..300 {
            let mut side = |len: u64| {
                let len = next(len) as usize;
                let keys: Vec<u32> = (0..len).map(|_| next(4) as u32).collect();
                let flags: Vec<bool> = (0..len).map(|_| next(3) > 0).collect();
                (keys, flags)
            };
            let ((ka, fa), (kb, fb)) = (side(6), side(8));
            let (a, b) = (Requirement { keys: &ka, content: &fa }, Provision { keys: &kb, phrase_starts: &fb });
            let mut table = Tables::default();
            align(&a, &b, &mut table);
            for i in 0..ka.len() {
                for j in 0..kb.len() {
                    for state in [State::Gap, State::Phrase, State::Fragment] {
                        let cell = table.score(&a, &b, i, j, state);
                        assert!(cell == best_from(&a, &b, i, j, state), "{ka:?} {fa:?} / {kb:?} {fb:?} at {i},{j}");
                    }
                }
            }
        }
    }

    #[test]
    fn too_many_cells_are_left_to_myers() {
        let long = vec![1; MAX_CELLS / 2 + 1];
        let yes = vec![true; long.len()];
        let provision = Provision { keys: &long, phrase_starts: &yes };
        assert!(shared_phrases(&Requirement { keys: &[1, 2], content: &[true; 2] }, &provision).is_none());
        assert!(shared_phrases(&Requirement { keys: &[1], content: &[true] }, &provision).is_some());
    }
}
