//! 新旧対照表 of two versions of a regulation. OWNER: differences work (issue 4).
//!
//! Articles are paired by number, and renumbered articles are followed by
//! wording similarity; each row holds the two columns as runs whose changed
//! parts are underlined (whole 文節, as offices mark them), unchanged
//! articles are collapsed into 「（略）」 rows, and added/removed articles
//! are marked (新設)/(削る).
use serde::{Deserialize, Serialize};
use unicode_width::UnicodeWidthChar;

use super::diff::{Granularity, Run, RunKind, TokenDiff, Units};
use crate::config::Config;
use crate::model::{Article, Regulation, Supplementary};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RowStatus {
    Unchanged,
    Changed,
    /// Moved to another number (wording may also have changed).
    Renumbered,
    /// 新設
    Added,
    /// 削る
    Removed,
}

/// One column of a row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "type", content = "runs")]
pub enum Cell {
    /// The provision's text; changed parts are Insert (new) / Delete (old)
    /// runs, lines separated by '\n'.
    Text(Vec<Run>),
    /// Unchanged, printed 「（略）」.
    Elided,
    /// No provision on this side: printed （新設） in the old column,
    /// （削る） in the new one.
    Absent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub status: RowStatus,
    /// Article label(s) in the new version, e.g. 第12条, or 第1条～第11条 for an elided stretch.
    pub new_label: Option<String>,
    pub old_label: Option<String>,
    /// Article ids (anchors) of the first article of each side, if any.
    pub new_id: Option<String>,
    pub old_id: Option<String>,
    pub new: Cell,
    pub old: Cell,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Taishohyo {
    /// Display title of the regulation (new version).
    pub title: String,
    pub new_id: String,
    pub old_id: String,
    /// Column labels, e.g. 改正後 / 改正前 or 改正案 / 現行.
    pub new_label: String,
    pub old_label: String,
    /// Whether the new version is the left column.
    pub new_first: bool,
    pub rows: Vec<Row>,
}

/// A provision to pair: main articles, then 附則.
struct Provision {
    id: String,
    label: String,
    number: Option<crate::model::Number>,
    units: Units,
}

fn article_provision(a: &Article) -> Provision {
    Provision {
        id: a.id.clone(),
        label: a.label.clone(),
        number: Some(a.number.clone()),
        units: Units::new(&article_display_text(a)),
    }
}

fn supplementary_provision(s: &Supplementary) -> Provision {
    let mut text = s.heading.clone();
    for p in &s.paragraphs {
        text.push('\n');
        if s.paragraphs.len() > 1 {
            text.push_str(&format!("{}　", p.number));
        }
        text.push_str(&p.text);
    }
    for a in &s.articles {
        text.push('\n');
        text.push_str(&article_display_text(a));
    }
    Provision { id: s.id.clone(), label: s.heading.clone(), number: None, units: Units::new(&text) }
}

/// An article as printed in a 新旧対照表: caption line, then 第N条 and its
/// paragraphs and items, one per line.
pub fn article_display_text(a: &Article) -> String {
    let mut lines = Vec::new();
    if let Some(c) = &a.caption {
        lines.push(format!("（{c}）"));
    }
    for p in &a.paragraphs {
        let head = if p.number <= 1 { a.label.clone() } else { p.number.to_string() };
        lines.push(format!("{head}　{}", p.text));
        for item in &p.items {
            push_item(&mut lines, item);
        }
    }
    if a.paragraphs.is_empty() {
        lines.push(a.label.clone());
    }
    lines.join("\n")
}

fn push_item(lines: &mut Vec<String>, item: &crate::model::Item) {
    lines.push(format!("{}　{}", item.label, item.text));
    for c in &item.children {
        push_item(lines, c);
    }
}

/// Minimum wording similarity for a pair of articles with the same number,
/// and for a renumbered pair.
const SAME_NUMBER_MIN: f32 = 0.3;
const RENUMBERED_MIN: f32 = 0.6;

/// Pairs old and new provisions: greedy on similarity, same number preferred.
fn pair(old: &[Provision], new: &[Provision]) -> Vec<Option<usize>> {
    let mut scored = Vec::new();
    for (i, o) in old.iter().enumerate() {
        for (j, n) in new.iter().enumerate() {
            let same = match (&o.number, &n.number) {
                (Some(a), Some(b)) => a == b,
                (None, None) => o.label == n.label,
                _ => continue,
            };
            let sim = TokenDiff::from_units(o.units.clone(), n.units.clone()).similarity();
            if sim >= if same { SAME_NUMBER_MIN } else { RENUMBERED_MIN } {
                scored.push((i, j, sim + if same { 0.2 } else { 0.0 }));
            }
        }
    }
    scored.sort_by(|x, y| y.2.total_cmp(&x.2));
    let mut old_to_new = vec![None; old.len()];
    let mut new_used = vec![false; new.len()];
    for (i, j, _) in scored {
        if old_to_new[i].is_none() && !new_used[j] {
            old_to_new[i] = Some(j);
            new_used[j] = true;
        }
    }
    old_to_new
}

/// Builds the 新旧対照表 of `old` → `new` with the configured labels and order.
pub fn build(old: &Regulation, new: &Regulation, config: &Config) -> Taishohyo {
    let old_p: Vec<Provision> =
        old.articles().map(article_provision).chain(old.supplementary.iter().map(supplementary_provision)).collect();
    let new_p: Vec<Provision> =
        new.articles().map(article_provision).chain(new.supplementary.iter().map(supplementary_provision)).collect();
    Taishohyo {
        title: new.display_title(),
        new_id: new.id.clone(),
        old_id: old.id.clone(),
        new_label: config.taishohyo_labels[0].clone(),
        old_label: config.taishohyo_labels[1].clone(),
        new_first: config.taishohyo_new_first,
        rows: rows(&old_p, &new_p),
    }
}

/// Builds the rows of two article lists (old, new).
pub fn build_rows(old: &[Article], new: &[Article]) -> Vec<Row> {
    let old_p: Vec<Provision> = old.iter().map(article_provision).collect();
    let new_p: Vec<Provision> = new.iter().map(article_provision).collect();
    rows(&old_p, &new_p)
}

fn rows(old: &[Provision], new: &[Provision]) -> Vec<Row> {
    let old_to_new = pair(old, new);
    let mut new_to_old = vec![None; new.len()];
    for (i, j) in old_to_new.iter().enumerate() {
        if let Some(j) = j {
            new_to_old[*j] = Some(i);
        }
    }
    // Removed old provisions go after the row of the nearest earlier paired old provision.
    let mut removed_after: Vec<Vec<usize>> = vec![Vec::new(); new.len() + 1];
    let mut last_new_row = 0; // index into removed_after: 0 = before everything
    for (i, j) in old_to_new.iter().enumerate() {
        match j {
            Some(j) => last_new_row = j + 1,
            None => removed_after[last_new_row].push(i),
        }
    }
    let mut out: Vec<Row> = Vec::new();
    let removed_row = |i: usize| Row {
        status: RowStatus::Removed,
        new_label: None,
        old_label: Some(old[i].label.clone()),
        new_id: None,
        old_id: Some(old[i].id.clone()),
        new: Cell::Absent,
        old: Cell::Text(vec![Run { kind: RunKind::Delete, text: old[i].units.text.original.clone() }]),
    };
    for &i in &removed_after[0] {
        out.push(removed_row(i));
    }
    for (j, n) in new.iter().enumerate() {
        let row = match new_to_old[j] {
            None => Row {
                status: RowStatus::Added,
                new_label: Some(n.label.clone()),
                old_label: None,
                new_id: Some(n.id.clone()),
                old_id: None,
                new: Cell::Text(vec![Run { kind: RunKind::Insert, text: n.units.text.original.clone() }]),
                old: Cell::Absent,
            },
            Some(i) => {
                let d = TokenDiff::from_units(old[i].units.clone(), n.units.clone());
                let renumbered = old[i].number != n.number;
                let status = match (d.has_changes(), renumbered) {
                    (_, true) => RowStatus::Renumbered,
                    (true, false) => RowStatus::Changed,
                    (false, false) => RowStatus::Unchanged,
                };
                let (new_cell, old_cell) = if status == RowStatus::Unchanged {
                    (Cell::Elided, Cell::Elided)
                } else {
                    (Cell::Text(d.b_runs(Granularity::Phrase)), Cell::Text(d.a_runs(Granularity::Phrase)))
                };
                Row {
                    status,
                    new_label: Some(n.label.clone()),
                    old_label: Some(old[i].label.clone()),
                    new_id: Some(n.id.clone()),
                    old_id: Some(old[i].id.clone()),
                    new: new_cell,
                    old: old_cell,
                }
            }
        };
        push_row(&mut out, row);
        for &i in &removed_after[j + 1] {
            out.push(removed_row(i));
        }
    }
    out
}

/// Appends a row, collapsing consecutive unchanged rows into one （略）.
fn push_row(out: &mut Vec<Row>, row: Row) {
    if row.status == RowStatus::Unchanged {
        if let Some(last) = out.last_mut().filter(|l| l.status == RowStatus::Unchanged) {
            let extend = |range: &mut Option<String>, next: &Option<String>| {
                if let (Some(r), Some(n)) = (range.as_mut(), next) {
                    let first = r.split('～').next().unwrap_or_default().to_string();
                    *r = format!("{first}～{n}");
                }
            };
            extend(&mut last.new_label, &row.new_label);
            extend(&mut last.old_label, &row.old_label);
            return;
        }
    }
    out.push(row);
}

impl Taishohyo {
    /// Whether any provision changed.
    pub fn has_changes(&self) -> bool {
        self.rows.iter().any(|r| r.status != RowStatus::Unchanged)
    }

    /// The columns in display order: (label, cell, is_new) for left then right.
    pub fn columns<'a>(&'a self, row: &'a Row) -> [(&'a str, &'a Cell, bool); 2] {
        let new = (self.new_label.as_str(), &row.new, true);
        let old = (self.old_label.as_str(), &row.old, false);
        if self.new_first {
            [new, old]
        } else {
            [old, new]
        }
    }

    /// The column labels in display order (改正後, 改正前 by default).
    pub fn column_labels(&self) -> [&str; 2] {
        let [new, old] = [self.new_label.as_str(), self.old_label.as_str()];
        if self.new_first {
            [new, old]
        } else {
            [old, new]
        }
    }

    /// The 改め文 sentence that introduces the table.
    pub fn lead_sentence(&self) -> String {
        format!(
            "次の表の{old}の欄に掲げる規定を同表の{new}の欄に掲げる規定に下線で示すように改正する。",
            old = self.old_label,
            new = self.new_label
        )
    }
}

/// Text shown for a cell without runs.
pub fn placeholder(cell: &Cell, is_new: bool) -> Option<&'static str> {
    match cell {
        Cell::Text(_) => None,
        Cell::Elided => Some("（略）"),
        Cell::Absent if is_new => Some("（削る）"),
        Cell::Absent => Some("（新設）"),
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

/// Letters of scripts that have no place in a Japanese regulation (Hangul,
/// Cyrillic, Arabic, Thai, Devanagari): usually a conversion or input slip
/// (持ち込んで서는ならない), marked where they stand.
fn is_foreign(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF // Hangul
        | 0x0400..=0x04FF // Cyrillic
        | 0x0600..=0x06FF // Arabic
        | 0x0E00..=0x0E7F // Thai
        | 0x0900..=0x097F) // Devanagari
}

/// Escapes `text` and wraps each run of foreign letters in
/// `<span class="foreign">`.
fn escape_marking_foreign(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(is_foreign) {
        let len = rest[start..].find(|c: char| !is_foreign(c)).unwrap_or(rest.len() - start);
        out.push_str(&escape(&rest[..start]));
        out.push_str(&format!(
            "<span class=\"foreign\" title=\"外国の文字が含まれています\">{}</span>",
            escape(&rest[start..start + len])
        ));
        rest = &rest[start + len..];
    }
    out.push_str(&escape(rest));
    out
}

fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            _ => s.push(c),
        }
    }
    s
}

fn cell_html(cell: &Cell, is_new: bool) -> String {
    if let Some(p) = placeholder(cell, is_new) {
        return format!("<p class=\"placeholder\">{p}</p>");
    }
    let Cell::Text(runs) = cell else { unreachable!() };
    let mut html = String::new();
    for line in lines(runs) {
        html.push_str("<p>");
        for r in line {
            match r.kind {
                RunKind::Equal => html.push_str(&escape_marking_foreign(&r.text)),
                RunKind::Insert => html.push_str(&format!("<u class=\"ins\">{}</u>", escape_marking_foreign(&r.text))),
                RunKind::Delete => html.push_str(&format!("<u class=\"del\">{}</u>", escape_marking_foreign(&r.text))),
            }
        }
        html.push_str("</p>");
    }
    html
}

/// The table alone (for the site's templates): `<table class="taishohyo">`.
pub fn render_html_fragment(t: &Taishohyo) -> String {
    let mut html = String::from("<table class=\"taishohyo\">\n<thead><tr>");
    for label in t.column_labels() {
        html.push_str(&format!("<th scope=\"col\">{}</th>", escape(label)));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        let status =
            serde_json::to_value(row.status).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        html.push_str(&format!("<tr class=\"{status}\">"));
        for (_, cell, is_new) in t.columns(row) {
            html.push_str(&format!("<td>{}</td>", cell_html(cell, is_new)));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// Style of the stand-alone page; printable on A4 landscape.
pub const PAGE_CSS: &str = r#"@page { size: A4 landscape; margin: 15mm 12mm; }
body { font-family: "Yu Mincho", "Hiragino Mincho ProN", "MS Mincho", serif; font-size: 10.5pt; line-height: 1.7; margin: 0 auto; max-width: 270mm; }
h1 { font-size: 13pt; font-weight: normal; }
"#;

/// Style of the table itself (office layout: ruled grid, centred headers,
/// 明朝), shared by the CLI's page and the site's 新旧対照表 page.
pub const TABLE_CSS: &str = r#"table.taishohyo { font-family: "Yu Mincho", "Hiragino Mincho ProN", "MS Mincho", "Noto Serif CJK JP", serif; }
table.taishohyo { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.taishohyo th, table.taishohyo td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; width: 50%; }
table.taishohyo th { font-weight: normal; text-align: center; }
table.taishohyo p { margin: 0; padding-left: 1em; text-indent: -1em; }
table.taishohyo u { text-decoration: underline; text-underline-offset: 0.2em; }
table.taishohyo p.placeholder { text-indent: 0; }
tr { break-inside: avoid; }
@media screen { u.ins { background: #e6ffec; } u.del { background: #ffebe9; } }
table.taishohyo .foreign { outline: 1px dashed #b45309; outline-offset: 1px; }
table.taishohyo .foreign::after { content: "［外国文字］"; font-size: 75%; color: #b45309; }
"#;

/// A self-contained printable page.
pub fn render_html_page(t: &Taishohyo) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title} 新旧対照表</title>\n<style>\n{PAGE_CSS}{TABLE_CSS}</style>\n</head>\n<body>\n<h1>{title} 新旧対照表</h1>\n<p>{lead}</p>\n{table}</body>\n</html>\n",
        title = escape(&t.title),
        lead = escape(&t.lead_sentence()),
        table = render_html_fragment(t),
    )
}

/// Characters that may not begin a line in Japanese typesetting (行頭禁則):
/// closing punctuation, closing brackets and the long-vowel mark.
const NO_LINE_START: &str = "。、，．・：；？！）」』】〕〉》”’ー";

/// A character with its mark, for wrapping.
#[derive(Clone, Copy)]
struct Cellch {
    c: char,
    kind: RunKind,
}

/// Wraps runs to `width` display columns; with `plain` markers, their
/// width ({+ +}, [- -]) is reserved too.
fn wrap(runs: &[Run], width: usize, plain: bool) -> Vec<Vec<Cellch>> {
    let mut out = Vec::new();
    for line in lines(runs) {
        let mut current: Vec<Cellch> = Vec::new();
        let mut w = 0;
        for r in &line {
            // A short marked phrase moves whole to the next line rather than split.
            let run_w: usize =
                r.text.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>() + if plain { 4 } else { 0 };
            if r.kind != RunKind::Equal && !current.is_empty() && w + run_w > width && run_w <= width / 2 {
                out.push(std::mem::take(&mut current));
                w = 0;
            }
            for c in r.text.chars() {
                let opens = plain && r.kind != RunKind::Equal && current.last().is_none_or(|p| p.kind != r.kind);
                let cw = c.width().unwrap_or(0) + if opens { 4 } else { 0 };
                // A marked piece also needs room for its closing marker.
                let closing = if plain && r.kind != RunKind::Equal { 2 } else { 0 };
                if w + cw + closing > width && !current.is_empty() {
                    // 行頭禁則: 。、」 may not open a line, so the character
                    // before it moves down with it (追い出し).
                    let carried = if NO_LINE_START.contains(c) && current.len() > 1 { current.pop() } else { None };
                    out.push(std::mem::take(&mut current));
                    w = 0;
                    for ch in carried.into_iter().chain([Cellch { c, kind: r.kind }]) {
                        let opens =
                            plain && ch.kind != RunKind::Equal && current.last().is_none_or(|p| p.kind != ch.kind);
                        w += ch.c.width().unwrap_or(0) + if opens { 4 } else { 0 };
                        current.push(ch);
                    }
                    continue;
                }
                current.push(Cellch { c, kind: r.kind });
                w += cw;
            }
        }
        out.push(current);
    }
    out
}

fn render_line(line: &[Cellch], width: usize, color: bool) -> String {
    let mut s = String::new();
    let mut w = 0;
    let mut kind = RunKind::Equal;
    for ch in line {
        if ch.kind != kind {
            if color {
                s.push_str(match ch.kind {
                    RunKind::Equal => "\x1b[0m",
                    RunKind::Insert => "\x1b[4;32m",
                    RunKind::Delete => "\x1b[4;31m",
                });
            } else {
                s.push_str(match (kind, ch.kind) {
                    (RunKind::Insert, _) => "+}",
                    (RunKind::Delete, _) => "-]",
                    _ => "",
                });
                s.push_str(match ch.kind {
                    RunKind::Insert => "{+",
                    RunKind::Delete => "[-",
                    RunKind::Equal => "",
                });
            }
            kind = ch.kind;
        }
        s.push(ch.c);
        w += ch.c.width().unwrap_or(0);
    }
    if kind != RunKind::Equal {
        s.push_str(if color {
            "\x1b[0m"
        } else if kind == RunKind::Insert {
            "+}"
        } else {
            "-]"
        });
    }
    let markers = if color { 0 } else { line_marker_width(line) };
    s.push_str(&" ".repeat(width.saturating_sub(w + markers)));
    s
}

/// Width taken by plain [-…-]/{+…+} markers on a line.
fn line_marker_width(line: &[Cellch]) -> usize {
    let mut n = 0;
    let mut kind = RunKind::Equal;
    for ch in line {
        if ch.kind != kind {
            if ch.kind != RunKind::Equal {
                n += 4;
            }
            kind = ch.kind;
        }
    }
    n
}

/// Side-by-side terminal view, `width` columns wide (CJK counted double).
/// With `color`, changes are underlined (green new, red old); without it,
/// marked {+…+} / [-…-].
pub fn render_terminal(t: &Taishohyo, width: usize, color: bool) -> String {
    let col = (width.max(24) - 3) / 2;
    let mut out = String::new();
    let rule = format!("{}┼{}\n", "─".repeat(col + 1), "─".repeat(col + 1));
    out.push_str(&format!("{}\n", t.title));
    let [l, r] = t.column_labels();
    let head = |s: &str| {
        let w: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
        let pad = col.saturating_sub(w);
        format!("{}{}{}", " ".repeat(pad / 2), s, " ".repeat(pad - pad / 2))
    };
    out.push_str(&format!("{} │ {}\n", head(l), head(r)));
    for row in &t.rows {
        out.push_str(&rule);
        let [(_, lc, lnew), (_, rc, rnew)] = t.columns(row);
        let cell_lines = |cell: &Cell, is_new: bool| -> Vec<Vec<Cellch>> {
            match placeholder(cell, is_new) {
                Some(p) => wrap(&[Run { kind: RunKind::Equal, text: p.to_string() }], col, !color),
                None => match cell {
                    Cell::Text(runs) => wrap(runs, col, !color),
                    _ => unreachable!(),
                },
            }
        };
        let (left, right) = (cell_lines(lc, lnew), cell_lines(rc, rnew));
        for k in 0..left.len().max(right.len()) {
            let lpart = render_line(left.get(k).map(Vec::as_slice).unwrap_or(&[]), col, color);
            let rpart = render_line(right.get(k).map(Vec::as_slice).unwrap_or(&[]), col, color);
            out.push_str(format!("{lpart} │ {rpart}").trim_end());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Number, Paragraph};

    fn art(n: u32, caption: &str, paras: &[&str]) -> Article {
        Article {
            id: format!("art-{n}"),
            number: Number { main: n, branches: vec![] },
            label: format!("第{n}条"),
            caption: Some(caption.to_string()),
            paragraphs: paras
                .iter()
                .enumerate()
                .map(|(k, t)| Paragraph { number: k as u32 + 1, text: t.to_string(), ..Paragraph::default() })
                .collect(),
            ..Article::default()
        }
    }

    #[test]
    fn foreign_letters_are_marked_in_the_html() {
        assert_eq!(
            escape_marking_foreign("持ち込んで서는ならない<"),
            "持ち込んで<span class=\"foreign\" title=\"外国の文字が含まれています\">서는</span>ならない&lt;"
        );
        assert_eq!(escape_marking_foreign("第１２条　ＵＳＢ"), "第１２条　ＵＳＢ");
    }

    #[test]
    fn wrapping_never_starts_a_line_with_a_full_stop() {
        // 10 columns hold five wide characters: 「。」 would open line 2.
        let runs = [Run { kind: RunKind::Equal, text: "あいうえお。かきくけこ".to_string() }];
        let lines: Vec<String> = wrap(&runs, 10, false).iter().map(|l| l.iter().map(|c| c.c).collect()).collect();
        assert_eq!(lines, ["あいうえ", "お。かきく", "けこ"]);
    }

    #[test]
    fn unchanged_articles_collapse_and_renumbered_ones_are_followed() {
        let old = vec![
            art(1, "趣旨", &["この規程は、個人情報の管理について定める。"]),
            art(2, "定義", &["用語の意義は、法の定めるところによる。"]),
            art(3, "削除される条", &["監査責任者は、年一回監査を行う。"]),
            art(4, "点検", &["保護管理者は、定期に点検を行い、その結果を記録するものとする。"]),
        ];
        let new = vec![
            art(1, "趣旨", &["この規程は、個人情報の管理について定める。"]),
            art(2, "定義", &["用語の意義は、法の定めるところによる。"]),
            art(3, "点検", &["保護管理者は、定期及び随時に点検を行い、その結果を記録するものとする。"]),
            art(4, "新しい条", &["職員は、研修を受けなければならない。"]),
        ];
        let rows = build_rows(&old, &new);
        let statuses: Vec<RowStatus> = rows.iter().map(|r| r.status).collect();
        assert_eq!(statuses, vec![RowStatus::Unchanged, RowStatus::Removed, RowStatus::Renumbered, RowStatus::Added]);
        assert_eq!(rows[0].new_label.as_deref(), Some("第1条～第2条"));
        assert_eq!(rows[2].old_label.as_deref(), Some("第4条"));
        assert_eq!(rows[2].new_label.as_deref(), Some("第3条"));
        let t = Taishohyo {
            title: "テスト規程".into(),
            new_id: "n".into(),
            old_id: "o".into(),
            new_label: "改正案".into(),
            old_label: "現行".into(),
            new_first: true,
            rows,
        };
        let html = render_html_fragment(&t);
        assert!(html.contains("<th scope=\"col\">改正案</th><th scope=\"col\">現行</th>"));
        assert!(html.contains("（削る）") && html.contains("（新設）") && html.contains("（略）"));
        let term = render_terminal(&t, 100, false);
        assert!(term.contains("{+第3条+}"), "{term}");
        assert!(term.contains("[-第4条-]"), "{term}");
    }
}
