//! The shipped guideline catalogs (catalogs/*.yaml) load, have the structure
//! of the documents they describe, and broken catalogs are reported with the
//! file (and line) at fault. Also checks the gold alignment files in
//! tests/gold/ against the catalogs.
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use reiki::catalog::{self, Catalog, Class};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn catalogs() -> Vec<Catalog> {
    catalog::load_dir(&root().join("catalogs")).expect("shipped catalogs load")
}

fn by_id(id: &str) -> Catalog {
    catalogs().into_iter().find(|c| c.id == id).unwrap_or_else(|| panic!("catalog {id} missing"))
}

fn child_ids(c: &Catalog, parent: &str) -> Vec<String> {
    c.children(parent).map(|i| i.id.clone()).collect()
}

fn top_level(c: &Catalog) -> Vec<String> {
    c.items.iter().filter(|i| i.parent.is_none()).map(|i| i.id.clone()).collect()
}

#[test]
fn every_catalog_file_loads_with_unique_ids() {
    let all = catalogs();
    let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["mynumber-anzen", "ppc-shishin", "sapporo-kijun"]);
    for c in &all {
        assert!(!c.title.is_empty() && !c.short_title.is_empty(), "{}", c.id);
        assert!(c.publisher.is_some() && c.source.is_some(), "{}: publisher/source", c.id);
        assert!(c.description.as_deref().is_some_and(|d| d.lines().count() >= 3), "{}: description", c.id);
    }
}

#[test]
fn ppc_shishin_follows_the_guideline_structure() {
    let c = by_id("ppc-shishin");
    let groups = top_level(&c);
    assert_eq!(groups, (1..=11).map(|n| n.to_string()).collect::<Vec<_>>());
    let title = |id: &str| c.item(id).unwrap().title.clone();
    assert_eq!(title("1"), "管理体制");
    assert_eq!(title("5"), "情報システムにおける安全の確保等");
    assert_eq!(title("11"), "監査及び点検の実施");

    assert_eq!(child_ids(&c, "1").len(), 5);
    assert_eq!(title("1-1"), "総括保護管理者");
    assert_eq!(title("1-5"), "保有個人情報の適切な管理のための委員会");
    assert_eq!(child_ids(&c, "4").len(), 8);
    assert_eq!(title("4-8"), "外的環境の把握");
    assert_eq!(child_ids(&c, "5").len(), 15);
    assert_eq!(title("5-2"), "アクセス記録");
    assert_eq!(title("5-10"), "端末の限定");
    assert_eq!(title("5-15"), "情報システム設計書等の管理");
    assert_eq!(child_ids(&c, "6"), ["6-1", "6-2"]);
    assert_eq!(child_ids(&c, "8"), ["8-1"]);
    assert_eq!(child_ids(&c, "10"), ["10-1", "10-2", "10-3"]);
    assert_eq!(title("10-2"), "法に基づく報告及び通知");
    assert_eq!(child_ids(&c, "11"), ["11-1", "11-2", "11-3"]);

    // Groups without sub-items are leaves themselves.
    let leaves: Vec<&str> = c.leaves().map(|i| i.id.as_str()).collect();
    for id in ["2", "3", "7", "9"] {
        assert!(leaves.contains(&id), "{id} should be a leaf");
    }
    assert!(!leaves.contains(&"5"));
    assert_eq!(leaves.len(), 5 + 1 + 1 + 8 + 15 + 2 + 1 + 1 + 1 + 3 + 3);

    // Labels follow the guideline's numbering (第5-2 for leaf 5-2).
    for item in &c.items {
        let expected = format!("第{}", item.id);
        assert_eq!(item.label.as_deref(), Some(expected.as_str()), "label of {}", item.id);
    }

    // The 4-way classification, spot-checked.
    let class = |id: &str| c.item(id).unwrap().class;
    assert_eq!(class("1-1"), Class::Organizational);
    assert_eq!(class("2"), Class::Human);
    assert_eq!(class("3"), Class::Human);
    assert_eq!(class("6-1"), Class::Physical);
    assert_eq!(class("5-11"), Class::Physical);
    assert_eq!(class("5-1"), Class::Technical);
    assert_eq!(class("5-8"), Class::Technical);
    assert_eq!(class("11-1"), Class::Organizational);

    // アクセス記録: record, keep, analyse, protect the log.
    let log = c.item("5-2").unwrap();
    assert_eq!(log.elements.len(), 4);
    assert!(log.keywords.iter().any(|k| k == "ログ"));
    assert!(c.item("1-1").unwrap().keywords.iter().any(|k| k == "統括管理者"));
}

#[test]
fn mynumber_anzen_follows_betten1() {
    let c = by_id("mynumber-anzen");
    assert_eq!(top_level(&c), ["basic", "rules", "org", "hum", "phy", "tec", "ext"]);
    assert_eq!(child_ids(&c, "org"), ["org-a", "org-b", "org-c", "org-d", "org-e"]);
    assert_eq!(child_ids(&c, "hum"), ["hum-a", "hum-b", "hum-c"]);
    assert_eq!(child_ids(&c, "phy"), ["phy-a", "phy-b", "phy-c", "phy-d"]);
    assert_eq!(child_ids(&c, "tec"), ["tec-a", "tec-b", "tec-c", "tec-d"]);
    let title = |id: &str| c.item(id).unwrap().title.clone();
    assert_eq!(title("org-a"), "組織体制の整備");
    assert_eq!(title("org-d"), "漏えい等事案に対応する体制等の整備");
    assert_eq!(title("hum-c"), "法令・内部規程違反等に対する厳正な対処");
    assert_eq!(title("phy-d"), "個人番号の削除、機器及び電子媒体等の廃棄");
    assert_eq!(title("tec-b"), "アクセス者の識別と認証");
    // Each measure group's leaves carry the group's class.
    for (group, class) in
        [("org", Class::Organizational), ("hum", Class::Human), ("phy", Class::Physical), ("tec", Class::Technical)]
    {
        for item in c.children(group) {
            assert_eq!(item.class, class, "{}", item.id);
        }
    }
    let classes: HashSet<Class> = c.leaves().map(|i| i.class).collect();
    assert!(classes.len() >= 4);
}

#[test]
fn sapporo_kijun_has_eleven_standards() {
    let c = by_id("sapporo-kijun");
    let ids: Vec<&str> = c.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, (1..=11).map(|n| n.to_string()).collect::<Vec<_>>());
    assert_eq!(c.leaves().count(), 11);
    assert_eq!(c.item("4").unwrap().title, "管理区域の設定及び安全管理措置の実施");
    assert_eq!(c.item("11").unwrap().title, "ISMS又はプライバシーマーク等の規格認証");
}

#[test]
fn every_leaf_is_checkable() {
    for c in catalogs() {
        for leaf in c.leaves() {
            let at = format!("{} {}", c.id, leaf.id);
            assert!(!leaf.requirement.trim().is_empty(), "{at}: requirement");
            assert!(!leaf.elements.is_empty(), "{at}: elements");
            // Key elements are few: what a provision must say, not every word
            // of the item. 札幌市基準 5 (a list of ten 管理策) has five. A
            // discretionary element is none of them: it is judged only where
            // a provision names it.
            let asked = leaf.elements.iter().filter(|e| !e.discretionary).count();
            assert!(asked <= 5, "{at}: at most 5 elements");
            assert!(!leaf.keywords.is_empty(), "{at}: keywords");
            for e in &leaf.elements {
                assert!(!e.label.is_empty() && !e.any.is_empty(), "{at}: element {}", e.label);
                for phrase in &e.any {
                    // Phrases are compared after NFKC: write them in that form.
                    let folded: String = unicode_normalization::UnicodeNormalization::nfkc(phrase.as_str()).collect();
                    assert_eq!(&folded, phrase, "{at}: phrase not NFKC");
                    assert!(!phrase.trim().is_empty(), "{at}: empty phrase");
                }
            }
        }
        for item in &c.items {
            if c.children(&item.id).next().is_some() {
                assert!(item.elements.is_empty(), "{} {}: a group has no elements", c.id, item.id);
            }
        }
    }
}

// ------------------------------------------------------------ broken input

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const HEADER: &str = "id: t\ntitle: T\nshort_title: T\nitems:\n";

#[test]
fn duplicate_id_is_reported_with_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dup.yaml", &format!("{HEADER}  - {{id: a, title: A}}\n  - {{id: a, title: B}}\n"));
    let err = format!("{:#}", catalog::load_dir(dir.path()).unwrap_err());
    assert!(err.contains("dup.yaml"), "{err}");
    assert!(err.contains("`a` appears twice"), "{err}");
}

#[test]
fn unknown_parent_is_reported_with_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "orphan.yaml", &format!("{HEADER}  - {{id: a, title: A, parent: zz}}\n"));
    let err = format!("{:#}", catalog::load_dir(dir.path()).unwrap_err());
    assert!(err.contains("orphan.yaml"), "{err}");
    assert!(err.contains("unknown parent `zz`"), "{err}");
}

#[test]
fn yaml_syntax_error_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    // Line 6 has an unclosed flow sequence.
    write(dir.path(), "bad.yaml", &format!("{HEADER}  - id: a\n    title: [A\n"));
    let err = format!("{:#}", catalog::load_dir(dir.path()).unwrap_err());
    assert!(err.contains("bad.yaml:"), "{err}");
    let line: usize = err.split("bad.yaml:").nth(1).unwrap().split(':').next().unwrap().parse().unwrap();
    assert!((6..=7).contains(&line), "line {line} in {err}");
}

#[test]
fn unknown_field_is_reported_with_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "typo.yaml", &format!("{HEADER}  - {{id: a, title: A, requirment: x}}\n"));
    let err = format!("{:#}", catalog::load_dir(dir.path()).unwrap_err());
    assert!(err.contains("typo.yaml:"), "{err}");
    assert!(err.contains("requirment"), "{err}");
}

// ------------------------------------------------------------ gold files

/// tests/gold/<regulation>.<catalog>.yaml: the hand-made alignment answer key.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Gold {
    regulation: String,
    catalog: String,
    articles: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    status: BTreeMap<String, String>,
}

fn gold_files() -> Vec<(PathBuf, Gold)> {
    let dir = root().join("tests/gold");
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let gold: Gold = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, gold)
        })
        .collect()
}

/// 第12条 / 第23条の2 with half-width digits.
fn is_article_key(key: &str) -> bool {
    let re = regex::Regex::new(r"^第[1-9][0-9]*条(の[1-9][0-9]*)?$").unwrap();
    re.is_match(key)
}

/// An article key, or a 別表 whose rows lay down measures (別表, 別表第2).
fn is_provision_key(key: &str) -> bool {
    let re = regex::Regex::new(r"^別(表|紙)(第[1-9][0-9]*)?$").unwrap();
    is_article_key(key) || re.is_match(key)
}

fn article_number(key: &str) -> u32 {
    key.trim_start_matches('第').split('条').next().unwrap().parse().unwrap()
}

#[test]
fn gold_files_name_real_catalog_leaves() {
    let all = catalogs();
    let golds = gold_files();
    for (path, gold) in &golds {
        let name = path.file_name().unwrap().to_string_lossy();
        assert_eq!(name, format!("{}.{}.yaml", gold.regulation, gold.catalog), "file name");
        let c = all.iter().find(|c| c.id == gold.catalog).unwrap_or_else(|| panic!("{name}: catalog"));
        let leaves: HashSet<&str> = c.leaves().map(|i| i.id.as_str()).collect();
        for (article, items) in &gold.articles {
            assert!(is_provision_key(article), "{name}: article key {article}");
            for id in items {
                assert!(leaves.contains(id.as_str()), "{name}: {article} names unknown leaf {id}");
            }
        }
        for (id, status) in &gold.status {
            assert!(leaves.contains(id.as_str()), "{name}: status for unknown leaf {id}");
            assert!(["○", "△", "×", "-"].contains(&status.as_str()), "{name}: status {status}");
            // ○/△ need an article; × means no article covers the item.
            let covered = gold.articles.values().any(|v| v.contains(id));
            match status.as_str() {
                "○" | "△" => assert!(covered, "{name}: {id} is {status} but no article names it"),
                "×" => assert!(!covered, "{name}: {id} is × but an article names it"),
                _ => {}
            }
        }
    }
}

/// Every article of each regulation has a verdict: the numbers run from 第1条
/// to the last article without gaps (the seeds have no 条の2 articles).
#[test]
fn gold_files_cover_every_article() {
    let expected_last: BTreeMap<&str, u32> = [
        ("ageo-kanri-yoryo", 42),
        ("nishiizu-tokutei-kitei", 38),
        ("sakai-tekisei-kanri-yoko", 24),
        ("ryugasaki-anzen-kitei-an", 43),
        ("sapporo-tokki-jiko", 18),
    ]
    .into_iter()
    .collect();
    let golds = gold_files();
    let pairs: HashSet<(String, String)> =
        golds.iter().map(|(_, g)| (g.regulation.clone(), g.catalog.clone())).collect();
    for (reg, cat) in [
        ("ageo-kanri-yoryo", "ppc-shishin"),
        ("nishiizu-tokutei-kitei", "ppc-shishin"),
        ("sakai-tekisei-kanri-yoko", "ppc-shishin"),
        ("ryugasaki-anzen-kitei-an", "ppc-shishin"),
        ("nishiizu-tokutei-kitei", "mynumber-anzen"),
        ("sapporo-tokki-jiko", "mynumber-anzen"),
        ("sapporo-tokki-jiko", "sapporo-kijun"),
    ] {
        assert!(pairs.contains(&(reg.to_string(), cat.to_string())), "gold {reg}.{cat} missing");
    }
    for (path, gold) in &golds {
        let Some(&last) = expected_last.get(gold.regulation.as_str()) else { continue };
        let mut numbers: Vec<u32> =
            gold.articles.keys().filter(|k| is_article_key(k)).map(|k| article_number(k)).collect();
        numbers.sort();
        assert_eq!(numbers, (1..=last).collect::<Vec<_>>(), "{}", path.display());
    }
}

/// The gold article keys are exactly the main-provision articles the parser
/// finds in regulations/<id>.md (附則 articles excluded), and the 別表 whose
/// rows are read as provisions.
#[test]
fn gold_article_keys_match_the_parsed_regulations() {
    for (path, gold) in gold_files() {
        let file = root().join("regulations").join(format!("{}.md", gold.regulation));
        let reg = reiki::parse::load_file(&file).unwrap_or_else(|e| panic!("{}: {e:#}", file.display()));
        let tables = reg.appendices.iter().filter(|a| !a.cited_rows().is_empty());
        let parsed: Vec<String> =
            reg.articles().map(|a| a.label.clone()).chain(tables.map(|a| a.label.clone())).collect();
        let keys: HashSet<&String> = gold.articles.keys().collect();
        let missing: Vec<&String> = parsed.iter().filter(|l| !keys.contains(l)).collect();
        let extra: Vec<&&String> = keys.iter().filter(|k| !parsed.contains(k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: not in gold {missing:?}, not parsed {extra:?}",
            path.display()
        );
    }
}

#[test]
fn cyclic_parents_are_reported_with_file_and_line() {
    // Before: the catalog loaded and ended with 0 items to check.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "cycle.yaml",
        &format!("{HEADER}  - {{id: a, title: A, parent: b}}\n  - {{id: b, title: B, parent: a}}\n"),
    );
    let err = format!("{:#}", catalog::load_dir(dir.path()).unwrap_err());
    assert!(err.contains("cycle.yaml:5:"), "{err}");
    assert!(err.contains("a → b → a"), "{err}");
}

#[test]
fn two_catalogs_with_one_id_are_an_error_naming_both_files() {
    // Before: both loaded and which one applied changed from build to build.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "first.yaml", &format!("{HEADER}  - {{id: a, title: A}}\n"));
    write(dir.path(), "second.yaml", &format!("{HEADER}  - {{id: b, title: B}}\n"));
    let err = format!("{:#}", catalog::load_dir(dir.path()).unwrap_err());
    assert!(err.contains("second.yaml:1:"), "{err}");
    assert!(err.contains("first.yaml:1"), "{err}");
    assert!(err.contains("`t`"), "{err}");
}
