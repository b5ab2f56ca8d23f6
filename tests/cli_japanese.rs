//! The CLI as a policy officer uses it: Japanese help and messages,
//! `--format json` on every reporting command, `diff --changed-only`, and
//! a quiet exit when the reader of stdout goes away (`| head`).
#[path = "support/cli.rs"]
mod cli;
use std::io::Read;
use std::path::Path;
use std::process::Stdio;

fn reiki(args: &[&str]) -> (i32, String, String) {
    cli::run(cli::reiki_command().args(args).env("NO_COLOR", "1"))
}

#[test]
fn help_is_japanese_with_english_flag_names() {
    let (code, out, _) = reiki(&["--help"]);
    assert_eq!(code, 0);
    // Column widths depend on the longest command name: compare with spaces folded.
    let folded = out.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    for expected in [
        "使い方: reiki <コマンド>",
        "コマンド:",
        "build 静的サイトを作る",
        "taishohyo 2つの版の新旧対照表",
        "-h, --help このヘルプを表示する",
    ] {
        assert!(folded.contains(expected), "missing {expected:?} in\n{out}");
    }
    for english in ["Usage:", "Commands:", "Options:", "Print help", "Print version"] {
        assert!(!out.contains(english), "English {english:?} in\n{out}");
    }
    let (_, out, _) = reiki(&["coverage", "--help"]);
    assert!(out.contains("引数:") && out.contains("オプション:"), "{out}");
    assert!(out.contains("--allow-missing    × の項目があっても終了コード 0 にする"), "{out}");
    assert!(out.contains("［text | json］［既定: text］"), "{out}");
    assert!(!out.contains("[default:") && !out.contains("[possible values"), "{out}");
    // Arguments are listed in the order they are given: the old version first.
    for command in ["kaimebun", "taishohyo"] {
        let (_, out, _) = reiki(&[command, "--help"]);
        let (old, new) = (out.find("  <OLD>").unwrap(), out.find("  <NEW>").unwrap());
        assert!(old < new, "{command}: <OLD> listed after <NEW> in\n{out}");
    }
}

/// The one-file commands read every format `reiki build` reads, and say so:
/// a Word file given to `reiki parse` is read as a regulation.
#[test]
fn one_file_commands_name_the_formats_they_read() {
    for command in ["parse", "coverage"] {
        let (_, out, _) = reiki(&[command, "--help"]);
        assert!(out.contains("例規ファイル（.md .txt .docx .odt .html）"), "{command}:\n{out}");
    }
    let (code, out, err) = reiki(&["parse", "tests/variants/regulations/aoba-itaku-tokki.docx"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().any(|l| l.starts_with("第3（従事者の限定及び教育） 項3")), "{out}");
}

#[test]
fn check_summary_is_japanese_and_json_is_available() {
    let (code, out, err) = reiki(&["check", "regulations/ageo-kanri-yoryo.md"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("regulations/ageo-kanri-yoryo.md:25: warning[stray-caption]"), "{out}");
    assert!(err.contains("1 ファイル: エラー 0 件、警告 1 件"), "{err}");
    let (_, out, _) = reiki(&["check", "regulations/ageo-kanri-yoryo.md", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["files"], 1);
    assert_eq!(v["diagnostics"][0]["code"], "stray-caption");
    assert_eq!(v["diagnostics"][0]["line"], 25);
}

/// `reiki parse` shows an article read under a 共通見出し as such (上尾市
/// 第35条 under （業務の委託等） printed above 第34条), apart from a caption
/// of its own.
#[test]
fn parse_shows_an_article_read_under_a_common_caption() {
    let (code, out, err) = reiki(&["parse", "regulations/ageo-kanri-yoryo.md"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().any(|l| l.starts_with("  第34条（業務の委託等） ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("  第35条［共通見出し（業務の委託等）］ ")), "{out}");
}

/// `reiki parse` lists a 別表's rows as the coverage reads them, by how
/// each is cited: 桜台町's measures are the thirteen rows of 別表第1
/// (its header row is none), a 様式's cells are no provisions.
#[test]
fn parse_lists_the_rows_of_a_table_as_they_are_cited() {
    let (code, out, err) = reiki(&["parse", "tests/variants/regulations/sakuradai-tokutei-kitei.html"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    let table = lines.iter().position(|l| l.starts_with("別表第1(第7条関係) 安全管理措置")).expect(&out);
    let rows: Vec<&str> = lines[table + 1..].iter().take_while(|l| l.starts_with("  ")).copied().collect();
    assert_eq!(rows.len(), 13, "{out}");
    assert_eq!(rows[0], "  取扱規程等に基づく運用の項");
    assert!(rows.contains(&"  アクセス制御の項"), "{out}");
    let form = lines.iter().position(|l| l.starts_with("様式第1号")).expect(&out);
    assert!(lines[form + 1].starts_with("-- "), "a form lists no rows:\n{out}");
}

/// A 別記 of numbered text is listed by its parts as they are cited, each
/// with its heading: 東が丘市's thirteen measures under four headings; the
/// 別記様式 (a form) lists none.
#[test]
fn parse_lists_the_numbered_parts_of_a_bekki() {
    let (code, out, err) = reiki(&["parse", "tests/variants/regulations/higashigaoka-tokutei-yoryo.txt"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    let bekki = lines.iter().position(|l| l.starts_with("別記（第６条関係）")).expect(&out);
    let parts: Vec<&str> = lines[bekki + 1..].iter().take_while(|l| l.starts_with("  ")).copied().collect();
    assert_eq!(parts.len(), 13, "{out}");
    assert_eq!(parts[0], "  1(1)　利用状況の記録");
    assert_eq!(parts[12], "  4(4)　外部への送信");
    let form = lines.iter().position(|l| l.starts_with("別記様式")).expect(&out);
    assert!(lines[form + 1].starts_with("-- "), "a form lists no parts:\n{out}");
}

#[test]
fn coverage_header_names_the_catalog_without_a_times_sign() {
    let (_, out, _) = reiki(&["coverage", "regulations/ageo-kanri-yoryo.md", "--allow-missing"]);
    let head = out.lines().next().unwrap_or_default();
    assert!(head.ends_with("― 指針（ppc-shishin）との対照"), "{head}");
    assert!(!head.contains('×'), "{head}");
}

#[test]
fn diff_takes_format_json_and_keeps_json_as_alias() {
    let a = "regulations/ageo-kanri-yoryo.md:3";
    let b = "regulations/ryugasaki-anzen-kitei-an.md:3";
    let (_, by_format, _) = reiki(&["diff", a, b, "--format", "json"]);
    let (_, by_alias, _) = reiki(&["diff", a, b, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&by_format).expect("json");
    assert_eq!(v["pairs"][0]["a_article"], "第3条");
    assert_eq!(by_format, by_alias);
}

/// A copy of a regulation with one article removed, in a temporary folder.
fn copy_without_article(dir: &Path, source: &str, first_line: &str) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(source)).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| l.starts_with(first_line)).expect("article present");
    // The article runs until the next line that starts another article or caption.
    let end = (start + 1..lines.len())
        .find(|&i| lines[i].starts_with('第') || lines[i].starts_with("　（"))
        .unwrap_or(lines.len());
    // Its caption is the line before it.
    lines.drain(start - 1..end);
    let path = dir.join("draft.md");
    std::fs::write(&path, lines.join("\n").replace("id: ageo-kanri-yoryo", "id: ageo-draft")).unwrap();
    path.display().to_string()
}

#[test]
fn diff_changed_only_shows_a_deleted_article_as_unmatched() {
    let dir = tempfile::tempdir().unwrap();
    let draft = copy_without_article(dir.path(), "regulations/ageo-kanri-yoryo.md", "第３１条");
    let (code, out, err) = reiki(&["diff", "regulations/ageo-kanri-yoryo.md", &draft, "--changed-only"]);
    assert_eq!(code, 0, "{err}");
    // 41 articles are identical and are only counted.
    assert!(out.contains("文言が同じ 41 組の条は省略しました"), "{out}");
    assert!(!out.contains("== A 第1条"), "{out}");
    // The removed 第31条 is not paired with an article that another one already matches.
    assert!(out.contains("Bに対応する条がないAの条: 第31条"), "{out}");
    assert!(!out.contains("== A 第31条"), "{out}");
}

/// Runs reiki with stdout read for a few bytes only, then closed.
fn read_then_close(args: &[&str]) -> (Option<i32>, String) {
    let mut child =
        cli::reiki_command().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    (status.code(), err)
}

#[test]
fn closed_stdout_pipe_ends_quietly() {
    for args in [
        &["parse", "regulations/ageo-kanri-yoryo.md", "--format", "json"][..],
        &["diff", "regulations/ageo-kanri-yoryo.md", "regulations/sakai-tekisei-kanri-yoko.md"],
    ] {
        let (_, err) = read_then_close(args);
        assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{args:?}: {err}");
    }
}
