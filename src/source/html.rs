//! 例規集 web pages (HTML saved from a browser) → the plain text the parser
//! reads. Structure comes from the markup: every block element (`p`, `div`,
//! `li`, `h1`…) and `<br>` ends a line, so 見出し, 条, 項 and 号 blocks keep
//! their own lines; a table row becomes one tab-separated line (別表 rows);
//! ruby gives its base text (`<rt>`/`<rp>` dropped); scripts, styles, forms
//! and navigation (`nav`, `header`, `footer`, and elements whose class or id
//! names a menu, breadcrumb or page header/footer) are dropped. Entities are
//! decoded here, exactly once: the text handed on is re-escaped (`&amp;`,
//! `&lt;`) so the line cleaner's own decoding restores it as it was.
use encoding_rs::Encoding;

use super::markup::{escape_text, Converted};

/// Elements whose whole content is not regulation text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form", "button", "select",
    "rt", "rp", "iframe", "svg",
];

/// Elements that end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "hr",
    "center",
    "caption",
    "body",
    "html",
];

/// Elements that wrap the whole page or its content: never furniture,
/// whatever their class or id says (`<body id="pagetop">` is the target of
/// the 「ページの先頭へ」 links, not a page top to drop).
const PAGE_WRAPPERS: &[&str] = &["html", "body", "main", "article"];

/// Words in a class or id that mark page furniture, not the regulation.
const FURNITURE: &[&str] = &[
    "nav",
    "navi",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "pankuzu",
    "topicpath",
    "gnavi",
    "header",
    "footer",
    "sidebar",
    "pagetop",
    "skip",
    "toolbar",
];

/// The charset a page declares in `<meta charset>` or `http-equiv` (first 4 KB).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

/// Converts decoded HTML text to parser lines.
pub fn convert(html: &str) -> Converted {
    let mut page = HtmlLines::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        page.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map(|end| &after[end + 3..]).unwrap_or("");
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            page.text(rest);
            rest = "";
            break;
        };
        page.tag(&rest[1..gt]);
        rest = &rest[gt + 1..];
    }
    page.text(rest);
    page.end_line();
    let text = page.lines.iter().map(|l| escape_text(l)).collect::<Vec<_>>().join("\n") + "\n";
    Converted { text, ..Converted::default() }
}

/// Index of the `>` closing a tag (quotes respected).
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            (None, '<') if i > 1 => return None,
            _ => {}
        }
    }
    None
}

/// The parser lines read so far from an HTML page, and where the reader is.
#[derive(Default)]
struct HtmlLines {
    lines: Vec<String>,
    line: String,
    /// Open dropped element (name) and its nesting depth.
    dropped: Option<(String, usize)>,
    /// Table nesting depth, and the current row's cells.
    table_depth: usize,
    cells: Option<Vec<String>>,
    in_pre: bool,
    /// Inside a link that leads within the page or runs a script (`href="#…"`,
    /// `href="javascript:…"`): a 目次 pane's entries, 「すべて開く」.
    in_page_link: bool,
    /// What the current line holds: words inside such links, words outside.
    line_link_words: bool,
    line_own_words: bool,
    /// Where the run of linked 目次 entries (「第１章　総則（第１条―第３条）」
    /// as a link) at the end of `lines` starts, if one does; and whether
    /// the lines since the last words of the page's own are a navigation
    /// pane (an article's link among them dropped).
    linked_entries_from: Option<usize>,
    in_navigation: bool,
}

impl HtmlLines {
    fn text(&mut self, raw: &str) {
        if raw.is_empty() || self.dropped.is_some() {
            return;
        }
        let decoded = decode_entities(raw);
        if self.cells.is_none() && decoded.chars().any(char::is_alphanumeric) {
            if self.in_page_link {
                self.line_link_words = true;
            } else {
                self.line_own_words = true;
            }
        }
        let target = match self.cells.as_mut().and_then(|c| c.last_mut()) {
            Some(cell) => cell,
            None => &mut self.line,
        };
        // Source line breaks inside a block are layout, not structure.
        for (k, part) in decoded.split(['\n', '\r']).enumerate() {
            if k > 0 && !target.is_empty() && !target.ends_with(' ') {
                target.push(' ');
            }
            target.push_str(if self.in_pre { part } else { part.trim_start_matches([' ', '\t']) });
        }
    }

    fn tag(&mut self, inner: &str) {
        if inner.starts_with('!') || inner.starts_with('?') {
            return;
        }
        let closing = inner.starts_with('/');
        let body = inner.trim_start_matches('/');
        let name: String =
            body.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if name.is_empty() {
            return;
        }
        let self_closing = inner.ends_with('/');
        if let Some((open, depth)) = self.dropped.as_mut() {
            if *open == name {
                if closing {
                    *depth -= 1;
                } else if !self_closing {
                    *depth += 1;
                }
                if *depth == 0 {
                    self.dropped = None;
                }
            }
            return;
        }
        let furniture = !PAGE_WRAPPERS.contains(&name.as_str()) && is_furniture(body);
        if !closing && !self_closing && (DROPPED.contains(&name.as_str()) || furniture) {
            self.end_line();
            self.dropped = Some((name, 1));
            return;
        }
        match (name.as_str(), closing) {
            ("a", false) => {
                let lower = body.to_ascii_lowercase();
                self.in_page_link =
                    attribute(&lower, "href").is_some_and(|h| h.starts_with('#') || h.starts_with("javascript:"));
            }
            ("a", true) => self.in_page_link = false,
            ("br", _) => match self.cells.as_mut().and_then(|c| c.last_mut()) {
                Some(cell) => cell.push(' '),
                None => self.end_line(),
            },
            ("pre", _) => {
                self.end_line();
                self.in_pre = !closing;
            }
            ("table", false) => {
                self.table_depth += 1;
                if self.table_depth == 1 {
                    self.end_line();
                }
            }
            ("table", true) => {
                self.table_depth = self.table_depth.saturating_sub(1);
                if self.table_depth == 0 {
                    self.end_row();
                }
            }
            ("tr", false) if self.table_depth <= 1 => {
                self.end_row();
                self.cells = Some(Vec::new());
            }
            ("tr", true) if self.table_depth <= 1 => self.end_row(),
            ("td" | "th", false) if self.table_depth <= 1 => {
                self.cells.get_or_insert_with(Vec::new).push(String::new())
            }
            (block, _) if BLOCKS.contains(&block) => {
                if self.cells.is_some() {
                    if let Some(cell) = self.cells.as_mut().and_then(|c| c.last_mut()) {
                        cell.push(' ');
                    }
                } else {
                    self.end_line();
                }
            }
            _ => {}
        }
    }

    fn end_row(&mut self) {
        if let Some(cells) = self.cells.take() {
            let cells: Vec<String> = cells.iter().map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
            if cells.iter().any(|c| !c.is_empty()) {
                self.lines.push(cells.join("\t"));
            }
        }
    }

    /// Ends the current line. A line of nothing but links within the page
    /// (a 目次 pane's 「第１条（趣旨）」, 「第２章　管理体制」) is the page's
    /// navigation, not the regulation's text, and is dropped, with the
    /// 「目次」 heading over it. Kept: a link inside a provision (「<a
    /// href="#j5">第５条</a>の規定により」), and the regulation's own 目次,
    /// whose entries end in the articles they span (「第１章　総則（第１条―
    /// 第３条）」) however they link — unless they are links among the
    /// pane's: a pane that lists each 章 with its articles under it
    /// (「第１章　総則（第１条―第３条）」, 「第１条（趣旨）」 …) is navigation
    /// whole, its 章 too (a page so made once showed its 目次 twice, the
    /// title run into the last 章).
    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        let link_only = self.line_link_words && !self.line_own_words;
        let entry = spans_articles(&line);
        let navigation = link_only && (!entry || self.in_navigation);
        (self.line_link_words, self.line_own_words) = (false, false);
        if navigation {
            // An article's link (「第１条（趣旨）」) among linked 章 makes
            // them a pane's; the regulation's own 目次 may end in a linked
            // 「附則」.
            if names_article(&line) {
                if let Some(from) = self.linked_entries_from.take() {
                    self.lines.truncate(from);
                }
                self.in_navigation = true;
            }
            let heading = self.lines.iter().rposition(|l| !l.trim().is_empty());
            if let Some(at) = heading.filter(|&at| is_toc_heading(&self.lines[at])) {
                self.lines.truncate(at);
            }
        }
        let trimmed = line.trim_end();
        if trimmed.trim().is_empty() || navigation {
            if self.lines.last().is_some_and(|l| !l.is_empty()) {
                self.lines.push(String::new());
            }
        } else {
            if link_only && entry {
                self.linked_entries_from.get_or_insert(self.lines.len());
            } else {
                (self.linked_entries_from, self.in_navigation) = (None, false);
            }
            self.lines.push(trimmed.to_string());
        }
    }
}

/// A number as a 目次 pane prints a 章's or an article's: digits of either
/// width or kanji.
const PANE_NUMBER: &str = "[0-9０-９一二三四五六七八九十百]+";

/// Whether `line` is a 目次 entry: a 章 (節, 款) with the articles it spans,
/// 「第１章　総則（第１条―第３条）」, 「第８章　雑則（第４４条・第４５条）」. A
/// 別表's 「（第４条関係）」 names the article it belongs to, not a span.
fn spans_articles(line: &str) -> bool {
    static SPAN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    SPAN.get_or_init(|| {
        let n = PANE_NUMBER;
        regex::Regex::new(&format!(r"^\s*第{n}(?:章|節|款)[^（）()]*[（(]第{n}条[^（）()]*[）)]\s*$"))
            .expect("valid regex")
    })
    .is_match(line)
}

/// Whether `line` starts with an article's number (「第１条（趣旨）」,
/// 「第十二条の二」).
fn names_article(line: &str) -> bool {
    static ARTICLE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    ARTICLE.get_or_init(|| regex::Regex::new(&format!(r"^\s*第{PANE_NUMBER}条")).expect("valid regex")).is_match(line)
}

/// Whether `line` is a 目次 heading alone (「目次」, 「目　次」, 「もくじ」).
fn is_toc_heading(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact == "目次" || compact == "もくじ"
}

/// An element marked as navigation or page header/footer by a class or id word.
fn is_furniture(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    ["class", "id"].iter().any(|attr| {
        attribute(&lower, attr).is_some_and(|value| {
            value.split(|c: char| c.is_whitespace() || c == '_' || c == '-').any(|w| FURNITURE.contains(&w))
        })
    })
}

/// Value of `name="…"` in a tag's text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(at) = tag[from..].find(name) {
        let start = from + at;
        from = start + name.len();
        let before_ok = tag[..start].ends_with(|c: char| c.is_whitespace());
        let rest = tag[from..].trim_start();
        if let (true, Some(rest)) = (before_ok, rest.strip_prefix('=')) {
            let rest = rest.trim_start();
            let quote = rest.chars().next()?;
            return if quote == '"' || quote == '\'' {
                rest[1..].find(quote).map(|end| &rest[1..1 + end])
            } else {
                Some(rest.split(|c: char| c.is_whitespace()).next().unwrap_or(""))
            };
        }
    }
    None
}

/// Decodes character and the common named references, once.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(';').map(|i| i + 1).filter(|i| *i <= 10);
        let decoded = end.and_then(|end| named_or_numeric(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push_str(&c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_or_numeric(name: &str) -> Option<String> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).map(String::from);
    }
    let c = match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" | "ensp" | "emsp" | "thinsp" => " ",
        "ndash" => "–",
        "mdash" => "—",
        "hellip" => "…",
        "copy" => "©",
        "times" => "×",
        "yen" => "¥",
        "laquo" => "«",
        "raquo" => "»",
        "middot" => "·",
        _ => return None,
    };
    Some(c.to_string())
}
