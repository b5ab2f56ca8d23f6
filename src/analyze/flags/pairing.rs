//! Which paragraphs and sentences of the two sides are compared.
use super::params::FlagParams;
use super::provision::{Block, ProvisionBlocks};
use crate::analyze::diff::{TokenDiff, Units};
use crate::analyze::pairing::{pair_best_first, Candidate};
use crate::text::sentences;

/// One sentence of a provision, with the paragraph it belongs to.
pub(super) struct SentenceUnits {
    /// Index of its paragraph in `ProvisionBlocks::blocks`.
    pub(super) block: usize,
    pub(super) units: Units,
}

/// Two paragraphs that correspond, by index on each side.
pub(super) struct BlockPair {
    pub(super) a: usize,
    pub(super) b: usize,
}

/// Two sentences that are compared, by index on each side, with their diff.
pub(super) struct SentencePair {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) diff: TokenDiff,
}

/// Both sides of a comparison with their sentences and sentence pairs: what
/// the sentence-level detectors read.
pub(super) struct Sides<'a> {
    pub(super) a: &'a ProvisionBlocks,
    pub(super) b: &'a ProvisionBlocks,
    pub(super) sa: &'a [SentenceUnits],
    pub(super) sb: &'a [SentenceUnits],
    pub(super) pairs: &'a [SentencePair],
}

impl Sides<'_> {
    /// The pair of A's sentence `i`, if it has one.
    pub(super) fn pair_of_a(&self, i: usize) -> Option<&SentencePair> {
        self.pairs.iter().find(|p| p.a == i)
    }

    /// The pair of B's sentence `j`, if it has one.
    pub(super) fn pair_of_b(&self, j: usize) -> Option<&SentencePair> {
        self.pairs.iter().find(|p| p.b == j)
    }

    /// Whether B's paragraph `block` is one B adds to all A says: none of
    /// its sentences says again one of A's, while each paragraph of A, and
    /// each other paragraph of B, has a sentence said again on the other
    /// side (half alike, `same_act_similarity_min`). Between rules of two
    /// bodies many paragraphs go unpaired, and none is taken as added.
    pub(super) fn is_added_paragraph(&self, block: usize) -> bool {
        let kept = |pair: Option<&SentencePair>| {
            pair.is_some_and(|p| p.diff.similarity() >= FlagParams::DEFAULT.same_act_similarity_min)
        };
        let said_again = |list: &[SentenceUnits], of_side: &dyn Fn(usize) -> bool, b: usize| {
            list.iter().enumerate().any(|(k, s)| s.block == b && of_side(k))
        };
        let (in_a, in_b) = (|i: usize| kept(self.pair_of_a(i)), |j: usize| kept(self.pair_of_b(j)));
        !said_again(self.sb, &in_b, block)
            && (0..self.a.blocks.len()).all(|b| said_again(self.sa, &in_a, b))
            && (0..self.b.blocks.len()).all(|b| b == block || said_again(self.sb, &in_b, b))
    }
}

pub(super) fn sentence_list(p: &ProvisionBlocks) -> Vec<SentenceUnits> {
    let mut out = Vec::new();
    for (k, bl) in p.blocks.iter().enumerate() {
        for r in sentences::split(&bl.text().norm) {
            out.push(SentenceUnits { block: k, units: Units::new(bl.text().orig(r)) });
        }
    }
    out
}

/// Each A sentence with the B sentence that contains most of its content words.
pub(super) fn best_containing(sa: &[SentenceUnits], sb: &[SentenceUnits]) -> Vec<SentencePair> {
    let min = FlagParams::DEFAULT.containment_min;
    let mut out = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        // The sentence of highest containment wins, the later one on a tie.
        // Candidates are diffed in order of their bound, highest first: once
        // the bound is below the best containment found, none left can win.
        let mut order: Vec<(usize, f32)> = sb
            .iter()
            .enumerate()
            .map(|(j, y)| (j, TokenDiff::containment_bound(&x.units, &y.units)))
            .filter(|&(_, bound)| bound >= min)
            .collect();
        order.sort_by(|p, q| q.1.total_cmp(&p.1).then(q.0.cmp(&p.0)));
        let mut best: Option<(usize, f32, TokenDiff)> = None;
        for (j, bound) in order {
            if best.as_ref().is_some_and(|b| bound < b.1) {
                break;
            }
            // Nor is one diffed whose words in order can neither reach
            // the threshold nor the best found.
            let in_order = TokenDiff::containment_bound_in_order(&x.units, &sb[j].units);
            if in_order < best.as_ref().map_or(min, |b| b.1) {
                continue;
            }
            let d = TokenDiff::from_units(x.units.clone(), sb[j].units.clone());
            let c = d.containment();
            let wins = match &best {
                None => c >= min,
                Some((bj, bc, _)) => c > *bc || (c == *bc && j > *bj),
            };
            if wins {
                best = Some((j, c, d));
            }
        }
        if let Some((j, _, diff)) = best {
            out.push(SentencePair { a: i, b: j, diff });
        }
    }
    out
}

/// Pairs sentences one to one, best first; sentences of paired paragraphs
/// are preferred. The sole sentences of two paired paragraphs correspond as
/// their paragraphs do, however reworded (「…その記録を1年以上保存するとと
/// もに、毎月1回以上分析しなければならない。」 → 「…監視するために必要な措置
/// を講ずるとともに、毎月1回以上、アクセス記録を確認しなければならない。」,
/// where the 1年以上 is gone): they are compared at the threshold's score
/// where their wording scores less.
pub(super) fn pair_sentences(sa: &[SentenceUnits], sb: &[SentenceUnits], blocks: &[BlockPair]) -> Vec<SentencePair> {
    let params = FlagParams::DEFAULT;
    // Whether each sentence is the only one of its paragraph.
    let sole = |side: &[SentenceUnits]| -> Vec<bool> {
        side.iter().map(|s| side.iter().filter(|t| t.block == s.block).count() == 1).collect()
    };
    let (sole_a, sole_b) = (sole(sa), sole(sb));
    let mut candidates = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        for (j, y) in sb.iter().enumerate() {
            let paired = blocks.iter().any(|p| p.a == x.block && p.b == y.block);
            if paired && sole_a[i] && sole_b[j] {
                let diff = TokenDiff::from_units(x.units.clone(), y.units.clone());
                let score = (diff.similarity() + params.same_place_bonus).max(params.sentence_min);
                candidates.push(Candidate { a: i, b: j, score, data: diff });
                continue;
            }
            let bonus = if paired { params.same_place_bonus } else { 0.0 };
            // Pairs that cannot reach the threshold are not diffed.
            if TokenDiff::similarity_bound(&x.units, &y.units) + bonus < params.sentence_min
                || TokenDiff::similarity_bound_in_order(&x.units, &y.units) + bonus < params.sentence_min
            {
                continue;
            }
            let diff = TokenDiff::from_units(x.units.clone(), y.units.clone());
            let score = diff.similarity() + bonus;
            if score >= params.sentence_min {
                candidates.push(Candidate { a: i, b: j, score, data: diff });
            }
        }
    }
    let mut out: Vec<SentencePair> =
        pair_best_first(candidates).into_iter().map(|c| SentencePair { a: c.a, b: c.b, diff: c.data }).collect();
    out.sort_by_key(|p| (p.a, p.b));
    out
}

/// Pairs paragraphs of A and B by wording similarity (greedy, best first);
/// the same paragraph number breaks ties.
pub(super) fn pair_blocks(a: &ProvisionBlocks, b: &ProvisionBlocks) -> Vec<BlockPair> {
    let params = FlagParams::DEFAULT;
    // A single paragraph on each side corresponds whatever its wording.
    if a.blocks.len() == 1 && b.blocks.len() == 1 {
        return vec![BlockPair { a: 0, b: 0 }];
    }
    // With one paragraph on A (a requirement), only its best B paragraph is
    // taken: B paragraphs are diffed in order of their bound, highest
    // first, until the bound falls below the best score found.
    let one_on_a = a.blocks.len() == 1;
    let mut candidates: Vec<Candidate> = Vec::new();
    for (i, ba) in a.blocks.iter().enumerate() {
        let bonus = |bb: &Block| if ba.number == bb.number { params.same_place_bonus } else { 0.0 };
        // Pairs that cannot reach the threshold are not diffed.
        let mut order: Vec<(usize, f32)> = b
            .blocks
            .iter()
            .enumerate()
            .map(|(j, bb)| (j, TokenDiff::similarity_bound(&ba.units, &bb.units) + bonus(bb)))
            .filter(|&(_, bound)| bound >= params.paragraph_min)
            .collect();
        if one_on_a {
            order.sort_by(|p, q| q.1.total_cmp(&p.1).then(p.0.cmp(&q.0)));
        }
        let mut best = f32::NEG_INFINITY;
        for (j, bound) in order {
            if one_on_a && bound < best {
                break;
            }
            let bb = &b.blocks[j];
            // Nor is one diffed whose words in order cannot reach the
            // threshold, or (one paragraph on A, where only the best pair
            // is taken) the best found.
            let in_order = TokenDiff::similarity_bound_in_order(&ba.units, &bb.units) + bonus(bb);
            if in_order < params.paragraph_min || (one_on_a && in_order < best) {
                continue;
            }
            let score = TokenDiff::from_units(ba.units.clone(), bb.units.clone()).similarity() + bonus(bb);
            if score >= params.paragraph_min {
                best = best.max(score);
                candidates.push(Candidate::new(i, j, score));
            }
        }
    }
    let mut pairs: Vec<BlockPair> =
        pair_best_first(candidates).into_iter().map(|c| BlockPair { a: c.a, b: c.b }).collect();
    pairs.sort_by_key(|p| (p.a, p.b));
    pairs
}
