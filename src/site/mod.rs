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
pub mod cache;
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
use crate::pipeline::Project;
use crate::source::LoadError;

pub use crate::pipeline::corpus::CorpusAnalysis;
pub use views::{ITEM_PAGE_ROWS, MATRIX_PAGE_COLUMNS};

/// Where `reiki build` reads from and writes to.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The folder of regulation files.
    pub input: PathBuf,
    /// The site folder, replaced as a whole only when the build succeeds.
    pub output: PathBuf,
    /// The catalogs folder.
    pub catalogs: PathBuf,
    /// The config file (reiki.yaml).
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
    /// The cache folder of incremental builds (analyses and page keys, see
    /// [`cache`] and [`crate::pipeline::cache`]); `None` computes everything.
    pub cache: Option<PathBuf>,
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
            cache: None,
        }
    }
}

/// One output file, path relative to the site root with `/` separators.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to the site root, with `/` separators.
    pub path: String,
    /// The file's bytes.
    pub content: Vec<u8>,
}

/// Figures of one build, for the CLI and the benchmark.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    /// Regulations built.
    pub regulations: usize,
    /// Articles in them.
    pub articles: usize,
    /// Files written.
    pub pages: usize,
    /// Their total size.
    pub bytes: usize,
    /// Regulation files that could not be read or parsed (left out of the site).
    pub load_errors: Vec<LoadError>,
    /// Configuration and reference problems (`file:line: message`), see [`checks`].
    pub warnings: Vec<String>,
    /// Time spent loading, in milliseconds.
    pub load_ms: u128,
    /// Time spent analysing, in milliseconds.
    pub analyse_ms: u128,
    /// Time spent rendering pages, in milliseconds.
    pub render_ms: u128,
    /// Time spent writing files, in milliseconds.
    pub write_ms: u128,
    /// Regulations whose analysis came from the cache, and those computed.
    pub cached_regulations: usize,
    /// Regulations whose analysis was computed.
    pub computed_regulations: usize,
    /// Pages taken from the previous build instead of rendered.
    pub reused_pages: usize,
}

/// A loaded, analysed corpus and the pages rendered from it.
pub struct Site {
    /// The corpus; its regulations sorted by body then reading, the order
    /// of every listing.
    pub project: Project,
    /// Configuration and reference problems (`file:line: message`), see [`checks`].
    pub warnings: Vec<String>,
    /// Everything the pages show, computed once.
    pub analysis: CorpusAnalysis,
    /// The rendered files.
    pub pages: Vec<Page>,
    /// Markdown source of the about page.
    about_markdown: String,
    templates_dir: Option<PathBuf>,
    live_reload: bool,
    progress: bool,
    /// The search index's words of earlier builds (incremental builds).
    words_memo: Option<cache::WordsMemo>,
    /// Which page of each item page holds each regulation's row, made
    /// from the analysis on first use.
    paging: std::sync::OnceLock<views::Paging>,
}

impl Site {
    /// Phase 1: reads config, catalogs and every regulation file. A bad
    /// regulation file becomes a [`LoadError`]; a bad config or catalog
    /// fails the build.
    pub fn load(options: &BuildOptions) -> Result<Site> {
        let mut project = Project::open(&options.config, &options.catalogs)?;
        project.load_folder(&options.input);
        project.regulations =
            checks::drop_duplicate_ids(std::mem::take(&mut project.regulations), &mut project.load_errors);
        let about_markdown = match &options.about {
            Some(path) if path.exists() => {
                std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?
            }
            _ => templates::builtin_text("about.md").unwrap_or_default().to_string(),
        };
        let mut site = Site::new(project);
        site.warnings = checks::check_references(&mut site, &options.config);
        site.about_markdown = about_markdown;
        site.templates_dir = Some(options.templates.clone());
        site.live_reload = options.live_reload;
        site.progress = options.progress;
        Ok(site)
    }

    /// A site from data already in memory (tests, benchmark).
    pub fn from_parts(config: Config, catalogs: Vec<Catalog>, regulations: Vec<Regulation>) -> Site {
        Site::new(Project::from_parts(config, catalogs, regulations))
    }

    /// The site of a loaded project, its regulations in listing order.
    pub fn new(mut project: Project) -> Site {
        // Keys computed once: the reading needs the dictionary.
        project.regulations.sort_by_cached_key(order::key);
        Site {
            project,
            warnings: Vec::new(),
            analysis: CorpusAnalysis::default(),
            pages: Vec::new(),
            about_markdown: templates::builtin_text("about.md").unwrap_or_default().to_string(),
            templates_dir: None,
            live_reload: false,
            progress: false,
            words_memo: None,
            paging: std::sync::OnceLock::new(),
        }
    }

    /// Phase 2: coverage of every regulation against its catalogs and the
    /// correspondence of every configured pair.
    pub fn analyse(&mut self) -> Result<()> {
        self.analysis = CorpusAnalysis::compute(&self.project)?;
        self.paging = std::sync::OnceLock::new();
        // A broken review file is shown with its regulation, not only printed.
        for (id, diagnostic) in std::mem::take(&mut self.analysis.review_diagnostics) {
            if let Some(reg) = self.project.regulations.iter_mut().find(|r| r.id == id) {
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
        self.render_each_reusing(None, emit)
    }

    /// [`Site::render_each`], taking the pages whose data did not change
    /// from the previous build when `reuse` is given.
    fn render_each_reusing(
        &self,
        reuse: Option<&cache::PageCache>,
        emit: &(dyn Fn(Page) -> Result<()> + Sync),
    ) -> Result<()> {
        let (tera, badges) = templates::load(self.templates_dir.as_deref())?;
        let jobs = views::jobs(self);
        let progress = progress_bar(self.progress, jobs.len() as u64);
        // A page whose inputs' digests are unchanged is reused without making its data.
        let digests = reuse.map(|_| views::InputDigests::compute(self));
        let reuse = reuse.zip(digests.as_ref()).map(|(pages, digests)| cache::Reuse { pages, digests });
        // The search index (tokenizing every article) is built alongside the pages.
        let (rendered, index) = rayon::join(
            || {
                jobs.par_iter().try_for_each(|job| {
                    match reuse {
                        Some(reuse) => {
                            let key = reuse.digests.page_key(self, job);
                            reuse
                                .pages
                                .file(views::path(self, job), key, emit, |_| views::render(self, &tera, &badges, job))?
                        }
                        None => emit(views::render(self, &tera, &badges, job)?)?,
                    }
                    progress.inc(1);
                    Ok::<(), anyhow::Error>(())
                })
            },
            || search::emit_index(self, reuse, emit),
        );
        progress.finish_and_clear();
        rendered?;
        index?;
        downloads::emit_all(self, reuse, emit)?;
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
// Over 80 lines on purpose: the four phases read in order, each timed into the report.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    wait_until_freed();
    let output = write::Output::prepare(&options.output)?;
    // A new run: texts of an earlier build in this process (reiki serve) go.
    crate::analyze::text_analysis::TokenCache::shared().clear();
    let mut report = BuildReport::default();
    let t = Instant::now();
    let mut site = Site::load(options)?;
    report.load_ms = t.elapsed().as_millis();
    if site.project.regulations.is_empty() {
        let mut why: Vec<String> = site.project.load_errors.iter().map(|e| format!("\n  {e}")).collect();
        if why.is_empty() {
            why.push(format!(
                "\n  {}: 例規ファイル（{}）がありません",
                options.input.display(),
                crate::source::READABLE
            ));
        }
        anyhow::bail!(
            "公開できる例規が 1 件もないため、サイトを更新しません（{} はそのままです）:{}",
            options.output.display(),
            why.concat()
        );
    }
    if let Some(tolerated) = &options.tolerated_load_errors {
        let new: Vec<String> = site
            .project
            .load_errors
            .iter()
            .filter(|e| !tolerated.contains(&e.path))
            .map(|e| format!("\n  {e}"))
            .collect();
        if !new.is_empty() {
            anyhow::bail!(
                "読めなくなったファイルがあるため、サイトを更新しません（表示中のサイトはそのままです）:{}",
                new.concat()
            );
        }
    }
    let t = Instant::now();
    if let Some(dir) = &options.cache {
        site.project.use_cache(dir);
        site.words_memo = cache::WordsMemo::open(dir);
    }
    site.analyse()?;
    report.analyse_ms = t.elapsed().as_millis();
    // Render and write together: each page goes into the staging folder as
    // soon as it is made, so memory does not grow with the output.
    let t = Instant::now();
    let (pages, bytes) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut fill_ms = 0;
    let mut page_cache = None;
    output.swap_in_with(|staging| {
        let t = Instant::now();
        page_cache = match &options.cache {
            Some(dir) => cache::PageCache::open(dir, output.folder(), staging, site.templates_dir.as_deref())?,
            None => None,
        };
        site.render_each_reusing(page_cache.as_ref(), &|page| {
            pages.fetch_add(1, Ordering::Relaxed);
            bytes.fetch_add(page.content.len(), Ordering::Relaxed);
            write::write_page(staging, &page)
        })?;
        fill_ms = t.elapsed().as_millis();
        Ok(())
    })?;
    // The site is published: record what the next build can take from it.
    if let Some(analysis_cache) = site.project.cache() {
        let usage = analysis_cache.usage();
        (report.cached_regulations, report.computed_regulations) = (usage.hits, usage.misses);
        analysis_cache.save(&site.project, &site.analysis);
    }
    if let Some(memo) = &site.words_memo {
        memo.save();
    }
    if let Some(page_cache) = &page_cache {
        page_cache.save();
        let (reused, reused_bytes) = page_cache.reused();
        report.reused_pages = reused;
        pages.fetch_add(reused, Ordering::Relaxed);
        bytes.fetch_add(reused_bytes, Ordering::Relaxed);
    }
    report.render_ms = fill_ms;
    report.write_ms = t.elapsed().as_millis() - fill_ms;
    report.regulations = site.project.regulations.len();
    report.articles = site.project.regulations.iter().map(|r| r.articles().count()).sum();
    report.pages = pages.into_inner();
    report.bytes = bytes.into_inner();
    report.load_errors = std::mem::take(&mut site.project.load_errors);
    // The reference and review warnings of regulations are printed too, not
    // only shown on their pages: they mean a table, a check or a reviewer's
    // decision the user expects is missing.
    let reference_warnings = site
        .project
        .regulations
        .iter()
        .flat_map(|r| &r.diagnostics)
        .filter(|d| checks::REFERENCE_CODES.contains(&d.code) || d.code.is_review())
        .map(|d| format!("{}:{}: {}", d.file, d.line, d.message));
    report.warnings = std::mem::take(&mut site.warnings).into_iter().chain(reference_warnings).collect();
    free_in_background(site);
    Ok(report)
}

/// The site of this process's last build, being freed on a thread of its own.
static FREEING: std::sync::Mutex<Option<std::thread::JoinHandle<()>>> = std::sync::Mutex::new(None);

/// Frees a built site on a thread of its own: its millions of small
/// allocations were 2.5 % of a one-edit rebuild's instructions at
/// N = 2,000. A one-shot command exits without waiting (the memory goes
/// back with the process); the next build in the same process (`reiki
/// serve`, tests) waits for it first, so two sites are never held at once.
fn free_in_background(site: Site) {
    let freeing = std::thread::spawn(move || drop(site));
    *FREEING.lock().unwrap_or_else(|e| e.into_inner()) = Some(freeing);
}

/// Waits until the last build's site is freed (see [`build`]): a caller
/// timing a build, as a new process would run it, calls this first.
pub fn wait_until_freed() {
    let freeing = FREEING.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(freeing) = freeing {
        // A panic while freeing leaves nothing to clean up.
        let _ = freeing.join();
    }
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
