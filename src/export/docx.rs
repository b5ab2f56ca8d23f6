//! Word documents (.docx) written as WordprocessingML by hand and zipped:
//! the 新旧対照表 that accompanies an amendment, and any further blocks a
//! caller adds (e.g. the 改め文) with one call each.
//!
//! Hand-written XML rather than a docx crate: the four things offices need
//! — a landscape A4 section, a header row repeated on every page
//! (`w:tblHeader`), underlined runs and a PAGE field in the footer — are a
//! few elements each, and writing them directly keeps the output
//! byte-stable (fixed zip timestamps, no generated ids or dates).
use std::io::{Cursor, Write};

use anyhow::Result;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::amend::Kaimebun;
use crate::analyze::diff::RunKind;
use crate::analyze::taishohyo::{self, RowStatus, Taishohyo, TaishohyoCell};
use crate::model::Regulation;

use crate::config::Conventions;

/// A4 landscape in twentieths of a point, and 20 mm margins.
const PAGE_WIDTH: u32 = 16_838;
const PAGE_HEIGHT: u32 = 11_906;
const MARGIN: u32 = 1_134;
/// Width left for the table.
const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;
/// The 備考 column, when there is one: about eight characters.
const REMARKS_WIDTH: u32 = 1_900;
/// 10.5 pt, the usual size of 例規 documents, in half-points.
const FONT_HALF_POINTS: u32 = 21;
/// One character of 10.5 pt in twentieths of a point (hanging indent).
const ONE_CHAR: u32 = 210;
/// The 明朝 font offices print regulations in; Word and LibreOffice
/// substitute a 明朝/Serif CJK face where it is missing.
const MINCHO: &str = "ＭＳ 明朝";

/// A Word document being assembled block by block.
#[derive(Debug, Default, Clone)]
pub struct Document {
    /// `<w:body>` content so far.
    body: String,
    title: String,
}

impl Document {
    /// An empty document.
    pub fn new() -> Document {
        Document::default()
    }

    /// A centred title line (also the document's title property).
    pub fn title(&mut self, text: &str) -> &mut Document {
        if self.title.is_empty() {
            self.title = text.to_string();
        }
        self.body.push_str(&format!(
            "<w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"240\"/></w:pPr>{}</w:p>",
            run(text, false, Some(FONT_HALF_POINTS + 4))
        ));
        self
    }

    /// A plain paragraph; '\n' starts a new paragraph.
    pub fn paragraphs(&mut self, text: &str) -> &mut Document {
        for line in text.split('\n') {
            self.body.push_str(&format!("<w:p>{}</w:p>", run(line, false, None)));
        }
        self
    }

    /// The 改め文 on a page of its own: 題名, 柱書, the sentences with the
    /// provisions they insert, 附則. As 改め文 are set: the 柱書, each
    /// sentence and the 附則's text begin one character in; an inserted
    /// provision is set as in the 新旧対照表 (caption one character in,
    /// 条・項・号 lines hanging).
    pub fn kaimebun(&mut self, k: &Kaimebun) -> &mut Document {
        self.body.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        let heading = |doc: &mut Document, text: &str| {
            doc.body.push_str(&format!("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{}</w:p>", run(text, false, None)));
        };
        let sentence = |doc: &mut Document, text: &str| {
            let indent = format!("<w:pPr><w:ind w:firstLine=\"{ONE_CHAR}\"/></w:pPr>");
            doc.body.push_str(&format!("<w:p>{indent}{}</w:p>", run(text, false, None)));
        };
        heading(self, "改め文");
        heading(self, &k.title);
        sentence(self, &k.enactment);
        for s in &k.sentences {
            sentence(self, &s.text);
            for (n, line) in s.body.iter().enumerate() {
                let indent = provision_indent(n == 0 && line.starts_with('（'));
                self.body.push_str(&format!("<w:p>{indent}{}</w:p>", run(line, false, None)));
            }
        }
        heading(self, "附　則");
        for line in &k.supplementary {
            sentence(self, line);
        }
        self
    }

    /// The 新旧対照表 as a table: header row repeated on every page,
    /// changed phrases underlined on both sides.
    pub fn taishohyo(&mut self, t: &Taishohyo, conventions: &Conventions) -> &mut Document {
        let remarks = conventions.remarks_column;
        let half = (TEXT_WIDTH - if remarks { REMARKS_WIDTH } else { 0 }) / 2;
        let mut widths = vec![half, half];
        if remarks {
            widths.push(REMARKS_WIDTH);
        }
        let mut headers: Vec<String> = t.column_labels().iter().map(|label| label.to_string()).collect();
        if remarks {
            headers.push("備考".to_string());
        }
        let mut xml = String::from("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml.push_str(&format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"));
        }
        xml.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for w in &widths {
            xml.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        xml.push_str("</w:tblGrid>");
        // The header row: repeated at the top of every page, never split.
        xml.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (h, w) in headers.iter().zip(&widths) {
            xml.push_str(&table_cell(
                *w,
                &format!("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{}</w:p>", run(h, false, None)),
            ));
        }
        xml.push_str("</w:tr>");
        for row in &t.rows {
            xml.push_str("<w:tr>");
            for ((_, cell, is_new), w) in t.columns(row).iter().zip(&widths) {
                xml.push_str(&table_cell(*w, &cell_paragraphs(cell, *is_new, conventions)));
            }
            if remarks {
                xml.push_str(&table_cell(REMARKS_WIDTH, &format!("<w:p>{}</w:p>", run(&remark(row), false, None))));
            }
            xml.push_str("</w:tr>");
        }
        xml.push_str("</w:tbl>");
        self.body.push_str(&xml);
        self
    }

    /// The .docx file's bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let document = format!(
            "{XML_HEAD}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>{body}<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"{PAGE_WIDTH}\" w:h=\"{PAGE_HEIGHT}\" w:orient=\"landscape\"/><w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
            body = self.body
        );
        let core = format!(
            "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>reiki</dc:creator></cp:coreProperties>",
            escape(&self.title)
        );
        let parts: [(&str, &str); 8] = [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("docProps/core.xml", &core),
            ("docProps/app.xml", APP),
            ("word/document.xml", &document),
            ("word/_rels/document.xml.rels", DOCUMENT_RELS),
            ("word/styles.xml", &styles()),
            ("word/footer1.xml", FOOTER),
        ];
        // Fixed entry times (1980-01-01, the zip epoch): byte-stable output.
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(DateTime::DEFAULT);
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in parts {
            zip.start_file(name, options)?;
            zip.write_all(content.as_bytes())?;
        }
        Ok(zip.finish()?.into_inner())
    }
}

/// 「…の一部を改正する…　新旧対照表」: the amending instrument is of the
/// regulation's own kind (a 規程 is amended by a 規程), else 規程.
pub fn amendment_title(reg: &Regulation) -> String {
    let name = reg.meta.title.clone().unwrap_or_else(|| reg.display_title());
    let name = match &reg.meta.body {
        Some(body) if !name.starts_with(body.as_str()) => format!("{body}{name}"),
        _ => name,
    };
    let kind = reg.meta.kind.clone().filter(|k| !k.is_empty()).unwrap_or_else(|| "規程".to_string());
    format!("{name}の一部を改正する{kind}　新旧対照表")
}

/// The whole attachment: title line and table, then the 改め文 when one
/// could be generated (the packet a drafter files with the amendment).
pub fn taishohyo_document(
    new: &Regulation,
    t: &Taishohyo,
    conventions: &Conventions,
    kaimebun: Option<&Kaimebun>,
) -> Document {
    let mut doc = Document::new();
    doc.title(&amendment_title(new)).taishohyo(t, conventions);
    if let Some(k) = kaimebun {
        doc.kaimebun(k);
    }
    doc
}

/// What the 備考 column says about a row.
fn remark(row: &taishohyo::TaishohyoRow) -> String {
    match row.status {
        RowStatus::Added => "新設".to_string(),
        RowStatus::Removed => "削除".to_string(),
        RowStatus::Renumbered => match (&row.old_label, &row.new_label) {
            (Some(old), Some(new)) => format!("{old}を{new}とする"),
            _ => String::new(),
        },
        RowStatus::Changed | RowStatus::Unchanged => String::new(),
    }
}

fn table_cell(width: u32, paragraphs: &str) -> String {
    format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{paragraphs}</w:tc>")
}

/// A cell's paragraphs: one per line, hanging indent of one character (the
/// way 条 and 項 are set), the caption one character in, changed runs
/// underlined, an unchanged line 「２　（略）」 with the office's 略.
fn cell_paragraphs(cell: &TaishohyoCell, is_new: bool, conventions: &Conventions) -> String {
    let placeholder = match cell {
        TaishohyoCell::Text(_) => None,
        TaishohyoCell::Elided => Some(conventions.elided.clone()),
        TaishohyoCell::Absent if conventions.mark_added_removed => {
            taishohyo::placeholder(cell, is_new).map(str::to_string)
        }
        TaishohyoCell::Absent => Some(String::new()),
    };
    if let Some(text) = placeholder {
        return format!("<w:p>{}</w:p>", run(&text, false, None));
    }
    let TaishohyoCell::Text(runs) = cell else { return "<w:p/>".to_string() };
    let mut xml = String::new();
    for (k, line) in taishohyo::lines(runs).into_iter().enumerate() {
        let is_caption = k == 0 && line.first().is_some_and(|r| r.text.starts_with('（'));
        xml.push_str(&format!("<w:p>{}", provision_indent(is_caption)));
        // An unchanged line shortened to 「２　（略）」 says 略 as the office does.
        if let Some(label) = taishohyo::elided_label(&line) {
            xml.push_str(&run(&taishohyo::elided_line(label, &conventions.elided), false, None));
        } else {
            for r in line {
                xml.push_str(&run(&r.text, r.kind != RunKind::Equal, None));
            }
        }
        xml.push_str("</w:p>");
    }
    if xml.is_empty() {
        xml.push_str("<w:p/>");
    }
    xml
}

/// The indent of a provision's line: a caption line （…） one character
/// in, a 条・項・号 line hanging by one.
fn provision_indent(is_caption: bool) -> String {
    let hanging = if is_caption { 0 } else { ONE_CHAR };
    format!("<w:pPr><w:ind w:left=\"{ONE_CHAR}\" w:hanging=\"{hanging}\"/></w:pPr>")
}

/// One run of text, underlined or not, optionally in another size.
fn run(text: &str, underline: bool, half_points: Option<u32>) -> String {
    let mut props = String::new();
    if underline {
        props.push_str("<w:u w:val=\"single\"/>");
    }
    if let Some(size) = half_points {
        props.push_str(&format!("<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"));
    }
    let props = if props.is_empty() { String::new() } else { format!("<w:rPr>{props}</w:rPr>") };
    format!("<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(text))
}

/// XML text: characters XML forbids dropped, tabs as spaces, then markup
/// characters escaped (quick-xml's `escape`, as for the site's HTML).
fn escape(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => None,
            c => Some(c),
        })
        .collect();
    quick_xml::escape::escape(allowed).into_owned()
}

fn styles() -> String {
    format!(
        "{XML_HEAD}<w:styles xmlns:w=\"{W_NS}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"{MINCHO}\" w:eastAsia=\"{MINCHO}\" w:hAnsi=\"{MINCHO}\" w:cs=\"{MINCHO}\"/><w:sz w:val=\"{FONT_HALF_POINTS}\"/><w:szCs w:val=\"{FONT_HALF_POINTS}\"/><w:lang w:val=\"ja-JP\" w:eastAsia=\"ja-JP\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"300\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>"
    )
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/></Relationships>";

const APP: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>reiki</Application></Properties>";

/// Centred page number: a PAGE field.
const FOOTER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
