//! `reiki taishohyo OLD NEW [--html OUT.html]`: the 新旧対照表 of two
//! versions, printed side by side and optionally written as a printable
//! HTML page (A4 landscape). Column labels and order come from reiki.yaml
//! (`taishohyo_labels`, `taishohyo_new_first`).
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::analyze::taishohyo;
use crate::config::Config;
use crate::source;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The earlier version (改正前 / 現行).
    pub old: PathBuf,
    /// The later version (改正後 / 改正案); normally its front matter has `supersedes: <old id>`.
    pub new: PathBuf,
    /// Also write the table as a self-contained printable HTML page.
    #[arg(long, value_name = "OUT.html")]
    pub html: Option<PathBuf>,
    /// Also write the table as a Word document (A4 landscape, for the amendment packet).
    #[arg(long, value_name = "OUT.docx")]
    pub docx: Option<PathBuf>,
    /// Site configuration for the column labels and order.
    #[arg(long, default_value = "reiki.yaml")]
    pub config: PathBuf,
    /// Terminal width in columns (default: $COLUMNS, else 120).
    #[arg(long)]
    pub width: Option<usize>,
    /// Plain {+…+}/[-…-] markers instead of ANSI underline and colour.
    #[arg(long)]
    pub no_color: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let config = Config::load(&args.config)?;
    let mut old = source::load_file(&args.old)?;
    let mut new = source::load_file(&args.new)?;
    if old.meta.supersedes.as_deref() == Some(new.id.as_str()) {
        eprintln!("note: {} が {} を改正する版なので、新旧を入れ替えます", old.id, new.id);
        std::mem::swap(&mut old, &mut new);
    } else if new.meta.supersedes.as_deref() != Some(old.id.as_str()) {
        eprintln!("warning: {}: front matter に supersedes: {} がありません", new.path, old.id);
    }
    let table = taishohyo::build(&old, &new, &config);
    if let Some(out) = &args.html {
        std::fs::write(out, taishohyo::render_html_page(&table)).with_context(|| format!("{}: 書き込めません", out.display()))?;
        eprintln!("wrote {}", out.display());
    }
    if let Some(out) = &args.docx {
        let doc = crate::export::docx::taishohyo_document(&new, &table, &config.taishohyo_word);
        crate::export::write_file(out, &doc.to_bytes()?)?;
        eprintln!("wrote {}", out.display());
    }
    let width = args.width.or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())).unwrap_or(120);
    let color = !args.no_color && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print!("{}", taishohyo::render_terminal(&table, width, color));
    Ok(ExitCode::SUCCESS)
}
