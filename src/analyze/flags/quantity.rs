//! Numbers, frequencies, periods and time limits (年1回以上, 30日以内, 速やかに).
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::clauses::clause_at;
use super::pairing::{SentenceUnits, Sides};
use super::{Flag, FlagKind, FlagSeverity};
use crate::analyze::diff::TokenDiff;

/// What a quantity measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuantityClass {
    Frequency,
    Period,
    Timing,
    Count,
}

impl QuantityClass {
    fn label(self) -> &'static str {
        match self {
            QuantityClass::Frequency => "頻度",
            QuantityClass::Period => "期間",
            QuantityClass::Timing => "時期",
            QuantityClass::Count => "人数",
        }
    }
}

fn quantity_patterns() -> &'static [(QuantityClass, Regex)] {
    static RE: OnceLock<Vec<(QuantityClass, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        let n = "[0-9一二三四五六七八九十数]+";
        vec![
            (QuantityClass::Frequency, Regex::new(&format!("定期(?:的に|的|に)?、?(?:又は|及び|若しくは)(?:必要に応じ(?:て)?)?、?随時(?:に)?|{n}(?:年度?|か月|箇月|ヶ月|カ月|月|週間?|日)に{n}回(?:以上|以下|程度)?|年{n}回(?:以上|以下|程度)?|毎(?:年度|年|月|週|日)(?:{n}回)?(?:以上)?|定期的に|定期(?:又は|及び|に)|随時")).unwrap()),
            (
                QuantityClass::Period,
                Regex::new(&format!("{n}(?:年|か月|箇月|ヶ月|カ月|月|週間|日|時間)(?:以上|以内|以下|間|ごと|毎)|一定の期間|一定期間")).unwrap(),
            ),
            (QuantityClass::Timing, Regex::new("速やかに|直ちに|遅滞なく").unwrap()),
            // 複数人 whole, not 数人 inside it; 複数 before an appointment
            // (複数指定する) counts the people appointed too — not before
            // anything else (複数の課等; 複数の職員による確認 names how a
            // check is made).
            (QuantityClass::Count, Regex::new(&format!("(?:複数|{n})[人名](?:以上|以内|以下)?|複数(?:指定|指名)")).unwrap()),
        ]
    })
}

fn quantities(norm: &str) -> Vec<(QuantityClass, Range<usize>)> {
    let mut out: Vec<(QuantityClass, Range<usize>)> = Vec::new();
    for (class, re) in quantity_patterns() {
        for m in re.find_iter(norm) {
            // 平成15年 and the like are dates, not periods (the suffix rules them out).
            out.push((*class, m.range()));
        }
    }
    out.sort_by_key(|q| q.1.start);
    out
}

/// A quantity found in a provision.
#[derive(Debug, Clone)]
pub(super) struct Quantity {
    /// Index of its sentence.
    sentence: usize,
    class: QuantityClass,
    /// Normalised byte range in the sentence.
    range: Range<usize>,
}

/// The quantities of a side's sentences, in order.
pub(super) fn sentence_quantities(ss: &[SentenceUnits]) -> Vec<Quantity> {
    ss.iter()
        .enumerate()
        .flat_map(|(k, s)| {
            quantities(&s.units.text.norm).into_iter().map(move |(class, range)| Quantity { sentence: k, class, range })
        })
        .collect()
}

/// The quantity as normalised (年1回以上).
fn quantity_text(ss: &[SentenceUnits], q: &Quantity) -> String {
    ss[q.sentence].units.text.norm[q.range.clone()].to_string()
}

/// A quantity's text with each number in Arabic digits and a span of
/// years or months in months, for telling two values apart: 毎年度一回以上
/// and 毎年度1回以上 are one value, so are 1年間 and 12月間 (or １２か月間).
/// A 年度 is a fiscal year, no span of months.
fn quantity_key(ss: &[SentenceUnits], q: &Quantity) -> String {
    // 「必要に応じて随時に」 is 「必要に応じ随時に」: the て of the 連用形 adds nothing.
    let text = quantity_text(ss, q).replace("応じて", "応じ");
    // 複数 is two or more; 名 counts people as 人 does.
    if q.class == QuantityClass::Count {
        let people = if text.starts_with("複数") { "2人以上".to_string() } else { text.replace('名', "人") };
        return number_key(&people);
    }
    number_key(&text)
}

/// `text` with each number in Arabic digits and a span of years or months
/// in months ([`quantity_key`]).
fn number_key(text: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(&format!("({})(年度|年|か月|箇月|ヶ月|カ月|ケ月|月)?", crate::text::numerals::NUMERALS))
            .expect("valid regex")
    });
    re.replace_all(text, |c: &regex::Captures| {
        let Some(n) = crate::text::numerals::parse_number(&c[1]) else { return c[0].to_string() };
        match c.get(2).map(|u| u.as_str()) {
            None => n.to_string(),
            Some("年度") => format!("{n}年度"),
            Some("年") => format!("{}月", n * 12),
            Some(_) => format!("{n}月"),
        }
    })
    .into_owned()
}

/// The clause of the other side aligned with unit position `at` of one side
/// (`from_a`: `at` is in A), through the sentence pair's diff.
fn aligned_clause(d: &TokenDiff, from_a: bool, at: usize) -> String {
    let (src, dst) = if from_a { (&d.a, &d.b) } else { (&d.b, &d.a) };
    let unit = src.units.iter().position(|u| u.norm.end > at).unwrap_or(0);
    let mapped = if from_a { d.a_to_b(unit) } else { d.b_to_a(unit) };
    let pos = dst.units.get(mapped.min(dst.units.len().saturating_sub(1))).map(|u| u.norm.start).unwrap_or(0);
    dst.text.orig(clause_at(&dst.text.norm, pos)).to_string()
}

/// Numbers, frequencies and periods, compared over the whole provision:
/// a value present on one side only is changed (same class on the other
/// side, preferably in the corresponding sentence), dropped, or added.
/// `qa`, `qb`: the [`sentence_quantities`] of each side.
pub(super) fn quantity_flags(sides: &Sides, qa: &[Quantity], qb: &[Quantity], flags: &mut Vec<Flag>) {
    let keys_a: Vec<String> = qa.iter().map(|q| quantity_key(sides.sa, q)).collect();
    let keys_b: Vec<String> = qb.iter().map(|q| quantity_key(sides.sb, q)).collect();
    let mut used_b = vec![false; qb.len()];
    let mut matched_a = vec![false; qa.len()];
    // The same value in the corresponding sentence first, for every value,
    // then anywhere: a value A states twice and B once is missing where B
    // left it out, not where B kept it.
    for in_pair_only in [true, false] {
        for (i, q) in qa.iter().enumerate() {
            if matched_a[i] {
                continue;
            }
            let in_pair = |k: usize| sides.pair_of_a(q.sentence).is_some_and(|p| p.b == qb[k].sentence);
            let same = (0..qb.len()).find(|&k| !used_b[k] && (!in_pair_only || in_pair(k)) && keys_b[k] == keys_a[i]);
            if let Some(k) = same {
                used_b[k] = true;
                matched_a[i] = true;
            }
        }
    }
    let only_a: Vec<Quantity> = qa.iter().zip(&matched_a).filter(|(_, m)| !**m).map(|(q, _)| q.clone()).collect();
    for q in &only_a {
        changed_or_dropped(sides, q, qb, &mut used_b, flags);
    }
    // A 随時 of B is no value added where the corresponding sentence of A
    // took its interval and 随時 as one (「定期に及び必要に応じ随時に」 →
    // 「毎年度1回以上及び必要に応じ随時に」): the interval is what changed.
    let as_needed_in_a = |k: usize| {
        keys_b[k] == "随時"
            && qa.iter().zip(&keys_a).any(|(q, key)| {
                key.contains("随時") && sides.pair_of_a(q.sentence).is_some_and(|p| p.b == qb[k].sentence)
            })
    };
    for k in (0..qb.len()).filter(|&k| !used_b[k] && !as_needed_in_a(k)) {
        added(sides, &qb[k], flags);
    }
}

/// A value of A that B does not have: changed if B has an unused value of
/// the same class, dropped otherwise.
fn changed_or_dropped(sides: &Sides, q: &Quantity, qb: &[Quantity], used_b: &mut [bool], flags: &mut Vec<Flag>) {
    let (sa, sb) = (sides.sa, sides.sb);
    // A value in a sentence with no counterpart on the other side is part
    // of a larger difference (the whole sentence), which the diff shows. A
    // 項 gone is not named (see `in_added_paragraph`).
    let Some(paired) = sides.pair_of_a(q.sentence) else { return };
    // The same kind of value elsewhere on B, in the corresponding sentence first.
    let counterpart = (0..qb.len()).filter(|&k| !used_b[k] && qb[k].class == q.class).min_by_key(|&k| {
        if paired.b == qb[k].sentence {
            0
        } else {
            1
        }
    });
    let sx = &sa[q.sentence];
    let (message, b_loc, b_span, a_span) = match counterpart {
        Some(k) => {
            used_b[k] = true;
            let sy = &sb[qb[k].sentence];
            (
                format!(
                    "{}が異なります: 「{}」→「{}」",
                    q.class.label(),
                    quantity_text(sa, q),
                    quantity_text(sb, &qb[k])
                ),
                sides.b.blocks[sy.block].location.clone(),
                sy.units.text.orig(qb[k].range.clone()).to_string(),
                sx.units.text.orig(q.range.clone()).to_string(),
            )
        }
        None => (
            format!("{}の定め「{}」がありません", q.class.label(), quantity_text(sa, q)),
            sides.b.blocks[sb[paired.b].block].location.clone(),
            aligned_clause(&paired.diff, true, q.range.start),
            sx.units.text.orig(clause_at(&sx.units.text.norm, q.range.start)).to_string(),
        ),
    };
    flags.push(Flag {
        kind: FlagKind::QuantityChanged,
        severity: match (counterpart.is_some(), q.class) {
            (false, QuantityClass::Frequency | QuantityClass::Period) => FlagSeverity::High,
            _ => FlagSeverity::Medium,
        },
        message,
        a_location: sides.a.blocks[sx.block].location.clone(),
        b_location: b_loc,
        a_spans: vec![a_span],
        b_spans: if b_span.is_empty() { vec![] } else { vec![b_span] },
    });
}

/// A value of B that A does not have, in a sentence that has a counterpart.
fn added(sides: &Sides, q: &Quantity, flags: &mut Vec<Flag>) {
    let sy = &sides.sb[q.sentence];
    let Some(paired) = sides.pair_of_b(q.sentence) else {
        if let Some(flag) = in_added_paragraph(sides, q) {
            flags.push(flag);
        }
        return;
    };
    flags.push(Flag {
        kind: FlagKind::QuantityChanged,
        severity: FlagSeverity::Low,
        message: format!("{}の定め「{}」が加わっています", q.class.label(), quantity_text(sides.sb, q)),
        a_location: sides.a.blocks[sides.sa[paired.a].block].location.clone(),
        b_location: sides.b.blocks[sy.block].location.clone(),
        a_spans: vec![aligned_clause(&paired.diff, false, q.range.start)],
        b_spans: vec![sy.units.text.orig(clause_at(&sy.units.text.norm, q.range.start)).to_string()],
    });
}

/// A value in a 項 of B none of whose sentences has a counterpart in A
/// (「３　管理責任者は、第１項の台帳を、記録した日から５年間保存しなければ
/// ならない。」 added): a whole 項 the diff shows as new, whose value a
/// reader of the flags alone would not see, where B keeps all of A. A 項
/// of A gone is not named:
/// its content has most often gone to another article or 項 (an article
/// split in two, two 項 made one), which the 条文対応表 shows.
fn in_added_paragraph(sides: &Sides, q: &Quantity) -> Option<Flag> {
    let block = sides.sb[q.sentence].block;
    if !sides.is_added_paragraph(block) {
        return None;
    }
    let s = &sides.sb[q.sentence];
    Some(Flag {
        kind: FlagKind::QuantityChanged,
        severity: FlagSeverity::Medium,
        message: format!("{}の定め「{}」が加わっています（Aにない項）", q.class.label(), quantity_text(sides.sb, q)),
        a_location: None,
        b_location: sides.b.blocks[block].location.clone(),
        a_spans: Vec::new(),
        b_spans: vec![s.units.text.orig(clause_at(&s.units.text.norm, q.range.start)).to_string()],
    })
}
