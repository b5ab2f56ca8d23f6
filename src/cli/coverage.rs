//! `reiki coverage FILE [--catalog ID] [--catalogs DIR] [--allow-missing]
//! [--format text|json]`: the ○△×- table of one regulation against its
//! catalogs — a drafter's check before ratification. Exit 1 when an item is
//! × (missing), unless `--allow-missing`.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use serde_json::json;

use super::Format;
use crate::analyze::align::{self, CatalogAnalysis, CoverageReport, CoverageStatus, Params};
use crate::analyze::confidence::ScoreBand;
use crate::analyze::review::{self, ReviewState};
use crate::analyze::text_analysis::{TextAnalysis, TokenCache};
use crate::catalog::{self, Catalog};
use crate::config::Config;
use crate::model::Regulation;
use crate::source;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// 例規ファイル（front matter 付きの .md、または .txt）
    pub file: PathBuf,
    #[command(flatten)]
    pub catalogs: CatalogChoice,
    /// × の項目があっても終了コード 0 にする
    #[arg(long)]
    pub allow_missing: bool,
    /// 出力形式（text: 表、json: スクリプト向け）
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// 担当者が確認していない項目（自動判定・要再確認）だけを表示する
    #[arg(long)]
    pub unreviewed: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let reg = source::load_file(&args.file)?;
    let mut reports = reports(&reg, args.catalogs.select(&reg)?)?;
    if args.unreviewed {
        for (_, report) in &mut reports {
            report.items.retain(|i| i.review_state != ReviewState::Confirmed);
        }
    }
    match args.format {
        Format::Text if args.unreviewed => print!("{}", render_unreviewed(&reg, &reports)),
        Format::Text => print!("{}", render_text(&reg, &reports)),
        Format::Json => println!("{}", serde_json::to_string_pretty(&render_json(&reg, &reports))?),
    }
    let missing = reports.iter().any(|(_, r)| r.items.iter().any(|i| i.status == CoverageStatus::Missing));
    Ok(if missing && !args.allow_missing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The coverage of `reg` against each catalog, with the reviews of
/// `reviews/<id>.yaml` applied (their warnings printed to stderr).
pub fn reports(reg: &Regulation, catalogs: Vec<Catalog>) -> Result<Vec<(Catalog, CoverageReport)>> {
    let cache = TokenCache::new();
    let analysis = TextAnalysis::build(reg, &cache);
    let mut reports: Vec<(Catalog, CoverageReport)> = catalogs
        .into_iter()
        .map(|c| {
            let report = align::coverage_with(reg, &CatalogAnalysis::build(&c, &cache), &analysis, Params::default());
            (c, report)
        })
        .collect();
    if let Some(file) = review::load(reg)? {
        for (_, report) in &mut reports {
            for warning in review::apply(reg, &file, report) {
                eprintln!("警告: {warning}");
            }
        }
    }
    Ok(reports)
}

/// Which catalogs a command checks against; shared by `coverage` and `align`.
#[derive(Debug, clap::Args)]
pub struct CatalogChoice {
    /// カタログ ID（複数指定可。既定は例規の front matter の catalogs、なければ reiki.yaml の default_catalogs）
    #[arg(long = "catalog", value_name = "ID")]
    pub wanted: Vec<String>,
    /// カタログ（指針項目の YAML）のフォルダ
    #[arg(long = "catalogs", value_name = "DIR", default_value = "catalogs")]
    pub dir: PathBuf,
    /// サイトの設定ファイル（default_catalogs を読む）
    #[arg(long, default_value = "reiki.yaml")]
    pub config: PathBuf,
}

impl CatalogChoice {
    pub fn select(&self, reg: &Regulation) -> Result<Vec<Catalog>> {
        select_catalogs(reg, &self.wanted, &self.dir, &Config::load(&self.config)?)
    }
}

/// The catalogs a regulation is checked against: those asked for, else its
/// front matter's, else the configuration's default.
fn select_catalogs(reg: &Regulation, wanted: &[String], dir: &Path, config: &Config) -> Result<Vec<Catalog>> {
    let ids: &[String] = if !wanted.is_empty() { wanted } else { config.catalogs_for(&reg.meta) };
    if ids.is_empty() {
        bail!("{}: no catalog to check against (give --catalog ID)", reg.path);
    }
    let all = catalog::load_dir(dir)?;
    ids.iter()
        .map(|id| {
            all.iter().find(|c| &c.id == id).cloned().with_context(|| {
                let known: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
                format!("catalog `{id}` not found in {} (known: {})", dir.display(), known.join(", "))
            })
        })
        .collect()
}

/// Display width in a monospace terminal (East Asian wide = 2).
fn width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) < 0x1100 || ('\u{ff61}'..='\u{ff9f}').contains(&c) { 1 } else { 2 }).sum()
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// Evidence articles of an item as printed, in document order: 第9条,
/// 第18条第2項, 第33条※ (by reference or named only).
pub fn evidence_labels(reg: &Regulation, item: &align::ItemCoverage) -> String {
    let position = |id: &str| reg.articles().position(|a| a.id == id).unwrap_or(usize::MAX);
    let mut evidence: Vec<&align::Evidence> = item.evidence.iter().collect();
    evidence.sort_by_key(|e| (position(&e.article_id), e.paragraph));
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

/// Label and caption of an article, or of a checklist standard (基準5), by id.
pub fn label_and_caption(reg: &Regulation, id: &str) -> (String, Option<String>) {
    if let Some(a) = reg.articles().find(|a| a.id == id) {
        return (a.label.clone(), a.caption.clone());
    }
    match reg.standards.iter().find(|s| s.id == id) {
        Some(s) => (format!("基準{}", s.number), Some(s.title.clone())),
        None => (id.to_string(), None),
    }
}

/// 第9条（アクセス制限）
pub fn heading(reg: &Regulation, id: &str) -> String {
    match label_and_caption(reg, id) {
        (label, Some(caption)) => format!("{label}（{caption}）"),
        (label, None) => label,
    }
}

pub fn render_text(reg: &Regulation, reports: &[(Catalog, CoverageReport)]) -> String {
    let mut out = String::new();
    for (cat, report) in reports {
        let _ = writeln!(out, "{} ― {}（{}）との対照", reg.display_title(), cat.short_title, cat.id);
        let _ = writeln!(
            out,
            "{}  {}  判定  {}  {}  理由・不足要素",
            pad("項目", 7),
            pad("見出し", 38),
            pad("確認", 8),
            pad("根拠条文", 22)
        );
        let mut group: Option<&str> = None;
        for ic in &report.items {
            let Some(item) = cat.item(&ic.item_id) else { continue };
            if let Some(parent) = item.parent.as_deref() {
                if group != Some(parent) {
                    if let Some(g) = cat.item(parent) {
                        let _ = writeln!(out, "{} {}", g.label.clone().unwrap_or_else(|| g.id.clone()), g.title);
                    }
                    group = Some(parent);
                }
            } else {
                group = None;
            }
            let label = item.label.clone().unwrap_or_else(|| item.id.clone());
            let mut tail: Vec<String> = ic.status_reason.iter().cloned().collect();
            tail.extend(ic.missing_elements.iter().cloned());
            if let Some(note) = &ic.note {
                tail = vec![format!("（{note}）")];
            } else if ic.status == CoverageStatus::Missing && ic.evidence.is_empty() {
                tail = vec!["該当する条文なし".to_string()];
            }
            let _ = writeln!(
                out,
                "{}  {}  {}    {}  {}  {}",
                pad(&label, 7),
                pad(&item.title, 38),
                ic.status.symbol(),
                pad(ic.review_state.label(), 8),
                pad(&evidence_labels(reg, ic), 22),
                tail.join("；")
            );
            // The sentence behind every ○ and △, so the reader can judge it.
            if matches!(ic.status, CoverageStatus::Covered | CoverageStatus::Partial) {
                if let Some(e) = ic.evidence.first() {
                    let _ =
                        writeln!(out, "{}根拠 {}（確度 {}）: {}", " ".repeat(9), e.label(), e.band.label(), e.sentence);
                }
            }
        }
        let count = |s: CoverageStatus| report.items.iter().filter(|i| i.status == s).count();
        let _ = writeln!(
            out,
            "集計: ○ {}  △ {}  × {}  - {}（{}項目）",
            count(CoverageStatus::Covered),
            count(CoverageStatus::Partial),
            count(CoverageStatus::Missing),
            count(CoverageStatus::NotApplicable),
            report.items.len()
        );
        if report.items.iter().any(|i| i.evidence.iter().any(|e| e.by_reference)) {
            let _ = writeln!(out, "※ 他の規程等の準用・参照、又は項目名の列挙のみによる規定");
        }
        if !report.additions.is_empty() {
            let adds: Vec<String> = report.additions.iter().map(|id| heading(reg, id)).collect();
            let _ = writeln!(out, "独自規定（{}の項目に対応しない条文）: {}", cat.short_title, adds.join("、"));
        }
        let _ = writeln!(out);
    }
    out
}

/// `--unreviewed`: one line per item no reviewer has confirmed.
fn render_unreviewed(reg: &Regulation, reports: &[(Catalog, CoverageReport)]) -> String {
    let mut out = String::new();
    for (cat, report) in reports {
        let _ = writeln!(
            out,
            "{} × {}（{}）: 未確認 {} 項目",
            reg.display_title(),
            cat.short_title,
            cat.id,
            report.items.len()
        );
        for ic in &report.items {
            let title = cat.item(&ic.item_id).map_or("", |i| i.title.as_str());
            let _ = writeln!(
                out,
                "{}  {}  {}  {}  {}",
                pad(&ic.item_id, 7),
                pad(title, 38),
                ic.status.symbol(),
                pad(ic.review_state.label(), 8),
                evidence_labels(reg, ic)
            );
        }
    }
    out
}

pub fn render_json(reg: &Regulation, reports: &[(Catalog, CoverageReport)]) -> serde_json::Value {
    let reports: Vec<serde_json::Value> = reports
        .iter()
        .map(|(cat, report)| {
            let items: Vec<serde_json::Value> = report
                .items
                .iter()
                .map(|ic| {
                    let item = cat.item(&ic.item_id);
                    json!({
                        "id": ic.item_id,
                        "label": item.and_then(|i| i.label.clone()),
                        "title": item.map(|i| i.title.clone()),
                        "status": ic.status.symbol(),
                        "articles": ic.evidence.iter().map(|e| e.label()).collect::<Vec<_>>(),
                        "evidence": ic.evidence,
                        "missing_elements": ic.missing_elements,
                        "note": ic.note,
                        "status_reason": ic.status_reason,
                        "review_state": ic.review_state,
                        "review_label": ic.review_state.label(),
                        "review": ic.review,
                    })
                })
                .collect();
            let additions: Vec<serde_json::Value> = report
                .additions
                .iter()
                .map(|id| {
                    let (label, caption) = label_and_caption(reg, id);
                    json!({"id": id, "label": label, "caption": caption})
                })
                .collect();
            json!({"catalog": cat.id, "catalog_title": cat.title, "items": items, "additions": additions})
        })
        .collect();
    json!({"regulation": reg.id, "title": reg.display_title(), "reports": reports})
}
