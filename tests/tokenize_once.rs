//! One run tokenizes each distinct piece of text (up to a 、 or 。, as
//! lindera segments) once: every stage (coverage,
//! correspondences, requirement ↔ provision diffs and flags, 新旧対照表,
//! defined terms, the search index) asks the run's one token cache. Alone in
//! its own test binary, because the counting hook is process-wide.
use std::path::Path;

use reiki::site::{BuildOptions, Site};
use reiki::text::tokens::{self, calls};

#[test]
fn a_site_build_of_the_seed_corpus_tokenizes_each_text_once() {
    let options = BuildOptions::in_project(Path::new(env!("CARGO_MANIFEST_DIR")));
    calls::record();
    let mut site = Site::load(&options).unwrap();
    site.analyse().unwrap();
    // The 新旧対照表 are compared when a page first asks: here, with the
    // rest of the analysis.
    for version in site.analysis.versions.values() {
        version.table(&site.project);
    }
    let analysed = calls::take();
    calls::record();
    site.render().unwrap();
    let rendered = calls::take();
    // The pages and the search index read the analysis's tokens: rendering
    // tokenizes only pieces (clauses) of the 附則 articles, which no
    // analysis reads.
    let supplementary: Vec<String> = site
        .project
        .regulations
        .iter()
        .flat_map(|r| r.supplementary.iter().flat_map(|s| &s.articles))
        .flat_map(reiki::analyze::text_analysis::article_token_texts)
        .flat_map(|text| {
            let segmented = tokens::segmented_form(&text).into_owned();
            tokens::pieces(&segmented).into_iter().map(move |r| segmented[r].to_string())
        })
        .collect();
    let unexpected: Vec<&String> = rendered.keys().filter(|t| !supplementary.contains(t)).collect();
    assert!(
        unexpected.is_empty(),
        "rendering tokenized {} texts, e.g. {:?}",
        unexpected.len(),
        &unexpected[..unexpected.len().min(3)]
    );
    let mut counts = analysed;
    for (text, n) in rendered {
        *counts.entry(text).or_insert(0) += n;
    }
    let mut repeated: Vec<(&String, &usize)> = counts.iter().filter(|(_, n)| **n > 1).collect();
    repeated.sort_by(|a, b| b.1.cmp(a.1));
    let total: usize = counts.values().sum();
    assert!(
        repeated.is_empty(),
        "{} of {} texts tokenized more than once ({total} calls), e.g. {:?}",
        repeated.len(),
        counts.len(),
        repeated.iter().take(5).map(|(t, n)| (t.chars().take(30).collect::<String>(), n)).collect::<Vec<_>>()
    );
    // The whole corpus went through the tokenizer: 167 articles of 8
    // regulations, the items of 3 catalogs, the texts the pages compare.
    assert!(counts.len() > 1000, "only {} texts tokenized", counts.len());
}
