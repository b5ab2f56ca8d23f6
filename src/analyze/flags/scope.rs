//! The scope of terms: 保有個人情報 ↔ 保有個人情報等 ↔ 特定個人情報, and what a
//! parenthesis includes （派遣労働者を含む。）.
use std::ops::Range;

use super::params::FlagParams;
use super::provision::ProvisionBlocks;
use super::role::{is_role, trailing_noun};
use super::{Flag, FlagKind, FlagSeverity, ProvisionText};
use crate::analyze::diff::{NormText, Units};
use crate::analyze::terms::enclosing_open;
use crate::text::normalize::is_kana_or_kanji;
use crate::text::tokens::{intern, PartOfSpeech};

/// A compound noun of a provision.
pub(super) struct Compound {
    /// Index of its paragraph in `ProvisionBlocks::blocks`.
    block: usize,
    /// As normalised: 保有個人情報等.
    form: String,
    /// Canonical key (scope suffixes folded): two forms of one term share
    /// it. Interned (`key_id`): the flags compare every compound of one
    /// side with every compound of the other, by id.
    key: &'static str,
    key_id: u32,
    /// Normalised byte range in the paragraph.
    range: Range<usize>,
    /// Its head, when it is a qualified term (see [`qualified_head`]), interned.
    head: Option<u32>,
}

/// A term named as included in a parenthesis of one paragraph.
pub(super) struct Inclusion {
    block: usize,
    /// 派遣労働者.
    noun: String,
    range: Range<usize>,
}

/// Compound nouns of a text long enough to be terms: (form as normalised,
/// canonical key, norm range). Brackets and punctuation end a compound; a
/// leading 当該 is dropped.
fn compounds(units: &Units) -> Vec<(String, String, Range<usize>)> {
    // Whether each unit can be part of a compound, read once per unit (the
    // loop below asked twice for most); kana and kanji, alphanumeric all,
    // are answered without `char::is_alphanumeric`'s table.
    let wordlike: Vec<bool> = units
        .units
        .iter()
        .map(|u| {
            // A dependent noun (ため, もの, こと) ends a clause, it is no
            // part of a term: 「…処理を行うため保有個人情報の…」.
            u.pos == PartOfSpeech::Noun
                && u.pos_sub != "非自立"
                && units.text.norm[u.norm.clone()]
                    .chars()
                    .all(|c| is_kana_or_kanji(c) || c.is_alphanumeric() || c == '・' || c == 'ー')
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < units.units.len() {
        if !wordlike[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < units.units.len()
            && wordlike[j]
            && (j == i || units.units[j - 1].norm.end == units.units[j].norm.start)
        {
            j += 1;
        }
        let mut first = i;
        if units.text.norm[units.units[i].norm.clone()] == *"当該" && j > i + 1 {
            first = i + 1;
        }
        let range = units.units[first].norm.start..units.units[j - 1].norm.end;
        let words = &units.units[first..j];
        let mut key = String::with_capacity(words.iter().map(|u| u.key.len()).sum());
        words.iter().for_each(|u| key.push_str(u.key));
        if key.chars().count() >= FlagParams::DEFAULT.scope_min_term_chars {
            out.push((units.text.norm[range.clone()].to_string(), key, range));
        }
        i = j;
    }
    out
}

/// Terms named as included in a parenthesis: （派遣労働者を含む。）.
fn inclusions(text: &NormText) -> Vec<(String, Range<usize>)> {
    let norm = &text.norm;
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    for (at, _) in norm.match_indices("を含む") {
        let mut depth = 0i32;
        let mut start = None;
        for (i, c) in norm[..at].char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' if depth == 0 => {
                    start = Some(i + 1);
                    break;
                }
                '(' => depth -= 1,
                '、' | '。' if depth == 0 && start.is_none() => {
                    start = Some(i + c.len_utf8());
                }
                _ => {}
            }
        }
        // Only inside a parenthesis: 「保有個人情報等を含む電磁的記録」 is no inclusion.
        let Some(open) = enclosing_open(norm, at) else { continue };
        // Nor within a matter handed to another rule (「…の管理（定期又は随時の
        // 見直しを含む。）…については、…ポリシーの定めるところによる。」): the
        // rule lays down none of it.
        if crate::analyze::terms::is_reference_nfkc(sentence_around(norm, at)) {
            continue;
        }
        let from = start.unwrap_or(open + 1).max(open + 1);
        let seg = &norm[from..at];
        let seg_start = seg.rfind(')').map(|k| from + k + 1).unwrap_or(from);
        // A case included is one whether 場合 or とき names it (「…クラウド
        // サービスを利用する場合を含む」 / 「…ときを含む」, the 法令用語's
        // two words for a case): both read as 場合.
        let (noun, len) = match norm[seg_start..at].strip_suffix("とき") {
            Some(_) => ("場合", "とき".len()),
            None => {
                let seg = &norm[seg_start..at];
                let (named, wrapper) = included_thing(seg);
                let noun = trailing_noun(named);
                let noun = if noun.is_empty() { trailing_verbal_noun(named) } else { noun };
                (noun, noun.len() + wrapper)
            }
        };
        if noun.is_empty() || out.iter().any(|(n, _)| n == noun) {
            continue;
        }
        out.push((noun.to_string(), at - len..at));
    }
    out
}

/// What an inclusion names, without the words that wrap it as a matter or
/// an act (「…見直しに関する事項を含む」, 「…更新に対応することを含む」 include
/// the 見直し and the 対応 as 「…見直しを含む」 and 「…更新への対応を含む」
/// do), and the length in bytes of the wrapping left out.
fn included_thing(seg: &str) -> (&str, usize) {
    const WRAPPERS: &[&str] = &["に関する事項", "に係る事項", "に関すること", "すること", "こと"];
    WRAPPERS.iter().find_map(|w| seg.strip_suffix(w).map(|named| (named, w.len()))).unwrap_or((seg, 0))
}

/// A noun written with its okurigana (見直し, 取扱い) ending `text`: the
/// characters after the last particle or mark, when they open with a
/// kanji and are short enough to be one word (`VERBAL_NOUN_MAX_CHARS`).
fn trailing_verbal_noun(text: &str) -> &str {
    const VERBAL_NOUN_MAX_CHARS: usize = 6;
    let start = text
        .rfind(['の', '、', '(', 'を', 'に', 'は', 'が', 'と'])
        .map_or(0, |k| k + text[k..].chars().next().map_or(0, char::len_utf8));
    let word = &text[start..];
    let opens_with_kanji = word.chars().next().is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if opens_with_kanji && word.chars().count() <= VERBAL_NOUN_MAX_CHARS {
        word
    } else {
        ""
    }
}

/// The compound nouns of a side long enough to be terms, paragraph by paragraph.
pub(super) fn compounds_of(p: &ProvisionBlocks) -> Vec<Compound> {
    let mut out = Vec::new();
    for (i, bl) in p.blocks.iter().enumerate() {
        for (form, key, range) in compounds(&bl.units) {
            let head = qualified_head(&bl.units, &range).map(|head| intern(&head).0);
            let (key_id, key) = intern(&key);
            out.push(Compound { block: i, form, key, key_id, range, head });
        }
    }
    out
}

/// The terms a side includes in parentheses, each once, paragraph by paragraph.
pub(super) fn inclusions_of(p: &ProvisionBlocks) -> Vec<Inclusion> {
    let mut out: Vec<Inclusion> = Vec::new();
    for (i, bl) in p.blocks.iter().enumerate() {
        for (noun, range) in inclusions(bl.text()) {
            if !out.iter().any(|x| x.noun == noun) {
                out.push(Inclusion { block: i, noun, range });
            }
        }
    }
    out
}

/// Every scope difference between the two sides.
/// `delegated`: the A locations of the provisions B hands to another rule
/// (or A does), whose inclusions went with their content.
pub(super) fn scope_flags(a: &ProvisionText, b: &ProvisionText, delegated: &[Option<String>], flags: &mut Vec<Flag>) {
    let (ca, cb) = (&a.facts.compounds, &b.facts.compounds);
    suffix_flags(&a.blocks, &b.blocks, ca, cb, flags);
    qualifier_flags(&a.blocks, &b.blocks, ca, cb, flags);
    defined_kind_flags(&a.blocks, &b.blocks, flags);
    inclusion_flags(&a.blocks, &b.blocks, (&a.facts.inclusions, &b.facts.inclusions), delegated, flags);
}

/// The same term with and without a scope suffix (等) on the two sides:
/// one flag per article listing every such term.
fn suffix_flags(a: &ProvisionBlocks, b: &ProvisionBlocks, ca: &[Compound], cb: &[Compound], flags: &mut Vec<Flag>) {
    let mut pairs: Vec<(&Compound, &Compound)> = Vec::new();
    for (i, oa) in ca.iter().enumerate() {
        // Each key once, at its first form on side a (no lists gathered:
        // this runs for every compound of every compared pair).
        if ca[..i].iter().any(|o| o.key_id == oa.key_id) {
            continue;
        }
        let forms_b = || cb.iter().filter(|o| o.key_id == oa.key_id);
        let Some(first_b) = forms_b().next() else { continue };
        if ca[i..].iter().filter(|o| o.key_id == oa.key_id).any(|x| forms_b().any(|y| x.form == y.form)) {
            continue;
        }
        pairs.push((oa, first_b));
    }
    // A stable order, so that the same finding reads the same in every article.
    pairs.sort_by(|x, y| x.0.key.cmp(y.0.key));
    if pairs.is_empty() {
        return;
    }
    let list = pairs.iter().map(|(x, y)| format!("「{}」→「{}」", x.form, y.form)).collect::<Vec<_>>().join("、");
    flags.push(Flag {
        kind: FlagKind::ScopeChanged,
        severity: FlagSeverity::Low,
        message: format!("「等」の有無で用語の範囲が異なります: {list}"),
        a_location: a.blocks[pairs[0].0.block].location.clone(),
        b_location: b.blocks[pairs[0].1.block].location.clone(),
        a_spans: pairs.iter().map(|(x, _)| a.blocks[x.block].text().orig(x.range.clone()).to_string()).collect(),
        b_spans: pairs.iter().map(|(_, y)| b.blocks[y.block].text().orig(y.range.clone()).to_string()).collect(),
    });
}

/// The head of a qualified term: its last words as keys, when the term is a
/// qualifier of at most two words before a head and carries no inner 等 /
/// その他 (秘密保持義務等個人情報 is a list, not a term).
fn qualified_head(units: &Units, r: &Range<usize>) -> Option<String> {
    let params = FlagParams::DEFAULT;
    // Units are in text order and do not overlap: those inside `r` are the
    // run from the first starting in it to the last ending in it (two
    // binary searches), not a scan of the paragraph for each compound.
    let from = units.units.partition_point(|u| u.norm.start < r.start);
    let inside = &units.units[from..];
    let inside = &inside[..inside.partition_point(|u| u.norm.end <= r.end)];
    if !(params.qualified_term_min_words..=params.qualified_term_max_words).contains(&inside.len()) {
        return None;
    }
    // Only then searched for (most compounds are of one or two words).
    let text = &units.text.norm[r.clone()];
    let inner_list = text.trim_end_matches('等').contains('等') || text.contains("その他");
    (!inner_list).then(|| inside[inside.len() - params.term_head_words..].iter().map(|u| u.key).collect())
}

/// A term narrowed or widened by its qualifier: 保有個人情報 ↔ 特定個人情報,
/// 保有個人情報 ↔ 課保有個人情報 (the same last two words, another head).
/// Role names are the role flags' business.
fn qualifier_flags(a: &ProvisionBlocks, b: &ProvisionBlocks, ca: &[Compound], cb: &[Compound], flags: &mut Vec<Flag>) {
    let keys_b: Vec<u32> = cb.iter().map(|o| o.key_id).collect();
    let keys_a: Vec<u32> = ca.iter().map(|o| o.key_id).collect();
    let mut reported: Vec<(u32, u32)> = Vec::new();
    // Citations (上尾市組織規則, 昭和60年上尾市規則) differ by city, not by scope.
    let candidate =
        |o: &&Compound| !is_role(&o.form) && !o.form.chars().any(|c| c.is_ascii_digit()) && !is_enactment_name(&o.form);
    // Side b's candidates found once, not again for each term of side a.
    let candidates_b: Vec<(&Compound, u32)> = cb
        .iter()
        .filter(|o| !keys_a.contains(&o.key_id))
        .filter(candidate)
        .filter_map(|o| Some((o, o.head?)))
        .collect();
    for oa in ca.iter().filter(|o| !keys_b.contains(&o.key_id)).filter(candidate) {
        let Some(ta) = oa.head else { continue };
        for &(ob, tb) in &candidates_b {
            if ta == tb && oa.key_id != ob.key_id && !reported.contains(&(oa.key_id, ob.key_id)) {
                reported.push((oa.key_id, ob.key_id));
                flags.push(Flag {
                    kind: FlagKind::ScopeChanged,
                    severity: FlagSeverity::Medium,
                    message: format!("対象が異なります: 「{}」→「{}」", oa.form, ob.form),
                    a_location: a.blocks[oa.block].location.clone(),
                    b_location: b.blocks[ob.block].location.clone(),
                    a_spans: vec![a.blocks[oa.block].text().orig(oa.range.clone()).to_string()],
                    b_spans: vec![b.blocks[ob.block].text().orig(ob.range.clone()).to_string()],
                });
            }
        }
    }
}

/// A term side b defines as a kind of one side a's provision applies to,
/// in a parenthesis (「住民記録システム（住民基本台帳に関する事務を処理する
/// 情報システムをいう。）のシステム管理者は、当該システムで…」 for a's
/// 「情報システム」): b's provision reaches that kind only. The kind ends
/// as the class does (…システム), and side a names the class, not the kind.
fn defined_kind_flags(a: &ProvisionBlocks, b: &ProvisionBlocks, flags: &mut Vec<Flag>) {
    static DEFINED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let defined = DEFINED.get_or_init(|| {
        regex::Regex::new(r"([\p{Han}\p{Katakana}ー]{2,})\(([^()]*?)をいう。?\)").expect("valid regex")
    });
    let in_a = |term: &str| a.blocks.iter().any(|x| x.text().norm.contains(term));
    for block in &b.blocks {
        let norm = &block.text().norm;
        for c in defined.captures_iter(norm) {
            let (kind, definiens) = (&c[1], &c[2]);
            let class = trailing_noun(definiens);
            let shared_end = crate::text::shared_ending_chars(kind, class);
            if class.chars().count() < 2 || kind == class || shared_end < 2 || !in_a(class) || in_a(kind) {
                continue;
            }
            let a_block = a.blocks.iter().find(|x| x.text().norm.contains(class)).expect("checked above");
            flags.push(Flag {
                kind: FlagKind::ScopeChanged,
                severity: FlagSeverity::Medium,
                message: format!("対象を「{class}」のうち「{kind}」に限っています"),
                a_location: a_block.location.clone(),
                b_location: block.location.clone(),
                a_spans: vec![class.to_string()],
                b_spans: vec![kind.to_string()],
            });
        }
    }
}

/// The sentence of `norm` around byte `at`: from after the last 。 outside
/// parentheses before it to the next one after it.
fn sentence_around(norm: &str, at: usize) -> &str {
    let stop_at = |i: usize, c: char| c == '。' && enclosing_open(norm, i).is_none();
    let start = norm[..at].char_indices().rfind(|&(i, c)| stop_at(i, c)).map_or(0, |(i, c)| i + c.len_utf8());
    let end =
        norm[at..].char_indices().find(|&(i, c)| stop_at(at + i, c)).map_or(norm.len(), |(i, c)| at + i + c.len_utf8());
    &norm[start..end]
}

/// Inclusions （派遣労働者を含む。） present on one side only, but where the
/// provision is `delegated`: an inclusion (「パスワード等の管理に関する定め（その
/// 定期又は随時の見直しを含む。）」) went with the content handed to another
/// rule, which the delegation flag names.
fn inclusion_flags(
    a: &ProvisionBlocks,
    b: &ProvisionBlocks,
    (ia, ib): (&[Inclusion], &[Inclusion]),
    delegated: &[Option<String>],
    flags: &mut Vec<Flag>,
) {
    // An act one side includes in a parenthesis and the other takes in its
    // text (「定め（その…見直しを含む。）を整備し」 → 「定めを整備し、これを
    // 毎年度見直す」) is still there: what changed, if anything, is said
    // elsewhere. Only an act (a noun with its okurigana, 見直し, 持出し): a
    // thing named elsewhere may still be left out of the term the
    // parenthesis widens (「個人情報（特定個人情報等を含む。）」 where the
    // other side's object is 特定個人情報等 alone).
    let acted_in = |x: &Inclusion, other: &ProvisionBlocks| {
        let stem = x.noun.trim_end_matches(|c: char| ('\u{3041}'..='\u{309f}').contains(&c));
        stem.len() < x.noun.len() && !stem.is_empty() && other.blocks.iter().any(|bl| bl.text().norm.contains(stem))
    };
    let only_a: Vec<&Inclusion> =
        ia.iter().filter(|x| !ib.iter().any(|y| y.noun == x.noun) && !acted_in(x, b)).collect();
    let only_b: Vec<&Inclusion> =
        ib.iter().filter(|y| !ia.iter().any(|x| x.noun == y.noun) && !acted_in(y, a)).collect();
    if only_a.is_empty() && only_b.is_empty() {
        return;
    }
    let names = |v: &[&Inclusion]| {
        if v.is_empty() {
            "なし".to_string()
        } else {
            v.iter().map(|x| format!("「{}」", x.noun)).collect::<Vec<_>>().join("")
        }
    };
    let span = |p: &ProvisionBlocks, v: &[&Inclusion]| -> Vec<String> {
        v.iter()
            .map(|x| {
                let text = p.blocks[x.block].text();
                text.orig(clause_in_paren(&text.norm, x.range.clone())).to_string()
            })
            .collect()
    };
    let a_location = only_a.first().and_then(|x| a.blocks[x.block].location.clone());
    if delegated.contains(&a_location) {
        return;
    }
    flags.push(Flag {
        kind: FlagKind::ScopeChanged,
        severity: FlagSeverity::Medium,
        message: format!("括弧書きで含めるものが異なります: {} → {}", names(&only_a), names(&only_b)),
        a_location,
        b_location: only_b.first().and_then(|x| b.blocks[x.block].location.clone()),
        a_spans: span(a, &only_a),
        b_spans: span(b, &only_b),
    });
}
/// The inclusion phrase, from inside its parenthesis to 含む。:
/// 派遣労働者を含む。
fn clause_in_paren(norm: &str, noun: Range<usize>) -> Range<usize> {
    let rest = &norm[noun.end..];
    let end = rest.find("を含む").map(|k| noun.end + k + "を含む".len()).unwrap_or(noun.end);
    let end = if norm[end..].starts_with('。') { end + '。'.len_utf8() } else { end };
    let start = enclosing_open(norm, noun.start).map(|o| o + 1).unwrap_or(noun.start);
    // Within the parenthesis, start after the last sentence break before the term.
    let start = norm[start..noun.start].rfind('。').map(|k| start + k + '。'.len_utf8()).unwrap_or(start);
    start..end
}

/// Names of enactments: 組織規則, 個人情報保護法 …
fn is_enactment_name(noun: &str) -> bool {
    crate::text::kinds::is_enactment_name(noun)
}
