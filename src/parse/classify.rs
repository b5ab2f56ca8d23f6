//! What a cleaned line is: a 章/節 heading, an article, a caption, a 項 or
//! 号 in any label style, 附則, 別表/様式, a table row, a 沿革 note, or text.
use once_cell::sync::Lazy;
use regex::Regex;

use super::labels::{
    classify_article, closing_len, continues_reference, is_space, matching_bracket, prefix_len, scan_label,
};
use super::lines::{head, trim_layout, SP};
use crate::model::Number;
use crate::text::kinds;
use crate::text::numerals::{circled_value, kana_position, parse_number, AIUEO, IROHA, NUMERALS};

/// Style of an item label; items of one style are siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ItemStyle {
    /// (1) （１）
    ParenDigit,
    /// 一 二
    Kanji,
    /// （一）
    ParenKanji,
    /// イ ロ ハ
    KanaIroha,
    /// ア イ ウ
    KanaAiueo,
    /// (ア) （イ）
    ParenKana,
    /// (a)
    ParenAlpha,
    /// a　ｂ　(a bare Latin letter: 目 under a 号 in some cities' style)
    Alpha,
    /// ① ②
    Circled,
    /// ⑴ ⑵ (one character each)
    ParenthesizedDigit,
    /// 1) 2)
    HalfParenDigit,
    /// 1.1 1.2 (a standard's sub-numbers in a 基準 or a 要領 numbered 1, 2)
    Decimal,
    /// 1.1.1 1.1.2 (one level further)
    DecimalSub,
    /// ・ ●
    Bullet,
}

/// What a line is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    /// 目次
    TocHeading,
    /// 第2章 / 第1節 heading; `range` is an article range in brackets (a 目次 entry).
    Heading {
        level: HeadingLevel,
        number: Number,
        title: String,
        range: Option<String>,
    },
    Article {
        number: Number,
        /// Numbered 第１ without 条 (see `labels::classify_bare_article`).
        bare: bool,
        caption: Option<String>,
        text: String,
    },
    /// A whole-line bracketed caption: （趣旨）
    Caption(String),
    /// A whole-line 沿革 note: (令5訓令1・一部改正)
    Note(String),
    Paragraph {
        number: u32,
        text: String,
    },
    /// `kana` is the label's katakana, whose number depends on the list's order.
    Item {
        style: ItemStyle,
        label: String,
        number: Option<u32>,
        kana: Option<char>,
        text: String,
    },
    /// 附則 / 付則, with the bracketed part of the heading.
    Supplementary {
        bracket: Option<String>,
    },
    Appendix {
        label: String,
        relation: Option<String>,
        title: Option<String>,
    },
    TableRow(Vec<String>),
    /// A web-page line (contact, PDF reader notice …), not regulation text.
    WebTrailer,
    /// 第1編 / 第1款 headings: structure the model does not keep.
    MinorHeading,
    /// "第5条から第7条まで　削除": several deleted articles on one line.
    DeletedArticles(Vec<Number>),
    /// Anything else: running text (the line's own text).
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HeadingLevel {
    Chapter,
    Section,
}

static RANGE: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"[（(](第{NUMERALS}条[^（）()]*)[）)]$")).unwrap());
/// A paragraph or top-level number has at most three digits: "１２３４　年"
/// starting a line is a year or an amount, not a number of a provision.
const MAX_PARAGRAPH_DIGITS: usize = 3;
/// 1) / １） items (half bracket).
static HALF_PAREN_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([0-9０-９]{{1,3}}[）)]){SP}*")).unwrap());
/// 1.1 / １．２ / 1.2.3 items: each part at most three digits, then a space
/// (「1.5倍」 is no label).
static DECIMAL_ITEM: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"^([0-9０-９]{{1,3}}(?:[.．][0-9０-９]{{1,3}}){{1,2}})[.．]?{SP}+")).unwrap());
static PAREN_ITEM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^([（(]([0-9０-９]{{1,3}}|[一二三四五六七八九十]+|[ア-ン]|[a-zａ-ｚ])[）)]){SP}*")).unwrap()
});
static KANJI_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([一二三四五六七八九十]+){SP}+")).unwrap());
static KANA_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([ア-ン])(?:{SP}+|[.．、]{SP}*)")).unwrap());
/// "ａ　紙の文書": one letter and a space (a word such as "as" does not match).
static ALPHA_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([a-zａ-ｚ])(?:{SP}+|[.．]{SP}*)")).unwrap());
static CIRCLED_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([①-⑳]){SP}*")).unwrap());
static BULLET_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([・•●]){SP}*")).unwrap());
static SUPPLEMENTARY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^[附付]{SP}*則{SP}*([（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)])?{SP}*(?:抄)?$"))
        .unwrap()
});
static APPENDIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(別表|別記様式|別記|様式|別図|別紙)({SP}*第?{NUMERALS}(?:号)?(?:の{NUMERALS})?)?{SP}*([（(](?:[^（）()]|[（(][^（）()]*[）)])*関係[）)])?"
    ))
    .unwrap()
});
static NOTE_BODY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:[明大昭平令](?:治|正|和|成)?[元0-9０-９一二三四五六七八九十]).*(?:改正|追加|削除|全改|繰下|繰上|旧第|制定)").unwrap()
});
static WEB_TRAILER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:このページ|お問い?合わ?せ|問い?合わ?せ先|PDF形式|Adobe|電話番号|電話[:：]|ファクス|ファックス|FAX[:：]|メール[:：]|〒|関連リンク|ページの先頭|よくある質問|情報発信元|より良いウェブサイト|Copyright|©)").unwrap()
});

/// Separators of a web page's breadcrumb trail (「深山市例規集 > 第2編
/// 執行機関 > 第6章 監査委員 > …規程」).
const BREADCRUMB_SEPARATORS: &[char] = &['>', '＞', '›', '»', '≫'];

/// Separators of a menu bar of links (「本文 ｜ 別表 ｜ 沿革」).
const MENU_SEPARATORS: &[char] = &['|', '｜'];

/// Longest entry of a menu bar, in characters: 12, as 「文字サイズ 標準 大」.
const MENU_ENTRY_MAX_CHARS: usize = 12;

/// Whether `text`, a line before a rule's first provision, is the
/// navigation a 例規集's page prints around the rule and keeps when saved
/// as text: a breadcrumb trail (three or more parts joined by one of
/// `BREADCRUMB_SEPARATORS`), a menu bar (short entries joined by one of
/// `MENU_SEPARATORS`), the page's text-size control (文字サイズ…) or the
/// site's name alone (「岬町例規集」). No title, date, number, 改正 note or
/// 前文 of a rule is written so.
pub(super) fn is_site_navigation(text: &str) -> bool {
    let text = text.trim();
    let parts = |seps: &[char]| text.split(seps).map(str::trim).collect::<Vec<_>>();
    let breadcrumb = BREADCRUMB_SEPARATORS.iter().any(|&sep| {
        let parts = parts(&[sep]);
        parts.len() >= 3 && parts.iter().all(|p| !p.is_empty())
    });
    let menu = parts(MENU_SEPARATORS);
    let menu_bar = menu.len() >= 2 && menu.iter().all(|p| !p.is_empty() && p.chars().count() <= MENU_ENTRY_MAX_CHARS);
    let site_name = text.ends_with("例規集") && !text.contains([' ', '\u{3000}']);
    breadcrumb || menu_bar || site_name || text.starts_with("文字サイズ")
}

/// Classifies one cleaned line.
pub(super) fn classify(text: &str) -> Kind {
    if text.contains('\t') {
        if let Some(kind) = classify_tabbed(text) {
            return kind;
        }
    }
    if text.contains('|') {
        let cells = pipe_cells(text);
        if cells.len() >= 2 {
            return Kind::TableRow(cells);
        }
    }
    let first = text.chars().next().unwrap_or(' ');
    match first {
        '第' => {
            if let Some(kind) = classify_article(text) {
                return kind;
            }
            if let Some(kind) = classify_heading(text) {
                return kind;
            }
        }
        '目' if is_toc_heading(text) => return Kind::TocHeading,
        '附' | '付' => {
            if let Some(c) = SUPPLEMENTARY.captures(text) {
                return Kind::Supplementary { bracket: c.get(1).map(|m| m.as_str().to_string()) };
            }
        }
        '別' | '様' => {
            if let Some(kind) = classify_appendix(text) {
                return kind;
            }
        }
        '(' | '（' => {
            if let Some(kind) = classify_bracketed(text) {
                return kind;
            }
        }
        '0'..='9' | '０'..='９' => {
            if text.contains([')', '）']) {
                if let Some(c) = HALF_PAREN_ITEM.captures(head(text)) {
                    let rest = &text[c.get(0).unwrap().end()..];
                    let number = parse_number(c[1].trim_end_matches([')', '）']));
                    if !rest.is_empty() {
                        let label = c[1].to_string();
                        return Kind::Item {
                            style: ItemStyle::HalfParenDigit,
                            label,
                            number,
                            kana: None,
                            text: rest.to_string(),
                        };
                    }
                }
            }
            if let Some(kind) = classify_decimal_item(text) {
                return kind;
            }
            // "2 text", "２　text", "2. text" (hand-written: the commonest line).
            let digits = prefix_len(text, is_digit);
            // Counted in characters: １０ is six bytes.
            if (1..=MAX_PARAGRAPH_DIGITS).contains(&text[..digits].chars().count()) {
                let after = &text[digits..];
                let (after, period) = match after.strip_prefix(['.', '．']) {
                    Some(after) => (after, true),
                    None => (after, false),
                };
                let spaces = prefix_len(after, is_space);
                let rest = &after[spaces..];
                // After a period the space may be left out (「１．目的」, as
                // Word numbers a 要領), but not before a digit (1.5倍).
                let separated = spaces > 0 || (period && !rest.starts_with(is_digit));
                if separated && !rest.is_empty() {
                    if let Some(number) = parse_number(&text[..digits]) {
                        return Kind::Paragraph { number, text: rest.to_string() };
                    }
                }
            }
        }
        _ => {}
    }
    if let Some(kind) = classify_unbracketed_item(text) {
        return kind;
    }
    if is_web_trailer(text) {
        return Kind::WebTrailer;
    }
    Kind::Text
}

/// 「1.1　受託者は、…」: numbered by its last part, a level deeper per part.
fn classify_decimal_item(text: &str) -> Option<Kind> {
    let c = DECIMAL_ITEM.captures(head(text))?;
    let label = c[1].to_string();
    let rest = &text[c.get(0)?.end()..];
    let parts: Vec<&str> = label.split(['.', '．']).collect();
    let style = if parts.len() == 2 { ItemStyle::Decimal } else { ItemStyle::DecimalSub };
    let number = parse_number(parts.last()?);
    (!rest.is_empty()).then(|| Kind::Item { style, number, label, kana: None, text: rest.to_string() })
}

/// A half-width or full-width digit.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn is_toc_heading(text: &str) -> bool {
    text.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}').eq("目次".chars())
}

/// A tab-separated line is a table row unless it is just "label<TAB>text".
fn classify_tabbed(text: &str) -> Option<Kind> {
    let cells: Vec<String> = text.split('\t').map(|c| trim_layout(c).to_string()).collect();
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    if filled <= 2 {
        let joined = cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" ");
        let kind = classify(&joined);
        if kind != Kind::Text || filled == 1 {
            return Some(kind);
        }
    }
    Some(Kind::TableRow(cells))
}

/// Cells of a pipe-table line; None-like (empty) for separator rows.
fn pipe_cells(text: &str) -> Vec<String> {
    let mut cells: Vec<String> = text.split('|').map(|c| trim_layout(c).to_string()).collect();
    if cells.first().is_some_and(|c| c.is_empty()) {
        cells.remove(0);
    }
    if cells.last().is_some_and(|c| c.is_empty()) {
        cells.pop();
    }
    if cells.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) {
        return Vec::new();
    }
    cells
}

/// True when `text` is a markdown table separator row (|---|---|).
pub(super) fn is_table_separator(text: &str) -> bool {
    text.contains('|') && text.contains('-') && text.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

fn classify_heading(text: &str) -> Option<Kind> {
    let (number, unit, end) = scan_label(text, &['章', '節', '款', '編'])?;
    let rest = &text[end..];
    if let Some(first) = rest.chars().next() {
        // "第1章総則" has no space; "第1章の規定" is a reference.
        if !(first.is_whitespace() || first == '\u{3000}') && continues_reference(first) {
            return None;
        }
    }
    let level = match unit {
        '章' => HeadingLevel::Chapter,
        '節' => HeadingLevel::Section,
        // 編 above 章 and 款 below 節 have no place in the model.
        _ => return (!trim_layout(rest).contains('。')).then_some(Kind::MinorHeading),
    };
    let mut title = trim_layout(rest).to_string();
    if title.contains('。') {
        return None;
    }
    let mut range = None;
    if let Some(r) = RANGE.captures(&title) {
        range = Some(r[1].to_string());
        let cut = r.get(0).unwrap().start();
        title = trim_layout(&title[..cut]).to_string();
    }
    Some(Kind::Heading { level, number, title, range })
}

fn classify_appendix(text: &str) -> Option<Kind> {
    let c = APPENDIX.captures(head(text))?;
    let number = c.get(2).map(|m| trim_layout(m.as_str())).unwrap_or("");
    let relation = c.get(3).map(|m| m.as_str().to_string());
    let rest = &text[c.get(0).unwrap().end()..];
    if !rest.is_empty() {
        let starts_spaced = rest.starts_with(|ch: char| ch.is_whitespace() || ch == '\u{3000}');
        if !(starts_spaced || relation.is_some()) || rest.contains('。') || rest.chars().count() > 60 {
            return None;
        }
    }
    if number.is_empty() && relation.is_none() && !rest.is_empty() && &c[1] != "別記" {
        // "様式 …" without number or relation is ordinary text.
        return None;
    }
    let title = trim_layout(rest);
    Some(Kind::Appendix {
        label: format!("{}{}", &c[1], number),
        relation,
        title: (!title.is_empty()).then(|| title.to_string()),
    })
}

/// Lines starting with a bracket: numbered items, 沿革 notes, captions.
fn classify_bracketed(text: &str) -> Option<Kind> {
    if let Some(c) = PAREN_ITEM.captures(head(text)) {
        let label = c[1].to_string();
        let inner = &c[2];
        let body = text[c.get(0).unwrap().end()..].to_string();
        let ch = inner.chars().next()?;
        let (style, number, kana) = if let Some(n) = parse_number(inner) {
            if is_digit(ch) {
                (ItemStyle::ParenDigit, Some(n), None)
            } else {
                (ItemStyle::ParenKanji, Some(n), None)
            }
        } else if ('ア'..='ン').contains(&ch) {
            (ItemStyle::ParenKana, kana_position(AIUEO, ch), None)
        } else {
            let n = if ch.is_ascii_lowercase() { ch as u32 - 'a' as u32 + 1 } else { ch as u32 - 'ａ' as u32 + 1 };
            (ItemStyle::ParenAlpha, Some(n), None)
        };
        // (1)(2) with no text is not an item worth keeping apart from a caption check.
        return Some(Kind::Item { style, label, number, kana, text: body });
    }
    let close = matching_bracket(text)?;
    if close + closing_len(text, close) != text.len() {
        return None; // text continues after the bracket
    }
    let inner = trim_layout(&text[text.chars().next()?.len_utf8()..close]);
    if inner.is_empty() {
        return None;
    }
    if NOTE_BODY.is_match(inner) {
        return Some(Kind::Note(text.to_string()));
    }
    if inner.chars().count() <= 60 && !has_top_level_period(inner) {
        return Some(Kind::Caption(inner.to_string()));
    }
    None
}

/// A 。 outside nested brackets: （個人情報（…を含む。）の管理） is a caption,
/// （以下「法」という。） is not.
fn has_top_level_period(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '(' | '（' | '「' => depth += 1,
            ')' | '）' | '」' => depth -= 1,
            '。' if depth <= 0 => return true,
            _ => {}
        }
    }
    false
}

fn classify_unbracketed_item(text: &str) -> Option<Kind> {
    let first = text.chars().next()?;
    let item = |style, label: &str, number, kana, end: usize| {
        let body = &text[end..];
        (!body.is_empty()).then(|| Kind::Item { style, label: label.to_string(), number, kana, text: body.to_string() })
    };
    let text_head = head(text);
    match first {
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' => {
            let c = KANJI_ITEM.captures(text_head)?;
            item(ItemStyle::Kanji, &c[1], parse_number(&c[1]), None, c.get(0)?.end())
        }
        'ア'..='ン' => {
            let c = KANA_ITEM.captures(text_head)?;
            let ch = c[1].chars().next()?;
            if kana_position(IROHA, ch).is_none() && kana_position(AIUEO, ch).is_none() {
                return None;
            }
            item(ItemStyle::KanaAiueo, &c[1], None, Some(ch), c.get(0)?.end())
        }
        'a'..='z' | 'ａ'..='ｚ' => {
            let c = ALPHA_ITEM.captures(text_head)?;
            let ch = c[1].chars().next()?;
            let base = if ch.is_ascii_lowercase() { 'a' } else { 'ａ' };
            item(ItemStyle::Alpha, &c[1], Some(ch as u32 - base as u32 + 1), None, c.get(0)?.end())
        }
        '①'..='⑳' => {
            let c = CIRCLED_ITEM.captures(text_head)?;
            item(ItemStyle::Circled, &c[1], circled_value(first), None, c.get(0)?.end())
        }
        '⑴'..='⒇' => {
            let rest = trim_layout(&text[first.len_utf8()..]);
            let number = first as u32 - '⑴' as u32 + 1;
            (!rest.is_empty()).then(|| Kind::Item {
                style: ItemStyle::ParenthesizedDigit,
                label: first.to_string(),
                number: Some(number),
                kana: None,
                text: rest.to_string(),
            })
        }
        '・' | '•' | '●' => {
            let c = BULLET_ITEM.captures(text_head)?;
            item(ItemStyle::Bullet, &c[1], None, None, c.get(0)?.end())
        }
        _ => None,
    }
}

/// Splits a trailing 沿革 note off a text: "…する。(令5訓令1・一部改正)".
pub(super) fn split_trailing_note(text: &str) -> Option<(String, String)> {
    if !(text.ends_with(')') || text.ends_with('）')) {
        return None;
    }
    // Find the bracket that closes at the end.
    let mut depth = 0i32;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' => {
                depth -= 1;
                if depth == 0 {
                    let note = &text[i..];
                    let inner = &note[c.len_utf8()..note.len() - note.chars().last()?.len_utf8()];
                    if NOTE_BODY.is_match(inner) && !inner.contains('「') && i > 0 {
                        return Some((trim_layout(&text[..i]).to_string(), note.to_string()));
                    }
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}

/// The web-trailer test used inside 附則 as well (any line).
pub(super) fn is_web_trailer(text: &str) -> bool {
    WEB_TRAILER.is_match(head(text)) || text.contains("PDF:") || text.contains("PDF：")
}

/// A title line: ends with a regulation kind (規程, 要綱 … optionally （案）),
/// or with a non-kind title word such as 取扱い.
pub(super) fn is_title_like(text: &str) -> bool {
    static TITLE: Lazy<Regex> = Lazy::new(|| {
        let endings = [kinds::RULE_KINDS, kinds::NON_KIND_TITLE_ENDINGS].concat();
        Regex::new(&format!("(?:{})(?:[（(]案[）)])?$", kinds::alternation(&endings))).unwrap()
    });
    text.chars().count() <= 80 && !text.contains('。') && TITLE.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_structure() {
        assert!(matches!(classify("第１条　この要領は"), Kind::Article { .. }));
        assert!(
            matches!(classify("第二十三条の二 職員は"), Kind::Article { number: Number { main: 23, ref branches }, .. } if branches == &vec![2])
        );
        assert!(matches!(classify("第3条の規定により"), Kind::Text));
        assert!(matches!(classify("第3条第2項に規定する"), Kind::Text));
        assert!(
            matches!(classify("第1条(目的) この規則は"), Kind::Article { caption: Some(ref c), .. } if c == "目的")
        );
        assert!(matches!(classify("第１章　総則"), Kind::Heading { level: HeadingLevel::Chapter, .. }));
        assert!(matches!(
            classify("第1節 組織(第4条―第15条)"),
            Kind::Heading { level: HeadingLevel::Section, range: Some(_), .. }
        ));
        assert!(matches!(classify("　（趣旨）".trim_start_matches('　')), Kind::Caption(ref c) if c == "趣旨"));
        assert!(matches!(classify("(令5訓令1・一部改正)"), Kind::Note(_)));
        assert!(matches!(classify("（個人情報（特定個人情報を含む。）の管理）"), Kind::Caption(_)));
        assert!(matches!(classify("（以下「法」という。）"), Kind::Text));
        assert!(matches!(classify("２　総括保護管理者は"), Kind::Paragraph { number: 2, .. }));
        assert!(matches!(classify("3条第3項に規定する"), Kind::Text));
        assert!(matches!(
            classify("（１）地方公務員法"),
            Kind::Item { style: ItemStyle::ParenDigit, number: Some(1), .. }
        ));
        assert!(matches!(classify("一 保有個人情報"), Kind::Item { style: ItemStyle::Kanji, number: Some(1), .. }));
        assert!(matches!(classify("一時的に"), Kind::Text));
        assert!(matches!(classify("イ 書面"), Kind::Item { kana: Some('イ'), .. }));
        assert!(matches!(classify("　　附　則".trim_start_matches('　')), Kind::Supplementary { bracket: None }));
        assert!(matches!(classify("附則(令和5年3月23日規程第1号)"), Kind::Supplementary { bracket: Some(_) }));
        assert!(matches!(classify("付則"), Kind::Supplementary { .. }));
        assert!(matches!(classify("附則第2項の規定"), Kind::Text));
        assert!(matches!(classify("別表第1(第3条関係)"), Kind::Appendix { ref label, .. } if label == "別表第1"));
        assert!(matches!(classify("別表第1に掲げる"), Kind::Text));
        // A relation may cite a place numbered in brackets: 別記3(4).
        assert!(matches!(
            classify("別記様式（別記３（４）関係）"),
            Kind::Appendix { ref label, relation: Some(ref r), title: None } if label == "別記様式" && r == "（別記３（４）関係）"
        ));
        assert!(matches!(classify("区分 | 概要 |"), Kind::TableRow(ref c) if c.len() == 2));
        assert!(matches!(classify("第1章\t総則\t1\t第1条・第2条"), Kind::TableRow(_)));
        assert!(matches!(classify("電話番号:072-228-7439"), Kind::WebTrailer));
        assert!(matches!(classify("目　次"), Kind::TocHeading));
    }

    #[test]
    fn other_styles() {
        assert!(
            matches!(classify("第1章総則"), Kind::Heading { level: HeadingLevel::Chapter, ref title, .. } if title == "総則")
        );
        assert!(matches!(classify("第1章の規定"), Kind::Text));
        assert_eq!(classify("第2款 雑則"), Kind::MinorHeading);
        assert!(matches!(classify("第5条から第7条まで　削除"), Kind::DeletedArticles(ref n) if n.len() == 3));
        assert!(matches!(classify("第5条及び第6条 削除"), Kind::DeletedArticles(ref n) if n.len() == 2));
        assert!(
            matches!(classify("第1条　（目的）　この規則は"), Kind::Article { caption: Some(ref c), ref text, .. } if c == "目的" && text == "この規則は")
        );
        assert!(matches!(classify("第3条 (以下「法」という。)の規定"), Kind::Article { caption: None, .. }));
        assert!(matches!(
            classify("⑵　送信"),
            Kind::Item { style: ItemStyle::ParenthesizedDigit, number: Some(2), .. }
        ));
        assert!(matches!(classify("2) 送信"), Kind::Item { style: ItemStyle::HalfParenDigit, number: Some(2), .. }));
        assert!(matches!(classify("2. 前項の規定"), Kind::Paragraph { number: 2, .. }));
        assert!(matches!(classify("１０　事案の報告"), Kind::Paragraph { number: 10, .. }));
        assert!(matches!(classify("１．目的"), Kind::Paragraph { number: 1, ref text } if text == "目的"));
        assert!(matches!(classify("2.前項の規定"), Kind::Paragraph { number: 2, .. }));
        assert!(matches!(
            classify("1.2　受託者は、従事者の名簿を作成すること。"),
            Kind::Item { style: ItemStyle::Decimal, number: Some(2), ref label, .. } if label == "1.2"
        ));
        assert!(matches!(
            classify("３．１．４　施錠すること。"),
            Kind::Item { style: ItemStyle::DecimalSub, number: Some(4), .. }
        ));
        assert!(matches!(classify("1.5倍の額とする。"), Kind::Text));
        assert!(matches!(classify("１．５倍"), Kind::Text));
        assert!(matches!(classify("１２３　前項"), Kind::Paragraph { number: 123, .. }));
        assert!(matches!(classify("１２３４　年"), Kind::Text));
        assert!(matches!(classify("1.5倍"), Kind::Text));
    }

    #[test]
    fn bare_provisions() {
        // 第１ without 条 (要領, 特記事項): with its text, or a heading.
        assert!(matches!(
            classify("第１　乙は、個人情報を適正に取り扱わなければならない。"),
            Kind::Article { bare: true, number: Number { main: 1, .. }, caption: None, ref text } if text.starts_with("乙は")
        ));
        assert!(matches!(
            classify("第十二　管理体制"),
            Kind::Article { bare: true, number: Number { main: 12, .. }, caption: Some(ref c), ref text } if c == "管理体制" && text.is_empty()
        ));
        assert!(matches!(
            classify("第４の２　点検"),
            Kind::Article { bare: true, number: Number { main: 4, ref branches }, .. } if branches == &vec![2]
        ));
        assert!(
            matches!(classify("第４　削除"), Kind::Article { bare: true, caption: None, ref text, .. } if text == "削除")
        );
        assert!(matches!(classify("第１条　この要領は"), Kind::Article { bare: false, .. }));
        // References and other units are no provisions.
        assert!(matches!(classify("第２の規定により"), Kind::Text));
        assert!(matches!(classify("第１項に規定する"), Kind::Text));
        assert!(matches!(classify("第１"), Kind::Text));
        assert!(!matches!(classify("第1 条　この要領は"), Kind::Article { bare: true, .. }));
    }

    #[test]
    fn trailing_notes() {
        let (text, note) = split_trailing_note("…を定める。(令5訓令1・一部改正)").unwrap();
        assert_eq!(text, "…を定める。");
        assert_eq!(note, "(令5訓令1・一部改正)");
        assert!(split_trailing_note("…(以下「法」という。)").is_none());
    }
}
