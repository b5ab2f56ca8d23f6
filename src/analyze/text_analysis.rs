//! Text analysis done once per regulation and shared by coverage,
//! correspondence, diffs and the site: tokens per paragraph (cached by text),
//! canonical content terms with compounds, TF-IDF vectors and an inverted
//! index over articles.
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use rayon::prelude::*;

use super::terms::{self, Term, TermHashState};
use crate::model::{Appendix, AppendixRow, Article, Item, Paragraph, Regulation, Standard};
use crate::text::hash::FastHashState;
use crate::text::normalize::nfkc;
use crate::text::stopwords;
use crate::text::tokens::{self, PartOfSpeech, Token};

/// The run's tokenization cache, keyed by the pieces lindera segments
/// alone (a text cut after each 、 and 。, see [`tokens::pieces`]): each
/// distinct piece is tokenized once per run, whichever stage asks first
/// (coverage, diffs, flags, definitions, the search index) and in whichever
/// text — a paragraph, the article quoting it, its sentences, or another
/// regulation with the same clause.
///
/// Tokens are kept compactly (byte span and the index of their kind: word,
/// part of speech and base form; 12 bytes a token instead of 72), so that
/// keeping every text of a 2,000-regulation build costs far less than the
/// texts' analyses; [`TokenCache::tokens`] rebuilds the full tokens (copies,
/// no allocation but the list) on each call.
#[derive(Debug, Default)]
pub struct TokenCache {
    /// One slot per piece; a piece asked for by two threads at once is
    /// tokenized by the first while the second waits on its slot only.
    texts: Mutex<HashMap<Box<str>, Arc<TokenSlot>, FastHashState>>,
    kinds: RwLock<KindTable>,
    /// How many times the cache was cleared: caches derived from its tokens
    /// (`diff::Units`) start afresh when it changes.
    generation: AtomicU64,
}

/// The distinct kinds of token seen: a token without its place (its span
/// is 0..0), each stored once.
#[derive(Debug, Default)]
struct KindTable {
    kinds: Vec<Token>,
    /// Index in `kinds` by what tells kinds apart.
    ids: HashMap<KindKey, u32, FastHashState>,
}

/// Word id, base form, part of speech and subclass of a token.
type KindKey = (u32, &'static str, PartOfSpeech, &'static str);

/// The tokens of one piece, filled by the first thread that asks.
type TokenSlot = OnceLock<Box<[CompactToken]>>;

#[derive(Debug, Clone, Copy)]
struct CompactToken {
    start: u32,
    end: u32,
    kind: u32,
}

impl TokenCache {
    /// A cache of its own (benchmarks and tests that measure tokenizing);
    /// a run uses [`TokenCache::shared`].
    pub fn new() -> Self {
        Self::default()
    }

    /// The one cache of this run (process): the pipeline and every stage
    /// that tokenizes go through it. `reiki serve` empties it before each
    /// rebuild ([`TokenCache::clear`]).
    pub fn shared() -> &'static TokenCache {
        static SHARED: OnceLock<TokenCache> = OnceLock::new();
        SHARED.get_or_init(TokenCache::new)
    }

    /// The tokens of `text`, each of its pieces tokenized on the first
    /// request only: the same tokens as [`tokens::tokenize`] of the whole.
    pub fn tokens(&self, text: &str) -> Arc<Vec<Token>> {
        let segmented = tokens::segmented_form(text);
        // Every piece's slot filled first: filling one takes the kinds
        // table's write lock, which the read lock below would block.
        let pieces: Vec<(usize, Arc<TokenSlot>)> = tokens::pieces(&segmented)
            .into_iter()
            .map(|piece| {
                let piece_text = &segmented[piece.clone()];
                let slot = {
                    let mut texts = self.texts.lock().expect("token cache lock");
                    match texts.get(piece_text) {
                        Some(slot) => slot.clone(),
                        None => texts.entry(piece_text.into()).or_default().clone(),
                    }
                };
                slot.get_or_init(|| {
                    let tokens = tokens::tokenize(piece_text);
                    self.kinds.write().expect("token kinds lock").compact(&tokens)
                });
                (piece.start, slot)
            })
            .collect();
        let mut out = Vec::with_capacity(pieces.iter().map(|(_, slot)| slot.get().map_or(0, |t| t.len())).sum());
        let table = self.kinds.read().expect("token kinds lock");
        for (offset, slot) in &pieces {
            let piece_tokens = slot.get().expect("filled above");
            out.extend(piece_tokens.iter().map(|c| table.expand(c, *offset)));
        }
        Arc::new(out)
    }

    /// Number of distinct pieces held.
    pub fn len(&self) -> usize {
        self.texts.lock().expect("token cache lock").len()
    }

    /// Whether nothing was tokenized yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forgets every text (a new run in the same process). The table of
    /// token kinds stays: compact tokens held by a build running at the
    /// same time refer to it by index, and resetting it under them gave
    /// their words another part of speech. It holds one entry per distinct
    /// (word, part of speech, subclass, base form), so it is bounded by the
    /// vocabulary, like the word table its words are in.
    ///
    /// The texts are dropped on a thread of their own: a 2,000-regulation
    /// build leaves hundreds of thousands of pieces, whose freeing took
    /// 150 ms, a sixth of a one-edit rebuild in `reiki serve` (or the
    /// benchmark), before the rebuild could start.
    pub fn clear(&self) {
        let texts = std::mem::take(&mut *self.texts.lock().expect("token cache lock"));
        self.generation.fetch_add(1, Ordering::Relaxed);
        if !texts.is_empty() {
            std::thread::spawn(move || drop(texts));
        }
    }

    /// Changes with every [`TokenCache::clear`].
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Relaxed)
    }
}

impl KindTable {
    fn compact(&mut self, tokens: &[Token]) -> Box<[CompactToken]> {
        tokens
            .iter()
            .map(|t| {
                let kind = *self.ids.entry((t.word, t.base, t.pos, t.pos_sub)).or_insert_with(|| {
                    self.kinds.push(Token { start: 0, end: 0, ..*t });
                    (self.kinds.len() - 1) as u32
                });
                // Texts are far below 4 GB (files are capped at `max_file_mb`).
                CompactToken { start: t.start as u32, end: t.end as u32, kind }
            })
            .collect()
    }

    /// The token `c` of a piece that starts at `offset` in its text.
    fn expand(&self, c: &CompactToken, offset: usize) -> Token {
        Token { start: c.start as usize + offset, end: c.end as usize + offset, ..self.kinds[c.kind as usize] }
    }
}

/// Sparse term weights (canonical term → weight), hashed with fixed keys:
/// similarities sum f32 weights in the map's order, and std's default hasher
/// is seeded at random per process, so the last bits of every score — and
/// which of two near-equal candidates wins — changed from run to run. Keys
/// are interned [`Term`]s hashed as their text is by [`FixedHashState`], so
/// the order is that of a map keyed by the text.
pub type TermVec = HashMap<Term, f32, TermHashState>;

/// std's SipHash with fixed (zero) keys: the same iteration order in every
/// run. Term maps hold reiki's own text, so hash flooding is no concern.
/// Each term's text is hashed with it once, when it is interned ([`Term`]).
pub type FixedHashState = std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher>;

/// Canonical content terms of tokenized `text`, with weights: content words
/// by base form, plus each run of consecutive nouns joined into a compound
/// (アクセス記録, 端末の盗難 → 端末, 盗難). Boilerplate spans are skipped and
/// role words weigh little.
pub(crate) fn terms_of(text: &str, tokens: &[Token]) -> Vec<(Term, f32)> {
    terms_skipping(tokens, &stopwords::boilerplate_spans(text))
}

/// Like `terms_of`, with the boilerplate spans of the text already known.
pub(crate) fn terms_skipping(tokens: &[Token], skip: &[std::ops::Range<usize>]) -> Vec<(Term, f32)> {
    let in_skip = |t: &Token| skip.iter().any(|r| t.start < r.end && r.start < t.end);
    let mut out = Vec::new();
    let mut run: Vec<&Token> = Vec::new();
    let mut surface = String::new();
    let mut flush = |run: &mut Vec<&Token>, out: &mut Vec<(Term, f32)>| {
        if run.len() >= 2 {
            surface.clear();
            run.iter().for_each(|t| surface.push_str(t.surface));
            push_term(out, &surface);
        }
        run.clear();
    };
    for t in tokens {
        if in_skip(t) {
            flush(&mut run, &mut out);
            continue;
        }
        let nominal = t.pos == PartOfSpeech::Noun && !matches!(t.pos_sub, "数" | "代名詞" | "非自立")
            || t.pos == PartOfSpeech::Prefix && run.is_empty()
            || t.pos == PartOfSpeech::Unknown;
        if nominal && !t.surface.chars().all(|c| c.is_ascii_punctuation() || "()（）「」・、。".contains(c)) {
            run.push(t);
        } else {
            flush(&mut run, &mut out);
        }
        if t.is_content() {
            push_term(&mut out, t.base);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Pushes the term of `word` with its weight, if it has one. Words recur
/// across a corpus, so each thread remembers what each word gave: folding
/// (NFKC) and the stop-word checks cost more than the lookup.
fn push_term(out: &mut Vec<(Term, f32)>, word: &str) {
    type Memo = HashMap<Box<str>, Option<(Term, f32)>, FastHashState>;
    thread_local! {
        static MEMO: RefCell<Memo> = RefCell::default();
    }
    let term = MEMO.with(|memo| {
        if let Some(&term) = memo.borrow().get(word) {
            return term;
        }
        let term = weighted_term(word);
        memo.borrow_mut().insert(word.into(), term);
        term
    });
    out.extend(term);
}

/// The canonical term of a word and its weight; None for a stop-word, a
/// single kana or symbol, or a number.
fn weighted_term(word: &str) -> Option<(Term, f32)> {
    let c = terms::canonical(word);
    if c.is_empty() || stopwords::is_stop_word(&c) {
        return None;
    }
    // Single kana or symbols carry no topic.
    if c.chars().count() == 1 && !c.chars().all(is_kanji) {
        return None;
    }
    if c.chars().all(|ch| ch.is_ascii_digit() || ch.is_ascii_punctuation()) {
        return None;
    }
    let w = if terms::is_role_word(&c) { 0.3 } else { 1.0 };
    Some((Term::intern(&c), w))
}

fn is_kanji(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '々'
}

/// Adds `terms` to `vec` with a factor.
pub(crate) fn add_terms(vec: &mut TermVec, terms: &[(Term, f32)], factor: f32) {
    for (t, w) in terms {
        *vec.entry(*t).or_insert(0.0) += w * factor;
    }
}

/// A line of a paragraph: its own text (label None) or one of its items (号).
#[derive(Debug, Clone)]
pub struct ParagraphLine {
    /// Item label as printed, e.g. (1); None for the paragraph's own text.
    pub label: Option<String>,
    /// How the line is cited after its article or paragraph (第2号,
    /// 第2号イ, or a checklist's (7)); None for the paragraph's own text
    /// and for bullets.
    pub cite: Option<String>,
    /// Original text of the line.
    pub line: String,
    /// Byte range in the paragraph's `normalized` text.
    pub range: std::ops::Range<usize>,
    /// Terms of this line.
    pub terms: TermVec,
    /// A 別表 row's head (its 項目 cell), which is to the row what a
    /// caption is to an article; None for a paragraph's lines.
    pub head: Option<Caption>,
}

/// A caption as the matcher reads it: its NFKC text and terms.
#[derive(Debug, Clone, Default)]
pub struct Caption {
    /// NFKC text.
    pub text: String,
    /// Its terms (none for a caption that names no subject, see
    /// `terms::is_subjectless_caption`).
    pub terms: TermVec,
}

impl Caption {
    fn of(caption: &str, cache: &TokenCache) -> Caption {
        let text = nfkc(caption);
        let mut terms = TermVec::default();
        if !terms::is_subjectless_caption(caption) {
            add_terms(&mut terms, &terms_of(&text, &cache.tokens(&text)), 1.0);
        }
        Caption { text, terms }
    }
}

/// One paragraph (項), with its items' text appended, analysed.
#[derive(Debug, Clone)]
pub struct ParagraphAnalysis {
    /// Paragraph id (art-3-p2).
    pub id: String,
    /// Paragraph number (1 for the first).
    pub number: u32,
    /// Original text lines (paragraph, then items), for evidence sentences.
    pub lines: Vec<String>,
    /// NFKC text the tokens refer to (lines joined by newlines).
    pub normalized: String,
    /// Tokens of `normalized`.
    pub tokens: Arc<Vec<Token>>,
    /// Terms of the paragraph with its items.
    pub terms: TermVec,
    /// The paragraph's own text, then each item (号), in order.
    pub segments: Vec<ParagraphLine>,
    /// Byte ranges of `normalized` that are boilerplate (see `stopwords::boilerplate_spans`).
    pub boilerplate: Vec<std::ops::Range<usize>>,
}

/// One article analysed: caption terms apart from body terms.
#[derive(Debug, Clone)]
pub struct ArticleAnalysis {
    /// Article id (art-3).
    pub id: String,
    /// 第3条.
    pub label: String,
    /// 見出し without brackets: its own caption or the 共通見出し it shares
    /// (`Article::heading`).
    pub caption: Option<String>,
    /// Terms of the caption.
    pub caption_terms: TermVec,
    /// The paragraphs, in order.
    pub paragraphs: Vec<ParagraphAnalysis>,
    /// Sum of the paragraphs' terms.
    pub terms: TermVec,
    /// A deleted article (第4条　削除): kept so that 前条 and the numbering
    /// read right, but neither evidence, an addition nor a counterpart.
    pub deleted: bool,
    /// `caption` is a 共通見出し printed above an earlier article.
    pub caption_shared: bool,
    /// A 別表 read as an article: its 号 are the table's rows, each with
    /// its own head, and the table as a whole is no one provision.
    pub table: bool,
}

impl ArticleAnalysis {
    /// Whole NFKC text without spaces, for phrase matching.
    pub(crate) fn compact(&self) -> String {
        nfkc(&self.paragraphs.iter().map(|p| p.normalized.as_str()).collect::<Vec<_>>().join("\n"))
    }

    /// Every line of its paragraphs, in order.
    pub(crate) fn lines(&self) -> Vec<String> {
        self.paragraphs.iter().flat_map(|p| p.lines.iter().cloned()).collect()
    }

    /// How paragraph `number` is cited after the article's label: 第N項 in
    /// an article of several, nothing in one of one (「第16条第1項」 would
    /// name a paragraph the text lacks).
    pub(crate) fn cited_paragraph(&self, number: u32) -> Option<u32> {
        (self.paragraphs.len() >= 2).then_some(number)
    }

    /// The lead of the 号 whose line holds `sentence`: the paragraph's own
    /// text, which says what its list lays down (「次に掲げる措置を講ずるよう
    /// 努めなければならない。」). None when `sentence` is in no 号, and in a
    /// 別表, whose rows stand alone.
    pub(crate) fn lead_of_item(&self, sentence: &str) -> Option<&str> {
        if self.table {
            return None;
        }
        self.paragraphs.iter().find_map(|p| {
            let (lead, items) = p.lines.split_first()?;
            items.iter().any(|l| l.contains(sentence)).then_some(lead.as_str())
        })
    }

    /// A general provision (趣旨, 定義, 目的 …) that no catalog item is about.
    /// Only by its own caption: an uncaptioned article after the 定義 may
    /// be a provision whose caption was left out, and setting it aside
    /// would hide what it provides.
    pub(crate) fn is_general(&self) -> bool {
        !self.caption_shared && self.caption.as_deref().is_some_and(terms::is_general_provision)
    }
}

/// Everything the analysis stages need from one regulation, built once.
#[derive(Debug, Clone)]
pub struct TextAnalysis {
    /// Id of the regulation analysed.
    pub regulation_id: String,
    /// Main-provision articles, then checklist standards and the 別表
    /// whose rows lay down measures (as articles).
    pub articles: Vec<ArticleAnalysis>,
    /// Each row of those 別表 as an article of its own (id `appx-1-r3`,
    /// label 別表第1のアクセス制御の項, its head as caption): the unit the
    /// 条文対応表 matches, where the coverage reads the table's rows as 号.
    pub rows: Vec<ArticleAnalysis>,
}

impl TextAnalysis {
    /// Analyses `reg`, tokenizing through `cache`.
    pub fn build(reg: &Regulation, cache: &TokenCache) -> TextAnalysis {
        // Articles in parallel too: a regulation is one task of the build,
        // so a single large one (a 例規集 in one file) would otherwise
        // keep one core busy alone.
        let main: Vec<&Article> = reg.articles().collect();
        let mut articles: Vec<ArticleAnalysis> = main.par_iter().map(|a| analyse_article(a, cache)).collect();
        for s in &reg.standards {
            let has_lead = !s.text.is_empty();
            let para = analyse_paragraph(format!("{}-p1", s.id), 1, standard_lines(s), has_lead, cache);
            articles.push(finish_article(s.id.clone(), s.label(), Some(s.title.clone()), vec![para], cache));
        }
        // A 別表 whose rows lay down measures is read as an article whose
        // 号 are its rows: 「安全管理措置は、別表第1に定めるとおりとする。」
        // leaves every measure to the table.
        let mut rows = Vec::new();
        for a in reg.appendices.iter().filter(|a| a.carries_provisions()) {
            let lines = appendix_lines(a);
            if lines.written.is_empty() {
                continue;
            }
            let para = analyse_paragraph(format!("{}-p1", a.id), 1, lines, false, cache);
            let table = finish_article(a.id.clone(), a.label.clone(), a.title.clone(), vec![para], cache);
            articles.push(ArticleAnalysis { table: true, ..table });
            for row in a.cited_rows() {
                let para =
                    analyse_paragraph(format!("{}-p1", row.id), 1, Lines::with_lead(&row.line(), ""), true, cache);
                rows.push(finish_article(row.id.clone(), row.label.clone(), row.head.clone(), vec![para], cache));
            }
        }
        TextAnalysis { regulation_id: reg.id.clone(), articles, rows }
    }

    /// What the 条文対応表 matches: the articles and standards, and each
    /// row of a 別表 (not the table as a whole).
    pub fn correspondence_units(&self) -> Vec<&ArticleAnalysis> {
        self.articles.iter().filter(|a| !a.table).chain(&self.rows).collect()
    }

    /// The analysed article with this id.
    pub fn article(&self, id: &str) -> Option<&ArticleAnalysis> {
        self.articles.iter().find(|a| a.id == id)
    }
}

/// A paragraph's (or a standard's) lines as written and as analysed (NFKC),
/// and where each 号 is cited (第2号, 第2号イ; None for the lead).
struct Lines {
    written: Vec<String>,
    normalized: Vec<String>,
    cites: Vec<Option<String>>,
    /// A 別表 row's head; None for other lines.
    heads: Vec<Option<String>>,
}

impl Lines {
    fn with_lead(text: &str, normalized: &str) -> Lines {
        let normalized = if normalized.is_empty() { nfkc(text) } else { normalized.to_string() };
        Lines { written: vec![text.to_string()], normalized: vec![normalized], cites: vec![None], heads: vec![None] }
    }

    fn empty() -> Lines {
        Lines { written: Vec::new(), normalized: Vec::new(), cites: Vec::new(), heads: Vec::new() }
    }

    /// Adds the cited items of a list (see `Paragraph::cited_items`).
    fn push_items(&mut self, items: Vec<(&Item, Option<String>)>) {
        for (item, cite) in items {
            self.written.push(format!("{}\u{3000}{}", item.label, item.text));
            self.normalized.push(if item.normalized.is_empty() { nfkc(&item.text) } else { item.normalized.clone() });
            self.cites.push(cite);
            self.heads.push(None);
        }
    }
}

/// A paragraph's lines: its text, then its items.
fn paragraph_lines(p: &Paragraph, items_by_label: bool) -> Lines {
    let mut lines = Lines::with_lead(&p.text, &p.normalized);
    lines.push_items(p.cited_items(items_by_label));
    lines
}

/// A checklist standard's lines: its prose, then its items.
fn standard_lines(s: &Standard) -> Lines {
    let mut lines = if s.text.is_empty() { Lines::empty() } else { Lines::with_lead(&s.text, &s.normalized) };
    lines.push_items(s.cited_items());
    lines
}

/// A 別表's rows as lines, each its head and what it lays down, cited as
/// the row (のアクセス制御の項).
fn appendix_lines(a: &Appendix) -> Lines {
    let mut lines = Lines::empty();
    for row in a.cited_rows() {
        let written = row.line();
        lines.normalized.push(nfkc(&written));
        lines.written.push(written);
        lines.cites.push(Some(row.cite.clone()));
        lines.heads.push(row.head.clone());
    }
    lines
}

/// A paragraph's analysed lines as one text, the form the token cache is
/// asked for (by the analysis and by [`article_token_texts`] alike).
fn joined_lines(lines: &[String]) -> String {
    lines.join("\n")
}

/// The texts the analysis of an article tokenizes, as it asks the run's
/// token cache for them: its caption, then each paragraph with its items.
/// Other stages that need the article's words (the search index) ask for
/// the same texts, so the article is tokenized once.
pub fn article_token_texts(a: &Article) -> Vec<String> {
    let paragraphs = a.paragraphs.iter().map(|p| joined_lines(&paragraph_lines(p, a.is_numbered_plainly()).normalized));
    a.heading().map(nfkc).into_iter().chain(paragraphs).collect()
}

/// [`article_token_texts`] of a checklist standard: its title, then its prose with its items.
pub fn standard_token_texts(s: &Standard) -> Vec<String> {
    vec![nfkc(&s.title), joined_lines(&standard_lines(s).normalized)]
}

/// [`article_token_texts`] of a 別表's row: its head, then its line (as
/// [`TextAnalysis::rows`] reads it).
pub fn row_token_texts(row: &AppendixRow) -> Vec<String> {
    row.head.as_deref().map(nfkc).into_iter().chain([nfkc(&row.line())]).collect()
}

/// The NFKC lines (paragraph text, then items) are joined by newlines and
/// tokenized once, and each line gets its own terms.
fn analyse_paragraph(id: String, number: u32, lines: Lines, has_lead: bool, cache: &TokenCache) -> ParagraphAnalysis {
    let Lines { written: lines, normalized: parts, cites, heads } = lines;
    let normalized = joined_lines(&parts);
    let tokens = cache.tokens(&normalized);
    let skip = stopwords::boilerplate_spans(&normalized);
    let mut terms = TermVec::default();
    let mut segments = Vec::new();
    let mut start = 0;
    for (k, (((part, line), cite), head)) in parts.iter().zip(&lines).zip(cites).zip(heads).enumerate() {
        let range = start..start + part.len();
        start = range.end + 1;
        let mut seg_terms = TermVec::default();
        add_terms(&mut seg_terms, &terms_skipping(tokens_within(&tokens, &range), &skip), 1.0);
        for (t, w) in &seg_terms {
            *terms.entry(*t).or_insert(0.0) += w;
        }
        let label = if k == 0 && has_lead { None } else { line.split('\u{3000}').next().map(str::to_string) };
        let head = head.map(|h| Caption::of(&h, cache));
        segments.push(ParagraphLine { label, cite, line: line.clone(), range, terms: seg_terms, head });
    }
    ParagraphAnalysis { id, number, lines, normalized, tokens, terms, segments, boilerplate: skip }
}

/// The tokens lying wholly inside `range`: tokens are in text order and do
/// not overlap, so they are one run of the slice.
pub(crate) fn tokens_within<'t>(tokens: &'t [Token], range: &std::ops::Range<usize>) -> &'t [Token] {
    let first = tokens.partition_point(|t| t.start < range.start);
    let len = tokens[first..].partition_point(|t| t.end <= range.end);
    &tokens[first..first + len]
}

fn finish_article(
    id: String,
    label: String,
    caption: Option<String>,
    paragraphs: Vec<ParagraphAnalysis>,
    cache: &TokenCache,
) -> ArticleAnalysis {
    let caption_terms = caption.as_deref().map(|c| Caption::of(c, cache).terms).unwrap_or_default();
    let mut terms = TermVec::default();
    for p in &paragraphs {
        for (t, w) in &p.terms {
            *terms.entry(*t).or_insert(0.0) += w;
        }
    }
    ArticleAnalysis {
        id,
        label,
        caption,
        caption_terms,
        paragraphs,
        terms,
        deleted: false,
        caption_shared: false,
        table: false,
    }
}

fn analyse_article(a: &Article, cache: &TokenCache) -> ArticleAnalysis {
    let paragraphs = a
        .paragraphs
        .iter()
        .map(|p| analyse_paragraph(p.id.clone(), p.number, paragraph_lines(p, a.is_numbered_plainly()), true, cache))
        .collect();
    let article = finish_article(a.id.clone(), a.label.clone(), a.heading().map(str::to_string), paragraphs, cache);
    ArticleAnalysis {
        deleted: a.is_deleted(),
        caption_shared: a.caption.is_none() && a.common_caption.is_some(),
        ..article
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        let norm = nfkc(text);
        terms_of(&norm, &tokens::tokenize(&norm)).into_iter().map(|(t, _)| t.as_str().to_string()).collect()
    }

    /// A build that holds a text's compact tokens while another build (a
    /// test, a `serve` rebuild) clears the cache must still read the same
    /// parts of speech and base forms from them.
    #[test]
    fn tokens_held_across_a_clear_keep_their_kinds() {
        let cache = TokenCache::new();
        // One piece (no 、 inside), so its slot holds the whole text's tokens.
        let held_text = "個人情報を取り扱う職員は研修を受けなければならない。";
        let before = cache.tokens(held_text);
        let held = cache.texts.lock().unwrap()[held_text].clone();
        let generation = cache.generation();
        cache.clear();
        // Every text is forgotten at once, though freed on another thread.
        assert!(cache.is_empty() && cache.generation() == generation + 1);
        // Other words fill the details table first after the clear.
        cache.tokens("電子計算組織の管理者は、記録媒体を施錠できる保管庫に保管する。");
        let table = cache.kinds.read().unwrap();
        let after: Vec<Token> = held.get().unwrap().iter().map(|c| table.expand(c, 0)).collect();
        assert_eq!(*before, after);
    }

    /// A word read as two parts of speech is two kinds; the same reading is one.
    #[test]
    fn token_kinds_are_interned_by_value() {
        let mut table = KindTable::default();
        let word = tokens::tokenize("取り扱う")[0];
        let same = table.compact(&[word, Token { start: 10, end: 22, ..word }]);
        assert_eq!(same[0].kind, same[1].kind);
        let as_noun = table.compact(&[Token { pos: PartOfSpeech::Noun, ..word }]);
        assert_ne!(as_noun[0].kind, same[0].kind);
        assert_eq!(table.expand(&same[1], 0), Token { start: 10, end: 22, ..word });
        assert_eq!(table.expand(&same[1], 5), Token { start: 15, end: 27, ..word });
        assert_eq!(table.expand(&as_noun[0], 0).pos, PartOfSpeech::Noun);
    }

    #[test]
    fn compounds_are_kept_with_their_parts() {
        let t = terms("アクセス記録を一定の期間保存する");
        assert!(t.contains(&"アクセス記録".to_string()), "{t:?}");
        assert!(t.contains(&"アクセス".to_string()));
        assert!(t.contains(&"記録".to_string()));
        assert!(t.contains(&"保存".to_string()));
    }

    #[test]
    fn scope_suffix_and_boilerplate_are_folded_away() {
        let t = terms("保護管理者は、保有個人情報等の暗号化のために必要な措置を講ずるものとする。");
        assert!(t.contains(&"保有個人情報".to_string()), "{t:?}");
        assert!(!t.iter().any(|w| w == "措置" || w == "講ずる" || w == "必要"), "{t:?}");
        assert!(t.contains(&"暗号化".to_string()) || t.contains(&"暗号".to_string()));
    }

    #[test]
    fn cache_gives_back_the_tokens_it_was_given() {
        let cache = TokenCache::new();
        let text = "保護管理者は、保有個人情報等を取り扱う端末の盗難防止を講ずる";
        let a = cache.tokens(text);
        let b = cache.tokens(text);
        assert_eq!(*a, tokens::tokenize(text));
        assert_eq!(a, b);
        // Two pieces: up to 、 and the rest.
        assert_eq!(cache.len(), 2);
        assert!(a.iter().any(|t| t.surface == "講ずる" && t.base == "講ずる" && t.pos == PartOfSpeech::Verb));
    }
}
