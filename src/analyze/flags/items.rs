//! 号 (items) dropped or added in corresponding paragraphs.
use super::params::FlagParams;
use super::provision::ProvisionBlocks;
use super::{Flag, FlagKind, FlagSeverity};
use crate::analyze::diff::{DiffSegment, TokenDiff};
use crate::analyze::pairing::{pair_best_first, Candidate};

/// Items of paragraph `i` of A and `j` of B, paired greedily best first.
pub(super) fn item_flags(a: &ProvisionBlocks, b: &ProvisionBlocks, i: usize, j: usize, flags: &mut Vec<Flag>) {
    let (ia, ib) = (a.items_of(i), b.items_of(j));
    // A list B adds where A has none says little (a requirement text has no
    // 号); a list B drops entirely is reported.
    if ia.is_empty() {
        return;
    }
    let params = FlagParams::DEFAULT;
    let mut candidates = Vec::new();
    for (x, ua) in ia.iter().enumerate() {
        for (y, ub) in ib.iter().enumerate() {
            // A shortened item (再委託の制限… within a longer one) still corresponds.
            let d = TokenDiff::from_units(ua.clone(), ub.clone());
            let equal: usize =
                d.segments.iter().map(|s| if let DiffSegment::Equal { a, .. } = s { a.len() } else { 0 }).sum();
            let shorter = ua.units.len().min(ub.units.len()).max(1);
            let score = d.similarity().max(params.shortened_item_weight * equal as f32 / shorter as f32);
            if score >= params.item_min {
                candidates.push(Candidate::new(x, y, score));
            }
        }
    }
    let (mut used_a, mut used_b) = (vec![false; ia.len()], vec![false; ib.len()]);
    for c in pair_best_first(candidates) {
        used_a[c.a] = true;
        used_b[c.b] = true;
        definition_flags(a, b, (i, j), (&ia[c.a].text.original, &ib[c.b].text.original), flags);
    }
    let dropped: Vec<String> =
        ia.iter().zip(&used_a).filter(|(_, u)| !**u).map(|(t, _)| t.text.original.clone()).collect();
    let added: Vec<String> =
        ib.iter().zip(&used_b).filter(|(_, u)| !**u).map(|(t, _)| t.text.original.clone()).collect();
    if dropped.is_empty() && added.is_empty() {
        return;
    }
    let mut message = format!("号の数: {} → {}", ia.len(), ib.len());
    if !dropped.is_empty() {
        message.push_str(&format!("。Bにない号: {}", dropped.len()));
    }
    if !added.is_empty() {
        message.push_str(&format!("。Bで加わった号: {}", added.len()));
    }
    flags.push(Flag {
        kind: FlagKind::ItemsChanged,
        severity: if dropped.is_empty() { FlagSeverity::Low } else { FlagSeverity::High },
        message,
        a_location: a.blocks[i].location.clone(),
        b_location: b.blocks[j].location.clone(),
        a_spans: dropped,
        b_spans: added,
    });
}

/// A term defined as a 号 of a definitions list (「(1)　職員　市長の事務部局に
/// 属する職員（…会計年度任用職員を含む。）をいう。」): the term and what it
/// is said to be.
fn definition(item: &str) -> Option<(&str, &str)> {
    static LABEL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let label = LABEL.get_or_init(|| {
        regex::Regex::new(&format!(r"^[(（]?{}[)）]?[ 　]+", crate::text::numerals::NUMERALS)).expect("valid regex")
    });
    let body = item.trim().trim_end_matches('。').strip_suffix("をいう")?;
    let body = label.find(body).map_or(body, |m| &body[m.end()..]);
    let (term, said) = body.split_once([' ', '　'])?;
    Some((term, said))
}

/// The kinds of person a definition names (職員, 会計年度任用職員,
/// 派遣労働者 …): the words ending in 者 or 員 — not inside a longer word
/// (地方公務員法, 労働者派遣事業, a law's or a business's name).
fn persons(said: &str) -> std::collections::BTreeSet<&str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"[\p{Han}ァ-ヶー]*(?:者|員)").expect("valid regex"));
    let word_char = |c: char| c.is_alphabetic() && !matches!(c, '\u{3041}'..='\u{309f}');
    re.find_iter(said)
        .filter(|m| !said[m.end()..].chars().next().is_some_and(word_char))
        .map(|m| m.as_str())
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// The same term defined for other persons in corresponding 号 (「職員」 now
/// with 派遣労働者): every provision about it reaches other persons.
fn definition_flags(
    a: &ProvisionBlocks,
    b: &ProvisionBlocks,
    (i, j): (usize, usize),
    (x, y): (&str, &str),
    flags: &mut Vec<Flag>,
) {
    let (Some((ta, da)), Some((tb, db))) = (definition(x), definition(y)) else { return };
    // Only a class of persons (職員, 職員等, 従事者) is widened by another
    // kind of person.
    let of_persons = ta.trim_end_matches('等').ends_with(['者', '員']);
    let (pa, pb) = (persons(da), persons(db));
    if ta != tb || !of_persons || pa == pb {
        return;
    }
    let only = |p: &std::collections::BTreeSet<&str>, q: &std::collections::BTreeSet<&str>| {
        p.difference(q).map(|w| w.to_string()).collect::<Vec<_>>()
    };
    let (gone, added) = (only(&pa, &pb), only(&pb, &pa));
    let mut message = format!("「{ta}」の定義で含む者が異なります");
    if !added.is_empty() {
        message.push_str(&format!("。Bで加わった者: {}", added.join("、")));
    }
    if !gone.is_empty() {
        message.push_str(&format!("。Bにない者: {}", gone.join("、")));
    }
    flags.push(Flag {
        kind: FlagKind::ScopeChanged,
        severity: FlagSeverity::Medium,
        message,
        a_location: a.blocks[i].location.clone(),
        b_location: b.blocks[j].location.clone(),
        a_spans: gone,
        b_spans: added,
    });
}
