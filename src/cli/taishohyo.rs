//! `reiki taishohyo OLD NEW [--html OUT.html]`: the 新旧対照表 of two
//! versions, printed side by side and optionally written as a printable
//! HTML page (A4 landscape). Column labels and order come from reiki.yaml
//! (`taishohyo_labels`, `taishohyo_new_first`).
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::analyze::taishohyo;
use crate::pipeline::Project;

/// Arguments of `reiki taishohyo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 前の版（改正前・現行）
    pub old: PathBuf,
    /// 後の版（改正後・改正案）。通常は front matter に supersedes: <前の版の id>
    pub new: PathBuf,
    /// 印刷用の HTML ページ（A4 横）にも書き出す
    #[arg(long, value_name = "OUT.html")]
    pub html: Option<PathBuf>,
    /// Word 文書（A4 横、改正議案に添付する新旧対照表）にも書き出す
    #[arg(long, value_name = "OUT.docx")]
    pub docx: Option<PathBuf>,
    /// 列の見出しと順序を読むサイト設定ファイル
    #[arg(long, default_value = "reiki.yaml")]
    pub config: PathBuf,
    /// 端末の幅（桁数。既定: $COLUMNS、なければ 120）
    #[arg(long)]
    pub width: Option<usize>,
    /// 下線や色の代わりに {+…+}／[-…-] の印で表示する
    #[arg(long)]
    pub no_color: bool,
}

/// Prints the 新旧対照表 of two versions and optionally writes it as an HTML page.
pub fn run(args: Args) -> Result<ExitCode> {
    let project = Project::open_config(&args.config)?;
    let config = &project.config;
    let mut old = project.read_file(&args.old)?;
    let mut new = project.read_file(&args.new)?;
    if old.meta.supersedes.as_deref() == Some(new.id.as_str()) {
        eprintln!("注: {} が {} を改正する版なので、新旧を入れ替えます", old.id, new.id);
        std::mem::swap(&mut old, &mut new);
    } else if new.meta.supersedes.as_deref() != Some(old.id.as_str()) {
        eprintln!("警告: {}: front matter に supersedes: {} がありません", new.path, old.id);
    }
    let table = taishohyo::build(&old, &new, config);
    if let Some(out) = &args.html {
        std::fs::write(out, taishohyo::render_html_page(&table))
            .with_context(|| format!("{}: 書き込めません", out.display()))?;
        eprintln!("{} を書き出しました", out.display());
    }
    if let Some(out) = &args.docx {
        // The 改め文 goes with the table when it can be generated; when not, the table alone.
        let kaimebun = crate::amend::kaimebun::generate(&old, &new).ok();
        let doc = crate::export::docx::taishohyo_document(&new, &table, &config.taishohyo_word, kaimebun.as_ref());
        crate::export::write_file(out, &doc.to_bytes()?)?;
        eprintln!("{} を書き出しました", out.display());
    }
    let width = args.width.or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())).unwrap_or(120);
    let color = !args.no_color && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print!("{}", taishohyo::render_terminal(&table, width, color));
    Ok(ExitCode::SUCCESS)
}
