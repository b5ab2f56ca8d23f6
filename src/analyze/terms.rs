//! Term normalisation shared by alignment and diffs: NFKC, scope words
//! folded to their base term, legal boilerplate marked as stop-words.
use unicode_normalization::UnicodeNormalization;

/// NFKC with ideographic/ASCII spaces removed (Japanese text has no word
/// spaces, so any left over are layout).
pub fn nfkc(text: &str) -> String {
    text.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// Scope suffixes that widen a term without changing its topic:
/// 保有個人情報等 ≈ 保有個人情報, 職員等 ≈ 職員.
const SCOPE_SUFFIXES: &[&str] = &["等"];

/// Folds a content word (a token's base form or a compound) to the form used
/// for similarity: NFKC, and scope suffixes dropped.
pub fn canonical(word: &str) -> String {
    let mut w = nfkc(word);
    for suffix in SCOPE_SUFFIXES {
        if w.chars().count() > suffix.chars().count() + 1 {
            if let Some(stripped) = w.strip_suffix(suffix) {
                w = stripped.to_string();
            }
        }
    }
    w
}

/// Words so common in regulations that they say nothing about the topic
/// (compared after `canonical`).
pub const STOP_WORDS: &[&str] = &[
    "もの", "こと", "とき", "場合", "ため", "次", "前", "当該", "同", "項", "条", "号", "各", "規定", "定め", "定める",
    "する", "なる", "ある", "いる", "できる", "れる", "られる", "行う", "講ずる", "講じる", "措置", "必要", "適切",
    "その他", "他", "ほか", "おく", "置く", "もつ", "当たる", "よる", "係る", "関する", "対する", "おける", "応じる",
    "規程", "要領", "要綱", "規則", "この", "本市", "市", "町", "法", "法律", "第",
];

pub fn is_stop_word(canonical_word: &str) -> bool {
    STOP_WORDS.contains(&canonical_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_words_fold_to_base_term() {
        assert_eq!(canonical("保有個人情報等"), "保有個人情報");
        assert_eq!(canonical("職員等"), "職員");
        assert_eq!(canonical("ＩＴ推進課"), "IT推進課");
        // A bare 等 is not emptied.
        assert_eq!(canonical("等"), "等");
    }

    #[test]
    fn nfkc_drops_layout_spaces() {
        assert_eq!(nfkc("第１条　この要領は"), "第1条この要領は");
    }
}
