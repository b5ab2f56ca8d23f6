//! Accuracy of alignment against hand-made gold files
//! (`tests/gold/<regulation>.<catalog>.yaml`): precision, recall and F1 over
//! (article, item) pairs, and agreement of coverage status.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Serialize;

use super::align::CoverageReport;
use crate::text::normalize::nfkc;

/// One gold file.
#[derive(Debug, Clone, PartialEq)]
pub struct Gold {
    /// The gold file, as given.
    pub path: String,
    /// Id of the regulation it judges.
    pub regulation: String,
    /// Id of the catalog it judges against.
    pub catalog: String,
    /// Article label (第3条) → item ids; articles not listed align to nothing.
    pub articles: BTreeMap<String, Vec<String>>,
    /// Item id → expected status symbol (○ △ × -).
    pub status: BTreeMap<String, String>,
}

/// YAML scalars as text: item ids such as `2` or `10` parse as numbers.
fn scalar(v: &serde_yaml::Value) -> Option<String> {
    match v {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Reads a gold file (`tests/gold/*.yaml`); errors name the file and line.
pub fn load_gold(path: &Path) -> Result<Gold> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let doc: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| crate::yaml::invalid_file(path, "gold file", &e))?;
    let field =
        |name: &str| doc.get(name).and_then(scalar).with_context(|| format!("{}: missing `{name}`", path.display()));
    let regulation = field("regulation")?;
    let catalog = field("catalog")?;
    let mut articles = BTreeMap::new();
    if let Some(map) = doc.get("articles").and_then(|v| v.as_mapping()) {
        for (k, v) in map {
            let Some(label) = scalar(k) else { bail!("{}: article key {k:?} is not text", path.display()) };
            let items = match v {
                serde_yaml::Value::Sequence(seq) => seq.iter().filter_map(scalar).collect(),
                serde_yaml::Value::Null => Vec::new(),
                other => scalar(other).into_iter().collect(),
            };
            articles.insert(label, items);
        }
    }
    let mut status = BTreeMap::new();
    if let Some(map) = doc.get("status").and_then(|v| v.as_mapping()) {
        for (k, v) in map {
            match (scalar(k), scalar(v)) {
                (Some(item), Some(sym)) => {
                    status.insert(item, sym);
                }
                _ => bail!("{}: status entry {k:?} is not `item: symbol`", path.display()),
            }
        }
    }
    Ok(Gold { path: path.display().to_string(), regulation, catalog, articles, status })
}

/// Gold files of a folder, sorted by name.
pub fn load_gold_dir(dir: &Path) -> Result<Vec<Gold>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read gold folder", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_gold(p)).collect()
}

/// True and false positives and false negatives of (article, item) links.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Links predicted and in the gold file.
    pub tp: usize,
    /// Links predicted, not in the gold file.
    pub fp: usize,
    /// Links in the gold file, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 1.0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn); 1.0 when the gold file lists nothing.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Adds another file's counts (micro average).
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Result of one gold file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GoldResult {
    /// The gold file.
    pub gold: String,
    /// Id of the regulation.
    pub regulation: String,
    /// Id of the catalog.
    pub catalog: String,
    /// Counts of (article, item) links.
    pub pairs: Counts,
    /// (article label, item id) predicted but not in the gold file.
    pub false_positives: Vec<(String, String)>,
    /// (article label, item id) in the gold file but not predicted.
    pub false_negatives: Vec<(String, String)>,
    /// Items whose ○△×- agrees with the gold file.
    pub status_agree: usize,
    /// Items the gold file gives a status.
    pub status_total: usize,
    /// (item id, gold symbol, predicted symbol) where they differ.
    pub status_mismatches: Vec<(String, String, String)>,
}

/// Compares a coverage report with its gold file. Labels are compared in
/// NFKC form (第３条 = 第3条); evidence counts at article level.
pub fn score(gold: &Gold, report: &CoverageReport) -> GoldResult {
    let norm = |s: &str| nfkc(s);
    let expected: BTreeSet<(String, String)> =
        gold.articles.iter().flat_map(|(a, items)| items.iter().map(move |i| (norm(a), i.clone()))).collect();
    let predicted: BTreeSet<(String, String)> = report
        .items
        .iter()
        .flat_map(|ic| ic.evidence.iter().map(move |e| (norm(&e.article_label), ic.item_id.clone())))
        .collect();
    let false_positives: Vec<_> = predicted.difference(&expected).cloned().collect();
    let false_negatives: Vec<_> = expected.difference(&predicted).cloned().collect();
    let tp = predicted.intersection(&expected).count();
    let mut result = GoldResult {
        gold: gold.path.clone(),
        regulation: gold.regulation.clone(),
        catalog: gold.catalog.clone(),
        pairs: Counts { tp, fp: false_positives.len(), fn_: false_negatives.len() },
        false_positives,
        false_negatives,
        ..Default::default()
    };
    for (item, want) in &gold.status {
        let got = report.items.iter().find(|i| &i.item_id == item).map_or("?", |i| i.status.symbol());
        result.status_total += 1;
        if norm(want) == got {
            result.status_agree += 1;
        } else {
            result.status_mismatches.push((item.clone(), want.clone(), got.to_string()));
        }
    }
    result
}
