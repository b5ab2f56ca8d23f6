//! Use 3 measured on a rule not written for amendments: a drafter's
//! amendment of 北浜市's 規程 (a variant written for the coverage
//! evaluation), `tests/fixtures/amend/kitahama-hogo-kitei-kaiseian.md`,
//! with the changes a legal-affairs office makes at once: a 項 rewritten,
//! words in a 項, a ただし書 added, a post renamed in four articles, a 項
//! deleted, an article added before the last one with the last one's words
//! changed. The rule numbers one-digit articles in full-width and longer
//! ones in half-width (第５条, 第11条), so the 改め文 does. The expected
//! 改め文 was written by hand, from 法制執務 conventions, before reiki was
//! run on this amendment (thirty-first round).
use reiki::amend::{apply::apply, kaimebun::generate, provisions_text, without_whitespace};
use reiki::parse::load_file;

const EXPECTED: &str = "\
第３条第３項を次のように改める。
３　事務取扱担当者は、各課の職員のうちから総括責任者が指定する。
第５条第１項中「毎年度」を「年２回」に改める。
第８条に次のただし書を加える。
ただし、電子計算機室に保管するときは、この限りでない。
第11条中「情報システム管理者」を「システム管理者」に改める。
第12条中「情報システム管理者」を「システム管理者」に改める。
第13条中「情報システム管理者」を「システム管理者」に改める。
第14条中「情報システム管理者」を「システム管理者」に改める。
第18条第２項を削る。
第21条中「総務局長」を「総括責任者」に改め、同条を第22条とし、第20条の次に次の１条を加える。
（研修の記録）
第21条　総括責任者は、第５条第１項の教育訓練の実施状況を記録しなければならない。";

#[test]
fn a_drafters_amendment_of_a_rule_not_written_for_it() {
    let old = load_file("tests/variants/regulations/kitahama-hogo-kitei.md".as_ref()).unwrap();
    let new = load_file("tests/fixtures/amend/kitahama-hogo-kitei-kaiseian.md".as_ref()).unwrap();
    let km = generate(&old, &new).unwrap_or_else(|e| panic!("{e:#}"));
    let lines: Vec<String> =
        km.sentences.iter().flat_map(|s| std::iter::once(s.text.clone()).chain(s.body.iter().cloned())).collect();
    assert_eq!(lines.join("\n"), EXPECTED);
    let applied = apply(&old, &km.to_text()).unwrap();
    assert_eq!(without_whitespace(&provisions_text(&applied)), without_whitespace(&provisions_text(&new)));
}
