//! The 新旧対照表 page of a regulation and the version it supersedes.
use super::*;

#[derive(Serialize)]
struct TaishohyoRowView {
    status: String,
    /// Link to the article in the new (else old) version.
    label: Option<ProvisionLink>,
}

pub(super) fn taishohyo(site: &Site, reg: &Regulation) -> Context {
    use crate::analyze::taishohyo as t;
    let page = paths::taishohyo(&reg.id);
    let page = page.as_str();
    let versions = &site.analysis.versions[&reg.id];
    let old = site.project.regulation(&versions.old_id).expect("job only for loaded versions");
    let mut ctx = base(site, page, &format!("新旧対照表 — {}", reg.display_title()), "taishohyo");
    let table = versions.table(&site.project);
    let by_label = |r: &Regulation, label: &Option<String>| {
        label.as_deref().and_then(|l| r.articles().find(|a| a.label == l)).map(|a| provision_link(page, r, &a.id))
    };
    let rows: Vec<TaishohyoRowView> = table
        .rows
        .iter()
        .map(|row| TaishohyoRowView {
            status: row.status.to_string(),
            label: by_label(reg, &row.new_label).or_else(|| by_label(old, &row.old_label)),
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
    // The table as the CLI's --html writes it: one layout for both.
    ctx.insert("table_html", &t::render_html_fragment(table));
    ctx.insert("table_css", t::TABLE_CSS);
    ctx.insert("rows", &rows);
    ctx.insert("downloads", &downloads::taishohyo_links(site, page, reg));
    // The 改め文 beside the table; a change it cannot express is shown as such.
    match versions.kaimebun(&site.project) {
        Ok(km) => ctx.insert("kaimebun", km),
        Err(e) => ctx.insert("kaimebun_error", e),
    }
    ctx
}
