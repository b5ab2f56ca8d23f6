//! Order-preserving pairing of two lists of provisions (条, 項, 号).
//!
//! An amendment never moves a provision past another one (it renumbers,
//! inserts and deletes), so unlike the 新旧対照表's greedy pairing this one
//! keeps order: a dynamic programme maximising the total similarity.
use crate::analyze::diff::{TokenDiff, Units};

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

/// Pairs `old` and `new` texts; `same_number(i, j)` says whether old i and
/// new j carry the same number.
pub fn pair(old: &[String], new: &[String], same_number: impl Fn(usize, usize) -> bool) -> Vec<Step> {
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
        let steps = pair(&old, &new, |i, j| i == j);
        assert_eq!(steps, vec![Step::Both(0, 0), Step::NewOnly(1), Step::Both(1, 2)]);
    }
}
