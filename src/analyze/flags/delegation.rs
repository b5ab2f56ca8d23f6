//! One side leaves its content to another rule (準用する, 別に定める,
//! 規程第18条による) where the other spells it out.
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::obligation;
use super::pairing::BlockPair;
use super::params::FlagParams;
use super::provision::ProvisionBlocks;
use super::{Flag, FlagKind, FlagSeverity, ProvisionText};
use crate::text::sentences;

fn delegation_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            concat!(
                r"[^、。]*?(?:準用する|別に定める|「[^」]+」に基づき|",
                r"(?:{}|手順書)第{n}条(?:第{n}項)?(?:の規定)?(?:により|に基づき|による)|",
                // A policy or rule named as what lays the matter down
                // (…情報セキュリティポリシーの定めるところによる; a 条例's
                // terms followed: …条例において使用する用語の例による).
                r"(?:{}|条例)[^、。]{{0,30}}?(?:[のに]定めるところによ[るり]|の例によ[るり]))[^、。]*"
            ),
            crate::text::kinds::alternation(crate::text::kinds::DEFERRED_TO_KINDS),
            crate::text::kinds::alternation(&crate::analyze::terms::documents_deferred_to()),
            n = crate::text::numerals::NUMERALS
        ))
        .unwrap()
    })
}

/// Words of a delegation's matters that say nothing of their own: the
/// formula's (方法, 事項, 必要), references (前項), and 規定.
const GENERIC_MATTER_WORDS: &[&str] = &["方法", "事項", "必要", "前項", "前条", "同項", "規定", "手続", "細目"];

/// The words (runs of two or more kanji or katakana) of a delegating
/// passage's topic — what it hands over, before its 「は、」 — less the
/// generic ones (`GENERIC_MATTER_WORDS`).
fn matter_words(passage: &str) -> impl Iterator<Item = &str> {
    let topic = passage.split_once("は、").map_or(passage, |(topic, _)| topic);
    topic
        .split(|c: char| !matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{30A0}'..='\u{30FF}' | '々'))
        .filter(|w| w.chars().count() >= 2 && !GENERIC_MATTER_WORDS.iter().any(|g| w.contains(g)))
}

/// The sentence of `norm` that holds byte `at`.
fn sentence_at(norm: &str, at: usize) -> &str {
    sentences::split(norm).into_iter().find(|r| r.contains(&at)).map_or(norm, |r| &norm[r])
}

/// A passage that leaves the content to another rule: its paragraph's
/// index and its normalised range there.
pub(super) type Delegation = (usize, Range<usize>);

/// The first passage of a side that leaves its content to another rule.
pub(super) fn delegation_in(p: &ProvisionBlocks) -> Option<Delegation> {
    p.blocks.iter().enumerate().find_map(|(i, bl)| delegation_re().find(&bl.text().norm).map(|m| (i, m.range())))
}

/// A delegating side against a side that spells the content out.
pub(super) fn delegation_flags(a: &ProvisionText, b: &ProvisionText, block_pairs: &[BlockPair], flags: &mut Vec<Flag>) {
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
        // The side that spells the content out is the longer, or lists 号
        // the delegating side no longer has (「次に掲げる事項」 → 「…に記載す
        // る事項は、統括者が別に定める。」 beside the rest of the article).
        // Or the paragraph answering the delegating one lays a duty down
        // (「…送信する場合には、通信経路の暗号化…の措置を講じなければならな
        // い。」 → 「…の防止については、…ポリシーの定めるところによる。」).
        let items = |p: &ProvisionBlocks| p.blocks.iter().map(|bl| bl.items().len()).sum::<usize>();
        let partner = block_pairs.iter().find_map(|p| {
            if b_delegates {
                (p.b == i).then_some(p.a)
            } else {
                (p.a == i).then_some(p.b)
            }
        });
        let lays_duty = |bl: &super::provision::Block| {
            let norm = &bl.text().norm;
            sentences::split(norm).into_iter().any(|r| obligation::lays_duty(&norm[r]))
        };
        // …の定めるところにより厳正に対処するものとする lays its duty down too.
        let partner_lays_duty =
            !lays_duty(&delegating.blocks.blocks[i]) && partner.is_some_and(|k| lays_duty(&spelled.blocks.blocks[k]));
        // Or the delegating paragraph is a 項 added after kept ones and
        // hands over a matter the other side lays down and its own text no
        // longer names (「…バックアップを作成し、…分散して保管しなければな
        // らない。」 → 「…作成しなければならない。２ 前項のバックアップの保管
        // の方法…は、…別に定める。」).
        let added_for_a_dropped_matter = partner.is_none()
            && i > 0
            && !block_pairs.is_empty()
            && matter_words(sentence_at(&delegating.blocks.blocks[i].text().norm, r.start)).any(|w| {
                let named = |p: &ProvisionBlocks, skip: Option<usize>| {
                    p.blocks.iter().enumerate().any(|(k, bl)| Some(k) != skip && bl.text().norm.contains(w))
                };
                named(&spelled.blocks, None) && !named(&delegating.blocks, Some(i))
            });
        let spelled_out = len(&spelled.blocks) >= FlagParams::DEFAULT.spelled_out_ratio.of(len(&delegating.blocks))
            || items(&spelled.blocks) > items(&delegating.blocks)
            || partner_lays_duty
            || added_for_a_dropped_matter;
        if spelled.facts.delegation.is_some() || !spelled_out {
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
