//! Any text parsed as a regulation, then tokenized, checked against the
//! shipped 指針 catalog and rendered as Markdown prose.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use reiki::analyze::{align, text_analysis};
use reiki::catalog::Catalog;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogs/ppc-shishin.yaml");
        reiki::catalog::load_file(std::path::Path::new(path)).expect("shipped catalog loads")
    })
}

fuzz_target!(|text: &str| {
    let Ok(reg) = reiki::source::load_str("fuzz.md", text) else { return };
    let cache = text_analysis::TokenCache::new();
    let analysis = text_analysis::TextAnalysis::build(&reg, &cache);
    let _ = align::coverage(&reg, catalog(), &analysis);
});
