//! Japanese-text primitives that depend on nothing else in reiki (the
//! layer test, `tests/layers.rs`, holds it to that): display width,
//! numerals and structural numbers, NFKC normalisation, era dates, a fast
//! hasher, the
//! vocabulary of regulation kinds, sentence splitting and the lindera tokenizer.
#![warn(missing_docs)]
pub mod era;
pub mod hash;
pub mod kinds;
pub mod normalize;
pub mod numerals;
pub mod sentences;
pub mod stopwords;
pub mod tokens;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns `text` takes in a Japanese terminal or spreadsheet: East Asian
/// wide and ambiguous characters (漢字, かな, ○△×, ※, —) count two, the
/// rest one (`unicode-width`'s CJK width). The one width of every table.
pub fn display_width(text: &str) -> usize {
    text.width_cjk()
}

/// [`display_width`] of one character (control characters count zero).
pub fn char_width(c: char) -> usize {
    c.width_cjk().unwrap_or(0)
}

/// How many characters `a` and `b` end in alike: 校務支援システム and
/// 情報システム share 4 (システム).
pub fn shared_ending_chars(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kanji_kana_and_coverage_marks_are_two_columns_latin_is_one() {
        assert_eq!(display_width("第9条"), 5);
        assert_eq!(display_width("○△×"), 6);
        assert_eq!(display_width("第33条※"), 8);
        assert_eq!(display_width("ｱｲ"), 2, "half-width katakana");
        assert_eq!(char_width('\n'), 0);
        assert_eq!(shared_ending_chars("校務支援システム", "情報システム"), 4);
        assert_eq!(shared_ending_chars("端末", "媒体"), 0);
    }
}
