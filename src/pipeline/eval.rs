//! Evaluation of the alignment against gold files (`reiki eval`, the
//! accuracy tests): the coverage of each gold file's regulation scored
//! with [`crate::analyze::eval::score`].
use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};

use super::Project;
use crate::analyze::align::{self, Params};
use crate::analyze::eval::{self, Counts, GoldResult};
use crate::analyze::text_analysis::TextAnalysis;
use crate::catalog;
use crate::config::Config;
use crate::model::Regulation;

/// Scores for every gold file in `gold_dir`, the regulations read from
/// `regulation_dir/<id>.<ext>` (any readable format) and aligned with
/// `params`.
pub fn evaluate(gold_dir: &Path, catalog_dir: &Path, regulation_dir: &Path, params: Params) -> Result<Vec<GoldResult>> {
    let golds = eval::load_gold_dir(gold_dir)?;
    let project = Project::from_parts(Config::default(), catalog::load_dir(catalog_dir)?, Vec::new());
    let mut analyses: BTreeMap<String, (Regulation, TextAnalysis)> = BTreeMap::new();
    let mut results = Vec::new();
    for gold in &golds {
        let cat = project.catalog(&gold.catalog).with_context(|| {
            format!("{}: catalog `{}` not found in {}", gold.path, gold.catalog, catalog_dir.display())
        })?;
        if !analyses.contains_key(&gold.regulation) {
            let path = crate::source::file_with_stem(regulation_dir, &gold.regulation)
                .unwrap_or_else(|| regulation_dir.join(format!("{}.md", gold.regulation)));
            let reg =
                project.read_file(&path).with_context(|| format!("{}: regulation `{}`", gold.path, gold.regulation))?;
            let text = project.text(&reg);
            analyses.insert(gold.regulation.clone(), (reg, text));
        }
        let (reg, text) = &analyses[&gold.regulation];
        let report = align::coverage_with(reg, project.prepared(cat), text, params);
        results.push(eval::score(gold, &report));
    }
    Ok(results)
}

/// Micro-averaged counts per catalog and over all files ("all"): the
/// counts, the statuses that agree and the statuses compared.
pub fn micro(results: &[GoldResult]) -> BTreeMap<String, (Counts, usize, usize)> {
    let mut out: BTreeMap<String, (Counts, usize, usize)> = BTreeMap::new();
    for r in results {
        for key in [r.catalog.clone(), "all".to_string()] {
            let e = out.entry(key).or_default();
            e.0.add(r.pairs);
            e.1 += r.status_agree;
            e.2 += r.status_total;
        }
    }
    out
}
