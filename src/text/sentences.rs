//! The one sentence splitter: flags pair sentences with it, coverage finds
//! the sentence that carries an item or hands it over by reference.
use std::ops::Range;

/// Sentence ranges of a text, normalised or as written: split at 。 outside
/// brackets (a 括弧書き such as 「（以下「X」という。）」 ends no sentence).
/// Text after the last 。 is a sentence of its own.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '（' | '「' | '[' | '『' | '【' => depth += 1,
            ')' | '）' | '」' | ']' | '』' | '】' => depth = (depth - 1).max(0),
            '。' if depth == 0 => {
                out.push(start..i + c.len_utf8());
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_parenthetical_definition_ends_no_sentence() {
        let text = "市は、個人情報（以下「情報」という。）を保護する。ただし、法令に定めがある場合は、この限りでない。";
        assert_eq!(
            texts(text),
            ["市は、個人情報（以下「情報」という。）を保護する。", "ただし、法令に定めがある場合は、この限りでない。"]
        );
    }

    #[test]
    fn text_after_the_last_full_stop_is_a_sentence() {
        assert_eq!(texts("職員は、研修を受ける。次に掲げる事項"), ["職員は、研修を受ける。", "次に掲げる事項"]);
        assert!(split("").is_empty());
    }

    #[test]
    fn a_stray_closing_bracket_does_not_hide_later_full_stops() {
        assert_eq!(texts("前号）に掲げる。次号に掲げる。"), ["前号）に掲げる。", "次号に掲げる。"]);
    }
}
