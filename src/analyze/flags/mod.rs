//! Flags for differences that matter between corresponding provisions.
//!
//! Side A is the reference (the other city's article, the catalog text or
//! the earlier version), side B the provision under review; "weakened" means
//! B is weaker than A. Every flag quotes the original text of both sides
//! (`a_spans`, `b_spans` are substrings of the respective provision).
//!
//! One module per detector (`obligation`, `role`, `quantity`, `scope`,
//! `delegation`, `items`); `provision` cuts a provision into paragraphs,
//! `pairing` matches its paragraphs and sentences, `clauses` splits sentences
//! and clauses, `params` holds every weight and threshold.
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::Article;

mod clauses;
mod delegation;
mod items;
mod obligation;
mod pairing;
mod params;
mod provision;
mod quantity;
mod role;
mod scope;
#[cfg(test)]
mod tests;

pub use params::FlagParams;

use pairing::{best_containing, pair_blocks, pair_sentences, sentence_list, SentenceUnits};
use provision::ProvisionBlocks;

/// What a flag is about; serialised in kebab-case (`obligation-weakened`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagKind {
    /// B's duty is weaker than A's (しなければならない → ものとする →
    /// 努めるものとする → することができる).
    ObligationWeakened,
    /// B's duty is stronger than A's (the same scale, upwards).
    ObligationStrengthened,
    /// The office or role that acts or is appointed differs.
    RoleChanged,
    /// Numbers, frequencies, periods, time limits changed, dropped or added.
    QuantityChanged,
    /// 保有個人情報 ↔ 保有個人情報等 ↔ 特定個人情報; 職員 ↔ 職員等; （…を含む。）
    ScopeChanged,
    /// One side leaves the content to another rule (準用, 別に定める …).
    DelegatedByReference,
    /// 号 added or dropped.
    ItemsChanged,
}

impl FlagKind {
    /// The serialised code (`obligation-weakened`), also a CSS class.
    pub fn code(self) -> &'static str {
        match self {
            FlagKind::ObligationWeakened => "obligation-weakened",
            FlagKind::ObligationStrengthened => "obligation-strengthened",
            FlagKind::RoleChanged => "role-changed",
            FlagKind::QuantityChanged => "quantity-changed",
            FlagKind::ScopeChanged => "scope-changed",
            FlagKind::DelegatedByReference => "delegated-by-reference",
            FlagKind::ItemsChanged => "items-changed",
        }
    }

    /// Short Japanese label for tables and legends.
    pub fn label(self) -> &'static str {
        match self {
            FlagKind::ObligationWeakened => "義務の弱化",
            FlagKind::ObligationStrengthened => "義務の強化",
            FlagKind::RoleChanged => "役割の変更",
            FlagKind::QuantityChanged => "数値・頻度・期間",
            FlagKind::ScopeChanged => "対象範囲",
            FlagKind::DelegatedByReference => "他規程への委任",
            FlagKind::ItemsChanged => "号の増減",
        }
    }
}

/// How much a flag matters to a drafter; serialised in lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FlagSeverity {
    /// Worth a look (a term widened by 等, an added value).
    Low,
    /// Likely a change of substance.
    Medium,
    /// A weakened duty, a dropped 号 or value, another appointee.
    High,
}

impl FlagSeverity {
    /// The serialised name (`high`), also a CSS class.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagSeverity::Low => "low",
            FlagSeverity::Medium => "medium",
            FlagSeverity::High => "high",
        }
    }
}

impl std::fmt::Display for FlagKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::fmt::Display for FlagSeverity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One difference that matters between two provisions, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    /// What changed.
    pub kind: FlagKind,
    /// How much it matters.
    pub severity: FlagSeverity,
    /// Japanese explanation for drafters.
    pub message: String,
    /// Where on side A, e.g. 第34条第3項 (None for bare texts).
    pub a_location: Option<String>,
    /// Where on side B (None for bare texts).
    pub b_location: Option<String>,
    /// Evidence: excerpts of A's original text.
    pub a_spans: Vec<String>,
    /// Evidence: excerpts of B's original text.
    pub b_spans: Vec<String>,
}

/// `flags` but those a renaming of defined terms explains: a role or a term
/// changed only from a name one regulation defines to the name the other
/// defines in its place (`definitions::renamed_terms`: 所属長 → 課長等), or
/// a compound of it (所属の長 → 課等の長), is the same one.
pub fn without_renamed(mut flags: Vec<Flag>, renamed: &[(String, String)]) -> Vec<Flag> {
    if renamed.is_empty() {
        return flags;
    }
    // The name itself, or a compound of it made the same way on both
    // sides (所属の長 → 課等の長).
    let is_renamed =
        |x: &str, y: &str| renamed.iter().any(|(a, b)| x.contains(a.as_str()) && x.replace(a.as_str(), b) == y);
    flags.retain(|f| {
        let explained = matches!(f.kind, FlagKind::RoleChanged | FlagKind::ScopeChanged)
            && !f.a_spans.is_empty()
            && f.a_spans.len() == f.b_spans.len()
            && f.a_spans.iter().zip(&f.b_spans).all(|(x, y)| is_renamed(x, y));
        !explained
    });
    flags
}

/// Flags between two corresponding articles (A = reference, B = under review).
pub fn compare_articles(a: &Article, b: &Article) -> Vec<Flag> {
    let (a, b) =
        (ProvisionText::cut(ProvisionBlocks::from_article(a)), ProvisionText::cut(ProvisionBlocks::from_article(b)));
    compare(&a, &b, Pairing::OneToOne)
}

/// Flags between two bare provision texts (e.g. a catalog requirement and an article).
/// A's sentences are matched to their best B sentence by content overlap,
/// as a requirement text summarises what a provision spells out at length.
pub fn compare_texts(a: &str, b: &str) -> Vec<Flag> {
    compare_provision_texts(&ProvisionText::new(a), &ProvisionText::new(b))
}

/// A bare provision text cut once into paragraphs and sentences, for
/// [`compare_provision_texts`]: a text compared with many others (a
/// catalog requirement with every provision that meets it, a provision with
/// every requirement it meets) is cut once, not once per comparison.
pub struct ProvisionText {
    blocks: ProvisionBlocks,
    sentences: Vec<SentenceUnits>,
    facts: SideFacts,
    /// Whether a paragraph names its actor or lists 号, found on first use
    /// (see [`ProvisionText::has_actor_or_items`]).
    actor_or_items: OnceLock<bool>,
}

/// What the detectors read of one side alone, found once however many
/// comparisons the side is in.
struct SideFacts {
    quantities: Vec<quantity::Quantity>,
    appointees: Vec<role::Appointee>,
    compounds: Vec<scope::Compound>,
    inclusions: Vec<scope::Inclusion>,
    /// The first passage that leaves the content to another rule.
    delegation: Option<delegation::Delegation>,
}

impl ProvisionText {
    /// `text` cut into paragraphs, items and sentences.
    pub fn new(text: &str) -> ProvisionText {
        ProvisionText::cut(ProvisionBlocks::from_text(text))
    }

    /// `blocks` cut into sentences, with the facts of each detector.
    fn cut(blocks: ProvisionBlocks) -> ProvisionText {
        let sentences = sentence_list(&blocks);
        let facts = SideFacts {
            quantities: quantity::sentence_quantities(&sentences),
            appointees: role::appointees_of(&blocks),
            compounds: scope::compounds_of(&blocks),
            inclusions: scope::inclusions_of(&blocks),
            delegation: delegation::delegation_in(&blocks),
        };
        ProvisionText { blocks, sentences, facts, actor_or_items: OnceLock::new() }
    }

    /// Whether any paragraph names its actor (Xは、) or lists 号: all that
    /// the flags read of a pairing of this side's paragraphs as side A
    /// (`role::topic_role_flags`, `items::item_flags`), but for the
    /// sentences' pairing one to one.
    fn has_actor_or_items(&self) -> bool {
        *self
            .actor_or_items
            .get_or_init(|| self.blocks.blocks.iter().any(|bl| bl.has_items() || role::topic(bl).is_some()))
    }
}

/// [`compare_texts`] of two texts already cut.
pub fn compare_provision_texts(a: &ProvisionText, b: &ProvisionText) -> Vec<Flag> {
    compare(a, b, Pairing::BestContainment)
}

/// How sentences of the two sides are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    /// Corresponding provisions: one to one, by wording similarity.
    OneToOne,
    /// A summary (A) against a provision (B): each A sentence to the B
    /// sentence that contains most of its content words.
    BestContainment,
}

fn compare(a: &ProvisionText, b: &ProvisionText, pairing: Pairing) -> Vec<Flag> {
    let (sa, sb) = (&a.sentences, &b.sentences);
    // A requirement (A) has often neither actor nor 号, and pairing its
    // paragraphs diffs them whole: a quarter of a comparison's instructions.
    let block_pairs = if pairing == Pairing::OneToOne || a.has_actor_or_items() {
        pair_blocks(&a.blocks, &b.blocks)
    } else {
        Vec::new()
    };
    let sentence_pairs = match pairing {
        Pairing::OneToOne => pair_sentences(sa, sb, &block_pairs),
        Pairing::BestContainment => best_containing(sa, sb),
    };
    let sides = pairing::Sides { a: &a.blocks, b: &b.blocks, sa, sb, pairs: &sentence_pairs };
    let mut flags = Vec::new();
    obligation::obligation_flags(&sides, &mut flags);
    obligation::condition_flags(&sides, &mut flags);
    obligation::exception_flags(&sides, &block_pairs, &mut flags);
    obligation::consent_flags(&sides, &block_pairs, &mut flags);
    obligation::check_method_flags(&sides, &mut flags);
    for p in &block_pairs {
        role::topic_role_flags(&a.blocks.blocks[p.a], &b.blocks.blocks[p.b], &mut flags);
        role::authority_flags(&a.blocks.blocks[p.a], &b.blocks.blocks[p.b], &mut flags);
    }
    quantity::quantity_flags(&sides, &a.facts.quantities, &b.facts.quantities, &mut flags);
    for p in &block_pairs {
        items::item_flags(&a.blocks, &b.blocks, p.a, p.b, &mut flags);
    }
    role::appointment_flags(a, b, &mut flags);
    // The delegations first, as the inclusions read where they are; then
    // listed after the scope flags, as before.
    let mut delegations = Vec::new();
    delegation::delegation_flags(a, b, &block_pairs, &mut delegations);
    let delegated: Vec<Option<String>> = delegations.iter().map(|f| f.a_location.clone()).collect();
    scope::scope_flags(a, b, &delegated, &mut flags);
    flags.extend(delegations);
    flags
}
