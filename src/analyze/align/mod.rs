//! Alignment of articles to catalog items, coverage (○△×-) and article
//! correspondence between two regulations.
//!
//! The types below are the contract the site and CLI render. `params` holds
//! every weight and threshold, `profile` prepares a catalog's items once,
//! `scorer` scores a text against every item, `references` finds the items
//! a provision hands over or enumerates by name, `stages` reads a rule
//! written by the stages of handling, `coverage` aligns one
//! regulation to a catalog, and `correspond` pairs the articles of two
//! regulations (and indexes a corpus of them).
use serde::{Deserialize, Serialize};

/// Coverage status of one catalog item in one regulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CoverageStatus {
    /// ○ all key elements present
    #[serde(rename = "○")]
    Covered,
    /// △ some elements, or coverage only by reference to another rule
    #[serde(rename = "△")]
    Partial,
    /// × missing
    #[serde(rename = "×")]
    Missing,
    /// - not applicable
    #[serde(rename = "-")]
    NotApplicable,
}

impl CoverageStatus {
    pub fn symbol(self) -> &'static str {
        match self {
            CoverageStatus::Covered => "○",
            CoverageStatus::Partial => "△",
            CoverageStatus::Missing => "×",
            CoverageStatus::NotApplicable => "-",
        }
    }

    /// Japanese word for screen readers and legends.
    pub fn label(self) -> &'static str {
        match self {
            CoverageStatus::Covered => "充足",
            CoverageStatus::Partial => "一部",
            CoverageStatus::Missing => "欠落",
            CoverageStatus::NotApplicable => "該当なし",
        }
    }
}

/// Why an article (or one of its paragraphs) counts for an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub article_id: String,
    /// 第10条
    pub article_label: String,
    /// Paragraph number when the evidence is one paragraph of the article.
    pub paragraph: Option<u32>,
    /// The 号 (第2号, 第2号イ; a checklist's (7)) when the evidence is one
    /// item of the paragraph or article.
    #[serde(default)]
    pub item_label: Option<String>,
    pub score: f32,
    /// The article caption matched the item title or keywords.
    pub caption_match: bool,
    /// Labels of the item's key elements found.
    pub matched_elements: Vec<String>,
    /// Labels of the elements it names without laying them down (only as
    /// a power or an effort, or handed to another rule) where other
    /// elements it names bind: what a discretionary element is judged by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unlaid_elements: Vec<String>,
    /// The sentence that carries them (original text).
    pub sentence: String,
    /// Coverage only by reference to another rule (準用, 別に定める …).
    pub by_reference: bool,
    /// Band of `score`: `high`, `medium`, or `low` (要確認: never ○ on its own).
    #[serde(default)]
    pub band: ScoreBand,
    /// `sentence` only says 努める / できる / 望ましい (努力義務・できる規定).
    #[serde(default)]
    pub weak_duty: bool,
}

impl Evidence {
    /// Where the evidence is, as printed: 第18条, 第18条第2項, 第18条第2号
    /// or 第18条第2項第3号.
    pub fn label(&self) -> String {
        format!("{}{}", self.article_label, self.place())
    }

    /// Where in its article the evidence is: 第2項, 第2号, 第2項第3号, or
    /// nothing for the whole article.
    pub fn place(&self) -> String {
        let paragraph = self.paragraph.map(|n| format!("第{n}項")).unwrap_or_default();
        format!("{paragraph}{}", self.item_label.as_deref().unwrap_or_default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemCoverage {
    pub item_id: String,
    pub status: CoverageStatus,
    pub evidence: Vec<Evidence>,
    /// Key elements not found anywhere.
    pub missing_elements: Vec<String>,
    /// Why the item is not applicable (from front matter `not_applicable`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why the item is △ beyond missing elements: 「努力義務にとどまる」,
    /// 「確度の低い対応のみ（要確認）」, or a reviewer's reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    /// `auto` (自動判定), `confirmed` (確認済み) or `stale` (要再確認: the
    /// reviewed article's text has changed since); see `review`.
    #[serde(default)]
    pub review_state: ReviewState,
    /// The reviewer's decision on this item, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ItemReview>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoverageReport {
    pub regulation_id: String,
    pub catalog_id: String,
    /// One entry per leaf item of the catalog, in catalog order.
    pub items: Vec<ItemCoverage>,
    /// Articles that match no item: the regulation's own additions.
    pub additions: Vec<String>,
}

/// One article of A with its best counterparts in B.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleMatch {
    pub a_article: String,
    pub b_articles: Vec<Counterpart>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Counterpart {
    pub article_id: String,
    pub score: f32,
    /// Catalog items both articles align to.
    pub via_items: Vec<String>,
    /// The 項 of A's article that says what this whole article says: an
    /// article joined into A's (two made one, each now a 項). None for a
    /// counterpart of A's article as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
}

/// 条文対応表 of two regulations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correspondence {
    pub a: String,
    pub b: String,
    pub matches: Vec<ArticleMatch>,
    pub unmatched_a: Vec<String>,
    pub unmatched_b: Vec<String>,
}

mod correspond;
mod coverage;
mod params;
mod profile;
mod references;
mod scorer;
mod stages;

pub use correspond::{correspond, correspond_with, CorpusIndex, ItemRef, SimilarArticle};
pub(super) use coverage::LineHits;
pub use coverage::{coverage, coverage_with};
pub use params::{Params, ProfileWeights};
pub use profile::CatalogAnalysis;
pub(super) use profile::{ElementHits, Line};
pub(super) use references::{carrying_sentence, weak_role_set_up, Sentences};
pub(super) use scorer::Scorer;

use super::confidence::ScoreBand;
use super::review::{ItemReview, ReviewState};
