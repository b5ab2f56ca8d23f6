//! Incremental builds (`.reiki-cache`): a build that reads the cache writes
//! byte for byte the site a build without it writes, after an edit, with a
//! damaged cache, and with a published page changed by hand.
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reiki::site::{self, BuildOptions};

#[path = "support/corpus.rs"]
mod corpus;

/// A project holding a copy of the shipped corpus (8 regulations, two
/// configured pairs, a regulation and the version it supersedes).
struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["regulations", "catalogs"] {
            copy_folder(&repo.join(folder), &dir.path().join(folder));
        }
        std::fs::copy(repo.join("reiki.yaml"), dir.path().join("reiki.yaml")).unwrap();
        Project { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn cache(&self) -> PathBuf {
        self.root().join(".reiki-cache")
    }

    /// A build into `output`, with the project's cache or without one.
    fn build(&self, output: &str, cached: bool) -> site::BuildReport {
        let mut options = BuildOptions::in_project(self.root());
        options.output = self.root().join(output);
        options.cache = cached.then(|| self.cache());
        site::build(&options).unwrap()
    }

    /// Adds `sentence` after the first sentence of the body of `file`.
    fn edit(&self, file: &str, sentence: &str) {
        let path = self.root().join("regulations").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let body = text.match_indices("---\n").nth(1).unwrap().0 + 4;
        let at = body + text[body..].find('。').unwrap() + '。'.len_utf8();
        std::fs::write(&path, format!("{}{sentence}{}", &text[..at], &text[at..])).unwrap();
    }
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file of a site by relative path, with its bytes.
fn files(site: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(site).into_iter().map(Result::unwrap) {
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(site).unwrap().to_string_lossy().into_owned();
            out.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
    out
}

/// Fails naming the files that differ (`diff -r`).
fn assert_same_site(built: &Path, fresh: &Path) {
    let (a, b) = (files(built), files(fresh));
    let only: Vec<_> =
        a.keys().filter(|k| !b.contains_key(*k)).chain(b.keys().filter(|k| !a.contains_key(*k))).collect();
    assert!(only.is_empty(), "files in one site only: {only:?}");
    let differ: Vec<_> = a.keys().filter(|k| a[*k] != b[*k]).collect();
    assert!(differ.is_empty(), "files that differ: {differ:?}");
    assert!(a.len() > 100, "a whole site: {} files", a.len());
}

const ADDED: &str = "この要綱は、毎年度見直すものとする。";

#[test]
fn one_edit_rebuilds_one_analysis_and_gives_the_site_of_a_full_build() {
    let p = Project::new();
    let first = p.build("site", true);
    assert_eq!((first.cached_regulations, first.computed_regulations, first.reused_pages), (0, 8, 0));
    // 堺市's 要綱 is in a configured pair: its pair page and the item
    // pages and matrix that list it must change with it.
    p.edit("sakai-tekisei-kanri-yoko.md", ADDED);
    let second = p.build("site", true);
    assert_eq!((second.cached_regulations, second.computed_regulations), (7, 1), "only the edited file is analysed");
    assert!(second.reused_pages > 50, "unchanged pages are reused: {}", second.reused_pages);
    assert!(second.reused_pages < second.pages, "the edited file's pages are made again");
    let page = std::fs::read_to_string(p.root().join("site/reg/sakai-tekisei-kanri-yoko.html")).unwrap();
    assert!(page.contains(ADDED), "the edit is published");
    p.build("fresh", false);
    assert_same_site(&p.root().join("site"), &p.root().join("fresh"));
    // Nothing changed: everything comes from the cache, and the site stays the same.
    let third = p.build("site", true);
    assert_eq!((third.cached_regulations, third.computed_regulations), (8, 0));
    assert_same_site(&p.root().join("site"), &p.root().join("fresh"));
}

#[test]
fn a_damaged_cache_is_ignored_and_rebuilt() {
    let p = Project::new();
    p.build("site", true);
    // Truncate every entry and page list; garble the search words.
    let mut damaged = 0;
    for entry in walkdir::WalkDir::new(p.cache()).into_iter().map(Result::unwrap) {
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            let damage: &[u8] = if damaged % 2 == 0 { &bytes[..bytes.len() / 2] } else { b"\xff\xfe not json" };
            std::fs::write(entry.path(), damage).unwrap();
            damaged += 1;
        }
    }
    assert!(damaged >= 10, "8 analyses, the page list and the search words: {damaged}");
    let report = p.build("site", true);
    assert_eq!((report.cached_regulations, report.computed_regulations), (0, 8), "no damaged entry is read");
    p.build("fresh", false);
    assert_same_site(&p.root().join("site"), &p.root().join("fresh"));
    // The rebuilt cache is good again.
    let again = p.build("site", true);
    assert_eq!((again.cached_regulations, again.computed_regulations), (8, 0));
    assert_same_site(&p.root().join("site"), &p.root().join("fresh"));
}

/// The cache's comparisons files (`analysis/<key>.comparisons.json`).
fn comparisons_files(p: &Project) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(p.cache().join("analysis"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(".comparisons.json"))
        .collect();
    found.sort();
    found
}

#[test]
fn comparisons_the_cache_cannot_give_are_made_when_a_page_shows_them() {
    let p = Project::new();
    p.build("site", true);
    p.build("fresh", false);
    let files = comparisons_files(&p);
    assert_eq!(files.len(), 8, "one comparisons file per regulation: {files:?}");
    // Damaged by hand: the coverage is read from the cache all the same,
    // and a new output folder makes every page, each comparison it shows
    // made on the spot.
    for path in &files {
        std::fs::write(path, b"{\"format\":").unwrap();
    }
    let report = p.build("other", true);
    assert_eq!((report.cached_regulations, report.computed_regulations, report.reused_pages), (8, 0, 0));
    assert_same_site(&p.root().join("other"), &p.root().join("fresh"));
    let page = std::fs::read_to_string(p.root().join("other/catalog/ppc-shishin/5-1.html")).unwrap();
    assert!(page.contains("class=\"d-same\""), "the comparisons are shown, their shared wording marked");
}

#[test]
fn an_analysis_whose_comparisons_were_never_written_is_made_again() {
    let p = Project::new();
    p.build("site", true);
    // A build that failed after analysing leaves the coverage without its
    // comparisons (they are written once the site is published).
    for path in comparisons_files(&p) {
        std::fs::remove_file(path).unwrap();
    }
    let report = p.build("site", true);
    assert_eq!((report.cached_regulations, report.computed_regulations), (0, 8));
    assert_eq!(comparisons_files(&p).len(), 8, "written again");
    p.build("fresh", false);
    assert_same_site(&p.root().join("site"), &p.root().join("fresh"));
    // An edit replaces the edited regulation's two files; the old ones go.
    p.edit("sakai-tekisei-kanri-yoko.md", ADDED);
    let before = comparisons_files(&p);
    p.build("site", true);
    let after = comparisons_files(&p);
    assert_eq!(after.len(), 8);
    assert_eq!(before.iter().filter(|f| !after.contains(f)).count(), 1, "one file replaced");
    let entries = std::fs::read_dir(p.cache().join("analysis")).unwrap().count();
    assert_eq!(entries, 16, "a coverage and a comparisons file per regulation, nothing left over");
}

#[test]
fn an_entry_of_another_reiki_version_is_not_read() {
    let p = Project::new();
    p.build("site", true);
    for entry in std::fs::read_dir(p.cache().join("analysis")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let version = format!("\"version\":\"{}\"", env!("CARGO_PKG_VERSION"));
        assert!(text.contains(&version), "{}: entries name their version", path.display());
        std::fs::write(&path, text.replace(&version, "\"version\":\"0.0.0-older\"")).unwrap();
    }
    let report = p.build("site", true);
    assert_eq!((report.cached_regulations, report.computed_regulations), (0, 8));
}

#[test]
fn a_published_page_changed_by_hand_is_made_again() {
    let p = Project::new();
    p.build("site", true);
    let home = p.root().join("site/index.html");
    let mut text = std::fs::read_to_string(&home).unwrap();
    text.push_str("<!-- edited on the server -->");
    std::fs::write(&home, text).unwrap();
    let report = p.build("site", true);
    assert!(report.reused_pages > 50);
    assert!(!std::fs::read_to_string(&home).unwrap().contains("edited on the server"));
    p.build("fresh", false);
    assert_same_site(&p.root().join("site"), &p.root().join("fresh"));
}

/// The inode of a published file: the same one after a rebuild means the
/// file was taken from the previous build (hard-linked), not made again.
#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap())
}

/// The inodes of `files` (paths in `site`), in order.
#[cfg(unix)]
fn inodes(site: &Path, files: &[impl AsRef<Path>]) -> Vec<u64> {
    files.iter().map(|f| inode(&site.join(f))).collect()
}

#[cfg(unix)]
#[test]
fn an_edit_remakes_its_downloads_and_reuses_the_others() {
    let p = Project::new();
    p.build("site", true);
    let site = p.root().join("site");
    let taishohyo = "downloads/taishohyo-ryugasaki-computer-kitei-kaiseigo.docx";
    // The edited version is checked against no catalog: no matrix shows it.
    let untouched = [
        "downloads/coverage-sapporo-anzen-kijun.xlsx",
        "downloads/coverage-sapporo-anzen-kijun.csv",
        "downloads/matrix-ppc-shishin.xlsx",
        "downloads/matrix-mynumber-anzen.csv",
    ];
    let before = files(&site);
    let before_inodes = inodes(&site, &untouched);
    // The new version of a revised regulation: its 新旧対照表 shows the added sentence.
    p.edit("ryugasaki-computer-kitei-kaiseigo.md", ADDED);
    p.build("site", true);
    let after = files(&site);
    assert_ne!(before[taishohyo], after[taishohyo], "the Word 新旧対照表 is made again");
    assert_eq!(
        before_inodes,
        inodes(&site, &untouched),
        "the downloads of an unchanged regulation are the previous build's files"
    );
    p.build("fresh", false);
    assert_same_site(&site, &p.root().join("fresh"));
}

/// A regulation's edit remakes the matrices of the catalogs it is checked
/// against, and only those.
#[cfg(unix)]
#[test]
fn an_edit_remakes_the_matrices_that_show_it_and_reuses_the_others() {
    let p = Project::new();
    p.build("site", true);
    let site = p.root().join("site");
    let matrices =
        ["ppc-shishin", "mynumber-anzen", "sapporo-kijun"].map(|catalog| format!("downloads/matrix-{catalog}.xlsx"));
    let before = inodes(&site, &matrices);
    // 上尾市's 要領 is checked against the 指針 only; its coverage changes.
    p.edit("ageo-kanri-yoryo.md", "職員は、保有個人情報を暗号化しなければならない。");
    p.build("site", true);
    let after = inodes(&site, &matrices);
    assert_ne!(before[0], after[0], "the 指針's matrix shows the edited regulation: made again");
    assert_eq!(before[1..], after[1..], "the other catalogs' matrices do not show it: the previous build's files");
    p.build("fresh", false);
    assert_same_site(&site, &p.root().join("fresh"));
}

/// The item pages of a catalog, by path.
fn item_pages(site: &BTreeMap<String, Vec<u8>>, catalog: &str) -> Vec<String> {
    let folder = format!("catalog/{catalog}/");
    site.keys().filter(|k| k.starts_with(&folder) && !k.ends_with("index.html")).cloned().collect()
}

#[test]
fn an_edit_that_changes_coverage_remakes_the_pages_of_every_regulation_that_show_it() {
    let p = Project::new();
    p.build("site", true);
    let site = p.root().join("site");
    let before = files(&site);
    // 堺市's 要綱 reduced to one article: its ○ and △ for the 指針 become ×
    // on the matrix, the item pages and the home page, which list every
    // regulation, and its pair page.
    let path = p.root().join("regulations/sakai-tekisei-kanri-yoko.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let body = text.match_indices("---\n").nth(1).unwrap().0 + 4;
    std::fs::write(&path, format!("{}(趣旨)\n第1条 この要綱は、公布の日から施行する。\n", &text[..body])).unwrap();
    let report = p.build("site", true);
    assert_eq!(report.computed_regulations, 1);
    let after = files(&site);
    for page in ["matrix/ppc-shishin.html", "index.html", "pair/sakai-tekisei-kanri-yoko--ageo-kanri-yoryo.html"] {
        assert_ne!(before.get(page), after.get(page), "{page} shows the new coverage");
    }
    let changed = item_pages(&after, "ppc-shishin").into_iter().filter(|k| before[k] != after[k]).count();
    assert!(changed > 5, "the item pages where 堺市 had a provision: {changed}");
    p.build("fresh", false);
    assert_same_site(&site, &p.root().join("fresh"));
}

#[cfg(unix)]
#[test]
fn item_pages_that_show_nothing_edited_are_reused() {
    let p = Project::new();
    p.build("site", true);
    let site = p.root().join("site");
    let items = item_pages(&files(&site), "ppc-shishin");
    assert!(items.len() > 20, "{items:?}");
    let before = inodes(&site, &items);
    // A description is shown on the regulation's own page only.
    let path = p.root().join("regulations/sakai-tekisei-kanri-yoko.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("kind: 要綱\n", "kind: 要綱\ndescription: 令和5年度に見直し予定。\n", 1))
        .unwrap();
    let report = p.build("site", true);
    assert_eq!(report.computed_regulations, 1);
    let page = std::fs::read_to_string(site.join("reg/sakai-tekisei-kanri-yoko.html")).unwrap();
    assert!(page.contains("令和5年度に見直し予定"), "the edit is published");
    assert_eq!(before, inodes(&site, &items), "no item page shows the description: all are the previous build's files");
    p.build("fresh", false);
    assert_same_site(&site, &p.root().join("fresh"));
}

#[cfg(unix)]
#[test]
fn an_edit_makes_one_search_shard_again_and_reuses_the_others() {
    let p = Project::new();
    // Five copies of the seeds: 40 regulations, two shards of the index.
    std::fs::remove_dir_all(p.root().join("regulations")).unwrap();
    corpus::copy_seeds(p.root(), 5);
    std::fs::write(p.root().join("reiki.yaml"), "title: 検索の試験\ndefault_catalogs: [ppc-shishin]\n").unwrap();
    p.build("site", true);
    let site = p.root().join("site");
    let shards = ["search-index/0000.js", "search-index/0001.js"];
    let before = inodes(&site, &shards);
    let words = |p: &Project| std::fs::read_dir(p.cache().join("search-words")).unwrap().count();
    assert_eq!(words(&p), 40, "the words of each regulation are kept");
    // A sentence added to 第1条 of a regulation of the second shard.
    let second = std::fs::read_to_string(site.join(shards[1])).unwrap();
    let (path, text) = std::fs::read_dir(p.root().join("regulations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|path| second.contains(&format!("reg/{}.html#", path.file_stem().unwrap().to_string_lossy())))
        .map(|path| (path.clone(), std::fs::read_to_string(&path).unwrap()))
        .find(|(_, text)| text.contains("\n第1条"))
        .expect("a regulation with a 第1条 whose id is its file name");
    let at = text.find("\n第1条").unwrap() + 1;
    let at = at + text[at..].find('\n').unwrap();
    std::fs::write(&path, format!("{}{ADDED}{}", &text[..at], &text[at..])).unwrap();
    let report = p.build("site", true);
    assert_eq!(report.computed_regulations, 1);
    let after = inodes(&site, &shards);
    assert_eq!(before[0], after[0], "the first shard is the previous build's file");
    assert_ne!(before[1], after[1], "the edited regulation's shard is made again");
    assert!(std::fs::read_to_string(site.join(shards[1])).unwrap().contains(ADDED));
    assert_eq!(words(&p), 40, "the edited regulation's old words are removed");
    p.build("fresh", false);
    assert_same_site(&site, &p.root().join("fresh"));
}

/// The regulations (ids) of an item page's rows, in order.
fn row_regs(html: &str) -> Vec<String> {
    let head = r#"<th scope="row"><a href="../../reg/"#;
    html.split(head).skip(1).map(|rest| rest[..rest.find(".html\"").unwrap()].to_string()).collect()
}

/// Puts `sentence` at the end of the `title:` of the regulation `id`.
fn retitle(p: &Project, id: &str, sentence: &str) {
    let path = p.root().join(format!("regulations/{id}.md"));
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text.find("\ntitle: ").unwrap() + 1;
    let at = at + text[at..].find('\n').unwrap();
    std::fs::write(&path, format!("{}{sentence}{}", &text[..at], &text[at..])).unwrap();
}

#[cfg(unix)]
#[test]
fn an_edit_remakes_the_item_pages_showing_it_and_moves_rows_between_pages() {
    let p = Project::new();
    std::fs::remove_dir_all(p.root().join("regulations")).unwrap();
    corpus::copy_seeds_over_one_page(p.root());
    p.build("site", true);
    let site = p.root().join("site");
    let later: Vec<String> =
        item_pages(&files(&site), "ppc-shishin").into_iter().filter(|k| k.ends_with("~2.html")).collect();
    assert!(!later.is_empty(), "items over one page");
    let first_page = |later: &str| later.replace("~2.html", ".html");
    // The regulation in the last row of an item's second page: its title is
    // shown on the pages holding its rows, page 2 of that item, not page 1.
    let last = row_regs(&std::fs::read_to_string(site.join(&later[0])).unwrap()).pop().unwrap();
    let holding: Vec<&String> =
        later.iter().filter(|k| row_regs(&std::fs::read_to_string(site.join(k)).unwrap()).contains(&last)).collect();
    let before: Vec<(u64, u64)> =
        holding.iter().map(|k| (inode(&site.join(first_page(k))), inode(&site.join(k)))).collect();
    // The matrix's pages: only the one holding its column shows its title.
    let matrix: Vec<String> = files(&site).into_keys().filter(|k| k.starts_with("matrix/ppc-shishin")).collect();
    assert!(matrix.len() > 1, "a matrix over one page: {matrix:?}");
    let column = format!("<a href=\"../reg/{last}.html\" title=");
    let matrix_before: Vec<(bool, u64)> = matrix
        .iter()
        .map(|k| (std::fs::read_to_string(site.join(k)).unwrap().contains(&column), inode(&site.join(k))))
        .collect();
    assert_eq!(matrix_before.iter().filter(|(holds, _)| *holds).count(), 1, "one page holds {last}'s column");
    retitle(&p, &last, "（改訂版）");
    let report = p.build("site", true);
    assert_eq!(report.computed_regulations, 1);
    for (k, (first, second)) in holding.iter().zip(before) {
        assert_eq!(inode(&site.join(first_page(k))), first, "{k}: page 1 shows nothing edited");
        assert_ne!(inode(&site.join(k)), second, "{k}: page 2 shows the new title");
        assert!(std::fs::read_to_string(site.join(k)).unwrap().contains("（改訂版）"));
    }
    for (k, (holds, old)) in matrix.iter().zip(matrix_before) {
        assert_eq!(inode(&site.join(k)) != old, holds, "{k}: made again only if it holds the column");
    }
    p.build("fresh", false);
    assert_same_site(&site, &p.root().join("fresh"));

    // The first row of an item gone (×): every later row moves up one, so
    // the page holding a row changes, and with it the links of the
    // regulation pages whose row moved.
    let item = &later[0];
    let first = row_regs(&std::fs::read_to_string(site.join(first_page(item))).unwrap())[0].clone();
    let path = p.root().join(format!("regulations/{first}.md"));
    let text = std::fs::read_to_string(&path).unwrap();
    let body = text.match_indices("---\n").nth(1).unwrap().0 + 4;
    std::fs::write(&path, format!("{}(趣旨)\n第1条 この規程は、公布の日から施行する。\n", &text[..body])).unwrap();
    let moved = row_regs(&std::fs::read_to_string(site.join(item)).unwrap())[0].clone();
    p.build("site", true);
    let now = std::fs::read_to_string(site.join(first_page(item))).unwrap();
    assert!(!row_regs(&now).contains(&first) && row_regs(&now).contains(&moved), "{moved} moved to page 1");
    let stem = item.rsplit('/').next().unwrap().replace("~2.html", "");
    let reg_page = std::fs::read_to_string(site.join(format!("reg/{moved}.html"))).unwrap();
    assert!(reg_page.contains(&format!("catalog/ppc-shishin/{stem}.html\"")), "{moved} links to page 1");
    assert!(!reg_page.contains(&format!("catalog/ppc-shishin/{stem}~2.html\"")));
    p.build("fresh", false);
    assert_same_site(&site, &p.root().join("fresh"));
}
