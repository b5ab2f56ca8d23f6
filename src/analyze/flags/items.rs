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
