//! `reiki build` writes the Excel, CSV and Word files to site/downloads/ and
//! the matrix, regulation, pair and 新旧対照表 pages link them relatively.
use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Reader, Xlsx};
use reiki::site::{self, BuildOptions};

fn build(out: &Path) {
    let mut options = BuildOptions::in_project(Path::new(env!("CARGO_MANIFEST_DIR")));
    options.output = out.to_path_buf();
    let report = site::build(&options).unwrap();
    assert!(report.load_errors.is_empty(), "{:?}", report.load_errors);
}

/// The target of `href` on `page`, resolved like a browser on file:// would.
fn resolve(site: &Path, page: &str, href: &str) -> PathBuf {
    let mut path = site.join(page);
    path.pop();
    for part in href.split('/') {
        match part {
            ".." => {
                path.pop();
            }
            p => path.push(p),
        }
    }
    path
}

fn download_hrefs(html: &str) -> Vec<String> {
    let re = regex::Regex::new(r#"href="([^"]*downloads/[^"]+)""#).unwrap();
    re.captures_iter(html).map(|c| c[1].to_string()).collect()
}

#[test]
fn pages_link_their_downloads_and_the_files_are_the_tables() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out);
    let expect = [
        (
            "matrix/ppc-shishin.html",
            vec!["../downloads/matrix-ppc-shishin.xlsx", "../downloads/matrix-ppc-shishin.csv"],
        ),
        (
            "reg/ageo-kanri-yoryo.html",
            vec!["../downloads/coverage-ageo-kanri-yoryo.xlsx", "../downloads/coverage-ageo-kanri-yoryo.csv"],
        ),
        (
            "pair/ryugasaki-anzen-kitei-an--ageo-kanri-yoryo.html",
            vec![
                "../downloads/pair-ryugasaki-anzen-kitei-an--ageo-kanri-yoryo.xlsx",
                "../downloads/pair-ryugasaki-anzen-kitei-an--ageo-kanri-yoryo.csv",
            ],
        ),
        (
            "taishohyo/ryugasaki-computer-kitei-kaiseigo.html",
            vec!["../downloads/taishohyo-ryugasaki-computer-kitei-kaiseigo.docx"],
        ),
        (
            "reg/ryugasaki-computer-kitei-kaiseigo.html",
            vec!["../downloads/taishohyo-ryugasaki-computer-kitei-kaiseigo.docx"],
        ),
    ];
    for (page, hrefs) in expect {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        assert_eq!(download_hrefs(&html), hrefs, "{page}");
        for href in hrefs {
            assert!(resolve(&out, page, href).is_file(), "{page}: {href}");
        }
    }
    // The matrix download holds the page's columns, with the evidence articles.
    let bytes = std::fs::read(out.join("downloads/matrix-ppc-shishin.xlsx")).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("網羅状況 指針").unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    // The columns of the HTML matrix, in its order (団体コード, then 五十音).
    let page = std::fs::read_to_string(out.join("matrix/ppc-shishin.html")).unwrap();
    let columns: Vec<String> = page
        .split(r#"<span class="m-body">"#)
        .skip(1)
        .map(|s| {
            let body = &s[..s.find("</span>").unwrap()];
            let kind =
                s.split(r#"<span class="m-kind">"#).nth(1).map(|k| &k[..k.find("</span>").unwrap()]).unwrap_or("");
            format!("{body} {kind}")
        })
        .collect();
    assert_eq!(columns.len(), 6, "{columns:?}");
    assert_eq!(header[3..], columns[..]);
    assert_eq!(columns[0], "札幌市 特記事項", "北海道 first");
    assert_eq!(columns[5], "堺市 要綱", "大阪府 last");
    let row: Vec<String> = range.rows().find(|r| r[1] == "暗号化").unwrap().iter().map(|c| c.to_string()).collect();
    let ageo = 3 + columns.iter().position(|c| c == "上尾市 要領").unwrap();
    assert_eq!(row[ageo], "○ 第24条");
    // …and so does the HTML matrix, on screen and in print.
    let html = std::fs::read_to_string(out.join("matrix/ppc-shishin.html")).unwrap();
    let encryption_row = html.split("<tr").find(|r| r.contains("暗号化</a>")).unwrap();
    assert!(encryption_row.contains("<span class=\"m-detail\" aria-hidden=\"true\">第24条</span>"), "{encryption_row}");

    // A second build writes the same bytes.
    let again = tmp.path().join("again");
    build(&again);
    for entry in std::fs::read_dir(out.join("downloads")).unwrap() {
        let name = entry.unwrap().file_name();
        let first = std::fs::read(out.join("downloads").join(&name)).unwrap();
        let second = std::fs::read(again.join("downloads").join(&name)).unwrap();
        assert!(first == second, "{name:?} differs between builds");
    }
}
