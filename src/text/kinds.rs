//! The one vocabulary of regulation kinds (規程, 要綱, 条例 …): the word a
//! title ends with, and the word a text uses to name a rule (この要綱,
//! セキュリティ規程第18条, 個人情報保護法). Callers that need fewer kinds use
//! a named subset below; every subset's members are in [`RULE_KINDS`] or
//! [`LAWS`] (tested).

/// Kinds of rule a local government makes, as its title ends (堺市個人情報
/// 要綱 → 要綱). Matched as suffixes, so no kind may end another kind (特記
/// 事項 is whole: 事項 alone is no kind).
pub const RULE_KINDS: &[&str] = &[
    "特記事項",
    "ガイドライン",
    "規程",
    "規則",
    "要綱",
    "要領",
    "基準",
    "条例",
    "細則",
    "方針",
    "指針",
    "訓令",
    "規約",
    "内規",
    "告示",
];

/// Enactments of the state: 個人情報の保護に関する法律, 個人情報保護法.
pub const LAWS: &[&str] = &["法律", "法"];

/// Kinds by which a rule hands a matter to another internal rule
/// (セキュリティ規程第18条により, 別の要領に従い) or names itself (この要綱).
/// Narrower than [`RULE_KINDS`] because coverage and the 委任 flag were
/// measured with these six (README, evaluation); adding 条例 or 指針 is a
/// change to measure, not a refactor.
pub const DEFERRED_TO_KINDS: &[&str] = &["規程", "規則", "要綱", "要領", "基準", "方針"];

/// Kinds of enactment whose name a rule defines a short form of and
/// cites (組織規則, 以下「要綱」という): the binding kinds of [`RULE_KINDS`]
/// (guidance such as 指針 and contract clauses such as 特記事項 are not
/// enactments); with [`LAWS`], see [`is_enactment_name`].
pub const ENACTMENT_KINDS: &[&str] = &["規則", "規程", "条例", "要綱", "要領", "基準", "方針", "訓令"];

/// Title endings that are not a kind of rule: a document about handling
/// something (個人情報の取扱い) is titled like a rule.
pub const NON_KIND_TITLE_ENDINGS: &[&str] = &["取扱い", "取扱"];

/// The kind a title ends with, a draft's （案） ignored:
/// 文書管理規程（案） → 規程.
pub fn kind_of_title(title: &str) -> Option<&'static str> {
    let t = title.trim_end_matches("（案）").trim_end_matches("(案)");
    RULE_KINDS.iter().find(|k| t.ends_with(*k)).copied()
}

/// Whether a noun names an enactment: 組織規則, 個人情報保護法, 管理要領.
pub fn is_enactment_name(noun: &str) -> bool {
    ENACTMENT_KINDS.iter().chain(LAWS).any(|kind| noun.ends_with(kind))
}

/// `規程|規則|…`: a list as a regex alternation (the kinds hold no regex
/// metacharacters).
pub fn alternation(kinds: &[&str]) -> String {
    kinds.join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsets_are_drawn_from_the_one_vocabulary() {
        for kind in DEFERRED_TO_KINDS.iter().chain(ENACTMENT_KINDS) {
            assert!(RULE_KINDS.contains(kind), "{kind}");
        }
        for (i, a) in RULE_KINDS.iter().enumerate() {
            for b in &RULE_KINDS[i + 1..] {
                assert!(!a.ends_with(b) && !b.ends_with(a), "{a} / {b}: one kind ends the other");
            }
        }
    }

    #[test]
    fn kinds_of_titles() {
        assert_eq!(kind_of_title("甲市個人情報の保護に関する事務取扱要領"), Some("要領"));
        assert_eq!(kind_of_title("乙町文書管理規程（案）"), Some("規程"));
        assert_eq!(kind_of_title("丙村情報公開事務の手続に関する告示"), Some("告示"));
        assert_eq!(kind_of_title("個人情報の取扱い"), None);
        assert!(is_enactment_name("個人情報保護法"));
        assert!(is_enactment_name("情報セキュリティ管理要領"));
        assert!(is_enactment_name("文書管理訓令"));
        assert!(!is_enactment_name("情報セキュリティ対策指針"));
    }
}
