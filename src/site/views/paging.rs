//! Item pages and matrices cut into pages. An item page's table has a row
//! for every regulation of its catalog with a provision for the item (○,
//! △ and -), and a catalog's matrix a column for every regulation checked
//! against it, so both grow with the corpus. The rows are cut into pages
//! of [`ITEM_PAGE_ROWS`], the columns into pages of
//! [`MATRIX_PAGE_COLUMNS`], in listing order. Page 1 keeps the page's path
//! (an item page's also lists the × regulations); page n is
//! `<item>~n.html` ([`paths::item_page`]) or `<catalog>~n.html`
//! ([`paths::matrix_page`]). A link about one regulation's result goes to
//! the page holding its row ([`item_url_for`]) or column
//! ([`matrix_url_for`]).
use super::*;
use crate::pipeline::key::KeyHasher;

/// Rows of one item page. A row quotes up to two provisions with their
/// marks and flags: 4–10 KB of HTML, and about one landscape A4 sheet when
/// printed. 50 rows keep a page under half a megabyte whatever the corpus
/// (the largest item page went from 0.83 MB and 178 printed sheets to
/// 0.31 MB and 66 at N = 250, from 6.6 MB to 0.49 MB at N = 2,000), light
/// for an old city-hall PC, while most prefectures' municipalities (20 to
/// 60, one rule each) still fit on one or two pages.
pub const ITEM_PAGE_ROWS: usize = 50;

/// Columns of one matrix page, so that a page prints on A4 landscape
/// without losing columns: a browser cannot carry a table's columns over
/// to another sheet, and the print stylesheet's columns take about 75 px
/// (7.5 pt, the longest detail such as 「第16条第3項」) of the 1,047 px a
/// landscape sheet holds, beside the item column. Ten also fit a screen
/// without scrolling sideways. At N = 2,000 the 指針's matrix had been one
/// page of 1,500 columns (18.9 MB); a page is now about 160 KB.
pub const MATRIX_PAGE_COLUMNS: usize = 10;

/// Page numbers shown on each side of the current one in the pager; the
/// first and last pages are always shown, the others become 「…」.
const PAGER_NEIGHBOURS: usize = 2;

/// Whether a regulation's result for an item is a row of the item page's
/// table; the others (×) are listed, as links, on page 1.
pub(super) fn has_row(status: CoverageStatus) -> bool {
    status != CoverageStatus::Missing
}

/// Every regulation's result for every item, as the item pages cut it,
/// and the regulations of every matrix, computed once per build
/// ([`paging`]), so a page (and its key) reads its own rows or columns
/// instead of looking up every regulation of the catalog.
pub struct Paging {
    /// Per catalog: the regulations checked against it (indices in the
    /// project's regulations, ascending: listing order), its matrix's columns.
    columns: Vec<Vec<usize>>,
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
pub(super) fn paging(site: &Site) -> &Paging {
    site.paging.get_or_init(|| Paging::compute(site))
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

impl Paging {
    fn compute(site: &Site) -> Paging {
        let regulations: HashMap<String, usize> =
            site.project.regulations.iter().enumerate().map(|(r, reg)| (reg.id.clone(), r)).collect();
        let catalogs = site.project.catalogs.iter().enumerate().map(|(c, cat)| (cat.id.clone(), c)).collect();
        let mut items = Vec::new();
        let mut results = Vec::new();
        let mut columns = Vec::new();
        for cat in &site.project.catalogs {
            columns.push(regs_of_catalog(site, cat).iter().map(|reg| regulations[&reg.id]).collect());
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
        Paging { columns, items, results, rows, digests, catalogs, regulations }
    }

    /// The number of pages of catalog `c`'s matrix (at least 1).
    pub fn matrix_page_count(&self, c: usize) -> usize {
        self.columns[c].len().div_ceil(MATRIX_PAGE_COLUMNS).max(1)
    }

    /// The regulations of catalog `c` (indices in the project's
    /// regulations, in column order) and the columns of them on matrix page `n`.
    pub fn matrix_columns(&self, c: usize, n: usize) -> (&[usize], std::ops::Range<usize>) {
        let all = &self.columns[c];
        let range = on_page(n, MATRIX_PAGE_COLUMNS);
        let shown = range.start.min(all.len())..range.end.min(all.len());
        (all, shown)
    }

    /// The matrix page of catalog `cat_id` holding regulation `reg_id`'s
    /// column (1 when it has none).
    pub fn matrix_page_of(&self, cat_id: &str, reg_id: &str) -> usize {
        match (self.catalogs.get(cat_id), self.regulations.get(reg_id)) {
            (Some(c), Some(r)) => self.matrix_page_of_index(*c, *r),
            _ => 1,
        }
    }

    fn matrix_page_of_index(&self, c: usize, r: usize) -> usize {
        page_holding(&self.columns[c], r, MATRIX_PAGE_COLUMNS)
    }

    /// Every regulation's result for item `i` of catalog `c`: (index in
    /// the project's regulations, status), in listing order.
    pub fn results(&self, c: usize, i: usize) -> &[(usize, CoverageStatus)] {
        &self.results[c][i]
    }

    /// A digest of [`Paging::results`]: the counts and which page
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
        page_holding(&self.rows[c][i], r, ITEM_PAGE_ROWS)
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
    /// `r`'s row, then the page of every catalog's matrix that holds its
    /// column: what its own pages' links to item and matrix pages depend on.
    pub fn pages_of_regulation(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        let items = self
            .rows
            .iter()
            .enumerate()
            .flat_map(move |(c, items)| (0..items.len()).map(move |i| self.page_of_index(c, i, r)));
        items.chain((0..self.columns.len()).map(move |c| self.matrix_page_of_index(c, r)))
    }
}

/// The rows (positions in the item's table, from 0) on page `page`.
pub(super) fn rows_on_page(page: usize) -> std::ops::Range<usize> {
    on_page(page, ITEM_PAGE_ROWS)
}

/// The page (from 1) holding regulation `r` in `sorted`, the regulations
/// of a table in order, `per_page` a page; page 1 when it is not there.
fn page_holding(sorted: &[usize], r: usize, per_page: usize) -> usize {
    sorted.binary_search(&r).map_or(1, |position| position / per_page + 1)
}

/// The positions (from 0) on page `page` of pages of `per_page`.
fn on_page(page: usize, per_page: usize) -> std::ops::Range<usize> {
    let first = (page.max(1) - 1) * per_page;
    first..first + per_page
}

/// The link, from `page`, to the page of `item` that holds `reg`'s row.
pub(super) fn item_url_for(site: &Site, page: &str, cat: &Catalog, item: &CatalogItem, reg: &Regulation) -> String {
    let n = paging(site).page_of(&cat.id, &item.id, &reg.id);
    paths::relative(page, &paths::item_page(&cat.id, &item.id, n))
}

/// The link, from `page`, to the page of `cat`'s matrix that holds `reg`'s column.
pub(super) fn matrix_url_for(site: &Site, page: &str, cat: &Catalog, reg: &Regulation) -> String {
    let n = paging(site).matrix_page_of(&cat.id, &reg.id);
    paths::relative(page, &paths::matrix_page(&cat.id, n))
}

/// One entry of the pager: a page number, or a gap (「…」) when `url` is None.
#[derive(Serialize)]
struct PagerEntry {
    number: usize,
    url: Option<String>,
    current: bool,
}

/// What a paged item or matrix page shows above and below its table.
#[derive(Serialize)]
pub(super) struct PagerView {
    /// This page and the number of pages.
    current: usize,
    pages: usize,
    /// Rows (columns) in all pages, and the first and last of this one (from 1).
    total: usize,
    first: usize,
    last: usize,
    prev: Option<String>,
    next: Option<String>,
    entries: Vec<PagerEntry>,
    /// Page 1, where the × regulations are listed.
    first_page_url: String,
}

/// The pager of page `current` of a table of `total` rows (or columns),
/// `per_page` a page, as seen from `page_path`; `url(n)` is the path of
/// page n. None when the table fits on one page.
pub(super) fn pager(
    page_path: &str,
    current: usize,
    total: usize,
    per_page: usize,
    url: impl Fn(usize) -> String,
) -> Option<PagerView> {
    let pages = total.div_ceil(per_page);
    if pages <= 1 {
        return None;
    }
    let link = |n: usize| paths::relative(page_path, &url(n));
    let range = on_page(current, per_page);
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
        let last = pager("catalog/c/i~3.html", 3, total, ITEM_PAGE_ROWS, |n| paths::item_page("c", "i", n)).unwrap();
        assert_eq!((last.pages, last.first, last.last), (3, 2 * ITEM_PAGE_ROWS + 1, total));
        assert_eq!(last.prev.as_deref(), Some("../../catalog/c/i~2.html"));
        assert_eq!(last.next, None);
        assert_eq!(last.first_page_url, "../../catalog/c/i.html");
        assert!(
            pager("catalog/c/i.html", 1, ITEM_PAGE_ROWS, ITEM_PAGE_ROWS, |n| paths::item_page("c", "i", n)).is_none()
        );
    }
}
