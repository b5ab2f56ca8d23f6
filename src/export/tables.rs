//! The tables of the exports, built from analysis results: the ○△×-
//! matrix of a catalog, the coverage of one regulation, the 条文対応表 of
//! two, and the legend. Each cell's text comes from one small function
//! ([`matrix_cell_text`], [`review_text`] …) so a new field of the coverage
//! result is shown everywhere by changing one place.
use std::collections::{HashMap, HashSet};

use crate::analyze::align::{Correspondence, CoverageReport, CoverageStatus, ItemCoverage};
use crate::analyze::confidence::{self, ScoreBand};
use crate::analyze::flags;
use crate::analyze::review::ReviewState;
use crate::catalog::{Catalog, CatalogItem};
use crate::model::Regulation;
use crate::pipeline::corpus::PairRowComparison;

use super::{reg_short, Cell, Column, Row, Table};

/// Column widths in Excel character units (a CJK character is about 2).
const WIDTH_LABEL: f64 = 9.0;
const WIDTH_TITLE: f64 = 30.0;
const WIDTH_CLASS: f64 = 8.0;
const WIDTH_REGULATION: f64 = 16.0;
const WIDTH_ARTICLES: f64 = 18.0;
const WIDTH_SENTENCE: f64 = 60.0;
const WIDTH_NOTE: f64 = 28.0;

/// Evidence articles as printed in a cell: 第9条、第18条第2項、第33条※;
/// empty when there is none.
fn articles_text(reg: &Regulation, ic: &ItemCoverage) -> String {
    if ic.evidence.is_empty() {
        String::new()
    } else {
        evidence_labels(reg, ic)
    }
}

/// A matrix cell: 「○ 第25条」, 「△ 第9条（努力義務）」, 「△ 第9条※」, 「×」, 「- 理由」.
pub fn matrix_cell_text(reg: &Regulation, ic: &ItemCoverage) -> String {
    let detail = match ic.status {
        CoverageStatus::Covered | CoverageStatus::Partial => match ic.status_reason.as_deref() {
            // Every article is already marked （要確認） (`evidence_labels`).
            Some(confidence::LOW_BAND_REASON) => articles_text(reg, ic),
            Some(reason) => format!("{}（{}）", articles_text(reg, ic), short_reason(reason)),
            None => articles_text(reg, ic),
        },
        CoverageStatus::Missing => String::new(),
        CoverageStatus::NotApplicable => ic.note.clone().unwrap_or_default(),
    };
    if detail.is_empty() {
        ic.status.symbol().to_string()
    } else {
        format!("{} {detail}", ic.status.symbol())
    }
}

/// The few words of a status reason that fit in a matrix cell: 「努力義務」
/// for 「努力義務にとどまる」, 「要確認」 for a low-confidence link; a
/// reviewer's own reason as written.
fn short_reason(reason: &str) -> &str {
    if reason.contains("努力義務") {
        "努力義務"
    } else if reason.contains("要確認") {
        "要確認"
    } else {
        reason
    }
}

/// A matrix cell of the Excel/CSV sheet: [`matrix_cell_text`] and, where a
/// reviewer has looked at the item, 「［確認済み］」 or 「［要再確認］」.
pub fn matrix_cell_with_review(reg: &Regulation, ic: &ItemCoverage) -> String {
    match ic.review_state {
        ReviewState::Auto => matrix_cell_text(reg, ic),
        state => format!("{}［{}］", matrix_cell_text(reg, ic), state.label()),
    }
}

/// Whether a person confirmed the verdict: 自動判定, 確認済み or 要再確認
/// (from `reviews/<id>.yaml`, see `analyze::review`).
pub fn review_text(ic: &ItemCoverage) -> &'static str {
    ic.review_state.label()
}

/// Why an item is not ○: the not-applicable reason, 該当する条文なし, the
/// status reason (努力義務にとどまる, 要確認, a reviewer's reason), or that
/// the evidence only refers to another rule.
pub fn reason_text(ic: &ItemCoverage) -> String {
    match ic.status {
        CoverageStatus::NotApplicable => ic.note.clone().unwrap_or_default(),
        CoverageStatus::Missing => ic.status_reason.clone().unwrap_or_else(|| "該当する条文なし".to_string()),
        _ if ic.status_reason.is_some() => ic.status_reason.clone().unwrap_or_default(),
        _ if ic.evidence.iter().any(|e| e.by_reference) => "※ 他の規程等の準用・参照、又は項目名の列挙のみ".to_string(),
        _ => String::new(),
    }
}

fn item_label(item: &CatalogItem) -> String {
    item.label.clone().unwrap_or_else(|| item.id.clone())
}

fn status_cell(text: String, status: CoverageStatus) -> Cell {
    Cell { text, status: Some(status), number: None }
}

fn column(header: &str, width: f64) -> Column {
    Column { header: header.to_string(), width }
}

/// Excel's sheet-name rules: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars().map(|c| if "[]:*?/\\".contains(c) { '_' } else { c }).take(31).collect()
}

/// Rows for the catalog's items in catalog order: a group heading row for
/// each item with children, one row per leaf with `cells` after label,
/// title and 区分.
fn item_rows(cat: &Catalog, extra_columns: usize, mut cells: impl FnMut(&CatalogItem) -> Vec<Cell>) -> Vec<Row> {
    let leaves: HashSet<&str> = cat.leaves().map(|i| i.id.as_str()).collect();
    cat.items
        .iter()
        .map(|item| {
            let mut row = vec![Cell::text(item_label(item)), Cell::text(item.title.clone())];
            if leaves.contains(item.id.as_str()) {
                row.push(Cell::text(item.class.label()));
                row.extend(cells(item));
                Row { cells: row, group: false }
            } else {
                row.extend(std::iter::repeat_with(Cell::default).take(1 + extra_columns));
                Row { cells: row, group: true }
            }
        })
        .collect()
}

/// The ○△×- matrix: one row per catalog item, one column per regulation.
pub fn matrix(cat: &Catalog, columns: &[(&Regulation, Option<&CoverageReport>)]) -> Table {
    let mut header = vec![column("項目", WIDTH_LABEL), column("見出し", WIDTH_TITLE), column("区分", WIDTH_CLASS)];
    header.extend(columns.iter().map(|(reg, _)| column(&reg_short(reg), WIDTH_REGULATION)));
    let rows = item_rows(cat, columns.len(), |item| {
        columns
            .iter()
            .map(|(reg, report)| match report.and_then(|r| r.items.iter().find(|i| i.item_id == item.id)) {
                Some(ic) => status_cell(matrix_cell_with_review(reg, ic), ic.status),
                None => Cell::default(),
            })
            .collect()
    });
    Table {
        sheet_name: sheet_name(&format!("網羅状況 {}", cat.short_title)),
        title: cat.title.clone(),
        columns: header,
        rows,
        frozen_columns: 2,
    }
}

/// The coverage of one regulation against one catalog, item by item.
pub fn coverage(reg: &Regulation, cat: &Catalog, report: &CoverageReport) -> Table {
    let header = vec![
        column("項目", WIDTH_LABEL),
        column("見出し", WIDTH_TITLE),
        column("区分", WIDTH_CLASS),
        column("判定", 6.0),
        column("根拠条文", WIDTH_ARTICLES),
        column("根拠の文", WIDTH_SENTENCE),
        column("不足要素", WIDTH_NOTE),
        column("理由", WIDTH_NOTE),
        column("確認", 10.0),
    ];
    let rows = item_rows(cat, header.len() - 3, |item| {
        let Some(ic) = report.items.iter().find(|i| i.item_id == item.id) else {
            return vec![Cell::default(); 6];
        };
        let sentences: Vec<String> = ic.evidence.iter().map(|e| format!("{}: {}", e.label(), e.sentence)).collect();
        vec![
            status_cell(ic.status.symbol().to_string(), ic.status),
            Cell::text(articles_text(reg, ic)),
            Cell::text(sentences.join("\n")),
            Cell::text(ic.missing_elements.join("、")),
            Cell::text(reason_text(ic)),
            Cell::text(review_text(ic)),
        ]
    });
    Table {
        sheet_name: sheet_name(&cat.short_title),
        title: format!("{} × {}", reg.display_title(), cat.short_title),
        columns: header,
        rows,
        frozen_columns: 2,
    }
}

/// The 条文対応表: each article of A with its counterparts in B, the score,
/// the catalog items both align to and the flags between A and the best
/// counterpart; then the articles of either side without counterpart.
/// `rows` are the matches' diffs and flags (`pipeline::corpus::pair_rows`).
pub fn correspondence(
    a: &Regulation,
    b: &Regulation,
    corr: &Correspondence,
    rows: &[Option<PairRowComparison>],
    catalogs: &[Catalog],
) -> Table {
    let a_name = reg_short(a);
    let b_name = reg_short(b);
    let header = vec![
        column(&format!("{a_name} 条"), 12.0),
        column("見出し", 24.0),
        column(&format!("{b_name} 条"), 12.0),
        column("見出し", 24.0),
        column("類似度", 8.0),
        column("共通の項目", WIDTH_NOTE),
        column("指摘", WIDTH_NOTE),
    ];
    let caption = |reg: &Regulation, id: &str| reg.label_and_caption(id).1.unwrap_or_default();
    let label = |reg: &Regulation, id: &str| reg.label_and_caption(id).0;
    let item_name = |id: &String| {
        catalogs
            .iter()
            .find_map(|c| c.item(id))
            .map(|i| format!("{} {}", item_label(i), i.title))
            .unwrap_or_else(|| id.clone())
    };
    let mut rows: Vec<Row> = corr
        .matches
        .iter()
        .zip(rows)
        .map(|(m, row)| {
            let best = m.b_articles.first();
            let flags = row.as_ref().map(|r| flag_text(&r.flags)).unwrap_or_default();
            let b_labels: Vec<String> = m.b_articles.iter().map(|c| label(b, &c.article_id)).collect();
            let b_captions: Vec<String> = m.b_articles.iter().map(|c| caption(b, &c.article_id)).collect();
            let score = best.map(|c| f64::from((c.score * 100.0).round()) / 100.0);
            Row {
                cells: vec![
                    Cell::text(label(a, &m.a_article)),
                    Cell::text(caption(a, &m.a_article)),
                    Cell::text(b_labels.join("\n")),
                    Cell::text(b_captions.join("\n")),
                    Cell { text: score.map(|s| format!("{s:.2}")).unwrap_or_default(), status: None, number: score },
                    Cell::text(
                        best.map(|c| c.via_items.iter().map(item_name).collect::<Vec<_>>().join("\n"))
                            .unwrap_or_default(),
                    ),
                    Cell::text(flags),
                ],
                group: false,
            }
        })
        .collect();
    let a_only = format!("{a_name}のみ");
    rows.extend(
        corr.unmatched_a
            .iter()
            .map(|id| unmatched_row([Cell::text(label(a, id)), Cell::text(caption(a, id))], true, &a_only)),
    );
    let b_only = format!("{b_name}のみ");
    rows.extend(
        corr.unmatched_b
            .iter()
            .map(|id| unmatched_row([Cell::text(label(b, id)), Cell::text(caption(b, id))], false, &b_only)),
    );
    Table {
        sheet_name: "条文対応表".to_string(),
        title: format!("条文対応表 {} ⇔ {}", a.display_title(), b.display_title()),
        columns: header,
        rows,
        frozen_columns: 1,
    }
}

/// A 条文対応表 row of an article without counterpart: its label and
/// caption on its own side, 対応なし on the other, 「…のみ」 as the 指摘.
fn unmatched_row(own: [Cell; 2], on_a_side: bool, only: &str) -> Row {
    let none = [Cell::text("対応なし"), Cell::default()];
    let (left, right) = if on_a_side { (own, none) } else { (none, own) };
    let mut cells: Vec<Cell> = left.into_iter().chain(right).collect();
    cells.extend([Cell::default(), Cell::default(), Cell::text(only)]);
    Row { cells, group: false }
}

/// Flag kinds with where they are on the compared side: 義務の弱化（第3項）.
fn flag_text(found: &[flags::Flag]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for f in found {
        let line = match &f.b_location {
            Some(loc) => format!("{}（{loc}）", f.kind.label()),
            None => f.kind.label().to_string(),
        };
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines.join("\n")
}

/// The 凡例 sheet: what the symbols, ※ and 確認 mean.
pub fn legend() -> Table {
    let status_row = |s: CoverageStatus, meaning: &str| Row {
        cells: vec![status_cell(s.symbol().to_string(), s), Cell::text(s.label()), Cell::text(meaning)],
        group: false,
    };
    let row = |mark: &str, name: &str, meaning: &str| Row {
        cells: vec![Cell::text(mark), Cell::text(name), Cell::text(meaning)],
        group: false,
    };
    Table {
        sheet_name: "凡例".to_string(),
        title: "凡例".to_string(),
        columns: vec![column("記号", 8.0), column("意味", 12.0), column("説明", 80.0)],
        rows: vec![
            status_row(CoverageStatus::Covered, "項目の要素をすべて規定している。記号の後は根拠の条文。"),
            status_row(
                CoverageStatus::Partial,
                "要素の一部を欠く、又は他の規程等の準用・参照によってのみ規定している。",
            ),
            status_row(CoverageStatus::Missing, "該当する条文がない。"),
            status_row(
                CoverageStatus::NotApplicable,
                "該当しない（前提がない）と例規の作成者が明示した項目。記号の後は理由。",
            ),
            row("※", "参照のみ", "他の規程等の準用・参照、又は項目名の列挙のみによる規定。"),
            row("自動判定", "確認", "reiki が条文から自動で判定した結果。担当者の確認を経ていない。"),
        ],
        frozen_columns: 0,
    }
}

/// Evidence articles of an item as printed, in document order: 第9条,
/// 第18条第2項, 第33条※ (by reference or named only).
pub fn evidence_labels(reg: &Regulation, item: &ItemCoverage) -> String {
    let mut evidence: Vec<&crate::analyze::align::Evidence> = item.evidence.iter().collect();
    // Most items cite one provision or none, which need no sorting; the
    // matrix workbook asks for every regulation's every item.
    if evidence.len() > 1 {
        // Each evidence article's place, from one pass over the articles: a
        // scan for every comparison of the sort took 60 % of the build of one
        // regulation of 30,000 articles (an item meets hundreds of them).
        let wanted: HashSet<&str> = evidence.iter().map(|e| e.article_id.as_str()).collect();
        let mut positions: HashMap<&str, usize> = HashMap::new();
        for (i, article) in reg.articles().enumerate().filter(|(_, a)| wanted.contains(a.id.as_str())) {
            positions.entry(article.id.as_str()).or_insert(i);
        }
        let position = |id: &str| positions.get(id).copied().unwrap_or(usize::MAX);
        evidence.sort_by_key(|e| (position(&e.article_id), e.paragraph));
    }
    let labels: Vec<String> = evidence
        .iter()
        .map(|e| {
            let weak = if e.band == ScoreBand::Low && !e.by_reference { "（要確認）" } else { "" };
            format!("{}{}{weak}", e.label(), if e.by_reference { "※" } else { "" })
        })
        .collect();
    if labels.is_empty() {
        "—".to_string()
    } else {
        labels.join("、")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::align::Evidence;

    const RULE: &str = "---\nid: kitei\ntitle: 保有個人情報管理規程\n---\n\
        （趣旨）\n第1条　この規程は、保有個人情報の管理について定める。\n\
        （管理者）\n第2条　保有個人情報の管理者を置く。\n２　管理者は、保有個人情報を管理する。\n\
        （点検）\n第3条　管理者は、定期に点検を行う。\n";

    fn evidence(article_id: &str, label: &str, paragraph: Option<u32>, by_reference: bool) -> Evidence {
        Evidence {
            article_id: article_id.to_string(),
            article_label: label.to_string(),
            paragraph,
            item_label: None,
            score: 0.5,
            caption_match: false,
            matched_elements: Vec::new(),
            unlaid_elements: Vec::new(),
            sentence: String::new(),
            by_reference,
            band: ScoreBand::Medium,
            weak_duty: false,
        }
    }

    /// The coverage lists evidence by score; a cell lists it as the
    /// regulation does, paragraphs of one article in order, and an id the
    /// regulation lacks last.
    #[test]
    fn evidence_is_listed_in_document_order() {
        let reg = crate::parse::load_str("kitei.md", RULE).unwrap();
        let ids: Vec<&str> = reg.articles().map(|a| a.id.as_str()).collect();
        assert_eq!(ids.len(), 3, "{ids:?}");
        let item = ItemCoverage {
            item_id: "1-1".to_string(),
            status: CoverageStatus::Covered,
            evidence: vec![
                evidence("gone", "第9条", None, false),
                evidence(ids[2], "第3条", None, true),
                evidence(ids[1], "第2条", Some(2), false),
                evidence(ids[0], "第1条", None, false),
                evidence(ids[1], "第2条", Some(1), false),
            ],
            missing_elements: Vec::new(),
            note: None,
            status_reason: None,
            review_state: ReviewState::Auto,
            review: None,
        };
        assert_eq!(evidence_labels(&reg, &item), "第1条、第2条第1項、第2条第2項、第3条※、第9条");
    }

    /// A cell whose only links are of low confidence says （要確認） once,
    /// after each article (it said it again for the status).
    #[test]
    fn low_confidence_is_marked_once() {
        let reg = crate::parse::load_str("kitei.md", RULE).unwrap();
        let id = reg.articles().nth(2).unwrap().id.clone();
        let item = ItemCoverage {
            item_id: "11-2".to_string(),
            status: CoverageStatus::Partial,
            evidence: vec![Evidence { band: ScoreBand::Low, ..evidence(&id, "第3条", None, false) }],
            missing_elements: Vec::new(),
            note: None,
            status_reason: Some(confidence::LOW_BAND_REASON.to_string()),
            review_state: ReviewState::Auto,
            review: None,
        };
        assert_eq!(matrix_cell_text(&reg, &item), "△ 第3条（要確認）");
    }
}
