//! 新旧対照表 of two versions of a regulation.
//!
//! Articles are paired by number, and renumbered articles are followed by
//! wording similarity; each row holds the two columns as runs whose changed
//! parts are underlined (whole 文節, as offices mark them), unchanged
//! articles are collapsed into 「（略）」 rows, the unchanged lines (項, 号)
//! of a changed article into their label and 「（略）」 (「２　（略）」), and
//! added/removed articles are marked (新設)/(削る).
//!
//! `rows` pairs the provisions and builds the rows, `elide` shortens the
//! unchanged lines, `html` and `terminal` render a table.
use serde::{Deserialize, Serialize};

use super::diff::Run;
use crate::config::Config;
use crate::model::Regulation;

mod elide;
mod html;
mod moves;
mod rows;
mod terminal;
#[cfg(test)]
mod tests;

pub(crate) use elide::{elided_label, elided_line};
pub(crate) use html::TABLE_CSS;
pub use html::{render_html_fragment, render_html_page};
pub use rows::{article_display_text, article_text_as_written, build_rows, TaishohyoParams};
pub use terminal::render_terminal;

use rows::{article_provision, rows, supplementary_provision, TaishoProvision};

/// What happened to the provision of a row; serialised in lowercase, which
/// is also the row's CSS class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RowStatus {
    /// Same number, same wording.
    Unchanged,
    /// Same number, other wording.
    Changed,
    /// Moved to another number (wording may also have changed).
    Renumbered,
    /// 新設
    Added,
    /// 削る
    Removed,
}

impl RowStatus {
    /// The serialised name (`changed`), used as a CSS class.
    pub fn as_str(self) -> &'static str {
        match self {
            RowStatus::Unchanged => "unchanged",
            RowStatus::Changed => "changed",
            RowStatus::Renumbered => "renumbered",
            RowStatus::Added => "added",
            RowStatus::Removed => "removed",
        }
    }
}

impl std::fmt::Display for RowStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One column of a row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "type", content = "runs")]
pub enum TaishohyoCell {
    /// The provision's text; changed parts are Insert (new) / Delete (old)
    /// runs, lines separated by '\n'.
    Text(Vec<Run>),
    /// Unchanged, printed 「（略）」.
    Elided,
    /// No provision on this side: printed （新設） in the old column,
    /// （削る） in the new one.
    Absent,
}

/// One row of the table: a provision in its new and old version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaishohyoRow {
    /// What happened to the provision.
    pub status: RowStatus,
    /// Article label(s) in the new version, e.g. 第12条, or 第1条～第11条 for an elided stretch.
    pub new_label: Option<String>,
    /// Article label(s) in the old version.
    pub old_label: Option<String>,
    /// Article id (anchor) of the first article of the new side, if any.
    pub new_id: Option<String>,
    /// Article id (anchor) of the first article of the old side, if any.
    pub old_id: Option<String>,
    /// The new column.
    pub new: TaishohyoCell,
    /// The old column.
    pub old: TaishohyoCell,
}

/// A 新旧対照表 of two versions of one regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Taishohyo {
    /// Display title of the regulation (new version).
    pub title: String,
    /// Id of the new version.
    pub new_id: String,
    /// Id of the old version.
    pub old_id: String,
    /// Column label of the new version, e.g. 改正後 or 改正案.
    pub new_label: String,
    /// Column label of the old version, e.g. 改正前 or 現行.
    pub old_label: String,
    /// Whether the new version is the left column.
    pub new_first: bool,
    /// The rows, in the order of the new version.
    pub rows: Vec<TaishohyoRow>,
}

/// Builds the 新旧対照表 of `old` → `new` with the configured labels and order.
pub fn build(old: &Regulation, new: &Regulation, config: &Config) -> Taishohyo {
    // Each column prints its version as it writes its numbers.
    let provisions = |reg: &Regulation| -> Vec<TaishoProvision> {
        let articles = reg.articles().map(|a| article_provision(a, reg.numerals));
        articles.chain(reg.supplementary.iter().map(|s| supplementary_provision(s, reg.numerals))).collect()
    };
    let (old_p, new_p) = (provisions(old), provisions(new));
    Taishohyo {
        title: new.display_title(),
        new_id: new.id.clone(),
        old_id: old.id.clone(),
        new_label: config.taishohyo_labels[0].clone(),
        old_label: config.taishohyo_labels[1].clone(),
        new_first: config.taishohyo_new_first,
        rows: rows(&old_p, &new_p, config.taishohyo_elide_unchanged_lines),
    }
}

impl Taishohyo {
    /// The columns in display order: (label, cell, is_new) for left then right.
    pub fn columns<'a>(&'a self, row: &'a TaishohyoRow) -> [(&'a str, &'a TaishohyoCell, bool); 2] {
        let new = (self.new_label.as_str(), &row.new, true);
        let old = (self.old_label.as_str(), &row.old, false);
        if self.new_first {
            [new, old]
        } else {
            [old, new]
        }
    }

    /// The column labels in display order (改正後, 改正前 by default).
    pub(crate) fn column_labels(&self) -> [&str; 2] {
        let [new, old] = [self.new_label.as_str(), self.old_label.as_str()];
        if self.new_first {
            [new, old]
        } else {
            [old, new]
        }
    }

    /// The 改め文 sentence that introduces the table.
    pub(crate) fn lead_sentence(&self) -> String {
        format!(
            "次の表の{old}の欄に掲げる規定を同表の{new}の欄に掲げる規定に下線で示すように改正する。",
            old = self.old_label,
            new = self.new_label
        )
    }
}

/// Text shown for a cell without runs.
pub(crate) fn placeholder(cell: &TaishohyoCell, is_new: bool) -> Option<&'static str> {
    match cell {
        TaishohyoCell::Text(_) => None,
        TaishohyoCell::Elided => Some("（略）"),
        TaishohyoCell::Absent if is_new => Some("（削る）"),
        TaishohyoCell::Absent => Some("（新設）"),
    }
}

/// Splits runs into display lines (at '\n'), keeping each piece's kind.
pub fn lines(runs: &[Run]) -> Vec<Vec<Run>> {
    let mut out: Vec<Vec<Run>> = vec![Vec::new()];
    for r in runs {
        for (k, piece) in r.text.split('\n').enumerate() {
            if k > 0 {
                out.push(Vec::new());
            }
            if !piece.is_empty() {
                out.last_mut().expect("non-empty").push(Run { kind: r.kind, text: piece.to_string() });
            }
        }
    }
    out
}

/// `runs` split into the lines of a provision printed as `printed`, or
/// None when they do not split into that many (they are then left as they are).
fn printed_lines(printed: &[rows::DisplayLine], runs: &[Run]) -> Option<Vec<Vec<Run>>> {
    let split = lines(runs);
    (split.len() == printed.len()).then_some(split)
}
