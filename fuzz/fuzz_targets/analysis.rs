//! Any text parsed as a regulation, then tokenized and checked against the
//! shipped 指針 catalog (prepared once, as a build prepares it once).
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use reiki::analyze::align::{self, CatalogAnalysis, Params};
use reiki::analyze::text_analysis::{TextAnalysis, TokenCache};

fn catalog() -> &'static CatalogAnalysis {
    static CATALOG: OnceLock<CatalogAnalysis> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogs/ppc-shishin.yaml");
        let catalog = reiki::catalog::load_file(std::path::Path::new(path)).expect("shipped catalog loads");
        CatalogAnalysis::build(&catalog, &TokenCache::new())
    })
}

fuzz_target!(|text: &str| {
    let Ok(reg) = reiki::parse::load_str("fuzz.md", text) else { return };
    // A cache per input: the fuzzer's inputs never repeat, and a shared one
    // would only grow.
    let analysis = TextAnalysis::build(&reg, &TokenCache::new());
    let _ = align::coverage_with(&reg, catalog(), &analysis, Params::default());
});
