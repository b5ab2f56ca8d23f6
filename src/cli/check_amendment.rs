//! `reiki check-amendment OLD NEW AMENDMENT [TAISHOHYO]`: reports where a
//! 改め文 and the two versions (and a 新旧対照表 document, if given)
//! disagree; exit 1 when they do.
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::apply::read_text;
use crate::amend::{check, table};

/// Arguments of `reiki check-amendment`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 改正前の例規ファイル（現行）
    pub old: PathBuf,
    /// 改正後の例規ファイル
    pub new: PathBuf,
    /// 照合する改め文（1行に1文）
    pub amendment: PathBuf,
    /// 改め文と照合する新旧対照表（.docx、.odt、.html、または 改正後｜改正前 の表を含む .md/.txt）
    pub taishohyo: Option<PathBuf>,
}

/// Checks that the 改め文 turns the old version into the new one, and prints the result.
pub fn run(args: Args) -> Result<ExitCode> {
    let old = crate::parse::load_file(&args.old)?;
    let new = crate::parse::load_file(&args.new)?;
    let amendment = read_text(&args.amendment)?;
    let findings = check::check(&old, &new, &amendment);
    let table_findings = match &args.taishohyo {
        Some(path) => check::check_table(&old, &amendment, &table::read_table(path)?),
        None => Vec::new(),
    };
    if findings.is_empty() {
        println!("{}: 改め文を適用すると改正後の本則と一致します", args.amendment.display());
    }
    if let (Some(path), true) = (&args.taishohyo, table_findings.is_empty()) {
        println!("{}: 新旧対照表と改め文は一致します", path.display());
    }
    let shown = [(&args.amendment, &findings)].into_iter().chain(args.taishohyo.iter().map(|p| (p, &table_findings)));
    for (path, list) in shown {
        for f in list {
            let at = if f.article.is_empty() { String::new() } else { format!("{}: ", f.article) };
            println!("{}: {at}{}", path.display(), f.message);
        }
    }
    Ok(if findings.is_empty() && table_findings.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
