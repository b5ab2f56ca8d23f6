//! `reiki check [PATH…]`: diagnostics of regulation files (default
//! `regulations/`), one per line as `file:line: warning[code]: message`.
//! Exit 0 when only warnings, 1 when a file cannot be read or parsed.
use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::Severity;
use crate::{pipeline, source};

/// Arguments of `reiki check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// ファイルまたはフォルダ（既定: regulations/）
    pub paths: Vec<PathBuf>,
    /// 出力形式（text: 1件1行、json: スクリプト向け）
    #[arg(long, value_enum, default_value = "text")]
    pub format: super::OutputFormat,
}

/// What `reiki check` prints: one line per finding, and the counts.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// One `file:line: severity[code]: message` line per finding.
    pub lines: Vec<String>,
    /// The same findings as data, for `--format json`.
    pub diagnostics: Vec<crate::model::Diagnostic>,
    /// Files read.
    pub files: usize,
    /// Findings of warning severity.
    pub warnings: usize,
    /// Findings of error severity, and files that could not be read or parsed.
    pub errors: usize,
}

/// Loads every file under `paths` and collects their diagnostics; files that
/// cannot be read or parsed are errors.
pub fn collect(paths: &[PathBuf]) -> CheckReport {
    let mut report = CheckReport::default();
    for path in paths {
        let (regulations, failures) = pipeline::load_folder(path, source::DEFAULT_MAX_FILE_BYTES);
        for reg in &regulations {
            report.files += 1;
            for d in &reg.diagnostics {
                report.lines.push(d.to_string());
                report.diagnostics.push(d.clone());
                match d.severity {
                    Severity::Warning => report.warnings += 1,
                    Severity::Error => report.errors += 1,
                }
            }
        }
        for err in failures {
            report.files += 1;
            report.errors += 1;
            let diagnostic = err.to_diagnostic();
            report.lines.push(diagnostic.to_string());
            report.diagnostics.push(diagnostic);
        }
    }
    report
}

/// Prints the diagnostics of the given files or folders; exit code 1 when there is an error.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("regulations")] } else { args.paths };
    let report = collect(&paths);
    match args.format {
        super::OutputFormat::Text => {
            for line in &report.lines {
                println!("{line}");
            }
        }
        super::OutputFormat::Json => {
            let json = serde_json::json!({
                "files": report.files,
                "errors": report.errors,
                "warnings": report.warnings,
                "diagnostics": report.diagnostics,
            });
            println!("{}", serde_json::to_string_pretty(&json)?);
        }
    }
    eprintln!("{} ファイル: エラー {} 件、警告 {} 件", report.files, report.errors, report.warnings);
    Ok(if report.errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
