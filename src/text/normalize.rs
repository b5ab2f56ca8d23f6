//! Normalisation of Japanese text for comparison: NFKC with the layout
//! spaces removed, and a fast path for the characters regulations use.
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// NFKC with ideographic/ASCII spaces removed (Japanese text has no word
/// spaces, so any left over are layout).
///
/// A byte-level fast path handles the usual characters of Japanese
/// regulations (ASCII, kana, kanji, CJK punctuation, full-width ASCII,
/// common symbols), whose NFKC form is known; any other character sends the
/// whole text through `full_nfkc`.
pub fn nfkc(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(b.len());
    // Bytes [run, i) are copied unchanged in one go.
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        // Most of a regulation, kept, tested first: kanji (U+4000–U+9FFF,
        // with Yijing symbols, all NFKC-stable), hiragana U+3041–U+307F
        // (E3 81 81–BF) and printable ASCII.
        let skip = match lead {
            0xE4..=0xE9 => 3,
            0xE3 if b[i + 1] == 0x81 && b[i + 2] != 0x80 => 3,
            0x21..=0x7E => 1,
            _ => 0,
        };
        if skip > 0 {
            i += skip;
            continue;
        }
        let keep = match lead {
            b' ' | b'\t' | b'\n' | b'\r' => false,
            0xE2 | 0xE3 | 0xEF => {
                let cp = ((lead as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F);
                match cp {
                    0x3000 => false,
                    0xFF01..=0xFF5E => false,
                    cp if is_common_nfkc_stable(cp) => true,
                    _ => return full_nfkc(text),
                }
            }
            _ => return full_nfkc(text),
        };
        let width = if lead < 0x80 { 1 } else { 3 };
        if !keep {
            out.push_str(&text[run..i]);
            // Full-width ASCII → ASCII; U+3000 is dropped.
            if let Some(ascii) = text[i..i + width].chars().next().and_then(full_width_to_ascii) {
                out.push(ascii);
            }
            run = i + width;
        }
        i += width;
    }
    out.push_str(&text[run..]);
    out
}

/// The code points beyond ASCII that regulations are mostly written in and
/// NFKC keeps as they are: CJK punctuation, kana, kanji, quotes, dashes,
/// ※, arrows, box drawing and common symbols. The one list of them, for
/// [`nfkc`]'s fast path and [`plainly_nfkc_stable`].
fn is_common_nfkc_stable(cp: u32) -> bool {
    matches!(
        cp,
        0x3001..=0x3029
            | 0x3041..=0x3096
            | 0x309D..=0x309E
            | 0x30A0..=0x30FE
            | 0x3400..=0x9FFF
            | 0x2010
            | 0x2012..=0x2015
            | 0x2018..=0x2019
            | 0x201C..=0x201D
            | 0x2020..=0x2022
            | 0x203B
            | 0x2190..=0x21FF
            | 0x2500..=0x26FF
    )
}

/// Whether NFKC keeps `c` as it is, answered without Unicode's tables for
/// the characters most of a regulation is written in (ASCII and
/// `is_common_nfkc_stable`'s); false means only that the tables must be
/// asked.
pub fn plainly_nfkc_stable(c: char) -> bool {
    c.is_ascii() || is_common_nfkc_stable(c as u32)
}

/// Full-width ASCII (U+FF01–FF5E: １, （, Ａ, common in regulations) as
/// NFKC maps it, to its ASCII character; None for any other character.
/// The one mapping of it, for the fast paths that skip NFKC's tables.
pub fn full_width_to_ascii(c: char) -> Option<char> {
    ('\u{FF01}'..='\u{FF5E}').contains(&c).then(|| char::from((c as u32 - 0xFEE0) as u8))
}

/// Hiragana (ぁ … ゖ, without the iteration marks).
pub fn is_hiragana(c: char) -> bool {
    ('ぁ'..='ゖ').contains(&c)
}

/// Hiragana, katakana (but the compatibility ヿ), ー and the kanji of the
/// unified blocks: letters NFKC keeps and lower-casing cannot change.
pub fn is_kana_or_kanji(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ァ'..='ヺ' | 'ー' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// [`nfkc`] without the fast path. Texts reaching here are mostly NFKC
/// already (cut from normalized text): the quick check says so without
/// decomposing them.
fn full_nfkc(text: &str) -> String {
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return text.chars().filter(|c| !c.is_whitespace()).collect();
    }
    text.nfkc().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both fast paths (known characters, text already NFKC) give what full
    /// NFKC gives, also where dropping a space lets two characters compose
    /// anew.
    #[test]
    fn nfkc_equals_full_normalization() {
        let full = |s: &str| -> String { s.nfkc().filter(|c| !c.is_whitespace()).collect() };
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations");
        for file in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            for line in text.lines() {
                assert_eq!(nfkc(line), full(line), "{line}");
                assert_eq!(nfkc(&nfkc(line)), full(&full(line)), "{line}");
            }
        }
        for s in [
            "か゛",
            "ｶﾞ",
            "e\u{301}",
            "第１条　この要領は",
            "が\u{3000}",
            "①\n②",
            "\u{3099}",
            "ｱｲｳ",
            "①項",
            "…",
            "ヿ",
            "㈱",
            "Ａ１　ｂ",
            "〜～",
            "ゟ",
            "Ⅲ",
            "※→⇒○△×",
            "é",
            "〶",
            "‥",
            "\u{2011}",
        ] {
            assert_eq!(nfkc(s), full(s), "{s}");
            assert_eq!(nfkc(&nfkc(s)), full(&full(s)), "{s}");
        }
        // Every character, between kana and kanji and before a combining
        // voiced mark, whichever path the fast path takes.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [format!("あ{c}条"), format!("{c}\u{3099}")] {
                assert_eq!(nfkc(&s), full(&s), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn the_plainly_stable_characters_are_stable_and_caseless_where_said() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if plainly_nfkc_stable(c) {
                let alone = c.to_string();
                assert_eq!(is_nfkc_quick(alone.chars()), IsNormalized::Yes, "U+{:04X}", c as u32);
                assert_eq!(alone.nfkc().collect::<String>(), alone, "U+{:04X}", c as u32);
            }
            if is_kana_or_kanji(c) {
                assert!(plainly_nfkc_stable(c) && c.is_alphanumeric(), "U+{:04X}", c as u32);
                assert!(c.to_lowercase().eq(std::iter::once(c)), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn nfkc_drops_layout_spaces() {
        assert_eq!(nfkc("第１条　この要領は"), "第1条この要領は");
    }
}
