//! `reiki taishohyo OLD NEW --docx` read back from the document's XML: the
//! title line, the landscape A4 section, the repeated header row, the
//! underlined runs of both sides and the page-number field, on the seed
//! 新旧対照表 (龍ヶ崎市コンピュータ等運用管理規程 第12条).
use std::io::{Cursor, Read};
use std::process::Command;

use regex::Regex;
use reiki::analyze::diff::RunKind;
use reiki::analyze::taishohyo::{self, TaishohyoCell};
use reiki::config::Config;
use reiki::export::docx;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const OLD: &str = "regulations/ryugasaki-computer-kitei-kaiseimae.md";
const NEW: &str = "regulations/ryugasaki-computer-kitei-kaiseigo.md";

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")).read_to_string(&mut text).unwrap();
    text
}

fn docx_of_seed(config: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("新旧対照表.docx");
    let config_path = dir.path().join("reiki.yaml");
    std::fs::write(&config_path, config).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_reiki"))
        .current_dir(ROOT)
        .args([
            "taishohyo",
            OLD,
            NEW,
            "--no-color",
            "--config",
            config_path.to_str().unwrap(),
            "--docx",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    std::fs::read(out).unwrap()
}

/// Text of each table cell, and the underlined text of each cell.
fn cells(document: &str) -> Vec<(String, Vec<String>)> {
    let cell = Regex::new(r"(?s)<w:tc>.*?</w:tc>").unwrap();
    let run = Regex::new(r#"(?s)<w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">(.*?)</w:t></w:r>"#).unwrap();
    cell.find_iter(document)
        .map(|c| {
            let mut text = String::new();
            let mut underlined = Vec::new();
            for r in run.captures_iter(c.as_str()) {
                text.push_str(&r[2]);
                if r.get(1).is_some_and(|p| p.as_str().contains("<w:u w:val=\"single\"/>")) {
                    underlined.push(r[2].to_string());
                }
            }
            (text, underlined)
        })
        .collect()
}

#[test]
fn seed_taishohyo_as_word_landscape_with_underlines_and_repeated_header() {
    let bytes = docx_of_seed("title: t\n");
    let document = part(&bytes, "word/document.xml");
    // Title line as offices write it.
    assert!(document.contains(">龍ヶ崎市コンピュータ等運用管理規程の一部を改正する規程　新旧対照表<"), "{document}");
    // One A4 landscape section with a footer holding the PAGE field.
    assert!(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"));
    assert_eq!(document.matches("<w:sectPr>").count(), 1);
    assert!(part(&bytes, "word/footer1.xml").contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
    assert!(part(&bytes, "word/styles.xml").contains("w:eastAsia=\"ＭＳ 明朝\""));
    // The 改め文 follows the table, on a page of its own.
    let kaimebun = &document[document.find(">改め文<").expect("改め文 heading")..];
    assert!(kaimebun.contains(">コンピュータ等運用管理規程の一部を改正する規程<"), "{kaimebun}");
    // The 柱書 and each sentence begin one character in, as 改め文 are set.
    let indented = |text: &str| {
        format!(
            "<w:p><w:pPr><w:ind w:firstLine=\"210\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"
        )
    };
    assert!(kaimebun.contains(&indented("コンピュータ等運用管理規程の一部を次のように改正する。")), "{kaimebun}");
    assert!(
        kaimebun.contains(&indented(
            "第12条第2項中「前項」を「職員は、前項」に改め、「勤務時間中は」を「勤務時間中に私用で」に改める。"
        )),
        "{kaimebun}"
    );
    assert!(kaimebun.contains(">附　則<"), "{kaimebun}");
    // Header row (repeated on every page) then one row for 第12条.
    assert_eq!(document.matches("<w:tr>").count(), 2);
    assert_eq!(document.matches("<w:tblHeader/>").count(), 1);
    let cells = cells(&document);
    assert_eq!(cells.len(), 4);
    assert_eq!((cells[0].0.as_str(), cells[1].0.as_str()), ("改正後", "改正前"));
    let (new_text, new_marked) = &cells[2];
    let (old_text, old_marked) = &cells[3];
    // The unchanged 第1項 is shortened on both sides; the caption stays.
    assert!(
        new_text.starts_with("（私用コンピュータ等及びソフトウェアの持込禁止）第12条　（略）2　職員は、"),
        "{new_text}"
    );
    assert!(
        old_text.starts_with("（私用コンピュータ等及びソフトウェアの持込禁止）第12条　（略）2　前項"),
        "{old_text}"
    );
    // The seed underlines 「勤務時間中に私用で」 (new) and 「勤務時間中は」 (old).
    assert!(new_marked.iter().any(|m| m.contains("勤務時間中に私用で")), "{new_marked:?}");
    assert!(old_marked.iter().any(|m| m.contains("勤務時間中は")), "{old_marked:?}");
    // The underlines are exactly the changed runs of the 新旧対照表.
    let load = |p: &str| reiki::parse::load_file(&std::path::Path::new(ROOT).join(p)).unwrap();
    let table = taishohyo::build(&load(OLD), &load(NEW), &Config::default());
    let changed = |cell: &TaishohyoCell| match cell {
        TaishohyoCell::Text(runs) => taishohyo::lines(runs)
            .concat()
            .into_iter()
            .filter(|r| r.kind != RunKind::Equal)
            .map(|r| r.text)
            .collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    assert_eq!(new_marked, &changed(&table.rows[0].new));
    assert_eq!(old_marked, &changed(&table.rows[0].old));
}

#[test]
fn column_labels_order_and_office_conventions_come_from_the_config() {
    let config =
        "taishohyo_labels: [改正案, 現行]\ntaishohyo_new_first: false\ntaishohyo_word:\n  remarks_column: true\n";
    let document = part(&docx_of_seed(config), "word/document.xml");
    let cells = cells(&document);
    assert_eq!((cells[0].0.as_str(), cells[1].0.as_str(), cells[2].0.as_str()), ("現行", "改正案", "備考"));
    assert_eq!(document.matches("<w:gridCol ").count(), 3);
    assert!(cells[3].0.contains("勤務時間中は"), "old version on the left: {:?}", cells[3]);
}

#[test]
fn unchanged_lines_say_the_offices_ryaku_or_are_printed_whole_when_configured() {
    let texts = |config: &str| cells(&part(&docx_of_seed(config), "word/document.xml"));
    let office = texts("taishohyo_word:\n  elided: 略\n");
    assert!(office[2].0.contains("）第12条　略2　"), "{:?}", office[2]);
    assert!(office[3].0.contains("）第12条　略2　"), "{:?}", office[3]);
    let whole = texts("taishohyo_elide_unchanged_lines: false\n");
    assert!(whole[2].0.contains("）第12条　職員は、私物としてのコンピュータ等"), "{:?}", whole[2]);
    assert!(!whole[3].0.contains("略"), "{:?}", whole[3]);
}

#[test]
fn docx_is_byte_stable() {
    assert_eq!(docx_of_seed("title: t\n"), docx_of_seed("title: t\n"));
}

fn article(n: u32, text: &str) -> reiki::model::Article {
    reiki::model::Article {
        id: format!("art-{n}"),
        number: reiki::model::Number { main: n, branches: vec![] },
        label: format!("第{n}条"),
        paragraphs: vec![reiki::model::Paragraph { number: 1, text: text.to_string(), ..Default::default() }],
        ..Default::default()
    }
}

#[test]
fn elision_new_and_removed_rows_follow_the_conventions() {
    let old = [
        article(1, "この規程は、管理について定める。"),
        article(2, "職員は、研修を受けるものとする。"),
        article(3, "監査は年一回行う。"),
    ];
    let new = [article(1, "この規程は、管理について定める。"), article(2, "職員は、研修を受けなければならない。")];
    let mut t = taishohyo::build(
        &reiki::model::Regulation::default(),
        &reiki::model::Regulation::default(),
        &Config::default(),
    );
    t.rows = taishohyo::build_rows(&old, &new, true);
    let texts = |conventions: &reiki::config::Conventions| {
        let mut doc = docx::Document::new();
        doc.taishohyo(&t, conventions).paragraphs("第一条　規程の一部を次のように改正する。");
        let document = part(&doc.to_bytes().unwrap(), "word/document.xml");
        (cells(&document).into_iter().map(|(text, _)| text).collect::<Vec<_>>(), document)
    };
    let (default, document) = texts(&reiki::config::Conventions::default());
    assert_eq!(default[2..4], ["（略）", "（略）"]);
    assert_eq!(default[6..8], ["（削る）", "第3条　監査は年一回行う。"]);
    // A block added after the table (e.g. the 改め文) is a paragraph of the body.
    assert!(document.contains(
        "</w:tbl><w:p><w:r><w:t xml:space=\"preserve\">第一条　規程の一部を次のように改正する。</w:t></w:r></w:p>"
    ));
    let office = reiki::config::Conventions { elided: "略".into(), mark_added_removed: false, remarks_column: true };
    let (texts, _) = texts(&office);
    assert_eq!(texts[3..5], ["略", "略"]);
    assert_eq!(texts[9..12], ["", "第3条　監査は年一回行う。", "削除"]);
}

/// An article a 改め文 adds is set as provisions are: its caption one
/// character in, its 条 line hanging by one (its continuation lines one in).
#[test]
fn an_added_article_in_the_kaimebun_is_set_as_a_provision() {
    let rule = "（趣旨）\n第１条　この規程は、保有個人情報の管理について定める。\n";
    let old = reiki::parse::load_str("old.md", rule).unwrap();
    let new = reiki::parse::load_str(
        "new.md",
        &format!("{rule}（委任）\n第２条　この規程に定めるもののほか、必要な事項は、別に定める。\n"),
    )
    .unwrap();
    let km = reiki::amend::kaimebun::generate(&old, &new).unwrap();
    let mut doc = docx::Document::new();
    doc.kaimebun(&km);
    let document = part(&doc.to_bytes().unwrap(), "word/document.xml");
    let line = |indent: &str, text: &str| {
        format!("<w:p><w:pPr><w:ind {indent}/></w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
    };
    assert!(document.contains(&line("w:firstLine=\"210\"", "第１条の次に次の１条を加える。")), "{document}");
    assert!(document.contains(&line("w:left=\"210\" w:hanging=\"0\"", "（委任）")), "{document}");
    assert!(
        document.contains(&line(
            "w:left=\"210\" w:hanging=\"210\"",
            "第２条　この規程に定めるもののほか、必要な事項は、別に定める。"
        )),
        "{document}"
    );
}
