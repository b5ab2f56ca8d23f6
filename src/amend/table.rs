//! Reads a 新旧対照表 document: a two-column table 改正後 | 改正前 (either
//! order, told by the header row; a third 備考 column is ignored) in a Word
//! file (.docx, as `reiki taishohyo --docx` writes it and offices make
//! them), an HTML page, or a Markdown / text file (`| … | … |` or
//! tab-separated rows).
use std::path::Path;

use anyhow::{bail, Result};

use crate::source::document_text;

/// One row of a 新旧対照表 document.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// 1-based line of the row in the document's text (a .docx row is one line).
    pub line: usize,
    /// The 改正後 cell.
    pub new: String,
    /// The 改正前 cell.
    pub old: String,
}

/// Header words of the 改正後 column, and of the 改正前 column.
const NEW_HEADERS: [&str; 3] = ["改正後", "改正案", "新"];
const OLD_HEADERS: [&str; 3] = ["改正前", "現行", "旧"];

/// The rows of the 新旧対照表 in `path`, below its header row.
pub fn read_table(path: &Path) -> Result<Vec<TableRow>> {
    let text = document_text(path)?;
    let rows: Vec<(usize, Vec<String>)> =
        text.lines().enumerate().filter_map(|(k, line)| cells(line).map(|c| (k + 1, c))).collect();
    let is = |cell: &str, words: &[&str]| words.iter().any(|w| cell.contains(w));
    let Some(header) = rows.iter().position(|(_, c)| {
        (is(&c[0], &NEW_HEADERS) && is(&c[1], &OLD_HEADERS)) || (is(&c[0], &OLD_HEADERS) && is(&c[1], &NEW_HEADERS))
    }) else {
        bail!("{}: 新旧対照表の見出し行（改正後｜改正前）が見つかりません", path.display());
    };
    let new_first = is(&rows[header].1[0], &NEW_HEADERS) && !is(&rows[header].1[0], &OLD_HEADERS);
    Ok(rows[header + 1..]
        .iter()
        .map(|(line, c)| {
            let (new, old) = if new_first { (&c[0], &c[1]) } else { (&c[1], &c[0]) };
            TableRow { line: *line, new: new.clone(), old: old.clone() }
        })
        .collect())
}

/// The cells of a table row line (`| a | b |` or `a<TAB>b`), None for other
/// lines and Markdown's `|---|---|` rule. `<br>` in a cell is a line break.
fn cells(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    let parts: Vec<&str> = if line.starts_with('|') {
        line.trim_matches('|').split('|').collect()
    } else if line.contains('\t') {
        line.split('\t').collect()
    } else {
        return None;
    };
    let cells: Vec<String> =
        parts.iter().map(|c| c.replace("<br>", "\n").replace("<br/>", "\n").trim().to_string()).collect();
    let rule = cells.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
    (cells.len() >= 2 && !rule).then_some(cells)
}
