//! Catalog, item and model-comparison (規程 × catalog) pages.
use super::*;

#[derive(Serialize)]
struct CatalogRow {
    label: String,
    title: String,
    url: String,
    depth: usize,
    is_group: bool,
    class: &'static str,
    class_label: &'static str,
    counts: Option<StatusCounts>,
}

pub(super) fn catalog(site: &Site, c: usize) -> Context {
    let cat = &site.project.catalogs[c];
    let page = paths::catalog(&cat.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &cat.title, "catalog");
    let leaves: std::collections::HashSet<&str> = cat.leaves().map(|i| i.id.as_str()).collect();
    let rows: Vec<CatalogRow> = cat
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let is_leaf = leaves.contains(item.id.as_str());
            CatalogRow {
                label: item_label(item),
                title: item.title.clone(),
                url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                depth: item_depth(cat, item),
                is_group: !is_leaf,
                class: class_key(item.class),
                class_label: item.class.label(),
                counts: is_leaf.then(|| counts(paging::paging(site).results(c, i).iter().map(|(_, s)| *s))),
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
struct ItemRegRow {
    reg: String,
    reg_url: String,
    status: StatusView,
    /// How the result was decided, as HTML ([`ReviewView::html`]).
    review_html: String,
    evidence: Vec<EvidenceView>,
    /// The elements the regulation lacks, as HTML ([`missing_html`]).
    missing_html: String,
}

/// A regulation with no provision for the item (×), and how that was decided.
#[derive(Serialize)]
struct MissingReg {
    url: String,
    reg: String,
    /// How the result was decided, as HTML ([`ReviewView::html`]).
    review_html: String,
}

/// Page `n` (from 1) of item `i` of catalog `c`: the item, and the rows of
/// the regulations on that page (see [`paging`]); page 1 also lists the ×
/// regulations. When the item has several pages, every page also shows
/// the counts over all regulations, the rows it holds and a pager.
pub(super) fn item_page(site: &Site, c: usize, i: usize, n: usize) -> Context {
    let cat = &site.project.catalogs[c];
    let item = &cat.items[i];
    let page = paths::item_page(&cat.id, &item.id, n);
    let page = page.as_str();
    let total = paging::paging(site).row_count(c, i);
    let pager = paging::pager(page, n, total, ITEM_PAGE_ROWS, |p| paths::item_page(&cat.id, &item.id, p));
    let title = format!("{} {}", item_label(item), item.title);
    let title = match &pager {
        Some(_) => format!("{title}（{n}/{} ページ）", paging::paging(site).page_count(c, i)),
        None => title,
    };
    let mut ctx = base(site, page, &title, "item");
    let mut rows = Vec::new();
    let mut missing_regs = Vec::new();
    for (r, _) in paging::paging(site).shown_on(c, i, n) {
        let reg = &site.project.regulations[r];
        let Some(ic) = paging::item_result(site, cat, reg, &item.id) else { continue };
        let reg_url = paths::relative(page, &paths::regulation(&reg.id));
        if !paging::has_row(ic.status) {
            missing_regs.push(MissingReg {
                url: reg_url,
                reg: reg.display_title(),
                review_html: review_view(ic).html(),
            });
            continue;
        }
        rows.push(ItemRegRow {
            reg: reg.display_title(),
            reg_url,
            status: status_view(ic.status),
            review_html: review_view(ic).html(),
            evidence: evidence_views(site, page, reg, ic, &item.requirement, analysis::EVIDENCE_SHOWN),
            missing_html: missing_html(&ic.missing_elements),
        });
    }
    if pager.is_some() {
        ctx.insert("counts", &counts(paging::paging(site).results(c, i).iter().map(|(_, s)| *s)));
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
    ctx.insert("pager", &pager);
    ctx
}

#[derive(Serialize)]
struct ModelRow {
    /// The link to the item's page as HTML ([`item_link_html`]).
    link_html: String,
    is_group: bool,
    /// The requirement under the item's link as HTML ([`requirement_html`]).
    requirement_html: String,
    status: Option<StatusView>,
    /// How the result was decided, as HTML ([`ReviewView::html`]).
    review_html: Option<String>,
    evidence: Vec<EvidenceView>,
    /// The elements the regulation lacks, as HTML ([`missing_html`]).
    missing_html: String,
}

/// A model row's requirement as HTML: marked where the first evidence lacks
/// its wording, plain when there is no evidence, nothing when the item has
/// no requirement. Written here rather than chosen by the template, which
/// read the row's evidence, its first entry and the requirement by a lookup
/// each.
fn requirement_html(requirement: &str, evidence: &[EvidenceView]) -> String {
    match evidence.first() {
        Some(e) => format!("<p class=\"req-small diff\">{}</p>", e.requirement_html),
        None if requirement.is_empty() => String::new(),
        None => format!("<p class=\"req-small\">{}</p>", escaped(requirement)),
    }
}

pub(super) fn model_page(site: &Site, reg: &Regulation, cat: &Catalog) -> Context {
    let page = paths::model_compare(&reg.id, &cat.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &format!("{} と {} の対照", reg_short(reg), cat.short_title), "model");
    let report = site.analysis.coverage_of(&reg.id, &cat.id);
    let rows: Vec<ModelRow> = cat
        .items
        .iter()
        .map(|item| {
            let ic = report.and_then(|r| r.items.iter().find(|i| i.item_id == item.id));
            let evidence = ic.map(|i| evidence_views(site, page, reg, i, &item.requirement, 1)).unwrap_or_default();
            ModelRow {
                link_html: item_link_html(
                    &paging::item_url_for(site, page, cat, item, reg),
                    &item_label(item),
                    &item.title,
                ),
                is_group: ic.is_none() && cat.children(&item.id).next().is_some(),
                requirement_html: requirement_html(&item.requirement, &evidence),
                status: ic.map(|i| status_view(i.status)),
                review_html: ic.map(|i| review_view(i).html()),
                evidence,
                missing_html: ic.map(|i| missing_html(&i.missing_elements)).unwrap_or_default(),
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
