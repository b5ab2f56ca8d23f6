//! Renders a small hand-built site (two versions of one regulation, one
//! catalog) and checks the pages a person would open.
use reiki::catalog::{Catalog, CatalogItem, Class, KeyElement};
use reiki::config::Config;
use reiki::model::{Article, Chapter, Item, Meta, Number, Paragraph, Regulation, Section, Status};
use reiki::site::{linkcheck, Site};

fn para(article: &str, number: u32, text: &str, items: Vec<Item>) -> Paragraph {
    Paragraph {
        id: if number == 1 { format!("{article}-p1") } else { format!("{article}-p{number}") },
        number,
        text: text.into(),
        normalized: text.into(),
        items,
        line: 0,
    }
}

fn article(n: u32, caption: &str, paragraphs: Vec<Paragraph>, line: usize) -> Article {
    Article {
        id: format!("art-{n}"),
        number: Number { main: n, branches: vec![] },
        label: format!("第{n}条"),
        caption: Some(caption.into()),
        paragraphs,
        line,
        ..Article::default()
    }
}

fn regulation(id: &str, encrypt_text: &str, supersedes: Option<&str>) -> Regulation {
    let items = vec![
        Item {
            id: "art-2-p1-i1".into(),
            label: "(1)".into(),
            number: 1,
            text: "保有個人情報の複製".into(),
            normalized: "保有個人情報の複製".into(),
            children: vec![],
            line: 6,
        },
        Item {
            id: "art-2-p1-i2".into(),
            label: "(2)".into(),
            number: 2,
            text: "保有個人情報の送信".into(),
            normalized: "保有個人情報の送信".into(),
            children: vec![],
            line: 7,
        },
    ];
    Regulation {
        id: id.into(),
        path: format!("regulations/{id}.md"),
        meta: Meta {
            id: Some(id.into()),
            body: Some("試験市".into()),
            title: Some("保有個人情報の管理に関する規程".into()),
            kind: Some("規程".into()),
            status: Some(Status::Enacted),
            date: Some("2024-04-01".into()),
            supersedes: supersedes.map(Into::into),
            version_label: Some(if supersedes.is_some() { "改正後" } else { "改正前" }.into()),
            description: Some("**テスト用**の規程".into()),
            ..Meta::default()
        },
        chapters: vec![Chapter {
            id: "chap-1".into(),
            number: Some(Number { main: 1, branches: vec![] }),
            label: "第1章".into(),
            title: "総則".into(),
            line: 1,
            sections: vec![Section {
                id: "chap-1-sec-0".into(),
                number: None,
                label: String::new(),
                title: String::new(),
                line: 1,
                articles: vec![
                    article(
                        1,
                        "趣旨",
                        vec![para("art-1", 1, "この規程は、保有個人情報の管理について定める。", vec![])],
                        2,
                    ),
                    article(2, "複製等の制限", vec![para("art-2", 1, "職員は、次の行為を制限する。", items)], 4),
                    article(
                        3,
                        "暗号化",
                        vec![
                            para("art-3", 1, encrypt_text, vec![]),
                            para("art-3", 2, "職員は、適切に暗号化を行うものとする。", vec![]),
                        ],
                        9,
                    ),
                ],
            }],
        }],
        diagnostics: vec![reiki::model::Diagnostic {
            severity: reiki::model::Severity::Warning,
            code: reiki::model::DiagnosticCode::NumberingGap,
            file: format!("regulations/{id}.md"),
            line: 10,
            message: "項番号が飛んでいます".into(),
        }],
        ..Regulation::default()
    }
}

fn catalog() -> Catalog {
    let item = |id: &str, title: &str, parent: Option<&str>, class: Class, req: &str, elements: Vec<(&str, &str)>| {
        CatalogItem {
            id: id.into(),
            label: Some(id.into()),
            title: title.into(),
            parent: parent.map(Into::into),
            class,
            requirement: req.into(),
            elements: elements
                .into_iter()
                .map(|(l, any)| KeyElement {
                    label: l.into(),
                    any: vec![any.into()],
                    at_rest: false,
                    discretionary: false,
                })
                .collect(),
            keywords: vec![],
            role: false,
            document: Vec::new(),
            note: Some("注記".into()),
        }
    };
    Catalog {
        id: "test-cat".into(),
        title: "試験用指針".into(),
        short_title: "指針".into(),
        publisher: Some("試験委員会".into()),
        source: None,
        description: Some("説明".into()),
        items: vec![
            item("1", "取扱い", None, Class::Other, "", vec![]),
            item(
                "1-1",
                "複製等の制限",
                Some("1"),
                Class::Organizational,
                "複製、送信を制限する。",
                vec![("複製", "複製"), ("送信", "送信")],
            ),
            item(
                "1-2",
                "暗号化",
                Some("1"),
                Class::Technical,
                "秘匿性に応じて暗号化する。",
                vec![("暗号化", "暗号化"), ("秘匿性", "秘匿性")],
            ),
            item("1-3", "入退室管理", Some("1"), Class::Physical, "入退室を管理する。", vec![("入退室", "入退室")]),
        ],
    }
}

fn build(dir: &std::path::Path) -> Site {
    let regs = vec![
        regulation("test-old", "システム管理者は、暗号化のために必要な措置を講ずる。", None),
        regulation(
            "test-new",
            "システム管理者は、秘匿性に応じて、暗号化のために必要な措置を講ずる。",
            Some("test-old"),
        ),
    ];
    let config = Config {
        default_catalogs: vec!["test-cat".into()],
        pairs: vec![["test-new".into(), "test-old".into()]],
        ..Config::default()
    };
    let mut site = Site::from_parts(config, vec![catalog()], regs);
    site.analyse().unwrap();
    site.render().unwrap();
    site.write(dir).unwrap();
    site
}

fn read(dir: &std::path::Path, page: &str) -> String {
    std::fs::read_to_string(dir.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

#[test]
fn every_page_type_is_written_with_relative_links_only() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out);
    for page in [
        "index.html",
        "about.html",
        "search.html",
        "diagnostics.html",
        "search-index.js",
        "static/style.css",
        "static/search.js",
        "reg/test-new.html",
        "reg/test-old.html",
        "catalog/test-cat/index.html",
        "catalog/test-cat/1-2.html",
        "matrix/test-cat.html",
        "model/test-new--test-cat.html",
        "pair/test-new--test-old.html",
        "taishohyo/test-new.html",
    ] {
        assert!(out.join(page).is_file(), "{page} missing");
    }
    let report = linkcheck::check(&out).unwrap();
    assert!(report.links > 100, "only {} links checked", report.links);
    let broken: Vec<String> = report.broken.iter().map(|b| b.to_string()).collect();
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn regulation_page_is_formatted_like_a_reikishu() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out);
    let html = read(&out, "reg/test-new.html");
    assert!(html.contains(r#"<html lang="ja">"#));
    // Article anchor = model id, caption in （） above, label bold (a link to itself).
    assert!(html.contains(r#"id="art-3""#), "article anchor");
    assert!(html.contains(r#"<p class="caption">（暗号化）</p>"#));
    assert!(html.contains(r##"<a class="art-label" href="#art-3">第3条</a>"##));
    // 項 number printed from the second paragraph on; 号 as an indented list.
    assert!(html.contains(r#"<p class="para" id="art-3-p2"><span class="para-num">2</span>職員は"#), "paragraph 2");
    assert!(html.contains(
        r#"<li class="item depth-1" id="art-2-p1-i1"><span class="item-label">(1)</span>保有個人情報の複製</li>"#
    ));
    // Chapter heading, 目次 link, markdown description.
    assert!(html.contains("第1章　総則"));
    assert!(html.contains(r##"href="#chap-1""##));
    assert!(html.contains("<strong>テスト用</strong>"));
    // Tag: article 3 covers item 1-2 (both elements present in the new version) → ○.
    let art3 = &html[html.find(r#"id="art-3""#).unwrap()..];
    let art3 = &art3[..art3.find("</article>").unwrap()];
    assert!(art3.contains(r#"href="../catalog/test-cat/1-2.html""#), "tag link: {art3}");
    assert!(art3.contains("○") && art3.contains("充足"), "symbol and text: {art3}");
    // The diagnostic on line 10 sits under article 3 (which starts on line 9).
    assert!(art3.contains("項番号が飛んでいます"));
    // Coverage table: 1-3 入退室管理 is missing (×) with its screen-reader text.
    let cov = &html[html.find(r#"id="coverage""#).unwrap()..];
    let row = &cov[cov.find("入退室管理").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("×") && row.contains("欠落"), "{row}");
}

#[test]
fn matrix_cells_link_to_evidence_and_carry_text() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out);
    let html = read(&out, "matrix/test-cat.html");
    assert!(html.contains(r#"<th scope="col" class="m-item">項目</th>"#));
    assert!(html.contains(r#"href="../reg/test-new.html#art-3""#), "cell links to the evidence article");
    assert!(html.contains(r#"data-class="technical""#));
    // The filter is hidden until the script shows it: usable without JS.
    assert!(html.contains(r#"<fieldset class="class-filter" id="class-filter" hidden>"#));
    assert!(html.contains("技術的") && html.contains("物理的") && html.contains("組織的"));
}

#[test]
fn old_version_item_is_partial_and_taishohyo_marks_the_change() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out);
    // Old text lacks 秘匿性 → 1-2 is △ with the missing element named.
    let item = read(&out, "catalog/test-cat/1-2.html");
    let old = &item[item.find("保有個人情報の管理に関する規程（改正前）").unwrap_or(0)..];
    assert!(item.contains("秘匿性に応じて暗号化する。"), "requirement shown");
    assert!(old.contains("不足: 秘匿性") || item.contains("不足: 秘匿性"), "{item}");
    let t = read(&out, "taishohyo/test-new.html");
    assert!(t.contains("改正後") && t.contains("改正前"));
    assert!(t.contains(r#"<u class="ins">"#), "insertion underlined in the new column (the CLI --html table)");
}

#[test]
fn search_index_is_a_list_of_shards_each_a_script_adding_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out);
    let js = read(&out, "search-index.js");
    let manifest: serde_json::Value =
        serde_json::from_str(js.strip_prefix("window.REIKI_SEARCH_INDEX = ").unwrap().trim_end().trim_end_matches(';'))
            .unwrap();
    assert_eq!(manifest["shards"], serde_json::json!(["search-index/0000.js"]), "two regulations: one shard");
    let shard = read(&out, "search-index/0000.js");
    let json: serde_json::Value = serde_json::from_str(
        shard
            .strip_prefix("(window.REIKI_SEARCH_SHARDS = window.REIKI_SEARCH_SHARDS || {})[0] = ")
            .unwrap()
            .trim_end()
            .trim_end_matches(';'),
    )
    .unwrap();
    let docs = json["docs"].as_array().unwrap();
    assert_eq!(docs.len(), 6, "three articles in each of two regulations");
    assert!(json["terms"]["暗号"].as_array().unwrap().len() >= 4, "both versions' 第3条 hold 暗号");
    assert!(docs.iter().any(|d| d["url"] == "reg/test-new.html#art-3"));
}

/// A 要領 numbered １, ２ … writes each heading on its number's line with
/// the text below (「２　管理体制」): its page prints it so, not as a
/// caption in brackets above the number as for a 条.
#[test]
fn a_plainly_numbered_provision_keeps_its_heading_on_its_number_line() {
    let text = "---\nid: yoryo\nbody: 試験町\ntitle: 試験町文書管理要領\nkind: 要領\n---\n\
                試験町文書管理要領\n\
                １　趣旨\n\
                \u{3000}この要領は、文書の管理に関し必要な事項を定める。\n\
                ２　管理体制\n\
                （１）課長は、文書を管理する。\n\
                ３　この要領は、令和６年４月１日から施行する。\n";
    let reg = reiki::parse::load_str("yoryo.md", text).unwrap();
    let mut site = Site::from_parts(Config::default(), vec![catalog()], vec![reg]);
    site.analyse().unwrap();
    site.render().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    site.write(&out).unwrap();
    let html = read(&out, "reg/yoryo.html");
    let first = &html[html.find(r#"aria-label="1（趣旨）""#).expect("provision 1")..];
    let first = &first[..first.find("</article>").unwrap()];
    assert!(first.contains(r##"<p class="heading-line"><a class="art-label" href="#art-1">1</a>趣旨</p>"##), "{first}");
    assert!(!first.contains("（趣旨）</p>"), "no bracketed caption: {first}");
    // The text below the heading carries no second number.
    assert!(first.contains(r#"<p class="para under-heading" id="art-1-p1">この要領は"#), "{first}");
    // A provision with its text on the number's line is printed as a 条 is.
    assert!(html.contains(r##"<a class="art-label" href="#art-3">3</a>この要領は、令和"##), "provision 3");
    // The 目次 names a provision by its heading, else by its opening words.
    assert!(html.contains(r##"<a href="#art-1">1　趣旨</a>"##), "目次 1");
    assert!(
        html.contains(r##"<a href="#art-3">3　<span class="muted">この要領は、令和６年４月…</span></a>"##),
        "目次 3"
    );
}
