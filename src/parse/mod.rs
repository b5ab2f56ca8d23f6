//! Text → model: numerals, structure, diagnostics.
//!
//! Shape: `lines::preprocess` cleans markup and splits collapsed text,
//! `lines::classify` names each line (章, 条, 項, 号, 見出し, 附則, 別表 …),
//! and the `Builder` below is a small state machine that places each line in
//! the model. `checks` then adds the numbering/目次/script diagnostics.
//!
//! Rules (general, not tuned to one city):
//! - Markup: HTML block tags split lines, other tags and entities are
//!   stripped, `<table>` rows become tab rows; markdown bullets (`- `),
//!   headings and `**bold**` are stripped; PDF page numbers (`- 3 -`) dropped.
//! - Collapsed text: a line is split after each 。 that is followed by the
//!   start of a unit (（見出し）第N条, 第N章, 附則, a paragraph number), and in
//!   such lines also before `(1) (2) …` runs and a mid-line 附則.
//! - Labels: 第N条(のM), 第N章/節 in kanji, full-width or half-width digits;
//!   第N款/編 are recognised and left out; 「第3条の規定」「第3条第2項」 are
//!   references, not articles.
//! - 見出し: a whole-line （…） before an article (also （見出し）第N条 on one line
//!   and 第N条（見出し） inline). Lines between a 見出し and its article are
//!   dropped with `stray-caption`.
//! - 項: the article line is paragraph 1; `2 …` / `２　…` start the next.
//!   号: (1) （１） ⑴ 1) 一 イ/ア (ア) ① ・ — a label style already open is a
//!   sibling, a new style nests under the current item; イ starts イロハ, ア アイウ.
//! - Joining: any other line continues the innermost open element (item,
//!   paragraph, standard text) with no separator, so page-break splits
//!   (「規則第\n\n3条」) rejoin; blank lines do not end a paragraph.
//! - 目次: after 目次, or a first heading with an article range （第1条―第3条）;
//!   it ends when a heading repeats (節 keyed by their 章). If an article
//!   comes first, the ranged headings were the body's own.
//! - Standards: `N title` lines before any article (checklists such as
//!   札幌市's 基準) become `Standard`s with their items.
//! - 附則/付則 with date and instrument from the bracket; unnumbered text is
//!   paragraph 1; 附則 articles get `suppl-N-art-M` ids. After a finished 附則
//!   sentence, a line that is not a sentence (or a web line: このページ, 電話,
//!   PDF …) starts a web trailer, dropped with `dropped-text`.
//! - 別表/別記/様式: heading with （…関係）, first text line = title, tab/pipe/HTML
//!   rows = `rows`.
//! - 沿革 notes （令5訓令1・一部改正） on their own line or ending a paragraph go
//!   to `Article::notes`.
//!
//! Diagnostic codes: `numbering-gap`, `numbering-duplicate` (章, 節, 条, 項, 号,
//! standards), `stray-caption`, `toc-mismatch`, `dropped-text`,
//! `foreign-script`, `empty-article`. All are warnings.
pub mod checks;
pub mod lines;
/// Numerals are a text primitive ([`crate::text::numerals`]); the old path stays.
pub use crate::text::numerals;

use std::collections::HashSet;
use std::path::Path;

use anyhow::Result;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::{
    Appendix, Article, Chapter, Diagnostic, DiagnosticCode, Item, Line, Meta, Number, Paragraph, Regulation, Section,
    Severity, Standard, Supplementary, TocEntry,
};
use crate::source::{self, LoadError, SourceText};
use crate::text::normalize::{nfkc, normalize};
use crate::text::numerals::{article_label, kana_position, number_id, number_label, AIUEO, IROHA};
use lines::{classify, HeadingLevel, ItemStyle, Kind, SourceLine};

/// Reads and parses one regulation file of at most `max_bytes` (see
/// [`source::read_file`]).
pub fn load_file_limited(path: &Path, max_bytes: u64) -> Result<Regulation> {
    parse_source(source::read_file(path, max_bytes)?)
}

/// Reads and parses one regulation file of at most
/// [`source::DEFAULT_MAX_FILE_BYTES`].
pub fn load_file(path: &Path) -> Result<Regulation> {
    load_file_limited(path, source::DEFAULT_MAX_FILE_BYTES)
}

/// Parses text already in memory, front matter and all (tests, 改め文's
/// added provisions).
pub fn load_str(path: &str, text: &str) -> Result<Regulation> {
    parse_source(source::read_str(path, text)?)
}

/// Turns a source's text into a `Regulation`: the one place a regulation is
/// parsed. Errors (with file and line) when the text has neither articles
/// nor numbered standards; everything else odd in the text becomes a
/// warning in `Regulation::diagnostics`, followed by the source's own
/// (conversion) warnings.
pub fn parse_source(source: SourceText) -> Result<Regulation> {
    let SourceText { path, id, meta, text, first_line, warnings } = source;
    let mut builder = Builder::new(&path, id, meta);
    for line in lines::preprocess(&text, first_line) {
        builder.feed(line);
    }
    let mut reg = builder.finish();
    if reg.articles().next().is_none()
        && reg.standards.is_empty()
        && reg.supplementary.iter().all(|s| s.articles.is_empty())
    {
        let (code, why) = if text.trim().is_empty() {
            (DiagnosticCode::Empty, "本文が空です")
        } else {
            (
                DiagnosticCode::NotARegulation,
                "条（第1条 …）も番号付きの基準項目も見つからないため、例規として読めません",
            )
        };
        return Err(LoadError::new(&path, Some(first_line), code, why));
    }
    checks::foreign_script(&mut reg, &text, first_line);
    if let Some((line, count, tag)) = lines::stripped_markup(&text, first_line) {
        reg.diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            code: DiagnosticCode::MarkupStripped,
            file: reg.path.clone(),
            line,
            message: format!(
                "本文から HTML タグを除きました（{tag} など {count} 行）。表示が元の文書と違うときは確かめてください"
            ),
        });
    }
    checks::run(&mut reg);
    fill_meta_from_text(&mut reg);
    reg.diagnostics.extend(warnings);
    Ok(reg)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Preamble,
    Toc,
    Body,
    Supplementary,
    Appendix,
    /// Web-page text after the regulation: dropped.
    Trailer,
}

/// Where text and numbered lines currently go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Nothing,
    Article,
    SupplArticle,
    SupplText,
    Standard,
    Appendix,
}

struct Builder {
    reg: Regulation,
    mode: Mode,
    target: Target,
    /// Labels seen in the 目次; seeing one again means the body has begun.
    toc_labels: HashSet<String>,
    /// The 章 the 目次 is currently listing.
    toc_chapter: String,
    /// The 目次 began with a 目次 heading.
    toc_had_heading: bool,
    /// A caption line waiting for its article, with lines seen since.
    caption: Option<SourceLine>,
    stray: Vec<SourceLine>,
    /// Styles of the open item levels, outermost first.
    items: Vec<ItemStyle>,
    /// The last text placed ended a sentence.
    sentence_done: bool,
    trailer: Vec<SourceLine>,
    ids: HashSet<String>,
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['）', ')', '」', '』']);
    t.ends_with('。') || t.ends_with('．')
}

impl Builder {
    fn new(path: &str, id: String, meta: Meta) -> Builder {
        Builder {
            reg: Regulation { id, path: path.to_string(), meta, ..Default::default() },
            mode: Mode::Preamble,
            target: Target::Nothing,
            toc_labels: HashSet::new(),
            toc_chapter: String::new(),
            toc_had_heading: false,
            caption: None,
            stray: Vec::new(),
            items: Vec::new(),
            sentence_done: false,
            trailer: Vec::new(),
            ids: HashSet::new(),
        }
    }

    fn warn(&mut self, code: DiagnosticCode, line: usize, message: String) {
        self.reg.diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            code,
            file: self.reg.path.clone(),
            line,
            message,
        });
    }

    /// A unique id: `base`, else `base-dup2`, `base-dup3` …
    fn unique_id(&mut self, base: String) -> String {
        if self.ids.insert(base.clone()) {
            return base;
        }
        (2..).map(|k| format!("{base}-dup{k}")).find(|id| self.ids.insert(id.clone())).unwrap()
    }

    fn feed(&mut self, line: SourceLine) {
        if lines::is_table_separator(&line.text) {
            return;
        }
        let kind = classify(&line.text);
        if self.mode == Mode::Trailer {
            if !matches!(kind, Kind::Appendix { .. }) {
                self.trailer.push(line);
                return;
            }
            self.end_trailer();
            self.mode = Mode::Appendix;
        }
        if self.mode == Mode::Toc && self.toc_line(&kind, &line) {
            return;
        }
        // A pending caption collects the lines up to its article.
        if self.caption.is_some() {
            match &kind {
                Kind::Text | Kind::TableRow(_) => {
                    self.stray.push(line);
                    return;
                }
                Kind::Article { .. } | Kind::Caption(_) => {}
                // 附則 paragraphs carry captions too (（経過措置）\n２ …); the model
                // has no paragraph caption, so the heading is left out.
                Kind::Paragraph { .. } if self.target == Target::SupplText && self.stray.is_empty() => {
                    self.caption = None;
                }
                _ => self.release_caption(),
            }
        }
        match kind {
            Kind::TocHeading if !self.seen_body() => {
                self.mode = Mode::Toc;
                self.toc_had_heading = true;
            }
            Kind::Heading { level, number, title, range } => {
                if self.mode == Mode::Appendix {
                    self.add_text(&line);
                } else if range.is_some() && !self.seen_content() {
                    // A 目次 without its heading; headings read so far were its first entries.
                    self.reopen_as_toc();
                    self.mode = Mode::Toc;
                    self.toc_line(&Kind::Heading { level, number, title, range }, &line);
                } else {
                    self.start_heading(level, number, title, line.line);
                }
            }
            Kind::Article { number, caption, text } => {
                if self.mode == Mode::Appendix {
                    self.add_text(&line);
                } else {
                    self.start_article(number, caption, text, line.line);
                }
            }
            // "（案）" under a title is part of the title block, not a caption.
            Kind::Caption(inner) if self.mode == Mode::Preamble && inner.starts_with('案') => self.add_text(&line),
            Kind::Caption(_) => {
                if self.mode == Mode::Appendix {
                    self.add_text(&line);
                } else {
                    if self.caption.is_some() {
                        self.release_caption();
                    }
                    self.caption = Some(line);
                }
            }
            Kind::Note(note) => match self.article_mut() {
                Some(article) => article.notes.push(note),
                None => self.add_text(&line),
            },
            Kind::Paragraph { number, text } => self.paragraph(number, text, &line),
            Kind::Item { style, label, number, kana, text } => self.item(style, label, number, kana, text, &line),
            Kind::Supplementary { bracket } => self.start_supplementary(&line, bracket),
            Kind::Appendix { label, relation, title } => self.start_appendix(label, relation, title, line.line),
            Kind::TableRow(cells) => {
                if self.target == Target::Appendix {
                    if let Some(appx) = self.reg.appendices.last_mut() {
                        appx.rows.push(cells);
                    }
                } else {
                    let joined = SourceLine { text: cells.join(" "), ..line };
                    self.add_text(&joined);
                }
            }
            Kind::WebTrailer if self.seen_body() => self.start_trailer(line),
            Kind::MinorHeading => {}
            Kind::DeletedArticles(numbers) => {
                if self.mode == Mode::Appendix {
                    self.add_text(&line);
                } else {
                    for number in numbers {
                        self.start_article(number, None, "削除".to_string(), line.line);
                    }
                }
            }
            Kind::TocHeading | Kind::WebTrailer | Kind::Text => self.text_line(line),
        }
    }

    /// Articles, standards or 附則 read so far.
    fn seen_content(&self) -> bool {
        self.seen_article() || !self.reg.standards.is_empty() || !self.reg.supplementary.is_empty()
    }

    /// Turns the (article-less) 章/節 read so far into 目次 entries.
    fn reopen_as_toc(&mut self) {
        for chapter in std::mem::take(&mut self.reg.chapters) {
            self.ids.remove(&chapter.id);
            if chapter.number.is_some() {
                self.toc_chapter = chapter.label.clone();
                self.toc_labels.insert(chapter.label.clone());
                self.reg.toc.push(TocEntry {
                    label: chapter.label,
                    title: chapter.title,
                    range: None,
                    line: chapter.line,
                });
            }
            for section in chapter.sections {
                self.ids.remove(&section.id);
                if section.number.is_some() {
                    self.toc_labels.insert(format!("{}{}", self.toc_chapter, section.label));
                    self.reg.toc.push(TocEntry {
                        label: section.label,
                        title: section.title,
                        range: None,
                        line: section.line,
                    });
                }
            }
        }
    }

    fn seen_body(&self) -> bool {
        !self.reg.chapters.is_empty() || !self.reg.standards.is_empty() || !self.reg.supplementary.is_empty()
    }

    /// Handles a line inside the 目次; false when the 目次 has ended and the
    /// line must be processed as body.
    fn toc_line(&mut self, kind: &Kind, line: &SourceLine) -> bool {
        let (label, title, range) = match kind {
            Kind::TocHeading | Kind::MinorHeading => return true,
            Kind::Heading { level, number, title, range } => {
                let unit = if *level == HeadingLevel::Chapter { "章" } else { "節" };
                (format!("第{}", number_label(number, unit)), title.clone(), range.clone())
            }
            Kind::Supplementary { .. } => (nfkc(&line.text), String::new(), None),
            Kind::Appendix { label, title, .. } => (nfkc(label), title.clone().unwrap_or_default(), None),
            Kind::Text | Kind::Caption(_) => {
                // A wrapped 目次 title.
                if let Some(last) = self.reg.toc.last_mut() {
                    last.title.push_str(&line.text);
                }
                return true;
            }
            Kind::Article { .. } => {
                // No heading repeated the 目次: the entries were the body's own
                // headings (written with article ranges), so the ones just
                // above this article head it.
                if !self.toc_closed_by_repeat() {
                    self.restore_headings_from_toc();
                }
                self.mode = Mode::Body;
                return false;
            }
            _ => {
                self.mode = Mode::Body;
                return false;
            }
        };
        // The body repeats a heading of the 目次 (節 are keyed by their 章).
        let key = match kind {
            Kind::Heading { level: HeadingLevel::Chapter, .. } => {
                self.toc_chapter = label.clone();
                label.clone()
            }
            Kind::Heading { .. } => format!("{}{label}", self.toc_chapter),
            _ => label.clone(),
        };
        if self.toc_labels.contains(&key) {
            self.mode = Mode::Body;
            return false;
        }
        self.toc_labels.insert(key);
        self.reg.toc.push(TocEntry { label, title, range, line: line.line });
        true
    }

    /// True when a 目次 heading opened the 目次 (then its end is a repeated heading).
    fn toc_closed_by_repeat(&self) -> bool {
        self.toc_had_heading
    }

    /// Moves the 目次 entries from the last 章 on back into the body as headings.
    fn restore_headings_from_toc(&mut self) {
        let Some(start) = self.reg.toc.iter().rposition(|e| e.label.ends_with('章')) else { return };
        let entries = self.reg.toc.split_off(start);
        for e in entries {
            let (level, unit) =
                if e.label.ends_with('章') { (HeadingLevel::Chapter, '章') } else { (HeadingLevel::Section, '節') };
            let inner = e.label.trim_start_matches('第').replacen(unit, "", 1);
            let mut parts = inner.split('の').map(numerals::parse_number);
            let Some(Some(main)) = parts.next() else { continue };
            let branches: Vec<u32> = parts.flatten().collect();
            self.start_heading(level, Number { main, branches }, e.title, e.line);
        }
    }

    fn release_caption(&mut self) {
        if let Some(caption) = self.caption.take() {
            self.add_text(&caption);
            for line in std::mem::take(&mut self.stray) {
                self.add_text(&line);
            }
        }
    }

    fn start_heading(&mut self, level: HeadingLevel, number: Number, title: String, line: usize) {
        self.mode = Mode::Body;
        self.target = Target::Nothing;
        self.items.clear();
        match level {
            HeadingLevel::Chapter => {
                let id = self.unique_id(format!("chap-{}", number_id(&number)));
                self.reg.chapters.push(Chapter {
                    id,
                    label: format!("第{}", number_label(&number, "章")),
                    number: Some(number),
                    title,
                    line,
                    sections: Vec::new(),
                });
            }
            HeadingLevel::Section => {
                self.ensure_chapter(line);
                let chap_id = self.reg.chapters.last().unwrap().id.clone();
                let id = self.unique_id(format!("{chap_id}-sec-{}", number_id(&number)));
                self.reg.chapters.last_mut().unwrap().sections.push(Section {
                    id,
                    label: format!("第{}", number_label(&number, "節")),
                    number: Some(number),
                    title,
                    line,
                    articles: Vec::new(),
                });
            }
        }
    }

    fn ensure_chapter(&mut self, line: usize) {
        if self.reg.chapters.is_empty() {
            let id = self.unique_id("chap-0".to_string());
            self.reg.chapters.push(Chapter { id, line, ..Default::default() });
        }
    }

    fn ensure_section(&mut self, line: usize) {
        self.ensure_chapter(line);
        if self.reg.chapters.last().unwrap().sections.is_empty() {
            let chap_id = self.reg.chapters.last().unwrap().id.clone();
            let id = self.unique_id(format!("{chap_id}-sec-0"));
            self.reg.chapters.last_mut().unwrap().sections.push(Section { id, line, ..Default::default() });
        }
    }

    fn start_article(&mut self, number: Number, inline_caption: Option<String>, text: String, line: usize) {
        let pending = self.caption.take();
        let stray = std::mem::take(&mut self.stray);
        let label = article_label(&number);
        if let Some(c) = &pending {
            if !stray.is_empty() {
                let dropped: Vec<&str> = stray.iter().map(|l| l.text.as_str()).collect();
                self.warn(DiagnosticCode::StrayCaption,
                    c.line,
                    format!(
                        "見出し「{}」と{label}の間に条文に属さない行があります（{}行目）。見出しは{label}に付け、間の行「{}」は本文から除きました",
                        c.text,
                        stray.iter().map(|l| l.line.to_string()).collect::<Vec<_>>().join("・"),
                        shorten(&dropped.join(""), 40)
                    ),
                );
            }
        }
        let caption = match (inline_caption, pending) {
            (Some(inline), _) => Some(inline),
            (None, Some(c)) => match classify(&c.text) {
                Kind::Caption(inner) => Some(inner),
                _ => None,
            },
            (None, None) => None,
        };
        let in_suppl = matches!(self.mode, Mode::Supplementary) && !self.reg.supplementary.is_empty();
        let base = if in_suppl {
            format!("{}-art-{}", self.reg.supplementary.last().unwrap().id, number_id(&number))
        } else {
            format!("art-{}", number_id(&number))
        };
        let id = self.unique_id(base);
        let article = Article {
            paragraphs: vec![Paragraph { id: format!("{id}-p1"), number: 1, text, line, ..Default::default() }],
            id,
            number,
            label,
            caption,
            notes: Vec::new(),
            line,
        };
        if in_suppl {
            self.reg.supplementary.last_mut().unwrap().articles.push(article);
            self.target = Target::SupplArticle;
        } else {
            self.mode = Mode::Body;
            self.ensure_section(line);
            self.reg.chapters.last_mut().unwrap().sections.last_mut().unwrap().articles.push(article);
            self.target = Target::Article;
        }
        self.items.clear();
        self.sentence_done = false;
    }

    fn article_mut(&mut self) -> Option<&mut Article> {
        match self.target {
            Target::Article => self.reg.chapters.last_mut()?.sections.last_mut()?.articles.last_mut(),
            Target::SupplArticle => self.reg.supplementary.last_mut()?.articles.last_mut(),
            _ => None,
        }
    }

    fn paragraphs_mut(&mut self) -> Option<&mut Vec<Paragraph>> {
        match self.target {
            Target::Article | Target::SupplArticle => Some(&mut self.article_mut()?.paragraphs),
            Target::SupplText => Some(&mut self.reg.supplementary.last_mut()?.paragraphs),
            _ => None,
        }
    }

    /// The list the outermost items go into, with the id prefix of its items.
    fn item_root(&mut self) -> Option<(&mut Vec<Item>, String)> {
        match self.target {
            Target::Standard => {
                let std = self.reg.standards.last_mut()?;
                Some((&mut std.items, std.id.clone()))
            }
            _ => {
                let para = self.paragraphs_mut()?.last_mut()?;
                Some((&mut para.items, para.id.clone()))
            }
        }
    }

    /// The sibling list at `depth` (0 = outermost) and the id of its parent.
    fn item_list(&mut self, depth: usize) -> Option<(&mut Vec<Item>, String, bool)> {
        let (mut list, mut parent_id) = self.item_root()?;
        let mut nested = false;
        for _ in 0..depth {
            let last = list.last_mut()?;
            parent_id = last.id.clone();
            list = &mut last.children;
            nested = true;
        }
        Some((list, parent_id, nested))
    }

    fn paragraph(&mut self, number: u32, text: String, line: &SourceLine) {
        match self.target {
            Target::Article | Target::SupplArticle | Target::SupplText => {
                self.items.clear();
                self.sentence_done = ends_sentence(&text);
                let paras = self.paragraphs_mut().unwrap();
                // "第1条" alone on its line, then "1 …".
                if number == 1 && paras.len() == 1 && paras[0].text.is_empty() && paras[0].items.is_empty() {
                    paras[0].text = text;
                    paras[0].line = line.line;
                    return;
                }
                let prefix = match self.target {
                    Target::SupplText => self.reg.supplementary.last().unwrap().id.clone(),
                    _ => self.article_mut().unwrap().id.clone(),
                };
                let paras = self.paragraphs_mut().unwrap();
                let mut id = format!("{prefix}-p{number}");
                if paras.iter().any(|p| p.id == id) {
                    id = format!("{id}-dup{}", paras.len() + 1);
                }
                paras.push(Paragraph { id, number, text, line: line.line, ..Default::default() });
            }
            Target::Appendix => self.add_text(line),
            Target::Standard | Target::Nothing if !self.seen_article() && self.mode != Mode::Supplementary => {
                self.start_standard(number, text, line.line)
            }
            _ => self.text_line(line.clone()),
        }
    }

    fn seen_article(&self) -> bool {
        self.reg.articles().next().is_some()
    }

    fn start_standard(&mut self, number: u32, title: String, line: usize) {
        let id = self.unique_id(format!("std-{number}"));
        self.reg.standards.push(Standard { id, number, title, line, ..Default::default() });
        self.mode = Mode::Body;
        self.target = Target::Standard;
        self.items.clear();
        self.sentence_done = false;
    }

    fn item(
        &mut self,
        style: ItemStyle,
        label: String,
        number: Option<u32>,
        kana: Option<char>,
        text: String,
        line: &SourceLine,
    ) {
        match self.target {
            Target::Article | Target::SupplArticle | Target::SupplText | Target::Standard => {}
            _ => return self.text_line(line.clone()),
        }
        if self.target == Target::SupplText && self.reg.supplementary.last().is_some_and(|s| s.paragraphs.is_empty()) {
            let s = self.reg.supplementary.last_mut().unwrap();
            let id = format!("{}-p1", s.id);
            s.paragraphs.push(Paragraph { id, number: 1, line: line.line, ..Default::default() });
        }
        // Katakana lists: イロハ unless the list began with ア.
        let (style, number) = match kana {
            Some(ch) => {
                let style = if self.items.contains(&ItemStyle::KanaIroha) {
                    ItemStyle::KanaIroha
                } else if self.items.contains(&ItemStyle::KanaAiueo) || ch == 'ア' {
                    ItemStyle::KanaAiueo
                } else {
                    ItemStyle::KanaIroha
                };
                let order = if style == ItemStyle::KanaIroha { IROHA } else { AIUEO };
                (style, kana_position(order, ch))
            }
            None => (style, number),
        };
        let depth = match self.items.iter().position(|s| *s == style) {
            Some(d) => {
                self.items.truncate(d + 1);
                d
            }
            None => {
                self.items.push(style);
                self.items.len() - 1
            }
        };
        let Some((list, parent_id, nested)) = self.item_list(depth) else {
            self.items.clear();
            return self.text_line(line.clone());
        };
        let number = number.unwrap_or(list.len() as u32 + 1);
        let mut id = if nested { format!("{parent_id}-{number}") } else { format!("{parent_id}-i{number}") };
        if list.iter().any(|i| i.id == id) {
            id = format!("{id}-dup{}", list.len() + 1);
        }
        let done = ends_sentence(&text);
        list.push(Item { id, label, number, text, line: line.line, ..Default::default() });
        self.sentence_done = done;
    }

    fn start_supplementary(&mut self, line: &SourceLine, bracket: Option<String>) {
        static INSTRUMENT: Lazy<Regex> =
            Lazy::new(|| Regex::new(r"([^（）()、・\s\u{3000}]*第[0-9０-９一二三四五六七八九十百]+号)").unwrap());
        let n = self.reg.supplementary.len() + 1;
        let id = self.unique_id(format!("suppl-{n}"));
        let (date, instrument) = match &bracket {
            Some(b) => {
                // The enactment date is the first one written out in full.
                let date = crate::text::era::era_dates(b).find(|d| d.complete);
                let after = date.as_ref().map_or(b.as_str(), |d| &b[d.range.end..]);
                (date.map(|d| b[d.range].to_string()), INSTRUMENT.captures(after).map(|c| c[1].to_string()))
            }
            None => (None, None),
        };
        self.reg.supplementary.push(Supplementary {
            id,
            heading: nfkc(&line.text),
            date,
            instrument,
            line: line.line,
            ..Default::default()
        });
        self.mode = Mode::Supplementary;
        self.target = Target::SupplText;
        self.items.clear();
        self.sentence_done = false;
    }

    fn start_appendix(&mut self, label: String, relation: Option<String>, title: Option<String>, line: usize) {
        let id = self.unique_id(format!("appx-{}", self.reg.appendices.len() + 1));
        self.reg.appendices.push(Appendix { id, label: nfkc(&label), relation, title, line, ..Default::default() });
        self.mode = Mode::Appendix;
        self.target = Target::Appendix;
        self.items.clear();
    }

    fn start_trailer(&mut self, line: SourceLine) {
        self.mode = Mode::Trailer;
        self.trailer.push(line);
    }

    fn end_trailer(&mut self) {
        let trailer = std::mem::take(&mut self.trailer);
        if let (Some(first), Some(last)) = (trailer.first(), trailer.last()) {
            self.warn(
                DiagnosticCode::DroppedText,
                first.line,
                format!(
                    "例規の本文ではない行（{}〜{}行目、{}行: 「{}」…）を除外しました",
                    first.line,
                    last.line,
                    trailer.len(),
                    shorten(&first.text, 30)
                ),
            );
        }
    }

    /// An unstructured line: continuation text, preamble, or the start of a
    /// web trailer after the last 附則.
    fn text_line(&mut self, line: SourceLine) {
        if self.mode == Mode::Supplementary && self.sentence_done && !ends_sentence(&line.text) {
            // After a complete 附則 sentence, a line that is not a sentence is
            // page furniture (links, contact addresses), not regulation text.
            return self.start_trailer(line);
        }
        self.add_text(&line);
    }

    /// Appends text to the innermost open element.
    fn add_text(&mut self, line: &SourceLine) {
        let text = line.text.as_str();
        if self.mode == Mode::Preamble || self.mode == Mode::Toc {
            self.reg.preamble.push(Line { line: line.line, text: text.to_string() });
            return;
        }
        let done = ends_sentence(text);
        match self.target {
            Target::Appendix => {
                let appx = self.reg.appendices.last_mut().unwrap();
                if appx.title.is_none() && appx.rows.is_empty() && appx.text.is_empty() {
                    appx.title = Some(text.to_string());
                } else {
                    appx.text.push(text.to_string());
                }
            }
            Target::Standard if self.items.is_empty() => {
                let std = self.reg.standards.last_mut().unwrap();
                if !std.text.is_empty() {
                    std.text.push('\n');
                }
                std.text.push_str(text);
            }
            Target::Nothing => {
                self.warn(
                    DiagnosticCode::DroppedText,
                    line.line,
                    format!("どの条にも属さない行を除外しました: 「{}」", shorten(text, 40)),
                );
            }
            _ => {
                let depth = self.items.len();
                if depth > 0 {
                    if let Some((list, _, _)) = self.item_list(depth - 1) {
                        if let Some(item) = list.last_mut() {
                            item.text.push_str(text);
                            self.sentence_done = done;
                            return;
                        }
                    }
                }
                let suppl_id = self.reg.supplementary.last().map(|s| s.id.clone());
                if let Some(paras) = self.paragraphs_mut() {
                    match paras.last_mut() {
                        Some(p) => p.text.push_str(text),
                        None => paras.push(Paragraph {
                            id: format!("{}-p1", suppl_id.unwrap_or_default()),
                            number: 1,
                            text: text.to_string(),
                            line: line.line,
                            ..Default::default()
                        }),
                    }
                }
            }
        }
        self.sentence_done = done;
    }

    fn finish(mut self) -> Regulation {
        self.release_caption();
        self.end_trailer();
        let mut reg = self.reg;
        for chapter in &mut reg.chapters {
            for section in &mut chapter.sections {
                section.articles.iter_mut().for_each(finish_article);
            }
        }
        for suppl in &mut reg.supplementary {
            suppl.articles.iter_mut().for_each(finish_article);
            suppl.paragraphs.iter_mut().for_each(|p| finish_paragraph(p, &mut Vec::new()));
        }
        for std in &mut reg.standards {
            std.normalized = normalize(&std.text);
            std.items.iter_mut().for_each(|i| finish_item(i, &mut Vec::new()));
        }
        reg
    }
}

/// Moves trailing 沿革 notes into `notes` and fills `normalized`.
fn finish_article(article: &mut Article) {
    let mut notes = Vec::new();
    for p in &mut article.paragraphs {
        finish_paragraph(p, &mut notes);
    }
    article.notes.splice(0..0, notes);
}

fn finish_paragraph(p: &mut Paragraph, notes: &mut Vec<String>) {
    if let Some((text, note)) = lines::split_trailing_note(&p.text) {
        p.text = text;
        notes.push(note);
    }
    p.normalized = normalize(&p.text);
    for item in &mut p.items {
        finish_item(item, notes);
    }
}

fn finish_item(item: &mut Item, notes: &mut Vec<String>) {
    if let Some((text, note)) = lines::split_trailing_note(&item.text) {
        item.text = text;
        notes.push(note);
    }
    item.normalized = normalize(&item.text);
    for child in &mut item.children {
        finish_item(child, notes);
    }
}

/// First `max` characters, with … when cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max).collect();
    s.push('…');
    s
}

/// Title and kind from the text when the front matter gives none.
fn fill_meta_from_text(reg: &mut Regulation) {
    if reg.meta.title.is_none() {
        let title = reg
            .preamble
            .iter()
            .map(|l| l.text.trim_start_matches(['○', '◯', '●', '■', '◎']).trim())
            .find(|t| lines::is_title_like(t))
            .map(str::to_string);
        reg.meta.title = title;
    }
    if reg.meta.kind.is_none() {
        reg.meta.kind = reg.meta.title.as_deref().and_then(crate::text::kinds::kind_of_title).map(str::to_string);
    }
    if reg.meta.date_wareki.is_none() && reg.meta.date.is_none() {
        if let Some((written, iso)) = reg.preamble.iter().find_map(|l| crate::text::era::date_line(l.text.trim())) {
            reg.meta.date_wareki = Some(written);
            reg.meta.date = Some(iso);
        }
    }
}
