//! Built-in templates and static assets, embedded in the binary; a file of
//! the same name in the user's template folder wins (extra files there are
//! added: `*.html` as templates, `static/**` as assets).
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use tera::{Tera, Value};

use super::Page;
use crate::analyze::diff::{Run, RunKind};

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../templates/", $name)))),*]
    };
}

/// (name relative to the template folder, contents)
const BUILTIN: &[(&str, &str)] = builtin!(
    "base.html",
    "macros.html",
    "index.html",
    "regulation.html",
    "catalog.html",
    "item.html",
    "matrix.html",
    "pair.html",
    "model.html",
    "taishohyo.html",
    "diagnostics.html",
    "search.html",
    "about.html",
    "about.md",
    "static/style.css",
    "static/search.js",
    "static/matrix.js",
    "static/pair.js",
    "static/live-reload.js",
);

/// The text of a built-in template or asset by name (`regulation.html`,
/// `static/style.css`), None when there is none.
pub fn builtin_text(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

/// Files of the user's template folder as (relative name with `/`, path).
fn user_files(dir: Option<&Path>) -> Result<Vec<(String, std::path::PathBuf)>> {
    let Some(dir) = dir.filter(|d| d.is_dir()) else {
        return Ok(Vec::new());
    };
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.with_context(|| format!("{}: cannot read template folder", dir.display()))?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).expect("walkdir stays under its root");
            let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            files.push((name, entry.path().to_path_buf()));
        }
    }
    Ok(files)
}

/// Each status's badge as macros.html's `status` renders it, by the
/// status's class (made by `views::status_badges`).
pub type Badges = Arc<Vec<(&'static str, String)>>;

/// The badge of a status's class (covered, partial …), if it is one.
pub fn badge<'b>(badges: &'b [(&'static str, String)], class: &str) -> Option<&'b str> {
    badges.iter().find(|(c, _)| *c == class).map(|(_, html)| html.as_str())
}

/// Tera with the built-in templates, overridden by the user's, and the
/// badges its `status_badge` filter hands out, for the views that write a
/// badge into HTML they make themselves.
pub fn load(user_dir: Option<&Path>) -> Result<(Tera, Badges)> {
    let sources = sources(user_dir)?;
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.set_escape_fn(escape_html);
    tera.add_raw_templates(sources).map_err(|e| anyhow::anyhow!("templates: {}", tera_message(&e)))?;
    let badges: Badges = Arc::new(super::views::status_badges(&tera)?);
    let filter_badges = Arc::clone(&badges);
    tera.register_filter("status_badge", move |status: &Value, _: &HashMap<String, Value>| {
        status_badge(&filter_badges, status)
    });
    Ok((tera, badges))
}

/// The page templates (`*.html`) as (name, text): the built-ins, overridden
/// or extended by the user's.
pub fn sources(user_dir: Option<&Path>) -> Result<Vec<(String, String)>> {
    let mut sources: Vec<(String, String)> = BUILTIN
        .iter()
        .filter(|(name, _)| name.ends_with(".html"))
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    for (name, path) in user_files(user_dir)? {
        if !name.ends_with(".html") {
            continue;
        }
        let text = std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
        match sources.iter_mut().find(|(n, _)| *n == name) {
            Some(existing) => existing.1 = text,
            None => sources.push((name, text)),
        }
    }
    Ok(sources)
}

/// Static assets (`static/**`) as pages: built-ins, overridden or extended
/// by the user's.
pub fn static_files(user_dir: Option<&Path>) -> Result<Vec<Page>> {
    let mut pages: Vec<Page> = BUILTIN
        .iter()
        .filter(|(name, _)| name.starts_with("static/"))
        .map(|(name, text)| Page { path: name.to_string(), content: text.as_bytes().to_vec() })
        .collect();
    for (name, path) in user_files(user_dir)? {
        if !name.starts_with("static/") {
            continue;
        }
        let content = std::fs::read(&path).with_context(|| format!("{}: cannot read", path.display()))?;
        match pages.iter_mut().find(|p| p.path == name) {
            Some(existing) => existing.content = content,
            None => pages.push(Page { path: name, content }),
        }
    }
    Ok(pages)
}

/// HTML escaping for every page: quick-xml's `escape` (`& < > " '`; `'` as
/// `&apos;`, which HTML5 knows). Not tera's own, which also escapes `/` as
/// `&#x2F;`: valid, but it makes every relative URL unreadable in the source.
fn escape_html(input: &str) -> String {
    escaped(input).into_owned()
}

/// `input` as [`escape_html`] writes it, borrowed when it has nothing to
/// escape, as most texts of a page have not: two `memchr` scans find that
/// several times faster than quick-xml's byte-by-byte one.
pub(super) fn escaped(input: &str) -> Cow<'_, str> {
    let bytes = input.as_bytes();
    if memchr::memchr3(b'&', b'<', b'>', bytes).is_none() && memchr::memchr2(b'"', b'\'', bytes).is_none() {
        return Cow::Borrowed(input);
    }
    quick_xml::escape::escape(input)
}

/// A diff's runs as HTML, what both texts share plain (`d-eq`), what only
/// the new one has in `<ins>`, what only the old one has in `<del>`. The
/// views hand pages their runs as this HTML, not as a list tera loops over
/// or a filter reads: a page at N = 2,000 shows thousands of runs, and as
/// a loop they were a third of tera's own time; as data for a filter,
/// copying them into tera's values and dropping them cost more than the
/// filter.
pub(super) fn diff_html(runs: &[Run]) -> String {
    runs_html(runs, |kind| match kind {
        RunKind::Equal => Some(("<span class=\"d-eq\">", "</span>")),
        RunKind::Insert => Some(("<ins class=\"d-ins\">", "</ins>")),
        RunKind::Delete => Some(("<del class=\"d-del\">", "</del>")),
    })
}

/// A provision's runs against a requirement as HTML. The two are worded
/// independently, so marking what differs would mark nearly everything:
/// marked instead (`<mark>`) is the wording the provision shares with the
/// requirement; its own wording is plain and the requirement's other
/// wording is left out.
pub(super) fn shared_html(runs: &[Run]) -> String {
    runs_html(runs, |kind| match kind {
        RunKind::Equal => Some(("<mark class=\"d-same\">", "</mark>")),
        RunKind::Insert => Some(("", "")),
        RunKind::Delete => None,
    })
}

/// Filter `status_badge`: a status (`{symbol, label, class}`) as macros.html's
/// `status` renders it, rendered once per build for each of the four
/// (`badges`, by class). Pages show thousands of statuses, and a macro call
/// costs tera as much as a dozen of its lookups.
fn status_badge(badges: &[(&'static str, String)], status: &Value) -> tera::Result<Value> {
    let class = status.get("class").and_then(Value::as_str).unwrap_or_default();
    badge(badges, class)
        .map(|html| Value::String(html.to_string()))
        .ok_or_else(|| tera::Error::msg("status_badge: expected a status"))
}

/// `runs` as HTML: each run's text escaped between the tags `tags` gives
/// for its kind, or left out when it gives none.
fn runs_html(runs: &[Run], tags: impl Fn(RunKind) -> Option<(&'static str, &'static str)>) -> String {
    let mut html = String::new();
    for run in runs {
        if let Some((open, close)) = tags(run.kind) {
            html.push_str(open);
            html.push_str(&escaped(&run.text));
            html.push_str(close);
        }
    }
    html
}

/// Tera's error with its causes (the top-level message alone says only
/// "Failed to render").
pub fn tera_message(err: &tera::Error) -> String {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_templates_parse() {
        let (tera, _) = load(None).unwrap();
        assert!(tera.get_template_names().any(|n| n == "regulation.html"));
    }

    #[test]
    fn pages_escape_quotes_but_leave_slashes_in_urls_readable() {
        let (mut tera, _) = load(None).unwrap();
        tera.add_raw_template("t.html", "<a href=\"{{ url }}\" title='{{ title }}'>").unwrap();
        let mut ctx = tera::Context::new();
        ctx.insert("url", "../reg/a.html");
        ctx.insert("title", "'<個人情報>' & \"保護\"");
        assert_eq!(
            tera.render("t.html", &ctx).unwrap(),
            "<a href=\"../reg/a.html\" title='&apos;&lt;個人情報&gt;&apos; &amp; &quot;保護&quot;'>"
        );
    }

    #[test]
    fn a_status_badge_is_what_the_status_macro_renders() {
        let (mut tera, _) = load(None).unwrap();
        let template = r#"{% import "macros.html" as m %}{{ s | status_badge | safe }}|{{ m::status(s=s) }}"#;
        tera.add_raw_template("t.html", template).unwrap();
        for (symbol, label, class) in
            [("○", "充足", "covered"), ("△", "一部", "partial"), ("×", "欠落", "missing"), ("-", "該当なし", "na")]
        {
            let mut ctx = tera::Context::new();
            ctx.insert("s", &serde_json::json!({ "symbol": symbol, "label": label, "class": class }));
            let page = tera.render("t.html", &ctx).unwrap();
            let (badge, by_macro) = page.split_once('|').unwrap();
            assert_eq!(badge, by_macro);
            assert!(badge.contains(symbol) && badge.contains(label), "{badge}");
        }
    }

    #[test]
    fn escaping_is_quick_xmls_with_or_without_anything_to_escape() {
        for text in [
            "",
            "職員は、",
            "a/b.html#art-1",
            "&",
            "<",
            ">",
            "\"",
            "'",
            "第1条 <a href=\"x\">'&'</a> 終",
            "a&b",
            "末尾'",
        ] {
            assert_eq!(escape_html(text), quick_xml::escape::escape(text), "{text}");
        }
        assert!(matches!(escaped("職員は、速やかに"), Cow::Borrowed(_)), "nothing to escape, nothing copied");
    }

    #[test]
    fn diff_runs_are_marked_and_escaped() {
        let run = |kind, text: &str| Run { kind, text: text.to_string() };
        let runs = [
            run(RunKind::Equal, "職員は、"),
            run(RunKind::Delete, "速やかに"),
            run(RunKind::Insert, "直ちに<報告>"),
            run(RunKind::Equal, "しなければならない。"),
        ];
        assert_eq!(
            diff_html(&runs),
            "<span class=\"d-eq\">職員は、</span><del class=\"d-del\">速やかに</del>\
             <ins class=\"d-ins\">直ちに&lt;報告&gt;</ins><span class=\"d-eq\">しなければならない。</span>"
        );
        assert_eq!(
            shared_html(&runs),
            "<mark class=\"d-same\">職員は、</mark>直ちに&lt;報告&gt;<mark class=\"d-same\">しなければならない。</mark>"
        );
    }

    #[test]
    fn a_user_file_with_the_same_name_wins() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("static")).unwrap();
        std::fs::write(tmp.path().join("static/style.css"), "body{color:red}").unwrap();
        std::fs::write(tmp.path().join("about.html"), "custom {{ root }}").unwrap();
        let (tera, _) = load(Some(tmp.path())).unwrap();
        let mut ctx = tera::Context::new();
        ctx.insert("root", "../");
        assert_eq!(tera.render("about.html", &ctx).unwrap(), "custom ../");
        let assets = static_files(Some(tmp.path())).unwrap();
        let css = assets.iter().find(|p| p.path == "static/style.css").unwrap();
        assert_eq!(css.content, b"body{color:red}");
        assert!(assets.iter().any(|p| p.path == "static/search.js"), "other built-ins stay");
    }
}
