use super::issues::uses;
use super::*;
use crate::model::{Article, Chapter, Number, Paragraph, Section};

fn reg(id: &str, articles: &[(u32, &[&str])]) -> Regulation {
    let articles = articles
        .iter()
        .map(|(n, ps)| Article {
            id: format!("art-{n}"),
            number: Number { main: *n, branches: vec![] },
            label: format!("第{n}条"),
            paragraphs: ps
                .iter()
                .enumerate()
                .map(|(k, t)| Paragraph {
                    number: k as u32 + 1,
                    text: t.to_string(),
                    line: *n as usize * 10 + k,
                    ..Paragraph::default()
                })
                .collect(),
            ..Article::default()
        })
        .collect();
    Regulation {
        id: id.to_string(),
        chapters: vec![Chapter { sections: vec![Section { articles, ..Section::default() }], ..Chapter::default() }],
        ..Regulation::default()
    }
}

#[test]
fn extracts_all_definition_forms() {
    let r = reg(
        "t",
        &[
            (1, &["この要領は、個人情報の保護に関する法律（平成１５年法律第５７号。以下「個人情報保護法」という。）に基づき、保有個人情報及び個人番号（以下「保有個人情報等」という。）の適切な管理について定める。"]),
            (9, &["職員は、課保有個人情報が記録されている媒体（紙媒体を含む。以下単に「媒体」という。）を保管する。"]),
            (12, &["パスワード等（パスワード、ＩＣカード、生体情報等をいう。以下同じ。）を使用する。"]),
            (19, &["システム管理者（以下この条において「管理者」という。）は、記録する。"]),
        ],
    );
    let defs = extract(&r);
    let got: Vec<(&str, &str, DefinitionScope)> =
        defs.iter().map(|d| (d.term.as_str(), d.definiens.as_str(), d.scope)).collect();
    assert_eq!(
        got,
        vec![
            ("個人情報保護法", "個人情報の保護に関する法律", DefinitionScope::Document),
            ("保有個人情報等", "保有個人情報及び個人番号", DefinitionScope::Document),
            ("媒体", "課保有個人情報が記録されている媒体", DefinitionScope::Document),
            ("パスワード等", "パスワード、ＩＣカード、生体情報等", DefinitionScope::Document),
            ("管理者", "システム管理者", DefinitionScope::Article),
        ]
    );
    assert_eq!(defs[0].location, "第1条");
}

#[test]
fn malformed_bracket_and_use_before_definition() {
    // 上尾 第33条's misplaced bracket; a term used in 第2条 but defined in 第5条.
    let r = reg(
        "t",
        &[
            (2, &["保護担当者は、保護管理者を補佐する。"]),
            (5, &["各課等に個人情報保護担当者（以下「保護担当者」という。）を置く。"]),
            (33, &["地方独立行政法人（以下「他の行政機関等という」。）以外の者に提供する。"]),
        ],
    );
    let issues = check(&r);
    let kinds: Vec<TermIssueKind> = issues.iter().map(|i| i.kind).collect();
    assert!(kinds.contains(&TermIssueKind::UsedBeforeDefinition), "{issues:#?}");
    assert!(kinds.contains(&TermIssueKind::MalformedDefinition), "{issues:#?}");
    let before = issues.iter().find(|i| i.kind == TermIssueKind::UsedBeforeDefinition).unwrap();
    assert_eq!((before.term.as_str(), before.location.as_str()), ("保護担当者", "第2条"));
    // The definiens 個人情報保護担当者 is not a use of 保護担当者.
    assert_eq!(issues.iter().filter(|i| i.kind == TermIssueKind::UsedBeforeDefinition).count(), 1);
}

#[test]
fn whole_word_uses_only() {
    assert!(uses("個人情報保護法第2条", "法").is_empty());
    assert_eq!(uses("法第66条第1項の規定", "法"), vec![0..3]);
    assert!(uses("保有個人情報等の管理", "保有個人情報").is_empty());
}

/// A 定義条's 号 defines its term before a space; two regulations that
/// define in the same 号 one thing under two names rename it (and a term
/// whose definiens only reads the renamed one follows it), while the same
/// term defined in different words is defined differently.
#[test]
fn item_definitions_and_terms_renamed() {
    let with_items = |id: &str, items: &[&str]| {
        let mut r =
            reg(id, &[(2, &["この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。"])]);
        r.chapters[0].sections[0].articles[0].paragraphs[0].items = items
            .iter()
            .enumerate()
            .map(|(k, t)| crate::model::Item {
                label: format!("（{}）", k + 1),
                text: t.to_string(),
                ..Default::default()
            })
            .collect();
        r
    };
    let a = with_items(
        "a",
        &[
            "情報システム　電子計算機及び記録媒体で構成され、知事が管理するものをいう。",
            "所属　月影県行政組織規則に定める本庁の課及び室並びに地方機関をいう。",
            "所属長　所属の長をいう。",
        ],
    );
    let b = with_items(
        "b",
        &[
            "情報システム　電子計算機及び記録媒体から成るシステムであって、村長が管理するものをいう。",
            "課等　白山村課設置条例に定める課及び会計室並びに白山村へき地診療所をいう。",
            "課長等　課等の長をいう。",
        ],
    );
    let terms: Vec<String> = extract(&a).into_iter().map(|d| d.term).collect();
    assert_eq!(terms, ["情報システム", "所属", "所属長"]);
    assert_eq!(
        renamed_terms(&a, &b),
        [("所属".to_string(), "課等".to_string()), ("所属長".to_string(), "課長等".to_string())]
    );
    let issues = compare(&a, &b);
    let kinds: Vec<(TermIssueKind, &str)> = issues.iter().map(|i| (i.kind, i.term.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (TermIssueKind::DefinedDifferently, "情報システム"),
            (TermIssueKind::Renamed, "課等"),
            (TermIssueKind::Renamed, "課長等")
        ]
    );
}

/// The heads of two bodies are one office under each body's name: a
/// 組合's 管理者 is the 村長 of a village's rule copied from it.
#[test]
fn the_heads_of_two_bodies_are_renamed_into_each_other() {
    let with_body = |id: &str, body: &str| {
        let mut r = reg(id, &[(2, &["この規程は、特定個人情報等の安全管理について定める。"])]);
        r.meta.body = Some(body.to_string());
        r
    };
    let (union, village) = (with_body("a", "試験地区衛生組合"), with_body("b", "試験村"));
    assert_eq!(renamed_terms(&union, &village), [("管理者".to_string(), "村長".to_string())]);
    assert!(renamed_terms(&village, &with_body("c", "別試験村")).is_empty());
}
