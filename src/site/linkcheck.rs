//! Link checker over a generated site: every relative `href`/`src` target
//! exists and every `#anchor` exists in its target page. Root-absolute links
//! (`/x`) count as broken: they fail from file:// and from a subpath.
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};
use once_cell::sync::Lazy;
use regex::Regex;

static LINK: Lazy<Regex> =
    Lazy::new(|| Regex::new(r#"(?i)\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')"#).expect("valid regex"));
static ID: Lazy<Regex> = Lazy::new(|| Regex::new(r#"(?i)\s(?:id|name)\s*=\s*"([^"]*)""#).expect("valid regex"));

/// A link that does not resolve to a file (or an anchor) of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    /// Page holding the link, relative to the site root.
    pub page: String,
    /// The link as written (`href` or `src`).
    pub link: String,
    /// Why it is broken.
    pub why: String,
}

impl std::fmt::Display for BrokenLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({})", self.page, self.link, self.why)
    }
}

/// Result of checking a site folder.
#[derive(Debug, Default)]
pub struct Report {
    /// Pages checked.
    pub pages: usize,
    /// Links checked.
    pub links: usize,
    /// Links that do not resolve.
    pub broken: Vec<BrokenLink>,
}

fn html_unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#x2F;", "/")
}

/// `%XX` escapes decoded; a `%` not followed by two hex digits is kept.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Joins `link` to the folder of `page` and normalises `..`; None when it
/// climbs out of the site.
fn resolve(page: &Path, link: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    let base = page.parent().unwrap_or(Path::new(""));
    for c in base.join(link).components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Checks every `.html` file under `root`.
pub fn check(root: &Path) -> Result<Report> {
    let mut pages: Vec<PathBuf> = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.with_context(|| format!("{}: cannot walk", root.display()))?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "html") {
            pages.push(entry.path().strip_prefix(root).expect("under root").to_path_buf());
        }
    }
    let mut sources: HashMap<PathBuf, String> = HashMap::new();
    for page in &pages {
        let path = root.join(page);
        sources.insert(
            page.clone(),
            std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?,
        );
    }
    let ids: HashMap<&PathBuf, HashSet<String>> = sources
        .iter()
        .map(|(page, html)| (page, ID.captures_iter(html).map(|c| html_unescape(&c[1])).collect()))
        .collect();

    let mut report = Report { pages: pages.len(), ..Report::default() };
    for page in &pages {
        let html = &sources[page];
        for caps in LINK.captures_iter(html) {
            let raw = html_unescape(caps.get(1).or_else(|| caps.get(2)).map(|m| m.as_str()).unwrap_or(""));
            report.links += 1;
            let broken =
                |why: &str| BrokenLink { page: page.display().to_string(), link: raw.clone(), why: why.to_string() };
            if raw.is_empty() {
                report.broken.push(broken("empty link"));
                continue;
            }
            if raw.starts_with('/') {
                report.broken.push(broken("root-absolute link breaks file:// and subpaths"));
                continue;
            }
            if raw.contains("://") || raw.starts_with("mailto:") || raw.starts_with("tel:") || raw.starts_with("data:")
            {
                continue; // external: not ours to check
            }
            let without_query = raw.split('?').next().unwrap_or("");
            let (file_part, anchor) = match without_query.split_once('#') {
                Some((f, a)) => (f, Some(percent_decode(a))),
                None => (without_query, raw.split_once('#').map(|(_, a)| percent_decode(a))),
            };
            let target =
                if file_part.is_empty() { Some(page.clone()) } else { resolve(page, &percent_decode(file_part)) };
            let Some(mut target) = target else {
                report.broken.push(broken("climbs out of the site"));
                continue;
            };
            if root.join(&target).is_dir() {
                target = target.join("index.html");
            }
            if !root.join(&target).is_file() {
                report.broken.push(broken("target file missing"));
                continue;
            }
            if let Some(anchor) = anchor.filter(|a| !a.is_empty()) {
                match ids.get(&target) {
                    Some(set) if set.contains(&anchor) => {}
                    Some(_) => report.broken.push(broken("anchor missing in target")),
                    None => report.broken.push(broken("anchor into a non-HTML file")),
                }
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_missing_files_anchors_and_absolute_links() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("reg")).unwrap();
        std::fs::write(root.join("index.html"), r##"<a href="reg/a.html#art-1">ok</a> <a href="reg/a.html#art-9">no anchor</a> <a href="/reg/a.html">abs</a> <a href="reg/b.html">missing</a> <a href="https://example.org/">ext</a> <a href="#top">self</a><span id="top"></span>"##).unwrap();
        std::fs::write(
            root.join("reg/a.html"),
            r#"<p id="art-1"><a href="../index.html">home</a> <img src="../static/x.png"></p>"#,
        )
        .unwrap();
        let report = check(root).unwrap();
        let mut broken: Vec<String> = report.broken.iter().map(|b| format!("{} {}", b.link, b.why)).collect();
        broken.sort();
        assert_eq!(
            broken,
            vec![
                "../static/x.png target file missing",
                "/reg/a.html root-absolute link breaks file:// and subpaths",
                "reg/a.html#art-9 anchor missing in target",
                "reg/b.html target file missing",
            ]
        );
        assert_eq!(report.pages, 2);
    }
}
