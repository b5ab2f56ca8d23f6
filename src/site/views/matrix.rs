//! The coverage matrix of one catalog (items × regulations).
use super::*;

#[derive(Serialize)]
struct MatrixColumn {
    short: String,
    title: String,
    url: String,
    counts: StatusCounts,
    /// 自治体名 and kind on their own lines, so a header never breaks inside a word.
    body: String,
    kind: String,
    /// A draft (案): marked in the header, since its gaps are still open.
    draft: bool,
}

struct MatrixCell {
    status: StatusView,
    url: Option<String>,
    /// "上尾市 要領 第24条（暗号化）: 充足" for the tooltip.
    title: String,
    /// Evidence articles (第24条、第25条第2項) or the not-applicable reason, shown in the cell.
    detail: String,
    /// 確認済み / 要再確認; None for 自動判定.
    review: Option<&'static str>,
    review_class: &'static str,
}

impl MatrixCell {
    /// The cell as HTML: the status's symbol, linked to the evidence when
    /// there is one, the detail and the review under it. Written here, not
    /// by the template: a matrix page shows thousands of cells, and reading
    /// each cell's fields in tera (a dotted lookup or a `set` per field)
    /// cost a tenth of the page renderings' instructions.
    fn html(&self) -> String {
        let title = escaped(&self.title);
        let detail = Some(escaped(&self.detail)).filter(|d| !d.is_empty());
        let mut html = String::from("<td class=\"m-cell cell-");
        html.push_str(&escaped(self.status.class));
        html.push_str("\">");
        let url = self.url.as_deref().filter(|u| !u.is_empty());
        match url {
            Some(url) => {
                html.push_str("<a href=\"");
                html.push_str(&escaped(url));
                html.push_str("\" title=\"");
            }
            None => html.push_str("<span title=\""),
        }
        html.push_str(&title);
        html.push_str("\"><span aria-hidden=\"true\">");
        html.push_str(&escaped(self.status.symbol));
        html.push_str("</span><span class=\"visually-hidden\">");
        html.push_str(&title);
        html.push_str("</span>");
        if let Some(detail) = detail {
            html.push_str(if url.is_some() {
                "<span class=\"m-detail\" aria-hidden=\"true\">"
            } else {
                "<span class=\"m-detail\">"
            });
            html.push_str(&detail);
            html.push_str("</span>");
        }
        html.push_str(if url.is_some() { "</a>" } else { "</span>" });
        if let Some(review) = self.review.filter(|r| !r.is_empty()) {
            html.push_str("<span class=\"m-review review-");
            html.push_str(&escaped(self.review_class));
            html.push_str("\" aria-hidden=\"true\">");
            html.push_str(&escaped(review));
            html.push_str("</span>");
        }
        html.push_str("</td>");
        html
    }
}

#[derive(Serialize)]
struct MatrixRow {
    label: String,
    title: String,
    url: String,
    is_group: bool,
    class: &'static str,
    class_label: &'static str,
    /// The cells as HTML ([`MatrixCell::html`]).
    cells: Vec<String>,
    /// Some regulation has × or △ here (for a group: in one of its items);
    /// the status filter keeps only these rows.
    gap: bool,
}

#[derive(Serialize)]
struct ClassFilter {
    key: &'static str,
    label: &'static str,
}

/// What a matrix cell shows after its symbol: the export's cell text
/// without the symbol, so screen, print and Excel say the same.
fn matrix_cell_detail(reg: &Regulation, ic: &ItemCoverage) -> String {
    let text = crate::export::tables::matrix_cell_text(reg, ic);
    text.strip_prefix(ic.status.symbol()).unwrap_or(&text).trim_start().to_string()
}

/// A group heading counts as a gap when one of the items under it (up to
/// the next heading) does.
fn mark_gap_groups(mut rows: Vec<MatrixRow>) -> Vec<MatrixRow> {
    let mut group_gap = false;
    for row in rows.iter_mut().rev() {
        if row.is_group {
            row.gap = group_gap;
            group_gap = false;
        } else {
            group_gap |= row.gap;
        }
    }
    rows
}

/// Page `n` of the matrix of catalog `c`: the columns of the regulations
/// on it ([`paging::Paging::matrix_columns`]).
pub(super) fn matrix(site: &Site, c: usize, n: usize) -> Context {
    let cat = &site.project.catalogs[c];
    let page = paths::matrix_page(&cat.id, n);
    let page = page.as_str();
    let mut ctx = base(site, page, &format!("網羅状況 — {}", cat.short_title), "matrix");
    let (all, shown) = paging::paging(site).matrix_columns(c, n);
    let regs: Vec<&Regulation> = all[shown].iter().map(|r| &site.project.regulations[*r]).collect();
    let reports: Vec<Option<&CoverageReport>> =
        regs.iter().map(|r| site.analysis.coverage_of(&r.id, &cat.id)).collect();
    let columns: Vec<MatrixColumn> = regs
        .iter()
        .zip(&reports)
        .map(|(reg, report)| MatrixColumn {
            short: reg_short(reg),
            title: reg.display_title(),
            url: paths::relative(page, &paths::regulation(&reg.id)),
            counts: counts(report.iter().flat_map(|r| r.items.iter().map(|i| i.status))),
            body: reg.meta.body.clone().unwrap_or_default(),
            kind: [reg.meta.kind.clone(), reg.meta.version_label.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            draft: reg.meta.status == Some(crate::model::Status::Draft),
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
                regs.iter().zip(&reports).map(|(reg, report)| matrix_cell(page, reg, *report, item)).collect()
            };
            MatrixRow {
                label: item_label(item),
                title: item.title.clone(),
                url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                is_group,
                class: class_key(item.class),
                class_label: item.class.label(),
                gap: cells.iter().any(|c| matches!(c.status.class, "missing" | "partial")),
                cells: cells.iter().map(MatrixCell::html).collect(),
            }
        })
        .collect();
    let rows = mark_gap_groups(rows);
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
    ctx.insert("downloads", &downloads::matrix_links(site, page, cat));
    let pager = paging::pager(page, n, all.len(), MATRIX_PAGE_COLUMNS, |p| paths::matrix_page(&cat.id, p));
    ctx.insert("pager", &pager);
    ctx
}

/// One cell of the matrix: the status of `item` in `reg`, linked to its
/// first evidence, with a tooltip naming the article, reason and review.
fn matrix_cell(page: &str, reg: &Regulation, report: Option<&CoverageReport>, item: &CatalogItem) -> MatrixCell {
    let ic = report.and_then(|r| r.items.iter().find(|i| i.item_id == item.id));
    let status = ic.map(|i| i.status).unwrap_or(CoverageStatus::NotApplicable);
    let first = ic.and_then(|i| i.evidence.first());
    let link = first.map(|e| evidence_link(page, reg, e));
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
    let detail = ic.map(|i| matrix_cell_detail(reg, i)).unwrap_or_default();
    let state = ic.map_or(ReviewState::Auto, |i| i.review_state);
    let reason = ic.and_then(|i| i.status_reason.clone());
    let title = [Some(title), reason, (state != ReviewState::Auto).then(|| state.label().to_string())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("・");
    MatrixCell {
        status: status_view(status),
        url: link.map(|l| l.url),
        title,
        detail,
        review: (state != ReviewState::Auto).then(|| state.label()),
        review_class: review_class(state),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cell writes what the matrix template wrote for it: linked or not,
    /// with or without its detail and review, its texts escaped.
    #[test]
    fn a_cell_is_written_as_the_template_wrote_it() {
        let cell = |url: Option<&str>, detail: &str, review: Option<&'static str>| MatrixCell {
            status: status_view(CoverageStatus::Partial),
            url: url.map(str::to_string),
            title: "上尾市 要領 第24条（暗号化）: 一部・<要確認>".to_string(),
            detail: detail.to_string(),
            review,
            review_class: if review.is_some() { "confirmed" } else { "auto" },
        };
        let title = "上尾市 要領 第24条（暗号化）: 一部・&lt;要確認&gt;";
        assert_eq!(
            cell(Some("../reg/a.html#art-24"), "第24条", Some("確認済み")).html(),
            format!(
                "<td class=\"m-cell cell-partial\"><a href=\"../reg/a.html#art-24\" title=\"{title}\">\
                 <span aria-hidden=\"true\">△</span><span class=\"visually-hidden\">{title}</span>\
                 <span class=\"m-detail\" aria-hidden=\"true\">第24条</span></a>\
                 <span class=\"m-review review-confirmed\" aria-hidden=\"true\">確認済み</span></td>"
            )
        );
        assert_eq!(
            cell(None, "A & B", None).html(),
            format!(
                "<td class=\"m-cell cell-partial\"><span title=\"{title}\">\
                 <span aria-hidden=\"true\">△</span><span class=\"visually-hidden\">{title}</span>\
                 <span class=\"m-detail\">A &amp; B</span></span></td>"
            )
        );
        assert_eq!(
            cell(Some(""), "", None).html(),
            format!(
                "<td class=\"m-cell cell-partial\"><span title=\"{title}\">\
                 <span aria-hidden=\"true\">△</span><span class=\"visually-hidden\">{title}</span></span></td>"
            )
        );
    }
}
