//! Coverage of one regulation against one catalog: each article aligned to
//! the items it meets (as a whole, by paragraph or 号, by reference), gated,
//! and each item's status (○△×-) from its evidence.
use std::collections::BTreeSet;

use rayon::prelude::*;

use super::params::Params;
use super::profile::{CatalogAnalysis, ElementHits, Line};
use super::references::{
    carved_out_in_text, deferred_articles, enumerated_items, extend_internal_references, is_suspended,
    narrowed_articles, referenced_by_sentences, role_set_up_in_part_of_units, suspended_articles, suspended_in_text,
    weak_role_set_up, Sentences,
};
use super::scorer::{Scorer, UnitScore};
use super::stages;
use super::{CoverageReport, CoverageStatus, Evidence, ItemCoverage};
use crate::analyze::confidence::{self, ScoreBand};
use crate::analyze::review::ReviewState;
use crate::analyze::text_analysis::{ArticleAnalysis, Caption, TermVec, TextAnalysis, TokenCache};
use crate::analyze::{gates, roles};
use crate::catalog::Catalog;
use crate::model::Regulation;
use crate::text::normalize::nfkc;
use crate::text::numerals::ArticleCitation;

/// The kind of a contract's clauses (委託契約の特記事項), as its title ends.
const CONTRACT_CLAUSES: &str = "特記事項";

/// Coverage of `reg` against `catalog` with default parameters.
pub fn coverage(reg: &Regulation, catalog: &Catalog, analysis: &TextAnalysis) -> CoverageReport {
    let cache = TokenCache::new();
    coverage_with(reg, &CatalogAnalysis::build(catalog, &cache), analysis, Params::default())
}

/// Coverage with a prepared catalog and explicit parameters.
/// Cost: O(articles × items) scorings.
pub fn coverage_with(
    reg: &Regulation,
    catalog: &CatalogAnalysis,
    analysis: &TextAnalysis,
    params: Params,
) -> CoverageReport {
    let scorer = Scorer::new(analysis, catalog, params);
    let defined = roles::DefinedTerms::collect(
        analysis.articles.iter().flat_map(|a| a.paragraphs.iter().map(|p| p.normalized.as_str())),
    );
    // A rule whose title and 趣旨 are not about personal information (an IT
    // rule) evidences a measure only in provisions that name it. Without a
    // title there is nothing to tell: the rule is taken as in scope.
    let purpose: String = analysis.articles.iter().filter(|a| a.is_general()).take(1).map(|a| a.compact()).collect();
    let in_scope =
        reg.meta.title.as_deref().is_none_or(|t| roles::is_bound(&format!("{}{purpose}", nfkc(t)), &defined));
    let n_items = catalog.items.len();
    let mut evidence: Vec<Vec<Evidence>> = vec![Vec::new(); n_items];
    let mut additions = Vec::new();
    // Each article is aligned on its own, in parallel (see
    // `TextAnalysis::build`), and its findings gathered in document order.
    let articles: Vec<&ArticleAnalysis> = analysis.articles.iter().filter(|a| !a.is_general() && !a.deleted).collect();
    // The roles each article sets up first: a role set up in one article may
    // be charged in another.
    let readings: Vec<gates::RoleReading> =
        articles.par_iter().map(|a| gates::RoleReading::of(&scorer, a, &defined)).collect();
    let set_up_in_rule = gates::roles_set_up(&readings);
    let aligned: Vec<(&ArticleAnalysis, Vec<(usize, Evidence)>)> = articles
        .into_par_iter()
        .zip(readings)
        .map(|(a, reading)| {
            let found = align_article(&scorer, a, &defined);
            (a, gates::apply(&scorer, a, &defined, in_scope, &set_up_in_rule, reading, found))
        })
        .collect();
    for (a, found) in aligned {
        if found.is_empty() {
            additions.push(a.id.clone());
        }
        for (i, e) in found {
            evidence[i].push(e);
        }
    }
    extend_internal_references(analysis, &mut evidence, &mut additions);
    stages::add_handling_by_stage(&catalog.items, analysis, &mut evidence, &mut additions);
    stages::add_documents_cited(&catalog.items, analysis, &mut evidence);
    let suspended = suspended_articles(reg);
    let deferred = deferred_articles(reg);
    let narrowed = narrowed_articles(reg);
    let suspended_in_text = suspended_in_text(reg);
    let carved_out = carved_out_in_text(reg);
    // The provisions out of force, or short of every case, with the reason
    // each gives: strongest (not in force at all) first.
    let limited: [(&[ArticleCitation], &str); 5] = [
        (&suspended, confidence::SUSPENDED_REASON),
        (&deferred, confidence::DEFERRED_REASON),
        (&suspended_in_text, confidence::SUSPENDED_IN_TEXT_REASON),
        (&carved_out, confidence::CARVED_IN_TEXT_REASON),
        (&narrowed, confidence::NARROWED_FOR_A_TIME_REASON),
    ];
    // The kinds the rule defines by an example (情報システム: 校務支援システム
    // その他の…), for measures taken for the example alone.
    let definitions = definition_lines(reg);
    let kinds = confidence::kinds_by_example(definitions.iter().map(String::as_str));
    // The kinds of unit the rule's units are (課等: 課、学校及び教育機関), for
    // a role set up, or staff bound, in some of them.
    let unit_classes = confidence::unit_classes(definitions.iter().map(String::as_str));
    // A contract's 特記事項 binds its contractor as its own; any other rule
    // binds the body, and a duty it lays only on a party outside the body
    // (指定管理者, 受託者) is that party's, for what that party handles.
    let binds_outside_parties = reg.meta.title.as_deref().is_some_and(|t| nfkc(t).ends_with(CONTRACT_CLAUSES));
    // A body with 支所 or ブランチ: a measure taken at its main site only
    // does not reach them.
    let has_branches =
        reg.articles().flat_map(|a| a.paragraphs.iter()).any(|p| confidence::names_branches_nfkc(&p.normalized));
    let body = reg.meta.body.as_deref();
    let items = catalog
        .items
        .iter()
        .zip(evidence)
        .map(|(item, mut ev)| {
            ev.sort_by(|x, y| y.score.total_cmp(&x.score));
            // Binding evidence laid only on a party outside the body, or a
            // measure for one example of a kind the rule defines by it,
            // reaches part of what the item asks: each sentence read once.
            let outside_party = !binds_outside_parties && !item.about_outside_parties;
            let example_only = !kinds.is_empty() && !item.role && !item.graded;
            let main_site_only = has_branches && !item.role;
            let part_of_units = !unit_classes.is_empty() && !item.role;
            // A role asked of every unit, set up in some kinds of unit
            // only: the sentence that sets it up is the evidence.
            if item.role && item.per_unit && !unit_classes.is_empty() {
                for e in ev.iter_mut().filter(|e| !e.weak_duty && !e.by_reference) {
                    let lines = analysis.articles.iter().find(|a| a.id == e.article_id).map(|a| a.lines());
                    if let Some(set_up) = lines.and_then(|l| role_set_up_in_part_of_units(&l, item, &unit_classes)) {
                        e.weak_duty = true;
                        e.sentence = set_up;
                    }
                }
            }
            if outside_party || example_only || main_site_only || part_of_units {
                for e in ev.iter_mut().filter(|e| !e.weak_duty) {
                    let sentence = nfkc(&e.sentence);
                    e.weak_duty = (outside_party && confidence::is_laid_on_outside_party_nfkc(&sentence, body))
                        || (example_only && confidence::names_example_only_nfkc(&sentence, &kinds))
                        || (main_site_only && confidence::limits_to_main_site_nfkc(&sentence))
                        || (part_of_units && confidence::binds_part_of_class_staff_nfkc(&sentence, &unit_classes));
                }
            }
            let mut na = not_applicable(reg, &catalog.catalog.id, &item.id);
            // A rule that says it has no such place (「…サーバ等の機器を設置する
            // 室その他の区域を設けていない。」) makes the item not applicable:
            // the sentence is the reason, not evidence of a measure.
            if na.is_none() {
                let mut direct = ev.iter().filter(|e| !e.by_reference).peekable();
                let first = direct.peek().map(|e| e.article_label.clone());
                if let Some(first) =
                    first.filter(|_| direct.all(|e| confidence::states_absence_nfkc(&nfkc(&e.sentence))))
                {
                    na = Some(format!("{first}{}", confidence::ABSENCE_NOTE));
                    ev.clear();
                }
            }
            // Where some evidence binds, an element only weak evidence
            // names is not laid down.
            let binding = ev.iter().any(|e| !e.by_reference && !e.weak_duty);
            // Nor is one only evidence out of force names, where some is in
            // force: a 附則 deferring 第2条第2項 takes what that 項 states
            // out of an item 第3条 also meets (the whole article's evidence
            // is set aside, the 項 in force with it).
            let in_force = |e: &Evidence| !limited.iter().any(|(c, _)| is_suspended(c, e, reg));
            let some_in_force = ev.iter().any(|e| !e.by_reference && in_force(e));
            let found: BTreeSet<&String> = ev
                .iter()
                .filter(|e| !e.by_reference && (!binding || !e.weak_duty) && (!some_in_force || in_force(e)))
                .flat_map(|e| e.matched_elements.iter())
                .collect();
            // A discretionary element is missed only where some evidence
            // names it and stops short of laying it down.
            let named_short = |label: &String| {
                ev.iter().filter(|e| in_force(e)).any(|e| {
                    e.unlaid_elements.contains(label)
                        || ((e.weak_duty || e.by_reference) && e.matched_elements.contains(label))
                })
            };
            // An item not applicable misses nothing: its note says why.
            let missing_elements: Vec<String> = if na.is_some() {
                Vec::new()
            } else {
                item.elements
                    .iter()
                    .map(|(l, _)| l.clone())
                    .filter(|l| !found.contains(l) && (!item.discretionary_elements.contains(l) || named_short(l)))
                    .collect()
            };
            let direct: Vec<&Evidence> = ev.iter().filter(|e| !e.by_reference).collect();
            // An effort or a low-band link alone cannot make an item ○.
            let status_reason = if direct.is_empty() {
                None
            } else if direct.iter().all(|e| !in_force(e)) {
                // The strongest reason any evidence has.
                limited.iter().find(|(c, _)| direct.iter().any(|e| is_suspended(c, e, reg))).map(|(_, r)| r.to_string())
            } else if item.duty_required && direct.iter().all(|e| e.weak_duty) {
                // A 号 is as weak as its lead: the lead says why.
                let leads = direct
                    .iter()
                    .filter_map(|e| analysis.articles.iter().find(|a| a.id == e.article_id)?.lead_of_item(&e.sentence));
                let read = direct.iter().map(|e| e.sentence.as_str()).chain(leads);
                // Where the sentences say no reason of their own, the party
                // they bind or the records they dispose of does.
                let all_say = |says: &dyn Fn(&str) -> bool| direct.iter().all(|e| says(&nfkc(&e.sentence)));
                let reason = match confidence::weak_duty_reason(read) {
                    confidence::WEAK_DUTY_REASON
                        if !binds_outside_parties
                            && !item.about_outside_parties
                            && all_say(&|s| confidence::is_laid_on_outside_party_nfkc(s, body)) =>
                    {
                        confidence::OUTSIDE_PARTY_REASON
                    }
                    confidence::WEAK_DUTY_REASON if item.erases_data && all_say(&confidence::names_paper_only_nfkc) => {
                        confidence::PAPER_ONLY_REASON
                    }
                    confidence::WEAK_DUTY_REASON if all_say(&|s| confidence::names_example_only_nfkc(s, &kinds)) => {
                        confidence::EXAMPLE_ONLY_REASON
                    }
                    confidence::WEAK_DUTY_REASON if has_branches && all_say(&confidence::limits_to_main_site_nfkc) => {
                        confidence::MAIN_SITE_REASON
                    }
                    confidence::WEAK_DUTY_REASON
                        if all_say(&|s| confidence::sets_up_in_part_of_class_nfkc(s, &unit_classes)) =>
                    {
                        confidence::PART_OF_UNITS_REASON
                    }
                    confidence::WEAK_DUTY_REASON
                        if all_say(&|s| confidence::binds_part_of_class_staff_nfkc(s, &unit_classes)) =>
                    {
                        confidence::PART_OF_UNITS_STAFF_REASON
                    }
                    reason => reason,
                };
                Some(reason.to_string())
            } else if direct.iter().all(|e| e.band == ScoreBand::Low) {
                Some(confidence::LOW_BAND_REASON.to_string())
            } else {
                None
            };
            let status = if na.is_some() {
                CoverageStatus::NotApplicable
            } else if ev.is_empty() {
                CoverageStatus::Missing
            } else if direct.is_empty() || !missing_elements.is_empty() || status_reason.is_some() {
                CoverageStatus::Partial
            } else {
                CoverageStatus::Covered
            };
            ItemCoverage {
                item_id: item.id.clone(),
                status,
                evidence: ev,
                missing_elements,
                note: na,
                status_reason,
                review_state: ReviewState::default(),
                review: None,
            }
        })
        .collect();
    CoverageReport { regulation_id: reg.id.clone(), catalog_id: catalog.catalog.id.clone(), items, additions }
}

/// Reason from front matter when `item` is declared not applicable.
fn not_applicable(reg: &Regulation, catalog_id: &str, item: &str) -> Option<String> {
    let na = &reg.meta.not_applicable;
    na.get(&format!("{catalog_id}:{item}")).or_else(|| na.get(item)).cloned()
}

/// Items one article aligns to, with evidence: the items the whole article
/// scores best for, plus items that single paragraphs score for on their own
/// (an article spanning 監査, 点検, 評価及び見直し in three paragraphs).
fn align_article(scorer: &Scorer, a: &ArticleAnalysis, defined: &roles::DefinedTerms) -> Vec<(usize, Evidence)> {
    let p = scorer.params;
    let hits = LineHits::of(scorer, a, defined);
    let caption_text = a.caption.as_deref().map(nfkc).unwrap_or_default();
    let all_lines = a.lines();
    // Two key elements of an item stated in the article are the item's
    // own words, whatever else the article says in other words.
    let threshold = |s: &UnitScore| if s.scored.0 >= 2 { p.elements_threshold } else { p.threshold };
    let read = Sentences::default();
    let mut out: Vec<(usize, Evidence)> = Vec::new();
    if a.table {
        // A table is its rows: the elements of different rows, read
        // together, would make items no row lays down.
        align_rows(scorer, a, &hits, &threshold, &read, &mut out);
        return out;
    }
    let article_hits = hits.unit(scorer, a, None);
    let scores: Vec<UnitScore> = scorer.scores(&a.caption_terms, &caption_text, 1.0, &a.terms, &article_hits);
    // Items are compared with the best item the article is evidence of: one
    // that falls short of its own threshold is no rival.
    let best = scores.iter().filter(|s| s.score >= threshold(s)).map(|s| s.score).fold(0.0, f32::max);
    for (i, s) in scores.iter().enumerate() {
        if s.score >= threshold(s) && s.score >= p.relative * best {
            out.push((i, evidence(scorer, a, i, s, Place::article(&all_lines), &read)));
        }
    }
    add_references(scorer, a, &scores, Place::article(&all_lines), &read, &mut out);
    // Per paragraph: its best item, to attribute evidence to 第N項 when the
    // article spans several items.
    let mut paragraph_best: Vec<(u32, usize)> = Vec::new();
    // Per 号: the item it is evidence of on its own, to cite 第N号 when the
    // sentence an article's evidence shows is that 号.
    let mut item_best: Vec<(&SubUnit, usize)> = Vec::new();
    let units = sub_units(scorer, a, &hits);
    let empty = TermVec::default();
    for unit in &units {
        // A 号 of an article of one paragraph is cited 第16条第2号.
        let place =
            Place { paragraph: a.cited_paragraph(unit.paragraph), item_label: unit.item_label, lines: unit.lines };
        let scores: Vec<UnitScore> = scorer.scores(&empty, "", 0.0, unit.terms, &unit.hits);
        let Some((i, s)) = scores.iter().enumerate().max_by(|x, y| x.1.score.total_cmp(&y.1.score)) else { continue };
        if unit.whole_paragraph {
            paragraph_best.push((unit.paragraph, i));
        }
        if s.score >= p.paragraph_threshold {
            if unit.item_label.is_some() {
                item_best.push((unit, i));
            }
            // Its best item, and the others it states as well as the
            // article states its own (「…第三者に画面を閲覧されないよう…、
            // 離席する際はログオフ…」 beside a 項 of the theft of terminals).
            let best = s.score;
            for (k, t) in scores.iter().enumerate() {
                let stated = k == i || (t.score >= threshold(t) && t.score >= p.relative * best);
                if stated && !out.iter().any(|(j, _)| *j == k) {
                    out.push((k, evidence(scorer, a, k, t, place, &read)));
                }
            }
        } else {
            add_references(scorer, a, &scores, place, &read, &mut out);
        }
    }
    add_enumerated(scorer, a, &hits, &read, &mut out);
    if out.len() >= 2 {
        for (i, e) in out.iter_mut().filter(|(_, e)| e.item_label.is_none() && !e.sentence.is_empty()) {
            let mut carriers = item_best.iter().filter(|(_, best)| best == i);
            // Only when exactly one 号 carries the item, in the paragraph
            // cited if one is, and the sentence shown is that 号's.
            if let (Some((unit, _)), None) = (carriers.next(), carriers.next()) {
                let cited = a.cited_paragraph(unit.paragraph);
                if e.paragraph.is_none_or(|n| Some(n) == cited) && unit.lines[0].contains(e.sentence.as_str()) {
                    e.paragraph = cited;
                    e.item_label = unit.item_label.map(str::to_string);
                }
            }
        }
        for (i, e) in out.iter_mut().filter(|(_, e)| e.paragraph.is_none()) {
            let mut paras = paragraph_best.iter().filter(|(_, best)| best == i);
            // Only when exactly one paragraph carries the item.
            if let (Some((n, _)), None) = (paras.next(), paras.next()) {
                e.paragraph = Some(*n);
            }
        }
    }
    out
}

/// The items a 別表's rows lay down: each row scored as an article is, its
/// head (項目) as its caption, and chosen as an article's items are (its
/// threshold, and within `relative` of the row's best). An item laid down
/// by several rows cites the row that states it best.
fn align_rows(
    scorer: &Scorer,
    a: &ArticleAnalysis,
    hits: &LineHits,
    threshold: &dyn Fn(&UnitScore) -> f32,
    read: &Sentences,
    out: &mut Vec<(usize, Evidence)>,
) {
    let no_head = Caption::default();
    for (para, line_hits) in a.paragraphs.iter().zip(&hits.0) {
        for (seg, seg_hits) in para.segments.iter().zip(line_hits) {
            let head = seg.head.as_ref().unwrap_or(&no_head);
            let row_hits = scorer.element_hits_in_lines([Line::Own(seg_hits)]);
            let scores = scorer.scores(&head.terms, &head.text, 1.0, &seg.terms, &row_hits);
            let best = scores.iter().filter(|s| s.score >= threshold(s)).map(|s| s.score).fold(0.0, f32::max);
            let place =
                Place { paragraph: None, item_label: seg.cite.as_deref(), lines: std::slice::from_ref(&seg.line) };
            for (i, s) in scores.iter().enumerate() {
                if s.score < threshold(s) || s.score < scorer.params.relative * best {
                    continue;
                }
                match out.iter_mut().find(|(j, _)| *j == i) {
                    Some((_, e)) if e.score >= s.score => {}
                    Some((_, e)) => *e = evidence(scorer, a, i, s, place, read),
                    None => out.push((i, evidence(scorer, a, i, s, place, read))),
                }
            }
        }
    }
}

/// Where evidence was found: the paragraph and 号 it cites (neither for the
/// whole article) and the lines it reads.
#[derive(Clone, Copy)]
struct Place<'l> {
    paragraph: Option<u32>,
    item_label: Option<&'l str>,
    lines: &'l [String],
}

impl<'l> Place<'l> {
    fn article(lines: &'l [String]) -> Place<'l> {
        Place { paragraph: None, item_label: None, lines }
    }
}

/// The evidence that item `i` scored `s` at `place` (`read` holds the
/// article's sentences).
fn evidence(scorer: &Scorer, a: &ArticleAnalysis, i: usize, s: &UnitScore, place: Place, read: &Sentences) -> Evidence {
    let item = &scorer.items[i];
    let carrying = read.carrying(place.lines, item, &s.elements);
    // By reference: the sentence carrying the item hands it over to
    // another provision (a reference elsewhere in the article does not
    // count) and itself states less than half the elements — or, however
    // many it names, delegates them as matters (…に関し必要な事項は、別に定める),
    // names them only as the document it defers to, or reads them into
    // another provision (a 読替え).
    let (found, asked) = s.scored;
    let by_reference = carrying.as_ref().is_some_and(|c| {
        c.names_role_of_another_rule(item)
            || (c.reference
                && (found * 2 < asked.max(1)
                    || c.delegates_matters()
                    || c.names_only_cited(item, &s.elements)
                    || c.reads_another_provision()))
    });
    // A role only permitted is its own evidence, and says why.
    let weak_set_up = weak_role_set_up(place.lines, item);
    // A 号 lays down what its lead does. Disposal of paper alone is short
    // of an erasure of data.
    let weak_duty = weak_set_up.is_some()
        || (item.erases_data && read.bind_paper_only(place.lines))
        || carrying.as_ref().is_some_and(|c| {
            (c.weak_duty_for(item, &s.elements) && !read.requires_defined(place.lines, c))
                || a.lead_of_item(&c.text).is_some_and(|lead| read.lead_is_weak(lead, item, a))
        });
    // Evidence that is weak as a whole says why; evidence that binds
    // counts only the elements it lays down.
    let matched_elements = if weak_duty { s.elements.clone() } else { read.laid_down(place.lines, item, &s.elements) };
    let unlaid_elements = s.elements.iter().filter(|l| !matched_elements.contains(l)).cloned().collect();
    Evidence {
        band: ScoreBand::of_link(s.score, asked > 0 && found >= asked),
        weak_duty,
        article_id: a.id.clone(),
        article_label: a.label.clone(),
        paragraph: place.paragraph,
        item_label: place.item_label.map(str::to_string),
        score: s.score,
        caption_match: s.caption >= scorer.params.caption_match_min,
        matched_elements,
        unlaid_elements,
        sentence: weak_set_up.or_else(|| carrying.map(|c| c.text.clone())).unwrap_or_default(),
        by_reference,
    }
}

/// Adds the items that a sentence of the lines at `place` hands over by
/// reference (準用する, 委任する, …) and that have no evidence yet.
fn add_references(
    scorer: &Scorer,
    a: &ArticleAnalysis,
    scores: &[UnitScore],
    place: Place,
    read: &Sentences,
    out: &mut Vec<(usize, Evidence)>,
) {
    for (i, sentence) in referenced_by_sentences(scorer.items, place.lines, read) {
        if !out.iter().any(|(j, _)| *j == i) {
            let mut e = evidence(scorer, a, i, &scores[i], place, read);
            e.by_reference = true;
            e.weak_duty = sentence.weak_duty();
            e.sentence = sentence.text.clone();
            out.push((i, e));
        }
    }
}

/// The catalog's element words in each line (lead or 号) of each paragraph
/// of an article, searched once: an article's, a paragraph's and a 号's
/// are those of their lines (see `ElementWords::in_lines`).
pub(crate) struct LineHits(Vec<Vec<ElementHits>>);

impl LineHits {
    /// The lines of paragraph `k` of `a`: its lead as its own, its 号 as 号.
    fn lines<'h>(&'h self, a: &'h ArticleAnalysis, k: usize) -> impl Iterator<Item = Line<'h>> {
        a.paragraphs[k].segments.iter().zip(&self.0[k]).map(|(seg, h)| match seg.label {
            Some(_) => Line::Item(h),
            None => Line::Own(h),
        })
    }

    /// The element words of paragraph `paragraph` of `a`, or of the whole
    /// article when `None`.
    pub(crate) fn unit(&self, scorer: &Scorer, a: &ArticleAnalysis, paragraph: Option<u32>) -> ElementHits {
        scorer.element_hits_in_lines(
            (0..a.paragraphs.len())
                .filter(|&k| paragraph.is_none_or(|n| a.paragraphs[k].number == n))
                .flat_map(|k| self.lines(a, k)),
        )
    }

    /// Element words are found with the rule's short forms written out.
    fn of(scorer: &Scorer, a: &ArticleAnalysis, defined: &roles::DefinedTerms) -> LineHits {
        LineHits::read(scorer, a, defined, |text| text)
    }

    /// The same with look-alikes of a measure blanked (`roles::without_look_alikes`).
    pub(crate) fn without_look_alikes(
        scorer: &Scorer,
        a: &ArticleAnalysis,
        defined: &roles::DefinedTerms,
        system_measure: bool,
    ) -> LineHits {
        LineHits::read(scorer, a, defined, |text| roles::without_look_alikes(&text, system_measure).unwrap_or(text))
    }

    /// Each line's text, short forms written out and then passed through `map`.
    fn read(
        scorer: &Scorer,
        a: &ArticleAnalysis,
        defined: &roles::DefinedTerms,
        map: impl Fn(String) -> String,
    ) -> LineHits {
        LineHits(
            a.paragraphs
                .iter()
                .map(|para| {
                    para.segments
                        .iter()
                        .map(|seg| {
                            let text = defined.expand(&nfkc(&para.normalized[seg.range.clone()])).into_owned();
                            scorer.element_hits(&map(text))
                        })
                        .collect()
                })
                .collect(),
        )
    }
}

/// A part of an article scored on its own text only: a paragraph of a
/// multi-paragraph article, or an item (号) of a paragraph listing several.
struct SubUnit<'a> {
    /// The paragraph number (of the 号's paragraph for a 号).
    paragraph: u32,
    /// How a 号 is cited (第2号); None for a whole paragraph.
    item_label: Option<&'a str>,
    whole_paragraph: bool,
    lines: &'a [String],
    terms: &'a TermVec,
    /// The element words of its text.
    hits: ElementHits,
}

/// The sub-units of `a`, paragraph by paragraph, each paragraph before its 号.
fn sub_units<'a>(scorer: &Scorer, a: &'a ArticleAnalysis, hits: &LineHits) -> Vec<SubUnit<'a>> {
    let mut units = Vec::new();
    for (k, (para, line_hits)) in a.paragraphs.iter().zip(&hits.0).enumerate() {
        if a.paragraphs.len() >= 2 {
            units.push(SubUnit {
                paragraph: para.number,
                item_label: None,
                whole_paragraph: true,
                lines: &para.lines,
                terms: &para.terms,
                hits: scorer.element_hits_in_lines(hits.lines(a, k)),
            });
        }
        let items: Vec<_> = para.segments.iter().zip(line_hits).filter(|(s, _)| s.label.is_some()).collect();
        if items.len() >= 2 {
            for (seg, seg_hits) in items {
                units.push(SubUnit {
                    paragraph: para.number,
                    item_label: seg.cite.as_deref(),
                    whole_paragraph: false,
                    lines: std::slice::from_ref(&seg.line),
                    terms: &seg.terms,
                    hits: scorer.element_hits_in_lines([Line::Own(seg_hits)]),
                });
            }
        }
    }
    units
}

/// Lines that enumerate measures by name (組織体制の整備、取扱規程等に
/// 基づく運用、…): each named item without evidence yet counts, as named only.
fn add_enumerated(
    scorer: &Scorer,
    a: &ArticleAnalysis,
    hits: &LineHits,
    read: &Sentences,
    out: &mut Vec<(usize, Evidence)>,
) {
    let empty = TermVec::default();
    for (para, line_hits) in a.paragraphs.iter().zip(&hits.0) {
        for (seg, seg_hits) in para.segments.iter().zip(line_hits) {
            for i in enumerated_items(scorer, &para.tokens, seg.range.clone(), &para.boilerplate) {
                if !out.iter().any(|(j, _)| *j == i) {
                    let para_no = a.cited_paragraph(para.number);
                    let s = scorer.score(&empty, 0.0, &seg.terms, seg_hits, i);
                    let place = Place {
                        paragraph: para_no,
                        item_label: seg.cite.as_deref(),
                        lines: std::slice::from_ref(&seg.line),
                    };
                    let mut e = evidence(scorer, a, i, &s, place, read);
                    e.by_reference = true;
                    out.push((i, e));
                }
            }
        }
    }
}

/// The NFKC texts of a rule's paragraphs and 号 that may define a term
/// (「…をいう」, 「以下「…」という」): a kind by its example
/// (`confidence::kinds_by_example`), a class of units by its kinds
/// (`confidence::unit_classes`);
/// a 定義条's 号, which parts its term from what it means by a space
/// (「情報システム　校務支援システムその他の…をいう。」), read as
/// 「「情報システム」とは、校務支援システムその他の…をいう。」, the 号
/// before it that it cites by number named (「前3号に掲げる情報システム
/// その他…」: the three terms those 号 define).
fn definition_lines(reg: &Regulation) -> Vec<String> {
    static EARLIER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // 「前3号に掲げる情報システム」, 「前各号に掲げるもの」: the terms of the
    // 号 before, by name.
    let earlier =
        EARLIER.get_or_init(|| regex::Regex::new(r"前(各|\d+)号に掲げる[^、。()その]{0,20}").expect("valid regex"));
    let may_define = |text: &str| text.contains("いう");
    // A 号's term and what it means, parted by the first space of its text
    // (NFKC drops layout spaces, so the text is cut before it is normalised).
    fn parts(item: &crate::model::Item) -> Option<(&str, &str)> {
        item.text.split_once(char::is_whitespace)
    }
    let mut lines = Vec::new();
    for p in reg.articles().flat_map(|a| a.paragraphs.iter()) {
        if may_define(&p.normalized) {
            lines.push(p.normalized.clone());
        }
        for (k, item) in p.items.iter().enumerate().filter(|(_, i)| may_define(&i.normalized)) {
            let Some((term, meaning)) = parts(item) else {
                lines.push(item.normalized.clone());
                continue;
            };
            let meaning = nfkc(meaning);
            let meaning = earlier.replace(&meaning, |c: &regex::Captures| {
                let n = if &c[1] == "各" { k } else { c[1].parse().unwrap_or(0) };
                let earlier_terms =
                    p.items[k.saturating_sub(n)..k].iter().map(|i| nfkc(parts(i).map_or("", |(t, _)| t)));
                earlier_terms.collect::<Vec<_>>().join("、")
            });
            lines.push(format!("「{}」とは、{meaning}", nfkc(term)));
        }
    }
    lines
}
