//! Pair pages: the 条文対応表 of two regulations with inline diffs. Each
//! row shows A's article and every article of B it matches (1:n), each
//! diffed against A; differences of scope (「等」, 括弧書き) that recur in
//! many rows are one note for the whole pair instead of a flag per row.
use super::*;
use crate::analyze::diff::{Run, RunKind};
use crate::analyze::flags::{self, FlagKind};

/// One matched article of B, diffed against A's article.
#[derive(Serialize)]
struct PairCounterpart {
    link: ProvisionLink,
    /// Its text as HTML, marked against A's ([`templates::diff_html`]).
    html: String,
    score: String,
    /// 第6項: the 項 of A's article it answers alone (an article joined into A's).
    paragraph: Option<String>,
}

#[derive(Serialize)]
struct PairRow {
    a: ProvisionLink,
    /// A's text as HTML, marked against the best counterpart.
    a_html: String,
    b: Vec<PairCounterpart>,
    via: Vec<ProvisionLink>,
    flags: Vec<FlagView>,
    /// Some wording differs from the best counterpart (for the changed-only toggle).
    changed: bool,
}

fn has_change(runs: &[Run]) -> bool {
    runs.iter().any(|r| r.kind != RunKind::Equal)
}

fn via_links(site: &Site, page: &str, ids: &[String]) -> Vec<ProvisionLink> {
    ids.iter()
        .filter_map(|id| {
            site.project.catalogs.iter().find_map(|cat| {
                cat.item(id).map(|item| ProvisionLink {
                    label: item_label(item),
                    caption: Some(item.title.clone()),
                    url: paths::relative(page, &paths::item(&cat.id, &item.id)),
                })
            })
        })
        .collect()
}

/// Scope differences, once per pair: each distinct term pair (「職員等」→
/// 「職員」) with the number of rows it occurs in, most frequent first. A
/// flag's message lists its term pairs after 「: 」, separated by 「、」.
fn fold_scope_notes<'a>(flags: impl Iterator<Item = &'a flags::Flag>) -> Vec<(String, usize)> {
    let mut notes: Vec<(String, usize)> = Vec::new();
    for f in flags {
        let (head, terms) = f.message.split_once(": ").unwrap_or((f.message.as_str(), ""));
        let parts: Vec<&str> = if terms.is_empty() { vec![""] } else { terms.split('、').collect() };
        for part in parts {
            let note = if part.is_empty() { head.to_string() } else { format!("{head}: {part}") };
            match notes.iter_mut().find(|(m, _)| *m == note) {
                Some((_, n)) => *n += 1,
                None => notes.push((note, 1)),
            }
        }
    }
    // Stable: equal counts keep the order of first occurrence.
    notes.sort_by_key(|n| std::cmp::Reverse(n.1));
    notes
}

pub(super) fn pair_page(site: &Site, index: usize) -> Context {
    let pair = &site.analysis.pairs[index];
    let page = paths::pair(&pair.a, &pair.b);
    let page = page.as_str();
    let a = site.project.regulation(&pair.a).expect("pair regulations are loaded");
    let b = site.project.regulation(&pair.b).expect("pair regulations are loaded");
    let mut ctx = base(site, page, &format!("条文対応表 — {} と {}", reg_short(a), reg_short(b)), "pair");
    // The rows' diffs and flags come from the analysis phase.
    let rows: Vec<(PairRow, Vec<flags::Flag>)> = pair
        .matches
        .iter()
        .zip(&site.analysis.pair_rows[index])
        .filter_map(|(m, row)| {
            let row = row.as_ref()?;
            // The counterparts the analysis compared, in its order.
            let matched = m.b_articles.iter().filter(|c| analysis::is_compared(b, &c.article_id));
            let counterparts: Vec<PairCounterpart> = matched
                .zip(&row.counterpart_runs)
                .map(|(c, runs)| PairCounterpart {
                    link: provision_link(page, b, &c.article_id),
                    html: templates::diff_html(runs),
                    score: format!("{:.2}", c.score),
                    paragraph: c.paragraph.map(|n| format!("第{n}項")),
                })
                .collect();
            let (scope, other): (Vec<flags::Flag>, Vec<flags::Flag>) =
                row.flags.iter().cloned().partition(|f| f.kind == FlagKind::ScopeChanged);
            // The runs of the matched articles found in B, as the counterparts are.
            let changed = has_change(&row.a_runs) || row.counterpart_runs.first().is_some_and(|runs| has_change(runs));
            Some((
                PairRow {
                    a: provision_link(page, a, &m.a_article),
                    a_html: templates::diff_html(&row.a_runs),
                    b: counterparts,
                    via: via_links(
                        site,
                        page,
                        m.b_articles.first().map(|c| c.via_items.as_slice()).unwrap_or_default(),
                    ),
                    flags: analysis::flag_views(other),
                    changed,
                },
                scope,
            ))
        })
        .collect();
    let scope_notes = fold_scope_notes(rows.iter().flat_map(|(_, scope)| scope));
    let rows: Vec<PairRow> = rows.into_iter().map(|(row, _)| row).collect();
    ctx.insert("a", &RegMeta::of(a));
    ctx.insert("b", &RegMeta::of(b));
    ctx.insert("a_url", &paths::relative(page, &paths::regulation(&a.id)));
    ctx.insert("b_url", &paths::relative(page, &paths::regulation(&b.id)));
    ctx.insert("changed_rows", &rows.iter().filter(|r| r.changed).count());
    ctx.insert("rows", &rows);
    ctx.insert("scope_notes", &scope_notes);
    // Terms the two rules define differently or under two names (所属 →
    // 課等), as `reiki diff` lists them: what a reader needs before reading
    // the rows (a flag that only swaps renamed terms is already left out).
    let term_notes: Vec<&str> = site.analysis.pair_terms[index].iter().map(|issue| issue.message.as_str()).collect();
    ctx.insert("term_notes", &term_notes);
    ctx.insert("unmatched_a", &pair.unmatched_a.iter().map(|id| provision_link(page, a, id)).collect::<Vec<_>>());
    ctx.insert("unmatched_b", &pair.unmatched_b.iter().map(|id| provision_link(page, b, id)).collect::<Vec<_>>());
    ctx.insert("downloads", &downloads::pair_links(site, page, index));
    ctx
}
