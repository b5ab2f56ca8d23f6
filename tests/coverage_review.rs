//! Duty strength and reviewed mappings end to end: `reiki coverage` (text,
//! JSON, `--unreviewed`), `reiki review`, and the site's regulation page and
//! matrix, on a small rule written for this test.
use std::path::{Path, PathBuf};
use std::process::Command;

use reiki::site::{self, BuildOptions};

const ID: &str = "test-anzen-kitei";

/// A rule with a duty (暗号化) and an effort (バックアップ … 努める).
fn rule(backup: &str) -> String {
    format!(
        "---\nid: {ID}\nbody: 試験市\ntitle: 試験市保有個人情報安全管理規程\ncatalogs: [ppc-shishin]\n---\n\
         （趣旨）\n第1条 この規程は、保有個人情報の安全管理について必要な事項を定める。\n\
         （バックアップ）\n第2条 {backup}\n\
         （暗号化）\n第3条 職員は、その処理する保有個人情報を、その秘匿性等その内容に応じて、適切に暗号化しなければならない。\n"
    )
}

const EFFORT: &str = "職員は、保有個人情報のバックアップを作成し、別の場所に分散して保管するよう努めるものとする。";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn reiki(args: &[&str]) -> std::process::Output {
    let root = root();
    let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    all.extend(
        ["--catalogs", root.join("catalogs").to_str().unwrap(), "--config", root.join("reiki.yaml").to_str().unwrap()]
            .map(String::from),
    );
    Command::new(env!("CARGO_BIN_EXE_reiki")).args(&all).output().unwrap()
}

fn coverage_json(file: &Path) -> Vec<serde_json::Value> {
    let out = reiki(&["coverage", file.to_str().unwrap(), "--allow-missing", "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["reports"][0]["items"].as_array().unwrap().clone()
}

fn item<'a>(items: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    items.iter().find(|i| i["id"] == id).unwrap()
}

/// The matrix download of a built site, as CSV text (BOM dropped).
fn matrix_csv(out: &Path) -> String {
    let bytes = std::fs::read(out.join("downloads/matrix-ppc-shishin.csv")).unwrap();
    String::from_utf8(bytes).unwrap().trim_start_matches('\u{feff}').to_string()
}

fn build_site(input: &Path, out: &Path) -> (String, String) {
    let mut options = BuildOptions::in_project(root());
    options.input = input.to_path_buf();
    options.output = out.to_path_buf();
    site::build(&options).unwrap();
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    (read(&format!("reg/{ID}.html")), read("matrix/ppc-shishin.html"))
}

/// The item page of 5-14 (バックアップ) and the rule's model page (the
/// regulation × 指針 comparison) of a built site: the row of the rule on the
/// one, the row of 5-14 on the other.
fn item_and_model_rows(out: &Path) -> (String, String) {
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let item = read("catalog/ppc-shishin/5-14.html");
    let at = item.find("試験市保有個人情報安全管理規程</a></th>").expect("the rule's row on the item page");
    let item_row = item[at..at + item[at..].find("</tr>").unwrap()].to_string();
    let model = read(&format!("model/{ID}--ppc-shishin.html"));
    let at = model.find("バックアップ</a>").expect("5-14 on the model page");
    let model_row = model[at..at + model[at..].find("</tr>").unwrap()].to_string();
    (item_row, model_row)
}

/// The coverage table row of an item on the regulation page.
fn row<'a>(html: &'a str, title: &str) -> &'a str {
    let at = html.find(&format!("{title}</a></th>")).unwrap_or_else(|| panic!("{title} not on the page"));
    let end = html[at..].find("</tr>").unwrap();
    &html[at..at + end]
}

#[test]
fn an_effort_is_partial_until_a_reviewer_decides_and_a_changed_text_needs_a_recheck() {
    let tmp = tempfile::tempdir().unwrap();
    let regs: PathBuf = tmp.path().join("regulations");
    std::fs::create_dir_all(&regs).unwrap();
    let file = regs.join(format!("{ID}.md"));
    std::fs::write(&file, rule(EFFORT)).unwrap();

    // 1. Automatic: the effort is △ 努力義務にとどまる although both elements are there.
    let items = coverage_json(&file);
    let backup = item(&items, "5-14");
    assert_eq!(backup["status"], "△");
    assert_eq!(backup["status_reason"], "努力義務にとどまる");
    assert_eq!(backup["missing_elements"].as_array().unwrap().len(), 0);
    assert_eq!(backup["review_state"], "auto");
    assert_eq!(backup["evidence"][0]["weak_duty"], true);
    assert!(backup["evidence"][0]["sentence"].as_str().unwrap().contains("努めるものとする"));
    assert!(["high", "medium", "low"].contains(&backup["evidence"][0]["band"].as_str().unwrap()));
    let crypto = item(&items, "5-8");
    assert_eq!(crypto["status"], "○");
    assert!(crypto["status_reason"].is_null());
    let text = String::from_utf8(reiki(&["coverage", file.to_str().unwrap(), "--allow-missing"]).stdout).unwrap();
    let line = text.lines().find(|l| l.contains("バックアップ")).unwrap();
    assert!(line.contains('△') && line.contains("努力義務にとどまる") && line.contains("自動判定"), "{line}");
    let (page, matrix) = build_site(&regs, &tmp.path().join("site1"));
    let r = row(&page, "バックアップ");
    assert!(r.contains("努力義務にとどまる") && r.contains("自動判定") && r.contains("努めるものとする"), "{r}");
    // The gaps listed at the top say why it is △, though nothing is missing.
    let gaps = &page[page.find("class=\"gap-list\"").unwrap()..];
    let gap = &gaps[gaps.find("バックアップ").unwrap()..];
    let gap = &gap[..gap.find("</li>").unwrap()];
    assert!(gap.contains("<span class=\"gap-what\">努力義務にとどまる（"), "{gap}");
    assert!(matrix.contains("努力義務にとどまる"));
    let (item_row, model_row) = item_and_model_rows(&tmp.path().join("site1"));
    for r in [&item_row, &model_row] {
        assert!(r.contains("自動判定") && r.contains("努力義務にとどまる"), "{r}");
    }
    // The Excel/CSV matrix offices circulate says so too.
    let sheet = matrix_csv(&tmp.path().join("site1"));
    let cell = sheet.lines().find(|l| l.contains("バックアップ")).unwrap();
    assert!(cell.contains("（努力義務）") && !cell.contains("［確認済み］"), "{cell}");

    // 2. `reiki review` writes a template; a reviewer fills in two items.
    let out = reiki(&["review", ID, "--input", regs.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let review_file = regs.join("reviews").join(format!("{ID}.yaml"));
    let mut doc: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(&review_file).unwrap()).unwrap();
    let entries = doc["items"].as_sequence_mut().unwrap();
    assert_eq!(entries.len(), 41, "one template entry per item");
    for e in entries.iter_mut() {
        if e["item"] == "5-14" {
            e["status"] = "○".into();
            e["reason"] = "情報システム運用要領で毎日の実施を義務付けている".into();
            e["reviewer"] = "佐藤".into();
            e["date"] = "2025-05-01".into();
            assert_eq!(e["links"][0]["article"], "第2条");
        }
    }
    std::fs::write(&review_file, serde_yaml::to_string(&doc).unwrap()).unwrap();

    let items = coverage_json(&file);
    let backup = item(&items, "5-14");
    assert_eq!(backup["status"], "○");
    assert_eq!(backup["review_state"], "confirmed");
    assert_eq!(backup["review"]["reviewer"], "佐藤");
    assert_eq!(backup["status_reason"], "情報システム運用要領で毎日の実施を義務付けている");
    let unreviewed = String::from_utf8(reiki(&["coverage", file.to_str().unwrap(), "--unreviewed"]).stdout).unwrap();
    assert!(!unreviewed.contains("バックアップ"), "{unreviewed}");
    assert!(unreviewed.lines().any(|l| l.contains("暗号化") && l.contains("自動判定")), "{unreviewed}");
    let (page, matrix) = build_site(&regs, &tmp.path().join("site2"));
    assert!(row(&page, "バックアップ").contains("確認済み"));
    assert!(matrix.contains("確認済み"));
    let (item_row, model_row) = item_and_model_rows(&tmp.path().join("site2"));
    for r in [&item_row, &model_row] {
        assert!(r.contains("確認済み") && r.contains("情報システム運用要領で毎日の実施を義務付けている"), "{r}");
        assert!(r.contains("佐藤") && r.contains("2025-05-01") && !r.contains("努力義務にとどまる"), "{r}");
    }
    let sheet = matrix_csv(&tmp.path().join("site2"));
    let cell = sheet.lines().find(|l| l.contains("バックアップ")).unwrap();
    assert!(cell.contains("［確認済み］"), "{cell}");

    // 3. The article changes: the review stays, flagged 要再確認, with the automatic status.
    std::fs::write(&file, rule(&EFFORT.replace("作成し", "毎日作成し"))).unwrap();
    let items = coverage_json(&file);
    let backup = item(&items, "5-14");
    assert_eq!(backup["review_state"], "stale");
    assert_eq!(backup["status"], "△");
    assert_eq!(backup["review"]["reviewer"], "佐藤", "the review is kept");
    let unreviewed = String::from_utf8(reiki(&["coverage", file.to_str().unwrap(), "--unreviewed"]).stdout).unwrap();
    assert!(unreviewed.lines().any(|l| l.contains("バックアップ") && l.contains("要再確認")), "{unreviewed}");
    let (page, matrix) = build_site(&regs, &tmp.path().join("site3"));
    assert!(row(&page, "バックアップ").contains("要再確認"));
    assert!(matrix.contains("要再確認"));
    // The item and model pages show the automatic result and keep the earlier decision beside it.
    let (item_row, model_row) = item_and_model_rows(&tmp.path().join("site3"));
    for r in [&item_row, &model_row] {
        assert!(r.contains("要再確認") && r.contains("努力義務にとどまる"), "{r}");
        assert!(
            r.contains("前回の確認: ○ 情報システム運用要領で毎日の実施を義務付けている（佐藤、2025-05-01）"),
            "{r}"
        );
    }
    // Running `reiki review` again keeps the reviewer's entry as it is.
    assert!(reiki(&["review", ID, "--input", regs.to_str().unwrap()]).status.success());
    assert!(std::fs::read_to_string(&review_file).unwrap().contains("佐藤"));
}

#[test]
fn a_broken_review_file_is_an_error_naming_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join(format!("{ID}.md"));
    std::fs::write(&file, rule(EFFORT)).unwrap();
    std::fs::create_dir_all(tmp.path().join("reviews")).unwrap();
    std::fs::write(
        tmp.path().join("reviews").join(format!("{ID}.yaml")),
        "regulation: x\nitems:\n  - catalog: [unclosed\n",
    )
    .unwrap();
    let out = reiki(&["coverage", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("reviews/{ID}.yaml:3:")) && err.contains("書式が正しくありません"), "{err}");
}

/// In a site build a broken review file does not stop the build: the
/// automatic results are shown, and the file and line are on the
/// diagnostics page, counted on the home page and listed on the
/// regulation's page. A review of an item the catalog does not have is
/// shown the same way, never dropped unseen.
#[test]
fn review_problems_in_a_site_build_are_visible_diagnostics() {
    let tmp = tempfile::tempdir().unwrap();
    let regs: PathBuf = tmp.path().join("regulations");
    let reviews = regs.join("reviews");
    std::fs::create_dir_all(&reviews).unwrap();
    std::fs::write(regs.join(format!("{ID}.md")), rule(EFFORT)).unwrap();
    let review_file = reviews.join(format!("{ID}.yaml"));
    let site_pages = |name: &str| {
        let out = tmp.path().join(name);
        let (page, _) = build_site(&regs, &out);
        let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
        (page, read("diagnostics.html"), read("index.html"))
    };

    std::fs::write(&review_file, "regulation: x\nitems:\n  - catalog: [unclosed\n").unwrap();
    let (page, diagnostics, home) = site_pages("broken");
    assert!(row(&page, "バックアップ").contains("自動判定"), "automatic results kept");
    let location = format!("reviews/{ID}.yaml:3");
    assert!(diagnostics.contains(&location) && diagnostics.contains("review-invalid"), "{diagnostics}");
    assert!(diagnostics.contains("書式が正しくありません"));
    assert!(home.contains("診断 1件"), "the home page counts it");
    assert!(page.contains("review-invalid") && page.contains(&format!("reviews/{ID}.yaml")), "regulation page");

    std::fs::write(
        &review_file,
        "regulation: x\nitems:\n  - catalog: ppc-shishin\n    item: \"5-14\"\n    status: ○\n    reviewer: 佐藤\n\
         \n  - catalog: ppc-shishin\n    item: \"5-99\"\n    status: ○\n    reviewer: 佐藤\n",
    )
    .unwrap();
    let (page, diagnostics, _) = site_pages("unknown-item");
    assert!(row(&page, "バックアップ").contains("確認済み"), "the valid review is applied");
    assert!(diagnostics.contains(&format!("reviews/{ID}.yaml:9")) && diagnostics.contains("ppc-shishin:5-99"));
    assert!(diagnostics.contains("review-unknown-item"));
    assert!(!diagnostics.contains("読み込めなかったファイル"), "the review file is not taken for a regulation");
}

/// An item made not applicable — by front matter or by a rule that says it
/// has no such place — shows why on the regulation page, not its elements
/// as missing.
#[test]
fn a_not_applicable_item_shows_why_not_what_is_missing() {
    let tmp = tempfile::tempdir().unwrap();
    let regs = tmp.path().join("regulations");
    std::fs::create_dir_all(&regs).unwrap();
    let text = rule(EFFORT).replace(
        "catalogs: [ppc-shishin]\n",
        "catalogs: [ppc-shishin]\nnot_applicable:\n  5-15: 設計書を作る情報システムを持たない\n",
    ) + "（情報システム室等）\n第4条 試験市は、保有個人情報を取り扱う基幹的なサーバ等の機器を設置する室その他の区域を設けていない。\n";
    std::fs::write(regs.join(format!("{ID}.md")), text).unwrap();
    let (page, _) = build_site(&regs, &tmp.path().join("site"));
    let room = row(&page, "情報システム室等の管理");
    assert!(room.contains("st-na"), "{room}");
    assert!(room.contains("第4条に該当する施設等を設けない旨の定めがある"), "{room}");
    assert!(!room.contains("施錠装置"), "an element shown as missing: {room}");
    let design = row(&page, "情報システム設計書等の管理");
    assert!(design.contains("設計書を作る情報システムを持たない") && !design.contains("構成図"), "{design}");
}
