//! OpenDocument Text (.odt, as LibreOffice Writer saves it) → the plain
//! text the parser reads, the way [`super::docx`] reads Word.
//!
//! One line per paragraph (`text:p`, `text:h`); spans joined; `text:s`
//! spaces, `text:tab` a full-width space, `text:line-break` a new line;
//! table rows become tab-separated lines (a 別表's rows). Automatic
//! numbering is rendered as LibreOffice prints it: list styles
//! (`text:list-style`, in `styles.xml` and in `content.xml`'s automatic
//! styles) give each level's format, prefix and suffix (第 %1 条, （%2）,
//! ア …); lists continue (`text:continue-numbering`, `text:continue-list`)
//! or restart (`text:start-value`); a `text:list-header` and the second
//! paragraph of an item are not numbered; headings (`text:h`) are numbered
//! by the outline style (第１章 …). Tracked changes are read as accepted
//! (the deleted text lives in `text:tracked-changes`, which is skipped)
//! with a warning; notes, annotations, frames and text boxes, and
//! headers and footers (in `styles.xml`) are not read. The title comes
//! from `meta.xml`.
use std::collections::{HashMap, HashSet};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::markup::Converted;
use super::office::{
    append_to_cell, attr, converted_lines, dc_title, each_tag, entity, format_number, read_part, table_row, Tag,
};

/// Reads an .odt file's bytes. Errors are one-line Japanese reasons.
pub fn convert(bytes: &[u8]) -> Result<Converted, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("OpenDocument テキスト（.odt）として開けません（zip として壊れています: {e}）"))?;
    let content =
        read_part(&mut zip, "content.xml")?.ok_or("content.xml がありません（.odt ではないか、壊れています）")?;
    let mut styles = Styles::default();
    if let Some(xml) = read_part(&mut zip, "styles.xml")? {
        styles.parse(&xml).map_err(|e| format!("styles.xml が読めません: {e}"))?;
    }
    // content.xml's automatic styles are read after the common ones: a name
    // both use means content.xml's.
    styles.parse(&content).map_err(|e| format!("content.xml が読めません: {e}"))?;
    let title = read_part(&mut zip, "meta.xml")?.and_then(|xml| dc_title(&xml));
    let mut converted = BodyWalker::new(styles).read(&content).map_err(|e| format!("content.xml が読めません: {e}"))?;
    converted.title = title;
    Ok(converted)
}

/// Levels of a list: ODF numbers them 1 to 10.
const MAX_LEVELS: usize = 10;

/// One level of a list style (`text:list-level-style-*`) or of the outline
/// style (`text:outline-level-style`).
#[derive(Debug, Clone)]
struct Level {
    /// The number format as [`format_number`] names it (see [`word_format`]).
    format: &'static str,
    prefix: String,
    suffix: String,
    /// How many levels' numbers the label shows (`text:display-levels`:
    /// 2 gives 「1.2」).
    display_levels: usize,
    start: u32,
    /// `text:label-followed-by`: `listtab` (default), `space` or `nothing`.
    followed_by: String,
    /// A bullet level's character (`text:bullet-char`).
    bullet: Option<String>,
}

impl Default for Level {
    fn default() -> Level {
        Level {
            format: "none",
            prefix: String::new(),
            suffix: String::new(),
            display_levels: 1,
            start: 1,
            followed_by: "listtab".into(),
            bullet: None,
        }
    }
}

/// The [`format_number`] format of an ODF `style:num-format`. ODF itself
/// names "1", "a", "A", "i", "I" and "" (no number); LibreOffice writes
/// its other formats by their first three numbers. Roman numerals are read
/// as digits, as the .docx reader reads them.
fn word_format(num_format: &str) -> &'static str {
    match num_format {
        "" => "none",
        "a" => "lowerLetter",
        "A" => "upperLetter",
        // LibreOffice 7.4 writes its full-width digits as "1, 2, 3, ..." and
        // prints them full-width in Japanese text; "１, ２, ３, ..." is the
        // name a file may give them.
        "1, 2, 3, ..." | "１, ２, ３, ..." => "decimalFullWidth",
        "一, 二, 三, ..." => "japaneseCounting",
        "壱, 弐, 参, ..." => "japaneseLegal",
        // The half-width kana are read full-width, as the .docx reader
        // reads them: the parser knows 目 labels by full-width kana.
        "ア, イ, ウ, ..." | "ｱ, ｲ, ｳ, ..." => "aiueoFullWidth",
        "イ, ロ, ハ, ..." | "ｲ, ﾛ, ﾊ, ..." => "irohaFullWidth",
        "①, ②, ③, ..." => "decimalEnclosedCircle",
        _ => "decimal",
    }
}

/// A list style's levels, index 0 = `text:level="1"`.
type ListStyle = Vec<Level>;

/// A paragraph style's list settings (`style:style`, family paragraph).
#[derive(Debug, Default)]
struct ParagraphStyle {
    parent: Option<String>,
    /// `style:list-style-name`; `Some("")` switches a parent's list off.
    list_style: Option<String>,
    /// `style:default-outline-level`: the level of a heading that names none.
    outline_level: Option<usize>,
}

/// How many `style:parent-style-name` steps are followed: real chains are a
/// few deep; the bound stops a cycle in a hand-made file.
const MAX_STYLE_DEPTH: usize = 16;

/// The list styles, the outline style and the paragraph styles of
/// `styles.xml` and `content.xml`.
#[derive(Debug)]
struct Styles {
    lists: HashMap<String, ListStyle>,
    outline: ListStyle,
    paragraphs: HashMap<String, ParagraphStyle>,
}

impl Default for Styles {
    /// No outline numbering until `text:outline-style` gives one.
    fn default() -> Styles {
        Styles { lists: HashMap::new(), outline: vec![Level::default(); MAX_LEVELS], paragraphs: HashMap::new() }
    }
}

impl Styles {
    fn parse(&mut self, xml: &str) -> Result<(), quick_xml::Error> {
        // The list style being read (`None` = the outline style) and its level.
        let mut list: Option<(Option<String>, ListStyle)> = None;
        let mut level: Option<(usize, Level)> = None;
        each_tag(xml, |tag| {
            let e = match tag {
                Tag::Open(e, _) => e,
                Tag::Close(name) => {
                    match name {
                        "list-level-style-number"
                        | "list-level-style-bullet"
                        | "list-level-style-image"
                        | "outline-level-style" => {
                            if let (Some((_, levels)), Some((index, lvl))) = (list.as_mut(), level.take()) {
                                levels[index] = lvl;
                            }
                        }
                        "list-style" | "outline-style" => match list.take() {
                            Some((Some(name), levels)) => {
                                self.lists.insert(name, levels);
                            }
                            Some((None, levels)) => self.outline = levels,
                            None => {}
                        },
                        _ => {}
                    }
                    return;
                }
            };
            match e.local_name().as_ref() {
                "list-style" => list = Some((attr(e, "name"), vec![Level::default(); MAX_LEVELS])),
                "outline-style" => list = Some((None, vec![Level::default(); MAX_LEVELS])),
                name @ ("list-level-style-number"
                | "list-level-style-bullet"
                | "list-level-style-image"
                | "outline-level-style") => {
                    let index = attr(e, "level").and_then(|v| v.parse::<usize>().ok()).unwrap_or(1);
                    let mut lvl = Level {
                        format: word_format(&attr(e, "num-format").unwrap_or_default()),
                        prefix: attr(e, "num-prefix").unwrap_or_default(),
                        suffix: attr(e, "num-suffix").unwrap_or_default(),
                        display_levels: attr(e, "display-levels").and_then(|v| v.parse().ok()).unwrap_or(1),
                        start: attr(e, "start-value").and_then(|v| v.parse().ok()).unwrap_or(1),
                        ..Level::default()
                    };
                    if name == "list-level-style-bullet" {
                        lvl.bullet = Some(attr(e, "bullet-char").unwrap_or_default());
                    }
                    // An empty element has no end tag: keep it now.
                    let valid = (1..=MAX_LEVELS).contains(&index) && list.is_some();
                    level = valid.then_some((index - 1, lvl));
                    if let (Some((_, levels)), Some((i, l))) = (list.as_mut(), level.as_ref()) {
                        levels[*i] = l.clone();
                    }
                }
                "list-level-label-alignment" => {
                    if let (Some((_, l)), Some(followed_by)) = (level.as_mut(), attr(e, "label-followed-by")) {
                        l.followed_by = followed_by;
                    }
                }
                "style" if attr(e, "family").as_deref() == Some("paragraph") => {
                    if let Some(name) = attr(e, "name") {
                        let style = ParagraphStyle {
                            parent: attr(e, "parent-style-name"),
                            list_style: attr(e, "list-style-name"),
                            outline_level: attr(e, "default-outline-level").and_then(|v| v.parse().ok()),
                        };
                        self.paragraphs.insert(name, style);
                    }
                }
                _ => {}
            }
        })
    }

    /// What paragraph style `name` says, its own or inherited: the first
    /// style up the chain for which `get` gives a value.
    fn inherited<T>(&self, name: &str, get: impl Fn(&ParagraphStyle) -> Option<T>) -> Option<T> {
        let mut next = Some(name);
        for _ in 0..MAX_STYLE_DEPTH {
            let style = self.paragraphs.get(next?)?;
            if let Some(value) = get(style) {
                return Some(value);
            }
            next = style.parent.as_deref();
        }
        None
    }
}

/// The label of the level `depth` (0-based) of a list style, from the
/// counters of its levels, followed by a full-width space as the .docx
/// reader writes it (unless the level is followed by nothing).
fn label(levels: &[Level], counters: &[u32; MAX_LEVELS], depth: usize) -> String {
    let Some(level) = levels.get(depth) else { return String::new() };
    if let Some(bullet) = &level.bullet {
        return if bullet.is_empty() { String::new() } else { format!("{bullet}\u{3000}") };
    }
    let first = (depth + 1).saturating_sub(level.display_levels.max(1));
    let number = if level.format == "none" {
        String::new()
    } else {
        (first..=depth)
            .map(|d| {
                let value = if counters[d] == 0 { levels[d].start } else { counters[d] };
                format_number(value, levels[d].format)
            })
            .collect::<Vec<_>>()
            .join(".")
    };
    let text = format!("{}{number}{}", level.prefix, level.suffix);
    if text.is_empty() {
        return text;
    }
    let separator = if level.followed_by == "nothing" { "" } else { "\u{3000}" };
    format!("{text}{separator}")
}

/// One list's counters, shared by the `text:list` elements that continue it.
#[derive(Debug)]
struct ListCounters {
    style: Option<String>,
    counters: [u32; MAX_LEVELS],
}

impl ListCounters {
    /// Advances level `depth` (to `start` when given) and resets the deeper ones.
    fn advance(&mut self, depth: usize, start: Option<u32>, first: u32) {
        let counter = &mut self.counters[depth];
        *counter = match start {
            Some(n) => n,
            None if *counter == 0 => first,
            None => counter.saturating_add(1),
        };
        for deeper in self.counters.iter_mut().skip(depth + 1) {
            *deeper = 0;
        }
    }
}

/// An open element of the list structure.
#[derive(Debug, PartialEq)]
enum Open {
    /// A `text:list`: its style, if it names one.
    List(Option<String>),
    /// A `text:list-item` (its `text:start-value`, and whether a paragraph
    /// of it took the number) or a `text:list-header` (never numbered).
    Item { start: Option<u32>, numbered: bool, header: bool },
}

/// Elements whose content is not read: the tracked-changes region (the
/// deleted text), notes and annotations, field declarations, ruby readings,
/// and generated indexes (a table of contents repeats the headings).
const SKIPPED: &[&str] = &[
    "tracked-changes",
    "note",
    "annotation",
    "sequence-decls",
    "variable-decls",
    "user-field-decls",
    "ruby-text",
    "table-of-content",
    "alphabetical-index",
    "illustration-index",
    "table-index",
    "object-index",
    "user-index",
    "bibliography",
];

/// Most spaces one `text:s` gives: a run longer than a line is layout, not
/// text, and the bound keeps a hand-made `text:c="999999999999"` from
/// filling memory.
const MAX_SPACES: usize = 1000;

/// Namespace prefix of drawing elements (frames, text boxes, shapes), whose
/// text is not read as the .docx reader skips text boxes.
const DRAW_PREFIX: &str = "draw:";

/// Walks `content.xml`'s body, collecting lines.
struct BodyWalker {
    styles: Styles,
    lines: Vec<String>,
    /// Text of the current paragraph (lines split by `text:line-break`).
    paragraph: String,
    /// Inside a `text:p` or `text:h`: its list label, and whether the
    /// white space just read can absorb more (ODF collapses white space).
    in_paragraph: bool,
    label: String,
    collapsing: bool,
    /// The open lists and items, outermost first.
    open: Vec<Open>,
    /// Every list met (`ListCounters`), the one the open list counts in,
    /// lists by `xml:id` and the last list met (`text:continue-numbering`).
    lists: Vec<ListCounters>,
    current_list: Option<usize>,
    by_id: HashMap<String, usize>,
    last_list: Option<usize>,
    /// Outline numbering of headings: one sequence for the document.
    outline: [u32; MAX_LEVELS],
    /// Nesting depth of tables, and the current row's cells.
    table_depth: usize,
    cells: Vec<String>,
    skip_depth: usize,
    /// Ids of insertions and deletions (`text:changed-region`), and the
    /// region being read.
    changes: HashSet<String>,
    region: Option<String>,
    tracked_changes: usize,
    /// Line (1-based, in the text handed on) of the first tracked change.
    first_change_line: Option<usize>,
}

impl BodyWalker {
    fn new(styles: Styles) -> BodyWalker {
        BodyWalker {
            styles,
            lines: Vec::new(),
            paragraph: String::new(),
            in_paragraph: false,
            label: String::new(),
            collapsing: true,
            open: Vec::new(),
            lists: Vec::new(),
            current_list: None,
            by_id: HashMap::new(),
            last_list: None,
            outline: [0; MAX_LEVELS],
            table_depth: 0,
            cells: Vec::new(),
            skip_depth: 0,
            changes: HashSet::new(),
            region: None,
            tracked_changes: 0,
            first_change_line: None,
        }
    }

    /// Inside the skipped tracked-changes region: which regions are
    /// insertions or deletions (a format change alters no text).
    fn region_tag(&mut self, name: &str, e: &BytesStart) {
        match name {
            "changed-region" => self.region = attr(e, "id"),
            "insertion" | "deletion" => self.changes.extend(self.region.clone()),
            _ => {}
        }
    }

    fn start(&mut self, name: &str, e: &BytesStart) {
        match name {
            "p" | "h" => self.start_paragraph(name, e),
            "s" if self.in_paragraph => {
                let count = attr(e, "c").and_then(|v| v.parse::<usize>().ok()).unwrap_or(1).min(MAX_SPACES);
                self.push_literal(&" ".repeat(count));
            }
            "tab" if self.in_paragraph => self.push_literal(if self.table_depth > 0 { " " } else { "\u{3000}" }),
            "line-break" if self.in_paragraph => self.push_literal("\n"),
            "change-start" | "change" if attr(e, "change-id").is_some_and(|id| self.changes.contains(&id)) => {
                self.tracked_changes += 1;
                self.first_change_line.get_or_insert(self.lines.len() + 1);
            }
            "list" => self.start_list(e),
            "list-item" | "list-header" => self.open.push(Open::Item {
                start: attr(e, "start-value").and_then(|v| v.parse().ok()),
                numbered: false,
                header: name == "list-header",
            }),
            "table" => {
                self.table_depth += 1;
            }
            "table-row" if self.table_depth == 1 => self.cells.clear(),
            "table-cell" | "covered-table-cell" if self.table_depth == 1 => self.cells.push(String::new()),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "p" | "h" => self.end_paragraph(),
            "list" => {
                self.open.pop();
                if !self.open.iter().any(|o| matches!(o, Open::List(_))) {
                    self.current_list = None;
                }
            }
            "list-item" | "list-header" => {
                self.open.pop();
            }
            "table" => self.table_depth = self.table_depth.saturating_sub(1),
            "table-row" if self.table_depth == 1 => {
                self.lines.extend(table_row(&mut self.cells));
            }
            _ => {}
        }
    }

    /// A `text:list`: a nested one counts in its outer list; an outer one
    /// continues the list it names (`text:continue-list`), or the last list
    /// when both have the same style (`text:continue-numbering`, as
    /// LibreOffice reads it), else starts a new one.
    fn start_list(&mut self, e: &BytesStart) {
        let style = attr(e, "style-name");
        if self.current_list.is_none() {
            let continued = match attr(e, "continue-list") {
                Some(id) => self.by_id.get(&id).copied(),
                None if attr(e, "continue-numbering").as_deref() == Some("true") => {
                    self.last_list.filter(|&i| self.lists[i].style == style)
                }
                None => None,
            };
            let index = continued.unwrap_or_else(|| {
                self.lists.push(ListCounters { style: style.clone(), counters: [0; MAX_LEVELS] });
                self.lists.len() - 1
            });
            if let Some(id) = attr(e, "id") {
                self.by_id.insert(id, index);
            }
            self.current_list = Some(index);
            self.last_list = Some(index);
        }
        self.open.push(Open::List(style));
    }

    fn start_paragraph(&mut self, name: &str, e: &BytesStart) {
        self.paragraph.clear();
        self.in_paragraph = true;
        self.collapsing = true;
        let style = attr(e, "style-name");
        self.label = if self.current_list.is_some() {
            self.list_label(style.as_deref())
        } else if name == "h" && attr(e, "is-list-header").as_deref() != Some("true") {
            self.outline_label(e, style.as_deref())
        } else {
            String::new()
        };
    }

    /// The label of a paragraph in a list: the first paragraph directly in
    /// a `text:list-item` takes the item's number; others take none.
    fn list_label(&mut self, paragraph_style: Option<&str>) -> String {
        let depth = self.open.iter().filter(|o| matches!(o, Open::List(_))).count().clamp(1, MAX_LEVELS) - 1;
        let Some(Open::Item { start, numbered, header }) = self.open.last_mut() else { return String::new() };
        if *header || *numbered {
            return String::new();
        }
        *numbered = true;
        let start = *start;
        // The list's style: the innermost list naming one, else the
        // paragraph's style's.
        let list_style = self
            .open
            .iter()
            .rev()
            .find_map(|o| match o {
                Open::List(Some(name)) => Some(name.clone()),
                _ => None,
            })
            .or_else(|| paragraph_style.and_then(|s| self.styles.inherited(s, |p| p.list_style.clone())));
        let Some(levels) = list_style.and_then(|name| self.styles.lists.get(&name)) else { return String::new() };
        let Some(index) = self.current_list else { return String::new() };
        let list = &mut self.lists[index];
        list.advance(depth, start, levels[depth].start);
        label(levels, &list.counters, depth)
    }

    /// The outline number of a heading (`text:outline-level`, else its
    /// style's default), from the outline style.
    fn outline_label(&mut self, e: &BytesStart, style: Option<&str>) -> String {
        let level = attr(e, "outline-level")
            .and_then(|v| v.parse::<usize>().ok())
            .or_else(|| style.and_then(|s| self.styles.inherited(s, |p| p.outline_level)));
        let Some(depth) = level.filter(|l| (1..=MAX_LEVELS).contains(l)).map(|l| l - 1) else {
            return String::new();
        };
        let levels = &self.styles.outline;
        let mut list = ListCounters { style: None, counters: self.outline };
        let start = attr(e, "restart-numbering")
            .filter(|v| v == "true")
            .and_then(|_| attr(e, "start-value").and_then(|v| v.parse().ok()));
        list.advance(depth, start, levels[depth].start);
        self.outline = list.counters;
        label(levels, &self.outline, depth)
    }

    /// Text of a text node: white space collapsed as ODF says (a run of
    /// spaces, tabs and line ends is one space; none at the paragraph's start).
    fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r') {
                if !self.collapsing {
                    self.paragraph.push(' ');
                    self.collapsing = true;
                }
            } else {
                self.paragraph.push(c);
                self.collapsing = false;
            }
        }
    }

    /// Text of `text:s`, `text:tab` or `text:line-break`: kept as is.
    fn push_literal(&mut self, text: &str) {
        self.paragraph.push_str(text);
        self.collapsing = false;
    }

    /// A finished paragraph: label + text, one line per `text:line-break`;
    /// in a table, appended to the current cell.
    fn end_paragraph(&mut self) {
        self.in_paragraph = false;
        let text = format!("{}{}", std::mem::take(&mut self.label), std::mem::take(&mut self.paragraph));
        if self.table_depth > 0 {
            append_to_cell(&mut self.cells, &text);
            return;
        }
        self.lines.extend(text.split('\n').map(|line| line.trim_end_matches(' ').to_string()));
    }

    fn read(mut self, xml: &str) -> Result<Converted, String> {
        let mut reader = Reader::from_str(xml);
        // Only office:text holds the document's text: the automatic styles
        // before it, and a master page's header in styles.xml, do not.
        let mut in_body = false;
        loop {
            let event = reader.read_event().map_err(|e| format!("{}バイト目: {e}", reader.error_position()))?;
            match event {
                Event::Start(e) => {
                    let name = e.local_name();
                    let name = name.as_ref();
                    if self.skip_depth > 0 {
                        self.skip_depth += 1;
                        self.region_tag(name, &e);
                        continue;
                    }
                    if name == "text" && e.name().as_ref() == "office:text" {
                        in_body = true;
                        continue;
                    }
                    if !in_body {
                        continue;
                    }
                    if SKIPPED.contains(&name) || e.name().as_ref().starts_with(DRAW_PREFIX) {
                        self.skip_depth = 1;
                        continue;
                    }
                    self.start(name, &e);
                }
                Event::Empty(e) => {
                    let name = e.local_name();
                    let name = name.as_ref();
                    if self.skip_depth > 0 {
                        self.region_tag(name, &e);
                    } else if in_body && !e.name().as_ref().starts_with(DRAW_PREFIX) && !SKIPPED.contains(&name) {
                        self.start(name, &e);
                        self.end(name);
                    }
                }
                Event::End(e) => {
                    if self.skip_depth > 0 {
                        self.skip_depth -= 1;
                        continue;
                    }
                    if e.name().as_ref() == "office:text" {
                        in_body = false;
                    } else if in_body {
                        self.end(e.local_name().as_ref());
                    }
                }
                Event::Text(t) if self.skip_depth == 0 && self.in_paragraph => {
                    self.push_text(&t.xml_content(quick_xml::XmlVersion::Implicit1_0));
                }
                Event::GeneralRef(r) if self.skip_depth == 0 && self.in_paragraph => {
                    let name = r.xml_content(quick_xml::XmlVersion::Implicit1_0);
                    self.push_literal(&entity(&name).unwrap_or_else(|| format!("&{name};")));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(converted_lines(&self.lines, self.tracked_changes, self.first_change_line))
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::model::DiagnosticCode;

    const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0""#;

    /// An .odt of these parts (content.xml's automatic styles and body,
    /// styles.xml's common styles).
    fn odt(auto_styles: &str, body: &str, styles: &str) -> Vec<u8> {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles>{auto_styles}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
        );
        let styles = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>{styles}</office:styles></office:document-styles>"#
        );
        let mut bytes = Vec::new();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        for (name, text) in [("content.xml", content), ("styles.xml", styles)] {
            zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
        bytes
    }

    fn text(auto_styles: &str, body: &str, styles: &str) -> String {
        convert(&odt(auto_styles, body, styles)).unwrap().text
    }

    /// A list style of `levels` (prefix, suffix, num-format, extra attributes).
    fn list_style(name: &str, levels: &[(&str, &str, &str, &str)]) -> String {
        let levels: String = levels
            .iter()
            .enumerate()
            .map(|(i, (prefix, suffix, format, extra))| {
                format!(
                    r#"<text:list-level-style-number text:level="{}" style:num-prefix="{prefix}" style:num-suffix="{suffix}" style:num-format="{format}" {extra}/>"#,
                    i + 1
                )
            })
            .collect();
        format!(r#"<text:list-style style:name="{name}">{levels}</text:list-style>"#)
    }

    fn item(text: &str) -> String {
        format!("<text:list-item><text:p>{text}</text:p></text:list-item>")
    }

    #[test]
    fn item_start_values_headers_and_second_paragraphs() {
        let style = list_style("L", &[("第", "条", "1, 2, 3, ...", ""), ("（", "）", "1, 2, 3, ...", "")]);
        let body = format!(
            r#"<text:list text:style-name="L">{}<text:list-header><text:p>（見出し）</text:p></text:list-header><text:list-item text:start-value="10"><text:p>十</text:p><text:p>続きの段落</text:p></text:list-item>{}<text:list-item><text:list>{}{}</text:list></text:list-item></text:list>"#,
            item("一"),
            item("十一"),
            item("号一"),
            item("号二")
        );
        assert_eq!(
            text(&style, &body, ""),
            "第１条　一\n（見出し）\n第１０条　十\n続きの段落\n第１１条　十一\n（１）　号一\n（２）　号二\n"
        );
    }

    #[test]
    fn lists_continue_by_style_or_by_id_and_restart_otherwise() {
        let styles = list_style("A", &[("第", "条", "1", "")]) + &list_style("B", &[("", ".", "a", "")]);
        let list = |attrs: &str, style: &str, text: &str| {
            format!(r#"<text:list {attrs} text:style-name="{style}">{}</text:list>"#, item(text))
        };
        let body = [
            list(r#"xml:id="first""#, "A", "一"),
            list(r#"text:continue-numbering="true""#, "A", "二"),
            list("", "B", "b-one"),
            // The last list has another style: numbering starts again.
            list(r#"text:continue-numbering="true""#, "A", "again"),
            list(r#"text:continue-list="first""#, "A", "三"),
            list("", "A", "new"),
        ]
        .concat();
        assert_eq!(text(&styles, &body, ""), "第1条　一\n第2条　二\na.　b-one\n第1条　again\n第3条　三\n第1条　new\n");
    }

    #[test]
    fn display_levels_formats_bullets_and_separators() {
        let style = list_style(
            "L",
            &[
                ("", "", "イ, ロ, ハ, ...", ""),
                ("", "", "1", r#"text:display-levels="2""#),
                ("", "", "一, 二, 三, ...", r#"text:start-value="12""#),
            ],
        ) + r#"<text:list-style style:name="U"><text:list-level-style-bullet text:level="1" text:bullet-char="・"/></text:list-style>"#;
        let nested = format!(
            r#"<text:list text:style-name="L"><text:list-item><text:p>い</text:p><text:list><text:list-item><text:p>二段</text:p><text:list>{}</text:list></text:list-item></text:list></text:list-item></text:list>"#,
            item("三段")
        );
        let bullets = format!(r#"<text:list text:style-name="U">{}</text:list>"#, item("点"));
        assert_eq!(text(&style, &(nested + &bullets), ""), "イ　い\nイ.1　二段\n十二　三段\n・　点\n");
    }

    #[test]
    fn list_style_from_the_paragraph_style_and_outline_headings() {
        // The list names no style: the paragraph's style (via its parent) gives it.
        let styles = list_style("条文番号", &[("第", "条", "1, 2, 3, ...", "")])
            + r#"<style:style style:name="条文" style:family="paragraph" style:list-style-name="条文番号"/>
                 <style:style style:name="条文2" style:family="paragraph" style:parent-style-name="条文"/>
                 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1"/>
                 <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-prefix="第" style:num-suffix="章" style:num-format="1, 2, 3, ..."/><text:outline-level-style text:level="2" style:num-format=""/></text:outline-style>"#;
        let body = r#"<text:h text:style-name="H1">総則</text:h><text:list><text:list-item><text:p text:style-name="条文2">本文</text:p></text:list-item></text:list><text:p text:style-name="条文">リストの外</text:p><text:h text:outline-level="2">節（番号なし）</text:h><text:h text:outline-level="1" text:is-list-header="true">番号なし見出し</text:h><text:h text:outline-level="1">管理</text:h>"#;
        assert_eq!(
            text("", body, &styles),
            "第１章　総則\n第１条　本文\nリストの外\n節（番号なし）\n番号なし見出し\n第２章　管理\n"
        );
    }

    #[test]
    fn white_space_spaces_tabs_breaks_and_skipped_content() {
        let body = r#"<text:p>  第1条 <text:span>前段</text:span>
            後段<text:s text:c="2"/>終<text:tab/>端<text:line-break/>次行<text:soft-page-break/>&amp;&lt;<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注</text:p></text:note-body></text:note><office:annotation><text:p>注釈</text:p></office:annotation><draw:frame><draw:text-box><text:p>枠</text:p></draw:text-box></draw:frame></text:p>"#;
        assert_eq!(text("", body, ""), "第1条 前段 後段  終\u{3000}端\n次行&amp;&lt;\n");
        let huge = text("", r#"<text:p>a<text:s text:c="999999999999"/>b</text:p>"#, "");
        assert_eq!(huge.len(), "ab\n".len() + MAX_SPACES);
    }

    #[test]
    fn tracked_changes_read_as_accepted() {
        let body = r#"<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>削除文</text:p></text:deletion></text:changed-region><text:changed-region text:id="c2"><text:insertion/></text:changed-region><text:changed-region text:id="c3"><text:format-change/></text:changed-region></text:tracked-changes><text:p>前文</text:p><text:p>本<text:change text:change-id="c1"/>文<text:change-start text:change-id="c2"/>追加<text:change-end text:change-id="c2"/><text:change-start text:change-id="c3"/>書式<text:change-end text:change-id="c3"/></text:p>"#;
        let converted = convert(&odt("", body, "")).unwrap();
        assert_eq!(converted.text, "前文\n本文追加書式\n");
        assert_eq!(converted.warnings.len(), 1);
        let (line, code, message) = &converted.warnings[0];
        assert_eq!((*line, *code), (2, DiagnosticCode::TrackedChanges));
        assert!(message.contains("2か所"), "{message}");
    }

    #[test]
    fn bad_packages_are_one_line_reasons() {
        let not_zip = convert(b"PK\x03\x04 not a zip").unwrap_err();
        assert!(not_zip.contains(".odt") && not_zip.contains("zip"), "{not_zip}");
        let mut bytes = Vec::new();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        zip.start_file("styles.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(b"<office:document-styles/>").unwrap();
        zip.finish().unwrap();
        assert!(convert(&bytes).unwrap_err().contains("content.xml がありません"));
        let broken = odt("", "<text:p>閉じない", "");
        let why = convert(&broken).unwrap_err();
        assert!(why.starts_with("content.xml が読めません"), "{why}");
        assert_eq!(why.lines().count(), 1, "{why}");
    }
}
