//! Bounded property tests (proptest, a few hundred cases each, seconds in
//! all): the invariants the hardening relies on, over generated inputs.
//! The unbounded versions are the cargo-fuzz targets in `fuzz/`.
use proptest::prelude::*;
use reiki::site::paths;

/// Ids as users write them: ASCII, kana, kanji, punctuation, spaces.
fn id() -> impl Strategy<Value = String> {
    prop::string::string_regex("[a-zA-Z0-9._%/ #?-]{0,6}[ぁ-んァ-ン一-龯、。（）・]{0,6}[A-Z.]{0,3}").unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn distinct_ids_give_distinct_safe_file_names(a in id(), b in id()) {
        use unicode_normalization::UnicodeNormalization;
        let (sa, sb) = (paths::slug(&a), paths::slug(&b));
        if a.nfc().collect::<String>() != b.nfc().collect::<String>() {
            prop_assert_ne!(&sa, &sb);
        }
        prop_assert!(!sa.is_empty() && !sa.starts_with('.') && sa.len() <= 120, "{}", sa);
        prop_assert!(!sa.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '#', ' ']), "{}", sa);
    }

    #[test]
    fn hrefs_decode_back_to_the_file_name(a in id()) {
        let file = paths::regulation(&a);
        let href = paths::href(&file);
        prop_assert!(href.is_ascii());
        let decoded = percent_decode(&href);
        prop_assert_eq!(decoded, file);
    }

    #[test]
    fn served_paths_never_leave_the_site(path in "(/|\\.\\.|%2[eE]|%2[fF]|%5[cC]|[a-z]|\\\\){0,12}") {
        let root = std::path::Path::new("/srv/site");
        if let Some(file) = reiki::cli::serve::resolve(root, &path) {
            prop_assert!(file.starts_with(root), "{} → {}", path, file.display());
            prop_assert!(!file.components().any(|c| c == std::path::Component::ParentDir), "{}", file.display());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Decode + front matter + parse never panic, whatever the bytes.
    #[test]
    fn any_bytes_load_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok((text, _)) = reiki::source::decode(&bytes) {
            let _ = reiki::parse::load_str("p.md", &text);
        }
    }

    /// Regulation-shaped text (articles, 項, 号, front matter fragments).
    #[test]
    fn regulation_like_text_parses_without_panic(
        lines in prop::collection::vec(
            prop::string::string_regex("(---|id: [a-z]{1,3}|第[一二三十0-9０-９]{1,3}条(の[0-9])?|（[0-9]）|[0-9２]|附則|目次|第[一二]章|[ぁ-ん一-龯]{0,8}|<br>|&amp;)[　 ]?[ぁ-ん一-龯、。]{0,10}").unwrap(),
            0..30)
    ) {
        let text = lines.join("\n");
        if let Ok(reg) = reiki::parse::load_str("p.md", &text) {
            for d in &reg.diagnostics {
                prop_assert!(d.line >= 1, "{:?}", d);
            }
        }
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}
