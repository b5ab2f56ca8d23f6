//! Markdown prose (front-matter `description`, catalog `description` and
//! `note`, the about page) to HTML with pulldown-cmark. Raw HTML in the
//! source is shown as text: prose comes from many hands and must not be
//! able to inject scripts into the site.
use pulldown_cmark::{html, CowStr, Event, Options, Parser};

pub fn to_html(source: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let events = Parser::new_ext(source, options).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(pulldown_cmark::Tag::Link { link_type, dest_url, title, id }) => {
            Event::Start(pulldown_cmark::Tag::Link { link_type, dest_url: safe_url(dest_url), title, id })
        }
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// Drops `javascript:` and similar URLs.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("javascript:") || lower.starts_with("data:") || lower.starts_with("vbscript:") {
        CowStr::Borrowed("#")
    } else {
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_prose_and_neutralises_html() {
        let html = to_html("**改正案**の説明。\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))");
        assert!(html.contains("<strong>改正案</strong>"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("href=\"#\""), "{html}");
    }
}
