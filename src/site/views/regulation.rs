//! The regulation page: coverage summary, 目次 and the text with catalog tags.
use super::*;

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

/// An item a provision is evidence of.
struct Tag {
    /// The catalog, the item's label and title: 番号GL 1-1 総括保護管理者.
    name: String,
    url: String,
    status: CoverageStatus,
}

/// A provision's tags as HTML, nothing when it has none; each status's
/// badge from `badges` (what the `status_badge` filter gives). Written
/// here, not by a template macro: an article page shows hundreds of
/// tags, and their fields cost tera about 20,000 instructions a tag.
fn tags_html(tags: &[Tag], badges: &Badges) -> String {
    let mut html = String::new();
    if tags.is_empty() {
        return html;
    }
    html.push_str("<ul class=\"tags\" aria-label=\"対応する項目\">");
    for t in tags {
        let status = status_view(t.status);
        let name = escaped(&t.name);
        html.push_str("<li><a class=\"tag tag-");
        html.push_str(&escaped(status.class));
        html.push_str("\" href=\"");
        html.push_str(&escaped(&t.url));
        html.push_str("\" title=\"");
        html.push_str(&name);
        html.push_str(": ");
        html.push_str(&escaped(status.label));
        html.push_str("\">");
        html.push_str(templates::badge(badges, status.class).unwrap_or_default());
        html.push(' ');
        html.push_str(&name);
        html.push_str("</a></li>");
    }
    html.push_str("</ul>");
    html
}

#[derive(Serialize)]
struct ArticleView {
    id: String,
    label: String,
    caption: Option<String>,
    /// The caption is the heading on the number's line (「４　教育研修」).
    heading_line: bool,
    paragraphs: Vec<ParaView>,
    notes: Vec<String>,
    /// The provision's tags as HTML ([`tags_html`]).
    tags_html: String,
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
    /// The provision's tags as HTML ([`tags_html`]).
    tags_html: String,
    diagnostics: Vec<DiagView>,
}

/// A 別表, 別紙 or 様式: its table as a grid (cells a merged cell covers
/// left empty, so the columns line up) and, on the rows read as
/// provisions, the items they are evidence of.
#[derive(Serialize)]
struct AppendixView {
    id: String,
    label: String,
    relation: Option<String>,
    title: Option<String>,
    header: Vec<String>,
    rows: Vec<RowView>,
    text: Vec<TextBlock>,
}

/// Lines of an appendix's text: a part read as a provision (別記1(1)), with
/// its anchor and tags, or lines outside any part.
#[derive(Serialize)]
struct TextBlock {
    id: Option<String>,
    lines: Vec<String>,
    /// The part's tags as HTML ([`tags_html`]).
    tags_html: String,
}

#[derive(Serialize)]
struct RowView {
    id: String,
    cells: Vec<String>,
    /// The provision's tags as HTML ([`tags_html`]).
    tags_html: String,
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
    /// The opening words of a provision without a heading (older 要綱, a
    /// 要領's last provisions), so that its entry says more than a number.
    opening: Option<String>,
    url: String,
    depth: usize,
    range: Option<String>,
}

/// Characters of a provision's text its 目次 entry quotes when it has no
/// heading: its subject and the start of what it says (この要領に定めるもの
/// のほか…, 職員は、保有個人情報を…) — twelve, so that label and words stay on
/// one line of the side column at 1000 px (sixteen wrapped).
const TOC_OPENING_CHARS: usize = 12;

#[derive(Serialize)]
struct CoverageRow {
    /// The link to the item's page as HTML ([`item_link_html`]).
    link_html: String,
    class: &'static str,
    status: StatusView,
    /// What the row lacks as the list of gaps says it, as HTML
    /// ([`gap_html`]); empty for a row that is no gap.
    gap_html: String,
    /// The coverage table's evidence cell as HTML ([`evidence_cell_html`]).
    cell_html: String,
    /// The reason (努力義務にとどまる, 確度の低い対応のみ（要確認）, or the
    /// reviewer's) and the missing elements, as HTML ([`reason_html`]).
    reason_html: String,
    /// 自動判定 / 確認済み / 要再確認 and who confirmed the item, or the
    /// earlier decision of a 要再確認 one, as HTML ([`review_cell_html`]).
    review_html: String,
    /// The review's CSS key.
    review_class: &'static str,
    /// × or △: listed first on the page under 不足・要確認の項目.
    is_gap: bool,
}

#[derive(Serialize)]
struct CoverageTable {
    catalog: String,
    catalog_title: String,
    model_url: String,
    matrix_url: String,
    counts: StatusCounts,
    rows: Vec<CoverageRow>,
    additions: Vec<ProvisionLink>,
    /// Number of × and △ rows.
    gaps: usize,
}

fn coverage_rows(
    site: &Site,
    page: &str,
    provisions: &Provisions,
    cat: &Catalog,
    report: &CoverageReport,
) -> Vec<CoverageRow> {
    let reg = provisions.reg;
    report
        .items
        .iter()
        .filter_map(|ic| {
            let item = cat.item(&ic.item_id)?;
            let links: Vec<String> = ic.evidence.iter().map(|e| provisions.evidence_link(page, e).html()).collect();
            Some(CoverageRow {
                link_html: item_link_html(
                    &paging::item_url_for(site, page, cat, item, reg),
                    &item_label(item),
                    &item.title,
                ),
                class: class_key(item.class),
                status: status_view(ic.status),
                gap_html: gap_html(ic, &links),
                cell_html: evidence_cell_html(&links, ic),
                reason_html: reason_html(
                    if ic.status == CoverageStatus::NotApplicable {
                        ic.note.as_deref()
                    } else {
                        ic.status_reason.as_deref()
                    },
                    &ic.missing_elements,
                ),
                review_html: review_cell_html(ic.review_state.label(), review_view(ic).note.as_deref()),
                review_class: review_class(ic.review_state),
                is_gap: matches!(ic.status, CoverageStatus::Missing | CoverageStatus::Partial),
            })
        })
        .collect()
}

/// A row's evidence cell of the coverage table as HTML: the links to the
/// evidence (`links`) with 「（要確認）」 after each of a low score band and
/// 「、」 between them, whether the row only cites other rules, and for a ○
/// or △ the sentence behind its best link. Written here, not in the
/// template, where each link's band was read by its index (a path tera
/// builds anew) and the row's other fields by a lookup each.
fn evidence_cell_html(links: &[String], ic: &ItemCoverage) -> String {
    let mut html = String::new();
    for (i, (link, e)) in links.iter().zip(&ic.evidence).enumerate() {
        if i > 0 {
            html.push('、');
        }
        html.push_str(link);
        if e.band == crate::analyze::confidence::ScoreBand::Low {
            html.push_str("<span class=\"weak-link small\">（要確認）</span>");
        }
    }
    if ic.evidence.iter().any(|e| e.by_reference) {
        html.push_str(" <span class=\"muted small\">（他規程の引用）</span>");
    }
    let best = ic.evidence.first().filter(|_| matches!(ic.status, CoverageStatus::Covered | CoverageStatus::Partial));
    if let Some(best) = best.filter(|e| !e.sentence.is_empty()) {
        html.push_str("<div class=\"evidence-sentence small\">根拠（確度 ");
        html.push_str(&escaped(best.band.label()));
        html.push_str("）: ");
        html.push_str(&escaped(&best.sentence));
        html.push_str("</div>");
    }
    html
}

/// The review cell of the coverage table as HTML: how the result was
/// decided (`label`) and the note on it.
fn review_cell_html(label: &str, note: Option<&str>) -> String {
    let mut html = escaped(label).into_owned();
    if let Some(note) = note.filter(|n| !n.is_empty()) {
        html.push_str("<p class=\"review-note\">");
        html.push_str(&escaped(note));
        html.push_str("</p>");
    }
    html
}

/// What a × or △ row lacks as the list of gaps says it, as HTML: for a ×,
/// that no provision was found; for a △, the missing elements, whether it
/// only cites other rules, and the links to its evidence (`links`). Empty
/// for a ○ or -. Written here, where the template had read the row's
/// status, elements and links into `set`s and joined the elements by a
/// filter.
fn gap_html(ic: &ItemCoverage, links: &[String]) -> String {
    let mut html = String::new();
    match ic.status {
        CoverageStatus::Missing => html.push_str("該当する条文がありません"),
        CoverageStatus::Partial => {
            // Why it is △: the reason (努力義務にとどまる, 附則で…適用しない,
            // a reviewer's), what is missing, a reference only.
            let mut why: Vec<String> = ic.status_reason.iter().map(|r| escaped(r).into_owned()).collect();
            if !ic.missing_elements.is_empty() {
                why.push(format!("不足: {}", escaped(&ic.missing_elements.join("、"))));
            }
            if ic.evidence.iter().any(|e| e.by_reference) {
                why.push("他の規程の引用のみ".to_string());
            }
            html.push_str(&why.join("。"));
            if !links.is_empty() {
                html.push('（');
                html.push_str(&links.join("、"));
                html.push('）');
            }
        }
        CoverageStatus::Covered | CoverageStatus::NotApplicable => {}
    }
    html
}

/// The coverage table's last cell as HTML: the reason in bold, then the
/// missing elements, 「、」 between the two and between the elements.
fn reason_html(reason: Option<&str>, missing: &[String]) -> String {
    let mut html = String::new();
    if let Some(reason) = reason.filter(|r| !r.is_empty()) {
        html.push_str("<strong class=\"status-reason\">");
        html.push_str(&escaped(reason));
        html.push_str("</strong>");
        if !missing.is_empty() {
            html.push('、');
        }
    }
    html.push_str(&escaped(&missing.join("、")));
    html
}

/// Catalog tags of every provision of `reg`: article id → tags.
fn tags_by_article(site: &Site, page: &str, reg: &Regulation) -> HashMap<String, Vec<Tag>> {
    let mut tags: HashMap<String, Vec<Tag>> = HashMap::new();
    for cat in site.project.catalogs_of(reg) {
        let Some(report) = site.analysis.coverage_of(&reg.id, &cat.id) else { continue };
        for ic in &report.items {
            let Some(item) = cat.item(&ic.item_id) else { continue };
            for e in &ic.evidence {
                let list = tags.entry(tag_place(reg, e)).or_default();
                let url = paging::item_url_for(site, page, cat, item, reg);
                if list.iter().any(|t| t.url == url) {
                    continue;
                }
                let name = format!("{} {} {}", cat.short_title, item_label(item), item.title);
                list.push(Tag { name, url, status: ic.status });
            }
        }
    }
    tags
}

/// Where a piece of evidence's tag is shown: its article, or the row of a
/// 別表 it cites.
fn tag_place(reg: &Regulation, e: &crate::analyze::align::Evidence) -> String {
    let row =
        e.article_id.starts_with("appx-").then(|| reg.provision(&e.article_id)).flatten().zip(e.item_label.as_deref());
    match row.and_then(|(table, cite)| table.item_id(e.paragraph, cite)) {
        Some(row) => row.into_owned(),
        None => e.article_id.clone(),
    }
}

pub(super) fn regulation(site: &Site, badges: &Badges, reg: &Regulation) -> Context {
    let page = paths::regulation(&reg.id);
    let page = page.as_str();
    let mut ctx = base(site, page, &reg.display_title(), "regulation");
    let body = body(site, badges, page, reg);
    let supersedes = reg.meta.supersedes.as_deref().and_then(|old| site.project.regulation(old)).map(|old| {
        (
            old.display_title(),
            paths::relative(page, &paths::regulation(&old.id)),
            paths::relative(page, &paths::taishohyo(&reg.id)),
        )
    });
    let superseded_by: Vec<(String, String)> = site
        .project
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
    ctx.insert("toc", &toc(reg));
    ctx.insert("chapters", &body.chapters);
    ctx.insert("named_chapters", &has_named_chapters(reg));
    ctx.insert("standards", &body.standards);
    ctx.insert("supplementary", &body.supplementary);
    ctx.insert("appendices", &body.appendices);
    ctx.insert("coverage", &coverage_tables(site, page, reg));
    ctx.insert("other_diagnostics", &body.other_diagnostics);
    ctx.insert("diagnostics_count", &reg.diagnostics.len());
    ctx.insert("supersedes", &supersedes);
    ctx.insert("superseded_by", &superseded_by);
    ctx.insert("pairs", &pairs);
    ctx.insert("downloads", &downloads::regulation_links(site, page, reg));
    ctx
}

/// The text of a regulation page: its provisions with their coverage tags
/// and diagnostics, and the diagnostics that belong to no provision.
struct Body {
    chapters: Vec<ChapterView>,
    supplementary: Vec<SupplementaryView>,
    standards: Vec<StandardView>,
    appendices: Vec<AppendixView>,
    other_diagnostics: Vec<DiagView>,
}

fn body(site: &Site, badges: &Badges, page: &str, reg: &Regulation) -> Body {
    let mut tags = tags_by_article(site, page, reg);
    let mut diags: HashMap<String, Vec<DiagView>> = HashMap::new();
    let mut unplaced = Vec::new();
    let anchors = Anchors::of(reg);
    for d in &reg.diagnostics {
        let anchor = anchors.of_diagnostic(d);
        let view = diag_view(page, reg, d, anchor);
        match anchor {
            Some(anchor) => diags.entry(anchor.to_string()).or_default().push(view),
            None => unplaced.push(view),
        }
    }
    let mut article_view = |a: &Article| ArticleView {
        id: a.id.clone(),
        label: a.label.clone(),
        caption: a.caption.clone(),
        heading_line: a.has_heading_line(),
        paragraphs: a.paragraphs.iter().map(para_view).collect(),
        notes: a.notes.clone(),
        tags_html: tags_html(&tags.remove(&a.id).unwrap_or_default(), badges),
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
                tags_html: tags_html(&tags.remove(&s.id).unwrap_or_default(), badges),
                diagnostics: diags.remove(&s.id).unwrap_or_default(),
            }
        })
        .collect();
    let appendices: Vec<AppendixView> = reg
        .appendices
        .iter()
        .map(|a| {
            let mut grid = a.aligned_rows().into_iter();
            let header = grid.next().unwrap_or_default();
            // Row ids count the header as row 1, as the rows' citations do.
            let rows = grid
                .enumerate()
                .map(|(k, cells)| {
                    let id = format!("{}-r{}", a.id, k + 2);
                    RowView { tags_html: tags_html(&tags.remove(&id).unwrap_or_default(), badges), id, cells }
                })
                .collect();
            AppendixView {
                id: a.id.clone(),
                label: a.label.clone(),
                relation: a.relation.clone(),
                title: a.title.clone(),
                header,
                rows,
                text: text_blocks(a, &mut tags, badges),
            }
        })
        .collect();
    // Diagnostics on chapters, 附則 or 別表 headings stay with the page list.
    let mut other_diagnostics: Vec<DiagView> = diags.into_values().flatten().collect();
    other_diagnostics.extend(unplaced);
    other_diagnostics.sort_by_key(|d| d.line);
    Body { chapters, supplementary, standards, appendices, other_diagnostics }
}

/// An appendix's text lines cut at its parts (see [`Appendix::cited_rows`]).
fn text_blocks(a: &crate::model::Appendix, tags: &mut HashMap<String, Vec<Tag>>, badges: &Badges) -> Vec<TextBlock> {
    let mut blocks = Vec::new();
    let mut at = 0;
    let outside = |lines: &[String]| TextBlock { id: None, lines: lines.to_vec(), tags_html: String::new() };
    for part in a.cited_rows().iter().filter(|r| !r.text_lines.is_empty()) {
        if at < part.text_lines.start {
            blocks.push(outside(&a.text[at..part.text_lines.start]));
        }
        blocks.push(TextBlock {
            id: Some(part.id.clone()),
            lines: a.text[part.text_lines.clone()].to_vec(),
            tags_html: tags_html(&tags.remove(&part.id).unwrap_or_default(), badges),
        });
        at = part.text_lines.end;
    }
    if at < a.text.len() {
        blocks.push(outside(&a.text[at..]));
    }
    blocks
}

/// Whether the chapters are real 章 (numbered), not the one implicit chapter.
fn has_named_chapters(reg: &Regulation) -> bool {
    reg.chapters.iter().any(|c| c.number.is_some())
}

/// 目次 generated from the structure, so every entry is a link.
fn toc(reg: &Regulation) -> Vec<TocLine> {
    let mut toc = Vec::new();
    let named_chapters = has_named_chapters(reg);
    for ch in &reg.chapters {
        if named_chapters {
            let range = match (
                ch.sections.iter().flat_map(|s| &s.articles).next(),
                ch.sections.iter().flat_map(|s| &s.articles).last(),
            ) {
                (Some(first), Some(last)) if first.id != last.id => Some(format!("{}―{}", first.label, last.label)),
                (Some(first), _) => Some(first.label.clone()),
                _ => None,
            };
            toc.push(TocLine {
                label: ch.label.clone(),
                title: ch.title.clone(),
                opening: None,
                url: format!("#{}", ch.id),
                depth: 1,
                range,
            });
            for s in ch.sections.iter().filter(|s| s.number.is_some()) {
                toc.push(TocLine {
                    label: s.label.clone(),
                    title: s.title.clone(),
                    opening: None,
                    url: format!("#{}", s.id),
                    depth: 2,
                    range: None,
                });
            }
        } else {
            for a in ch.sections.iter().flat_map(|s| &s.articles) {
                let title = a.heading().unwrap_or_default().to_string();
                let first_text = a.paragraphs.first().map(|p| p.text.as_str()).filter(|t| !t.is_empty());
                toc.push(TocLine {
                    label: a.label.clone(),
                    opening: first_text
                        .filter(|_| title.is_empty())
                        .map(|t| crate::parse::shorten(t, TOC_OPENING_CHARS)),
                    title,
                    url: format!("#{}", a.id),
                    depth: 1,
                    range: None,
                });
            }
        }
    }
    for s in &reg.standards {
        toc.push(TocLine {
            label: format!("{}", s.number),
            title: s.title.clone(),
            opening: None,
            url: format!("#{}", s.id),
            depth: 1,
            range: None,
        });
    }
    for s in &reg.supplementary {
        toc.push(TocLine {
            label: "附則".into(),
            title: String::new(),
            opening: None,
            url: format!("#{}", s.id),
            depth: 1,
            range: None,
        });
    }
    for a in &reg.appendices {
        toc.push(TocLine {
            label: a.label.clone(),
            title: a.title.clone().unwrap_or_default(),
            opening: None,
            url: format!("#{}", a.id),
            depth: 1,
            range: None,
        });
    }
    toc
}

/// The coverage tables of the page, one per catalog the regulation is checked against.
fn coverage_tables(site: &Site, page: &str, reg: &Regulation) -> Vec<CoverageTable> {
    let provisions = Provisions::of(reg);
    site.project
        .catalogs_of(reg)
        .into_iter()
        .filter_map(|cat| {
            let report = site.analysis.coverage_of(&reg.id, &cat.id)?;
            let rows = coverage_rows(site, page, &provisions, cat, report);
            Some(CoverageTable {
                gaps: rows.iter().filter(|r| r.is_gap).count(),
                catalog: cat.short_title.clone(),
                catalog_title: cat.title.clone(),
                model_url: paths::relative(page, &paths::model_compare(&reg.id, &cat.id)),
                matrix_url: paging::matrix_url_for(site, page, cat, reg),
                counts: counts(report.items.iter().map(|i| i.status)),
                rows,
                additions: report.additions.iter().map(|a| provisions.link(page, a)).collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags are written as the `tags` macro wrote them: the badge the
    /// `status_badge` filter gives, the texts escaped, nothing for none.
    #[test]
    fn tags_are_written_with_the_filters_badge_and_escaped() {
        let (_, badges) = templates::load(None).unwrap();
        let badge = templates::badge(&badges, "partial").unwrap();
        assert!(badge.contains('△'), "{badge}");
        let tag = Tag {
            name: "番号GL 1-1 総括<保護>管理者".to_string(),
            url: "../catalog/a&b/1-1.html".to_string(),
            status: CoverageStatus::Partial,
        };
        assert_eq!(
            tags_html(&[tag], &badges),
            format!(
                "<ul class=\"tags\" aria-label=\"対応する項目\"><li><a class=\"tag tag-partial\" \
                 href=\"../catalog/a&amp;b/1-1.html\" title=\"番号GL 1-1 総括&lt;保護&gt;管理者: 一部\">{badge} \
                 番号GL 1-1 総括&lt;保護&gt;管理者</a></li></ul>"
            )
        );
        assert_eq!(tags_html(&[], &badges), "");
    }
}
