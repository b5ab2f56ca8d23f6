//! A rebuild after one edit tokenizes the edited regulation, not the
//! others: their analyses and comparisons come from the cache, and the
//! 新旧対照表 of a version not edited is not compared again (its pages are
//! reused). Alone in its own test binary, because the counting hook is
//! process-wide.
use std::path::Path;

use reiki::site::{self, BuildOptions};
use reiki::text::tokens::calls;

/// The clauses (split at 、 and 。, as the tokenizer is given them, and at
/// the HTML tags) of the two versions of 龍ケ崎市's コンピュータ 規程 that no
/// other shipped regulation has, without the characters NFKC changes, so
/// that the tokenizer's normalised input holds them as written.
fn version_only_sentences(regulations: &Path) -> Vec<String> {
    let read = |name: &str| std::fs::read_to_string(regulations.join(name)).unwrap();
    let versions = ["ryugasaki-computer-kitei-kaiseimae.md", "ryugasaki-computer-kitei-kaiseigo.md"];
    let others: Vec<String> = std::fs::read_dir(regulations)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !versions.contains(&name.as_str()))
        .map(|name| read(&name))
        .collect();
    // NFKC changes full-width digits, letters and brackets; spaces are dropped.
    let plain = |s: &str| !s.chars().any(|c| c.is_whitespace() || matches!(c, '０'..='ｚ' | '（' | '）' | '0'..='z'));
    let mut sentences: Vec<String> = versions
        .iter()
        .flat_map(|name| read(name).split(['、', '。', '\n', '<', '>']).map(str::to_string).collect::<Vec<_>>())
        .filter(|s| s.chars().count() >= 10 && plain(s) && !others.iter().any(|o| o.contains(s.as_str())))
        .collect();
    sentences.sort();
    sentences.dedup();
    sentences
}

/// How many of `sentences` are in some text the tokenizer was given.
fn tokenized(sentences: &[String], calls: &std::collections::HashMap<String, usize>) -> usize {
    sentences.iter().filter(|s| calls.keys().any(|text| text.contains(s.as_str()))).count()
}

#[test]
fn one_edit_tokenizes_neither_the_other_regulations_nor_the_versions_not_edited() {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["regulations", "catalogs"] {
        std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        for entry in std::fs::read_dir(repo.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.path().join(folder).join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::copy(repo.join("reiki.yaml"), dir.path().join("reiki.yaml")).unwrap();
    let sentences = version_only_sentences(&dir.path().join("regulations"));
    assert!(sentences.len() >= 3, "sentences only the two versions have: {sentences:?}");
    let mut options = BuildOptions::in_project(dir.path());
    options.cache = Some(dir.path().join(".reiki-cache"));

    calls::record();
    site::build(&options).unwrap();
    let full = calls::take();
    assert_eq!(tokenized(&sentences, &full), sentences.len(), "a full build tokenizes the versions' text");

    // 堺市's 要綱: no version of it is loaded.
    let edited = dir.path().join("regulations/sakai-tekisei-kanri-yoko.md");
    let text = std::fs::read_to_string(&edited).unwrap();
    let body = text.match_indices("---\n").nth(1).unwrap().0 + 4;
    let at = body + text[body..].find('。').unwrap() + '。'.len_utf8();
    std::fs::write(&edited, format!("{}この要綱は、毎年度見直すものとする。{}", &text[..at], &text[at..])).unwrap();
    calls::record();
    let report = site::build(&options).unwrap();
    let rebuilt = calls::take();
    assert_eq!((report.cached_regulations, report.computed_regulations), (7, 1));
    assert!(rebuilt.keys().any(|t| t.contains("毎年度見直す")), "the edit is analysed");
    let seen: Vec<&String> = sentences.iter().filter(|s| rebuilt.keys().any(|t| t.contains(s.as_str()))).collect();
    assert!(seen.is_empty(), "the rebuild tokenized the versions not edited: {seen:?}");
}
