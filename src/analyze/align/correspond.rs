//! 条文対応表 of two regulations, and an inverted index over the articles
//! of a corpus for finding similar articles.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::params::{Params, ProfileWeights};
use super::{ArticleMatch, Correspondence, Counterpart, CoverageReport};
use crate::analyze::term_vectors::{weighted_dice, ArticleIndex, Idf};
use crate::analyze::text_analysis::{ArticleAnalysis, TermVec, TextAnalysis};

/// One item of one catalog: items of different catalogs may share an id
/// (1-1), so an article's items are known by both.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemRef {
    /// Catalog id (ppc-shishin).
    pub catalog: String,
    /// Item id within the catalog (4-1).
    pub item: String,
}

/// Article id → catalog items it aligns to, from coverage reports. The
/// coverage cites a 別表's row as the table's 号 (別表第1 + のアクセス制御の
/// 項); the 条文対応表 knows the row by its own id, whose unit bears that
/// citation as its label.
fn items_by_article(reports: &[CoverageReport], analysis: &TextAnalysis) -> HashMap<String, BTreeSet<ItemRef>> {
    let tables: BTreeSet<&str> = analysis.articles.iter().filter(|a| a.table).map(|a| a.id.as_str()).collect();
    let rows: HashMap<&str, &str> = analysis.rows.iter().map(|r| (r.label.as_str(), r.id.as_str())).collect();
    let mut map: HashMap<String, BTreeSet<ItemRef>> = HashMap::new();
    for r in reports {
        for item in &r.items {
            for e in &item.evidence {
                let item_ref = ItemRef { catalog: r.catalog_id.clone(), item: item.item_id.clone() };
                let row = tables.contains(e.article_id.as_str()).then(|| rows.get(e.label().as_str())).flatten();
                let id = row.map_or_else(|| e.article_id.clone(), |id| id.to_string());
                map.entry(id).or_default().insert(item_ref);
            }
        }
    }
    map
}

/// Article vector for correspondence: body terms plus captions, weighted up.
fn article_vector(a: &ArticleAnalysis) -> TermVec {
    let caption_weight = ProfileWeights::DEFAULT.article_caption;
    let mut v = a.terms.clone();
    for (t, w) in &a.caption_terms {
        *v.entry(*t).or_insert(0.0) += caption_weight * w;
    }
    v
}

/// 条文対応表 of `a` and `b`: for each article of A the best articles of B, by
/// TF-IDF cosine over an inverted index of B and by shared catalog items
/// (from the coverage reports of each, possibly empty). 1:n and n:1 allowed.
pub fn correspond(
    a: &TextAnalysis,
    b: &TextAnalysis,
    a_reports: &[CoverageReport],
    b_reports: &[CoverageReport],
) -> Correspondence {
    correspond_with(a, b, a_reports, b_reports, Params::default())
}

pub fn correspond_with(
    a: &TextAnalysis,
    b: &TextAnalysis,
    a_reports: &[CoverageReport],
    b_reports: &[CoverageReport],
    params: Params,
) -> Correspondence {
    let (a_units, b_units) = (a.correspondence_units(), b.correspondence_units());
    let a_vecs: Vec<TermVec> = a_units.iter().copied().map(article_vector).collect();
    let b_vecs: Vec<TermVec> = b_units.iter().copied().map(article_vector).collect();
    let mut idf = Idf::new();
    a_vecs.iter().chain(b_vecs.iter()).for_each(|v| idf.add(v));
    let mut index = ArticleIndex::default();
    // Deleted articles are no counterparts, have none and are not listed
    // as unmatched: 第4条　削除 would match every other 削除 at 1.0. (They
    // stay in the index, without terms: its numbers are B's positions.)
    for (art, v) in b_units.iter().zip(&b_vecs) {
        let v = if art.deleted { TermVec::default() } else { idf.weigh(v) };
        index.add(&b.regulation_id, &art.id, &v);
    }
    let a_items = items_by_article(a_reports, a);
    let b_items = items_by_article(b_reports, b);
    let mut b_by_item: HashMap<&ItemRef, Vec<usize>> = HashMap::new();
    for (j, art) in b_units.iter().enumerate() {
        for item in b_items.get(&art.id).into_iter().flatten() {
            b_by_item.entry(item).or_default().push(j);
        }
    }
    let empty = BTreeSet::new();
    let mut matches = Vec::new();
    let mut unmatched_a = Vec::new();
    let mut b_used = vec![false; b_units.len()];
    // Each 項's closest articles, read once for the moved 項 and the joined
    // articles below.
    let hits: Vec<Vec<ParagraphHits>> =
        a_units.iter().map(|art| if art.deleted { Vec::new() } else { paragraph_hits(art, (&index, &idf)) }).collect();
    for ((art, v), hits) in a_units.iter().zip(&a_vecs).zip(&hits).filter(|((art, _), _)| !art.deleted) {
        let mut cand: HashMap<usize, f32> = index
            .query(&idf.weigh(v))
            .into_iter()
            .take(params.correspond_candidates)
            .map(|(d, s)| (d as usize, s))
            .collect();
        let mine = a_items.get(&art.id).unwrap_or(&empty);
        for item in mine {
            for &j in b_by_item.get(item).into_iter().flatten() {
                cand.entry(j).or_insert(0.0);
            }
        }
        let mut scored: Vec<Counterpart> = cand
            .into_iter()
            .map(|(j, cos)| {
                let theirs = b_items.get(&b_units[j].id).unwrap_or(&empty);
                let via: Vec<&ItemRef> = mine.intersection(theirs).collect();
                let union = mine.union(theirs).count();
                let jaccard = if union == 0 { 0.0 } else { via.len() as f32 / union as f32 };
                let score = if union == 0 {
                    cos
                } else {
                    params.correspond_cosine_weight * cos + params.correspond_items_weight * jaccard
                };
                let disjoint = !mine.is_empty() && !theirs.is_empty() && via.is_empty();
                let via_items = via.iter().map(|v| v.item.clone()).collect();
                (j, score, via_items, disjoint)
            })
            .filter(|(_, score, _, disjoint)| {
                *score >= if *disjoint { params.correspond_disjoint_threshold } else { params.correspond_threshold }
            })
            .map(|(j, score, via_items, _)| Counterpart {
                article_id: b_units[j].id.clone(),
                score,
                via_items,
                paragraph: None,
            })
            .collect();
        scored.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.article_id.cmp(&y.article_id)));
        let best = scored.first().map_or(0.0, |c| c.score);
        // A counterpart that owes its place to one 項 moved in from it
        // answers that 項 alone; where that is the best, and the other 項
        // come from the next best, the next best answers the article. Only
        // the runner-up: an article further down that the other 項 are
        // closest to shares a rare word with them (総務課 in a 別表's row of
        // the 課's 事務), not their content.
        for c in &mut scored {
            c.paragraph = moved_in_paragraph(hits, &c.article_id, &b_units, params);
        }
        let swap = match (scored.first().and_then(|c| c.paragraph), scored.get(1)) {
            (Some(moved), Some(next)) => {
                next.paragraph.is_none()
                    && rest_comes_from(hits, moved, &b_units, params) == Some(next.article_id.as_str())
            }
            _ => false,
        };
        if swap {
            scored.swap(0, 1);
        } else if let Some(first) = scored.first_mut() {
            first.paragraph = None;
        }
        let first = scored.first().map(|c| c.article_id.clone());
        scored.retain(|c| Some(&c.article_id) == first.as_ref() || c.score >= params.correspond_keep_share * best);
        scored.truncate(params.correspond_max);
        if scored.is_empty() {
            unmatched_a.push(art.id.clone());
            continue;
        }
        for c in &scored {
            if let Some(j) = b_units.iter().position(|x| x.id == c.article_id) {
                b_used[j] = true;
            }
        }
        matches.push(ArticleMatch { a_article: art.id.clone(), b_articles: scored });
    }
    let (a_side, b_side) = (Side { units: &a_units, items: &a_items }, Side { units: &b_units, items: &b_items });
    // (A's unit, B's unit) already matched, so that a 項 moved in is not
    // listed under the article it was matched with anyway.
    let unit_of = |units: &[&ArticleAnalysis], id: &str| units.iter().position(|x| x.id == id);
    let matched: BTreeSet<(usize, usize)> = matches
        .iter()
        .flat_map(|m| m.b_articles.iter().map(move |c| (m, c)))
        .filter_map(|(m, c)| Some((unit_of(&a_units, &m.a_article)?, unit_of(&b_units, &c.article_id)?)))
        .collect();
    let joined = joined_articles(a_side, b_side, (&b_used, &matched), &hits, params.correspond_paragraph_min, &idf);
    for (i, j, counterpart) in joined {
        b_used[j] = true;
        match matches.iter_mut().find(|m| m.a_article == a_units[i].id) {
            Some(m) => m.b_articles.push(counterpart),
            None => {
                unmatched_a.retain(|id| id != &a_units[i].id);
                matches.push(ArticleMatch { a_article: a_units[i].id.clone(), b_articles: vec![counterpart] });
            }
        }
    }
    // In A's order, whichever pass matched an article.
    let position: HashMap<&str, usize> = a_units.iter().enumerate().map(|(i, art)| (art.id.as_str(), i)).collect();
    matches.sort_by_key(|m| position[m.a_article.as_str()]);
    let unmatched_b =
        b_units.iter().zip(&b_used).filter(|(x, u)| !**u && !x.deleted).map(|(x, _)| x.id.clone()).collect();
    Correspondence { a: a.regulation_id.clone(), b: b.regulation_id.clone(), matches, unmatched_a, unmatched_b }
}

/// The articles of B closest to one 項 of an article of A: (B's unit
/// index, cosine), closest first.
struct ParagraphHits {
    paragraph: u32,
    hits: Vec<(usize, f32)>,
}

/// The articles of B closest to each 項 of `art` (of more than one 項).
fn paragraph_hits(art: &ArticleAnalysis, (index, idf): (&ArticleIndex, &Idf)) -> Vec<ParagraphHits> {
    if art.paragraphs.len() < 2 {
        return Vec::new();
    }
    art.paragraphs
        .iter()
        .map(|p| ParagraphHits {
            paragraph: p.number,
            hits: index.query(&idf.weigh(&p.terms)).into_iter().map(|(j, cos)| (j as usize, cos)).collect(),
        })
        .collect()
}

/// The 項 of A's article moved in from `article` (an article of B), if it
/// owes its place to that 項 alone: the 項's closest article, nearly word
/// for word (cosine ≥ `correspond_paragraph_min`), to which no other 項 is
/// closest and each other 項 owes little (under `MOVED_IN_SHARE` of what
/// it owes its own closest article).
fn moved_in_paragraph(
    paragraphs: &[ParagraphHits],
    article: &str,
    b_units: &[&ArticleAnalysis],
    params: Params,
) -> Option<u32> {
    let is_it = |j: usize| b_units[j].id == article;
    let (moved, rest): (Vec<&ParagraphHits>, Vec<&ParagraphHits>) =
        paragraphs.iter().partition(|p| p.hits.first().is_some_and(|&(j, _)| is_it(j)));
    let [moved] = moved[..] else { return None };
    if moved.hits[0].1 < params.correspond_paragraph_min {
        return None;
    }
    let owes = |p: &ParagraphHits| p.hits.iter().find(|&&(j, _)| is_it(j)).map_or(0.0, |&(_, cos)| cos);
    let closest = |p: &ParagraphHits| p.hits.first().map_or(0.0, |&(_, cos)| cos);
    rest.iter().all(|p| owes(p) < MOVED_IN_SHARE * closest(p)).then_some(moved.paragraph)
}

/// The article of B (its id) that two or more of the 項 other than
/// `moved`, more than half of those close to any, are closest to.
fn rest_comes_from<'b>(
    paragraphs: &[ParagraphHits],
    moved: u32,
    b_units: &[&'b ArticleAnalysis],
    params: Params,
) -> Option<&'b str> {
    let closest: Vec<usize> = paragraphs
        .iter()
        .filter(|p| p.paragraph != moved)
        .filter_map(|p| p.hits.first().filter(|&&(_, cos)| cos >= params.correspond_threshold).map(|&(j, _)| j))
        .collect();
    let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
    for &j in &closest {
        *votes.entry(j).or_default() += 1;
    }
    votes.into_iter().find(|&(_, n)| n >= 2 && 2 * n > closest.len()).map(|(j, _)| b_units[j].id.as_str())
}

/// The share of a 項's closest cosine that the article a 項 was moved in
/// from may reach on each other 項: under a half, it is plainly not where
/// the rest came from (two articles joined 項 by 項 come close to each
/// other on both: 0.34 against 0.36 in one measured case, where a moved 項's
/// source stayed under 0.3 of the others').
const MOVED_IN_SHARE: f32 = 0.5;

/// The weighted Dice between a 項 moved in and a 項 of the article it came
/// from, when that article answers another: 0.8, "the same words". Moved 項
/// of the pair keys score 0.90–1.00 against their source; 項 that only
/// share a topic with an article (a 監査責任者's duty and the 監査 article)
/// 0.30–0.48.
const MOVED_UNCHANGED_DICE: f32 = 0.8;

/// The cosine, against B's index, from which a 項 may have moved out of an
/// article answering another (`MOVED_UNCHANGED_DICE` then decides): 0.3. A
/// short 項 scores low against the long article it left (0.39 for 七瀬町's
/// draft 第18条第2項 and 霞野市 第15条, whose 項 it repeats word for word);
/// the Dice of the 項 themselves tells it from a neighbour on the topic.
const MOVED_SOURCE_MIN_COS: f32 = 0.3;

/// One side of a 条文対応表: its units and the catalog items of each.
#[derive(Clone, Copy)]
struct Side<'x> {
    units: &'x [&'x ArticleAnalysis],
    items: &'x HashMap<String, BTreeSet<ItemRef>>,
}

impl Side<'_> {
    fn items_of(&self, unit: usize) -> Option<&BTreeSet<ItemRef>> {
        self.items.get(&self.units[unit].id)
    }
}

/// B's articles that one 項 of an article of A says nearly word for word
/// (cosine ≥ `min_cos` against B's index), of those that do not answer
/// that article already (`matched`): two articles joined into one, each
/// now a 項 of it, where no article of A answers B's as a whole, and a 項
/// moved in from an article that answers another (藤ヶ崎市 第10条第3項 as
/// 長峰町 第8条第2項, 第10条 answering its 第9条). Each is listed under the
/// article of A, scored as that 項 and naming it, rather than shown as
/// B's alone or not at all; a joined article not where the catalog says
/// the two are about different things (items on both sides, none shared).
fn joined_articles(
    a: Side,
    b: Side,
    (b_used, matched): (&[bool], &BTreeSet<(usize, usize)>),
    hits: &[Vec<ParagraphHits>],
    min_cos: f32,
    idf: &Idf,
) -> Vec<(usize, usize, Counterpart)> {
    let empty = BTreeSet::new();
    // B's article → (A's article, its best 項, the 項's cosine).
    let mut joined: BTreeMap<usize, (usize, u32, f32)> = BTreeMap::new();
    // `hits` holds the 項 of A's articles of more than one 項, not deleted.
    for (i, paragraphs) in hits.iter().enumerate() {
        let mine = a.items_of(i).unwrap_or(&empty);
        for p in paragraphs {
            // The closest article that does not answer this one already.
            let Some(&(j, cos)) = p.hits.iter().find(|&&(j, _)| !matched.contains(&(i, j))) else { continue };
            let theirs = b.items_of(j).unwrap_or(&empty);
            // An article answering another is about what that one is about:
            // a 項 moved out of it need not share this one's items.
            let disjoint = !b_used[j] && !mine.is_empty() && !theirs.is_empty() && mine.is_disjoint(theirs);
            // From an article answering another, only a 項 moved without
            // change: one of its 項 says the same.
            let moved_unchanged = || {
                let moved = a.units[i].paragraphs.iter().find(|x| x.number == p.paragraph);
                moved.is_some_and(|m| {
                    b.units[j].paragraphs.iter().any(|q| weighted_dice(&m.terms, &q.terms, idf) >= MOVED_UNCHANGED_DICE)
                })
            };
            let close_enough = cos >= if b_used[j] { MOVED_SOURCE_MIN_COS } else { min_cos };
            if !close_enough || disjoint || (b_used[j] && !moved_unchanged()) {
                continue;
            }
            if joined.get(&j).is_none_or(|&(_, _, best)| cos > best) {
                joined.insert(j, (i, p.paragraph, cos));
            }
        }
    }
    joined
        .into_iter()
        .map(|(j, (i, paragraph, cos))| {
            let (mine, theirs) = (a.items_of(i).unwrap_or(&empty), b.items_of(j).unwrap_or(&empty));
            let via_items = mine.intersection(theirs).map(|v| v.item.clone()).collect();
            let article_id = b.units[j].id.clone();
            (i, j, Counterpart { article_id, score: cos, via_items, paragraph: Some(paragraph) })
        })
        .collect()
}

/// An inverted index over the articles of many regulations, for finding the
/// articles of other regulations most similar to one article (a draft's 第9条
/// against every city's articles) without comparing all pairs.
#[derive(Debug, Clone, Default)]
pub struct CorpusIndex {
    idf: Idf,
    index: ArticleIndex,
}

/// One hit of a corpus query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimilarArticle {
    pub regulation_id: String,
    pub article_id: String,
    pub score: f32,
}

impl CorpusIndex {
    pub fn build<'a>(analyses: impl IntoIterator<Item = &'a TextAnalysis> + Clone) -> CorpusIndex {
        let mut idf = Idf::new();
        for an in analyses.clone() {
            an.correspondence_units().into_iter().for_each(|a| idf.add(&article_vector(a)));
        }
        let mut index = ArticleIndex::default();
        for an in analyses {
            for a in an.correspondence_units().into_iter().filter(|a| !a.deleted) {
                index.add(&an.regulation_id, &a.id, &idf.weigh(&article_vector(a)));
            }
        }
        CorpusIndex { idf, index }
    }

    pub fn len(&self) -> usize {
        self.index.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.docs.is_empty()
    }

    /// The `k` most similar articles of other regulations (TF-IDF cosine,
    /// captions weighted), best first.
    pub fn similar(&self, regulation_id: &str, article: &ArticleAnalysis, k: usize) -> Vec<SimilarArticle> {
        // Common terms add little to the ranking but walk the longest
        // postings lists: leave them out (`ProfileWeights::common_term_share`).
        let cutoff = self.idf.idf_of_share(ProfileWeights::DEFAULT.common_term_share);
        let query: TermVec =
            self.idf.weigh(&article_vector(article)).into_iter().filter(|(t, _)| self.idf.idf(t) >= cutoff).collect();
        self.index
            .query(&query)
            .into_iter()
            .filter(|(doc, _)| self.index.docs[*doc as usize].0 != regulation_id)
            .take(k)
            .map(|(doc, score)| {
                let (r, a) = &self.index.docs[doc as usize];
                SimilarArticle { regulation_id: r.clone(), article_id: a.clone(), score }
            })
            .collect()
    }
}
