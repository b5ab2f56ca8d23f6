//! The office that acts (the topic before は、) or is appointed (をもって充てる).
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::params::FlagParams;
use super::provision::{Block, ProvisionBlocks};
use super::{Flag, FlagKind, FlagSeverity, ProvisionText};
use crate::analyze::terms;
use crate::text::sentences;

/// Character-set Dice similarity; role names of one office across cities
/// (総括保護管理者 / 統括管理者, 副市長 / 副町長) score ≥ 0.6.
fn char_dice(a: &str, b: &str) -> f32 {
    let sa: std::collections::BTreeSet<char> = a.chars().collect();
    let sb: std::collections::BTreeSet<char> = b.chars().collect();
    if sa.is_empty() && sb.is_empty() {
        return 1.0;
    }
    2.0 * sa.intersection(&sb).count() as f32 / (sa.len() + sb.len()) as f32
}

/// One office under two names: equal after folding, alike in characters,
/// or the same rank word and kind (総括保護管理者 / 総括責任者).
pub(super) fn same_role(a: &str, b: &str) -> bool {
    let params = FlagParams::DEFAULT;
    let rank = |s: &str| s.chars().take(2).collect::<String>();
    terms::canonical(a) == terms::canonical(b)
        || char_dice(a, b) >= params.same_role_dice
        || (a.chars().count() >= params.same_rank_min_chars
            && b.chars().count() >= params.same_rank_min_chars
            && rank(a) == rank(b)
            && a.chars().last() == b.chars().last())
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309f}').contains(&c)
}

/// The trailing noun phrase of a clause: stops at hiragana other than a
/// の between kanji (各課等の長).
pub(super) fn trailing_noun(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = text.len();
    for k in (0..chars.len()).rev() {
        let (i, c) = chars[k];
        let keep = !is_hiragana(c) && !matches!(c, '、' | '。' | '(' | ')' | '「' | '」')
            || (c == 'の' && k > 0 && !is_hiragana(chars[k - 1].1) && start < text.len());
        if !keep {
            break;
        }
        start = i;
    }
    let noun = &text[start..];
    noun.strip_prefix("当該").unwrap_or(noun)
}

/// Role suffixes: the words that name an office or a person in charge.
pub(super) fn is_role(noun: &str) -> bool {
    let noun = noun.strip_suffix('等').unwrap_or(noun);
    noun.chars().count() >= 2
        && (noun.ends_with('長') || noun.ends_with('者') || noun.ends_with("職員") || noun.ends_with("補佐"))
        && !["第三者", "労働者", "派遣労働者", "部外者", "事業者", "本人"].contains(&noun)
}

fn appointment_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"([^、。()「」]+?)(?:の職にある者)?(?:又はこれに代わる者)?をもって(?:これに)?充てる|(?:^|、|。)([^、。()「」]+?)は、([^、。()「」]+?)として").unwrap()
    })
}

/// An office appointed to a role in one paragraph of a provision.
pub(super) struct Appointee {
    /// Index of the paragraph in `ProvisionBlocks::blocks`.
    block: usize,
    /// The office: 副市長.
    name: String,
    /// Where it stands in the paragraph's normalised text.
    range: Range<usize>,
}

/// Offices appointed to a role: 副市長をもって充てる, 副町長は、総括責任者として.
fn appointees(block: &Block) -> Vec<(String, Range<usize>)> {
    let norm = &block.text().norm;
    let mut out = Vec::new();
    for c in appointment_re().captures_iter(norm) {
        let (g, role_check) = match (c.get(1), c.get(2), c.get(3)) {
            (Some(g), _, _) => (g, true),
            (None, Some(g), Some(as_role)) => (g, is_role(trailing_noun(as_role.as_str()))),
            _ => continue,
        };
        let noun = trailing_noun(g.as_str());
        if !role_check || !is_role(noun) {
            continue;
        }
        let end = g.end();
        let start = end - noun.len();
        out.push((noun.to_string(), start..end));
    }
    out
}

/// The offices a side appoints, paragraph by paragraph.
pub(super) fn appointees_of(p: &ProvisionBlocks) -> Vec<Appointee> {
    p.blocks
        .iter()
        .enumerate()
        .flat_map(|(i, bl)| appointees(bl).into_iter().map(move |(name, range)| Appointee { block: i, name, range }))
        .collect()
}

/// Offices appointed on one side only, when both sides appoint someone.
pub(super) fn appointment_flags(a: &ProvisionText, b: &ProvisionText, flags: &mut Vec<Flag>) {
    let (pa, pb) = (&a.facts.appointees, &b.facts.appointees);
    let (a, b) = (&a.blocks, &b.blocks);
    let only_a: Vec<&Appointee> = pa.iter().filter(|x| !pb.iter().any(|y| same_role(&x.name, &y.name))).collect();
    let only_b: Vec<&Appointee> = pb.iter().filter(|y| !pa.iter().any(|x| same_role(&x.name, &y.name))).collect();
    if only_a.is_empty() || only_b.is_empty() {
        return;
    }
    let names = |v: &[&Appointee]| v.iter().map(|x| x.name.clone()).collect::<Vec<_>>().join("、");
    let spans = |p: &ProvisionBlocks, v: &[&Appointee]| {
        v.iter().map(|x| p.blocks[x.block].text().orig(x.range.clone()).to_string()).collect()
    };
    flags.push(Flag {
        kind: FlagKind::RoleChanged,
        severity: FlagSeverity::High,
        message: format!("充て職が異なります: {} → {}", names(&only_a), names(&only_b)),
        a_location: a.blocks[only_a[0].block].location.clone(),
        b_location: b.blocks[only_b[0].block].location.clone(),
        a_spans: spans(a, &only_a),
        b_spans: spans(b, &only_b),
    });
}

/// The actor of a paragraph's main sentence: the role before its first
/// top-level は、 (parenthesised asides skipped).
pub(super) fn topic(block: &Block) -> Option<(String, Range<usize>)> {
    let norm = &block.text().norm;
    let first = sentences::split(norm).into_iter().next()?;
    let text = &norm[first.clone()];
    let mut depth = 0i32;
    let mut bare = String::new();
    let mut clause_start = 0;
    // Where the last character of `bare` stands: an aside may follow it
    // (統括責任者は（注）、), so the は is not always just before the 、.
    let mut last_bare_at = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '「' => depth += 1,
            ')' | '」' => depth = (depth - 1).max(0),
            '、' if depth == 0 => {
                if bare.ends_with('は') {
                    bare.pop();
                    // 副町長は、総括責任者として…: the actor is the role, not the office holder.
                    let after = &text[i + c.len_utf8()..];
                    if let Some(as_role) =
                        after.split(['、', '。']).next().and_then(|cl| cl.find("として").map(|k| &cl[..k]))
                    {
                        let role = trailing_noun(as_role);
                        if is_role(role) {
                            let start = first.start + i + c.len_utf8() + as_role.len() - role.len();
                            return Some((role.to_string(), start..start + role.len()));
                        }
                    }
                    let noun = trailing_noun(&bare).to_string();
                    if !is_role(&noun) || noun.chars().count() > FlagParams::DEFAULT.topic_max_chars {
                        return None;
                    }
                    return Some((noun, first.start + clause_start..first.start + last_bare_at));
                }
                bare.clear();
                clause_start = i + c.len_utf8();
            }
            _ if depth == 0 => {
                bare.push(c);
                last_bare_at = i;
            }
            _ => {}
        }
    }
    None
}

/// The actor of corresponding paragraphs differs.
pub(super) fn topic_role_flags(a: &Block, b: &Block, flags: &mut Vec<Flag>) {
    let (Some((ta, ra)), Some((tb, rb))) = (topic(a), topic(b)) else { return };
    let message = format!("主体（責任者）が異なります: {ta} → {tb}");
    // A co-actor added (監査責任者 → 監査責任者及びシステム管理者) is no change of actor.
    let (qa, qb) = (&a.text().norm[ra.clone()], &b.text().norm[rb.clone()]);
    let co_actor = qa.contains(tb.as_str()) || qb.contains(ta.as_str());
    if same_role(&ta, &tb) || co_actor || flags.iter().any(|f| f.message == message) {
        return;
    }
    flags.push(Flag {
        kind: FlagKind::RoleChanged,
        severity: FlagSeverity::Medium,
        message,
        a_location: a.location.clone(),
        b_location: b.location.clone(),
        a_spans: vec![a.text().orig(ra).to_string()],
        b_spans: vec![b.text().orig(rb).to_string()],
    });
}
