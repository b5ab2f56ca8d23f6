//! One-to-one pairing, two ways.
//!
//! Greedy best first ([`pair_best_first`]): the routine behind the
//! 新旧対照表's rows (provisions of two versions) and the flags (paragraphs,
//! sentences and 号 of two provisions). Each caller scores its candidate
//! pairs its own way (wording similarity, a bonus for the same number or
//! place) and leaves out those below its threshold; this routine only
//! decides which of them are taken.
//!
//! In order ([`pair_in_order`]): the 項 and 号 of two versions of one
//! article, and the articles of an 改め文. An amendment never moves a
//! provision past another one (it renumbers, inserts and deletes), so this
//! pairing keeps order.
use crate::analyze::diff::{TokenDiff, Units};

/// A candidate pair: index `a` on one side, `b` on the other, its score,
/// and whatever the caller computed with it (a diff, or nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<T = ()> {
    /// Index on side A (the old version, the reference).
    pub a: usize,
    /// Index on side B (the new version, the provision under review).
    pub b: usize,
    /// Higher is better.
    pub score: f32,
    /// Carried along untouched.
    pub data: T,
}

impl Candidate {
    /// A candidate that carries nothing but its score.
    pub fn new(a: usize, b: usize, score: f32) -> Candidate {
        Candidate { a, b, score, data: () }
    }
}

/// Takes candidates best first, each only when both its sides are still
/// free, so every index is paired at most once. Ties go to the lower `a`,
/// then the lower `b` (the earlier provision), whatever order the candidates
/// come in. Returns the pairs taken, best first.
pub fn pair_best_first<T>(mut candidates: Vec<Candidate<T>>) -> Vec<Candidate<T>> {
    candidates.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));
    let len = |side: fn(&Candidate<T>) -> usize| candidates.iter().map(side).max().map_or(0, |m| m + 1);
    let (mut used_a, mut used_b) = (vec![false; len(|c| c.a)], vec![false; len(|c| c.b)]);
    let mut taken = Vec::new();
    for c in candidates {
        if used_a[c.a] || used_b[c.b] {
            continue;
        }
        used_a[c.a] = true;
        used_b[c.b] = true;
        taken.push(c);
    }
    taken
}

/// Minimum wording similarity for pairing provisions whose numbers differ
/// (a renumbered provision keeps most of its wording).
const RENUMBERED_MIN: f32 = 0.5;
/// Bonus for pairing provisions that keep their number, so that a rewritten
/// article stays 「第N条を次のように改める」 rather than delete + add.
const SAME_NUMBER_BONUS: f32 = 0.1;
/// Bonus for identical wording: an unchanged provision that moved is surely
/// the same provision, more surely than a reworded one that kept its number.
const IDENTICAL_BONUS: f32 = 0.25;

/// One step of the pairing, in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Old provision `.0` is new provision `.1`.
    Both(usize, usize),
    /// An old provision the new version deletes.
    OldOnly(usize),
    /// A provision the new version adds.
    NewOnly(usize),
}

/// Pairs `old` and `new` texts in order (a dynamic programme maximising
/// the total similarity); `same_number(i, j)` says whether old i and
/// new j carry the same number.
pub fn pair_in_order(old: &[String], new: &[String], same_number: impl Fn(usize, usize) -> bool) -> Vec<Step> {
    let old_units: Vec<Units> = old.iter().map(|t| Units::new(t).with_exact_keys()).collect();
    let new_units: Vec<Units> = new.iter().map(|t| Units::new(t).with_exact_keys()).collect();
    let (n, m) = (old.len(), new.len());
    // score[i][j]: best total for old[i..] and new[j..].
    let mut score = vec![vec![0f32; m + 1]; n + 1];
    let mut link = vec![vec![None::<f32>; m]; n];
    for i in 0..n {
        for j in 0..m {
            let same = same_number(i, j);
            let sim = if old[i] == new[j] {
                1.0 + IDENTICAL_BONUS
            } else {
                TokenDiff::from_units(old_units[i].clone(), new_units[j].clone()).similarity()
            };
            if same || sim >= RENUMBERED_MIN {
                link[i][j] = Some(sim + if same { SAME_NUMBER_BONUS } else { 0.0 });
            }
        }
    }
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let mut best = score[i + 1][j].max(score[i][j + 1]);
            if let Some(s) = link[i][j] {
                best = best.max(s + score[i + 1][j + 1]);
            }
            score[i][j] = best;
        }
    }
    let mut steps = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if let Some(s) = link[i][j] {
            if (s + score[i + 1][j + 1] - score[i][j]).abs() < 1e-6 {
                steps.push(Step::Both(i, j));
                i += 1;
                j += 1;
                continue;
            }
        }
        if (score[i + 1][j] - score[i][j]).abs() < 1e-6 {
            steps.push(Step::OldOnly(i));
            i += 1;
        } else {
            steps.push(Step::NewOnly(j));
            j += 1;
        }
    }
    steps.extend((i..n).map(Step::OldOnly));
    steps.extend((j..m).map(Step::NewOnly));
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(taken: &[Candidate]) -> Vec<(usize, usize)> {
        taken.iter().map(|c| (c.a, c.b)).collect()
    }

    #[test]
    fn the_best_pair_is_taken_first_even_when_a_greedy_scan_by_index_would_take_another() {
        // A0 fits B0 a little and B1 best; A1 fits B1 only a little less.
        let taken = pair_best_first(vec![
            Candidate::new(0, 0, 0.5),
            Candidate::new(0, 1, 0.9),
            Candidate::new(1, 1, 0.8),
            Candidate::new(1, 0, 0.1),
        ]);
        assert_eq!(pairs(&taken), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn ties_go_to_the_lower_a_then_the_lower_b_in_any_input_order() {
        let mut candidates = vec![
            Candidate::new(1, 0, 0.7),
            Candidate::new(0, 1, 0.7),
            Candidate::new(0, 0, 0.7),
            Candidate::new(1, 1, 0.7),
        ];
        assert_eq!(pairs(&pair_best_first(candidates.clone())), vec![(0, 0), (1, 1)]);
        candidates.reverse();
        assert_eq!(pairs(&pair_best_first(candidates)), vec![(0, 0), (1, 1)]);
    }

    #[test]
    fn a_tie_on_one_side_leaves_the_loser_unpaired_when_nothing_else_fits() {
        // Two old articles equally like one new article: the first keeps it.
        let taken = pair_best_first(vec![Candidate::new(2, 0, 0.6), Candidate::new(1, 0, 0.6)]);
        assert_eq!(pairs(&taken), vec![(1, 0)]);
    }

    #[test]
    fn each_index_is_paired_at_most_once_and_data_travels_with_its_pair() {
        let taken = pair_best_first(vec![
            Candidate { a: 0, b: 0, score: 0.9, data: "first" },
            Candidate { a: 0, b: 1, score: 0.8, data: "a0 taken" },
            Candidate { a: 1, b: 0, score: 0.8, data: "b0 taken" },
            Candidate { a: 1, b: 1, score: 0.3, data: "second" },
        ]);
        let got: Vec<(usize, usize, &str)> = taken.iter().map(|c| (c.a, c.b, c.data)).collect();
        assert_eq!(got, vec![(0, 0, "first"), (1, 1, "second")]);
    }

    #[test]
    fn no_candidates_no_pairs() {
        assert!(pair_best_first(Vec::<Candidate>::new()).is_empty());
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_inserted_provision_shifts_the_rest() {
        let old = strings(&["職員は、研修を受けなければならない。", "課長は、点検を行う。"]);
        let new = strings(&[
            "職員は、研修を受けなければならない。",
            "監査責任者は、監査を年1回行う。",
            "課長は、点検を行う。",
        ]);
        let steps = pair_in_order(&old, &new, |i, j| i == j);
        assert_eq!(steps, vec![Step::Both(0, 0), Step::NewOnly(1), Step::Both(1, 2)]);
    }
}
