//! Line level: markup cleanup (HTML, markdown) and the splitting of text
//! collapsed onto one line; `classify` then names each line.
use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;
use regex::Regex;

use crate::text::numerals::{parse_number, NUMERALS};

/// One cleaned line with its 1-based line number in the file.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct SourceLine {
    pub line: usize,
    pub text: String,
    /// A blank line separates this line from the previous one.
    pub blank_before: bool,
}

/// One layout space: half-width, tab, full-width (U+3000) or no-break.
pub(super) const SP: &str = "[ \\t\u{3000}\u{00a0}]";

static HTML_TAG: Lazy<Regex> = Lazy::new(|| Regex::new(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>").unwrap());
static HTML_BLOCK_TAG: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)</?(?:p|div|li|ul|ol|br|h[1-6]|tr|table|tbody|thead|blockquote)(?:\s[^<>]*)?/?>").unwrap()
});
static HTML_CELL: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?is)<t[dh](?:\s[^<>]*)?>(.*?)</t[dh]\s*>").unwrap());
static HTML_ROW_END: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)</tr\s*>").unwrap());
static AUTOLINK: Lazy<Regex> = Lazy::new(|| Regex::new(r"<((?:https?|mailto):[^<>\s]+)>").unwrap());
static MD_BULLET: Lazy<Regex> = Lazy::new(|| Regex::new(r"^[ \t\u{3000}]*(?:[-*+][ \t\u{3000}]+)+").unwrap());
static MD_HEADING: Lazy<Regex> = Lazy::new(|| Regex::new(r"^#{1,6}[ \t]+").unwrap());
/// A kramdown inline attribute list (`{: .jou}`, `{:.x #y}`): Jekyll markup
/// for styling, never regulation text, alone on a line or at a line's end.
static KRAMDOWN_IAL: Lazy<Regex> = Lazy::new(|| Regex::new(r"[ \t]*\{:[^{}]*\}[ \t]*$").unwrap());
/// A line that is only a Markdown link, e.g. `[様式第1号](form1.pdf)`: the
/// link text is kept (a 様式 heading), the target is not text.
static MD_LINK_LINE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[ \t\u{3000}]*\[([^\[\]]+)\]\([^()\s]*\)[ \t\u{3000}]*$").unwrap());

/// A sentence end followed by the start of a structural unit: where text
/// collapsed onto one line is split (after the 。).
static COLLAPSED_BREAK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^{SP}*(?:(?:[（(][^（）()。]{{1,40}}[）)]{SP}*)?第{NUMERALS}条(?:の{NUMERALS})*(?:{SP}|[（(])|第{NUMERALS}[章節]{SP}|[附付]{SP}*則(?:{SP}|[（(]|$)|[0-9０-９]{{1,3}}{SP}+)"
    ))
    .unwrap()
});
/// A chapter heading that runs on into its first article.
static CHAPTER_RUNON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^第{NUMERALS}[章節][^。]*?{SP}((?:[（(][^（）()。]{{1,40}}[）)]{SP}*)?第{NUMERALS}条(?:の{NUMERALS})*(?:{SP}|[（(]))"
    ))
    .unwrap()
});

/// "…要綱 （趣旨） 第1条 …": a caption and article after a space, mid-line.
static MIDLINE_ARTICLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"{SP}((?:[（(][^（）()。]{{1,40}}[）)]{SP}*)?第{NUMERALS}条(?:の{NUMERALS})*{SP})")).unwrap()
});
/// "(趣旨) 第1条 …": a caption that runs on into its article.
static CAPTION_RUNON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^[（(]([^（）()。]{{1,40}})[）)]{SP}*(第{NUMERALS}条(?:の{NUMERALS})*(?:{SP}|[（(]))"))
        .unwrap()
});
/// "附則 この規則は、…": a 附則 heading that runs on into its text.
/// Also without a space when the text opens as 附則 texts do (この規則は…,
/// 本要綱は…): 「附則この規程は、…から施行する。」.
static SUPPL_RUNON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^[附付]{SP}*則{SP}*(?:[（(][^（）()]*[）)])?(?:{SP}*抄)?(?:{SP}+(\S)|(この|本))")).unwrap()
});

/// Cleans raw text into lines: HTML tables become tab rows, other HTML tags
/// and markdown bullets/bold are stripped, collapsed lines are split.
pub(super) fn preprocess(text: &str, first_line: usize) -> Vec<SourceLine> {
    let mut out = Vec::new();
    let mut blank = false;
    let mut table: Option<(usize, String)> = None;
    let furniture = page_furniture(text);
    for (idx, raw) in text.lines().enumerate() {
        let line_no = first_line + idx;
        if furniture.contains(&idx) {
            continue; // a running header or footer: the page's, not the text's
        }
        let link_text;
        let raw = if raw.contains("{:") { KRAMDOWN_IAL.replace(raw, "") } else { std::borrow::Cow::Borrowed(raw) };
        if raw.is_empty() {
            continue; // an attribute line alone: neither text nor a blank line
        }
        let raw: &str = if raw.contains("](") {
            match MD_LINK_LINE.captures(&raw) {
                Some(c) => {
                    link_text = c[1].to_string();
                    &link_text
                }
                None => &raw,
            }
        } else {
            &raw
        };
        if let Some((start, buf)) = table.as_mut() {
            buf.push('\n');
            buf.push_str(raw);
            if contains_ignore_case(raw, "</table") {
                let (start, buf) = (*start, std::mem::take(buf));
                table = None;
                push_html_table(&buf, start, &mut out, &mut blank);
            }
            continue;
        }
        if raw.contains('<') && contains_ignore_case(raw, "<table") {
            if contains_ignore_case(raw, "</table") {
                push_html_table(raw, line_no, &mut out, &mut blank);
            } else {
                table = Some((line_no, raw.to_string()));
            }
            continue;
        }
        let segments: Vec<String> = if raw.contains('<') && HTML_TAG.is_match(raw) {
            let blocks = HTML_BLOCK_TAG.replace_all(raw, "\n");
            blocks.split('\n').map(|s| decode_entities(&HTML_TAG.replace_all(s, ""))).collect()
        } else {
            // Entities are decoded in every line, once (`&amp;lt;` → `&lt;`).
            vec![decode_entities(raw)]
        };
        let mut any = false;
        if is_page_number(raw) {
            blank = true;
            continue;
        }
        for seg in segments {
            let cleaned = clean_markdown(&seg);
            if cleaned.is_empty() {
                continue;
            }
            any = true;
            split_collapsed(cleaned, line_no, blank, &mut out);
            blank = false;
        }
        if !any {
            blank = true;
        }
    }
    if let Some((start, buf)) = table {
        push_html_table(&buf, start, &mut out, &mut blank);
    }
    out
}

/// HTML tags the cleaner strips from running text (tables excepted: they
/// become rows): the first such line, how many lines, and the first tag.
pub(super) fn stripped_markup(text: &str, first_line: usize) -> Option<(usize, usize, String)> {
    if !text.contains('<') {
        return None;
    }
    let mut found: Option<(usize, usize, String)> = None;
    let mut in_table = false;
    for (idx, raw) in text.lines().enumerate() {
        if !raw.contains('<') {
            continue;
        }
        if in_table || contains_ignore_case(raw, "<table") {
            in_table = !contains_ignore_case(raw, "</table");
            continue;
        }
        if let Some(tag) = HTML_TAG.find(raw) {
            match found.as_mut() {
                Some((_, count, _)) => *count += 1,
                None => found = Some((first_line + idx, 1, tag.as_str().to_string())),
            }
        }
    }
    found
}

/// Turns an HTML table into tab-separated row lines.
fn push_html_table(html: &str, first_line: usize, out: &mut Vec<SourceLine>, blank: &mut bool) {
    let mut chunk_start = 0;
    let mut bounds: Vec<(usize, usize)> = HTML_ROW_END
        .find_iter(html)
        .map(|m| {
            let b = (chunk_start, m.start());
            chunk_start = m.end();
            b
        })
        .collect();
    bounds.push((chunk_start, html.len()));
    for (start, end) in bounds {
        let chunk = &html[start..end];
        let mut cells = Vec::new();
        let mut first_cell = None;
        for c in HTML_CELL.captures_iter(chunk) {
            first_cell.get_or_insert(c.get(0).unwrap().start());
            let inner = HTML_BLOCK_TAG.replace_all(&c[1], " ");
            cells.push(collapse_spaces(&decode_entities(&HTML_TAG.replace_all(&inner, ""))));
        }
        if cells.iter().any(|c| !c.is_empty()) {
            let at = start + first_cell.unwrap_or(0);
            let line = first_line + html[..at].matches('\n').count();
            out.push(SourceLine { line, text: cells.join("\t"), blank_before: *blank });
            *blank = false;
        }
    }
}

/// How many lines at the top and at the bottom of a page may be its
/// running header or footer: a printed 例規集 page or a browser's print has
/// one or two (a title; a date and time; a URL and page count).
const FURNITURE_LINES_PER_EDGE: usize = 2;

/// The lines (0-based indexes) that a PDF printed on its pages around the
/// text, in text converted page by page (`pdftotext`: each page after the
/// first starts with a form feed) or copied out of a viewer, where the
/// page numbers (「- 3 -」, `is_page_number`) are all that mark the pages:
/// a line within
/// [`FURNITURE_LINES_PER_EDGE`] of a page's top or bottom that recurs at
/// that place, its digits aside (page numbers, dates), on at least two
/// pages and on half of them. A running header or footer is what a page
/// repeats; a regulation's text is not repeated page after page at the same
/// place.
fn page_furniture(text: &str) -> HashSet<usize> {
    let mut found = HashSet::new();
    let lines: Vec<&str> = text.lines().collect();
    let fed = text.contains('\u{c}');
    if !fed && lines.iter().filter(|l| is_page_number(l)).count() < 2 {
        return found;
    }
    // Each page's non-blank lines, by index; without form feeds a page
    // ends with its number.
    let mut pages: Vec<Vec<usize>> = vec![Vec::new()];
    for (idx, line) in lines.iter().enumerate() {
        if fed && line.starts_with('\u{c}') && !pages.last().unwrap().is_empty() {
            pages.push(Vec::new());
        }
        if !trim_layout(line).is_empty() {
            pages.last_mut().unwrap().push(idx);
        }
        if !fed && is_page_number(line) {
            pages.push(Vec::new());
        }
    }
    pages.retain(|p| !p.is_empty());
    if pages.len() < 2 {
        return found;
    }
    // A line's shape: its words with every digit one '0'.
    let shape = |idx: usize| -> String {
        let masked: String = lines[idx]
            .chars()
            .map(|c| if c.is_ascii_digit() || ('０'..='９').contains(&c) { '0' } else { c })
            .collect();
        masked.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    // (edge, distance from it, shape) → the lines of that shape there.
    let mut places: HashMap<(bool, usize, String), Vec<usize>> = HashMap::new();
    for page in &pages {
        let edge = FURNITURE_LINES_PER_EDGE.min(page.len() / 2);
        for k in 0..edge {
            places.entry((true, k, shape(page[k]))).or_default().push(page[k]);
            let last = page[page.len() - 1 - k];
            places.entry((false, k, shape(last))).or_default().push(last);
        }
    }
    for lines_there in places.into_values() {
        if lines_there.len() >= 2 && lines_there.len() * 2 >= pages.len() {
            found.extend(lines_there);
        }
    }
    found
}

/// PDF page furniture: "- 3 -", "― 3 ―", "3", "3/12", "P.3".
fn is_page_number(raw: &str) -> bool {
    static PAGE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^[ \t\u{3000}]*(?:[-－―—‐ー][ \t\u{3000}]*[0-9０-９]{1,4}[ \t\u{3000}]*[-－―—‐ー]|[0-9０-９]{1,4}(?:[ \t]*/[ \t]*[0-9]{1,4})?|[PpＰ][.．]?[ \t]*[0-9０-９]{1,4})[ \t\u{3000}]*$").unwrap()
    });
    raw.len() <= 40 && PAGE.is_match(raw)
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    static ENTITY: Lazy<Regex> = Lazy::new(|| Regex::new(r"&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);").unwrap());
    ENTITY
        .replace_all(text, |c: &regex::Captures| {
            let name = &c[1];
            let decoded = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32)
            } else {
                match name {
                    "nbsp" => Some(' '),
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => None,
                }
            };
            decoded.map(String::from).unwrap_or_else(|| c[0].to_string())
        })
        .into_owned()
}

/// Strips markdown bullets ("- 2 …", " - (1) …"), headings and bold, and
/// trims layout spaces.
fn clean_markdown(text: &str) -> String {
    let mut s = text.trim_end_matches(|c: char| c.is_whitespace()).to_string();
    if s.is_empty() {
        return s;
    }
    if s.contains("**") {
        s = s.replace("**", "");
    }
    if s.contains('<') {
        s = AUTOLINK.replace_all(&s, "$1").into_owned();
    }
    let lead = trim_layout(&s).chars().next();
    let s = if matches!(lead, Some('-' | '*' | '+')) { MD_BULLET.replace(&s, "").into_owned() } else { s };
    let s = if lead == Some('#') { MD_HEADING.replace(&s, "").into_owned() } else { s };
    let trimmed = trim_layout(&s);
    if trimmed.len() == s.len() {
        s
    } else {
        trimmed.to_string()
    }
}

/// Trims ASCII, ideographic and no-break spaces.
pub(super) fn trim_layout(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}')
}

/// Splits text collapsed onto one line ("第1条 …。第2条 …") after each
/// sentence end that is followed by the start of a structural unit.
fn split_collapsed(owned: String, line: usize, blank_before: bool, out: &mut Vec<SourceLine>) {
    let text = owned.as_str();
    let mut cuts = Vec::new();
    for (at, _) in text.match_indices("。") {
        let cut = at + '。'.len_utf8();
        // Cheap test of the next character before the regex.
        let next = text[cut..].chars().next();
        let may_break =
            matches!(next, Some(' ' | '\t' | '\u{3000}' | '(' | '（' | '第' | '附' | '付' | '0'..='9' | '０'..='９'));
        if may_break && COLLAPSED_BREAK.is_match(head(&text[cut..])) {
            cuts.push(cut);
        }
    }
    let collapsed = !cuts.is_empty();
    if !collapsed && !text.starts_with(['第', '附', '付', '(', '（']) {
        out.push(SourceLine { line, text: owned, blank_before });
        return;
    }
    // In collapsed text, a title or chapter runs on into "(見出し) 第1条 …".
    if collapsed {
        let first_end = cuts[0];
        if let Some(c) = MIDLINE_ARTICLE.captures(&text[..first_end]) {
            let at = c.get(1).unwrap().start();
            if at > 0 {
                cuts.insert(0, at);
            }
        }
    }
    // …and a 附則 heading may follow an item that has no 。.
    if collapsed {
        static MIDLINE_SUPPL: Lazy<Regex> =
            Lazy::new(|| Regex::new(&format!(r"{SP}([附付]{SP}*則)(?:{SP}|[（(])")).unwrap());
        cuts.extend(MIDLINE_SUPPL.captures_iter(text).map(|c| c.get(1).unwrap().start()));
        cuts.sort_unstable();
        cuts.dedup();
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
        let part = trim_layout(&text[start..cut]);
        start = cut;
        if part.is_empty() {
            continue;
        }
        // A chapter heading or 附則 heading followed on the same line by text.
        let runon = if part.starts_with('第') {
            CHAPTER_RUNON.captures(part).map(|c| c.get(1).unwrap().start())
        } else if part.starts_with(['附', '付']) {
            SUPPL_RUNON.captures(part).and_then(|c| c.get(1).or(c.get(2))).map(|m| m.start())
        } else if part.starts_with(['(', '（']) {
            // "(趣旨) 第1条 …": a caption on the article's line; not "(1) …".
            CAPTION_RUNON
                .captures(head(part))
                .filter(|c| parse_number(&c[1]).is_none() && c[1].chars().count() > 1)
                .map(|c| c.get(2).unwrap().start())
        } else {
            None
        };
        let mut pieces = match runon {
            Some(at) => vec![trim_layout(&part[..at]), &part[at..]],
            None => vec![part],
        };
        if collapsed {
            let last = pieces.pop().unwrap();
            pieces.extend(split_inline_items(last));
        }
        parts.extend(pieces.into_iter().filter(|p| !p.is_empty()).map(str::to_string));
    }
    for (k, text) in parts.into_iter().enumerate() {
        out.push(SourceLine { line, text, blank_before: blank_before && k == 0 });
    }
}

/// In collapsed text, "… 次に掲げる事項 (1) 秘密 (2) 再委託" becomes one line per
/// item when the labels run 1, 2, 3 … (at least two of them).
fn split_inline_items(text: &str) -> Vec<&str> {
    static INLINE_ITEM: Lazy<Regex> =
        Lazy::new(|| Regex::new(&format!(r"{SP}([（(]([0-9０-９]{{1,2}})[）)]){SP}")).unwrap());
    let mut cuts = Vec::new();
    for c in INLINE_ITEM.captures_iter(text) {
        if parse_number(&c[2]) == Some(cuts.len() as u32 + 1) {
            cuts.push(c.get(1).unwrap().start());
        }
    }
    if cuts.len() < 2 {
        return vec![text];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(text.len())) {
        out.push(trim_layout(&text[start..cut]));
        start = cut;
    }
    out
}

/// The first bytes of a line, enough for any structural label: anchored
/// regexes then never look at the rest of a long line.
pub(super) fn head(text: &str) -> &str {
    if text.len() <= 160 {
        return text;
    }
    let mut end = 160;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<String> {
        preprocess(input, 1).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn html_cell_markup_is_stripped_into_lines() {
        let lines = texts("<p>(見出し)</p> <p>第12条 職員は、<u>持ち込んで</u>はならない。</p> <p>2 職員は&amp;。</p>");
        assert_eq!(lines, vec!["(見出し)", "第12条 職員は、持ち込んではならない。", "2 職員は&。"]);
    }

    #[test]
    fn html_tables_become_rows() {
        let lines = preprocess(
            "<table>\n<tr><th>区分</th><th>方法</th></tr>\n<tr><td>取得</td><td>確認<br>する</td></tr>\n</table>",
            10,
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "区分\t方法");
        assert_eq!(lines[1].text, "取得\t確認 する");
        assert_eq!(lines[1].line, 12);
    }

    /// A page as `pdftotext -layout` writes a browser's print of a 例規集
    /// page: the date and title on top, the address and page count below.
    fn printed_page(number: usize, of: usize, body: &str) -> String {
        let feed = if number > 1 { "\u{c}" } else { "" };
        format!(
            "{feed}12/2/26, 9:05 AM          試験市文書管理規程\n{body}\nhttps://reiki.example.jp/r{number}.html          {number}/{of}\n"
        )
    }

    #[test]
    fn running_headers_and_footers_of_printed_pages_are_dropped() {
        let text = [
            printed_page(1, 3, "第1条 この規程は、文書の管理に\n関し必要な事項を定める。\n第2条 職員は、文書を"),
            printed_page(2, 3, "適正に管理しなければならない。\n第3条 課長は、文書を保存する。\n2 前項の保存は、"),
            printed_page(3, 3, "書庫において行う。\n附 則\nこの規程は、公布の日から施行する。"),
        ]
        .concat();
        let lines = preprocess(&text, 1);
        assert!(lines.iter().all(|l| !l.text.contains("AM") && !l.text.contains("https")), "{lines:?}");
        // The sentence broken by the page goes on on the next page's first line.
        let second = lines.iter().position(|l| l.text.starts_with("第2条")).unwrap();
        assert_eq!(lines[second + 1].text, "適正に管理しなければならない。");
        assert_eq!(lines[second + 1].line, 7, "line numbers stay the file's");
        assert!(!lines[second + 1].blank_before);
    }

    /// Text copied out of a PDF viewer keeps no form feeds: its page
    /// numbers end the pages, and the running header after each is dropped
    /// though it falls inside a sentence.
    #[test]
    fn running_headers_between_page_numbers_are_dropped() {
        let text = "試験市例規集（第３編　行政）\n第1条 この規程は、文書の管理に\n関し必要な事項を定める。\n- 1 -\n\
                    試験市例規集（第３編　行政）\n第2条 職員は、文書を適正に\n- 2 -\n\
                    試験市例規集（第３編　行政）\n管理しなければならない。\n第3条 課長は、文書を保存する。\n- 3 -\n";
        let lines = texts(text);
        assert!(lines.iter().all(|l| !l.contains("例規集")), "{lines:?}");
        assert_eq!(lines.len(), 5, "{lines:?}");
    }

    #[test]
    fn repeated_lines_are_text_without_pages_or_where_few_pages_repeat_them() {
        // No form feeds: a line said twice is the text's.
        let text = "第1条 （略）\n第2条 職員は、守る。\n第3条 （略）\n";
        assert_eq!(texts(text).len(), 3);
        // A line on top of one page of four is the text's.
        let pages: Vec<String> = (1..=4)
            .map(|n| printed_page(n, 4, if n == 2 { "（目的）\n第1条 この規程は、定める。" } else { "本文。\n続き。" }))
            .collect();
        assert!(texts(&pages.concat()).iter().any(|l| l == "（目的）"));
    }

    #[test]
    fn markdown_bullets_and_bold() {
        assert_eq!(texts(" - 3 受託者は、**特記**事項"), vec!["3 受託者は、特記事項"]);
        assert_eq!(texts("- ・ サーバ"), vec!["・ サーバ"]);
        assert_eq!(texts("(<https://www.ppc.go.jp>)"), vec!["(https://www.ppc.go.jp)"]);
    }

    #[test]
    fn collapsed_lines_split_at_sentence_ends() {
        let lines = texts("第1条 この規則は、定める。（定義）第2条 用語は、例による。2 前項の規定は、準用する。附則 この規則は、施行する。");
        assert_eq!(
            lines,
            vec![
                "第1条 この規則は、定める。",
                "（定義）",
                "第2条 用語は、例による。",
                "2 前項の規定は、準用する。",
                "附則",
                "この規則は、施行する。"
            ]
        );
        let lines = texts("堺市個人情報要綱 (趣旨) 第1条 この要綱は、定める。(定義) 第2条 用語は、例による。附則 この要綱は、施行する。");
        assert_eq!(
            lines,
            vec![
                "堺市個人情報要綱",
                "(趣旨)",
                "第1条 この要綱は、定める。",
                "(定義)",
                "第2条 用語は、例による。",
                "附則",
                "この要綱は、施行する。"
            ]
        );
        let lines = texts("第1条 職員は、次に掲げる事項を守る。第2条 次の事項 (1) 秘密 (2) 再委託 (3) 複製 を守る。");
        assert_eq!(
            lines,
            vec![
                "第1条 職員は、次に掲げる事項を守る。",
                "第2条 次の事項",
                "(1) 秘密",
                "(2) 再委託",
                "(3) 複製 を守る。"
            ]
        );
        // References to articles inside a sentence stay.
        assert_eq!(texts("第3条の規定により、第4条に定める。").len(), 1);
    }

    #[test]
    fn pdf_page_numbers_are_dropped() {
        assert!(texts("措置を\n\n- 3 -\n\n講ずる。\n12\n").len() == 2);
    }
}
