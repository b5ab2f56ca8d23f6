//! `reiki export` read back as a user's Excel would read it: the workbook
//! through calamine (cell values), its XML for the print set-up, and the
//! CSV as Excel parses it. Cell values are checked against `reiki coverage
//! --format json` and against facts of the shipped texts.
#[path = "support/cli.rs"]
mod cli;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// 2025-11-30 00:00 UTC: fixes the printed 作成日 for the byte comparisons.
const EPOCH: &str = "1764460800";

fn reiki(args: &[&str]) -> (i32, String, String) {
    cli::run(cli::reiki_command().env("SOURCE_DATE_EPOCH", EPOCH).args(args))
}

fn export(args: &[&str], out: &Path) -> Vec<u8> {
    let mut all: Vec<&str> = vec!["export"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--output", out.to_str().unwrap()]);
    let (code, _, err) = reiki(&all);
    assert_eq!(code, 0, "{err}");
    std::fs::read(out).unwrap()
}

/// Every sheet as rows of cell texts (numbers printed with two decimals).
fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<String>>)> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::Float(f) => format!("{f:.2}"),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// RFC 4180 records (quoted fields may hold commas and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("bare LF outside a quoted field"),
            (false, c) => field.push(c),
        }
    }
    assert!(field.is_empty() && record.is_empty(), "last line without CRLF");
    records
}

fn coverage_json(file: &str, catalog: &str) -> serde_json::Value {
    let (_, out, err) = reiki(&["coverage", file, "--catalog", catalog, "--allow-missing", "--format", "json"]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"))
}

fn tmp(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}

#[test]
fn matrix_cells_are_the_coverage_verdicts_with_their_articles() {
    let (_d, out) = tmp("matrix.xlsx");
    let bytes = export(&["matrix", "--catalog", "ppc-shishin"], &out);
    let book = sheets(&bytes);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["網羅状況 指針", "凡例"]);
    let rows = &book[0].1;
    assert_eq!(rows[0][..3], ["項目", "見出し", "区分"]);
    // The six regulations that use the 指針, in the site's order.
    assert_eq!(
        rows[0][3..],
        ["上尾市 要領", "堺市 要綱", "札幌市 基準", "札幌市 特記事項", "西伊豆町 規程", "龍ヶ崎市 規程"]
    );
    // The 指針's 48 items (41 leaves; 7 groups have children), plus the header.
    assert_eq!(rows.len(), 1 + 48);
    assert_eq!(rows.iter().filter(|r| !r[2].is_empty()).count(), 1 + 41);
    let row = |label: &str| rows.iter().find(|r| r[0] == label).unwrap_or_else(|| panic!("{label}"));
    assert_eq!(row("第1")[1], "管理体制");
    assert_eq!(
        row("第1-1")[1..],
        ["総括保護管理者", "組織的", "○ 第3条", "○ 第3条、第4条", "△ 基準2", "×", "○ 第4条", "○ 第3条"]
    );

    // Every cell of 上尾市 and 堺市 says what `reiki coverage` says.
    for (column, file) in [(3, "regulations/ageo-kanri-yoryo.md"), (4, "regulations/sakai-tekisei-kanri-yoko.md")] {
        let json = coverage_json(file, "ppc-shishin");
        let items = json["reports"][0]["items"].as_array().unwrap();
        assert_eq!(items.len(), 41);
        for item in items {
            let cell = &row(item["label"].as_str().unwrap())[column];
            let status = item["status"].as_str().unwrap();
            assert!(cell.starts_with(status), "{file} {}: {cell} vs {status}", item["label"]);
            for article in item["articles"].as_array().unwrap() {
                assert!(cell.contains(article.as_str().unwrap()), "{file} {}: {cell} lacks {article}", item["label"]);
            }
        }
    }

    // Printing: A4 landscape one page wide, header row on every page,
    // frozen header and labels, autofilter, title and date in the header.
    let sheet = zip_part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("orientation=\"landscape\"") && sheet.contains("paperSize=\"9\""), "{sheet}");
    assert!(sheet.contains("fitToHeight=\"0\"") && sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    assert!(sheet.contains("state=\"frozen\"") && sheet.contains("topLeftCell=\"C2\""));
    assert!(sheet.contains("<autoFilter ref=\"A1:I49\"/>"), "{sheet}");
    assert!(sheet
        .contains("<oddHeader>&amp;L行政機関等の保有する個人情報の適切な管理のための措置に関する指針&amp;R作成日 2025-11-30</oddHeader>"));
    assert!(sheet.contains("<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>"));
    let workbook = zip_part(&bytes, "xl/workbook.xml");
    assert!(workbook.contains("_xlnm.Print_Titles") && workbook.contains("$1:$1"), "{workbook}");
    // Status fills: ○ green, △ yellow, × red, - grey.
    let styles = zip_part(&bytes, "xl/styles.xml");
    for rgb in ["FFC6EFCE", "FFFFEB9C", "FFFFC7CE"] {
        assert!(styles.contains(rgb), "{rgb}");
    }
    let legend = &book[1].1;
    assert_eq!(legend[1][..2], ["○", "充足"]);
    assert!(legend.iter().any(|r| r[0] == "自動判定"));
}

#[test]
fn csv_opens_in_excel_as_the_same_table() {
    let (_d, xlsx) = tmp("matrix.xlsx");
    let (_e, csv) = tmp("matrix.csv");
    let book = sheets(&export(&["matrix", "--catalog", "ppc-shishin"], &xlsx));
    let bytes = export(&["matrix", "--catalog", "ppc-shishin"], &csv);
    assert_eq!(bytes[..3], [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let records = parse_csv(&text);
    assert_eq!(records, book[0].1);
}

#[test]
fn coverage_export_has_status_evidence_sentence_and_review() {
    let (_d, out) = tmp("coverage.xlsx");
    let bytes = export(&["coverage", "regulations/ageo-kanri-yoryo.md"], &out);
    let book = sheets(&bytes);
    assert_eq!(book[0].0, "指針");
    let rows = &book[0].1;
    assert_eq!(rows[0], ["項目", "見出し", "区分", "判定", "根拠条文", "根拠の文", "不足要素", "理由", "確認"]);
    let json = coverage_json("regulations/ageo-kanri-yoryo.md", "ppc-shishin");
    for item in json["reports"][0]["items"].as_array().unwrap() {
        let row = rows.iter().find(|r| r[0] == item["label"].as_str().unwrap()).unwrap();
        assert_eq!(row[3], item["status"].as_str().unwrap());
        let articles: Vec<&str> = item["articles"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        for a in &articles {
            assert!(row[4].contains(a), "{row:?}");
        }
        for e in item["evidence"].as_array().unwrap() {
            assert!(row[5].contains(e["sentence"].as_str().unwrap()), "{row:?}");
        }
        let missing: Vec<&str> =
            item["missing_elements"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        assert_eq!(row[6], missing.join("、"));
        // No review records exist yet: every verdict is automatic.
        assert_eq!(row[8], "自動判定");
    }
    // 上尾市 第24条 is its 暗号化 article.
    let encryption = rows.iter().find(|r| r[1] == "暗号化").unwrap();
    assert_eq!(encryption[4], "第24条");
    assert!(encryption[5].starts_with("第24条: "), "{encryption:?}");
}

#[test]
fn align_export_is_the_correspondence_with_flags() {
    let (_d, out) = tmp("align.xlsx");
    let a = "regulations/ageo-kanri-yoryo.md";
    let b = "regulations/ryugasaki-anzen-kitei-an.md";
    let bytes = export(&["align", a, b], &out);
    let rows = &sheets(&bytes)[0].1;
    assert_eq!(rows[0], ["上尾市 要領 条", "見出し", "龍ヶ崎市 規程 条", "見出し", "類似度", "共通の項目", "指摘"]);
    let (_, json, _) = reiki(&["align", a, b, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let matches = json["matches"].as_array().unwrap();
    let unmatched = json["unmatched_a"].as_array().unwrap().len() + json["unmatched_b"].as_array().unwrap().len();
    assert_eq!(rows.len(), 1 + matches.len() + unmatched);
    for (row, m) in rows[1..].iter().zip(matches) {
        assert_eq!(row[0], m["a_label"].as_str().unwrap());
        assert_eq!(row[2].split('\n').next().unwrap(), m["b_articles"][0]["label"].as_str().unwrap());
        assert_eq!(row[4], format!("{:.2}", m["b_articles"][0]["score"].as_f64().unwrap()));
    }
    // 上尾 第34条 ⇔ 龍ヶ崎 第35条: 年１回以上 dropped, ものとする → することができる.
    let audit = rows.iter().find(|r| r[0] == "第34条").unwrap();
    assert_eq!(audit[2], "第35条");
    assert!(audit[6].contains("義務の弱化") && audit[6].contains("数値・頻度・期間"), "{audit:?}");
    // The score is a number Excel can sort.
    let sheet = zip_part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("<c r=\"E2\" s=\"") && !sheet.contains("<c r=\"E2\" s=\"2\" t=\"s\""),
        "score stored as text"
    );
}

#[test]
fn exports_are_byte_stable() {
    let (_d, first) = tmp("a.xlsx");
    let (_e, second) = tmp("b.xlsx");
    let args = ["coverage", "regulations/sakai-tekisei-kanri-yoko.md"];
    assert_eq!(export(&args, &first), export(&args, &second));
}

#[test]
fn bad_input_is_named_and_the_rest_is_written() {
    let (dir, out) = tmp("matrix.xlsx");
    let input = dir.path().join("regs");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(Path::new(ROOT).join("regulations/ageo-kanri-yoryo.md"), input.join("ageo.md")).unwrap();
    std::fs::write(input.join("broken.txt"), b"\x00\x01\x02binary").unwrap();
    let (code, _, err) = reiki(&[
        "export",
        "matrix",
        "--catalog",
        "ppc-shishin",
        "--input",
        input.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("broken.txt"), "{err}");
    let rows = &sheets(&std::fs::read(&out).unwrap())[0].1;
    assert_eq!(rows[0][3..], ["上尾市 要領"]);

    let (code, _, err) = reiki(&["export", "matrix", "--catalog", "no-such", "--output", out.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such"), "{err}");
    let (code, _, err) = reiki(&["export", "coverage", "regulations/ageo-kanri-yoryo.md", "--output", "表.xls"]);
    assert_eq!(code, 2);
    assert!(err.contains("表.xls") && err.contains(".xlsx"), "{err}");
    assert!(!Path::new(ROOT).join("表.xls").exists());
}
