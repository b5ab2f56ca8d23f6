//! `reiki check-amendment OLD NEW AMENDMENT`: reports where a 改め文 and
//! the two versions disagree; exit 1 when they do.
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::apply::read_text;
use crate::amend::check;
use crate::source;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The version in force (改正前).
    pub old: PathBuf,
    /// The amended version (改正後).
    pub new: PathBuf,
    /// The 改め文 to check, one sentence a line.
    pub amendment: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let old = source::load_file(&args.old)?;
    let new = source::load_file(&args.new)?;
    let findings = check::check(&old, &new, &read_text(&args.amendment)?);
    if findings.is_empty() {
        println!("{}: 改め文を適用すると改正後の本則と一致します", args.amendment.display());
        return Ok(ExitCode::SUCCESS);
    }
    for f in &findings {
        let at = if f.article.is_empty() { String::new() } else { format!("{}: ", f.article) };
        println!("{}: {at}{}", args.amendment.display(), f.message);
    }
    Ok(ExitCode::from(1))
}
