//! Pair pages: the 条文対応表 of two regulations with inline diffs.
use super::*;

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

pub(super) fn pair_page(site: &Site, index: usize) -> Context {
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
    ctx.insert("downloads", &downloads::pair_links(site, page, index));
    ctx
}
