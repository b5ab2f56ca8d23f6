//! The 改め文 of what lies outside the 本則's articles: the 題名
//! (「題名中「要綱」を「要領」に改める。」), the 原始附則 (「附則第2項を削る。」,
//! 「附則に次の1項を加える。」) and the 別表 (「別表第1中「A」を「B」に改める。」,
//! 「別表第2を削る。」).
use anyhow::{bail, Result};

use super::kaimebun::{article_changes, replaces_all};
use super::original_supplementary_index;
use super::phrase::word_edits;
use super::place::{Clause, Place};
use crate::model::{Article, Number, Regulation};

/// A clause with the new text that follows it (empty for most).
pub type Change = (Clause, Vec<String>);

/// 「題名中「A」を「B」に改める。」, or 「題名を次のように改める。」 when no short span says it.
pub fn title_changes(old: &Regulation, new: &Regulation) -> Vec<Change> {
    let (Some(a), Some(b)) = (&old.meta.title, &new.meta.title) else { return Vec::new() };
    if a == b {
        return Vec::new();
    }
    match word_edits(a, b, &[], true).filter(|e| !replaces_all(e, a)) {
        Some(edits) => edits.into_iter().map(|e| (Clause::Words(Place::Title, e), Vec::new())).collect(),
        None => vec![(Clause::ReplaceWhole(Place::Title), vec![b.clone()])],
    }
}

/// The 原始附則 as an article without number, so that the 項 forms of
/// articles apply to it.
fn as_article(reg: &Regulation) -> Option<Article> {
    let s = &reg.supplementary[original_supplementary_index(reg)?];
    Some(Article {
        number: Number { main: 0, branches: vec![] },
        label: "附則".into(),
        paragraphs: s.paragraphs.clone(),
        ..Article::default()
    })
}

/// The clauses amending the 原始附則: its wording and its 項 added,
/// deleted or renumbered, written 「附則第2項中…」 as for an article's 項.
pub fn supplementary_changes(old: &Regulation, new: &Regulation) -> Result<Vec<Change>> {
    let (Some(a), Some(b)) = (as_article(old), as_article(new)) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for (clause, body) in article_changes(&a, &b) {
        let Some(clause) = clause.map_places(&|p| match p {
            Place::Article(_) => Some(Place::Supplementary(None)),
            Place::Paragraph(_, k) => Some(Place::Supplementary(Some(k))),
            _ => None,
        }) else {
            bail!("附則の号や見出しの改正は、改め文を生成できません（{}）", new.path)
        };
        // The first 項 of a 附則 of one 項 has no number.
        let body = if matches!(clause, Clause::ReplaceWhole(_)) {
            body.into_iter().map(|l| l.strip_prefix("附則　").map(str::to_string).unwrap_or(l)).collect()
        } else {
            body
        };
        out.push((clause, body));
    }
    Ok(out)
}

/// The clauses amending the 別表: wording changed cell by cell (the span
/// unique in the whole 別表), and 別表 deleted. Rows added or removed, a
/// 別表 added or renumbered are not generated.
pub fn appendix_changes(old: &Regulation, new: &Regulation) -> Result<Vec<Change>> {
    let mut out = Vec::new();
    for o in &old.appendices {
        let place = Place::Appendix(o.label.clone());
        let Some(n) = new.appendices.iter().find(|n| n.label == o.label) else {
            out.push((Clause::Delete(place), Vec::new()));
            continue;
        };
        let cells = |a: &crate::model::Appendix| -> Vec<String> {
            a.title.iter().chain(a.rows.iter().flatten()).chain(&a.text).cloned().collect()
        };
        let (mut current, want) = (cells(o), cells(n));
        if current.len() != want.len() || o.rows.iter().map(Vec::len).ne(n.rows.iter().map(Vec::len)) {
            bail!("{}の行や欄の追加・削除は、改め文を生成できません（{}）", o.label, new.path);
        }
        for k in 0..current.len() {
            if current[k] == want[k] {
                continue;
            }
            let others: Vec<String> =
                current.iter().enumerate().filter(|(i, _)| *i != k).map(|(_, c)| c.clone()).collect();
            let Some(edits) = word_edits(&current[k], &want[k], &others, true) else {
                bail!("{}の「{}」の改正を改め文にできません（{}）", o.label, current[k], new.path);
            };
            out.extend(edits.into_iter().map(|e| (Clause::Words(place.clone(), e), Vec::new())));
            current[k] = want[k].clone();
        }
    }
    if let Some(added) = new.appendices.iter().find(|n| !old.appendices.iter().any(|o| o.label == n.label)) {
        bail!("{}の追加は、改め文を生成できません（{}）", added.label, new.path);
    }
    Ok(out)
}
