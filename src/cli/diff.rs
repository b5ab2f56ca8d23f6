//! `reiki diff A[:条] B[:条] [--no-color] [--format json] [--changed-only]`: inline token diff of
//! two articles, or of all corresponding articles of two regulations, with
//! the flags that matter and (for whole regulations) defined-term issues.
//!
//! A path may end in `:第34条` or `:34` to select one article. Without an
//! article, articles are paired by the alignment's 条文対応表 (best
//! counterpart, with the catalog items both align to, as `reiki align`
//! and the site pair them), or by number with `--by-number`.
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Result};
use serde::Serialize;

use super::coverage::CatalogChoice;
use crate::analyze::definitions::{self, TermIssue};
use crate::analyze::diff::{self, Run, TokenDiff};
use crate::analyze::flags::{self, Flag, FlagSeverity};
use crate::analyze::taishohyo::article_display_text;
use crate::model::{Article, Regulation};
use crate::pipeline::Project;

/// Arguments of `reiki diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 基準にする例規ファイル。条を選ぶときは ageo.md:第34条
    pub a: String,
    /// 比べる例規ファイル。条を選ぶときは ryugasaki.md:35
    pub b: String,
    /// 色の代わりに [-削除-]{+追加+} の印で表示する（出力が端末でないときや NO_COLOR があるときは常にこちら）
    #[arg(long)]
    pub no_color: bool,
    /// 出力形式（text: 差分、json: スクリプト向け）
    #[arg(long, value_enum, default_value = "text")]
    pub format: super::OutputFormat,
    /// --format json と同じ（以前の書き方）
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// 文言が変わった条だけを表示する（同一の条は件数だけ示す）
    #[arg(long)]
    pub changed_only: bool,
    /// 条文対応表ではなく条番号で条を組にする
    #[arg(long)]
    pub by_number: bool,
    /// 共通の指針項目を条の組の手がかりにするカタログ（reiki align と同じ。カタログがなければ文言だけで組にする）
    #[command(flatten)]
    pub catalogs: CatalogChoice,
}

/// A file argument with an optional article selector.
struct FileArgument {
    path: PathBuf,
    article: Option<String>,
}

fn parse_target(arg: &str) -> FileArgument {
    if !Path::new(arg).exists() {
        if let Some((path, art)) = arg.rsplit_once(':') {
            if crate::text::numerals::parse_article_ref(art).is_some() {
                return FileArgument { path: PathBuf::from(path), article: Some(art.to_string()) };
            }
        }
    }
    FileArgument { path: PathBuf::from(arg), article: None }
}

fn select<'a>(reg: &'a Regulation, label: &str) -> Result<&'a Article> {
    reg.article_by_label(label)
        .ok_or_else(|| anyhow!("{}: {} がありません（{}条あります）", reg.path, label, reg.articles().count()))
}

/// One pair of corresponding articles, their differences and flags.
#[derive(Debug, Serialize)]
pub struct PairDiff {
    /// Label of the article of A (第N条).
    pub a_article: String,
    /// Label of the article of B.
    pub b_article: String,
    /// Similarity of the two articles (0 to 1).
    pub similarity: f32,
    /// The two texts as one sequence of shared, deleted and inserted runs.
    pub runs: Vec<Run>,
    /// Differences of substance found between the two (obligation, role, quantity, …).
    pub flags: Vec<Flag>,
}

/// What `reiki diff` prints: the article pairs, the unpaired articles and term issues.
#[derive(Debug, Serialize)]
pub struct DiffReport {
    /// Path of regulation A.
    pub a: String,
    /// Path of regulation B.
    pub b: String,
    /// Corresponding articles, in the order of A.
    pub pairs: Vec<PairDiff>,
    /// Articles of A with no counterpart in B.
    pub unmatched_a: Vec<String>,
    /// Articles of B with no counterpart in A.
    pub unmatched_b: Vec<String>,
    /// Defined terms that differ between the two.
    pub terms: Vec<TermIssue>,
    /// Pairs of identical articles left out by `--changed-only`.
    pub unchanged_omitted: usize,
}

/// A pair at least this similar is one article in two versions of a text.
/// Another article of A paired with the same article of B is then not a
/// rewording of it but an article B no longer has (a deletion).
const SAME_ARTICLE: f32 = 0.9;

/// Moves to `unmatched_a` every pair whose B article already is the near
/// identical counterpart of another article of A.
fn drop_claimed_pairs(pairs: &mut Vec<PairDiff>, unmatched_a: &mut Vec<String>) {
    let claimed: Vec<String> =
        pairs.iter().filter(|p| p.similarity >= SAME_ARTICLE).map(|p| p.b_article.clone()).collect();
    pairs.retain(|p| {
        let keep = p.similarity >= SAME_ARTICLE || !claimed.contains(&p.b_article);
        if !keep {
            unmatched_a.push(p.a_article.clone());
        }
        keep
    });
}

/// True when the two articles read the same (no inserted or deleted run).
fn unchanged(p: &PairDiff) -> bool {
    p.runs.iter().all(|r| r.kind == diff::RunKind::Equal)
}

/// Diff and flags of one article pair; `renamed`: the terms B defines
/// under another name (`definitions::renamed_terms`).
pub fn pair_diff(a: &Article, b: &Article, renamed: &[(String, String)]) -> PairDiff {
    let d = TokenDiff::new(&article_display_text(a), &article_display_text(b));
    PairDiff {
        a_article: a.label.clone(),
        b_article: b.label.clone(),
        similarity: d.similarity(),
        runs: d.runs(),
        flags: flags::without_renamed(flags::compare_articles(a, b), renamed),
    }
}

/// Article pairs with the articles of A and of B left without one.
type Pairs<'a> = (Vec<(&'a Article, &'a Article)>, Vec<String>, Vec<String>);

/// Corresponding article pairs of two regulations: by number, or by the
/// 条文対応表 `reiki align` and the site make, with the catalog items both
/// align to; on their wording alone where no catalog is found.
fn pairs<'a>(a: &'a Regulation, b: &'a Regulation, by_number: bool, choice: &CatalogChoice) -> Result<Pairs<'a>> {
    if by_number {
        let pairs: Vec<_> =
            a.articles().filter_map(|x| b.articles().find(|y| y.number == x.number).map(|y| (x, y))).collect();
        let ua = a.articles().filter(|x| !pairs.iter().any(|p| p.0.id == x.id)).map(|x| x.label.clone()).collect();
        let ub = b.articles().filter(|y| !pairs.iter().any(|p| p.1.id == y.id)).map(|y| y.label.clone()).collect();
        return Ok((pairs, ua, ub));
    }
    // A's catalogs (`Project::catalog_ids`); those named with --catalog
    // must be there, the defaults may not be. A regulation no catalog
    // applies to (catalogs: []) is paired on its wording, as meant.
    let unusable = || {
        eprintln!(
            "注意: カタログ（{}）を使えないため、条は文言だけで組にします（--catalogs・--catalog で指定できます）",
            choice.dir.display()
        )
    };
    let (project, ids) = match choice.project() {
        Ok(p) => {
            let ids = p.catalog_ids(a, &choice.wanted);
            (p, ids)
        }
        Err(e) if !choice.wanted.is_empty() => return Err(e),
        Err(_) => {
            unusable();
            (Project::default(), Vec::new())
        }
    };
    let catalogs = match ids.iter().map(|id| project.catalog_named(id)).collect::<Result<Vec<_>>>() {
        Ok(found) => found,
        Err(e) if !choice.wanted.is_empty() => return Err(e),
        Err(_) => {
            unusable();
            Vec::new()
        }
    };
    let corr = project.correspondence(a, b, &catalogs);
    let mut out = Vec::new();
    for m in &corr.matches {
        let (Some(x), Some(best)) = (a.article(&m.a_article), m.b_articles.first()) else { continue };
        if let Some(y) = b.article(&best.article_id) {
            out.push((x, y));
        }
    }
    let ua = corr.unmatched_a.iter().map(|id| a.label_and_caption(id).0).collect();
    let ub = corr.unmatched_b.iter().map(|id| b.label_and_caption(id).0).collect();
    Ok((out, ua, ub))
}

/// Prints the differences of two regulations (or two articles) and their flags.
pub fn run(args: Args) -> Result<ExitCode> {
    let (ta, tb) = (parse_target(&args.a), parse_target(&args.b));
    let ra = crate::parse::load_file(&ta.path)?;
    let rb = crate::parse::load_file(&tb.path)?;
    let report = match (&ta.article, &tb.article) {
        (Some(la), Some(lb)) => single(&ra, &rb, select(&ra, la)?, select(&rb, lb)?),
        (Some(la), None) => {
            let x = select(&ra, la)?;
            let y = rb
                .articles()
                .find(|y| y.number == x.number)
                .ok_or_else(|| anyhow!("{}: {} がありません", rb.path, x.label))?;
            single(&ra, &rb, x, y)
        }
        (None, Some(lb)) => {
            let y = select(&rb, lb)?;
            let x = ra
                .articles()
                .find(|x| x.number == y.number)
                .ok_or_else(|| anyhow!("{}: {} がありません", ra.path, y.label))?;
            single(&ra, &rb, x, y)
        }
        (None, None) => {
            let (ps, mut ua, ub) = pairs(&ra, &rb, args.by_number, &args.catalogs)?;
            let renamed = definitions::renamed_terms(&ra, &rb);
            let mut diffs: Vec<PairDiff> = ps.into_iter().map(|(x, y)| pair_diff(x, y, &renamed)).collect();
            drop_claimed_pairs(&mut diffs, &mut ua);
            DiffReport {
                a: ra.id.clone(),
                b: rb.id.clone(),
                pairs: diffs,
                unmatched_a: ua,
                unmatched_b: ub,
                terms: definitions::check(&ra)
                    .into_iter()
                    .chain(definitions::check(&rb))
                    .chain(definitions::compare(&ra, &rb))
                    .collect(),
                unchanged_omitted: 0,
            }
        }
    };
    let mut report = report;
    if args.changed_only {
        let before = report.pairs.len();
        report.pairs.retain(|p| !unchanged(p));
        report.unchanged_omitted = before - report.pairs.len();
    }
    if args.json || args.format == super::OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    let color = !args.no_color && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print!("{}", render(&report, &ra, &rb, color));
    Ok(ExitCode::SUCCESS)
}

fn single(ra: &Regulation, rb: &Regulation, x: &Article, y: &Article) -> DiffReport {
    DiffReport {
        a: ra.id.clone(),
        b: rb.id.clone(),
        pairs: vec![pair_diff(x, y, &definitions::renamed_terms(ra, rb))],
        unmatched_a: vec![],
        unmatched_b: vec![],
        terms: vec![],
        unchanged_omitted: 0,
    }
}

fn severity_mark(s: FlagSeverity) -> &'static str {
    match s {
        FlagSeverity::High => "重要",
        FlagSeverity::Medium => "注意",
        FlagSeverity::Low => "参考",
    }
}

/// One flag as printed: [種類・重要度] message (where), with the quotes.
pub fn render_flag(f: &Flag, color: bool) -> String {
    let head = format!("[{}・{}] {}", f.kind.label(), severity_mark(f.severity), f.message);
    let mut s = if color && f.severity == FlagSeverity::High {
        format!("  \x1b[1;33m{head}\x1b[0m")
    } else {
        format!("  {head}")
    };
    let loc = |l: &Option<String>| l.clone().unwrap_or_else(|| "—".to_string());
    if f.a_location.is_some() || f.b_location.is_some() {
        s.push_str(&format!("（A {} ／ B {}）", loc(&f.a_location), loc(&f.b_location)));
    }
    s.push('\n');
    for q in &f.a_spans {
        s.push_str(&format!("      A: 「{q}」\n"));
    }
    for q in &f.b_spans {
        s.push_str(&format!("      B: 「{q}」\n"));
    }
    s
}

/// A flag recurring in this many article pairs is a difference of the whole
/// regulation (保有個人情報等 → 特定個人情報等): printed once, at the end.
const RECURRING: usize = 3;

fn render(report: &DiffReport, ra: &Regulation, rb: &Regulation, color: bool) -> String {
    let mut out = format!("A: {} ({})\nB: {} ({})\n", ra.display_title(), ra.path, rb.display_title(), rb.path);
    // The same finding with the same quotes: a property of the whole text.
    let key = |f: &Flag| format!("{}\u{0}{:?}\u{0}{:?}", f.message, f.a_spans, f.b_spans);
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for f in report.pairs.iter().flat_map(|p| &p.flags) {
        *counts.entry(key(f)).or_default() += 1;
    }
    let recurring = |f: &Flag| counts.get(&key(f)).is_some_and(|&n| n >= RECURRING);
    for p in &report.pairs {
        out.push_str(&format!("\n== A {} ↔ B {}（一致率 {:.0}%）\n", p.a_article, p.b_article, p.similarity * 100.0));
        out.push_str(&if color { diff::to_ansi(&p.runs) } else { diff::to_marked_text(&p.runs) });
        out.push('\n');
        let own: Vec<&Flag> = p.flags.iter().filter(|f| !recurring(f)).collect();
        if !own.is_empty() {
            out.push_str("-- 指摘\n");
            for f in own {
                out.push_str(&render_flag(f, color));
            }
        }
    }
    let mut shown: Vec<String> = Vec::new();
    for f in report.pairs.iter().flat_map(|p| &p.flags).filter(|f| recurring(f)) {
        if shown.is_empty() {
            out.push_str("\n== 多くの条に共通する違い\n");
        }
        if !shown.contains(&key(f)) {
            shown.push(key(f));
            out.push_str(&format!("  [{}] {}（{} 組の条）\n", f.kind.label(), f.message, counts[&key(f)]));
        }
    }
    if report.unchanged_omitted > 0 {
        out.push_str(&format!("\n文言が同じ {} 組の条は省略しました（--changed-only）\n", report.unchanged_omitted));
    }
    if !report.unmatched_a.is_empty() {
        out.push_str(&format!("\nBに対応する条がないAの条: {}\n", report.unmatched_a.join("、")));
    }
    if !report.unmatched_b.is_empty() {
        out.push_str(&format!("Aに対応する条がないBの条: {}\n", report.unmatched_b.join("、")));
    }
    if !report.terms.is_empty() {
        out.push_str("\n== 定義語\n");
        for t in &report.terms {
            out.push_str(&format!("  {}:{}: {}\n      「{}」\n", t.regulation_id, t.location, t.message, t.excerpt));
        }
    }
    let n: usize = report.pairs.iter().map(|p| p.flags.len()).sum();
    out.push_str(&format!("\n{} 組の条を比較、指摘 {} 件\n", report.pairs.len(), n));
    out
}
