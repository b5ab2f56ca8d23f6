//! What the .docx and .odt readers share: both are zip packages of XML
//! parts and both render list numbers in the same formats (第１条, （２）,
//! ア, 十二 …), so one part reader (with its size guard), one tag walker,
//! one `dc:title` reader and one number renderer serve the two.
use std::io::Read;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::markup::{escape_text, Converted};
use crate::model::DiagnosticCode;
use crate::text::numerals::{full_width, kanji, AIUEO, IROHA};

/// Largest XML part read (uncompressed). A 1,000-article regulation is
/// about 2 MB of `document.xml`; the limit keeps a zip bomb from filling
/// memory while leaving room for very long documents.
pub(super) const MAX_PART_BYTES: u64 = 32 * 1024 * 1024;

/// A part's text, `None` when the zip has no such part.
pub(super) fn read_part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, String> {
    let file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name} を取り出せません: {e}")),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("{name} を取り出せません: {e}"))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(format!("{name} が大きすぎます（展開後 {} MB を超えます）", MAX_PART_BYTES / 1024 / 1024));
    }
    String::from_utf8(bytes).map(Some).map_err(|_| format!("{name} が UTF-8 ではありません"))
}

/// Text of a resolved entity or character reference (`&amp;`, `&#x3C;`).
pub(super) fn entity(name: &str) -> Option<String> {
    let named = match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => {
            let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()
            } else {
                name.strip_prefix('#')?.parse().ok()
            };
            return code.and_then(char::from_u32).map(String::from);
        }
    };
    Some(named.to_string())
}

pub(super) fn attr(e: &BytesStart, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}

/// `dc:title` of `docProps/core.xml` (.docx) or `meta.xml` (.odt).
pub(super) fn dc_title(xml: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut inside = false;
    let mut title = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "title" => inside = true,
            Event::End(e) if e.local_name().as_ref() == "title" => break,
            Event::Text(t) if inside => title.push_str(&t.xml_content(quick_xml::XmlVersion::Implicit1_0)),
            Event::GeneralRef(r) if inside => {
                title.push_str(&entity(&r.xml_content(quick_xml::XmlVersion::Implicit1_0)).unwrap_or_default())
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let title = title.trim().to_string();
    (!title.is_empty()).then_some(title)
}

/// A tag of an XML part as `each_tag` hands it on.
pub(super) enum Tag<'a> {
    /// A start tag (`true`: it has content and an end tag) or an empty one.
    Open(&'a BytesStart<'a>, bool),
    /// An end tag, by its local name.
    Close(&'a str),
}

/// Reads the tags of `xml` in order (`numbering.xml`, `styles.xml`).
pub(super) fn each_tag(xml: &str, mut on: impl FnMut(Tag<'_>)) -> Result<(), quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event()? {
            Event::Start(e) => on(Tag::Open(&e, true)),
            Event::Empty(e) => on(Tag::Open(&e, false)),
            Event::End(e) => on(Tag::Close(e.local_name().as_ref())),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// A list counter in one of Word's number formats (the .odt reader names
/// its formats by these too: `odt::word_format`).
pub(super) fn format_number(n: u32, format: &str) -> String {
    let nth = |order: &str| {
        order.chars().nth(n.saturating_sub(1) as usize).map(String::from).unwrap_or_else(|| n.to_string())
    };
    match format {
        "decimalFullWidth" | "decimalFullWidth2" => full_width(n),
        "japaneseCounting"
        | "ideographTraditional"
        | "ideographLegalTraditional"
        | "japaneseLegal"
        | "chineseCounting" => kanji(n),
        "aiueoFullWidth" | "aiueo" => nth(AIUEO),
        "irohaFullWidth" | "iroha" => nth(IROHA),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32('①' as u32 + n - 1).map(String::from).unwrap_or_default()
        }
        "decimalEnclosedParen" if (1..=20).contains(&n) => {
            char::from_u32('⑴' as u32 + n - 1).map(String::from).unwrap_or_default()
        }
        "lowerLetter" => nth("abcdefghijklmnopqrstuvwxyz"),
        "upperLetter" => nth("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "none" => String::new(),
        _ => n.to_string(),
    }
}

/// A document's paragraphs read, as the parser's text (escaped, one line
/// each), with the warning that tracked changes were read as accepted
/// (`tracked_changes` of them, the first on line `first_change_line`).
pub(super) fn converted_lines(lines: &[String], tracked_changes: usize, first_change_line: Option<usize>) -> Converted {
    let mut converted =
        Converted { text: lines.iter().map(|l| escape_text(l)).collect::<Vec<_>>().join("\n"), ..Converted::default() };
    converted.text.push('\n');
    if tracked_changes > 0 {
        converted.warnings.push((
            first_change_line.unwrap_or(1),
            DiagnosticCode::TrackedChanges,
            format!("変更履歴（{tracked_changes}か所）があります。変更をすべて承諾した文面として読みました"),
        ));
    }
    converted
}

/// A table row's cells (taken, leaving `cells` empty) as one tab-separated
/// line, each cell's white space collapsed; `None` when every cell is empty.
pub(super) fn table_row(cells: &mut Vec<String>) -> Option<String> {
    let cells: Vec<String> = cells.drain(..).map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    cells.iter().any(|c| !c.is_empty()).then(|| cells.join("\t"))
}

/// A paragraph read inside a table: joined to the current (last) cell, a
/// space between paragraphs and in place of line breaks.
pub(super) fn append_to_cell(cells: &mut [String], text: &str) {
    if let Some(cell) = cells.last_mut() {
        if !cell.is_empty() {
            cell.push(' ');
        }
        cell.push_str(&text.replace('\n', " "));
    }
}
