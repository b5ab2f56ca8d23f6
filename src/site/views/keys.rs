//! What each page shows, as cheap digests computed before rendering, so an
//! incremental build can reuse a page without making its data (its tera
//! context, most of a rebuild's time before). A page's key hashes the
//! inputs of its view function, not its output:
//! - every page: the site-wide inputs ([`InputDigests::site`]: config,
//!   catalogs, about page, load errors, warnings, live reload);
//! - a regulation's own pages (text, 規程 × catalog, 新旧対照表): the
//!   regulation and its reviewed coverage, and those of the regulations
//!   they name (the version it supersedes or is superseded by, its pairs);
//! - a pair page: both regulations;
//! - a regulation's text and 規程 × catalog pages also the page of each
//!   item page holding its row and of each matrix holding its column
//!   (their links go there);
//! - an item page: per regulation of its catalog, its status for the item
//!   (the counts and the paging) and, for the regulations on that page,
//!   what the page shows of them (its result for that item and the
//!   provisions quoted), so an edit re-renders the item pages whose row
//!   changed, not every one;
//! - a matrix page: the number of its catalog's regulations (the pager)
//!   and, for the regulations whose column it holds, the same as their
//!   own pages;
//! - the home, diagnostics and catalog pages: every regulation.
//!
//! The comparisons a page shows are a function of the requirement (in the
//! catalogs) and the provision's text (in the regulation), so they need no
//! digest of their own. Template set and build fingerprint are added by
//! [`crate::site::cache::PageCache`]. Downloads and search shards are
//! keyed on the same digests ([`InputDigests::regulation`],
//! [`InputDigests::text`]).
use rayon::prelude::*;

use super::*;
use crate::pipeline::cache::regulation_digest;
use crate::pipeline::key::KeyHasher;

/// The digests of one build's inputs, computed once before rendering.
pub struct InputDigests {
    /// Site-wide inputs every page may show.
    site: u128,
    /// Per regulation id: the regulation as parsed and checked
    /// (diagnostics included), its reviewed coverage reports, and the same
    /// of every regulation its pages name.
    regulations: HashMap<String, u128>,
    /// Every regulation's id and digest, in listing order.
    all: u128,
    /// Per regulation id: the regulation alone, as parsed and checked
    /// (what the search index is made from).
    texts: HashMap<String, u128>,
}

impl InputDigests {
    /// Digests of `site`'s inputs (parallel over regulations).
    pub fn compute(site: &Site) -> InputDigests {
        let mut h = KeyHasher::default();
        h.add_value(&site.project.config);
        h.add_value(&site.project.catalogs);
        h.add_bytes(site.about_markdown.as_bytes());
        h.add_value(&site.live_reload);
        h.add_value(&site.project.load_errors.iter().map(|e| e.to_string()).collect::<Vec<_>>());
        h.add_value(&site.warnings);
        let (texts, own): (HashMap<String, u128>, HashMap<&str, u128>) = site
            .project
            .regulations
            .par_iter()
            .map(|reg| {
                // The regulation as loaded, and the diagnostics the analysis
                // added to it (a broken review file).
                let mut text = KeyHasher::default();
                text.add_key(match site.project.cache() {
                    Some(cache) => cache.regulation_digest(reg),
                    None => regulation_digest(reg),
                });
                text.add_value(&reg.diagnostics);
                let mut h = KeyHasher::default();
                h.add_key(text.finish());
                for cat in site.project.catalogs_of(reg) {
                    h.add_value(&cat.id);
                    h.add_value(&site.analysis.coverage_of(&reg.id, &cat.id));
                }
                ((reg.id.clone(), text.finish()), (reg.id.as_str(), h.finish()))
            })
            .unzip();
        let mut all = KeyHasher::default();
        for reg in &site.project.regulations {
            all.add_bytes(reg.id.as_bytes());
            all.add_key(own[reg.id.as_str()]);
        }
        let named = named_regulations(site);
        let regulations = site
            .project
            .regulations
            .iter()
            .map(|reg| {
                let mut h = KeyHasher::default();
                h.add_key(own[reg.id.as_str()]);
                for id in named.get(reg.id.as_str()).into_iter().flatten() {
                    h.add_bytes(id.as_bytes());
                    match own.get(id) {
                        Some(digest) => h.add_key(*digest),
                        None => h.add_bytes(b"missing"),
                    }
                }
                (reg.id.clone(), h.finish())
            })
            .collect();
        InputDigests { site: h.finish(), regulations, all: all.finish(), texts }
    }

    /// The site-wide inputs.
    pub fn site(&self) -> u128 {
        self.site
    }

    /// Every regulation and its reviewed coverage.
    pub fn all(&self) -> u128 {
        self.all
    }

    /// The regulation `id`, its reviewed coverage and the regulations its
    /// pages name (see the module documentation); a fixed value when it
    /// is not loaded.
    pub fn regulation(&self, id: &str) -> u128 {
        self.regulations.get(id).copied().unwrap_or_default()
    }

    /// The regulation `id` alone: its text, titles and diagnostics.
    pub fn text(&self, id: &str) -> u128 {
        self.texts.get(id).copied().unwrap_or_default()
    }

    /// The key of the data of `job`'s page: equal keys, equal pages.
    pub fn page_key(&self, site: &Site, job: &Job) -> u128 {
        let mut h = KeyHasher::default();
        h.add_key(self.site);
        // The job's kind and indices: two pages never share inputs by accident.
        h.add_bytes(format!("{job:?}").as_bytes());
        match job {
            Job::About | Job::Search => {}
            Job::Home | Job::Diagnostics | Job::Catalog(_) => h.add_key(self.all),
            Job::Matrix(c, n) => {
                // Its columns and the pager (the number of columns).
                let (all, shown) = paging::paging(site).matrix_columns(*c, *n);
                h.add_bytes(&all.len().to_le_bytes());
                for r in &all[shown] {
                    let id = &site.project.regulations[*r].id;
                    h.add_bytes(id.as_bytes());
                    h.add_key(self.regulation(id));
                }
            }
            Job::Taishohyo(r) => h.add_key(self.regulation(&site.project.regulations[*r].id)),
            Job::Regulation(r) | Job::Model(r, _) => {
                h.add_key(self.regulation(&site.project.regulations[*r].id));
                // Its links go to the item and matrix pages holding its
                // rows and columns, which another regulation's edit can move.
                for page in paging::paging(site).pages_of_regulation(*r) {
                    h.add_bytes(&page.to_le_bytes());
                }
            }
            Job::Pair(p) => {
                let pair = &site.analysis.pairs[*p];
                h.add_key(self.regulation(&pair.a));
                h.add_key(self.regulation(&pair.b));
            }
            Job::Item(c, i, n) => {
                let cat = &site.project.catalogs[*c];
                let item = &cat.items[*i];
                let paging = paging::paging(site);
                // Every page shows the counts and where each row is.
                h.add_key(paging.digest(*c, *i));
                for (r, _) in paging.shown_on(*c, *i, *n) {
                    let reg = &site.project.regulations[r];
                    if let Some(ic) = paging::item_result(site, cat, reg, &item.id) {
                        add_item_row(&mut h, reg, ic);
                    }
                }
            }
        }
        h.finish()
    }
}

/// The regulations each regulation's pages name, by id: the one it
/// supersedes (and the older version of its 新旧対照表), those superseding
/// it, its pair partners (their titles, links and, for a 新旧対照表, text).
fn named_regulations(site: &Site) -> HashMap<&str, Vec<&str>> {
    let mut named: HashMap<&str, Vec<&str>> = HashMap::new();
    for reg in &site.project.regulations {
        if let Some(old) = reg.meta.supersedes.as_deref() {
            named.entry(&reg.id).or_default().push(old);
            named.entry(old).or_default().push(&reg.id);
        }
        if let Some(versions) = site.analysis.versions.get(&reg.id) {
            named.entry(&reg.id).or_default().push(&versions.old_id);
        }
    }
    for pair in &site.analysis.pairs {
        named.entry(&pair.a).or_default().push(&pair.b);
        named.entry(&pair.b).or_default().push(&pair.a);
    }
    for ids in named.values_mut() {
        ids.sort_unstable();
        ids.dedup();
    }
    named
}

/// What an item page shows of one regulation: its title, its result for
/// the item (status, review, evidence, missing elements) and the label and
/// text of every provision it quotes (the comparison follows from them).
fn add_item_row(h: &mut KeyHasher, reg: &Regulation, ic: &ItemCoverage) {
    h.add_bytes(reg.display_title().as_bytes());
    h.add_value(ic);
    for e in ic.evidence.iter().take(analysis::EVIDENCE_SHOWN) {
        h.add_value(&provision_link("", reg, &e.article_id));
        h.add_value(&analysis::provision_text(reg, e));
    }
}
