//! Term normalisation shared by alignment and diffs: NFKC, scope words
//! folded to their base term, legal boilerplate marked as stop-words.

use std::collections::HashSet;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use std::sync::{OnceLock, RwLock};

use crate::text::hash::FastHashState;
use crate::text::kinds::{alternation, DEFERRED_TO_KINDS};
use crate::text::normalize::nfkc;
use crate::text::numerals;

/// A canonical term (see [`canonical`]) interned once per process: term
/// vectors key on it instead of on its text.
///
/// It carries the hash that std's SipHash with fixed keys
/// (`text_analysis::FixedHashState`) gives its text, and maps keyed by terms
/// use that hash as is ([`TermHashState`]): such a map lays out, iterates and
/// so sums its weights in exactly the order a map keyed by the text did, so
/// every score keeps its last bits, while hashing a key costs nothing and
/// copying a vector copies no strings.
#[derive(Clone, Copy)]
pub struct Term {
    hash: u64,
    /// The interned text: one allocation per distinct term for the whole
    /// process, so equal terms share it and compare by address.
    text: &'static str,
}

impl Term {
    /// The term of `text` (a canonical word), interned on first use.
    pub fn intern(text: &str) -> Term {
        static TABLE: OnceLock<RwLock<HashSet<&'static str, FastHashState>>> = OnceLock::new();
        let table = TABLE.get_or_init(Default::default);
        let hash = crate::analyze::text_analysis::FixedHashState::default().hash_one(text);
        if let Some(&text) = table.read().expect("term table lock").get(text) {
            return Term { hash, text };
        }
        let mut table = table.write().expect("term table lock");
        // The table only grows: it holds one entry per distinct term the
        // process has seen (bounded by the vocabulary of its texts), and
        // terms held by any analysis refer to it.
        let text = match table.get(text) {
            Some(&text) => text,
            None => {
                let leaked: &'static str = Box::leak(text.into());
                table.insert(leaked);
                leaked
            }
        };
        Term { hash, text }
    }

    /// The term's text.
    pub fn as_str(self) -> &'static str {
        self.text
    }
}

impl PartialEq for Term {
    fn eq(&self, other: &Term) -> bool {
        std::ptr::eq(self.text, other.text)
    }
}

impl Eq for Term {}

impl Hash for Term {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// Terms order as their texts do (ties between equal weights are broken by text).
impl Ord for Term {
    fn cmp(&self, other: &Term) -> std::cmp::Ordering {
        self.text.cmp(other.text)
    }
}

impl PartialOrd for Term {
    fn partial_cmp(&self, other: &Term) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl std::fmt::Debug for Term {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.text, f)
    }
}

/// Hasher of [`Term`] keys: the term's own hash, unchanged (see [`Term`]).
#[derive(Default)]
pub struct TermHasher(u64);

impl Hasher for TermHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Only `Term` keys are meant; anything else still hashes soundly.
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(bytes, self.0);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Build-hasher of maps keyed by [`Term`].
pub type TermHashState = BuildHasherDefault<TermHasher>;

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

/// Person and office words: they say who acts, not what the provision is
/// about, so they weigh little in topic similarity (captions still match them).
pub fn is_role_word(canonical_word: &str) -> bool {
    const ROLE_SUFFIXES: &[&str] = &["管理者", "担当者", "責任者", "職員", "従事者", "者", "主任", "リーダー"];
    const ROLE_WORDS: &[&str] = &["職員", "管理者", "長", "課長", "部長", "市長", "町長", "副市長", "実施機関", "各課"];
    ROLE_WORDS.contains(&canonical_word) || ROLE_SUFFIXES.iter().any(|s| canonical_word.ends_with(s))
}

/// Articles whose caption marks them as general provisions rather than a
/// safeguard: they are neither aligned evidence nor the regulation's own
/// additions.
pub fn is_general_provision(caption: &str) -> bool {
    const GENERAL: &[&str] = &[
        "趣旨",
        "目的",
        "定義",
        "委任",
        "補則",
        "雑則",
        "施行期日",
        "用語の意義",
        "適用範囲",
        "用語の定義",
        "経過措置",
    ];
    let c = nfkc(caption);
    GENERAL.contains(&c.as_str())
}

/// Captions that place a provision without naming its subject (（基本的事項）
/// heads the first duty of many contracts' 特記事項, whatever it is): an
/// article under one is scored on its text, as one without a caption is.
pub fn is_subjectless_caption(caption: &str) -> bool {
    const SUBJECTLESS: &[&str] = &["基本的事項", "基本事項", "一般的事項", "通則"];
    SUBJECTLESS.contains(&nfkc(caption).as_str())
}

/// Expressions by which a provision hands its content to another rule:
/// 別に定める, a body's practice (A町の例による), or a named instrument (…規程, …ポリシー, …手順書, …基準),
/// possibly with an article number, followed by a deferring verb (を準用,
/// に従う, にのっとり, に基づき対応, に留意 …). 準用 of a clause of the same
/// law (同項ただし書の規定を準用する) is not a hand-over.
pub fn is_reference(text: &str) -> bool {
    is_reference_nfkc(&nfkc(text))
}

/// [`is_reference`] of a text already in NFKC.
pub fn is_reference_nfkc(text: &str) -> bool {
    reference_regex().is_match(&without_own_name(text))
}

/// Kinds of document a rule defers to: rules, and besides them policies,
/// manuals and plans.
pub(crate) fn documents_deferred_to() -> Vec<&'static str> {
    [DEFERRED_TO_KINDS, &["ポリシー", "手順書", "計画", "マニュアル"]].concat()
}

/// The longest parenthesis read between a document's name and the formula
/// that defers to it, in characters: its number (「（令和5年訓令第4号）」,
/// 12) or what it stands for (「（七瀬町情報セキュリティ基本方針及び七瀬町
/// 情報セキュリティ対策基準をいう。以下同じ。）」, 40). 30 missed the second
/// on a blind draft; 80 still keeps a clause that merely ends in a
/// parenthesis far from the formula out.
const NAME_PARENTHESIS_MAX: usize = 80;

/// The longest name of a second document deferred to beside a rule, in
/// characters: 「共同利用協定」 (6), 「…団体との間で締結した…協定」 (about
/// 25); 30 keeps a clause that only begins with 及び far from the formula
/// out.
const SECOND_DOCUMENT_MAX: usize = 30;

/// Endings of a second document's name besides the kinds of rule: the
/// agreements a body runs shared systems under (共同利用協定, 運用規約).
const SECOND_DOCUMENT_ENDS: &[&str] = &["協定", "規約", "協定書", "契約"];

/// The formula of a 読替え: 「…第29条第1項中「監査責任者」とあるのは「議長
/// が指名する…職員」と…読み替えるものとする」.
const READING: &str = r"とあるのは[^。]*と読み替え";

/// Whether `sentence` (NFKC) is a 読替え: it adjusts the words of another
/// provision applied here, so whatever it names, even an item's role in
/// quotes, is laid down there, not by the sentence.
pub fn reads_another_provision_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(READING).expect("valid regex")).is_match(sentence)
}

/// What makes a sentence (NFKC) a reference: a handing over, or a document
/// named with the formula that defers to it.
fn reference_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        let deferred_to = documents_deferred_to();
        regex::Regex::new(&format!(
            concat!(
                // 準用 and 委任 hand a matter over whatever they name; 別に定める
                // leaves it to a rule not yet written.
                r"別に定める|準用する|準用し|に委任する|に委任し|",
                // A 読替え adjusts another provision applied here
                // (`reads_another_provision_nfkc`).
                r"{reading}|",
                // A body's practice followed (清川町の例による): the 例による of
                // the 法令用語 takes over that body's whole rules on the matter.
                r"(?:市|町|村|県|都|道|府|組合|連合)の例によ[るり]|",
                r"{procedure}|",
                r"(?:{})等?",
                // The articles cited, one or a list (規程第4条及び第6条,
                // 規程第4条から第6条まで).
                r"(?:第{n}条(?:第{n}項)?(?:(?:及び|並びに|又は|、)第{n}条(?:第{n}項)?|から第{n}条(?:第{n}項)?まで)*)?」?(?:\([^)]{{0,{p}}}\))?",
                // A second document beside it (「…対策基準及び共同利用協定の
                // 定めるところによる」) defers the matter as much: a rule or
                // an agreement by its name (`SECOND_DOCUMENT_ENDS`), not the
                // rule itself (blanked) nor the orders of its officers.
                r"(?:(?:及び|並びに|又は)[^、。()〇]{{0,{d}}}(?:{second}))?",
                r"(?:に従う|に従い|にのっとり|に則り|に基づき対応|に基づいて対応|に留意|を準用|の例によ[るり]|[のに]定めるところによ[るり]|(?:の趣旨)?を踏まえ)"
            ),
            alternation(&deferred_to),
            reading = READING,
            procedure = NAMED_PROCEDURE,
            n = numerals::NUMERALS,
            p = NAME_PARENTHESIS_MAX,
            d = SECOND_DOCUMENT_MAX,
            second = [DEFERRED_TO_KINDS, SECOND_DOCUMENT_ENDS].concat().join("|"),
        ))
        .expect("valid regex")
    })
}

/// A procedure named as a document of its own (インシデント対応手順), a
/// compound ending in 手順, that a matter is left to: 「…その他の対応に
/// ついては、…対応手順の定めるところによる。」. Only this formula: staff who
/// handle data 「この要領及び事務処理手順に従い」 follow the procedure the
/// rule has its 課長 write, and 「前項の手順に従い」 one it lays down itself.
const NAMED_PROCEDURE: &str = r"\p{Han}手順[のに]定めるところによ[るり]";

/// `text` with the rule's own name (この規程, 本要綱) blanked, each
/// character as 〇 so that offsets stay: it hands nothing over to another
/// rule. 本 after a kanji is part of a name (基本方針), not "this".
fn without_own_name(text: &str) -> std::borrow::Cow<'_, str> {
    static OWN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let own = OWN.get_or_init(|| {
        regex::Regex::new(&format!(r"(?:この|(\p{{Han}})?本)(?:{})", alternation(DEFERRED_TO_KINDS)))
            .expect("valid regex")
    });
    own.replace_all(text, |c: &regex::Captures| match c.get(1) {
        Some(_) => c[0].to_string(),
        None => "〇".repeat(c[0].chars().count()),
    })
}

/// `sentence` (NFKC) with the name of each document it defers to blanked,
/// from its clause's start (after the 、 before it) to the formula: in
/// 「安全管理は、試験市基本方針に定めるところによるほか、…」 the 基本方針
/// is the document cited, not a policy this rule makes. So is a document
/// named as where something is laid down (「…は、基本方針に定める総括責任者
/// が総括する。」, see `source_regex`).
pub fn without_cited_names(sentence: &str) -> String {
    without_form_names(&blank_to_formula(&blank_to_formula(sentence, reference_regex()), source_regex()))
}

/// `sentence` (NFKC) with the name of each form of a message (報告書, 申請書,
/// 通知書, 届出書) it cites by its number blanked: in 「…その結果を点検結果
/// 報告書(様式第3号)に記録して保存しなければならない。」 the 報告 is in the
/// form's name; the result is recorded, not reported to anyone. A record's
/// form (削除廃棄記録簿(様式第3号)) names what writing in it is: its name
/// stays.
fn without_form_names(sentence: &str) -> String {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"[\p{Han}\p{Katakana}ー]{0,20}(?:報告書|申請書|通知書|届出書)\((?:別記)?様式第\d+(?:号)?(?:の\d+)?\)",
        )
        .expect("valid regex")
    });
    re.replace_all(sentence, |c: &regex::Captures| "〇".repeat(c[0].chars().count())).into_owned()
}

/// `sentence` (NFKC) with each matter it names blanked, from its clause's
/// start to the formula: in 「…契約書に次に掲げる事項を明記するとともに、
/// …個人情報の管理の状況についての検査に関する事項等…について書面で確認
/// する。」 the 検査 is a term the contract must hold, not a check the body
/// makes. 「…に関する事項」, 「…に関し必要な事項」, 「…についての事項」,
/// 「…に係る事項」.
pub fn without_named_matters(sentence: &str) -> String {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re =
        RE.get_or_init(|| regex::Regex::new(r"(?:に関する|に関し必要な|についての|に係る)事項").expect("valid regex"));
    blank_to_formula(sentence, re)
}

/// `sentence` with each match of `formula` blanked from its clause's start.
fn blank_to_formula(sentence: &str, formula: &regex::Regex) -> String {
    let own = without_own_name(sentence);
    let mut out = String::with_capacity(sentence.len());
    let mut at = 0;
    for m in formula.find_iter(&own) {
        let start = own[..m.start()].rfind('、').map_or(0, |i| i + '、'.len_utf8()).max(at);
        out.push_str(&sentence[at..start]);
        out.extend(std::iter::repeat_n('〇', own[start..m.end()].chars().count()));
        at = m.end();
    }
    out.push_str(&sentence[at..]);
    out
}

/// Where each naming of another document as a source ends in `sentence`
/// (NFKC): after 「市規程第3条に規定する」 comes what that rule lays down.
pub fn cited_source_ends(sentence: &str) -> Vec<usize> {
    let own = without_own_name(sentence);
    source_regex().find_iter(&own).map(|m| m.end()).collect()
}

/// A document named as where something is laid down: 「基本方針に定める
/// 総括責任者」, 「情報セキュリティ規程で定める管理区域」, 「基準の定める」,
/// 「市規程第3条に規定する総括保護管理者」.
fn source_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(&format!(
            r"(?:{})等?(?:第{n}条(?:第{n}項)?)?」?(?:\([^)]{{0,{p}}}\))?(?:[にでの]定める|に規定する)",
            alternation(&documents_deferred_to()),
            n = numerals::NUMERALS,
            p = NAME_PARENTHESIS_MAX,
        ))
        .expect("valid regex")
    })
}

/// An NFKC reference sentence without its delegate: in 「…必要な事項は、
/// 総括保護管理者が別に定める」 or 「…は、情報政策課長に委任する」 the
/// office named is who will write the details, not a matter handed over,
/// so it does not make the sentence a reference to that office's item.
pub fn without_delegate(sentence: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE
        .get_or_init(|| regex::Regex::new(r"(^|、)[^、。]{1,30}?(が別に定め|に委任す|に委任し)").expect("valid regex"));
    re.replace_all(sentence, "$1$2")
}

/// The article of the same rule that a 準用 sentence extends (「前条の規定は、
/// …について準用する」, 「第5条の規定は、…準用する」): `Some("前条")` or
/// `Some("第5条")` (half-width digits, whether the rule writes 第５条 or
/// 第五条), None for any other sentence. A 準用 of another
/// rule's article (セキュリティ規程第18条を準用する) names the rule first.
pub fn internal_referent(sentence: &str) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        // Numbers in digits or kanji (第十二条: 縦書き rules cite so).
        let n = numerals::NUMERALS;
        regex::Regex::new(&format!(r"^(前条|第{n}条(?:の{n})?)(?:第{n}項)?(?:ただし書)?の規定は、"))
            .expect("valid regex")
    });
    // No character but 準 itself is or holds 準 under NFKC (test
    // `only_its_own_character_normalises_to_jun`), so a sentence without
    // it says no 準用 and is not normalised: most sentences of every
    // article are read here.
    if !sentence.contains('準') {
        return None;
    }
    let s = nfkc(sentence);
    let s = s.trim_start();
    if !s.contains("準用") {
        return None;
    }
    let cited = re.captures(s)?.get(1)?.as_str();
    match cited {
        "前条" => Some(cited.to_string()),
        _ => numerals::parse_article_ref(cited).map(|n| numerals::article_label(&n)),
    }
}

/// Byte offset of the unclosed '(' that encloses `pos` in NFKC text
/// (half-width brackets).
pub fn enclosing_open(norm: &str, pos: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in norm[..pos].char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some(i),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// NFKC `text` without what its (half-width) parentheses enclose, nested
/// ones included, and without the parentheses: 「ICカードシステム(…をいう。
/// 以下同じ。)、定期券システム」 → 「ICカードシステム、定期券システム」. An
/// unmatched ')' is kept.
pub fn without_parentheses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parentheses_are_left_out_with_what_they_enclose() {
        assert_eq!(without_parentheses("A(b(c)d)、E)F"), "A、E)F");
    }

    #[test]
    fn only_its_own_character_normalises_to_jun() {
        use unicode_normalization::UnicodeNormalization;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c != '準' {
                assert!(!c.to_string().nfkc().any(|n| n == '準'), "U+{:04X}", c as u32);
            }
        }
        assert_eq!(internal_referent("前条の規定は、委託について準用する。"), Some("前条".to_string()));
        assert_eq!(internal_referent("第５条の規定は、委託について準\u{3000}用する。"), Some("第5条".to_string()));
        assert_eq!(internal_referent("前条の規定は、委託について適用する。"), None);
    }

    /// Scores sum weights in a term map's order: a map keyed by interned
    /// terms must iterate exactly as the map keyed by their texts did.
    #[test]
    fn term_maps_iterate_in_the_order_of_text_maps() {
        use crate::analyze::text_analysis::FixedHashState;
        let words: Vec<String> = (0..300).map(|i| format!("用語{}", i * 7919 % 1000)).collect();
        let mut by_text: std::collections::HashMap<String, f32, FixedHashState> = Default::default();
        let mut by_term: std::collections::HashMap<Term, f32, TermHashState> = Default::default();
        for (i, w) in words.iter().enumerate() {
            *by_text.entry(w.clone()).or_insert(0.0) += i as f32;
            *by_term.entry(Term::intern(w)).or_insert(0.0) += i as f32;
        }
        let text_order: Vec<(&str, f32)> = by_text.iter().map(|(t, w)| (t.as_str(), *w)).collect();
        let term_order: Vec<(&str, f32)> = by_term.iter().map(|(t, w)| (t.as_str(), *w)).collect();
        assert_eq!(text_order, term_order);
        assert_eq!(Term::intern("用語7"), Term::intern(&String::from("用語7")));
        assert_ne!(Term::intern("用語7"), Term::intern("用語8"));
    }

    #[test]
    fn scope_words_fold_to_base_term() {
        assert_eq!(canonical("保有個人情報等"), "保有個人情報");
        assert_eq!(canonical("職員等"), "職員");
        assert_eq!(canonical("ＩＴ推進課"), "IT推進課");
        // A bare 等 is not emptied.
        assert_eq!(canonical("等"), "等");
    }

    #[test]
    fn role_words_and_references() {
        assert!(is_role_word("保護管理者"));
        assert!(is_role_word("職員"));
        assert!(!is_role_word("アクセス記録"));
        assert!(is_reference("電算室等の安全管理は、セキュリティ規程第18条を準用する。"));
        assert!(is_reference("電算室の管理は、情報セキュリティ規程第十八条第二項の例による。"));
        assert_eq!(
            without_cited_names(
                "安全管理は、試験市基本方針に定めるところによるほか、この規程の定めるところにより行う。"
            ),
            format!(
                "安全管理は、{}ほか、この規程の定めるところにより行う。",
                "〇".repeat("試験市基本方針に定めるところによる".chars().count())
            )
        );
        // 基本方針 is no 本方針 (this policy).
        assert!(is_reference(
            "安全管理は、試験市基本方針（令和２年３月３１日市長決定。以下「基本方針」という。）に定めるところによるほか、この規程の定めるところにより行うものとする。"
        ));
        assert!(!is_reference("アクセス記録を一定の期間保存する。"));
        assert!(is_reference("堺市情報セキュリティポリシーにのっとり、保護に万全を期さなければならない。"));
        assert!(is_reference("委託等に関する基準(平成18年制定)に留意し"));
        assert!(is_reference("直ちに「龍ヶ崎市情報セキュリティ事故等対応手順書」に基づき対応を行うものとする。"));
        // Following a superior's instructions is not a reference to a rule.
        assert!(!is_reference("保護管理者の指示に従い、訂正等を行わなければならない。"));
        // 準用 and 委任 hand a matter over, whatever provision they name; the
        // link is by reference only where this sentence carries the item
        // (`align`), not where it is a side remark of a direct measure.
        assert!(is_reference("この場合においては、同項ただし書の規定を準用する。"));
        assert!(is_reference("電算室の入退室の管理に関し必要な事項は、総括保護管理者が別に定める。"));
        assert!(is_reference("情報システムの運用に係る事務は、情報政策課長に委任する。"));
        assert!(!is_reference("保護管理者は、職員の範囲を定めなければならない。"));
        // The rule's own name is not another rule.
        assert!(!is_reference("職員は、この規程に従い、保有個人情報の漏えいの防止に努めなければならない。"));
        assert!(!is_reference("本要綱の定めるところによる。"));
        // A second document beside the rule: an agreement defers as much;
        // the rule itself or its officers' orders do not.
        assert!(is_reference(
            "不正プログラムによる被害を防止するための措置については、試験町情報セキュリティ対策基準（平成二十八年試験町訓令第九号）及び共同利用協定の定めるところによる。"
        ));
        assert!(!is_reference(
            "職員は、関係法令、取扱方針及びこの要綱の定めるところに従い、特定個人情報等を取り扱う。"
        ));
        assert!(!is_reference(
            "職員は、取扱規程等並びに総括責任者及び保護責任者の指示に従い、特定個人情報等を取り扱う。"
        ));
        // Another rule's articles, one or several.
        assert!(is_reference("総括責任者及び監査責任者については、規程第４条及び第６条の定めるところによる。"));
        assert!(is_reference("研修については、規程第10条から第12条までの例による。"));
        assert!(is_reference(
            "前２項に定めるもののほか、漏えい等の事案に係る事実関係の調査、原因の究明その他の対応については、渚市情報セキュリティインシデント対応手順の定めるところによる。"
        ));
        assert!(!is_reference(
            "事務取扱担当者は、この要領及び事務処理手順に従い、特定個人情報等を取り扱わなければならない。"
        ));
        assert!(!is_reference(
            "保護責任者は、前項の手順に従い、直ちに被害の拡大を防止する措置を講じなければならない。"
        ));
        assert_eq!(
            internal_referent("前条の規定は、電磁的記録媒体を廃棄する場合について準用する。").as_deref(),
            Some("前条")
        );
        assert_eq!(internal_referent("第１２条第２項の規定は、委託先について準用する。").as_deref(), Some("第12条"));
        assert_eq!(internal_referent("第十九条の二の規定は、委託先について準用する。").as_deref(), Some("第19条の2"));
        assert_eq!(internal_referent("電算室等の安全管理は、セキュリティ規程第18条を準用する。"), None);
        assert_eq!(internal_referent("前条の規定により保存した記録は、定期に分析する。"), None);
        assert_eq!(
            without_delegate("この要領に定めるもののほか、必要な事項は、総括保護管理者が別に定める。"),
            "この要領に定めるもののほか、必要な事項は、が別に定める。"
        );
        assert_eq!(without_delegate("運用に係る事務は、情報政策課長に委任する。"), "運用に係る事務は、に委任する。");
        assert_eq!(
            without_delegate("アクセス記録の保存期間は、別に定める。"),
            "アクセス記録の保存期間は、別に定める。"
        );
        assert!(is_general_provision("趣旨"));
        assert!(!is_general_provision("アクセス制限"));
    }
}
