//! Words and phrases that say nothing about what a provision is about:
//! stop-words (もの, 規定, 規程 …) and legal boilerplate (必要な措置を講ずる,
//! cited instrument numbers), skipped when texts are compared.

/// Words so common in regulations that they say nothing about the topic
/// (compared after `analyze::terms::canonical`).
pub const STOP_WORDS: &[&str] = &[
    "もの",
    "こと",
    "とき",
    "場合",
    "ため",
    "次",
    "前",
    "当該",
    "同",
    "項",
    "条",
    "号",
    "各",
    "規定",
    "定め",
    "定める",
    "する",
    "なる",
    "ある",
    "いる",
    "できる",
    "れる",
    "られる",
    "行う",
    "講ずる",
    "講じる",
    "措置",
    "必要",
    "適切",
    "その他",
    "他",
    "ほか",
    "おく",
    "置く",
    "もつ",
    "当たる",
    "よる",
    "係る",
    "関する",
    "対する",
    "おける",
    "応じる",
    "規程",
    "要領",
    "要綱",
    "規則",
    "この",
    "本市",
    "市",
    "町",
    "法",
    "法律",
    "第",
];

/// Whether a canonical word is too common in regulations to tell two apart
/// (規程, 市, 第 …; see `STOP_WORDS`).
pub fn is_stop_word(canonical_word: &str) -> bool {
    STOP_WORDS.contains(&canonical_word)
}

/// Legal boilerplate phrases (NFKC form). Tokens inside them are dropped
/// before similarity so that 「必要な措置を講ずるものとする」 does not make
/// every article look alike.
pub const BOILERPLATE: &[&str] = &[
    "必要な措置を講ずる",
    "必要な措置を講じる",
    "必要な措置を講じ",
    "措置を講ずる",
    "措置を講じる",
    "措置を講じ",
    "ものとする",
    "しなければならない",
    "してはならない",
    "することができる",
    "この限りでない",
    "次に掲げる",
    "次の各号に掲げる",
    "以下同じ",
    "以下この条において同じ",
    "前項の規定",
    "前条の規定",
    "の規定に基づき",
    "の規定により",
    "の規定による",
    "必要があると認めるとき",
    "必要に応じ",
    "適切な措置",
    "定めるところにより",
    "その他必要な事項",
    "必要かつ適切な措置",
    "に関する事務",
    "の任に当たる",
    "をもって充てる",
];

/// Byte ranges of `text` covered by boilerplate phrases or by citations of
/// an instrument's number in brackets, e.g. (平成15年法律第57号。以下「法」という。).
pub fn boilerplate_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    static PHRASES: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let phrases = PHRASES.get_or_init(|| aho_corasick::AhoCorasick::new(BOILERPLATE).expect("boilerplate phrases"));
    // Every occurrence of every phrase in one pass (no phrase overlaps
    // itself, so these are each phrase's own non-overlapping matches),
    // ordered by start and, at one start, by the phrase's place in the list.
    let mut found: Vec<(usize, usize, usize)> =
        phrases.find_overlapping_iter(text).map(|m| (m.start(), m.pattern().as_usize(), m.end())).collect();
    found.sort_unstable();
    let mut spans: Vec<std::ops::Range<usize>> = found.into_iter().map(|(start, _, end)| start..end).collect();
    spans.extend(citations(text));
    spans.sort_by_key(|r| r.start);
    spans
}

/// Citations of an instrument by era year and number in NFKC text:
/// 平成15年法律第57号, 令和5年規則第23号.
fn citations(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    static NUMBER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // After the year: the instrument's kind, then its number (at most 20 characters on).
    let number = NUMBER.get_or_init(|| {
        regex::Regex::new(&format!(r"^[^()（）。、]{{0,20}}?第{}号", crate::text::numerals::NUMERALS))
            .expect("valid regex")
    });
    crate::text::era::era_dates(text).filter_map(|date| {
        let tail = number.find(&text[date.year_end..])?;
        Some(date.range.start..date.year_end + tail.end())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `boilerplate_spans` takes every occurrence of a phrase, overlapping
    /// ones included: that is each phrase's own matches only while no
    /// phrase begins with its own ending.
    #[test]
    fn no_boilerplate_phrase_overlaps_itself() {
        for phrase in BOILERPLATE {
            let overlaps = (1..phrase.len()).any(|k| phrase.is_char_boundary(k) && phrase.ends_with(&phrase[..k]));
            assert!(!overlaps, "{phrase}");
        }
    }

    #[test]
    fn spans_are_every_phrase_match_in_order() {
        let text = "必要な措置を講ずるものとする。次の各号に掲げる措置を講じ、この限りでない。必要な措置を講ずる";
        let mut expected: Vec<std::ops::Range<usize>> = Vec::new();
        for phrase in BOILERPLATE {
            expected.extend(text.match_indices(phrase).map(|(i, m)| i..i + m.len()));
        }
        expected.sort_by_key(|r| r.start);
        assert_eq!(boilerplate_spans(text), expected);
        assert!(expected.len() >= 6, "{expected:?}");
    }

    #[test]
    fn boilerplate_and_citations_are_spanned() {
        let text = "個人情報の保護に関する法律(平成15年法律第57号)に基づき、必要な措置を講ずるものとする。";
        let spans = boilerplate_spans(text);
        let covered: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        assert!(covered.contains(&"平成15年法律第57号"), "{covered:?}");
        assert!(covered.contains(&"必要な措置を講ずる"));
        assert!(covered.contains(&"ものとする"));
        // The era's first year is written 元年 (was missed before the era
        // dates were one pattern).
        let text = "文書管理規則(令和元年規則第3号)の定めるところによる。";
        let covered: Vec<&str> = boilerplate_spans(text).iter().map(|r| &text[r.clone()]).collect();
        assert!(covered.contains(&"令和元年規則第3号"), "{covered:?}");
        // In kanji, as 縦書き rules cite.
        let text = "個人情報の保護に関する法律(平成十五年法律第五十七号)に基づき";
        let covered: Vec<&str> = boilerplate_spans(text).iter().map(|r| &text[r.clone()]).collect();
        assert!(covered.contains(&"平成十五年法律第五十七号"), "{covered:?}");
    }
}
