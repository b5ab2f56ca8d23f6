//! Item pages cut into pages. An item page's table has a row for every
//! regulation of its catalog with a provision for the item (○, △ and -),
//! so it grows with the corpus; the rows are cut into pages of
//! [`ITEM_PAGE_ROWS`], in listing order. Page 1 keeps the item's path and
//! lists the × regulations too; page n is `<item>~n.html`
//! ([`paths::item_page`]). A link about one regulation's result for an
//! item goes to the page holding its row ([`item_url_for`]).
use super::*;
use crate::pipeline::cache::KeyHasher;

/// Rows of one item page. A row quotes up to two provisions with their
/// marks and flags: 4–10 KB of HTML, and about one landscape A4 sheet when
/// printed. 50 rows keep a page under half a megabyte whatever the corpus
/// (the largest item page went from 0.83 MB and 178 printed sheets to
/// 0.31 MB and 66 at N = 250, from 6.6 MB to 0.49 MB at N = 2,000), light
/// for an old city-hall PC, while most prefectures' municipalities (20 to
/// 60, one rule each) still fit on one or two pages.
pub const ITEM_PAGE_ROWS: usize = 50;

/// Page numbers shown on each side of the current one in the pager; the
/// first and last pages are always shown, the others become 「…」.
const PAGER_NEIGHBOURS: usize = 2;

/// Whether a regulation's result for an item is a row of the item page's
/// table; the others (×) are listed, as links, on page 1.
pub(super) fn has_row(status: CoverageStatus) -> bool {
    status != CoverageStatus::Missing
}

/// Every regulation's result for every item, as the item pages cut it,
/// computed once per build ([`paging`]), so a page (and its key) reads
/// its own rows instead of looking up every regulation of the catalog.
pub struct ItemPaging {
    /// Per catalog (index in the project's catalogs): item id → index.
    items: Vec<HashMap<String, usize>>,
    /// Per catalog, per item: the regulations with a result for it
    /// (indices in the project's regulations, ascending: listing order)
    /// and its status.
    results: Vec<Vec<Vec<(usize, CoverageStatus)>>>,
    /// Per catalog, per item: the regulations with a row, ascending.
    rows: Vec<Vec<Vec<usize>>>,
    /// Per catalog, per item: a digest of `results` (ids and statuses),
    /// what every page of the item shows of every regulation.
    digests: Vec<Vec<u128>>,
    catalogs: HashMap<String, usize>,
    regulations: HashMap<String, usize>,
}

/// The paging of `site`'s item pages (made on first use).
pub(super) fn paging(site: &Site) -> &ItemPaging {
    site.item_paging.get_or_init(|| ItemPaging::compute(site))
}

/// The result of `reg` for item `item_id` of `cat`: the first one its
/// coverage report holds, as every page shows it.
pub(super) fn item_result<'a>(
    site: &'a Site,
    cat: &Catalog,
    reg: &Regulation,
    item_id: &str,
) -> Option<&'a ItemCoverage> {
    site.analysis.coverage_of(&reg.id, &cat.id)?.items.iter().find(|i| i.item_id == item_id)
}

impl ItemPaging {
    fn compute(site: &Site) -> ItemPaging {
        let regulations: HashMap<String, usize> =
            site.project.regulations.iter().enumerate().map(|(r, reg)| (reg.id.clone(), r)).collect();
        let catalogs = site.project.catalogs.iter().enumerate().map(|(c, cat)| (cat.id.clone(), c)).collect();
        let mut items = Vec::new();
        let mut results = Vec::new();
        for cat in &site.project.catalogs {
            let index: HashMap<String, usize> =
                cat.items.iter().enumerate().map(|(i, item)| (item.id.clone(), i)).collect();
            let mut cat_results = vec![Vec::new(); cat.items.len()];
            for reg in regs_of_catalog(site, cat) {
                let Some(report) = site.analysis.coverage_of(&reg.id, &cat.id) else { continue };
                let mut seen = vec![false; cat.items.len()];
                for ic in &report.items {
                    // The first result of an item is the one its pages show.
                    let Some(&i) = index.get(&ic.item_id) else { continue };
                    if !std::mem::replace(&mut seen[i], true) {
                        cat_results[i].push((regulations[&reg.id], ic.status));
                    }
                }
            }
            items.push(index);
            results.push(cat_results);
        }
        let rows = results
            .iter()
            .map(|items| {
                items.iter().map(|list| list.iter().filter(|(_, s)| has_row(*s)).map(|(r, _)| *r).collect()).collect()
            })
            .collect();
        let digests = results
            .iter()
            .map(|items| {
                items
                    .iter()
                    .map(|list| {
                        let mut h = KeyHasher::default();
                        for (r, status) in list {
                            h.add_bytes(site.project.regulations[*r].id.as_bytes());
                            h.add_bytes(status.symbol().as_bytes());
                        }
                        h.finish()
                    })
                    .collect()
            })
            .collect();
        ItemPaging { items, results, rows, digests, catalogs, regulations }
    }

    /// Every regulation's result for item `i` of catalog `c`: (index in
    /// the project's regulations, status), in listing order.
    pub fn results(&self, c: usize, i: usize) -> &[(usize, CoverageStatus)] {
        &self.results[c][i]
    }

    /// A digest of [`ItemPaging::results`]: the counts and which page
    /// holds each row, shown on every page of the item.
    pub fn digest(&self, c: usize, i: usize) -> u128 {
        self.digests[c][i]
    }

    /// The regulations page `n` of item `i` of catalog `c` shows, in
    /// listing order: its rows and, on page 1, the × regulations.
    pub fn shown_on(&self, c: usize, i: usize, n: usize) -> impl Iterator<Item = (usize, CoverageStatus)> + '_ {
        let shown = rows_on_page(n);
        let mut row = 0;
        self.results[c][i].iter().copied().filter(move |&(_, status)| {
            if !has_row(status) {
                return n == 1;
            }
            row += 1;
            shown.contains(&(row - 1))
        })
    }

    /// The number of rows of item `i` of catalog `c`.
    pub fn row_count(&self, c: usize, i: usize) -> usize {
        self.rows[c][i].len()
    }

    /// The number of pages of item `i` of catalog `c` (at least 1).
    pub fn page_count(&self, c: usize, i: usize) -> usize {
        self.row_count(c, i).div_ceil(ITEM_PAGE_ROWS).max(1)
    }

    /// The page holding regulation `r`'s row for item `i` of catalog `c`;
    /// page 1 (where × regulations are listed) when it has none.
    fn page_of_index(&self, c: usize, i: usize, r: usize) -> usize {
        self.rows[c][i].binary_search(&r).map_or(1, |row| row / ITEM_PAGE_ROWS + 1)
    }

    /// The page of item `item_id` of catalog `cat_id` holding the row of
    /// regulation `reg_id` (1 when it has none).
    pub fn page_of(&self, cat_id: &str, item_id: &str, reg_id: &str) -> usize {
        let c = self.catalogs.get(cat_id);
        let i = c.and_then(|c| self.items[*c].get(item_id));
        let r = self.regulations.get(reg_id);
        match (c, i, r) {
            (Some(c), Some(i), Some(r)) => self.page_of_index(*c, *i, *r),
            _ => 1,
        }
    }

    /// The page of every item of every catalog that holds regulation
    /// `r`'s row: what its own pages' links to item pages depend on.
    pub fn pages_of_regulation(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        self.rows
            .iter()
            .enumerate()
            .flat_map(move |(c, items)| (0..items.len()).map(move |i| self.page_of_index(c, i, r)))
    }
}

/// The rows (positions in the item's table, from 0) on page `page`.
pub(super) fn rows_on_page(page: usize) -> std::ops::Range<usize> {
    let first = (page.max(1) - 1) * ITEM_PAGE_ROWS;
    first..first + ITEM_PAGE_ROWS
}

/// The link, from `page`, to the page of `item` that holds `reg`'s row.
pub(super) fn item_url_for(site: &Site, page: &str, cat: &Catalog, item: &CatalogItem, reg: &Regulation) -> String {
    let n = paging(site).page_of(&cat.id, &item.id, &reg.id);
    paths::relative(page, &paths::item_page(&cat.id, &item.id, n))
}

/// One entry of the pager: a page number, or a gap (「…」) when `url` is None.
#[derive(Serialize)]
struct PagerEntry {
    number: usize,
    url: Option<String>,
    current: bool,
}

/// What a paged item page shows above and below its table.
#[derive(Serialize)]
pub(super) struct PagerView {
    /// This page and the number of pages.
    current: usize,
    pages: usize,
    /// Rows in all pages, and the first and last row of this one (from 1).
    total: usize,
    first: usize,
    last: usize,
    prev: Option<String>,
    next: Option<String>,
    entries: Vec<PagerEntry>,
    /// Page 1, where the × regulations are listed.
    first_page_url: String,
}

/// The pager of page `current` of an item with `total` rows, as seen from
/// `page_path`; `url(n)` is the path of page n. None when the item fits on one page.
pub(super) fn pager(page_path: &str, current: usize, total: usize, url: impl Fn(usize) -> String) -> Option<PagerView> {
    let pages = total.div_ceil(ITEM_PAGE_ROWS);
    if pages <= 1 {
        return None;
    }
    let link = |n: usize| paths::relative(page_path, &url(n));
    let range = rows_on_page(current);
    let entries = pager_numbers(current, pages)
        .into_iter()
        .map(|n| match n {
            Some(n) => PagerEntry { number: n, url: Some(link(n)), current: n == current },
            None => PagerEntry { number: 0, url: None, current: false },
        })
        .collect();
    Some(PagerView {
        current,
        pages,
        total,
        first: range.start + 1,
        last: range.end.min(total),
        prev: (current > 1).then(|| link(current - 1)),
        next: (current < pages).then(|| link(current + 1)),
        entries,
        first_page_url: link(1),
    })
}

/// The page numbers a pager lists for page `current` of `pages`: the
/// first, the last and [`PAGER_NEIGHBOURS`] on each side of the current
/// one, None for each gap between them (a gap of one page is shown as it).
fn pager_numbers(current: usize, pages: usize) -> Vec<Option<usize>> {
    let near = |n: usize| n == 1 || n == pages || n.abs_diff(current) <= PAGER_NEIGHBOURS;
    let mut out = Vec::new();
    for n in 1..=pages {
        let shown = near(n) || (n > 1 && n < pages && near(n - 1) && near(n + 1));
        if shown {
            out.push(Some(n));
        } else if out.last() != Some(&None) {
            out.push(None);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(current: usize, pages: usize) -> String {
        pager_numbers(current, pages)
            .iter()
            .map(|n| n.map_or("…".to_string(), |n| n.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_pager_lists_the_ends_and_the_neighbours_of_the_current_page() {
        assert_eq!(shown(1, 2), "1 2");
        assert_eq!(shown(1, 7), "1 2 3 … 7");
        assert_eq!(shown(4, 7), "1 2 3 4 5 6 7");
        assert_eq!(shown(5, 40), "1 2 3 4 5 6 7 … 40");
        assert_eq!(shown(20, 40), "1 … 18 19 20 21 22 … 40");
        assert_eq!(shown(40, 40), "1 … 38 39 40");
    }

    #[test]
    fn pages_hold_their_rows_and_the_last_the_rest() {
        assert_eq!(rows_on_page(1), 0..ITEM_PAGE_ROWS);
        assert_eq!(rows_on_page(2), ITEM_PAGE_ROWS..2 * ITEM_PAGE_ROWS);
        let total = 2 * ITEM_PAGE_ROWS + 3;
        let last = pager("catalog/c/i~3.html", 3, total, |n| paths::item_page("c", "i", n)).unwrap();
        assert_eq!((last.pages, last.first, last.last), (3, 2 * ITEM_PAGE_ROWS + 1, total));
        assert_eq!(last.prev.as_deref(), Some("../../catalog/c/i~2.html"));
        assert_eq!(last.next, None);
        assert_eq!(last.first_page_url, "../../catalog/c/i.html");
        assert!(pager("catalog/c/i.html", 1, ITEM_PAGE_ROWS, |n| paths::item_page("c", "i", n)).is_none());
    }
}
