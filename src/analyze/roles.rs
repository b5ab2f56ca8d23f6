//! Rules of regulation language that decide whether a provision can be the
//! evidence of an item, whatever its words' similarity:
//!
//! - **Roles bound to what they manage.** A role item (catalog `role: true`:
//!   総括保護管理者, 委員会 …) counts only where the provision sets the role up
//!   (置く, 指名する, 充てる, 開催する, …として) and ties it to personal
//!   information — in its own text or through a defined term (以下「X」という)
//!   whose definition does. 情報化総括責任者 of an IT rule is not a
//!   総括保護管理者; the national 個人情報保護委員会 is not a committee the
//!   regulation sets up.
//! - **Role-definition articles split per 項.** When several 項 (or 号) of one
//!   article each set up a role, each counts for the role it sets up: the
//!   name that ends last before the set-up verb (事務取扱担当者 in
//!   「保護責任者は…事務取扱担当者を指名する」).
//! - **A short form names what it shortens.** 「個人情報管理責任者(以下
//!   「管理責任者」という。)」 makes 管理責任者 the short form of the
//!   compound noun it ends: where the rule later says 管理責任者, the
//!   matcher reads 個人情報管理責任者 (`DefinedTerms::expand`).
//! - **Procedures are not safety measures.** 開示・訂正・利用停止の請求 (or
//!   申出), 個人情報ファイル簿, 外国にある第三者への提供, 利用目的の明示 are
//!   duties of the law's procedures; words inside them (訂正, ファイル簿, 外国)
//!   cannot evidence a measure (誤りの訂正, 取扱状況の記録, 外的環境の把握),
//!   nor can the name of the rule such a sentence defers the procedure to
//!   (the 提供 of 「…診療情報提供要綱の定めるところによる」).
use std::borrow::Cow;

use aho_corasick::AhoCorasick;

use super::terms;

/// Words that make a provision about personal information.
const OBJECT_WORDS: &[&str] = &["個人情報", "個人番号"];

/// Proper names that contain an object word without making the provision
/// about managing it: the national commission and the law itself.
const NAMES_NOT_OBJECTS: &[&str] = &["個人情報保護委員会", "個人情報の保護に関する法律", "個人情報保護法"];

/// Forms by which a provision sets a role up (NFKC): 置く, 設ける, 指名する,
/// 指定する, 充てる, 任命する, 選任する, 定める, 開催する, 招集する, and
/// designation 「課長は、…責任者として」.
const SET_UP_FORMS: &[&str] = &[
    "置く",
    "置き",
    "置か",
    "置いて",
    "設け",
    "設置",
    "指名",
    "指定",
    "充て",
    "任命",
    "選任",
    "定め",
    "開催",
    "招集",
    "として",
];

/// Second words of a catalog phrase such as 「保護管理者 置」 that make its
/// first word a role name.
const SET_UP_STEMS: &[&str] = &["置", "充て", "設", "指定", "指名", "開催"];

/// A name of a role, possibly valid only with a word of its function:
/// 「事務取扱担当者 補佐」 — a 事務取扱担当者 is a 保護担当者 only where it
/// assists (補佐) in the management.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleName {
    /// The role: 保護担当者.
    pub name: String,
    /// A word that must stand in the same unit for the name to count (補佐).
    pub with: Option<String>,
}

impl RoleName {
    /// Where the name ends in `unit`, every occurrence in order (overlapping
    /// ones too), when `unit` also holds the function word. The last end at
    /// or before a set-up form is the name `rfind` finds before it. A name
    /// followed by が is who acts, not who is set up (`is_agent`).
    fn ends_in(&self, unit: &str) -> Vec<usize> {
        if self.with.as_ref().is_some_and(|w| !unit.contains(w.as_str())) {
            return Vec::new();
        }
        let mut ends = Vec::new();
        let mut from = 0;
        while let Some(at) = unit[from..].find(self.name.as_str()).map(|i| from + i) {
            let end = at + self.name.len();
            if !self.outranked_in(&unit[..at]) && !is_agent(&unit[end..]) {
                ends.push(end);
            }
            // The next occurrence may overlap this one: go on one character in.
            match unit[at..].chars().next() {
                Some(c) => from = at + c.len_utf8(),
                None => break,
            }
        }
        ends
    }

    /// Whether the compound noun that ends in this name, whose part before
    /// the name ends `before`, ranks above it: 総括個人情報管理責任者 is not a
    /// 個人情報管理責任者, nor 総括保護責任者 a 保護責任者 — the top role's
    /// name carries 総括, 統括 or 最高, a unit's never does.
    fn outranked_in(&self, before: &str) -> bool {
        let start = before.char_indices().rev().take_while(|&(_, c)| in_compound_noun(c)).last().map(|(i, _)| i);
        let head = start.map_or("", |i| &before[i..]);
        RANK_MARKS.iter().any(|m| head.contains(m)) && !RANK_MARKS.iter().any(|m| self.name.contains(m))
    }
}

/// Whether `caption` (NFKC) names the role `role` with modifiers before it
/// (番号事務監査責任者 names a 監査責任者, 個人番号管理総括者 a 総括者): a
/// role's name is its kind last. Not a role that ranks above it
/// (総括個人情報保護管理者 is no 保護管理者, see `RoleName::outranked_in`).
pub(crate) fn caption_ends_in_role(caption: &str, role: &str) -> bool {
    caption
        .strip_suffix(role)
        .is_some_and(|before| !RoleName { name: role.to_string(), with: None }.outranked_in(before))
}

/// Words that mark the top role of an organisation (総括保護管理者,
/// 統括責任者, 最高責任者).
const RANK_MARKS: &[&str] = &["総括", "統括", "最高"];

/// Whether a role name followed by `rest` is who acts: in 「保護管理者が
/// 指定する保護担当者を置く」 the role set up is the 保護担当者. A set-up
/// form in the passive after が sets the named role up (「保護管理者が定め
/// られており」, 「…が置かれ」, 「…が指定され」). The subject acts too
/// (「総括者は、…基準を定め」, 「保護管理者は、…担当者を指名する」) unless
/// an office is appointed to it (「総括者は、副市長をもって充てる。」).
fn is_agent(rest: &str) -> bool {
    let subject = rest.starts_with('は') && !rest.contains("充て");
    subject
        || rest.strip_prefix('が').is_some_and(|verb| {
            !SET_UP_FORMS.iter().any(|form| {
                verb.strip_prefix(form)
                    .is_some_and(|r| r.starts_with("られ") || r.starts_with("され") || r.starts_with('れ'))
            })
        })
}

/// Of `ends` (ascending), the last at or before `at`.
fn last_end_by(ends: &[usize], at: usize) -> Option<usize> {
    ends[..ends.partition_point(|&e| e <= at)].last().copied()
}

/// Role names of a role item: its element phrases that are a role word, the
/// head of a unit (課の長, 課等の長: a role a rule names as it likes is known
/// by the office that fills it, 「課等に情報管理責任者を置き、当該課等の長を
/// もって充てる。」) or a committee (…委員会, …会議), alone, followed by a
/// set-up stem (保護管理者 置), or followed by a word of its function
/// (事務取扱担当者 補佐).
pub fn role_names(phrases: &[Vec<String>]) -> Vec<RoleName> {
    let is_role =
        |w: &str| terms::is_role_word(w) || w.ends_with("の長") || w.ends_with("委員会") || w.ends_with("会議");
    let mut names: Vec<RoleName> = Vec::new();
    for words in phrases {
        let name = match words.as_slice() {
            [w] if is_role(w) => Some(RoleName { name: w.clone(), with: None }),
            [w, stem] if is_role(w) && SET_UP_STEMS.iter().any(|s| stem.starts_with(s)) => {
                Some(RoleName { name: w.clone(), with: None })
            }
            [w, function] if is_role(w) => Some(RoleName { name: w.clone(), with: Some(function.clone()) }),
            _ => None,
        };
        if let Some(n) = name {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names
}

/// `compact` with proper names that only look like objects removed
/// (borrowed when it names none, as most texts do).
fn without_false_objects(compact: &str) -> Cow<'_, str> {
    if !NAMES_NOT_OBJECTS.iter().any(|n| compact.contains(n)) {
        return Cow::Borrowed(compact);
    }
    Cow::Owned(NAMES_NOT_OBJECTS.iter().fold(compact.to_string(), |t, n| t.replace(n, "〇")))
}

/// Terms defined in a regulation (以下「X」という), whether the text
/// defining each is about personal information, and the short forms among
/// them.
#[derive(Debug, Clone, Default)]
pub struct DefinedTerms {
    terms: Vec<(String, bool)>,
    short_forms: Vec<ShortForm>,
    /// The text binds the parties of a contract as 甲 and 乙 (乙は、…).
    contract_parties: bool,
}

/// How a contract names its parties, written out as the catalogs name them.
/// A 委託 contract and its 特記事項 call the commissioning body 甲 (or
/// 発注者) and the contractor 乙 (or 受注者); the guidelines and standards
/// say 委託者 and 受託者.
const PARTY_NAMES: [(&str, &str); 2] = [("発注者", "委託者"), ("受注者", "受託者")];
/// The parties as the letters 甲 and 乙, read so only in a text that binds them.
const PARTY_LETTERS: [(char, &str); 2] = [('甲', "委託者"), ('乙', "受託者")];

/// A term defined as the short form of the compound noun it ends:
/// 管理責任者 of 個人情報管理責任者(以下「管理責任者」という。).
#[derive(Debug, Clone, PartialEq)]
struct ShortForm {
    short: String,
    /// What the compound has before the short form: 個人情報.
    prefix: String,
}

impl DefinedTerms {
    /// From the NFKC texts of a regulation's paragraphs.
    pub fn collect<'a>(paragraphs: impl Iterator<Item = &'a str>) -> DefinedTerms {
        static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let re = RE.get_or_init(|| regex::Regex::new(r"以下(?:単に)?「([^」]{1,20})」という").expect("valid regex"));
        let mut defined = DefinedTerms::default();
        for text in paragraphs {
            defined.contract_parties |=
                PARTY_LETTERS.iter().any(|(letter, _)| text.strip_prefix(*letter).is_some_and(|r| r.starts_with('は')));
            for m in re.captures_iter(text) {
                let whole = m.get(0).expect("match");
                let sentence_start = text[..whole.start()].rfind('。').map_or(0, |i| i + '。'.len_utf8());
                let bound = has_object(&text[sentence_start..whole.start()]);
                let term = &m[1];
                defined.terms.push((term.to_string(), bound));
                if let Some(form) = short_form(&text[..whole.start()], term) {
                    if !defined.short_forms.contains(&form) {
                        defined.short_forms.push(form);
                    }
                }
            }
        }
        defined
    }

    /// `compact` with every short form written out (管理責任者 →
    /// 個人情報管理責任者) and a contract's parties named as the catalogs
    /// name them (乙 → 受託者, see `PARTY_NAMES`), borrowed when it has
    /// none. Only a short form that starts a word is one: in 指定管理者 or
    /// its own compound, 管理者 is the end of another noun.
    pub fn expand<'t>(&self, compact: &'t str) -> Cow<'t, str> {
        let mut text = contract_parties_written_out(compact, self.contract_parties);
        for ShortForm { short, prefix } in &self.short_forms {
            if !text.contains(short.as_str()) {
                continue;
            }
            let mut out = String::with_capacity(text.len() + prefix.len());
            let mut rest = 0;
            for (at, _) in text.match_indices(short.as_str()) {
                if !text[..at].chars().next_back().is_some_and(in_compound_noun) {
                    out.push_str(&text[rest..at]);
                    out.push_str(prefix);
                    rest = at;
                }
            }
            out.push_str(&text[rest..]);
            text = Cow::Owned(out);
        }
        text
    }
}

/// `compact` with a contract's parties named as the catalogs name them:
/// 発注者 and 受注者 always, 甲 and 乙 when `letters` (the text binds 甲 and 乙)
/// and the letter stands alone (乙は、甲に報告し), not in a word.
fn contract_parties_written_out(compact: &str, letters: bool) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(compact);
    for (name, written) in PARTY_NAMES {
        if text.contains(name) {
            text = Cow::Owned(text.replace(name, written));
        }
    }
    if letters && text.contains(PARTY_LETTERS.map(|(c, _)| c)) {
        let mut out = String::with_capacity(text.len() + 16);
        let mut prev: Option<char> = None;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let party = PARTY_LETTERS.iter().find(|(letter, _)| *letter == c).map(|(_, name)| *name);
            let alone = !prev.is_some_and(in_compound_noun) && !chars.peek().copied().is_some_and(in_compound_noun);
            match party {
                Some(name) if alone => out.push_str(name),
                _ => out.push(c),
            }
            prev = Some(c);
        }
        text = Cow::Owned(out);
    }
    text
}

/// Kanji (with 々) and katakana (with ー): the letters of a compound noun
/// such as 個人情報管理責任者 or システム管理者.
fn in_compound_noun(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '々' || ('\u{30a1}'..='\u{30fa}').contains(&c) || c == 'ー'
}

/// The short form that 「以下「`term`」という」 defines when `before` (the
/// text up to 以下) ends in an opening bracket after a compound noun — a
/// run of kanji and katakana — that ends with `term` and is longer.
fn short_form(before: &str, term: &str) -> Option<ShortForm> {
    let compound_end = before.strip_suffix('(')?;
    let start = compound_end.char_indices().rev().take_while(|&(_, c)| in_compound_noun(c)).last()?.0;
    let prefix = compound_end[start..].strip_suffix(term)?;
    (!prefix.is_empty()).then(|| ShortForm { short: term.to_string(), prefix: prefix.to_string() })
}

fn has_object(compact: &str) -> bool {
    let t = without_false_objects(compact);
    OBJECT_WORDS.iter().any(|w| t.contains(w))
}

/// Whether `compact` is about personal information: it names it, or uses a
/// term whose definition does.
pub fn is_bound(compact: &str, defined: &DefinedTerms) -> bool {
    has_object(compact) || defined.terms.iter().any(|(t, bound)| *bound && compact.contains(t.as_str()))
}

/// Byte offsets of the set-up forms in `compact`, in order (one pass for
/// all forms; no form overlaps itself, so these are every occurrence of each).
fn set_up_offsets(compact: &str) -> Vec<usize> {
    static FORMS: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| AhoCorasick::new(SET_UP_FORMS).expect("set-up forms"));
    let mut at: Vec<usize> = forms.find_overlapping_iter(compact).map(|m| m.start()).collect();
    at.sort_unstable();
    at
}

/// Whether `compact` opens with `role` as its subject: a noun ending in the
/// role's name, then は (「総括者は、…」, 「個人情報管理総括者は、…」).
pub fn is_subject(compact: &str, role: &str) -> bool {
    compact.split_once('は').is_some_and(|(head, _)| head.ends_with(role) && head.chars().all(in_compound_noun))
}

/// Whether `compact` opens with the role `name` as its subject (see
/// [`is_subject`]), the name not the end of one that outranks it (総括個人
/// 情報管理責任者 is no 個人情報管理責任者) and its function word, if it
/// needs one, in `compact` (「取扱担当者は、管理者を補佐し」).
pub fn is_subject_role(compact: &str, name: &RoleName) -> bool {
    let Some((head, _)) = compact.split_once('は') else { return false };
    is_subject(compact, &name.name)
        && !name.outranked_in(&head[..head.len() - name.name.len()])
        && name.with.as_ref().is_none_or(|w| compact.contains(w.as_str()))
}

/// Marks of serving under another (NFKC), after the superior's name: 「…の
/// 指揮監督の下」, 「…の指揮監督を受け」, 「…の指揮を受け」, 「…の命を受け」.
const SERVING_UNDER: &[&str] = &["の指揮監督の下", "の指揮監督を受け", "の指揮を受け", "の命を受け"];

/// Whether `compact`'s subject, a holder of one of `names` by its name
/// (部統括責任者 is a 統括責任者), serves under another holder of them (a
/// parenthesis after the name allowed: 「部統括責任者は、…総括保護管理者（副町
/// 長をもって充てる。）の指揮監督の下」): the subject is below the role the
/// names are of. Not a subject of another role (「保護担当者は、保護管理者の
/// 指揮を受け」 says nothing of the 保護管理者), nor a superior that outranks
/// the name (a 保護管理者 「総括保護管理者の指揮監督の下」 serves under the top
/// role, not under a 保護管理者).
pub fn serves_under(compact: &str, names: &[RoleName]) -> bool {
    let Some((_, act)) = compact.split_once('は') else { return false };
    if !names.iter().any(|n| is_subject_role(compact, n)) {
        return false;
    }
    names.iter().any(|n| {
        act.match_indices(n.name.as_str()).any(|(at, name)| {
            if n.outranked_in(&act[..at]) {
                return false;
            }
            let rest = &act[at + name.len()..];
            let rest = match rest.strip_prefix('(') {
                Some(inner) => inner.split_once(')').map_or(rest, |(_, after)| after),
                None => rest,
            };
            SERVING_UNDER.iter().any(|m| rest.starts_with(m))
        })
    })
}

/// Whether `compact` names one of `names` as a role another rule sets up
/// (「…事務は、市規程第3条に規定する総括保護管理者…が総括する。」,
/// 「基本方針に定める総括責任者」, see `terms::cited_source_ends`): the role
/// is only named, by reference.
pub fn names_anothers_role(compact: &str, names: &[RoleName]) -> bool {
    let ends = terms::cited_source_ends(compact);
    names.iter().any(|n| compact.match_indices(n.name.as_str()).any(|(at, _)| ends.contains(&at)))
}

/// Whether `compact` sets up one of `names` (a role name before a set-up form).
pub fn sets_up(compact: &str, names: &[RoleName]) -> bool {
    let t = without_false_objects(compact);
    let Some(&last_form) = set_up_offsets(&t).last() else {
        return false;
    };
    names.iter().any(|n| n.ends_in(&t).first().is_some_and(|&end| end <= last_form))
}

/// Whether `sentence` sets up one of `names` (as [`sets_up`] reads a unit),
/// the word of its function a name needs (補佐) looked for in the whole
/// `unit` the sentence is part of: 「…事務担当者を指名することができる。」
/// is followed by 「２　事務担当者は、管理者を補佐し、…」.
pub fn sentence_sets_up(sentence: &str, unit: &str, names: &[RoleName]) -> bool {
    let names: Vec<RoleName> = names
        .iter()
        .filter(|n| n.with.as_ref().is_none_or(|w| unit.contains(w.as_str())))
        .map(|n| RoleName { name: n.name.clone(), with: None })
        .collect();
    sets_up(sentence, &names)
}

/// Endings of a caption that is a role's own heading: （監査責任者）,
/// （保護管理者の責務）, （委員会の設置）.
const ROLE_CAPTION_ENDINGS: &[&str] = &["", "等", "の設置", "の責務", "の職務", "の任務", "の役割", "の指定"];

/// Whether `caption` (NFKC) is the heading of one of the roles `names`:
/// 「委員会への報告」 names the national commission's report, not a committee.
pub fn caption_names_role(caption: &str, names: &[RoleName]) -> bool {
    let c = without_false_objects(caption);
    names.iter().filter(|n| n.with.is_none()).any(|n| {
        c.rsplit_once(n.name.as_str())
            .is_some_and(|(head, rest)| ROLE_CAPTION_ENDINGS.contains(&rest) && !n.outranked_in(head))
    })
}

/// Of the role items `(index, names)`, the one `compact` sets up: at the
/// first set-up form preceded by a role name (a form such as 「規則に定める」
/// before any name sets nothing up), the name ending last before it; on a tie
/// the longer name (総括個人情報保護管理者 over 個人情報保護管理者).
pub fn role_set_up(compact: &str, roles: &[(usize, &[RoleName])]) -> Option<usize> {
    let t = without_false_objects(compact);
    let offsets = set_up_offsets(&t);
    if offsets.is_empty() {
        return None;
    }
    // Each name searched once, in the order of `roles` (a tie keeps the last, as before).
    let names: Vec<(usize, usize, Vec<usize>)> = roles
        .iter()
        .flat_map(|(i, names)| names.iter().map(|n| (*i, n.name.len(), n.ends_in(&t))))
        .filter(|(_, _, ends)| !ends.is_empty())
        .collect();
    offsets.into_iter().find_map(|at| {
        names
            .iter()
            .filter_map(|(i, len, ends)| last_end_by(ends, at).map(|end| (*i, end, *len)))
            .max_by_key(|&(_, end, len)| (end, len))
            .map(|(i, _, _)| i)
    })
}

/// Procedures of the law that read like measures (NFKC): the requests of
/// 開示・訂正・利用停止 (請求, or 申出 as hospitals and 要綱 call a
/// patient's or citizen's request; 「開示又は訂正の申出」 names both), the
/// 個人情報ファイル簿, provision to a third party in a foreign country,
/// stating the purpose of use, the limit on use and provision for other
/// purposes as the law states it (「…利用目的以外の目的のために保有個人情報
/// を自ら利用し、又は提供してはならない」, 法第69条), and the 特定個人情報保護評価 (番号法第28条)
/// a body carries out and files before it holds a file — its 評価 and
/// 評価書 are no review of the rule's measures.
fn procedure_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(concat!(
            r"(?:開示|訂正|利用停止|削除|追加)(?:(?:、|・|又は|若しくは|及び|並びに)(?:開示|訂正|利用停止|削除|追加))*",
            r"(?:等)?(?:の)?(?:請求|申出|申し出)|",
            r"(?:特定)?個人情報ファイル簿|",
            r"外国(?:にある|に所在する)第三者|",
            r"利用目的(?:の明示|を明示)|",
            r"利用目的以外の目的のために[^。]*?提供し|",
            r"(?:特定)?個人情報保護評価書?|評価書"
        ))
        .expect("valid regex")
    })
}

/// The name of another rule a sentence defers to (NFKC):
/// 「…診療情報提供要綱の定めるところによる」. In a sentence about a
/// procedure of the law it names where the procedure is laid down, so its
/// words (提供) are no measure of this rule's either.
fn cited_rule_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"[^、。,]+?(?:要綱|要領|規程|規則|条例|基準)(?:の定める|に定める|で定める|による)")
            .expect("valid regex")
    })
}

/// Words of entering a room or area (NFKC).
const ENTRY_WORDS: &[&str] = &["入室", "入退室", "入館", "入場", "立入", "立ち入"];
/// Words of a system's identification and authentication of its users.
const AUTHENTICATION_WORDS: &[&str] = &["認証", "識別", "ICカード", "生体"];
/// Words that put a system's use in the same sentence as a door.
const SYSTEM_USE_WORDS: &[&str] = &["ログイン", "アクセス", "情報システムを利用", "端末を使用"];

/// `compact` with its look-alikes of a measure blanked out, or None when it
/// has none: the law's procedures (`procedure_regex`); for a measure of the
/// information system (`system_measure`), authentication at a door too —
/// 「管理区域への入室は、ICカードによる認証を受けた者に限る」 is entry
/// control (別添1 E-a, 指針 6-1), not a system identifying and
/// authenticating its users (F-b, 5-1), unless the sentence also speaks of
/// the system's use — and a virus scanner's pattern file kept current
/// (`blank_pattern_files`).
pub fn without_look_alikes(compact: &str, system_measure: bool) -> Option<String> {
    let re = procedure_regex();
    let procedures = re.is_match(compact);
    let door = system_measure
        && ENTRY_WORDS.iter().any(|w| compact.contains(w))
        && AUTHENTICATION_WORDS.iter().any(|w| compact.contains(w));
    let patterns = system_measure && compact.contains("最新") && pattern_file_regex().is_match(compact);
    if !procedures && !door && !patterns {
        return None;
    }
    let text =
        if procedures { compact.split_inclusive('。').map(blank_procedure).collect() } else { compact.to_string() };
    let text = if door { text.split_inclusive('。').map(blank_door_authentication).collect() } else { text };
    let text = if patterns { blank_pattern_files(&text) } else { text };
    (text != compact).then_some(text)
}

/// A virus scanner's pattern file kept current within one clause, nothing
/// else updated between (「そのパターンファイルを常に最新のものに更新」,
/// 「定義ファイルを常に最新の状態に保つ」): the scanner's name for what
/// software it knows as malicious.
fn pattern_file_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"(?:定義ファイル|パターンファイル)([^、。,]*?)最新").expect("valid regex"))
}

/// `compact` with the 最新 of its pattern files blanked: keeping them
/// current is protection from known malware (指針 5-6's first element), not
/// keeping the software itself up to date or fixing its vulnerabilities
/// (its second: パッチ, 更新プログラム, 「ソフトウェアを常に最新の状態に保つ」),
/// which a clause naming software, an OS, a program or an application
/// between the two still says.
fn blank_pattern_files(compact: &str) -> String {
    pattern_file_regex()
        .replace_all(compact, |m: &regex::Captures| {
            if SOFTWARE_WORDS.iter().any(|w| m[1].contains(w)) {
                m[0].to_string()
            } else {
                m[0].replace("最新", "〇〇")
            }
        })
        .into_owned()
}

/// Words of software that, named between a pattern file and 最新, is kept
/// current with it (「定義ファイル及びOSを常に最新の状態に保つ」).
const SOFTWARE_WORDS: &[&str] = &["ソフトウェア", "OS", "プログラム", "アプリケーション", "ファームウェア"];

/// A sentence with its procedures of the law blanked, and the rules it
/// defers them to when it names any.
fn blank_procedure(sentence: &str) -> String {
    let re = procedure_regex();
    if !re.is_match(sentence) {
        return sentence.to_string();
    }
    let blanked = re.replace_all(sentence, "〇");
    cited_rule_regex().replace_all(&blanked, "〇").into_owned()
}

/// A sentence with the authentication words blanked when it speaks of a
/// door and not of a system's use.
fn blank_door_authentication(sentence: &str) -> String {
    let at_door =
        ENTRY_WORDS.iter().any(|w| sentence.contains(w)) && !SYSTEM_USE_WORDS.iter().any(|w| sentence.contains(w));
    if !at_door {
        return sentence.to_string();
    }
    AUTHENTICATION_WORDS.iter().fold(sentence.to_string(), |s, w| s.replace(w, "〇"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_file_kept_current_is_no_software_update() {
        let scanner =
            "ウイルス対策ソフトウェアを導入し、そのパターンファイルを常に最新のものに更新しなければならない。";
        let masked = without_look_alikes(scanner, true).expect("a look-alike");
        assert!(!masked.contains("最新") && masked.contains("ウイルス対策ソフトウェア"), "{masked}");
        assert!(without_look_alikes("定義ファイルを常に最新の状態に保たなければならない。", true)
            .is_some_and(|t| !t.contains("最新")));
        // Software named with it is kept current too.
        assert_eq!(without_look_alikes("定義ファイル及びOSを常に最新の状態に保たなければならない。", true), None);
        assert_eq!(without_look_alikes("導入したソフトウェアを常に最新の状態に保たなければならない。", true), None);
        // Only for the system's measures.
        assert_eq!(without_look_alikes(scanner, false), None);
    }

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn names(list: &[&str]) -> Vec<RoleName> {
        list.iter().map(|s| RoleName { name: s.to_string(), with: None }).collect()
    }

    /// A caption names a role with modifiers before it, not one it
    /// outranks.
    #[test]
    fn a_caption_ends_in_the_role_it_names() {
        assert!(caption_ends_in_role("番号事務監査責任者", "監査責任者"));
        assert!(caption_ends_in_role("個人番号管理総括者", "総括者"));
        assert!(!caption_ends_in_role("総括個人情報保護管理者", "保護管理者"));
        assert!(!caption_ends_in_role("監査の実施", "監査責任者"));
    }

    /// A role that is the subject acts; it is set up only by an office
    /// appointed to it.
    #[test]
    fn a_role_as_the_subject_is_not_set_up_by_what_it_does() {
        let n = names(&["総括者", "保護管理者"]);
        assert!(!sets_up("総括者は、パスワードの管理の方法に関する基準を定めなければならない。", &n));
        assert!(!sets_up("保護管理者は、事務取扱担当者を指名する。", &n));
        assert!(sets_up("総括者は、副市長をもって充てる。", &n));
        assert!(sets_up("課に保護管理者を置く。", &n));
    }

    #[test]
    fn a_role_counts_only_when_tied_to_personal_information() {
        let none = DefinedTerms::default();
        assert!(is_bound("課に、保有個人情報を適切に管理させるため、管理責任者を置く。", &none));
        assert!(!is_bound("情報化の推進に関する事務を総括するため、情報化統括責任者を置く。", &none));
        // The national commission and the law are names, not the object.
        assert!(!is_bound("委員は、個人情報保護委員会の指針を踏まえ、会議に出席する。", &none));
        // Through a defined term: the definition names personal information.
        let defined = DefinedTerms::collect(["保有個人情報を取り扱う課の長(以下「所属長」という。)は、"].into_iter());
        assert!(is_bound("所属長は、職員を指名する。", &defined));
        let unbound = DefinedTerms::collect(["電子計算機を管理する課の長(以下「所属長」という。)は、"].into_iter());
        assert!(!is_bound("所属長は、職員を指名する。", &unbound));
    }

    #[test]
    fn setting_up_is_naming_the_role_before_a_set_up_verb() {
        let n = names(&["監査責任者"]);
        assert!(sets_up("市に、保有個人情報の管理状況を監査させるため、監査責任者を置く。", &n));
        assert!(sets_up("会計管理者は、監査責任者として、保有個人情報の管理を監査する。", &n));
        // Acting in the role is not setting it up.
        assert!(!sets_up("監査責任者は、毎年、保有個人情報の管理の状況を監査し、結果を報告する。", &n));
    }

    #[test]
    fn the_role_set_up_is_the_one_named_last_before_the_verb() {
        let chief = names(&["総括責任者"]);
        let keeper = names(&["保護責任者", "個人情報保護管理者"]);
        let clerk = names(&["保護担当者"]);
        let mut clerk = clerk;
        clerk.push(RoleName { name: "事務取扱担当者".into(), with: Some("補佐".into()) });
        let roles: Vec<(usize, &[RoleName])> = vec![(0, &chief), (1, &keeper), (2, &clerk)];
        let p = "保護責任者は、所属職員のうちから、保有個人情報の事務を補佐する事務取扱担当者を指名する。";
        assert_eq!(role_set_up(p, &roles), Some(2));
        assert_eq!(role_set_up("各課に保護責任者を置き、課長をもって充てる。", &roles), Some(1));
        // Without its function (補佐), a 事務取扱担当者 is not a 保護担当者;
        // the 保護責任者 is the subject, who acts.
        assert_eq!(role_set_up("保護責任者は、特定個人情報の事務取扱担当者を指定する。", &roles), None);
        assert_eq!(role_set_up("保護責任者は、保有個人情報を適切に管理する。", &roles), None);
        // 「規則に定める」 before the name sets nothing up; 置く after it does.
        assert_eq!(role_set_up("事務を総括するため、規則第3条に定める総括責任者を置く。", &roles), Some(0));
        // The role named with が acts (指定する); the one set up follows.
        assert_eq!(role_set_up("課等に、当該課等の保護責任者が指定する保護担当者を置く。", &roles), Some(2));
        // In the passive, the role named with が is the one set up.
        assert_eq!(role_set_up("総括責任者及び保護責任者が定められていること。", &roles), Some(1));
        assert_eq!(role_set_up("各課に保護担当者が置かれ、課長が指名する。", &roles), Some(2));
    }

    /// The definition, searched again before every form: the name that
    /// `rfind` finds last before the first form preceded by any, other than
    /// one that acts.
    fn role_set_up_by_definition(compact: &str, roles: &[(usize, &[RoleName])]) -> Option<usize> {
        let t = without_false_objects(compact);
        let holds = |n: &RoleName| n.with.as_ref().is_none_or(|w| t.contains(w.as_str()));
        set_up_offsets(&t).into_iter().find_map(|at| {
            roles
                .iter()
                .flat_map(|(i, names)| names.iter().map(move |n| (*i, n)))
                .filter(|(_, n)| holds(n))
                .filter_map(|(i, n)| last_not_agent(&t, at, &n.name).map(|p| (i, p + n.name.len(), n.name.len())))
                .max_by_key(|&(_, end, len)| (end, len))
                .map(|(i, _, _)| i)
        })
    }

    /// Start of the last `name` ending by `at` that does not name who acts (`is_agent`).
    fn last_not_agent(t: &str, at: usize, name: &str) -> Option<usize> {
        let mut by = at;
        loop {
            let p = t[..by].rfind(name)?;
            if !is_agent(&t[p + name.len()..]) {
                return Some(p);
            }
            // Overlapping occurrences end before this one does.
            by = p + name.len() - name.chars().last()?.len_utf8();
        }
    }

    #[test]
    fn the_role_set_up_is_the_definitions_on_any_text() {
        // Names that overlap themselves (管理管理), share ends (担当者) and
        // tie, among forms and the national commission's name.
        let a = names(&["管理管理", "担当者"]);
        let b = names(&["事務担当者", "管理"]);
        let mut c = names(&["者"]);
        c.push(RoleName { name: "委員".into(), with: Some("補佐".into()) });
        let roles: Vec<(usize, &[RoleName])> = vec![(0, &a), (1, &b), (2, &c), (3, &a)];
        let pieces = [
            "管理",
            "事務",
            "担当者",
            "委員",
            "補佐",
            "を置く",
            "として",
            "定め",
            "られ",
            "個人情報保護委員会",
            "、",
            "は",
            "が",
        ];
        let mut below = crate::analyze::numbers_below(0x5eed_0f70);
        let mut set_up = 0;
        for _ in 0..3000 {
            let text: String = (0..1 + below(12)).map(|_| pieces[below(pieces.len() as u64) as usize]).collect();
            let expected = role_set_up_by_definition(&text, &roles);
            assert_eq!(role_set_up(&text, &roles), expected, "{text}");
            let first = |n: &[RoleName]| sets_up(&text, n);
            assert_eq!(first(&a), role_set_up_by_definition(&text, &[(0, &a)]).is_some(), "{text}");
            set_up += usize::from(expected.is_some());
        }
        // Both answers were drawn often.
        assert!((600..2400).contains(&set_up), "{set_up}");
    }

    #[test]
    fn a_caption_names_a_role_only_as_its_heading() {
        let n = names(&["監査責任者", "委員会"]);
        assert!(caption_names_role("監査責任者", &n));
        assert!(caption_names_role("個人情報管理委員会の設置", &n));
        assert!(!caption_names_role("委員会への報告及び本人への通知", &n));
        assert!(!caption_names_role("監査責任者による監査", &n));
    }

    #[test]
    fn role_names_come_from_role_phrases_only() {
        let phrases = vec![
            words(&["保護管理者", "置"]),
            words(&["課の長"]),
            words(&["適切な管理を確保"]),
            words(&["個人情報保護管理者"]),
        ];
        // The head of a unit names the role it fills.
        assert_eq!(role_names(&phrases), names(&["保護管理者", "課の長", "個人情報保護管理者"]));
        let with = role_names(&[words(&["事務取扱担当者", "補佐"])]);
        assert_eq!(with, vec![RoleName { name: "事務取扱担当者".into(), with: Some("補佐".into()) }]);
    }

    #[test]
    fn procedures_of_the_law_are_blanked() {
        let t = without_look_alikes("法第91条第1項の訂正請求があったときは、所管課長に通知する。", false).unwrap();
        assert!(!t.contains("訂正"), "{t}");
        assert!(without_look_alikes("誤りを発見したときは、速やかに訂正する。", false).is_none());
        let t = without_look_alikes("責任者は、特定個人情報保護評価を実施し、評価書を修正する。", false).unwrap();
        assert!(!t.contains("評価"), "{t}");
        assert!(without_look_alikes("総括責任者は、措置について評価し、見直す。", false).is_none());
        assert!(without_look_alikes("町長は、個人情報ファイル簿を作成し、公表する。", false).is_some());
        assert!(without_look_alikes("外国にある第三者に提供するときは、本人の同意を得る。", false).is_some());
        // A request called 申出, naming two procedures at once, deferred to
        // another rule whose name holds a measure's word (提供).
        let deferred = "患者から自己の診療録の開示又は訂正の申出があったときの手続は、\
                        市立病院診療情報提供要綱の定めるところによる。職員は、誤りを発見したときは訂正する。";
        let t = without_look_alikes(deferred, false).unwrap();
        assert!(!t.contains("開示") && !t.contains("提供要綱") && t.contains("手続は"), "{t}");
        assert!(t.ends_with("職員は、誤りを発見したときは訂正する。"), "another sentence is kept: {t}");
        // A rule named outside a procedure's sentence is kept: a measure may be
        // laid down by reference (委託 under the body's 委託基準).
        let by_reference = "委託に関する事項は、市個人情報取扱事務委託基準の定めるところによる。";
        assert!(without_look_alikes(by_reference, false).is_none());
        // For a measure of the system, authentication at a door is blanked (it
        // is entry control, whose own element keeps it); at a login it is not.
        let at_door = "管理区域への入室は、ICカードによる認証を受けた者に限る。";
        let door = without_look_alikes(at_door, true).unwrap();
        assert!(!door.contains("認証") && door.contains("入室"), "{door}");
        assert!(without_look_alikes(at_door, false).is_none());
        assert!(without_look_alikes("情報システムは、ICカードにより利用者を認証する。", true).is_none());
        assert!(without_look_alikes("サーバ室に入室し、又は情報システムにログインするときは、認証を受ける。", true)
            .is_none());
    }

    #[test]
    fn a_short_form_is_read_as_the_compound_it_shortens() {
        let defined = DefinedTerms::collect(
            [
                "市に、次の職員を置く。(1)個人情報総括管理者(以下「総括管理者」という。)(2)個人情報管理責任者(以下「管理責任者」という。)",
                // Not short forms: the term does not end the compound, or
                // no compound precedes the bracket.
                "個人情報の保護に関する法律(以下「法」という。)",
                "総括個人情報保護管理者(以下「総括管理者」という。)",
                "課が所掌する事務(以下「課の事務」という。)",
            ]
            .into_iter(),
        );
        let forms: Vec<(&str, &str)> =
            defined.short_forms.iter().map(|f| (f.short.as_str(), f.prefix.as_str())).collect();
        assert_eq!(forms, [("総括管理者", "個人情報"), ("管理責任者", "個人情報")]);
        assert_eq!(
            defined.expand("管理責任者は、課の長をもって充てる。"),
            "個人情報管理責任者は、課の長をもって充てる。"
        );
        assert_eq!(defined.expand("総括管理者及び管理責任者等は、"), "個人情報総括管理者及び個人情報管理責任者等は、");
        // Already written out, or the end of another noun: left alone.
        assert_eq!(defined.expand("個人情報管理責任者は、"), "個人情報管理責任者は、");
        assert_eq!(defined.expand("システム管理責任者は、"), "システム管理責任者は、");
        assert!(matches!(defined.expand("保護管理者は、"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_contracts_parties_are_read_as_the_catalogs_name_them() {
        let contract = DefinedTerms::collect(["乙は、個人情報を適正に取り扱わなければならない。"].into_iter());
        assert_eq!(
            contract.expand("乙は、速やかに甲に報告し、甲の指示に従う。"),
            "受託者は、速やかに委託者に報告し、委託者の指示に従う。"
        );
        // In a word, or as a mark (甲乙協議), the letter is no party.
        assert_eq!(contract.expand("甲乙協議の上、甲種の記録を残す。"), "甲乙協議の上、甲種の記録を残す。");
        // 甲 and 乙 bind parties only in a text that opens provisions with them.
        let rule = DefinedTerms::collect(["職員は、別表の甲欄の区分に従う。"].into_iter());
        assert_eq!(rule.expand("甲に報告する。"), "甲に報告する。");
        // 発注者 and 受注者 are the parties whatever the text.
        assert_eq!(rule.expand("受注者は、発注者に報告する。"), "受託者は、委託者に報告する。");
    }

    #[test]
    fn a_role_is_the_subject_of_what_opens_with_its_name() {
        assert!(is_subject("総括者は、事務を総括する。", "総括者"));
        assert!(is_subject("個人情報管理総括者は、事務を総括する。", "総括者"));
        assert!(!is_subject("職員は、総括者に報告する。", "総括者"));
        assert!(!is_subject("総括者に報告し、管理者は確認する。", "総括者"));
        assert!(!is_subject("総括者の指示に従う。", "総括者"));
    }
}
