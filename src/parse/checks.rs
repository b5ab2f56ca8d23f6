//! Diagnostics over a parsed regulation: numbering gaps and duplicates,
//! 目次 against the body, empty articles, characters foreign to Japanese text.
use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::{Article, Diagnostic, DiagnosticCode, Item, Number, Regulation, Severity};
use crate::text::normalize::nfkc;
use crate::text::numerals::{number_label, parse_article_ref, NUMERALS};

pub(super) fn run(reg: &mut Regulation) {
    let mut out = Vec::new();
    let file = reg.path.clone();
    let mut warn = |code: DiagnosticCode, line: usize, message: String| {
        out.push(Diagnostic { severity: Severity::Warning, code, file: file.clone(), line, message })
    };

    // 章, 節 within each 章, 条 across the body.
    let chapters: Vec<(Number, usize)> =
        reg.chapters.iter().filter_map(|c| c.number.clone().map(|n| (n, c.line))).collect();
    sequence(&chapters, "章", "", &mut warn);
    for chapter in &reg.chapters {
        let sections: Vec<(Number, usize)> =
            chapter.sections.iter().filter_map(|s| s.number.clone().map(|n| (n, s.line))).collect();
        sequence(&sections, "節", &chapter.label, &mut warn);
    }
    let articles: Vec<&Article> = reg.articles().collect();
    let numbers: Vec<(Number, usize)> = articles.iter().map(|a| (a.number.clone(), a.line)).collect();
    // Named as the text numbers them: 第3条, 第3 (要領, 特記事項), or 3 (要領).
    let unit = match articles.first() {
        Some(a) if a.is_numbered_plainly() => "",
        Some(a) if a.is_numbered_without_jo() => "第",
        _ => "条",
    };
    sequence(&numbers, unit, "", &mut warn);
    for article in &articles {
        article_checks(article, &mut warn);
    }
    for suppl in &reg.supplementary {
        let numbers: Vec<(Number, usize)> = suppl.articles.iter().map(|a| (a.number.clone(), a.line)).collect();
        sequence(&numbers, "条", &suppl.heading, &mut warn);
        for article in &suppl.articles {
            article_checks(article, &mut warn);
        }
        let paras: Vec<(Number, usize)> =
            suppl.paragraphs.iter().map(|p| (Number { main: p.number, branches: vec![] }, p.line)).collect();
        sequence(&paras, "項", &suppl.heading, &mut warn);
    }
    let standards: Vec<(Number, usize)> =
        reg.standards.iter().map(|s| (Number { main: s.number, branches: vec![] }, s.line)).collect();
    sequence(&standards, "項目", "基準", &mut warn);
    for std in &reg.standards {
        items(&std.items, &std.label(), &mut warn);
    }
    preamble(reg, &mut warn);
    toc(reg, &mut warn);
    reg.diagnostics.extend(out);
    reg.diagnostics.sort_by_key(|d| d.line);
}

/// Sentences before the first provision from which a warning is given. A
/// 制定文 (…を次のように定める。) or a short 前文 is one or two; more are
/// most likely provisions in a numbering the parser did not read, which the
/// page shows as preamble and the analysis never sees.
const PREAMBLE_SENTENCES_TO_WARN: usize = 3;
/// Lines of them the warning names (then ほか).
const PREAMBLE_LINES_NAMED: usize = 3;

fn preamble(reg: &Regulation, warn: &mut impl FnMut(DiagnosticCode, usize, String)) {
    let sentences: Vec<usize> =
        reg.preamble.iter().filter(|l| super::ends_sentence(l.text.trim_end())).map(|l| l.line).collect();
    if sentences.len() >= PREAMBLE_SENTENCES_TO_WARN {
        let lines: Vec<String> = sentences.iter().take(PREAMBLE_LINES_NAMED).map(usize::to_string).collect();
        warn(
            DiagnosticCode::DroppedText,
            sentences[0],
            format!(
                "最初の条より前に文が{}行あります（{}行目{}）。条・項として読めなかった本文かもしれません。前文のまま表示し、網羅状況の分析には含めていません",
                sentences.len(),
                lines.join("・"),
                if sentences.len() > PREAMBLE_LINES_NAMED { "ほか" } else { "" }
            ),
        );
    }
}

fn article_checks(article: &Article, warn: &mut impl FnMut(DiagnosticCode, usize, String)) {
    let paras: Vec<(Number, usize)> =
        article.paragraphs.iter().map(|p| (Number { main: p.number, branches: vec![] }, p.line)).collect();
    sequence(&paras, "項", &article.label, warn);
    for p in &article.paragraphs {
        let place = if p.number == 1 { article.label.clone() } else { format!("{}第{}項", article.label, p.number) };
        items(&p.items, &place, warn);
    }
    let empty = article.paragraphs.iter().all(|p| p.text.trim().is_empty() && p.items.is_empty());
    if empty {
        warn(DiagnosticCode::EmptyArticle, article.line, format!("{}に本文がありません", article.label));
    }
}

fn items(list: &[Item], place: &str, warn: &mut impl FnMut(DiagnosticCode, usize, String)) {
    // Only labelled lists: bullets are numbered by position and cannot skip.
    let numbered: Vec<(Number, usize)> =
        list.iter().filter(|i| !i.is_bullet()).map(|i| (Number { main: i.number, branches: vec![] }, i.line)).collect();
    sequence(&numbered, "号", place, warn);
    for item in list {
        items(&item.children, &format!("{place}{}", item.label), warn);
    }
}

/// Reports gaps (1, 2, 4) and duplicates or reversals (3, 3 / 5, 4) in a
/// numbered sequence. The first number may be anything (excerpts).
fn sequence(
    numbers: &[(Number, usize)],
    unit: &str,
    place: &str,
    warn: &mut impl FnMut(DiagnosticCode, usize, String),
) {
    let show = |n: &Number| match unit {
        "条" | "章" | "節" => format!("第{}", number_label(n, unit)),
        "第" => format!("第{}", number_label(n, "")),
        _ => number_label(n, ""),
    };
    let what = match unit {
        "条" => "条番号",
        "章" => "章番号",
        "節" => "節番号",
        "項" => "項番号",
        "号" => "号番号",
        _ => "番号",
    };
    let prefix = if place.is_empty() { String::new() } else { format!("{place}: ") };
    for pair in numbers.windows(2) {
        let (prev, _) = &pair[0];
        let (next, line) = &pair[1];
        let (p, n) = (u64::from(prev.main), u64::from(next.main));
        let follows = if next.branches.is_empty() { n == p + 1 } else { n == p && next > prev };
        if follows {
            continue;
        }
        if next.branches.is_empty() && n > p + 1 {
            let one = |m: u64| show(&Number { main: m as u32, branches: vec![] });
            let missing = match n - p - 1 {
                1 => one(p + 1),
                2 => format!("{}・{}", one(p + 1), one(p + 2)),
                _ => format!("{}から{}まで", one(p + 1), one(n - 1)),
            };
            warn(
                DiagnosticCode::NumberingGap,
                *line,
                format!("{prefix}{what}が{}の次に{}になっています（{missing}が抜けています）", show(prev), show(next)),
            );
        } else {
            warn(
                DiagnosticCode::NumberingDuplicate,
                *line,
                format!("{prefix}{what}が{}の次に{}になっています（重複または順序の誤り）", show(prev), show(next)),
            );
        }
    }
}

static ARTICLE_REF: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"第{NUMERALS}条(?:の{NUMERALS})*")).unwrap());

/// First and last article of a 目次 range such as 第4条―第15条 or 第31条・第32条.
fn range_ends(range: &str) -> Option<(Number, Number)> {
    let refs: Vec<Number> = ARTICLE_REF.find_iter(range).filter_map(|m| parse_article_ref(m.as_str())).collect();
    Some((refs.first()?.clone(), refs.last()?.clone()))
}

fn toc(reg: &Regulation, warn: &mut impl FnMut(DiagnosticCode, usize, String)) {
    if reg.toc.is_empty() {
        return;
    }
    let mut chapter_idx: Option<usize> = None;
    for entry in &reg.toc {
        let label = nfkc(&entry.label);
        let (articles, body_title, found): (Vec<&Article>, String, bool) = if label.ends_with('章') {
            chapter_idx = reg.chapters.iter().position(|c| c.label == label);
            match chapter_idx {
                Some(i) => {
                    let c = &reg.chapters[i];
                    (c.sections.iter().flat_map(|s| s.articles.iter()).collect(), c.title.clone(), true)
                }
                None => (Vec::new(), String::new(), false),
            }
        } else if label.ends_with('節') {
            let section = chapter_idx.and_then(|i| reg.chapters[i].sections.iter().find(|s| s.label == label));
            match section {
                Some(s) => (s.articles.iter().collect(), s.title.clone(), true),
                None => (Vec::new(), String::new(), false),
            }
        } else if label.starts_with('附') || label.starts_with('付') {
            if reg.supplementary.is_empty() {
                warn(
                    DiagnosticCode::TocMismatch,
                    entry.line,
                    format!("目次に「{}」がありますが、本文に附則がありません", entry.label),
                );
            }
            continue;
        } else if let Some(article) = reg.articles().find(|a| a.label == label) {
            // A provision listed by itself, in a text numbered without 条 (第１　趣旨).
            let caption = article.caption.as_deref().map(nfkc).unwrap_or_default();
            if !entry.title.is_empty() && nfkc(&entry.title) != caption {
                warn(
                    DiagnosticCode::TocMismatch,
                    entry.line,
                    format!("目次の{}の見出し「{}」が本文の「{}」と異なります", entry.label, entry.title, caption),
                );
            }
            continue;
        } else {
            if !reg.appendices.iter().any(|a| a.label == label) {
                warn(DiagnosticCode::TocMismatch, entry.line, format!("目次の「{}」が本文にありません", entry.label));
            }
            continue;
        };
        if !found {
            warn(DiagnosticCode::TocMismatch, entry.line, format!("目次の{}が本文にありません", entry.label));
            continue;
        }
        if !entry.title.is_empty() && nfkc(&entry.title) != nfkc(&body_title) {
            warn(
                DiagnosticCode::TocMismatch,
                entry.line,
                format!("目次の{}の題名「{}」が本文の「{}」と異なります", entry.label, entry.title, body_title),
            );
        }
        if let Some((first, last)) = entry.range.as_deref().and_then(range_ends) {
            let body = (articles.first().map(|a| &a.number), articles.last().map(|a| &a.number));
            if body != (Some(&first), Some(&last)) {
                let actual = match body {
                    (Some(a), Some(b)) => format!("本文は第{}から第{}", number_label(a, "条"), number_label(b, "条")),
                    _ => "本文に条がありません".to_string(),
                };
                warn(
                    DiagnosticCode::TocMismatch,
                    entry.line,
                    format!(
                        "目次の{}の条の範囲「{}」が本文と異なります（{actual}）",
                        entry.label,
                        entry.range.as_deref().unwrap_or("")
                    ),
                );
            }
        }
    }
    for chapter in reg.chapters.iter().filter(|c| c.number.is_some()) {
        if !reg.toc.iter().any(|e| nfkc(&e.label) == chapter.label) {
            warn(DiagnosticCode::TocMismatch, chapter.line, format!("本文の{}が目次にありません", chapter.label));
        }
    }
}

/// Scripts that do not occur in Japanese administrative text; in practice
/// OCR or conversion garbage (Hangul inside katakana words, U+FFFD).
fn is_foreign(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0xA960..=0xA97F | 0xAC00..=0xD7FF // Hangul
        | 0x0400..=0x052F // Cyrillic
        | 0x0590..=0x05FF | 0x0600..=0x06FF // Hebrew, Arabic
        | 0x0900..=0x097F | 0x0E00..=0x0E7F // Devanagari, Thai
        | 0xFFFD)
}

/// Byte prefilter of [`is_foreign`] (vectorisable): lead bytes of its
/// scripts, or U+FFFD; kana and kanji are E3–E9, so Japanese text rarely
/// trips it. Applied to each line too, as a file with one foreign word
/// would otherwise have every line read by `char`.
fn may_hold_foreign(text: &str) -> bool {
    text.as_bytes()
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |acc, &b| acc | matches!(b, 0xD0..=0xE1 | 0xEA..=0xED)))
        // memmem rather than `str::contains`, which scans for U+FFFD's last
        // byte BD, the last byte of many kanji too.
        || memchr::memmem::find(text.as_bytes(), "\u{FFFD}".as_bytes()).is_some()
}

/// Warns once per line that holds foreign-script characters.
pub(super) fn foreign_script(reg: &mut Regulation, text: &str, first_line: usize) {
    if !may_hold_foreign(text) {
        return;
    }
    for (idx, line) in text.lines().enumerate() {
        if !may_hold_foreign(line) || !line.chars().any(is_foreign) {
            continue;
        }
        // Show each run of foreign characters with a little context.
        let chars: Vec<char> = line.chars().collect();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if is_foreign(chars[i]) {
                let start = i;
                while i < chars.len() && is_foreign(chars[i]) {
                    i += 1;
                }
                let from = start.saturating_sub(3);
                let to = (i + 3).min(chars.len());
                runs.push(format!("「{}」", chars[from..to].iter().collect::<String>()));
            } else {
                i += 1;
            }
        }
        reg.diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            code: DiagnosticCode::ForeignScript,
            file: reg.path.clone(),
            line: first_line + idx,
            message: format!(
                "日本語の文書にない文字（ハングル等）があります: {}。OCRや変換の誤りと思われます",
                runs.join("、")
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_script_is_warned_on_each_line_that_holds_it() {
        let text = "第1条　この規程は、職員に適用する。\n\
                    第2条　職員は、Пароль を定める。\n\
                    第3条　職員は、持ち込んで서는ならない。\n\
                    第4条　文字化け\u{FFFD}がある。\n\
                    第5条　①　管理者は、×を記す。\n";
        let mut reg = Regulation::default();
        foreign_script(&mut reg, text, 10);
        let lines: Vec<usize> = reg.diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![11, 12, 13]);
        assert!(reg.diagnostics[1].message.contains("「込んで서는ならな」"), "{}", reg.diagnostics[1].message);
    }
}
