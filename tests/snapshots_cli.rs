//! Snapshots of what the CLI prints, so a refactor that changes a byte of the
//! documented JSON or of the terminal tables fails here (the README calls
//! `reiki parse --format json` an interface).
//!
//! Snapshots live in `tests/snapshots/`. A mismatch fails the test; insta
//! writes the new output next to the old one as `.snap.new` (never under
//! `CI=true`, where `INSTA_UPDATE` defaults to `no`). After a deliberate
//! change, review it and accept with `INSTA_UPDATE=always cargo test --release
//! --test snapshots_cli` (or `cargo insta review`).
use std::path::{Path, PathBuf};
use std::process::Command;

/// The regulation formats `reiki parse` reads (see README, "Input format").
const REGULATION_EXTENSIONS: [&str; 5] = ["md", "txt", "docx", "odt", "html"];

/// Every regulation file directly inside `dir` (READMEs describe a folder,
/// they are not regulations), sorted so the snapshot list is stable.
fn regulation_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_file())
        .filter(|p| p.extension().and_then(|e| e.to_str()).is_some_and(|e| REGULATION_EXTENSIONS.contains(&e)))
        .filter(|p| p.file_name().unwrap() != "README.md")
        .map(|p| Path::new(dir).join(p.file_name().unwrap()))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no regulation in {dir}");
    files
}

/// Runs the release binary from the crate root (so paths in the output are
/// the relative ones given) and renders exit code, stderr and stdout as one
/// text: all three are what a user sees.
fn reiki(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_reiki"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .output()
        .expect("reiki runs");
    format!(
        "exit: {}\n--- stderr\n{}--- stdout\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    )
}

/// Snapshot name for a file: its folder and stem, with `/` and `.` made safe.
fn snapshot_name(prefix: &str, path: &Path) -> String {
    format!("{prefix}__{}", path.to_string_lossy().replace(['/', '.'], "_"))
}

fn assert_cli_snapshot(name: &str, args: &[&str]) {
    let text = reiki(args);
    insta::with_settings!({ description => args.join(" "), omit_expression => true }, {
        insta::assert_snapshot!(name, text);
    });
}

fn parse_json_snapshots(dir: &str) {
    for path in regulation_files(dir) {
        let file = path.to_str().unwrap();
        assert_cli_snapshot(&snapshot_name("parse", &path), &["parse", "--format", "json", file]);
    }
}

#[test]
fn parse_json_of_every_fixture() {
    parse_json_snapshots("tests/fixtures");
    parse_json_snapshots("tests/fixtures/formats");
    parse_json_snapshots("tests/variants/regulations");
}

#[test]
fn parse_json_of_every_shipped_regulation() {
    parse_json_snapshots("regulations");
}

#[test]
fn coverage_text_of_every_shipped_regulation() {
    for path in regulation_files("regulations") {
        assert_cli_snapshot(&snapshot_name("coverage", &path), &["coverage", path.to_str().unwrap()]);
    }
}

/// The shipped regulation with this id (files are named after their id).
fn shipped(id: &str) -> String {
    let path = format!("regulations/{id}.md");
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path).is_file(), "{path} missing");
    path
}

/// The pairs `reiki.yaml` compares, as (A, B) file paths.
fn config_pairs() -> Vec<(String, String)> {
    let config = reiki::config::Config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("reiki.yaml")).unwrap();
    assert!(!config.pairs.is_empty(), "reiki.yaml names no pair");
    config.pairs.iter().map(|[a, b]| (shipped(a), shipped(b))).collect()
}

/// Old/new versions among the shipped regulations: each file whose front
/// matter says `supersedes: <id>`, with the version it supersedes.
fn superseded_pairs() -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for path in regulation_files("regulations") {
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path)).unwrap();
        let front_matter = text.split("\n---").next().unwrap();
        if let Some(old) = front_matter.lines().find_map(|l| l.strip_prefix("supersedes:")) {
            pairs.push((shipped(old.trim()), path.to_str().unwrap().to_string()));
        }
    }
    assert!(!pairs.is_empty(), "no shipped regulation supersedes another");
    pairs
}

fn pair_name(command: &str, a: &str, b: &str) -> String {
    let stem = |p: &str| Path::new(p).file_stem().unwrap().to_string_lossy().into_owned();
    format!("{command}__{}__{}", stem(a), stem(b))
}

#[test]
fn align_text_of_config_pairs() {
    for (a, b) in config_pairs() {
        assert_cli_snapshot(&pair_name("align", &a, &b), &["align", &a, &b]);
    }
}

#[test]
fn diff_text_of_config_and_superseded_pairs() {
    for (a, b) in config_pairs().into_iter().chain(superseded_pairs()) {
        assert_cli_snapshot(&pair_name("diff", &a, &b), &["diff", "--no-color", &a, &b]);
    }
}

#[test]
fn taishohyo_text_of_config_and_superseded_pairs() {
    for (old, new) in config_pairs().into_iter().chain(superseded_pairs()) {
        assert_cli_snapshot(
            &pair_name("taishohyo", &old, &new),
            &["taishohyo", "--no-color", "--width", "120", &old, &new],
        );
    }
}
