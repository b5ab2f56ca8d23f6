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
    }
}
