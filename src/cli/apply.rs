//! `reiki apply OLD AMENDMENT`: 溶け込み. Applies the 改め文 in AMENDMENT
//! to OLD and prints the consolidated text (題名, 本則, 原始附則, 別表).
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::amend::{apply, consolidated_text};
use crate::source;

/// Arguments of `reiki apply`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 改正前の例規ファイル（現行）
    pub old: PathBuf,
    /// 当てはめる改め文（1行に1文。reiki kaimebun の出力の形）
    pub amendment: PathBuf,
}

/// Applies the 改め文 to the old version and prints the consolidated text.
pub fn run(args: Args) -> Result<ExitCode> {
    let old = crate::parse::load_file(&args.old)?;
    let text = read_text(&args.amendment)?;
    let amended = apply::apply(&old, &text).with_context(|| format!("{}", args.amendment.display()))?;
    print!("{}", consolidated_text(&amended));
    Ok(ExitCode::SUCCESS)
}

/// Reads an amendment file in any encoding `source` understands.
pub fn read_text(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: 読み込めません", path.display()))?;
    let (text, _) = source::decode(&bytes).map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.message))?;
    Ok(text)
}
