//! The home page: regulations, catalogs and pair pages.
use super::*;

#[derive(Serialize)]
struct HomeCoverage {
    catalog: String,
    matrix_url: String,
    model_url: String,
    counts: StatusCounts,
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

pub(super) fn home(site: &Site) -> Context {
    let page = paths::HOME;
    let mut ctx = base(site, page, &site.project.config.title, "home");
    let rows: Vec<HomeRow> = site
        .project
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
                .project
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
                .filter(|old| site.project.regulation(old).is_some())
                .map(|_| paths::relative(page, &paths::taishohyo(&reg.id))),
            diagnostics: reg.diagnostics.len(),
        })
        .collect();
    let catalogs: Vec<HomeCatalog> = site
        .project
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
    ctx.insert("load_errors", &super::load_error_views(site));
    ctx.insert("diagnostics_count", &site.project.regulations.iter().map(|r| r.diagnostics.len()).sum::<usize>());
    ctx
}
