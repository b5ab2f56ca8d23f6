//! `reiki build [--input DIR] [--output DIR] …`: builds the static site once;
//! its `Args` are also the build options of `reiki serve`.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::site::{self, BuildOptions};

/// The default cache folder, in the project folder (next to reiki.yaml).
pub const CACHE_DIR: &str = ".reiki-cache";

/// Options shared by `reiki build` and `reiki serve`.
#[derive(Debug, Clone, clap::Args)]
// No argument group of its own: `serve` flattens these options, and two
// groups both named after a struct `Args` would clash.
#[group(skip)]
pub struct Args {
    /// 例規ファイル（.md .txt .docx .odt .html）のフォルダ
    #[arg(long, default_value = "regulations")]
    pub input: PathBuf,
    /// 出力フォルダ（成功したときだけ丸ごと置き換える）
    #[arg(long, default_value = "site")]
    pub output: PathBuf,
    /// カタログ（指針項目の YAML）のフォルダ
    #[arg(long, default_value = "catalogs")]
    pub catalogs: PathBuf,
    /// サイトの設定ファイル
    #[arg(long, default_value = "reiki.yaml")]
    pub config: PathBuf,
    /// テンプレートのフォルダ（同名のファイルが組込みのものに優先する）
    #[arg(long, default_value = "templates")]
    pub templates: PathBuf,
    /// 差分ビルドのキャッシュフォルダ（既定: 設定ファイルと同じフォルダの .reiki-cache。消してもよい）
    #[arg(long)]
    pub cache: Option<PathBuf>,
    /// キャッシュを使わず、すべて作り直す（キャッシュも書かない）
    #[arg(long, conflicts_with = "cache")]
    pub no_cache: bool,
}

impl Args {
    /// The build options these arguments describe; the cache folder defaults to `.reiki-cache` next to the config.
    pub fn options(&self) -> BuildOptions {
        let project = self.config.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        BuildOptions {
            input: self.input.clone(),
            output: self.output.clone(),
            catalogs: self.catalogs.clone(),
            config: self.config.clone(),
            templates: self.templates.clone(),
            about: Some(project.join("about.md")),
            live_reload: false,
            progress: true,
            tolerated_load_errors: None,
            cache: match (&self.cache, self.no_cache) {
                (_, true) => None,
                (Some(dir), false) => Some(dir.clone()),
                (None, false) => Some(project.join(CACHE_DIR)),
            },
        }
    }
}

/// Builds once and prints a summary; unreadable regulation files are
/// listed (file:line: why), but the others are still published. Returns
/// the unreadable files (exit code 1 for `reiki build` when there are any).
pub fn build_and_report(options: &BuildOptions) -> anyhow::Result<Vec<String>> {
    let started = std::time::Instant::now();
    let report = site::build(options)?;
    for e in &report.load_errors {
        eprintln!("エラー: {e}");
    }
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    eprintln!(
        "{} 本の例規（{} 条）から {} ファイル・{:.1} MB を {} ms で作成（読込 {} / 解析 {} / 出力 {} / 書込 {}）→ {}",
        report.regulations,
        report.articles,
        report.pages,
        report.bytes as f64 / 1e6,
        started.elapsed().as_millis(),
        report.load_ms,
        report.analyse_ms,
        report.render_ms,
        report.write_ms,
        options.output.display()
    );
    if report.cached_regulations > 0 || report.reused_pages > 0 {
        eprintln!(
            "キャッシュから {} 本の解析と {} ページを再利用しました（{} 本を解析）",
            report.cached_regulations, report.reused_pages, report.computed_regulations
        );
    }
    if !report.load_errors.is_empty() {
        eprintln!("読めない例規ファイルが {} 件あります。それらを除いてサイトを作りました", report.load_errors.len());
    }
    Ok(report.load_errors.into_iter().map(|e| e.path).collect())
}

/// Builds the site once and prints a summary.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let failed = build_and_report(&args.options())?;
    Ok(if failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
