//! The one pipeline: a [`Project`] loads a corpus once (the configuration,
//! the catalogs, the regulation files of a folder or single files) and hands
//! out its analyses on request, each built once: the catalogs' prepared
//! items, a regulation's text analysis (through the run's one token cache),
//! its coverage, the correspondence of two regulations. Every CLI command and
//! the site start here; none wires load → tokens → coverage itself. The
//! whole-corpus analysis the site renders is [`corpus::CorpusAnalysis`].
pub mod cache;
pub mod corpus;
pub mod eval;
pub mod key;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;

use crate::analyze::align::{self, CatalogAnalysis, Correspondence, CoverageReport, Params};
use crate::analyze::review::{self, ReviewProblem};
use crate::analyze::text_analysis::{TextAnalysis, TokenCache};
use crate::catalog::{self, Catalog};
use crate::config::Config;
use crate::model::Regulation;
use crate::source::{self, LoadError};

/// A loaded corpus and the analyses built from it.
#[derive(Debug)]
pub struct Project {
    /// The site configuration (reiki.yaml).
    pub config: Config,
    /// The catalogs folder (named in the error when a catalog is missing).
    pub catalogs_dir: PathBuf,
    /// The catalogs read from the catalogs folder.
    pub catalogs: Vec<Catalog>,
    /// In the order they were found (sorted by path), unless the caller
    /// sorts them (the site lists them by body and reading).
    pub regulations: Vec<Regulation>,
    /// Files of [`Project::load_folder`] that could not be read; the others loaded.
    pub load_errors: Vec<LoadError>,
    /// The prepared items of each catalog (same order as `catalogs`), built
    /// on first use.
    prepared: Vec<OnceLock<CatalogAnalysis>>,
    /// The analysis cache of an incremental build ([`Project::use_cache`]).
    cache: Option<cache::AnalysisCache>,
}

impl Default for Project {
    /// No configuration file, no catalogs, no regulations.
    fn default() -> Project {
        Project::from_parts(Config::default(), Vec::new(), Vec::new())
    }
}

impl Project {
    /// Reads the configuration (a missing file gives the defaults) and the
    /// catalogs (a missing folder gives none; a bad catalog is an error).
    pub fn open(config: &Path, catalogs_dir: &Path) -> Result<Project> {
        let config = Config::load(config)?;
        let catalogs = if catalogs_dir.exists() { catalog::load_dir(catalogs_dir)? } else { Vec::new() };
        let mut project = Project::from_parts(config, catalogs, Vec::new());
        project.catalogs_dir = catalogs_dir.to_path_buf();
        Ok(project)
    }

    /// The configuration alone, for commands that compare files without
    /// catalogs (diff, 新旧対照表, 改め文).
    pub fn open_config(config: &Path) -> Result<Project> {
        Ok(Project::from_parts(Config::load(config)?, Vec::new(), Vec::new()))
    }

    /// A project from data already in memory (tests, benchmark).
    pub fn from_parts(config: Config, catalogs: Vec<Catalog>, regulations: Vec<Regulation>) -> Project {
        let prepared = catalogs.iter().map(|_| OnceLock::new()).collect();
        Project {
            config,
            catalogs_dir: PathBuf::from("catalogs"),
            catalogs,
            regulations,
            load_errors: Vec::new(),
            prepared,
            cache: None,
        }
    }

    /// Reads and writes analyses in the cache folder `dir` (see [`cache`]);
    /// call it once the configuration, catalogs and regulations are loaded.
    pub fn use_cache(&mut self, dir: &Path) {
        self.cache = cache::AnalysisCache::open(dir, self);
    }

    /// The analysis cache, when [`Project::use_cache`] opened one.
    pub fn cache(&self) -> Option<&cache::AnalysisCache> {
        self.cache.as_ref()
    }

    /// Adds the regulations of [`load_folder`] under `dir`, with the
    /// configuration's `max_file_mb`; files that fail go to `load_errors`.
    pub fn load_folder(&mut self, dir: &Path) {
        let (regulations, errors) = load_folder(dir, self.config.max_file_bytes());
        self.regulations.extend(regulations);
        self.load_errors.extend(errors);
    }

    /// Reads one regulation file (not added to the project): commands that
    /// take files use this, and fail on a file that cannot be read.
    pub fn read_file(&self, path: &Path) -> Result<Regulation> {
        crate::parse::load_file_limited(path, self.config.max_file_bytes())
    }

    /// The regulation with this id.
    pub fn regulation(&self, id: &str) -> Option<&Regulation> {
        self.regulations.iter().find(|r| r.id == id)
    }

    /// Catalogs that apply to `reg`: its front matter's list, else the
    /// config's default and those its title calls for, keeping only
    /// catalogs that exist.
    pub fn catalogs_of<'a>(&'a self, reg: &Regulation) -> Vec<&'a Catalog> {
        self.config.catalogs_for(&reg.meta).iter().filter_map(|id| self.catalog(id)).collect()
    }

    /// The catalog with this id.
    pub fn catalog(&self, id: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.id == id)
    }

    /// The catalogs a command checks `reg` against: those asked for, else
    /// its front matter's, else the configuration's default. An id that
    /// names no catalog is an error listing the known ones.
    pub fn select_catalogs(&self, reg: &Regulation, wanted: &[String]) -> Result<Vec<&Catalog>> {
        let ids = self.catalog_ids(reg, wanted);
        if ids.is_empty() {
            bail!("{}: no catalog to check against (give --catalog ID)", reg.path);
        }
        ids.iter().map(|id| self.catalog_named(id)).collect()
    }

    /// The ids of [`Project::select_catalogs`], empty where none applies
    /// (front matter `catalogs: []`).
    pub fn catalog_ids(&self, reg: &Regulation, wanted: &[String]) -> Vec<String> {
        if !wanted.is_empty() {
            wanted.to_vec()
        } else {
            self.config.catalogs_for(&reg.meta)
        }
    }

    /// The catalog `id`; an error listing the known ones when there is none.
    pub fn catalog_named(&self, id: &str) -> Result<&Catalog> {
        if !self.catalogs_dir.exists() {
            // The folder's own error says best what is wrong.
            catalog::load_dir(&self.catalogs_dir)?;
        }
        self.catalog(id).with_context(|| {
            let known: Vec<&str> = self.catalogs.iter().map(|c| c.id.as_str()).collect();
            format!("catalog `{id}` not found in {} (known: {})", self.catalogs_dir.display(), known.join(", "))
        })
    }

    /// The prepared items of a catalog of this project, built once.
    pub fn prepared(&self, catalog: &Catalog) -> &CatalogAnalysis {
        let index = self.catalogs.iter().position(|c| std::ptr::eq(c, catalog) || c.id == catalog.id);
        let index = index.expect("the catalog belongs to the project");
        self.prepared[index].get_or_init(|| CatalogAnalysis::build(catalog, TokenCache::shared()))
    }

    /// The text analysis of a regulation (tokens through the run's cache).
    /// Not kept: it is ~80× the size of the text, and a caller that needs it
    /// twice holds on to it.
    pub fn text(&self, reg: &Regulation) -> TextAnalysis {
        TextAnalysis::build(reg, TokenCache::shared())
    }

    /// The coverage of `reg` against each of `catalogs`, as computed (no
    /// reviews applied).
    pub fn coverage(&self, reg: &Regulation, text: &TextAnalysis, catalogs: &[&Catalog]) -> Vec<CoverageReport> {
        catalogs.iter().map(|c| align::coverage_with(reg, self.prepared(c), text, Params::default())).collect()
    }

    /// The coverage of `reg` against each of `catalogs` with the reviews of
    /// `reviews/<id>.yaml` applied, and the problems with reviews that match
    /// nothing. A review file that cannot be read is an error.
    pub fn reviewed_coverage(
        &self,
        reg: &Regulation,
        catalogs: &[&Catalog],
    ) -> Result<(Vec<CoverageReport>, Vec<ReviewProblem>)> {
        let mut reports = self.coverage(reg, &self.text(reg), catalogs);
        let checked: Vec<&str> = self.catalogs_of(reg).into_iter().map(|c| c.id.as_str()).collect();
        let problems = apply_reviews(reg, &checked, &mut reports.iter_mut().collect::<Vec<_>>())?;
        Ok((reports, problems))
    }

    /// The coverage of `reg` against `catalogs` as computed (no reviews),
    /// read from the cache when it holds it, and the regulation's text
    /// analysis when `keep_text` (the cache holds no tokens: they are
    /// computed then).
    pub fn cached_coverage(
        &self,
        reg: &Regulation,
        catalogs: &[&Catalog],
        keep_text: bool,
    ) -> (Vec<CoverageReport>, Option<TextAnalysis>) {
        if let Some(reports) = self.cache.as_ref().and_then(|c| c.coverage(reg, catalogs)) {
            return (reports, keep_text.then(|| self.text(reg)));
        }
        let text = self.text(reg);
        let reports = self.coverage(reg, &text, catalogs);
        if let Some(cache) = &self.cache {
            cache.record(reg, catalogs, &reports);
        }
        (reports, keep_text.then_some(text))
    }

    /// The 条文対応表 of `a` and `b`, supported by the items both align to
    /// in `catalogs` (coverage as computed).
    pub fn correspondence(&self, a: &Regulation, b: &Regulation, catalogs: &[&Catalog]) -> Correspondence {
        let (ta, tb) = (self.text(a), self.text(b));
        let (ra, rb) = (self.coverage(a, &ta, catalogs), self.coverage(b, &tb, catalogs));
        align::correspond(&ta, &tb, &ra, &rb)
    }
}

/// The one folder loader: every regulation file under `dir` (or `dir`
/// itself when it is a file), sorted by path and read in parallel. A file or
/// folder that cannot be read becomes a [`LoadError`] and the others still
/// load; files over `max_bytes` are refused.
pub fn load_folder(dir: &Path, max_bytes: u64) -> (Vec<Regulation>, Vec<LoadError>) {
    let (paths, unreadable) = source::discover_all(dir);
    let shown = dir.display().to_string();
    let mut errors: Vec<LoadError> = unreadable.iter().map(|e| LoadError::of(&shown, e)).collect();
    let results: Vec<(PathBuf, Result<Regulation>)> =
        paths.into_par_iter().map(|p| (p.clone(), crate::parse::load_file_limited(&p, max_bytes))).collect();
    let mut regulations = Vec::new();
    for (path, result) in results {
        match result {
            Ok(reg) => regulations.push(reg),
            Err(e) => errors.push(LoadError::of(&path.display().to_string(), &e)),
        }
    }
    (regulations, errors)
}

/// Applies `reviews/<id>.yaml` of `reg` (when there is one) to its reports
/// and returns the problems: reviews of a catalog not in `catalogs` (the
/// catalogs `reg` is checked against) and reviews that match nothing. A
/// review file that cannot be read is an error; the reports stay as computed.
pub fn apply_reviews(
    reg: &Regulation,
    catalogs: &[&str],
    reports: &mut [&mut CoverageReport],
) -> std::result::Result<Vec<ReviewProblem>, ReviewProblem> {
    let Some(file) = review::load(reg)? else { return Ok(Vec::new()) };
    let mut problems = review::unknown_catalogs(reg, &file, catalogs);
    problems.extend(reports.iter_mut().flat_map(|report| review::apply(reg, &file, report)));
    Ok(problems)
}
