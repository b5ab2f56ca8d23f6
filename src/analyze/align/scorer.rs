//! Scores of a text unit (article, paragraph, 号) against every item of a
//! catalog: caption ↔ names, TF-IDF cosine ↔ profile, key elements found.
use super::params::Params;
use super::profile::{matched_elements, names_caption_head, CatalogAnalysis, ItemProfile};
use crate::analyze::terms::Term;
use crate::analyze::text_analysis::{add_terms, cosine, weighted_dice, Idf, TermVec, TextAnalysis};

/// Scores of one text unit (article or paragraph) against every item.
pub(crate) struct UnitScore {
    pub(crate) score: f32,
    pub(crate) caption: f32,
    pub(crate) elements: Vec<String>,
}

pub(crate) struct Scorer<'a> {
    pub(crate) params: Params,
    pub(crate) idf: Idf,
    pub(crate) items: &'a [ItemProfile],
    item_vecs: Vec<TermVec>,
    /// Each item's rarest title word (highest idf).
    pub(crate) item_rarest: Vec<Option<Term>>,
}

impl<'a> Scorer<'a> {
    pub(crate) fn new(analysis: &TextAnalysis, catalog: &'a CatalogAnalysis, params: Params) -> Self {
        let mut idf = Idf::new();
        for a in &analysis.articles {
            let mut v = a.terms.clone();
            add_terms(&mut v, &a.caption_terms.iter().map(|(t, w)| (t.clone(), *w)).collect::<Vec<_>>(), 1.0);
            idf.add(&v);
        }
        for item in &catalog.items {
            idf.add(&item.content);
        }
        let item_vecs = catalog.items.iter().map(|i| idf.weigh(&i.content)).collect();
        let item_rarest = catalog
            .items
            .iter()
            .map(|i| i.names[0].keys().max_by(|x, y| idf.idf(x).total_cmp(&idf.idf(y)).then(y.cmp(x))).cloned())
            .collect();
        Scorer { params, idf, items: &catalog.items, item_vecs, item_rarest }
    }

    /// IDF-weighted overlap of the caption with the item's title or one of
    /// its keywords. `head_keywords_only`: a keyword counts only where it
    /// names the head of `caption_text` (see `names_caption_head`).
    fn caption_score(
        &self,
        caption_terms: &TermVec,
        caption_text: &str,
        item: &ItemProfile,
        head_keywords_only: bool,
    ) -> f32 {
        if caption_terms.is_empty() {
            return 0.0;
        }
        // The title is the item's own name; a keyword match counts a little less.
        item.names
            .iter()
            .enumerate()
            .filter(|(k, _)| *k == 0 || !head_keywords_only || names_caption_head(&item.names_nfkc[*k], caption_text))
            .map(|(k, n)| {
                weighted_dice(caption_terms, n, &self.idf) * if k == 0 { 1.0 } else { self.params.keyword_factor }
            })
            .fold(0.0, f32::max)
    }

    /// Scores `terms` (+ caption) and `compact` text against item `i`.
    /// Scores of one unit (its terms + caption, and its NFKC text without
    /// spaces) against every item; the unit's vector is weighed once.
    pub(crate) fn scores(
        &self,
        caption_terms: &TermVec,
        caption_text: &str,
        caption_factor: f32,
        terms: &TermVec,
        compact: &str,
    ) -> Vec<UnitScore> {
        let mut v = terms.clone();
        for (t, w) in caption_terms {
            *v.entry(t.clone()).or_insert(0.0) += w;
        }
        let weighted = self.idf.weigh(&v);
        (0..self.items.len())
            .map(|i| self.score_weighted(&weighted, caption_terms, caption_text, caption_factor, compact, i))
            .collect()
    }

    pub(crate) fn score(
        &self,
        caption_terms: &TermVec,
        caption_factor: f32,
        terms: &TermVec,
        compact: &str,
        i: usize,
    ) -> UnitScore {
        let mut v = terms.clone();
        for (t, w) in caption_terms {
            *v.entry(t.clone()).or_insert(0.0) += w;
        }
        self.score_weighted(&self.idf.weigh(&v), caption_terms, "", caption_factor, compact, i)
    }

    fn score_weighted(
        &self,
        weighted: &TermVec,
        caption_terms: &TermVec,
        caption_text: &str,
        caption_factor: f32,
        compact: &str,
        i: usize,
    ) -> UnitScore {
        let item = &self.items[i];
        let p = &self.params;
        let cos = cosine(weighted, &self.item_vecs[i]);
        let elements = matched_elements(item, compact);
        // Over a text stating none of the item's key elements, a caption that
        // shares a keyword only in its modifier names a neighbouring subject
        // (漏えい等の防止 is not 事案の報告, 正確性の確保 not 誤りの訂正).
        let head_keywords_only = elements.is_empty() && !item.elements.is_empty();
        let caption = if caption_factor > 0.0 {
            self.caption_score(caption_terms, caption_text, item, head_keywords_only) * caption_factor
        } else {
            0.0
        };
        let (el, we) = if item.elements.is_empty() {
            (0.0, 0.0)
        } else {
            (elements.len() as f32 / item.elements.len() as f32, p.w_elements)
        };
        let score = (p.w_caption * caption + p.w_cosine * cos + we * el) / (p.w_caption + p.w_cosine + we);
        UnitScore { score, caption, elements }
    }
}
