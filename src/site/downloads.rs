//! `site/downloads/`: the Excel, CSV and Word versions of the matrix, of
//! each regulation's coverage, of each 条文対応表 and of each 新旧対照表,
//! built from the same analysis as the pages, and the links the pages show.
use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::Serialize;

use super::cache::Reuse;
use super::paths::{relative, slug};
use super::views::InputDigests;
use super::{Page, Site};
use crate::analyze::align::CoverageReport;
use crate::catalog::Catalog;
use crate::export::{self, docx, tables, Table};
use crate::model::Regulation;
use crate::pipeline::key::KeyHasher;

/// The folder of the files, relative to the site root.
pub const DIR: &str = "downloads";

/// A link a page shows: 「Excel」 → ../downloads/matrix-ppc-shishin.xlsx.
#[derive(Debug, Clone, Serialize)]
pub struct DownloadLink {
    /// The link text.
    pub label: &'static str,
    /// The file, relative to the page.
    pub url: String,
}

/// What a download holds; its file name stem says the same.
enum Download<'a> {
    Matrix(&'a Catalog),
    Coverage(&'a Regulation),
    Pair(usize),
    Taishohyo(&'a Regulation),
}

impl Download<'_> {
    fn stem(&self, site: &Site) -> String {
        match self {
            Download::Matrix(cat) => format!("matrix-{}", slug(&cat.id)),
            Download::Coverage(reg) => format!("coverage-{}", slug(&reg.id)),
            Download::Pair(p) => {
                let pair = &site.analysis.pairs[*p];
                format!("pair-{}--{}", slug(&pair.a), slug(&pair.b))
            }
            Download::Taishohyo(reg) => format!("taishohyo-{}", slug(&reg.id)),
        }
    }

    /// The file types offered: tables as Excel and CSV, the 新旧対照表 as Word.
    fn extensions(&self) -> &'static [&'static str] {
        match self {
            Download::Taishohyo(_) => &["docx"],
            _ => &["xlsx", "csv"],
        }
    }
}

fn label(extension: &str) -> &'static str {
    match extension {
        "xlsx" => "Excel（.xlsx）",
        "csv" => "CSV",
        _ => "Word（.docx）",
    }
}

fn links(site: &Site, page: &str, download: &Download) -> Vec<DownloadLink> {
    let stem = download.stem(site);
    download
        .extensions()
        .iter()
        .map(|ext| DownloadLink { label: label(ext), url: relative(page, &format!("{DIR}/{stem}.{ext}")) })
        .collect()
}

/// Links for the matrix page of `cat`.
pub fn matrix_links(site: &Site, page: &str, cat: &Catalog) -> Vec<DownloadLink> {
    if matrix_columns(site, cat).is_empty() {
        return Vec::new();
    }
    links(site, page, &Download::Matrix(cat))
}

/// Links for a regulation page: its coverage, and its 新旧対照表 if it has one.
pub fn regulation_links(site: &Site, page: &str, reg: &Regulation) -> Vec<DownloadLink> {
    let mut out = Vec::new();
    if has_coverage(site, reg) {
        out.extend(links(site, page, &Download::Coverage(reg)));
    }
    if site.analysis.versions.contains_key(&reg.id) {
        out.extend(links(site, page, &Download::Taishohyo(reg)));
    }
    out
}

/// Links for the page of the `index`-th configured pair.
pub fn pair_links(site: &Site, page: &str, index: usize) -> Vec<DownloadLink> {
    links(site, page, &Download::Pair(index))
}

/// Links for the 新旧対照表 page of `reg`.
pub fn taishohyo_links(site: &Site, page: &str, reg: &Regulation) -> Vec<DownloadLink> {
    links(site, page, &Download::Taishohyo(reg))
}

fn matrix_columns<'a>(site: &'a Site, cat: &Catalog) -> Vec<(&'a Regulation, Option<&'a CoverageReport>)> {
    site.project
        .regulations
        .iter()
        .filter(|r| site.project.catalogs_of(r).iter().any(|c| c.id == cat.id))
        .map(|r| (r, site.analysis.coverage_of(&r.id, &cat.id)))
        .collect()
}

/// Whether `reg` has a coverage report (then it has a coverage download).
fn has_coverage(site: &Site, reg: &Regulation) -> bool {
    site.project.catalogs_of(reg).iter().any(|cat| site.analysis.coverage_of(&reg.id, &cat.id).is_some())
}

fn coverage_tables(site: &Site, reg: &Regulation) -> Vec<Table> {
    site.project
        .catalogs_of(reg)
        .into_iter()
        .filter_map(|cat| site.analysis.coverage_of(&reg.id, &cat.id).map(|report| tables::coverage(reg, cat, report)))
        .collect()
}

/// Writes every download file (in parallel) through `emit`; with `reuse`,
/// a file whose data did not change since the previous build is taken from it.
pub fn emit_all(site: &Site, reuse: Option<Reuse>, emit: &(dyn Fn(Page) -> Result<()> + Sync)) -> Result<()> {
    let date = export::build_date();
    let mut jobs: Vec<Download> = Vec::new();
    jobs.extend(site.project.catalogs.iter().filter(|c| !matrix_columns(site, c).is_empty()).map(Download::Matrix));
    jobs.extend(site.project.regulations.iter().filter(|r| has_coverage(site, r)).map(Download::Coverage));
    jobs.extend((0..site.analysis.pairs.len()).map(Download::Pair));
    jobs.extend(
        site.project.regulations.iter().filter(|r| site.analysis.versions.contains_key(&r.id)).map(Download::Taishohyo),
    );
    jobs.par_iter().try_for_each(|job| files(site, job, &date, reuse, emit))
}

/// Puts the file `path` into the site: made by `make`, or taken from the
/// previous build when `key` (the hash of its data) is the one it had.
fn put(
    reuse: Option<Reuse>,
    emit: &(dyn Fn(Page) -> Result<()> + Sync),
    path: String,
    key: impl FnOnce(&InputDigests) -> u128,
    make: impl FnOnce() -> Result<Vec<u8>>,
) -> Result<()> {
    // A file that cannot be made names itself (the build stops, the old site stays).
    let made = |path: &str| make().with_context(|| format!("{path} を作れません"));
    match reuse {
        Some(reuse) => reuse
            .pages
            .file(path, key(reuse.digests), emit, |path| Ok(Page { path: path.to_string(), content: made(path)? })),
        None => emit(Page { content: made(&path)?, path }),
    }
}

/// The inputs of `job`'s files (the date is added by the caller).
fn data_key(site: &Site, digests: &InputDigests, job: &Download) -> u128 {
    let mut hasher = KeyHasher::default();
    hasher.add_key(digests.site());
    match job {
        // Its columns, each a regulation checked against the catalog, as
        // the matrix pages are keyed: an edit of a regulation the catalog
        // does not check leaves the file as it was.
        Download::Matrix(cat) => {
            hasher.add_bytes(cat.id.as_bytes());
            for (reg, _) in matrix_columns(site, cat) {
                hasher.add_bytes(reg.id.as_bytes());
                hasher.add_key(digests.regulation(&reg.id));
            }
        }
        Download::Coverage(reg) | Download::Taishohyo(reg) => hasher.add_key(digests.regulation(&reg.id)),
        Download::Pair(p) => {
            let pair = &site.analysis.pairs[*p];
            hasher.add_key(digests.regulation(&pair.a));
            hasher.add_key(digests.regulation(&pair.b));
        }
    }
    hasher.finish()
}

fn files(
    site: &Site,
    job: &Download,
    date: &str,
    reuse: Option<Reuse>,
    emit: &(dyn Fn(Page) -> Result<()> + Sync),
) -> Result<()> {
    let stem = job.stem(site);
    // Keyed on the inputs and the type (and the date Excel records), so
    // an unchanged file is reused without making its tables.
    let key = |extension: &'static str| {
        move |digests: &InputDigests| {
            let mut hasher = KeyHasher::default();
            hasher.add_bytes(extension.as_bytes());
            hasher.add_bytes(date.as_bytes());
            hasher.add_key(data_key(site, digests, job));
            hasher.finish()
        }
    };
    let tables = match job {
        Download::Matrix(cat) => Tables::Matrix(cat),
        Download::Coverage(reg) => Tables::Coverage(reg),
        Download::Pair(p) => {
            let pair = &site.analysis.pairs[*p];
            let (Some(a), Some(b)) = (site.project.regulation(&pair.a), site.project.regulation(&pair.b)) else {
                return Ok(());
            };
            Tables::Pair(*p, a, b)
        }
        Download::Taishohyo(reg) => {
            let versions = &site.analysis.versions[&reg.id];
            let conventions = &site.project.config.taishohyo_word;
            // Compared only when the document is made again.
            let make = || {
                let (table, kaimebun) = (versions.table(&site.project), versions.kaimebun(&site.project).ok());
                docx::taishohyo_document(reg, table, conventions, kaimebun).to_bytes()
            };
            return put(reuse, emit, format!("{DIR}/{stem}.docx"), key("docx"), make);
        }
    };
    // Made once, and only when one of the two files is made.
    let made = std::cell::OnceCell::new();
    let tables = || made.get_or_init(|| tables.make(site));
    put(reuse, emit, format!("{DIR}/{stem}.xlsx"), key("xlsx"), || export::xlsx::workbook(tables(), date))?;
    put(reuse, emit, format!("{DIR}/{stem}.csv"), key("csv"), || Ok(export::csv::tables(tables())))
}

/// The tables of an Excel or CSV download, made on demand.
enum Tables<'a> {
    Matrix(&'a Catalog),
    Coverage(&'a Regulation),
    /// The pair's index and its two regulations.
    Pair(usize, &'a Regulation, &'a Regulation),
}

impl Tables<'_> {
    fn make(&self, site: &Site) -> Vec<Table> {
        match self {
            Tables::Matrix(cat) => vec![tables::matrix(cat, &matrix_columns(site, cat))],
            Tables::Coverage(reg) => coverage_tables(site, reg),
            Tables::Pair(p, a, b) => {
                let (pair, rows) = (&site.analysis.pairs[*p], &site.analysis.pair_rows[*p]);
                vec![tables::correspondence(a, b, pair, rows, &site.project.catalogs)]
            }
        }
    }
}
