//! The 新旧対照表 of seed 004 (龍ヶ崎市コンピュータ等運用管理規程 第12条):
//! the changes our diff underlines must correspond to the seed's <u> spans.
use reiki::analyze::diff::{Run, RunKind};
use reiki::analyze::taishohyo::{build_rows, RowStatus, TaishohyoCell};
use reiki::model::{Article, Number, Paragraph};

/// The two cells of the seed's table (004_2998f8e179e60d8e.txt line 370), verbatim.
const KAISEIGO: &str = "<p>(私用コンピュータ等及びソフトウェアの持込禁止)</p> <p>第12条 職員は、私物としてのコンピュータ等及びソフトウェアを持ち込んで서는ならない。ただし、通話機能を利用する目的のスマートフォン及びタブレットについては、この限りでない。</p> <p>2 職員は、<u>前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中に私用で使用してはならない。</u></p>";
const KAISEIMAE: &str = "<p>(私用コンピュータ等及びソフトウェアの持込禁止)</p> <p>第12条 職員は、私物としてのコンピュータ等及びソフトウェアを持ち込んで서는ならない。ただし、通話機能を利用する目的のスマートフォン及びタブレットについては、この限りでない。</p> <p>2 <u>前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中は使用してはならない。</u></p>";

/// Paragraph texts of a cell (tags stripped) and the seed's underlined spans.
fn read_cell(cell: &str) -> (Vec<String>, Vec<String>) {
    let mut paras = Vec::new();
    for p in cell.split("<p>").skip(1) {
        let p = p.split("</p>").next().unwrap();
        paras.push(p.replace("<u>", "").replace("</u>", ""));
    }
    let underlined = cell.split("<u>").skip(1).map(|s| s.split("</u>").next().unwrap().to_string()).collect();
    (paras, underlined)
}

/// Builds 第12条 from the cell as the parser models it: caption without
/// brackets, paragraph text without 第12条 / 2.
fn article(cell: &str) -> Article {
    let (paras, _) = read_cell(cell);
    let caption = paras[0].trim_start_matches('(').trim_end_matches(')').to_string();
    let paragraphs = paras[1..]
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let text = p.split_once(' ').unwrap().1.to_string();
            Paragraph { id: format!("art-12-p{}", k + 1), number: k as u32 + 1, text, ..Paragraph::default() }
        })
        .collect();
    Article {
        id: "art-12".into(),
        number: Number { main: 12, branches: vec![] },
        label: "第12条".into(),
        caption: Some(caption),
        paragraphs,
        ..Article::default()
    }
}

fn marked(cell: &TaishohyoCell) -> Vec<String> {
    let TaishohyoCell::Text(runs) = cell else { panic!("expected text, got {cell:?}") };
    runs.iter().filter(|r: &&Run| r.kind != RunKind::Equal).map(|r| r.text.clone()).collect()
}

#[test]
fn article_12_underlines_correspond_to_the_seed() {
    let rows = build_rows(&[article(KAISEIMAE)], &[article(KAISEIGO)], true);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status, RowStatus::Changed);
    let (_, seed_new) = read_cell(KAISEIGO);
    let (_, seed_old) = read_cell(KAISEIMAE);
    assert_eq!(seed_new.len(), 1);
    assert_eq!(seed_old.len(), 1);

    let ours_new = marked(&rows[0].new);
    let ours_old = marked(&rows[0].old);
    // 改正前: the replaced phrase 勤務時間中は, inside the seed's underline.
    assert_eq!(ours_old, vec!["勤務時間中は"]);
    assert!(seed_old[0].contains(&ours_old[0]));
    // 改正後: the inserted subject and the replacing phrase. The replacing
    // phrase is inside the seed's underline; the seed leaves the inserted
    // 職員は、 un-underlined although it is new text (principled difference:
    // we mark every wording change, the office marked the rewritten sentence).
    assert_eq!(ours_new, vec!["職員は、", "勤務時間中に私用で"]);
    assert!(seed_new[0].contains(&ours_new[1]));
    assert!(!seed_new[0].contains(&ours_new[0]));
    // Unchanged text carries no marks on either side: the caption is
    // printed as it is, the unchanged 第1項 shortened to 「第12条　（略）」.
    let before = |cell: &TaishohyoCell| {
        let TaishohyoCell::Text(runs) = cell else { unreachable!() };
        let first_change = runs.iter().position(|r| r.kind != RunKind::Equal).unwrap();
        runs[..first_change].iter().map(|r| r.text.as_str()).collect::<String>()
    };
    assert_eq!(before(&rows[0].new), "（私用コンピュータ等及びソフトウェアの持込禁止）\n第12条　（略）\n2　");
    // The seed's own table prints the unchanged 第1項 whole; so does reiki
    // with `taishohyo_elide_unchanged_lines: false`.
    let whole = build_rows(&[article(KAISEIMAE)], &[article(KAISEIGO)], false);
    let seed_first = read_cell(KAISEIGO).0[1].replacen(' ', "　", 1);
    assert_eq!(before(&whole[0].new), format!("（私用コンピュータ等及びソフトウェアの持込禁止）\n{seed_first}\n2　"));
    assert_eq!(marked(&whole[0].new), ours_new);
}

/// The same check on the regulation files (loaded by the parser): the
/// markup-stripped text of regulations/*.md, the <u> spans from their raw text.
#[test]
fn taishohyo_of_the_regulation_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations");
    let old_path = dir.join("ryugasaki-computer-kitei-kaiseimae.md");
    let new_path = dir.join("ryugasaki-computer-kitei-kaiseigo.md");
    let old = reiki::parse::load_file(&old_path).unwrap();
    let new = reiki::parse::load_file(&new_path).unwrap();
    assert_eq!(new.meta.supersedes.as_deref(), Some(old.id.as_str()));
    let config = reiki::config::Config::default();
    let t = reiki::analyze::taishohyo::build(&old, &new, &config);
    assert_eq!((t.new_label.as_str(), t.old_label.as_str()), ("改正後", "改正前"));
    assert_eq!(t.rows.len(), 1);
    let seed_spans = |p: &std::path::Path| -> Vec<String> {
        let raw = std::fs::read_to_string(p).unwrap();
        raw.split("<u>").skip(1).map(|s| s.split("</u>").next().unwrap().to_string()).collect()
    };
    let (seed_new, seed_old) = (seed_spans(&new_path), seed_spans(&old_path));
    let ours_new = marked(&t.rows[0].new);
    let ours_old = marked(&t.rows[0].old);
    assert_eq!(ours_old, vec!["勤務時間中は"]);
    assert_eq!(ours_new, vec!["職員は、", "勤務時間中に私用で"]);
    assert!(seed_old.iter().any(|s| s.contains(&ours_old[0])));
    assert!(seed_new.iter().any(|s| s.contains(&ours_new[1])));

    // The printable page: A4 landscape, the two labelled columns, underlines.
    let html = reiki::analyze::taishohyo::render_html_page(&t);
    assert!(html.contains("size: A4 landscape"));
    assert!(html.contains("<th scope=\"col\">改正後</th><th scope=\"col\">改正前</th>"));
    assert!(html.contains("<u class=\"ins\">勤務時間中に私用で</u>"));
    assert!(html.contains("<u class=\"del\">勤務時間中は</u>"));
    // Configured labels and order: 現行 on the left.
    let config = reiki::config::Config {
        taishohyo_labels: ["改正案".into(), "現行".into()],
        taishohyo_new_first: false,
        ..Default::default()
    };
    let t2 = reiki::analyze::taishohyo::build(&old, &new, &config);
    let html2 = reiki::analyze::taishohyo::render_html_fragment(&t2);
    assert!(html2.contains("<th scope=\"col\">現行</th><th scope=\"col\">改正案</th>"));
    // Terminal view: every line fits the width (CJK counted as two columns).
    let term = reiki::analyze::taishohyo::render_terminal(&t, 80, false);
    use unicode_width::UnicodeWidthStr;
    assert!(term.lines().all(|l| l.width() <= 80), "{term}");
    assert!(term.contains("{+職員は、+}") && term.contains("[-勤務時間中は-]"), "{term}");
}
