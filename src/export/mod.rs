//! Excel, CSV and Word output: the tables offices file and attach.
//!
//! The tables themselves ([`tables`]) are plain data — a title, column
//! headers, rows of cells — built once from the analysis results and written
//! by [`xlsx`] (one sheet per table) or [`csv`]. The 新旧対照表 goes to Word
//! through [`docx`]. Every writer is byte-stable: the same input gives the
//! same bytes (fixed timestamps inside the zip containers).
pub mod csv;
pub mod docx;
pub mod tables;
pub mod xlsx;

use std::path::Path;

use anyhow::{bail, Result};

use crate::analyze::align::CoverageStatus;
use crate::model::Regulation;

/// One table as offices file it: a worksheet, or a CSV file.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Worksheet name (Excel allows 31 characters, no `[]:*?/\`).
    pub sheet_name: String,
    /// Printed in the page header (catalog or regulation title).
    pub title: String,
    /// Column headers and widths, left to right.
    pub columns: Vec<Column>,
    /// The rows under the header row.
    pub rows: Vec<Row>,
    /// Leading columns that stay in view when scrolling right (row labels).
    pub frozen_columns: u16,
}

/// A column: its header and its width.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Text of the header row.
    pub header: String,
    /// Width in Excel character units.
    pub width: f64,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// A heading row of a catalog group (第5 情報システム…), printed bold.
    pub group: bool,
}

/// One cell: its text, and how it is filled and typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// What is written (lines separated by `\n`).
    pub text: String,
    /// Fills the cell with the colour of its ○△×- status.
    pub status: Option<CoverageStatus>,
    /// Written as a number (scores) so that Excel sorts and filters it.
    pub number: Option<f64>,
}

impl Cell {
    /// A plain text cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), ..Cell::default() }
    }
}

/// The output format, chosen by the extension of the output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// An Excel workbook, one sheet per table.
    Xlsx,
    /// CSV that Excel opens in Japanese (UTF-8 with BOM, CRLF).
    Csv,
}

impl FileFormat {
    /// `.xlsx` or `.csv` (case-insensitive); anything else is an error naming the file.
    pub fn of(path: &Path) -> Result<FileFormat> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("xlsx") => Ok(FileFormat::Xlsx),
            Some("csv") => Ok(FileFormat::Csv),
            _ => bail!("{}: 出力ファイルの拡張子は .xlsx か .csv にしてください", path.display()),
        }
    }
}

/// Writes `tables` to `path` in the format its extension names; `build_date`
/// goes into the printed page header of the workbook.
pub fn write_tables(path: &Path, tables: &[Table], build_date: &str) -> Result<()> {
    let bytes = match FileFormat::of(path)? {
        FileFormat::Xlsx => xlsx::workbook(tables, build_date)?,
        FileFormat::Csv => csv::tables(tables),
    };
    write_file(path, &bytes)
}

/// Writes the whole file or reports which file could not be written.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    use anyhow::Context;
    std::fs::write(path, bytes).with_context(|| format!("{}: 書き込めません", path.display()))
}

/// Short column name of a regulation: 上尾市 要領（改正後）.
pub fn reg_short(reg: &Regulation) -> String {
    let body = reg.meta.body.clone().unwrap_or_default();
    let kind = reg.meta.kind.clone().unwrap_or_default();
    let version = reg.meta.version_label.clone().map(|v| format!("（{v}）")).unwrap_or_default();
    let s = format!("{body}{}{kind}{version}", if body.is_empty() || kind.is_empty() { "" } else { " " });
    if s.trim().is_empty() {
        reg.id.clone()
    } else {
        s
    }
}

/// The date printed as 作成日 (YYYY-MM-DD, UTC): `SOURCE_DATE_EPOCH` when set
/// (reproducible builds), else today. It is the only date in the files, so
/// two builds of one day are byte-identical.
pub fn build_date() -> String {
    let seconds =
        std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
        });
    let (y, m, d) = civil_from_days(seconds.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_become_calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_422), (2025, 11, 30));
    }

    #[test]
    fn the_extension_chooses_the_format() {
        assert_eq!(FileFormat::of(Path::new("a/表.XLSX")).unwrap(), FileFormat::Xlsx);
        assert_eq!(FileFormat::of(Path::new("表.csv")).unwrap(), FileFormat::Csv);
        let err = FileFormat::of(Path::new("表.xls")).unwrap_err().to_string();
        assert!(err.contains("表.xls") && err.contains(".xlsx"), "{err}");
    }
}
