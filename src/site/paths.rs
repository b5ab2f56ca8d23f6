//! Output paths of every page, relative to the site root with `/`
//! separators. Templates get a `root` prefix ("" or "../") so every link is
//! relative and the site works from file://, a server root or a subpath.

/// The longest file-name part a slug may take, in bytes: with two slugs in
/// one name (`pair/<a>--<b>.html`) it stays under the 255-byte limit of
/// common file systems.
const MAX_SLUG_BYTES: usize = 120;
/// Where a too-long slug is cut before its hash suffix is added.
const CUT_SLUG_BYTES: usize = 100;

/// File names Windows refuses whatever the extension.
const WINDOWS_RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2",
    "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// An id as a file name that is distinct for distinct ids and readable in
/// Japanese: the id in Unicode NFC, where ASCII letters and digits, `-`,
/// `_`, `.` and printable non-ASCII characters (堺市要綱) stay as they are and
/// every other byte (spaces, `/`, `%`, `#`, control characters …) is written
/// `%XX`, as in a URL. A leading `.` and Windows device names (CON, NUL …) get
/// their first character escaped too. An id longer than 120 bytes is cut and
/// given a `~` and a hash of the full id (`~` never appears otherwise).
pub fn slug(id: &str) -> String {
    // Most ids (ageo-kanri-yoryo, a24) are already their slug: a page links
    // to thousands of them.
    let plain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_');
    if !id.is_empty() && id.len() <= MAX_SLUG_BYTES && id.bytes().all(plain) && !is_windows_device_name(id) {
        return id.to_string();
    }
    escaped_slug(id)
}

/// [`slug`] the long way, for any id.
fn escaped_slug(id: &str) -> String {
    use std::fmt::Write;
    use unicode_normalization::UnicodeNormalization;
    let nfc: String = id.nfc().collect();
    let mut out = String::with_capacity(nfc.len());
    for (i, c) in nfc.chars().enumerate() {
        let keep = c.is_ascii_alphanumeric()
            || matches!(c, '-' | '_')
            || (c == '.' && i > 0)
            || (!c.is_ascii() && !c.is_control() && !c.is_whitespace() && !is_invisible(c));
        if keep {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    let stem = out.split('.').next().unwrap_or("");
    if out.is_empty() {
        out.push_str("%00");
    } else if is_windows_device_name(stem) {
        let first = out.remove(0);
        out.insert_str(0, &format!("%{:02X}", first as u32));
    }
    if out.len() > MAX_SLUG_BYTES {
        let mut cut = CUT_SLUG_BYTES;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        // Never cut inside a %XX escape.
        if let Some(pct) = out[..cut].rfind('%').filter(|p| cut - p < 3) {
            cut = pct;
        }
        out = format!("{}~{:016x}", &out[..cut], fnv1a(id.as_bytes()));
    }
    out
}

/// Whether Windows refuses `stem` as a file name whatever the extension.
fn is_windows_device_name(stem: &str) -> bool {
    WINDOWS_RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem))
}

/// Zero-width and other format characters: kept out of file names, where
/// they would make two names look the same.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff0}'..='\u{ffff}')
}

/// 64-bit FNV-1a: a stable hash (the same on every machine and version) for
/// the suffix of a shortened slug.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// A site path as it goes into an `href`: every byte outside `A-Z a-z 0-9
/// - . _ ~ /` percent-encoded (so a file named `%E5.html` or `堺市.html` is
/// reached from file:// and from any server); the `#anchor` part is kept.
pub fn href(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    push_href(&mut out, path);
    out
}

/// [`href`] of `path`, appended to `out`.
fn push_href(out: &mut String, path: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let (file, anchor) = match path.find('#') {
        Some(i) => path.split_at(i),
        None => (path, ""),
    };
    for b in file.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            // `%XX`, upper-case hex, pushed without the formatting machinery.
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0F)]));
        }
    }
    out.push_str(anchor);
}

/// The home page.
pub const HOME: &str = "index.html";
/// The about page.
pub const ABOUT: &str = "about.html";
/// The search page.
pub const SEARCH: &str = "search.html";
/// The diagnostics page.
pub const DIAGNOSTICS: &str = "diagnostics.html";
/// The search index script: the list of its shards.
pub const SEARCH_INDEX: &str = "search-index.js";

/// The `n`-th shard of the search index.
pub fn search_shard(n: usize) -> String {
    format!("search-index/{n:04}.js")
}

/// The page of a regulation.
pub fn regulation(id: &str) -> String {
    format!("reg/{}.html", slug(id))
}

/// The page of a catalog.
pub fn catalog(catalog: &str) -> String {
    format!("catalog/{}/index.html", slug(catalog))
}

/// The page of a catalog item (its first page).
pub fn item(catalog: &str, item: &str) -> String {
    item_page(catalog, item, 1)
}

/// Page `page` (from 1) of a catalog item's page: the first keeps the
/// item's path, a later one is `<item>~<page>.html` next to it. No item
/// can own that name: a slug has `~` only before the 16 hex digits of a
/// shortened id's hash, never before a short decimal page number.
pub fn item_page(catalog: &str, item: &str, page: usize) -> String {
    let mut name = slug(item);
    // An item called index would take the catalog's own page (its first
    // letter escaped, as for a Windows device name; any case, for shared
    // drives that ignore case).
    if name.eq_ignore_ascii_case("index") {
        name = format!("%{:02X}{}", name.as_bytes()[0], &name[1..]);
    }
    match page {
        0 | 1 => format!("catalog/{}/{name}.html", slug(catalog)),
        n => format!("catalog/{}/{name}~{n}.html", slug(catalog)),
    }
}

/// The coverage matrix of a catalog (its first page).
pub fn matrix(catalog: &str) -> String {
    matrix_page(catalog, 1)
}

/// Page `page` (from 1) of a catalog's coverage matrix: page 1 keeps the
/// matrix's path, a later one is `<catalog>~<page>.html` next to it (as
/// for item pages, [`item_page`]).
pub fn matrix_page(catalog: &str, page: usize) -> String {
    match page {
        0 | 1 => format!("matrix/{}.html", slug(catalog)),
        n => format!("matrix/{}~{n}.html", slug(catalog)),
    }
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

/// `target` (a site-root-relative path, maybe with #anchor) as seen from
/// `page`, encoded for an `href` (see [`href`]).
pub fn relative(page: &str, target: &str) -> String {
    // `root_of` and `href` written into one string: pages link thousands
    // of times, and the two strings and the `format!` joining them were
    // most of a link's cost.
    let depth = page.matches('/').count();
    let mut out = String::with_capacity(3 * depth + target.len());
    for _ in 0..depth {
        out.push_str("../");
    }
    push_href(&mut out, target);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_to_the_page() {
        assert_eq!(root_of("index.html"), "");
        assert_eq!(root_of("catalog/ppc-shishin/4-1.html"), "../../");
        assert_eq!(relative("reg/ageo.html", &regulation("sakai")), "../reg/sakai.html");
        assert_eq!(relative("catalog/c/i.html", "reg/上尾.html#a"), "../../reg/%E4%B8%8A%E5%B0%BE.html#a");
        assert_eq!(relative("index.html", "reg/a b.html"), "reg/a%20b.html");
    }

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("ageo-kanri-yoryo"), "ageo-kanri-yoryo");
        assert_eq!(slug("上尾要領"), "上尾要領");
        assert_eq!(slug("上尾/要領"), "上尾%2F要領");
        assert_eq!(slug("..x"), "%2E.x");
        assert_eq!(slug("a b%"), "a%20b%25");
        assert_eq!(slug("con"), "%63on");
        assert_eq!(slug(""), "%00");
        // NFD input (macOS file names) gives the same name as NFC.
        assert_eq!(slug("\u{30AB}\u{3099}"), slug("\u{30AC}"));
    }

    #[test]
    fn ids_that_are_their_own_slug_take_the_short_way_to_the_same_name() {
        let at_limit = "a".repeat(MAX_SLUG_BYTES);
        let over = "a".repeat(MAX_SLUG_BYTES + 1);
        for id in ["ageo-kanri-yoryo-0", "a24_p2", "x", "con", "COM1", "lpt9", "com10", &at_limit, &over] {
            assert_eq!(slug(id), escaped_slug(id), "{id}");
        }
        assert_eq!(slug(&at_limit), at_limit);
        assert!(slug(&over).contains('~'));
    }

    #[test]
    fn japanese_ids_give_distinct_file_names() {
        // Both became `____` before: one page replaced the other.
        assert_ne!(slug("堺市要綱"), slug("上尾要領"));
        assert_eq!(regulation("堺市要綱"), "reg/堺市要綱.html");
        assert_eq!(relative("index.html", &regulation("堺市要綱")), "reg/%E5%A0%BA%E5%B8%82%E8%A6%81%E7%B6%B1.html");
        assert_eq!(relative("reg/x.html", &regulation("a%b")), "../reg/a%2525b.html");
        assert_eq!(href("reg/a.html#art-1"), "reg/a.html#art-1");
    }

    #[test]
    fn later_item_pages_never_take_the_name_of_an_item() {
        assert_eq!(item_page("ppc-shishin", "4-1", 1), item("ppc-shishin", "4-1"));
        assert_eq!(item_page("ppc-shishin", "4-1", 2), "catalog/ppc-shishin/4-1~2.html");
        assert_eq!(href(&item_page("c", "上尾", 3)), "catalog/c/%E4%B8%8A%E5%B0%BE~3.html");
        // Ids shaped like a later page of another item, and shortened ids
        // (which end in `~` and a hash): every page of every item has its own path.
        let long = "x".repeat(200);
        let ids = ["4-1", "4-1~2", "4-1-2", "4-1.2", "4-1%7E2", "~", "4", &long, &format!("{long}y")];
        let mut all = std::collections::HashSet::new();
        for id in ids {
            for page in 1..=12 {
                assert!(all.insert(item_page("c", id, page)), "{id} page {page}");
            }
        }
    }

    #[test]
    fn later_matrix_pages_sit_next_to_the_first() {
        assert_eq!(matrix_page("ppc-shishin", 1), "matrix/ppc-shishin.html");
        assert_eq!(matrix_page("ppc-shishin", 1), matrix("ppc-shishin"));
        assert_eq!(matrix_page("ppc-shishin", 12), "matrix/ppc-shishin~12.html");
    }

    #[test]
    fn an_item_called_index_does_not_take_the_catalog_page() {
        for id in ["index", "Index", "INDEX"] {
            assert_ne!(item("c", id).to_lowercase(), catalog("c").to_lowercase(), "{id}");
        }
        assert_eq!(item("c", "index"), "catalog/c/%69ndex.html");
        assert_eq!(item_page("c", "index", 2), "catalog/c/%69ndex~2.html");
        assert_eq!(item("c", "indexes"), "catalog/c/indexes.html");
    }

    #[test]
    fn long_ids_are_shortened_without_collisions() {
        let a = "個人情報".repeat(20) + "甲";
        let b = "個人情報".repeat(20) + "乙";
        assert!(slug(&a).len() <= MAX_SLUG_BYTES, "{}", slug(&a));
        assert_ne!(slug(&a), slug(&b));
        assert!(pair(&a, &b).len() < 255);
    }
}
