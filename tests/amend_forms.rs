//! 改め文: one test per form, on constructed amendments of the shipped
//! regulations. Each expected sentence was written by hand from 法制執務
//! conventions before the generator was run; every test also checks the
//! round trip apply(OLD, kaimebun(OLD, NEW)) == NEW.
use reiki::amend::{apply::apply, kaimebun::generate, provisions_text, without_whitespace, Kaimebun};
use reiki::model::Regulation;
use reiki::source::load_str;

const AGEO: &str = include_str!("../regulations/ageo-kanri-yoryo.md");

/// The shipped 上尾市 要領 and a copy with `edits` (search, replacement) made to its text.
fn versions(edits: &[(&str, &str)]) -> (Regulation, Regulation) {
    let mut text = AGEO.to_string();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "test edit {from:?} must be unique in the file");
        text = text.replacen(from, to, 1);
    }
    let old = load_str("regulations/ageo-kanri-yoryo.md", AGEO).unwrap();
    let new = load_str("new/ageo-kanri-yoryo.md", &text).unwrap();
    (old, new)
}

/// Generates the 改め文, checks the round trip, and returns its sentences with their bodies.
fn kaimebun(old: &Regulation, new: &Regulation) -> (Kaimebun, Vec<String>) {
    let km = generate(old, new).unwrap_or_else(|e| panic!("{e:#}"));
    let applied = apply(old, &km.to_text()).unwrap();
    assert_eq!(without_whitespace(&provisions_text(&applied)), without_whitespace(&provisions_text(new)), "round trip");
    let lines = km.sentences.iter().flat_map(|s| std::iter::once(s.text.clone()).chain(s.body.iter().cloned())).collect();
    (km, lines)
}

#[test]
fn title_line_enactment_and_supplementary_skeleton() {
    let (old, new) = versions(&[("監査責任者を一人置くこととし、総務部長をもって充てる。", "監査責任者を一人置くこととし、副市長をもって充てる。")]);
    let (km, lines) = kaimebun(&old, &new);
    assert_eq!(km.title, "保有個人情報等の管理に関する要領の一部を改正する要領");
    assert_eq!(km.enactment, "保有個人情報等の管理に関する要領の一部を次のように改正する。");
    assert_eq!(km.supplementary, vec!["この要領は、令和　年　月　日から施行する。"]);
    assert_eq!(lines, vec!["第6条中「総務部長」を「副市長」に改める。"]);
}

#[test]
fn two_changes_in_one_article_are_one_sentence_in_text_order() {
    let (old, new) = versions(&[("耐火金庫への保管", "耐火書庫への保管"), ("持ち出す場合には、原則として、パスワード等", "持ち出す場合には、必ず、パスワード等")]);
    let (_, lines) = kaimebun(&old, &new);
    assert_eq!(lines, vec!["第12条中「耐火金庫」を「耐火書庫」に改め、「原則として」を「必ず」に改める。"]);
}

#[test]
fn deleted_words() {
    let (old, new) = versions(&[("誤交付、又はウェブサイト等への誤掲載を防止", "誤交付を防止")]);
    let (_, lines) = kaimebun(&old, &new);
    assert_eq!(lines, vec!["第13条中「、又はウェブサイト等への誤掲載」を削る。"]);
}

#[test]
fn added_words_go_below_the_word_before_them() {
    let (old, new) = versions(&[("保護管理者の指示に従い、当該保有個人情報等の復元", "保護管理者の指示に従い、速やかに、当該保有個人情報等の復元")]);
    let (_, lines) = kaimebun(&old, &new);
    // IPADIC reads に従い as one particle, so the word before is 指示に従い、.
    assert_eq!(lines, vec!["第14条中「指示に従い、」の下に「速やかに、」を加える。"]);
}

#[test]
fn a_span_not_unique_in_the_article_names_the_paragraph() {
    // 「第１項」 is in both 項 of 第3条; only the second changes.
    let (old, new) = versions(&[("総括保護管理者は、法第６６条第１項の規定", "総括保護管理者は、法第６６条第２項の規定")]);
    let (_, lines) = kaimebun(&old, &new);
    assert_eq!(lines, vec!["第3条第2項中「第１項」を「第２項」に改める。"]);
}

#[test]
fn caption_words() {
    let (old, new) = versions(&[("（誤送付等の防止）", "（誤送付等の防止措置）")]);
    let (_, lines) = kaimebun(&old, &new);
    assert_eq!(lines, vec!["第13条の見出し中「防止」を「防止措置」に改める。"]);
}

#[test]
fn chapter_name() {
    let (old, new) = versions(&[("第１２章　監査及び点検の実施", "第１２章　監査及び点検")]);
    let (_, lines) = kaimebun(&old, &new);
    assert_eq!(lines, vec!["第12章の章名中「の実施」を削る。"]);
}
