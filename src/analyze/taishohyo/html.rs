//! The 新旧対照表 as HTML: a fragment for the site, a printable page for the CLI.
use super::{lines, placeholder, Taishohyo, TaishohyoCell};
use crate::analyze::diff::RunKind;
// HTML escaping, the same as the site's templates.
use quick_xml::escape::escape;

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
pub(super) fn escape_marking_foreign(text: &str) -> String {
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

fn cell_html(cell: &TaishohyoCell, is_new: bool) -> String {
    if let Some(p) = placeholder(cell, is_new) {
        return format!("<p class=\"placeholder\">{p}</p>");
    }
    let TaishohyoCell::Text(runs) = cell else { unreachable!() };
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
        html.push_str(&format!("<tr class=\"{}\">", row.status));
        for (_, cell, is_new) in t.columns(row) {
            html.push_str(&format!("<td>{}</td>", cell_html(cell, is_new)));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// Style of the stand-alone page; printable on A4 landscape.
pub(crate) const PAGE_CSS: &str = r#"@page { size: A4 landscape; margin: 15mm 12mm; }
body { font-family: "Yu Mincho", "Hiragino Mincho ProN", "MS Mincho", serif; font-size: 10.5pt; line-height: 1.7; margin: 0 auto; max-width: 270mm; }
h1 { font-size: 13pt; font-weight: normal; }
"#;

/// Style of the table itself (office layout: ruled grid, centred headers,
/// 明朝), shared by the CLI's page and the site's 新旧対照表 page.
pub(crate) const TABLE_CSS: &str = r#"table.taishohyo { font-family: "Yu Mincho", "Hiragino Mincho ProN", "MS Mincho", "Noto Serif CJK JP", serif; }
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
        lead = escape(t.lead_sentence()),
        table = render_html_fragment(t),
    )
}
