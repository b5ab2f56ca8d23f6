//! Two texts (split at the first NUL) as the old and new version of a
//! regulation: token diff of the raw texts, then the 新旧対照表 of the parsed
//! regulations.
#![no_main]
use libfuzzer_sys::fuzz_target;
use reiki::analyze::{diff, taishohyo};

fuzz_target!(|text: &str| {
    let (old, new) = text.split_once('\0').unwrap_or((text, ""));
    let d = diff::TokenDiff::new(old, new);
    let _ = d.a_runs(diff::Granularity::Phrase);
    let _ = d.b_runs(diff::Granularity::Phrase);
    let (Ok(old), Ok(new)) = (reiki::parse::load_str("old.md", old), reiki::parse::load_str("new.md", new)) else {
        return;
    };
    let _ = taishohyo::build(&old, &new, &reiki::config::Config::default());
});
