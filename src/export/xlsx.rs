//! Excel workbooks (rust_xlsxwriter): one worksheet per table, set up for
//! printing as offices file them — A4 landscape fitted to the page width,
//! the header row repeated on every page, frozen panes, an autofilter, the
//! title and build date in the page header, page numbers in the footer.
use anyhow::{Context, Result};
use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet};

use super::tables;
use super::Table;
use crate::analyze::align::CoverageStatus;

/// Excel's paper-size code for A4.
const PAPER_A4: u8 = 9;
/// Fonts offices have on Windows; other systems substitute their own.
const FONT: &str = "游ゴシック";
const FONT_SIZE: f64 = 10.0;
/// Points per line of 10-pt text. Row heights are set from the wrapped
/// line count because LibreOffice does not grow rows for wrapped text on
/// load, and Excel only does for some cells.
const LINE_HEIGHT: f64 = 13.5;
/// Excel's default row height in points.
const DEFAULT_ROW_HEIGHT: f64 = 15.0;

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
    book.save_to_buffer().context("Excel ファイルを作れません")
}

/// How many lines the tallest cell of a row wraps to, counting a CJK
/// character as two width units (as Excel's column width does, roughly).
fn row_lines(row: &super::Row, columns: &[super::Column]) -> usize {
    use unicode_width::UnicodeWidthStr;
    row.cells
        .iter()
        .zip(columns)
        .map(|(cell, column)| {
            let per_line = (column.width - 1.0).max(1.0);
            cell.text.split('\n').map(|l| ((l.width() as f64) / per_line).ceil().max(1.0) as usize).sum::<usize>()
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

fn write_sheet(sheet: &mut Worksheet, table: &Table, build_date: &str) -> Result<()> {
    sheet.set_name(&table.sheet_name)?;
    let header = base_format().set_bold().set_background_color(Color::RGB(0xDDEBF7)).set_align(FormatAlign::Center);
    let plain = base_format();
    let group = base_format().set_bold().set_background_color(Color::RGB(0xF2F2F2));
    for (c, column) in table.columns.iter().enumerate() {
        let c = c as u16;
        sheet.set_column_width(c, column.width)?;
        sheet.write_string_with_format(0, c, &column.header, &header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        let height = LINE_HEIGHT * row_lines(row, &table.columns) as f64;
        if height > DEFAULT_ROW_HEIGHT {
            sheet.set_row_height(r, height)?;
        }
        for (c, cell) in row.cells.iter().enumerate() {
            let c = c as u16;
            let format = match cell.status {
                _ if row.group => group.clone(),
                Some(s) => plain.clone().set_background_color(status_fill(s)),
                None => plain.clone(),
            };
            match cell.number {
                Some(n) => sheet.write_number_with_format(r, c, n, &format.set_num_format("0.00"))?,
                None => sheet.write_string_with_format(r, c, &cell.text, &format)?,
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
