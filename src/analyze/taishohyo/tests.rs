use super::html::escape_marking_foreign;
use super::terminal::wrap;
use super::*;
use crate::analyze::diff::RunKind;
use crate::model::{Article, Number, Paragraph};

fn art(n: u32, caption: &str, paras: &[&str]) -> Article {
    Article {
        id: format!("art-{n}"),
        number: Number { main: n, branches: vec![] },
        label: format!("第{n}条"),
        caption: Some(caption.to_string()),
        paragraphs: paras
            .iter()
            .enumerate()
            .map(|(k, t)| Paragraph { number: k as u32 + 1, text: t.to_string(), ..Paragraph::default() })
            .collect(),
        ..Article::default()
    }
}

#[test]
fn foreign_letters_are_marked_in_the_html() {
    assert_eq!(
        escape_marking_foreign("持ち込んで서는ならない<"),
        "持ち込んで<span class=\"foreign\" title=\"外国の文字が含まれています\">서는</span>ならない&lt;"
    );
    assert_eq!(escape_marking_foreign("第１２条　ＵＳＢ"), "第１２条　ＵＳＢ");
}

#[test]
fn every_markup_character_is_escaped_in_the_html_quotes_too() {
    // A quoted term in a 別表 (「'USB'」) must not end an attribute either.
    assert_eq!(escape_marking_foreign("A&B <'USB'> \"x\""), "A&amp;B &lt;&apos;USB&apos;&gt; &quot;x&quot;");
}

#[test]
fn wrapping_counts_circled_numbers_and_coverage_marks_as_wide() {
    // ①②… and ○ are two columns, as in the coverage table: 10 columns hold five.
    let runs = [Run { kind: RunKind::Equal, text: "①②③④⑤⑥".to_string() }];
    let lines: Vec<String> = wrap(&runs, 10, false).iter().map(|l| l.iter().map(|c| c.c).collect()).collect();
    assert_eq!(lines, vec!["①②③④⑤", "⑥"]);
}

#[test]
fn wrapping_never_starts_a_line_with_a_full_stop() {
    // 10 columns hold five wide characters: 「。」 would open line 2.
    let runs = [Run { kind: RunKind::Equal, text: "あいうえお。かきくけこ".to_string() }];
    let lines: Vec<String> = wrap(&runs, 10, false).iter().map(|l| l.iter().map(|c| c.c).collect()).collect();
    assert_eq!(lines, ["あいうえ", "お。かきく", "けこ"]);
}

#[test]
fn unchanged_articles_collapse_and_renumbered_ones_are_followed() {
    let old = vec![
        art(1, "趣旨", &["この規程は、個人情報の管理について定める。"]),
        art(2, "定義", &["用語の意義は、法の定めるところによる。"]),
        art(3, "削除される条", &["監査責任者は、年一回監査を行う。"]),
        art(4, "点検", &["保護管理者は、定期に点検を行い、その結果を記録するものとする。"]),
    ];
    let new = vec![
        art(1, "趣旨", &["この規程は、個人情報の管理について定める。"]),
        art(2, "定義", &["用語の意義は、法の定めるところによる。"]),
        art(3, "点検", &["保護管理者は、定期及び随時に点検を行い、その結果を記録するものとする。"]),
        art(4, "新しい条", &["職員は、研修を受けなければならない。"]),
    ];
    let rows = build_rows(&old, &new, true);
    let statuses: Vec<RowStatus> = rows.iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![RowStatus::Unchanged, RowStatus::Removed, RowStatus::Renumbered, RowStatus::Added]);
    assert_eq!(rows[0].new_label.as_deref(), Some("第1条～第2条"));
    assert_eq!(rows[2].old_label.as_deref(), Some("第4条"));
    assert_eq!(rows[2].new_label.as_deref(), Some("第3条"));
    let t = Taishohyo {
        title: "テスト規程".into(),
        new_id: "n".into(),
        old_id: "o".into(),
        new_label: "改正案".into(),
        old_label: "現行".into(),
        new_first: true,
        rows,
    };
    let html = render_html_fragment(&t);
    assert!(html.contains("<th scope=\"col\">改正案</th><th scope=\"col\">現行</th>"));
    assert!(html.contains("（削る）") && html.contains("（新設）") && html.contains("（略）"));
    let term = render_terminal(&t, 100, false);
    assert!(term.contains("{+第3条+}"), "{term}");
    assert!(term.contains("[-第4条-]"), "{term}");
}

#[test]
fn displayed_statuses_are_the_serialised_names() {
    use RowStatus::*;
    for status in [Unchanged, Changed, Renumbered, Added, Removed] {
        assert_eq!(serde_json::to_value(status).unwrap(), status.to_string());
    }
    assert_eq!(Renumbered.to_string(), "renumbered");
}

/// 第5条 of three 項: the first with three 号, the second with four, the third without.
fn report_article(p1: &str, last_item: &str) -> Article {
    let items = |texts: &[&str]| -> Vec<crate::model::Item> {
        texts
            .iter()
            .enumerate()
            .map(|(k, t)| crate::model::Item {
                label: format!("({})", k + 1),
                number: k as u32 + 1,
                text: t.to_string(),
                ..Default::default()
            })
            .collect()
    };
    let mut a = art(
        5,
        "事故の報告",
        &[
            p1,
            "保護管理者は、前項の報告を受けたときは、次に掲げる措置を講ずる。",
            "保護管理者は、前項の措置の結果を記録する。",
        ],
    );
    a.paragraphs[0].items = items(&["漏えいが発生したとき。", "滅失が発生したとき。", "毀損が発生したとき。"]);
    a.paragraphs[1].items =
        items(&["被害の拡大を防止すること。", "原因を究明すること。", "影響の範囲を特定すること。", last_item]);
    a
}

/// The printed lines of a cell, changes marked {+…+} / [-…-].
fn printed(cell: &TaishohyoCell) -> Vec<String> {
    let TaishohyoCell::Text(runs) = cell else { panic!("text expected: {cell:?}") };
    lines(runs)
        .iter()
        .map(|line| {
            line.iter()
                .map(|r| match r.kind {
                    RunKind::Equal => r.text.clone(),
                    RunKind::Insert => format!("{{+{}+}}", r.text),
                    RunKind::Delete => format!("[-{}-]", r.text),
                })
                .collect()
        })
        .collect()
}

const REPORT_LEAD: &str = "職員は、次に掲げる場合には、保護管理者に報告しなければならない。";

#[test]
fn unchanged_paragraphs_and_items_of_a_changed_article_are_shortened() {
    let old = report_article(REPORT_LEAD, "再発を防止すること。");
    let new = report_article(REPORT_LEAD, "再発を防止するための措置を講ずること。");
    let rows = build_rows(std::slice::from_ref(&old), std::slice::from_ref(&new), true);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status, RowStatus::Changed);
    // 第1項 and its 号 are one line; the lead of 第2項 is shortened but its
    // changed 号 printed, the three unchanged 号 before it sharing a line.
    assert_eq!(
        printed(&rows[0].new),
        [
            "（事故の報告）",
            "第5条　（略）",
            "2　（略）",
            "(1)～(3)　（略）",
            "(4)　再発を{+防止するための措置を講ずること。+}",
            "3　（略）"
        ]
    );
    // Words were only inserted, so the old (4) carries no mark; it is still
    // printed whole, its text not being the new one's.
    assert_eq!(
        printed(&rows[0].old),
        ["（事故の報告）", "第5条　（略）", "2　（略）", "(1)～(3)　（略）", "(4)　再発を防止すること。", "3　（略）"]
    );
    // Printed whole when asked, as before.
    let whole = build_rows(&[old], &[new], false);
    assert_eq!(printed(&whole[0].new).len(), 11);
    assert_eq!(printed(&whole[0].new)[1], format!("第5条　{REPORT_LEAD}"));
}

#[test]
fn a_changed_lead_keeps_its_items_shortened_and_two_siblings_share_a_line() {
    let old = report_article(REPORT_LEAD, "再発を防止すること。");
    let new = report_article(&REPORT_LEAD.replace("報告しなければ", "直ちに報告しなければ"), "再発を防止すること。");
    let rows = build_rows(&[old], &[new], true);
    let new_lines = printed(&rows[0].new);
    assert_eq!(new_lines[1], "第5条　職員は、次に掲げる場合には、保護管理者に{+直ちに+}報告しなければならない。");
    assert_eq!(new_lines[2..], ["(1)～(3)　（略）", "2・3　（略）"]);
    assert_eq!(printed(&rows[0].old)[2..], ["(1)～(3)　（略）", "2・3　（略）"]);
}

#[test]
fn added_removed_and_renumbered_articles() {
    // An added article is printed whole; a renumbered one shortens its
    // unchanged 項 but prints the line whose number changed.
    let old = vec![art(1, "趣旨", &["この規程は、管理について定める。", "細目は、別に定める。"])];
    let new = vec![
        art(1, "新しい条", &["職員は、研修を受けなければならない。", "研修は、毎年行う。"]),
        art(2, "趣旨", &["この規程は、管理について定める。", "細目は、別に定める。"]),
    ];
    let rows = build_rows(&old, &new, true);
    assert_eq!(rows[0].status, RowStatus::Added);
    assert_eq!(printed(&rows[0].new)[2], "{+2　研修は、毎年行う。+}");
    assert_eq!(rows[1].status, RowStatus::Renumbered);
    assert_eq!(printed(&rows[1].new), ["（趣旨）", "{+第2条+}　この規程は、管理について定める。", "2　（略）"]);
    assert_eq!(printed(&rows[1].old), ["（趣旨）", "[-第1条-]　この規程は、管理について定める。", "2　（略）"]);
}

#[test]
fn supplementary_provisions_and_a_yoryo_are_shortened_alike() {
    let table = |old: &str, new: &str| {
        let load = |name: &str, text: &str| crate::parse::load_str(name, text).unwrap();
        let t = build(&load("old.md", old), &load("new.md", new), &Config::default());
        let row = t.rows.iter().find(|r| r.status == RowStatus::Changed).expect("a changed row");
        (printed(&row.new), printed(&row.old))
    };
    // 附則 of three 項: its heading stays, the unchanged 項 are shortened.
    let kisoku = "（趣旨）\n第１条　この規程は、管理について定める。\n　　　附　則\n１　この規程は、令和２年４月１日から施行する。\n２　旧規程は、廃止する。\n３　この規程の施行前にした行為は、なお従前の例による。\n";
    let (new, old) = table(kisoku, &kisoku.replace("旧規程は、", "旧規程及び旧要領は、"));
    assert_eq!(new, ["附則", "１　（略）", "２　旧規程{+及び旧要領は、+}廃止する。", "３　（略）"]);
    assert_eq!(old, ["附則", "１　（略）", "２　旧規程は、廃止する。", "３　（略）"]);
    // A 要領's number-and-heading line stays, its unnumbered text is 「（略）」.
    let yoryo = "１　目的\nこの要領は、管理について定める。\n２　体制\n保護管理者を置く。\n(1)　総括保護管理者\n(2)　保護管理者\n(3)　保護担当者\n";
    let (new, old) = table(yoryo, &yoryo.replace("(3)　保護担当者", "(3)　保護担当者及び監査責任者"));
    assert_eq!(new, ["2　体制", "（略）", "(1)・(2)　（略）", "(3)　保護担当者{+及び監査責任者+}"]);
    assert_eq!(old[..3], ["2　体制", "（略）", "(1)・(2)　（略）"]);
}

/// An amendment that adds 等 to a term (法令 → 法令等) is a change the table
/// underlines, though comparisons across bodies fold a scope suffix 等.
#[test]
fn a_scope_suffix_added_is_an_amendment() {
    let old = art(3, "遵守", &["職員は、法令を遵守しなければならない。", "前項の規定は、委託先にも適用する。"]);
    let new = art(3, "遵守", &["職員は、法令等を遵守しなければならない。", "前項の規定は、委託先にも適用する。"]);
    let rows = build_rows(std::slice::from_ref(&old), std::slice::from_ref(&new), true);
    assert_eq!(rows[0].status, RowStatus::Changed);
    let TaishohyoCell::Text(runs) = &rows[0].new else { panic!("{:?}", rows[0].new) };
    let inserted: Vec<&str> = runs.iter().filter(|r| r.kind == RunKind::Insert).map(|r| r.text.as_str()).collect();
    assert_eq!(inserted, ["法令等を"], "the whole 文節, as offices underline");
    // The unchanged second 項 is still shortened.
    assert!(runs.iter().any(|r| r.text.contains("2　（略）")), "{runs:?}");
}

/// A 項 inserted in the middle of an article: it is underlined whole, and
/// the number of every 項 that moves down is underlined on both sides, as
/// offices print a 新旧対照表 (the word diff alone matched the new 項's
/// 「2」 with the old 第2項's and left the move unmarked).
#[test]
fn a_paragraph_inserted_in_the_middle_marks_the_numbers_that_move() {
    let old = art(
        4,
        "点検",
        &["職員は、研修を受けなければならない。", "課長は、毎年度、点検を行う。", "前項の点検の結果は、記録する。"],
    );
    let new = art(
        4,
        "点検",
        &[
            "職員は、研修を受けなければならない。",
            "監査責任者は、年一回、監査を行う。",
            "課長は、毎年度、点検を行う。",
            "前項の点検の結果は、記録する。",
        ],
    );
    let rows = build_rows(std::slice::from_ref(&old), std::slice::from_ref(&new), true);
    assert_eq!(
        printed(&rows[0].new),
        [
            "（点検）",
            "第4条　（略）",
            "{+2　監査責任者は、年一回、監査を行う。+}",
            "{+3+}　課長は、毎年度、点検を行う。",
            "{+4+}　前項の点検の結果は、記録する。",
        ]
    );
    assert_eq!(
        printed(&rows[0].old),
        ["（点検）", "第4条　（略）", "[-2-]　課長は、毎年度、点検を行う。", "[-3-]　前項の点検の結果は、記録する。"]
    );
    // Taken out again: the same marks, sides swapped.
    let rows = build_rows(std::slice::from_ref(&new), std::slice::from_ref(&old), true);
    assert_eq!(printed(&rows[0].old)[2], "[-2　監査責任者は、年一回、監査を行う。-]");
    assert_eq!(printed(&rows[0].new)[2], "{+2+}　課長は、毎年度、点検を行う。");
}

/// A 項 inserted before one whose lead is rewritten: the 項 are paired
/// with their 号, as the 改め文 pairs them (「第2項を次のように改める」,
/// then moved to 第3項), so the old 第2項 faces the new 第3項 and the new
/// 第2項 is the one added.
#[test]
fn paragraphs_are_paired_with_their_items_as_the_kaimebun_pairs_them() {
    let items = "　(1)　書類は、机上に放置せず、施錠できる書庫に収めること。\n　(2)　端末は、画面をロックし、又は電源を切ること。\n";
    let old = format!("（安全管理）\n第２条　課長は、個人情報を適正に管理する。\n２　職員は、次に掲げる事項を守る。\n{items}３　前項の規定は、臨時職員に準用する。\n");
    let new = old
        .replace(
            "２　職員は、次に掲げる事項を守る。\n",
            "２　課長は、毎年度、管理の状況を点検する。\n３　職員が席を離れるときは、次の措置をとらなければならない。\n",
        )
        .replace("３　前項", "４　前項");
    let load = |name: &str, text: &str| crate::parse::load_str(name, text).unwrap();
    let t = build(&load("old.md", &old), &load("new.md", &new), &Config::default());
    let new_lines = printed(&t.rows[0].new);
    assert_eq!(new_lines[2], "{+２　課長は、毎年度、管理の状況を点検する。+}");
    assert!(new_lines[3].starts_with("{+３+}　{+職員が席を離れるときは"), "{new_lines:?}");
    assert_eq!(new_lines[4..], ["(1)・(2)　（略）", "{+４+}　前項の規定は、臨時職員に準用する。"]);
    assert_eq!(
        printed(&t.rows[0].old)[2..],
        [
            "[-２-]　[-職員は、次に掲げる事項を守る。-]",
            "(1)・(2)　（略）",
            "[-３-]　前項の規定は、臨時職員に準用する。"
        ]
    );
}
