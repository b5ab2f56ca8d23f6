//! Item pages cut into pages of `site::ITEM_PAGE_ROWS` rows, and matrices
//! into pages of `site::MATRIX_PAGE_COLUMNS` columns: checked on a
//! corpus whose items run over one page (copies of the seeds, see
//! `corpus::copy_seeds_over_one_page`) against the matrix, which lists
//! every regulation's status for every item in listing order; and on the
//! seeds, whose items fit on one page and whose item pages are unchanged.
#[path = "support/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use regex::Regex;
use reiki::site::{self, linkcheck, BuildOptions, ITEM_PAGE_ROWS, MATRIX_PAGE_COLUMNS};

const CATALOG: &str = "ppc-shishin";

/// The site of a corpus whose item pages run over one page, built once.
fn paged_site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = SITE.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        corpus::copy_seeds_over_one_page(tmp.path());
        let mut options = BuildOptions::in_project(tmp.path());
        options.catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs");
        let report = site::build(&options).unwrap();
        assert!(report.load_errors.is_empty(), "{:?}", report.load_errors);
        let out = tmp.path().join("site");
        (tmp, out)
    });
    out
}

fn read(site: &Path, page: &str) -> String {
    std::fs::read_to_string(site.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// One item as the matrix shows it: every regulation of the catalog (by
/// id, in listing order) with its status class (covered, partial, missing, na).
struct MatrixItem {
    /// The item's file stem (`5-8`).
    stem: String,
    statuses: Vec<(String, String)>,
}

impl MatrixItem {
    /// The regulations with a row on the item page (○, △, -), in order.
    fn rows(&self) -> Vec<&str> {
        self.statuses.iter().filter(|(_, s)| s != "missing").map(|(id, _)| id.as_str()).collect()
    }

    fn missing(&self) -> Vec<&str> {
        self.statuses.iter().filter(|(_, s)| s == "missing").map(|(id, _)| id.as_str()).collect()
    }

    fn pages(&self) -> usize {
        self.rows().len().div_ceil(ITEM_PAGE_ROWS).max(1)
    }

    /// The path of page `n`.
    fn page(&self, n: usize) -> String {
        match n {
            1 => format!("catalog/{CATALOG}/{}.html", self.stem),
            n => format!("catalog/{CATALOG}/{}~{n}.html", self.stem),
        }
    }

    /// The page that should hold `reg`'s row: page 1 when it has none.
    fn page_of(&self, reg: &str) -> usize {
        self.rows().iter().position(|r| *r == reg).map_or(1, |row| row / ITEM_PAGE_ROWS + 1)
    }
}

/// The leaf items of the catalog's matrix, by stem.
fn matrix_items(site: &Path) -> BTreeMap<String, MatrixItem> {
    let row = Regex::new(r#"<th scope="row" class="m-item"><a href="\.\./catalog/[^/]+/([^"]+)\.html""#).unwrap();
    let cell = Regex::new(r#"<td class="m-cell cell-([a-z]+)">"#).unwrap();
    let mut items: BTreeMap<String, MatrixItem> = BTreeMap::new();
    // The matrix's pages, each with its columns, joined in order.
    for html in matrix_pages(site) {
        let regs = matrix_columns(&html);
        for tr in html.split("<tr ").skip(1).filter(|tr| tr.contains(r#"class="m-item"><a"#)) {
            let tr = &tr[..tr.find("</tr>").unwrap()];
            let stem = row.captures(tr).unwrap()[1].to_string();
            let classes = cell.captures_iter(tr).map(|c| c[1].to_string());
            let statuses: Vec<(String, String)> = regs.iter().cloned().zip(classes).collect();
            assert_eq!(statuses.len(), regs.len(), "{stem}: a cell for every regulation");
            let item = items.entry(stem.clone()).or_insert(MatrixItem { stem, statuses: Vec::new() });
            item.statuses.extend(statuses);
        }
    }
    assert!(items.len() > 20, "{} items", items.len());
    items
}

/// The pages of the catalog's matrix, in order.
fn matrix_pages(site: &Path) -> Vec<String> {
    (1..)
        .map(|n| match n {
            1 => format!("matrix/{CATALOG}.html"),
            n => format!("matrix/{CATALOG}~{n}.html"),
        })
        .map_while(|page| std::fs::read_to_string(site.join(page)).ok())
        .collect()
}

/// The regulations of a matrix page's columns, in order.
fn matrix_columns(html: &str) -> Vec<String> {
    let column = Regex::new(r#"<th scope="col" class="m-reg"><a href="\.\./reg/([^"]+)\.html""#).unwrap();
    column.captures_iter(html).map(|c| c[1].to_string()).collect()
}

/// The regulations of an item page's rows, in order.
fn row_regs(html: &str) -> Vec<String> {
    let row = Regex::new(r#"<th scope="row"><a href="\.\./\.\./reg/([^"]+)\.html""#).unwrap();
    row.captures_iter(html).map(|c| c[1].to_string()).collect()
}

/// The regulations of page 1's × list.
fn missing_regs(html: &str) -> Vec<String> {
    let Some(list) = html.split(r#"<ul class="missing-list">"#).nth(1) else { return Vec::new() };
    let list = &list[..list.find("</ul>").unwrap()];
    let link = Regex::new(r#"<a href="\.\./\.\./reg/([^"]+)\.html""#).unwrap();
    link.captures_iter(list).map(|c| c[1].to_string()).collect()
}

#[test]
fn item_pages_over_one_page_hold_their_rows_in_listing_order() {
    let site = paged_site();
    let items = matrix_items(site);
    let paged: Vec<&MatrixItem> = items.values().filter(|i| i.pages() > 1).collect();
    assert!(!paged.is_empty(), "the corpus runs over one page");
    for item in items.values() {
        let rows = item.rows();
        let pages = item.pages();
        for n in 1..=pages {
            let html = read(site, &item.page(n));
            let shown = &rows[(n - 1) * ITEM_PAGE_ROWS..(n * ITEM_PAGE_ROWS).min(rows.len())];
            assert_eq!(row_regs(&html), shown, "{} page {n}", item.stem);
            // The × list, whole, on page 1 only.
            let missing = if n == 1 { item.missing() } else { Vec::new() };
            assert_eq!(missing_regs(&html), missing, "{} page {n}", item.stem);
            if pages > 1 {
                let (first, last) = ((n - 1) * ITEM_PAGE_ROWS + 1, (n * ITEM_PAGE_ROWS).min(rows.len()));
                let shown = if first == last { format!("{first}") } else { format!("{first}–{last}") };
                let range = format!("全 {} 件中 {shown} 件目を表示（{n}/{pages} ページ）", rows.len());
                assert!(html.contains(&range), "{} page {n}: {range}", item.stem);
                let count = |class: &str| item.statuses.iter().filter(|(_, s)| s == class).count();
                let counts = format!(
                    "全 {} 例規の判定: <span class=\"st st-covered\" aria-hidden=\"true\">○</span> 充足 {}",
                    item.statuses.len(),
                    count("covered")
                );
                assert!(html.contains(&counts), "{} page {n}: counts over all regulations", item.stem);
                assert!(html.contains(&format!("欠落 {}", count("missing"))), "{} page {n}", item.stem);
                assert!(html.contains(&format!("（{n}/{pages} ページ） — ページ送りの試験</title>")));
            } else {
                assert!(!html.contains("page-range") && !html.contains("class=\"pager"), "{}", item.stem);
            }
        }
        // No page past the last.
        assert!(!site.join(item.page(pages + 1)).exists(), "{}", item.stem);
    }
}

#[test]
fn the_pager_links_the_pages_of_an_item_and_is_not_printed() {
    let site = paged_site();
    let items = matrix_items(site);
    let item = items.values().find(|i| i.pages() > 1).expect("an item over one page");
    let stem = &item.stem;
    let first = read(site, &item.page(1));
    let last = read(site, &item.page(item.pages()));
    // Above and below the table; hidden in print, where the range line says what the page holds.
    assert_eq!(first.matches(r#"<nav class="pager no-print""#).count(), 2);
    assert!(!first.contains("rel=\"prev\""));
    assert!(first.contains(r#"<span class="pager-off">前へ</span>"#));
    assert!(first.contains(&format!(r#"<a href="../../catalog/{CATALOG}/{stem}~2.html" rel="next">次へ</a>"#)));
    assert!(first.contains(&format!(
        r#"<a href="../../catalog/{CATALOG}/{stem}.html" aria-current="page" aria-label="1 ページ目">1</a>"#
    )));
    let n = item.pages();
    let prev = item.page(n - 1);
    assert!(last.contains(&format!(r#"<a href="../../{prev}" rel="prev">前へ</a>"#)), "{prev}");
    assert!(last.contains(r#"<span class="pager-off">次へ</span>"#));
    assert!(last.contains(&format!(r#"aria-current="page" aria-label="{n} ページ目">{n}</a>"#)));
    assert_eq!(last.matches("aria-current=\"page\"").count(), 2, "the current page only, in both pagers");
    // Later pages point to page 1 for the × list.
    if !item.missing().is_empty() {
        assert!(last.contains(&format!(r#"件は <a href="../../catalog/{CATALOG}/{stem}.html">1 ページ目</a>"#)));
    }
}

#[test]
fn links_about_a_regulation_land_on_the_page_holding_its_row() {
    let site = paged_site();
    let items = matrix_items(site);
    let link = Regex::new(&format!(r#"href="\.\./catalog/{CATALOG}/([^"~]+)(?:~(\d+))?\.html""#)).unwrap();
    let mut checked = 0;
    let mut later = 0;
    for entry in std::fs::read_dir(site.join("model")).unwrap().chain(std::fs::read_dir(site.join("reg")).unwrap()) {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let reg = name.split("--").next().unwrap();
        let html = std::fs::read_to_string(&path).unwrap();
        for c in link.captures_iter(&html) {
            let Some(item) = items.get(&c[1]) else { continue }; // a group heading
            let page: usize = c.get(2).map_or(1, |n| n.as_str().parse().unwrap());
            assert_eq!(page, item.page_of(reg), "{name}: {}", &c[0]);
            if page > 1 {
                assert!(row_regs(&read(site, &item.page(page))).iter().any(|r| r == reg), "{name}: {}", &c[0]);
                later += 1;
            }
            checked += 1;
        }
    }
    assert!(checked > 1000 && later > 10, "{checked} links, {later} to a later page");
    // The matrix's item headings are about the item: page 1.
    let matrix = read(site, &format!("matrix/{CATALOG}.html"));
    let headings: Vec<_> = link.captures_iter(&matrix).collect();
    assert!(headings.len() > 20 && headings.iter().all(|c| c.get(2).is_none()), "{} headings", headings.len());
    let report = linkcheck::check(site).unwrap();
    let broken: Vec<String> = report.broken.iter().take(20).map(|b| b.to_string()).collect();
    assert!(report.broken.is_empty(), "{} broken links:\n{}", report.broken.len(), broken.join("\n"));
}

#[test]
fn the_matrix_is_cut_into_pages_of_columns_and_each_regulation_links_to_its_own() {
    let site = paged_site();
    let pages = matrix_pages(site);
    let columns: Vec<Vec<String>> = pages.iter().map(|html| matrix_columns(html)).collect();
    let all: Vec<&String> = columns.iter().flatten().collect();
    // Every regulation checked against the catalog has one column, in
    // listing order (the order of the home page's list).
    let home = read(site, "index.html");
    let listed: Vec<String> = Regex::new(r#"<a href="reg/([^"]+)\.html""#)
        .unwrap()
        .captures_iter(&home)
        .map(|c| c[1].to_string())
        .filter(|id| all.contains(&id))
        .fold(Vec::new(), |mut ids, id| {
            if !ids.contains(&id) {
                ids.push(id);
            }
            ids
        });
    assert_eq!(all, listed.iter().collect::<Vec<_>>(), "one column per regulation, in listing order");
    assert!(all.len() > MATRIX_PAGE_COLUMNS, "{} columns", all.len());
    assert_eq!(pages.len(), all.len().div_ceil(MATRIX_PAGE_COLUMNS));
    assert_eq!(columns[0].len(), MATRIX_PAGE_COLUMNS, "a full first page");
    for (n, html) in pages.iter().enumerate().map(|(i, h)| (i + 1, h)) {
        let (first, last) = ((n - 1) * MATRIX_PAGE_COLUMNS + 1, ((n - 1) * MATRIX_PAGE_COLUMNS + columns[n - 1].len()));
        let range = format!("全 {} 例規中 {first}–{last} 列目を表示（{n}/{} ページ）", all.len(), pages.len());
        assert!(html.contains(&range), "page {n}: {range}");
        assert_eq!(html.matches(r#"<nav class="pager no-print""#).count(), 2, "page {n}: a pager above and below");
        // A group heading spans this page's columns.
        assert!(html.contains(&format!(r#"colspan="{}""#, columns[n - 1].len() + 2)), "page {n}");
    }
    // A regulation's page links to the matrix page holding its column.
    for (n, ids) in columns.iter().enumerate().map(|(i, ids)| (i + 1, ids)) {
        let target = match n {
            1 => format!("../matrix/{CATALOG}.html"),
            n => format!("../matrix/{CATALOG}~{n}.html"),
        };
        for id in ids {
            let html = read(site, &format!("reg/{id}.html"));
            assert!(html.contains(&format!(r#"<a href="{target}">全団体の一覧表</a>"#)), "{id}: {target}");
        }
    }
}

#[test]
fn a_site_whose_items_fit_on_one_page_is_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::in_project(Path::new(env!("CARGO_MANIFEST_DIR")));
    options.output = tmp.path().join("site");
    site::build(&options).unwrap();
    let folder = options.output.join(format!("catalog/{CATALOG}"));
    let mut pages = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(!name.contains('~'), "{name}: no later page");
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(!html.contains("pager") && !html.contains("page-range") && !html.contains("item-counts"), "{name}");
        pages += 1;
    }
    assert!(pages > 40, "{pages} pages");
    // One item page byte for byte as before paging (a row per regulation, × listed, no pager).
    let html = std::fs::read_to_string(folder.join("1-1.html")).unwrap();
    insta::assert_snapshot!("seed_item_page_1-1", html);
}
