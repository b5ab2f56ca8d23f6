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
/// or the same rank word and kind (総括保護管理者 / 総括責任者); of the
/// ranks every body names in its own words (see `Rank`), the same rank.
pub(super) fn same_role(a: &str, b: &str) -> bool {
    let params = FlagParams::DEFAULT;
    let rank = |s: &str| s.chars().take(2).collect::<String>();
    // Two ranks are two offices, however alike their names (総括保護管理者
    // and 保護管理者 share five characters of seven).
    if let (Some(x), Some(y)) = (rank_of(a), rank_of(b)) {
        return x == y;
    }
    terms::canonical(&of_any_municipality(a)) == terms::canonical(&of_any_municipality(b))
        || char_dice(a, b) >= params.same_role_dice
        || (a.chars().count() >= params.same_rank_min_chars
            && b.chars().count() >= params.same_rank_min_chars
            && rank(a) == rank(b)
            && a.chars().last() == b.chars().last())
}

/// One office filling a role on both sides (`appointment_flags`): the same
/// name once the kind of municipality is folded (副市長 / 副町長) and 各
/// and 等 are left out (各課等の長 / 課の長), or one head of a body (市長 /
/// 町長). Offices are posts of an organisation, not names of a role each
/// body words its own way (`same_role`): 教育次長 and 教育長, 教育総務課長
/// and 教育課長補佐 share most of their characters and are other posts, at
/// another level.
fn same_office(a: &str, b: &str) -> bool {
    // 各課等の長, 課等の長 and 課の長 are one post: 各 and 等 name no other;
    // nor does the word a body calls its units by (所属の長).
    let folded = |name: &str| {
        let name = name.strip_prefix('各').unwrap_or(name).replace('等', "");
        let name = match name.strip_suffix("の長") {
            Some(unit) if UNIT_CLASS_WORDS.contains(&unit) => "課の長".to_string(),
            _ => name,
        };
        terms::canonical(&of_any_municipality(&name))
    };
    folded(a) == folded(b) || (rank_of(a) == Some(Rank::Head) && rank_of(b) == Some(Rank::Head))
}

/// The words bodies call every one of their units by (所属, 課等, 課室等,
/// 部署): the head of any of them is each unit's head.
const UNIT_CLASS_WORDS: &[&str] = &["所属", "課", "課室", "課所", "部署", "部課", "部局"];

/// Words that name the role over a rule's whole (総括, 統括 and 最高 are
/// one rank in every body's naming: 総括保護管理者, 統括者, 最高責任者),
/// after a unit it is over (部総括保護管理者 in a 部's rule).
const WHOLE_RANKS: &[&str] = &["総括", "統括", "最高"];

/// Words that make a manager's name another role than the unit's manager:
/// the system's, the auditor, those who assist.
const NOT_A_UNITS_MANAGER: &[&str] = &["システム", "監査", "担当", "補助", "主任"];

/// The ranks every body names in its own words: its head, the role over
/// the whole rule, and the manager of each unit's records (保護管理者,
/// 管理責任者, 情報管理責任者, 部門責任者, 所属の管理者 …).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Rank {
    /// The head of the body: 市長, 町長, 村長, 知事, 広域連合長, 組合長 — one
    /// office of different bodies.
    Head,
    Whole,
    UnitManager,
}

/// The heads of local public bodies, one office of different bodies.
const HEADS_OF_BODIES: &[&str] = &["市長", "町長", "村長", "区長", "知事", "広域連合長", "組合長"];

/// The rank a role's name gives it, if one of the three.
fn rank_of(name: &str) -> Option<Rank> {
    let bare = name.strip_prefix(['部', '局', '課']).unwrap_or(name);
    if HEADS_OF_BODIES.contains(&name) {
        Some(Rank::Head)
    } else if !is_role(bare) {
        None
    } else if WHOLE_RANKS.iter().any(|r| bare.starts_with(r)) {
        Some(Rank::Whole)
    } else if (name.ends_with("管理者") || name.ends_with("責任者"))
        && !NOT_A_UNITS_MANAGER.iter().any(|w| name.contains(w))
    {
        Some(Rank::UnitManager)
    } else {
        None
    }
}

/// An office's name with the kind of municipality folded (市長, 町長 and
/// 村長 are one office of different bodies; 副市長 and 副町長 too): a
/// town's draft compared with a city's rule names its own.
fn of_any_municipality(name: &str) -> String {
    name.chars().map(|c| if matches!(c, '町' | '村') { '市' } else { c }).collect()
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
        // 充て: 充てる, or 充て、 before the next clause. An office before
        // をもって、 shares the 充てる of a later clause (総括者は副町長をもって、
        // 管理者は各課の長をもって充て、…), checked in `appointees`. A
        // parenthesis after the office qualifies it (「副市長（副市長が2人
        // 以上置かれている場合にあっては、市長が指名する副市長）をもって
        // 充てる」): the office is before it.
        Regex::new(r"([^、。()「」]+?)(?:\((?:[^()]|\([^()]*\))*\))?(?:の職にある者)?(?:又はこれに代わる者)?をもって(?:これに)?(充て|、)|(?:^|、|。)([^、。()「」]+?)は、([^、。()「」]+?)として").unwrap()
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
        let (g, role_check) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(g), Some(verb), _, _) => {
                // をもって、 appoints only where its sentence goes on to 充てる.
                let sentence_rest = norm[verb.end()..].split('。').next().unwrap_or_default();
                (g, verb.as_str() != "、" || (sentence_rest.contains("をもって") && sentence_rest.contains("充て")))
            }
            (None, None, Some(g), Some(as_role)) => (g, is_role(trailing_noun(as_role.as_str()))),
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
    let only_a: Vec<&Appointee> = pa.iter().filter(|x| !pb.iter().any(|y| same_office(&x.name, &y.name))).collect();
    let only_b: Vec<&Appointee> = pb.iter().filter(|y| !pa.iter().any(|x| same_office(&x.name, &y.name))).collect();
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

/// A name before the permission, approval or order it gives (の許可 …),
/// before what it lays down, designates or finds needed (が別に定める, が
/// 指定する, が必要があると認める …), or before the report made to it (に
/// 報告し, に届け出): each an office the provision answers to.
fn authority_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"([^。()「」]+?)(?:の(?:許可|承認|指示|命令|同意)|",
            r"が(?:別に)?(?:定め|指定し|指定す|承認し|承認す|許可し|許可す)|",
            r"が(?:特に)?(?:必要と|必要があると)?認め|",
            r"(?:に|へ)(?:報告|届け出|届出))"
        ))
        .unwrap()
    })
}

/// What joins names listed together.
fn coordination_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new("、|及び|並びに|又は|若しくは").unwrap())
}

/// The offices whose permission, approval or order a paragraph requires,
/// who lay down its details or decide its exceptions, or to whom it
/// reports: 管理者の許可を得ないで, 総括者の指示に従い, 町長が別に定める,
/// 総務課長が必要があると認めるとき, 総括責任者に報告する; each of several named together (総括保護管理者、保護
/// 管理者及び保護担当者の指示). The actor (Xは、) may stay while these change.
fn authorities(block: &Block) -> Vec<(String, Range<usize>)> {
    let norm = &block.text().norm;
    let mut out = Vec::new();
    for g in authority_re().captures_iter(norm).filter_map(|c| c.get(1)) {
        // The names joined by 、 及び 並びに …, from the last back to the
        // first piece that does not end in one (職員は, …の定め).
        let mut end = g.end();
        let mut pieces = Vec::new();
        for sep in coordination_re().find_iter(g.as_str()).collect::<Vec<_>>().into_iter().rev() {
            pieces.push(g.start() + sep.end()..end);
            end = g.start() + sep.start();
        }
        pieces.push(g.start()..end);
        for (k, piece) in pieces.into_iter().enumerate() {
            // The last name may follow other words (…のうちから管理者の許可);
            // one before it is the whole piece.
            let noun = trailing_noun(&norm[piece.clone()]);
            if (k > 0 && noun.len() != piece.len()) || !is_role(noun) {
                break;
            }
            out.push((noun.to_string(), piece.end - noun.len()..piece.end));
        }
    }
    out
}

/// The offices that permit, order or lay down the details differ between
/// corresponding paragraphs (管理者の許可 → 総括者の許可), both naming some.
pub(super) fn authority_flags(a: &Block, b: &Block, flags: &mut Vec<Flag>) {
    let (xa, xb) = (authorities(a), authorities(b));
    let only_a: Vec<&(String, Range<usize>)> =
        xa.iter().filter(|x| !xb.iter().any(|y| same_role(&x.0, &y.0))).collect();
    let only_b: Vec<&(String, Range<usize>)> =
        xb.iter().filter(|y| !xa.iter().any(|x| same_role(&x.0, &y.0))).collect();
    if only_a.is_empty() || only_b.is_empty() {
        return;
    }
    let names = |v: &[&(String, Range<usize>)]| v.iter().map(|x| x.0.clone()).collect::<Vec<_>>().join("、");
    let message = format!("許可・指示・定めをする者が異なります: {} → {}", names(&only_a), names(&only_b));
    if flags.iter().any(|f| f.message == message) {
        return;
    }
    let spans =
        |bl: &Block, v: &[&(String, Range<usize>)]| v.iter().map(|x| bl.text().orig(x.1.clone()).to_string()).collect();
    flags.push(paragraph_role_flag(a, b, message, spans(a, &only_a), spans(b, &only_b)));
}

/// A role change between two corresponding paragraphs, with the names as
/// each writes them.
fn paragraph_role_flag(a: &Block, b: &Block, message: String, a_spans: Vec<String>, b_spans: Vec<String>) -> Flag {
    Flag {
        kind: FlagKind::RoleChanged,
        severity: FlagSeverity::Medium,
        message,
        a_location: a.location.clone(),
        b_location: b.location.clone(),
        a_spans,
        b_spans,
    }
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
    flags.push(paragraph_role_flag(
        a,
        b,
        message,
        vec![a.text().orig(ra).to_string()],
        vec![b.text().orig(rb).to_string()],
    ));
}
