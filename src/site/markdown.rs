//! Markdown prose (front-matter `description`, catalog `description` and
//! `note`, the about page) to HTML with pulldown-cmark. Raw HTML in the
//! source is shown as text: prose comes from many hands and must not be
//! able to inject scripts into the site.
//!
//! The site must work offline and never load anything from outside it: an
//! image whose source is not a plain relative path (`http://…`, `//host/…`,
//! `javascript:…`, `data:…`, `file:…`, `\\\\share\\…`, `/root-absolute`) is
//! not emitted; its alt text is shown in 〔〕 with a note instead.
use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// Shown after the alt text of an image that was left out.
const IMAGE_DROPPED: &str = "（外部の画像は表示しません）";

pub fn to_html(source: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    // One flag per open image: whether it was dropped (alt text may nest).
    let mut dropped_images: Vec<bool> = Vec::new();
    let events = Parser::new_ext(source, options).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            Event::Start(Tag::Link { link_type, dest_url: safe_url(dest_url), title, id })
        }
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            let local = is_local_path(&dest_url);
            dropped_images.push(!local);
            if local {
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            } else {
                Event::Text(CowStr::Borrowed("〔"))
            }
        }
        Event::End(TagEnd::Image) => match dropped_images.pop() {
            Some(true) => Event::Text(CowStr::Boxed(format!("〕{IMAGE_DROPPED}").into_boxed_str())),
            _ => Event::End(TagEnd::Image),
        },
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// A relative path inside the site: no scheme, not root-absolute, no host.
fn is_local_path(url: &str) -> bool {
    let url = url.trim();
    let path_end = url.find(['/', '?', '#']).unwrap_or(url.len());
    let has_scheme = url[..path_end].contains(':');
    !url.is_empty() && !has_scheme && !url.starts_with(['/', '\\']) && !url.chars().any(char::is_control)
}

/// Drops `javascript:` and similar URLs.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower: String =
        url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
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

    #[test]
    fn external_and_script_images_are_not_emitted() {
        for src in [
            "http://tracker.example/p.gif",
            "https://x/y.png",
            "//x/y.png",
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:image/svg+xml,<svg/>",
            "file:///etc/passwd",
            "/abs.png",
            "\\\\srv\\a.png",
        ] {
            let html = to_html(&format!("説明 ![庁舎の写真]({src}) 以上"));
            assert!(!html.contains("<img"), "{src}: {html}");
            assert!(html.contains("〔庁舎の写真〕（外部の画像は表示しません）"), "{src}: {html}");
        }
        let html = to_html("![図1](img/zu1.png)");
        assert!(html.contains("<img src=\"img/zu1.png\" alt=\"図1\""), "{html}");
    }

    #[test]
    fn spaced_javascript_links_are_neutralised() {
        let html = to_html("[x](<java script:alert(1)>)");
        assert!(!html.contains("script:alert"), "{html}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// Whatever the image source, an emitted `<img>` points inside the site.
        #[test]
        fn no_image_source_leaves_the_site(src in "[ \\t]{0,2}(https?:|javascript:|JaVaScRiPt:|data:|file:|//|/|\\\\|\\.\\./)?[a-z:/.%\\\\]{0,12}") {
            let html = to_html(&format!("![alt]({src}) and ![alt](<{src}>)"));
            for (at, _) in html.match_indices("<img src=\"") {
                let url = &html[at + 10..];
                let url = &url[..url.find('"').unwrap_or(url.len())];
                proptest::prop_assert!(is_local_path(url), "{src:?} → {html}");
                let before_path = &url[..url.find(['/', '?', '#']).unwrap_or(url.len())];
                proptest::prop_assert!(!before_path.contains(':') && !url.starts_with(['/', '\\']), "{src:?} → {html}");
            }
        }
    }
}
