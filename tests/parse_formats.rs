//! Input formats other than plain Markdown/text (issue 9): Word .docx,
//! OpenDocument .odt, saved 例規集 HTML pages, Jekyll/kramdown Markdown with
//! its own metadata, encodings and line endings, and bad input of each kind. Fixtures and how
//! they were made: tests/fixtures/formats/README.md.
use std::io::Write;
use std::path::{Path, PathBuf};

use reiki::model::{Article, Regulation};
use reiki::parse;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats").join(name)
}

fn load(name: &str) -> Regulation {
    parse::load_file(&fixture(name)).unwrap_or_else(|e| panic!("{e:#}"))
}

fn art<'a>(reg: &'a Regulation, label: &str) -> &'a Article {
    reg.articles().find(|a| a.label == label).unwrap_or_else(|| panic!("{label} missing"))
}

fn messages(reg: &Regulation) -> Vec<&str> {
    reg.diagnostics.iter().map(|d| d.message.as_str()).collect()
}

fn labels(reg: &Regulation) -> Vec<(String, Option<String>, usize)> {
    reg.articles().map(|a| (a.label.clone(), a.caption.clone(), a.paragraphs.len())).collect()
}

/// The regulation as JSON without its diagnostics (which quote the source).
fn all_text(reg: &Regulation) -> String {
    let mut reg = reg.clone();
    reg.diagnostics.clear();
    serde_json::to_string(&reg).unwrap()
}

fn load_error(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let err = parse::load_file(&path).expect_err(name);
    let msg = err.to_string();
    assert!(msg.contains(name), "names the file: {msg}");
    assert_eq!(msg.lines().count(), 1, "one line: {msg}");
    msg
}

#[test]
fn docx_written_by_libreoffice() {
    let reg = load("johokiki-kitei.docx");
    assert_eq!(
        labels(&reg),
        vec![
            ("第1条".into(), Some("目的".into()), 1),
            ("第2条".into(), Some("定義".into()), 1),
            ("第3条".into(), Some("管理責任者".into()), 2),
            ("第4条".into(), Some("持出しの制限".into()), 1),
        ]
    );
    let items: Vec<&str> = art(&reg, "第2条").paragraphs[0].items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(items, ["（１）", "（２）"]);
    assert_eq!(
        art(&reg, "第3条").paragraphs[1].text,
        "管理責任者は、別表に定める区分に従い、情報機器の台帳を整備しなければならない。"
    );
    assert_eq!(reg.supplementary.len(), 1);
    assert_eq!(reg.supplementary[0].paragraphs[0].text, "この規程は、令和６年４月１日から施行する。");
    // The Word table became the 別表's rows.
    assert_eq!(reg.appendices.len(), 1);
    assert_eq!(reg.appendices[0].relation.as_deref(), Some("（第３条関係）"));
    assert_eq!(reg.appendices[0].rows[2], vec!["記録媒体", "媒体番号、保管場所、暗号化の有無"]);
    // Sidecar YAML: known keys used, the unknown one kept.
    assert_eq!(reg.id, "sakurano-johokiki");
    assert_eq!(reg.meta.body.as_deref(), Some("桜野事務組合"));
    assert_eq!(reg.meta.catalogs, Some(vec![]));
    assert_eq!(reg.meta.extra["tantou"], serde_yaml::Value::from("総務係"));
    assert!(reg.diagnostics.is_empty(), "{:?}", reg.diagnostics);
}

#[test]
fn docx_with_word_numbering_tracked_changes_and_comments() {
    let reg = load("word-numbering.docx");
    // 第%1条 / （%2） / ア from numbering.xml.
    assert_eq!(
        labels(&reg),
        vec![
            ("第1条".into(), Some("目的".into()), 1),
            ("第2条".into(), Some("委託先の選定".into()), 2),
            ("第3条".into(), Some("再委託".into()), 1),
        ]
    );
    let a2 = art(&reg, "第2条");
    let items: Vec<(&str, usize)> =
        a2.paragraphs[0].items.iter().map(|i| (i.label.as_str(), i.children.len())).collect();
    assert_eq!(items, [("（１）", 0), ("（２）", 0), ("（３）", 2), ("（４）", 0)]);
    assert_eq!(a2.paragraphs[0].items[2].children[1].text, "記録媒体の管理");
    assert_eq!(a2.paragraphs[0].items[3].text, "R&D部門を置く場合は、その管理体制");
    // Tracked changes read as accepted; the comment is not text.
    assert_eq!(a2.paragraphs[1].text, "実施機関は、委託先に事故が生じたときは、速やかに報告を求めるものとする。");
    let warning =
        reg.diagnostics.iter().find(|d| d.code.as_str() == "tracked-changes").expect("tracked-changes warning");
    assert!(warning.message.contains("承諾"), "{}", warning.message);
    assert_eq!(warning.line, a2.paragraphs[1].line, "on the changed paragraph");
    // Title from docProps/core.xml; the line after <w:br/> is its own line.
    assert_eq!(reg.meta.title.as_deref(), Some("個人情報取扱事務委託要綱"));
    assert_eq!(reg.preamble[1].text, "令和６年４月１日告示第３０号");
    let text = all_text(&reg);
    for absent in ["下書き・回覧用", "要確認", "部外秘", "直ちに"] {
        assert!(!text.contains(absent), "{absent} must not be read");
    }
    assert_eq!(reg.supplementary.len(), 2);
    assert_eq!(reg.supplementary[1].instrument.as_deref(), Some("令和７年告示第５号"));
    assert_eq!(reg.appendices[0].rows.len(), 3);
}

#[test]
fn docx_numbered_by_paragraph_styles() {
    // 条 and 号 numbered by styles linked to a list (styles.xml), as
    // LibreOffice Writer prints the file: 第１条 … （１）, the 附則's 項 by
    // direct list formatting, a 「２　」 typed in a style with the list off.
    let reg = load("word-styles.docx");
    assert_eq!(
        labels(&reg),
        vec![
            ("第1条".into(), Some("趣旨".into()), 1),
            ("第2条".into(), Some("総括保護管理者".into()), 2),
            ("第3条".into(), Some("保護管理者".into()), 2),
            ("第4条".into(), Some("教育研修".into()), 1),
        ]
    );
    // 第3条 is in a style based on 「条文」: numbered by inheritance.
    assert_eq!(
        art(&reg, "第3条").paragraphs[0].text,
        "保有個人情報を取り扱う課等に保護管理者を置き、当該課等の長をもって充てる。"
    );
    let items: Vec<(&str, &str)> =
        art(&reg, "第3条").paragraphs[1].items.iter().map(|i| (i.label.as_str(), i.text.as_str())).collect();
    assert_eq!(
        items,
        [
            ("（１）", "保有個人情報の適切な管理の確保"),
            ("（２）", "保護担当者の指定"),
            ("（３）", "職員に対する指導及び監督")
        ]
    );
    // The list switched off in a styled paragraph gives no second 第N条.
    assert_eq!(art(&reg, "第2条").paragraphs[1].text, "総括保護管理者は、保有個人情報の管理に関する事務を総括する。");
    let supplementary: Vec<u32> = reg.supplementary[0].paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(supplementary, [1, 2]);
    assert!(reg.diagnostics.is_empty(), "{:?}", messages(&reg));
}

#[test]
fn odt_numbered_by_list_styles_and_outline() {
    // make_odt_lists.py: 条/号/目 by the list style 「条文番号」, 章 by the
    // outline numbering, as LibreOffice Writer prints it (第１章, 第１条 …
    // 第５条, （１）（２）, ア イ, 附則 １ ２; see the fixtures README).
    let reg = load("odt-lists.odt");
    assert_eq!(
        labels(&reg),
        vec![
            ("第1条".into(), Some("目的".into()), 1),
            ("第2条".into(), Some("定義".into()), 2),
            ("第3条".into(), Some("管理者".into()), 1),
            ("第4条".into(), Some("使用の手続".into()), 1),
            ("第5条".into(), Some("事故の報告".into()), 1),
        ]
    );
    let numbers: Vec<u32> = reg.articles().map(|a| a.number.main).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5], "continued after 「２　…」 and after the 第２章 heading");
    let chapters: Vec<(&str, &str, usize)> = reg
        .chapters
        .iter()
        .map(|c| (c.label.as_str(), c.title.as_str(), c.sections.iter().map(|s| s.articles.len()).sum()))
        .collect();
    assert_eq!(chapters, [("第1章", "総則", 3), ("第2章", "管理", 2)]);
    let a2 = art(&reg, "第2条");
    let items: Vec<(&str, &str, usize)> =
        a2.paragraphs[0].items.iter().map(|i| (i.label.as_str(), i.text.as_str(), i.children.len())).collect();
    assert_eq!(
        items,
        [
            ("（１）", "公用車　町が所有し、又は借り受けた自動車をいう。", 0),
            ("（２）", "運転者   公用車を運転する職員をいう。", 2)
        ]
    );
    let moku: Vec<(&str, &str)> =
        a2.paragraphs[0].items[1].children.iter().map(|c| (c.label.as_str(), c.text.as_str())).collect();
    assert_eq!(moku, [("ア", "正規の職員"), ("イ", "会計年度任用職員")]);
    assert_eq!(a2.paragraphs[1].text, "前項第２号の職員は、運転免許証を所持する者に限る。");
    // Tracked changes accepted: the insertion kept, the deletion dropped.
    assert_eq!(
        art(&reg, "第4条").paragraphs[0].text,
        "公用車を使用しようとする職員は、あらかじめ管理者の承認を受けなければならない。"
    );
    assert_eq!(
        art(&reg, "第5条").paragraphs[0].text,
        "職員は、公用車の事故が生じたときは、管理者に報告しなければならない。"
    );
    let warning =
        reg.diagnostics.iter().find(|d| d.code.as_str() == "tracked-changes").expect("tracked-changes warning");
    assert_eq!(warning.line, art(&reg, "第4条").paragraphs[0].line, "on the first changed paragraph");
    assert_eq!(reg.diagnostics.len(), 1, "{:?}", messages(&reg));
    // The footnote, the comment, the text box and the header are not read.
    let text = all_text(&reg);
    for absent in ["脚注", "旧要綱", "要確認", "回覧用", "部外秘", "直ちに"] {
        assert!(!text.contains(absent), "{absent} must not be read");
    }
    assert_eq!(reg.meta.title.as_deref(), Some("桜野町公用車管理要綱"));
    assert_eq!(reg.preamble[1].text, "令和６年４月１日告示第１２号", "text:line-break is a new line");
    let supplementary: Vec<u32> = reg.supplementary[0].paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(supplementary, [1, 2]);
    assert_eq!(
        reg.appendices[0].rows,
        vec![vec!["車種", "管理の区分"], vec!["乗用車", "総務課"], vec!["貨物自動車", "各課"]]
    );
}

#[test]
fn odt_saved_by_libreoffice_from_word_reads_as_the_docx() {
    // word-styles.odt and word-numbering.odt: the .docx fixtures saved as
    // .odt by LibreOffice (list styles WWNum5 …, text:continue-numbering,
    // a text box as draw:custom-shape, an annotation, tracked changes).
    for name in ["word-styles", "word-numbering"] {
        let docx = load(&format!("{name}.docx"));
        let odt = load(&format!("{name}.odt"));
        assert_eq!(labels(&odt), labels(&docx), "{name}");
        let item_labels = |reg: &Regulation| -> Vec<String> {
            reg.articles().flat_map(|a| &a.paragraphs).flat_map(|p| &p.items).map(|i| i.label.clone()).collect()
        };
        assert_eq!(item_labels(&odt), item_labels(&docx), "{name}");
        assert_eq!(odt.meta.title, docx.meta.title, "{name}");
        let numbers = |reg: &Regulation| -> Vec<Vec<u32>> {
            reg.supplementary.iter().map(|s| s.paragraphs.iter().map(|p| p.number).collect()).collect()
        };
        assert_eq!(numbers(&odt), numbers(&docx), "{name}");
    }
    let reg = load("word-numbering.odt");
    assert_eq!(
        art(&reg, "第2条").paragraphs[1].text,
        "実施機関は、委託先に事故が生じたときは、速やかに報告を求めるものとする。"
    );
    assert!(reg.diagnostics.iter().any(|d| d.code.as_str() == "tracked-changes"));
    let text = all_text(&reg);
    for absent in ["下書き・回覧用", "要確認", "直ちに"] {
        assert!(!text.contains(absent), "{absent} must not be read");
    }
    assert_eq!(reg.appendices[0].rows.len(), 3);
}

#[test]
fn odt_with_sidecar_and_bad_odt_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("odt-lists.odt"), dir.path().join("kouyousha.odt")).unwrap();
    std::fs::write(dir.path().join("kouyousha.yaml"), "id: sakurano-kouyousha\ntitle: 公用車管理要綱\n").unwrap();
    let reg = parse::load_file(&dir.path().join("kouyousha.odt")).unwrap();
    assert_eq!(reg.id, "sakurano-kouyousha");
    assert_eq!(reg.meta.title.as_deref(), Some("公用車管理要綱"), "the sidecar wins over meta.xml");
    let files = reiki::source::discover(dir.path()).unwrap();
    assert_eq!(files.len(), 1, "the sidecar is not a regulation: {files:?}");

    let msg = load_error("corrupt.odt", b"PK\x03\x04 this is not a zip archive");
    assert!(msg.contains("OpenDocument テキスト（.odt）として開けません"), "{msg}");
    let zip_of = |name: &str, body: &[u8]| {
        let mut bytes = Vec::new();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file(name, options).unwrap();
        zip.write_all(body).unwrap();
        zip.finish().unwrap();
        bytes
    };
    let msg = load_error("no-content.odt", &zip_of("styles.xml", b"<office:document-styles/>"));
    assert!(msg.contains("content.xml がありません"), "{msg}");
    let msg = load_error("broken.odt", &zip_of("content.xml", "<office:text><text:p>第1条</office:text>".as_bytes()));
    assert!(msg.contains("content.xml が読めません"), "{msg}");
    // content.xml unpacking to 50 MB: refused at the part limit, not read.
    let chunk = "<text:p>第1条　本文</text:p>".repeat(1024);
    let huge = zip_of("content.xml", chunk.repeat(50 * 1024 * 1024 / chunk.len()).as_bytes());
    let msg = load_error("huge.odt", &huge);
    assert!(msg.contains("content.xml が大きすぎます"), "{msg}");
    // .odt is read now; .doc and .rtf are still refused with what to do.
    let msg = load_error("kitei.rtf", b"{\\rtf1}");
    assert!(msg.contains(".rtf は読めません") && msg.contains("--convert-to docx"), "{msg}");
}

#[test]
fn e_reiki_page_in_shift_jis() {
    let reg = load("e-reiki-honbun-sjis.html");
    assert_eq!(
        labels(&reg),
        vec![
            ("第1条".into(), Some("趣旨".into()), 1),
            ("第2条".into(), Some("管理者".into()), 2),
            ("第3条".into(), Some("使用の手続".into()), 1),
            ("第4条".into(), Some("事故の報告".into()), 1),
        ]
    );
    // Ruby gives its base text only.
    assert_eq!(
        art(&reg, "第2条").paragraphs[1].text,
        "管理者は、公用車の鍵を保管し、使用の状況を記録しなければならない。"
    );
    let items: Vec<&str> = art(&reg, "第3条").paragraphs[0].items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(items, ["使用の目的及び行先", "使用の日時", "運転者の氏名"]);
    assert_eq!(reg.supplementary.len(), 2);
    assert_eq!(reg.supplementary[1].instrument.as_deref(), Some("令和3年訓令第2号"));
    // Header, breadcrumb, footer and script are dropped.
    let text = all_text(&reg);
    for absent in ["例規集", "トップ", "Copyright", "第9条"] {
        assert!(!text.contains(absent), "{absent} must be dropped");
    }
    assert!(reg.diagnostics.is_empty(), "{:?}", reg.diagnostics);
}

#[test]
fn kiteishu_page_with_entities_nav_and_table() {
    let reg = load("kiteishu-page.html");
    assert_eq!(reg.chapters.len(), 2);
    assert_eq!(reg.chapters[1].title, "管理");
    let a2 = art(&reg, "第2条");
    // Entities decoded exactly once, in 条 and 項 alike.
    assert_eq!(a2.paragraphs[0].text, "保有個人情報を含む文書には、<取扱注意>の表示をしなければならない。");
    assert_eq!(a2.paragraphs[1].text, "前項の表示は、&lt;取扱注意&gt;と記載してはならない。");
    assert_eq!(a2.paragraphs[2].text, "電子メールの件名には、<機密>と付するものとする。");
    assert_eq!(art(&reg, "第3条").paragraphs[0].items.len(), 2);
    // 附則 with its body on the heading's line.
    assert_eq!(reg.supplementary.len(), 2);
    assert_eq!(reg.supplementary[1].paragraphs[0].text, "この要領は、令和6年4月1日から施行する。");
    assert_eq!(
        reg.appendices[0].rows,
        vec![vec!["点検項目", "点検の時期"], vec!["記録媒体の 保管状況", "毎年度４月"], vec!["アクセス記録", "毎月"]]
    );
    assert_eq!(reg.articles().count(), 3, "nav, menu and script articles are dropped");
    assert!(!all_text(&reg).contains("お問い合わせ"));
}

/// A page whose `<body>` carries the id the 「ページの先頭へ」 links aim at
/// (`id="pagetop"`) keeps its text; a `<div>` of that name is still dropped.
#[test]
fn a_page_whose_body_is_the_page_top_anchor() {
    let page = "<html><head><title>規程</title></head>\n\
        <body id=\"pagetop\" class=\"kiteishu\">\n\
        <div id=\"header\"><p>お問い合わせ</p></div>\n\
        <main id=\"main\"><p>試験機構文書管理規程</p>\n\
        <p>（趣旨）</p><p>第１条　この規程は、文書の管理に関し必要な事項を定める。</p>\n\
        <p>（保存）</p><p>第２条　文書は、施錠できる書庫に保存しなければならない。</p>\n\
        <div class=\"pagetop\"><a href=\"#pagetop\">このページの先頭へ</a></div></main></body></html>\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kitei.html");
    std::fs::write(&path, page).unwrap();
    let reg = parse::load_file(&path).unwrap();
    assert_eq!(reg.articles().count(), 2);
    assert_eq!(art(&reg, "第2条").paragraphs[0].text, "文書は、施錠できる書庫に保存しなければならない。");
    let text = all_text(&reg);
    assert!(!text.contains("お問い合わせ") && !text.contains("先頭へ"), "{text}");
}

/// A 例規集 page with a 目次 pane of links to the page's own anchors: the
/// pane is navigation and is dropped; the regulation's own 目次 (entries
/// that span articles) and a link inside a provision are its text.
#[test]
fn a_page_with_a_table_of_contents_pane() {
    let page = "<html><body><div id=\"left-pane\"><div class=\"pane-title\">目次</div>\n\
        <ul><li><a href=\"#e1\">試験市文書管理規程</a></li>\n\
        <li><a href=\"#e2\">第１章　総則</a><ul><li><a href=\"#e3\">第１条（趣旨）</a></li><li><a href=\"#e4\">第２条（保存）</a></li></ul></li>\n\
        <li><a href=\"#e5\">第２章　雑則</a><ul><li><a href=\"#e6\">第３条（委任）</a></li></ul></li>\n\
        <li><a href=\"#e7\">別表（第２条関係）</a></li></ul></div>\n\
        <div id=\"honbun\"><p>試験市文書管理規程</p>\n\
        <p>目次</p><p><a href=\"#e2\">第１章　総則（第１条・第２条）</a></p><p><a href=\"#e5\">第２章　雑則（第３条）</a></p>\n\
        <p>第１章　総則</p><p>（趣旨）</p><p>第１条　この規程は、文書の管理に関し必要な事項を定める。</p>\n\
        <p>（保存）</p><p>第２条　文書は、<a href=\"#e7\">別表</a>に定める期間保存しなければならない。</p>\n\
        <p>第２章　雑則</p><p>（委任）</p><p>第３条　この規程に定めるもののほか、必要な事項は、市長が定める。</p>\n\
        <p>別表（第２条関係）</p><table><tr><td>文書</td><td>５年</td></tr></table></div></body></html>\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kitei.html");
    std::fs::write(&path, page).unwrap();
    let reg = parse::load_file(&path).unwrap();
    assert_eq!(reg.articles().count(), 3, "{:?}", labels(&reg));
    assert_eq!(reg.toc.len(), 2, "the regulation's own 目次: {:?}", reg.toc);
    assert_eq!(art(&reg, "第2条").paragraphs[0].text, "文書は、別表に定める期間保存しなければならない。");
    assert_eq!(reg.appendices.len(), 1);
    assert!(reg.diagnostics.is_empty(), "{:?}", messages(&reg));
}

/// A pane that lists each 章 with the articles it spans, as the
/// regulation's own 目次 prints them, and the articles under it as links:
/// the whole pane is navigation, its 章 too; the regulation's own 目次
/// after the title is its 目次, once, with no 附則 of its own made of its
/// last entry.
#[test]
fn a_pane_whose_chapters_span_their_articles_is_navigation() {
    let page = "<html><body><div id=\"toc-pane\"><p class=\"toc-head\">目次</p>\n\
        <ul><li><a href=\"#s1\">第１章　総則（第１条・第２条）</a><ul><li><a href=\"#j1\">第１条（趣旨）</a></li><li><a href=\"#j2\">第２条（保存）</a></li></ul></li>\n\
        <li><a href=\"#s2\">第２章　雑則（第３条）</a><ul><li><a href=\"#j3\">第３条（委任）</a></li></ul></li>\n\
        <li><a href=\"#f\">附則</a></li></ul></div>\n\
        <div id=\"honbun\"><p>試験市文書管理規程</p><p>令和８年３月２５日</p><p>規程第２号</p>\n\
        <p>目次</p><p>第１章　総則（第１条・第２条）</p><p>第２章　雑則（第３条）</p><p>附則</p>\n\
        <p>第１章　総則</p><p>（趣旨）</p><p>第１条　この規程は、文書の管理に関し必要な事項を定める。</p>\n\
        <p>（保存）</p><p>第２条　文書は、施錠できる書庫に保存しなければならない。</p>\n\
        <p>第２章　雑則</p><p>（委任）</p><p>第３条　この規程に定めるもののほか、必要な事項は、市長が定める。</p>\n\
        <p>附　則</p><p>この規程は、令和８年４月１日から施行する。</p></div></body></html>\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kitei.html");
    std::fs::write(&path, page).unwrap();
    let reg = parse::load_file(&path).unwrap();
    assert_eq!(reg.articles().count(), 3, "{:?}", labels(&reg));
    assert_eq!(reg.toc.len(), 3, "the regulation's own 目次: {:?}", reg.toc);
    assert_eq!(reg.supplementary.len(), 1);
    assert!(reg.diagnostics.is_empty(), "{:?}", messages(&reg));
    // The regulation's own 目次 written as links, ending in a linked 附則
    // (no pane's: no article's link among them), stays.
    let own = "<html><body><p>試験市文書管理規程</p><p>目次</p>\n\
        <p><a href=\"#s1\">第１章　総則（第１条・第２条）</a></p><p><a href=\"#s2\">第２章　雑則（第３条）</a></p><p><a href=\"#f\">附則</a></p>\n\
        <p>第１章　総則</p><p>第１条　この規程は、文書の管理に関し必要な事項を定める。</p>\n\
        <p>第２条　文書は、施錠できる書庫に保存しなければならない。</p>\n\
        <p>第２章　雑則</p><p>第３条　この規程に定めるもののほか、必要な事項は、市長が定める。</p>\n\
        <p>附　則</p><p>この規程は、令和８年４月１日から施行する。</p></body></html>\n";
    std::fs::write(&path, own).unwrap();
    let reg = parse::load_file(&path).unwrap();
    assert_eq!(reg.toc.len(), 2, "the regulation's own 目次: {:?}", reg.toc);
    assert_eq!(reg.articles().count(), 3, "{:?}", labels(&reg));
}

#[test]
fn jekyll_kramdown_markdown() {
    let reg = load("jekyll-kramdown.md");
    assert_eq!(reg.meta.title.as_deref(), Some("文書管理規程"));
    assert_eq!(reg.meta.extra["category"][0], serde_yaml::Value::from("09 庶務"));
    assert_eq!(reg.meta.extra.len(), 4, "layout, category, number, tags");
    assert!(reg.standards.is_empty(), "no bogus 基準 from the front matter");
    let text = all_text(&reg);
    assert!(!text.contains("{:"), "no attribute list reaches the text");
    assert!(!text.contains("markdown=") && !text.contains("form1.pdf"));
    let a2 = art(&reg, "第2条");
    let numbers: Vec<u32> = a2.paragraphs.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [1, 2, 10]);
    let item1 = &a2.paragraphs[0].items[0];
    assert_eq!(item1.text, "文書　職員が職務上作成し、又は取得した文書であって、次に掲げるものをいう。");
    let moku: Vec<(&str, &str)> = item1.children.iter().map(|c| (c.label.as_str(), c.text.as_str())).collect();
    assert_eq!(moku, [("ａ", "紙の文書"), ("ｂ", "電磁的記録")]);
    assert_eq!(art(&reg, "第3条").paragraphs[0].items[0].children.len(), 2);
    // Three 附則: two in a <div markdown="1"> wrapper, one written on one line.
    assert_eq!(reg.supplementary.len(), 3);
    assert_eq!(reg.supplementary[1].instrument.as_deref(), Some("令和３年規程第５号"));
    assert_eq!(reg.supplementary[2].paragraphs[0].text, "この規程は、令和５年４月１日から施行する。");
    // Captions sit before their articles: no stray-caption.
    assert!(reg.diagnostics.iter().all(|d| d.code.as_str() != "stray-caption"), "{:?}", reg.diagnostics);
    assert_eq!(reg.appendices[0].label, "様式第1号");
}

#[test]
fn entities_are_decoded_once_in_markdown_too() {
    let text = "第1条　記号&amp;lt;は、&lt;と書く。\n２　&#x3C;と&#60;は同じ。\n(1) 号でも&lt;同じ&gt;\n";
    let reg = parse::load_str("e.md", text).unwrap();
    let a1 = art(&reg, "第1条");
    assert_eq!(a1.paragraphs[0].text, "記号&lt;は、<と書く。");
    assert_eq!(a1.paragraphs[1].text, "<と<は同じ。");
    assert_eq!(a1.paragraphs[1].items[0].text, "号でも<同じ>");
}

#[test]
fn stripped_markup_is_reported_once_per_file() {
    let text = "第1条　この規則は、<b>重要</b>な事項を定める。\n<table><tr><td>別表</td></tr></table>\n第2条　<span class=\"x\">前条</span>の規定による。\n";
    let reg = parse::load_str("m.md", text).unwrap();
    assert_eq!(art(&reg, "第1条").paragraphs[0].text, "この規則は、重要な事項を定める。");
    let found: Vec<String> = reg
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "markup-stripped")
        .map(|d| format!("{}:{}", d.line, d.message))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("1:本文から HTML タグを除きました（<b> など 2 行）"), "{found:?}");
    // Converted formats carry no tags into the text: nothing to report.
    for name in ["kiteishu-page.html", "word-numbering.docx"] {
        assert!(load(name).diagnostics.iter().all(|d| d.code.as_str() != "markup-stripped"), "{name}");
    }
}

#[test]
fn encodings_and_line_endings_of_files() {
    let text = "（趣旨）\n第１条　この要綱は、備品の管理に関し必要な事項を定める。\n（台帳）\n第２条　課長は、備品台帳を備えなければならない。\n";
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("euc.txt", encoding_rs::EUC_JP.encode(text).0.into_owned()),
        ("jis.txt", encoding_rs::ISO_2022_JP.encode(text).0.into_owned()),
        ("utf16.txt", text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()),
        ("cr.txt", text.replace('\n', "\r").into_bytes()),
        ("mixed.txt", mixed_line_endings(text).into_bytes()),
    ];
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let reg = parse::load_file(&path).unwrap_or_else(|e| panic!("{name}: {e:#}"));
        assert_eq!(reg.articles().count(), 2, "{name}");
        assert_eq!(art(&reg, "第2条").caption.as_deref(), Some("台帳"), "{name}");
        assert_eq!(art(&reg, "第2条").line, 4, "{name}");
    }
    let mut broken = text.as_bytes().to_vec();
    broken.insert(text.find("（台帳）").unwrap(), 0xFF);
    let msg = load_error("broken.txt", &broken);
    assert!(msg.contains("broken.txt:3:") && msg.contains("UTF-8"), "{msg}");
}

/// CRLF, CR and LF in turn.
fn mixed_line_endings(text: &str) -> String {
    let endings = ["\r\n", "\r", "\n"];
    text.lines().enumerate().map(|(i, line)| format!("{line}{}", endings[i % 3])).collect()
}

#[test]
fn bad_docx_html_and_pdf_get_one_line_errors() {
    let msg = load_error("corrupt.docx", b"PK\x03\x04 this is not a zip archive");
    assert!(msg.contains(".docx"), "{msg}");
    // A zip without word/document.xml.
    let mut zip_bytes = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut zip_bytes));
        zip.start_file("word/styles.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(b"<w:styles/>").unwrap();
        zip.finish().unwrap();
    }
    let msg = load_error("no-document.docx", &zip_bytes);
    assert!(msg.contains("word/document.xml がありません"), "{msg}");
    let msg = load_error(
        "menu.html",
        "<html><body><nav>メニュー</nav><p>お知らせはありません。</p></body></html>".as_bytes(),
    );
    assert!(msg.contains("例規として読めません"), "{msg}");
    let msg = load_error("kitei.pdf", b"%PDF-1.7\n");
    assert!(msg.contains("PDF は読めません") && msg.contains("pdftotext -layout"), "{msg}");
    let msg = load_error("kitei.doc", b"\xD0\xCF\x11\xE0");
    assert!(msg.contains("--convert-to docx"), "{msg}");
    // A project folder given as the regulations folder: its reiki.yaml has
    // no document beside it, so it is no sidecar, and the message says where
    // settings go.
    let msg = load_error("reiki.yaml", b"title: x\n");
    assert!(msg.contains("--config") && msg.contains("--catalogs"), "{msg}");
}

/// A text pasted from a 例規集 (or made by pdftotext) is kept as it came,
/// its metadata in a sidecar beside it; front matter and a sidecar both is
/// refused, naming both files, rather than one of them silently winning.
#[test]
fn text_with_sidecar() {
    let dir = tempfile::tempdir().unwrap();
    let text = "東雲市人事委員会保有個人情報等管理規程\n平成17年3月31日人事委員会規程第2号\n\n\
                （趣旨）\n第1条　この規程は、保有個人情報の管理に関し必要な事項を定めるものとする。\n\n\
                （職員の責務）\n第2条　職員は、保有個人情報を適切に取り扱わなければならない。\n";
    std::fs::write(dir.path().join("jinji.txt"), text).unwrap();
    std::fs::write(
        dir.path().join("jinji.yaml"),
        "id: shinonome-jinji\nbody: 東雲市人事委員会\nkind: 規程\nstatus: 施行中\ncatalogs: [ppc-shishin]\n",
    )
    .unwrap();
    let reg = parse::load_file(&dir.path().join("jinji.txt")).unwrap();
    assert_eq!(reg.id, "shinonome-jinji");
    assert_eq!(reg.meta.body.as_deref(), Some("東雲市人事委員会"));
    assert_eq!(reg.meta.catalogs.as_deref(), Some(&["ppc-shishin".to_string()][..]));
    assert_eq!(
        reg.meta.title.as_deref(),
        Some("東雲市人事委員会保有個人情報等管理規程"),
        "the title still from the text"
    );
    assert_eq!(labels(&reg).len(), 2);
    let files = reiki::source::discover(dir.path()).unwrap();
    assert_eq!(files.len(), 1, "the sidecar is not a regulation: {files:?}");

    std::fs::write(dir.path().join("jinji.txt"), format!("---\nid: other\n---\n{text}")).unwrap();
    let msg = parse::load_file(&dir.path().join("jinji.txt")).unwrap_err().to_string();
    assert!(msg.contains("jinji.txt:1") && msg.contains("jinji.yaml") && msg.contains("どちらか一方"), "{msg}");
    // A broken sidecar is reported at its own line.
    std::fs::write(dir.path().join("jinji.txt"), text).unwrap();
    std::fs::write(dir.path().join("jinji.yaml"), "id: x\ncatalogs: [\n").unwrap();
    let msg = parse::load_file(&dir.path().join("jinji.txt")).unwrap_err().to_string();
    assert!(msg.contains("jinji.yaml:"), "{msg}");
}

#[test]
fn fifty_megabyte_docx_is_refused_cleanly() {
    // 50 MB of junk named .docx, and a zip whose document.xml unpacks to 50 MB.
    let junk = vec![b'x'; 50 * 1024 * 1024];
    // Over the default file-size limit (20 MB): refused before it is unzipped.
    let msg = load_error("junk.docx", &junk);
    assert!(msg.contains("大きすぎます"), "{msg}");
    let mut zip_bytes = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut zip_bytes));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", options).unwrap();
        let chunk = "<w:p><w:r><w:t>第1条　本文</w:t></w:r></w:p>".repeat(1024);
        for _ in 0..(50 * 1024 * 1024 / chunk.len()) {
            zip.write_all(chunk.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
    }
    let msg = load_error("huge.docx", &zip_bytes);
    assert!(msg.contains("大きすぎます"), "{msg}");
}

#[test]
fn check_and_build_report_unsupported_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("word-numbering.docx"), dir.path().join("a.docx")).unwrap();
    std::fs::copy(fixture("kiteishu-page.html"), dir.path().join("b.html")).unwrap();
    std::fs::write(dir.path().join("c.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(dir.path().join("d.docx"), b"not a zip").unwrap();
    let report = reiki::cli::check::collect(&[dir.path().to_path_buf()]);
    let out = report.lines.join("\n");
    assert_eq!((report.files, report.errors), (4, 2), "{out}");
    assert!(out.contains("c.pdf:1: error[unsupported]: PDF は読めません"), "{out}");
    assert!(out.contains("d.docx:1: error[docx]: Word ファイル（.docx）として開けません"), "{out}");
    assert!(out.contains("a.docx:13: warning[tracked-changes]"), "{out}");
}

/// Provisions numbered 第１, 第２ without 条, the shape of many 要領 and of
/// the 特記事項 attached to contracts: a heading line (第１　趣旨) with its
/// text below, or the text on the label's line under a caption above. They
/// were read as preamble lines and the analysis saw no article at all.
#[test]
fn provisions_numbered_without_jo() {
    let yoryo = parse::load_str(
        "yoryo.txt",
        "個人情報の安全管理に関する要領\n\n第１　趣旨\n　この要領は、個人情報の安全管理に関し必要な事項を定める。\n\
         第２　管理体制\n１　総括保護管理者は、副市長をもって充てる。\n２　保護管理者は、各課の長をもって充てる。\n\
         第３　研修\n　総括保護管理者は、職員に対し、次に掲げる研修を行う。\n（１）　個人情報の取扱いに関する研修\n\
         （２）　情報システムの操作に関する研修\n第４　削除\n第４の２　点検\n　保護管理者は、年１回以上、点検を行う。\n",
    )
    .unwrap();
    assert_eq!(
        labels(&yoryo),
        vec![
            ("第1".into(), Some("趣旨".into()), 1),
            ("第2".into(), Some("管理体制".into()), 2),
            ("第3".into(), Some("研修".into()), 1),
            ("第4".into(), None, 1),
            ("第4の2".into(), Some("点検".into()), 1),
        ]
    );
    assert!(yoryo.preamble.iter().all(|l| !l.text.starts_with('第')), "no provision left in the preamble");
    assert_eq!(art(&yoryo, "第2").paragraphs[1].text, "保護管理者は、各課の長をもって充てる。");
    assert_eq!(art(&yoryo, "第3").paragraphs[0].items.len(), 2);
    assert!(art(&yoryo, "第4").is_deleted());
    assert_eq!(art(&yoryo, "第4の2").paragraphs[0].text, "保護管理者は、年１回以上、点検を行う。");
    assert!(yoryo.diagnostics.is_empty(), "{:?}", yoryo.diagnostics);
    let gap = parse::load_str(
        "gap.txt",
        "試験要領\n\n第１　目的\n　この要領は、必要な事項を定める。\n第３　研修\n　職員は、研修を受ける。\n",
    )
    .unwrap();
    assert_eq!(messages(&gap), ["番号が第1の次に第3になっています（第2が抜けています）"]);

    let tokki = parse::load_str(
        "tokki.txt",
        "個人情報取扱特記事項\n\n（基本的事項）\n第１　乙は、個人情報の保護の重要性を認識し、個人情報を適正に取り扱わなければならない。\n\n\
         （秘密の保持）\n第２　乙は、この契約による事務に関して知り得た個人情報を他に漏らしてはならない。\n\
         ２　前項の規定は、この契約が終了した後も同様とする。\n",
    )
    .unwrap();
    assert_eq!(
        labels(&tokki),
        vec![("第1".into(), Some("基本的事項".into()), 1), ("第2".into(), Some("秘密の保持".into()), 2)]
    );
    assert!(tokki.standards.is_empty(), "２　前項… is a paragraph of 第２, not a standard");
}

/// A 要領 numbered １, ２ … with neither 第 nor 条, the commonest shape of
/// one: a heading line (３　管理体制) with its text below, subdivided by
/// （１） items that have a heading of their own. They are its articles,
/// labelled by their numbers. Numbers of two digits (１０, six bytes) were
/// read as text and their provisions ran into the one before; an item's
/// heading ran into its first sentence (「保護管理者保有個人情報を…」).
#[test]
fn provisions_numbered_without_dai_or_jo() {
    let mut text = String::from(
        "個人情報の取扱いに関する要領\n\n１　目的\n　この要領は、個人情報の適切な管理に関し必要な事項を定める。\n",
    );
    for n in ["２", "３", "４", "５", "６", "７", "８", "９"] {
        text.push_str(&format!("{n}　研修\n　保護管理者は、職員に対し、研修を行う。\n"));
    }
    text.push_str(
        "１０　管理体制\n（１）保護管理者\n　　課に保護管理者を置き、課長をもって充てる。\n\
         （２）保護担当者\n　　保護管理者は、保護担当者を指定する。\n\
         （３）保護管理者及び保護担当者は、保有個人情報を適切に管理し\nなければならない。\n\
         １１　この要領に定めるもののほか、必要な事項は、町長が別に定める。\n\n附　則\n１　この要領は、令和８年４月１日から施行する。\n\
         ２　個人情報取扱要領は、廃止する。\n",
    );
    let reg = parse::load_str("yoryo.txt", &text).unwrap();
    let found = labels(&reg);
    assert_eq!(found.len(), 11, "{found:?}");
    assert_eq!(found[0], ("1".into(), Some("目的".into()), 1));
    assert_eq!(found[9], ("10".into(), Some("管理体制".into()), 1));
    // A provision that is a sentence has no heading, nor the one before it
    // (the heading is on its number's line, no 共通見出し).
    assert_eq!(found[10], ("11".into(), None, 1));
    assert_eq!(art(&reg, "11").heading(), None);
    assert_eq!(art(&reg, "11").paragraphs[0].text, "この要領に定めるもののほか、必要な事項は、町長が別に定める。");
    let items = &art(&reg, "10").paragraphs[0].items;
    let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "保護管理者　課に保護管理者を置き、課長をもって充てる。",
            "保護担当者　保護管理者は、保護担当者を指定する。",
            // A line broken inside a word is joined as it was.
            "保護管理者及び保護担当者は、保有個人情報を適切に管理しなければならない。",
        ]
    );
    // Its 号 are cited as a 要領 cites them: 10（２）.
    let cites: Vec<Option<String>> =
        art(&reg, "10").paragraphs[0].cited_items(true).into_iter().map(|(_, c)| c).collect();
    assert_eq!(cites[1].as_deref(), Some("（２）"));
    // The 附則's numbers are its paragraphs.
    assert_eq!(reg.supplementary[0].paragraphs.len(), 2);
    assert!(reg.standards.is_empty() && reg.diagnostics.is_empty(), "{:?}", reg.diagnostics);
    // A numbered line before a text's 第1条 leaves that article's 項 its own.
    let mixed = parse::load_str(
        "mixed.txt",
        "試験規程\n\n１　この規程を次のように定める。\n（目的）\n第１条　この規程は、必要な事項を定める。\n\
         ２　前項の規定は、職員に適用する。\n",
    )
    .unwrap();
    assert_eq!(art(&mixed, "第1条").paragraphs.len(), 2);
    // A gap is named as the text numbers its provisions.
    let gap = parse::load_str(
        "gap.txt",
        "試験要領\n\n１　目的\n　この要領は、必要な事項を定める。\n３　研修\n　職員は、研修を受ける。\n",
    )
    .unwrap();
    assert_eq!(messages(&gap), ["番号が1の次に3になっています（2が抜けています）"]);
    // A 基準 numbered alike is a checklist of standards (札幌市's).
    let kijun = parse::load_str(
        "kijun.txt",
        "個人情報取扱安全管理基準\n\n１　基本方針の策定\n基本方針を策定していること。\n２　従業者の監督\n",
    )
    .unwrap();
    assert_eq!((kijun.standards.len(), kijun.articles().count()), (2, 0));
}

/// The 目次 of a text numbered without 条 lists the provisions themselves:
/// its entries are no articles, and an entry whose heading differs from the
/// body's is reported.
#[test]
fn a_toc_of_provisions_numbered_without_jo() {
    let reg = parse::load_str(
        "toc.txt",
        "個人情報の安全管理に関する要領\n\n目次\n第１　趣旨\n第２　管理体制\n第３　職員の研修\n\n\
         第１　趣旨\n　この要領は、個人情報の安全管理に関し必要な事項を定める。\n\
         第２　管理体制\n　保護管理者は、各課の長をもって充てる。\n第３　研修\n　保護管理者は、研修を行う。\n",
    )
    .unwrap();
    let toc: Vec<(&str, &str)> = reg.toc.iter().map(|e| (e.label.as_str(), e.title.as_str())).collect();
    assert_eq!(toc, [("第1", "趣旨"), ("第2", "管理体制"), ("第3", "職員の研修")]);
    assert_eq!(reg.articles().count(), 3);
    assert_eq!(messages(&reg), ["目次の第3の見出し「職員の研修」が本文の「研修」と異なります"]);
}

/// A text numbered 一, 二 … at the top level, as older 要綱 and 特記事項 are:
/// those numbers are its provisions (labelled as written, 三), and its １,
/// ２ their 項. They were left in the preamble, out of the analysis.
#[test]
fn provisions_numbered_in_kanji_without_dai_or_jo() {
    let reg = parse::load_str(
        "kanji.txt",
        "個人情報取扱特記事項\n\n一　目的\n　この特記事項は、個人情報の取扱いに関し必要な事項を定める。\n\
         二　乙は、知り得た個人情報を他に漏らしてはならない。\n三　乙は、甲の承諾なく、個人情報を複写してはならない。\n\
         ２　前項の規定は、契約が終了した後も同様とする。\n（一）　複写した記録は、直ちに廃棄すること。\n",
    )
    .unwrap();
    assert_eq!(
        labels(&reg),
        vec![("一".into(), Some("目的".into()), 1), ("二".into(), None, 1), ("三".into(), None, 2)]
    );
    assert_eq!(art(&reg, "三").paragraphs[1].items.len(), 1);
    assert!(reg.diagnostics.is_empty() && reg.preamble.len() == 1, "{:?}", reg.diagnostics);
    // In a 条 text, 一, 二 are 号 of the article they follow.
    let jo = parse::load_str(
        "jo.txt",
        "試験規程\n\n第１条　次に掲げる者は、研修を受ける。\n一　保護管理者\n二　保護担当者\n",
    )
    .unwrap();
    assert_eq!(art(&jo, "第1条").paragraphs[0].items.len(), 2);
}

/// A short 要領 or 特記事項 numbered （１）, （２） … at the top level has
/// them as its provisions, labelled as written, their ア, イ its items.
#[test]
fn a_text_numbered_in_brackets_at_the_top_level_has_them_as_provisions() {
    let reg = parse::load_str(
        "paren.txt",
        "試験市情報資産管理要領\n\n（１）目的\n　この要領は、情報資産の管理に関し必要な事項を定める。\n\
         （２）　職員は、次に掲げる行為をしてはならない。\nア　情報資産の持出し\nイ　情報資産の複写\n\
         （３）　この要領は、令和６年４月１日から施行する。\n",
    )
    .unwrap();
    assert_eq!(
        labels(&reg),
        vec![("（１）".into(), Some("目的".into()), 1), ("（２）".into(), None, 1), ("（３）".into(), None, 1)]
    );
    assert_eq!(art(&reg, "（２）").paragraphs[0].items.len(), 2);
    assert!(reg.diagnostics.is_empty(), "{:?}", reg.diagnostics);
}

/// A 要領 numbered ①, ② … at the top level has them as its provisions
/// (labelled as written, their ア, イ its items); in a 条 text they stay 号.
#[test]
fn a_text_numbered_in_circled_digits_has_them_as_provisions() {
    let reg = parse::load_str(
        "circled.txt",
        "試験町電子計算機管理運用要領\n\n①　目的\nこの要領は、電子計算機の管理運用に関し必要な事項を定める。\n\
         ②　管理責任者\n情報政策課長を管理責任者とする。管理責任者は、次に掲げる事務を行う。\nア　端末の管理\n\
         イ　アクセス権限の設定\n③　職員は、端末を庁外に持ち出してはならない。\n",
    )
    .unwrap();
    assert_eq!(
        labels(&reg),
        vec![("①".into(), Some("目的".into()), 1), ("②".into(), Some("管理責任者".into()), 1), ("③".into(), None, 1)]
    );
    assert_eq!(art(&reg, "②").paragraphs[0].items.len(), 2);
    assert!(reg.diagnostics.is_empty(), "{:?}", reg.diagnostics);
    let jo =
        parse::load_str("jo.txt", "試験規程\n\n第１条　次に掲げる者は、研修を受ける。\n①　保護管理者\n②　保護担当者\n")
            .unwrap();
    assert_eq!(art(&jo, "第1条").paragraphs[0].items.len(), 2);
}

/// A 基準's standards numbered 1, 2 with their requirements 1.1, 1.2 (and
/// 1.1.1 below): the decimal numbers are the standard's items, not text.
#[test]
fn decimal_numbers_under_a_standard_are_its_items() {
    let reg = parse::load_str(
        "decimal.md",
        "---\nkind: 基準\n---\n# 試験町個人情報取扱安全管理基準\n\n1　管理体制\n1.1　受託者は、管理責任者を定めること。\n\
         1.2　受託者は、次に掲げる措置を講ずること。\n1.2.1　従事者の名簿の作成\n1.2.2　名簿の定期的な見直し\n\
         2　教育\n２．１　受託者は、従事者に対し研修を行うこと。\n",
    )
    .unwrap();
    let items: Vec<(&str, u32, usize)> = reg
        .standards
        .iter()
        .flat_map(|s| s.items.iter().map(|i| (i.label.as_str(), i.number, i.children.len())))
        .collect();
    assert_eq!(items, [("1.1", 1, 0), ("1.2", 2, 2), ("２．１", 1, 0)]);
    assert_eq!(reg.standards[0].items[1].children[1].text, "名簿の定期的な見直し");
    assert!(reg.standards.iter().all(|s| s.text.is_empty()), "no number left in a standard's text");
}

/// Sentences before the first provision are most likely provisions in a
/// numbering the parser does not read (here none at all): the page shows
/// them as preamble, the analysis never sees them, and the user is told so
/// instead of finding every item ×.
#[test]
fn sentences_left_in_the_preamble_are_reported() {
    let reg = parse::load_str(
        "unnumbered.txt",
        "個人情報取扱特記事項\n\n乙は、個人情報を適正に取り扱わなければならない。\n\
         乙は、知り得た個人情報を他に漏らしてはならない。\n乙は、甲の承諾なく、個人情報を複写してはならない。\n\n\
         附　則\n第１条　この特記事項は、契約の日から施行する。\n",
    )
    .unwrap();
    let found: Vec<(&str, usize)> = reg.diagnostics.iter().map(|d| (d.code.as_str(), d.line)).collect();
    assert_eq!(found, [("dropped-text", 3)]);
    assert!(reg.diagnostics[0].message.contains("文が3行あります"), "{}", reg.diagnostics[0].message);
    // A 制定文 alone is no such text.
    let enacted = parse::load_str(
        "enacted.txt",
        "試験町個人情報管理規程\n試験町個人情報管理規程を次のように定める。\n第1条　この規程は、…定める。\n",
    )
    .unwrap();
    assert!(enacted.diagnostics.is_empty(), "{:?}", enacted.diagnostics);
}

/// The 特記事項 of a 協定書 or contract saved on its own: 「別記」 alone above
/// its title labels the document, and its provisions are numbered １, ２ …
/// under captions on their own lines, their 項 numbered ２, ３ again. Each
/// caption is its provision's (not text of the one before), and a number
/// that continues the provision's 項 with no caption above it is a 項.
#[test]
fn an_attachment_numbered_under_captions_without_jo() {
    let text = "---\nid: tokki\nbody: 試験市\ntitle: 個人情報取扱特記事項\n---\n別記\n\n個人情報取扱特記事項\n\n\
                （基本的事項）\n１　乙は、個人情報を適正に取り扱わなければならない。\n\
                （責任者）\n２　乙は、個人情報の管理の責任者を定め、甲に届け出なければならない。\n\
                ２　責任者は、従事者を監督しなければならない。\n\
                ３　責任者を変更したときも、同様とする。\n\
                （事故の報告）\n３　乙は、事故が発生したときは、直ちに甲に報告しなければならない。\n";
    let reg = parse::load_str("tokki.md", text).unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(
        labels(&reg),
        [
            ("1".to_string(), Some("基本的事項".to_string()), 1),
            ("2".to_string(), Some("責任者".to_string()), 3),
            ("3".to_string(), Some("事故の報告".to_string()), 1),
        ]
    );
    assert!(
        !art(&reg, "1").text().contains("責任者"),
        "a caption is not the text before it: {}",
        art(&reg, "1").text()
    );
    assert!(reg.preamble.iter().any(|l| l.text == "別記"));
    assert!(reg.appendices.is_empty() && reg.diagnostics.is_empty(), "{:?}", messages(&reg));
    // Without captions, ２ under １ stays the next provision, as it was read.
    let plain = "---\nid: yoryo\nbody: 試験市\ntitle: 試験市要領\n---\n\
                 １　この要領は、保有個人情報の管理に関し必要な事項を定める。\n\
                 ２　保護管理者は、保有個人情報を適切に管理する。\n";
    let reg = parse::load_str("yoryo.md", plain).unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(labels(&reg), [("1".to_string(), None, 1), ("2".to_string(), None, 1)]);
}

/// How each rule writes its article numbers, read off its own headings
/// (第１２条, 第12条, 第１条 … 第12条, 第十二条), whatever format it came in:
/// its 改め文 and 新旧対照表 print numbers so.
#[test]
fn each_rule_keeps_how_it_writes_its_numbers() {
    use reiki::model::Numerals::*;
    let expected = [
        ("regulations/ageo-kanri-yoryo.md", FullWidth),
        ("regulations/sakai-tekisei-kanri-yoko.md", HalfWidth),
        ("tests/variants/regulations/higashisawa-tokutei-kitei.md", FullWidthSingleDigits),
        ("tests/variants/regulations/nankai-bango-kitei.md", Kanji),
        // Shift_JIS HTML saved from a web 例規集; text out of a PDF; Word numbering.
        ("tests/variants/regulations/chigusa-tokutei-kitei.html", HalfWidth),
        ("tests/variants/regulations/nishitani-anzen-kitei.txt", FullWidth),
        ("tests/variants/regulations/inaho-hogo-kitei.docx", FullWidth),
    ];
    for (path, numerals) in expected {
        let reg = reiki::parse::load_file(path.as_ref()).unwrap();
        assert_eq!(reg.numerals, numerals, "{path}");
    }
}
