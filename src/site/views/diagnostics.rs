//! The diagnostics page for drafters.
use super::*;

#[derive(Serialize)]
struct DiagGroup {
    reg: String,
    url: String,
    file: String,
    errors: usize,
    warnings: usize,
    items: Vec<DiagView>,
}

pub(super) fn diagnostics(site: &Site) -> Context {
    let page = paths::DIAGNOSTICS;
    let mut ctx = base(site, page, "診断（起案者向け）", "diagnostics");
    let groups: Vec<DiagGroup> = site
        .project
        .regulations
        .iter()
        .map(|reg| {
            let anchors = Anchors::of(reg);
            let mut items: Vec<DiagView> =
                reg.diagnostics.iter().map(|d| diag_view(page, reg, d, anchors.of_diagnostic(d))).collect();
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
    ctx.insert("load_errors", &super::load_error_views(site));
    ctx.insert("site_warnings", &site.warnings);
    ctx
}
