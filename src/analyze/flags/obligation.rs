//! Duty strength: しなければならない → ものとする → 努めるものとする → することができる
//! → を要しない.
use super::clauses::final_clause;
use super::pairing::{BlockPair, SentenceUnits, Sides};
use super::params::FlagParams;
use super::{Flag, FlagKind, FlagSeverity};
use crate::analyze::confidence;
use crate::analyze::diff::Units;
use crate::text::tokens::PartOfSpeech;

/// How binding a sentence is, from its ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strength {
    /// …を要しない, 必要としない, …したものとみなす: the act is not required
    /// at all.
    Exempt,
    /// 「「照合」とは、…照合を行うことをいう。」: the act is only defined.
    Defines,
    /// 「…照合を行っている」, 「…照合を行ってきた」: the act is only described.
    Describes,
    /// 「…について検討する」, 「…予定である」, 「…かどうかは、…判断に委ねる」:
    /// whether the act is done is not yet decided.
    Undecided,
    May,
    Endeavour,
    /// ものとする, こととする
    Shall,
    /// The plain declarative (講ずる。): as binding as ものとする.
    Declarative,
    Must,
    Prohibit,
}

impl Strength {
    fn level(self) -> u8 {
        match self {
            Strength::Exempt | Strength::Defines | Strength::Describes => 0,
            Strength::Undecided | Strength::May => 1,
            Strength::Endeavour => 2,
            Strength::Shall | Strength::Declarative => 3,
            Strength::Must | Strength::Prohibit => 4,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Strength::Exempt => "を要しない・みなす（義務なし）",
            Strength::Defines => "をいう（定義のみ・義務なし）",
            Strength::Describes => "している・した（記述のみ・義務なし）",
            Strength::Undecided => "検討する・予定する・判断に委ねる（未定）",
            Strength::May => "することができる（任意）",
            Strength::Endeavour => "努めるものとする（努力義務）",
            Strength::Shall => "ものとする（義務）",
            Strength::Declarative => "〜する（断定・義務）",
            Strength::Must => "しなければならない（義務）",
            Strength::Prohibit => "してはならない（禁止）",
        }
    }
}

pub(super) fn classify(sentence: &str) -> Option<Strength> {
    let s = sentence.trim_end_matches(['。', '」', ')']);
    // A proviso or a 同様とする lays down no duty of its own to compare.
    if s.ends_with("この限りでない") || s.ends_with("同様とする") {
        return None;
    }
    let ends = |suffixes: &[&str]| suffixes.iter().any(|x| s.ends_with(x));
    Some(if confidence::is_exemption_nfkc(s) {
        Strength::Exempt
    } else if confidence::is_definition_nfkc(s) {
        Strength::Defines
    } else if ends(&["てはならない", "ではならない"]) {
        Strength::Prohibit
    } else if confidence::is_plan_nfkc(s) || confidence::is_deferral_nfkc(s) {
        Strength::Undecided
    } else if confidence::is_description_nfkc(s) {
        Strength::Describes
    } else if confidence::is_effort_nfkc(s) {
        Strength::Endeavour
    } else if ends(&["なければならない", "ねばならない"]) {
        Strength::Must
    } else if ends(confidence::PERMITTING_ENDINGS) {
        Strength::May
    } else if ends(&["ものとする", "こととする"]) {
        Strength::Shall
    } else if s.ends_with(['る', 'う', 'く', 'す', 'つ', 'む']) {
        Strength::Declarative
    } else {
        return None;
    })
}

/// Whether a sentence lays a duty or a prohibition down (…しなければなら
/// ない, …ものとする, …してはならない).
pub(super) fn lays_duty(sentence: &str) -> bool {
    classify(sentence).is_some_and(|s| matches!(s, Strength::Must | Strength::Shall | Strength::Prohibit))
}

pub(super) fn obligation_flags(sides: &Sides, flags: &mut Vec<Flag>) {
    let params = FlagParams::DEFAULT;
    for pair in sides.pairs {
        let (x, y) = (&sides.sa[pair.a], &sides.sb[pair.b]);
        let (Some(st_a), Some(st_b)) = (classify(&x.units.text.norm), classify(&y.units.text.norm)) else { continue };
        if st_a.level() == st_b.level() {
            continue;
        }
        // The same act (確認する…ものとする / 確認することができる), or sentences
        // clearly alike: otherwise the two sentences say different things.
        // The main predicate of one side occurs in the other sentence.
        let shared = |p: &Units, q: &Units| {
            let all = predicate_words(q);
            predicate_words(p).last().is_some_and(|v| all.contains(v))
        };
        if !shared(&x.units, &y.units)
            && !shared(&y.units, &x.units)
            && pair.diff.similarity() < params.same_act_similarity_min
        {
            continue;
        }
        let weakened = st_b.level() < st_a.level();
        let kind = if weakened { FlagKind::ObligationWeakened } else { FlagKind::ObligationStrengthened };
        let severity = match (weakened, st_a.level().abs_diff(st_b.level())) {
            (true, g) if g >= params.obligation_high_gap => FlagSeverity::High,
            (true, _) => FlagSeverity::Medium,
            _ => FlagSeverity::Low,
        };
        let verb = if weakened { "弱まっています" } else { "強まっています" };
        let clause = |s: &SentenceUnits| {
            s.units.text.orig(final_clause(&s.units.text.norm, 0..s.units.text.norm.len())).to_string()
        };
        flags.push(Flag {
            kind,
            severity,
            message: format!("義務の程度が{verb}: {} → {}", st_a.label(), st_b.label()),
            a_location: sides.a.blocks[x.block].location.clone(),
            b_location: sides.b.blocks[y.block].location.clone(),
            a_spans: vec![clause(x)],
            b_spans: vec![clause(y)],
        });
    }
}
/// Corresponding sentences of the same act of which one takes it always or
/// at fixed intervals and the other only when needed (「毎年度1回以上及び必要
/// に応じ随時に監査を行う」 → 「必要に応じ監査を行う」): the duty is weaker
/// where it waits for need, whatever its ending.
pub(super) fn condition_flags(sides: &Sides, flags: &mut Vec<Flag>) {
    let params = FlagParams::DEFAULT;
    for pair in sides.pairs {
        let (x, y) = (&sides.sa[pair.a], &sides.sb[pair.b]);
        // Which side takes its main act only when its actor sees need.
        let (na, nb) = (
            confidence::opens_with_need_nfkc(&x.units.text.norm),
            confidence::opens_with_need_nfkc(&y.units.text.norm),
        );
        // Both duties (the plain declarative 置く。 as binding as ものとする):
        // a weaker ending is the obligation flag's.
        let binds =
            |s: &SentenceUnits| classify(&s.units.text.norm).is_some_and(|st| st.level() >= Strength::Shall.level());
        if na == nb || !(binds(x) && binds(y)) {
            continue;
        }
        // A wait for need the other side has elsewhere in its sentence
        // (for a part of the act, or after a clause) is no change to flag.
        let mentions_need = |s: &SentenceUnits| confidence::waits_for_need_nfkc(&s.units.text.norm);
        if (nb && mentions_need(x)) || (na && mentions_need(y)) {
            continue;
        }
        // A paragraph that waits for need in another of its sentences (「…保管
        // しなければならない。この場合において、必要があると認めるときは、…」)
        // split what the other side says in one.
        let waits = |list: &[SentenceUnits], block: usize| list.iter().any(|s| s.block == block && mentions_need(s));
        if (nb && waits(sides.sa, x.block)) || (na && waits(sides.sb, y.block)) {
            continue;
        }
        let same_act = predicate_words(&x.units).last().is_some_and(|v| predicate_words(&y.units).contains(v));
        if !same_act && pair.diff.similarity() < params.same_act_similarity_min {
            continue;
        }
        let message = if nb {
            "必要があるときだけ行うこととされています"
        } else {
            "必要があるときに限らず行うこととされています"
        };
        // The clause that waits for need, on the side that has it.
        let waiting = if nb { y } else { x };
        let norm = &waiting.units.text.norm;
        let need: Vec<String> = confidence::JUDGMENT_MARKS
            .iter()
            .filter_map(|m| norm.find(m))
            .min()
            .map(|at| waiting.units.text.orig(super::clauses::clause_at(norm, at)).to_string())
            .into_iter()
            .collect();
        flags.push(one_sided_flag(sides, (x.block, y.block), nb, message, need, nb));
    }
}

/// Checks the body makes itself, on the spot or by audit (「原則として実地の
/// 監査により確認しなければならない」).
const CHECKS_BY_THE_BODY: &[&str] = &["監査", "実地", "立入", "立ち入"];

/// A check the checked party makes of itself (「受託者に…自己点検を行わせ、
/// その結果を…報告させなければならない」).
const SELF_CHECKS: &[&str] = &["自己点検を行", "自己点検を実施", "自主点検を行", "自主点検を実施", "自己評価を行"];

/// A check by audit or on the spot made a self-check, or the reverse, in
/// two sentences that correspond: the duty to check is kept, its weight is
/// not. Only where the self-check is the act asked (自己点検を行わせ), not
/// a result read (「前条の自己点検の結果等を踏まえ」).
pub(super) fn check_method_flags(sides: &Sides, flags: &mut Vec<Flag>) {
    let has = |s: &SentenceUnits, words: &[&str]| words.iter().any(|w| s.units.text.norm.contains(w));
    for pair in sides.pairs {
        let (x, y) = (&sides.sa[pair.a], &sides.sb[pair.b]);
        let weakened =
            has(x, CHECKS_BY_THE_BODY) && !has(x, SELF_CHECKS) && has(y, SELF_CHECKS) && !has(y, CHECKS_BY_THE_BODY);
        let strengthened =
            has(y, CHECKS_BY_THE_BODY) && !has(y, SELF_CHECKS) && has(x, SELF_CHECKS) && !has(x, CHECKS_BY_THE_BODY);
        if !(weakened || strengthened) || !lays_duty(&x.units.text.norm) || !lays_duty(&y.units.text.norm) {
            continue;
        }
        let (kind, severity, message) = if weakened {
            (
                FlagKind::ObligationWeakened,
                FlagSeverity::Medium,
                "確認の方法が弱まっています: 監査・実地の確認 → 自己点検",
            )
        } else {
            (
                FlagKind::ObligationStrengthened,
                FlagSeverity::Low,
                "確認の方法が強まっています: 自己点検 → 監査・実地の確認",
            )
        };
        // The clause of each side that names its way of checking.
        let clause = |s: &SentenceUnits, words: &[&str]| {
            let norm = &s.units.text.norm;
            let at = words.iter().filter_map(|w| norm.find(w)).min().unwrap_or(0);
            s.units.text.orig(super::clauses::clause_at(norm, at)).to_string()
        };
        let (a_words, b_words) =
            if weakened { (CHECKS_BY_THE_BODY, SELF_CHECKS) } else { (SELF_CHECKS, CHECKS_BY_THE_BODY) };
        flags.push(Flag {
            kind,
            severity,
            message: message.to_string(),
            a_location: sides.a.blocks[x.block].location.clone(),
            b_location: sides.b.blocks[y.block].location.clone(),
            a_spans: vec![clause(x, a_words)],
            b_spans: vec![clause(y, b_words)],
        });
    }
}

/// A duty made weaker or stronger by what one of paragraphs `a` and `b`
/// has and the other lacks (a wait for need, a ただし書, a consent asked
/// before the act), `quote` shown on the side that has it (B's where
/// `quote_on_b`): weakened on B's side at medium severity, strengthened at
/// low.
fn one_sided_flag(
    sides: &Sides,
    (a, b): (usize, usize),
    weakened: bool,
    message: &str,
    quote: Vec<String>,
    quote_on_b: bool,
) -> Flag {
    let (kind, severity) = if weakened {
        (FlagKind::ObligationWeakened, FlagSeverity::Medium)
    } else {
        (FlagKind::ObligationStrengthened, FlagSeverity::Low)
    };
    let (a_spans, b_spans) = if quote_on_b { (Vec::new(), quote) } else { (quote, Vec::new()) };
    Flag {
        kind,
        severity,
        message: message.to_string(),
        a_location: sides.a.blocks[a].location.clone(),
        b_location: sides.b.blocks[b].location.clone(),
        a_spans,
        b_spans,
    }
}

/// Content verbs (dictionary form) and サ変 nouns of a sentence, in order;
/// the last is its main predicate.
fn predicate_words(units: &Units) -> Vec<std::borrow::Cow<'static, str>> {
    units
        .units
        .iter()
        // する, できる, なる … carry the modality, not the act.
        .filter(|u| {
            (u.pos == PartOfSpeech::Verb
                && u.pos_sub == "自立"
                && !["する", "できる", "なる", "ある", "いる", "努める"].contains(&u.base))
                || (u.pos == PartOfSpeech::Noun && u.pos_sub == "サ変接続")
        })
        // 講じる is 講ずる (講じなければならない, 講ずるよう努める): one verb
        // of two conjugations, as 生じる/生ずる and 命じる/命ずる.
        .map(|u| match u.base.strip_suffix("じる") {
            Some(stem) => format!("{stem}ずる").into(),
            None => u.base.into(),
        })
        .collect()
}

/// A ただし書 that lifts its paragraph's duty in some cases (「ただし、管理
/// 責任者が必要がないと認めるときは、この限りでない。」, 「ただし、…当該年度の
/// 監査を省略することができる。」, 「ただし、…を要しない。」).
fn is_exception(sentence: &str) -> bool {
    const LIFTING_ENDS: &[&str] = &["この限りでない", "省略することができる", "要しない"];
    let s = sentence.trim_end_matches('。');
    sentence.starts_with("ただし") && LIFTING_ENDS.iter().any(|e| s.ends_with(e))
}

/// An exception one side of corresponding paragraphs adds to the duty the
/// other lays down without one: the duty is weaker where it has it.
pub(super) fn exception_flags(sides: &Sides, block_pairs: &[BlockPair], flags: &mut Vec<Flag>) {
    fn exception(list: &[SentenceUnits], block: usize) -> Option<&SentenceUnits> {
        list.iter().find(|s| s.block == block && is_exception(&s.units.text.norm))
    }
    for p in block_pairs {
        let (weakened, x) = match (exception(sides.sa, p.a), exception(sides.sb, p.b)) {
            (None, Some(y)) => (true, y),
            (Some(x), None) => (false, x),
            _ => continue,
        };
        let quote = vec![x.units.text.orig(0..x.units.text.norm.len()).to_string()];
        let message = if weakened {
            "例外（ただし書）が加わっています"
        } else {
            "例外（ただし書）がなくなっています"
        };
        flags.push(one_sided_flag(sides, (p.a, p.b), weakened, message, quote, weakened));
    }
}

/// Where a paragraph (normalised) asks a consent to be had before the act
/// (管理者の許可を得て, あらかじめ総括責任者の承認を受け): a control stronger
/// than following instructions or reporting after.
fn consent_at(text: &str) -> Option<usize> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"(?:許可|承認|同意)を(?:得|受け)").expect("valid regex"))
        .find(text)
        .map(|m| m.start())
}

/// Corresponding paragraphs of which one asks a consent before the act and
/// the other does not: the duty is stronger where it does.
pub(super) fn consent_flags(sides: &Sides, block_pairs: &[BlockPair], flags: &mut Vec<Flag>) {
    for p in block_pairs {
        let (x, y) = (&sides.a.blocks[p.a], &sides.b.blocks[p.b]);
        // The side that asks the consent, and where.
        let (b_asks, side, at) = match (consent_at(&x.text().norm), consent_at(&y.text().norm)) {
            (None, Some(at)) => (true, y, at),
            (Some(at), None) => (false, x, at),
            _ => continue,
        };
        let span = vec![side.text().orig(super::clauses::clause_at(&side.text().norm, at)).to_string()];
        let message = if b_asks {
            "事前の許可・承認が必要になっています"
        } else {
            "事前の許可・承認が不要になっています"
        };
        flags.push(one_sided_flag(sides, (p.a, p.b), !b_asks, message, span, b_asks));
    }
}
