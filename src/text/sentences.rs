//! The one sentence splitter: flags pair sentences with it, coverage finds
//! the sentence that carries an item or hands it over by reference.
use std::ops::Range;

/// Sentence ranges of a text, normalised or as written: split at 。 outside
/// brackets (a 括弧書き such as 「（以下「X」という。）」 ends no sentence).
/// Text after the last 。 is a sentence of its own.
pub fn split(text: &str) -> Vec<Range<usize>> {
    // Read character by character without decoding them: each bracket and
    // 。 is ASCII or a three-byte character led by 0xE3 0x80 (「」『』【】。)
    // or 0xEF 0xBC (（）); any other character is skipped by its length.
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        match lead {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = (depth - 1).max(0),
            0xE3 if b[i + 1] == 0x80 => match b[i + 2] {
                // 「 『 【
                0x8C | 0x8E | 0x90 => depth += 1,
                // 」 』 】
                0x8D | 0x8F | 0x91 => depth = (depth - 1).max(0),
                // 。
                0x82 if depth == 0 => {
                    out.push(start..i + 3);
                    start = i + 3;
                }
                _ => {}
            },
            0xEF if b[i + 1] == 0xBC => match b[i + 2] {
                // （
                0x88 => depth += 1,
                // ）
                0x89 => depth = (depth - 1).max(0),
                _ => {}
            },
            _ => {}
        }
        i += match lead {
            0..0x80 => 1,
            0xF0.. => 4,
            0xE0.. => 3,
            _ => 2,
        };
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

    /// The reading by characters `split` replaced.
    fn split_by_chars(text: &str) -> Vec<Range<usize>> {
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

    #[test]
    fn reading_bytes_cuts_as_reading_characters_did() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations");
        let mut texts: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap()).collect();
        // Every character that shares a lead byte with a bracket or 。.
        texts.push(('\u{3000}'..='\u{303F}').chain('\u{FF00}'..='\u{FF3F}').collect());
        texts.push("（「a。」）。(b。)[c。]】。】".into());
        for text in &texts {
            assert_eq!(split(text), split_by_chars(text));
            for line in text.lines() {
                assert_eq!(split(line), split_by_chars(line), "{line}");
            }
        }
    }

    #[test]
    fn a_stray_closing_bracket_does_not_hide_later_full_stops() {
        assert_eq!(texts("前号）に掲げる。次号に掲げる。"), ["前号）に掲げる。", "次号に掲げる。"]);
    }
}
