//! `reiki coverage FILE [--catalog ID] [--catalogs DIR] [--allow-missing]
//! [--format text|json]`: the ○△×- table of one regulation against its
//! catalogs — a drafter's check before ratification. Exit 1 when an item is
//! × (missing), unless `--allow-missing`.
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use super::OutputFormat;
use crate::analyze::align::{CoverageReport, CoverageStatus};
use crate::analyze::review::ReviewState;
use crate::catalog::Catalog;
use crate::export::tables::evidence_labels;
use crate::model::Regulation;
use crate::pipeline::Project;

/// Arguments of `reiki coverage`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 例規ファイル（.md .txt .docx .odt .html）
    pub file: PathBuf,
    /// Which catalogs to use, and where they are.
    #[command(flatten)]
    pub catalogs: CatalogChoice,
    /// × の項目があっても終了コード 0 にする
    #[arg(long)]
    pub allow_missing: bool,
    /// 出力形式（text: 表、json: スクリプト向け）
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
    /// 担当者が確認していない項目（自動判定・要再確認）だけを表示する
    #[arg(long)]
    pub unreviewed: bool,
}

/// Prints the coverage of one regulation against its catalogs as a table or as JSON.
pub fn run(args: Args) -> Result<ExitCode> {
    let project = args.catalogs.project()?;
    let reg = project.read_file(&args.file)?;
    let catalogs = project.select_catalogs(&reg, &args.catalogs.wanted)?;
    let (reports, warnings) = project.reviewed_coverage(&reg, &catalogs)?;
    for warning in warnings {
        eprintln!("警告: {warning}");
    }
    let mut reports: Vec<(&Catalog, CoverageReport)> = catalogs.into_iter().zip(reports).collect();
    if args.unreviewed {
        for (_, report) in &mut reports {
            report.items.retain(|i| i.review_state != ReviewState::Confirmed);
        }
    }
    match args.format {
        OutputFormat::Text if args.unreviewed => print!("{}", render_unreviewed(&reg, &reports)),
        OutputFormat::Text => print!("{}", render_text(&reg, &reports)),
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&render_json(&reg, &reports))?),
    }
    let missing = reports.iter().any(|(_, r)| r.items.iter().any(|i| i.status == CoverageStatus::Missing));
    Ok(if missing && !args.allow_missing { ExitCode::from(1) } else { ExitCode::SUCCESS })
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
    /// The project of the configuration and catalogs chosen.
    pub fn project(&self) -> Result<Project> {
        Project::open(&self.config, &self.dir)
    }
}

/// `s` padded with spaces to `w` terminal columns.
fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(crate::text::display_width(s))))
}

/// The coverage reports as a terminal table, one per catalog.
pub fn render_text(reg: &Regulation, reports: &[(&Catalog, CoverageReport)]) -> String {
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
            let adds: Vec<String> = report.additions.iter().map(|id| reg.heading(id)).collect();
            let _ = writeln!(out, "独自規定（{}の項目に対応しない条文）: {}", cat.short_title, adds.join("、"));
        }
        let _ = writeln!(out);
    }
    out
}

/// `--unreviewed`: one line per item no reviewer has confirmed.
fn render_unreviewed(reg: &Regulation, reports: &[(&Catalog, CoverageReport)]) -> String {
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

/// The coverage reports as JSON (`--format json`).
pub fn render_json(reg: &Regulation, reports: &[(&Catalog, CoverageReport)]) -> serde_json::Value {
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
                    let (label, caption) = reg.label_and_caption(id);
                    json!({"id": id, "label": label, "caption": caption})
                })
                .collect();
            json!({"catalog": cat.id, "catalog_title": cat.title, "items": items, "additions": additions})
        })
        .collect();
    json!({"regulation": reg.id, "title": reg.display_title(), "reports": reports})
}
