//! Page list and the view data each template gets. Every URL handed to a
//! template is already relative to the page it appears on.
use std::collections::HashMap;

use anyhow::Result;
use serde::Serialize;
use tera::{Context, Tera};

use super::templates::{self, escaped, Badges};
use super::{downloads, markdown, paths, Page, Site};
use crate::analyze::align::{CoverageReport, CoverageStatus, ItemCoverage};
use crate::analyze::review::ReviewState;
use crate::catalog::{Catalog, CatalogItem, Class};
use crate::export::reg_short;
use crate::model::{Article, Diagnostic, Item, Paragraph, Provision, Regulation, Severity};
use crate::pipeline::corpus::{self as analysis, FlagView};

mod catalog;
mod diagnostics;
mod home;
mod keys;
mod matrix;
mod paging;
mod pair;
mod regulation;
mod taishohyo;

use self::catalog::{catalog, item_page, model_page};
use self::diagnostics::diagnostics;
use self::home::home;
pub use self::keys::InputDigests;
use self::matrix::matrix;
pub use self::paging::{Paging, ITEM_PAGE_ROWS, MATRIX_PAGE_COLUMNS};
use self::pair::pair_page;
use self::regulation::regulation;
use self::taishohyo::taishohyo;

/// One page to render.
#[derive(Debug, Clone)]
pub enum Job {
    Home,
    About,
    Search,
    Diagnostics,
    Regulation(usize),
    Catalog(usize),
    /// catalog, item, page (from 1)
    Item(usize, usize, usize),
    /// catalog, page (from 1)
    Matrix(usize, usize),
    Pair(usize),
    /// regulation × catalog
    Model(usize, usize),
    /// index of the newer regulation
    Taishohyo(usize),
}

pub fn jobs(site: &Site) -> Vec<Job> {
    let mut jobs = vec![Job::Home, Job::About, Job::Search, Job::Diagnostics];
    for (r, reg) in site.project.regulations.iter().enumerate() {
        jobs.push(Job::Regulation(r));
        for cat in site.project.catalogs_of(reg) {
            let c = site.project.catalogs.iter().position(|x| x.id == cat.id).expect("catalog of the site");
            jobs.push(Job::Model(r, c));
        }
        if site.analysis.versions.contains_key(&reg.id) {
            jobs.push(Job::Taishohyo(r));
        }
    }
    for (c, cat) in site.project.catalogs.iter().enumerate() {
        jobs.push(Job::Catalog(c));
        for page in 1..=paging::paging(site).matrix_page_count(c) {
            jobs.push(Job::Matrix(c, page));
        }
        for (i, _) in cat.items.iter().enumerate() {
            for page in 1..=paging::paging(site).page_count(c, i) {
                jobs.push(Job::Item(c, i, page));
            }
        }
    }
    for p in 0..site.analysis.pairs.len() {
        jobs.push(Job::Pair(p));
    }
    jobs
}

/// The path of a page, relative to the site root.
pub fn path(site: &Site, job: &Job) -> String {
    match job {
        Job::Home => paths::HOME.to_string(),
        Job::About => paths::ABOUT.to_string(),
        Job::Search => paths::SEARCH.to_string(),
        Job::Diagnostics => paths::DIAGNOSTICS.to_string(),
        Job::Regulation(r) => paths::regulation(&site.project.regulations[*r].id),
        Job::Catalog(c) => paths::catalog(&site.project.catalogs[*c].id),
        Job::Item(c, i, page) => {
            let cat = &site.project.catalogs[*c];
            paths::item_page(&cat.id, &cat.items[*i].id, *page)
        }
        Job::Matrix(c, page) => paths::matrix_page(&site.project.catalogs[*c].id, *page),
        Job::Pair(p) => {
            let pair = &site.analysis.pairs[*p];
            paths::pair(&pair.a, &pair.b)
        }
        Job::Model(r, c) => paths::model_compare(&site.project.regulations[*r].id, &site.project.catalogs[*c].id),
        Job::Taishohyo(r) => paths::taishohyo(&site.project.regulations[*r].id),
    }
}

/// The template and data of a page: everything the page shows.
pub fn context(site: &Site, badges: &Badges, job: &Job) -> (&'static str, Context) {
    match job {
        Job::Home => ("index.html", home(site)),
        Job::About => {
            let mut ctx = base(site, paths::ABOUT, "このサイトについて", "about");
            ctx.insert("body_html", &markdown::to_html(&site.about_markdown));
            ("about.html", ctx)
        }
        Job::Search => ("search.html", base(site, paths::SEARCH, "条文検索", "search")),
        Job::Diagnostics => ("diagnostics.html", diagnostics(site)),
        Job::Regulation(r) => ("regulation.html", regulation(site, badges, &site.project.regulations[*r])),
        Job::Catalog(c) => ("catalog.html", catalog(site, *c)),
        Job::Item(c, i, page) => ("item.html", item_page(site, *c, *i, *page)),
        Job::Matrix(c, page) => ("matrix.html", matrix(site, *c, *page)),
        Job::Pair(p) => ("pair.html", pair_page(site, *p)),
        Job::Model(r, c) => ("model.html", model_page(site, &site.project.regulations[*r], &site.project.catalogs[*c])),
        Job::Taishohyo(r) => ("taishohyo.html", taishohyo(site, &site.project.regulations[*r])),
    }
}

/// Renders the page of `job`.
pub fn render(site: &Site, tera: &Tera, badges: &Badges, job: &Job) -> Result<Page> {
    let (template, ctx) = context(site, badges, job);
    finish(tera, path(site, job), template, &ctx)
}

/// Renders a page's template with its data.
fn finish(tera: &Tera, path: String, template: &str, ctx: &Context) -> Result<Page> {
    // Rendered into bytes: `Tera::render` checks its whole output is UTF-8
    // to return a `String`, which the page then turned back into bytes.
    let mut content = Vec::new();
    tera.render_to(template, ctx, &mut content)
        .map_err(|e| anyhow::anyhow!("{path}: template {template}: {}", super::templates::tera_message(&e)))?;
    Ok(Page { path, content })
}

#[derive(Serialize)]
struct NavCatalog {
    short_title: String,
    title: String,
    catalog_url: String,
    matrix_url: String,
}

fn base(site: &Site, page: &str, title: &str, kind: &str) -> Context {
    let mut ctx = Context::new();
    let root = paths::root_of(page);
    ctx.insert("root", &root);
    ctx.insert("site_title", &site.project.config.title);
    ctx.insert("page_title", title);
    ctx.insert("page_kind", kind);
    ctx.insert("live_reload", &site.live_reload);
    let nav: Vec<NavCatalog> = site
        .project
        .catalogs
        .iter()
        .map(|c| NavCatalog {
            short_title: c.short_title.clone(),
            title: c.title.clone(),
            catalog_url: paths::relative(page, &paths::catalog(&c.id)),
            matrix_url: paths::relative(page, &paths::matrix(&c.id)),
        })
        .collect();
    ctx.insert("nav_catalogs", &nav);
    ctx
}

/// How an item's result was decided, shown next to its status on every page
/// that shows one.
struct ReviewView {
    /// 自動判定 / 確認済み / 要再確認, and its CSS key.
    label: &'static str,
    class: &'static str,
    /// Why the status is what it is: 努力義務にとどまる, 確度の低い対応のみ
    /// （要確認）, or the reviewer's reason.
    reason: Option<String>,
    /// Who confirmed it and when; for 要再確認, the earlier decision kept.
    note: Option<String>,
}

impl ReviewView {
    /// The review's badge, its reason and its note as HTML, written here
    /// rather than by a template macro: item and model pages show one per
    /// row, and the macro's call and four lookups cost tera about as much
    /// as the rest of the row's cell.
    fn html(&self) -> String {
        let mut html = String::new();
        html.push_str("<span class=\"review-badge review-");
        html.push_str(&escaped(self.class));
        html.push_str(" small\">");
        html.push_str(&escaped(self.label));
        html.push_str("</span>");
        if let Some(reason) = self.reason.as_deref().filter(|r| !r.is_empty()) {
            html.push_str("<p class=\"small\"><strong class=\"status-reason\">");
            html.push_str(&escaped(reason));
            html.push_str("</strong></p>");
        }
        if let Some(note) = self.note.as_deref().filter(|n| !n.is_empty()) {
            html.push_str("<p class=\"small review-note\">");
            html.push_str(&escaped(note));
            html.push_str("</p>");
        }
        html
    }
}

fn review_view(ic: &ItemCoverage) -> ReviewView {
    let note = ic.review.as_ref().map(|r| {
        let by = [r.reviewer.trim(), r.date.trim()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
        match ic.review_state {
            ReviewState::Stale => format!(
                "条文が確認後に変わりました。前回の確認: {}{}（{}）",
                r.status,
                if r.reason.trim().is_empty() { String::new() } else { format!(" {}", r.reason.trim()) },
                by.join("、")
            ),
            _ => format!("確認: {}", by.join("、")),
        }
    });
    ReviewView {
        label: ic.review_state.label(),
        class: review_class(ic.review_state),
        reason: ic.status_reason.clone(),
        note,
    }
}

fn review_class(state: ReviewState) -> &'static str {
    match state {
        ReviewState::Auto => "auto",
        ReviewState::Confirmed => "confirmed",
        ReviewState::Stale => "stale",
    }
}

fn status_class(status: CoverageStatus) -> &'static str {
    match status {
        CoverageStatus::Covered => "covered",
        CoverageStatus::Partial => "partial",
        CoverageStatus::Missing => "missing",
        CoverageStatus::NotApplicable => "na",
    }
}

#[derive(Serialize, Clone)]
struct StatusView {
    symbol: &'static str,
    label: &'static str,
    class: &'static str,
}

fn status_view(status: CoverageStatus) -> StatusView {
    StatusView { symbol: status.symbol(), label: status.label(), class: status_class(status) }
}

/// Each status's badge as macros.html's `status` renders it, by the
/// status's class: what the `status_badge` filter hands out (see
/// [`super::templates::load`]). A macro's output depends on its argument
/// alone, and a status view on the status alone, so four renderings serve
/// every page.
pub(super) fn status_badges(tera: &Tera) -> Result<Vec<(&'static str, String)>> {
    let mut scratch = tera.clone();
    scratch.add_raw_template("status-badge.html", r#"{% import "macros.html" as m %}{{ m::status(s=s) }}"#)?;
    [CoverageStatus::Covered, CoverageStatus::Partial, CoverageStatus::Missing, CoverageStatus::NotApplicable]
        .into_iter()
        .map(|status| {
            let view = status_view(status);
            let mut ctx = Context::new();
            ctx.insert("s", &view);
            let html = scratch.render("status-badge.html", &ctx).map_err(|e| {
                anyhow::anyhow!("templates: macros.html: status: {}", super::templates::tera_message(&e))
            })?;
            Ok((view.class, html))
        })
        .collect()
}

fn class_key(class: Class) -> &'static str {
    match class {
        Class::Organizational => "organizational",
        Class::Human => "human",
        Class::Physical => "physical",
        Class::Technical => "technical",
        Class::Other => "other",
    }
}

/// "1-1 総括保護管理者" style label of an item.
fn item_label(item: &CatalogItem) -> String {
    item.label.clone().unwrap_or_else(|| item.id.clone())
}

/// How many items are ○, △, × and -, for the bars and totals of a page.
#[derive(Serialize, Default, Clone)]
struct StatusCounts {
    covered: usize,
    partial: usize,
    missing: usize,
    na: usize,
    total: usize,
    /// Percentages for the bar, rounded.
    covered_pct: f32,
    partial_pct: f32,
    missing_pct: f32,
    na_pct: f32,
}

fn counts(statuses: impl Iterator<Item = CoverageStatus>) -> StatusCounts {
    let mut c = StatusCounts::default();
    for s in statuses {
        match s {
            CoverageStatus::Covered => c.covered += 1,
            CoverageStatus::Partial => c.partial += 1,
            CoverageStatus::Missing => c.missing += 1,
            CoverageStatus::NotApplicable => c.na += 1,
        }
        c.total += 1;
    }
    if c.total > 0 {
        let pct = |n: usize| (n as f32 * 1000.0 / c.total as f32).round() / 10.0;
        c.covered_pct = pct(c.covered);
        c.partial_pct = pct(c.partial);
        c.missing_pct = pct(c.missing);
        c.na_pct = pct(c.na);
    }
    c
}

/// Where a regulation's provisions start in its file, to place its
/// diagnostics (a regulation of 30,000 articles has a thousand, and a scan
/// of every provision for each had been 7 % of its build).
struct Anchors<'a> {
    reg: &'a Regulation,
    /// (first line, id), sorted by line; provisions starting on the same
    /// line in document order.
    starts: Vec<(usize, &'a str)>,
}

impl<'a> Anchors<'a> {
    fn of(reg: &'a Regulation) -> Anchors<'a> {
        let mut starts: Vec<(usize, &str)> = Vec::new();
        for ch in &reg.chapters {
            if ch.number.is_some() {
                starts.push((ch.line, &ch.id));
            }
            for sec in &ch.sections {
                starts.extend(sec.articles.iter().map(|a| (a.line, a.id.as_str())));
            }
        }
        starts.extend(reg.standards.iter().map(|s| (s.line, s.id.as_str())));
        for s in &reg.supplementary {
            starts.push((s.line, &s.id));
            starts.extend(s.articles.iter().map(|a| (a.line, a.id.as_str())));
        }
        starts.extend(reg.appendices.iter().map(|a| (a.line, a.id.as_str())));
        // Stable: of provisions on one line, the last in document order is found.
        starts.sort_by_key(|&(line, _)| line);
        Anchors { reg, starts }
    }

    /// Anchor of the provision a source line falls in: the last to start
    /// at or before it.
    fn for_line(&self, line: usize) -> Option<&'a str> {
        let before = self.starts.partition_point(|&(start, _)| start <= line);
        before.checked_sub(1).map(|i| self.starts[i].1)
    }

    /// Anchor of the provision a diagnostic is about, when it is about a
    /// line of the regulation's own file (not, say, of its review file).
    fn of_diagnostic(&self, d: &Diagnostic) -> Option<&'a str> {
        (d.file == self.reg.path).then(|| self.for_line(d.line)).flatten()
    }
}

#[derive(Serialize, Clone)]
struct DiagView {
    severity: &'static str,
    severity_label: &'static str,
    code: String,
    file: String,
    line: usize,
    message: String,
    /// Link to the provision on the regulation page.
    url: Option<String>,
    /// The file the diagnostic is in when it is not the regulation's own
    /// (its `reviews/<id>.yaml`).
    other_file: Option<String>,
}

/// A source path for display: the last two components (regulations/x.md),
/// so absolute build paths do not leak into the published site.
fn display_path(path: &str) -> String {
    let parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    parts[parts.len().saturating_sub(2)..].join("/")
}

/// The view of a diagnostic of `reg`, linked to the provision at `anchor`
/// (see [`Anchors::of_diagnostic`]).
fn diag_view(page: &str, reg: &Regulation, d: &Diagnostic, anchor: Option<&str>) -> DiagView {
    let (severity, severity_label) = match d.severity {
        Severity::Error => ("error", "エラー"),
        Severity::Warning => ("warning", "警告"),
    };
    DiagView {
        severity,
        severity_label,
        code: d.code.to_string(),
        file: display_path(&d.file),
        line: d.line,
        message: d.message.clone(),
        url: anchor.map(|a| provision_url(page, reg, a)),
        other_file: (d.file != reg.path).then(|| display_path(&d.file)),
    }
}

/// A link to a provision: 第24条（暗号化）.
#[derive(Serialize, Clone)]
struct ProvisionLink {
    label: String,
    caption: Option<String>,
    url: String,
}

impl ProvisionLink {
    /// The link as HTML, as macros.html's `provision` writes it: for the
    /// pages that show thousands (the evidence of item, model and
    /// regulation pages), where the macro call and its four lookups were
    /// dear in tera.
    fn html(&self) -> String {
        let mut html = String::from("<a href=\"");
        html.push_str(&escaped(&self.url));
        html.push_str("\">");
        html.push_str(&escaped(&self.label));
        if let Some(caption) = self.caption.as_deref().filter(|c| !c.is_empty()) {
            html.push('（');
            html.push_str(&escaped(caption));
            html.push('）');
        }
        html.push_str("</a>");
        html
    }
}

/// Flags as HTML, as macros.html's `flags` writes them (nothing for none),
/// for the evidence of item and model pages (see [`ProvisionLink::html`]).
fn flags_html(flags: &[FlagView]) -> String {
    let mut html = String::new();
    if flags.is_empty() {
        return html;
    }
    html.push_str("<ul class=\"flags\">");
    for f in flags {
        let detail = escaped(&f.detail);
        html.push_str("<li class=\"flag flag-");
        html.push_str(&escaped(&f.code));
        html.push_str("\" title=\"");
        html.push_str(&detail);
        html.push_str("\"><span class=\"flag-label\">");
        html.push_str(&escaped(&f.label));
        html.push_str("</span> <span class=\"flag-detail\">");
        html.push_str(&detail);
        html.push_str("</span></li>");
    }
    html.push_str("</ul>");
    html
}

/// The link to an item's page as HTML: its label and title. Model pages
/// and a regulation's coverage table and gaps show one per item, and three
/// lookups in tera for each cost more than writing it here.
fn item_link_html(url: &str, label: &str, title: &str) -> String {
    let mut html = String::from("<a href=\"");
    html.push_str(&escaped(url));
    html.push_str("\"><span class=\"item-no\">");
    html.push_str(&escaped(label));
    html.push_str("</span> ");
    html.push_str(&escaped(title));
    html.push_str("</a>");
    html
}

/// The elements a result lacks as item and model pages show them under its
/// evidence (不足: …), nothing when it lacks none: written here, where the
/// template had tested the list, looked it up again and joined it by a
/// filter for each row.
fn missing_html(missing: &[String]) -> String {
    if missing.is_empty() {
        return String::new();
    }
    format!("<p class=\"small\">不足: {}</p>", escaped(&missing.join("、")))
}

/// The link to `id` of `reg`, named as `found` is (the id itself when it
/// names nothing).
fn link_to(page: &str, reg: &Regulation, id: &str, found: Option<Provision>) -> ProvisionLink {
    let (label, caption) = found.map_or_else(|| (id.to_string(), None), |p| p.label_and_caption());
    ProvisionLink { label, caption, url: provision_url(page, reg, id) }
}

/// The link from `page` to the provision (or 号) `id` of `reg`: the
/// anchor appended to the page's path, without a `format!` (pages link
/// provisions thousands of times).
fn provision_url(page: &str, reg: &Regulation, id: &str) -> String {
    let mut url = paths::relative(page, &paths::regulation(&reg.id));
    url.push('#');
    url.push_str(id);
    url
}

fn provision_link(page: &str, reg: &Regulation, id: &str) -> ProvisionLink {
    link_to(page, reg, id, reg.provision(id))
}

/// A link to an evidence provision, labelled with its 項 and 号 when it
/// names them (第18条第2項, 第18条第3号, 基準5(7)) and leading to that 号.
fn evidence_link(page: &str, reg: &Regulation, e: &crate::analyze::align::Evidence) -> ProvisionLink {
    evidence_link_to(page, reg, e, reg.provision(&e.article_id))
}

fn evidence_link_to(
    page: &str,
    reg: &Regulation,
    e: &crate::analyze::align::Evidence,
    found: Option<Provision>,
) -> ProvisionLink {
    let mut link = link_to(page, reg, &e.article_id, found);
    link.label.push_str(&e.place());
    // A 号 is shown where it is; a 項 is not: its article, caption and
    // lead are read with it.
    if let Some(id) = found.zip(e.item_label.as_deref()).and_then(|(p, item)| p.item_id(e.paragraph, item)) {
        link.url = provision_url(page, reg, &id);
    }
    link
}

/// Every provision of a regulation by id, for a page that links many: a
/// regulation's coverage tables cite every evidence article of every item,
/// and finding each by a scan of the regulation made a regulation of
/// 30,000 articles (hundreds cited per item) a quarter slower to build.
struct Provisions<'a> {
    reg: &'a Regulation,
    by_id: HashMap<std::borrow::Cow<'a, str>, Provision<'a>>,
}

impl<'a> Provisions<'a> {
    fn of(reg: &'a Regulation) -> Provisions<'a> {
        let mut by_id = HashMap::new();
        // The first of an id kept, as `Regulation::provision` finds it (ids
        // are unique within a regulation, so this is only prudence).
        for p in reg.provisions() {
            by_id.entry(p.id()).or_insert(p);
        }
        Provisions { reg, by_id }
    }

    /// [`provision_link`], looked up in the index (a 別表's row, which the
    /// index does not hold, by the regulation).
    fn link(&self, page: &str, id: &str) -> ProvisionLink {
        let row = || id.starts_with("appx-").then(|| self.reg.provision(id)).flatten();
        link_to(page, self.reg, id, self.by_id.get(id).copied().or_else(row))
    }

    /// [`evidence_link`], looked up in the index.
    fn evidence_link(&self, page: &str, e: &crate::analyze::align::Evidence) -> ProvisionLink {
        evidence_link_to(page, self.reg, e, self.by_id.get(e.article_id.as_str()).copied())
    }
}

#[derive(Serialize)]
struct PairLink {
    url: String,
    a: String,
    b: String,
}

fn status_text(reg: &Regulation) -> String {
    match reg.meta.status {
        Some(crate::model::Status::Enacted) => "施行".to_string(),
        Some(crate::model::Status::Draft) => "案".to_string(),
        None => String::new(),
    }
}

fn pair_links(site: &Site, page: &str) -> Vec<PairLink> {
    site.analysis
        .pairs
        .iter()
        .filter_map(|p| {
            Some(PairLink {
                url: paths::relative(page, &paths::pair(&p.a, &p.b)),
                a: site.project.regulation(&p.a)?.display_title(),
                b: site.project.regulation(&p.b)?.display_title(),
            })
        })
        .collect()
}

/// A front-matter value as one line of text: lists joined with 「、」.
fn extra_value_text(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Sequence(items) => items.iter().map(extra_value_text).collect::<Vec<_>>().join("、"),
        serde_yaml::Value::Null => String::new(),
        other => serde_yaml::to_string(other).unwrap_or_default().trim().replace('\n', " "),
    }
}

#[derive(Serialize)]
struct RegMeta {
    id: String,
    display_title: String,
    short: String,
    body: Option<String>,
    prefecture: Option<String>,
    title: Option<String>,
    kind: Option<String>,
    status: String,
    date: Option<String>,
    date_wareki: Option<String>,
    source: Option<String>,
    source_is_url: bool,
    version_label: Option<String>,
    file: String,
    /// Front-matter keys reiki does not know, as (key, value text): 付帯情報.
    extra: Vec<(String, String)>,
}

impl RegMeta {
    fn of(reg: &Regulation) -> RegMeta {
        let m = &reg.meta;
        RegMeta {
            id: reg.id.clone(),
            display_title: reg.display_title(),
            short: reg_short(reg),
            body: m.body.clone(),
            prefecture: m.prefecture.clone(),
            title: m.title.clone(),
            kind: m.kind.clone(),
            status: status_text(reg),
            date: m.date.clone(),
            date_wareki: m.date_wareki.clone(),
            source: m.source.clone(),
            source_is_url: m.source.as_deref().is_some_and(|s| s.starts_with("http://") || s.starts_with("https://")),
            extra: m.extra.iter().map(|(k, v)| (k.clone(), extra_value_text(v))).collect(),
            version_label: m.version_label.clone(),
            file: display_path(&reg.path),
        }
    }
}

fn item_depth(cat: &Catalog, item: &CatalogItem) -> usize {
    let mut depth = 0;
    let mut parent = item.parent.as_deref();
    while let Some(p) = parent {
        depth += 1;
        parent = cat.item(p).and_then(|i| i.parent.as_deref());
        if depth > 16 {
            break; // a cycle; the catalog loader reports unknown parents only
        }
    }
    depth
}

fn regs_of_catalog<'a>(site: &'a Site, cat: &Catalog) -> Vec<&'a Regulation> {
    site.project.regulations.iter().filter(|r| site.project.catalogs_of(r).iter().any(|c| c.id == cat.id)).collect()
}

#[derive(Serialize)]
struct CatalogMeta {
    id: String,
    title: String,
    short_title: String,
    publisher: Option<String>,
    source: Option<String>,
    source_is_url: bool,
}

impl CatalogMeta {
    fn of(cat: &Catalog) -> CatalogMeta {
        CatalogMeta {
            id: cat.id.clone(),
            title: cat.title.clone(),
            short_title: cat.short_title.clone(),
            publisher: cat.publisher.clone(),
            source: cat.source.clone(),
            source_is_url: cat.source.as_deref().is_some_and(|s| s.starts_with("http://") || s.starts_with("https://")),
        }
    }
}

#[derive(Serialize)]
struct EvidenceView {
    /// The link to the provision as HTML ([`ProvisionLink::html`]).
    link_html: String,
    /// The provision as HTML, the wording it shares with the requirement
    /// marked ([`templates::shared_html`]).
    html: String,
    /// The requirement as HTML, the wording the provision lacks marked
    /// ([`templates::diff_html`]).
    requirement_html: String,
    by_reference: bool,
    /// The comparison's flags as HTML ([`flags_html`]).
    flags_html: String,
}

fn evidence_views(
    site: &Site,
    page: &str,
    reg: &Regulation,
    ic: &ItemCoverage,
    requirement: &str,
    limit: usize,
) -> Vec<EvidenceView> {
    ic.evidence
        .iter()
        .take(limit)
        .filter_map(|e| {
            let text = analysis::provision_text(reg, e)?;
            let c = site.analysis.comparison(&reg.id, requirement, &text)?;
            Some(EvidenceView {
                link_html: evidence_link(page, reg, e).html(),
                html: templates::shared_html(&c.runs(&text)?),
                requirement_html: templates::diff_html(&c.requirement_runs(requirement)?),
                by_reference: e.by_reference,
                flags_html: flags_html(&c.flags),
            })
        })
        .collect()
}

/// The files that could not be read, as the pages list them (`file:line: why`).
fn load_error_views(site: &Site) -> Vec<serde_json::Value> {
    site.project.load_errors.iter().map(|e| serde_json::json!({ "message": e.to_string() })).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped regulations, the supplementary 附則 articles and
    /// checklist standards among them.
    fn seeds() -> Vec<Regulation> {
        let mut paths: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/regulations"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        paths.sort();
        paths.iter().map(|p| crate::parse::load_file(p).unwrap()).collect()
    }

    /// Every line of every seed is placed in the provision a scan of all
    /// of them finds: the last to start at or before it.
    #[test]
    fn a_line_is_placed_in_the_provision_it_falls_in() {
        for reg in seeds() {
            let anchors = Anchors::of(&reg);
            let last = anchors.starts.iter().map(|&(line, _)| line).max().unwrap();
            for line in 0..=last + 2 {
                let scanned = anchors.starts.iter().filter(|&&(l, _)| l <= line).max_by_key(|&&(l, _)| l);
                assert_eq!(anchors.for_line(line), scanned.map(|&(_, id)| id), "{} line {line}", reg.id);
            }
            // A checklist has standards, no articles.
            let Some(first_article) = reg.articles().next() else { continue };
            assert_eq!(anchors.for_line(first_article.line), Some(first_article.id.as_str()));
            let mut diagnostic = Diagnostic {
                severity: Severity::Warning,
                code: crate::model::DiagnosticCode::Unreadable,
                file: reg.path.clone(),
                line: first_article.line,
                message: String::new(),
            };
            assert_eq!(anchors.of_diagnostic(&diagnostic), Some(first_article.id.as_str()));
            diagnostic.file = "reviews/x.yaml".to_string();
            assert_eq!(anchors.of_diagnostic(&diagnostic), None, "a diagnostic of another file");
        }
    }

    /// A link, flags and a review written in Rust are what the macros (for
    /// the review, the macro it replaced) render: escaped, a caption or
    /// reason that is missing or empty left out; an item's link too.
    #[test]
    fn fragments_written_in_rust_are_what_the_macros_render() {
        let (mut tera, _) = templates::load(None).unwrap();
        let template = r#"{% import "macros.html" as m %}{{ m::provision(p=p) }}|{{ m::flags(flags=flags) }}"#;
        tera.add_raw_template("t.html", template).unwrap();
        let flag = |code: &str, detail: &str| FlagView {
            code: code.to_string(),
            label: "対象範囲".to_string(),
            detail: detail.to_string(),
            severity: "medium".to_string(),
        };
        let cases = [
            (Some("安全管理措置"), vec![flag("scope", "対象が「職員」から<委託先>へ")]),
            (Some(""), vec![]),
            (None, vec![flag("role", "A & B"), flag("duty", "'x' \"y\"")]),
        ];
        for (caption, flags) in cases {
            let link = ProvisionLink {
                label: "第1条<第2項>".to_string(),
                caption: caption.map(str::to_string),
                url: "../../reg/a&b.html#art-1".to_string(),
            };
            let mut ctx = Context::new();
            ctx.insert("p", &link);
            ctx.insert("flags", &flags);
            let page = tera.render("t.html", &ctx).unwrap();
            assert_eq!(page, format!("{}|{}", link.html(), flags_html(&flags)));
        }
        let review = |reason: Option<&str>, note: Option<&str>| {
            ReviewView {
                label: "確認済み",
                class: "confirmed",
                reason: reason.map(str::to_string),
                note: note.map(str::to_string),
            }
            .html()
        };
        assert_eq!(
            item_link_html("../catalog/a&b/1-1.html", "1-1", "総括<保護>管理者"),
            r#"<a href="../catalog/a&amp;b/1-1.html"><span class="item-no">1-1</span> 総括&lt;保護&gt;管理者</a>"#
        );
        assert_eq!(review(None, Some("")), r#"<span class="review-badge review-confirmed small">確認済み</span>"#);
        assert_eq!(
            review(Some("努力義務<にとどまる>"), Some("確認: 山田、2026-01-01")),
            "<span class=\"review-badge review-confirmed small\">確認済み</span>\
             <p class=\"small\"><strong class=\"status-reason\">努力義務&lt;にとどまる&gt;</strong></p>\
             <p class=\"small review-note\">確認: 山田、2026-01-01</p>"
        );
    }

    /// The index names and links every id as a scan of the regulation does:
    /// articles of the main provisions and of 附則, standards, and ids that
    /// name none (a chapter's, a stale one).
    #[test]
    fn the_index_links_every_provision_as_a_scan_does() {
        let page = "catalog/ppc-shishin/1-1.html";
        let mut standards = 0;
        for reg in seeds() {
            let provisions = Provisions::of(&reg);
            let mut ids: Vec<&str> = reg.articles().map(|a| a.id.as_str()).collect();
            ids.extend(reg.supplementary.iter().flat_map(|s| &s.articles).map(|a| a.id.as_str()));
            ids.extend(reg.standards.iter().map(|s| s.id.as_str()));
            ids.extend(reg.chapters.iter().map(|c| c.id.as_str()));
            ids.push("art-999");
            standards += reg.standards.len();
            for id in ids {
                // Named by a scan: an article by its label (附則's with 附則
                // before it) and heading (its caption or 共通見出し), a
                // standard as 基準N with its title, anything else by its id.
                let supplementary = reg.supplementary.iter().flat_map(|s| &s.articles);
                let (label, caption) = if let Some(a) = reg.articles().find(|a| a.id == id) {
                    (a.label.clone(), a.heading().map(str::to_string))
                } else if let Some(a) = supplementary.clone().find(|a| a.id == id) {
                    (format!("附則{}", a.label), a.heading().map(str::to_string))
                } else if let Some(s) = reg.standards.iter().find(|s| s.id == id) {
                    (format!("基準{}", s.number), Some(s.title.clone()))
                } else {
                    (id.to_string(), None)
                };
                let expected = serde_json::json!({
                    "label": label,
                    "caption": caption,
                    "url": format!("../../reg/{}.html#{id}", reg.id),
                });
                let scanned = serde_json::to_value(provision_link(page, &reg, id)).unwrap();
                let indexed = serde_json::to_value(provisions.link(page, id)).unwrap();
                assert_eq!(scanned, expected, "{} {id}", reg.id);
                assert_eq!(indexed, expected, "{} {id}", reg.id);
            }
        }
        assert!(standards > 0, "the seeds include a checklist of standards");
    }
}
