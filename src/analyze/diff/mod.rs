//! Token-level inline diffs of two provisions (the `similar` crate over
//! lindera tokens).
//!
//! Both texts are NFKC-normalised without whitespace before tokenizing (so
//! １２ and 12, （ and ( tokenize alike), each token is compared on a key
//! (its normalised surface, with a scope suffix 等 folded away, see
//! `terms::canonical`), and runs carry the *original* text of each side.
//! Whitespace and line breaks ride along with the token before them.
//!
//! `units` cuts a text into comparison units, `shape` moves and merges the
//! raw Myers edits so they read as a person would mark them, `render` turns
//! a diff into runs and marked text; `DiffParams` holds the shaping weights.
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use similar::algorithms::{Capture, Compact, Replace};
use similar::DiffTag;

mod myers;
mod recent;
mod render;
mod shape;
mod shared;
#[cfg(test)]
mod tests;
mod units;

pub use render::{diff, spans_to_runs, Granularity, RunSpan};
pub(crate) use render::{push_run, to_ansi, to_marked_text};
pub use units::{NormText, Unit, Units, UnitsData};

use crate::analyze::text_analysis::TokenCache;
use recent::Recent;
use units::{common_subsequence, shared_keys};

/// Weights of the shaping of a diff (`DiffParams::DEFAULT`): how short an
/// equal stretch is glue, and which boundary a movable edit slides to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiffParams {
    /// Equal stretches at most this long (in characters) between two
    /// changes are folded into the change, so a diff is not confetti of の
    /// and 、: 2, the length of a particle and a comma.
    pub max_glue_chars: usize,
    /// … and stretches of particles/punctuation only, up to this long: 4
    /// (として、).
    pub max_function_glue_chars: usize,
    /// Score of the offset at which a sliding edit joins the neighbouring
    /// change: 10, above any sum of the boundary scores below (3 + 2 + 1), so
    /// that two changes separated by nothing are always shown as one.
    pub slide_join_score: i32,
    /// Score of an edit that is exactly a bracketed aside （…）: 3, the
    /// strongest boundary, as a drafter inserts or deletes whole asides.
    pub slide_bracket_score: i32,
    /// Score of an edit that ends a line (or the text): 2, a whole line
    /// added or dropped.
    pub slide_line_end_score: i32,
    /// Score of an edit that starts a line (or the text): 1, a weaker hint
    /// than its end, which carries the 。.
    pub slide_line_start_score: i32,
}

impl DiffParams {
    /// The values every diff uses.
    pub const DEFAULT: DiffParams = DiffParams {
        max_glue_chars: 2,
        max_function_glue_chars: 4,
        slide_join_score: 10,
        slide_bracket_score: 3,
        slide_line_end_score: 2,
        slide_line_start_score: 1,
    };
}

/// What a run of an inline diff is; serialised in lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    /// Text both sides share.
    Equal,
    /// Text only B has.
    Insert,
    /// Text only A has.
    Delete,
}

/// A run of text in an inline diff; `text` is original (display) text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Shared, inserted or deleted.
    pub kind: RunKind,
    /// The original text of the run.
    pub text: String,
}

/// One aligned stretch of two texts, in unit indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffSegment {
    /// The same units on both sides.
    Equal {
        /// Unit range of A.
        a: Range<usize>,
        /// Unit range of B.
        b: Range<usize>,
    },
    /// Units of A replaced by units of B (either may be empty).
    Change {
        /// Unit range of A (deleted).
        a: Range<usize>,
        /// Unit range of B (inserted).
        b: Range<usize>,
    },
}

/// How many alignments each thread keeps in each of the two generations
/// of its `Recent` memory (a few hundred bytes each): at N = 2,000 the
/// flag detectors diff about 125,000 sentence and paragraph pairs of which
/// three in five were diffed before (a paragraph is compared as evidence
/// of its own and inside its article; model rules share sentences).
const RECENT_DIFFS_ENTRIES: usize = 4096;

/// The fingerprints of the two sides of a diff (`UnitsData::fingerprint`).
type PairKey = (u128, u128);

thread_local! {
    /// Segments of the pairs of texts recently diffed on this thread.
    static RECENT_DIFFS: RefCell<Recent<PairKey, Rc<[DiffSegment]>>> =
        RefCell::new(Recent::new(RECENT_DIFFS_ENTRIES));
}

/// The share of both sides' units that `equal` units of each make (1.0
/// for two empty texts): a diff's similarity, or a bound of it.
fn share_of_both(a: &Units, b: &Units, equal: impl FnOnce() -> usize) -> f32 {
    let total = a.units.len() + b.units.len();
    if total == 0 {
        return 1.0;
    }
    (2 * equal()) as f32 / total as f32
}

/// The share of the shorter side's content words that `equal` content
/// words make (0.0 when a side has none): a diff's containment, or a bound.
fn share_of_shorter(a: &Units, b: &Units, equal: impl FnOnce() -> usize) -> f32 {
    let shorter = a.content_words().min(b.content_words());
    if shorter == 0 {
        return 0.0;
    }
    equal() as f32 / shorter as f32
}

/// A token alignment of two texts.
#[derive(Debug, Clone)]
pub struct TokenDiff {
    /// Side A (old, other, reference).
    pub a: Units,
    /// Side B (new, this, under review).
    pub b: Units,
    /// Aligned stretches, in order on both sides.
    pub segments: Vec<DiffSegment>,
}

impl TokenDiff {
    /// Diff of two texts (normalised keys, scope suffixes folded).
    pub fn new(a: &str, b: &str) -> TokenDiff {
        TokenDiff::from_units(Units::new(a), Units::new(b))
    }

    /// Diff on exact characters (see `Units::with_exact_keys`), for 改め文.
    pub fn exact(a: &str, b: &str) -> TokenDiff {
        TokenDiff::from_units(Units::new(a).with_exact_keys(), Units::new(b).with_exact_keys())
    }

    /// The wording two independently worded texts share, a requirement
    /// (`a`) and a provision (`b`): the in-order alignment keeping the most
    /// words in the provision's 文節 (`shared`), shaped as every diff is;
    /// Myers when the two are too long for it.
    pub fn shared_wording(a: Units, b: Units) -> TokenDiff {
        let content: Vec<bool> = a.units.iter().map(Unit::is_content_word).collect();
        let phrase_starts = b.phrase_starts();
        let requirement = shared::Requirement { keys: &a.key_ids, content: &content };
        let provision = shared::Provision { keys: &b.key_ids, phrase_starts };
        match shared::shared_phrases(&requirement, &provision, &a.sorted_ids, &b.sorted_ids) {
            Some(segments) => TokenDiff { a, b, segments }.shaped(),
            None => TokenDiff::from_units(a, b),
        }
    }

    /// Diff of two already tokenized texts (remembered per thread, see
    /// `RECENT_DIFFS`).
    pub fn from_units(a: Units, b: Units) -> TokenDiff {
        let generation = TokenCache::shared().generation();
        let key = (a.fingerprint, b.fingerprint);
        if let Some(segments) = RECENT_DIFFS.with(|c| c.borrow_mut().get(&key, generation)) {
            return TokenDiff { a, b, segments: segments.to_vec() };
        }
        let diff = TokenDiff::aligned(a, b);
        RECENT_DIFFS.with(|c| c.borrow_mut().insert(key, diff.segments.as_slice().into()));
        diff
    }

    /// Myers' alignment of two texts, shaped.
    fn aligned(a: Units, b: Units) -> TokenDiff {
        let mut segments: Vec<DiffSegment> = Vec::new();
        let (mut at_a, mut at_b) = (0, 0);
        // What `similar::capture_diff_slices(Algorithm::Myers, …)` returns,
        // by the port of its Myers (`myers`) into its own hooks.
        let mut hook = Compact::new(Replace::new(Capture::new()), &a.key_ids[..], &b.key_ids[..]);
        myers::diff(&mut hook, &a.key_ids, &b.key_ids).expect("capturing cannot fail");
        for op in hook.into_inner().into_inner().into_ops() {
            let (tag, ar, br) = op.as_tag_tuple();
            // `similar` can place the empty side of an insertion or deletion
            // at a wrong offset (seen after its compaction step: a deletion
            // reported at B 57..57 between equal stretches at B 47..48 and
            // 48..49), which later panicked on a reversed range. The lengths
            // are right: lay the ranges end to end from them.
            let (ar, br) = (at_a..at_a + ar.len(), at_b..at_b + br.len());
            (at_a, at_b) = (ar.end, br.end);
            match (tag, segments.last_mut()) {
                (DiffTag::Equal, _) => segments.push(DiffSegment::Equal { a: ar, b: br }),
                (_, Some(DiffSegment::Change { a, b })) => {
                    a.end = a.end.max(ar.end);
                    b.end = b.end.max(br.end);
                }
                _ => segments.push(DiffSegment::Change { a: ar, b: br }),
            }
        }
        TokenDiff { a, b, segments }.shaped()
    }

    /// The raw alignment moved and merged so it reads as a person would mark it (`shape`).
    fn shaped(mut self) -> TokenDiff {
        self.merge_split_edits();
        self.slide_to_boundaries();
        self.fold_glue();
        self
    }

    /// Whether the two texts differ in wording (after normalisation).
    pub(crate) fn has_changes(&self) -> bool {
        self.segments.iter().any(|s| matches!(s, DiffSegment::Change { .. }))
    }

    /// Share of units (of both sides) that are equal: 1.0 for identical wording.
    pub(crate) fn similarity(&self) -> f32 {
        share_of_both(&self.a, &self.b, || {
            self.segments
                .iter()
                .map(|s| match s {
                    DiffSegment::Equal { a, .. } => a.len(),
                    DiffSegment::Change { .. } => 0,
                })
                .sum()
        })
    }

    /// Share of the shorter text's content words (nouns, verbs) found
    /// equal in the other: high when one provision restates part of the other.
    pub(crate) fn containment(&self) -> f32 {
        share_of_shorter(&self.a, &self.b, || {
            self.segments
                .iter()
                .map(|s| match s {
                    DiffSegment::Equal { a, .. } => {
                        self.a.units[a.clone()].iter().filter(|u| u.is_content_word()).count()
                    }
                    DiffSegment::Change { .. } => 0,
                })
                .sum()
        })
    }

    /// An upper bound of `TokenDiff::from_units(a, b).similarity()` without
    /// diffing: a unit can only be equal to a unit of the other side with
    /// the same key. Lets callers skip pairs that cannot reach a threshold.
    pub(crate) fn similarity_bound(a: &Units, b: &Units) -> f32 {
        share_of_both(a, b, || shared_keys(a, b, false))
    }

    /// An upper bound of `TokenDiff::from_units(a, b).containment()`, as
    /// [`TokenDiff::similarity_bound`].
    pub(crate) fn containment_bound(a: &Units, b: &Units) -> f32 {
        share_of_shorter(a, b, || shared_keys(a, b, true))
    }

    /// A tighter upper bound of `similarity()` than
    /// [`TokenDiff::similarity_bound`], for the pairs that one lets
    /// through: the units a diff finds equal stand in the same order on
    /// both sides (Myers finds a longest common subsequence, and shaping
    /// only ever unmarks), so there are at most as many as in the longest
    /// common subsequence of the two.
    pub(crate) fn similarity_bound_in_order(a: &Units, b: &Units) -> f32 {
        share_of_both(a, b, || common_subsequence(a, b, false))
    }

    /// [`TokenDiff::similarity_bound_in_order`] for `containment()`.
    pub(crate) fn containment_bound_in_order(a: &Units, b: &Units) -> f32 {
        share_of_shorter(a, b, || common_subsequence(a, b, true))
    }

    /// Maps a unit index of A to the aligned unit index of B (the start of
    /// the corresponding change, or the same offset in an equal stretch).
    pub(crate) fn a_to_b(&self, a_unit: usize) -> usize {
        for s in &self.segments {
            match s {
                DiffSegment::Equal { a, b } if a.contains(&a_unit) => return b.start + (a_unit - a.start),
                DiffSegment::Change { a, b } if a.contains(&a_unit) => return b.start,
                _ => {}
            }
        }
        self.b.units.len()
    }

    /// Maps a unit index of B to A (see `a_to_b`).
    pub(crate) fn b_to_a(&self, b_unit: usize) -> usize {
        for s in &self.segments {
            match s {
                DiffSegment::Equal { a, b } if b.contains(&b_unit) => return a.start + (b_unit - b.start),
                DiffSegment::Change { a, b } if b.contains(&b_unit) => return a.start,
                _ => {}
            }
        }
        self.a.units.len()
    }
}
