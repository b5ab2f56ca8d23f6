//! The seed site checked in headless Chromium, as a person would use it:
//! pages load without console errors, search finds the right articles from
//! file:// and over HTTP under a subpath, a matrix cell leads to its
//! evidence article, the class filter works, wide pages print landscape.
//! Screenshots of every page type go to screenshots/ (git-ignored).
//!
//! Without Chromium the tests pass after saying on stderr that they were
//! skipped and why (set REIKI_CHROMIUM to a browser binary to override). The helpers
//! (site built once, served, one Chromium) are in tests/support/browser.rs.
#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/browser.rs"]
mod support;

use std::net::TcpListener;
use std::path::Path;

use reiki::site::{self, BuildOptions};
use support::*;

#[test]
fn every_page_type_loads_without_console_errors() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let pages = [
        ("home", "index.html"),
        ("regulation", "reg/ageo-kanri-yoryo.html"),
        ("regulation-standards", "reg/sapporo-anzen-kijun.html"),
        ("catalog", "catalog/ppc-shishin/index.html"),
        ("item", "catalog/ppc-shishin/5-8.html"),
        ("matrix", "matrix/ppc-shishin.html"),
        ("pair", "pair/ryugasaki-anzen-kitei-an--ageo-kanri-yoryo.html"),
        ("model", "model/ageo-kanri-yoryo--ppc-shishin.html"),
        ("taishohyo", "taishohyo/ryugasaki-computer-kitei-kaiseigo.html"),
        ("diagnostics", "diagnostics.html"),
        ("search", "search.html?q=%E6%9A%97%E5%8F%B7%E5%8C%96"),
        ("about", "about.html"),
    ];
    let (tab, errors) = tab_with_console(f);
    for (name, page) in pages {
        tab.navigate_to(&file_url(f, page)).unwrap().wait_until_navigated().unwrap();
        wait_for(&tab, "document.readyState === 'complete'");
        assert_eq!(eval(&tab, "document.documentElement.lang"), "ja", "{page}");
        assert_eq!(eval(&tab, "!!document.querySelector('header') && !!document.querySelector('main') && !!document.querySelector('nav')"), true, "{page}");
        // Every stylesheet and script came from the site itself.
        assert_eq!(
            eval(&tab, "[...document.querySelectorAll('script[src],link[href]')].every(e => !/^https?:/.test(e.getAttribute('src') || e.getAttribute('href')))"),
            true,
            "{page}: external resource"
        );
        if name == "search" {
            wait_for(&tab, "document.querySelectorAll('#search-results li').length > 0");
        }
        screenshot(&tab, name);
        let errs = errors.lock().unwrap().clone();
        assert!(errs.is_empty(), "{page}: {errs:?}");
    }
}

#[test]
fn search_finds_the_right_articles_from_file_url() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let (tab, errors) = tab_with_console(f);
    tab.navigate_to(&file_url(f, "search.html?q=%E6%9A%97%E5%8F%B7%E5%8C%96")).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.querySelectorAll('#search-results li').length > 0");
    let results = search_results(&tab);
    let ageo = rank_of(&results, "reg/ageo-kanri-yoryo.html#art-24").expect("上尾 第24条 found");
    let ryugasaki = rank_of(&results, "reg/ryugasaki-anzen-kitei-an.html#art-25").expect("龍ヶ崎 第25条 found");
    assert!(ageo < 3 && ryugasaki < 3, "both captioned 暗号化 articles rank on top: {results:?}");
    assert!(results[ageo].1.contains("上尾市") && results[ageo].1.contains("第24条（暗号化）"), "{:?}", results[ageo]);
    assert!(eval(&tab, "document.querySelector('#search-results mark').textContent") == "暗号化");

    // Typing a new query into the box, as a person would.
    eval(&tab, "document.getElementById('q').value = ''; document.getElementById('q').focus()");
    tab.type_str("アクセス記録").unwrap();
    tab.press_key("Enter").unwrap();
    wait_for(&tab, "document.getElementById('search-status').textContent.includes('アクセス記録')");
    let results = search_results(&tab);
    let top: Vec<&str> = results.iter().take(5).map(|(h, _)| h.as_str()).collect();
    assert!(top.contains(&"reg/ageo-kanri-yoryo.html#art-19"), "上尾 第19条（アクセス記録）: {top:?}");
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}

/// The number of results the search page reports (「…」の検索結果: N件).
fn result_count(tab: &Tab) -> usize {
    let status = eval(tab, "document.getElementById('search-status').textContent");
    let status = status.as_str().unwrap();
    let count = status.split("検索結果: ").nth(1).and_then(|s| s.split('件').next()).unwrap();
    count.parse().unwrap_or_else(|_| panic!("{status}"))
}

/// A project made by `prepare` in a new folder (regulations and
/// reiki.yaml), built into its `site/` with the shipped catalogs.
fn built_site(prepare: impl FnOnce(&Path)) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    prepare(tmp.path());
    let mut options = BuildOptions::in_project(tmp.path());
    options.catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs");
    site::build(&options).unwrap();
    tmp
}

/// A link to a copy of a seed regulation as the link to the seed (…-3.html → ….html).
fn seed_href(href: &str) -> String {
    let (page, anchor) = href.split_once(".html").unwrap();
    let seed = page.rsplit_once('-').filter(|(_, n)| n.parse::<usize>().is_ok()).map_or(page, |(seed, _)| seed);
    format!("{seed}.html{anchor}")
}

#[test]
fn search_joins_the_shards_of_a_larger_site_into_the_same_results() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    // Five copies of the eight seeds: 40 regulations, two shards of the index.
    let tmp = built_site(|dir| {
        corpus::copy_seeds(dir, 5);
        std::fs::write(dir.join("reiki.yaml"), "title: 検索の試験\ndefault_catalogs: [ppc-shishin]\n").unwrap();
    });
    let site_dir = tmp.path().join("site");
    let manifest = std::fs::read_to_string(site_dir.join("search-index.js")).unwrap();
    assert!(manifest.contains("search-index/0001.js") && !manifest.contains("0002"), "two shards: {manifest}");
    let second_shard = std::fs::read_to_string(site_dir.join("search-index/0001.js")).unwrap();

    let (tab, errors) = tab_with_console(f);
    tab.navigate_to(&file_url(f, "search.html?q=%E6%9A%97%E5%8F%B7%E5%8C%96")).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.getElementById('search-status').textContent.includes('検索結果')");
    let (seed_count, seed_results) = (result_count(&tab), search_results(&tab));
    let url = format!("file://{}/search.html?q=%E6%9A%97%E5%8F%B7%E5%8C%96", site_dir.display());
    tab.navigate_to(&url).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.getElementById('search-status').textContent.includes('検索結果')");
    let results = search_results(&tab);
    screenshot(&tab, "search-shards");
    assert_eq!(result_count(&tab), 5 * seed_count, "every copy of every article found");
    assert!(
        results.iter().any(|(href, _)| second_shard.contains(&format!("\"url\":\"{href}\""))),
        "hits in the second shard"
    );
    // The same articles as in the seed site, each five times, the best first.
    let mut seeds: Vec<String> = seed_results.iter().flat_map(|(h, _)| vec![h.clone(); 5]).collect();
    let mut copies: Vec<String> = results.iter().map(|(h, _)| seed_href(h)).collect();
    assert_eq!(copies[0], seeds[0], "{results:?}");
    seeds.sort();
    copies.sort();
    assert_eq!(copies, seeds);
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}

#[test]
fn search_answers_from_the_shards_it_could_load_and_says_which_it_could_not() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    // Two shards, the second gone (a copy of the site cut short).
    let tmp = built_site(|dir| {
        corpus::copy_seeds(dir, 5);
        std::fs::write(dir.join("reiki.yaml"), "title: 検索の試験\ndefault_catalogs: [ppc-shishin]\n").unwrap();
    });
    let site_dir = tmp.path().join("site");
    let first_shard = std::fs::read_to_string(site_dir.join("search-index/0000.js")).unwrap();
    std::fs::remove_file(site_dir.join("search-index/0001.js")).unwrap();

    let (tab, _errors) = tab_with_console(f);
    let url = format!("file://{}/search.html?q=%E6%9A%97%E5%8F%B7%E5%8C%96", site_dir.display());
    tab.navigate_to(&url).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.getElementById('search-status').textContent.includes('検索結果')");
    let status = eval(&tab, "document.getElementById('search-status').textContent");
    let status = status.as_str().unwrap().to_string();
    assert!(
        status.starts_with("検索インデックスの一部（search-index/0001.js 以降）を読み込めなかったため、2 個のうち 1 個の中の結果です。「暗号化」の検索結果: "),
        "{status}"
    );
    let results = search_results(&tab);
    assert!(!results.is_empty());
    assert_eq!(result_count(&tab), results.len().min(100));
    for (href, _) in &results {
        assert!(first_shard.contains(&format!("\"url\":\"{href}\"")), "{href}: a document of the shard loaded");
    }
    screenshot(&tab, "search-missing-shard");
}

#[test]
fn search_works_over_http_under_a_subpath_and_follows_to_the_anchor() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let (tab, errors) = tab_with_console(f);
    let url = format!("{}search.html?q={}", f.http_base, "%E5%A7%94%E8%A8%97%E5%85%88%20%E7%9B%A3%E6%9F%BB");
    tab.navigate_to(&url).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.querySelectorAll('#search-results li').length > 0");
    let results = search_results(&tab);
    // 「委託先 監査」: articles holding both words first (上尾 第34条 and
    // 龍ヶ崎 第35条 on 委託先 audits), then those of the other cities.
    let both = eval(&tab, "document.querySelectorAll('#search-results li:not(.partial-match)').length")
        .as_u64()
        .unwrap() as usize;
    assert!(both >= 2, "{results:?}");
    for (_, text) in &results[..both] {
        assert!(text.contains("委託先") && text.contains("監査"), "the snippet shows both words: {text}");
    }
    let top: Vec<&str> = results[..both].iter().map(|(h, _)| h.as_str()).collect();
    assert!(top.contains(&"reg/ageo-kanri-yoryo.html#art-34"), "{top:?}");
    assert!(top.contains(&"reg/ryugasaki-anzen-kitei-an.html#art-35"), "{top:?}");
    let cities: std::collections::BTreeSet<&str> = results.iter().map(|(h, _)| h.split('#').next().unwrap()).collect();
    assert!(cities.len() >= 5, "{cities:?}");
    // Following the first result lands on its article anchor.
    tab.wait_for_element("#search-results li a").unwrap().click().unwrap();
    wait_for(&tab, "location.hash.length > 1 && document.readyState === 'complete'");
    let hash = eval(&tab, "location.hash.slice(1)");
    assert_eq!(eval(&tab, &format!("!!document.getElementById({hash})")), true, "anchor {hash} exists");
    assert!(tab.get_url().starts_with(&f.http_base), "{}", tab.get_url());
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}

#[test]
fn matrix_cell_leads_to_its_article_and_filter_hides_rows() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let (tab, errors) = tab_with_console(f);
    tab.navigate_to(&file_url(f, "matrix/ppc-shishin.html")).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.readyState === 'complete'");
    // The script shows the filter; unchecking 技術的 hides technical rows only.
    assert_eq!(eval(&tab, "document.getElementById('class-filter').hidden"), false);
    let technical = "[...document.querySelectorAll('tr[data-class=technical]')]";
    assert_eq!(eval(&tab, &format!("{technical}.length > 5 && {technical}.every(r => r.offsetParent !== null)")), true);
    tab.wait_for_element("#class-filter input[value=technical]").unwrap().click().unwrap();
    assert_eq!(eval(&tab, &format!("{technical}.every(r => r.offsetParent === null)")), true, "technical rows hidden");
    assert_eq!(
        eval(
            &tab,
            "[...document.querySelectorAll('tr[data-class=organizational]')].every(r => r.offsetParent !== null)"
        ),
        true
    );
    tab.wait_for_element("#class-filter input[value=technical]").unwrap().click().unwrap();

    // The 上尾市 cell of 5-8 暗号化 goes to 第24条.
    let cell = "document.querySelector('a[href$=\"5-8.html\"]').closest('tr').querySelector('td.m-cell a[href*=\"ageo-kanri-yoryo\"]')";
    assert_eq!(eval(&tab, &format!("{cell}.getAttribute('href')")), "../reg/ageo-kanri-yoryo.html#art-24");
    eval(&tab, &format!("{cell}.scrollIntoView({{block: 'center'}})"));
    eval(&tab, &format!("{cell}.focus()"));
    tab.press_key("Enter").unwrap();
    wait_for(&tab, "location.pathname.endsWith('/reg/ageo-kanri-yoryo.html') && document.readyState === 'complete'");
    assert_eq!(eval(&tab, "document.querySelector(':target') && document.querySelector(':target').id"), "art-24");
    assert_eq!(eval(&tab, "document.querySelector(':target .caption').textContent"), "（暗号化）");
    screenshot(&tab, "matrix-cell-target");
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}

#[test]
fn search_segments_queries_like_the_index() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let (tab, _) = tab_with_console(f);
    tab.navigate_to(&file_url(f, "search.html")).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "!!window.reikiSearch");
    for text in ["第２４条　（暗号化）", "ＵＳＢメモリ等、鍵", "委託先 監査", "ｱｸｾｽ記録"]
    {
        let js = eval(&tab, &format!("JSON.stringify(reikiSearch.terms(reikiSearch.normalize({text:?})))"));
        let js: Vec<String> = serde_json::from_str(js.as_str().unwrap()).unwrap();
        let rust = reiki::site::search::terms(&reiki::site::search::normalize(text));
        assert_eq!(js, rust, "{text}");
    }
}

/// Joining the index normalises only the characters NFKC or lower case
/// change, and copies the rest (`unchanged` in search.js): over every
/// character of the BMP, and an astral one and a lone surrogate, the text
/// must come out as normalising each character does (what the snippets'
/// map is made from), in this browser's own Unicode data.
#[test]
fn search_normalises_the_index_as_character_by_character() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let (tab, _) = tab_with_console(f);
    tab.navigate_to(&file_url(f, "search.html")).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "!!window.reikiSearch");
    let differing = eval(
        &tab,
        "(function () {
           var text = '';
           for (var c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) text += String.fromCharCode(c);
           text += '𠮷野家\\ud842';
           var fast = reikiSearch.normalizedText(text), slow = reikiSearch.normalizedWithMap(text).norm;
           if (fast === slow) return 'none';
           var i = 0;
           while (fast[i] === slow[i]) i++;
           return 'from unit ' + i + ': ' + JSON.stringify(slow.slice(i, i + 8));
         })()",
    );
    assert_eq!(differing, "none");
}

/// Size of the first page of a PDF from its MediaBox: (width, height) in points.
fn first_media_box(pdf: &[u8]) -> (f64, f64) {
    let text = String::from_utf8_lossy(pdf);
    let at = text.find("/MediaBox").expect("MediaBox in PDF");
    let nums: Vec<f64> =
        text[at..].split(['[', ']']).nth(1).unwrap().split_whitespace().map(|n| n.parse().unwrap()).collect();
    (nums[2] - nums[0], nums[3] - nums[1])
}

#[test]
fn matrix_and_taishohyo_print_landscape_without_clipping() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let (tab, _) = tab_with_console(f);
    let options = || {
        Some(PrintToPdfOptions { prefer_css_page_size: Some(true), print_background: Some(true), ..Default::default() })
    };
    for (page, landscape) in [
        ("matrix/ppc-shishin.html", true),
        ("taishohyo/ryugasaki-computer-kitei-kaiseigo.html", true),
        ("reg/ageo-kanri-yoryo.html", false),
    ] {
        tab.navigate_to(&file_url(f, page)).unwrap().wait_until_navigated().unwrap();
        let pdf = tab.print_to_pdf(options()).unwrap();
        let (w, h) = first_media_box(&pdf);
        assert!((w.min(h) - 595.0).abs() < 2.0 && (w.max(h) - 842.0).abs() < 2.0, "{page}: A4, got {w}×{h}");
        assert_eq!(w > h, landscape, "{page}: {w}×{h}");
        let name = page.split('/').next().unwrap();
        std::fs::write(Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("screenshots/print-{name}.pdf")), &pdf)
            .unwrap();
    }
    // The matrix fits the sheet: no column is cut off.
    tab.navigate_to(&file_url(f, "matrix/ppc-shishin.html")).unwrap().wait_until_navigated().unwrap();
    let width = matrix_print_width(&tab);
    assert!(width <= LANDSCAPE_PX, "matrix is {width}px wide in print");
}

/// The printable width of an A4 landscape sheet (277 mm ≈ 1047 px), and
/// half a pixel of rounding.
const LANDSCAPE_PX: f64 = 1047.5;

/// How far right the open page's matrix reaches in print layout on an A4
/// landscape sheet's width.
fn matrix_print_width(tab: &Tab) -> f64 {
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None }).unwrap();
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width: 1047,
        height: 700,
        device_scale_factor: 1.0,
        mobile: false,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();
    eval(tab, "document.querySelector('table.matrix').getBoundingClientRect().right").as_f64().unwrap()
}

/// Japanese file names (`堺市要綱.md`) give pages of their own, and the
/// percent-encoded links to them work from file:// and over HTTP.
/// Evidence laid down in a numbered part of a 別記 is cited by the part's
/// numbers, and the link leads to the part, marked on the page with its
/// heading line and text (a rule written for this test).
#[test]
fn evidence_in_a_bekki_leads_to_its_numbered_part() {
    let Some(f) = fixture() else { return };
    let _guard = serial();
    let project = built_site(|dir| {
        std::fs::create_dir_all(dir.join("regulations")).unwrap();
        let text = "---\nbody: 試験村\ntitle: 試験村保有個人情報安全管理要綱\ncatalogs: [ppc-shishin]\n---\n\
                    （安全管理措置）\n第1条 保有個人情報の安全管理のために講ずる措置は、別記のとおりとする。\n\
                    別記（第1条関係）\n保有個人情報の安全管理措置\n\
                    １　アクセスの制限\n\
                    （１）　保護管理者は、保有個人情報にアクセスする権限を有する職員の範囲を業務上必要な最小限度に限る。\n\
                    ２　媒体の管理\n\
                    職員は、保有個人情報が記録されている媒体を定められた場所に保管し、施錠できる書庫に保管する。\n";
        std::fs::write(dir.join("regulations/shiken-yoko.md"), text).unwrap();
    });
    let page = format!("file://{}/reg/shiken-yoko.html", project.path().join("site").display());
    let (tab, errors) = tab_with_console(f);
    tab.navigate_to(&page).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.readyState === 'complete'");
    eval(&tab, "[...document.querySelectorAll('#coverage a')].find(a => a.innerText.startsWith('別記2')).click()");
    wait_for(&tab, "location.hash === '#appx-1-r3'");
    let target = eval(&tab, "document.querySelector(':target').innerText");
    let target = target.as_str().unwrap();
    assert!(target.starts_with("２　媒体の管理") && target.contains("施錠できる書庫"), "{target}");
    assert_eq!(eval(&tab, "getComputedStyle(document.querySelector(':target')).backgroundColor"), "rgb(255, 248, 225)");
    // The part carries the tag of the item it evidences.
    assert_eq!(eval(&tab, "document.querySelector(':target .tags').innerText.includes('第4-4')"), true);
    screenshot(&tab, "evidence-bekki");
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}

#[test]
fn japanese_ids_link_to_their_own_pages_from_file_url_and_http() {
    let Some(f) = fixture() else { return };
    let _guard = serial();
    let tmp = tempfile::tempdir().unwrap();
    let project = tmp.path();
    std::fs::create_dir_all(project.join("regulations")).unwrap();
    for (file, word) in [("堺市要綱", "暗号化"), ("上尾要領", "入退室管理")] {
        let text = format!(
            "---\nbody: 試験市\ntitle: {word}要綱\ncatalogs: []\n---\n第1条　この要綱は、{word}について定める。\n"
        );
        std::fs::write(project.join("regulations").join(format!("{file}.md")), text).unwrap();
    }
    let mut options = BuildOptions::in_project(project);
    options.catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs");
    site::build(&options).expect("builds");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let served = project.join("site");
    std::thread::spawn(move || reiki::cli::serve::serve(listener, &served, Default::default()));
    let home_file = format!("file://{}/index.html", project.join("site").display());
    for home in [home_file, format!("http://127.0.0.1:{port}/index.html")] {
        let (tab, errors) = tab_with_console(f);
        tab.navigate_to(&home).unwrap().wait_until_navigated().unwrap();
        for (file, word) in [("堺市要綱", "暗号化"), ("上尾要領", "入退室管理")] {
            let click = format!(
                "[...document.querySelectorAll('a')].find(a => a.textContent.includes('{word}要綱')).click(); true"
            );
            eval(&tab, &click);
            wait_for(&tab, &format!("decodeURIComponent(location.pathname).endsWith('/reg/{file}.html')"));
            wait_for(&tab, &format!("document.body.innerText.includes('{word}について定める')"));
            screenshot(&tab, &format!("japanese-id-{}", if home.starts_with("file") { "file" } else { "http" }));
            tab.navigate_to(&home).unwrap().wait_until_navigated().unwrap();
        }
        assert!(errors.lock().unwrap().is_empty(), "{home}: {:?}", errors.lock().unwrap());
        tab.close(true).unwrap();
    }
}

#[test]
fn under_serve_a_broken_save_shows_its_error_on_the_open_page() {
    use reiki::cli::serve::{rebuild, serve, LastBuild};
    let Some(f) = fixture() else { return };
    let _guard = serial();
    let tmp = tempfile::tempdir().unwrap();
    let project = tmp.path();
    std::fs::create_dir_all(project.join("regulations")).unwrap();
    let source = project.join("regulations/shiken-kitei.md");
    let text = "---\nid: shiken-kitei\nbody: 試験市\ntitle: 試験規程\ncatalogs: []\n---\n第1条　職員は、保有個人情報を暗号化するものとする。\n";
    std::fs::write(&source, text).unwrap();
    let mut options = BuildOptions::in_project(project);
    options.catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs");
    options.live_reload = true;
    let last = std::sync::Arc::new(LastBuild::default());
    rebuild(&options, &last, true);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (served, state) = (options.output.clone(), std::sync::Arc::clone(&last));
    std::thread::spawn(move || serve(listener, &served, state));

    let (tab, errors) = tab_with_console(f);
    tab.navigate_to(&format!("http://127.0.0.1:{port}/reg/shiken-kitei.html")).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.body.innerText.includes('暗号化するものとする')");
    std::fs::write(&source, text.replace("title: 試験規程", "title: [試験規程")).unwrap();
    rebuild(&options, &last, false);
    wait_for(&tab, "!!document.querySelector('#reiki-build-error[role=alert]')");
    let shown = eval(&tab, "document.querySelector('#reiki-build-error').innerText");
    let shown = shown.as_str().unwrap();
    assert!(shown.contains("反映できませんでした") && shown.contains("shiken-kitei.md:"), "{shown}");
    assert!(eval(&tab, "document.body.innerText.includes('暗号化するものとする')").as_bool().unwrap());
    screenshot(&tab, "serve-broken-save");

    // Fixed: the page reloads with the new text and the message is gone.
    std::fs::write(&source, text.replace("暗号化する", "暗号化し、又は秘匿する")).unwrap();
    rebuild(&options, &last, false);
    wait_for(&tab, "document.body.innerText.includes('暗号化し、又は秘匿する')");
    wait_for(&tab, "!document.querySelector('#reiki-build-error')");
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
    tab.close(true).unwrap();
}

#[test]
fn the_pager_of_an_item_over_one_page_leads_to_its_next_page_and_is_not_printed() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let tmp = built_site(|dir| {
        corpus::copy_seeds_over_one_page(dir);
    });
    let folder = tmp.path().join("site/catalog/ppc-shishin");
    let second = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|name| name.ends_with("~2.html"))
        .expect("an item over one page");
    let first = second.replace("~2.html", ".html");
    let (tab, errors) = tab_with_console(f);
    tab.navigate_to(&format!("file://{}/{first}", folder.display())).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.readyState === 'complete'");
    let pager = "document.querySelector('nav.pager')";
    assert_eq!(eval(&tab, &format!("{pager}.getBoundingClientRect().height > 10")), true, "the pager is shown");
    assert_eq!(eval(&tab, &format!("{pager}.querySelector('[aria-current=page]').textContent")), "1");
    tab.wait_for_element("nav.pager a[rel=next]").unwrap().click().unwrap();
    wait_for(&tab, &format!("decodeURIComponent(location.pathname).endsWith('/{second}')"));
    wait_for(&tab, "document.readyState === 'complete'");
    assert_eq!(eval(&tab, &format!("{pager}.querySelector('[aria-current=page]').textContent")), "2");
    let range = eval(&tab, "document.querySelector('.page-range').innerText");
    assert!(range.as_str().unwrap().contains(&format!("件中 {}", site::ITEM_PAGE_ROWS + 1)), "{range}");
    screenshot(&tab, "item-page-2");
    // Printed: the pager goes, the line saying which rows the page holds stays.
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None }).unwrap();
    assert_eq!(eval(&tab, &format!("getComputedStyle({pager}).display")), "none");
    assert_eq!(eval(&tab, "document.querySelector('.page-range').getBoundingClientRect().height > 0"), true);
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("screen".into()), features: None }).unwrap();
    tab.wait_for_element("nav.pager a[rel=prev]").unwrap().click().unwrap();
    wait_for(&tab, &format!("decodeURIComponent(location.pathname).endsWith('/{first}')"));
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}

#[test]
fn a_matrix_over_one_page_pages_its_columns_and_keeps_its_filter() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let tmp = built_site(|dir| {
        corpus::copy_seeds_over_one_page(dir);
    });
    let folder = tmp.path().join("site/matrix");
    assert!(folder.join("ppc-shishin~2.html").exists(), "a matrix over one page");
    let (tab, errors) = tab_with_console(f);
    tab.navigate_to(&format!("file://{}/ppc-shishin.html", folder.display())).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.readyState === 'complete'");
    let columns = "document.querySelectorAll('table.matrix th.m-reg').length";
    assert_eq!(eval(&tab, columns), site::MATRIX_PAGE_COLUMNS);
    tab.wait_for_element("nav.pager a[rel=next]").unwrap().click().unwrap();
    wait_for(&tab, "decodeURIComponent(location.pathname).endsWith('/ppc-shishin~2.html')");
    wait_for(&tab, "document.readyState === 'complete'");
    let pager = "document.querySelector('nav.pager')";
    assert_eq!(eval(&tab, &format!("{pager}.querySelector('[aria-current=page]').textContent")), "2");
    let range = eval(&tab, "document.querySelector('.page-range').innerText");
    assert!(range.as_str().unwrap().contains(&format!("例規中 {}", site::MATRIX_PAGE_COLUMNS + 1)), "{range}");
    // The filters work on the page: 区分 hides its items, and × and △ only
    // keeps the items with a gap among this page's columns, fading ○ and -.
    let visible =
        "[...document.querySelectorAll('.matrix tbody tr[data-class]')].filter(r => r.offsetParent !== null).length";
    let count = |query: &str| eval(&tab, query).as_u64().unwrap();
    let all = count(visible);
    let technical = count("document.querySelectorAll('.matrix tbody tr[data-class=technical]').length");
    tab.wait_for_element("#class-filter input[value=technical]").unwrap().click().unwrap();
    assert_eq!(count(visible), all - technical, "技術的 hidden");
    assert!(technical > 0);
    tab.wait_for_element("#class-filter input[value=technical]").unwrap().click().unwrap();
    tab.wait_for_element("#gaps-only").unwrap().click().unwrap();
    let gaps = count("document.querySelectorAll('.matrix tbody tr[data-class][data-gap=true]').length");
    assert_eq!(count(visible), gaps, "the items with a gap on this page");
    assert_eq!(eval(&tab, "document.querySelector('table.matrix').classList.contains('gaps-only')"), true);
    screenshot(&tab, "matrix-page-2");
    // A full page prints on one landscape sheet: no column cut off.
    assert_eq!(eval(&tab, columns), site::MATRIX_PAGE_COLUMNS);
    let width = matrix_print_width(&tab);
    assert!(width <= LANDSCAPE_PX, "a page of {} columns is {width}px wide in print", site::MATRIX_PAGE_COLUMNS);
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}
