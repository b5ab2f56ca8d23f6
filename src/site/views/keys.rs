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
//! - an item page: per regulation of its catalog, only what the page shows
//!   of it (its result for that item and the provisions quoted), so an
//!   edit re-renders the item pages whose row changed, not every one;
//! - the home, diagnostics, catalog and matrix pages: every regulation.
//!
//! The comparisons a page shows are a function of the requirement (in the
//! catalogs) and the provision's text (in the regulation), so they need no
//! digest of their own. Template set and build fingerprint are added by
//! [`crate::site::cache::PageCache`].
use rayon::prelude::*;

use super::*;
use crate::pipeline::cache::KeyHasher;

/// The digests of one build's inputs, computed once before rendering.
pub struct InputDigests {
    /// Site-wide inputs every page may show.
    site: u128,
    /// Per regulation (listing order): the regulation as parsed and
    /// checked (diagnostics included) and its reviewed coverage reports.
    regulations: Vec<u128>,
    /// Every regulation's id and digest, in listing order.
    all: u128,
}

impl InputDigests {
    /// Digests of `site`'s inputs (parallel over regulations).
    pub fn compute(site: &Site) -> InputDigests {
        let mut h = KeyHasher::default();
        h.add_json(&site.project.config);
        h.add_json(&site.project.catalogs);
        h.add_bytes(site.about_markdown.as_bytes());
        h.add_json(&site.live_reload);
        h.add_json(&site.project.load_errors.iter().map(|e| e.to_string()).collect::<Vec<_>>());
        h.add_json(&site.warnings);
        let regulations: Vec<u128> = site
            .project
            .regulations
            .par_iter()
            .map(|reg| {
                let mut h = KeyHasher::default();
                h.add_json(reg);
                for cat in site.project.catalogs_of(reg) {
                    h.add_json(&cat.id);
                    h.add_json(&site.analysis.coverage_of(&reg.id, &cat.id));
                }
                h.finish()
            })
            .collect();
        let mut all = KeyHasher::default();
        for (reg, digest) in site.project.regulations.iter().zip(&regulations) {
            all.add_bytes(reg.id.as_bytes());
            all.add_key(*digest);
        }
        InputDigests { site: h.finish(), regulations, all: all.finish() }
    }

    /// The key of the data of `job`'s page: equal keys, equal pages.
    pub fn page_key(&self, site: &Site, job: &Job) -> u128 {
        let mut h = KeyHasher::default();
        h.add_key(self.site);
        // The job's kind and indices: two pages never share inputs by accident.
        h.add_bytes(format!("{job:?}").as_bytes());
        match job {
            Job::About | Job::Search => {}
            Job::Home | Job::Diagnostics | Job::Catalog(_) | Job::Matrix(_) => h.add_key(self.all),
            Job::Regulation(r) | Job::Model(r, _) | Job::Taishohyo(r) => {
                self.add_regulation_and_named(&mut h, site, *r)
            }
            Job::Pair(p) => {
                let pair = &site.analysis.pairs[*p];
                self.add_regulation_by_id(&mut h, site, &pair.a);
                self.add_regulation_by_id(&mut h, site, &pair.b);
            }
            Job::Item(c, i) => {
                let cat = &site.project.catalogs[*c];
                let item = &cat.items[*i];
                for reg in regs_of_catalog(site, cat) {
                    h.add_bytes(reg.id.as_bytes());
                    let ic = site
                        .analysis
                        .coverage_of(&reg.id, &cat.id)
                        .and_then(|r| r.items.iter().find(|i| i.item_id == item.id));
                    if let Some(ic) = ic {
                        add_item_row(&mut h, reg, ic);
                    }
                }
            }
        }
        h.finish()
    }

    /// Adds regulation `r` and every regulation its pages name: the one it
    /// supersedes, those superseding it, its pair partners (their titles,
    /// links and, for 新旧対照表, their text).
    fn add_regulation_and_named(&self, h: &mut KeyHasher, site: &Site, r: usize) {
        let reg = &site.project.regulations[r];
        h.add_key(self.regulations[r]);
        let mut named: Vec<&str> = Vec::new();
        named.extend(reg.meta.supersedes.as_deref());
        named.extend(site.analysis.versions.get(&reg.id).map(|v| v.old_id.as_str()));
        named.extend(
            site.project
                .regulations
                .iter()
                .filter(|o| o.meta.supersedes.as_deref() == Some(&reg.id))
                .map(|o| o.id.as_str()),
        );
        for pair in &site.analysis.pairs {
            if pair.a == reg.id {
                named.push(&pair.b);
            }
            if pair.b == reg.id {
                named.push(&pair.a);
            }
        }
        named.sort_unstable();
        named.dedup();
        for id in named {
            self.add_regulation_by_id(h, site, id);
        }
    }

    /// Adds the regulation `id` (or that it is not loaded).
    fn add_regulation_by_id(&self, h: &mut KeyHasher, site: &Site, id: &str) {
        h.add_bytes(id.as_bytes());
        match site.project.regulations.iter().position(|r| r.id == id) {
            Some(r) => h.add_key(self.regulations[r]),
            None => h.add_bytes(b"missing"),
        }
    }
}

/// What an item page shows of one regulation: its title, its result for
/// the item (status, review, evidence, missing elements) and the label and
/// text of every provision it quotes (the comparison follows from them).
fn add_item_row(h: &mut KeyHasher, reg: &Regulation, ic: &ItemCoverage) {
    h.add_bytes(reg.display_title().as_bytes());
    h.add_json(ic);
    for e in ic.evidence.iter().take(analysis::EVIDENCE_SHOWN) {
        h.add_json(&provision_link("", reg, &e.article_id));
        h.add_json(&analysis::provision_text(reg, &e.article_id, e.paragraph));
    }
}
