//! One side leaves its content to another rule (準用する, 別に定める,
//! 規程第18条による) where the other spells it out.
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::params::FlagParams;
use super::provision::ProvisionBlocks;
use super::{Flag, FlagKind, FlagSeverity, ProvisionText};
use crate::text::sentences;

fn delegation_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"[^、。]*?(?:準用する|別に定める|「[^」]+」に基づき|(?:{}|手順書)第{n}条(?:第{n}項)?(?:の規定)?(?:により|に基づき|による))[^、。]*", crate::text::kinds::alternation(crate::text::kinds::DEFERRED_TO_KINDS), n = crate::text::numerals::NUMERALS)).unwrap()
    })
}

/// A passage that leaves the content to another rule: its paragraph's
/// index and its normalised range there.
pub(super) type Delegation = (usize, Range<usize>);

/// The first passage of a side that leaves its content to another rule.
pub(super) fn delegation_in(p: &ProvisionBlocks) -> Option<Delegation> {
    p.blocks.iter().enumerate().find_map(|(i, bl)| delegation_re().find(&bl.text().norm).map(|m| (i, m.range())))
}

/// A delegating side against a side that spells the content out.
pub(super) fn delegation_flags(a: &ProvisionText, b: &ProvisionText, flags: &mut Vec<Flag>) {
    let len = |p: &ProvisionBlocks| -> usize {
        p.blocks
            .iter()
            .map(|bl| {
                bl.text().norm.chars().count() + bl.items().iter().map(|it| it.text.norm.chars().count()).sum::<usize>()
            })
            .sum()
    };
    for (delegating, spelled, b_delegates) in [(b, a, true), (a, b, false)] {
        let Some((i, r)) = delegating.facts.delegation.clone() else { continue };
        if spelled.facts.delegation.is_some()
            || len(&spelled.blocks) < FlagParams::DEFAULT.spelled_out_ratio.of(len(&delegating.blocks))
        {
            continue;
        }
        let (delegating, spelled) = (&delegating.blocks, &spelled.blocks);
        let first = &spelled.blocks[0];
        let excerpt =
            first.text().orig(sentences::split(&first.text().norm).into_iter().next().unwrap_or(0..0)).to_string();
        let quote = delegating.blocks[i].text().orig(r).to_string();
        let (side, other) = if b_delegates { ("B", "A") } else { ("A", "B") };
        flags.push(Flag {
            kind: FlagKind::DelegatedByReference,
            severity: if b_delegates { FlagSeverity::Medium } else { FlagSeverity::Low },
            message: format!("{side}は内容を他の規定に委ねています（{other}は本文で規定）"),
            a_location: if b_delegates { first.location.clone() } else { delegating.blocks[i].location.clone() },
            b_location: if b_delegates { delegating.blocks[i].location.clone() } else { first.location.clone() },
            a_spans: vec![if b_delegates { excerpt.clone() } else { quote.clone() }],
            b_spans: vec![if b_delegates { quote } else { excerpt }],
        });
    }
}
