//! `reiki align A B [--catalog ID] [--catalogs DIR] [--format text|json]`:
//! the 条文対応表 of two regulations — for each article of A its best
//! counterparts in B with scores and the catalog items they share, and the
//! articles of either side with no counterpart.
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use super::coverage::CatalogChoice;
use super::OutputFormat;
use crate::analyze::align::Correspondence;
use crate::model::Regulation;

/// Arguments of `reiki align`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 例規A（表の行になる側）
    pub a: PathBuf,
    /// 例規B（対応する条を探す側）
    pub b: PathBuf,
    /// 共通の指針項目を対応付けの手がかりにするカタログ（既定: A のもの）
    #[command(flatten)]
    pub catalogs: CatalogChoice,
    /// 出力形式（text: 表、json: スクリプト向け）
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
}

/// Prints the 条文対応表 of two regulations as a table or as JSON.
pub fn run(args: Args) -> Result<ExitCode> {
    let project = args.catalogs.project()?;
    let a = project.read_file(&args.a)?;
    let b = project.read_file(&args.b)?;
    let catalogs = project.select_catalogs(&a, &args.catalogs.wanted)?;
    let corr = project.correspondence(&a, &b, &catalogs);
    match args.format {
        OutputFormat::Text => print!("{}", render_text(&a, &b, &corr)),
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&render_json(&a, &b, &corr))?),
    }
    Ok(ExitCode::SUCCESS)
}

fn label(reg: &Regulation, id: &str) -> String {
    reg.label_and_caption(id).0
}

/// The 条文対応表 as a terminal table: each article of A with its counterparts in B, then the unmatched articles.
pub fn render_text(a: &Regulation, b: &Regulation, corr: &Correspondence) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "条文対応表  A: {}  ⇔  B: {}", a.display_title(), b.display_title());
    for m in &corr.matches {
        let targets: Vec<String> = m
            .b_articles
            .iter()
            .map(|c| {
                let via =
                    if c.via_items.is_empty() { String::new() } else { format!("; 項目 {}", c.via_items.join(", ")) };
                let part = c.paragraph.map(|n| format!("; A の第{n}項と")).unwrap_or_default();
                format!("{} [{:.2}{part}{via}]", b.heading(&c.article_id), c.score)
            })
            .collect();
        let _ = writeln!(out, "{}  →  {}", a.heading(&m.a_article), targets.join(" / "));
    }
    let list = |reg: &Regulation, ids: &[String]| ids.iter().map(|id| reg.heading(id)).collect::<Vec<_>>().join("、");
    let _ = writeln!(
        out,
        "Aのみ（対応なし）: {}",
        if corr.unmatched_a.is_empty() { "なし".into() } else { list(a, &corr.unmatched_a) }
    );
    let _ = writeln!(
        out,
        "Bのみ（対応なし）: {}",
        if corr.unmatched_b.is_empty() { "なし".into() } else { list(b, &corr.unmatched_b) }
    );
    out
}

/// The 条文対応表 as JSON (`--format json`).
pub fn render_json(a: &Regulation, b: &Regulation, corr: &Correspondence) -> serde_json::Value {
    let caption = |reg: &Regulation, id: &str| reg.label_and_caption(id).1;
    let side = |reg: &Regulation, ids: &[String]| {
        ids.iter().map(|id| json!({"id": id, "label": label(reg, id), "caption": caption(reg, id)})).collect::<Vec<_>>()
    };
    let matches: Vec<serde_json::Value> = corr
        .matches
        .iter()
        .map(|m| {
            json!({
                "a_article": m.a_article,
                "a_label": label(a, &m.a_article),
                "a_caption": caption(a, &m.a_article),
                "b_articles": m.b_articles.iter().map(|c| json!({
                    "id": c.article_id,
                    "label": label(b, &c.article_id),
                    "caption": caption(b, &c.article_id),
                    "score": c.score,
                    "via_items": c.via_items,
                    "a_paragraph": c.paragraph,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "a": corr.a,
        "b": corr.b,
        "matches": matches,
        "unmatched_a": side(a, &corr.unmatched_a),
        "unmatched_b": side(b, &corr.unmatched_b),
    })
}
