//! `reiki export matrix|coverage|align … --output OUT.xlsx|OUT.csv`: the
//! tables offices file, as Excel workbooks (print-ready) or as CSV that
//! Excel opens in Japanese (UTF-8 with BOM, CRLF).
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use rayon::prelude::*;

use super::coverage::CatalogChoice;
use crate::analyze::align::{self, CatalogAnalysis, CoverageReport, Params};
use crate::analyze::text_analysis::{TextAnalysis, TokenCache};
use crate::catalog::{self, Catalog};
use crate::config::Config;
use crate::export::{self, tables};
use crate::model::Regulation;
use crate::source;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub table: Table,
}

#[derive(Debug, clap::Subcommand)]
pub enum Table {
    /// 網羅状況の一覧表（○△×-）: カタログを使う例規を1列ずつ
    Matrix(MatrixArgs),
    /// 例規1本の網羅状況（項目ごとの判定と根拠）
    Coverage(CoverageArgs),
    /// 2本の例規の条文対応表
    Align(AlignArgs),
}

#[derive(Debug, clap::Args)]
pub struct MatrixArgs {
    /// カタログ ID（行）
    #[arg(long, value_name = "ID")]
    pub catalog: String,
    /// 例規ファイルのフォルダ（列）
    #[arg(long, default_value = "regulations")]
    pub input: PathBuf,
    /// カタログ（指針項目の YAML）のフォルダ
    #[arg(long, value_name = "DIR", default_value = "catalogs")]
    pub catalogs: PathBuf,
    /// サイトの設定ファイル（default_catalogs を読む）
    #[arg(long, default_value = "reiki.yaml")]
    pub config: PathBuf,
    /// 出力ファイル（.xlsx または .csv）
    #[arg(long, short, value_name = "OUT.xlsx")]
    pub output: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct CoverageArgs {
    /// 例規ファイル
    pub file: PathBuf,
    #[command(flatten)]
    pub catalogs: CatalogChoice,
    /// 出力ファイル（.xlsx はカタログごとに1シート、または .csv）
    #[arg(long, short, value_name = "OUT.xlsx")]
    pub output: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct AlignArgs {
    /// 例規 A（行）
    pub a: PathBuf,
    /// 例規 B（対応する条）
    pub b: PathBuf,
    #[command(flatten)]
    pub catalogs: CatalogChoice,
    /// 出力ファイル（.xlsx または .csv）
    #[arg(long, short, value_name = "OUT.xlsx")]
    pub output: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let date = export::build_date();
    let (output, tables, code) = match args.table {
        Table::Matrix(a) => {
            export::Format::of(&a.output)?;
            let (table, failed) = matrix(&a)?;
            (a.output, vec![table], if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Table::Coverage(a) => {
            export::Format::of(&a.output)?;
            let reg = source::load_file(&a.file)?;
            let reports = super::coverage::reports(&reg, a.catalogs.select(&reg)?)?;
            let tables = reports.iter().map(|(cat, report)| tables::coverage(&reg, cat, report)).collect();
            (a.output, tables, ExitCode::SUCCESS)
        }
        Table::Align(a) => {
            export::Format::of(&a.output)?;
            let (ra, rb) = (source::load_file(&a.a)?, source::load_file(&a.b)?);
            let catalogs = a.catalogs.select(&ra)?;
            let corr = super::align::correspondence(&ra, &rb, &catalogs);
            (a.output, vec![tables::correspondence(&ra, &rb, &corr, &catalogs)], ExitCode::SUCCESS)
        }
    };
    export::write_tables(&output, &tables, &date)?;
    eprintln!("wrote {}", output.display());
    Ok(code)
}

/// The matrix of every regulation under `--input` that uses the catalog.
/// A file that cannot be read is reported (file:line: why) and left out;
/// the flag says so.
fn matrix(args: &MatrixArgs) -> Result<(export::Table, bool)> {
    let config = Config::load(&args.config)?;
    let cat: Catalog = catalog::load_dir(&args.catalogs)?
        .into_iter()
        .find(|c| c.id == args.catalog)
        .with_context(|| format!("catalog `{}` not found in {}", args.catalog, args.catalogs.display()))?;
    let paths = source::discover(&args.input)?;
    let loaded: Vec<Result<Regulation>> = paths.par_iter().map(|p| source::load_file(p)).collect();
    let mut failed = false;
    let mut regs: Vec<Regulation> = Vec::new();
    for result in loaded {
        match result {
            Ok(reg) => regs.push(reg),
            Err(err) => {
                eprintln!("error: {err:#}");
                failed = true;
            }
        }
    }
    regs.retain(|r| config.catalogs_for(&r.meta).contains(&cat.id));
    // The site's column order: by 団体 then id.
    regs.sort_by(|a, b| {
        (a.meta.body.as_deref().unwrap_or(""), &a.id).cmp(&(b.meta.body.as_deref().unwrap_or(""), &b.id))
    });
    let cache = TokenCache::new();
    let prepared = CatalogAnalysis::build(&cat, &cache);
    let reports: Vec<CoverageReport> = regs
        .par_iter()
        .map(|r| align::coverage_with(r, &prepared, &TextAnalysis::build(r, &cache), Params::default()))
        .collect();
    let columns: Vec<(&Regulation, Option<&CoverageReport>)> = regs.iter().zip(reports.iter().map(Some)).collect();
    Ok((tables::matrix(&cat, &columns), failed))
}
