//! Every weight and threshold of the alignment.

/// Weights and thresholds of the alignment, tuned globally on the seeds
/// (`reiki eval`); public so that experiments can vary them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Weight of caption ↔ title/keyword overlap.
    pub w_caption: f32,
    /// Weight of TF-IDF cosine between article text and item profile.
    pub w_cosine: f32,
    /// Weight of the fraction of key elements found.
    pub w_elements: f32,
    /// Minimum article score for an item.
    pub threshold: f32,
    /// Other items of the same article must reach this share of its best score.
    pub relative: f32,
    /// Minimum score of a single paragraph for an item the article as a
    /// whole did not reach (articles spanning several items).
    pub paragraph_threshold: f32,
    /// Minimum article score for an item when the article states two or
    /// more of its key elements: a short provision in other words (運ぶとき
    /// は施錠できる容器に) shares little vocabulary with the item's profile
    /// but says what it requires. Measured on both gold sets: 0.0 admits a
    /// provision that only names roles (西伊豆町 第35条 → 組織体制), 0.15
    /// admits no wrong link; 0.25 misses most of the paraphrases.
    pub elements_threshold: f32,
    /// Minimum score for a counterpart in the 条文対応表.
    pub correspond_threshold: f32,
    /// Minimum score when both articles align to catalog items but share
    /// none (the catalog says they are about different things).
    pub correspond_disjoint_threshold: f32,
    /// Weight of a caption match on a keyword relative to one on the title
    /// (0.85): a keyword is one of the item's names, but the title is its
    /// own; a caption equal to a keyword still clears `threshold`.
    pub keyword_factor: f32,
    /// Caption score from which the evidence says 見出し一致 (0.5): at least
    /// half the IDF weight of a name is in the caption.
    pub caption_match_min: f32,
    /// IDF-weighted overlap (dice) a phrase of an enumeration (組織体制の整備、
    /// 取扱規程等に基づく運用、…) needs with an item's title to name it (0.6):
    /// most of the title, its rarest word included, in a short phrase.
    pub enumeration_min_dice: f32,
    /// Phrases a line needs to be read as an enumeration of measures (3):
    /// two are a sentence naming two things, three are a list.
    pub enumeration_min_phrases: usize,
    /// Distinct items an enumeration must name (2), and at least half its phrases.
    pub enumeration_min_items: usize,
    /// Counterparts taken from the inverted index per article of A (20):
    /// corresponding articles rank within the first few; the rest of the
    /// candidates come from shared catalog items.
    pub correspond_candidates: usize,
    /// Share of TF-IDF cosine in a counterpart's score when either article
    /// aligns to catalog items (0.7); the rest is the Jaccard overlap of
    /// their items (`correspond_items_weight`, 0.3). Wording decides, the
    /// catalog breaks ties between similar articles.
    pub correspond_cosine_weight: f32,
    /// Share of the shared catalog items in a counterpart's score (0.3).
    pub correspond_items_weight: f32,
    /// Counterparts kept must reach this share of the best one (0.75):
    /// an article split in two keeps both halves, a weaker echo is dropped.
    pub correspond_keep_share: f32,
    /// At most this many counterparts per article (3), as a 条文対応表 row
    /// lists them.
    pub correspond_max: usize,
    /// Minimum cosine of one 項 of an article of A with an article of B
    /// that nothing else answers, for that article to be listed as joined
    /// into the 項's article (see `correspond_with`): 0.5, "nearly word for
    /// word", set before measuring. Over the 1,056 ordered pairs of the
    /// seeds and variants it admits 28 articles (cosines 0.50–0.93), 27
    /// of them right by reading; lower values were not read one by one.
    pub correspond_paragraph_min: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            w_caption: 0.45,
            w_cosine: 0.35,
            w_elements: 0.2,
            threshold: 0.3,
            relative: 0.8,
            paragraph_threshold: 0.25,
            elements_threshold: 0.15,
            correspond_threshold: 0.12,
            correspond_disjoint_threshold: 0.3,
            keyword_factor: 0.85,
            caption_match_min: 0.5,
            enumeration_min_dice: 0.6,
            enumeration_min_phrases: 3,
            enumeration_min_items: 2,
            correspond_candidates: 20,
            correspond_cosine_weight: 0.7,
            correspond_items_weight: 0.3,
            correspond_keep_share: 0.75,
            correspond_max: 3,
            correspond_paragraph_min: 0.5,
        }
    }
}

/// Weights of the term vectors the alignment compares, fixed for a run:
/// catalog profiles are built once and shared by every regulation, and
/// the corpus index serves every query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProfileWeights {
    /// Weight of the item's title in its profile (2.0): the title is the
    /// item's name and the likeliest caption of the article that meets it.
    pub title: f32,
    /// Weight of each keyword (1.5): other names of the item, slightly less
    /// its own than the title.
    pub keyword: f32,
    /// Weight of the requirement text and of each element phrase (1.0).
    pub body: f32,
    /// Weight of an article's caption terms in its vector for the 条文対応表
    /// and the corpus index (2.0): a caption names what the article is about
    /// in a few words, which its body spreads over many.
    pub article_caption: f32,
    /// Terms found in more than this share of all articles (0.1) are left
    /// out of a corpus query: they add little to the ranking but walk the
    /// longest postings lists.
    pub common_term_share: f32,
}

impl ProfileWeights {
    /// The weights every run uses.
    pub const DEFAULT: ProfileWeights =
        ProfileWeights { title: 2.0, keyword: 1.5, body: 1.0, article_caption: 2.0, common_term_share: 0.1 };
}
