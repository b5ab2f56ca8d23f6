//! Reviewed mappings: a reviewer confirms, rejects or adds (article, item)
//! links and sets an item's status with a reason, in `reviews/<id>.yaml`
//! next to the regulation file. Each link carries a hash of the article's
//! text when it was reviewed; when the text has changed since, the item is
//! flagged 要再確認 (stale) and keeps its automatic result, but the review
//! stays attached and shown — reviews never silently vanish.
//!
//! ```yaml
//! regulation: kitahama-hogo-kitei
//! items:
//!   - catalog: ppc-shishin
//!     item: "1-2"
//!     status: △                   # the status the reviewer stands by
//!     reason: 情報システム管理者との連携の定めがない
//!     reviewer: 山田
//!     date: '2025-05-01'
//!     links:
//!       - {article: 第3条, decision: confirm, hash: 5f0c2a9e81d3b7a4}
//!       - {article: 第19条, decision: reject, hash: 0b8e…}
//!       - {article: 第20条, decision: add, hash: 7d21…}
//! ```
//! An entry whose `reviewer` is empty is a template (`reiki review ID` writes
//! one per item) and changes nothing until filled in.
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::align::{CoverageReport, CoverageStatus, Evidence, ItemCoverage};
use super::confidence::ScoreBand;
use crate::model::{Article, DiagnosticCode, Item, Regulation};
use crate::text::normalize::nfkc;

/// Whether an item's result was checked by a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ReviewState {
    /// 自動判定: no review, the matcher's result.
    #[default]
    Auto,
    /// 確認済み: a reviewer's decision, its articles unchanged since.
    Confirmed,
    /// 要再確認: reviewed, but an article's text has changed since (or is gone).
    Stale,
}

impl ReviewState {
    /// The Japanese label shown in tables (自動判定, 確認済み, 要再確認).
    pub fn label(self) -> &'static str {
        match self {
            ReviewState::Auto => "自動判定",
            ReviewState::Confirmed => "確認済み",
            ReviewState::Stale => "要再確認",
        }
    }
}

/// What the reviewer decided about one (article, item) link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkDecision {
    /// The link is right.
    Confirm,
    /// The link is wrong: the article does not carry the item.
    Reject,
    /// A link the analysis missed.
    Add,
}

/// A reviewer's decision on one article of an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkReview {
    /// 第3条 (as printed; compared in NFKC form).
    pub article: String,
    /// Confirmed, rejected or added.
    pub decision: LinkDecision,
    /// `article_hash` of the article's text when reviewed.
    #[serde(default)]
    pub hash: String,
}

/// One reviewed item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemReview {
    /// Catalog id.
    pub catalog: String,
    /// Item id within the catalog.
    pub item: String,
    /// ○ △ × -
    pub status: String,
    /// Why, in the reviewer's words.
    #[serde(default)]
    pub reason: String,
    /// Who reviewed.
    #[serde(default)]
    pub reviewer: String,
    /// When (as written, e.g. 2025-04-01).
    #[serde(default)]
    pub date: String,
    /// Decisions on the articles of the item.
    #[serde(default)]
    pub links: Vec<LinkReview>,
}

/// `reviews/<id>.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ReviewFile {
    /// Id of the regulation reviewed.
    pub regulation: String,
    /// The reviewed items.
    #[serde(default)]
    pub items: Vec<ItemReview>,
    /// Line of each entry of `items` in the file (0 when unknown), for
    /// locating a review that matches nothing.
    #[serde(skip)]
    pub item_lines: Vec<usize>,
}

/// A review that cannot be read or applied, located in its file: shown as
/// `file:line: message` in the terminal and on the site's diagnostics page.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewProblem {
    /// The review file.
    pub path: PathBuf,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    /// Machine-readable kind (`review-invalid`, `review-unknown-item`, …).
    pub code: DiagnosticCode,
    /// Japanese message.
    pub message: String,
    /// The file could not be read at all (the other kinds skip one entry).
    pub fatal: bool,
}

impl std::fmt::Display for ReviewProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.path.display(), self.message),
            line => write!(f, "{}:{line}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ReviewProblem {}

/// Where the reviews of `reg` live: `reviews/<id>.yaml` in the folder of its file.
pub(crate) fn review_path(reg: &Regulation) -> PathBuf {
    let dir = Path::new(&reg.path).parent().map(Path::to_path_buf).unwrap_or_default();
    dir.join("reviews").join(format!("{}.yaml", reg.id))
}

/// The review file of `reg`, if there is one; a file that cannot be read is
/// an error naming the file and line.
pub fn load(reg: &Regulation) -> Result<Option<ReviewFile>, ReviewProblem> {
    let path = review_path(reg);
    if !path.exists() {
        return Ok(None);
    }
    let invalid = |line: usize, message: String| ReviewProblem {
        path: path.clone(),
        line,
        code: DiagnosticCode::ReviewInvalid,
        message,
        fatal: true,
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| invalid(0, format!("レビューファイルを読み込めません（{e}）。自動判定のまま表示します")))?;
    let mut file: ReviewFile = serde_yaml::from_str(&text).map_err(|e| {
        let line = crate::yaml::error_line(&e, 1).unwrap_or(0);
        invalid(line, format!("レビューファイルの書式が正しくありません（{e}）。自動判定のまま表示します"))
    })?;
    file.item_lines = entry_lines(&text, file.items.len());
    Ok(Some(file))
}

/// Line of each `item:` key in `text`, one per review entry, or zeros when
/// they cannot be told apart (a layout the count does not match).
fn entry_lines(text: &str, entries: usize) -> Vec<usize> {
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim_start().trim_start_matches(['-', '{', ' ']);
            l.starts_with("item:") || l.contains(", item:") || l.contains(",item:")
        })
        .map(|(i, _)| i + 1)
        .collect();
    if lines.len() == entries {
        lines
    } else {
        vec![0; entries]
    }
}

/// Hash of an article's text (NFKC, spaces dropped, so layout changes do not
/// count as changes): FNV-1a 64, as 16 hex digits.
pub(crate) fn article_hash(article: &Article) -> String {
    let mut text = String::new();
    for p in &article.paragraphs {
        text.push_str(&p.text);
        fn push(item: &Item, text: &mut String) {
            text.push_str(&item.text);
            item.children.iter().for_each(|c| push(c, text));
        }
        p.items.iter().for_each(|i| push(i, &mut text));
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in nfkc(&text).bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn find_article<'a>(reg: &'a Regulation, label: &str) -> Option<&'a Article> {
    let want = nfkc(label);
    reg.articles().find(|a| nfkc(&a.label) == want)
}

fn status_of(symbol: &str) -> Option<CoverageStatus> {
    match nfkc(symbol).as_str() {
        "○" | "o" => Some(CoverageStatus::Covered),
        "△" => Some(CoverageStatus::Partial),
        "×" | "x" => Some(CoverageStatus::Missing),
        "-" => Some(CoverageStatus::NotApplicable),
        _ => None,
    }
}

/// Applies the filled-in reviews of `file` to `report`. Returns a problem
/// for each review of the report's catalog that matches no item or has an
/// unknown status (so none vanishes unseen).
pub fn apply(reg: &Regulation, file: &ReviewFile, report: &mut CoverageReport) -> Vec<ReviewProblem> {
    let mut problems = Vec::new();
    for (n, review) in file.items.iter().enumerate() {
        if review.catalog != report.catalog_id || review.reviewer.trim().is_empty() {
            continue;
        }
        let problem = |code, message| ReviewProblem {
            path: review_path(reg),
            line: file.item_lines.get(n).copied().unwrap_or(0),
            code,
            message,
            fatal: false,
        };
        let Some(ic) = report.items.iter_mut().find(|i| i.item_id == review.item) else {
            problems.push(problem(
                DiagnosticCode::ReviewUnknownItem,
                format!(
                    "レビュー {}:{} に当たる項目がカタログにありません。このレビューは使われません",
                    review.catalog, review.item
                ),
            ));
            continue;
        };
        let Some(status) = status_of(&review.status) else {
            problems.push(problem(
                DiagnosticCode::ReviewUnknownStatus,
                format!(
                    "レビュー {}:{} の status「{}」は ○ △ × - のいずれでもありません。このレビューは使われません",
                    review.catalog, review.item, review.status
                ),
            ));
            continue;
        };
        let stale =
            review.links.iter().any(|l| find_article(reg, &l.article).is_none_or(|a| article_hash(a) != l.hash));
        ic.review = Some(review.clone());
        if stale {
            ic.review_state = ReviewState::Stale;
            continue;
        }
        apply_links(reg, review, ic);
        ic.review_state = ReviewState::Confirmed;
        ic.status = status;
        if !review.reason.trim().is_empty() {
            ic.status_reason = Some(review.reason.clone());
        }
    }
    problems
}

/// Reviews of catalogs the regulation is not checked against: they would
/// otherwise match no report and vanish unseen.
pub fn unknown_catalogs(reg: &Regulation, file: &ReviewFile, catalogs: &[&str]) -> Vec<ReviewProblem> {
    file.items
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.reviewer.trim().is_empty() && !catalogs.contains(&r.catalog.as_str()))
        .map(|(n, r)| ReviewProblem {
            path: review_path(reg),
            line: file.item_lines.get(n).copied().unwrap_or(0),
            code: DiagnosticCode::ReviewUnknownCatalog,
            message: format!(
                "レビュー {}:{} のカタログはこの例規の対照先（{}）にありません。このレビューは使われません",
                r.catalog,
                r.item,
                catalogs.join(", ")
            ),
            fatal: false,
        })
        .collect()
}

fn apply_links(reg: &Regulation, review: &ItemReview, ic: &mut ItemCoverage) {
    for link in &review.links {
        let want = nfkc(&link.article);
        match link.decision {
            LinkDecision::Confirm => {}
            LinkDecision::Reject => ic.evidence.retain(|e| nfkc(&e.article_label) != want),
            LinkDecision::Add => {
                if ic.evidence.iter().any(|e| nfkc(&e.article_label) == want) {
                    continue;
                }
                let Some(article) = find_article(reg, &link.article) else { continue };
                let sentence = article.paragraphs.first().map(|p| p.text.clone()).unwrap_or_default();
                ic.evidence.push(Evidence {
                    article_id: article.id.clone(),
                    article_label: article.label.clone(),
                    paragraph: None,
                    item_label: None,
                    score: 1.0,
                    caption_match: false,
                    matched_elements: Vec::new(),
                    unlaid_elements: Vec::new(),
                    sentence,
                    by_reference: false,
                    band: ScoreBand::High,
                    weak_duty: false,
                });
            }
        }
    }
}

/// A review file for `reg` from its current results, for editing: existing
/// entries are kept as they are; every other item gets a template entry
/// (reviewer empty) with its automatic status and links.
pub fn template(reg: &Regulation, reports: &[CoverageReport], existing: Option<ReviewFile>) -> ReviewFile {
    let mut file = existing.unwrap_or_else(|| ReviewFile { regulation: reg.id.clone(), ..ReviewFile::default() });
    for report in reports {
        for ic in &report.items {
            if file.items.iter().any(|r| r.catalog == report.catalog_id && r.item == ic.item_id) {
                continue;
            }
            let mut links: Vec<LinkReview> = Vec::new();
            for e in &ic.evidence {
                if links.iter().any(|l| l.article == e.article_label) {
                    continue;
                }
                let hash = find_article(reg, &e.article_label).map(article_hash).unwrap_or_default();
                links.push(LinkReview { article: e.article_label.clone(), decision: LinkDecision::Confirm, hash });
            }
            file.items.push(ItemReview {
                catalog: report.catalog_id.clone(),
                item: ic.item_id.clone(),
                status: ic.status.symbol().to_string(),
                reason: ic.status_reason.clone().unwrap_or_default(),
                reviewer: String::new(),
                date: String::new(),
                links,
            });
        }
    }
    file
}
