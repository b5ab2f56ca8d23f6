//! Throughput of analysis and alignment: `cargo bench --bench align`.
//! Reports tokenize MB/s, analysis and coverage time for the seeds, and for
//! the seeds repeated to 2,000 regulations (each copy tokenized afresh), plus
//! corpus-index build and query time. Run from the project root.
use std::path::Path;
use std::time::Instant;

use reiki::analyze::align::{self, CatalogAnalysis, CorpusIndex, Params};
use reiki::analyze::text_analysis::{TextAnalysis, TokenCache};
use reiki::text::tokens;

fn main() {
    let (regs, errors) = reiki::pipeline::load_folder(Path::new("regulations"), reiki::source::DEFAULT_MAX_FILE_BYTES);
    assert!(errors.is_empty(), "{errors:?}");
    let catalog = reiki::catalog::load_file(Path::new("catalogs/ppc-shishin.yaml")).unwrap();
    let texts: Vec<String> = regs
        .iter()
        .flat_map(|r| r.articles().flat_map(|a| a.paragraphs.iter()).map(|p| p.normalized.clone()).collect::<Vec<_>>())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    tokens::tokenize("ウォームアップ");

    let t = Instant::now();
    let mut n_tokens = 0;
    for _ in 0..5 {
        for text in &texts {
            n_tokens += tokens::tokenize(text).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "tokenize: {:.2} MB of paragraph text ×5 in {:.3}s = {:.2} MB/s ({} tokens/s)",
        bytes as f64 / 1e6,
        secs,
        5.0 * bytes as f64 / 1e6 / secs,
        (n_tokens as f64 / secs) as u64
    );

    let cache = TokenCache::new();
    let t = Instant::now();
    let prepared = CatalogAnalysis::build(&catalog, &cache);
    println!("catalog ppc-shishin prepared in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let analyses: Vec<TextAnalysis> = regs.iter().map(|r| TextAnalysis::build(r, &cache)).collect();
    println!("analysis of {} seed regulations: {:.1} ms", regs.len(), t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    for (r, a) in regs.iter().zip(&analyses) {
        align::coverage_with(r, &prepared, a, Params::default());
    }
    let articles: usize = analyses.iter().map(|a| a.articles.len()).sum();
    println!(
        "coverage of {} seeds ({} articles × {} items): {:.1} ms",
        regs.len(),
        articles,
        catalog.leaves().count(),
        t.elapsed().as_secs_f64() * 1e3
    );

    // Scale: copies up to 2,000 regulations, each with its own cache so that
    // every copy is tokenized (as distinct real texts would be).
    let copies = 2000 / regs.len() + usize::from(2000 % regs.len() != 0);
    let many: Vec<_> = (0..copies)
        .flat_map(|k| regs.iter().map(move |r| (k, r)))
        .take(2000)
        .map(|(k, r)| {
            let mut r = r.clone();
            r.id = format!("{}-{k}", r.id);
            r
        })
        .collect();
    let t = Instant::now();
    let many_analyses: Vec<TextAnalysis> = many.iter().map(|r| TextAnalysis::build(r, &TokenCache::new())).collect();
    let analysis_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for (r, a) in many.iter().zip(&many_analyses) {
        align::coverage_with(r, &prepared, a, Params::default());
    }
    let coverage_secs = t.elapsed().as_secs_f64();
    println!(
        "{} regulations: analysis (tokenize + terms) {:.2}s, coverage {:.2}s ({:.2} ms per regulation)",
        many.len(),
        analysis_secs,
        coverage_secs,
        coverage_secs * 1e3 / many.len() as f64
    );
    let t = Instant::now();
    let corpus = CorpusIndex::build(&many_analyses);
    let build_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let draft = &many_analyses[0];
    for a in &draft.articles {
        corpus.similar(&draft.regulation_id, a, 5);
    }
    println!(
        "corpus index of {} articles built in {:.2}s; top-5 for each of {} articles of one regulation in {:.1} ms",
        corpus.len(),
        build_secs,
        draft.articles.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
