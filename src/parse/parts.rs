//! The numbered text of a 別記 or 別表 read as parts ([`TextPart`]): each
//! numbered line with what follows it up to the next line numbered at its
//! level or above; a numbered line that is only a heading over deeper ones
//! starts their citation.

use std::collections::HashMap;

use super::classify::{classify, ItemStyle, Kind};
use super::heading_then_text;
use super::lines::trim_layout;
use crate::model::{Appendix, TextPart};
use crate::text::normalize::nfkc;
use crate::text::numerals::join_citation;

/// How a text line is numbered; siblings share a style.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    /// 第１, 第２ (without 条): the headings of a 別記 written as a
    /// 特記事項 is.
    Bare,
    /// １, ２
    Digits,
    /// （１）, ア, ① … as 号 and their 細目 are numbered.
    Item(ItemStyle),
}

/// A text line's numbering: its style, its label as written and the text
/// after it.
pub(super) struct Numbered<'a> {
    style: Style,
    label: &'a str,
    /// A caption in brackets after the label (第１（基本的事項）乙は、…).
    caption: Option<String>,
    rest: &'a str,
}

/// How `line` is numbered, if it is: 「第１　…」, 「１　…」, 「（１）…」,
/// 「ア　…」 and the other labels of 号 and their 細目.
pub(super) fn numbered(line: &str) -> Option<Numbered<'_>> {
    let line = trim_layout(line);
    numbered_as(line, classify(line))
}

/// [`numbered`] of a trimmed line the classifier read as `kind`.
fn numbered_as(line: &str, kind: Kind) -> Option<Numbered<'_>> {
    let (style, caption, text) = match kind {
        Kind::Paragraph { text, .. } => (Style::Digits, None, text),
        Kind::Item { style, text, .. } => (Style::Item(style), None, text),
        Kind::Article { bare: true, caption, text, .. } => (Style::Bare, caption, text),
        _ => return None,
    };
    // What the classifier read after the label (and a caption) ends the line.
    let before = line.strip_suffix(text.as_str())?;
    let label = match style {
        // 第１（基本的事項）: the label runs to the first space or bracket.
        Style::Bare => before.split(|c: char| c.is_whitespace() || matches!(c, '\u{3000}' | '（' | '(')).next()?,
        _ => before,
    };
    let label = trim_layout(label).trim_end_matches(['.', '．']);
    Some(Numbered { style, label, caption, rest: trim_layout(&line[before.len()..]) })
}

/// Reads `appendix.parts` from its text: the parts of a 別記 (or 別表)
/// without a table; none for a form (様式, 別記様式) or a table, whose
/// numbered lines are its fields or its 備考. Called when a regulation is
/// parsed and again when a 改め文 edits an appendix's words.
pub fn read_parts(appendix: &mut Appendix) {
    appendix.parts =
        if appendix.carries_provisions() && appendix.rows.is_empty() { text_parts(&appendix.text) } else { Vec::new() };
}

/// The parts of an appendix's text lines, in order (see the module). Lines
/// before the first numbered line (an introduction) belong to no part.
fn text_parts(lines: &[String]) -> Vec<TextPart> {
    let lines: Vec<&str> = lines.iter().map(|l| trim_layout(l)).collect();
    // Each line classified once: how it is numbered, or whether it is a
    // caption alone in brackets （秘密の保持）.
    let mut numbering: Vec<Option<Numbered>> = Vec::with_capacity(lines.len());
    let mut caption_line: Vec<Option<String>> = Vec::with_capacity(lines.len());
    for line in &lines {
        match classify(line) {
            Kind::Caption(inner) => {
                numbering.push(None);
                caption_line.push(Some(inner));
            }
            kind => {
                numbering.push(numbered_as(line, kind));
                caption_line.push(None);
            }
        }
    }
    // A style's depth is where it is first met under the styles open then,
    // as 号 and their 細目 nest: １ then （１） then ア.
    let mut open: Vec<Style> = Vec::new();
    let depth: Vec<Option<usize>> = numbering
        .iter()
        .map(|n| {
            let n = n.as_ref()?;
            match open.iter().position(|s| *s == n.style) {
                Some(k) => open.truncate(k + 1),
                None => open.push(n.style),
            }
            Some(open.len() - 1)
        })
        .collect();
    let mut parts = Vec::new();
    // The headings above the line read and the line itself, by depth: the
    // labels they are cited by and, for a heading, its line and name.
    let mut path: Vec<Step> = Vec::new();
    // For each part, the line and name of the heading right above it.
    let mut under: Vec<Option<(usize, Option<String>)>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (Some(n), Some(d)) = (&numbering[i], depth[i]) else {
            i += 1;
            continue;
        };
        path.retain(|step| step.depth < d);
        let heading = path.last().map(|step| (step.line, step.names.clone()));
        let names = n.caption.clone().or_else(|| (!n.rest.is_empty()).then(|| n.rest.to_string()));
        path.push(Step { depth: d, label: nfkc(n.label), line: i, names });
        let next_is_deeper = depth.get(i + 1).copied().flatten().is_some_and(|dn| dn > d);
        if !n.rest.contains('。') && next_is_deeper {
            // A heading over numbered parts: read on into them.
            i += 1;
            continue;
        }
        let mut end = (i + 1..lines.len()).find(|&j| depth[j].is_some_and(|dj| dj <= d)).unwrap_or(lines.len());
        // The next part's caption on its own line is the next part's.
        if end < lines.len() && caption_line[end - 1].is_some() {
            end -= 1;
        }
        // A caption on the line above, as an article's （秘密の保持）, or in
        // brackets after the label.
        let above = i.checked_sub(1).and_then(|k| caption_line[k].clone());
        let start = if above.is_some() { i - 1 } else { i };
        let body: Vec<&str> = lines[i + 1..end].iter().copied().filter(|l| !l.is_empty()).collect();
        let own_line_heading = lines
            .get(i + 1)
            .filter(|next| !body.is_empty() && heading_then_text(n.rest, next))
            .map(|_| n.rest.to_string());
        let mut text: Vec<&str> = Vec::new();
        if own_line_heading.is_none() && !n.rest.is_empty() {
            text.push(n.rest);
        }
        text.extend(body);
        under.push(heading);
        parts.push(TextPart {
            lines: start..end,
            path: path.iter().fold(String::new(), |cited, step| join_citation(&cited, &step.label)),
            head: above.or_else(|| n.caption.clone()).or(own_line_heading),
            text: text.join("\u{3000}"),
        });
        i = end;
    }
    // A heading over one part alone is that part's caption (第１　職員の
    // 教育 over its one measure), as a caption over one article is; over
    // several it names what they share, too broad for any one of them.
    let mut parts_under: HashMap<usize, usize> = HashMap::new();
    for (line, _) in under.iter().flatten() {
        *parts_under.entry(*line).or_default() += 1;
    }
    for (k, part) in parts.iter_mut().enumerate() {
        let Some((line, Some(names))) = &under[k] else { continue };
        let alone = parts_under[line] == 1;
        if part.head.is_none() && alone {
            part.head = Some(names.clone());
        }
    }
    parts
}

/// A numbered line on the way to the line read: its depth, the label it
/// is cited by, and its line and name (第１　職員の教育) should it be a
/// heading over parts.
struct Step {
    depth: usize,
    label: String,
    line: usize,
    names: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<(usize, String, Option<String>, String)> {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        text_parts(&lines).into_iter().map(|p| (p.lines.start, p.path, p.head, p.text)).collect()
    }

    #[test]
    fn headings_over_numbered_measures_start_their_citation() {
        let read = parts(
            "１　組織的な措置\n（１）　利用状況の記録\n管理責任者は、利用状況を記録するものとする。\n\
             （２）　一覧\n管理責任者は、一覧を作成する。\n２　研修\n統括責任者は、研修を行うものとする。\n\
             ３　持出し\n書類は、封筒に入れて持ち出す。\n４　職員は\n研修を受けるものとする。",
        );
        assert_eq!(
            read,
            [
                (
                    1,
                    "1(1)".into(),
                    Some("利用状況の記録".into()),
                    "管理責任者は、利用状況を記録するものとする。".into()
                ),
                (3, "1(2)".into(), Some("一覧".into()), "管理責任者は、一覧を作成する。".into()),
                (5, "2".into(), Some("研修".into()), "統括責任者は、研修を行うものとする。".into()),
                // A noun made of a verb heads its text (持出し); a clause
                // broken by the page does not (職員は).
                (7, "3".into(), Some("持出し".into()), "書類は、封筒に入れて持ち出す。".into()),
                (9, "4".into(), None, "職員は\u{3000}研修を受けるものとする。".into()),
            ]
        );
    }

    #[test]
    fn a_measure_on_its_numbered_line_keeps_its_deeper_lines() {
        // The measure on the numbered line itself, no caption; its ア and イ
        // are part of it, as a 号's 細目 are.
        let read = parts(
            "この別記は、安全管理の措置を定める。\n１　書類は、次により廃棄する。\nア　裁断する。\nイ　溶解する。\n\
             ２　端末は、ワイヤーで固定する。",
        );
        assert_eq!(
            read,
            [
                (1, "1".into(), None, "書類は、次により廃棄する。\u{3000}ア　裁断する。\u{3000}イ　溶解する。".into()),
                (4, "2".into(), None, "端末は、ワイヤーで固定する。".into()),
            ]
        );
    }

    #[test]
    fn headings_numbered_dai_are_cited_with_an_no() {
        // 第１, 第２ over １, ２: 別記第1の1, as a 特記事項 is cited.
        let read = parts(
            "第１　組織的安全管理措置\n１　課長は、台帳を整備する。\n２　課長は、事案を報告する。\n\
             第２　人的安全管理措置\n１　課長は、研修を行う。",
        );
        let paths: Vec<&str> = read.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(paths, ["第1の1", "第1の2", "第2の1"]);
    }

    #[test]
    fn a_caption_above_or_after_the_label_is_the_parts_heading() {
        // A 特記事項 as a 別記: each provision under its caption, the
        // caption's line part of the provision, not of the one before; or
        // its heading after its number, its text on the next line.
        let read = parts(
            "（基本的事項）\n第１　乙は、個人情報を適正に取り扱う。\n（秘密の保持）\n第２　乙は、秘密を守る。\n\
             第３　再委託の禁止\n乙は、再委託しない。",
        );
        assert_eq!(
            read,
            [
                (0, "第1".into(), Some("基本的事項".into()), "乙は、個人情報を適正に取り扱う。".into()),
                (2, "第2".into(), Some("秘密の保持".into()), "乙は、秘密を守る。".into()),
                (4, "第3".into(), Some("再委託の禁止".into()), "乙は、再委託しない。".into()),
            ]
        );
    }

    #[test]
    fn a_heading_over_one_part_alone_is_its_caption() {
        // 第１ is over one measure: its caption; 第２ is over two: each is
        // read without it.
        let read = parts(
            "第１　研修\n１　課長は、職員に研修を行う。\n第２　媒体\n１　媒体は、書庫に保管する。\n\
             ２　不要な媒体は、裁断する。",
        );
        let heads: Vec<(&str, Option<&str>)> = read.iter().map(|p| (p.1.as_str(), p.2.as_deref())).collect();
        assert_eq!(heads, [("第1の1", Some("研修")), ("第2の1", None), ("第2の2", None)]);
        // Two parts under 第１ with a heading between them: not alone.
        let read = parts(
            "第１　管理\n１　課長は、台帳を作る。\n２　記録\n(1)　課長は、記録を作る。\n\
             ３　課長は、台帳を点検する。",
        );
        let heads: Vec<(&str, Option<&str>)> = read.iter().map(|p| (p.1.as_str(), p.2.as_deref())).collect();
        assert_eq!(heads, [("第1の1", None), ("第1の2(1)", Some("記録")), ("第1の3", None)]);
    }

    #[test]
    fn text_without_numbers_has_no_parts() {
        assert!(parts("私は、次の事項を遵守することを誓約します。\n住所\n氏名").is_empty());
    }
}
