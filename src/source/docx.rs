//! Word (.docx, WordprocessingML) → the plain text the parser reads.
//!
//! One line per paragraph; runs joined; `w:br` starts a new line; a tab is
//! a full-width space; table rows become tab-separated lines (the parser's
//! table rows, e.g. a 別表); Word's automatic list numbering is rendered as
//! the visible label (`numbering.xml`: 第%1条, （%1）, ア …), also where a
//! paragraph style carries the numbering (`styles.xml`). Tracked changes
//! are read as accepted (insertions kept, deletions dropped) with a warning;
//! comments, headers, footers, footnotes and text boxes are not read.
//! The title comes from `docProps/core.xml`.
use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::markup::Converted;
use super::office::{
    append_to_cell, attr, converted_lines, dc_title, each_tag, entity, format_number, read_part, table_row, Tag,
};

/// Reads a .docx file's bytes. Errors are one-line Japanese reasons.
pub fn convert(bytes: &[u8]) -> Result<Converted, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("Word ファイル（.docx）として開けません（zip として壊れています: {e}）"))?;
    let document = read_part(&mut zip, "word/document.xml")?
        .ok_or("word/document.xml がありません（.docx ではないか、壊れています）")?;
    let numbering = match read_part(&mut zip, "word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml).map_err(|e| format!("word/numbering.xml が読めません: {e}"))?,
        None => Numbering::default(),
    };
    let styles = match read_part(&mut zip, "word/styles.xml")? {
        Some(xml) => StyleNumbering::parse(&xml).map_err(|e| format!("word/styles.xml が読めません: {e}"))?,
        None => StyleNumbering::default(),
    };
    let title = read_part(&mut zip, "docProps/core.xml")?.and_then(|xml| dc_title(&xml));
    let mut converted = DocumentWalker::new(numbering, styles)
        .read(&document)
        .map_err(|e| format!("word/document.xml が読めません: {e}"))?;
    converted.title = title;
    Ok(converted)
}

/// One level of a list definition: format, label text (`第%1条`), start.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
    /// What follows the label: `tab` (default), `space` or `nothing`.
    suffix: String,
    /// The paragraph style linked to this level (`w:pStyle`): a paragraph
    /// of that style takes this level when its style names the list
    /// without a level.
    style: Option<String>,
}

/// `numbering.xml`: list definitions and the counters of each list.
#[derive(Debug, Default)]
struct Numbering {
    /// abstractNumId → levels (by ilvl).
    abstracts: HashMap<String, HashMap<usize, Level>>,
    /// numId → (abstractNumId, start overrides by ilvl).
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// numId → current counter of each level (0 = not yet used).
    counters: HashMap<String, [u32; 9]>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, quick_xml::Error> {
        let mut numbering = Numbering::default();
        let (mut abstract_id, mut num_id, mut level): (Option<String>, Option<String>, Option<(usize, Level)>) =
            (None, None, None);
        let mut override_level: Option<usize> = None;
        each_tag(xml, |tag| {
            let (e, empty) = match tag {
                Tag::Open(e, has_content) => (e, !has_content),
                Tag::Close(name) => {
                    match name {
                        "lvl" => {
                            if let (Some(id), Some((ilvl, lvl))) = (&abstract_id, level.take()) {
                                numbering.abstracts.entry(id.clone()).or_default().insert(ilvl, lvl);
                            }
                        }
                        "abstractNum" => abstract_id = None,
                        "num" => num_id = None,
                        "lvlOverride" => override_level = None,
                        _ => {}
                    }
                    return;
                }
            };
            let val = attr(e, "val");
            match e.local_name().as_ref() {
                "abstractNum" => abstract_id = attr(e, "abstractNumId"),
                "lvl" if abstract_id.is_some() => {
                    let ilvl = attr(e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    level = Some((
                        ilvl,
                        Level { start: 1, format: "decimal".into(), suffix: "tab".into(), ..Level::default() },
                    ));
                    if empty {
                        level = None;
                    }
                }
                "start" => {
                    let n = val.and_then(|v| v.parse().ok()).unwrap_or(1);
                    if let Some((_, lvl)) = level.as_mut() {
                        lvl.start = n;
                    }
                }
                "numFmt" => level.iter_mut().for_each(|(_, l)| l.format = val.clone().unwrap_or_default()),
                "lvlText" => level.iter_mut().for_each(|(_, l)| l.text = val.clone().unwrap_or_default()),
                "suff" => level.iter_mut().for_each(|(_, l)| l.suffix = val.clone().unwrap_or_default()),
                "pStyle" => level.iter_mut().for_each(|(_, l)| l.style = val.clone()),
                "num" => {
                    num_id = attr(e, "numId");
                }
                "abstractNumId" => {
                    if let (Some(id), Some(abs)) = (&num_id, val) {
                        numbering.nums.insert(id.clone(), (abs, HashMap::new()));
                    }
                }
                "lvlOverride" => override_level = attr(e, "ilvl").and_then(|v| v.parse().ok()),
                "startOverride" => {
                    if let (Some(id), Some(ilvl), Some(n)) = (&num_id, override_level, val.and_then(|v| v.parse().ok()))
                    {
                        if let Some((_, overrides)) = numbering.nums.get_mut(id) {
                            overrides.insert(ilvl, n);
                        }
                    }
                }
                _ => {}
            }
        })?;
        Ok(numbering)
    }

    /// The level of list `num_id` linked to paragraph style `style`.
    fn level_of_style(&self, num_id: &str, style: &str) -> Option<usize> {
        let (abstract_id, _) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        levels.iter().filter(|(_, l)| l.style.as_deref() == Some(style)).map(|(&ilvl, _)| ilvl).min()
    }

    /// The visible label of the next paragraph of list `num_id` at `ilvl`,
    /// with its separator; advances the counters.
    fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let (abstract_id, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let ilvl = ilvl.min(8);
        let start_of = |l: usize| overrides.get(&l).copied().or_else(|| levels.get(&l).map(|x| x.start)).unwrap_or(1);
        let counters = self.counters.entry(num_id.to_string()).or_insert([0; 9]);
        counters[ilvl] = if counters[ilvl] == 0 { start_of(ilvl) } else { counters[ilvl] + 1 };
        for deeper in counters.iter_mut().skip(ilvl + 1) {
            *deeper = 0;
        }
        let level = levels.get(&ilvl)?;
        let mut label = level.text.clone();
        for (l, &count) in counters.iter().enumerate().take(ilvl + 1) {
            let placeholder = format!("%{}", l + 1);
            if label.contains(&placeholder) {
                let value = if count == 0 { start_of(l) } else { count };
                let format = levels.get(&l).map(|x| x.format.as_str()).unwrap_or("decimal");
                label = label.replace(&placeholder, &format_number(value, format));
            }
        }
        if level.format == "none" || label.is_empty() {
            return Some(String::new());
        }
        let separator = if level.suffix == "nothing" { "" } else { "\u{3000}" };
        Some(format!("{label}{separator}"))
    }
}

/// A paragraph's list settings, as written in its own `w:numPr` or in a
/// style's: `numId` 0 switches numbering off (a paragraph taking its
/// style's font but not its number).
#[derive(Debug, Clone, Default, PartialEq)]
struct NumSetting {
    num_id: Option<String>,
    ilvl: Option<usize>,
}

/// `styles.xml`: the list settings of each paragraph style, and the style
/// it is based on. Offices number 条 and 号 by a style (「条文」 linked to
/// a multilevel list) as often as by direct list formatting.
#[derive(Debug, Default)]
struct StyleNumbering {
    /// styleId → (its own list settings, `w:basedOn`).
    styles: HashMap<String, (NumSetting, Option<String>)>,
}

/// How many `w:basedOn` steps are followed: Word's own style chains are a
/// few deep; the bound stops a cycle in a hand-made file.
const MAX_STYLE_DEPTH: usize = 16;

impl StyleNumbering {
    fn parse(xml: &str) -> Result<StyleNumbering, quick_xml::Error> {
        let mut out = StyleNumbering::default();
        let mut current: Option<(String, NumSetting, Option<String>)> = None;
        // Only the style's own paragraph properties count, not a table
        // style's conditional ones (w:tblStylePr).
        let mut conditional_depth = 0usize;
        each_tag(xml, |tag| {
            let (e, has_content) = match tag {
                Tag::Open(e, has_content) => (e, has_content),
                Tag::Close("style") => {
                    if let Some((id, setting, based_on)) = current.take() {
                        out.styles.insert(id, (setting, based_on));
                    }
                    return;
                }
                Tag::Close("tblStylePr") => {
                    conditional_depth = conditional_depth.saturating_sub(1);
                    return;
                }
                Tag::Close(_) => return,
            };
            let val = attr(e, "val");
            match e.local_name().as_ref() {
                "style" => current = attr(e, "styleId").map(|id| (id, NumSetting::default(), None)),
                // An empty w:tblStylePr has no end tag to close it.
                "tblStylePr" if has_content => conditional_depth += 1,
                _ if conditional_depth > 0 => {}
                name @ ("basedOn" | "numId" | "ilvl") => {
                    if let Some((_, setting, based_on)) = current.as_mut() {
                        match name {
                            "basedOn" => *based_on = val,
                            "numId" => setting.num_id = val,
                            _ => setting.ilvl = val.and_then(|v| v.parse().ok()),
                        }
                    }
                }
                _ => {}
            }
        })?;
        Ok(out)
    }

    /// The list settings style `id` gives, its own or inherited.
    fn setting(&self, id: &str) -> NumSetting {
        let mut setting = NumSetting::default();
        let mut next = Some(id);
        for _ in 0..MAX_STYLE_DEPTH {
            let Some((own, based_on)) = next.and_then(|id| self.styles.get(id)) else { break };
            setting.num_id = setting.num_id.or_else(|| own.num_id.clone());
            setting.ilvl = setting.ilvl.or(own.ilvl);
            next = based_on.as_deref();
        }
        setting
    }
}

/// Elements whose content is not read: deletions, text boxes, the older
/// copy of alternate content, field codes, property-change records.
const SKIPPED: &[&str] = &[
    "del",
    "moveFrom",
    "txbxContent",
    "Fallback",
    "instrText",
    "delText",
    "pPrChange",
    "rPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "numberingChange",
];

/// Walks `document.xml`, collecting lines.
struct DocumentWalker {
    numbering: Numbering,
    lines: Vec<String>,
    /// Text of the current paragraph (lines split by `w:br`).
    paragraph: String,
    /// The current paragraph's own numPr.
    num: NumSetting,
    /// The current paragraph's style (`w:pStyle`).
    style: Option<String>,
    styles: StyleNumbering,
    /// Nesting depth of tables, and the current row's cells.
    table_depth: usize,
    cells: Vec<String>,
    skip_depth: usize,
    /// Inside `w:t` (run text).
    in_text: bool,
    tracked_changes: usize,
    /// Line (1-based, in the text handed on) of the first tracked change.
    first_change_line: Option<usize>,
}

impl DocumentWalker {
    fn new(numbering: Numbering, styles: StyleNumbering) -> DocumentWalker {
        DocumentWalker {
            numbering,
            lines: Vec::new(),
            paragraph: String::new(),
            num: NumSetting::default(),
            style: None,
            styles,
            table_depth: 0,
            cells: Vec::new(),
            skip_depth: 0,
            in_text: false,
            tracked_changes: 0,
            first_change_line: None,
        }
    }

    fn start(&mut self, name: &str, e: &BytesStart) {
        match name {
            "t" => self.in_text = true,
            "p" => {
                self.paragraph.clear();
                self.num = NumSetting::default();
                self.style = None;
            }
            "pStyle" => self.style = attr(e, "val"),
            "numId" => self.num.num_id = attr(e, "val"),
            "ilvl" => self.num.ilvl = attr(e, "val").and_then(|v| v.parse().ok()),
            "tab" if self.in_run_content(e) => self.paragraph.push(if self.table_depth > 0 { ' ' } else { '\u{3000}' }),
            "br" | "cr" => self.paragraph.push('\n'),
            "noBreakHyphen" => self.paragraph.push('‐'),
            "ins" | "moveTo" => self.note_change(),
            "tbl" => {
                self.table_depth += 1;
                if self.table_depth == 1 {
                    self.flush_paragraph_text();
                }
            }
            "tr" if self.table_depth == 1 => self.cells.clear(),
            "tc" if self.table_depth == 1 => self.cells.push(String::new()),
            _ => {}
        }
    }

    fn note_change(&mut self) {
        self.tracked_changes += 1;
        self.first_change_line.get_or_insert(self.lines.len() + 1);
    }

    /// `w:tab` is also a tab-stop definition inside `w:tabs`; only a run's is text.
    fn in_run_content(&self, e: &BytesStart) -> bool {
        attr(e, "pos").is_none()
    }

    fn end(&mut self, name: &str) {
        match name {
            "t" => self.in_text = false,
            "p" => self.end_paragraph(),
            "tbl" => self.table_depth = self.table_depth.saturating_sub(1),
            "tr" if self.table_depth == 1 => {
                self.lines.extend(table_row(&mut self.cells));
            }
            _ => {}
        }
    }

    /// A finished paragraph: numbering label + text, one line per `w:br`;
    /// in a table, appended to the current cell.
    fn end_paragraph(&mut self) {
        let label = self.list_place().and_then(|(id, ilvl)| self.numbering.next_label(&id, ilvl)).unwrap_or_default();
        let text = format!("{label}{}", std::mem::take(&mut self.paragraph));
        if self.table_depth > 0 {
            append_to_cell(&mut self.cells, &text);
            return;
        }
        self.lines.extend(text.split('\n').map(str::to_string));
    }

    /// The list and level of the current paragraph: its own numPr first,
    /// then its style's; the level a style names, else the level linked to
    /// the style in the list, else the first.
    fn list_place(&self) -> Option<(String, usize)> {
        let style = self.style.as_deref().map(|id| self.styles.setting(id)).unwrap_or_default();
        let num_id = self.num.num_id.clone().or(style.num_id).filter(|id| id != "0")?;
        let ilvl = self
            .num
            .ilvl
            .or(style.ilvl)
            .or_else(|| self.style.as_deref().and_then(|s| self.numbering.level_of_style(&num_id, s)))
            .unwrap_or(0);
        Some((num_id, ilvl))
    }

    /// Text outside any paragraph (none in valid files) is not lost.
    fn flush_paragraph_text(&mut self) {
        if !self.paragraph.is_empty() {
            let text = std::mem::take(&mut self.paragraph);
            self.lines.push(text);
        }
    }

    fn read(mut self, xml: &str) -> Result<Converted, String> {
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader.read_event().map_err(|e| format!("{}バイト目: {e}", reader.error_position()))?;
            match event {
                Event::Start(e) => {
                    let name = e.local_name();
                    let name = name.as_ref();
                    if self.skip_depth > 0 || SKIPPED.contains(&name) {
                        if matches!(name, "del" | "moveFrom" | "numberingChange") && self.skip_depth == 0 {
                            self.note_change();
                        }
                        self.skip_depth += 1;
                        continue;
                    }
                    self.start(name, &e);
                }
                Event::Empty(e) if self.skip_depth == 0 => {
                    self.start(e.local_name().as_ref(), &e);
                    self.end(e.local_name().as_ref());
                }
                Event::End(e) => {
                    if self.skip_depth > 0 {
                        self.skip_depth -= 1;
                        continue;
                    }
                    self.end(e.local_name().as_ref());
                }
                Event::Text(t) if self.skip_depth == 0 => {
                    // Only w:t holds text; whitespace between elements is layout.
                    let text = t.xml_content(quick_xml::XmlVersion::Implicit1_0);
                    if self.in_text {
                        self.paragraph.push_str(&text);
                    }
                }
                Event::GeneralRef(r) if self.skip_depth == 0 && self.in_text => {
                    let name = r.xml_content(quick_xml::XmlVersion::Implicit1_0);
                    self.paragraph.push_str(&entity(&name).unwrap_or_else(|| format!("&{name};")));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(converted_lines(&self.lines, self.tracked_changes, self.first_change_line))
    }
}
