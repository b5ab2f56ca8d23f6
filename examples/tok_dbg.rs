fn main() {
    let cache = reiki::analyze::text_analysis::TokenCache::new();
    for w in std::env::args().skip(1) {
        let toks = cache.tokens(&w);
        let v: Vec<String> =
            toks.iter().map(|t| format!("{}/{}/{:?}/{}", t.surface, t.base, t.pos, t.pos_sub)).collect();
        println!("{w}: {v:?}");
    }
}
