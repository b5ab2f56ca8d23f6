//! Site build benchmark: a generated corpus of N regulation files (default
//! 2,000) built with the real `reiki build` pipeline, then bare lindera run
//! over the same text in the same process, so the build can be stated as a
//! multiple of the tokenizer floor.
//!
//!     cargo run --release --example bench_site -- [N] [--corpus DIR] [--runs K] [--edit] [--output DIR] [--sentence-marks] [--one-file MB]
//!
//! (`--help` prints the options.)
//!
//! Prints wall and CPU time, peak RSS (and the highest resident memory of
//! load + analyse and of render + write, read every 20 ms), per-phase
//! times, output size, the floor and the ratios; with `--runs K`, the
//! medians of K builds, each followed by its floor run (peak RSS is the
//! highest of all). `--corpus DIR` keeps the generated files (to run
//! `reiki build --input DIR` on them, e.g. under `/usr/bin/time -v`).
//! `--output DIR` builds the site there (and keeps it): on a tmpfs it
//! leaves out the file system, whose share is large on some disks (see
//! README *Speed and scale*).
//! `--edit` builds with the cache (`DIR/.reiki-cache`, emptied before each
//! run), then edits one paragraph of one file and measures the incremental
//! rebuild (see [`one_edit`]); with `--runs K`, after each of the K builds,
//! and prints the median of the K rebuilds.
//!
//! The corpus is the shipped regulations copied to N files, each copy varied
//! the way municipalities' rules differ: wording variants chosen per copy
//! (職員/従業者, 速やかに/直ちに …), sentences borrowed from other
//! regulations, and a copy mark before every 、 and 。 so that no two
//! copies share a clause: the token cache keeps clauses (the pieces lindera
//! segments alone), and would otherwise tokenize each clause of a seed once
//! for all its copies. `--sentence-marks` builds the corpus of the earlier
//! rounds instead (one mark at the end of each sentence-final line: copies
//! share every clause but the last), to compare with their figures.
//! `--one-file MB` builds one regulation of that size instead (see
//! [`one_file`]).
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use reiki::site::{self, BuildOptions};

/// Pairs of wordings that mean the same in a regulation; each copy picks
/// one side of every pair at random.
const VARIANTS: &[(&str, &str)] = &[
    ("職員", "従業者"),
    ("速やかに", "直ちに"),
    ("管理者", "責任者"),
    ("定期的に", "随時"),
    ("必要な", "適切な"),
    ("課長", "室長"),
    ("部長", "局長"),
    ("確認", "点検"),
    ("報告", "通知"),
    ("保管", "保存"),
    ("研修", "教育"),
    ("漏えい", "流出"),
    ("市長", "町長"),
    ("台帳", "一覧"),
    ("情報システム", "電子計算組織"),
    ("しなければならない", "するものとする"),
];

/// Share of sentence-final lines that get a sentence borrowed from another
/// regulation appended (one in four: most paragraphs stay close to a model
/// rule, as copied rules do).
const BORROW_ONE_IN: u64 = 4;

/// splitmix64: a deterministic generator, so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A seed file split into its front matter lines and body lines.
struct Seed {
    id: String,
    front: Vec<String>,
    body: Vec<String>,
}

fn read_seed(path: &Path) -> anyhow::Result<Seed> {
    let text = std::fs::read_to_string(path)?;
    let mut lines = text.lines();
    anyhow::ensure!(lines.next() == Some("---"), "{}: seed without front matter", path.display());
    let front: Vec<String> = lines.by_ref().take_while(|l| *l != "---").map(String::from).collect();
    let body: Vec<String> = lines.map(String::from).collect();
    let id = front
        .iter()
        .find_map(|l| l.strip_prefix("id: "))
        .map(|s| s.trim().to_string())
        .ok_or_else(|| anyhow::anyhow!("{}: seed without id", path.display()))?;
    Ok(Seed { id, front, body })
}

/// Whole sentences (ending in 。 outside brackets) from every seed body, to borrow from.
fn sentence_pool(seeds: &[Seed]) -> Vec<String> {
    let mut pool = Vec::new();
    for line in seeds.iter().flat_map(|s| &s.body) {
        let (mut start, mut depth) = (0, 0i32);
        for (i, c) in line.char_indices() {
            match c {
                '（' | '(' | '「' => depth += 1,
                '）' | ')' | '」' => depth -= 1,
                '。' if depth == 0 => {
                    let end = i + c.len_utf8();
                    let sentence = line[start..end].trim_start_matches(|c: char| !is_kanji_or_kana(c));
                    // A sentence opening with 第…条 would read as a new article.
                    if sentence.chars().count() >= 10 && !sentence.starts_with('第') {
                        pool.push(sentence.to_string());
                    }
                    start = end;
                }
                _ => {}
            }
        }
    }
    pool
}

fn is_kanji_or_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Where a copy's mark goes.
#[derive(Clone, Copy, PartialEq)]
enum Marks {
    /// Before every 、 and 。: no clause is shared between copies.
    Clauses,
    /// After each sentence-final line (the corpus of rounds 1–11).
    Sentences,
}

/// Copy `k` of `seed`: its own id, body and supersedes, varied wording.
fn copy_of(seed: &Seed, k: usize, pool: &[String], rng: &mut Rng, marks: Marks) -> String {
    let mut out = String::from("---\n");
    for line in &seed.front {
        if let Some(v) = line.strip_prefix("id: ") {
            out.push_str(&format!("id: {}-{k}\n", v.trim()));
        } else if let Some(v) = line.strip_prefix("body: ") {
            out.push_str(&format!("body: {}{k}\n", v.trim()));
        } else if let Some(v) = line.strip_prefix("supersedes: ") {
            out.push_str(&format!("supersedes: {}-{k}\n", v.trim()));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str("---\n");
    let chosen: Vec<(&str, &str)> =
        VARIANTS.iter().map(|&(a, b)| if rng.next().is_multiple_of(2) { (a, b) } else { (b, a) }).collect();
    let mark = format!("（写{k}）");
    for line in &seed.body {
        let mut line = line.clone();
        for (from, to) in &chosen {
            if line.contains(from) {
                line = line.replace(from, to);
            }
        }
        if line.ends_with('。') {
            if rng.next().is_multiple_of(BORROW_ONE_IN) {
                line.push_str(&pool[(rng.next() % pool.len() as u64) as usize]);
            }
            if marks == Marks::Sentences {
                line.push_str(&mark);
            }
        }
        if marks == Marks::Clauses {
            line = line.replace('、', &format!("{mark}、")).replace('。', &format!("{mark}。"));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The varied copies of the shipped regulations, in the order the corpus
/// takes them (every seed's copy 0, then every seed's copy 1 …): each
/// copy's file name and text.
struct Copies {
    seeds: Vec<Seed>,
    /// Sentences the copies borrow.
    pool: Vec<String>,
    rng: Rng,
    marks: Marks,
    made: usize,
}

impl Copies {
    fn of(root: &Path, marks: Marks) -> anyhow::Result<Copies> {
        let mut paths = reiki::source::discover(&root.join("regulations"))?;
        paths.sort();
        let seeds: Vec<Seed> = paths.iter().map(|p| read_seed(p)).collect::<anyhow::Result<_>>()?;
        let pool = sentence_pool(&seeds);
        Ok(Copies { seeds, pool, rng: Rng(2026), marks, made: 0 })
    }
}

impl Iterator for Copies {
    type Item = (String, String);

    fn next(&mut self) -> Option<(String, String)> {
        let (seed, k) = (&self.seeds[self.made % self.seeds.len()], self.made / self.seeds.len());
        self.made += 1;
        Some((format!("{}-{k}.md", seed.id), copy_of(seed, k, &self.pool, &mut self.rng, self.marks)))
    }
}

/// Writes N regulation files and a reiki.yaml (pairs renamed to copy 0) into `dir`.
fn generate(root: &Path, dir: &Path, n: usize, marks: Marks) -> anyhow::Result<()> {
    let mut copies = Copies::of(root, marks)?;
    let input = dir.join("regulations");
    std::fs::create_dir_all(&input)?;
    for (name, text) in copies.by_ref().take(n) {
        std::fs::write(input.join(name), text)?;
    }
    // The configured pairs name seed ids: point them at copy 0.
    let config = std::fs::read_to_string(root.join("reiki.yaml"))?;
    let config = copies.seeds.iter().fold(config, |c, s| {
        c.replace(&format!("[{}, ", s.id), &format!("[{}-0, ", s.id))
            .replace(&format!(", {}]", s.id), &format!(", {}-0]", s.id))
    });
    std::fs::write(dir.join("reiki.yaml"), config)?;
    Ok(())
}

/// A line opening an article (第12条　…, 第十二条の二 …, or as a Markdown
/// list item, - 第4条 …), what follows its number in group 1; a line
/// opening a 章 or 節.
const ARTICLE_HEAD: &str =
    r"^(?:- )?第[0-9０-９一二三四五六七八九十百千]+条(?:の[0-9０-９一二三四五六七八九十]+)*([\u{3000} ].*)$";
const DIVISION_HEAD: &str = r"^\s*第[0-9０-９一二三四五六七八九十百]+[章節]";

/// One regulation of about `bytes` (`--one-file`): the articles of the
/// varied copies of the plain-text seeds one after another, renumbered
/// 第1条, 第2条 … in one run, without their 章 and 節 headings and 附則 —
/// the largest kind of file a body publishes whole (a 例規集 in one text).
fn one_file(root: &Path, dir: &Path, bytes: usize, marks: Marks) -> anyhow::Result<()> {
    let (article, division) = (regex::Regex::new(ARTICLE_HEAD)?, regex::Regex::new(DIVISION_HEAD)?);
    let mut out =
        String::from("---\nid: reikishu\ntitle: 例規集（一つのファイル）\nkind: 規程\ncatalogs: [ppc-shishin]\n---\n");
    let mut number = 0;
    'copies: for (_, copy) in Copies::of(root, marks)? {
        let body = copy.splitn(3, "---\n").nth(2).unwrap_or_default();
        let mut in_articles = false;
        // The seeds written in HTML (one article inside <p> tags) are another
        // format: their lines are left out, not copied into the Markdown.
        for line in body.lines().filter(|l| !l.trim_start().starts_with('<')) {
            if line.chars().filter(|c| !c.is_whitespace()).collect::<String>().starts_with("附則") {
                break;
            }
            if let Some(rest) = article.captures(line).map(|c| c[1].to_string()) {
                number += 1;
                in_articles = true;
                out.push_str(&format!("第{number}条{rest}\n"));
            } else if in_articles && !division.is_match(line) {
                out.push_str(line);
                out.push('\n');
            }
            if out.len() >= bytes {
                break 'copies;
            }
        }
    }
    let input = dir.join("regulations");
    std::fs::create_dir_all(&input)?;
    std::fs::write(input.join("reikishu.md"), out)?;
    std::fs::write(dir.join("reiki.yaml"), "")?;
    Ok(())
}

/// CPU seconds (user + system) of this process so far. /proc/self/stat
/// counts in USER_HZ ticks, which Linux fixes at 100 for user space.
fn cpu_seconds() -> f64 {
    const USER_HZ: f64 = 100.0;
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may contain spaces) start at ")".
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after ")".
    (ticks(11) + ticks(12)) / USER_HZ
}

/// Resident memory now (VmRSS), in MiB.
fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1));
    kb.and_then(|v| v.parse::<f64>().ok()).map_or(0.0, |kb| kb / 1024.0)
}

/// How often resident memory is read during a build: often enough to see
/// each phase's peak (the render phase runs for seconds), rarely enough to
/// cost nothing measurable.
const RSS_EVERY: std::time::Duration = std::time::Duration::from_millis(20);

/// Runs `f` while a thread reads resident memory every [`RSS_EVERY`];
/// returns its result and the readings (seconds since the start, MiB).
fn with_rss_readings<T>(f: impl FnOnce() -> T) -> (T, Vec<(f64, f64)>) {
    let stop = std::sync::atomic::AtomicBool::new(false);
    let start = Instant::now();
    std::thread::scope(|scope| {
        let readings = scope.spawn(|| {
            let mut out = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                out.push((start.elapsed().as_secs_f64(), rss_mib()));
                std::thread::sleep(RSS_EVERY);
            }
            out
        });
        // Stops the readings however `f` ends: a panic in the build left
        // them running, and the scope waiting for them for ever.
        struct StopOnDrop<'a>(&'a std::sync::atomic::AtomicBool);
        impl Drop for StopOnDrop<'_> {
            fn drop(&mut self) {
                self.0.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
        let guard = StopOnDrop(&stop);
        let result = f();
        drop(guard);
        (result, readings.join().unwrap_or_default())
    })
}

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok());
    kb.map_or(f64::NAN, |kb| kb / 1024.0)
}

/// (files, bytes) under `dir`.
fn tree_size(dir: &Path) -> (usize, u64) {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .fold((0, 0), |(n, b), e| (n + 1, b + e.metadata().map(|m| m.len()).unwrap_or(0)))
}

/// The body text of every generated file, line by line, as reiki reads it.
fn corpus_lines(input: &Path) -> anyhow::Result<Vec<String>> {
    let mut lines = Vec::new();
    for path in reiki::source::discover(input)? {
        let text = std::fs::read_to_string(&path)?;
        let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text);
        lines.extend(body.lines().filter(|l| !l.trim().is_empty()).map(String::from));
    }
    Ok(lines)
}

fn options(dir: &Path, output: PathBuf) -> BuildOptions {
    let mut options = BuildOptions::in_project(dir);
    options.output = output;
    options.catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs");
    options
}

/// One build and the floor after it, timed.
#[derive(Debug, Clone, Copy)]
struct Sample {
    build_wall: f64,
    build_cpu: f64,
    load: f64,
    analyse: f64,
    render: f64,
    write: f64,
    articles: usize,
    files: usize,
    bytes: u64,
    floor_wall: f64,
    floor_cpu: f64,
    tokens: usize,
    /// Highest resident memory read while loading and analysing, and while
    /// rendering and writing (MiB).
    rss_analyse: f64,
    rss_render: f64,
}

/// Builds the site with `options` (its cache, if any, emptied first), then
/// runs the floor (bare lindera over the same lines, on the same threads).
fn sample(options: &BuildOptions, lines: &[String]) -> anyhow::Result<Sample> {
    if let Some(cache) = options.cache.as_ref().filter(|c| c.exists()) {
        std::fs::remove_dir_all(cache)?;
    }
    let output = &options.output;
    // Timed as a new process runs it, not behind the last build's freeing.
    site::wait_until_freed();
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let (report, readings) = with_rss_readings(|| site::build(options));
    let report = report?;
    let (build_wall, build_cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    // Phases in order: load and analyse, then render and write.
    let analysed_at = (report.load_ms + report.analyse_ms) as f64 / 1e3;
    let peak = |keep: &dyn Fn(f64) -> bool| readings.iter().filter(|r| keep(r.0)).map(|r| r.1).fold(0.0, f64::max);
    let (rss_analyse, rss_render) = (peak(&|t| t <= analysed_at), peak(&|t| t > analysed_at));
    let (files, bytes) = tree_size(output);
    reiki::text::tokens::bare_segment_count("ウォームアップ");
    site::wait_until_freed();
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let tokens: usize = lines.par_iter().map(|l| reiki::text::tokens::bare_segment_count(l)).sum();
    let (floor_wall, floor_cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    Ok(Sample {
        build_wall,
        build_cpu,
        load: report.load_ms as f64 / 1e3,
        analyse: report.analyse_ms as f64 / 1e3,
        render: report.render_ms as f64 / 1e3,
        write: report.write_ms as f64 / 1e3,
        articles: report.articles,
        files,
        bytes,
        floor_wall,
        floor_cpu,
        tokens,
        rss_analyse,
        rss_render,
    })
}

/// The median of one measure over the runs.
fn median(samples: &[Sample], measure: impl Fn(&Sample) -> f64) -> f64 {
    let mut values: Vec<f64> = samples.iter().map(measure).collect();
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// What `--help` prints, and a wrong argument after its message.
const USAGE: &str =
    "usage: cargo run --release --example bench_site -- [N] [--runs K] [--edit] [--corpus DIR] [--output DIR] [--sentence-marks] [--one-file MB]

  N             regulations to generate from the shipped ones (default 2000)
  --runs K      K builds, each followed by its floor run; medians printed
  --edit        build with the cache, then edit one paragraph of one file and
                rebuild (after every run; the median ratio is printed); the
                file is put back after, the site kept is the edited one
  --corpus DIR  keep the generated files in DIR (DIR/regulations, DIR/reiki.yaml)
  --output DIR  build the site into DIR, and keep it (default: a temporary
                folder); on a tmpfs (/dev/shm/site) or another disk, to tell
                the build's own time from the file system's
  --sentence-marks  the corpus of rounds 1-11: copies share every clause but
                a sentence's last (default: no clause shared)
  --one-file MB one regulation of MB megabytes instead of N: the copies'
                articles renumbered in one run (the largest file a body
                would give, a whole 例規集)";

/// The command line.
struct Arguments {
    /// Regulations to generate.
    n: usize,
    /// Builds to time.
    runs: usize,
    /// Where to keep the corpus (else a temporary folder).
    corpus: Option<PathBuf>,
    /// Where to build the site (else a temporary folder).
    output: Option<PathBuf>,
    /// Time one edit's rebuild after each build.
    edit: bool,
    /// Where the copies' marks go.
    marks: Marks,
    /// Build one regulation of this many MB instead of N.
    one_file_mb: Option<f64>,
}

/// The command line, or a message for a wrong one (empty for `--help`).
fn arguments() -> Result<Arguments, String> {
    let mut args = std::env::args().skip(1);
    let mut parsed = Arguments {
        n: 2000,
        runs: 1,
        corpus: None,
        output: None,
        edit: false,
        marks: Marks::Clauses,
        one_file_mb: None,
    };
    let folder =
        |option: &str, value: Option<String>| value.map(PathBuf::from).ok_or(format!("{option} needs a folder"));
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => return Err(String::new()),
            "--corpus" => parsed.corpus = Some(folder("--corpus", args.next())?),
            "--output" => parsed.output = Some(folder("--output", args.next())?),
            "--edit" => parsed.edit = true,
            "--sentence-marks" => parsed.marks = Marks::Sentences,
            "--one-file" => {
                let mb = args.next().ok_or("--one-file needs a size in MB")?;
                parsed.one_file_mb =
                    Some(mb.parse().ok().filter(|mb| *mb > 0.0).ok_or(format!("--one-file {mb}: not a size in MB"))?);
            }
            "--runs" => {
                let k = args.next().ok_or("--runs needs a number")?;
                parsed.runs =
                    k.parse().ok().filter(|k| *k >= 1).ok_or(format!("--runs {k}: not a number of at least 1"))?;
            }
            other => {
                parsed.n = other.parse().map_err(|_| format!("{other}: not a number of regulations nor an option"))?
            }
        }
    }
    Ok(parsed)
}

fn main() -> anyhow::Result<()> {
    reiki::tune_allocator();
    let Arguments { n, runs, corpus: keep, output, edit, marks, one_file_mb } = match arguments() {
        Ok(args) => args,
        Err(why) if why.is_empty() => {
            println!("{USAGE}");
            return Ok(());
        }
        Err(why) => {
            eprintln!("{why}\n\n{USAGE}");
            std::process::exit(2);
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let temp = tempfile::tempdir()?;
    let dir = keep.unwrap_or_else(|| temp.path().join("corpus"));
    let n = match one_file_mb {
        Some(mb) => {
            one_file(root, &dir, (mb * 1e6) as usize, marks)?;
            1
        }
        None => {
            generate(root, &dir, n, marks)?;
            n
        }
    };
    let lines = corpus_lines(&dir.join("regulations"))?;
    let text_mb = lines.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!("corpus: {n} regulations, {text_mb:.1} MB of text in {}", dir.display());

    // Builds and floors interleaved, so that a change in the machine's load
    // falls on both alike; each build starts with empty caches.
    let mut build_options = options(&dir, output.unwrap_or_else(|| temp.path().join("site")));
    if edit {
        build_options.cache = Some(dir.join(".reiki-cache"));
    }
    let mut samples = Vec::new();
    let mut edits = Vec::new();
    for _ in 0..runs {
        let full = sample(&build_options, &lines)?;
        if edit {
            edits.push(one_edit(&dir.join("regulations"), &build_options, full.build_wall, full.build_cpu)?);
        }
        samples.push(full);
    }
    let peak = peak_rss_mib();
    let m = |f: fn(&Sample) -> f64| median(&samples, f);
    let last = samples[samples.len() - 1];
    let of = if runs > 1 { format!(" (median of {runs} runs)") } else { String::new() };
    let (build_wall, build_cpu, floor_wall, floor_cpu) =
        (m(|s| s.build_wall), m(|s| s.build_cpu), m(|s| s.floor_wall), m(|s| s.floor_cpu));
    println!(
        "build:  wall {build_wall:.1} s, CPU {build_cpu:.1} s, peak RSS {peak:.0} MiB; \
         load {:.1} / analyse {:.1} / render {:.1} / write {:.1} s; {} articles → {} files, {:.0} MB{of}",
        m(|s| s.load),
        m(|s| s.analyse),
        m(|s| s.render),
        m(|s| s.write),
        last.articles,
        last.files,
        last.bytes as f64 / 1e6
    );
    let highest = |f: fn(&Sample) -> f64| samples.iter().map(f).fold(0.0, f64::max);
    println!(
        "memory: highest resident while loading and analysing {:.0} MiB, while rendering and writing {:.0} MiB",
        highest(|s| s.rss_analyse),
        highest(|s| s.rss_render)
    );
    println!(
        "floor:  bare lindera over the same text: wall {floor_wall:.2} s, CPU {floor_cpu:.2} s, {} tokens ({:.1} MB/s per CPU-s){of}",
        last.tokens,
        text_mb / floor_cpu.max(0.01)
    );
    println!(
        "ratio:  build / floor = {:.1}× wall, {:.1}× CPU; {:.2} MiB peak RSS per regulation",
        build_wall / floor_wall,
        build_cpu / floor_cpu.max(0.01),
        peak / n as f64
    );
    if edits.len() > 1 {
        print_edit_median(&edits);
    }
    Ok(())
}

/// The medians of the rebuilds `one_edit` timed (wall, CPU and their percentages).
fn print_edit_median(edits: &[(f64, f64, f64, f64)]) {
    let m = |f: fn(&(f64, f64, f64, f64)) -> f64| {
        let mut values: Vec<f64> = edits.iter().map(f).collect();
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    println!(
        "edit:   median of {} runs: wall {:.2} s, CPU {:.2} s = {:.1} % of the full build's wall, {:.1} % of its CPU",
        edits.len(),
        m(|e| e.0),
        m(|e| e.1),
        m(|e| e.2),
        m(|e| e.3)
    );
}

/// A sentence added to one paragraph by `--edit`.
const EDIT: &str = "この規定は、毎年度見直すものとする。";

/// Edits one paragraph of the middle file of `input` that is checked
/// against a catalog, as most regulations are (a file that names none —
/// `catalogs: []`, an excerpt — shows in no matrix, and its edit remakes
/// less; until the twenty-eighth round the middle file, such an excerpt,
/// was edited); a sentence added after its first sentence. Rebuilds with
/// the cache of the full build
/// and puts the file back as it was, printing the rebuild's times and
/// their ratio to the full build's. Returns the rebuild's wall and CPU
/// seconds and their percentages of the full build's.
fn one_edit(
    input: &Path,
    options: &BuildOptions,
    full_wall: f64,
    full_cpu: f64,
) -> anyhow::Result<(f64, f64, f64, f64)> {
    let mut paths = reiki::source::discover(input)?;
    paths.sort();
    let checked: Vec<(&PathBuf, String)> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok().map(|text| (p, text)))
        .filter(|(_, text)| !text.contains("\ncatalogs: []\n"))
        .collect();
    let (path, text) = checked.get(checked.len() / 2).ok_or_else(|| anyhow::anyhow!("no file to edit"))?;
    let (path, text) = (*path, text.clone());
    let body_start = text.match_indices("---\n").nth(1).map_or(0, |(i, _)| i + 4);
    let sentence_end = text[body_start..].find('。').map(|i| body_start + i + '。'.len_utf8());
    let at = sentence_end.ok_or_else(|| anyhow::anyhow!("{}: no sentence to edit", path.display()))?;
    std::fs::write(path, format!("{}{EDIT}{}", &text[..at], &text[at..]))?;
    site::wait_until_freed();
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let report = site::build(options)?;
    let (edit_wall, edit_cpu) = (wall.elapsed().as_secs_f64(), cpu_seconds() - cpu);
    // The corpus as generated again: the next run's full build, and the
    // files `--corpus` keeps, are the corpus the figures describe.
    std::fs::write(path, &text)?;
    println!(
        "edit:   one paragraph of {}: wall {edit_wall:.2} s, CPU {edit_cpu:.2} s = {:.1} % of the full build's wall, \
         {:.1} % of its CPU; load {:.1} / analyse {:.1} / render {:.1} / write {:.1} s; \
         {} analyses from the cache, {} computed; {} of {} files reused",
        path.file_name().unwrap_or_default().to_string_lossy(),
        100.0 * edit_wall / full_wall,
        100.0 * edit_cpu / full_cpu.max(0.01),
        report.load_ms as f64 / 1e3,
        report.analyse_ms as f64 / 1e3,
        report.render_ms as f64 / 1e3,
        report.write_ms as f64 / 1e3,
        report.cached_regulations,
        report.computed_regulations,
        report.reused_pages,
        report.pages
    );
    Ok((edit_wall, edit_cpu, 100.0 * edit_wall / full_wall, 100.0 * edit_cpu / full_cpu.max(0.01)))
}
