//! Every weight and threshold of the flag detectors, in one place.
//!
//! The values were set on the seed pairs (上尾・龍ヶ崎・堺・西伊豆) and held
//! on the variants of other cities (`tests/variants/`); the reason for each
//! is a statement about how regulations are worded, given with the field.

/// A ratio of whole numbers, applied in integer arithmetic (`n * num / den`)
/// so that a length comparison rounds as it always has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LengthRatio {
    /// Numerator.
    pub num: usize,
    /// Denominator.
    pub den: usize,
}

impl LengthRatio {
    /// `n` scaled by the ratio, rounded down.
    pub fn of(self, n: usize) -> usize {
        n * self.num / self.den
    }
}

/// Weights and thresholds of the flags (`FlagParams::DEFAULT`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FlagParams {
    /// Minimum share of an A sentence's content words that a B sentence must
    /// contain to be its counterpart when a summary (a catalog requirement)
    /// is compared with a provision: 0.25, as a requirement names only the
    /// core of what a provision spells out at length.
    pub containment_min: f32,
    /// Minimum wording similarity for two sentences of corresponding
    /// provisions to be compared: 0.4; below it they say different things
    /// and a flag between them would be noise.
    pub sentence_min: f32,
    /// Minimum wording similarity for two paragraphs (項) to correspond: 0.3,
    /// lower than for sentences because a paragraph rewritten around the
    /// same duty keeps less of its wording than any one of its sentences.
    pub paragraph_min: f32,
    /// Added to the similarity of sentences in paired paragraphs, and of
    /// paragraphs with the same number: 0.05, a tie-breaker too small to
    /// pair text that is otherwise unlike.
    pub same_place_bonus: f32,
    /// Sentences this similar say the same act in other words: 0.5, half
    /// the wording shared. Sentences whose main predicates differ are still
    /// compared for their duty when this similar, and a side whose 項 each
    /// have a sentence this similar on the other keeps all the other says.
    pub same_act_similarity_min: f32,
    /// A change of this many steps on the duty scale (e.g. しなければならない
    /// → することができる) is of high severity: 2; one step (ものとする →
    /// 努めるものとする) is medium.
    pub obligation_high_gap: u8,
    /// Character-set Dice at which two role names are one office: 0.6;
    /// 総括保護管理者 / 統括管理者 and 副市長 / 副町長 reach it, 保護管理者 /
    /// システム管理者 does not.
    pub same_role_dice: f32,
    /// Role names at least this long (in characters) are one office when
    /// they share their first two characters (the rank: 総括, 副市) and the
    /// last (the kind: 者, 長): 4, shorter names are too generic.
    pub same_rank_min_chars: usize,
    /// Longest noun (in characters) taken as the actor before は、: 20;
    /// longer ones are a described group, not an office.
    pub topic_max_chars: usize,
    /// A provision that leaves its content to another rule is flagged when
    /// the other side spells it out at this many times its length: 3/2; a
    /// side about as long says no more — unless it lists 号 the delegating
    /// side drops, or lays down a duty in the paragraph answering the
    /// delegating one (`delegation::delegation_flags`).
    pub spelled_out_ratio: LengthRatio,
    /// An item that another contains in shortened form (再委託の制限 within
    /// a longer item) scores this share of its words found in the other:
    /// 0.8, so that a fully contained item counts as corresponding.
    pub shortened_item_weight: f32,
    /// Minimum score for two 号 to correspond: 0.4, as for sentences.
    pub item_min: f32,
    /// Shortest compound noun (in characters) compared for its scope: 2;
    /// one character is a word, not a term.
    pub scope_min_term_chars: usize,
    /// Terms compared for a narrowed or widened qualifier are of this many
    /// words (fewest): 3, a qualifier and a two-word head (特定 + 個人 情報).
    pub qualified_term_min_words: usize,
    /// …and of this many words (most): 4, a qualifier of at most two words;
    /// longer compounds are lists or names, not one term.
    pub qualified_term_max_words: usize,
    /// Words at the end of a term that must agree for it to be "the same
    /// term with another qualifier": 2 (個人 情報).
    pub term_head_words: usize,
}

impl FlagParams {
    /// The values every command and the site use.
    pub const DEFAULT: FlagParams = FlagParams {
        containment_min: 0.25,
        sentence_min: 0.4,
        paragraph_min: 0.3,
        same_place_bonus: 0.05,
        same_act_similarity_min: 0.5,
        obligation_high_gap: 2,
        same_role_dice: 0.6,
        same_rank_min_chars: 4,
        topic_max_chars: 20,
        spelled_out_ratio: LengthRatio { num: 3, den: 2 },
        shortened_item_weight: 0.8,
        item_min: 0.4,
        scope_min_term_chars: 2,
        qualified_term_min_words: 3,
        qualified_term_max_words: 4,
        term_head_words: 2,
    };
}

impl Default for FlagParams {
    fn default() -> Self {
        FlagParams::DEFAULT
    }
}
