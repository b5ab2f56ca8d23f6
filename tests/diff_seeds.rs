//! Flags, diffs and defined terms on the real seed regulations: each flag
//! kind demonstrated on a pair of corresponding articles.
use reiki::analyze::definitions::{self, TermIssueKind};
use reiki::analyze::diff::{self, RunKind};
use reiki::analyze::flags::{compare_articles, Flag, FlagKind, FlagSeverity};
use reiki::model::Regulation;

fn load(id: &str) -> Regulation {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations").join(format!("{id}.md"));
    reiki::parse::load_file(&path).unwrap_or_else(|e| panic!("{e:#}"))
}

/// Flags between article `la` of `a` and article `lb` of `b`.
fn flags(a: &Regulation, la: &str, b: &Regulation, lb: &str) -> Vec<Flag> {
    let x = a.article_by_label(la).unwrap_or_else(|| panic!("{} has no {la}", a.id));
    let y = b.article_by_label(lb).unwrap_or_else(|| panic!("{} has no {lb}", b.id));
    compare_articles(x, y)
}

fn one(flags: &[Flag], kind: FlagKind) -> &Flag {
    let found: Vec<&Flag> = flags.iter().filter(|f| f.kind == kind).collect();
    assert_eq!(found.len(), 1, "expected one {kind:?} in {flags:#?}");
    found[0]
}

#[test]
fn ageo_34_vs_ryugasaki_35_inspection_duty_weakened_and_frequency_dropped() {
    let (ageo, ryu) = (load("ageo-kanri-yoryo"), load("ryugasaki-anzen-kitei-an"));
    let f = flags(&ageo, "第34条", &ryu, "第35条");
    let weak = one(&f, FlagKind::ObligationWeakened);
    assert_eq!(weak.severity, FlagSeverity::High);
    assert_eq!((weak.a_location.as_deref(), weak.b_location.as_deref()), (Some("第34条第3項"), Some("第35条第3項")));
    assert_eq!(weak.a_spans, vec!["原則として実地検査又は入室が困難な場合は他の検査により確認するものとする。"]);
    assert_eq!(weak.b_spans, vec!["実地検査又は書面による報告により確認することができる。"]);
    let q = one(&f, FlagKind::QuantityChanged);
    assert_eq!(q.a_spans, vec!["年１回以上、"]);
    assert!(q.message.contains("年1回以上") && q.message.contains("ありません"), "{}", q.message);
    // Both have eight 号: no item flag.
    assert!(f.iter().all(|x| x.kind != FlagKind::ItemsChanged));
    // The inline diff of 項3 shows the dropped frequency and the new means of checking.
    let p3 = |r: &Regulation, l: &str| r.article_by_label(l).unwrap().paragraphs[2].text.clone();
    let runs = diff::diff(&p3(&ageo, "34"), &p3(&ryu, "35"));
    let deleted: Vec<&str> = runs.iter().filter(|r| r.kind == RunKind::Delete).map(|r| r.text.as_str()).collect();
    assert!(deleted.iter().any(|d| d.contains("年１回以上、原則として")), "{deleted:?}");
}

#[test]
fn ageo_3_vs_ryugasaki_3_appointed_role_changed() {
    let f = flags(&load("ageo-kanri-yoryo"), "第3条", &load("ryugasaki-anzen-kitei-an"), "第3条");
    let role = one(&f, FlagKind::RoleChanged);
    assert_eq!(role.a_spans, vec!["副市長"]);
    assert_eq!(role.b_spans, vec!["総合政策部長"]);
    assert_eq!(role.message, "充て職が異なります: 副市長 → 総合政策部長");
}

#[test]
fn ageo_6_vs_ryugasaki_6_audit_officer_changed() {
    let f = flags(&load("ageo-kanri-yoryo"), "第6条", &load("ryugasaki-anzen-kitei-an"), "第6条");
    let role = one(&f, FlagKind::RoleChanged);
    assert_eq!((role.a_spans[0].as_str(), role.b_spans[0].as_str()), ("総務部長", "総合政策部デジタル都市推進課長"));
}

#[test]
fn ageo_10_vs_ryugasaki_11_acting_role_changed() {
    let f = flags(&load("ageo-kanri-yoryo"), "第10条", &load("ryugasaki-anzen-kitei-an"), "第11条");
    let role = one(&f, FlagKind::RoleChanged);
    assert_eq!((role.a_spans[0].as_str(), role.b_spans[0].as_str()), ("職員", "保護管理者"));
}

#[test]
fn ageo_12_vs_sakai_10_obligation_strengthened() {
    let f = flags(&load("ageo-kanri-yoryo"), "第12条", &load("sakai-tekisei-kanri-yoko"), "第10条");
    let strong: Vec<&Flag> = f.iter().filter(|x| x.kind == FlagKind::ObligationStrengthened).collect();
    assert_eq!(strong.len(), 2, "{f:#?}");
    assert_eq!(strong[0].a_spans, vec!["施錠等を行うものとする。"]);
    assert_eq!(strong[0].b_spans, vec!["施錠しなければならない。"]);
    // 堺's 課保有個人情報 is a narrower object than 上尾's 保有個人情報等.
    assert!(f.iter().any(|x| x.kind == FlagKind::ScopeChanged && x.b_spans == vec!["課保有個人情報"]), "{f:#?}");
}

#[test]
fn ageo_40_vs_ryugasaki_40_frequency_changed_and_external_audit_dropped() {
    let f = flags(&load("ageo-kanri-yoryo"), "第40条", &load("ryugasaki-anzen-kitei-an"), "第40条");
    let q = one(&f, FlagKind::QuantityChanged);
    assert_eq!(
        (q.a_spans[0].as_str(), q.b_spans[0].as_str()),
        ("定期又は必要に応じ随時に", "定期及び必要に応じ随時に")
    );
    let incl = f.iter().find(|x| x.message.starts_with("括弧書き")).expect("inclusion flag");
    assert_eq!(incl.a_spans, vec!["外部監査を含む。"]);
    assert!(incl.b_spans.is_empty());
}

#[test]
fn ageo_7_vs_ryugasaki_8_staff_scope_changed() {
    let f = flags(&load("ageo-kanri-yoryo"), "第7条", &load("ryugasaki-anzen-kitei-an"), "第8条");
    let incl = f.iter().find(|x| x.message.starts_with("括弧書き")).expect("inclusion flag");
    assert_eq!(incl.message, "括弧書きで含めるものが異なります: 「派遣労働者」 → 「会計年度任用職員」");
    let etc = f.iter().find(|x| x.message.contains("「等」の有無")).expect("等 flag");
    assert_eq!((etc.a_spans[0].as_str(), etc.b_spans[0].as_str()), ("保有個人情報等", "保有個人情報"));
}

#[test]
fn ageo_31_vs_ryugasaki_33_delegated_to_another_rule() {
    let f = flags(&load("ageo-kanri-yoryo"), "第31条", &load("ryugasaki-anzen-kitei-an"), "第33条");
    let d = one(&f, FlagKind::DelegatedByReference);
    assert_eq!(d.b_spans, vec!["セキュリティ規程第18条を準用する"]);
    assert!(d.a_spans[0].starts_with("システム管理者等は、保有個人情報等を取り扱う基幹的なサーバ等"));
}

#[test]
fn ageo_37_vs_ryugasaki_37_incident_handling_left_to_a_manual() {
    let f = flags(&load("ageo-kanri-yoryo"), "第37条", &load("ryugasaki-anzen-kitei-an"), "第37条");
    let d = one(&f, FlagKind::DelegatedByReference);
    assert!(d.b_spans[0].contains("「龍ヶ崎市情報セキュリティ事故等対応手順書」に基づき"), "{:?}", d.b_spans);
}

#[test]
fn ageo_34_vs_nishiizu_37_two_items_dropped() {
    let f = flags(&load("ageo-kanri-yoryo"), "第34条", &load("nishiizu-tokutei-kitei"), "第37条");
    let items = one(&f, FlagKind::ItemsChanged);
    assert!(items.message.starts_with("号の数: 8 → 6"), "{}", items.message);
    assert_eq!(items.a_spans.len(), 2);
    assert!(items.a_spans[0].contains("個人情報の安全管理措置に関する事項"));
    assert!(items.a_spans[1].contains("監査等に関する事項"));
    assert!(items.b_spans.is_empty());
    // 保有個人情報等 (上尾) against 特定個人情報等 (西伊豆): another object.
    assert!(f.iter().any(|x| x.message == "対象が異なります: 「保有個人情報等」→「特定個人情報等」"), "{f:#?}");
}

#[test]
fn defined_terms_in_the_seeds() {
    let (ageo, ryu, sakai) =
        (load("ageo-kanri-yoryo"), load("ryugasaki-anzen-kitei-an"), load("sakai-tekisei-kanri-yoko"));
    let defs = definitions::extract(&ageo);
    let first: Vec<(&str, &str)> = defs.iter().take(5).map(|d| (d.term.as_str(), d.location.as_str())).collect();
    assert_eq!(
        first,
        vec![
            ("個人情報保護法", "第1条"),
            ("番号法", "第1条"),
            ("セキュリティ基本方針", "第1条"),
            ("セキュリティ対策基準", "第1条"),
            ("保有個人情報等", "第1条")
        ]
    );
    // 上尾 第33条: 以下「他の行政機関等という」。 — the bracket is misplaced.
    let issues = definitions::check(&ageo);
    let bad = issues.iter().find(|i| i.kind == TermIssueKind::MalformedDefinition).expect("malformed");
    assert_eq!((bad.term.as_str(), bad.location.as_str()), ("他の行政機関等", "第33条第1項"));
    // 上尾 cites 法第66条 (第3条) without defining 法; 龍ヶ崎 defines it.
    let cross = definitions::compare(&ageo, &ryu);
    let abbr = cross.iter().find(|i| i.kind == TermIssueKind::UndefinedAbbreviation).expect("法 undefined");
    assert_eq!(
        (abbr.term.as_str(), abbr.regulation_id.as_str(), abbr.location.as_str()),
        ("法", "ageo-kanri-yoryo", "第3条第1項")
    );
    // 職員等: 龍ヶ崎 (staff handling personal data incl. 会計年度任用職員) vs 堺 (everyone under the manager's supervision).
    let diff = definitions::compare(&ryu, &sakai);
    let staff =
        diff.iter().find(|i| i.kind == TermIssueKind::DefinedDifferently && i.term == "職員等").expect("職員等");
    assert!(staff.message.contains("その指揮監督を受ける全ての者"), "{}", staff.message);
}

#[test]
fn guideline_requirement_vs_ryugasaki_35_inspection_weakened() {
    // 指針 第8-1 (catalog requirement text) against 龍ヶ崎 第35条 as printed.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = reiki::catalog::load_file(&root.join("catalogs/ppc-shishin.yaml")).unwrap();
    let item = catalog.items.iter().find(|i| i.id == "8-1").expect("8-1");
    let ryu = load("ryugasaki-anzen-kitei-an");
    let text = reiki::analyze::taishohyo::article_display_text(ryu.article_by_label("第35条").unwrap());
    let f = reiki::analyze::flags::compare_texts(&item.requirement, &text);
    let q = one(&f, FlagKind::QuantityChanged);
    assert!(q.message.contains("年1回以上"), "{}", q.message);
    let p3 = &ryu.article_by_label("第35条").unwrap().paragraphs[2].text;
    assert!(p3.contains(&q.b_spans[0]), "{:?}", q.b_spans);
    let weak = one(&f, FlagKind::ObligationWeakened);
    assert_eq!(weak.b_spans, vec!["実地検査又は書面による報告により確認することができる。"]);
}
