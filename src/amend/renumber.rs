//! Deletions and renumbering of a list of provisions (条, 項 or 号) as
//! clauses, with runs of neighbours named as ranges
//! (「第5条から第7条までを削り」, 「第13条から第19条までを1条ずつ繰り下げ」).
use super::place::{Clause, Place};

/// Runs of at least this many neighbouring provisions moving by the same
/// amount are named as one range (「第13条から第19条までを1条ずつ繰り下げ」);
/// one or two are named each (「第14条を第15条とし、第13条を第14条とし」),
/// as 法制執務 manuals for 例規 write them.
pub const RANGE_MIN: usize = 3;

/// A provision that stays in the list under another number.
pub struct Move {
    /// Its position in the old list (neighbours have neighbouring indices).
    pub index: usize,
    /// Its place before the amendment.
    pub from: Place,
    /// Its place after.
    pub to: Place,
    /// Whether it moves to a lower number (繰上げ).
    pub up: bool,
    /// Clauses amending its wording, written just before its renumbering
    /// (「第12条中「A」を「B」に改め、同条を第13条とし」); such a provision is never part of a range.
    pub wording: Vec<Clause>,
}

/// Runs of neighbouring indices, in the order given.
fn runs<T>(list: &[T], index: impl Fn(&T) -> usize, joins: impl Fn(&T, &T) -> bool) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..=list.len() {
        let continues =
            k < list.len() && index(&list[k]).abs_diff(index(&list[k - 1])) == 1 && joins(&list[k - 1], &list[k]);
        if !continues {
            out.push(&list[start..k]);
            start = k;
        }
    }
    out
}

/// 「第N条を削る」 for each deleted provision (old index and place, in text
/// order): neighbours deleted together are 「第5条及び第6条を削り」 or
/// 「第5条から第7条までを削り」.
pub fn deletion_clauses(deleted: &[(usize, Place)]) -> Vec<Clause> {
    runs(deleted, |d| d.0, |_, _| true)
        .into_iter()
        .map(|run| {
            let (first, last) = (run[0].1.clone(), run[run.len() - 1].1.clone());
            match run.len() {
                1 => Clause::Delete(first),
                2 => Clause::DeleteTwo(first, last),
                _ => Clause::DeleteRange(first, last),
            }
        })
        .collect()
}

/// Renumbering clauses for the provisions that change number (`moves` in
/// text order), in the conventional order: 繰上げ from the front, then 繰下げ
/// from the back, so that no two provisions ever share a number.
pub fn renumbering(moves: &[Move]) -> Vec<Clause> {
    let up: Vec<&Move> = moves.iter().filter(|m| m.up).collect();
    let down: Vec<&Move> = moves.iter().rev().filter(|m| !m.up).collect();
    let mut out = renumber_clauses(&up);
    out.extend(renumber_clauses(&down));
    out
}

/// Each provision's wording clauses, then 「…を…とし」, or one range clause
/// for a run of [`RANGE_MIN`] or more; `moves` in the order they are written.
fn renumber_clauses(moves: &[&Move]) -> Vec<Clause> {
    let shift = |m: &Move| m.from.shift_to(&m.to);
    let joins = |a: &&Move, b: &&Move| {
        a.wording.is_empty() && b.wording.is_empty() && shift(a).is_some() && shift(a) == shift(b)
    };
    let mut out = Vec::new();
    for run in runs(moves, |m| m.index, joins) {
        if run.len() >= RANGE_MIN {
            let (a, b) = (&run[0], &run[run.len() - 1]);
            let (first, last) = if a.index < b.index { (a, b) } else { (b, a) };
            out.push(Clause::RenumberRange(first.from.clone(), last.from.clone(), shift(a).expect("joined")));
            continue;
        }
        for m in run {
            out.extend(m.wording.iter().cloned());
            out.push(Clause::Renumber(m.from.clone(), m.to.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::amend::place::sentence;
    use crate::model::Number;

    fn art(main: u32) -> Place {
        Place::Article(Number { main, branches: vec![] })
    }

    fn down(from: u32, to: u32) -> Vec<Move> {
        (from..=to)
            .map(|k| Move { index: k as usize, from: art(k), to: art(k + 1), up: false, wording: vec![] })
            .collect()
    }

    #[test]
    fn a_long_run_is_a_range_and_a_short_one_is_named_each() {
        let mut clauses = renumbering(&down(13, 19));
        clauses.push(Clause::AddAfter(art(12), 1));
        assert_eq!(sentence(&clauses), "第13条から第19条までを1条ずつ繰り下げ、第12条の次に次の1条を加える。");
        assert_eq!(sentence(&renumbering(&down(13, 14))), "第14条を第15条とし、第13条を第14条とする。");
        let gone: Vec<(usize, Place)> = (5..=7).map(|k| (k as usize, art(k))).collect();
        assert_eq!(sentence(&deletion_clauses(&gone)), "第5条から第7条までを削る。");
        assert_eq!(sentence(&deletion_clauses(&gone[..2])), "第5条及び第6条を削る。");
    }
}
