//! Excel workbooks (rust_xlsxwriter): one worksheet per table, set up for
//! printing as offices file them — A4 landscape fitted to the page width,
//! the header row repeated on every page, frozen panes, an autofilter, the
//! title and build date in the page header, page numbers in the footer.
use std::borrow::Cow;

use anyhow::{Context, Result};
use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet};

use super::tables;
use super::Table;
use crate::analyze::align::CoverageStatus;
use crate::text::display_width;

/// Excel's paper-size code for A4.
const PAPER_A4: u8 = 9;
/// Fonts offices have on Windows; other systems substitute their own.
const FONT: &str = "游ゴシック";
const FONT_SIZE: f64 = 10.0;
/// Points per line of wrapped 10-pt text. Row heights are set from the
/// wrapped line count because LibreOffice does not grow rows for wrapped
/// text on load, and Excel only does for some cells. 16.5 pt is the row
/// Excel gives one line of 10-pt 游ゴシック (a tall font); LibreOffice's
/// substitute (Noto Sans CJK) needs about 15.5. With the 13.5 used before,
/// the last line of every two- and three-line cell was cut off.
const LINE_HEIGHT: f64 = 16.5;
/// Excel's tallest row, in points: a taller row is refused on opening
/// ("We found a problem with some content"); a cell with more lines than fit
/// scrolls inside its row.
const MAX_ROW_HEIGHT: f64 = 409.0;
/// Excel's longest cell text, in UTF-16 code units (rust_xlsxwriter refuses
/// a longer one, and that failed the whole build on a regulation quoting a
/// long 別表 as evidence).
const MAX_CELL_UNITS: usize = 32_767;
/// Deflate level of the workbook's zip members (1–9; the zip crate's
/// default is 6). A site of 2,000 regulations writes 1,500 workbooks of
/// about 17 kB each. At level 1 making a workbook takes a third fewer
/// instructions (callgrind, 120 regulations: 1.28 → 0.87 G, 3 % of the
/// whole build) for files about 14 % larger; Excel and LibreOffice read
/// every level alike.
const ZIP_LEVEL: u8 = 1;
/// What a cut cell ends with, so nobody takes it for the whole text.
const CUT_MARK: &str = "…（Excel のセルに入る 32,767 字を超えるため以下を省略。全文はサイトを参照）";

/// Cell fills of the statuses, the light colours of Excel's own
/// "good / neutral / bad" styles so that printing in grey stays legible.
fn status_fill(status: CoverageStatus) -> Color {
    Color::RGB(match status {
        CoverageStatus::Covered => 0xC6EFCE,
        CoverageStatus::Partial => 0xFFEB9C,
        CoverageStatus::Missing => 0xFFC7CE,
        CoverageStatus::NotApplicable => 0xD9D9D9,
    })
}

fn base_format() -> Format {
    Format::new()
        .set_font_name(FONT)
        .set_font_size(FONT_SIZE)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Top)
}

/// The workbook's bytes: the tables, then a 凡例 sheet when any table
/// carries ○△×- cells. `build_date` (YYYY-MM-DD) is printed in the page
/// header and is the document's creation date, so the bytes only change
/// when the content or the date does.
pub fn workbook(tables: &[Table], build_date: &str) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let created =
        ExcelDateTime::parse_from_str(build_date).with_context(|| format!("作成日 {build_date} を読めません"))?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    for table in tables {
        let sheet = book.add_worksheet();
        write_sheet(sheet, table, build_date)?;
    }
    let has_status = tables.iter().any(|t| t.rows.iter().any(|r| r.cells.iter().any(|c| c.status.is_some())));
    if has_status {
        let sheet = book.add_worksheet();
        write_sheet(sheet, &tables::legend(), build_date)?;
    }
    book.set_zip_compression_level(ZIP_LEVEL);
    book.save_to_buffer().context("Excel ファイルを作れません")
}

/// How many lines the tallest cell of a row wraps to. A line holds as many
/// display columns ([`display_width`]: a CJK character and ○△×※ count
/// two) as the column has width units less one for the cell's padding: a
/// 10-pt CJK character takes about 1.9 units of Excel's column width, so the
/// estimate errs towards one line too many, never one too few.
fn row_lines(row: &super::Row, columns: &[super::Column]) -> usize {
    row.cells
        .iter()
        .zip(columns)
        .map(|(cell, column)| {
            let per_line = (column.width - 1.0).max(1.0);
            cell.text
                .split('\n')
                .map(|l| ((display_width(l) as f64) / per_line).ceil().max(1.0) as usize)
                .sum::<usize>()
        })
        .max()
        .unwrap_or(1)
}

/// Longest title put in the page header (Excel allows 255 characters for
/// the whole header, codes included).
const HEADER_TITLE_CHARS: usize = 100;

/// Page header text: `&` is Excel's escape character in headers.
fn header_text(text: &str) -> String {
    text.chars().take(HEADER_TITLE_CHARS).collect::<String>().replace('&', "&&")
}

/// `text` as a cell can hold it: cut to [`MAX_CELL_UNITS`] with
/// [`CUT_MARK`] at the end when longer.
fn fit_cell(text: &str) -> Cow<'_, str> {
    if text.encode_utf16().count() <= MAX_CELL_UNITS {
        return Cow::Borrowed(text);
    }
    let room = MAX_CELL_UNITS - CUT_MARK.encode_utf16().count();
    let mut units = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        units += c.len_utf16();
        if units > room {
            break;
        }
        end = i + c.len_utf8();
    }
    Cow::Owned(format!("{}{CUT_MARK}", &text[..end]))
}

fn write_sheet(sheet: &mut Worksheet, table: &Table, build_date: &str) -> Result<()> {
    sheet.set_name(&table.sheet_name)?;
    let header = base_format().set_bold().set_background_color(Color::RGB(0xDDEBF7)).set_align(FormatAlign::Center);
    let plain = base_format();
    let group = base_format().set_bold().set_background_color(Color::RGB(0xF2F2F2));
    // The statuses' formats made once: a format built per cell was a clone
    // of `Format` (its font name and colours) and its drop for every cell.
    // A cell that is its mark alone (a ○△× sheet's 判定) is centred, as
    // such sheets are printed; one with evidence after the mark is not.
    let statuses =
        [CoverageStatus::Covered, CoverageStatus::Partial, CoverageStatus::Missing, CoverageStatus::NotApplicable].map(
            |s| {
                let filled = plain.clone().set_background_color(status_fill(s));
                (s, filled.clone().set_align(FormatAlign::Center), filled)
            },
        );
    for (c, column) in table.columns.iter().enumerate() {
        let c = c as u16;
        sheet.set_column_width(c, column.width)?;
        sheet.write_string_with_format(0, c, &column.header, &header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        // A one-line row keeps Excel's default height, which fits it.
        let lines = row_lines(row, &table.columns);
        if lines > 1 {
            sheet.set_row_height(r, (LINE_HEIGHT * lines as f64).min(MAX_ROW_HEIGHT))?;
        }
        for (c, cell) in row.cells.iter().enumerate() {
            let c = c as u16;
            let format = match cell.status {
                _ if row.group => &group,
                Some(s) => {
                    let mark_alone = cell.text.chars().count() == 1;
                    statuses
                        .iter()
                        .find(|(t, _, _)| *t == s)
                        .map_or(&plain, |(_, centred, left)| if mark_alone { centred } else { left })
                }
                None => &plain,
            };
            match cell.number {
                Some(n) => sheet.write_number_with_format(r, c, n, &format.clone().set_num_format("0.00"))?,
                None => sheet.write_string_with_format(r, c, fit_cell(&cell.text).as_ref(), format)?,
            };
        }
    }
    let last_row = table.rows.len() as u32;
    let last_col = table.columns.len().saturating_sub(1) as u16;
    sheet.set_freeze_panes(1, table.frozen_columns)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_landscape();
    sheet.set_paper_size(PAPER_A4);
    // One page wide, as many pages tall as needed.
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_header(format!("&L{}&R作成日 {build_date}", header_text(&table.title)));
    sheet.set_footer("&C&P / &N");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Cell, Column, Row};

    fn lines_in(width: f64, text: &str) -> usize {
        let row = Row { cells: vec![Cell::text(text)], group: false };
        row_lines(&row, &[Column { header: String::new(), width }])
    }

    #[test]
    fn a_cell_takes_one_line_per_written_line_when_each_fits() {
        // Three flags of a 条文対応表 row in the 28-unit 指摘 column.
        assert_eq!(lines_in(28.0, "役割の変更（第10条）\n対象範囲（第10条）\n義務の強化（第11条）"), 3);
    }

    #[test]
    fn a_long_line_wraps_and_coverage_marks_count_as_wide() {
        // 21 columns fit a 28-unit column; 42 take two lines.
        assert_eq!(lines_in(28.0, "対象範囲（第9条第1項）"), 1);
        assert_eq!(lines_in(28.0, "対象範囲（第9条第1項）対象範囲（第9条第2項）"), 2);
        // ○ is as wide as a kanji in a Japanese font: 14 of them are 28 columns.
        assert_eq!(lines_in(28.0, &"○".repeat(14)), 2);
    }

    /// The text of one part of a workbook.
    fn part(bytes: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx is a zip");
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).expect(name), &mut text).expect("utf-8");
        text
    }

    #[test]
    fn a_mark_alone_is_centred_and_a_mark_with_its_evidence_is_not() {
        let status = |text: &str| Cell { status: Some(CoverageStatus::Covered), ..Cell::text(text) };
        let table = Table {
            title: "網羅状況".into(),
            sheet_name: "指針".into(),
            columns: vec![
                Column { header: "判定".into(), width: 6.0 },
                Column { header: "上尾市".into(), width: 20.0 },
            ],
            rows: vec![Row { cells: vec![status("○"), status("○ 第3条")], group: false }],
            frozen_columns: 0,
        };
        let bytes = workbook(&[table], "2026-11-30").unwrap();
        let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
        // The style index of each cell of row 2, then that style's alignment.
        let style_of = |cell: &str| -> usize {
            let at = sheet.find(&format!(r#"<c r="{cell}""#)).expect(cell);
            sheet[at..].split(r#"s=""#).nth(1).and_then(|s| s.split('"').next()?.parse().ok()).expect("s")
        };
        let styles = part(&bytes, "xl/styles.xml");
        let cell_xfs = &styles[styles.find("<cellXfs").expect("cellXfs")..];
        let xf = |index: usize| cell_xfs.split("<xf ").nth(index + 1).expect("xf").split("</xf>").next().unwrap();
        assert!(xf(style_of("A2")).contains(r#"horizontal="center""#), "{}", xf(style_of("A2")));
        assert!(!xf(style_of("B2")).contains("horizontal"), "{}", xf(style_of("B2")));
    }

    #[test]
    fn a_cell_over_excels_limit_is_cut_with_a_mark_and_the_workbook_is_written() {
        // A 別表 quoted whole: 40,000 characters, some outside the BMP (two UTF-16 units each).
        let long = format!("{}{}", "別表第１　".repeat(7_000), "𠮷".repeat(5_000));
        let fitted = fit_cell(&long);
        assert!(fitted.ends_with(CUT_MARK));
        assert!(fitted.encode_utf16().count() <= MAX_CELL_UNITS);
        assert!(long.starts_with(fitted.trim_end_matches(CUT_MARK)));
        assert_eq!(fit_cell("第１条"), "第１条");
        let table = Table {
            title: "長い別表".into(),
            sheet_name: "比較表".into(),
            columns: vec![Column { header: "本文".into(), width: 60.0 }],
            rows: vec![Row { cells: vec![Cell::text(&long)], group: false }],
            frozen_columns: 0,
        };
        let bytes = workbook(&[table], "2026-11-30").expect("a long cell does not fail the workbook");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an xlsx is a zip");
        let mut sheet = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").expect("sheet1"), &mut sheet)
            .expect("utf-8");
        // Hundreds of wrapped lines, yet the row stays at Excel's tallest.
        let row = &sheet[sheet.find(r#"<row r="2""#).expect("row 2")..];
        let height: f64 = row.split(r#"ht=""#).nth(1).and_then(|h| h.split('"').next()?.parse().ok()).expect("ht");
        // Excel keeps heights in whole pixels: 409 pt is stored as 408.75.
        assert!((400.0..=MAX_ROW_HEIGHT).contains(&height), "{height}");
    }
}
