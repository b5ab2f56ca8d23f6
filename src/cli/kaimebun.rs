//! `reiki kaimebun OLD NEW [--format text|json]`: the 一部改正 改め文 that
//! turns OLD into NEW (題名, 柱書, sentences, 附則).
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use super::OutputFormat;
use crate::amend::kaimebun;

/// Arguments of `reiki kaimebun`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 改正前の例規ファイル（現行）
    pub old: PathBuf,
    /// 改正後の例規ファイル
    pub new: PathBuf,
    /// 出力形式（text: 改め文、json: 題名・柱書・文・附則のデータ）
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
}

/// Prints the 改め文 that turns the old version into the new one.
pub fn run(args: Args) -> Result<ExitCode> {
    let old = crate::parse::load_file(&args.old)?;
    let new = crate::parse::load_file(&args.new)?;
    let km = kaimebun::generate(&old, &new)?;
    if km.is_empty() {
        eprintln!("note: {} と {} の本則は同じです", old.path, new.path);
    }
    match args.format {
        OutputFormat::Text => print!("{}", km.to_text()),
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&km)?),
    }
    Ok(ExitCode::SUCCESS)
}
