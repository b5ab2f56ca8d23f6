//! Structural labels scanned by hand (the hottest patterns of the parser):
//! 第N条(のM), 第N章/節, and the brackets around captions.
use once_cell::sync::Lazy;
use regex::Regex;

use super::classify::Kind;
use super::lines::{trim_layout, SP};
use crate::model::Number;
use crate::text::numerals::{number_label, parse_article_ref, parse_number, NUMERALS};

/// 第3条から第5条まで削除: articles deleted as a range.
static DELETED_RANGE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(第{NUMERALS}条(?:の{NUMERALS})*)(から|及び|・)(第{NUMERALS}条(?:の{NUMERALS})*)(?:まで)?{SP}*削除$"
    ))
    .unwrap()
});

pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{00a0}')
}

/// Length in bytes of the leading run of `text` whose chars satisfy `f`.
pub(super) fn prefix_len(text: &str, f: impl Fn(char) -> bool) -> usize {
    text.char_indices().find(|(_, c)| !f(*c)).map(|(i, _)| i).unwrap_or(text.len())
}

/// Hand-written scan of "第N<unit>(のM)*" (the hottest pattern): the number,
/// the unit found and the byte offset after the label.
pub(super) fn scan_label(text: &str, units: &[char]) -> Option<(Number, char, usize)> {
    let (main, end) = scan_main(text)?;
    let unit = text[end..].chars().next().filter(|u| units.contains(u))?;
    let (branches, pos) = scan_branches(text, end + unit.len_utf8());
    Some((Number { main, branches }, unit, pos))
}

/// "第N" at the start of `text`: N, and the byte offset after it.
fn scan_main(text: &str) -> Option<(u32, usize)> {
    let after = text.strip_prefix('第')?;
    let digits = prefix_len(after, crate::text::numerals::is_numeral_char);
    Some((parse_number(&after[..digits])?, text.len() - after.len() + digits))
}

/// The branch numbers (の2の3) from byte `pos` of `text`, and the offset after them.
fn scan_branches(text: &str, mut pos: usize) -> (Vec<u32>, usize) {
    let mut branches = Vec::new();
    while let Some(rest) = text[pos..].strip_prefix('の') {
        let n = prefix_len(rest, crate::text::numerals::is_numeral_char);
        let Some(b) = (n > 0).then(|| parse_number(&rest[..n])).flatten() else { break };
        branches.push(b);
        pos += 'の'.len_utf8() + n;
    }
    (branches, pos)
}

/// Characters after 第N条 that show a cross reference, not an article start.
pub(super) fn continues_reference(c: char) -> bool {
    matches!(
        c,
        'の' | 'に'
            | 'を'
            | 'は'
            | 'が'
            | 'で'
            | 'と'
            | '、'
            | '。'
            | '及'
            | '又'
            | '並'
            | '若'
            | '第'
            | '各'
            | '前'
            | '後'
            | '中'
            | 'ま'
            | 'か'
            | '・'
            | '－'
            | '―'
            | '—'
            | '～'
            | '〜'
            | 'ー'
    ) || c.is_ascii_digit()
}

pub(super) fn classify_article(text: &str) -> Option<Kind> {
    if text.ends_with("削除") {
        if let Some(c) = DELETED_RANGE.captures(text) {
            let from = parse_article_ref(&c[1])?;
            let to = parse_article_ref(&c[3])?;
            let numbers = if &c[2] == "から"
                && from.branches.is_empty()
                && to.branches.is_empty()
                && from.main < to.main
                && to.main - from.main < 1000
            {
                (from.main..=to.main).map(|main| Number { main, branches: vec![] }).collect()
            } else {
                vec![from, to]
            };
            return Some(Kind::DeletedArticles(numbers));
        }
    }
    let Some((number, _, end)) = scan_label(text, &['条']) else {
        return classify_bare_article(text);
    };
    let rest = &text[end..];
    let Some(first) = rest.chars().next() else {
        return Some(Kind::Article { number, bare: false, caption: None, text: String::new() });
    };
    let spaced = first.is_whitespace() || first == '\u{3000}';
    let rest = if spaced { trim_layout(rest) } else { rest };
    let first = rest.chars().next().unwrap_or(' ');
    if first == '(' || first == '（' {
        // Inline caption: 第1条（目的）この規則は…
        let close = matching_bracket(rest)?;
        let inner = &rest[first.len_utf8()..close];
        let after = &rest[close + closing_len(rest, close)..];
        // "第1条（目的）この…" or "第1条 （目的） この…"; not "(以下「法」という。)".
        let after_spaced = after.is_empty() || after.starts_with(|ch: char| ch.is_whitespace() || ch == '\u{3000}');
        if inner.chars().count() <= 40 && !inner.contains('。') && !inner.contains('「') && (!spaced || after_spaced)
        {
            return Some(Kind::Article {
                number,
                bare: false,
                caption: Some(trim_layout(inner).to_string()),
                text: trim_layout(after).to_string(),
            });
        }
        if !spaced {
            return None;
        }
    }
    if spaced {
        return Some(Kind::Article { number, bare: false, caption: None, text: rest.to_string() });
    }
    if continues_reference(first) {
        return None;
    }
    Some(Kind::Article { number, bare: false, caption: None, text: trim_layout(rest).to_string() })
}

/// The label of an article: 第23条の2, or 第4の2 when it is numbered
/// without 条 (`bare`).
pub(super) fn article_label(number: &Number, bare: bool) -> String {
    if bare {
        format!("第{}", number_label(number, ""))
    } else {
        crate::text::numerals::article_label(number)
    }
}

/// Longest heading line read as a bare provision's caption (第１　趣旨), in
/// characters: the bound an inline caption has (第1条（…）).
const BARE_CAPTION_MAX_CHARS: usize = 40;

/// A provision numbered 第１, 第２ … without 条, as many 要領, 要綱 and
/// contracts' 特記事項 are: 「第１　乙は、…」 with its text, or 「第１　趣旨」,
/// a heading whose text follows on the next lines. The label must be
/// followed by a space: 「第１の規定」 and 「第1項」 are no provisions.
fn classify_bare_article(text: &str) -> Option<Kind> {
    let (main, end) = scan_main(text)?;
    let (branches, pos) = scan_branches(text, end);
    if !text[pos..].starts_with(is_space) {
        return None;
    }
    let rest = trim_layout(&text[pos..]);
    // 「第1 条」 is a label split by a stray space, not a provision of its own.
    if rest.is_empty() || rest.starts_with(['条', '章', '節', '款', '項', '号']) {
        return None;
    }
    let (caption, text) = heading_or_text(rest);
    Some(Kind::Article { number: Number { main, branches }, bare: true, caption, text })
}

/// What follows the number of a provision numbered without 条 (第１, or
/// a 要領's １): a heading whose text follows on the next lines (趣旨), or
/// the provision's text. 「第４　削除」 is a deleted provision, not a heading.
pub(super) fn heading_or_text(rest: &str) -> (Option<String>, String) {
    if rest != "削除" && rest.chars().count() <= BARE_CAPTION_MAX_CHARS && !rest.contains('。') {
        (Some(rest.to_string()), String::new())
    } else {
        (None, rest.to_string())
    }
}

pub(super) fn closing_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map(char::len_utf8).unwrap_or(0)
}

/// Byte index of the bracket closing the one `text` starts with.
pub(super) fn matching_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}
