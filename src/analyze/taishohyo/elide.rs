//! The unchanged lines of a changed provision, shortened to their label and
//! 「（略）」 as 一部改正 新旧対照表 print them: 「第５条　（略）」, 「２　（略）」,
//! 「(1)～(3)　（略）」. Captions and headings stay as they are; a line
//! that changed in any way is printed whole.
use super::printed_lines;
use super::rows::DisplayLine;
use crate::analyze::diff::{push_run, Run, RunKind};

/// What follows the label of a shortened line.
pub(crate) const ELIDED: &str = "（略）";

/// The line an unchanged line is shortened to: its label and `elided`
/// (「２　（略）」), or `elided` alone for a line without a label.
pub(crate) fn elided_line(label: &str, elided: &str) -> String {
    if label.is_empty() {
        elided.to_string()
    } else {
        format!("{label}　{elided}")
    }
}

/// The label of a line shortened by [`elide_unchanged_lines`] (empty for a
/// line without one), or None for any other line: one unmarked run
/// 「２　（略）」 or 「（略）」.
pub(crate) fn elided_label(line: &[Run]) -> Option<&str> {
    match line {
        [r] if r.kind == RunKind::Equal => {
            let label = r.text.strip_suffix(ELIDED)?;
            if label.is_empty() {
                Some(label)
            } else {
                label.strip_suffix('　')
            }
        }
        _ => None,
    }
}

/// The two columns' runs with every line that is the same on both sides
/// shortened. A line counts as the same when it carries no mark and is
/// paired, in order, with an unmarked line of the same text on the other
/// side. Runs that do not split into the provision's lines are returned
/// as they are.
pub(super) fn elide_unchanged_lines(
    old: &[DisplayLine],
    old_runs: Vec<Run>,
    new: &[DisplayLine],
    new_runs: Vec<Run>,
) -> (Vec<Run>, Vec<Run>) {
    let (Some(old_lines), Some(new_lines)) = (printed_lines(old, &old_runs), printed_lines(new, &new_runs)) else {
        return (old_runs, new_runs);
    };
    let (old_same, new_same) = same_lines(old, &old_lines, new, &new_lines);
    (shorten(old, old_lines, &old_same), shorten(new, new_lines, &new_same))
}

/// Whether a line's runs carry no mark and spell its text.
fn unmarked(runs: &[Run], line: &DisplayLine) -> bool {
    runs.iter().all(|r| r.kind == RunKind::Equal)
        && runs.iter().map(|r| r.text.as_str()).collect::<String>() == line.text
}

/// The lines the same on both sides: unmarked lines of equal text, paired
/// by their longest common subsequence.
fn same_lines(
    old: &[DisplayLine],
    old_runs: &[Vec<Run>],
    new: &[DisplayLine],
    new_runs: &[Vec<Run>],
) -> (Vec<bool>, Vec<bool>) {
    let old_ok: Vec<bool> = old.iter().zip(old_runs).map(|(l, r)| unmarked(r, l)).collect();
    let new_ok: Vec<bool> = new.iter().zip(new_runs).map(|(l, r)| unmarked(r, l)).collect();
    let same = |i: usize, j: usize| old_ok[i] && new_ok[j] && old[i].text == new[j].text;
    let (n, m) = (old.len(), new.len());
    // lcs[i][j]: length of the longest common subsequence of old[i..] and new[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if same(i, j) { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut old_same, mut new_same) = (vec![false; n], vec![false; m]);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if same(i, j) && lcs[i][j] == lcs[i + 1][j + 1] + 1 {
            old_same[i] = true;
            new_same[j] = true;
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    (old_same, new_same)
}

/// A line of the shortened column.
enum Shown {
    /// Printed as it is.
    Whole(Vec<Run>),
    /// Shortened: the labels of the first and last line it stands for
    /// (siblings), how many, their depth, and whether a following
    /// unchanged sibling may join it.
    Elided { first: String, last: String, count: usize, depth: usize, open: bool },
}

/// One column with its same lines shortened. A line whose sub-lines (the
/// 号 of a 項) are all the same too stands for them; such lines next to
/// each other share one line: 「２・３　（略）」, 「(1)～(3)　（略）」.
fn shorten(lines: &[DisplayLine], runs: Vec<Vec<Run>>, same: &[bool]) -> Vec<Run> {
    let mut shown: Vec<Shown> = Vec::new();
    let mut runs = runs.into_iter().map(Some).collect::<Vec<_>>();
    let mut k = 0;
    while k < lines.len() {
        let line = &lines[k];
        let Some(label) = line.label.as_ref().filter(|_| same[k]) else {
            shown.push(Shown::Whole(runs[k].take().unwrap_or_default()));
            k += 1;
            continue;
        };
        let end = k + 1 + lines[k + 1..].iter().take_while(|l| l.depth > line.depth).count();
        let whole = same[k..end].iter().all(|&s| s);
        let open = whole && line.mergeable;
        match shown.last_mut() {
            Some(Shown::Elided { last, count, depth, open: true, .. }) if open && *depth == line.depth => {
                last.clone_from(label);
                *count += 1;
            }
            _ => shown.push(Shown::Elided {
                first: label.clone(),
                last: label.clone(),
                count: 1,
                depth: line.depth,
                open,
            }),
        }
        k = if whole { end } else { k + 1 };
    }
    let mut out: Vec<Run> = Vec::new();
    for (k, s) in shown.into_iter().enumerate() {
        if k > 0 {
            push_run(&mut out, RunKind::Equal, "\n");
        }
        match s {
            Shown::Whole(line) => line.iter().for_each(|r| push_run(&mut out, r.kind, &r.text)),
            Shown::Elided { first, last, count, .. } => {
                let label = match count {
                    1 => first,
                    2 => format!("{first}・{last}"),
                    _ => format!("{first}～{last}"),
                };
                push_run(&mut out, RunKind::Equal, &elided_line(&label, ELIDED));
            }
        }
    }
    out
}
