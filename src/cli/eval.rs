//! `reiki eval [--gold DIR] [--catalogs DIR] [--regulations DIR]
//! [--variants DIR] [--format text|json] [--verbose]`: precision, recall and
//! F1 of the alignment over (article, item) pairs per gold file,
//! micro-averaged per catalog and overall, and agreement with the gold
//! `status:` verdicts — for the seed gold set and for the variants (texts
//! written for the evaluation, written before the matcher changes of issue 10).
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use super::OutputFormat;
use crate::analyze::align::Params;
use crate::analyze::eval::{Counts, GoldResult};
use crate::pipeline::eval::{evaluate, micro};

/// Arguments of `reiki eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 正解ファイル（<例規>.<カタログ>.yaml）のフォルダ
    #[arg(long, default_value = "tests/gold")]
    pub gold: PathBuf,
    /// カタログ（指針項目の YAML）のフォルダ
    #[arg(long, default_value = "catalogs")]
    pub catalogs: PathBuf,
    /// 例規ファイルのフォルダ
    #[arg(long, default_value = "regulations")]
    pub regulations: PathBuf,
    /// 調整に使っていない第二の正解セット（DIR/gold/*.yaml を DIR/regulations/
    /// に照らす）。フォルダがなければ省略
    #[arg(long, default_value = "tests/variants")]
    pub variants: PathBuf,
    /// 出力形式（text: 表、json: スクリプト向け）
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
    /// 誤り・見落とし・判定の不一致を一覧する
    #[arg(long, short)]
    pub verbose: bool,
}

/// Prints the precision, recall and F1 of the alignment against the gold files.
pub fn run(args: Args) -> Result<ExitCode> {
    let seeds = evaluate(&args.gold, &args.catalogs, &args.regulations, Params::default())?;
    let variants = if args.variants.is_dir() {
        evaluate(&args.variants.join("gold"), &args.catalogs, &args.variants.join("regulations"), Params::default())?
    } else {
        Vec::new()
    };
    match args.format {
        OutputFormat::Json => {
            let mut doc = json_set(&seeds);
            doc["variants"] = json_set(&variants);
            println!("{}", serde_json::to_string_pretty(&doc)?);
        }
        OutputFormat::Text => {
            print!("{}", render_text(&seeds, &micro(&seeds), args.verbose));
            if !variants.is_empty() {
                println!(
                    "\nvariants ({}, written before the matcher changes; see its README):",
                    args.variants.display()
                );
                print!("{}", render_text(&variants, &micro(&variants), args.verbose));
            }
            print!("{}", render_summary(&micro(&seeds), &micro(&variants)));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `{files, micro}` of one gold set.
fn json_set(results: &[GoldResult]) -> serde_json::Value {
    let totals: BTreeMap<String, serde_json::Value> = micro(results)
        .into_iter()
        .map(|(k, (c, agree, total))| {
            (k, json!({"precision": c.precision(), "recall": c.recall(), "f1": c.f1(), "counts": c, "status_agree": agree, "status_total": total}))
        })
        .collect();
    let files: Vec<serde_json::Value> = results
        .iter()
        .map(|r| json!({"gold": r.gold, "regulation": r.regulation, "catalog": r.catalog, "precision": r.pairs.precision(), "recall": r.pairs.recall(), "f1": r.pairs.f1(), "detail": r}))
        .collect();
    json!({"files": files, "micro": totals})
}

/// One line per catalog: F1 and status agreement on the seeds and on the variants.
fn render_summary(
    seeds: &BTreeMap<String, (Counts, usize, usize)>,
    variants: &BTreeMap<String, (Counts, usize, usize)>,
) -> String {
    let mut out = String::from("\nper catalog                 seeds F1  status      variants F1  status\n");
    let keys: std::collections::BTreeSet<&String> =
        seeds.keys().chain(variants.keys()).filter(|k| *k != "all").collect();
    let cell = |m: &BTreeMap<String, (Counts, usize, usize)>, k: &str| match m.get(k) {
        Some((c, agree, total)) => format!("{:>8.3}  {:>7}", c.f1(), format!("{agree}/{total}")),
        None => format!("{:>8}  {:>7}", "-", "-"),
    };
    for k in keys {
        let _ = writeln!(out, "{k:<26} {}      {}", cell(seeds, k), cell(variants, k));
    }
    out
}

fn render_text(results: &[GoldResult], totals: &BTreeMap<String, (Counts, usize, usize)>, verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{:<48} {:>6} {:>6} {:>6}   tp/fp/fn     status", "gold file", "P", "R", "F1");
    for r in results {
        let name = format!("{}.{}", r.regulation, r.catalog);
        let c = r.pairs;
        let _ = writeln!(
            out,
            "{name:<48} {:>6.3} {:>6.3} {:>6.3}   {:>3}/{:>2}/{:>2}    {}/{}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_,
            r.status_agree,
            r.status_total
        );
        if verbose {
            for (a, i) in &r.false_positives {
                let _ = writeln!(out, "    + {a} → {i}  (not in gold)");
            }
            for (a, i) in &r.false_negatives {
                let _ = writeln!(out, "    - {a} → {i}  (missed)");
            }
            for (i, want, got) in &r.status_mismatches {
                let _ = writeln!(out, "    ! {i}: gold {want}, got {got}");
            }
        }
    }
    for (key, (c, agree, total)) in totals {
        let name = if key == "all" { "micro, all files".to_string() } else { format!("micro, {key}") };
        let _ = writeln!(
            out,
            "{name:<48} {:>6.3} {:>6.3} {:>6.3}   {:>3}/{:>2}/{:>2}    {agree}/{total}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    out
}
