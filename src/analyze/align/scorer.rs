//! Scores of a text unit (article, paragraph, 号) against every item of a
//! catalog: caption ↔ names, TF-IDF cosine ↔ profile, key elements found.
use super::params::Params;
use super::profile::{
    caption_heads, caption_names_act_of, caption_names_role, names_caption_head, shares_head, CatalogAnalysis,
    ElementHits, ElementWords, ItemProfile, Line,
};
use std::collections::HashMap;

use crate::analyze::roles;
use crate::analyze::term_vectors::{cosine, CosineIndex, Idf, ListedVec};
use crate::analyze::terms::{Term, TermHashState};
use crate::analyze::text_analysis::{TermVec, TextAnalysis};

/// Scores of one text unit (article or paragraph) against every item.
pub(crate) struct UnitScore {
    pub(crate) score: f32,
    pub(crate) caption: f32,
    pub(crate) elements: Vec<String>,
    /// How many of `elements` count toward the score, and of how many the
    /// item has that do (`ItemProfile::scored_elements`).
    pub(crate) scored: (usize, usize),
}

pub(crate) struct Scorer<'a> {
    pub(crate) params: Params,
    pub(crate) idf: Idf,
    pub(crate) items: &'a [ItemProfile],
    /// The items' TF-IDF vectors.
    item_vecs: CosineIndex,
    /// Each item's rarest title word (highest idf).
    pub(crate) item_rarest: Vec<Option<Term>>,
    /// Per item, per name (title, keywords): the sum of its terms' idf, the
    /// name's share of a caption overlap (see `caption_score`).
    name_idf_sums: Vec<Vec<f32>>,
    /// Per term, the names holding it, numbered through all the items'
    /// names in order (item `i`'s name `k` is `name_start[i] + k`): a
    /// caption's overlap with every name is summed once, term by term,
    /// where looking each caption term up in each name of each item it was
    /// scored against was a fifth of the scores' instructions.
    name_postings: HashMap<Term, Vec<u32>, TermHashState>,
    name_start: Vec<usize>,
    name_count: usize,
    element_words: &'a ElementWords,
}

/// A caption's terms with their idf, in the order of its term map, and
/// their sum: the caption's side of its overlap with every item name.
struct CaptionIdf<'c> {
    terms: &'c TermVec,
    idfs: Vec<(Term, f32)>,
    sum: f32,
    /// The caption's head nouns (`caption_heads`), found when an item first
    /// asks and then read for every other item.
    heads: std::cell::OnceCell<Vec<&'c str>>,
    /// Whether the caption names a role (`caption_names_role`), likewise.
    names_a_role: std::cell::OnceCell<bool>,
    /// Per name (see `Scorer::name_postings`), the idf of the caption terms
    /// it holds, summed when an item first asks.
    shared: std::cell::OnceCell<Vec<f32>>,
}

impl<'a> Scorer<'a> {
    pub(crate) fn new(analysis: &TextAnalysis, catalog: &'a CatalogAnalysis, params: Params) -> Self {
        // The items' counts are the same for every regulation: they are
        // counted once per catalog and copied, then the articles added.
        let mut idf = catalog.item_df.clone();
        for a in &analysis.articles {
            idf.add_union(&a.terms, &a.caption_terms);
        }
        let item_vecs = CosineIndex::new(catalog.items.iter().map(|i| ListedVec::new(idf.weigh(&i.content))).collect());
        let item_rarest = catalog
            .items
            .iter()
            .map(|i| i.names[0].keys().max_by(|x, y| idf.idf(x).total_cmp(&idf.idf(y)).then(y.cmp(x))).cloned())
            .collect();
        let name_idf_sums = catalog
            .items
            .iter()
            .map(|i| i.names.iter().map(|n| n.keys().map(|t| idf.idf(t)).sum::<f32>()).collect())
            .collect();
        let mut name_postings: HashMap<Term, Vec<u32>, TermHashState> = HashMap::default();
        let mut name_start = Vec::with_capacity(catalog.items.len());
        let mut name_count = 0;
        for item in &catalog.items {
            name_start.push(name_count);
            for name in &item.names {
                for t in name.keys() {
                    name_postings.entry(*t).or_default().push(name_count as u32);
                }
                name_count += 1;
            }
        }
        Scorer {
            params,
            idf,
            items: &catalog.items,
            item_vecs,
            item_rarest,
            name_idf_sums,
            name_postings,
            name_start,
            name_count,
            element_words: &catalog.element_words,
        }
    }

    /// The catalog's element words found in `compact` (NFKC, no spaces),
    /// for [`ItemProfile::matched_elements`].
    pub(crate) fn element_hits(&self, compact: &str) -> ElementHits {
        self.element_words.hits(compact)
    }

    /// The element words of lines found in `lines` (see `ElementWords::in_lines`).
    pub(crate) fn element_hits_in_lines<'h>(&self, lines: impl IntoIterator<Item = Line<'h>>) -> ElementHits {
        self.element_words.in_lines(lines)
    }

    fn caption_idf<'c>(&self, caption_terms: &'c TermVec) -> CaptionIdf<'c> {
        let idfs: Vec<(Term, f32)> = caption_terms.keys().map(|t| (*t, self.idf.idf(t))).collect();
        let sum = idfs.iter().map(|(_, w)| w).sum::<f32>();
        CaptionIdf {
            terms: caption_terms,
            idfs,
            sum,
            heads: std::cell::OnceCell::new(),
            names_a_role: std::cell::OnceCell::new(),
            shared: std::cell::OnceCell::new(),
        }
    }

    /// Per name, the sum of the idfs of `caption_idfs`' terms it holds,
    /// added in the caption's order: the filtered sum `caption_dice` made
    /// for each name, to the bit.
    fn shared_with_names(&self, caption_idfs: &[(Term, f32)]) -> Vec<f32> {
        // The value `Sum` starts from (-0.0 in today's std, 0.0 before): a
        // name sharing no term gets the filtered sum's empty sum.
        let empty: f32 = std::iter::empty::<f32>().sum();
        let mut shared = vec![empty; self.name_count];
        for (t, w) in caption_idfs {
            for &j in self.name_postings.get(t).map(Vec::as_slice).unwrap_or_default() {
                shared[j as usize] += w;
            }
        }
        shared
    }

    /// IDF-weighted Dice overlap of the caption with name `k` of item `i`
    /// (`text_analysis::weighted_dice` with both sides' sums known), summed
    /// in the same order.
    fn caption_dice(&self, caption: &CaptionIdf, i: usize, k: usize) -> f32 {
        let total = caption.sum + self.name_idf_sums[i][k];
        if total == 0.0 {
            return 0.0;
        }
        let shared = caption.shared.get_or_init(|| self.shared_with_names(&caption.idfs))[self.name_start[i] + k];
        2.0 * shared / total
    }

    /// IDF-weighted overlap of the caption with the item's title or one of
    /// its keywords. `head_keywords_only`: a keyword counts only where it
    /// names the head of `caption_text` (see `names_caption_head`).
    fn caption_score<'c>(
        &self,
        caption: &CaptionIdf<'c>,
        caption_text: &'c str,
        i: usize,
        head_keywords_only: bool,
    ) -> f32 {
        if caption.terms.is_empty() {
            return 0.0;
        }
        let item = &self.items[i];
        let title = &item.names_nfkc[0];
        // `shares_head_with_title` with the heads found once.
        let heads_agree = |k: usize| match k {
            0 => shares_head(
                title,
                &item.title_heads,
                caption_text,
                caption.heads.get_or_init(|| caption_heads(caption_text)),
            ),
            _ if item.name_is_acted_on[k] => caption_names_act_of(&item.title_heads, caption_text),
            _ => names_caption_head(&item.names_nfkc[k], caption_text),
        };
        // A caption naming a role counts only for the names of roles.
        let role_agrees =
            |k: usize| !*caption.names_a_role.get_or_init(|| caption_names_role(caption_text)) || item.name_is_role[k];
        // A caption that ends in a role the item names (番号事務監査責任者,
        // 個人番号管理総括者) names that role as fully as the bare name would.
        let names_the_role =
            |k: usize| item.name_is_role[k] && roles::caption_ends_in_role(caption_text, &item.names_nfkc[k]);
        // The title is the item's own name; a keyword match counts a little
        // less. Heads and roles are read only for a name the caption shares
        // words with.
        (0..item.names.len())
            .map(|k| (k, if names_the_role(k) { 1.0 } else { self.caption_dice(caption, i, k) }))
            .filter(|&(k, dice)| dice > 0.0 && role_agrees(k) && (!head_keywords_only || heads_agree(k)))
            .map(|(k, dice)| dice * if k == 0 { 1.0 } else { self.params.keyword_factor })
            .fold(0.0, f32::max)
    }

    /// Scores of one unit (its terms + caption, and the element words of
    /// its text) against every item; the unit's vector is weighed once.
    pub(crate) fn scores(
        &self,
        caption_terms: &TermVec,
        caption_text: &str,
        caption_factor: f32,
        terms: &TermVec,
        hits: &ElementHits,
    ) -> Vec<UnitScore> {
        let weighted = ListedVec::new(self.idf.weigh(&with_caption(terms, caption_terms)));
        let caption = self.caption_idf(caption_terms);
        let cosines = self.item_vecs.cosines(&weighted);
        cosines
            .into_iter()
            .enumerate()
            .map(|(i, cos)| self.score_weighted(cos, &caption, caption_text, caption_factor, hits, i))
            .collect()
    }

    /// The score of one unit (its terms + caption, and the element words
    /// of its text) against item `i`.
    pub(crate) fn score(
        &self,
        caption_terms: &TermVec,
        caption_factor: f32,
        terms: &TermVec,
        hits: &ElementHits,
        i: usize,
    ) -> UnitScore {
        let caption = self.caption_idf(caption_terms);
        let cos = cosine(&ListedVec::new(self.idf.weigh(&with_caption(terms, caption_terms))), self.item_vecs.vec(i));
        self.score_weighted(cos, &caption, "", caption_factor, hits, i)
    }

    /// The score of item `i`, given the cosine of the unit's vector with the item's.
    fn score_weighted<'c>(
        &self,
        cos: f32,
        caption: &CaptionIdf<'c>,
        caption_text: &'c str,
        caption_factor: f32,
        hits: &ElementHits,
        i: usize,
    ) -> UnitScore {
        let item = &self.items[i];
        let p = &self.params;
        let elements = item.matched_elements(hits);
        // Over a text stating none of the item's key elements, a caption that
        // shares a keyword only in its modifier names a neighbouring subject
        // (漏えい等の防止 is not 事案の報告, 正確性の確保 not 誤りの訂正).
        let head_keywords_only = elements.is_empty() && !item.elements.is_empty();
        // An article without a caption (older rules have none) is scored on
        // what it has, its text: an absent caption is no mismatch.
        let wc = if caption_factor > 0.0 && caption.terms.is_empty() { 0.0 } else { p.w_caption };
        let caption = if caption_factor > 0.0 {
            self.caption_score(caption, caption_text, i, head_keywords_only) * caption_factor
        } else {
            0.0
        };
        let scored = item.scored_elements(&elements);
        let (el, we) = match scored {
            (_, 0) => (0.0, 0.0),
            (found, asked) => (found as f32 / asked as f32, p.w_elements),
        };
        let score = (wc * caption + p.w_cosine * cos + we * el) / (wc + p.w_cosine + we);
        UnitScore { score, caption, elements, scored }
    }
}

/// A unit's terms with its caption's added: the vector it is scored by.
fn with_caption(terms: &TermVec, caption_terms: &TermVec) -> TermVec {
    let mut v = terms.clone();
    for (t, w) in caption_terms {
        *v.entry(*t).or_insert(0.0) += w;
    }
    v
}
