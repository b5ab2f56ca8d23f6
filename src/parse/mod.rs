//! Text → model: numerals, structure, diagnostics.
//!
//! Shape: `lines::preprocess` cleans markup and splits collapsed text,
//! `classify::classify` names each line (章, 条, 項, 号, 見出し, 附則, 別表 …),
//! and the `Builder` below is a small state machine that places each line in
//! the model. `checks` then adds the numbering/目次/script diagnostics.
//!
//! Rules (general, not tuned to one city):
//! - Markup: HTML block tags split lines, other tags and entities are
//!   stripped, `<table>` rows become tab rows; markdown bullets (`- `),
//!   headings and `**bold**` are stripped; PDF page numbers (`- 3 -`) and
//!   the running header and footer of a PDF's pages are dropped.
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
//!   号: (1) （１） ⑴ 1) 一 イ/ア (ア) ① 1.1 1.1.1 ・ — a label style already open is a
//!   sibling, a new style nests under the current item; イ starts イロハ, ア アイウ.
//! - Joining: any other line continues the innermost open element (item,
//!   paragraph, standard text) with no separator, so page-break splits
//!   (「規則第\n\n3条」) rejoin; blank lines do not end a paragraph.
//! - 目次: after 目次, or a first heading with an article range （第1条―第3条）;
//!   it ends when a heading repeats (節 keyed by their 章). If an article
//!   comes first, the ranged headings were the body's own.
//! - Standards: `N title` lines before any article (checklists such as
//!   札幌市's 基準) become `Standard`s with their items. In any other text
//!   numbered without 条 (a 要領's １, ２ or 一, 二 or （１）, （２） or ①, ②) they are
//!   its provisions, labelled as written, until a 第N条.
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
#![warn(missing_docs)]
mod annex;
mod body;
mod checks;
mod classify;
mod labels;
mod lines;
mod parts;
mod toc;

use std::collections::HashSet;
use std::path::Path;

use anyhow::Result;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::{
    Appendix, Article, Chapter, Diagnostic, DiagnosticCode, Item, Line, Meta, Number, Numerals, Paragraph, Regulation,
    Section, Severity, Standard, Supplementary, TocEntry,
};
use crate::source::{self, LoadError, SourceText};
use crate::text::normalize::{is_hiragana, is_kana_or_kanji, nfkc};
use crate::text::numerals::{kana_position, number_id, number_label, AIUEO, IROHA, NUMERALS};
use body::{finish_article, finish_item, finish_paragraph};
use classify::{classify, HeadingLevel, ItemStyle, Kind};
use lines::SourceLine;
pub use parts::read_parts;

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
    reg.numerals = numerals_of_headings(&reg, &text, first_line);
    fill_meta_from_text(&mut reg, &text);
    reg.diagnostics.extend(warnings);
    Ok(reg)
}

/// How the main articles' heading lines write their numbers (the text
/// between 第 and 条 on each article's line of `text`, whose first line is
/// line `first_line` of the file).
fn numerals_of_headings(reg: &Regulation, text: &str, first_line: usize) -> Numerals {
    static WRITTEN: Lazy<Regex> =
        Lazy::new(|| Regex::new(&format!(r"第({NUMERALS}(?:の{NUMERALS})*)条")).expect("valid regex"));
    let lines: Vec<&str> = text.lines().collect();
    let written = reg.articles().filter_map(|a| {
        let line = lines.get(a.line.checked_sub(first_line)?)?;
        WRITTEN.captures(line).map(|c| c.get(1).expect("group").as_str())
    });
    Numerals::of_written(written)
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
    /// The main provisions are numbered １, ２ … or 一, 二 … with neither
    /// 第 nor 条 (`start_plain_article`): every such number is the next
    /// provision.
    plain_numbers: Option<PlainNumbers>,
    trailer: Vec<SourceLine>,
    ids: HashSet<String>,
}

/// How a text numbered without 第 or 条 numbers its provisions: １, ２ …
/// (its （１） are 号), or as items are numbered elsewhere — 一, 二 … (its
/// １, ２ are 項) or （１）, （２） … (its ア, イ are 号).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlainNumbers {
    Digits,
    Items(ItemStyle),
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['）', ')', '」', '』']);
    t.ends_with('。') || t.ends_with('．')
}

/// Longest item text read as the item's own heading (「（１）アクセスの
/// 制限」), in characters. A heading names one measure in a few words; a
/// line broken by the page is most of a line's width (35–40 characters in
/// a printed A4 text), so a short broken line is rare.
const ITEM_HEADING_MAX_CHARS: usize = 20;

/// Kana that end a verb's 連用形 written as a noun, as captions write
/// them in 公用文 (持出し, 取扱い, 見直し, 申込み, 立入り, 預かり).
const NOUN_OKURIGANA: &[char] = &['し', 'い', 'り', 'み', 'き', 'ち', 'え', 'け', 'せ', 'れ', 'じ', 'び'];

/// Particles that make a line a clause, not a heading: 「職員は」「媒体を持ち
/// 出し」 are the first halves of sentences broken by the page.
const CLAUSE_PARTICLES: &[char] = &['は', 'が', 'を', 'に', 'て', 'で', 'も'];

/// An item line that is a heading with its text on the next lines, as a
/// 要領 writes 「（１）アクセスの制限」 then 「保護管理者は、…」: the two are
/// kept apart by a space instead of run together as the halves of a line
/// broken by the page are. A heading is a short noun phrase (no 、 or 。,
/// ending in kanji or katakana, or in the okurigana of a noun made of a
/// verb, 「（３）持出し」, without a particle of a clause); the next line
/// begins a sentence, so not in hiragana (the tail of a broken word:
/// 「…を認識し」「た職員は」) unless with この or その.
fn heading_then_text(heading: &str, next: &str) -> bool {
    let noun_end = |c: char| {
        (is_kana_or_kanji(c) && !is_hiragana(c)) || (NOUN_OKURIGANA.contains(&c) && !heading.contains(CLAUSE_PARTICLES))
    };
    heading.chars().count() <= ITEM_HEADING_MAX_CHARS
        && !heading.contains(['、', '。'])
        && heading.chars().last().is_some_and(noun_end)
        && next.chars().next().is_some_and(|c| !is_hiragana(c) || next.starts_with("この") || next.starts_with("その"))
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
            plain_numbers: None,
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

    /// Takes the next line: a web trailer and the 目次 keep their lines, a
    /// pending caption collects the lines up to its article; any other line
    /// is placed (see `place`).
    fn feed(&mut self, line: SourceLine) {
        if classify::is_table_separator(&line.text) {
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
                // 「（秘密の保持）／２　乙は、…」: the caption of a provision numbered
                // without 条.
                Kind::Paragraph { number, text } if self.starts_plain_provision(*number, text) => {}
                _ => self.release_caption(),
            }
        }
        self.place(kind, line);
    }

    /// Places a classified line in the model by its kind and the mode.
    fn place(&mut self, kind: Kind, line: SourceLine) {
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
            Kind::Article { number, bare, caption, text } => {
                if self.mode == Mode::Appendix {
                    self.add_text(&line);
                } else {
                    // Numbers met before a 第N条 were no 要領's provisions:
                    // the article's own numbers are its 項.
                    self.plain_numbers = None;
                    let label = labels::article_label(&number, bare);
                    self.start_article(number, label, caption, text, line.line);
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
            // 「別記」 or 「別紙」 alone before any provision labels the whole
            // document as the attachment of another (a 協定書's or a
            // contract's 特記事項 saved on its own): its provisions follow.
            Kind::Appendix { label, relation: None, title: None }
                if matches!(label.as_str(), "別記" | "別紙") && self.mode == Mode::Preamble && !self.seen_body() =>
            {
                self.add_text(&line)
            }
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
                        let label = labels::article_label(&number, false);
                        self.start_article(number, label, None, "削除".to_string(), line.line);
                    }
                }
            }
            Kind::TocHeading | Kind::WebTrailer | Kind::Text => self.text_line(line),
        }
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
            std.normalized = nfkc(&std.text);
            std.items.iter_mut().for_each(|i| finish_item(i, &mut Vec::new()));
        }
        share_common_captions(&mut reg);
        reg.appendices.iter_mut().for_each(read_parts);
        reg
    }
}

/// Least share of the main provisions' articles with a caption of their
/// own for the text to count as captioned. A 共通見出し is printed once,
/// above the first of the articles it heads; the rest of the run has none.
/// That reading holds only where articles carry captions: in an older text
/// that mostly has none, its few captions are each one article's own, and
/// the uncaptioned article after one is not under it.
const CAPTIONED_SHARE_FOR_COMMON: f64 = 0.5;

/// The 共通見出し: an article with no caption of its own, after an article
/// under a caption in the same 章/節, shares that caption
/// (`Article::common_caption`), in a captioned text. 附則 are left alone:
/// their articles are often uncaptioned whatever the 本則 does.
fn share_common_captions(reg: &mut Regulation) {
    let total = reg.articles().count();
    let captioned = reg.articles().filter(|a| a.caption.is_some()).count();
    if total == 0 || (captioned as f64) < CAPTIONED_SHARE_FOR_COMMON * total as f64 {
        return;
    }
    for section in reg.chapters.iter_mut().flat_map(|c| &mut c.sections) {
        let mut heading: Option<String> = None;
        for article in &mut section.articles {
            match &article.caption {
                // A 要領's heading stands on its number's line (３　管理体制):
                // no caption above the number is printed once for a run.
                _ if article.is_numbered_plainly() => {}
                Some(own) => heading = Some(own.clone()),
                // A deleted article keeps its place in the run and heads nothing.
                None if article.is_deleted() => {}
                None => article.common_caption = heading.clone(),
            }
        }
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

/// The title line of the text before its first provision, if any.
fn title_in_preamble(preamble: &[Line]) -> Option<String> {
    preamble
        .iter()
        .map(|l| l.text.trim_start_matches(['○', '◯', '●', '■', '◎']).trim())
        .find(|t| classify::is_title_like(t))
        .map(str::to_string)
}

/// Characters a local body's name ends in: 市, 町, 村, 区 and 都道府県.
const BODY_NAME_ENDS: [char; 8] = ['市', '町', '村', '区', '都', '道', '府', '県'];
/// Longest body name read from the start of a title, in characters: a
/// prefecture and a city (鹿児島県南さつま市) fit.
const BODY_NAME_MAX_CHARS: usize = 10;

/// What follows a body's name where a text cites the body's own rules,
/// head, assembly or offices: 「西谷市規則」, 「西谷市長」, and the offices
/// that keep rules of their own — a board, or a 公営企業 (「若葉市水道局」,
/// 「青葉町病院事業」) whose rules name the body before the office.
const BODY_OWN: [&str; 14] = [
    "条例",
    "規則",
    "訓令",
    "告示",
    "長",
    "議会",
    "教育委員会",
    "選挙管理委員会",
    "監査委員",
    "水道局",
    "上下水道局",
    "下水道局",
    "交通局",
    "病院事業",
];

/// Common nouns that start titles and end like a body's name: no body.
const NOT_BODY_NAMES: [&str; 6] = ["都市", "地区", "市町村", "区市町村", "特別区", "市区町村"];

/// The local body a title starts with (西谷市保有個人情報…規程 → 西谷市),
/// when the text cites that body's own rules or offices (「西谷市条例第２０号」,
/// 「西谷市規則」, 「西谷市長」) or its head as a body's own rules name it,
/// by the kind of body alone (「町長は、…」 in a 町's rule, 「知事」 in a
/// 県's). A title's first word ending in 市, 町 … is the body's name only if
/// the rule speaks of it so. Of the prefixes that end so, the longest cited
/// wins: 四日市市 and 大町市, not 四日市 and 大町.
fn body_in_title(title: &str, text: &str) -> Option<String> {
    let chars: Vec<char> = title.chars().collect();
    let name_char =
        |c: char| c.is_alphabetic() && !c.is_ascii() && !matches!(c, '（' | '）' | '「' | '」' | '、' | '。' | '・');
    let prefix_len = chars.iter().take(BODY_NAME_MAX_CHARS).take_while(|c| name_char(**c)).count();
    (1..prefix_len.min(chars.len().saturating_sub(1)))
        .rev()
        .filter(|&end| BODY_NAME_ENDS.contains(&chars[end]))
        .map(|end| chars[..=end].iter().collect::<String>())
        .find(|name| {
            // One scan for the name, each place it stands read for what follows.
            let cited = text.match_indices(name.as_str()).any(|(at, _)| {
                let after = &text[at + name.len()..];
                BODY_OWN.iter().any(|own| after.starts_with(own))
            });
            let head = match name.chars().last() {
                Some('都' | '道' | '府' | '県') => "知事".to_string(),
                Some(kind) => format!("{kind}長"),
                None => return false,
            };
            cited || (!NOT_BODY_NAMES.contains(&name.as_str()) && text.contains(&head))
        })
}

/// The kind of rule (規程, 要領, 基準 …) the front matter gives, or its
/// title does (the front matter's, or the text's own).
fn kind_of(meta: &Meta, preamble: &[Line]) -> Option<String> {
    meta.kind.clone().or_else(|| {
        let title = meta.title.clone().or_else(|| title_in_preamble(preamble))?;
        crate::text::kinds::kind_of_title(&title).map(str::to_string)
    })
}

/// Title, body, kind and date from the text when the front matter gives none.
fn fill_meta_from_text(reg: &mut Regulation, text: &str) {
    if reg.meta.title.is_none() {
        reg.meta.title = title_in_preamble(&reg.preamble);
    }
    if reg.meta.body.is_none() {
        reg.meta.body = reg.meta.title.as_deref().and_then(|title| body_in_title(title, text));
    }
    if reg.meta.kind.is_none() {
        reg.meta.kind = kind_of(&reg.meta, &reg.preamble);
    }
    if reg.meta.date_wareki.is_none() && reg.meta.date.is_none() {
        if let Some((written, iso)) = reg.preamble.iter().find_map(|l| crate::text::era::date_line(l.text.trim())) {
            reg.meta.date_wareki = Some(written);
            reg.meta.date = Some(iso);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::body_in_title;

    #[test]
    fn a_body_named_at_a_titles_start_and_cited_in_its_text() {
        let text = "第2条 …西谷市事務分掌規則（平成18年西谷市規則第3号）に規定する課…";
        assert_eq!(body_in_title("西谷市保有個人情報等の安全管理に関する規程", text).as_deref(), Some("西谷市"));
        // The longest name the text cites: a city whose name holds 市 or 町.
        assert_eq!(body_in_title("四日市市文書管理規程", "四日市市長が定める").as_deref(), Some("四日市市"));
        assert_eq!(body_in_title("大町市個人情報保護要綱", "大町市条例第1号").as_deref(), Some("大町市"));
        assert_eq!(
            body_in_title("東京都千代田区情報公開規則", "千代田区長は、東京都千代田区規則で").as_deref(),
            Some("東京都千代田区")
        );
        // Or named by the kind of body alone, as its own rules name it.
        assert_eq!(
            body_in_title("千草町特定個人情報等取扱規程", "町長は、基本方針を定める。").as_deref(),
            Some("千草町")
        );
        assert_eq!(body_in_title("青葉県文書規程", "知事は、文書を管理する。").as_deref(), Some("青葉県"));
        // Or by one of its offices that keep rules of their own.
        let text = "若葉市水道局（以下「局」という。）が取り扱う…";
        assert_eq!(body_in_title("若葉市水道局特定個人情報等取扱要領", text).as_deref(), Some("若葉市"));
        // Not cited as a body: no body.
        assert_eq!(body_in_title("都市計画審議会運営要綱", "都市計画法第77条の2に基づき、市長の諮問に応じ…"), None);
        assert_eq!(body_in_title("東浜町保有個人情報管理要領", "町に総括保護管理者を置く。"), None);
        assert_eq!(body_in_title("東浜町保有個人情報管理要領", "市長は、定める。"), None);
        assert_eq!(body_in_title("保有個人情報等の管理に関する要領", "市長は、…西谷市長"), None);
        assert_eq!(body_in_title("市", "市長"), None);
    }
}
