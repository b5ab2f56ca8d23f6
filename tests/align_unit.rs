//! Alignment on small hand-built regulations and a hand-written catalog
//! (independent of the parser and the real catalogs).
use reiki::analyze::align::{self, CoverageStatus};
use reiki::analyze::text_analysis::{TextAnalysis, TokenCache};
use reiki::catalog::Catalog;
use reiki::model::{Article, Chapter, Number, Paragraph, Regulation, Section};

const CATALOG: &str = r#"
id: mini
title: 小さな指針
short_title: 小指針
items:
  - id: "5"
    title: 情報システムにおける安全の確保等
  - id: "5-2"
    parent: "5"
    title: アクセス記録
    requirement: アクセス状況を記録し、その記録を一定の期間保存し、定期的に分析する。
    elements:
      - label: アクセス状況を記録する
        any: [アクセス状況を記録, アクセス記録]
      - label: 記録を一定期間保存する
        any: [一定の期間保存, 一定期間保存]
      - label: 記録を定期的に分析する
        any: [定期的に分析]
  - id: "5-11"
    parent: "5"
    title: 端末の盗難防止等
    keywords: [盗難防止, 紛失]
    requirement: 端末の盗難又は紛失の防止のため、端末の固定、執務室の施錠等の措置を講ずる。
    elements:
      - label: 盗難・紛失を防止する
        any: [盗難, 紛失]
      - label: 端末の持出し・持込みを制限する
        any: [外部へ持ち出, 持ち込]
  - id: "6-1"
    title: 入退管理
    keywords: [入退室管理, 電算室]
    requirement: 情報システム室等に立ち入る権限を有する者を定め、入退の記録等の措置を講ずる。
    elements:
      - label: 入室権限を定める
        any: [立ち入る権限]
      - label: 入退を記録する
        any: [入退の記録]
  - id: "11"
    title: 監査及び点検の実施
  - id: "11-1"
    parent: "11"
    title: 監査
    requirement: 監査責任者は管理の状況について定期に及び随時に監査を行う。
    elements:
      - label: 定期又は随時に監査する
        any: [監査を行]
  - id: "11-2"
    parent: "11"
    title: 点検
    requirement: 保護管理者は記録媒体、処理経路、保管方法等について定期に及び随時に点検を行う。
    elements:
      - label: 定期又は随時に点検する
        any: [点検を行]
  - id: "11-3"
    parent: "11"
    title: 評価及び見直し
    requirement: 監査又は点検の結果等を踏まえ、措置について評価し、必要に応じ見直す。
    elements:
      - label: 評価し見直す
        any: [評価 見直し]
"#;

fn article(n: u32, caption: &str, paragraphs: &[&str]) -> Article {
    let id = format!("art-{n}");
    Article {
        id: id.clone(),
        number: Number { main: n, branches: vec![] },
        label: format!("第{n}条"),
        caption: (!caption.is_empty()).then(|| caption.to_string()),
        paragraphs: paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph {
                id: format!("{id}-p{}", i + 1),
                number: i as u32 + 1,
                text: t.to_string(),
                normalized: reiki::text::normalize::nfkc(t),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}

fn regulation(id: &str, articles: Vec<Article>) -> Regulation {
    Regulation {
        id: id.to_string(),
        chapters: vec![Chapter {
            id: "chap-0".into(),
            sections: vec![Section { id: "chap-0-sec-0".into(), articles, ..Default::default() }],
            ..Default::default()
        }],
        ..Default::default()
    }
}

fn catalog() -> Catalog {
    serde_yaml::from_str(CATALOG).unwrap()
}

fn full_regulation() -> Regulation {
    regulation(
        "full",
        vec![
            article(1, "趣旨", &["この規程は、保有個人情報の安全管理のために必要な措置について定めるものとする。"]),
            article(2, "アクセス記録", &["システム管理者は、保有個人情報等へのアクセス状況を記録し、その記録（以下「アクセス記録」という。）を一定の期間保存し、及びアクセス記録を定期的に分析するために必要な措置を講ずるものとする。"]),
            article(3, "端末の盗難防止等", &["保護管理者は、端末の盗難又は紛失の防止のため、必要な措置を講ずるものとする。", "職員は、端末を外部へ持ち出し、又は外部から持ち込んではならない。"]),
            article(4, "入退管理", &["電算室等の安全管理は、セキュリティ規程第18条を準用する。"]),
            article(5, "監査及び点検の実施", &[
                "監査責任者は、保有個人情報の管理の状況について定期に及び必要に応じ随時に監査を行い、その結果を報告しなければならない。",
                "保護管理者は、記録媒体、処理経路、保管方法等について、定期に及び必要に応じ随時に点検を行わなければならない。",
                "総括管理者は、監査又は点検の結果を踏まえ、実効性等の観点から措置について評価し、必要があると認めるときは、その見直し等の措置を講じなければならない。",
            ]),
            article(6, "違反者に対する措置", &["市長は、この規程に違反した職員について、懲戒処分の対象とする等の必要な措置を講じるものとする。"]),
        ],
    )
}

fn status(report: &align::CoverageReport, item: &str) -> CoverageStatus {
    report.items.iter().find(|i| i.item_id == item).unwrap().status
}

#[test]
fn coverage_statuses_follow_elements_and_references() {
    let reg = full_regulation();
    let cache = TokenCache::new();
    let analysis = TextAnalysis::build(&reg, &cache);
    let report = align::coverage(&reg, &catalog(), &analysis);
    // One entry per leaf, in catalog order.
    let ids: Vec<&str> = report.items.iter().map(|i| i.item_id.as_str()).collect();
    assert_eq!(ids, ["5-2", "5-11", "6-1", "11-1", "11-2", "11-3"]);
    assert_eq!(status(&report, "5-2"), CoverageStatus::Covered);
    assert_eq!(status(&report, "5-11"), CoverageStatus::Covered);
    // Covered only by 準用 of another rule: partial, flagged as by reference.
    assert_eq!(status(&report, "6-1"), CoverageStatus::Partial);
    let e = &report.items[2].evidence[0];
    assert_eq!(e.article_label, "第4条");
    assert!(e.by_reference);
    assert_eq!(report.items[2].missing_elements, ["入室権限を定める", "入退を記録する"]);
}

#[test]
fn one_article_spanning_three_items_is_split_by_paragraph() {
    let reg = full_regulation();
    let cache = TokenCache::new();
    let report = align::coverage(&reg, &catalog(), &TextAnalysis::build(&reg, &cache));
    for (item, para) in [("11-1", 1), ("11-2", 2), ("11-3", 3)] {
        let ic = report.items.iter().find(|i| i.item_id == item).unwrap();
        assert_eq!(ic.status, CoverageStatus::Covered, "{item}");
        assert_eq!(ic.evidence[0].article_label, "第5条");
        assert_eq!(ic.evidence[0].paragraph, Some(para), "{item}");
    }
}

#[test]
fn unmatched_substantive_articles_are_additions_and_general_ones_are_not() {
    let reg = full_regulation();
    let cache = TokenCache::new();
    let report = align::coverage(&reg, &catalog(), &TextAnalysis::build(&reg, &cache));
    assert_eq!(report.additions, ["art-6"]);
}

#[test]
fn missing_items_and_declared_not_applicable() {
    let mut reg = regulation("small", vec![article(1, "アクセス記録", &["アクセス記録を一定の期間保存する。"])]);
    reg.meta.not_applicable.insert("6-1".into(), "情報システム室を設けていないため".into());
    let cache = TokenCache::new();
    let report = align::coverage(&reg, &catalog(), &TextAnalysis::build(&reg, &cache));
    // Some elements only: partial, with the missing one named.
    assert_eq!(status(&report, "5-2"), CoverageStatus::Partial);
    assert_eq!(report.items[0].missing_elements, ["記録を定期的に分析する"]);
    assert_eq!(status(&report, "5-11"), CoverageStatus::Missing);
    assert_eq!(status(&report, "6-1"), CoverageStatus::NotApplicable);
    assert_eq!(report.items[2].note.as_deref(), Some("情報システム室を設けていないため"));
}

#[test]
fn correspondence_pairs_articles_on_the_same_topic() {
    let a = full_regulation();
    let b = regulation(
        "other",
        vec![
            article(1, "目的", &["この要綱は、個人情報の適正な管理について定める。"]),
            article(
                2,
                "盗難等の防止",
                &["管理者は、端末の盗難又は紛失を防止するため、端末の固定等の措置を講じなければならない。"],
            ),
            article(
                3,
                "アクセスの記録",
                &["管理者は、アクセス記録を一定の期間保存し、定期的に分析しなければならない。"],
            ),
            article(4, "研修", &["総括管理者は、職員に対し研修を行う。"]),
        ],
    );
    let cache = TokenCache::new();
    let (aa, ab) = (TextAnalysis::build(&a, &cache), TextAnalysis::build(&b, &cache));
    let cat = catalog();
    let ra = align::coverage(&a, &cat, &aa);
    let rb = align::coverage(&b, &cat, &ab);
    let c = align::correspond(&aa, &ab, &[ra], &[rb]);
    let best = |id: &str| c.matches.iter().find(|m| m.a_article == id).map(|m| m.b_articles[0].article_id.clone());
    assert_eq!(best("art-2").as_deref(), Some("art-3"));
    assert_eq!(best("art-3").as_deref(), Some("art-2"));
    let m = c.matches.iter().find(|m| m.a_article == "art-2").unwrap();
    assert_eq!(m.b_articles[0].via_items, ["5-2"]);
    assert!(c.unmatched_b.contains(&"art-4".to_string()), "{:?}", c.unmatched_b);
}

/// A draft's article made of the 項 of one article of its model and one
/// long 項 moved in from another answers the first, most of its 項 come
/// from it, and the other for that 項 alone; neither is the model's alone.
#[test]
fn an_article_with_a_paragraph_moved_in_answers_where_most_come_from() {
    let model = regulation(
        "model",
        vec![
            article(1, "趣旨", &["この規程は、保有個人情報の適正な管理に関し必要な事項を定めるものとする。"]),
            article(
                2,
                "情報管理責任者",
                &[
                    "保有個人情報を取り扱う課に情報管理責任者を置き、当該課の長をもって充てる。",
                    "情報管理責任者は、当該課における保有個人情報を適切に管理する任に当たる。",
                    "情報管理責任者は、保有個人情報を電子計算組織で取り扱う場合には、当該電子計算組織を所管する課の長と連携して、その任に当たる。",
                ],
            ),
            article(3, "研修", &["総括責任者は、職員に対し、保有個人情報の取扱いに関する研修を毎年度行わなければならない。"]),
            article(
                4,
                "確認体制及び分担",
                &[
                    "情報管理責任者は、職員による保有個人情報の取扱いにおける誤りを防ぐため、二人以上の職員による読み合わせその他の確認の体制を整えなければならない。",
                    "二以上の課が一の事務を共同して処理する場合には、関係する情報管理責任者は、あらかじめ協議して、それぞれが受け持つ作業の範囲、責任の所在、相互の連絡の方法及び記録の引継ぎの手順を明確にし、その内容を書面に残しておかなければならない。",
                ],
            ),
        ],
    );
    let draft = regulation(
        "draft",
        vec![
            article(1, "趣旨", &["この規程は、保有個人情報の適正な管理について必要な事項を定める。"]),
            article(
                2,
                "情報管理責任者",
                &[
                    "課ごとに情報管理責任者を置き、当該課の長をもって充てる。",
                    "情報管理責任者は、課の保有個人情報を管理する任に当たる。",
                    "電子計算組織で取り扱う保有個人情報については、情報管理責任者は、所管の課長と連携する。",
                    "一の事務を二以上の課が共同して処理する場合には、関係する情報管理責任者は、あらかじめ協議して、それぞれが受け持つ作業の範囲、責任の所在、相互の連絡の方法及び記録の引継ぎの手順を明確にし、その内容を書面に残しておかなければならない。",
                ],
            ),
            article(3, "研修", &["総括責任者は、職員に対し、保有個人情報の取扱いに関する研修を毎年度行うものとする。"]),
            article(4, "確認体制", &["情報管理責任者は、職員の取扱いに誤りが生じないよう、二人以上の職員による読み合わせその他の確認の体制を整えなければならない。"]),
        ],
    );
    let cache = TokenCache::new();
    let (ad, am) = (TextAnalysis::build(&draft, &cache), TextAnalysis::build(&model, &cache));
    let c = align::correspond(&ad, &am, &[], &[]);
    let second = c.matches.iter().find(|m| m.a_article == "art-2").unwrap();
    let got: Vec<(&str, Option<u32>)> =
        second.b_articles.iter().map(|b| (b.article_id.as_str(), b.paragraph)).collect();
    assert_eq!(got, [("art-2", None), ("art-4", Some(4))], "{second:?}");
    assert!(c.unmatched_b.is_empty(), "{:?}", c.unmatched_b);
}

/// A 項 moved without change into an article from one that answers
/// another article of the draft is listed under the article it moved to,
/// naming the 項, though its source scores low there as a whole.
#[test]
fn a_paragraph_moved_in_from_an_article_answering_another_is_listed() {
    let storage = [
        "職員は、保有個人情報が記録されている媒体を定められた場所に保管し、必要があると認めるときは、耐火金庫への保管、施錠等を行わなければならない。",
        "職員は、保有個人情報が記録されている媒体を外部へ送付し、又は持ち出すときは、暗号化その他の必要な措置を講じなければならない。",
        "職員は、学校の外へ答案その他の学習の記録を持ち出すときは、あらかじめ校長の許可を得なければならない。",
    ];
    let copies = [
        "職員は、保有個人情報の複製、送信、外部への送付又は持出しについては、保護管理者の指示に従わなければならない。",
        "保護管理者は、複製等を行うことができる場合を限定し、その記録を作成させなければならない。",
    ];
    let model = regulation(
        "model",
        vec![
            article(1, "趣旨", &["この規程は、保有個人情報の適正な管理に関し必要な事項を定めるものとする。"]),
            article(2, "複製等の制限", &copies),
            article(3, "媒体の管理等", &storage),
        ],
    );
    let draft = regulation(
        "draft",
        vec![
            article(1, "趣旨", &["この規程は、保有個人情報の適正な管理について必要な事項を定める。"]),
            article(2, "複製等の制限", &[copies[0], copies[1], storage[2]]),
            article(3, "媒体の管理等", &storage[..2]),
        ],
    );
    let cache = TokenCache::new();
    let (ad, am) = (TextAnalysis::build(&draft, &cache), TextAnalysis::build(&model, &cache));
    let c = align::correspond(&ad, &am, &[], &[]);
    let counterparts = |id: &str| -> Vec<(String, Option<u32>)> {
        let m = c.matches.iter().find(|m| m.a_article == id).unwrap();
        m.b_articles.iter().map(|b| (b.article_id.clone(), b.paragraph)).collect()
    };
    assert_eq!(counterparts("art-2"), [("art-2".to_string(), None), ("art-3".to_string(), Some(3))]);
    assert_eq!(counterparts("art-3"), [("art-3".to_string(), None)]);
}

#[test]
fn empty_regulations_give_all_missing_and_no_pairs() {
    let empty = regulation("empty", vec![]);
    let cache = TokenCache::new();
    let analysis = TextAnalysis::build(&empty, &cache);
    let report = align::coverage(&empty, &catalog(), &analysis);
    assert!(report.items.iter().all(|i| i.status == CoverageStatus::Missing));
    assert!(report.additions.is_empty());
    let full = full_regulation();
    let af = TextAnalysis::build(&full, &cache);
    let c = align::correspond(&af, &analysis, &[], &[]);
    assert!(c.matches.is_empty());
    assert_eq!(c.unmatched_a.len(), full.articles().count());
    let corpus = align::CorpusIndex::build(std::iter::once(&analysis));
    assert!(corpus.is_empty());
    assert!(corpus.similar("x", &af.articles[1], 3).is_empty());
}
