//! Builds of small projects written here, one per mistake a careless user
//! (or an attacker) makes: each used to pass silently or lose a page.
use std::path::{Path, PathBuf};

use reiki::site::{self, BuildOptions};

const CATALOG: &str = "id: cat\ntitle: 試験指針\nshort_title: 指針\nitems:\n  - id: \"1\"\n    title: アクセス制御\n    requirement: アクセス権限を設定する。\n";

/// A regulation file with front matter `extra` and a body that names `word`.
fn regulation(extra: &str, word: &str) -> String {
    format!(
        "---\nbody: 試験市\ntitle: {word}に関する要綱\n{extra}---\n第1条　この要綱は、{word}について定める。\n第2条　職員は、{word}のアクセス権限を設定しなければならない。\n"
    )
}

struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    fn new(config: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("regulations")).unwrap();
        std::fs::create_dir_all(dir.path().join("catalogs")).unwrap();
        std::fs::write(dir.path().join("catalogs/cat.yaml"), CATALOG).unwrap();
        std::fs::write(dir.path().join("reiki.yaml"), config).unwrap();
        Project { dir }
    }
    fn root(&self) -> &Path {
        self.dir.path()
    }
    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.root().join("regulations").join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
    fn options(&self) -> BuildOptions {
        BuildOptions::in_project(self.root())
    }
    fn build(&self) -> anyhow::Result<site::BuildReport> {
        site::build(&self.options())
    }
    fn page(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join("site").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

const CONFIG: &str = "title: 試験\ndefault_catalogs: [cat]\n";

#[test]
fn japanese_file_names_give_distinct_pages_with_their_own_text() {
    let p = Project::new(CONFIG);
    p.write("堺市要綱.md", &regulation("", "暗号化"));
    p.write("上尾要領.md", &regulation("", "入退室管理"));
    let report = p.build().unwrap();
    assert_eq!(report.regulations, 2);
    assert!(p.page("reg/堺市要綱.html").contains("暗号化について定める"));
    assert!(p.page("reg/上尾要領.html").contains("入退室管理について定める"));
    let home = p.page("index.html");
    assert!(
        home.contains("href=\"reg/%E5%A0%BA%E5%B8%82%E8%A6%81%E7%B6%B1.html\""),
        "percent-encoded link on the home page"
    );
    let broken = site::linkcheck::check(&p.root().join("site")).unwrap().broken;
    assert!(broken.is_empty(), "{broken:?}");
}

#[test]
fn a_duplicate_id_is_an_error_naming_both_files_and_neither_is_published() {
    let p = Project::new(CONFIG);
    p.write("a.md", &regulation("id: same\n", "暗号化"));
    p.write("b.md", &regulation("id: same\n", "入退室管理"));
    p.write("c.md", &regulation("", "バックアップ"));
    let report = p.build().unwrap();
    assert_eq!(report.regulations, 1);
    assert_eq!(report.load_errors.len(), 2);
    let a = &report.load_errors[0].to_string();
    assert!(a.contains("a.md:4:") && a.contains("b.md") && a.contains("「same」"), "{a}");
    assert!(!p.root().join("site/reg/same.html").exists(), "neither text is published under the id");
    let home = p.page("index.html");
    assert!(home.contains("読み込めなかったファイル") && home.contains("重複"), "listed in red on the home page");
}

#[test]
fn the_same_file_name_in_two_folders_is_a_duplicate() {
    let p = Project::new(CONFIG);
    p.write("2023/kitei.md", &regulation("", "暗号化"));
    p.write("2024/kitei.md", &regulation("", "入退室管理"));
    p.write("other.md", &regulation("", "バックアップ"));
    let report = p.build().unwrap();
    assert_eq!(report.regulations, 1);
    let messages: Vec<String> = report.load_errors.iter().map(|e| e.to_string()).collect();
    assert!(messages[0].contains("2023/kitei.md") && messages[0].contains("2024/kitei.md"), "{messages:?}");
}

#[test]
fn ids_differing_only_in_case_would_collide_on_windows_and_are_refused() {
    let p = Project::new(CONFIG);
    p.write("Kitei.md", &regulation("", "暗号化"));
    p.write("kitei.md", &regulation("", "入退室管理"));
    p.write("other.md", &regulation("", "バックアップ"));
    assert_eq!(p.build().unwrap().load_errors.len(), 2);
}

#[test]
fn an_empty_input_folder_fails_and_keeps_the_old_site() {
    let p = Project::new(CONFIG);
    let file = p.write("a.md", &regulation("", "暗号化"));
    p.build().unwrap();
    std::fs::remove_file(file).unwrap();
    let err = format!("{:#}", p.build().unwrap_err());
    assert!(err.contains("1 件もない") && err.contains("regulations"), "{err}");
    assert!(p.page("reg/a.html").contains("暗号化"), "old site kept");
}

#[test]
fn every_file_bad_fails_and_keeps_the_old_site() {
    let p = Project::new(CONFIG);
    let file = p.write("a.md", &regulation("", "暗号化"));
    p.build().unwrap();
    std::fs::write(&file, "---\nid: [\n---\n").unwrap();
    let err = format!("{:#}", p.build().unwrap_err());
    assert!(err.contains("a.md:"), "the reason is named: {err}");
    assert!(p.page("reg/a.html").contains("暗号化"), "old site kept");
}

#[test]
fn unknown_catalogs_are_warnings_with_file_and_line() {
    let p = Project::new("title: 試験\ndefault_catalogs: [cat, nosuch]\n");
    p.write("a.md", &regulation("catalogs: [cat, typo-cat]\n", "暗号化"));
    let report = p.build().unwrap();
    assert!(
        report.warnings.iter().any(|w| w.contains("reiki.yaml:2:") && w.contains("「nosuch」")),
        "{:?}",
        report.warnings
    );
    let page = p.page("reg/a.html");
    assert!(page.contains("「typo-cat」がありません"), "shown on the regulation page");
    assert!(p.page("diagnostics.html").contains("「nosuch」"), "config warning on the diagnostics page");
}

#[test]
fn a_missing_catalog_folder_is_named_in_the_warning() {
    let p = Project::new(CONFIG);
    p.write("a.md", &regulation("", "暗号化"));
    std::fs::remove_dir_all(p.root().join("catalogs")).unwrap();
    let report = p.build().unwrap();
    assert!(
        report.warnings.iter().any(
            |w| w.contains("「cat」がありません") && w.contains("catalogs がありません。--catalogs で指定できます")
        ),
        "{:?}",
        report.warnings
    );
    std::fs::create_dir_all(p.root().join("catalogs")).unwrap();
    let report = p.build().unwrap();
    assert!(report.warnings.iter().any(|w| w.contains("catalogs にカタログがありません")), "{:?}", report.warnings);
}

#[test]
fn supersedes_to_a_missing_id_itself_or_a_cycle_is_warned_and_builds_no_table() {
    let p = Project::new(CONFIG);
    p.write("self.md", &regulation("supersedes: self\n", "暗号化"));
    p.write("missing.md", &regulation("supersedes: nosuch\n", "暗号化"));
    p.write("x.md", &regulation("supersedes: y\n", "暗号化"));
    p.write("y.md", &regulation("supersedes: x\n", "入退室管理"));
    p.build().unwrap();
    let diagnostics = p.page("diagnostics.html");
    for code in ["supersedes-self", "supersedes-unknown", "supersedes-cycle"] {
        assert!(diagnostics.contains(code), "{code}");
    }
    assert!(!p.root().join("site/taishohyo").exists(), "no 新旧対照表 of a file against itself or in a cycle");
    assert!(diagnostics.contains("<td class=\"num\">4</td>"), "line of supersedes: in the front matter");
}

#[test]
fn a_pair_of_one_regulation_with_itself_is_warned_and_skipped() {
    let p = Project::new("title: 試験\ndefault_catalogs: [cat]\npairs:\n  - [a, a]\n  - [a, nosuch]\n");
    p.write("a.md", &regulation("", "暗号化"));
    let report = p.build().unwrap();
    assert!(
        report.warnings.iter().any(|w| w.contains("reiki.yaml:4:") && w.contains("同じ例規どうし")),
        "{:?}",
        report.warnings
    );
    assert!(
        report.warnings.iter().any(|w| w.contains("reiki.yaml:5:") && w.contains("「nosuch」")),
        "{:?}",
        report.warnings
    );
    assert!(!p.root().join("site/pair").exists());
}

#[cfg(unix)]
#[test]
fn symlinked_files_and_folders_are_read_and_loops_reported() {
    let p = Project::new(CONFIG);
    let elsewhere = p.root().join("shared");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("linked-file.md"), regulation("", "暗号化")).unwrap();
    std::fs::create_dir_all(elsewhere.join("dir")).unwrap();
    std::fs::write(elsewhere.join("dir/in-linked-dir.md"), regulation("", "入退室管理")).unwrap();
    let regs = p.root().join("regulations");
    std::os::unix::fs::symlink(elsewhere.join("linked-file.md"), regs.join("linked-file.md")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("dir"), regs.join("dir")).unwrap();
    std::os::unix::fs::symlink(&regs, regs.join("loop")).unwrap();
    std::os::unix::fs::symlink(regs.join("gone"), regs.join("dangling.md")).unwrap();
    let report = p.build().unwrap();
    assert_eq!(report.regulations, 2, "{:?}", report.load_errors);
    let errors: Vec<String> = report.load_errors.iter().map(|e| e.to_string()).collect();
    assert!(errors.iter().any(|e| e.contains("loop") && e.contains("ループ")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("dangling.md") && e.contains("読み込めません")), "{errors:?}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_its_name() {
    let p = Project::new("title: 試験\ndefault_catalogs: [cat]\nmax_file_mb: 1\n");
    p.write("small.md", &regulation("", "暗号化"));
    let mut big = regulation("", "入退室管理");
    while big.len() <= 1024 * 1024 {
        big.push_str("第3条　職員は、保有個人情報を適切に管理しなければならない。\n");
    }
    p.write("big.md", &big);
    let report = p.build().unwrap();
    assert_eq!(report.regulations, 1);
    let message = &report.load_errors[0].to_string();
    assert!(message.contains("big.md") && message.contains("上限 1 MB"), "{message}");
}

#[test]
fn a_bad_output_is_refused_before_reading_anything() {
    let p = Project::new(CONFIG);
    std::fs::create_dir_all(p.root().join("mine")).unwrap();
    std::fs::write(p.root().join("mine/notes.txt"), "keep").unwrap();
    let mut options = p.options();
    options.input = p.root().join("no-such-input");
    options.output = p.root().join("mine");
    let err = format!("{:#}", site::build(&options).unwrap_err());
    assert!(err.contains("refusing") && !err.contains("no-such-input"), "{err}");
}

#[test]
fn external_images_in_descriptions_do_not_reach_the_page() {
    let p = Project::new(CONFIG);
    let description = "description: \"写真 ![pixel](http://tracker.example/p.gif) ![x](javascript:alert(1))\"\n";
    p.write("a.md", &regulation(description, "暗号化"));
    p.build().unwrap();
    let page = p.page("reg/a.html");
    assert!(!page.contains("tracker.example") && !page.contains("javascript:"), "no external source");
    assert!(page.contains("〔pixel〕（外部の画像は表示しません）"));
}

/// Makes everything under `dir` reachable by another user (the test runs
/// the build as `nobody` when it runs as root).
fn open_to_all(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let mode = if entry.file_type().is_dir() { 0o777 } else { 0o755 };
        std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

#[test]
fn an_unreadable_subfolder_is_reported_and_the_rest_builds() {
    use std::os::unix::fs::PermissionsExt;
    let p = Project::new(CONFIG);
    p.write("kikaku/暗号化要綱.md", &regulation("", "暗号化"));
    p.write("jinji/入退室要綱.md", &regulation("", "入退室管理"));
    // root reads any folder whatever its mode, so as root the build runs as
    // `nobody` (setpriv, util-linux), with a copy of the binary it can run.
    let binary = p.root().join("reiki");
    std::fs::copy(env!("CARGO_BIN_EXE_reiki"), &binary).unwrap();
    open_to_all(p.root());
    let locked = p.root().join("regulations/jinji");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // SAFETY: geteuid has no preconditions and cannot fail.
    let as_root = unsafe { libc::geteuid() } == 0;
    let mut command = if as_root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(&binary);
        c
    } else {
        std::process::Command::new(&binary)
    };
    let out = command.arg("build").current_dir(p.root()).output().expect("setpriv (util-linux) runs");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "the unreadable folder makes the exit code 1: {stderr}");
    assert!(stderr.contains("jinji"), "the folder is named: {stderr}");
    assert!(p.page("reg/暗号化要綱.html").contains("暗号化について定める"), "the rest builds");
    let home = p.page("index.html");
    assert!(home.contains("読み込めなかったファイル") && home.contains("jinji"), "listed for readers too");
}

/// Two processes, same input, same bytes: scores sum f32 term weights in
/// map order, and a randomly seeded hasher made their last bits (and so the
/// JSON, and which of two near-equal candidates won) differ from run to run.
#[test]
fn coverage_and_alignment_are_identical_from_run_to_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |args: &[&str]| {
        let out =
            std::process::Command::new(env!("CARGO_BIN_EXE_reiki")).args(args).current_dir(root).output().unwrap();
        // coverage exits 1 when an item is ×; that is no failure here.
        assert!(out.status.code().is_some_and(|c| c <= 1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let commands: [&[&str]; 2] = [
        &["coverage", "regulations/sakai-tekisei-kanri-yoko.md", "--format", "json"],
        &["align", "regulations/sakai-tekisei-kanri-yoko.md", "regulations/ageo-kanri-yoryo.md", "--format", "json"],
    ];
    for args in commands {
        let first = run(args);
        for _ in 0..3 {
            assert!(run(args) == first, "{args:?} printed different bytes in another run");
        }
    }
}
