//! Parser throughput: the shipped corpus (regulations/) parsed over and over
//! until 10 MB of text have gone through `parse::load_str` (front matter,
//! parse, diagnostics), on one thread. Prints MB/s.
//!
//! Run: `cargo bench --bench parse`. Reports wall-clock and (on Linux) this
//! thread's CPU time, which is what counts when other jobs share the cores.
use std::path::Path;
use std::time::Instant;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations");
    let files = reiki::source::discover(&dir).expect("regulations/");
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).unwrap();
            let (text, _) = reiki::source::decode(&bytes).unwrap();
            (f.display().to_string(), text)
        })
        .collect();
    let corpus: usize = texts.iter().map(|(_, t)| t.len()).sum();
    const TARGET: usize = 10 * 1024 * 1024;
    // Warm-up: compile the regexes, fault in the code.
    for (path, text) in &texts {
        reiki::parse::load_str(path, text).unwrap();
    }
    let mut runs = Vec::new();
    for _ in 0..3 {
        let cpu_start = thread_cpu_ns();
        let start = Instant::now();
        let mut done = 0;
        let mut articles = 0;
        while done < TARGET {
            for (path, text) in &texts {
                let reg = reiki::parse::load_str(path, text).unwrap();
                articles += reg.articles().count();
                done += text.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = done as f64 / (1024.0 * 1024.0);
        let cpu = match (cpu_start, thread_cpu_ns()) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e9,
            _ => secs,
        };
        runs.push((mb / secs, mb / cpu));
        println!(
            "parsed {mb:.1} MB ({articles} articles): wall {secs:.3} s = {:.1} MB/s, cpu {cpu:.3} s = {:.1} MB/s",
            mb / secs,
            mb / cpu
        );
    }
    let median = |f: fn(&(f64, f64)) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[1]
    };
    println!(
        "corpus {} files, {:.1} KB; median wall {:.1} MB/s, cpu {:.1} MB/s (target ≥ 50 MB/s on one core)",
        texts.len(),
        corpus as f64 / 1024.0,
        median(|r| r.0),
        median(|r| r.1)
    );
}

/// CPU time of this thread in ns (Linux /proc; None elsewhere).
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}
