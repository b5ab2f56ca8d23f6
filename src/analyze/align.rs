//! Alignment of articles to catalog items, coverage (○△×-) and article
//! correspondence between two regulations.
//!
//! OWNER: alignment work (issue 3). The types below are the contract the
//! site and CLI render; fill in the functions.
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
    pub score: f32,
    /// The article caption matched the item title or keywords.
    pub caption_match: bool,
    /// Labels of the item's key elements found.
    pub matched_elements: Vec<String>,
    /// The sentence that carries them (original text).
    pub sentence: String,
    /// Coverage only by reference to another rule (準用, 別に定める …).
    pub by_reference: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemCoverage {
    pub item_id: String,
    pub status: CoverageStatus,
    pub evidence: Vec<Evidence>,
    /// Key elements not found anywhere.
    pub missing_elements: Vec<String>,
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
