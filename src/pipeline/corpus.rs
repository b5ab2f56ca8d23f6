//! The whole-corpus analysis the site renders, computed once before any page
//! is rendered (views and downloads only read it): coverage, 条文対応表 with
//! their rows' diffs and flags, requirement ↔ provision comparisons, 新旧対照表
//! and 改め文, and the texts the pages quote.
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use anyhow::Result;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::cache::CachedComparisons;
use super::Project;
use crate::amend::Kaimebun;
use crate::analyze::align::{self, Correspondence, Counterpart, CoverageReport};
use crate::analyze::diff::{spans_to_runs, Granularity, Run, RunSpan, TokenDiff, Units};
use crate::analyze::flags;
use crate::analyze::taishohyo::{self, Taishohyo};
use crate::analyze::text_analysis::TextAnalysis;
use crate::catalog::Catalog;
use crate::model::{Article, Diagnostic, Provision, Regulation, Severity};
use crate::text::numerals::full_width;

/// Results of the analyse phase: everything the site's pages and downloads
/// show, computed once.
#[derive(Debug, Default)]
pub struct CorpusAnalysis {
    /// (regulation id, catalog id) → coverage report.
    pub coverage: HashMap<(String, String), CoverageReport>,
    /// 条文対応表 of the pairs configured in reiki.yaml, in config order.
    pub pairs: Vec<Correspondence>,
    /// Requirement ↔ evidence comparisons by [`comparison_key`], computed
    /// once in parallel and shown on both the item page and the regulation
    /// × catalog page: those of the regulations analysed in this build.
    /// Ask [`CorpusAnalysis::comparison`], which also reads `cached`.
    comparisons: HashMap<u128, Comparison>,
    /// The comparisons of the regulations whose analysis came from the cache.
    cached: CachedComparisons,
    /// Problems with review files, by regulation id: `Site::analyse` moves
    /// them into the regulations' diagnostics.
    pub review_diagnostics: Vec<(String, Diagnostic)>,
    /// Per pair (same order as `pairs`): the rows' diffs and flags, in the
    /// order of the pair's matches.
    pub pair_rows: Vec<Vec<Option<PairRowComparison>>>,
    /// Per pair (same order as `pairs`): the terms the two define
    /// differently or under two names (`definitions::compare`).
    pub pair_terms: Vec<Vec<crate::analyze::definitions::TermIssue>>,
    /// 新旧対照表 and 改め文 by the new version's id (each compared when first asked).
    pub versions: HashMap<String, VersionComparison>,
}

/// A catalog requirement compared with the provision that meets it. The
/// two texts are not copied: their marks are kept as spans, which the
/// pages, having both texts at hand, cut them into
/// ([`Comparison::requirement_runs`], [`Comparison::runs`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Comparison {
    /// The requirement, wording the provision lacks marked.
    requirement_spans: Box<[RunSpan]>,
    /// The provision, wording the requirement lacks marked.
    spans: Box<[RunSpan]>,
    /// Differences of substance between the two.
    pub flags: Vec<FlagView>,
}

impl Comparison {
    /// The requirement, wording the provision lacks marked; `None` when
    /// `requirement` is not the text compared.
    pub fn requirement_runs(&self, requirement: &str) -> Option<Vec<Run>> {
        spans_to_runs(requirement, &self.requirement_spans)
    }

    /// The provision, wording the requirement lacks marked; `None` when
    /// `provision` is not the text compared.
    pub fn runs(&self, provision: &str) -> Option<Vec<Run>> {
        spans_to_runs(provision, &self.spans)
    }
}

/// The key a comparison of `requirement` and `provision` is kept under
/// (see [`CorpusAnalysis::comparison`]): a 128-bit hash of both texts rather than
/// the texts themselves, which were held twice (key and runs) for the whole
/// build. Chance collisions of 128-bit hashes are out of reach, as for the
/// cache's keys.
pub fn comparison_key(requirement: &str, provision: &str) -> u128 {
    let mut hasher = super::key::KeyHasher::default();
    hasher.add_bytes(requirement.as_bytes());
    hasher.add_bytes(provision.as_bytes());
    hasher.finish()
}

/// How many evidence provisions per item the pages compare in full.
pub const EVIDENCE_SHOWN: usize = 2;

/// Compares a requirement with a provision: both texts with their differences marked, and the flags.
pub fn compare(requirement: &str, provision: &str) -> Comparison {
    compare_sides(&ComparedText::new(requirement), &ComparedText::new(provision))
}

/// A requirement or provision text cut once for all its comparisons: whole
/// for the marked texts, by paragraph and sentence for the flags.
pub struct ComparedText {
    whole: Units,
    parts: flags::ProvisionText,
}

impl ComparedText {
    /// `text` cut for [`compare_sides`].
    pub fn new(text: &str) -> ComparedText {
        ComparedText { whole: Units::new(text), parts: flags::ProvisionText::new(text) }
    }
}

/// [`compare`] of a requirement and a provision already cut.
pub fn compare_sides(requirement: &ComparedText, provision: &ComparedText) -> Comparison {
    let d = TokenDiff::shared_wording(requirement.whole.clone(), provision.whole.clone());
    let requirement_spans = d.a_spans(Granularity::Phrase).into_boxed_slice();
    let mut spans = d.b_spans(Granularity::Phrase);
    unmark_paragraph_numbers(&provision.whole.text.original, &mut spans);
    let flags = if requirement.whole.text.original.is_empty() {
        Vec::new()
    } else {
        flag_views(flags::compare_provision_texts(&requirement.parts, &provision.parts))
    };
    Comparison { requirement_spans, spans: spans.into_boxed_slice(), flags }
}

/// Text of an evidence provision as it is quoted: its paragraph when the
/// evidence names one, else the whole article with its 項 numbers (２　…),
/// as the regulation prints them.
pub fn evidence_text(article: &Article, paragraph: Option<u32>) -> String {
    let numbered = article.paragraphs.len() > 1;
    let mut text = String::new();
    for p in article.paragraphs.iter().filter(|p| paragraph.is_none_or(|n| p.number == n)) {
        if !text.is_empty() {
            text.push('\n');
        }
        // The first 項 carries no number in print.
        if numbered && p.number > 1 {
            text.push_str(&format!("{}\u{3000}", full_width(p.number)));
        }
        text.push_str(&p.text);
        for item in &p.items {
            push_item(&mut text, item, 0);
        }
    }
    if text.is_empty() {
        article.text()
    } else {
        text
    }
}

/// Text of a checklist standard (札幌市 基準5): its prose and items.
pub fn standard_text(standard: &crate::model::Standard) -> String {
    let mut text = standard.text.clone();
    for item in &standard.items {
        push_item(&mut text, item, 0);
    }
    text.trim_start_matches('\n').to_string()
}

/// The quoted text of a piece of evidence: its article (or the paragraph
/// it cites), its standard, or the row of a 別表 it cites (a table's rows
/// are separate provisions; the whole table when it cites none).
pub fn provision_text(reg: &Regulation, e: &align::Evidence) -> Option<String> {
    Some(match reg.provision(&e.article_id)? {
        Provision::Article(article) | Provision::SupplementaryArticle(article) => evidence_text(article, e.paragraph),
        Provision::Standard(standard) => standard_text(standard),
        row @ Provision::Row(..) => row.row_text()?,
        Provision::Appendix(appendix) => {
            let rows = appendix.cited_rows();
            let cited: Vec<_> = rows.iter().filter(|r| e.item_label.as_deref().is_none_or(|c| r.cite == c)).collect();
            let lines: Vec<String> = cited.iter().map(|r| r.line()).collect();
            lines.join("\n")
        }
    })
}

/// A 項 number opening a line (２　…) is structure, not wording shared with
/// the requirement: it is kept out of the marked runs (the pages mark the
/// shared runs and show the provision's own wording plain).
fn unmark_paragraph_numbers(provision: &str, spans: &mut [RunSpan]) {
    let mut line_start = true;
    let mut at = 0;
    for span in spans.iter_mut() {
        let text = &provision[at..at + span.len as usize];
        at += span.len as usize;
        let number = line_start && text.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        // Spaces and punctuation shared by chance are no shared wording either.
        let filler = text.chars().all(|c| c.is_whitespace() || "、。，．・（）()「」".contains(c));
        if number || filler {
            span.kind = crate::analyze::diff::RunKind::Insert;
        }
        line_start = text.ends_with('\n');
    }
}

/// Every (requirement, evidence text) pair the pages will show, but those
/// of the regulations whose comparisons are `cached`.
fn comparison_jobs(
    project: &Project,
    coverage: &HashMap<(String, String), CoverageReport>,
    cached: &CachedComparisons,
) -> Vec<(String, String)> {
    let regulations: HashMap<&str, &Regulation> = project.regulations.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut jobs: Vec<(String, String)> = coverage
        .par_iter()
        .filter(|((reg_id, _), _)| !cached.holds(reg_id))
        .flat_map_iter(|((reg_id, cat_id), report)| {
            let reg = regulations.get(reg_id.as_str());
            let cat = project.catalogs.iter().find(|c| &c.id == cat_id);
            reg.zip(cat).map(|(reg, cat)| report_comparison_jobs(reg, cat, report)).unwrap_or_default()
        })
        .collect();
    // Jobs of the same provision next to each other: `compare_all` cuts
    // each provision once for all of them. Equal jobs are equal strings, so
    // an unstable sort and `dedup` leave one of each, in a fixed order.
    jobs.par_sort_unstable_by(|x, y| (&x.1, &x.0).cmp(&(&y.1, &y.0)));
    jobs.dedup();
    jobs
}

/// Most provision groups one task of [`compare_all`] takes: without a
/// bound, rayon hands each of the two threads of a 2-core machine a few
/// long runs of groups, and the last one left the other thread idle for
/// 0.5 s of an N = 2,000 build. A group takes about 0.3 ms (38,791 groups
/// in 11 CPU-s there), so a task of 64 is about 20 ms: short enough for the
/// threads to finish together, and 600 tasks cost rayon nothing.
const GROUPS_PER_TASK: usize = 64;

/// The comparisons of `jobs` (sorted by provision): each requirement is cut
/// once for the whole build, each provision once for all the requirements
/// it meets.
fn compare_all(jobs: Vec<(String, String)>) -> HashMap<u128, Comparison> {
    let requirements: HashMap<&str, OnceLock<ComparedText>> =
        jobs.iter().map(|(requirement, _)| (requirement.as_str(), OnceLock::new())).collect();
    let requirement = |text: &str| requirements[text].get_or_init(|| ComparedText::new(text));
    let by_provision: Vec<&[(String, String)]> = jobs.chunk_by(|x, y| x.1 == y.1).collect();
    let compared: Vec<Vec<Comparison>> = by_provision
        .par_iter()
        .with_max_len(GROUPS_PER_TASK)
        .map(|group| {
            let provision = OnceLock::new();
            group
                .iter()
                .map(|(req, text)| compare_sides(requirement(req), provision.get_or_init(|| ComparedText::new(text))))
                .collect()
        })
        .collect();
    jobs.iter().map(|(req, text)| comparison_key(req, text)).zip(compared.into_iter().flatten()).collect()
}

/// The (requirement, evidence text) pairs the pages show for one report.
fn report_comparison_jobs(reg: &Regulation, cat: &Catalog, report: &CoverageReport) -> Vec<(String, String)> {
    let mut jobs = Vec::new();
    for ic in &report.items {
        let Some(item) = cat.item(&ic.item_id) else { continue };
        for e in ic.evidence.iter().take(EVIDENCE_SHOWN) {
            if let Some(text) = provision_text(reg, e) {
                jobs.push((item.requirement.clone(), text));
            }
        }
    }
    jobs
}

/// The (requirement, evidence text) pairs the pages show for `reg`'s reports in `coverage`.
pub fn regulation_comparison_jobs(
    project: &Project,
    reg: &Regulation,
    coverage: &HashMap<(String, String), CoverageReport>,
) -> Vec<(String, String)> {
    project
        .catalogs_of(reg)
        .into_iter()
        .filter_map(|cat| Some(report_comparison_jobs(reg, cat, coverage.get(&(reg.id.clone(), cat.id.clone()))?)))
        .flatten()
        .collect()
}

/// A regulation and the version it supersedes, compared (the 新旧対照表
/// and the 改め文) when a page or download first asks: an incremental
/// build reuses the pages and downloads of the versions not edited, and
/// comparing every version again had been a tenth of a one-edit rebuild
/// at N = 250.
#[derive(Debug)]
pub struct VersionComparison {
    /// Id of the superseded version.
    pub old_id: String,
    /// Id of the new version.
    new_id: String,
    compared: OnceLock<(Taishohyo, std::result::Result<Kaimebun, String>)>,
}

impl VersionComparison {
    /// The 新旧対照表 of the two versions.
    pub fn table(&self, project: &Project) -> &Taishohyo {
        &self.compared(project).0
    }

    /// The 改め文, or why it cannot be written.
    pub fn kaimebun(&self, project: &Project) -> std::result::Result<&Kaimebun, &str> {
        self.compared(project).1.as_ref().map_err(String::as_str)
    }

    fn compared(&self, project: &Project) -> &(Taishohyo, std::result::Result<Kaimebun, String>) {
        self.compared.get_or_init(|| {
            // Both are loaded: `version_comparisons` lists only such pairs.
            let (Some(old), Some(new)) = (project.regulation(&self.old_id), project.regulation(&self.new_id)) else {
                unreachable!("a version comparison of regulations not loaded")
            };
            let table = taishohyo::build(old, new, &project.config);
            let kaimebun = crate::amend::kaimebun::generate(old, new).map_err(|e| format!("{e:#}"));
            (table, kaimebun)
        })
    }
}

/// One row of a 条文対応表 page: A's article against each of its
/// counterparts in B (best first).
#[derive(Debug)]
pub struct PairRowComparison {
    /// A's text marked against the best counterpart (against nothing when
    /// there is none).
    pub a_runs: Vec<Run>,
    /// Each counterpart's text marked against A's.
    pub counterpart_runs: Vec<Vec<Run>>,
    /// The row's flags ([`row_flags`]).
    pub flags: Vec<flags::Flag>,
}

impl CorpusAnalysis {
    /// Analyses the whole corpus of `project`: coverage of every regulation
    /// against its catalogs (reviews applied), the 条文対応表 of the
    /// configured pairs with their rows' diffs and flags, the requirement ↔
    /// provision comparisons the pages show, and the 新旧対照表 of every
    /// regulation whose earlier version is loaded.
    pub fn compute(project: &Project) -> Result<CorpusAnalysis> {
        // The catalogs first, in parallel (each regulation needs them all).
        project.catalogs.par_iter().for_each(|c| {
            project.prepared(c);
        });
        // One regulation at a time: its tokens and terms are dropped once its
        // coverage is known (they are ~80× the size of its text), except
        // for the regulations of configured pairs, which are compared below.
        let in_pairs: HashSet<&str> = project.config.pairs.iter().flatten().map(String::as_str).collect();
        // Per regulation: its reports by (regulation, catalog), and its text
        // analysis when a pair page needs it.
        type PerRegulation<'a> = (Vec<((String, String), CoverageReport)>, Option<(&'a str, TextAnalysis)>);
        let per_regulation: Vec<PerRegulation> = project
            .regulations
            .par_iter()
            .map(|reg| {
                let catalogs = project.catalogs_of(reg);
                let (reports, text) = project.cached_coverage(reg, &catalogs, in_pairs.contains(reg.id.as_str()));
                let keyed = catalogs.iter().map(|c| (reg.id.clone(), c.id.clone())).zip(reports).collect();
                (keyed, text.map(|text| (reg.id.as_str(), text)))
            })
            .collect();
        let mut coverage = HashMap::new();
        let mut texts: HashMap<&str, TextAnalysis> = HashMap::new();
        for (reports, kept) in per_regulation {
            coverage.extend(reports);
            texts.extend(kept);
        }
        let review_diagnostics = apply_site_reviews(project, &mut coverage);
        let reports_of = |reg: &Regulation| -> Vec<CoverageReport> {
            project
                .catalogs_of(reg)
                .iter()
                .filter_map(|c| coverage.get(&(reg.id.clone(), c.id.clone())).cloned())
                .collect()
        };
        let mut pair_regs = Vec::new();
        for [a, b] in &project.config.pairs {
            // A pair whose file failed to load is left out, not fatal: the
            // load error is already reported and the rest still builds.
            match (project.regulation(a), project.regulation(b)) {
                (Some(ra), Some(rb)) => pair_regs.push((ra, rb)),
                _ => eprintln!("警告: reiki.yaml: pairs の [{a}, {b}] は読み込まれていない例規を含むので省きます"),
            }
        }
        let cached = project.cache().map(|c| c.cached_comparisons()).unwrap_or_default();
        // Comparisons and correspondences are independent: run them together.
        let (comparisons, pairs) = rayon::join(
            || compare_all(comparison_jobs(project, &coverage, &cached)),
            || {
                pair_regs
                    .par_iter()
                    .map(|(ra, rb)| {
                        let (ta, tb) = (&texts[ra.id.as_str()], &texts[rb.id.as_str()]);
                        let corr = align::correspond(ta, tb, &reports_of(ra), &reports_of(rb));
                        let rows = pair_rows(ra, rb, &corr);
                        ((corr, rows), crate::analyze::definitions::compare(ra, rb))
                    })
                    .collect::<Vec<_>>()
            },
        );
        let versions = version_comparisons(project);
        let (pairs, pair_terms): (Vec<_>, Vec<_>) = pairs.into_iter().unzip();
        let (pairs, pair_rows) = pairs.into_iter().unzip();
        Ok(CorpusAnalysis { coverage, pairs, pair_rows, pair_terms, comparisons, cached, versions, review_diagnostics })
    }

    /// The coverage of a regulation against a catalog, if that catalog applies to it.
    pub fn coverage_of(&self, regulation: &str, catalog: &str) -> Option<&CoverageReport> {
        self.coverage.get(&(regulation.to_string(), catalog.to_string()))
    }

    /// The comparison of a requirement and a provision text of
    /// `regulation`, when the analysis foresaw it (it does for every
    /// evidence the pages show). A regulation analysed in an earlier build
    /// has its comparisons read from the cache, or, where the cache lacks
    /// one (a file since damaged, a review since changed), made now.
    pub fn comparison(&self, regulation: &str, requirement: &str, text: &str) -> Option<Cow<'_, Comparison>> {
        let key = comparison_key(requirement, text);
        if let Some(c) = self.comparisons.get(&key).or_else(|| self.cached.get(regulation, key)) {
            return Some(Cow::Borrowed(c));
        }
        self.cached.holds(regulation).then(|| Cow::Owned(compare(requirement, text)))
    }
}

/// The rows of a 条文対応表: each match's diffs and flags (same order as
/// `corr.matches`; `None` for an article id that is not in `a`).
pub fn pair_rows(a: &Regulation, b: &Regulation, corr: &Correspondence) -> Vec<Option<PairRowComparison>> {
    let renamed = crate::analyze::definitions::renamed_terms(a, b);
    corr.matches
        .par_iter()
        .map(|m| {
            let a_side = compared(a, &m.a_article)?;
            let matched: Vec<(&Counterpart, Compared)> =
                m.b_articles.iter().filter_map(|c| Some((c, compared(b, &c.article_id)?))).collect();
            let mut a_runs = None;
            let mut counterpart_runs = Vec::new();
            for (c, x) in &matched {
                let (ar, br) = side_by_side_words(&a_side.text, &x.text);
                if c.paragraph.is_none() {
                    a_runs.get_or_insert(ar);
                }
                counterpart_runs.push(br);
            }
            let joined: Vec<(u32, &str)> =
                matched.iter().filter_map(|(c, x)| Some((c.paragraph?, x.text.as_str()))).collect();
            let a_runs = match a_side.article.filter(|_| !joined.is_empty()) {
                Some(article) => {
                    let best = matched.iter().find(|(c, _)| c.paragraph.is_none()).map_or("", |(_, x)| x.text.as_str());
                    runs_by_paragraph(article, best, &joined)
                }
                None => a_runs.unwrap_or_else(|| side_by_side_words(&a_side.text, "").0),
            };
            let flags =
                row_flags(matched.iter().map(|(c, x)| {
                    (c.paragraph, flags::without_renamed(a_side.flags_against(x, c.paragraph), &renamed))
                }));
            Some(PairRowComparison { a_runs, counterpart_runs, flags })
        })
        .collect()
}

/// A's text marked 項 by 項 where articles were joined into it: a 項 that
/// such an article answers (`Counterpart::paragraph`) against that
/// article, the other 項 against the best counterpart of the whole, so that
/// neither shows as A's alone.
fn runs_by_paragraph(article: &Article, best: &str, joined: &[(u32, &str)]) -> Vec<Run> {
    let mut runs = Vec::new();
    // Consecutive 項 marked against `best`, not yet diffed.
    let mut rest = String::new();
    for (number, piece) in paragraph_pieces(article) {
        match joined.iter().find(|(n, _)| *n == number) {
            Some((_, text)) => {
                if !rest.is_empty() {
                    runs.extend(side_by_side_words(&std::mem::take(&mut rest), best).0);
                }
                runs.extend(side_by_side_words(&piece, text).0);
            }
            None => rest.push_str(&piece),
        }
    }
    if !rest.is_empty() {
        runs.extend(side_by_side_words(&rest, best).0);
    }
    runs
}

/// The flags of a 条文対応表 row, from those against each counterpart (with
/// the 項 of A it answers, if only one): against the counterparts of A's
/// whole article, what none of them says otherwise (副市長 → 部の長 is no
/// difference when another matched article also says 副市長); against an
/// article joined into A's, what differs from the 項 it answers.
pub fn row_flags(per_counterpart: impl IntoIterator<Item = (Option<u32>, Vec<flags::Flag>)>) -> Vec<flags::Flag> {
    let (whole, joined): (Vec<_>, Vec<_>) = per_counterpart.into_iter().partition(|(paragraph, _)| paragraph.is_none());
    let mut out: Vec<flags::Flag> = match whole.split_first() {
        Some(((_, first), rest)) => first
            .iter()
            .filter(|f| rest.iter().all(|(_, other)| other.iter().any(|g| g.kind == f.kind && g.a_spans == f.a_spans)))
            .cloned()
            .collect(),
        None => Vec::new(),
    };
    out.extend(joined.into_iter().flat_map(|(_, flags)| flags));
    out
}

/// One side of a 条文対応表 row: an article (of the main provisions or a
/// 附則) or a row of a 別表, and its text as the row shows it.
pub struct Compared<'a> {
    /// The text shown and marked.
    pub text: String,
    /// The article, for the flags that read its paragraphs and 号.
    article: Option<&'a Article>,
}

impl Compared<'_> {
    /// The flags of `b` read against `self`, or against only its 項
    /// `paragraph`: two articles paragraph by paragraph; a 別表's row, a
    /// text of a sentence or two, by its best sentences in the other.
    fn flags_against(&self, b: &Compared, paragraph: Option<u32>) -> Vec<flags::Flag> {
        match (self.article, b.article) {
            (Some(a), Some(b)) => match paragraph {
                Some(n) => {
                    let paragraphs = a.paragraphs.iter().filter(|p| p.number == n).cloned().collect();
                    flags::compare_articles(&Article { paragraphs, ..a.clone() }, b)
                }
                None => flags::compare_articles(a, b),
            },
            _ => flags::compare_texts(&self.text, &b.text),
        }
    }
}

/// The side of a 条文対応表 row that `id` names in `reg`: None for an id
/// that names no article or 別表 row (a checklist standard, a stale id).
pub fn compared<'a>(reg: &'a Regulation, id: &str) -> Option<Compared<'a>> {
    match reg.provision(id)? {
        Provision::Article(a) | Provision::SupplementaryArticle(a) => {
            Some(Compared { text: article_body_display(a), article: Some(a) })
        }
        row @ Provision::Row(..) => Some(Compared { text: row.row_text()?, article: None }),
        Provision::Standard(_) | Provision::Appendix(_) => None,
    }
}

/// Whether [`compared`] gives a side for `id`, without making its text.
pub fn is_compared(reg: &Regulation, id: &str) -> bool {
    // `Regulation::provision` finds a row only where it lays something down.
    matches!(reg.provision(id), Some(Provision::Article(_) | Provision::SupplementaryArticle(_) | Provision::Row(..)))
}

/// The versions to compare (新旧対照表 and 改め文): every regulation whose
/// `supersedes` names a loaded regulation, by the new version's id.
fn version_comparisons(project: &Project) -> HashMap<String, VersionComparison> {
    project
        .regulations
        .iter()
        .filter_map(|new| {
            let old = project.regulation(new.meta.supersedes.as_deref()?)?;
            let compared = OnceLock::new();
            Some((new.id.clone(), VersionComparison { old_id: old.id.clone(), new_id: new.id.clone(), compared }))
        })
        .collect()
}

/// Inline diff of two articles of different bodies, marking exactly the
/// changed words: their wording differs almost everywhere, and whole
/// underlined 文節 would hide the differences that matter.
pub fn side_by_side_words(a: &str, b: &str) -> (Vec<Run>, Vec<Run>) {
    let d = TokenDiff::new(a, b);
    (d.a_runs(Granularity::Token), d.b_runs(Granularity::Token))
}

/// A difference that matters between two corresponding provisions.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FlagView {
    /// Machine-readable kind (kebab-case), for styling.
    pub code: String,
    /// Short Japanese label for the badge.
    pub label: String,
    /// Explanation for drafters.
    pub detail: String,
    /// low / medium / high
    pub severity: String,
}

/// The flags as the pages show them.
pub fn flag_views(flags: Vec<flags::Flag>) -> Vec<FlagView> {
    flags
        .into_iter()
        .map(|f| FlagView {
            code: f.kind.to_string(),
            label: f.kind.label().to_string(),
            detail: f.message,
            severity: f.severity.to_string(),
        })
        .collect()
}

/// Flags between two corresponding articles (A = reference).
pub fn article_flags(reference: &Article, compared: &Article) -> Vec<FlagView> {
    flag_views(flags::compare_articles(reference, compared))
}

/// An article's paragraphs and items without its caption and label, for
/// pages that print those once in the row's heading: ２　… for later 項.
pub fn article_body_display(article: &Article) -> String {
    paragraph_pieces(article).into_iter().map(|(_, piece)| piece).collect()
}

/// [`article_body_display`] 項 by 項: each 項's number and its text as
/// shown there (a 項 after the first opens with its line break).
fn paragraph_pieces(article: &Article) -> Vec<(u32, String)> {
    article
        .paragraphs
        .iter()
        .map(|p| {
            let mut out = String::new();
            if p.number > 1 {
                out.push('\n');
                out.push_str(&full_width(p.number));
                out.push('\u{3000}');
            }
            out.push_str(&p.text);
            for item in &p.items {
                push_item(&mut out, item, 1);
            }
            (p.number, out)
        })
        .collect()
}

fn push_item(out: &mut String, item: &crate::model::Item, depth: usize) {
    out.push('\n');
    out.push_str(&"\u{3000}".repeat(depth));
    out.push_str(&item.label);
    out.push('\u{3000}');
    out.push_str(&item.text);
    for child in &item.children {
        push_item(out, child, depth + 1);
    }
}

/// Applies each regulation's `reviews/<id>.yaml` to its coverage reports. A
/// review file that cannot be read keeps the automatic results; it and the
/// reviews that match no item are returned as diagnostics of the regulation
/// (regulation id, diagnostic), for the diagnostics page and the home page.
fn apply_site_reviews(
    project: &Project,
    coverage: &mut HashMap<(String, String), CoverageReport>,
) -> Vec<(String, Diagnostic)> {
    let mut problems = Vec::new();
    for reg in &project.regulations {
        let catalogs: Vec<&str> = project.catalogs_of(reg).into_iter().map(|c| c.id.as_str()).collect();
        let keys = catalogs.iter().map(|c| (reg.id.clone(), c.to_string()));
        let mut reports: Vec<((String, String), CoverageReport)> =
            keys.filter_map(|k| coverage.remove_entry(&k)).collect();
        match super::apply_reviews(reg, &catalogs, &mut reports.iter_mut().map(|(_, r)| r).collect::<Vec<_>>()) {
            Ok(found) => problems.extend(found.into_iter().map(|p| (reg.id.clone(), p))),
            Err(problem) => problems.push((reg.id.clone(), problem)),
        }
        coverage.extend(reports);
    }
    problems
        .into_iter()
        .map(|(id, p)| {
            let diagnostic = Diagnostic {
                severity: if p.fatal { Severity::Error } else { Severity::Warning },
                code: p.code,
                file: p.path.display().to_string(),
                line: p.line,
                message: p.message,
            };
            (id, diagnostic)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::flags::FlagKind;
    use crate::model::{Number, Paragraph};

    fn art(n: u32, paragraphs: &[&str]) -> Article {
        let paragraph = |(k, text): (usize, &&str)| {
            let normalized: String = unicode_normalization::UnicodeNormalization::nfkc(*text).collect();
            Paragraph { number: k as u32 + 1, text: text.to_string(), normalized, ..Paragraph::default() }
        };
        Article {
            id: format!("art-{n}"),
            number: Number { main: n, branches: vec![] },
            label: format!("第{n}条"),
            paragraphs: paragraphs.iter().enumerate().map(paragraph).collect(),
            ..Article::default()
        }
    }

    fn flags_of_row(a: &Article, counterparts: &[(Option<u32>, &Article)]) -> Vec<flags::Flag> {
        fn side(x: &Article) -> Compared<'_> {
            Compared { text: article_body_display(x), article: Some(x) }
        }
        row_flags(counterparts.iter().map(|(p, b)| (*p, side(a).flags_against(&side(b), *p))))
    }

    #[test]
    fn a_one_to_many_match_flags_only_what_no_matched_article_says() {
        let a = art(3, &["総括保護管理者を一人置き、副市長をもって充てる。"]);
        let other_role = art(4, &["総括保護管理者を一人置き、部の長をもって充てる。"]);
        let same_role = art(3, &["総括保護管理者を一人置き、副市長をもって充てる。"]);
        let role = |flags: &[flags::Flag]| flags.iter().any(|f| f.kind == FlagKind::RoleChanged);
        assert!(role(&flags_of_row(&a, &[(None, &other_role)])), "部の長 alone is a different role");
        assert!(
            !role(&flags_of_row(&a, &[(None, &other_role), (None, &same_role)])),
            "the other matched article says 副市長"
        );
    }

    /// Two articles joined into one, each now a 項: the flags against the
    /// article joined in are read against its 項 alone, and kept beside
    /// those of the whole.
    #[test]
    fn an_article_joined_into_a_paragraph_is_read_against_that_paragraph() {
        let a = art(
            5,
            &[
                "職員は、管理者の許可を得ないで、記録媒体を外部に持ち出してはならない。",
                "管理者は、個人情報を取り扱う職員を必要最小限に限らなければならない。",
            ],
        );
        let whole = art(5, &["職員は、管理者の許可を得ないで、記録媒体を外部に持ち出してはならない。"]);
        let joined = art(4, &["管理者は、個人情報を取り扱う職員を必要最小限に限るよう努めるものとする。"]);
        let found = flags_of_row(&a, &[(None, &whole), (Some(2), &joined)]);
        let kinds: Vec<FlagKind> = found.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, vec![FlagKind::ObligationWeakened], "{found:#?}");
        assert_eq!(found[0].a_location.as_deref(), Some("第5条第2項"));
        // Read against the whole article instead, the weaker duty is not found.
        let against_whole = flags_of_row(&a, &[(None, &whole), (None, &joined)]);
        assert!(against_whole.iter().all(|f| f.kind != FlagKind::ObligationWeakened), "{against_whole:#?}");
    }
}
