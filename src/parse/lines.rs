//! Line level: markup cleanup (HTML, markdown), splitting of text collapsed
//! onto one line, and classification of each line into a structural kind.
use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::Number;
use crate::text::kinds;
use crate::text::numerals::{circled_value, kana_position, parse_article_ref, parse_number, AIUEO, IROHA};

/// One cleaned line with its 1-based line number in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLine {
    pub line: usize,
    pub text: String,
    /// A blank line separates this line from the previous one.
    pub blank_before: bool,
}

/// Kanji, full-width or half-width numeral run.
const NUM: &str = "[0-9０-９〇一二三四五六七八九十百千]+";
const SP: &str = "[ \\t\u{3000}\u{00a0}]";

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
        r"^{SP}*(?:(?:[（(][^（）()。]{{1,40}}[）)]{SP}*)?第{NUM}条(?:の{NUM})*(?:{SP}|[（(])|第{NUM}[章節]{SP}|[附付]{SP}*則(?:{SP}|[（(]|$)|[0-9０-９]{{1,3}}{SP}+)"
    ))
    .unwrap()
});
/// A chapter heading that runs on into its first article.
static CHAPTER_RUNON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^第{NUM}[章節][^。]*?{SP}((?:[（(][^（）()。]{{1,40}}[）)]{SP}*)?第{NUM}条(?:の{NUM})*(?:{SP}|[（(]))"
    ))
    .unwrap()
});

/// "…要綱 （趣旨） 第1条 …": a caption and article after a space, mid-line.
static MIDLINE_ARTICLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"{SP}((?:[（(][^（）()。]{{1,40}}[）)]{SP}*)?第{NUM}条(?:の{NUM})*{SP})")).unwrap()
});
/// "(趣旨) 第1条 …": a caption that runs on into its article.
static CAPTION_RUNON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^[（(]([^（）()。]{{1,40}})[）)]{SP}*(第{NUM}条(?:の{NUM})*(?:{SP}|[（(]))")).unwrap()
});
/// "附則 この規則は、…": a 附則 heading that runs on into its text.
/// Also without a space when the text opens as 附則 texts do (この規則は…,
/// 本要綱は…): 「附則この規程は、…から施行する。」.
static SUPPL_RUNON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^[附付]{SP}*則{SP}*(?:[（(][^（）()]*[）)])?(?:{SP}*抄)?(?:{SP}+(\S)|(この|本))")).unwrap()
});

/// Cleans raw text into lines: HTML tables become tab rows, other HTML tags
/// and markdown bullets/bold are stripped, collapsed lines are split.
pub fn preprocess(text: &str, first_line: usize) -> Vec<SourceLine> {
    let mut out = Vec::new();
    let mut blank = false;
    let mut table: Option<(usize, String)> = None;
    for (idx, raw) in text.lines().enumerate() {
        let line_no = first_line + idx;
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
pub fn stripped_markup(text: &str, first_line: usize) -> Option<(usize, usize, String)> {
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
pub fn trim_layout(text: &str) -> &str {
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

/// Style of an item label; items of one style are siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStyle {
    /// (1) （１）
    ParenDigit,
    /// 一 二
    Kanji,
    /// （一）
    ParenKanji,
    /// イ ロ ハ
    KanaIroha,
    /// ア イ ウ
    KanaAiueo,
    /// (ア) （イ）
    ParenKana,
    /// (a)
    ParenAlpha,
    /// a　ｂ　(a bare Latin letter: 目 under a 号 in some cities' style)
    Alpha,
    /// ① ②
    Circled,
    /// ⑴ ⑵ (one character each)
    ParenthesizedDigit,
    /// 1) 2)
    HalfParenDigit,
    /// ・ ●
    Bullet,
}

/// What a line is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// 目次
    TocHeading,
    /// 第2章 / 第1節 heading; `range` is an article range in brackets (a 目次 entry).
    Heading {
        level: HeadingLevel,
        number: Number,
        title: String,
        range: Option<String>,
    },
    Article {
        number: Number,
        caption: Option<String>,
        text: String,
    },
    /// A whole-line bracketed caption: （趣旨）
    Caption(String),
    /// A whole-line 沿革 note: (令5訓令1・一部改正)
    Note(String),
    Paragraph {
        number: u32,
        text: String,
    },
    /// `kana` is the label's katakana, whose number depends on the list's order.
    Item {
        style: ItemStyle,
        label: String,
        number: Option<u32>,
        kana: Option<char>,
        text: String,
    },
    /// 附則 / 付則, with the bracketed part of the heading.
    Supplementary {
        bracket: Option<String>,
    },
    Appendix {
        label: String,
        relation: Option<String>,
        title: Option<String>,
    },
    TableRow(Vec<String>),
    /// A web-page line (contact, PDF reader notice …), not regulation text.
    WebTrailer,
    /// 第1編 / 第1款 headings: structure the model does not keep.
    MinorHeading,
    /// "第5条から第7条まで　削除": several deleted articles on one line.
    DeletedArticles(Vec<Number>),
    /// Anything else: running text (the line's own text).
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingLevel {
    Chapter,
    Section,
}

static DELETED_RANGE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^(第{NUM}条(?:の{NUM})*)(から|及び|・)(第{NUM}条(?:の{NUM})*)(?:まで)?{SP}*削除$")).unwrap()
});
static RANGE: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"[（(](第{NUM}条[^（）()]*)[）)]$")).unwrap());
/// 1) / １） items (half bracket).
static HALF_PAREN_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([0-9０-９]{{1,3}}[）)]){SP}*")).unwrap());
static PAREN_ITEM: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^([（(]([0-9０-９]{{1,3}}|[一二三四五六七八九十]+|[ア-ン]|[a-zａ-ｚ])[）)]){SP}*")).unwrap()
});
static KANJI_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([一二三四五六七八九十]+){SP}+")).unwrap());
static KANA_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([ア-ン])(?:{SP}+|[.．、]{SP}*)")).unwrap());
/// "ａ　紙の文書": one letter and a space (a word such as "as" does not match).
static ALPHA_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([a-zａ-ｚ])(?:{SP}+|[.．]{SP}*)")).unwrap());
static CIRCLED_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([①-⑳]){SP}*")).unwrap());
static BULLET_ITEM: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^([・•●]){SP}*")).unwrap());
static SUPPLEMENTARY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^[附付]{SP}*則{SP}*([（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)])?{SP}*(?:抄)?$"))
        .unwrap()
});
static APPENDIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(別表|別記様式|別記|様式|別図|別紙)({SP}*第?{NUM}(?:号)?(?:の{NUM})?)?{SP}*([（(][^（）()]*関係[）)])?"
    ))
    .unwrap()
});
static NOTE_BODY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:[明大昭平令](?:治|正|和|成)?[元0-9０-９一二三四五六七八九十]).*(?:改正|追加|削除|全改|繰下|繰上|旧第|制定)").unwrap()
});
static WEB_TRAILER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:このページ|お問い?合わ?せ|問い?合わ?せ先|PDF形式|Adobe|電話番号|電話[:：]|ファクス|ファックス|FAX[:：]|メール[:：]|〒|関連リンク|ページの先頭|よくある質問|情報発信元|より良いウェブサイト|Copyright|©)").unwrap()
});

/// Classifies one cleaned line.
pub fn classify(text: &str) -> Kind {
    if text.contains('\t') {
        if let Some(kind) = classify_tabbed(text) {
            return kind;
        }
    }
    if text.contains('|') {
        let cells = pipe_cells(text);
        if cells.len() >= 2 {
            return Kind::TableRow(cells);
        }
    }
    let first = text.chars().next().unwrap_or(' ');
    match first {
        '第' => {
            if let Some(kind) = classify_article(text) {
                return kind;
            }
            if let Some(kind) = classify_heading(text) {
                return kind;
            }
        }
        '目' if is_toc_heading(text) => return Kind::TocHeading,
        '附' | '付' => {
            if let Some(c) = SUPPLEMENTARY.captures(text) {
                return Kind::Supplementary { bracket: c.get(1).map(|m| m.as_str().to_string()) };
            }
        }
        '別' | '様' => {
            if let Some(kind) = classify_appendix(text) {
                return kind;
            }
        }
        '(' | '（' => {
            if let Some(kind) = classify_bracketed(text) {
                return kind;
            }
        }
        '0'..='9' | '０'..='９' => {
            if text.contains([')', '）']) {
                if let Some(c) = HALF_PAREN_ITEM.captures(head(text)) {
                    let rest = &text[c.get(0).unwrap().end()..];
                    let number = parse_number(c[1].trim_end_matches([')', '）']));
                    if !rest.is_empty() {
                        let label = c[1].to_string();
                        return Kind::Item {
                            style: ItemStyle::HalfParenDigit,
                            label,
                            number,
                            kana: None,
                            text: rest.to_string(),
                        };
                    }
                }
            }
            // "2 text", "２　text", "2. text" (hand-written: the commonest line).
            let digits = prefix_len(text, |c| c.is_ascii_digit() || ('０'..='９').contains(&c));
            if (1..=3).contains(&digits) {
                let after = &text[digits..];
                let after = after.strip_prefix(['.', '．']).unwrap_or(after);
                let spaces = prefix_len(after, is_space);
                let rest = &after[spaces..];
                if spaces > 0 && !rest.is_empty() {
                    if let Some(number) = parse_number(&text[..digits]) {
                        return Kind::Paragraph { number, text: rest.to_string() };
                    }
                }
            }
        }
        _ => {}
    }
    if let Some(kind) = classify_unbracketed_item(text) {
        return kind;
    }
    if is_web_trailer(text) {
        return Kind::WebTrailer;
    }
    Kind::Text
}

fn is_toc_heading(text: &str) -> bool {
    text.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}').eq("目次".chars())
}

/// A tab-separated line is a table row unless it is just "label<TAB>text".
fn classify_tabbed(text: &str) -> Option<Kind> {
    let cells: Vec<String> = text.split('\t').map(|c| trim_layout(c).to_string()).collect();
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    if filled <= 2 {
        let joined = cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" ");
        let kind = classify(&joined);
        if kind != Kind::Text || filled == 1 {
            return Some(kind);
        }
    }
    Some(Kind::TableRow(cells))
}

/// Cells of a pipe-table line; None-like (empty) for separator rows.
fn pipe_cells(text: &str) -> Vec<String> {
    let mut cells: Vec<String> = text.split('|').map(|c| trim_layout(c).to_string()).collect();
    if cells.first().is_some_and(|c| c.is_empty()) {
        cells.remove(0);
    }
    if cells.last().is_some_and(|c| c.is_empty()) {
        cells.pop();
    }
    if cells.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) {
        return Vec::new();
    }
    cells
}

/// True when `text` is a markdown table separator row (|---|---|).
pub fn is_table_separator(text: &str) -> bool {
    text.contains('|') && text.contains('-') && text.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{00a0}')
}

/// Length in bytes of the leading run of `text` whose chars satisfy `f`.
fn prefix_len(text: &str, f: impl Fn(char) -> bool) -> usize {
    text.char_indices().find(|(_, c)| !f(*c)).map(|(i, _)| i).unwrap_or(text.len())
}

/// Hand-written scan of "第N<unit>(のM)*" (the hottest pattern): the number,
/// the unit found and the byte offset after the label.
fn scan_label(text: &str, units: &[char]) -> Option<(Number, char, usize)> {
    let after = text.strip_prefix('第')?;
    let digits = prefix_len(after, crate::text::numerals::is_numeral_char);
    let main = parse_number(&after[..digits])?;
    let unit = after[digits..].chars().next().filter(|u| units.contains(u))?;
    let mut pos = text.len() - after.len() + digits + unit.len_utf8();
    let mut branches = Vec::new();
    while let Some(rest) = text[pos..].strip_prefix('の') {
        let n = prefix_len(rest, crate::text::numerals::is_numeral_char);
        let Some(b) = (n > 0).then(|| parse_number(&rest[..n])).flatten() else { break };
        branches.push(b);
        pos += 'の'.len_utf8() + n;
    }
    Some((Number { main, branches }, unit, pos))
}

/// Characters after 第N条 that show a cross reference, not an article start.
fn continues_reference(c: char) -> bool {
    matches!(
        c,
        'の' | 'に'
            | 'を'
            | 'は'
            | 'が'
            | 'で'
            | 'と'
            | '、'
            | '。'
            | '及'
            | '又'
            | '並'
            | '若'
            | '第'
            | '各'
            | '前'
            | '後'
            | '中'
            | 'ま'
            | 'か'
            | '・'
            | '－'
            | '―'
            | '—'
            | '～'
            | '〜'
            | 'ー'
    ) || c.is_ascii_digit()
}

fn classify_article(text: &str) -> Option<Kind> {
    if text.ends_with("削除") {
        if let Some(c) = DELETED_RANGE.captures(text) {
            let from = parse_article_ref(&c[1])?;
            let to = parse_article_ref(&c[3])?;
            let numbers = if &c[2] == "から"
                && from.branches.is_empty()
                && to.branches.is_empty()
                && from.main < to.main
                && to.main - from.main < 1000
            {
                (from.main..=to.main).map(|main| Number { main, branches: vec![] }).collect()
            } else {
                vec![from, to]
            };
            return Some(Kind::DeletedArticles(numbers));
        }
    }
    let (number, _, end) = scan_label(text, &['条'])?;
    let rest = &text[end..];
    let Some(first) = rest.chars().next() else {
        return Some(Kind::Article { number, caption: None, text: String::new() });
    };
    let spaced = first.is_whitespace() || first == '\u{3000}';
    let rest = if spaced { trim_layout(rest) } else { rest };
    let first = rest.chars().next().unwrap_or(' ');
    if first == '(' || first == '（' {
        // Inline caption: 第1条（目的）この規則は…
        let close = matching_bracket(rest)?;
        let inner = &rest[first.len_utf8()..close];
        let after = &rest[close + closing_len(rest, close)..];
        // "第1条（目的）この…" or "第1条 （目的） この…"; not "(以下「法」という。)".
        let after_spaced = after.is_empty() || after.starts_with(|ch: char| ch.is_whitespace() || ch == '\u{3000}');
        if inner.chars().count() <= 40 && !inner.contains('。') && !inner.contains('「') && (!spaced || after_spaced)
        {
            return Some(Kind::Article {
                number,
                caption: Some(trim_layout(inner).to_string()),
                text: trim_layout(after).to_string(),
            });
        }
        if !spaced {
            return None;
        }
    }
    if spaced {
        return Some(Kind::Article { number, caption: None, text: rest.to_string() });
    }
    if continues_reference(first) {
        return None;
    }
    Some(Kind::Article { number, caption: None, text: trim_layout(rest).to_string() })
}

fn closing_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map(char::len_utf8).unwrap_or(0)
}

/// Byte index of the bracket closing the one `text` starts with.
fn matching_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn classify_heading(text: &str) -> Option<Kind> {
    let (number, unit, end) = scan_label(text, &['章', '節', '款', '編'])?;
    let rest = &text[end..];
    if let Some(first) = rest.chars().next() {
        // "第1章総則" has no space; "第1章の規定" is a reference.
        if !(first.is_whitespace() || first == '\u{3000}') && continues_reference(first) {
            return None;
        }
    }
    let level = match unit {
        '章' => HeadingLevel::Chapter,
        '節' => HeadingLevel::Section,
        // 編 above 章 and 款 below 節 have no place in the model.
        _ => return (!trim_layout(rest).contains('。')).then_some(Kind::MinorHeading),
    };
    let mut title = trim_layout(rest).to_string();
    if title.contains('。') {
        return None;
    }
    let mut range = None;
    if let Some(r) = RANGE.captures(&title) {
        range = Some(r[1].to_string());
        let cut = r.get(0).unwrap().start();
        title = trim_layout(&title[..cut]).to_string();
    }
    Some(Kind::Heading { level, number, title, range })
}

fn classify_appendix(text: &str) -> Option<Kind> {
    let c = APPENDIX.captures(head(text))?;
    let number = c.get(2).map(|m| trim_layout(m.as_str())).unwrap_or("");
    let relation = c.get(3).map(|m| m.as_str().to_string());
    let rest = &text[c.get(0).unwrap().end()..];
    if !rest.is_empty() {
        let starts_spaced = rest.starts_with(|ch: char| ch.is_whitespace() || ch == '\u{3000}');
        if !(starts_spaced || relation.is_some()) || rest.contains('。') || rest.chars().count() > 60 {
            return None;
        }
    }
    if number.is_empty() && relation.is_none() && !rest.is_empty() && &c[1] != "別記" {
        // "様式 …" without number or relation is ordinary text.
        return None;
    }
    let title = trim_layout(rest);
    Some(Kind::Appendix {
        label: format!("{}{}", &c[1], number),
        relation,
        title: (!title.is_empty()).then(|| title.to_string()),
    })
}

/// Lines starting with a bracket: numbered items, 沿革 notes, captions.
fn classify_bracketed(text: &str) -> Option<Kind> {
    if let Some(c) = PAREN_ITEM.captures(head(text)) {
        let label = c[1].to_string();
        let inner = &c[2];
        let body = text[c.get(0).unwrap().end()..].to_string();
        let ch = inner.chars().next()?;
        let (style, number, kana) = if let Some(n) = parse_number(inner) {
            if ch.is_ascii_digit() || ('０'..='９').contains(&ch) {
                (ItemStyle::ParenDigit, Some(n), None)
            } else {
                (ItemStyle::ParenKanji, Some(n), None)
            }
        } else if ('ア'..='ン').contains(&ch) {
            (ItemStyle::ParenKana, kana_position(AIUEO, ch), None)
        } else {
            let n = if ch.is_ascii_lowercase() { ch as u32 - 'a' as u32 + 1 } else { ch as u32 - 'ａ' as u32 + 1 };
            (ItemStyle::ParenAlpha, Some(n), None)
        };
        // (1)(2) with no text is not an item worth keeping apart from a caption check.
        return Some(Kind::Item { style, label, number, kana, text: body });
    }
    let close = matching_bracket(text)?;
    if close + closing_len(text, close) != text.len() {
        return None; // text continues after the bracket
    }
    let inner = trim_layout(&text[text.chars().next()?.len_utf8()..close]);
    if inner.is_empty() {
        return None;
    }
    if NOTE_BODY.is_match(inner) {
        return Some(Kind::Note(text.to_string()));
    }
    if inner.chars().count() <= 60 && !has_top_level_period(inner) {
        return Some(Kind::Caption(inner.to_string()));
    }
    None
}

/// A 。 outside nested brackets: （個人情報（…を含む。）の管理） is a caption,
/// （以下「法」という。） is not.
fn has_top_level_period(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '(' | '（' | '「' => depth += 1,
            ')' | '）' | '」' => depth -= 1,
            '。' if depth <= 0 => return true,
            _ => {}
        }
    }
    false
}

fn classify_unbracketed_item(text: &str) -> Option<Kind> {
    let first = text.chars().next()?;
    let item = |style, label: &str, number, kana, end: usize| {
        let body = &text[end..];
        (!body.is_empty()).then(|| Kind::Item { style, label: label.to_string(), number, kana, text: body.to_string() })
    };
    let text_head = head(text);
    match first {
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' => {
            let c = KANJI_ITEM.captures(text_head)?;
            item(ItemStyle::Kanji, &c[1], parse_number(&c[1]), None, c.get(0)?.end())
        }
        'ア'..='ン' => {
            let c = KANA_ITEM.captures(text_head)?;
            let ch = c[1].chars().next()?;
            if kana_position(IROHA, ch).is_none() && kana_position(AIUEO, ch).is_none() {
                return None;
            }
            item(ItemStyle::KanaAiueo, &c[1], None, Some(ch), c.get(0)?.end())
        }
        'a'..='z' | 'ａ'..='ｚ' => {
            let c = ALPHA_ITEM.captures(text_head)?;
            let ch = c[1].chars().next()?;
            let base = if ch.is_ascii_lowercase() { 'a' } else { 'ａ' };
            item(ItemStyle::Alpha, &c[1], Some(ch as u32 - base as u32 + 1), None, c.get(0)?.end())
        }
        '①'..='⑳' => {
            let c = CIRCLED_ITEM.captures(text_head)?;
            item(ItemStyle::Circled, &c[1], circled_value(first), None, c.get(0)?.end())
        }
        '⑴'..='⒇' => {
            let rest = trim_layout(&text[first.len_utf8()..]);
            let number = first as u32 - '⑴' as u32 + 1;
            (!rest.is_empty()).then(|| Kind::Item {
                style: ItemStyle::ParenthesizedDigit,
                label: first.to_string(),
                number: Some(number),
                kana: None,
                text: rest.to_string(),
            })
        }
        '・' | '•' | '●' => {
            let c = BULLET_ITEM.captures(text_head)?;
            item(ItemStyle::Bullet, &c[1], None, None, c.get(0)?.end())
        }
        _ => None,
    }
}

/// Splits a trailing 沿革 note off a text: "…する。(令5訓令1・一部改正)".
pub fn split_trailing_note(text: &str) -> Option<(String, String)> {
    if !(text.ends_with(')') || text.ends_with('）')) {
        return None;
    }
    // Find the bracket that closes at the end.
    let mut depth = 0i32;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' => {
                depth -= 1;
                if depth == 0 {
                    let note = &text[i..];
                    let inner = &note[c.len_utf8()..note.len() - note.chars().last()?.len_utf8()];
                    if NOTE_BODY.is_match(inner) && !inner.contains('「') && i > 0 {
                        return Some((trim_layout(&text[..i]).to_string(), note.to_string()));
                    }
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}

/// The web-trailer test used inside 附則 as well (any line).
pub fn is_web_trailer(text: &str) -> bool {
    WEB_TRAILER.is_match(head(text)) || text.contains("PDF:") || text.contains("PDF：")
}

/// The first bytes of a line, enough for any structural label: anchored
/// regexes then never look at the rest of a long line.
fn head(text: &str) -> &str {
    if text.len() <= 160 {
        return text;
    }
    let mut end = 160;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A title line: ends with a regulation kind (規程, 要綱 … optionally （案）),
/// or with a non-kind title word such as 取扱い.
pub fn is_title_like(text: &str) -> bool {
    static TITLE: Lazy<Regex> = Lazy::new(|| {
        let endings = [kinds::RULE_KINDS, kinds::NON_KIND_TITLE_ENDINGS].concat();
        Regex::new(&format!("(?:{})(?:[（(]案[）)])?$", kinds::alternation(&endings))).unwrap()
    });
    text.chars().count() <= 80 && !text.contains('。') && TITLE.is_match(text)
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
    fn classifies_structure() {
        assert!(matches!(classify("第１条　この要領は"), Kind::Article { .. }));
        assert!(
            matches!(classify("第二十三条の二 職員は"), Kind::Article { number: Number { main: 23, ref branches }, .. } if branches == &vec![2])
        );
        assert!(matches!(classify("第3条の規定により"), Kind::Text));
        assert!(matches!(classify("第3条第2項に規定する"), Kind::Text));
        assert!(
            matches!(classify("第1条(目的) この規則は"), Kind::Article { caption: Some(ref c), .. } if c == "目的")
        );
        assert!(matches!(classify("第１章　総則"), Kind::Heading { level: HeadingLevel::Chapter, .. }));
        assert!(matches!(
            classify("第1節 組織(第4条―第15条)"),
            Kind::Heading { level: HeadingLevel::Section, range: Some(_), .. }
        ));
        assert!(matches!(classify("　（趣旨）".trim_start_matches('　')), Kind::Caption(ref c) if c == "趣旨"));
        assert!(matches!(classify("(令5訓令1・一部改正)"), Kind::Note(_)));
        assert!(matches!(classify("（個人情報（特定個人情報を含む。）の管理）"), Kind::Caption(_)));
        assert!(matches!(classify("（以下「法」という。）"), Kind::Text));
        assert!(matches!(classify("２　総括保護管理者は"), Kind::Paragraph { number: 2, .. }));
        assert!(matches!(classify("3条第3項に規定する"), Kind::Text));
        assert!(matches!(
            classify("（１）地方公務員法"),
            Kind::Item { style: ItemStyle::ParenDigit, number: Some(1), .. }
        ));
        assert!(matches!(classify("一 保有個人情報"), Kind::Item { style: ItemStyle::Kanji, number: Some(1), .. }));
        assert!(matches!(classify("一時的に"), Kind::Text));
        assert!(matches!(classify("イ 書面"), Kind::Item { kana: Some('イ'), .. }));
        assert!(matches!(classify("　　附　則".trim_start_matches('　')), Kind::Supplementary { bracket: None }));
        assert!(matches!(classify("附則(令和5年3月23日規程第1号)"), Kind::Supplementary { bracket: Some(_) }));
        assert!(matches!(classify("付則"), Kind::Supplementary { .. }));
        assert!(matches!(classify("附則第2項の規定"), Kind::Text));
        assert!(matches!(classify("別表第1(第3条関係)"), Kind::Appendix { ref label, .. } if label == "別表第1"));
        assert!(matches!(classify("別表第1に掲げる"), Kind::Text));
        assert!(matches!(classify("区分 | 概要 |"), Kind::TableRow(ref c) if c.len() == 2));
        assert!(matches!(classify("第1章\t総則\t1\t第1条・第2条"), Kind::TableRow(_)));
        assert!(matches!(classify("電話番号:072-228-7439"), Kind::WebTrailer));
        assert!(matches!(classify("目　次"), Kind::TocHeading));
    }

    #[test]
    fn other_styles() {
        assert!(
            matches!(classify("第1章総則"), Kind::Heading { level: HeadingLevel::Chapter, ref title, .. } if title == "総則")
        );
        assert!(matches!(classify("第1章の規定"), Kind::Text));
        assert_eq!(classify("第2款 雑則"), Kind::MinorHeading);
        assert!(matches!(classify("第5条から第7条まで　削除"), Kind::DeletedArticles(ref n) if n.len() == 3));
        assert!(matches!(classify("第5条及び第6条 削除"), Kind::DeletedArticles(ref n) if n.len() == 2));
        assert!(
            matches!(classify("第1条　（目的）　この規則は"), Kind::Article { caption: Some(ref c), ref text, .. } if c == "目的" && text == "この規則は")
        );
        assert!(matches!(classify("第3条 (以下「法」という。)の規定"), Kind::Article { caption: None, .. }));
        assert!(matches!(
            classify("⑵　送信"),
            Kind::Item { style: ItemStyle::ParenthesizedDigit, number: Some(2), .. }
        ));
        assert!(matches!(classify("2) 送信"), Kind::Item { style: ItemStyle::HalfParenDigit, number: Some(2), .. }));
        assert!(matches!(classify("2. 前項の規定"), Kind::Paragraph { number: 2, .. }));
        assert!(matches!(classify("1.5倍"), Kind::Text));
        assert!(texts("措置を\n\n- 3 -\n\n講ずる。\n12\n").len() == 2);
    }

    #[test]
    fn trailing_notes() {
        let (text, note) = split_trailing_note("…を定める。(令5訓令1・一部改正)").unwrap();
        assert_eq!(text, "…を定める。");
        assert_eq!(note, "(令5訓令1・一部改正)");
        assert!(split_trailing_note("…(以下「法」という。)").is_none());
    }
}
