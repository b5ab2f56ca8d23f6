use super::obligation::{classify, Strength};
use super::role::same_role;
use super::*;
use crate::model::{Number, Paragraph};

fn article(label: &str, paragraphs: &[&str]) -> Article {
    let number: u32 = label.trim_start_matches('第').trim_end_matches('条').parse().unwrap();
    Article {
        id: format!("art-{number}"),
        number: Number { main: number, branches: vec![] },
        label: label.to_string(),
        paragraphs: paragraphs
            .iter()
            .enumerate()
            .map(|(k, t)| Paragraph {
                id: String::new(),
                number: k as u32 + 1,
                text: t.to_string(),
                normalized: String::new(),
                items: vec![],
                line: 0,
            })
            .collect(),
        ..Article::default()
    }
}

fn kinds(flags: &[Flag]) -> Vec<FlagKind> {
    flags.iter().map(|f| f.kind).collect()
}

/// The first flag of `kind`, which the case must raise.
fn flag_of(flags: &[Flag], kind: FlagKind) -> &Flag {
    flags.iter().find(|f| f.kind == kind).unwrap_or_else(|| panic!("no {kind:?} flag in {flags:#?}"))
}

/// The actors a role change marks in `a` and in `b`.
fn role_change(a: &str, b: &str) -> (String, String) {
    let flags = compare_texts(a, b);
    let role = flag_of(&flags, FlagKind::RoleChanged);
    (role.a_spans[0].clone(), role.b_spans[0].clone())
}

#[test]
fn strength_of_sentence_endings() {
    assert_eq!(classify("確認するものとする。"), Some(Strength::Shall));
    assert_eq!(classify("確認することができる。"), Some(Strength::May));
    assert_eq!(classify("公表することがある。"), Some(Strength::May));
    assert_eq!(classify("持ち出すことを妨げない。"), Some(Strength::May));
    assert_eq!(classify("取り扱わなければならない。"), Some(Strength::Must));
    assert_eq!(classify("アクセスしてはならない。"), Some(Strength::Prohibit));
    assert_eq!(classify("配慮するよう努めるものとする。"), Some(Strength::Endeavour));
    assert_eq!(classify("配慮するよう努めることとする。"), Some(Strength::Endeavour));
    assert_eq!(classify("措置を講ずるよう努力しなければならない。"), Some(Strength::Endeavour));
    assert_eq!(classify("措置を講ずる。"), Some(Strength::Declarative));
    assert_eq!(classify("ただし、…については、この限りでない。"), None);
    assert_eq!(classify("「照合等」とは、入力原票と入力内容との照合を行うことをいう。"), Some(Strength::Defines));
    assert_eq!(classify("確認することを要しない。"), Some(Strength::Exempt));
    assert_eq!(classify("許可を要しないものとする。"), Some(Strength::Exempt));
    assert_eq!(classify("確認を行ったものとみなす。"), Some(Strength::Exempt));
}

#[test]
fn weakened_inspection_duty_ageo_34_3_vs_ryugasaki_35_3() {
    let a = "保有個人情報等の取扱いに係る業務を外部に委託する場合には、委託する業務に係る保有個人情報等の秘匿性等その内容やその量等に応じて、作業の管理体制及び実施体制や個人情報の管理の状況について、年１回以上、原則として実地検査又は入室が困難な場合は他の検査により確認するものとする。";
    let b = "保有個人情報の取扱いに係る業務を外部に委託する場合には、委託する業務に係る保有個人情報の秘匿性等その内容やその量等に応じて、委託先における責任者及び業務従事者の作業の管理体制及び実施体制や個人情報の管理の状況について、実地検査又は書面による報告により確認することができる。";
    let flags = compare_texts(a, b);
    let weak = flag_of(&flags, FlagKind::ObligationWeakened);
    assert_eq!(weak.a_spans, vec!["原則として実地検査又は入室が困難な場合は他の検査により確認するものとする。"]);
    assert_eq!(weak.b_spans, vec!["実地検査又は書面による報告により確認することができる。"]);
    let q = flag_of(&flags, FlagKind::QuantityChanged);
    assert_eq!(q.a_spans, vec!["年１回以上、"]);
    assert!(q.message.contains("年1回以上"), "{}", q.message);
    assert!(kinds(&flags).contains(&FlagKind::ScopeChanged));
}

/// A duty turned into an exemption (…を要しない) is the largest weakening.
#[test]
fn a_duty_turned_into_an_exemption_is_weakened() {
    let a = "受託者が行うファイアウォールの設定の内容は、保護管理者が確認しなければならない。";
    let b = "受託者が行うファイアウォールの設定の内容は、保護管理者が確認することを要しない。";
    let flags = compare_texts(a, b);
    let weak = flag_of(&flags, FlagKind::ObligationWeakened);
    assert_eq!(weak.severity, FlagSeverity::High);
    assert!(weak.message.contains("しなければならない（義務） → を要しない・みなす（義務なし）"), "{}", weak.message);
}

/// A duty turned into a definition of its act (「照合を行わなければならない」
/// → 「「照合」とは、…照合を行うことをいう」) lays the act down no more.
#[test]
fn a_duty_turned_into_a_definition_is_weakened() {
    let a = "職員は、入力原票と入力内容との照合を行わなければならない。";
    let b = "この条において「照合」とは、入力原票と入力内容との照合を行うことをいう。";
    let weak = flag_of(&compare_texts(a, b), FlagKind::ObligationWeakened).clone();
    assert_eq!(weak.severity, FlagSeverity::High);
    assert!(weak.message.contains("しなければならない（義務） → をいう（定義のみ・義務なし）"), "{}", weak.message);
    // Two definitions are no change of strength.
    let c = "この規程において「照合」とは、入力原票と入力内容との照合をいう。";
    assert!(compare_texts(b, c)
        .iter()
        .all(|f| f.kind != FlagKind::ObligationWeakened && f.kind != FlagKind::ObligationStrengthened));
}

#[test]
fn a_duty_turned_into_a_plan_is_weakened() {
    let a = "保護管理者は、保有個人情報の内容に応じて、暗号化のために必要な措置を講じなければならない。";
    let b = "保護管理者は、保有個人情報の内容に応じて、暗号化のために必要な措置を講ずることについて検討する。";
    let weak = flag_of(&compare_texts(a, b), FlagKind::ObligationWeakened).clone();
    assert_eq!(weak.severity, FlagSeverity::High);
    assert!(weak.message.contains("→ 検討する・予定する・判断に委ねる（未定）"), "{}", weak.message);
    // A duty retold as past practice is no duty either.
    let c = "保護管理者は、保有個人情報の内容に応じて、暗号化のために必要な措置を講じてきた。";
    let weak = flag_of(&compare_texts(a, c), FlagKind::ObligationWeakened).clone();
    assert!(weak.message.contains("→ している・した（記述のみ・義務なし）"), "{}", weak.message);
}

#[test]
fn appointed_role_change_ageo_3_vs_ryugasaki_3() {
    let a = article("第3条", &["法第６６条第１項の規定に基づき総括保護管理者を一人置くこととし、副市長をもって充てる。", "総括保護管理者は、法第６６条第１項の規定に基づき各実施機関における保有個人情報等の管理に関する事務を総括する任に当たる。"]);
    let b = article("第3条", &["保有個人情報の管理に関する事務を統括するため、龍ヶ崎市長が管理する個人情報の保護に関する規則（令和5年規則第23号。以下「規則」という。）第3条第1項第1号に定める個人情報保護統括管理者（以下「統括管理者」という。）を置く。", "統括管理者は、総合政策部長をもって充てる。", "統括管理者は、本市における保有個人情報の管理に関する事務を総括する。"]);
    let flags = compare_articles(&a, &b);
    let role: Vec<&Flag> = flags.iter().filter(|f| f.kind == FlagKind::RoleChanged).collect();
    assert_eq!(role.len(), 1, "{flags:#?}");
    assert_eq!(role[0].a_spans, vec!["副市長"]);
    assert_eq!(role[0].b_spans, vec!["総合政策部長"]);
    assert_eq!(role[0].b_location.as_deref(), Some("第3条第2項"));
}

#[test]
fn same_office_under_another_name_is_not_a_role_change() {
    assert!(same_role("総括保護管理者", "統括管理者"));
    assert!(same_role("副市長", "副町長"));
    assert!(same_role("総括保護管理者", "総括責任者"));
    assert!(!same_role("保護管理者", "システム管理者"));
    assert!(!same_role("副市長", "総合政策部長"));
    assert!(!same_role("職員", "保護管理者"));
}

#[test]
fn acting_role_change_ageo_10_vs_ryugasaki_11() {
    let a = "職員は、業務上の目的で保有個人情報等を取り扱う場合であっても、次の行為については、当該保有個人情報等の秘匿性等その内容に応じて、当該行為を行うことができる場合を必要最小限に限定し、保護管理者の指示に従い行うものとする。";
    let b = "保護管理者は、職員等が業務上の目的で保有個人情報を取り扱う場合であっても、次に掲げる行為については、当該保有個人情報の秘匿性等その内容に応じて、当該行為を行うことができる場合を必要最小限に限定し、職員等は、保護管理者の指示に従うものとする。";
    assert_eq!(role_change(a, b), ("職員".into(), "保護管理者".into()));
}

#[test]
fn an_aside_between_the_actor_and_its_comma_is_skipped() {
    // An aside after は (a note, a definition) once cut the actor's span
    // inside its brackets: a panic on a byte that is no character boundary.
    let a = "統括責任者は（注）、保有個人情報の管理に関する事務を総括する。";
    let b = "保護管理者は（次条において「管理者」という。）、保有個人情報の管理に関する事務を総括する。";
    assert_eq!(role_change(a, b), ("統括責任者".into(), "保護管理者".into()));
}

#[test]
fn office_holder_named_as_role_is_not_an_actor_change() {
    // 上尾 第6条 vs 西伊豆 第7条: 総務課長は、監査責任者として….
    let a = "監査責任者は、保有個人情報等の管理の状況について監査する任に当たる。";
    let b = "総務課長は、監査責任者として特定個人情報等の管理の状況について監査する任に当たる。";
    assert!(compare_texts(a, b).iter().all(|f| f.kind != FlagKind::RoleChanged));
    // …but a different role in that slot is.
    let c = "総務課長は、保護管理者として特定個人情報等の管理の状況について監査する任に当たる。";
    assert!(compare_texts(a, c).iter().any(|f| f.kind == FlagKind::RoleChanged));
}

#[test]
fn delegation_ageo_31_vs_ryugasaki_33() {
    let a = article("第31条", &[
        "システム管理者等は、保有個人情報等を取り扱う基幹的なサーバ等の機器を設置する室その他の区域（以下「情報システム室等」という。）の入退出に立ち入る権限を有する者を定めるとともに、用件の確認、入退の記録、部外者についての識別化、部外者が立ち入る場合の職員の立会い又は監視設備による監視、外部電磁的記録媒体等の持込み、利用及び持ち出しの制限又は検査等の措置を講ずるものとする。",
        "システム管理者等は、保有個人情報等を記録する媒体を保管するための施設を設けている場合においても、必要があると認めるときは、前項に規定する措置と同様の措置を講ずるものとする。",
    ]);
    let b = article("第33条", &["保有個人情報を取り扱う基幹的なサーバ等の機器を設置する電算室等の安全管理は、セキュリティ規程第18条を準用する。"]);
    let flags = compare_articles(&a, &b);
    let f = flag_of(&flags, FlagKind::DelegatedByReference);
    assert_eq!(f.b_spans, vec!["セキュリティ規程第18条を準用する"]);
    assert!(f.a_spans[0].starts_with("システム管理者等は、"));
    // A rule cited by its article in kanji, as 縦書き rules cite.
    let c = article("第33条", &["保有個人情報を取り扱う基幹的なサーバ等の機器を設置する電算室等の安全管理は、情報セキュリティ規程第十八条の規定による。"]);
    let flags = compare_articles(&a, &c);
    assert_eq!(
        flag_of(&flags, FlagKind::DelegatedByReference).b_spans,
        vec!["情報セキュリティ規程第十八条の規定による"]
    );
}

#[test]
fn scope_inclusions_differ() {
    let a =
        "総括保護管理者は、保有個人情報等の取扱いに従事する職員（派遣労働者を含む。）に対し、必要な教育研修を行う。";
    let b = "統括管理者は、保有個人情報の取扱いに従事する職員(地方公務員法(昭和25年法律第261号)第22条の2第1項に規定する会計年度任用職員を含む。以下「職員等」という。)に対し、必要な教育研修を行う。";
    let flags = compare_texts(a, b);
    let f = flags.iter().find(|f| f.message.contains("括弧書き")).expect("inclusion flag");
    assert!(f.message.contains("「派遣労働者」") && f.message.contains("「会計年度任用職員」"), "{}", f.message);
    assert_eq!(f.a_spans, vec!["派遣労働者を含む。"]);
    assert_eq!(f.b_spans, vec!["地方公務員法(昭和25年法律第261号)第22条の2第1項に規定する会計年度任用職員を含む。"]);
    let etc = flags.iter().find(|f| f.message.contains("「等」の有無")).expect("等 flag");
    assert_eq!((etc.a_spans[0].as_str(), etc.b_spans[0].as_str()), ("保有個人情報等", "保有個人情報"));
    // A case included, named by 場合 or by とき: the same case; gone, a narrower scope.
    let cloud = |case: &str| {
        format!("保護管理者は、保有個人情報が外国において取り扱われる場合（クラウドサービスを利用する{case}を含む。）には、必要な措置を講じなければならない。")
    };
    let flags = compare_texts(&cloud("場合"), &cloud("とき"));
    assert!(flags.iter().all(|f| !f.message.contains("括弧書き")), "{flags:?}");
    let dropped = "保護管理者は、保有個人情報が外国において取り扱われる場合には、必要な措置を講じなければならない。";
    let flags = compare_texts(&cloud("とき"), dropped);
    assert!(flags.iter().any(|f| f.message.contains("括弧書き")), "{flags:?}");
}

#[test]
fn items_dropped_are_quoted() {
    let a = "契約書に、次に掲げる事項を明記する。\n(1) 秘密保持の義務\n(2) 再委託の制限\n(3) 個人情報の安全管理措置に関する事項\n(4) 監査等に関する事項";
    let b = "契約書に、次に掲げる事項を明記する。\n(1) 秘密保持の義務\n(2) 再委託の制限";
    let flags = compare_texts(a, b);
    let f = flag_of(&flags, FlagKind::ItemsChanged);
    assert_eq!(f.a_spans, vec!["(3) 個人情報の安全管理措置に関する事項", "(4) 監査等に関する事項"]);
    assert!(f.message.starts_with("号の数: 4 → 2"));
}

#[test]
fn displayed_codes_are_the_serialised_names() {
    use FlagKind::*;
    for kind in [
        ObligationWeakened,
        ObligationStrengthened,
        RoleChanged,
        QuantityChanged,
        ScopeChanged,
        DelegatedByReference,
        ItemsChanged,
    ] {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.to_string());
    }
    for severity in [FlagSeverity::Low, FlagSeverity::Medium, FlagSeverity::High] {
        assert_eq!(serde_json::to_value(severity).unwrap(), severity.to_string());
    }
    assert_eq!(ObligationWeakened.to_string(), "obligation-weakened");
}

/// A requirement of one sentence against a provision of several paragraphs
/// and sentences, some restating it more fully than others.
const SUMMARY: &str = "職員は、保有個人情報の漏えいを防止するため、定期的に研修を受けなければならない。";
const SPELLED_OUT: &str = "職員は、情報セキュリティに関する研修を受けるものとする。\n\
    ２　職員は、保有個人情報の漏えいを防止するため、年１回以上、研修を受けなければならない。\n\
    ３　職員は、保有個人情報の漏えいを防止するため、定期的に研修を受けなければならない。\n\
    ４　課長は、職員が研修を受けたことを確認する。保有個人情報の漏えいを防止するため研修を受けること。";

#[test]
fn best_containing_picks_what_diffing_every_sentence_would_pick() {
    let (a, b) = (ProvisionText::new(SUMMARY), ProvisionText::new(SPELLED_OUT));
    let pairs = best_containing(&a.sentences, &b.sentences);
    for (i, x) in a.sentences.iter().enumerate() {
        // Every B sentence diffed: the highest containment wins, the later on a tie.
        let scores: Vec<f32> = b
            .sentences
            .iter()
            .map(|y| crate::analyze::diff::TokenDiff::from_units(x.units.clone(), y.units.clone()).containment())
            .collect();
        let best = (0..scores.len())
            .filter(|&j| scores[j] >= FlagParams::DEFAULT.containment_min)
            .max_by(|&p, &q| scores[p].total_cmp(&scores[q]).then(p.cmp(&q)));
        assert_eq!(pairs.iter().find(|p| p.a == i).map(|p| p.b), best, "{scores:?}");
    }
    // The third paragraph restates the requirement word for word.
    assert_eq!(b.sentences[pairs[0].b].block, 2);
}

#[test]
fn one_paragraph_is_paired_with_the_paragraph_diffing_every_one_would_pick() {
    let (a, b) = (ProvisionText::new(SUMMARY), ProvisionText::new(SPELLED_OUT));
    let pairs = pair_blocks(&a.blocks, &b.blocks);
    let params = FlagParams::DEFAULT;
    let scores: Vec<f32> = b
        .blocks
        .blocks
        .iter()
        .map(|bb| {
            let bonus = if bb.number == a.blocks.blocks[0].number { params.same_place_bonus } else { 0.0 };
            crate::analyze::diff::TokenDiff::from_units(a.blocks.blocks[0].units.clone(), bb.units.clone()).similarity()
                + bonus
        })
        .collect();
    // The highest score wins, the lower paragraph on a tie.
    let best = (0..scores.len())
        .filter(|&j| scores[j] >= params.paragraph_min)
        .max_by(|&p, &q| scores[p].total_cmp(&scores[q]).then(q.cmp(&p)));
    assert_eq!(
        pairs.iter().map(|p| (p.a, p.b)).collect::<Vec<_>>(),
        best.map(|j| (0, j)).into_iter().collect::<Vec<_>>(),
        "{scores:?}"
    );
    assert_eq!(best, Some(2), "{scores:?}");
}

/// Offices appointed in one sentence share its 充てる: 「総括者は副町長を
/// もって、管理者は各課の長をもって充て、…」 appoints both.
#[test]
fn offices_appointed_together_share_one_verb() {
    let a = "２ 総括者は副町長をもって、管理者は各課の長をもって充て、担当者は管理者が指名する。";
    let b = "２ 総括者は総務課長をもって、管理者は各課の長をもって充て、担当者は管理者が指名する。";
    let flags = compare_texts(a, b);
    let role = flag_of(&flags, FlagKind::RoleChanged);
    assert_eq!(role.message, "充て職が異なります: 副町長 → 総務課長");
    // 書面をもって、 is a means, not an appointment: no 充てる follows.
    assert!(compare_texts("管理者は、書面をもって、総括者に報告する。", "管理者は、口頭をもって、総括者に報告する。")
        .iter()
        .all(|f| f.kind != FlagKind::RoleChanged));
}

/// An office qualified by a parenthesis before をもって充てる is still the
/// one appointed: 「副市長（副市長が2人以上置かれている場合にあっては、市長が
/// 指名する副市長）をもって充てる」 → 「総務課長をもって充てる」 changes it.
#[test]
fn an_office_qualified_by_a_parenthesis_is_appointed() {
    let a = "市に、総括保護管理者を1人置き、副市長（副市長が2人以上置かれている場合にあっては、市長が指名する副市長）をもって充てる。";
    let b = "町に総括保護管理者1人を置き、総務課長をもって充てる。";
    let flags = compare_texts(a, b);
    assert_eq!(flag_of(&flags, FlagKind::RoleChanged).message, "充て職が異なります: 副市長 → 総務課長");
}

/// An office appointed is a post, not a role's name: 教育次長 → 教育長 and
/// 教育総務課長 → 教育課長補佐 are other posts though they share most of
/// their characters; 副市長 → 副町長 and 課等の長 → 各課の長 are the same.
#[test]
fn an_appointed_office_is_compared_as_a_post() {
    let appointed = |office: &str| format!("教育委員会に監査責任者を置き、{office}をもって充てる。");
    let flags = compare_texts(&appointed("教育次長"), &appointed("教育長"));
    assert_eq!(flag_of(&flags, FlagKind::RoleChanged).message, "充て職が異なります: 教育次長 → 教育長");
    let flags = compare_texts(&appointed("教育総務課長"), &appointed("教育課長補佐"));
    assert_eq!(flag_of(&flags, FlagKind::RoleChanged).message, "充て職が異なります: 教育総務課長 → 教育課長補佐");
    for (a, b) in [("副市長", "副町長"), ("課等の長", "各課の長"), ("市長", "町長"), ("所属の長", "課等の長")]
    {
        assert!(
            compare_texts(&appointed(a), &appointed(b)).iter().all(|f| f.kind != FlagKind::RoleChanged),
            "{a} / {b}"
        );
    }
}

/// The one whose permission, order or rules a provision needs can change
/// while the actor stays: 管理者の許可 → 総括者の許可, 総括者が別に定める →
/// 町長が別に定める. Several named together are each compared.
#[test]
fn who_permits_or_lays_down_the_details() {
    let (a, b) = role_change(
        "職員は、管理者の許可を得ないで、外部記録媒体を端末に接続してはならない。",
        "職員は、総括者の許可を得ないで、外部記録媒体を端末に接続してはならない。",
    );
    assert_eq!((a.as_str(), b.as_str()), ("管理者", "総括者"));
    // Two corresponding articles (a 条文対応表 row): no actor before は、.
    let flags = compare_articles(
        &article("第18条", &["この規程に定めるもののほか、必要な事項は、総括者が別に定める。"]),
        &article("第18条", &["この規程に定めるもののほか、必要な事項は、町長が別に定める。"]),
    );
    let role = flag_of(&flags, FlagKind::RoleChanged);
    assert_eq!((role.a_spans[0].as_str(), role.b_spans[0].as_str()), ("総括者", "町長"));
    // The same offices in other words and order: no change.
    let listed = compare_texts(
        "職員は、法令の定め並びに総括保護管理者、保護管理者及び保護担当者の指示に従い、取り扱わなければならない。",
        "職員は、法令の定め並びに保護担当者、保護管理者及び総括保護管理者の指示に従い、取り扱わなければならない。",
    );
    assert!(listed.iter().all(|f| f.kind != FlagKind::RoleChanged), "{listed:#?}");
}

/// 市長, 町長 and 村長 are one office of different bodies (and 副市長,
/// 副町長): a town's draft compared with a city's rule is no role change.
#[test]
fn the_head_of_another_kind_of_body_is_the_same_office() {
    assert!(same_role("町長", "市長") && same_role("副村長", "副市長"));
    assert!(!same_role("町長", "総務課長"));
    let flags = compare_articles(
        &article("第9条", &["必要な事項は、市長が別に定める。"]),
        &article("第9条", &["必要な事項は、町長が別に定める。"]),
    );
    assert!(flags.iter().all(|f| f.kind != FlagKind::RoleChanged), "{flags:#?}");
}

/// 2年に1回以上 is a frequency, read against 毎年度 as one.
#[test]
fn a_frequency_over_several_years() {
    let flags = compare_texts(
        "管理者は、管理の状況について、毎年度点検を行わなければならない。",
        "管理者は、管理の状況について、2年に1回以上点検を行わなければならない。",
    );
    assert_eq!(flag_of(&flags, FlagKind::QuantityChanged).message, "頻度が異なります: 「毎年度」→「2年に1回以上」");
}

/// The office reported to, or that decides an exception, is one the
/// provision answers to: another one is a role change. The role over the
/// whole and the unit's manager are each one office under every body's
/// names (総括保護管理者 / 統括者, 保護管理者 / 情報管理責任者).
#[test]
fn the_office_reported_to_or_deciding_is_a_role() {
    let report = |to: &str| {
        article("第6条", &[&format!("管理責任者は、担当者を指定したときは、速やかに{to}に報告しなければならない。")])
    };
    let f = compare_articles(&report("総括責任者"), &report("総務課長"));
    assert_eq!(flag_of(&f, FlagKind::RoleChanged).b_spans, ["総務課長"]);
    let exception = |who: &str| {
        article(
            "第19条",
            &[&format!("職員は、{who}が必要があると認めるときを除き、端末を外部へ持ち出してはならない。")],
        )
    };
    assert!(kinds(&compare_articles(&exception("管理責任者"), &exception("総務課長"))).contains(&FlagKind::RoleChanged));
    for (x, y) in [("総括保護管理者", "統括者"), ("最高責任者", "部総括保護管理者"), ("保護管理者", "情報管理責任者")]
    {
        assert!(same_role(x, y), "{x} / {y}");
        assert!(!kinds(&compare_articles(&report(x), &report(y))).contains(&FlagKind::RoleChanged), "{x} / {y}");
    }
    for (x, y) in [("保護管理者", "監査責任者"), ("保護管理者", "システム管理者"), ("総括保護管理者", "保護管理者")]
    {
        assert!(!same_role(x, y), "{x} / {y}");
    }
}

/// A ただし書 added to a duty weakens it; a consent asked before the act
/// (…の許可を得て) where the other side follows instructions strengthens it.
#[test]
fn an_exception_weakens_and_a_consent_strengthens() {
    let duty = "職員は、保有個人情報が記録された媒体を外部へ送付するときは、認証機能を設定しなければならない。";
    let with_exception = format!("{duty}ただし、管理責任者が必要がないと認めるときは、この限りでない。");
    let f = compare_articles(&article("第12条", &[duty]), &article("第12条", &[&with_exception]));
    let weak = flag_of(&f, FlagKind::ObligationWeakened);
    assert!(weak.b_spans[0].starts_with("ただし、"), "{weak:?}");
    let back = compare_articles(&article("第12条", &[&with_exception]), &article("第12条", &[duty]));
    assert!(kinds(&back).contains(&FlagKind::ObligationStrengthened), "{back:#?}");
    let copy = |how: &str| {
        article(
            "第10条",
            &[&format!("職員は、保有個人情報を複製するときは、{how}、必要最小限の範囲で行わなければならない。")],
        )
    };
    let f = compare_articles(&copy("管理責任者の指示に従い"), &copy("あらかじめ管理責任者の許可を得て"));
    assert!(kinds(&f).contains(&FlagKind::ObligationStrengthened), "{f:#?}");
    assert!(!kinds(&f).contains(&FlagKind::ObligationWeakened), "{f:#?}");
}

/// A matter handed to a policy (…ポリシーの定めるところによる) where the
/// other side lays its duty down is delegated, however short the other; a
/// duty done 「…規程等の定めるところにより」 is still laid down.
#[test]
fn a_matter_handed_to_a_policy_is_delegated() {
    let laid = article(
        "第24条",
        &["事務取扱担当者は、特定個人情報等を外部に送信するときは、通信経路の暗号化その他の漏えいを防止する措置を講じなければならない。"],
    );
    let handed = article(
        "第24条",
        &["特定個人情報等を外部に送信する場合の通信経路における漏えいの防止については、試験町情報セキュリティポリシーの定めるところによる。"],
    );
    assert!(kinds(&compare_articles(&laid, &handed)).contains(&FlagKind::DelegatedByReference));
    let by_rules = |how: &str| {
        article(
            "第16条",
            &[&format!(
                "任命権者は、この規程に違反した職員について、法令及び内部規程等{how}厳正に対処するものとする。"
            )],
        )
    };
    let f = compare_articles(&by_rules("に基づき"), &by_rules("の定めるところにより"));
    assert!(!kinds(&f).contains(&FlagKind::DelegatedByReference), "{f:#?}");
}

/// A 項 added to hand over a matter the other side lays down and this side
/// no longer names (「…分散して保管しなければならない。」 → 「…作成しなければ
/// ならない。２ 前項のバックアップの保管の方法…は、…別に定める。」) is a
/// delegation, though the delegating side is the longer; one that hands
/// over a matter both sides still lay down is not.
#[test]
fn a_paragraph_added_to_hand_over_a_dropped_matter_is_delegated() {
    let model = article(
        "第27条",
        &["情報政策課長は、バックアップを作成し、これを庁舎とは別の場所に分散して保管しなければならない。"],
    );
    let draft = article(
        "第29条",
        &[
            "情報政策課長は、バックアップを作成しなければならない。",
            "前項のバックアップの保管の方法その他バックアップに関し必要な事項は、総務部長が別に定める。",
        ],
    );
    assert!(kinds(&compare_articles(&model, &draft)).contains(&FlagKind::DelegatedByReference));
    let kept = article(
        "第29条",
        &[
            "情報政策課長は、バックアップを作成し、これを庁舎とは別の場所に分散して保管しなければならない。",
            "前項のバックアップの保管の方法その他バックアップに関し必要な事項は、総務部長が別に定める。",
        ],
    );
    assert!(!kinds(&compare_articles(&model, &kept)).contains(&FlagKind::DelegatedByReference));
}

/// A value in a 項 the other side does not have is named where that side
/// keeps all the rest (a draft adding 「…５年間保存しなければならない。」),
/// not where many 項 go unpaired.
#[test]
fn a_value_in_an_added_paragraph_is_named() {
    let record = "管理責任者は、台帳を整備し、保有個人情報の利用及び保管の状況を記録しなければならない。";
    let keep = "管理責任者は、前項の台帳を、記録した日から５年間保存しなければならない。";
    let f = compare_articles(&article("第16条", &[record]), &article("第15条", &[record, keep]));
    assert!(flag_of(&f, FlagKind::QuantityChanged).message.contains("5年間"), "{f:#?}");
    let other = article("第15条", &["職員は、端末の利用を終えたときは、ログオフしなければならない。", keep]);
    let f = compare_articles(&article("第16条", &[record]), &other);
    assert!(!f.iter().any(|f| f.message.contains("Aにない項")), "{f:#?}");
}

/// One value however its number is written (毎年度一回以上 / 毎年度1回以上,
/// 1年間 / 12月間);
/// a ただし書 that lets the act be left out is an exception; the head of a
/// 広域連合 and of a town are one office of different bodies.
#[test]
fn numerals_omissions_and_heads_of_bodies() {
    let audit = |n: &str| article("第26条", &[&format!("監査責任者は、毎年度{n}回以上、監査を行わなければならない。")]);
    assert!(kinds(&compare_articles(&audit("一"), &audit("1"))).is_empty());
    // A span in years or months: 1年間 is 12月間 and １２か月間, not 2年間
    // nor 1年度.
    let keep =
        |span: &str| article("第19条", &[&format!("保護管理者は、アクセス記録を{span}保存しなければならない。")]);
    for same in ["１２月間", "12か月間", "十二箇月間"] {
        assert!(kinds(&compare_articles(&keep("１年間"), &keep(same))).is_empty(), "{same}");
    }
    assert!(kinds(&compare_articles(&keep("１年間"), &keep("２年間"))).contains(&FlagKind::QuantityChanged));
    assert!(kinds(&compare_articles(&keep("６月間"), &keep("１年間"))).contains(&FlagKind::QuantityChanged));
    let duty = "監査責任者は、毎年度、各課等の監査を行わなければならない。";
    let omit = format!(
        "{duty}ただし、前年度に改善を要する事項がなかった課等については、当該年度の監査を省略することができる。"
    );
    let f = compare_articles(&article("第26条", &[&omit]), &article("第24条", &[duty]));
    assert!(kinds(&f).contains(&FlagKind::ObligationStrengthened), "{f:#?}");
    let head =
        |who: &str| article("第29条", &[&format!("この要綱に定めるもののほか、必要な事項は、{who}が別に定める。")]);
    assert!(!kinds(&compare_articles(&head("広域連合長"), &head("町長"))).contains(&FlagKind::RoleChanged));
    assert!(kinds(&compare_articles(&head("広域連合長"), &head("総務課長"))).contains(&FlagKind::RoleChanged));
}

/// A definition of a class of persons that names another kind of person
/// (「職員」 now with 派遣労働者) reaches other persons in every provision
/// about them; a law named inside it (地方公務員法) is no person.
#[test]
fn a_definition_of_persons_widened_is_a_scope_change() {
    let definitions = |staff: &str| {
        let mut a =
            article("第2条", &["この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。"]);
        a.paragraphs[0].items = [staff, "保有個人情報　法第60条第1項に規定する保有個人情報をいう。"]
            .iter()
            .enumerate()
            .map(|(k, t)| crate::model::Item { number: k as u32 + 1, text: t.to_string(), ..Default::default() })
            .collect();
        a
    };
    let staff =
        "職員　町長の事務部局に属する職員（地方公務員法第22条の2第1項に規定する会計年度任用職員を含む。）をいう。";
    let widened = "職員　町長の事務部局に属する職員（地方公務員法第22条の2第1項に規定する会計年度任用職員を含む。）及び町長の事務部局において就業する派遣労働者をいう。";
    let f = compare_articles(&definitions(staff), &definitions(widened));
    assert_eq!(flag_of(&f, FlagKind::ScopeChanged).b_spans, ["派遣労働者"]);
    let reworded = "職員　町長の事務部局の職員（地方公務員法第22条の2第1項の会計年度任用職員を含む。）をいう。";
    assert!(!kinds(&compare_articles(&definitions(staff), &definitions(reworded))).contains(&FlagKind::ScopeChanged));
}

/// The same audit taken yearly on one side and only when needed on the
/// other is weaker, whatever the endings (both ものとする); a wait for need
/// the other side also has, elsewhere in its sentence or paragraph, and an
/// interval beside it (「毎年度1回以上及び必要に応じ随時に」) are no change.
#[test]
fn a_duty_taken_only_when_needed_is_weakened() {
    let yearly = "監査責任者は、毎年度1回以上及び必要に応じ随時に、保有個人情報の管理の状況について監査を行い、その結果を総括保護管理者に報告するものとする。";
    let needed = "監査責任者は、必要に応じ、保有個人情報の管理の状況について監査を行い、その結果を総括保護管理者に報告するものとする。";
    let weak = flag_of(&compare_texts(yearly, needed), FlagKind::ObligationWeakened).clone();
    assert_eq!(weak.message, "必要があるときだけ行うこととされています");
    assert_eq!(weak.b_spans, ["必要に応じ、"]);
    let strong = flag_of(&compare_texts(needed, yearly), FlagKind::ObligationStrengthened).clone();
    assert_eq!(strong.message, "必要があるときに限らず行うこととされています");
    let judged = "監査責任者は、必要があると認めるときは、保有個人情報の管理の状況について監査を行い、その結果を総括保護管理者に報告するものとする。";
    assert!(compare_texts(needed, judged)
        .iter()
        .all(|f| f.kind != FlagKind::ObligationWeakened && f.kind != FlagKind::ObligationStrengthened));
    // The condition moved to the front of the same act: no change.
    let later =
        "システム室管理者は、入退の管理について、必要があると認めるときは、入室に係る認証機能を設定するものとする。";
    let front =
        "システム室管理者は、必要があると認めるときは、入退の管理について、入室に係る認証機能を設定するものとする。";
    assert!(compare_texts(later, front)
        .iter()
        .all(|f| f.kind != FlagKind::ObligationStrengthened && f.kind != FlagKind::ObligationWeakened));
}

/// A value A states in two 項 and B keeps in one is missing from the 項
/// that left it out, not from the one that kept it.
#[test]
fn a_value_dropped_from_one_paragraph_is_located_there() {
    let a = article(
        "第33条",
        &[
            "監査責任者は、毎年度1回以上及び必要に応じ随時に、管理の状況について監査を行わなければならない。",
            "保護管理者は、毎年度1回以上及び必要に応じ随時に、保管方法等について点検を行わなければならない。",
        ],
    );
    let b = article(
        "第34条",
        &[
            "監査責任者は、必要に応じ、管理の状況について監査を行わなければならない。",
            "保護管理者は、毎年度1回以上及び必要に応じ随時に、保管方法等について点検を行わなければならない。",
        ],
    );
    let flags = compare_articles(&a, &b);
    let dropped = flags
        .iter()
        .find(|f| f.kind == FlagKind::QuantityChanged && f.message.contains("毎年度1回以上"))
        .expect("the yearly audit dropped");
    assert_eq!(
        (dropped.a_location.as_deref(), dropped.b_location.as_deref()),
        (Some("第33条第1項"), Some("第34条第1項"))
    );
}

/// 講ずる and 講じる are one verb: a duty rewritten from 「…措置を講ずるよう
/// 努めるものとする」 to 「…措置を講じなければならない」 is the same act made
/// stronger, however much else of the sentence changed.
#[test]
fn one_verb_in_both_conjugations_is_the_same_act() {
    let a = article(
        "第16条",
        &["職員は、保険証その他の書類を郵送するときは、宛名と封入物との照合その他の誤送付を防止するための措置を講ずるよう努めるものとする。"],
    );
    let b = article(
        "第15条",
        &["職員は、書類若しくは記録媒体を郵送し、若しくは窓口で交付するとき、又は電磁的記録を電子メール等により送信するときは、誤送付、誤交付又は誤送信を防止するため、複数の職員による確認その他の必要な措置を講じなければならない。"],
    );
    assert!(kinds(&compare_articles(&a, &b)).contains(&FlagKind::ObligationStrengthened));
}

/// 「定期に及び必要に応じ随時に」 is one frequency: a rule that fixes the
/// interval (「毎年度1回以上及び必要に応じ随時に」) changes the interval and
/// adds no 随時.
#[test]
fn an_interval_fixed_beside_as_needed_adds_no_as_needed() {
    let flags = compare_texts(
        "保護管理者は、記録媒体の保管状況について、定期に及び必要に応じ随時に点検を行う。",
        "保護管理者は、記録媒体の保管状況について、毎年度1回以上及び必要に応じ随時に点検を行わなければならない。",
    );
    assert!(flag_of(&flags, FlagKind::QuantityChanged).message.contains("毎年度1回以上"), "{flags:#?}");
    assert!(!flags.iter().any(|f| f.message.contains("「随時」が加わって")), "{flags:#?}");
}

/// An inclusion worded as a matter or as an act includes the same thing as
/// the plain one: no scope change.
#[test]
fn an_inclusion_worded_as_a_matter_or_an_act_is_the_same_inclusion() {
    let scope = |a: &str, b: &str| compare_texts(a, b).into_iter().filter(|f| f.kind == FlagKind::ScopeChanged).count();
    assert_eq!(
        scope(
            "管理者は、パスワード等の管理に関する定め（その定期又は随時の見直しを含む。）を整備しなければならない。",
            "管理者は、パスワード等の管理に関する定め（定期又は随時の見直しに関する事項を含む。）を整備しなければならない。",
        ),
        0
    );
    assert_eq!(
        scope(
            "管理者は、接続の制限（当該機器の更新への対応を含む。）を行わなければならない。",
            "管理者は、接続を制限しなければならない（当該機器の更新に対応することを含む。）。",
        ),
        0
    );
    // What is included for real is still read.
    assert_eq!(
        scope(
            "職員は、次に掲げる事項を守らなければならない。",
            "職員（派遣労働者を含む。）は、次に掲げる事項を守らなければならない。"
        ),
        1
    );
}

/// An act moved out of a parenthesis into the text is not dropped; an
/// inclusion within a matter handed to another rule is no scope of the
/// rule's own.
#[test]
fn an_inclusion_taken_into_the_text_or_handed_over_is_no_scope_change() {
    let inclusion = |a: &str, b: &str| {
        compare_texts(a, b).into_iter().any(|f| f.kind == FlagKind::ScopeChanged && f.message.starts_with("括弧書き"))
    };
    assert!(!inclusion(
        "管理者は、パスワード等の管理に関する定め（その定期又は随時の見直しを含む。）を整備しなければならない。",
        "管理者は、パスワード等の管理に関する定めを整備し、これを毎年度見直さなければならない。",
    ));
    assert!(!inclusion(
        "管理者は、パスワードを90日ごとに変更させなければならない。",
        "パスワード等の管理（定期又は随時の見直しを含む。）については、試験町情報セキュリティポリシーの定めるところによる。",
    ));
}

/// 複数 before an appointment is two or more people; before anything else
/// it counts no one.
#[test]
fn several_appointed_are_two_or_more() {
    let counts =
        |a: &str, b: &str| compare_texts(a, b).into_iter().filter(|f| f.kind == FlagKind::QuantityChanged).count();
    assert_eq!(
        counts(
            "管理者は、保護担当者を複数指定することができる。",
            "管理者は、２人以上の保護担当者を指定することができる。"
        ),
        0
    );
    assert_eq!(
        counts(
            "管理者は、保護担当者を複数指定することができる。",
            "管理者は、３人以上の保護担当者を指定することができる。"
        ),
        1
    );
    assert_eq!(counts("事務を課等が処理する場合は、協議する。", "事務を複数の課等が処理する場合は、協議する。"), 0);
}

/// An appointee changed only from one defined name to the name the other
/// regulation defines in its place is no role change; another appointee is.
#[test]
fn an_appointee_renamed_in_the_definitions_is_no_role_change() {
    let a = "保護管理者は、所属長をもって充てる。";
    let renamed = [("所属長".to_string(), "課長等".to_string())];
    let roles = |b: &str| {
        without_renamed(compare_texts(a, b), &renamed).iter().filter(|f| f.kind == FlagKind::RoleChanged).count()
    };
    assert_eq!(roles("保護管理者は、課長等をもって充てる。"), 0);
    assert_eq!(roles("保護管理者は、総務課長をもって充てる。"), 1);
    // A compound of the renamed term, made alike on both sides.
    let unit = [("所属".to_string(), "課等".to_string())];
    let compound = |b: &str| {
        without_renamed(compare_texts("保護管理者は、所属の長をもって充てる。", b), &unit)
            .iter()
            .filter(|f| f.kind == FlagKind::RoleChanged)
            .count()
    };
    assert_eq!(compound("保護管理者は、課等の長をもって充てる。"), 0);
    assert_eq!(compound("保護管理者は、課等の次長をもって充てる。"), 1);
}

/// 「必要に応じて随時に」 and 「必要に応じ随時に」 are one frequency.
#[test]
fn as_needed_with_or_without_te_is_one_frequency() {
    let quantities = |b: &str| {
        let flags = compare_texts("保護管理者は、定期に及び必要に応じ随時に点検を行わなければならない。", b);
        flags.iter().filter(|f| f.kind == FlagKind::QuantityChanged).count()
    };
    assert_eq!(quantities("保護管理者は、定期に及び必要に応じて随時に点検を行わなければならない。"), 0);
    assert_eq!(quantities("保護管理者は、毎年度１回以上及び必要に応じて随時に点検を行わなければならない。"), 1);
}

/// An audit on the spot made the contractor's own check reported in
/// writing weakens the check; a 自己点検 only read as a basis is no act.
#[test]
fn an_audit_made_a_self_check_is_weakened() {
    let a = "保護管理者は、委託先における保有個人情報の管理の状況について、年１回以上、実地の監査により確認しなければならない。";
    let weakened = |b: &str| {
        compare_texts(a, b)
            .iter()
            .filter(|f| f.kind == FlagKind::ObligationWeakened && f.message.contains("自己点検"))
            .count()
    };
    assert_eq!(
        weakened(
            "保護管理者は、受託者に対し、年１回以上自己点検を行わせ、その結果を書面により報告させなければならない。"
        ),
        1
    );
    assert_eq!(weakened("保護管理者は、委託先における保有個人情報の管理の状況について、年１回以上、実地の検査により確認しなければならない。"), 0);
    assert_eq!(
        compare_texts(
            "保護管理者は、監査の結果等を踏まえ、措置を評価しなければならない。",
            "保護管理者は、自己点検の結果等を踏まえ、措置を評価しなければならない。"
        )
        .iter()
        .filter(|f| f.message.contains("自己点検"))
        .count(),
        0
    );
}

/// A term the draft defines as a kind of the model's (「住民記録システム（住民
/// 基本台帳に関する事務を処理する情報システムをいう。）」 for 情報システム)
/// narrows the provision to that kind; a definition of the same class, or
/// of a kind the model already names, narrows nothing.
#[test]
fn a_term_defined_as_a_kind_of_the_models_narrows_the_scope() {
    let a = "システム管理者は、保有個人情報への不適切なアクセスの監視のため、情報システムにアクセス記録の定期的な点検及び分析等の必要な措置を講じなければならない。";
    let b = "住民記録システム（住民基本台帳に関する事務を処理する情報システムをいう。）のシステム管理者は、当該システムで取り扱う保有個人情報への不適切なアクセスの監視のため、アクセス記録の定期的な点検及び分析等の必要な措置を講じなければならない。";
    let flags = compare_texts(a, b);
    let f = flags.iter().find(|f| f.message.contains("のうち")).expect("a narrowed kind");
    assert_eq!(f.message, "対象を「情報システム」のうち「住民記録システム」に限っています");
    assert_eq!((f.a_spans[0].as_str(), f.b_spans[0].as_str()), ("情報システム", "住民記録システム"));
    let same = "住民記録システム（住民基本台帳に関する事務を処理する情報システムをいう。）の管理者は、情報システムにアクセス記録の定期的な点検等の措置を講じなければならない。";
    assert!(!compare_texts(same, b).iter().any(|f| f.message.contains("のうち")));
}
