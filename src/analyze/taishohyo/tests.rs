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
    let rows = build_rows(&old, &new);
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
