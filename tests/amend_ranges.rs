//! 改め文 ranges (「第39条から第42条までを1条ずつ繰り下げ」, 「第37条及び第38条を削り」)
//! and wording merged into the renumbering chain (「第40条中「A」を「B」に改め、同条を第41条とし」),
//! on constructed amendments of the shipped 上尾市 要領 (42 articles, 第12章 = 第40条〜第42条).
//! Each expected 改め文 was written by hand from 法制執務 conventions first;
//! every test checks the round trip apply(OLD, kaimebun(OLD, NEW)) == NEW.
use reiki::amend::{apply::apply, kaimebun::generate, provisions_text, without_whitespace};
use reiki::model::{Article, Number, Paragraph, Regulation};
use reiki::parse::load_str;
use reiki::text::numerals::article_label;

const AGEO: &str = include_str!("../regulations/ageo-kanri-yoryo.md");

fn ageo() -> Regulation {
    load_str("regulations/ageo-kanri-yoryo.md", AGEO).unwrap()
}

fn articles_mut(reg: &mut Regulation) -> impl Iterator<Item = &mut Article> {
    reg.chapters.iter_mut().flat_map(|c| &mut c.sections).flat_map(|s| &mut s.articles)
}

/// Moves every article numbered above `from` (no 枝番) by `shift`.
fn shift_from(reg: &mut Regulation, from: u32, shift: i32) {
    for a in articles_mut(reg).filter(|a| a.number.main > from) {
        a.number.main = (a.number.main as i32 + shift) as u32;
        a.label = article_label(&a.number);
    }
}

fn article(main: u32, caption: &str, text: &str) -> Article {
    let number = Number { main, branches: vec![] };
    Article {
        id: format!("art-{main}"),
        label: article_label(&number),
        number,
        caption: Some(caption.into()),
        paragraphs: vec![Paragraph { number: 1, text: text.into(), ..Paragraph::default() }],
        ..Article::default()
    }
}

/// A new article inserted after 第`after`条 (in the same section), the later ones moved down.
fn insert_after(reg: &mut Regulation, after: u32, caption: &str, text: &str) {
    shift_from(reg, after, 1);
    for s in reg.chapters.iter_mut().flat_map(|c| &mut c.sections) {
        if let Some(at) = s.articles.iter().position(|a| a.number.main == after) {
            s.articles.insert(at + 1, article(after + 1, caption, text));
            return;
        }
    }
    panic!("no article {after}");
}

/// Articles 第`first`条 to 第`last`条 deleted, the later ones moved up.
fn delete(reg: &mut Regulation, first: u32, last: u32) {
    for s in reg.chapters.iter_mut().flat_map(|c| &mut c.sections) {
        s.articles.retain(|a| !(first..=last).contains(&a.number.main));
    }
    shift_from(reg, last, -((last - first + 1) as i32));
}

/// Replaces `from` (unique) in 第`main`条's text.
fn reword(reg: &mut Regulation, main: u32, from: &str, to: &str) {
    let a = articles_mut(reg).find(|a| a.number.main == main).unwrap();
    let p = a.paragraphs.iter_mut().find(|p| p.text.contains(from)).unwrap();
    assert_eq!(p.text.matches(from).count(), 1);
    p.text = p.text.replacen(from, to, 1);
}

/// The generated sentences and body lines, after checking the round trip.
fn kaimebun(old: &Regulation, new: &Regulation) -> Vec<String> {
    let km = generate(old, new).unwrap_or_else(|e| panic!("{e:#}"));
    round_trip(old, new, &km.to_text());
    km.sentences.iter().flat_map(|s| std::iter::once(s.text.clone()).chain(s.body.iter().cloned())).collect()
}

fn round_trip(old: &Regulation, new: &Regulation, amendment: &str) {
    let applied = apply(old, amendment).unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(without_whitespace(&provisions_text(&applied)), without_whitespace(&provisions_text(new)));
}

const NEW_ARTICLE: &str = "保護管理者は、前条の手続の結果を記録するものとする。";

#[test]
fn a_run_moved_down_is_one_range() {
    let old = ageo();
    let mut new = old.clone();
    insert_after(&mut new, 38, "記録", NEW_ARTICLE);
    assert_eq!(
        kaimebun(&old, &new),
        [
            "第３９条から第４２条までを１条ずつ繰り下げ、第３８条の次に次の１条を加える。",
            "（記録）",
            &format!("第３９条　{NEW_ARTICLE}"),
        ]
    );
}

#[test]
fn two_deleted_articles_and_a_run_moved_up() {
    let old = ageo();
    let mut new = old.clone();
    delete(&mut new, 37, 38);
    assert_eq!(kaimebun(&old, &new), ["第３７条及び第３８条を削り、第３９条から第４２条までを２条ずつ繰り上げる。"]);
}

#[test]
fn three_deleted_articles_are_a_range() {
    let old = ageo();
    let mut new = old.clone();
    delete(&mut new, 3, 5);
    assert_eq!(kaimebun(&old, &new), ["第３条から第５条までを削り、第６条から第４２条までを３条ずつ繰り上げる。"]);
}

#[test]
fn an_amended_article_is_amended_then_renumbered_in_the_chain() {
    let old = ageo();
    let mut new = old.clone();
    insert_after(&mut new, 38, "記録", NEW_ARTICLE);
    reword(&mut new, 41, "その結果を総括保護管理者に報告", "その結果を副市長に報告");
    assert_eq!(
        kaimebun(&old, &new),
        [
            "第４２条を第４３条とし、第４１条を第４２条とし、第４０条中「総括保護管理者」を「副市長」に改め、同条を第４１条とし、第３９条を第４０条とし、第３８条の次に次の１条を加える。",
            "（記録）",
            &format!("第３９条　{NEW_ARTICLE}"),
        ]
    );
}

#[test]
fn moving_up_the_amended_article_follows_the_deletion() {
    let old = ageo();
    let mut new = old.clone();
    delete(&mut new, 37, 37);
    reword(&mut new, 38, "実施機関は、", "市長は、");
    assert_eq!(
        kaimebun(&old, &new),
        ["第３７条を削り、第３８条を第３７条とし、第３９条中「実施機関」を「市長」に改め、同条を第３８条とし、第４０条から第４２条までを１条ずつ繰り上げる。"]
    );
}

#[test]
fn apply_reads_hand_written_ranges_in_kanji_and_standalone() {
    let old = ageo();
    let mut new = old.clone();
    insert_after(&mut new, 38, "記録", NEW_ARTICLE);
    let amendment = format!(
        "第四十条から第四十二条までを一条ずつ繰り下げる。\n第三十九条を第四十条とする。\n\
         第三十八条の次に次の一条を加える。\n　（記録）\n第３９条　{NEW_ARTICLE}\n"
    );
    round_trip(&old, &new, &amendment);

    let mut gone = old.clone();
    delete(&mut gone, 3, 5);
    round_trip(&old, &gone, "第3条から第5条までを削る。\n第6条から第42条までを3条ずつ繰り上げる。\n");
}

#[test]
fn a_range_that_does_not_apply_names_the_sentence() {
    let old = ageo();
    let err = apply(&old, "第40条から第45条までを1条ずつ繰り下げる。\n").unwrap_err();
    assert_eq!(format!("{err:#}"), "改め文 1行「第40条から第45条までを1条ずつ繰り下げる。」: 第45条がありません");
    let err = apply(&old, "第39条から第41条までを1条ずつ繰り下げる。\n").unwrap_err();
    assert_eq!(format!("{err:#}"), "改め文 1行「第39条から第41条までを1条ずつ繰り下げる。」: 第42条は既にあります");
}
