//! 改め文 of the 題名, 附則 and 別表, articles added at a chapter's edge
//! (「第11章中第39条の次に」), and the forms `reiki apply` reads that the
//! generator writes rarely (「第3条第1項を次のように改める。」, 「第6条の見出しを
//! 「（…）」に改める。」). Constructed amendments of the shipped 上尾市 要領 and
//! 西伊豆町 規程 (one 附則 of one 項, 別表第1 and 別表第2); each expected
//! 改め文 was written by hand first, and each is applied back: the result
//! must be NEW (題名, 本則, 原始附則 and 別表).
use reiki::amend::{apply::apply, consolidated_text, kaimebun::generate, without_whitespace};
use reiki::model::{Article, Number, Paragraph, Regulation};
use reiki::parse::load_str;
use reiki::text::numerals::article_label;

const AGEO: &str = include_str!("../regulations/ageo-kanri-yoryo.md");
const NISHIIZU: &str = include_str!("../regulations/nishiizu-tokutei-kitei.md");

/// The regulation `text` and a copy with `edits` (search, replacement) made to it.
fn versions(text: &str, edits: &[(&str, &str)]) -> (Regulation, Regulation) {
    let mut new = text.to_string();
    for (from, to) in edits {
        assert_eq!(new.matches(from).count(), 1, "test edit {from:?} must be unique in the file");
        new = new.replacen(from, to, 1);
    }
    (load_str("old.md", text).unwrap(), load_str("new.md", &new).unwrap())
}

fn round_trip(old: &Regulation, new: &Regulation, amendment: &str) {
    let applied = apply(old, amendment).unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(without_whitespace(&consolidated_text(&applied)), without_whitespace(&consolidated_text(new)));
}

/// The generated sentences and body lines, after checking the round trip.
fn kaimebun(old: &Regulation, new: &Regulation) -> Vec<String> {
    let km = generate(old, new).unwrap_or_else(|e| panic!("{e:#}"));
    round_trip(old, new, &km.to_text());
    km.sentences.iter().flat_map(|s| std::iter::once(s.text.clone()).chain(s.body.iter().cloned())).collect()
}

#[test]
fn title_words() {
    let (old, new) =
        versions(AGEO, &[("title: 保有個人情報等の管理に関する要領", "title: 保有個人情報等の管理に関する要綱")]);
    assert_eq!(kaimebun(&old, &new), ["題名中「要領」を「要綱」に改める。"]);
}

#[test]
fn title_rewritten_whole() {
    let (old, new) = versions(NISHIIZU, &[("title: 特定個人情報等取扱規程", "title: 個人番号管理規程")]);
    assert_eq!(kaimebun(&old, &new), ["題名を次のように改める。", "個人番号管理規程"]);
}

const SUPPL: &str = "附則\nこの規程は、公布の日から施行する。\n";
const SECOND: &str = "２　この規程の施行の日前にした行為については、なお従前の例による。\n";

#[test]
fn supplementary_paragraph_added() {
    let (old, new) = versions(NISHIIZU, &[(SUPPL, &format!("{SUPPL}{SECOND}"))]);
    assert_eq!(
        kaimebun(&old, &new),
        ["附則に次の1項を加える。", "2　この規程の施行の日前にした行為については、なお従前の例による。"]
    );
}

#[test]
fn supplementary_paragraph_deleted_and_words() {
    let two = NISHIIZU.replacen(SUPPL, &format!("{SUPPL}{SECOND}"), 1);
    let (old, new) = versions(&two, &[(SECOND, "")]);
    assert_eq!(kaimebun(&old, &new), ["附則第2項を削る。"]);
    let (old, new) = versions(&two, &[("なお従前の例", "なお旧規程の例")]);
    assert_eq!(kaimebun(&old, &new), ["附則第2項中「従前」を「旧規程」に改める。"]);
}

#[test]
fn appendix_words_and_appendix_deleted() {
    let (old, new) = versions(NISHIIZU, &[("厳格な本人確認", "確実な本人確認")]);
    assert_eq!(kaimebun(&old, &new), ["別表第1中「厳格」を「確実」に改める。"]);
    let second = NISHIIZU.split("別表第2(第19条関係)").nth(1).unwrap();
    let (old, new) = versions(NISHIIZU, &[(&format!("別表第2(第19条関係){second}"), "")]);
    assert_eq!(kaimebun(&old, &new), ["別表第2を削る。"]);
}

fn articles_mut(reg: &mut Regulation) -> impl Iterator<Item = &mut Article> {
    reg.chapters.iter_mut().flat_map(|c| &mut c.sections).flat_map(|s| &mut s.articles)
}

/// 上尾 with a new article in 第`chapter`章 at `position` of its articles, the later ones moved down.
fn ageo_with_article(chapter: u32, position: usize) -> (Regulation, Regulation) {
    let old = load_str("old.md", AGEO).unwrap();
    let mut new = old.clone();
    let c = new.chapters.iter().position(|c| c.number.as_ref().unwrap().main == chapter).unwrap();
    let section = &new.chapters[c].sections[0];
    let number = match section.articles.get(position) {
        Some(a) => a.number.main,
        None => section.articles.last().unwrap().number.main + 1,
    };
    for a in articles_mut(&mut new).filter(|a| a.number.main >= number) {
        a.number.main += 1;
        a.label = article_label(&a.number);
    }
    let number = Number { main: number, branches: vec![] };
    new.chapters[c].sections[0].articles.insert(
        position,
        Article {
            id: "art-new".into(),
            label: article_label(&number),
            number,
            caption: Some("記録".into()),
            paragraphs: vec![Paragraph {
                number: 1,
                text: "保護管理者は、その結果を記録する。".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
    );
    (old, new)
}

#[test]
fn an_article_added_at_the_end_of_a_chapter_names_the_chapter() {
    // 第11章 is 第37条〜第39条, 第12章 第40条〜第42条.
    let (old, new) = ageo_with_article(11, 3);
    assert_eq!(
        kaimebun(&old, &new),
        [
            "第４０条から第４２条までを１条ずつ繰り下げ、第１１章中第３９条の次に次の１条を加える。",
            "（記録）",
            "第４０条　保護管理者は、その結果を記録する。"
        ]
    );
    let (old, new) = ageo_with_article(12, 3);
    assert_eq!(
        kaimebun(&old, &new),
        ["第１２章中第４２条の次に次の１条を加える。", "（記録）", "第４３条　保護管理者は、その結果を記録する。"]
    );
}

#[test]
fn an_article_added_at_the_start_of_a_chapter_names_the_chapter() {
    let (old, new) = ageo_with_article(12, 0);
    assert_eq!(
        kaimebun(&old, &new),
        [
            "第４０条から第４２条までを１条ずつ繰り下げ、第１２章中第４１条の前に次の１条を加える。",
            "（記録）",
            "第４０条　保護管理者は、その結果を記録する。"
        ]
    );
}

#[test]
fn a_caption_replaced_whole() {
    let (old, new) = versions(AGEO, &[("（監査責任者）", "（点検の担当）")]);
    assert_eq!(kaimebun(&old, &new), ["第６条の見出しを「（点検の担当）」に改める。"]);
}

#[test]
fn apply_reads_a_paragraph_replaced_whole() {
    // 第3条 has two 項; the first is replaced by a text that shares little with it.
    let first = "法第６６条第１項の規定に基づき総括保護管理者を一人置くこととし、副市長をもって充てる。";
    let (old, new) = versions(AGEO, &[(first, "市長は、総括保護管理者を指名する。")]);
    round_trip(&old, &new, "第3条第1項を次のように改める。\n　市長は、総括保護管理者を指名する。\n");
    let second = "２　保護管理者は、各課等における保有個人情報等の適切な管理を確保する任に当たる。";
    let (old, new) = versions(AGEO, &[(second, "２　保護管理者は、保護担当者を指導する。")]);
    round_trip(&old, &new, "第４条第２項を次のように改める。\n２　保護管理者は、保護担当者を指導する。\n");
}

#[test]
fn apply_reads_hand_written_captions_titles_and_supplementary_forms() {
    let (old, new) = versions(AGEO, &[("（監査責任者）", "（監査の責任者）")]);
    round_trip(&old, &new, "第六条の見出しを「（監査の責任者）」に改める。\n");
    let (old, new) =
        versions(AGEO, &[("title: 保有個人情報等の管理に関する要領", "title: 保有個人情報等の管理に関する要綱")]);
    round_trip(&old, &new, "題名を次のように改める。\n保有個人情報等の管理に関する要綱\n");
    let (old, new) = versions(NISHIIZU, &[(SUPPL, "附則\nこの規程は、令和2年9月1日から施行する。\n")]);
    round_trip(&old, &new, "附則を次のように改める。\n　この規程は、令和2年9月1日から施行する。\n");
}

#[test]
fn annex_sentences_that_do_not_apply_name_what_is_missing() {
    let old = load_str("old.md", NISHIIZU).unwrap();
    let err = |text: &str| format!("{:#}", apply(&old, text).unwrap_err());
    assert_eq!(err("附則第2項を削る。\n"), "改め文 1行「附則第2項を削る。」: 附則第2項がありません");
    assert_eq!(err("別表第3を削る。\n"), "改め文 1行「別表第3を削る。」: 別表第3がありません");
    assert_eq!(
        err("別表第1中「慎重な本人確認」を「確実な本人確認」に改める。\n"),
        "改め文 1行「別表第1中「慎重な本人確認」を「確実な本人確認」に改める。」: 別表第1に「慎重な本人確認」がありません"
    );
    assert_eq!(
        err("第4章中第38条の次に次の1条を加える。\n　（雑則）\n第39条　この規程に定めるもののほか、必要な事項は、別に定める。\n"),
        "改め文 1行「第4章中第38条の次に次の1条を加える。」: 第38条は第4章にありません"
    );
}

/// An appendix's numbered parts are read from its text: a 改め文 that
/// edits the words of a part (a 別表 of numbered text, no table) is read in
/// the part's text after it is applied.
#[test]
fn an_edited_appendix_is_read_from_its_edited_text() {
    let text = "---\nid: shiken\ntitle: 試験町要綱\n---\n第1条 措置は、別表のとおりとする。\n\
                別表（第1条関係）\n１　記録\n課長は、利用状況を記録し、１年間保存する。\n２　研修\n課長は、研修を行う。\n";
    let old = load_str("old.md", text).unwrap();
    assert_eq!(old.appendices[0].cited_rows()[0].text, "課長は、利用状況を記録し、１年間保存する。");
    let applied = apply(&old, "別表中「１年間」を「５年間」に改める。").unwrap_or_else(|e| panic!("{e:#}"));
    let parts: Vec<(String, String)> =
        applied.appendices[0].cited_rows().iter().map(|r| (r.label.clone(), r.text.clone())).collect();
    assert_eq!(
        parts,
        [
            ("別表1".to_string(), "課長は、利用状況を記録し、５年間保存する。".to_string()),
            ("別表2".to_string(), "課長は、研修を行う。".to_string())
        ]
    );
}
