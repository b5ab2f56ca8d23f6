//! The analysis results the site renders, and the one place where the site
//! calls the parser and the analysis modules (so their APIs meet the site
//! in a single file).
use std::collections::HashMap;
use std::path::Path;

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;

use crate::analyze::align::{
    ArticleMatch, Correspondence, Counterpart, CoverageReport, CoverageStatus, Evidence, ItemCoverage,
};
use crate::analyze::diff::{Run, RunKind};
use crate::catalog::Catalog;
use crate::model::{Article, Regulation};

use super::Site;

/// Results of the analyse phase.
#[derive(Debug, Default)]
pub struct Analysis {
    /// (regulation id, catalog id) → coverage report.
    pub coverage: HashMap<(String, String), CoverageReport>,
    /// 条文対応表 of the pairs configured in reiki.yaml, in config order.
    pub pairs: Vec<Correspondence>,
}

impl Analysis {
    pub fn compute(site: &Site) -> Result<Analysis> {
        let jobs: Vec<(&Regulation, &Catalog)> =
            site.regulations.iter().flat_map(|r| site.catalogs_of(r).into_iter().map(move |c| (r, c))).collect();
        let coverage = jobs
            .par_iter()
            .map(|(reg, cat)| ((reg.id.clone(), cat.id.clone()), coverage(reg, cat)))
            .collect::<HashMap<_, _>>();
        let mut analysis = Analysis { coverage, pairs: Vec::new() };
        for [a, b] in &site.config.pairs {
            let (Some(ra), Some(rb)) = (site.regulation(a), site.regulation(b)) else {
                anyhow::bail!("reiki.yaml: pair [{a}, {b}] names a regulation that was not loaded");
            };
            analysis.pairs.push(correspondence(ra, rb, &site.catalogs, &analysis));
        }
        Ok(analysis)
    }

    pub fn coverage_of(&self, regulation: &str, catalog: &str) -> Option<&CoverageReport> {
        self.coverage.get(&(regulation.to_string(), catalog.to_string()))
    }
}

/// Parses one regulation file.
pub fn load_regulation(path: &Path) -> Result<Regulation> {
    anyhow::bail!("{}:0: the parser has not landed yet", path.display())
}

/// Coverage of `reg` against `catalog`.
/// Stand-in until the alignment work lands: an element counts when all
/// words of one of its phrases occur in an article.
pub fn coverage(reg: &Regulation, catalog: &Catalog) -> CoverageReport {
    let articles: Vec<&Article> = reg.articles().collect();
    let texts: Vec<String> = articles.iter().map(|a| a.normalized()).collect();
    let mut items = Vec::new();
    let mut used = std::collections::HashSet::new();
    for item in catalog.leaves() {
        let mut evidence = Vec::new();
        let mut found: Vec<String> = Vec::new();
        for (article, text) in articles.iter().zip(&texts) {
            let caption_match = article.caption.as_deref().is_some_and(|c| {
                c.contains(&item.title) || item.keywords.iter().any(|k| c.contains(k.as_str()))
            });
            let matched: Vec<String> = item
                .elements
                .iter()
                .filter(|e| e.any.iter().any(|phrase| phrase.split_whitespace().all(|w| text.contains(w))))
                .map(|e| e.label.clone())
                .collect();
            if caption_match || (!matched.is_empty() && matched.len() * 2 >= item.elements.len().max(1)) {
                for m in &matched {
                    if !found.contains(m) {
                        found.push(m.clone());
                    }
                }
                used.insert(article.id.clone());
                evidence.push(Evidence {
                    article_id: article.id.clone(),
                    article_label: article.label.clone(),
                    paragraph: None,
                    score: matched.len() as f32 + if caption_match { 1.0 } else { 0.0 },
                    caption_match,
                    matched_elements: matched,
                    sentence: article.paragraphs.first().map(|p| p.text.clone()).unwrap_or_default(),
                    by_reference: false,
                });
            }
        }
        evidence.sort_by(|a, b| b.score.total_cmp(&a.score));
        evidence.truncate(3);
        let missing: Vec<String> =
            item.elements.iter().map(|e| e.label.clone()).filter(|l| !found.contains(l)).collect();
        let status = if evidence.is_empty() {
            CoverageStatus::Missing
        } else if missing.is_empty() {
            CoverageStatus::Covered
        } else {
            CoverageStatus::Partial
        };
        items.push(ItemCoverage { item_id: item.id.clone(), status, evidence, missing_elements: missing });
    }
    let additions = articles.iter().filter(|a| !used.contains(&a.id)).map(|a| a.id.clone()).collect();
    CoverageReport { regulation_id: reg.id.clone(), catalog_id: catalog.id.clone(), items, additions }
}

/// 条文対応表 of `a` and `b`.
/// Stand-in until the alignment work lands: articles correspond when they
/// are evidence for the same catalog item.
pub fn correspondence(a: &Regulation, b: &Regulation, catalogs: &[Catalog], analysis: &Analysis) -> Correspondence {
    let mut matches = Vec::new();
    let mut matched_b = std::collections::HashSet::new();
    let mut unmatched_a = Vec::new();
    for article in a.articles() {
        let mut counterparts: Vec<Counterpart> = Vec::new();
        for cat in catalogs {
            let (Some(ca), Some(cb)) = (analysis.coverage_of(&a.id, &cat.id), analysis.coverage_of(&b.id, &cat.id))
            else {
                continue;
            };
            for (ia, ib) in ca.items.iter().zip(&cb.items) {
                if !ia.evidence.iter().any(|e| e.article_id == article.id) {
                    continue;
                }
                for e in &ib.evidence {
                    match counterparts.iter_mut().find(|c| c.article_id == e.article_id) {
                        Some(c) => {
                            c.score += 1.0;
                            c.via_items.push(ia.item_id.clone());
                        }
                        None => counterparts.push(Counterpart {
                            article_id: e.article_id.clone(),
                            score: 1.0,
                            via_items: vec![ia.item_id.clone()],
                        }),
                    }
                }
            }
        }
        counterparts.sort_by(|x, y| y.score.total_cmp(&x.score));
        counterparts.truncate(3);
        if counterparts.is_empty() {
            unmatched_a.push(article.id.clone());
        } else {
            matched_b.extend(counterparts.iter().map(|c| c.article_id.clone()));
            matches.push(ArticleMatch { a_article: article.id.clone(), b_articles: counterparts });
        }
    }
    let unmatched_b = b.articles().filter(|x| !matched_b.contains(&x.id)).map(|x| x.id.clone()).collect();
    Correspondence { a: a.id.clone(), b: b.id.clone(), matches, unmatched_a, unmatched_b }
}

/// Inline diff from `old` to `new`, in display text.
/// Stand-in until the differences work lands: a character diff.
pub fn inline_diff(old: &str, new: &str) -> Vec<Run> {
    let diff = similar::TextDiff::from_chars(old, new);
    let mut runs: Vec<Run> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            similar::ChangeTag::Equal => RunKind::Equal,
            similar::ChangeTag::Insert => RunKind::Insert,
            similar::ChangeTag::Delete => RunKind::Delete,
        };
        match runs.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => runs.push(Run { kind, text: change.value().to_string() }),
        }
    }
    runs
}

/// A difference that matters between two corresponding provisions.
#[derive(Debug, Clone, Serialize)]
pub struct Flag {
    /// Machine-readable kind.
    pub code: String,
    /// Short Japanese label for the badge.
    pub label: String,
    /// One sentence for drafters.
    pub detail: String,
}

/// Flags between a reference provision and a compared one.
/// Stand-in until the differences work lands: none.
pub fn flags(_reference: &str, _compared: &str) -> Vec<Flag> {
    Vec::new()
}

/// One row of a 新旧対照表: the article in the new and the old version.
#[derive(Debug, Clone, Serialize)]
pub struct TaishohyoRow {
    pub label: String,
    pub new_anchor: Option<String>,
    pub old_anchor: Option<String>,
    /// Diff from old to new; Insert runs are shown in the new column,
    /// Delete runs in the old one (傍線 marks the changed parts).
    pub runs: Vec<Run>,
    pub changed: bool,
}

/// 新旧対照表 of two versions, article by article (matched by number).
/// Stand-in until the differences work lands.
pub fn taishohyo(old: &Regulation, new: &Regulation) -> Vec<TaishohyoRow> {
    let mut rows = Vec::new();
    let mut numbers: Vec<_> = new.articles().map(|a| a.number.clone()).collect();
    for a in old.articles() {
        if !numbers.contains(&a.number) {
            numbers.push(a.number.clone());
        }
    }
    numbers.sort();
    for number in numbers {
        let n = new.articles().find(|a| a.number == number);
        let o = old.articles().find(|a| a.number == number);
        let label = n.or(o).map(|a| a.label.clone()).unwrap_or_default();
        let new_text = n.map(article_display).unwrap_or_default();
        let old_text = o.map(article_display).unwrap_or_default();
        let runs = inline_diff(&old_text, &new_text);
        let changed = runs.iter().any(|r| r.kind != RunKind::Equal);
        rows.push(TaishohyoRow {
            label,
            new_anchor: n.map(|a| a.id.clone()),
            old_anchor: o.map(|a| a.id.clone()),
            runs,
            changed,
        });
    }
    rows
}

/// An article as one block of text: caption line, label, paragraphs.
pub fn article_display(article: &Article) -> String {
    let mut out = String::new();
    if let Some(c) = &article.caption {
        out.push_str(&format!("（{c}）\n"));
    }
    out.push_str(&article.label);
    for p in &article.paragraphs {
        if p.number > 1 {
            out.push('\n');
            out.push_str(&p.number.to_string());
        }
        out.push('\u{3000}');
        out.push_str(&p.text);
        for item in &p.items {
            push_item(&mut out, item, 1);
        }
    }
    out
}

fn push_item(out: &mut String, item: &crate::model::Item, depth: usize) {
    out.push('\n');
    out.push_str(&"\u{3000}".repeat(depth));
    out.push_str(&item.label);
    out.push('\u{3000}');
    out.push_str(&item.text);
    for child in &item.children {
        push_item(out, child, depth + 1);
    }
}
