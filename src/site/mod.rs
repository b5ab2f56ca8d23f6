//! Rendering the static site.
//!
//! Built like Zola/mdBook: a [`Site`] goes through explicit phases —
//! [`Site::load`] (config, catalogs, regulations) → [`Site::analyse`]
//! (coverage, correspondences) → [`Site::render`] (tera templates into
//! in-memory pages) → [`Site::write`] (atomic swap of the output folder).
//! [`build`] fuses the last two: pages go into the staging folder as they
//! are rendered ([`Site::render_each`]), then the folder is swapped in.
//! Every link in the output is relative, so the site works from `file://`,
//! from a web server root and from a subpath.
pub mod analysis;
pub mod checks;
pub mod downloads;
pub mod linkcheck;
mod markdown;
mod order;
pub mod paths;
pub mod search;
pub mod templates;
mod views;
pub mod write;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::catalog::Catalog;
use crate::config::Config;
use crate::model::Regulation;

pub use analysis::Analysis;

/// Where `reiki build` reads from and writes to.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub input: PathBuf,
    pub output: PathBuf,
    pub catalogs: PathBuf,
    pub config: PathBuf,
    /// The user's template folder; a file there overrides the built-in one
    /// of the same name. A missing folder means "built-ins only".
    pub templates: PathBuf,
    /// Optional Markdown file for the about page (next to the config).
    pub about: Option<PathBuf>,
    /// Inject the live-reload script and write `build-id.txt` (reiki serve).
    pub live_reload: bool,
    /// Show a progress bar (it is hidden anyway when stderr is not a TTY).
    pub progress: bool,
    /// `reiki serve`'s rebuilds: the files that already failed in the site
    /// being served. A build where any other file fails is refused and the
    /// served site kept, so a broken save never takes a page away while the
    /// drafter is editing it. `None` (`reiki build`): publish without the
    /// failed files and list them in red.
    pub tolerated_load_errors: Option<Vec<String>>,
}

impl BuildOptions {
    /// The defaults of `reiki build` relative to a project folder.
    pub fn in_project(root: &Path) -> BuildOptions {
        BuildOptions {
            input: root.join("regulations"),
            output: root.join("site"),
            catalogs: root.join("catalogs"),
            config: root.join("reiki.yaml"),
            templates: root.join("templates"),
            about: Some(root.join("about.md")),
            live_reload: false,
            progress: false,
            tolerated_load_errors: None,
        }
    }
}

/// A regulation file that could not be read; the rest of the site still builds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LoadError {
    pub file: String,
    /// `file:line: why`, as the loader reported it.
    pub message: String,
}

/// One output file, path relative to the site root with `/` separators.
#[derive(Debug, Clone)]
pub struct Page {
    pub path: String,
    pub content: Vec<u8>,
}

/// Figures of one build, for the CLI and the benchmark.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub regulations: usize,
    pub articles: usize,
    pub pages: usize,
    pub bytes: usize,
    pub load_errors: Vec<LoadError>,
    /// Configuration and reference problems (`file:line: message`), see [`checks`].
    pub warnings: Vec<String>,
    pub load_ms: u128,
    pub analyse_ms: u128,
    pub render_ms: u128,
    pub write_ms: u128,
}

pub struct Site {
    pub config: Config,
    pub catalogs: Vec<Catalog>,
    /// Sorted by body then id, the order of every listing.
    pub regulations: Vec<Regulation>,
    pub load_errors: Vec<LoadError>,
    /// Configuration and reference problems (`file:line: message`), see [`checks`].
    pub warnings: Vec<String>,
    pub analysis: Analysis,
    pub pages: Vec<Page>,
    /// Markdown source of the about page.
    about_markdown: String,
    templates_dir: Option<PathBuf>,
    live_reload: bool,
    progress: bool,
}

impl Site {
    /// Phase 1: reads config, catalogs and every regulation file. A bad
    /// regulation file becomes a [`LoadError`]; a bad config or catalog
    /// fails the build.
    pub fn load(options: &BuildOptions) -> Result<Site> {
        let config = Config::load(&options.config)?;
        let catalogs =
            if options.catalogs.exists() { crate::catalog::load_dir(&options.catalogs)? } else { Vec::new() };
        let (regulations, mut load_errors) = load_regulations(&options.input, config.max_file_bytes())?;
        let regulations = checks::drop_duplicate_ids(regulations, &mut load_errors);
        let about_markdown = match &options.about {
            Some(path) if path.exists() => {
                std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?
            }
            _ => templates::builtin_text("about.md").unwrap_or_default().to_string(),
        };
        let mut site = Site::from_parts(config, catalogs, regulations);
        site.load_errors = load_errors;
        site.warnings = checks::check_references(&mut site, &options.config);
        site.about_markdown = about_markdown;
        site.templates_dir = Some(options.templates.clone());
        site.live_reload = options.live_reload;
        site.progress = options.progress;
        Ok(site)
    }

    /// A site from data already in memory (tests, benchmark).
    pub fn from_parts(config: Config, catalogs: Vec<Catalog>, mut regulations: Vec<Regulation>) -> Site {
        // Keys computed once: the reading needs the dictionary.
        regulations.sort_by_cached_key(order::key);
        Site {
            config,
            catalogs,
            regulations,
            load_errors: Vec::new(),
            warnings: Vec::new(),
            analysis: Analysis::default(),
            pages: Vec::new(),
            about_markdown: templates::builtin_text("about.md").unwrap_or_default().to_string(),
            templates_dir: None,
            live_reload: false,
            progress: false,
        }
    }

    /// Catalogs that apply to `reg`: its front matter's list, else the
    /// config's default, keeping only catalogs that exist.
    pub fn catalogs_of<'a>(&'a self, reg: &Regulation) -> Vec<&'a Catalog> {
        let wanted = self.config.catalogs_for(&reg.meta);
        wanted.iter().filter_map(|id| self.catalogs.iter().find(|c| &c.id == id)).collect()
    }

    pub fn regulation(&self, id: &str) -> Option<&Regulation> {
        self.regulations.iter().find(|r| r.id == id)
    }

    /// Phase 2: coverage of every regulation against its catalogs and the
    /// correspondence of every configured pair.
    pub fn analyse(&mut self) -> Result<()> {
        self.analysis = Analysis::compute(self)?;
        // A broken review file is shown with its regulation, not only printed.
        for (id, diagnostic) in std::mem::take(&mut self.analysis.review_diagnostics) {
            if let Some(reg) = self.regulations.iter_mut().find(|r| r.id == id) {
                reg.diagnostics.push(diagnostic);
            }
        }
        Ok(())
    }

    /// Phase 3: renders every page into memory (`pages`, sorted by path).
    pub fn render(&mut self) -> Result<()> {
        let pages = std::sync::Mutex::new(Vec::new());
        self.render_each(&|page| {
            pages.lock().expect("pages lock").push(page);
            Ok(())
        })?;
        let mut pages = pages.into_inner().expect("pages lock");
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        self.pages = pages;
        Ok(())
    }

    /// Renders every page and hands each to `emit` as soon as it is made
    /// (from several threads), so a build need not hold them all.
    pub fn render_each(&self, emit: &(dyn Fn(Page) -> Result<()> + Sync)) -> Result<()> {
        let tera = templates::load(self.templates_dir.as_deref())?;
        let jobs = views::jobs(self);
        let progress = progress_bar(self.progress, jobs.len() as u64);
        // The search index (tokenizing every article) is built alongside the pages.
        let (rendered, index) = rayon::join(
            || {
                jobs.par_iter().try_for_each(|job| {
                    let page = views::render(self, &tera, job)?;
                    progress.inc(1);
                    emit(page)
                })
            },
            || search::index_page(self),
        );
        progress.finish_and_clear();
        rendered?;
        emit(index)?;
        for page in downloads::pages(self)? {
            emit(page)?;
        }
        for page in templates::static_files(self.templates_dir.as_deref())? {
            emit(page)?;
        }
        if self.live_reload {
            emit(Page { path: "build-id.txt".into(), content: build_id().into_bytes() })?;
        }
        Ok(())
    }

    /// Phase 4: writes the pages atomically (see [`write::atomic`]).
    pub fn write(&self, output: &Path) -> Result<()> {
        write::atomic(output, &self.pages)
    }
}

/// Runs all four phases. The output folder is checked and locked first;
/// a failure in any phase, or a site with no regulation at all, leaves
/// `output` as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let output = write::Output::prepare(&options.output)?;
    let mut report = BuildReport::default();
    let t = Instant::now();
    let mut site = Site::load(options)?;
    report.load_ms = t.elapsed().as_millis();
    if site.regulations.is_empty() {
        let mut why: Vec<String> = site.load_errors.iter().map(|e| format!("\n  {}", e.message)).collect();
        if why.is_empty() {
            why.push(format!("\n  {}: 例規ファイル（*.md, *.txt）がありません", options.input.display()));
        }
        anyhow::bail!(
            "公開できる例規が 1 件もないため、サイトを更新しません（{} はそのままです）:{}",
            options.output.display(),
            why.concat()
        );
    }
    if let Some(tolerated) = &options.tolerated_load_errors {
        let new: Vec<String> = site
            .load_errors
            .iter()
            .filter(|e| !tolerated.contains(&e.file))
            .map(|e| format!("\n  {}", e.message))
            .collect();
        if !new.is_empty() {
            anyhow::bail!(
                "読めなくなったファイルがあるため、サイトを更新しません（表示中のサイトはそのままです）:{}",
                new.concat()
            );
        }
    }
    let t = Instant::now();
    site.analyse()?;
    report.analyse_ms = t.elapsed().as_millis();
    // Render and write together: each page goes into the staging folder as
    // soon as it is made, so memory does not grow with the output.
    let t = Instant::now();
    let (pages, bytes) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut fill_ms = 0;
    output.swap_in_with(|staging| {
        let t = Instant::now();
        site.render_each(&|page| {
            pages.fetch_add(1, Ordering::Relaxed);
            bytes.fetch_add(page.content.len(), Ordering::Relaxed);
            write::write_page(staging, &page)
        })?;
        fill_ms = t.elapsed().as_millis();
        Ok(())
    })?;
    report.render_ms = fill_ms;
    report.write_ms = t.elapsed().as_millis() - fill_ms;
    report.regulations = site.regulations.len();
    report.articles = site.regulations.iter().map(|r| r.articles().count()).sum();
    report.pages = pages.into_inner();
    report.bytes = bytes.into_inner();
    report.load_errors = site.load_errors;
    // The reference and review warnings of regulations are printed too, not
    // only shown on their pages: they mean a table, a check or a reviewer's
    // decision the user expects is missing.
    let reference_warnings = site
        .regulations
        .iter()
        .flat_map(|r| &r.diagnostics)
        .filter(|d| checks::REFERENCE_CODES.contains(&d.code) || d.code.is_review())
        .map(|d| format!("{}:{}: {}", d.file, d.line, d.message));
    report.warnings = site.warnings.into_iter().chain(reference_warnings).collect();
    Ok(report)
}

/// Reads every regulation file under `dir`; unreadable ones are collected,
/// not fatal.
fn load_regulations(dir: &Path, max_bytes: u64) -> Result<(Vec<Regulation>, Vec<LoadError>)> {
    let (paths, unreadable) = crate::source::discover_all(dir);
    let mut errors: Vec<LoadError> = unreadable
        .into_iter()
        .map(|err| LoadError { file: dir.display().to_string(), message: format!("{err:#}") })
        .collect();
    let results: Vec<(PathBuf, Result<Regulation>)> = paths
        .into_par_iter()
        .map(|p| {
            let r = crate::source::load_file_limited(&p, max_bytes);
            (p, r)
        })
        .collect();
    let mut regulations = Vec::new();
    for (path, result) in results {
        match result {
            Ok(reg) => regulations.push(reg),
            Err(err) => errors.push(LoadError { file: path.display().to_string(), message: format!("{err:#}") }),
        }
    }
    Ok((regulations, errors))
}

fn progress_bar(enabled: bool, len: u64) -> indicatif::ProgressBar {
    if !enabled {
        return indicatif::ProgressBar::hidden();
    }
    // indicatif draws to stderr only when it is a terminal.
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} ページ") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_prefix("reiki build");
    bar
}

/// A value that changes with every build (live reload compares it).
fn build_id() -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
    format!("{nanos}\n")
}
