//! Pairing the provisions of two versions and building the rows.
use super::elide::elide_unchanged_lines;
use super::moves::mark_moves;
use super::{RowStatus, TaishohyoCell, TaishohyoRow};
use crate::analyze::diff::{Granularity, Run, RunKind, TokenDiff, Units};
use crate::analyze::pairing::{pair_best_first, Candidate};
use crate::model::{Article, Numerals, Supplementary};

/// A provision to pair: main articles, then 附則.
pub(super) struct TaishoProvision {
    id: String,
    label: String,
    number: Option<crate::model::Number>,
    units: Units,
    /// Its printed lines, whose texts joined by '\n' are `units`' text.
    lines: Vec<DisplayLine>,
}

impl TaishoProvision {
    fn new(id: &str, label: &str, number: Option<crate::model::Number>, lines: Vec<DisplayLine>) -> TaishoProvision {
        let text = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
        // 法令 → 法令等 is an amendment to underline, though comparisons
        // across bodies fold 等 (a scope the flags report instead).
        let units = Units::new(&text).with_unfolded_keys();
        TaishoProvision { id: id.to_string(), label: label.to_string(), number, units, lines }
    }
}

/// An article as `numerals` print it (第１２条, ２　…).
pub(super) fn article_provision(a: &Article, numerals: Numerals) -> TaishoProvision {
    let lines = article_lines(a, numerals);
    TaishoProvision::new(&a.id, &numerals.article_label(&a.number), Some(a.number.clone()), lines)
}

pub(super) fn supplementary_provision(s: &Supplementary, numerals: Numerals) -> TaishoProvision {
    let mut lines = vec![DisplayLine::heading(s.heading.clone())];
    for p in &s.paragraphs {
        let (text, label) = if s.paragraphs.len() > 1 {
            let number = numerals.paragraph_number(p.number);
            (format!("{number}　{}", p.text), number)
        } else {
            (p.text.clone(), String::new())
        };
        lines.push(DisplayLine { text, label: Some(label), depth: 1, mergeable: s.paragraphs.len() > 1 });
    }
    for a in &s.articles {
        lines.extend(article_lines(a, numerals));
    }
    TaishoProvision::new(&s.id, &s.heading, None, lines)
}

/// One printed line of a provision in a 新旧対照表, and what 「（略）」
/// keeps of it when it is unchanged.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct DisplayLine {
    /// The line as printed.
    pub(super) text: String,
    /// The label an unchanged line is shortened to (第5条, 2, (1); empty
    /// for a 要領's or 附則's text without one), or None for a line always
    /// printed as it is: a caption, a 要領's number and heading, 附則's heading.
    pub(super) label: Option<String>,
    /// 0 for a caption or heading, 1 for a 項, 2 for a 号, 3 for its イ ….
    pub(super) depth: usize,
    /// Whether unchanged siblings may share one line (２～４　（略））: not
    /// the first 項, which carries 第N条, nor a line without a label.
    pub(super) mergeable: bool,
}

impl DisplayLine {
    fn heading(text: String) -> DisplayLine {
        DisplayLine { text, label: None, depth: 0, mergeable: false }
    }
}

/// An article as printed in a 新旧対照表: caption line, then 第N条 and its
/// paragraphs and items, one per line, numbers in half-width digits (the
/// form comparisons and 改め文 work on). A 要領's provision is printed as
/// it is written, its number and heading on one line (３　管理体制), its
/// text below.
pub fn article_display_text(a: &Article) -> String {
    article_text_as_written(a, Numerals::HalfWidth)
}

/// [`article_display_text`] with article and 項 numbers as `numerals`
/// write them: the article as its rule prints it.
pub fn article_text_as_written(a: &Article, numerals: Numerals) -> String {
    article_lines(a, numerals).into_iter().map(|l| l.text).collect::<Vec<_>>().join("\n")
}

/// The lines of [`article_display_text`] with their labels and depths,
/// article and 項 numbers as `numerals` write them.
pub(super) fn article_lines(a: &Article, numerals: Numerals) -> Vec<DisplayLine> {
    let mut lines = Vec::new();
    let heading_line = a.has_heading_line();
    if let Some(c) = &a.caption {
        lines.push(DisplayLine::heading(if heading_line {
            format!("{}　{c}", a.label)
        } else {
            format!("（{c}）")
        }));
    }
    for p in &a.paragraphs {
        if heading_line && p.number <= 1 {
            if !p.text.is_empty() {
                lines.push(DisplayLine {
                    text: p.text.clone(),
                    label: Some(String::new()),
                    depth: 1,
                    mergeable: false,
                });
            }
        } else {
            let first = p.number <= 1;
            let head = if first { numerals.article_label(&a.number) } else { numerals.paragraph_number(p.number) };
            lines.push(DisplayLine {
                text: format!("{head}　{}", p.text),
                label: Some(head),
                depth: 1,
                mergeable: !first,
            });
        }
        for item in &p.items {
            push_item(&mut lines, item, 2);
        }
    }
    if a.paragraphs.is_empty() {
        lines.push(DisplayLine::heading(numerals.article_label(&a.number)));
    }
    lines
}

fn push_item(lines: &mut Vec<DisplayLine>, item: &crate::model::Item, depth: usize) {
    lines.push(DisplayLine {
        text: format!("{}　{}", item.label, item.text),
        label: Some(item.label.clone()),
        depth,
        mergeable: true,
    });
    for c in &item.children {
        push_item(lines, c, depth + 1);
    }
}

/// Weights of the pairing of old and new provisions (`TaishohyoParams::DEFAULT`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaishohyoParams {
    /// Minimum wording similarity for two provisions with the same number to
    /// be one provision in two versions: 0.3; an amendment may rewrite most
    /// of an article and it is still that article.
    pub same_number_min: f32,
    /// Minimum wording similarity for provisions with different numbers (a
    /// renumbered article): 0.6, well above, since articles of one
    /// regulation share much boilerplate and a wrong pairing hides a 新設
    /// and a 削る.
    pub renumbered_min: f32,
    /// Added to the similarity of a same-number pair when pairs compete:
    /// 0.2, so that a moderately changed article keeps its number rather
    /// than being taken by a renumbered look-alike.
    pub same_number_bonus: f32,
}

impl TaishohyoParams {
    /// The values every 新旧対照表 uses.
    pub const DEFAULT: TaishohyoParams =
        TaishohyoParams { same_number_min: 0.3, renumbered_min: 0.6, same_number_bonus: 0.2 };
}

/// Pairs old and new provisions: best first on similarity, same number preferred.
fn pair(old: &[TaishoProvision], new: &[TaishoProvision]) -> Vec<Option<usize>> {
    let params = TaishohyoParams::DEFAULT;
    let mut candidates = Vec::new();
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            let same = match (&o.number, &n.number) {
                (Some(a), Some(b)) => a == b,
                (None, None) => o.label == n.label,
                _ => continue,
            };
            let sim = TokenDiff::from_units(o.units.clone(), n.units.clone()).similarity();
            if sim >= if same { params.same_number_min } else { params.renumbered_min } {
                candidates.push(Candidate::new(i, j, sim + if same { params.same_number_bonus } else { 0.0 }));
            }
        }
    }
    let mut old_to_new = vec![None; old.len()];
    for c in pair_best_first(candidates) {
        old_to_new[c.a] = Some(c.b);
    }
    old_to_new
}

/// Builds the rows of two article lists (old, new) of rules numbered in
/// half-width digits; with `elide_lines`, the unchanged lines of a changed
/// article are shortened to their label and 「（略）」.
pub fn build_rows(old: &[Article], new: &[Article], elide_lines: bool) -> Vec<TaishohyoRow> {
    let provisions = |articles: &[Article]| -> Vec<TaishoProvision> {
        articles.iter().map(|a| article_provision(a, Numerals::HalfWidth)).collect()
    };
    let (old_p, new_p) = (provisions(old), provisions(new));
    rows(&old_p, &new_p, elide_lines)
}

/// The rows of two provision lists (old, new), unchanged stretches
/// collapsed and, with `elide_lines`, unchanged lines of changed ones.
pub(super) fn rows(old: &[TaishoProvision], new: &[TaishoProvision], elide_lines: bool) -> Vec<TaishohyoRow> {
    let old_to_new = pair(old, new);
    let mut new_to_old = vec![None; new.len()];
    for (i, j) in old_to_new.iter().enumerate() {
        if let Some(j) = j {
            new_to_old[*j] = Some(i);
        }
    }
    // Removed old provisions go after the row of the nearest earlier paired old provision.
    let mut removed_after: Vec<Vec<usize>> = vec![Vec::new(); new.len() + 1];
    let mut last_new_row = 0; // index into removed_after: 0 = before everything
    for (i, j) in old_to_new.iter().enumerate() {
        match j {
            Some(j) => last_new_row = j + 1,
            None => removed_after[last_new_row].push(i),
        }
    }
    let mut out: Vec<TaishohyoRow> = Vec::new();
    let removed_row = |i: usize| TaishohyoRow {
        status: RowStatus::Removed,
        new_label: None,
        old_label: Some(old[i].label.clone()),
        new_id: None,
        old_id: Some(old[i].id.clone()),
        new: TaishohyoCell::Absent,
        old: TaishohyoCell::Text(vec![Run { kind: RunKind::Delete, text: old[i].units.text.original.clone() }]),
    };
    for &i in &removed_after[0] {
        out.push(removed_row(i));
    }
    for (j, n) in new.iter().enumerate() {
        let row = match new_to_old[j] {
            None => TaishohyoRow {
                status: RowStatus::Added,
                new_label: Some(n.label.clone()),
                old_label: None,
                new_id: Some(n.id.clone()),
                old_id: None,
                new: TaishohyoCell::Text(vec![Run { kind: RunKind::Insert, text: n.units.text.original.clone() }]),
                old: TaishohyoCell::Absent,
            },
            Some(i) => {
                let d = TokenDiff::from_units(old[i].units.clone(), n.units.clone());
                let renumbered = old[i].number != n.number;
                let status = match (d.has_changes(), renumbered) {
                    (_, true) => RowStatus::Renumbered,
                    (true, false) => RowStatus::Changed,
                    (false, false) => RowStatus::Unchanged,
                };
                let (new_cell, old_cell) = if status == RowStatus::Unchanged {
                    (TaishohyoCell::Elided, TaishohyoCell::Elided)
                } else {
                    let (old_runs, new_runs) = mark_moves(
                        &old[i].lines,
                        d.a_runs(Granularity::Phrase),
                        &n.lines,
                        d.b_runs(Granularity::Phrase),
                    );
                    let (old_runs, new_runs) = if elide_lines {
                        elide_unchanged_lines(&old[i].lines, old_runs, &n.lines, new_runs)
                    } else {
                        (old_runs, new_runs)
                    };
                    (TaishohyoCell::Text(new_runs), TaishohyoCell::Text(old_runs))
                };
                TaishohyoRow {
                    status,
                    new_label: Some(n.label.clone()),
                    old_label: Some(old[i].label.clone()),
                    new_id: Some(n.id.clone()),
                    old_id: Some(old[i].id.clone()),
                    new: new_cell,
                    old: old_cell,
                }
            }
        };
        push_row(&mut out, row);
        for &i in &removed_after[j + 1] {
            out.push(removed_row(i));
        }
    }
    out
}

/// Appends a row, collapsing consecutive unchanged rows into one （略）.
fn push_row(out: &mut Vec<TaishohyoRow>, row: TaishohyoRow) {
    if row.status == RowStatus::Unchanged {
        if let Some(last) = out.last_mut().filter(|l| l.status == RowStatus::Unchanged) {
            let extend = |range: &mut Option<String>, next: &Option<String>| {
                if let (Some(r), Some(n)) = (range.as_mut(), next) {
                    let first = r.split('～').next().unwrap_or_default().to_string();
                    *r = format!("{first}～{n}");
                }
            };
            extend(&mut last.new_label, &row.new_label);
            extend(&mut last.old_label, &row.old_label);
            return;
        }
    }
    out.push(row);
}
