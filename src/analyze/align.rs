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
    /// Band of `score`: `high`, `medium`, or `low` (要確認: never ○ on its own).
    #[serde(default)]
    pub band: ScoreBand,
    /// `sentence` only says 努める / できる / 望ましい (努力義務・できる規定).
    #[serde(default)]
    pub weak_duty: bool,
}

impl Evidence {
    /// Where the evidence is, as printed: 第18条 or 第18条第2項.
    pub fn label(&self) -> String {
        match self.paragraph {
            Some(n) => format!("{}第{n}項", self.article_label),
            None => self.article_label.clone(),
        }
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

use std::collections::{BTreeSet, HashMap};

use super::confidence::{self, ScoreBand};
use super::review::{ItemReview, ReviewState};
use super::terms;
use super::text_analysis::{
    add_terms, cosine, terms_of, terms_skipping, weighted_dice, ArticleAnalysis, ArticleIndex, Idf, TermVec,
    TextAnalysis, TokenCache,
};
use super::tokens::Token;
use super::{gates, roles};
use crate::catalog::Catalog;
use crate::model::Regulation;

/// Weights and thresholds of the alignment, tuned globally on the seeds
/// (`reiki eval`); public so that experiments can vary them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Weight of caption ↔ title/keyword overlap.
    pub w_caption: f32,
    /// Weight of TF-IDF cosine between article text and item profile.
    pub w_cosine: f32,
    /// Weight of the fraction of key elements found.
    pub w_elements: f32,
    /// Minimum article score for an item.
    pub threshold: f32,
    /// Other items of the same article must reach this share of its best score.
    pub relative: f32,
    /// Minimum score of a single paragraph for an item the article as a
    /// whole did not reach (articles spanning several items).
    pub paragraph_threshold: f32,
    /// Minimum article score for an item when the article states two or
    /// more of its key elements: a short provision in other words (運ぶとき
    /// は施錠できる容器に) shares little vocabulary with the item's profile
    /// but says what it requires. Measured on both gold sets: 0.0 admits a
    /// provision that only names roles (西伊豆町 第35条 → 組織体制), 0.15
    /// admits no wrong link; 0.25 misses most of the paraphrases.
    pub elements_threshold: f32,
    /// Minimum score for a counterpart in the 条文対応表.
    pub correspond_threshold: f32,
    /// Minimum score when both articles align to catalog items but share
    /// none (the catalog says they are about different things).
    pub correspond_disjoint_threshold: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            w_caption: 0.45,
            w_cosine: 0.35,
            w_elements: 0.2,
            threshold: 0.3,
            relative: 0.8,
            paragraph_threshold: 0.25,
            elements_threshold: 0.15,
            correspond_threshold: 0.12,
            correspond_disjoint_threshold: 0.3,
        }
    }
}

/// Weight of a caption match on a keyword relative to one on the title.
const KEYWORD_FACTOR: f32 = 0.85;

/// A catalog leaf prepared for matching.
#[derive(Debug, Clone)]
pub(super) struct ItemProfile {
    id: String,
    /// Title and each keyword as term sets, for caption matching.
    names: Vec<TermVec>,
    /// Title, keywords, requirement and element phrases.
    content: TermVec,
    /// Per key element: label and alternative phrases, each a list of words.
    pub(super) elements: Vec<(String, Vec<Vec<String>>)>,
    /// Title and keywords in NFKC, for spotting the subject of a reference.
    names_nfkc: Vec<String>,
    /// The requirement states a duty, so an effort (努める) falls short of it.
    duty_required: bool,
    /// The item sets up a role (catalog `role: true`); see `roles`.
    pub(super) role: bool,
    /// Names of the role (from its element phrases).
    pub(super) role_names: Vec<roles::RoleName>,
}

/// A catalog with its leaves tokenized once, reusable for many regulations.
#[derive(Debug, Clone)]
pub struct CatalogAnalysis {
    pub catalog: Catalog,
    items: Vec<ItemProfile>,
}

impl CatalogAnalysis {
    pub fn build(catalog: &Catalog, cache: &TokenCache) -> CatalogAnalysis {
        let terms_for = |text: &str| {
            let norm = terms::nfkc(text);
            let tokens = cache.tokens(&norm);
            terms_of(&norm, &tokens)
        };
        let items = catalog
            .leaves()
            .map(|item| {
                let mut names = Vec::new();
                let mut content = TermVec::default();
                for (i, name) in std::iter::once(&item.title).chain(item.keywords.iter()).enumerate() {
                    let t = terms_for(name);
                    let mut v = TermVec::default();
                    add_terms(&mut v, &t, 1.0);
                    names.push(v);
                    add_terms(&mut content, &t, if i == 0 { 2.0 } else { 1.5 });
                }
                add_terms(&mut content, &terms_for(&item.requirement), 1.0);
                let elements: Vec<(String, Vec<Vec<String>>)> = item
                    .elements
                    .iter()
                    .map(|e| {
                        for phrase in &e.any {
                            add_terms(&mut content, &terms_for(phrase), 1.0);
                        }
                        let phrases = e
                            .any
                            .iter()
                            .map(|p| p.split([' ', '\u{3000}']).filter(|w| !w.is_empty()).map(terms::nfkc).collect())
                            .collect();
                        (e.label.clone(), phrases)
                    })
                    .collect();
                let names_nfkc =
                    std::iter::once(&item.title).chain(item.keywords.iter()).map(|n| terms::nfkc(n)).collect();
                let duty_required = confidence::requirement_is_duty(&item.requirement);
                let role_names = if item.role {
                    roles::role_names(
                        &elements
                            .iter()
                            .flat_map(|(_, p): &(String, Vec<Vec<String>>)| p.iter().cloned())
                            .collect::<Vec<_>>(),
                    )
                } else {
                    Vec::new()
                };
                ItemProfile {
                    id: item.id.clone(),
                    names,
                    content,
                    elements,
                    names_nfkc,
                    duty_required,
                    role: item.role,
                    role_names,
                }
            })
            .collect();
        CatalogAnalysis { catalog: catalog.clone(), items }
    }
}

/// Heads of a caption that name no act of their own: （システム管理者の責務）
/// is about the システム管理者, （管理体制の整備） about the 管理体制.
const LIGHT_HEADS: &[&str] = &["の責務", "の職務", "の任務", "の役割", "の整備", "の設置", "の指定"];

/// Whether `keyword` names the head of `caption` (both NFKC): the caption
/// ends with it, after a light head and a scope 等. A Japanese caption is a
/// noun phrase whose last noun says what the article does, so a keyword in
/// its modifier (漏えい of 漏えい等の防止, 事務処理誤り of 事務処理誤り等の公表)
/// names another subject than the article's.
fn names_caption_head(keyword: &str, caption: &str) -> bool {
    let mut c = caption.trim_matches(['(', ')', '（', '）', ' ']);
    if let Some(rest) = LIGHT_HEADS.iter().find_map(|h| c.strip_suffix(h)) {
        c = rest;
    }
    let c = c.strip_suffix('等').unwrap_or(c);
    !keyword.is_empty() && c.ends_with(keyword)
}

/// Labels of the item's key elements present in `compact` (NFKC, no spaces).
pub(super) fn matched_elements(item: &ItemProfile, compact: &str) -> Vec<String> {
    item.elements
        .iter()
        .filter(|(_, phrases)| {
            phrases.iter().any(|words: &Vec<String>| words.iter().all(|w| compact.contains(w.as_str())))
        })
        .map(|(label, _)| label.clone())
        .collect()
}

/// Items a reference provision (準用, …ポリシーにのっとり) hands over: those
/// whose title or keywords name the most text in it (total characters of the
/// names found), ties included. A reference says little else, so its subject
/// is found by name rather than by similarity.
fn referenced_items(items: &[ItemProfile], compact: &str) -> Vec<usize> {
    let hits: Vec<usize> = items
        .iter()
        .map(|item| {
            item.names_nfkc
                .iter()
                .filter(|n| n.chars().count() >= 2 && compact.contains(n.as_str()))
                .map(|n| n.chars().count())
                .sum()
        })
        .collect();
    let best = hits.iter().copied().max().unwrap_or(0);
    if best < 2 {
        return Vec::new();
    }
    hits.iter().enumerate().filter(|(_, &h)| h == best).map(|(i, _)| i).collect()
}

/// Items named in a line that enumerates measures (組織体制の整備、取扱規程等に
/// 基づく運用、…): the line split at 、 and ・ into at least three phrases, of
/// which at least two, and at least half, name distinct items by their titles
/// (IDF-weighted overlap ≥ 0.6). Phrases naming only persons do not count.
fn enumerated_items(
    scorer: &Scorer,
    tokens: &[Token],
    range: std::ops::Range<usize>,
    boilerplate: &[std::ops::Range<usize>],
) -> Vec<usize> {
    const DELIMITERS: &[&str] = &["、", "・", ","];
    let mut phrases: Vec<Vec<Token>> = vec![Vec::new()];
    for t in tokens.iter().filter(|t| t.start >= range.start && t.end <= range.end) {
        if DELIMITERS.contains(&t.surface.as_str()) {
            phrases.push(Vec::new());
        } else if let Some(last) = phrases.last_mut() {
            last.push(t.clone());
        }
    }
    phrases.retain(|p| !p.is_empty());
    if phrases.len() < 3 {
        return Vec::new();
    }
    let mut named: Vec<usize> = Vec::new();
    for phrase in &phrases {
        let mut v = TermVec::default();
        add_terms(&mut v, &terms_skipping(phrase, boilerplate), 1.0);
        if v.keys().all(|t| terms::is_role_word(t)) {
            continue;
        }
        // The phrase must name the item: at least half and at least two of
        // the title's words, including its rarest; items that are roles
        // (保護管理者) are not measures.
        let names_item = |i: usize| {
            let title = &scorer.items[i].names[0];
            let shared = title.keys().filter(|t| v.contains_key(*t)).count();
            let is_role = scorer.items[i].names_nfkc.first().is_some_and(|t| terms::is_role_word(t));
            !is_role
                && shared >= 2
                && shared * 2 >= title.len()
                && scorer.item_rarest[i].as_ref().is_some_and(|t| v.contains_key(t))
        };
        let best = (0..scorer.items.len())
            .filter(|&i| names_item(i))
            .map(|i| (i, weighted_dice(&v, &scorer.items[i].names[0], &scorer.idf)))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((i, score)) = best {
            if score >= 0.6 && !named.contains(&i) {
                named.push(i);
            }
        }
    }
    // An enumeration of measures, not a sentence that happens to name two.
    if named.len() >= 2 && named.len() * 2 >= phrases.len() {
        named
    } else {
        Vec::new()
    }
}

/// Scores of one text unit (article or paragraph) against every item.
pub(super) struct UnitScore {
    pub(super) score: f32,
    caption: f32,
    pub(super) elements: Vec<String>,
}

pub(super) struct Scorer<'a> {
    params: Params,
    idf: Idf,
    pub(super) items: &'a [ItemProfile],
    item_vecs: Vec<TermVec>,
    /// Each item's rarest title word (highest idf).
    item_rarest: Vec<Option<String>>,
}

impl<'a> Scorer<'a> {
    fn new(analysis: &TextAnalysis, catalog: &'a CatalogAnalysis, params: Params) -> Self {
        let mut idf = Idf::new();
        for a in &analysis.articles {
            let mut v = a.terms.clone();
            add_terms(&mut v, &a.caption_terms.iter().map(|(t, w)| (t.clone(), *w)).collect::<Vec<_>>(), 1.0);
            idf.add(&v);
        }
        for item in &catalog.items {
            idf.add(&item.content);
        }
        let item_vecs = catalog.items.iter().map(|i| idf.weigh(&i.content)).collect();
        let item_rarest = catalog
            .items
            .iter()
            .map(|i| i.names[0].keys().max_by(|x, y| idf.idf(x).total_cmp(&idf.idf(y)).then(y.cmp(x))).cloned())
            .collect();
        Scorer { params, idf, items: &catalog.items, item_vecs, item_rarest }
    }

    /// IDF-weighted overlap of the caption with the item's title or one of
    /// its keywords. `head_keywords_only`: a keyword counts only where it
    /// names the head of `caption_text` (see `names_caption_head`).
    fn caption_score(
        &self,
        caption_terms: &TermVec,
        caption_text: &str,
        item: &ItemProfile,
        head_keywords_only: bool,
    ) -> f32 {
        if caption_terms.is_empty() {
            return 0.0;
        }
        // The title is the item's own name; a keyword match counts a little less.
        item.names
            .iter()
            .enumerate()
            .filter(|(k, _)| *k == 0 || !head_keywords_only || names_caption_head(&item.names_nfkc[*k], caption_text))
            .map(|(k, n)| weighted_dice(caption_terms, n, &self.idf) * if k == 0 { 1.0 } else { KEYWORD_FACTOR })
            .fold(0.0, f32::max)
    }

    /// Scores `terms` (+ caption) and `compact` text against item `i`.
    /// Scores of one unit (its terms + caption, and its NFKC text without
    /// spaces) against every item; the unit's vector is weighed once.
    fn scores(
        &self,
        caption_terms: &TermVec,
        caption_text: &str,
        caption_factor: f32,
        terms: &TermVec,
        compact: &str,
    ) -> Vec<UnitScore> {
        let mut v = terms.clone();
        for (t, w) in caption_terms {
            *v.entry(t.clone()).or_insert(0.0) += w;
        }
        let weighted = self.idf.weigh(&v);
        (0..self.items.len())
            .map(|i| self.score_weighted(&weighted, caption_terms, caption_text, caption_factor, compact, i))
            .collect()
    }

    pub(super) fn score(
        &self,
        caption_terms: &TermVec,
        caption_factor: f32,
        terms: &TermVec,
        compact: &str,
        i: usize,
    ) -> UnitScore {
        let mut v = terms.clone();
        for (t, w) in caption_terms {
            *v.entry(t.clone()).or_insert(0.0) += w;
        }
        self.score_weighted(&self.idf.weigh(&v), caption_terms, "", caption_factor, compact, i)
    }

    fn score_weighted(
        &self,
        weighted: &TermVec,
        caption_terms: &TermVec,
        caption_text: &str,
        caption_factor: f32,
        compact: &str,
        i: usize,
    ) -> UnitScore {
        let item = &self.items[i];
        let p = &self.params;
        let cos = cosine(weighted, &self.item_vecs[i]);
        let elements = matched_elements(item, compact);
        // Over a text stating none of the item's key elements, a caption that
        // shares a keyword only in its modifier names a neighbouring subject
        // (漏えい等の防止 is not 事案の報告, 正確性の確保 not 誤りの訂正).
        let head_keywords_only = elements.is_empty() && !item.elements.is_empty();
        let caption = if caption_factor > 0.0 {
            self.caption_score(caption_terms, caption_text, item, head_keywords_only) * caption_factor
        } else {
            0.0
        };
        let (el, we) = if item.elements.is_empty() {
            (0.0, 0.0)
        } else {
            (elements.len() as f32 / item.elements.len() as f32, p.w_elements)
        };
        let score = (p.w_caption * caption + p.w_cosine * cos + we * el) / (p.w_caption + p.w_cosine + we);
        UnitScore { score, caption, elements }
    }
}

/// The sentence of `lines` that carries most of the found elements (or,
/// failing that, the first one).
pub(super) fn carrying_sentence(lines: &[String], item: &ItemProfile, elements: &[String]) -> String {
    let sentences = sentences_of(lines);
    let hits = |s: &str| {
        let compact = terms::nfkc(s);
        item.elements
            .iter()
            .filter(|(label, phrases)| {
                elements.contains(label) && phrases.iter().any(|w| w.iter().all(|w| compact.contains(w.as_str())))
            })
            .count()
    };
    let mut best = (0, sentences.first().copied().unwrap_or(""));
    for s in &sentences {
        let h = hits(s);
        if h > best.0 {
            best = (h, s);
        }
    }
    best.1.to_string()
}

/// The sentences of `lines`, trimmed, empty ones dropped.
fn sentences_of(lines: &[String]) -> Vec<&str> {
    lines
        .iter()
        .flat_map(|l| super::flags::sentences(l).into_iter().map(move |r| &l[r]))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Items that the reference sentences of `lines` (準用する, 委任する, 別に
/// 定める, …に従う: see `terms::is_reference`) hand over, each with its
/// sentence. Only the handing-over sentence names them: a role or 漏えい
/// named elsewhere in the article is no reference to it.
fn referenced_by_sentences(items: &[ItemProfile], lines: &[String]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    // A 準用 of the rule's own article names the case it extends to, not the
    // item: `extend_internal_references` follows it to the article instead.
    let handing_over = |s: &&str| terms::is_reference(s) && terms::internal_referent(s).is_none();
    for sentence in sentences_of(lines).into_iter().filter(handing_over) {
        for i in referenced_items(items, &terms::nfkc(sentence)) {
            if !out.iter().any(|(j, _)| *j == i) {
                out.push((i, sentence.to_string()));
            }
        }
    }
    out
}

/// Coverage of `reg` against `catalog` with default parameters.
pub fn coverage(reg: &Regulation, catalog: &Catalog, analysis: &TextAnalysis) -> CoverageReport {
    let cache = TokenCache::new();
    coverage_with(reg, &CatalogAnalysis::build(catalog, &cache), analysis, Params::default())
}

/// Coverage with a prepared catalog and explicit parameters.
/// Cost: O(articles × items) scorings.
pub fn coverage_with(
    reg: &Regulation,
    catalog: &CatalogAnalysis,
    analysis: &TextAnalysis,
    params: Params,
) -> CoverageReport {
    let scorer = Scorer::new(analysis, catalog, params);
    let defined = roles::DefinedTerms::collect(
        analysis.articles.iter().flat_map(|a| a.paragraphs.iter().map(|p| p.normalized.as_str())),
    );
    // A rule whose title and 趣旨 are not about personal information (an IT
    // rule) evidences a measure only in provisions that name it. Without a
    // title there is nothing to tell: the rule is taken as in scope.
    let purpose: String = analysis.articles.iter().filter(|a| a.is_general()).take(1).map(|a| a.compact()).collect();
    let in_scope =
        reg.meta.title.as_deref().is_none_or(|t| roles::is_bound(&format!("{}{purpose}", terms::nfkc(t)), &defined));
    let n_items = catalog.items.len();
    let mut evidence: Vec<Vec<Evidence>> = vec![Vec::new(); n_items];
    let mut additions = Vec::new();
    for a in &analysis.articles {
        if a.is_general() {
            continue;
        }
        let found = gates::apply(&scorer, a, &defined, in_scope, align_article(&scorer, a));
        if found.is_empty() {
            additions.push(a.id.clone());
        }
        for (i, e) in found {
            evidence[i].push(e);
        }
    }
    extend_internal_references(analysis, &mut evidence, &mut additions);
    let items = catalog
        .items
        .iter()
        .zip(evidence)
        .map(|(item, mut ev)| {
            ev.sort_by(|x, y| y.score.total_cmp(&x.score));
            let na = not_applicable(reg, &catalog.catalog.id, &item.id);
            let found: BTreeSet<&String> =
                ev.iter().filter(|e| !e.by_reference).flat_map(|e| e.matched_elements.iter()).collect();
            let missing_elements: Vec<String> =
                item.elements.iter().map(|(l, _)| l.clone()).filter(|l| !found.contains(l)).collect();
            let direct: Vec<&Evidence> = ev.iter().filter(|e| !e.by_reference).collect();
            // An effort or a low-band link alone cannot make an item ○.
            let status_reason = if direct.is_empty() {
                None
            } else if item.duty_required && direct.iter().all(|e| e.weak_duty) {
                Some(confidence::WEAK_DUTY_REASON.to_string())
            } else if direct.iter().all(|e| e.band == ScoreBand::Low) {
                Some(confidence::LOW_BAND_REASON.to_string())
            } else {
                None
            };
            let status = if na.is_some() {
                CoverageStatus::NotApplicable
            } else if ev.is_empty() {
                CoverageStatus::Missing
            } else if direct.is_empty() || !missing_elements.is_empty() || status_reason.is_some() {
                CoverageStatus::Partial
            } else {
                CoverageStatus::Covered
            };
            ItemCoverage {
                item_id: item.id.clone(),
                status,
                evidence: ev,
                missing_elements,
                note: na,
                status_reason,
                review_state: ReviewState::default(),
                review: None,
            }
        })
        .collect();
    CoverageReport { regulation_id: reg.id.clone(), catalog_id: catalog.catalog.id.clone(), items, additions }
}

/// 「前条（第N条）の規定は、…について準用する」: the article extends the
/// measures of the article it names to another case, so it covers that
/// article's items, by reference (△ on its own, like any reference).
fn extend_internal_references(analysis: &TextAnalysis, evidence: &mut [Vec<Evidence>], additions: &mut Vec<String>) {
    for (n, a) in analysis.articles.iter().enumerate() {
        for p in &a.paragraphs {
            for sentence in sentences_of(&p.lines) {
                let Some(referent) = terms::internal_referent(sentence) else { continue };
                let target = match referent.as_str() {
                    "前条" => n.checked_sub(1).map(|m| &analysis.articles[m]),
                    label => analysis.articles.iter().find(|t| terms::nfkc(&t.label) == label),
                };
                let Some(target) = target.filter(|t| t.id != a.id) else { continue };
                for ev in evidence.iter_mut() {
                    let Some(source) = ev.iter().find(|e| e.article_id == target.id && !e.by_reference) else {
                        continue;
                    };
                    if ev.iter().any(|e| e.article_id == a.id) {
                        continue;
                    }
                    let link = Evidence {
                        article_id: a.id.clone(),
                        article_label: a.label.clone(),
                        paragraph: (a.paragraphs.len() >= 2).then_some(p.number),
                        matched_elements: Vec::new(),
                        caption_match: false,
                        sentence: sentence.to_string(),
                        weak_duty: false,
                        by_reference: true,
                        ..source.clone()
                    };
                    ev.push(link);
                    additions.retain(|id| id != &a.id);
                }
            }
        }
    }
}

/// Reason from front matter when `item` is declared not applicable.
fn not_applicable(reg: &Regulation, catalog_id: &str, item: &str) -> Option<String> {
    let na = &reg.meta.not_applicable;
    na.get(&format!("{catalog_id}:{item}")).or_else(|| na.get(item)).cloned()
}

/// Items one article aligns to, with evidence: the items the whole article
/// scores best for, plus items that single paragraphs score for on their own
/// (an article spanning 監査, 点検, 評価及び見直し in three paragraphs).
fn align_article(scorer: &Scorer, a: &ArticleAnalysis) -> Vec<(usize, Evidence)> {
    let p = scorer.params;
    let compact = a.compact();
    let caption_text = a.caption.as_deref().map(terms::nfkc).unwrap_or_default();
    let all_lines: Vec<String> = a.paragraphs.iter().flat_map(|p| p.lines.iter().cloned()).collect();
    let scores: Vec<UnitScore> = scorer.scores(&a.caption_terms, &caption_text, 1.0, &a.terms, &compact);
    let best = scores.iter().map(|s| s.score).fold(0.0, f32::max);
    let mut out: Vec<(usize, Evidence)> = Vec::new();
    // Per paragraph: its best item, to attribute evidence to 第N項 when the
    // article spans several items.
    let mut paragraph_best: Vec<(u32, usize)> = Vec::new();
    let evidence = |i: usize, s: &UnitScore, paragraph: Option<u32>, lines: &[String]| {
        let item = &scorer.items[i];
        let sentence = carrying_sentence(lines, item, &s.elements);
        // By reference: the sentence carrying the item hands it over to
        // another provision (a reference elsewhere in the article does not
        // count) and itself states less than half the elements.
        let by_reference = terms::is_reference(&sentence) && s.elements.len() * 2 < item.elements.len().max(1);
        Evidence {
            band: ScoreBand::of_link(s.score, !item.elements.is_empty() && s.elements.len() >= item.elements.len()),
            weak_duty: confidence::is_weak_duty(&sentence),
            article_id: a.id.clone(),
            article_label: a.label.clone(),
            paragraph,
            score: s.score,
            caption_match: s.caption >= 0.5,
            matched_elements: s.elements.clone(),
            sentence,
            by_reference,
        }
    };
    for (i, s) in scores.iter().enumerate() {
        // Two key elements of an item stated in the article are the item's
        // own words, whatever else the article says in other words.
        let threshold = if s.elements.len() >= 2 { p.elements_threshold } else { p.threshold };
        if s.score >= threshold && s.score >= p.relative * best {
            out.push((i, evidence(i, s, None, &all_lines)));
        }
    }
    for (i, sentence) in referenced_by_sentences(scorer.items, &all_lines) {
        if !out.iter().any(|(j, _)| *j == i) {
            let mut e = evidence(i, &scores[i], None, &all_lines);
            e.by_reference = true;
            e.weak_duty = confidence::is_weak_duty(&sentence);
            e.sentence = sentence;
            out.push((i, e));
        }
    }
    // Sub-units: each paragraph of a multi-paragraph article, and each item
    // (号) of a paragraph listing several, scored on their own text only.
    let empty = TermVec::default();
    // (paragraph number, is a whole paragraph, lines, terms, compact text)
    let mut units: Vec<(u32, bool, Vec<String>, TermVec, String)> = Vec::new();
    for para in &a.paragraphs {
        if a.paragraphs.len() >= 2 {
            units.push((para.number, true, para.lines.clone(), para.terms.clone(), terms::nfkc(&para.normalized)));
        }
        let items: Vec<_> = para.segments.iter().filter(|s| s.label.is_some()).collect();
        if items.len() >= 2 {
            for seg in items {
                let compact = terms::nfkc(&para.normalized[seg.range.clone()]);
                units.push((para.number, false, vec![seg.line.clone()], seg.terms.clone(), compact));
            }
        }
    }
    for (number, whole_paragraph, lines, unit_terms, compact) in &units {
        let scores: Vec<UnitScore> = scorer.scores(&empty, "", 0.0, unit_terms, compact);
        let Some((i, s)) = scores.iter().enumerate().max_by(|x, y| x.1.score.total_cmp(&y.1.score)) else { continue };
        if *whole_paragraph {
            paragraph_best.push((*number, i));
        }
        if s.score >= p.paragraph_threshold {
            if !out.iter().any(|(j, _)| *j == i) {
                out.push((i, evidence(i, s, Some(*number), lines)));
            }
        } else {
            for (i, sentence) in referenced_by_sentences(scorer.items, lines) {
                if !out.iter().any(|(j, _)| *j == i) {
                    let mut e = evidence(i, &scores[i], Some(*number), lines);
                    e.by_reference = true;
                    e.weak_duty = confidence::is_weak_duty(&sentence);
                    e.sentence = sentence;
                    out.push((i, e));
                }
            }
        }
    }
    // Lines that enumerate measures by name (組織体制の整備、取扱規程等に
    // 基づく運用、…): each named item counts, as named only.
    for para in &a.paragraphs {
        for seg in &para.segments {
            for i in enumerated_items(scorer, &para.tokens, seg.range.clone(), &para.boilerplate) {
                if !out.iter().any(|(j, _)| *j == i) {
                    let para_no = (a.paragraphs.len() >= 2).then_some(para.number);
                    let compact = terms::nfkc(&para.normalized[seg.range.clone()]);
                    let s = scorer.score(&empty, 0.0, &seg.terms, &compact, i);
                    let mut e = evidence(i, &s, para_no, std::slice::from_ref(&seg.line));
                    e.by_reference = true;
                    out.push((i, e));
                }
            }
        }
    }
    if out.len() >= 2 {
        for (i, e) in out.iter_mut().filter(|(_, e)| e.paragraph.is_none()) {
            let mut paras = paragraph_best.iter().filter(|(_, best)| best == i);
            // Only when exactly one paragraph carries the item.
            if let (Some((n, _)), None) = (paras.next(), paras.next()) {
                e.paragraph = Some(*n);
            }
        }
    }
    out
}

/// Article id → catalog items it aligns to, from coverage reports.
fn items_by_article(reports: &[CoverageReport]) -> HashMap<String, BTreeSet<String>> {
    let mut map: HashMap<String, BTreeSet<String>> = HashMap::new();
    for r in reports {
        for item in &r.items {
            for e in &item.evidence {
                map.entry(e.article_id.clone()).or_default().insert(format!("{}:{}", r.catalog_id, item.item_id));
            }
        }
    }
    map
}

/// Article vector for correspondence: body terms plus captions, weighted up.
fn article_vector(a: &ArticleAnalysis) -> TermVec {
    let mut v = a.terms.clone();
    for (t, w) in &a.caption_terms {
        *v.entry(t.clone()).or_insert(0.0) += 2.0 * w;
    }
    v
}

/// 条文対応表 of `a` and `b`: for each article of A the best articles of B, by
/// TF-IDF cosine over an inverted index of B and by shared catalog items
/// (from the coverage reports of each, possibly empty). 1:n and n:1 allowed.
pub fn correspond(
    a: &TextAnalysis,
    b: &TextAnalysis,
    a_reports: &[CoverageReport],
    b_reports: &[CoverageReport],
) -> Correspondence {
    correspond_with(a, b, a_reports, b_reports, Params::default())
}

pub fn correspond_with(
    a: &TextAnalysis,
    b: &TextAnalysis,
    a_reports: &[CoverageReport],
    b_reports: &[CoverageReport],
    params: Params,
) -> Correspondence {
    let a_vecs: Vec<TermVec> = a.articles.iter().map(article_vector).collect();
    let b_vecs: Vec<TermVec> = b.articles.iter().map(article_vector).collect();
    let mut idf = Idf::new();
    a_vecs.iter().chain(b_vecs.iter()).for_each(|v| idf.add(v));
    let mut index = ArticleIndex::default();
    for (art, v) in b.articles.iter().zip(&b_vecs) {
        index.add(&b.regulation_id, &art.id, &idf.weigh(v));
    }
    let a_items = items_by_article(a_reports);
    let b_items = items_by_article(b_reports);
    let mut b_by_item: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, art) in b.articles.iter().enumerate() {
        for item in b_items.get(&art.id).into_iter().flatten() {
            b_by_item.entry(item.as_str()).or_default().push(j);
        }
    }
    let empty = BTreeSet::new();
    let mut matches = Vec::new();
    let mut unmatched_a = Vec::new();
    let mut b_used = vec![false; b.articles.len()];
    for (art, v) in a.articles.iter().zip(&a_vecs) {
        let mut cand: HashMap<usize, f32> =
            index.query(&idf.weigh(v)).into_iter().take(20).map(|(d, s)| (d as usize, s)).collect();
        let mine = a_items.get(&art.id).unwrap_or(&empty);
        for item in mine {
            for &j in b_by_item.get(item.as_str()).into_iter().flatten() {
                cand.entry(j).or_insert(0.0);
            }
        }
        let mut scored: Vec<Counterpart> = cand
            .into_iter()
            .map(|(j, cos)| {
                let theirs = b_items.get(&b.articles[j].id).unwrap_or(&empty);
                let via: Vec<String> = mine.intersection(theirs).cloned().collect();
                let union = mine.union(theirs).count();
                let jaccard = if union == 0 { 0.0 } else { via.len() as f32 / union as f32 };
                let score = if union == 0 { cos } else { 0.7 * cos + 0.3 * jaccard };
                let disjoint = !mine.is_empty() && !theirs.is_empty() && via.is_empty();
                let via_items =
                    via.iter().map(|v| v.split_once(':').map_or(v.clone(), |(_, id)| id.to_string())).collect();
                (j, score, via_items, disjoint)
            })
            .filter(|(_, score, _, disjoint)| {
                *score >= if *disjoint { params.correspond_disjoint_threshold } else { params.correspond_threshold }
            })
            .map(|(j, score, via_items, _)| Counterpart { article_id: b.articles[j].id.clone(), score, via_items })
            .collect();
        scored.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.article_id.cmp(&y.article_id)));
        let best = scored.first().map_or(0.0, |c| c.score);
        scored.retain(|c| c.score >= 0.75 * best);
        scored.truncate(3);
        if scored.is_empty() {
            unmatched_a.push(art.id.clone());
            continue;
        }
        for c in &scored {
            if let Some(j) = b.articles.iter().position(|x| x.id == c.article_id) {
                b_used[j] = true;
            }
        }
        matches.push(ArticleMatch { a_article: art.id.clone(), b_articles: scored });
    }
    let unmatched_b = b.articles.iter().zip(&b_used).filter(|(_, u)| !**u).map(|(x, _)| x.id.clone()).collect();
    Correspondence { a: a.regulation_id.clone(), b: b.regulation_id.clone(), matches, unmatched_a, unmatched_b }
}

/// An inverted index over the articles of many regulations, for finding the
/// articles of other regulations most similar to one article (a draft's 第9条
/// against every city's articles) without comparing all pairs.
#[derive(Debug, Clone, Default)]
pub struct CorpusIndex {
    idf: Idf,
    index: ArticleIndex,
}

/// One hit of a corpus query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimilarArticle {
    pub regulation_id: String,
    pub article_id: String,
    pub score: f32,
}

impl CorpusIndex {
    pub fn build<'a>(analyses: impl IntoIterator<Item = &'a TextAnalysis> + Clone) -> CorpusIndex {
        let mut idf = Idf::new();
        for an in analyses.clone() {
            an.articles.iter().for_each(|a| idf.add(&article_vector(a)));
        }
        let mut index = ArticleIndex::default();
        for an in analyses {
            for a in &an.articles {
                index.add(&an.regulation_id, &a.id, &idf.weigh(&article_vector(a)));
            }
        }
        CorpusIndex { idf, index }
    }

    pub fn len(&self) -> usize {
        self.index.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.docs.is_empty()
    }

    /// The `k` most similar articles of other regulations (TF-IDF cosine,
    /// captions weighted), best first.
    pub fn similar(&self, regulation_id: &str, article: &ArticleAnalysis, k: usize) -> Vec<SimilarArticle> {
        // Terms found in more than a tenth of all articles add little to the
        // ranking but walk the longest postings lists: leave them out.
        let cutoff = self.idf.idf_of_share(0.1);
        let query: TermVec =
            self.idf.weigh(&article_vector(article)).into_iter().filter(|(t, _)| self.idf.idf(t) >= cutoff).collect();
        self.index
            .query(&query)
            .into_iter()
            .filter(|(doc, _)| self.index.docs[*doc as usize].0 != regulation_id)
            .take(k)
            .map(|(doc, score)| {
                let (r, a) = &self.index.docs[doc as usize];
                SimilarArticle { regulation_id: r.clone(), article_id: a.clone(), score }
            })
            .collect()
    }
}
