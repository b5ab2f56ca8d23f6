//! Output paths of every page, relative to the site root with `/`
//! separators. Templates get a `root` prefix ("" or "../") so every link is
//! relative and the site works from file://, a server root or a subpath.

/// Keeps ids usable as file names on every system: ASCII letters, digits,
/// `-`, `_` and `.` stay; anything else becomes `_`.
pub fn slug(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .collect();
    if s.is_empty() || s.starts_with('.') {
        format!("_{s}")
    } else {
        s
    }
}

pub const HOME: &str = "index.html";
pub const ABOUT: &str = "about.html";
pub const SEARCH: &str = "search.html";
pub const DIAGNOSTICS: &str = "diagnostics.html";
pub const SEARCH_INDEX: &str = "search-index.js";

pub fn regulation(id: &str) -> String {
    format!("reg/{}.html", slug(id))
}

pub fn catalog(catalog: &str) -> String {
    format!("catalog/{}/index.html", slug(catalog))
}

pub fn item(catalog: &str, item: &str) -> String {
    format!("catalog/{}/{}.html", slug(catalog), slug(item))
}

pub fn matrix(catalog: &str) -> String {
    format!("matrix/{}.html", slug(catalog))
}

/// 条文対応表 of two regulations.
pub fn pair(a: &str, b: &str) -> String {
    format!("pair/{}--{}.html", slug(a), slug(b))
}

/// A regulation compared with a catalog's requirements (the model text).
pub fn model_compare(regulation: &str, catalog: &str) -> String {
    format!("model/{}--{}.html", slug(regulation), slug(catalog))
}

/// 新旧対照表 of a regulation and the version it supersedes.
pub fn taishohyo(id: &str) -> String {
    format!("taishohyo/{}.html", slug(id))
}

/// The prefix leading from `page` back to the site root: "" or "../" …
pub fn root_of(page: &str) -> String {
    "../".repeat(page.matches('/').count())
}

/// `target` (a site-root-relative path, maybe with #anchor) as seen from `page`.
pub fn relative(page: &str, target: &str) -> String {
    format!("{}{target}", root_of(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_to_the_page() {
        assert_eq!(root_of("index.html"), "");
        assert_eq!(root_of("catalog/ppc-shishin/4-1.html"), "../../");
        assert_eq!(relative("reg/ageo.html", &regulation("sakai")), "../reg/sakai.html");
    }

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("ageo-kanri-yoryo"), "ageo-kanri-yoryo");
        assert_eq!(slug("上尾/要領"), "_____");
        assert_eq!(slug("..x"), "_..x");
    }
}
