//! `check-amendment` against a separate 新旧対照表 document: the Word file
//! reiki writes itself agrees with the 改め文 it generates (round trip, with
//! the office conventions too); a hand-written Markdown 対照表 with a
//! deliberate mismatch is reported in Japanese with the article; an HTML
//! table is read in either column order.
use std::process::Command;

use reiki::amend::check::{check_table, Finding};
use reiki::amend::kaimebun::generate;
use reiki::amend::table::{read_table, TableRow};
use reiki::analyze::taishohyo;
use reiki::config::Config;
use reiki::config::Conventions;
use reiki::export::docx::taishohyo_document;
use reiki::model::Regulation;
use reiki::parse::load_str;

const AGEO: &str = include_str!("../regulations/ageo-kanri-yoryo.md");

/// 上尾 with 第6条's 総務部長 made 副市長 and a new 第42条 before 評価及び見直し (then 第43条).
fn versions() -> (Regulation, Regulation) {
    let new = AGEO
        .replacen("監査責任者を一人置くこととし、総務部長をもって", "監査責任者を一人置くこととし、副市長をもって", 1)
        .replacen(
            "　（評価及び見直し）\n第４２条",
            "　（自己点検）\n第４２条　職員は、年１回以上、自己点検を行うものとする。\n　（評価及び見直し）\n第４３条",
            1,
        );
    (load_str("old.md", AGEO).unwrap(), load_str("new.md", &new).unwrap())
}

fn messages(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| format!("{}: {}", f.article, f.message)).collect()
}

/// A Word table read back: its file name, the 略 it writes, its rows.
type WordTable = (&'static str, &'static str, Vec<TableRow>);

/// reiki's Word 新旧対照表 of old → new with its 改め文, written with the
/// default and with office conventions and read back, and the 改め文.
fn word_tables(old: &Regulation, new: &Regulation) -> (Vec<WordTable>, String) {
    let km = generate(old, new).unwrap();
    let t = taishohyo::build(old, new, &Config::default());
    let dir = tempfile::tempdir().unwrap();
    let office = Conventions { elided: "略".into(), mark_added_removed: false, remarks_column: true };
    let tables = [("default.docx", Conventions::default()), ("office.docx", office)]
        .into_iter()
        .map(|(name, conventions)| {
            let path = dir.path().join(name);
            std::fs::write(&path, taishohyo_document(new, &t, &conventions, Some(&km)).to_bytes().unwrap()).unwrap();
            let ryaku = if conventions.elided == "略" { "略" } else { "（略）" };
            (name, ryaku, read_table(&path).unwrap())
        })
        .collect();
    (tables, km.to_text())
}

#[test]
fn the_word_taishohyo_reiki_writes_agrees_with_its_kaimebun() {
    let (old, new) = versions();
    let (tables, km) = word_tables(&old, &new);
    for (name, _, rows) in tables {
        assert!(rows.iter().any(|r| r.new.contains("副市長") && r.old.contains("総務部長")), "{name}: {rows:?}");
        assert_eq!(messages(&check_table(&old, &km, &rows)), Vec::<String>::new(), "{name}");
    }
}

/// A rule numbered in kanji: its Word table prints 第二十条 and ２, as the
/// rule does, and still agrees with its 改め文 (the check read 第20条 only).
#[test]
fn the_word_taishohyo_of_a_kanji_rule_agrees_with_its_kaimebun() {
    let text = include_str!("variants/regulations/nankai-bango-kitei.md");
    let new = text.replacen("速やかに", "直ちに", 1).replacen(
        "２　統括者は、組合における特定個人情報等の管理に関する事務を総括する。",
        "２　統括者は、組合における特定個人情報等の管理に関する事務を総括する。\n３　統括者は、年一回、管理の状況を管理者に報告する。",
        1,
    );
    let (old, new) = (load_str("old.md", text).unwrap(), load_str("new.md", &new).unwrap());
    let (tables, km) = word_tables(&old, &new);
    assert!(
        km.contains("第四条に次の一項を加える。\n３　統括者は、") && km.contains("第二十条第三項中「速やかに」"),
        "{km}"
    );
    for (name, _, rows) in tables {
        assert!(rows.iter().any(|r| r.new.contains("第二十条") && r.new.contains("３ 保存期間")), "{name}: {rows:?}");
        assert_eq!(messages(&check_table(&old, &km, &rows)), Vec::<String>::new(), "{name}");
    }
}

/// A hand-written Markdown 対照表 of the same amendment: 第6条 says 市長 where
/// the 改め文 says 副市長, and 第13条's caption is changed in the table only.
const MISMATCHED: &str = "\
保有個人情報等の管理に関する要領の一部を改正する要領　新旧対照表

| 改正後 | 改正前 |
|---|---|
| （略） | （略） |
| （監査責任者）<br>第６条　監査責任者を一人置くこととし、市長をもって充てる。 | （監査責任者）<br>第６条　監査責任者を一人置くこととし、総務部長をもって充てる。 |
| （誤送付等の防止措置）<br>第13条　（略） | （誤送付等の防止）<br>第13条　（略） |
| （自己点検）<br>第42条　職員は、年１回以上、自己点検を行うものとする。 | （新設） |
| （評価及び見直し）<br>第43条　総括保護管理者、保護管理者等は、監査又は点検の結果等を踏まえ、実効性等の観点から保有個人情報等の適切な管理のための措置について評価し、必要があると認めるときは、その見直し等の措置を講ずるものとする。 | （評価及び見直し）<br>第42条　総括保護管理者、保護管理者等は、監査又は点検の結果等を踏まえ、実効性等の観点から保有個人情報等の適切な管理のための措置について評価し、必要があると認めるときは、その見直し等の措置を講ずるものとする。 |
";

#[test]
fn a_hand_written_taishohyo_that_disagrees_is_reported_by_article() {
    let (old, new) = versions();
    let km = generate(&old, &new).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("taishohyo.md");
    std::fs::write(&path, MISMATCHED).unwrap();
    let rows = read_table(&path).unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[1].line, 6);
    assert_eq!(
        messages(&check_table(&old, &km.to_text(), &rows)),
        [
            "第6条: 新旧対照表 6行の改正後と、改め文を適用した結果が違います: 改め文の結果にだけ「副」",
            "第13条: 新旧対照表では改正されていますが、改め文はこの条を改めていません",
        ]
    );

    // The CLI prints them under the table's name and exits 1.
    std::fs::write(dir.path().join("kaimebun.txt"), km.to_text()).unwrap();
    std::fs::write(dir.path().join("old.md"), AGEO).unwrap();
    let new_text = std::fs::read_to_string("regulations/ageo-kanri-yoryo.md").unwrap();
    let new_text = new_text.replacen("総務部長をもって", "副市長をもって", 1).replacen(
        "　（評価及び見直し）\n第４２条",
        "　（自己点検）\n第４２条　職員は、年１回以上、自己点検を行うものとする。\n　（評価及び見直し）\n第４３条",
        1,
    );
    std::fs::write(dir.path().join("new.md"), new_text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_reiki"))
        .args(["check-amendment", "old.md", "new.md", "kaimebun.txt", "taishohyo.md"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("kaimebun.txt: 改め文を適用すると改正後の本則と一致します"), "{stdout}");
    assert!(
        stdout.contains("taishohyo.md: 第13条: 新旧対照表では改正されていますが、改め文はこの条を改めていません"),
        "{stdout}"
    );
}

#[test]
fn an_html_taishohyo_with_the_old_column_first() {
    let (old, new) = versions();
    let km = generate(&old, &new).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("taishohyo.html");
    std::fs::write(
        &path,
        "<html><body><table><tr><th>現行</th><th>改正案</th></tr>\
         <tr><td>第６条　監査責任者を一人置くこととし、総務部長をもって充てる。</td>\
         <td>第６条　監査責任者を一人置くこととし、副市長をもって充てる。</td></tr></table></body></html>",
    )
    .unwrap();
    let rows = read_table(&path).unwrap();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].new.contains("副市長"));
    // 第6条 agrees; the new 第42条 and the moved 第43条 are missing from this table.
    assert_eq!(
        messages(&check_table(&old, &km.to_text(), &rows)),
        [
            "第42条: 改め文はこの条を改めていますが、新旧対照表にこの条の改正がありません",
            "第43条: 改め文はこの条を改めていますが、新旧対照表にこの条の改正がありません",
        ]
    );
}

#[test]
fn a_document_without_the_header_row_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.md");
    std::fs::write(&path, "| 条 | 内容 |\n|---|---|\n| 第6条 | 副市長 |\n").unwrap();
    let err = read_table(&path).unwrap_err();
    assert!(
        format!("{err:#}").ends_with("notes.md: 新旧対照表の見出し行（改正後｜改正前）が見つかりません"),
        "{err:#}"
    );
}

/// A 対照表 pasted from a web page: tab-separated cells of `<p>` paragraphs
/// with the change `<u>`nderlined, as 龍ヶ崎市 published seed 004's 第12条.
fn pasted_table(new_second: &str) -> String {
    let first = "<p>第12条 職員は、私物としてのコンピュータ等及びソフトウェアを持ち込んで서는ならない。ただし、通話機能を利用する目的のスマートフォン及びタブレットについては、この限りでない。</p>";
    let caption = "<p>(私用コンピュータ等及びソフトウェアの持込禁止)</p>";
    format!(
        "次の表の改正前の欄に掲げる規定を同表の改正後の欄に掲げる規定に下線で示すように改正する。\n\n改正後\t改正前\n\
         {caption} {first} <p>2 {new_second}</p>\t{caption} {first} <p>2 <u>前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中は使用してはならない。</u></p>\n"
    )
}

#[test]
fn a_pasted_html_table_of_seed_004() {
    let dir = tempfile::tempdir().unwrap();
    let km = dir.path().join("kaimebun.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_reiki"))
        .args([
            "kaimebun",
            "regulations/ryugasaki-computer-kitei-kaiseimae.md",
            "regulations/ryugasaki-computer-kitei-kaiseigo.md",
        ])
        .output()
        .unwrap();
    std::fs::write(&km, &out.stdout).unwrap();
    let check = |second: &str| {
        let table = dir.path().join("taishohyo.txt");
        std::fs::write(&table, pasted_table(second)).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_reiki"))
            .args([
                "check-amendment",
                "regulations/ryugasaki-computer-kitei-kaiseimae.md",
                "regulations/ryugasaki-computer-kitei-kaiseigo.md",
            ])
            .args([&km, &table])
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (code, out) =
        check("職員は、<u>前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中に私用で使用してはならない。</u>");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.ends_with("taishohyo.txt: 新旧対照表と改め文は一致します\n"), "{out}");
    // The table forgot 私用で: the 改め文 (and NEW) have it.
    let (code, out) =
        check("職員は、<u>前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中に使用してはならない。</u>");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("taishohyo.txt: 第12条: 新旧対照表 4行の改正後と、改め文を適用した結果が違います: 改め文の結果にだけ「私用で」"),
        "{out}"
    );
}

/// 上尾 第34条 (five 項, the first with eight 号) with 「その他の」 in its 第7号.
fn article_34_amended() -> (Regulation, Regulation) {
    let new = AGEO.replacen("損害賠償責任その他必要な事項", "損害賠償責任その他の必要な事項", 1);
    assert_ne!(new, AGEO);
    (load_str("old.md", AGEO).unwrap(), load_str("new.md", &new).unwrap())
}

#[test]
fn a_taishohyo_with_unchanged_lines_shortened_agrees_with_its_kaimebun() {
    let (old, new) = article_34_amended();
    let (tables, km) = word_tables(&old, &new);
    for (name, ryaku, rows) in tables {
        let row = rows.iter().find(|r| r.new.contains("その他の必要")).unwrap_or_else(|| panic!("{name}: {rows:?}"));
        // The lead of 第1項, its 号 (1)～(6) and (8), and 第2項～第5項 are shortened.
        let want = format!(
            "（業務の委託等） 第３４条 {ryaku} (1)～(6) {ryaku} (7) 法令及び契約に違反した場合における契約解除、損害賠償責任その他の必要な事項 (8) {ryaku} ２～５ {ryaku}"
        );
        assert_eq!(row.new, want, "{name}");
        assert_eq!(messages(&check_table(&old, &km, &rows)), Vec::<String>::new(), "{name}");
    }
    // The same table typed by hand, ranges written with 「・」 too, agrees;
    // one whose shown 号 is not the old text is reported.
    let typed = |old_7: &str| {
        format!(
            "| 改正後 | 改正前 |\n|---|---|\n\
             | 第34条　（略）<br>(1)～(6)　略<br>(7)　法令及び契約に違反した場合における契約解除、損害賠償責任その他の必要な事項<br>(8)　（略）<br>２・３　（略）<br>４・５　（略） \
             | 第34条　（略）<br>(1)～(6)　略<br>(7)　{old_7}及び契約に違反した場合における契約解除、損害賠償責任その他必要な事項<br>(8)　（略）<br>２～５　（略） |\n"
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typed.md");
    std::fs::write(&path, typed("法令")).unwrap();
    assert_eq!(messages(&check_table(&old, &km, &read_table(&path).unwrap())), Vec::<String>::new());
    std::fs::write(&path, typed("法律")).unwrap();
    assert_eq!(
        messages(&check_table(&old, &km, &read_table(&path).unwrap())),
        ["第34条: 新旧対照表 3行の改正前が、改正前の本文と違います: 新旧対照表の「(7)法律及び契約に違反した場合における契約解除、損害賠償責任その他必要な事項(8)」が改正前の本文にありません"]
    );
}
