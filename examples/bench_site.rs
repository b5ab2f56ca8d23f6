//! Site build benchmark: the seed regulations repeated to N regulations
//! (default 2,000), every phase timed, peak memory from /proc/self/status.
//!
//!     cargo run --release --example bench_site -- [N]
//!
//! Each copy gets its own id and body and a copy mark in every paragraph,
//! so token caches and deduplicated comparisons do not make copies free.
use std::path::Path;
use std::time::Instant;

use reiki::config::Config;
use reiki::model::{Item, Regulation};
use reiki::site::Site;

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn mark_items(items: &mut [Item], mark: &str) {
    for item in items {
        item.text.push_str(mark);
        item.normalized.push_str(mark);
        mark_items(&mut item.children, mark);
    }
}

fn copy_of(reg: &Regulation, k: usize) -> Regulation {
    let mut r = reg.clone();
    r.id = format!("{}-{k}", reg.id);
    r.meta.id = Some(r.id.clone());
    r.meta.body = Some(format!("{}{k}", reg.meta.body.clone().unwrap_or_default()));
    r.meta.supersedes = reg.meta.supersedes.as_ref().map(|s| format!("{s}-{k}"));
    let mark = format!("（写{k}）");
    for ch in &mut r.chapters {
        for sec in &mut ch.sections {
            for a in &mut sec.articles {
                for p in &mut a.paragraphs {
                    p.text.push_str(&mark);
                    p.normalized.push_str(&mark);
                    mark_items(&mut p.items, &mark);
                }
            }
        }
    }
    for s in &mut r.standards {
        s.text.push_str(&mark);
        s.normalized.push_str(&mark);
        mark_items(&mut s.items, &mark);
    }
    r
}

fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(2000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = Config::load(&root.join("reiki.yaml"))?;
    let catalogs = reiki::catalog::load_dir(&root.join("catalogs"))?;
    let seeds: Vec<Regulation> = reiki::source::discover(&root.join("regulations"))?
        .iter()
        .map(|p| reiki::source::load_file(p))
        .collect::<anyhow::Result<_>>()?;
    let regulations: Vec<Regulation> = (0..n).map(|i| copy_of(&seeds[i % seeds.len()], i / seeds.len())).collect();
    let articles: usize = regulations.iter().map(|r| r.articles().count() + r.standards.len()).sum();
    // Pairs name seed ids; keep those of the first copy.
    let mut config = config;
    config.pairs = config.pairs.iter().map(|[a, b]| [format!("{a}-0"), format!("{b}-0")]).collect();

    let out = tempfile::tempdir()?;
    let started = Instant::now();
    let mut site = Site::from_parts(config, catalogs, regulations);
    let t = Instant::now();
    site.analyse()?;
    let analyse = t.elapsed();
    let t = Instant::now();
    site.render()?;
    let render = t.elapsed();
    let t = Instant::now();
    site.write(&out.path().join("site"))?;
    let write = t.elapsed();
    let bytes: usize = site.pages.iter().map(|p| p.content.len()).sum();
    println!(
        "{n} regulations, {articles} articles → {} files, {:.0} MB: analyse {:.1} s, render {:.1} s, write {:.1} s, total {:.1} s; peak memory (VmHWM) {:.0} MB",
        site.pages.len(),
        bytes as f64 / 1e6,
        analyse.as_secs_f64(),
        render.as_secs_f64(),
        write.as_secs_f64(),
        started.elapsed().as_secs_f64(),
        peak_rss_mb().unwrap_or(f64::NAN)
    );
    Ok(())
}
