//! What the word diff of an article cannot see of its 項 and 号 that are
//! added, removed or renumbered. The diff matches words wherever they
//! fit, so the 「2」 of a 項 inserted before the old 第2項 matches that
//! 項's 「2」, and the old 第2項, now 第3項, shows no mark on its number.
//! Offices underline an added or deleted 項 whole and the number of every
//! 項 that moves, on both sides: the lines are paired in order by their
//! wording with that of their 号 (as the 改め文 pairs them, so the two
//! agree), each depth (項, 号, イ) apart, and marked accordingly.
use super::printed_lines;
use super::rows::DisplayLine;
use crate::analyze::diff::{push_run, Run, RunKind};
use crate::analyze::pairing::{pair_in_order, Step};
use crate::text::normalize::nfkc;

/// What a line's marks become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// As the diff marked it.
    Keep,
    /// Its label too (it moved).
    Label,
    /// All of it (added or deleted).
    Whole,
}

/// The two columns' runs with the lines of 項 and 号 that were added,
/// deleted or renumbered marked as such. Runs that do not split into the
/// provision's lines are returned as they are.
pub(super) fn mark_moves(
    old: &[DisplayLine],
    old_runs: Vec<Run>,
    new: &[DisplayLine],
    new_runs: Vec<Run>,
) -> (Vec<Run>, Vec<Run>) {
    let (Some(old_lines), Some(new_lines)) = (printed_lines(old, &old_runs), printed_lines(new, &new_runs)) else {
        return (old_runs, new_runs);
    };
    let (mut old_marks, mut new_marks) = (vec![Mark::Keep; old.len()], vec![Mark::Keep; new.len()]);
    let deepest = old.iter().chain(new).map(|l| l.depth).max().unwrap_or(0);
    for depth in 1..=deepest {
        // Numbered lines of this depth: a 要領's unnumbered text has nothing to move.
        let numbered = |lines: &[DisplayLine]| -> Vec<usize> {
            (0..lines.len())
                .filter(|&k| lines[k].depth == depth && lines[k].label.as_ref().is_some_and(|l| !l.is_empty()))
                .collect()
        };
        let (o, n) = (numbered(old), numbered(new));
        let wordings = |lines: &[DisplayLine], at: &[usize]| at.iter().map(|&k| wording(lines, k)).collect::<Vec<_>>();
        // Numbers compared as the diff compares words: （1） is (1).
        let same_number = |a: usize, b: usize| label_key(&old[o[a]]) == label_key(&new[n[b]]);
        for step in pair_in_order(&wordings(old, &o), &wordings(new, &n), same_number) {
            match step {
                Step::Both(a, b) if !same_number(a, b) => {
                    old_marks[o[a]] = Mark::Label;
                    new_marks[n[b]] = Mark::Label;
                }
                Step::Both(..) => {}
                Step::OldOnly(a) => old_marks[o[a]] = Mark::Whole,
                Step::NewOnly(b) => new_marks[n[b]] = Mark::Whole,
            }
        }
    }
    (marked(old, old_lines, &old_marks, RunKind::Delete), marked(new, new_lines, &new_marks, RunKind::Insert))
}

fn label_key(line: &DisplayLine) -> String {
    nfkc(line.label.as_deref().unwrap_or_default())
}

/// The words of line `k` and of the lines below it (a 項's 号), without labels.
fn wording(lines: &[DisplayLine], k: usize) -> String {
    let words = |line: &DisplayLine| {
        let label = line.label.as_deref().unwrap_or_default();
        line.text.strip_prefix(label).unwrap_or(&line.text).trim_start_matches('　').to_string()
    };
    let below = lines[k + 1..].iter().take_while(|l| l.depth > lines[k].depth);
    std::iter::once(&lines[k]).chain(below).map(words).collect::<Vec<_>>().join("\n")
}

/// One column's lines joined again, each line's label or whole text marked `kind` as `marks` say.
fn marked(lines: &[DisplayLine], runs: Vec<Vec<Run>>, marks: &[Mark], kind: RunKind) -> Vec<Run> {
    let mut out = Vec::new();
    for (k, (line_runs, mark)) in runs.into_iter().zip(marks).enumerate() {
        if k > 0 {
            push_run(&mut out, RunKind::Equal, "\n");
        }
        // Bytes from the line's start that take `kind`: the label is the
        // start of the line's text, so the cut falls between characters.
        let marked_len = match mark {
            Mark::Keep => 0,
            Mark::Label => lines[k].label.as_ref().map_or(0, String::len),
            Mark::Whole => usize::MAX,
        };
        let mut at = 0;
        for r in line_runs {
            let cut = marked_len.saturating_sub(at).min(r.text.len());
            push_run(&mut out, kind, &r.text[..cut]);
            push_run(&mut out, r.kind, &r.text[cut..]);
            at += r.text.len();
        }
    }
    out
}
