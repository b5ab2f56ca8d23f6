//! Builds the real seed site (regulations/, catalogs/, reiki.yaml) and checks
//! it like a reader would: every internal link and anchor resolves, and the
//! pages show the real analysis results.
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use reiki::site::{self, linkcheck, BuildOptions};

/// The seed site, built once per test binary.
fn seed_site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, out) = SITE.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        let mut options = BuildOptions::in_project(Path::new(env!("CARGO_MANIFEST_DIR")));
        options.output = out.clone();
        let report = site::build(&options).unwrap();
        assert!(report.load_errors.is_empty(), "{:?}", report.load_errors);
        (tmp, out)
    });
    out
}

fn read(page: &str) -> String {
    std::fs::read_to_string(seed_site().join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

#[test]
fn no_broken_internal_links_or_anchors() {
    let report = linkcheck::check(seed_site()).unwrap();
    assert!(report.pages > 50, "{} pages", report.pages);
    assert!(report.links > 3000, "{} links", report.links);
    let broken: Vec<String> = report.broken.iter().take(30).map(|b| b.to_string()).collect();
    assert!(report.broken.is_empty(), "{} broken links, first ones:\n{}", report.broken.len(), broken.join("\n"));
}

#[test]
fn regulation_page_has_every_article_with_its_anchor() {
    let html = read("reg/ageo-kanri-yoryo.html");
    for n in 1..=42 {
        assert!(html.contains(&format!(r#"<article class="provision article" id="art-{n}""#)), "第{n}条");
    }
    assert!(html.contains(r#"<p class="caption">（暗号化）</p>"#));
    assert!(html.contains(r##"<a class="art-label" href="#art-24">第24条</a>"##));
    // 第24条 is tagged with the 指針's 暗号化 item as covered.
    let art = &html[html.find(r#"id="art-24""#).unwrap()..];
    let art = &art[..art.find("</article>").unwrap()];
    assert!(art.contains("暗号化") && art.contains(r#"class="tag tag-covered""#), "{art}");
}

#[test]
fn matrix_cell_links_to_the_evidence_article() {
    let html = read("matrix/ppc-shishin.html");
    let row = &html[html.find(r#"href="../catalog/ppc-shishin/5-8.html""#).expect("暗号化 row")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains(r#"href="../reg/ageo-kanri-yoryo.html#art-24""#), "{row}");
    assert!(row.contains(r#"href="../reg/ryugasaki-anzen-kitei-an.html#art-25""#), "{row}");
}

#[test]
fn pair_model_and_taishohyo_pages_show_real_results() {
    let pair = read("pair/ryugasaki-anzen-kitei-an--ageo-kanri-yoryo.html");
    // 龍ヶ崎 第25条（暗号化等） corresponds to 上尾 第24条（暗号化）.
    let row = &pair[pair.find(r#"href="../reg/ryugasaki-anzen-kitei-an.html#art-25""#).expect("row of 第25条")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains(r#"href="../reg/ageo-kanri-yoryo.html#art-24""#), "{row}");
    assert!(row.contains(r#"<ins class="d-ins">"#) || row.contains(r#"<del class="d-del">"#), "inline diff: {row}");
    // Before the rows, the terms the two rules define differently: 龍ヶ崎's
    // 各課等 (its 組織規則's 課, 会計課, 保育所 and 出張所) against 上尾's
    // (its 課, five centres, 出納室), and 上尾's 「法」 used undefined.
    let terms = &pair[pair.find(r#"<h2 id="terms-h">用語の定義の違い</h2>"#).expect("the terms' section")..];
    let terms = &terms[..terms.find("</section>").unwrap()];
    assert!(terms.contains("「各課等」の定義が異なります"), "{terms}");
    assert!(terms.contains("「法」が略称として使われていますが"), "{terms}");

    let model = read("model/ageo-kanri-yoryo--ppc-shishin.html");
    assert!(model.contains("アクセス記録") && model.contains(r#"href="../reg/ageo-kanri-yoryo.html#art-19""#));
    // A provision quoted against a requirement marks the wording they share,
    // not the (independently worded) rest: 第24条 shares 暗号化 with 第5-8.
    let quote = &model[model.find(r#"href="../reg/ageo-kanri-yoryo.html#art-24""#).expect("第24条 quoted")..];
    let quote = &quote[quote.find(r#"<p class="diff">"#).unwrap()..];
    let quote = &quote[..quote.find("</p>").unwrap()];
    let marked: usize =
        quote.split(r#"<mark class="d-same">"#).skip(1).map(|s| s[..s.find("</mark>").unwrap()].chars().count()).sum();
    let plain = quote.replace(r#"<mark class="d-same">"#, "").replace("</mark>", "");
    assert!(marked > 0 && quote.contains("暗号化"), "{quote}");
    assert!(marked * 2 < plain.chars().count(), "most of the provision is its own wording, shown plain: {quote}");
    assert!(!quote.contains("<ins"), "{quote}");

    let t = read("taishohyo/ryugasaki-computer-kitei-kaiseigo.html");
    assert!(t.contains("改正後") && t.contains("改正前"));
    // The page uses the table of `reiki taishohyo --html`: changes underlined with <u>.
    assert!(t.contains(r#"<u class="ins">"#) && t.contains(r#"<u class="del">"#), "both columns underline changes");
    // The unchanged 第1項 is shortened in both columns, the caption kept.
    assert_eq!(
        t.matches("<td><p>（私用コンピュータ等及びソフトウェアの持込禁止）</p><p>第12条　（略）</p><p>2　").count(),
        2,
        "{t}"
    );
    assert!(!t.contains("持ち込んで"), "{t}");
    // The 改め文 below the table.
    let km = &t[t.find(r#"<section class="kaimebun""#).expect("改め文 section")..];
    assert!(km.contains("<p class=\"km-title\">コンピュータ等運用管理規程の一部を改正する規程</p>"), "{km}");
    assert!(
        km.contains(
            "第12条第2項中「前項」を「職員は、前項」に改め、「勤務時間中は」を「勤務時間中に私用で」に改める。"
        ),
        "{km}"
    );
    assert!(km.contains("この規程は、令和　年　月　日から施行する。"), "{km}");
}

#[test]
fn search_index_covers_every_city() {
    assert!(read("search-index.js").contains("search-index/0000.js"), "the list of shards");
    let js = read("search-index/0000.js");
    for url in [
        "reg/ageo-kanri-yoryo.html#art-24",
        "reg/ryugasaki-anzen-kitei-an.html#art-25",
        "reg/sapporo-anzen-kijun.html#std-",
    ] {
        assert!(js.contains(url), "{url}");
    }
    // 西伊豆町's 別表第2 lays down how media are carried out: each row is
    // found where it is, by its citation.
    assert!(js.contains("reg/nishiizu-tokutei-kitei.html#appx-2-r2"), "a 別表's row");
    assert!(js.contains("別表第2の特定個人情報等が記録された電磁的記録媒体を安全に持ち出す方法の項"), "its label");
}
