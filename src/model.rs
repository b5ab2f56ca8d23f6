//! The regulation model: plain serde data produced by `parse` and consumed
//! by every later stage. Field names are part of the documented JSON
//! interface (`reiki parse --format json`), so change them with care.
#![warn(missing_docs)]
use serde::{Deserialize, Serialize};

/// Metadata from a regulation file's YAML front matter (all optional in a
/// bare text file; the parser may fill title/body from the text).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Meta {
    /// Stable id used in URLs and cross references; defaults to the file stem.
    pub id: Option<String>,
    /// 自治体名, e.g. 上尾市.
    pub body: Option<String>,
    /// 都道府県名, e.g. 埼玉県.
    pub prefecture: Option<String>,
    /// 全国地方公共団体コード (6 digits, e.g. 112194 for 上尾市): the order
    /// city halls list bodies in.
    pub code: Option<String>,
    /// Reading of the body's name in kana (あげおし), for 五十音 order when
    /// the dictionary reading is wrong or missing.
    pub kana: Option<String>,
    /// Title of the regulation, e.g. 保有個人情報等の管理に関する要領.
    pub title: Option<String>,
    /// 規程 / 要綱 / 要領 / 規則 / 基準 / 特記事項 …
    pub kind: Option<String>,
    /// In force or a draft (案).
    pub status: Option<Status>,
    /// ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when the text leaves it blank).
    pub date: Option<String>,
    /// The date as written in the text, e.g. 令和５年　　月　　日.
    pub date_wareki: Option<String>,
    /// Where the text comes from (URL or description).
    pub source: Option<String>,
    /// Catalog ids this regulation is checked against. Absent: the site
    /// config's `default_catalogs`; an empty list: none (e.g. an excerpt).
    pub catalogs: Option<Vec<String>>,
    /// Id of the earlier version this one amends or replaces (新旧対照表).
    pub supersedes: Option<String>,
    /// Label of this version, e.g. 改正後 / 改正案 / 現行.
    pub version_label: Option<String>,
    /// Markdown prose shown on the regulation page.
    pub description: Option<String>,
    /// Catalog items declared not applicable, with the reason shown in the
    /// coverage table (status -): `{8-1: 委託を行わないため}`. A key may be
    /// prefixed with the catalog id: `ppc-shishin:8-1`.
    pub not_applicable: std::collections::BTreeMap<String, String>,
    /// Front-matter keys reiki does not know (a Jekyll `layout`, `category`,
    /// `tags` …), kept as written and shown on the regulation page as 付帯情報.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub extra: std::collections::BTreeMap<String, serde_yaml::Value>,
}

/// Whether a regulation is in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// In force (施行). Staff write it in their own words too: 施行,
    /// 施行中, 現行, in-force.
    #[serde(alias = "施行", alias = "施行中", alias = "現行", alias = "in-force")]
    Enacted,
    /// A draft or proposal (案, 起案).
    #[serde(alias = "案", alias = "起案")]
    Draft,
}

/// A parsed regulation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Regulation {
    /// Stable id (front matter `id`, else derived from the file name).
    pub id: String,
    /// Path of the source file as given to the parser.
    pub path: String,
    /// Front matter.
    pub meta: Meta,
    /// 目次, kept apart from the body.
    pub toc: Vec<TocEntry>,
    /// Lines before the first provision that belong to the regulation
    /// (title, 制定文, number and date lines).
    pub preamble: Vec<Line>,
    /// The main provisions. A text without 章 has one chapter with
    /// `number: None`; a chapter without 節 has one section with `number: None`.
    pub chapters: Vec<Chapter>,
    /// Numbered standards of a checklist-style document (e.g. 札幌市's 基準),
    /// which has items instead of articles.
    pub standards: Vec<Standard>,
    /// 附則, in order.
    pub supplementary: Vec<Supplementary>,
    /// 別表 / 様式 / 別記.
    pub appendices: Vec<Appendix>,
    /// Findings about the input (warnings), each with file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// How its article headings write their numbers (第12条, 第１２条,
    /// 第十二条): its 改め文 and 新旧対照表 cite and print it so.
    #[serde(default, skip_serializing_if = "is_half_width")]
    pub numerals: Numerals,
}

fn is_half_width(numerals: &Numerals) -> bool {
    *numerals == Numerals::HalfWidth
}

/// A source line kept for display, with its 1-based line number in the file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// 1-based line number in the source file.
    pub line: usize,
    /// The text of the line.
    pub text: String,
}

/// A line of the 目次.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TocEntry {
    /// e.g. 第2章 / 第1節 / 附則
    pub label: String,
    /// Title as written, e.g. 管理体制.
    pub title: String,
    /// Article range as written, e.g. 第4条―第15条.
    pub range: Option<String>,
    /// 1-based line number in the source file.
    pub line: usize,
}

use crate::text::numerals::join_citation;
pub use crate::text::numerals::{Number, Numerals};

/// 章.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Chapter {
    /// `chap-2`; `chap-0` for the implicit chapter of a text without 章.
    pub id: String,
    /// The chapter number, None for the implicit chapter.
    pub number: Option<Number>,
    /// e.g. 第2章 (empty for the implicit chapter).
    pub label: String,
    /// Title, e.g. 管理体制.
    pub title: String,
    /// 1-based line number of the heading.
    pub line: usize,
    /// Its sections; one implicit section when the chapter has no 節.
    pub sections: Vec<Section>,
}

/// 節.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// `chap-2-sec-1`; `chap-2-sec-0` for the implicit section.
    pub id: String,
    /// The section number, None for the implicit section.
    pub number: Option<Number>,
    /// e.g. 第1節 (empty for the implicit section).
    pub label: String,
    /// Title as written.
    pub title: String,
    /// 1-based line number of the heading.
    pub line: usize,
    /// Its articles, in order.
    pub articles: Vec<Article>,
}

/// 条.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// `art-12`, `art-23-2` (for 第23条の2). Articles inside a 附則 are
    /// prefixed with the 附則's id: `suppl-2-art-1`.
    pub id: String,
    /// Its number: 第23条の2 → 23, `[2]`.
    pub number: Number,
    /// Normalised label with half-width digits: 第23条の2.
    pub label: String,
    /// 見出し without brackets, e.g. アクセス制限.
    pub caption: Option<String>,
    /// The 共通見出し that heads this article from above an earlier one:
    /// set only when the article has no caption of its own and follows,
    /// in the same 章/節, articles under a caption (see
    /// [`Article::heading`]). Kept apart from `caption` because the text
    /// prints it once, above the first article of the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_caption: Option<String>,
    /// Its paragraphs (項), the first numbered 1.
    pub paragraphs: Vec<Paragraph>,
    /// 沿革 notes such as (令5訓令1・一部改正), kept apart from the text.
    pub notes: Vec<String>,
    /// 1-based line number of the 第N条 line.
    pub line: usize,
}

/// 項. The first paragraph of an article has number 1 and no printed number.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// `art-12-p2`
    pub id: String,
    /// 1 for the first paragraph, then as printed (2, 3 …).
    pub number: u32,
    /// Original text (markup stripped, page-break splits rejoined).
    pub text: String,
    /// NFKC-normalised text for analysis.
    pub normalized: String,
    /// Its items (号).
    pub items: Vec<Item>,
    /// 1-based line number in the source file.
    pub line: usize,
}

/// 号 (and nested イ/ロ, ア/イ, (ア) …).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// `art-12-p2-i3`, nested: `art-12-p2-i3-1`.
    pub id: String,
    /// As printed, e.g. （１）, (1), 一, ア.
    pub label: String,
    /// Position among its siblings (1-based), from the label where it has a number.
    pub number: u32,
    /// Original text after the label.
    pub text: String,
    /// NFKC-normalised text for analysis.
    pub normalized: String,
    /// Nested items (イ, ロ … under 一).
    pub children: Vec<Item>,
    /// 1-based line number in the source file.
    pub line: usize,
}

impl Item {
    /// A bullet (・) is not numbered: it cannot be cited as 第N号.
    pub fn is_bullet(&self) -> bool {
        matches!(self.label.as_str(), "・" | "•" | "●")
    }
}

/// The items of a list and their sub-items in reading order, each with how
/// it is cited after its provision: `top` cites an item of the list, a
/// sub-item adds its label to its parent's (第2号イ); a bullet (・) and
/// what it holds are not cited.
fn cited_items(items: &[Item], top: fn(&Item) -> String) -> Vec<(&Item, Option<String>)> {
    fn push<'a>(item: &'a Item, cite: Option<String>, out: &mut Vec<(&'a Item, Option<String>)>) {
        out.push((item, cite.clone()));
        for c in &item.children {
            push(c, cite.as_ref().map(|parent| format!("{parent}{}", c.label.trim())), out);
        }
    }
    let mut out = Vec::new();
    for item in items {
        push(item, (!item.is_bullet()).then(|| top(item)), &mut out);
    }
    out
}

impl Paragraph {
    /// Its 号 and their sub-items in reading order, each with how it is
    /// cited: 第N号 whatever its printed label (一, （１）, ア), 第N号イ; in
    /// an article numbered plainly (`Article::is_numbered_plainly`, a
    /// 要領's ３), by the printed label: 3(1), 3(1)ア.
    pub fn cited_items(&self, by_label: bool) -> Vec<(&Item, Option<String>)> {
        if by_label {
            cited_items(&self.items, |item| item.label.trim().to_string())
        } else {
            cited_items(&self.items, |item| format!("第{}号", item.number))
        }
    }
}

/// One numbered standard of a checklist document: "5 セキュリティ強化のための管理策".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Standard {
    /// `std-5`
    pub id: String,
    /// As printed: 5.
    pub number: u32,
    /// Title, e.g. セキュリティ強化のための管理策.
    pub title: String,
    /// Lines of prose under the title, before or between items.
    pub text: String,
    /// NFKC-normalised `text`.
    pub normalized: String,
    /// Items under the standard.
    pub items: Vec<Item>,
    /// 1-based line number of the title line.
    pub line: usize,
}

impl Standard {
    /// How it is cited: 基準5.
    pub fn label(&self) -> String {
        format!("基準{}", self.number)
    }

    /// Its items in reading order, each cited by its printed label
    /// (基準5(7)): a checklist's items are not 号.
    pub fn cited_items(&self) -> Vec<(&Item, Option<String>)> {
        cited_items(&self.items, |item| item.label.trim().to_string())
    }
}

/// 附則
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Supplementary {
    /// `suppl-1`, `suppl-2` …
    pub id: String,
    /// The heading as written, normalised: 附則(令和5年3月23日規程第1号).
    pub heading: String,
    /// The amending instrument's date as written, if the heading gives one.
    pub date: Option<String>,
    /// The amending instrument's number as written, e.g. 規程第1号.
    pub instrument: Option<String>,
    /// Unnumbered 附則 text as paragraphs (1, 2 …).
    pub paragraphs: Vec<Paragraph>,
    /// 附則 with articles (第1条 施行期日 …).
    pub articles: Vec<Article>,
    /// 1-based line number of the heading.
    pub line: usize,
}

/// 別表 / 様式 / 別記.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Appendix {
    /// `appx-1`
    pub id: String,
    /// e.g. 別表第1
    pub label: String,
    /// e.g. (第3条関係)
    pub relation: Option<String>,
    /// Title lines under the heading, e.g. 事務手続の流れ.
    pub title: Option<String>,
    /// Table rows and cells (from pipe, tab or HTML tables); the first row is
    /// the header where the source has one.
    pub rows: Vec<Vec<String>>,
    /// Text lines that are not part of a table.
    pub text: Vec<String>,
    /// The numbered parts of `text` (a 別記 numbered １, （１）…), as the
    /// parser reads them for an appendix without a table that is no form;
    /// see [`TextPart`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<TextPart>,
    /// 1-based line number of the heading.
    pub line: usize,
    /// [`Appendix::cited_rows`], read on first use (leave it default).
    #[serde(skip)]
    pub rows_read: RowsRead,
}

/// A part of an appendix's numbered text: 「措置は、別記のとおりとする。」
/// often leaves the measures to a 別記 that is not a table but text
/// numbered as a 要領 numbers it (１　組織的な措置, under it （１）
/// 利用状況の記録 with the measure on the next line). A part is what a
/// reader cites (別記1(1)): a numbered line with what follows it up to the
/// next line numbered at its level or above, its deeper numbered lines
/// included; a numbered line that is only a heading over deeper ones is no
/// part but the start of their citation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextPart {
    /// The appendix's text lines it spans, its numbered line first.
    pub lines: std::ops::Range<usize>,
    /// How it is cited after the appendix's label: its label and those of
    /// the headings above it, in half-width (1(1), 3(4)ア, 第1の1).
    pub path: String,
    /// Its caption: the bracketed caption on the line above it
    /// （（秘密の保持））, or after its 第１, its numbered line when that is
    /// a heading over its text （（１）　利用状況の記録）, or the heading
    /// over it when it is the only part there.
    pub head: Option<String>,
    /// What it lays down: its lines, deeper numbered lines with their
    /// labels, joined by a full-width space.
    pub text: String,
}

/// The rows of a 別表 as [`Appendix::cited_rows`] reads them, read once:
/// pages and the 条文対応表 look a table's rows up one by one, and reading
/// the table for each lookup made a table of thousands of rows quadratic.
/// Not part of the data: skipped by serde, equal to any other, and empty
/// in a clone (a clone is what gets edited, as 改め文 are applied to a
/// copy of the old version), so it is read again from the clone's rows.
#[derive(Default)]
pub struct RowsRead(std::sync::OnceLock<Vec<AppendixRow>>);

impl Clone for RowsRead {
    fn clone(&self) -> Self {
        RowsRead::default()
    }
}

impl PartialEq for RowsRead {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for RowsRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RowsRead")
    }
}

/// A first row whose cells are all this short and none a sentence is the
/// table's header (区分 | 項目 | 措置の内容), not a measure: header cells
/// are column names, and the longest seen in 例規集 tables
/// (「概要（主な留意点等）」, 「特定個人情報ファイルの名称」) stay under it.
const HEADER_CELL_MAX_CHARS: usize = 16;

/// A row without a head is cited by its first cell when the cell is a
/// name (a 事務 or an office, 「住民基本台帳に関する事務」), which stays
/// under this; a sentence or anything longer is cited by its place (の3行目).
const ROW_NAME_MAX_CHARS: usize = 30;

/// A row of a 別表, or a numbered part of a 別記's text, read as a
/// provision (see [`Appendix::cited_rows`]).
#[derive(Debug, Clone, PartialEq)]
pub struct AppendixRow {
    /// Anchor of the row on the regulation's page: `appx-1-r3`.
    pub id: String,
    /// Its 1-based place among the table's rows (3 in `appx-1-r3`); a
    /// part's, its first text line's place after the rows.
    pub number: usize,
    /// The cell that names the row (項目, or a 区分 spanning rows), if any;
    /// a part's heading (（１）　利用状況の記録).
    pub head: Option<String>,
    /// What the row lays down: its longest column's cell, then any later
    /// cells (備考); a part's text lines.
    pub text: String,
    /// How it is cited after the 別表's label: のアクセス制御の項 (a row
    /// is cited by its head, as 改め文 and 例規 cite 「別表第1のアクセス
    /// 制御の項」, or without one by its first cell when that is a name),
    /// else の3行目; a part by its numbers (1(1), after an の when the
    /// label ends in one: 別表第2の1).
    pub cite: String,
    /// How it is cited on its own: the 別表's label, then `cite`
    /// (別表第1のアクセス制御の項).
    pub label: String,
    /// For a part of a 別記's numbered text, the text lines it spans
    /// (`Appendix::text`); empty for a table's row.
    pub text_lines: std::ops::Range<usize>,
}

impl AppendixRow {
    /// The row as one line of text: its head, a full-width space, what it
    /// lays down (the form of a 号: label, space, text).
    pub fn line(&self) -> String {
        match &self.head {
            Some(head) => format!("{head}\u{3000}{}", self.text),
            None => self.text.clone(),
        }
    }
}

impl Appendix {
    /// A 別表 or 別紙 can lay down measures in its rows (安全管理措置 as a
    /// table is a common shape), a 別記 in its numbered text (「別記のとおり
    /// とする」); a 様式, 別記様式 or 別図 is a form or a figure whose cells
    /// name fields, not duties.
    pub fn carries_provisions(&self) -> bool {
        ["別表", "別紙", "別記"].iter().any(|l| self.label.starts_with(l)) && !self.label.starts_with("別記様式")
    }

    /// The rows with the cells a merged cell covers put back as empty
    /// cells at the row's start (HTML's `rowspan` leaves them out), so that
    /// every row has the table's width and each column its own cells.
    pub fn aligned_rows(&self) -> Vec<Vec<String>> {
        let width = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        self.rows
            .iter()
            .map(|row| {
                let missing = width - row.len();
                (0..width)
                    .map(|c| if c < missing { String::new() } else { row[c - missing].trim().to_string() })
                    .collect()
            })
            .collect()
    }

    /// The rows of a 別表 that lay something down, each with its head and
    /// how it is cited; for an appendix without a table, the numbered
    /// parts of its text (`read_text_parts`); empty for a form
    /// ([`Appendix::carries_provisions`]).
    ///
    /// Merged cells: a 区分 spanning rows reaches the reader as a shorter
    /// row (HTML `rowspan`: the leading cells are missing) or an empty
    /// cell (Word, OpenDocument); either way the row takes it from the row
    /// above, as a reader of the table does. The measure is in the column
    /// with the most text; the head is the nearest cell left of it.
    /// In order of `number`.
    pub fn cited_rows(&self) -> &[AppendixRow] {
        self.rows_read.0.get_or_init(|| self.read_rows())
    }

    fn read_rows(&self) -> Vec<AppendixRow> {
        let width = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        if !self.carries_provisions() {
            return Vec::new();
        }
        if width == 0 {
            return self.read_text_parts();
        }
        let mut grid = self.aligned_rows();
        let measure_column =
            (0..width).rev().max_by_key(|&c| grid.iter().map(|r| r[c].chars().count()).sum::<usize>()).unwrap_or(0);
        for r in 1..grid.len() {
            let (above, below) = grid.split_at_mut(r);
            for (cell, above) in below[0].iter_mut().zip(&above[r - 1]).take(measure_column) {
                if cell.is_empty() {
                    cell.clone_from(above);
                }
            }
        }
        let is_header =
            |row: &Vec<String>| row.iter().all(|c| c.chars().count() <= HEADER_CELL_MAX_CHARS && !c.ends_with('。'));
        let skip = usize::from(grid.first().is_some_and(is_header));
        let mut rows = Vec::new();
        for (index, cells) in grid.iter().enumerate().skip(skip) {
            let measure = &cells[measure_column];
            // Nothing in the measure's column: a blank row lays nothing down.
            if measure.is_empty() {
                continue;
            }
            let mut text = measure.clone();
            for later in cells[measure_column + 1..].iter().filter(|c| !c.is_empty()) {
                text.push('\u{3000}');
                text.push_str(later);
            }
            let head = cells[..measure_column].iter().rev().find(|c| !c.is_empty()).cloned();
            let number = index + 1;
            // Without a head, a row is named by its first cell where that is
            // a name (別表第2の住民基本台帳に関する事務の項), else by its place.
            let name = head.as_deref().or_else(|| {
                let first = cells.iter().find(|c| !c.is_empty())?;
                (first.chars().count() <= ROW_NAME_MAX_CHARS && !first.ends_with('。')).then_some(first.as_str())
            });
            let cite = match name {
                Some(name) => format!("の{name}の項"),
                None => format!("の{number}行目"),
            };
            let label = format!("{}{cite}", self.label);
            let id = format!("{}-r{number}", self.id);
            rows.push(AppendixRow { id, number, head, text, cite, label, text_lines: 0..0 });
        }
        rows
    }

    /// The parts of an appendix without a table ([`TextPart`]), each
    /// numbered by its place after the table's rows, the line it begins on
    /// (`appx-1-r5` is the fifth text line when the appendix has no rows).
    /// A table's text lines are its 備考, notes on reading it rather than
    /// measures, so the parser reads no parts from them.
    fn read_text_parts(&self) -> Vec<AppendixRow> {
        self.parts
            .iter()
            .map(|part| {
                let number = self.rows.len() + part.lines.start + 1;
                let label = join_citation(&self.label, &part.path);
                AppendixRow {
                    id: format!("{}-r{number}", self.id),
                    number,
                    head: part.head.clone(),
                    text: part.text.clone(),
                    cite: label[self.label.len()..].to_string(),
                    label,
                    text_lines: part.lines.clone(),
                }
            })
            .collect()
    }
}

/// How serious a diagnostic is; serialised in lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The text was read; something may be off.
    Warning,
    /// The file could not be read as a regulation.
    Error,
}

/// What a diagnostic is about; serialised as its kebab-case code
/// (`numbering-gap`), which `reiki check` prints and scripts read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiagnosticCode {
    /// The file or folder cannot be read.
    Unreadable,
    /// A symbolic link leads back into the folder.
    SymlinkLoop,
    /// Two files give one id; neither is published.
    DuplicateId,
    /// The file is over the size limit (`max_file_mb`).
    TooLarge,
    /// A format reiki does not read (not .md .txt .docx .odt .html).
    Unsupported,
    /// The text encoding cannot be decoded.
    Encoding,
    /// A Word file that cannot be converted.
    Docx,
    /// An OpenDocument Text file (.odt) that cannot be converted.
    Odt,
    /// The file or its body is empty.
    Empty,
    /// The front matter is malformed.
    FrontMatter,
    /// Neither articles nor numbered standards were found.
    NotARegulation,
    /// A Word file with tracked changes (read as accepted).
    TrackedChanges,
    /// HTML or Markdown markup was removed from the text.
    MarkupStripped,
    /// An article without text.
    EmptyArticle,
    /// Article or paragraph numbers skip one.
    NumberingGap,
    /// A number appears twice.
    NumberingDuplicate,
    /// The 目次 and the body disagree.
    TocMismatch,
    /// Letters of a script foreign to a Japanese regulation (서는).
    ForeignScript,
    /// A caption that heads no article.
    StrayCaption,
    /// Text that belongs to no provision.
    DroppedText,
    /// The front matter names a catalog that does not exist.
    UnknownCatalog,
    /// `supersedes` names the regulation itself.
    SupersedesSelf,
    /// `supersedes` names an id no regulation has.
    SupersedesUnknown,
    /// `supersedes` goes round in a cycle.
    SupersedesCycle,
    /// A review file (`reviews/<id>.yaml`) that cannot be read.
    ReviewInvalid,
    /// A review naming an item its catalog does not have.
    ReviewUnknownItem,
    /// A review whose status is none of ○ △ × -.
    ReviewUnknownStatus,
    /// A review of a catalog the regulation is not checked against.
    ReviewUnknownCatalog,
}

impl DiagnosticCode {
    /// Every code, in the order above.
    pub const ALL: [DiagnosticCode; 28] = [
        DiagnosticCode::Unreadable,
        DiagnosticCode::SymlinkLoop,
        DiagnosticCode::DuplicateId,
        DiagnosticCode::TooLarge,
        DiagnosticCode::Unsupported,
        DiagnosticCode::Encoding,
        DiagnosticCode::Docx,
        DiagnosticCode::Odt,
        DiagnosticCode::Empty,
        DiagnosticCode::FrontMatter,
        DiagnosticCode::NotARegulation,
        DiagnosticCode::TrackedChanges,
        DiagnosticCode::MarkupStripped,
        DiagnosticCode::EmptyArticle,
        DiagnosticCode::NumberingGap,
        DiagnosticCode::NumberingDuplicate,
        DiagnosticCode::TocMismatch,
        DiagnosticCode::ForeignScript,
        DiagnosticCode::StrayCaption,
        DiagnosticCode::DroppedText,
        DiagnosticCode::UnknownCatalog,
        DiagnosticCode::SupersedesSelf,
        DiagnosticCode::SupersedesUnknown,
        DiagnosticCode::SupersedesCycle,
        DiagnosticCode::ReviewInvalid,
        DiagnosticCode::ReviewUnknownItem,
        DiagnosticCode::ReviewUnknownStatus,
        DiagnosticCode::ReviewUnknownCatalog,
    ];

    /// The code as serialised and printed (`numbering-gap`).
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::Unreadable => "unreadable",
            DiagnosticCode::SymlinkLoop => "symlink-loop",
            DiagnosticCode::DuplicateId => "duplicate-id",
            DiagnosticCode::TooLarge => "too-large",
            DiagnosticCode::Unsupported => "unsupported",
            DiagnosticCode::Encoding => "encoding",
            DiagnosticCode::Docx => "docx",
            DiagnosticCode::Odt => "odt",
            DiagnosticCode::Empty => "empty",
            DiagnosticCode::FrontMatter => "front-matter",
            DiagnosticCode::NotARegulation => "not-a-regulation",
            DiagnosticCode::TrackedChanges => "tracked-changes",
            DiagnosticCode::MarkupStripped => "markup-stripped",
            DiagnosticCode::EmptyArticle => "empty-article",
            DiagnosticCode::NumberingGap => "numbering-gap",
            DiagnosticCode::NumberingDuplicate => "numbering-duplicate",
            DiagnosticCode::TocMismatch => "toc-mismatch",
            DiagnosticCode::ForeignScript => "foreign-script",
            DiagnosticCode::StrayCaption => "stray-caption",
            DiagnosticCode::DroppedText => "dropped-text",
            DiagnosticCode::UnknownCatalog => "unknown-catalog",
            DiagnosticCode::SupersedesSelf => "supersedes-self",
            DiagnosticCode::SupersedesUnknown => "supersedes-unknown",
            DiagnosticCode::SupersedesCycle => "supersedes-cycle",
            DiagnosticCode::ReviewInvalid => "review-invalid",
            DiagnosticCode::ReviewUnknownItem => "review-unknown-item",
            DiagnosticCode::ReviewUnknownStatus => "review-unknown-status",
            DiagnosticCode::ReviewUnknownCatalog => "review-unknown-catalog",
        }
    }

    /// A problem with a review file: printed by `reiki build`, since the
    /// statuses the user confirmed are not what the site shows.
    pub fn is_review(self) -> bool {
        matches!(
            self,
            DiagnosticCode::ReviewInvalid
                | DiagnosticCode::ReviewUnknownItem
                | DiagnosticCode::ReviewUnknownStatus
                | DiagnosticCode::ReviewUnknownCatalog
        )
    }

    /// A problem with a `supersedes` reference (the 新旧対照表 is not built).
    pub fn is_supersedes(self) -> bool {
        matches!(
            self,
            DiagnosticCode::SupersedesSelf | DiagnosticCode::SupersedesUnknown | DiagnosticCode::SupersedesCycle
        )
    }
}

impl std::fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A finding about the input, always with file and line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// Machine-readable kind, e.g. `numbering-gap`, `stray-caption`,
    /// `toc-mismatch`, `dropped-text`, `foreign-script`, `empty-article`.
    pub code: DiagnosticCode,
    /// The file concerned, as given.
    pub file: String,
    /// 1-based line number; 1 when the file as a whole is at fault (0 for a
    /// file `reiki check` could not read at all).
    pub line: usize,
    /// Japanese message for drafters.
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{}:{}: {level}[{}]: {}", self.file, self.line, self.code, self.message)
    }
}

/// What an id names in a regulation: an article of the main provisions or
/// of a 附則, a checklist standard (基準5), or a 別表 whose rows lay down
/// measures.
#[derive(Debug, Clone, Copy)]
pub enum Provision<'a> {
    /// An article of the main provisions.
    Article(&'a Article),
    /// An article of a 附則.
    SupplementaryArticle(&'a Article),
    /// A checklist standard.
    Standard(&'a Standard),
    /// A 別表, 別紙 or 別記 (see [`Appendix::cited_rows`]).
    Appendix(&'a Appendix),
    /// One row of a 別表 or part of a 別記 (its `AppendixRow::number`, as
    /// in its id `appx-1-r3`): the 条文対応表 matches rows one by one.
    Row(&'a Appendix, usize),
}

impl<'a> Provision<'a> {
    /// Its id: `art-9`, `suppl-1-art-2`, `std-5`, `appx-1`, `appx-1-r3`.
    pub fn id(&self) -> std::borrow::Cow<'a, str> {
        match self {
            Provision::Article(a) | Provision::SupplementaryArticle(a) => a.id.as_str().into(),
            Provision::Standard(s) => s.id.as_str().into(),
            Provision::Appendix(a) => a.id.as_str().into(),
            Provision::Row(a, number) => format!("{}-r{number}", a.id).into(),
        }
    }

    /// The row this names, read as [`Appendix::cited_rows`] reads it.
    fn row(&self) -> Option<&'a AppendixRow> {
        let Provision::Row(a, number) = *self else { return None };
        let rows = a.cited_rows();
        rows.binary_search_by_key(&number, |r| r.number).ok().map(|k| &rows[k])
    }

    /// The text a 条文対応表 row quotes of a 別表 row: its head and what it
    /// lays down.
    pub fn row_text(&self) -> Option<String> {
        self.row().map(|r| r.line())
    }

    /// The id of the 号 cited `item` (第2号, 第2号イ, a checklist's (7), a
    /// 別表's のアクセス制御の項) in paragraph `paragraph` (the first when
    /// None).
    pub fn item_id(&self, paragraph: Option<u32>, item: &str) -> Option<std::borrow::Cow<'a, str>> {
        let items = match self {
            Provision::Article(a) | Provision::SupplementaryArticle(a) => {
                let p = a.paragraphs.iter().find(|p| paragraph.is_none_or(|n| p.number == n))?;
                p.cited_items(a.is_numbered_plainly())
            }
            Provision::Standard(s) => s.cited_items(),
            Provision::Appendix(a) => {
                return a.cited_rows().iter().find(|r| r.cite == item).map(|r| r.id.as_str().into());
            }
            Provision::Row(..) => return None,
        };
        items.into_iter().find(|(_, cite)| cite.as_deref() == Some(item)).map(|(i, _)| i.id.as_str().into())
    }

    /// How it is cited outside its place, with its caption: (第9条,
    /// アクセス制限), (附則第2条, 経過措置), (基準5, …).
    pub fn label_and_caption(&self) -> (String, Option<String>) {
        match self {
            Provision::Article(a) => (a.label.clone(), a.heading().map(str::to_string)),
            Provision::SupplementaryArticle(a) => (format!("附則{}", a.label), a.heading().map(str::to_string)),
            Provision::Standard(s) => (s.label(), Some(s.title.clone())),
            Provision::Appendix(a) => (a.label.clone(), a.title.clone()),
            Provision::Row(a, _) => (self.row().map_or_else(|| a.label.clone(), |r| r.label.clone()), a.title.clone()),
        }
    }
}

impl Regulation {
    /// The provision an id names, in [`Regulation::provisions`]' order.
    pub fn provision(&self, id: &str) -> Option<Provision<'_>> {
        self.provisions().find(|p| p.id() == id).or_else(|| self.row(id))
    }

    /// The 別表 row an id (`appx-1-r3`) names, if that row lays something
    /// down (a header or blank row is no provision).
    fn row(&self, id: &str) -> Option<Provision<'_>> {
        let (table, number) = id.rsplit_once("-r")?;
        let appendix = self.appendices.iter().find(|a| a.id == table && a.carries_provisions())?;
        let row = Provision::Row(appendix, number.parse().ok()?);
        row.row().is_some().then_some(row)
    }

    /// Every provision an id can name: the main provisions' articles, the
    /// 附則's, the standards, then the 別表 that can lay down measures.
    pub fn provisions(&self) -> impl Iterator<Item = Provision<'_>> {
        let supplementary = self.supplementary.iter().flat_map(|s| &s.articles);
        let appendices = self.appendices.iter().filter(|a| a.carries_provisions());
        (self.articles().map(Provision::Article))
            .chain(supplementary.map(Provision::SupplementaryArticle))
            .chain(self.standards.iter().map(Provision::Standard))
            .chain(appendices.map(Provision::Appendix))
    }

    /// Label and caption of the article (of the main provisions or a 附則)
    /// or checklist standard (基準5) an id names; the id itself when it
    /// names neither.
    pub fn label_and_caption(&self, id: &str) -> (String, Option<String>) {
        self.provision(id).map_or_else(|| (id.to_string(), None), |p| p.label_and_caption())
    }

    /// An article's label with its caption: 第9条（アクセス制限）.
    pub fn heading(&self, id: &str) -> String {
        match self.label_and_caption(id) {
            (label, Some(caption)) => format!("{label}（{caption}）"),
            (label, None) => label,
        }
    }

    /// The article with this id, of the main provisions or of a 附則.
    pub fn article_or_supplementary(&self, id: &str) -> Option<&Article> {
        match self.provision(id)? {
            Provision::Article(a) | Provision::SupplementaryArticle(a) => Some(a),
            Provision::Standard(_) | Provision::Appendix(_) | Provision::Row(..) => None,
        }
    }

    /// All main-provision articles in document order (not those of 附則).
    pub fn articles(&self) -> impl Iterator<Item = &Article> {
        self.chapters.iter().flat_map(|c| c.sections.iter()).flat_map(|s| s.articles.iter())
    }

    /// The main-provision article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles().find(|a| a.id == id)
    }

    /// Finds an article by its printed label in any numeral style: 第10条, 10, 第十条, 23の2.
    pub fn article_by_label(&self, label: &str) -> Option<&Article> {
        let wanted = crate::text::numerals::parse_article_ref(label)?;
        self.articles().find(|a| a.number == wanted)
    }

    /// Display name: 上尾市 保有個人情報等の管理に関する要領.
    pub fn display_title(&self) -> String {
        let title = self.meta.title.clone().unwrap_or_else(|| self.id.clone());
        match &self.meta.body {
            Some(body) if !title.starts_with(body.as_str()) => format!("{body} {title}"),
            _ => title,
        }
    }
}

impl Article {
    /// What the article is about as its heading says: its own caption, or
    /// the 共通見出し it shares with the articles before it.
    pub fn heading(&self) -> Option<&str> {
        self.caption.as_deref().or(self.common_caption.as_deref())
    }

    /// Numbered 第１, 第２ without 条, as many 要領 and 特記事項 are (label
    /// 第1), or plainly (below).
    pub fn is_numbered_without_jo(&self) -> bool {
        !self.label.contains('条')
    }

    /// Numbered １, ２ … with neither 第 nor 条, the commonest numbering of a
    /// 要領 (label 3): its 号 are cited by their printed labels, 3(1).
    pub fn is_numbered_plainly(&self) -> bool {
        !self.label.starts_with('第')
    }

    /// Its heading is written on its number's line (「４　教育研修」, the text
    /// below), as a 要領 numbered plainly writes it, not as a caption in
    /// brackets above (（教育研修）): pages and tables print it so.
    pub fn has_heading_line(&self) -> bool {
        self.is_numbered_plainly() && self.caption.is_some()
    }

    /// A deleted article (第4条　削除, or one of 第6条から第8条まで　削除):
    /// it keeps its number in the text and provides nothing.
    pub fn is_deleted(&self) -> bool {
        matches!(self.paragraphs.as_slice(), [p] if p.items.is_empty() && p.normalized.trim() == "削除")
    }

    /// The article's whole text (all paragraphs and items), original form.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for p in &self.paragraphs {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&p.text);
            for item in &p.items {
                item.push_text(&mut out, false);
            }
        }
        out
    }

    /// The article's whole text, NFKC-normalised (for analysis).
    pub fn normalized(&self) -> String {
        let mut out = String::new();
        for p in &self.paragraphs {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&p.normalized);
            for item in &p.items {
                item.push_text(&mut out, true);
            }
        }
        out
    }
}

impl Item {
    fn push_text(&self, out: &mut String, normalized: bool) {
        out.push('\n');
        out.push_str(if normalized { &self.normalized } else { &self.text });
        for child in &self.children {
            child.push_text(out, normalized);
        }
    }

    /// Number of items in this subtree, itself included.
    pub fn count(&self) -> usize {
        1 + self.children.iter().map(Item::count).sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diagnostic_codes_serialise_as_printed() {
        for code in DiagnosticCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
            assert_eq!(serde_json::from_value::<DiagnosticCode>(code.as_str().into()).unwrap(), code);
        }
        assert_eq!(DiagnosticCode::NotARegulation.to_string(), "not-a-regulation");
        let d = Diagnostic {
            severity: Severity::Warning,
            code: DiagnosticCode::NumberingGap,
            file: "regulations/a.md".into(),
            line: 12,
            message: "第3条がありません".into(),
        };
        assert_eq!(d.to_string(), "regulations/a.md:12: warning[numbering-gap]: 第3条がありません");
    }

    fn table(label: &str, rows: &[&[&str]]) -> Appendix {
        Appendix {
            id: "appx-1".into(),
            label: label.into(),
            rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect(),
            ..Default::default()
        }
    }

    fn cites(appendix: &Appendix) -> Vec<(String, String, String)> {
        appendix.cited_rows().iter().map(|r| (r.id.clone(), r.cite.clone(), r.line())).collect()
    }

    #[test]
    fn a_tables_rows_are_cited_by_their_heads_with_merged_cells_filled_from_above() {
        // HTML drops the cells a rowspan covers (rows 3 and 5 are shorter);
        // Word and OpenDocument leave them empty (row 4).
        let rowspan = table(
            "別表第1",
            &[
                &["区分", "項目", "措置の内容"],
                &["組織的安全管理措置", "管理簿", "保護責任者は、管理簿を整備する。"],
                &["取扱状況の点検", "保護責任者は、毎年度、取扱状況を点検する。"],
                &["", "監督", "保護責任者は、事務取扱担当者を監督する。"],
                &["研修", "総括責任者は、研修を実施する。"],
            ],
        );
        assert_eq!(
            cites(&rowspan),
            [
                ("appx-1-r2", "の管理簿の項", "管理簿\u{3000}保護責任者は、管理簿を整備する。"),
                (
                    "appx-1-r3",
                    "の取扱状況の点検の項",
                    "取扱状況の点検\u{3000}保護責任者は、毎年度、取扱状況を点検する。"
                ),
                ("appx-1-r4", "の監督の項", "監督\u{3000}保護責任者は、事務取扱担当者を監督する。"),
                ("appx-1-r5", "の研修の項", "研修\u{3000}総括責任者は、研修を実施する。"),
            ]
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        );
        // A two-column table whose 区分 spans rows: the continuation row
        // takes the 区分 as its head.
        let spanned = table(
            "別表",
            &[
                &["持出し", "データを暗号化する。"],
                &["封かんした封筒に入れる。"],
                &["廃棄", "復元できない方法で消去する。"],
            ],
        );
        let heads: Vec<String> = spanned.cited_rows().iter().map(|r| r.cite.clone()).collect();
        assert_eq!(heads, ["の持出しの項", "の持出しの項", "の廃棄の項"]);
    }

    #[test]
    fn the_measure_is_the_column_with_the_most_text_and_later_cells_follow_it() {
        let remarks = table(
            "別表第2",
            &[
                &["事項", "内容", "備考"],
                &["パスワード", "パスワードは、定期的に変更する。", "8文字以上"],
                &["施錠", "書類は、施錠できる書庫に保管する。", ""],
            ],
        );
        assert_eq!(
            remarks.cited_rows().iter().map(AppendixRow::line).collect::<Vec<_>>(),
            [
                "パスワード\u{3000}パスワードは、定期的に変更する。\u{3000}8文字以上",
                "施錠\u{3000}書類は、施錠できる書庫に保管する。"
            ]
        );
        // No header: a first row with a sentence is a row; a row without a
        // head is cited by its place.
        let plain = table("別紙", &[&["職員は、研修を受けなければならない。"], &["端末は、ワイヤーで固定する。"]]);
        assert_eq!(plain.cited_rows().iter().map(|r| r.cite.as_str()).collect::<Vec<_>>(), ["の1行目", "の2行目"]);
    }

    #[test]
    fn forms_and_blank_rows_lay_nothing_down() {
        let form = Appendix {
            id: "appx-2".into(),
            ..table("様式第1号", &[&["ファイルの名称", "利用目的"], &["住民基本台帳", "住民の記録"]])
        };
        assert!(form.cited_rows().is_empty());
        let blank = table("別表第1", &[&["区分", "措置"], &["管理", "管理簿を整備する。"], &["\u{3000}", " "]]);
        assert_eq!(blank.cited_rows().len(), 1);
        let reg = Regulation { appendices: vec![form, blank], ..Default::default() };
        let ids: Vec<String> = reg.provisions().map(|p| p.id().into_owned()).collect();
        assert_eq!(ids, ["appx-1"], "the form is no provision");
        let p = reg.provision("appx-1").unwrap();
        assert_eq!(p.item_id(None, "の管理の項").as_deref(), Some("appx-1-r2"));
        assert_eq!(p.label_and_caption(), ("別表第1".to_string(), None));
        // A row is a provision of its own by its id (the 条文対応表's unit);
        // the header, a blank row and the form's rows are not.
        let row = reg.provision("appx-1-r2").unwrap();
        assert_eq!(row.label_and_caption(), ("別表第1の管理の項".to_string(), None));
        assert_eq!(row.row_text().as_deref(), Some("管理\u{3000}管理簿を整備する。"));
        for id in ["appx-1-r1", "appx-1-r3", "appx-2-r2", "appx-1-rx"] {
            assert!(reg.provision(id).is_none(), "{id}");
        }
    }

    /// An appendix of numbered text with its parts as the parser reads
    /// them: (first line, lines, path, head, text).
    fn text_appendix(label: &str, parts: &[(usize, usize, &str, Option<&str>, &str)]) -> Appendix {
        let lines = parts.iter().map(|p| p.0 + p.1).max().unwrap_or(0);
        Appendix {
            id: "appx-1".into(),
            label: label.into(),
            text: (0..lines).map(|n| format!("line {n}")).collect(),
            parts: parts
                .iter()
                .map(|&(start, len, path, head, text)| TextPart {
                    lines: start..start + len,
                    path: path.into(),
                    head: head.map(str::to_string),
                    text: text.into(),
                })
                .collect(),
            ..Default::default()
        }
    }

    /// A 別記 without a table lays its measures down in numbered parts:
    /// each cited by its numbers (別記1(1)), anchored at its first line, a
    /// provision of its own like a table's row.
    #[test]
    fn a_bekki_without_a_table_is_cited_by_its_numbered_parts() {
        let bekki = text_appendix(
            "別記",
            &[
                (1, 2, "1(1)", Some("記録"), "管理者は、利用状況を記録する。"),
                (3, 1, "2", None, "職員は、研修を受ける。"),
            ],
        );
        assert_eq!(
            bekki.cited_rows().iter().map(|r| (r.id.as_str(), r.label.as_str(), r.line())).collect::<Vec<_>>(),
            [
                ("appx-1-r2", "別記1(1)", "記録\u{3000}管理者は、利用状況を記録する。".to_string()),
                ("appx-1-r4", "別記2", "職員は、研修を受ける。".to_string()),
            ]
        );
        assert_eq!(bekki.cited_rows()[0].text_lines, 1..3);
        let reg = Regulation { appendices: vec![bekki], ..Default::default() };
        let p = reg.provision("appx-1").unwrap();
        assert_eq!(p.item_id(None, "1(1)").as_deref(), Some("appx-1-r2"));
        assert_eq!(reg.provision("appx-1-r4").unwrap().label_and_caption().0, "別記2");
        // A numbered 別表's parts are cited after an の; a 別記様式 is a form.
        let numbered = text_appendix("別表第2", &[(0, 1, "1", None, "端末は、ワイヤーで固定する。")]);
        assert_eq!(
            (numbered.cited_rows()[0].label.as_str(), numbered.cited_rows()[0].cite.as_str()),
            ("別表第2の1", "の1")
        );
        assert!(text_appendix("別記様式", &[(0, 1, "1", None, "廃棄年月日")]).cited_rows().is_empty());
        // A table's numbered text lines are its 備考, not measures.
        let rows = vec![vec!["区分".into(), "措置".into()], vec!["管理".into(), "管理簿を整備する。".into()]];
        let with_notes = Appendix {
            rows,
            ..text_appendix("別表第2", &[(0, 1, "1", None, "この表の管理簿は、課ごとに作る。")])
        };
        assert_eq!(with_notes.cited_rows().iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["appx-1-r2"]);
    }

    /// The rows are read once, but a copy that is edited (a 改め文 applied
    /// to a copy of the old version) is read from its own rows.
    #[test]
    fn an_edited_copy_of_a_table_is_read_from_its_own_rows() {
        let old = table("別表第1", &[&["区分", "措置"], &["管理", "管理簿を整備する。"]]);
        assert_eq!(old.cited_rows()[0].text, "管理簿を整備する。");
        let mut new = old.clone();
        new.rows[1][1] = "管理簿を整備し、毎年度点検する。".to_string();
        new.rows.push(vec!["研修".to_string(), "研修を実施する。".to_string()]);
        let texts: Vec<&str> = new.cited_rows().iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["管理簿を整備し、毎年度点検する。", "研修を実施する。"]);
        assert_eq!(old.cited_rows().len(), 1);
        // Found by its place among thousands of rows (a 例規集's 手数料 table).
        let many: Vec<Vec<String>> = std::iter::once(vec!["区分".to_string(), "額".to_string()])
            .chain((1..=3000).map(|n| vec![format!("第{n}種"), format!("1通につき{n}円とする。")]))
            .collect();
        let reg =
            Regulation { appendices: vec![Appendix { rows: many, ..table("別表第2", &[]) }], ..Default::default() };
        let row = reg.provision("appx-1-r2001").unwrap();
        assert_eq!(row.label_and_caption().0, "別表第2の第2000種の項");
        assert_eq!(row.row_text().as_deref(), Some("第2000種\u{3000}1通につき2000円とする。"));
    }
}
