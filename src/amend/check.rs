//! Does a given 改め文 turn the old version into the new one? The check
//! drafters do by hand: apply it, then compare each article with the new
//! version and show where they part.
use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::apply::apply;
use super::table::TableRow;
use super::without_whitespace;
use crate::analyze::diff::{RunKind, TokenDiff};
use crate::analyze::taishohyo::{article_display_text, article_text_as_written};
use crate::model::{Number, Regulation};
use crate::text::numerals::{article_label, parse_article_ref};

/// One disagreement between the 改め文 and the versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// 第N条, or empty when the 改め文 itself does not apply.
    pub article: String,
    /// Japanese explanation for drafters.
    pub message: String,
}

/// Findings of applying `amendment` to `old` and comparing with `new`; empty when they agree.
pub fn check(old: &Regulation, new: &Regulation, amendment: &str) -> Vec<Finding> {
    let applied = match apply(old, amendment) {
        Ok(r) => r,
        Err(e) => {
            return vec![Finding {
                article: String::new(), message: format!("改め文を適用できません: {e:#}")
            }]
        }
    };
    let mut out = Vec::new();
    for want in new.articles() {
        let Some(got) = applied.articles().find(|a| a.number == want.number) else {
            out.push(Finding {
                article: want.label.clone(),
                message: "改正後にある条が、改め文を適用した結果にありません".into(),
            });
            continue;
        };
        let (g, w) = (article_display_text(got), article_display_text(want));
        if without_whitespace(&g) == without_whitespace(&w) {
            continue;
        }
        let d = TokenDiff::exact(&g, &w);
        let shown: Vec<String> = d
            .runs()
            .iter()
            .filter(|r| r.kind != RunKind::Equal)
            .map(|r| match r.kind {
                RunKind::Delete => format!("改め文の結果にだけ「{}」", r.text),
                _ => format!("改正後にだけ「{}」", r.text),
            })
            .collect();
        out.push(Finding {
            article: want.label.clone(),
            message: format!("改め文を適用した結果が改正後と違います: {}", shown.join("、")),
        });
    }
    for got in applied.articles() {
        if !new.articles().any(|a| a.number == got.number) {
            out.push(Finding {
                article: got.label.clone(),
                message: "改め文を適用した結果にある条が、改正後にありません".into(),
            });
        }
    }
    for (gc, wc) in applied.chapters.iter().zip(&new.chapters) {
        if gc.title != wc.title {
            out.push(Finding {
                article: gc.label.clone(),
                message: format!("章名が違います: 改め文の結果「{}」、改正後「{}」", gc.title, wc.title),
            });
        }
    }
    out
}

/// Where a 改め文 and a 新旧対照表 document disagree: an article the table
/// shows changed that the 改め文 leaves alone, or the reverse; a 改正後 cell
/// that is not what the 改め文 gives (the words only in one of them); a
/// 改正前 cell that is not the old version's text. Empty when they agree
/// (or when the 改め文 does not apply, which [`check`] reports).
pub fn check_table(old: &Regulation, amendment: &str, rows: &[TableRow]) -> Vec<Finding> {
    let Ok(applied) = apply(old, amendment) else { return Vec::new() };
    // As the rule prints it, as its table does (第二十条 in a kanji rule).
    let text_of = |reg: &Regulation, n: &Number| {
        reg.articles().find(|a| &a.number == n).map(|a| article_text_as_written(a, reg.numerals))
    };
    // Articles the 改め文 changes: other text under the same number, or present on one side only.
    let numbers: BTreeSet<Number> = old.articles().chain(applied.articles()).map(|a| a.number.clone()).collect();
    let amended: BTreeSet<Number> = numbers
        .into_iter()
        .filter(|n| text_of(old, n).map(|t| plain(&t)) != text_of(&applied, n).map(|t| plain(&t)))
        .collect();
    let mut shown = BTreeSet::new();
    let mut out: Vec<(Number, String)> = Vec::new();
    for row in rows.iter().filter(|r| plain(&r.new) != plain(&r.old)) {
        let (new_heads, old_heads) = (heads(&row.new), heads(&row.old));
        shown.extend(new_heads.iter().chain(&old_heads).cloned());
        if let [n] = new_heads.as_slice() {
            let why = text_of(&applied, n).and_then(|got| differs(&row.new, &got, "改め文の結果"));
            if let (true, Some(why)) = (amended.contains(n), why) {
                out.push((
                    n.clone(),
                    format!("新旧対照表 {}行の改正後と、改め文を適用した結果が違います: {why}", row.line),
                ));
            }
        }
        if let [n] = old_heads.as_slice() {
            if let Some(why) = text_of(old, n).and_then(|was| differs(&row.old, &was, "改正前の本文")) {
                out.push((n.clone(), format!("新旧対照表 {}行の改正前が、改正前の本文と違います: {why}", row.line)));
            }
        }
    }
    for n in shown.difference(&amended) {
        out.push((n.clone(), "新旧対照表では改正されていますが、改め文はこの条を改めていません".into()));
    }
    for n in amended.difference(&shown) {
        out.push((n.clone(), "改め文はこの条を改めていますが、新旧対照表にこの条の改正がありません".into()));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.into_iter().map(|(n, message)| Finding { article: article_label(&n), message }).collect()
}

/// Text compared: NFKC, without whitespace (tables wrap and indent freely).
fn plain(text: &str) -> String {
    text.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// The articles a cell sets out: each 「第N条」 that heads a line (followed by a space), not a reference.
fn heads(cell: &str) -> Vec<Number> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let num = "[0-9〇一二三四五六七八九十百千]+";
        Regex::new(&format!(r"(?:^|\s)(第{num}条(?:の{num})*)(?:\s|$)")).expect("valid regex")
    });
    let text: String = cell.nfkc().collect();
    let mut out: Vec<Number> = Vec::new();
    for c in re.captures_iter(&text) {
        if let Some(n) = parse_article_ref(&c[1]).filter(|n| !out.contains(n)) {
            out.push(n);
        }
    }
    out
}

/// Share of an article line's characters that must recur in a table cell
/// for the line to count as shown there: tables often leave out the 項 that
/// do not change (with or without 「（略）」), and such a line shares at
/// most a few words with the cell.
const SHOWN_MIN: f32 = 0.5;

/// The lines of an article's display text that a table cell sets out: its
/// caption if the cell has one, and the 項・号 lines mostly found in the cell.
fn shown_lines(cell: &str, text: &str) -> String {
    let has_caption = cell.starts_with('(');
    text.lines()
        .map(plain)
        .filter(|line| {
            if line.starts_with('(') && line.ends_with(')') {
                return has_caption;
            }
            if cell.contains(line.as_str()) {
                return true;
            }
            let same: usize = TokenDiff::exact(line, cell)
                .runs()
                .iter()
                .filter(|r| r.kind == RunKind::Equal)
                .map(|r| r.text.chars().count())
                .sum();
            same as f32 >= SHOWN_MIN * line.chars().count() as f32
        })
        .collect()
}

/// A cell with each elision said by a bare 「略」 (「２　略」, as some offices
/// print it; a word of its own between spaces) written 「(略)」.
fn elisions_bracketed(cell: &str) -> String {
    let cell: String = cell.nfkc().collect();
    cell.split_whitespace().map(|word| if word == "略" { "(略)" } else { word }).collect::<Vec<_>>().join(" ")
}

/// Whether a part of a cell between elisions is in the text: as it is, or
/// up to a range of labels it ends with (「２～４　（略）」, 「(1)・(2)　（略）」
/// stand for lines the text has one by one; the first label must be there).
fn part_in(text: &str, part: &str) -> bool {
    text.contains(part)
        || part
            .rfind(['~', '・'])
            .map(|at| &part[..at])
            .filter(|head| part.len() - head.len() <= 12 && !part[head.len()..].contains(['。', '、']))
            .is_some_and(|head| text.contains(head))
}

/// How a table cell differs from an article's text (`name` says whose), or
/// None when it agrees. Only what the cell sets out is compared; a cell
/// that elides parts with 「（略）」 (or 「略」) must contain each part it shows.
fn differs(cell: &str, text: &str, name: &str) -> Option<String> {
    let cell = plain(&elisions_bracketed(cell));
    if cell.contains("(略)") {
        let text = plain(text);
        let missing: Vec<String> = cell
            .split("(略)")
            .filter(|part| !part.is_empty() && !part_in(&text, part))
            .map(|p| format!("「{p}」"))
            .collect();
        return (!missing.is_empty()).then(|| format!("新旧対照表の{}が{name}にありません", missing.join("、")));
    }
    let text = shown_lines(&cell, text);
    if cell == text {
        return None;
    }
    let runs: Vec<String> = TokenDiff::exact(&text, &cell)
        .runs()
        .iter()
        .filter(|r| r.kind != RunKind::Equal)
        .map(|r| match r.kind {
            RunKind::Delete => format!("{name}にだけ「{}」", r.text),
            _ => format!("新旧対照表にだけ「{}」", r.text),
        })
        .collect();
    Some(runs.join("、"))
}
