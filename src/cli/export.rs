//! `reiki export matrix|coverage|align … --output OUT.xlsx|OUT.csv`: the
//! tables offices file, as Excel workbooks (print-ready) or as CSV that
//! Excel opens in Japanese (UTF-8 with BOM, CRLF).
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use rayon::prelude::*;

use super::coverage::CatalogChoice;
use crate::analyze::align::CoverageReport;
use crate::export::{self, tables};
use crate::model::Regulation;
use crate::pipeline::Project;

/// Arguments of `reiki export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The table to write.
    #[command(subcommand)]
    pub table: ExportedTable,
}

/// The table `reiki export` writes.
#[derive(Debug, clap::Subcommand)]
pub enum ExportedTable {
    /// 網羅状況の一覧表（○△×-）: カタログを使う例規を1列ずつ
    Matrix(MatrixArgs),
    /// 例規1本の網羅状況（項目ごとの判定と根拠）
    Coverage(CoverageArgs),
    /// 2本の例規の条文対応表
    Align(AlignArgs),
}

/// Arguments of `reiki export matrix`.
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

/// Arguments of `reiki export coverage`.
#[derive(Debug, clap::Args)]
pub struct CoverageArgs {
    /// 例規ファイル
    pub file: PathBuf,
    /// Which catalogs to use, and where they are.
    #[command(flatten)]
    pub catalogs: CatalogChoice,
    /// 出力ファイル（.xlsx はカタログごとに1シート、または .csv）
    #[arg(long, short, value_name = "OUT.xlsx")]
    pub output: PathBuf,
}

/// Arguments of `reiki export align`.
#[derive(Debug, clap::Args)]
pub struct AlignArgs {
    /// 例規 A（行）
    pub a: PathBuf,
    /// 例規 B（対応する条）
    pub b: PathBuf,
    /// Which catalogs to use, and where they are.
    #[command(flatten)]
    pub catalogs: CatalogChoice,
    /// 出力ファイル（.xlsx または .csv）
    #[arg(long, short, value_name = "OUT.xlsx")]
    pub output: PathBuf,
}

/// Writes the chosen table as an Excel workbook or CSV file.
pub fn run(args: Args) -> Result<ExitCode> {
    let date = export::build_date();
    let (output, tables, code) = match args.table {
        ExportedTable::Matrix(a) => {
            export::FileFormat::of(&a.output)?;
            let (table, failed) = matrix(&a)?;
            (a.output, vec![table], if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        ExportedTable::Coverage(a) => {
            export::FileFormat::of(&a.output)?;
            let project = a.catalogs.project()?;
            let reg = project.read_file(&a.file)?;
            let catalogs = project.select_catalogs(&reg, &a.catalogs.wanted)?;
            let (reports, warnings) = project.reviewed_coverage(&reg, &catalogs)?;
            for warning in warnings {
                eprintln!("警告: {warning}");
            }
            let tables =
                catalogs.iter().zip(&reports).map(|(cat, report)| tables::coverage(&reg, cat, report)).collect();
            (a.output, tables, ExitCode::SUCCESS)
        }
        ExportedTable::Align(a) => {
            export::FileFormat::of(&a.output)?;
            let project = a.catalogs.project()?;
            let (ra, rb) = (project.read_file(&a.a)?, project.read_file(&a.b)?);
            let catalogs = project.select_catalogs(&ra, &a.catalogs.wanted)?;
            let corr = project.correspondence(&ra, &rb, &catalogs);
            let rows = crate::pipeline::corpus::pair_rows(&ra, &rb, &corr);
            let catalogs: Vec<_> = catalogs.into_iter().cloned().collect();
            (a.output, vec![tables::correspondence(&ra, &rb, &corr, &rows, &catalogs)], ExitCode::SUCCESS)
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
    let mut project = Project::open(&args.config, &args.catalogs)?;
    let cat = project.catalog_named(&args.catalog)?.clone();
    project.load_folder(&args.input);
    for err in &project.load_errors {
        eprintln!("error: {err}");
    }
    let failed = !project.load_errors.is_empty();
    let mut regs: Vec<&Regulation> =
        project.regulations.iter().filter(|r| project.config.catalogs_for(&r.meta).contains(&cat.id)).collect();
    // The site's column order: by 団体 then id.
    regs.sort_by(|a, b| {
        (a.meta.body.as_deref().unwrap_or(""), &a.id).cmp(&(b.meta.body.as_deref().unwrap_or(""), &b.id))
    });
    let reports: Vec<CoverageReport> =
        regs.par_iter().flat_map(|r| project.coverage(r, &project.text(r), &[&cat])).collect();
    let columns: Vec<(&Regulation, Option<&CoverageReport>)> =
        regs.iter().copied().zip(reports.iter().map(Some)).collect();
    Ok((tables::matrix(&cat, &columns), failed))
}
