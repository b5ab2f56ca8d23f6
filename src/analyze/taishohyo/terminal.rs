//! The 新旧対照表 side by side in a terminal.
use super::{lines, placeholder, Taishohyo, TaishohyoCell};
use crate::analyze::diff::{Run, RunKind};
use crate::text::{char_width, display_width};

/// Characters that may not begin a line in Japanese typesetting (行頭禁則):
/// closing punctuation, closing brackets and the long-vowel mark.
const NO_LINE_START: &str = "。、，．・：；？！）」』】〕〉》”’ー";

/// A character with its mark, for wrapping.
#[derive(Clone, Copy)]
pub(super) struct MarkedChar {
    pub(super) c: char,
    kind: RunKind,
}

/// Wraps runs to `width` display columns; with `plain` markers, their
/// width ({+ +}, [- -]) is reserved too.
pub(super) fn wrap(runs: &[Run], width: usize, plain: bool) -> Vec<Vec<MarkedChar>> {
    let mut out = Vec::new();
    for line in lines(runs) {
        let mut current: Vec<MarkedChar> = Vec::new();
        let mut w = 0;
        for r in &line {
            // A short marked phrase moves whole to the next line rather than split.
            let run_w: usize = display_width(&r.text) + if plain { 4 } else { 0 };
            if r.kind != RunKind::Equal && !current.is_empty() && w + run_w > width && run_w <= width / 2 {
                out.push(std::mem::take(&mut current));
                w = 0;
            }
            for c in r.text.chars() {
                let opens = plain && r.kind != RunKind::Equal && current.last().is_none_or(|p| p.kind != r.kind);
                let cw = char_width(c) + if opens { 4 } else { 0 };
                // A marked piece also needs room for its closing marker.
                let closing = if plain && r.kind != RunKind::Equal { 2 } else { 0 };
                if w + cw + closing > width && !current.is_empty() {
                    // 行頭禁則: 。、」 may not open a line, so the character
                    // before it moves down with it (追い出し).
                    let carried = if NO_LINE_START.contains(c) && current.len() > 1 { current.pop() } else { None };
                    out.push(std::mem::take(&mut current));
                    w = 0;
                    for ch in carried.into_iter().chain([MarkedChar { c, kind: r.kind }]) {
                        let opens =
                            plain && ch.kind != RunKind::Equal && current.last().is_none_or(|p| p.kind != ch.kind);
                        w += char_width(ch.c) + if opens { 4 } else { 0 };
                        current.push(ch);
                    }
                    continue;
                }
                current.push(MarkedChar { c, kind: r.kind });
                w += cw;
            }
        }
        out.push(current);
    }
    out
}

fn render_line(line: &[MarkedChar], width: usize, color: bool) -> String {
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
        w += char_width(ch.c);
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
fn line_marker_width(line: &[MarkedChar]) -> usize {
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

/// Side-by-side terminal view, `width` columns wide (text measured by
/// [`display_width`], the one width of every table: CJK and ambiguous
/// characters such as ○△×① count two).
/// With `color`, changes are underlined (green new, red old); without it,
/// marked {+…+} / [-…-].
pub fn render_terminal(t: &Taishohyo, width: usize, color: bool) -> String {
    let col = (width.max(24) - 3) / 2;
    let mut out = String::new();
    let rule = format!("{}┼{}\n", "─".repeat(col + 1), "─".repeat(col + 1));
    out.push_str(&format!("{}\n", t.title));
    let [l, r] = t.column_labels();
    let head = |s: &str| {
        let w = display_width(s);
        let pad = col.saturating_sub(w);
        format!("{}{}{}", " ".repeat(pad / 2), s, " ".repeat(pad - pad / 2))
    };
    out.push_str(&format!("{} │ {}\n", head(l), head(r)));
    for row in &t.rows {
        out.push_str(&rule);
        let [(_, lc, lnew), (_, rc, rnew)] = t.columns(row);
        let cell_lines = |cell: &TaishohyoCell, is_new: bool| -> Vec<Vec<MarkedChar>> {
            match placeholder(cell, is_new) {
                Some(p) => wrap(&[Run { kind: RunKind::Equal, text: p.to_string() }], col, !color),
                None => match cell {
                    TaishohyoCell::Text(runs) => wrap(runs, col, !color),
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
