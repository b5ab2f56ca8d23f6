//! Page list and the view data each template gets. Every URL handed to a
//! template is already relative to the page it appears on.
use std::collections::HashMap;

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use super::analysis::{self, Flag};
use super::{markdown, paths, Page, Site};
use crate::analyze::align::{CoverageReport, CoverageStatus, ItemCoverage};
use crate::analyze::review::ReviewState;
use crate::analyze::diff::Run;
use crate::catalog::{Catalog, CatalogItem, Class};
use crate::model::{Article, Diagnostic, Item, Paragraph, Regulation, Severity};

/// One page to render.
#[derive(Debug, Clone)]
pub enum Job {
    Home,
    About,
    Search,
    Diagnostics,
    Regulation(usize),
    Catalog(usize),
    Item(usize, usize),
    Matrix(usize),
    Pair(usize),
    /// regulation × catalog
    Model(usize, usize),
    /// index of the newer regulation
    Taishohyo(usize),
}

pub fn jobs(site: &Site) -> Vec<Job> {
    let mut jobs = vec![Job::Home, Job::About, Job::Search, Job::Diagnostics];
    for (r, reg) in site.regulations.iter().enumerate() {
        jobs.push(Job::Regulation(r));
        for cat in site.catalogs_of(reg) {
            let c = site.catalogs.iter().position(|x| x.id == cat.id).expect("catalog of the site");
            jobs.push(Job::Model(r, c));
        }
        if reg.meta.supersedes.as_deref().is_some_and(|old| site.regulation(old).is_some()) {
            jobs.push(Job::Taishohyo(r));
        }
    }
    for (c, cat) in site.catalogs.iter().enumerate() {
        jobs.push(Job::Catalog(c));
        jobs.push(Job::Matrix(c));
        for (i, _) in cat.items.iter().enumerate() {
            jobs.push(Job::Item(c, i));
        }
    }
    for p in 0..site.analysis.pairs.len() {
        jobs.push(Job::Pair(p));
    }
    jobs
}

pub fn render(site: &Site, tera: &Tera, job: &Job) -> Result<Page> {
    let (path, template, ctx) = match job {
        Job::Home => (paths::HOME.to_string(), "index.html", home(site)),
        Job::About => {
            let mut ctx = base(site, paths::ABOUT, "このサイトについて", "about");
            ctx.insert("body_html", &markdown::to_html(&site.about_markdown));
            (paths::ABOUT.to_string(), "about.html", ctx)
        }
        Job::Search => (paths::SEARCH.to_string(), "search.html", base(site, paths::SEARCH, "条文検索", "search")),
        Job::Diagnostics => (paths::DIAGNOSTICS.to_string(), "diagnostics.html", diagnostics(site)),
        Job::Regulation(r) => {
            let reg = &site.regulations[*r];
            (paths::regulation(&reg.id), "regulation.html", regulation(site, reg))
        }
        Job::Catalog(c) => {
            let cat = &site.catalogs[*c];
            (paths::catalog(&cat.id), "catalog.html", catalog(site, cat))
        }
        Job::Item(c, i) => {
            let cat = &site.catalogs[*c];
            let item = &cat.items[*i];
            (paths::item(&cat.id, &item.id), "item.html", item_page(site, cat, item))
        }
        Job::Matrix(c) => {
            let cat = &site.catalogs[*c];
            (paths::matrix(&cat.id), "matrix.html", matrix(site, cat))
        }
        Job::Pair(p) => {
            let pair = &site.analysis.pairs[*p];
            (paths::pair(&pair.a, &pair.b), "pair.html", pair_page(site, *p))
        }
        Job::Model(r, c) => {
            let reg = &site.regulations[*r];
            let cat = &site.catalogs[*c];
            (paths::model_compare(&reg.id, &cat.id), "model.html", model_page(site, reg, cat))
        }
        Job::Taishohyo(r) => {
            let reg = &site.regulations[*r];
            (paths::taishohyo(&reg.id), "taishohyo.html", taishohyo(site, reg))
        }
    };
    let html = tera
        .render(template, &ctx)
        .map_err(|e| anyhow::anyhow!("{path}: template {template}: {}", super::templates::tera_message(&e)))?;
    Ok(Page { path, content: html.into_bytes() })
}

// ---------------------------------------------------------------- shared

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
    ctx.insert("site_title", &site.config.title);
    ctx.insert("page_title", title);
    ctx.insert("page_kind", kind);
    ctx.insert("live_reload", &site.live_reload);
    let nav: Vec<NavCatalog> = site
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

fn reg_short(reg: &Regulation) -> String {
    let body = reg.meta.body.clone().unwrap_or_default();
    let kind = reg.meta.kind.clone().unwrap_or_default();
    let version = reg.meta.version_label.clone().map(|v| format!("（{v}）")).unwrap_or_default();
    let s = format!("{body}{}{kind}{version}", if body.is_empty() || kind.is_empty() { "" } else { " " });
    if s.trim().is_empty() {
        reg.id.clone()
    } else {
        s
    }
}

#[derive(Serialize, Default, Clone)]
struct Counts {
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

fn counts<'a>(statuses: impl Iterator<Item = CoverageStatus>) -> Counts {
    let mut c = Counts::default();
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

/// Anchor of the provision a source line falls in (for diagnostics).
fn anchor_for_line(reg: &Regulation, line: usize) -> Option<String> {
    let mut anchors: Vec<(usize, &str)> = Vec::new();
    for ch in &reg.chapters {
        if ch.number.is_some() {
            anchors.push((ch.line, &ch.id));
        }
        for sec in &ch.sections {
            anchors.extend(sec.articles.iter().map(|a| (a.line, a.id.as_str())));
        }
    }
    anchors.extend(reg.standards.iter().map(|s| (s.line, s.id.as_str())));
    for s in &reg.supplementary {
        anchors.push((s.line, &s.id));
        anchors.extend(s.articles.iter().map(|a| (a.line, a.id.as_str())));
    }
    anchors.extend(reg.appendices.iter().map(|a| (a.line, a.id.as_str())));
    // The last provision starting at or before the line (max_by_key keeps the last of equals).
    anchors.into_iter().filter(|(l, _)| *l <= line).max_by_key(|(l, _)| *l).map(|(_, id)| id.to_string())
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
}

/// A source path for display: the last two components (regulations/x.md),
/// so absolute build paths do not leak into the published site.
fn display_path(path: &str) -> String {
    let parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    parts[parts.len().saturating_sub(2)..].join("/")
}

fn diag_view(page: &str, reg: &Regulation, d: &Diagnostic) -> DiagView {
    let (severity, severity_label) = match d.severity {
        Severity::Error => ("error", "エラー"),
        Severity::Warning => ("warning", "警告"),
    };
    DiagView {
        severity,
        severity_label,
        code: d.code.clone(),
        file: display_path(&d.file),
        line: d.line,
        message: d.message.clone(),
        url: anchor_for_line(reg, d.line)
            .map(|a| format!("{}#{a}", paths::relative(page, &paths::regulation(&reg.id)))),
    }
}

#[derive(Serialize)]
struct RunView<'a> {
    kind: &'static str,
    text: &'a str,
}

fn runs_view(runs: &[Run]) -> Vec<RunView<'_>> {
    use crate::analyze::diff::RunKind;
    runs.iter()
        .map(|r| RunView {
            kind: match r.kind {
                RunKind::Equal => "equal",
                RunKind::Insert => "insert",
                RunKind::Delete => "delete",
            },
            text: &r.text,
        })
        .collect()
}

/// A link to a provision: 第24条（暗号化）.
#[derive(Serialize, Clone)]
struct ProvisionLink {
    label: String,
    caption: Option<String>,
    url: String,
}

fn provision_link(page: &str, reg: &Regulation, article_id: &str) -> ProvisionLink {
    let article = find_article(reg, article_id);
    ProvisionLink {
        label: article.map(|a| a.label.clone()).unwrap_or_else(|| article_id.to_string()),
        caption: article.and_then(|a| a.caption.clone()),
        url: format!("{}#{article_id}", paths::relative(page, &paths::regulation(&reg.id))),
    }
}

fn find_article<'a>(reg: &'a Regulation, id: &str) -> Option<&'a Article> {
    reg.article(id).or_else(|| reg.supplementary.iter().flat_map(|s| s.articles.iter()).find(|a| a.id == id))
}

// ---------------------------------------------------------------- home

#[derive(Serialize)]
struct HomeCoverage {
    catalog: String,
    matrix_url: String,
    model_url: String,
    counts: Counts,
}

#[derive(Serialize)]
struct HomeRow {
    url: String,
    body: String,
    title: String,
    kind: String,
    status: String,
    date: String,
    version_label: Option<String>,
    /// Number of provisions and their unit: 42条, or 11項目 for a checklist.
    articles: usize,
    unit: &'static str,
    coverage: Vec<HomeCoverage>,
    taishohyo_url: Option<String>,
    diagnostics: usize,
}

#[derive(Serialize)]
struct HomeCatalog {
    title: String,
    short_title: String,
    publisher: Option<String>,
    leaves: usize,
    url: String,
    matrix_url: String,
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

fn home(site: &Site) -> Context {
    let page = paths::HOME;
    let mut ctx = base(site, page, &site.config.title, "home");
    let rows: Vec<HomeRow> = site
        .regulations
        .iter()
        .map(|reg| HomeRow {
            url: paths::relative(page, &paths::regulation(&reg.id)),
            body: reg.meta.body.clone().unwrap_or_default(),
            title: reg.meta.title.clone().unwrap_or_else(|| reg.id.clone()),
            kind: reg.meta.kind.clone().unwrap_or_default(),
            status: status_text(reg),
            date: reg.meta.date.clone().unwrap_or_default(),
            version_label: reg.meta.version_label.clone(),
            articles: reg.articles().count() + reg.standards.len(),
            unit: if reg.standards.is_empty() { "条" } else { "項目" },
            coverage: site
                .catalogs_of(reg)
                .into_iter()
                .filter_map(|cat| {
                    let report = site.analysis.coverage_of(&reg.id, &cat.id)?;
                    Some(HomeCoverage {
                        catalog: cat.short_title.clone(),
                        matrix_url: paths::relative(page, &paths::matrix(&cat.id)),
                        model_url: paths::relative(page, &paths::model_compare(&reg.id, &cat.id)),
                        counts: counts(report.items.iter().map(|i| i.status)),
                    })
                })
                .collect(),
            taishohyo_url: reg
                .meta
                .supersedes
                .as_deref()
                .filter(|old| site.regulation(old).is_some())
                .map(|_| paths::relative(page, &paths::taishohyo(&reg.id))),
            diagnostics: reg.diagnostics.len(),
        })
        .collect();
    let catalogs: Vec<HomeCatalog> = site
        .catalogs
        .iter()
        .map(|c| HomeCatalog {
            title: c.title.clone(),
            short_title: c.short_title.clone(),
            publisher: c.publisher.clone(),
            leaves: c.leaves().count(),
            url: paths::relative(page, &paths::catalog(&c.id)),
            matrix_url: paths::relative(page, &paths::matrix(&c.id)),
        })
        .collect();
    ctx.insert("regulations", &rows);
    ctx.insert("catalogs", &catalogs);
    ctx.insert("pairs", &pair_links(site, page));
    ctx.insert("load_errors", &site.load_errors);
    ctx.insert("diagnostics_count", &site.regulations.iter().map(|r| r.diagnostics.len()).sum::<usize>());
    ctx
}

fn pair_links(site: &Site, page: &str) -> Vec<PairLink> {
    site.analysis
        .pairs
        .iter()
        .filter_map(|p| {
            Some(PairLink {
                url: paths::relative(page, &paths::pair(&p.a, &p.b)),
                a: site.regulation(&p.a)?.display_title(),
                b: site.regulation(&p.b)?.display_title(),
            })
        })
        .collect()
}

// ---------------------------------------------------------------- regulation

#[derive(Serialize)]
struct ItemView {
    id: String,
    label: String,
    text: String,
    depth: usize,
}

fn flatten_items(items: &[Item], depth: usize, out: &mut Vec<ItemView>) {
    for item in items {
        out.push(ItemView { id: item.id.clone(), label: item.label.clone(), text: item.text.clone(), depth });
        flatten_items(&item.children, depth + 1, out);
    }
}

#[derive(Serialize)]
struct ParaView {
    id: String,
    number: u32,
    text: String,
    items: Vec<ItemView>,
}

fn para_view(p: &Paragraph) -> ParaView {
    let mut items = Vec::new();
    flatten_items(&p.items, 1, &mut items);
    ParaView { id: p.id.clone(), number: p.number, text: p.text.clone(), items }
}

#[derive(Serialize, Clone)]
struct Tag {
    catalog: String,
    label: String,
    title: String,
    url: String,
    status: StatusView,
}

#[derive(Serialize)]
struct ArticleView {
    id: String,
    label: String,
    caption: Option<String>,
    paragraphs: Vec<ParaView>,
    notes: Vec<String>,
    tags: Vec<Tag>,
    diagnostics: Vec<DiagView>,
}

#[derive(Serialize)]
struct SectionView {
    id: String,
    label: String,
    title: String,
    articles: Vec<ArticleView>,
}

#[derive(Serialize)]
struct ChapterView {
    id: String,
    label: String,
    title: String,
    sections: Vec<SectionView>,
}

#[derive(Serialize)]
struct StandardView {
    id: String,
    number: u32,
    title: String,
    text: String,
    items: Vec<ItemView>,
    tags: Vec<Tag>,
    diagnostics: Vec<DiagView>,
}

#[derive(Serialize)]
struct SupplementaryView {
    id: String,
    heading: String,
    paragraphs: Vec<ParaView>,
    articles: Vec<ArticleView>,
}

#[derive(Serialize)]
struct TocLine {
    label: String,
    title: String,
    url: String,
    depth: usize,
    range: Option<String>,
}

#[derive(Serialize)]
struct CoverageRow {
    label: String,
    title: String,
    url: String,
    class: &'static str,
    status: StatusView,
    evidence: Vec<ProvisionLink>,
    /// Score band label per evidence link (高 / 中 / 要確認).
    bands: Vec<&'static str>,
    missing: Vec<String>,
    by_reference: bool,
    /// 努力義務にとどまる, 確度の低い対応のみ（要確認）, or the reviewer's reason.
    reason: Option<String>,
    /// 自動判定 / 確認済み / 要再確認, and its CSS key.
    review: &'static str,
    review_class: &'static str,
    /// The sentence behind the best link of a ○ or △.
    sentence: Option<String>,
}

#[derive(Serialize)]
struct CoverageTable {
    catalog: String,
    catalog_title: String,
    model_url: String,
    matrix_url: String,
    counts: Counts,
    rows: Vec<CoverageRow>,
    additions: Vec<ProvisionLink>,
}

fn coverage_rows(page: &str, reg: &Regulation, cat: &Catalog, report: &CoverageReport) -> Vec<CoverageRow> {
    report
        .items
        .iter()
        .filter_map(|ic| {
            let item = cat.item(&ic.item_id)?;
            Some(CoverageRow {
                label: item_label(item),
                title: item.title.clone(),
                url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                class: class_key(item.class),
                status: status_view(ic.status),
                evidence: ic.evidence.iter().map(|e| provision_link(page, reg, &e.article_id)).collect(),
                bands: ic.evidence.iter().map(|e| e.band.label()).collect(),
                missing: ic.missing_elements.clone(),
                by_reference: ic.evidence.iter().any(|e| e.by_reference),
                reason: ic.status_reason.clone(),
                review: ic.review_state.label(),
                review_class: review_class(ic.review_state),
                sentence: matches!(ic.status, CoverageStatus::Covered | CoverageStatus::Partial)
                    .then(|| ic.evidence.first().map(|e| e.sentence.clone()))
                    .flatten(),
            })
        })
        .collect()
}

/// Catalog tags of every provision of `reg`: article id → tags.
fn tags_by_article(site: &Site, page: &str, reg: &Regulation) -> HashMap<String, Vec<Tag>> {
    let mut tags: HashMap<String, Vec<Tag>> = HashMap::new();
    for cat in site.catalogs_of(reg) {
        let Some(report) = site.analysis.coverage_of(&reg.id, &cat.id) else { continue };
        for ic in &report.items {
            let Some(item) = cat.item(&ic.item_id) else { continue };
            for e in &ic.evidence {
                let list = tags.entry(e.article_id.clone()).or_default();
                if list.iter().any(|t| t.url.ends_with(&paths::item(&cat.id, &item.id))) {
                    continue;
                }
                list.push(Tag {
                    catalog: cat.short_title.clone(),
                    label: item_label(item),
                    title: item.title.clone(),
                    url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                    status: status_view(ic.status),
                });
            }
        }
    }
    tags
}

fn regulation(site: &Site, reg: &Regulation) -> Context {
    let page = paths::regulation(&reg.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &reg.display_title(), "regulation");
    let mut tags = tags_by_article(site, page, reg);
    let mut diags: HashMap<String, Vec<DiagView>> = HashMap::new();
    let mut unplaced = Vec::new();
    for d in &reg.diagnostics {
        let view = diag_view(page, reg, d);
        match anchor_for_line(reg, d.line) {
            Some(anchor) => diags.entry(anchor).or_default().push(view),
            None => unplaced.push(view),
        }
    }
    let mut article_view = |a: &Article| ArticleView {
        id: a.id.clone(),
        label: a.label.clone(),
        caption: a.caption.clone(),
        paragraphs: a.paragraphs.iter().map(para_view).collect(),
        notes: a.notes.clone(),
        tags: tags.remove(&a.id).unwrap_or_default(),
        diagnostics: diags.remove(&a.id).unwrap_or_default(),
    };
    let chapters: Vec<ChapterView> = reg
        .chapters
        .iter()
        .map(|ch| ChapterView {
            id: ch.id.clone(),
            label: ch.label.clone(),
            title: ch.title.clone(),
            sections: ch
                .sections
                .iter()
                .map(|s| SectionView {
                    id: s.id.clone(),
                    label: s.label.clone(),
                    title: s.title.clone(),
                    articles: s.articles.iter().map(&mut article_view).collect(),
                })
                .collect(),
        })
        .collect();
    let supplementary: Vec<SupplementaryView> = reg
        .supplementary
        .iter()
        .map(|s| SupplementaryView {
            id: s.id.clone(),
            heading: s.heading.clone(),
            paragraphs: s.paragraphs.iter().map(para_view).collect(),
            articles: s.articles.iter().map(&mut article_view).collect(),
        })
        .collect();
    let standards: Vec<StandardView> = reg
        .standards
        .iter()
        .map(|s| {
            let mut items = Vec::new();
            flatten_items(&s.items, 1, &mut items);
            StandardView {
                id: s.id.clone(),
                number: s.number,
                title: s.title.clone(),
                text: s.text.clone(),
                items,
                tags: tags.remove(&s.id).unwrap_or_default(),
                diagnostics: diags.remove(&s.id).unwrap_or_default(),
            }
        })
        .collect();
    // Diagnostics on chapters, 附則 or 別表 headings stay with the page list.
    let mut other_diags: Vec<DiagView> = diags.into_values().flatten().collect();
    other_diags.extend(unplaced);
    other_diags.sort_by_key(|d| d.line);

    // 目次 generated from the structure, so every entry is a link.
    let mut toc = Vec::new();
    let named_chapters = reg.chapters.iter().any(|c| c.number.is_some());
    for ch in &reg.chapters {
        if named_chapters {
            let range = match (ch.sections.iter().flat_map(|s| &s.articles).next(), ch.sections.iter().flat_map(|s| &s.articles).last()) {
                (Some(first), Some(last)) if first.id != last.id => Some(format!("{}―{}", first.label, last.label)),
                (Some(first), _) => Some(first.label.clone()),
                _ => None,
            };
            toc.push(TocLine { label: ch.label.clone(), title: ch.title.clone(), url: format!("#{}", ch.id), depth: 1, range });
            for s in ch.sections.iter().filter(|s| s.number.is_some()) {
                toc.push(TocLine { label: s.label.clone(), title: s.title.clone(), url: format!("#{}", s.id), depth: 2, range: None });
            }
        } else {
            for a in ch.sections.iter().flat_map(|s| &s.articles) {
                toc.push(TocLine {
                    label: a.label.clone(),
                    title: a.caption.clone().unwrap_or_default(),
                    url: format!("#{}", a.id),
                    depth: 1,
                    range: None,
                });
            }
        }
    }
    for s in &reg.standards {
        toc.push(TocLine { label: format!("{}", s.number), title: s.title.clone(), url: format!("#{}", s.id), depth: 1, range: None });
    }
    for s in &reg.supplementary {
        toc.push(TocLine { label: "附則".into(), title: String::new(), url: format!("#{}", s.id), depth: 1, range: None });
    }
    for a in &reg.appendices {
        toc.push(TocLine { label: a.label.clone(), title: a.title.clone().unwrap_or_default(), url: format!("#{}", a.id), depth: 1, range: None });
    }

    let coverage: Vec<CoverageTable> = site
        .catalogs_of(reg)
        .into_iter()
        .filter_map(|cat| {
            let report = site.analysis.coverage_of(&reg.id, &cat.id)?;
            Some(CoverageTable {
                catalog: cat.short_title.clone(),
                catalog_title: cat.title.clone(),
                model_url: paths::relative(page, &paths::model_compare(&reg.id, &cat.id)),
                matrix_url: paths::relative(page, &paths::matrix(&cat.id)),
                counts: counts(report.items.iter().map(|i| i.status)),
                rows: coverage_rows(page, reg, cat, report),
                additions: report.additions.iter().map(|a| provision_link(page, reg, a)).collect(),
            })
        })
        .collect();

    let supersedes = reg.meta.supersedes.as_deref().and_then(|old| site.regulation(old)).map(|old| {
        (old.display_title(), paths::relative(page, &paths::regulation(&old.id)), paths::relative(page, &paths::taishohyo(&reg.id)))
    });
    let superseded_by: Vec<(String, String)> = site
        .regulations
        .iter()
        .filter(|r| r.meta.supersedes.as_deref() == Some(reg.id.as_str()))
        .map(|r| (r.display_title(), paths::relative(page, &paths::taishohyo(&r.id))))
        .collect();
    let pairs: Vec<PairLink> = pair_links(site, page)
        .into_iter()
        .zip(&site.analysis.pairs)
        .filter(|(_, p)| p.a == reg.id || p.b == reg.id)
        .map(|(l, _)| l)
        .collect();

    ctx.insert("reg", &RegMeta::of(reg));
    ctx.insert("description_html", &reg.meta.description.as_deref().map(markdown::to_html));
    ctx.insert("preamble", &reg.preamble);
    ctx.insert("toc", &toc);
    ctx.insert("chapters", &chapters);
    ctx.insert("named_chapters", &named_chapters);
    ctx.insert("standards", &standards);
    ctx.insert("supplementary", &supplementary);
    ctx.insert("appendices", &reg.appendices);
    ctx.insert("coverage", &coverage);
    ctx.insert("other_diagnostics", &other_diags);
    ctx.insert("diagnostics_count", &reg.diagnostics.len());
    ctx.insert("supersedes", &supersedes);
    ctx.insert("superseded_by", &superseded_by);
    ctx.insert("pairs", &pairs);
    ctx
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
            version_label: m.version_label.clone(),
            file: display_path(&reg.path),
        }
    }
}

// ---------------------------------------------------------------- catalog

#[derive(Serialize)]
struct CatalogRow {
    label: String,
    title: String,
    url: String,
    depth: usize,
    is_group: bool,
    class: &'static str,
    class_label: &'static str,
    counts: Option<Counts>,
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
    site.regulations.iter().filter(|r| site.catalogs_of(r).iter().any(|c| c.id == cat.id)).collect()
}

fn item_statuses<'a>(site: &'a Site, cat: &'a Catalog, item_id: &'a str) -> impl Iterator<Item = (&'a Regulation, &'a ItemCoverage)> + 'a {
    regs_of_catalog(site, cat).into_iter().filter_map(move |reg| {
        let report = site.analysis.coverage_of(&reg.id, &cat.id)?;
        Some((reg, report.items.iter().find(|i| i.item_id == item_id)?))
    })
}

fn catalog(site: &Site, cat: &Catalog) -> Context {
    let page = paths::catalog(&cat.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &cat.title, "catalog");
    let leaves: std::collections::HashSet<&str> = cat.leaves().map(|i| i.id.as_str()).collect();
    let rows: Vec<CatalogRow> = cat
        .items
        .iter()
        .map(|item| {
            let is_leaf = leaves.contains(item.id.as_str());
            CatalogRow {
                label: item_label(item),
                title: item.title.clone(),
                url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                depth: item_depth(cat, item),
                is_group: !is_leaf,
                class: class_key(item.class),
                class_label: item.class.label(),
                counts: is_leaf.then(|| counts(item_statuses(site, cat, &item.id).map(|(_, ic)| ic.status))),
            }
        })
        .collect();
    ctx.insert("catalog", &CatalogMeta::of(cat));
    ctx.insert("description_html", &cat.description.as_deref().map(markdown::to_html));
    ctx.insert("rows", &rows);
    ctx.insert("matrix_url", &paths::relative(page, &paths::matrix(&cat.id)));
    ctx
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

// ---------------------------------------------------------------- item

#[derive(Serialize)]
struct EvidenceView {
    link: ProvisionLink,
    /// The provision, its own wording (not in the requirement) marked.
    runs: Vec<RunOwned>,
    /// The requirement, the wording the provision lacks marked.
    requirement_runs: Vec<RunOwned>,
    matched: Vec<String>,
    by_reference: bool,
    flags: Vec<Flag>,
}

#[derive(Serialize)]
struct RunOwned {
    kind: &'static str,
    text: String,
}

fn owned_runs(runs: &[Run]) -> Vec<RunOwned> {
    runs_view(runs).into_iter().map(|r| RunOwned { kind: r.kind, text: r.text.to_string() }).collect()
}

#[derive(Serialize)]
struct ItemRegRow {
    reg: String,
    reg_url: String,
    status: StatusView,
    evidence: Vec<EvidenceView>,
    missing: Vec<String>,
}

fn evidence_views(site: &Site, page: &str, reg: &Regulation, ic: &ItemCoverage, requirement: &str, limit: usize) -> Vec<EvidenceView> {
    ic.evidence
        .iter()
        .take(limit)
        .filter_map(|e| {
            let article = find_article(reg, &e.article_id)?;
            let text = analysis::evidence_text(article, e.paragraph);
            let c = site.analysis.comparison(requirement, &text);
            Some(EvidenceView {
                link: provision_link(page, reg, &e.article_id),
                runs: owned_runs(&c.runs),
                requirement_runs: owned_runs(&c.requirement_runs),
                matched: e.matched_elements.clone(),
                by_reference: e.by_reference,
                flags: c.flags.clone(),
            })
        })
        .collect()
}

fn item_page(site: &Site, cat: &Catalog, item: &CatalogItem) -> Context {
    let page = paths::item(&cat.id, &item.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &format!("{} {}", item_label(item), item.title), "item");
    let mut rows = Vec::new();
    let mut missing_regs = Vec::new();
    for (reg, ic) in item_statuses(site, cat, &item.id) {
        let reg_url = paths::relative(page, &paths::regulation(&reg.id));
        if ic.status == CoverageStatus::Missing {
            missing_regs.push(PairLink { url: reg_url, a: reg.display_title(), b: String::new() });
            continue;
        }
        rows.push(ItemRegRow {
            reg: reg.display_title(),
            reg_url,
            status: status_view(ic.status),
            evidence: evidence_views(site, page, reg, ic, &item.requirement, analysis::EVIDENCE_SHOWN),
            missing: ic.missing_elements.clone(),
        });
    }
    let children: Vec<CatalogRow> = cat
        .children(&item.id)
        .map(|c| CatalogRow {
            label: item_label(c),
            title: c.title.clone(),
            url: paths::relative(page, &paths::item(&cat.id, &c.id)),
            depth: 1,
            is_group: cat.children(&c.id).next().is_some(),
            class: class_key(c.class),
            class_label: c.class.label(),
            counts: None,
        })
        .collect();
    let parent = item.parent.as_deref().and_then(|p| cat.item(p)).map(|p| ProvisionLink {
        label: item_label(p),
        caption: Some(p.title.clone()),
        url: paths::relative(page, &paths::item(&cat.id, &p.id)),
    });
    ctx.insert("catalog", &CatalogMeta::of(cat));
    ctx.insert("catalog_url", &paths::relative(page, &paths::catalog(&cat.id)));
    ctx.insert("matrix_url", &paths::relative(page, &paths::matrix(&cat.id)));
    ctx.insert("item", item);
    ctx.insert("item_label", &item_label(item));
    ctx.insert("class_label", item.class.label());
    ctx.insert("note_html", &item.note.as_deref().map(markdown::to_html));
    ctx.insert("rows", &rows);
    ctx.insert("missing_regs", &missing_regs);
    ctx.insert("children", &children);
    ctx.insert("parent", &parent);
    ctx
}

// ---------------------------------------------------------------- matrix

#[derive(Serialize)]
struct MatrixColumn {
    short: String,
    title: String,
    url: String,
    counts: Counts,
}

#[derive(Serialize)]
struct MatrixCell {
    status: StatusView,
    url: Option<String>,
    /// "上尾市 要領 第24条（暗号化）: 充足" for the tooltip.
    title: String,
    /// 努力義務にとどまる …, shown under the symbol.
    reason: Option<String>,
    /// 確認済み / 要再確認; None for 自動判定.
    review: Option<&'static str>,
    review_class: &'static str,
}

#[derive(Serialize)]
struct MatrixRow {
    label: String,
    title: String,
    url: String,
    is_group: bool,
    class: &'static str,
    class_label: &'static str,
    cells: Vec<MatrixCell>,
}

#[derive(Serialize)]
struct ClassFilter {
    key: &'static str,
    label: &'static str,
}

fn matrix(site: &Site, cat: &Catalog) -> Context {
    let page = paths::matrix(&cat.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &format!("網羅状況 — {}", cat.short_title), "matrix");
    let regs = regs_of_catalog(site, cat);
    let reports: Vec<Option<&CoverageReport>> = regs.iter().map(|r| site.analysis.coverage_of(&r.id, &cat.id)).collect();
    let columns: Vec<MatrixColumn> = regs
        .iter()
        .zip(&reports)
        .map(|(reg, report)| MatrixColumn {
            short: reg_short(reg),
            title: reg.display_title(),
            url: paths::relative(page, &paths::regulation(&reg.id)),
            counts: counts(report.iter().flat_map(|r| r.items.iter().map(|i| i.status))),
        })
        .collect();
    let leaves: std::collections::HashSet<&str> = cat.leaves().map(|i| i.id.as_str()).collect();
    let mut classes: Vec<Class> = Vec::new();
    let rows: Vec<MatrixRow> = cat
        .items
        .iter()
        .map(|item| {
            let is_group = !leaves.contains(item.id.as_str());
            if !is_group && !classes.contains(&item.class) {
                classes.push(item.class);
            }
            let cells = if is_group {
                Vec::new()
            } else {
                regs.iter()
                    .zip(&reports)
                    .map(|(reg, report)| {
                        let ic = report.and_then(|r| r.items.iter().find(|i| i.item_id == item.id));
                        let status = ic.map(|i| i.status).unwrap_or(CoverageStatus::NotApplicable);
                        let first = ic.and_then(|i| i.evidence.first());
                        let link = first.map(|e| provision_link(page, reg, &e.article_id));
                        let title = match &link {
                            Some(l) => format!(
                                "{} {}{}: {}",
                                reg_short(reg),
                                l.label,
                                l.caption.as_deref().map(|c| format!("（{c}）")).unwrap_or_default(),
                                status.label()
                            ),
                            None => format!("{}: {}", reg_short(reg), status.label()),
                        };
                        let state = ic.map_or(ReviewState::Auto, |i| i.review_state);
                        let reason = ic.and_then(|i| i.status_reason.clone());
                        let title = [Some(title), reason.clone(), (state != ReviewState::Auto).then(|| state.label().to_string())]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join("・");
                        MatrixCell {
                            status: status_view(status),
                            url: link.map(|l| l.url),
                            title,
                            reason,
                            review: (state != ReviewState::Auto).then(|| state.label()),
                            review_class: review_class(state),
                        }
                    })
                    .collect()
            };
            MatrixRow {
                label: item_label(item),
                title: item.title.clone(),
                url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                is_group,
                class: class_key(item.class),
                class_label: item.class.label(),
                cells,
            }
        })
        .collect();
    let order = [Class::Organizational, Class::Human, Class::Physical, Class::Technical, Class::Other];
    let filters: Vec<ClassFilter> = order
        .iter()
        .filter(|c| classes.contains(c))
        .map(|c| ClassFilter { key: class_key(*c), label: c.label() })
        .collect();
    ctx.insert("catalog", &CatalogMeta::of(cat));
    ctx.insert("catalog_url", &paths::relative(page, &paths::catalog(&cat.id)));
    ctx.insert("columns", &columns);
    ctx.insert("rows", &rows);
    // A filter is only useful when the catalog uses more than one class.
    ctx.insert("filters", &if filters.len() > 1 { filters } else { Vec::new() });
    ctx
}

// ---------------------------------------------------------------- pair

#[derive(Serialize)]
struct PairRow {
    a: ProvisionLink,
    a_runs: Vec<RunOwned>,
    b: Vec<ProvisionLink>,
    b_runs: Vec<RunOwned>,
    score: String,
    via: Vec<ProvisionLink>,
    flags: Vec<Flag>,
}

fn pair_page(site: &Site, index: usize) -> Context {
    let pair = &site.analysis.pairs[index];
    let page = paths::pair(&pair.a, &pair.b);
    let page = page.as_str();
    let a = site.regulation(&pair.a).expect("pair regulations are loaded");
    let b = site.regulation(&pair.b).expect("pair regulations are loaded");
    let mut ctx = base(site, page, &format!("条文対応表 — {} と {}", reg_short(a), reg_short(b)), "pair");
    // Rows in parallel: each diffs and flags a pair of whole articles.
    let rows: Vec<PairRow> = pair
        .matches
        .par_iter()
        .filter_map(|m| {
            let a_article = find_article(a, &m.a_article)?;
            let best = m.b_articles.first().and_then(|c| find_article(b, &c.article_id));
            let a_text = analysis::article_display(a_article);
            let b_text = best.map(analysis::article_display).unwrap_or_default();
            let (a_runs, b_runs) = analysis::side_by_side(&a_text, &b_text);
            let via = m
                .b_articles
                .first()
                .map(|c| c.via_items.as_slice())
                .unwrap_or_default()
                .iter()
                .filter_map(|id| {
                    site.catalogs.iter().find_map(|cat| {
                        cat.item(id).map(|item| ProvisionLink {
                            label: item_label(item),
                            caption: Some(item.title.clone()),
                            url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                        })
                    })
                })
                .collect();
            Some(PairRow {
                a: provision_link(page, a, &m.a_article),
                a_runs: owned_runs(&a_runs),
                b: m.b_articles.iter().map(|c| provision_link(page, b, &c.article_id)).collect(),
                b_runs: owned_runs(&b_runs),
                score: m.b_articles.first().map(|c| format!("{:.2}", c.score)).unwrap_or_default(),
                via,
                flags: best.map(|b_article| analysis::article_flags(a_article, b_article)).unwrap_or_default(),
            })
        })
        .collect();
    ctx.insert("a", &RegMeta::of(a));
    ctx.insert("b", &RegMeta::of(b));
    ctx.insert("a_url", &paths::relative(page, &paths::regulation(&a.id)));
    ctx.insert("b_url", &paths::relative(page, &paths::regulation(&b.id)));
    ctx.insert("rows", &rows);
    ctx.insert("unmatched_a", &pair.unmatched_a.iter().map(|id| provision_link(page, a, id)).collect::<Vec<_>>());
    ctx.insert("unmatched_b", &pair.unmatched_b.iter().map(|id| provision_link(page, b, id)).collect::<Vec<_>>());
    ctx
}

// ---------------------------------------------------------------- model

#[derive(Serialize)]
struct ModelRow {
    label: String,
    title: String,
    url: String,
    is_group: bool,
    requirement: String,
    status: Option<StatusView>,
    evidence: Vec<EvidenceView>,
    missing: Vec<String>,
}

fn model_page(site: &Site, reg: &Regulation, cat: &Catalog) -> Context {
    let page = paths::model_compare(&reg.id, &cat.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &format!("{} と {} の対照", reg_short(reg), cat.short_title), "model");
    let report = site.analysis.coverage_of(&reg.id, &cat.id);
    let rows: Vec<ModelRow> = cat
        .items
        .iter()
        .map(|item| {
            let ic = report.and_then(|r| r.items.iter().find(|i| i.item_id == item.id));
            ModelRow {
                label: item_label(item),
                title: item.title.clone(),
                url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                is_group: ic.is_none() && cat.children(&item.id).next().is_some(),
                requirement: item.requirement.clone(),
                status: ic.map(|i| status_view(i.status)),
                evidence: ic.map(|i| evidence_views(site, page, reg, i, &item.requirement, 1)).unwrap_or_default(),
                missing: ic.map(|i| i.missing_elements.clone()).unwrap_or_default(),
            }
        })
        .collect();
    ctx.insert("reg", &RegMeta::of(reg));
    ctx.insert("reg_url", &paths::relative(page, &paths::regulation(&reg.id)));
    ctx.insert("catalog", &CatalogMeta::of(cat));
    ctx.insert("catalog_url", &paths::relative(page, &paths::catalog(&cat.id)));
    ctx.insert("counts", &counts(report.iter().flat_map(|r| r.items.iter().map(|i| i.status))));
    ctx.insert("rows", &rows);
    ctx
}

// ---------------------------------------------------------------- 新旧対照表

#[derive(Serialize)]
struct TaishohyoCell {
    /// （略） / （新設） / （削る） for a cell without text.
    placeholder: Option<&'static str>,
    /// Display lines, each a list of runs (changed parts underlined).
    lines: Vec<Vec<RunOwned>>,
}

#[derive(Serialize)]
struct TaishohyoRowView {
    status: String,
    /// Link to the article in the new (else old) version.
    label: Option<ProvisionLink>,
    /// Left and right columns in display order.
    cells: Vec<TaishohyoCell>,
}

fn taishohyo(site: &Site, reg: &Regulation) -> Context {
    use crate::analyze::taishohyo::{self as t, Cell};
    let page = paths::taishohyo(&reg.id);
    let page = page.as_str();
    let old = site.regulation(reg.meta.supersedes.as_deref().unwrap_or_default()).expect("job only for loaded versions");
    let mut ctx = base(site, page, &format!("新旧対照表 — {}", reg.display_title()), "taishohyo");
    let table = t::build(old, reg, &site.config);
    let by_label = |r: &Regulation, label: &Option<String>| {
        label.as_deref().and_then(|l| r.articles().find(|a| a.label == l)).map(|a| provision_link(page, r, &a.id))
    };
    let rows: Vec<TaishohyoRowView> = table
        .rows
        .iter()
        .map(|row| {
            let cells = table
                .columns(row)
                .iter()
                .map(|(_, cell, is_new)| TaishohyoCell {
                    placeholder: t::placeholder(cell, *is_new),
                    lines: match cell {
                        Cell::Text(runs) => t::lines(runs).iter().map(|l| owned_runs(l)).collect(),
                        _ => Vec::new(),
                    },
                })
                .collect();
            TaishohyoRowView {
                status: serde_json::to_value(row.status).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
                label: by_label(reg, &row.new_label).or_else(|| by_label(old, &row.old_label)),
                cells,
            }
        })
        .collect();
    let new_url = paths::relative(page, &paths::regulation(&reg.id));
    let old_url = paths::relative(page, &paths::regulation(&old.id));
    let headers = if table.new_first {
        [(table.new_label.clone(), new_url), (table.old_label.clone(), old_url)]
    } else {
        [(table.old_label.clone(), old_url), (table.new_label.clone(), new_url)]
    };
    ctx.insert("reg", &RegMeta::of(reg));
    ctx.insert("old", &RegMeta::of(old));
    ctx.insert("headers", &headers);
    ctx.insert("lead", &table.lead_sentence());
    ctx.insert("rows", &rows);
    ctx
}

// ---------------------------------------------------------------- diagnostics

#[derive(Serialize)]
struct DiagGroup {
    reg: String,
    url: String,
    file: String,
    errors: usize,
    warnings: usize,
    items: Vec<DiagView>,
}

fn diagnostics(site: &Site) -> Context {
    let page = paths::DIAGNOSTICS;
    let mut ctx = base(site, page, "診断（起案者向け）", "diagnostics");
    let groups: Vec<DiagGroup> = site
        .regulations
        .iter()
        .map(|reg| {
            let mut items: Vec<DiagView> = reg.diagnostics.iter().map(|d| diag_view(page, reg, d)).collect();
            items.sort_by_key(|d| d.line);
            DiagGroup {
                reg: reg.display_title(),
                url: paths::relative(page, &paths::regulation(&reg.id)),
                file: display_path(&reg.path),
                errors: reg.diagnostics.iter().filter(|d| d.severity == Severity::Error).count(),
                warnings: reg.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count(),
                items,
            }
        })
        .collect();
    ctx.insert("groups", &groups);
    ctx.insert("load_errors", &site.load_errors);
    ctx
}
