//! Weighted term vectors compared: inverse document frequencies, TF-IDF
//! weights, cosine and IDF-weighted Dice overlaps, and an inverted index
//! over articles. Vectors are `text_analysis::TermVec`s; their sums run in
//! the maps' order, which fixes the last bits of every score.
use std::collections::HashMap;

use super::terms::{Term, TermHashState};
use super::text_analysis::TermVec;

/// Inverse document frequencies over a set of term vectors.
#[derive(Debug, Clone, Default)]
pub struct Idf {
    df: HashMap<Term, u32, TermHashState>,
    n: u32,
}

impl Idf {
    /// No documents yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts the terms of one more document.
    pub fn add(&mut self, doc: &TermVec) {
        self.add_union(doc, &TermVec::default());
    }

    /// Counts one more document whose terms are those of `a` and `b`
    /// together (an article's body and caption), without merging them.
    pub(crate) fn add_union(&mut self, a: &TermVec, b: &TermVec) {
        self.n += 1;
        for t in a.keys().chain(b.keys().filter(|t| !a.contains_key(*t))) {
            *self.df.entry(*t).or_insert(0) += 1;
        }
    }

    /// Smoothed idf; a term seen in every document still weighs a little.
    pub(crate) fn idf(&self, term: &Term) -> f32 {
        let df = self.df.get(term).copied().unwrap_or(0) as f32;
        ((self.n as f32 + 1.0) / (df + 0.5)).ln().max(0.05)
    }

    /// The idf of a term found in `share` (0..1) of the documents.
    pub(crate) fn idf_of_share(&self, share: f32) -> f32 {
        ((self.n as f32 + 1.0) / (share * self.n as f32 + 0.5)).ln().max(0.05)
    }

    /// TF-IDF weights (log tf), L2-normalised.
    pub(crate) fn weigh(&self, doc: &TermVec) -> TermVec {
        let mut v: TermVec = doc.iter().map(|(t, &tf)| (*t, (1.0 + tf).ln() * self.idf(t))).collect();
        let norm = v.values().map(|w| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.values_mut().for_each(|w| *w /= norm);
        }
        v
    }
}

/// A term vector with its entries also listed in the map's order: one
/// vector is compared with many (a unit with every item), and walking a
/// list is cheaper than walking a hash table.
#[derive(Debug, Clone)]
pub(crate) struct ListedVec {
    map: TermVec,
    entries: Vec<(Term, f32)>,
}

impl ListedVec {
    pub(crate) fn new(map: TermVec) -> ListedVec {
        let entries = map.iter().map(|(t, w)| (*t, *w)).collect();
        ListedVec { map, entries }
    }
}

/// Cosine of two L2-normalised vectors: the products of the shorter one's
/// terms, summed in its map's order (the order fixes the last bits).
pub(crate) fn cosine(a: &ListedVec, b: &ListedVec) -> f32 {
    let (small, large) = if a.map.len() <= b.map.len() { (a, b) } else { (b, a) };
    small.entries.iter().filter_map(|(t, w)| large.map.get(t).map(|v| w * v)).sum()
}

/// Many L2-normalised vectors (a catalog's items) held for [`cosine`]s
/// with one vector at a time (a unit of a regulation): each term's
/// postings list the vectors holding it, so a unit meets only the items it
/// shares a term with instead of looking each of its terms up in every
/// item. The sums are those of [`cosine`], to the bit.
#[derive(Debug, Clone)]
pub(crate) struct CosineIndex {
    vecs: Vec<ListedVec>,
    /// The vectors' distinct terms, numbered.
    numbers: HashMap<Term, u32, TermHashState>,
    /// Per term number: (vector number, weight), vectors in order.
    postings: Vec<Vec<(u32, f32)>>,
    /// Per vector: its entries as (term number, weight), in its map's order.
    numbered: Vec<Vec<(u32, f32)>>,
}

impl CosineIndex {
    pub(crate) fn new(vecs: Vec<ListedVec>) -> CosineIndex {
        // Sized for every entry a distinct term (an upper bound): the table
        // is made for each regulation and grew by rehashing.
        let entries = vecs.iter().map(|v| v.entries.len()).sum();
        let mut numbers: HashMap<Term, u32, TermHashState> =
            HashMap::with_capacity_and_hasher(entries, TermHashState::default());
        let mut postings: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut numbered = Vec::with_capacity(vecs.len());
        for (k, v) in vecs.iter().enumerate() {
            let mut entries = Vec::with_capacity(v.entries.len());
            for (t, w) in &v.entries {
                let n = *numbers.entry(*t).or_insert_with(|| {
                    postings.push(Vec::new());
                    (postings.len() - 1) as u32
                });
                postings[n as usize].push((k as u32, *w));
                entries.push((n, *w));
            }
            numbered.push(entries);
        }
        CosineIndex { vecs, numbers, postings, numbered }
    }

    /// Vector `k`.
    pub(crate) fn vec(&self, k: usize) -> &ListedVec {
        &self.vecs[k]
    }

    /// `cosine(unit, v)` for every vector `v`, in order. Where the unit is
    /// the shorter (or as long), `cosine` sums the products in the unit's
    /// order, and so do the postings walked term by term; a vector shorter
    /// than the unit is summed in its own order, as `cosine` does, with the
    /// unit's weights read by term number instead of looked up in the
    /// unit's map (those lookups were most of the cosines' instructions).
    pub(crate) fn cosines(&self, unit: &ListedVec) -> Vec<f32> {
        // The value `Sum` starts from (-0.0 in today's std, 0.0 before):
        // a unit sharing no term with a vector gets `cosine`'s empty sum.
        let empty: f32 = std::iter::empty::<f32>().sum();
        let mut sums = vec![empty; self.vecs.len()];
        // The unit's weight of each numbered term it holds.
        let mut unit_weights: Vec<Option<f32>> = vec![None; self.postings.len()];
        for (t, w) in &unit.entries {
            let Some(&n) = self.numbers.get(t) else { continue };
            unit_weights[n as usize] = Some(*w);
            for &(k, v) in &self.postings[n as usize] {
                sums[k as usize] += w * v;
            }
        }
        for ((sum, v), entries) in sums.iter_mut().zip(&self.vecs).zip(&self.numbered) {
            if v.map.len() < unit.map.len() {
                *sum = entries.iter().filter_map(|&(n, w)| unit_weights[n as usize].map(|u| w * u)).sum();
            }
        }
        sums
    }
}

/// IDF-weighted Dice overlap of two term sets (weights ignored): 1.0 when the
/// sets are equal, low when they share only common words.
pub(crate) fn weighted_dice(a: &TermVec, b: &TermVec, idf: &Idf) -> f32 {
    let sum = |v: &TermVec| v.keys().map(|t| idf.idf(t)).sum::<f32>();
    let total = sum(a) + sum(b);
    if total == 0.0 {
        return 0.0;
    }
    let shared: f32 = a.keys().filter(|t| b.contains_key(*t)).map(|t| idf.idf(t)).sum();
    2.0 * shared / total
}

/// Inverted index over weighted article vectors, for finding similar articles
/// without comparing all pairs.
#[derive(Debug, Clone, Default)]
pub struct ArticleIndex {
    postings: HashMap<Term, Vec<(u32, f32)>, TermHashState>,
    /// (regulation id, article id) of each document.
    pub docs: Vec<(String, String)>,
}

impl ArticleIndex {
    /// Adds a document (an L2-normalised vector) and returns its number.
    pub fn add(&mut self, regulation_id: &str, article_id: &str, vec: &TermVec) -> u32 {
        let doc = self.docs.len() as u32;
        self.docs.push((regulation_id.to_string(), article_id.to_string()));
        for (t, w) in vec {
            self.postings.entry(*t).or_default().push((doc, *w));
        }
        doc
    }

    /// Cosine similarity of `query` (L2-normalised) to every document sharing
    /// a term with it, best first.
    pub fn query(&self, query: &TermVec) -> Vec<(u32, f32)> {
        let mut acc: HashMap<u32, f32> = HashMap::new();
        for (t, w) in query {
            if let Some(list) = self.postings.get(t) {
                for (doc, v) in list {
                    *acc.entry(*doc).or_insert(0.0) += w * v;
                }
            }
        }
        let mut out: Vec<(u32, f32)> = acc.into_iter().collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::text_analysis::{add_terms, terms_of};
    use crate::text::normalize::nfkc;
    use crate::text::tokens;

    /// A vector of fewer than `most` terms out of `vocabulary`, random
    /// weights, normalised.
    fn random_vec(next: &mut impl FnMut(u64) -> u64, vocabulary: &[Term], most: u64) -> ListedVec {
        let mut v = TermVec::default();
        for _ in 0..next(most) {
            v.insert(vocabulary[next(vocabulary.len() as u64) as usize], (next(1000) + 1) as f32 / 7.0);
        }
        let norm = v.values().map(|w| w * w).sum::<f32>().sqrt();
        v.values_mut().for_each(|w| *w /= norm);
        ListedVec::new(v)
    }

    #[test]
    fn the_index_gives_each_cosine_to_the_bit() {
        let mut next = crate::analyze::numbers_below(0x2545_f491_4f6c_dd1d);
        let vocabulary: Vec<Term> = (0..60).map(|k| Term::intern(&format!("語{k}"))).collect();
        for _ in 0..200 {
            // Items shorter and longer than the units, some sharing nothing.
            let items: Vec<ListedVec> = (0..12).map(|_| random_vec(&mut next, &vocabulary, 30)).collect();
            let index = CosineIndex::new(items.clone());
            let unit = random_vec(&mut next, &vocabulary, 25);
            let sums = index.cosines(&unit);
            for (k, item) in items.iter().enumerate() {
                assert_eq!(sums[k].to_bits(), cosine(&unit, item).to_bits(), "item {k}");
            }
        }
    }

    #[test]
    fn a_document_of_two_parts_counts_a_term_of_both_once() {
        let vec = |words: &[&str]| -> TermVec { words.iter().map(|w| (Term::intern(w), 1.0)).collect() };
        let (body, caption) = (vec(&["漏えい", "防止"]), vec(&["漏えい", "対策"]));
        let mut parts = Idf::new();
        parts.add_union(&body, &caption);
        parts.add(&vec(&["防止"]));
        let mut merged = body.clone();
        add_terms(&mut merged, &caption.iter().map(|(t, w)| (*t, *w)).collect::<Vec<_>>(), 1.0);
        let mut whole = Idf::new();
        whole.add(&merged);
        whole.add(&vec(&["防止"]));
        for word in ["漏えい", "防止", "対策", "暗号化"] {
            let t = Term::intern(word);
            assert_eq!(parts.idf(&t).to_bits(), whole.idf(&t).to_bits(), "{word}");
        }
        // 漏えい is in the body and the caption of one document of two.
        assert_eq!(parts.df[&Term::intern("漏えい")], 1);
    }

    #[test]
    fn index_finds_the_similar_document_first() {
        let mut idf = Idf::new();
        let docs: Vec<TermVec> =
            ["アクセス記録を保存し分析する", "端末の盗難又は紛失を防止する", "バックアップを作成し分散保管する"]
                .iter()
                .map(|t| {
                    let mut v = TermVec::default();
                    let n = nfkc(t);
                    add_terms(&mut v, &terms_of(&n, &tokens::tokenize(&n)), 1.0);
                    v
                })
                .collect();
        docs.iter().for_each(|d| idf.add(d));
        let mut index = ArticleIndex::default();
        for (i, d) in docs.iter().enumerate() {
            index.add("r", &format!("art-{i}"), &idf.weigh(d));
        }
        let q = idf.weigh(&docs[1]);
        let hits = index.query(&q);
        assert_eq!(hits[0].0, 1);
        assert!(hits[0].1 > 0.99);
    }
}
