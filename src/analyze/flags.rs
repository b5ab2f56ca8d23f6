//! Flags for differences that matter between corresponding provisions.
//! OWNER: differences work (issue 4).
//!
//! Side A is the reference (the other city's article, the catalog text or
//! the earlier version), side B the provision under review; "weakened" means
//! B is weaker than A. Every flag quotes the original text of both sides
//! (`a_spans`, `b_spans` are substrings of the respective provision).
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::diff::{NormText, TokenDiff, Units};
use super::terms::enclosing_open;
use crate::model::{Article, Item};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagKind {
    /// しなければならない → ものとする → 努めるものとする → することができる
    ObligationWeakened,
    ObligationStrengthened,
    /// The office or role that acts or is appointed differs.
    RoleChanged,
    /// Numbers, frequencies, periods, time limits changed, dropped or added.
    QuantityChanged,
    /// 保有個人情報 ↔ 保有個人情報等 ↔ 特定個人情報; 職員 ↔ 職員等; （…を含む。）
    ScopeChanged,
    /// One side leaves the content to another rule (準用, 別に定める …).
    DelegatedByReference,
    /// 号 added or dropped.
    ItemsChanged,
}

impl FlagKind {
    /// Short Japanese label for tables and legends.
    pub fn label(self) -> &'static str {
        match self {
            FlagKind::ObligationWeakened => "義務の弱化",
            FlagKind::ObligationStrengthened => "義務の強化",
            FlagKind::RoleChanged => "役割の変更",
            FlagKind::QuantityChanged => "数値・頻度・期間",
            FlagKind::ScopeChanged => "対象範囲",
            FlagKind::DelegatedByReference => "他規程への委任",
            FlagKind::ItemsChanged => "号の増減",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FlagSeverity {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    pub kind: FlagKind,
    pub severity: FlagSeverity,
    /// Japanese explanation for drafters.
    pub message: String,
    /// Where on side A, e.g. 第34条第3項 (None for bare texts).
    pub a_location: Option<String>,
    pub b_location: Option<String>,
    /// Evidence: excerpts of A's original text.
    pub a_spans: Vec<String>,
    /// Evidence: excerpts of B's original text.
    pub b_spans: Vec<String>,
}

/// One paragraph (項) of a provision, its items (号) apart.
struct Block {
    location: Option<String>,
    number: u32,
    units: Units,
    items: Vec<Units>,
}

impl Block {
    fn text(&self) -> &NormText {
        &self.units.text
    }
}

struct Provision {
    blocks: Vec<Block>,
}

impl Provision {
    fn from_article(article: &Article) -> Provision {
        let blocks = article
            .paragraphs
            .iter()
            .map(|p| Block {
                location: Some(if article.paragraphs.len() > 1 {
                    format!("{}第{}項", article.label, p.number)
                } else {
                    article.label.clone()
                }),
                number: p.number,
                units: Units::new(&p.text),
                items: p.items.iter().map(item_units).collect(),
            })
            .collect();
        Provision { blocks }
    }

    /// A bare text: a line opening with a paragraph number (2　, ２ ) starts
    /// a paragraph, one opening with (1) / （１） / 一 an item; other lines
    /// continue the one before (wrapped text). A line wholly in brackets is
    /// a caption and is skipped.
    fn from_text(text: &str) -> Provision {
        let mut paras: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let caption =
                (line.starts_with('（') && line.ends_with('）')) || (line.starts_with('(') && line.ends_with(')'));
            if caption && !item_label_re().is_match(line) {
                continue;
            }
            if let Some(rest) = paragraph_number_re().find(line).map(|m| &line[m.end()..]).filter(|_| !paras.is_empty())
            {
                paras.push((rest.to_string(), Vec::new()));
            } else if item_label_re().is_match(line) && !paras.is_empty() {
                paras.last_mut().expect("checked").1.push(line.to_string());
            } else if let Some((p, items)) = paras.last_mut() {
                match items.last_mut() {
                    Some(item) => item.push_str(line),
                    None => p.push_str(line),
                }
            } else {
                paras.push((line.to_string(), Vec::new()));
            }
        }
        let blocks = paras
            .into_iter()
            .enumerate()
            .map(|(k, (p, items))| Block {
                location: None,
                number: k as u32 + 1,
                units: Units::new(&p),
                items: items.iter().map(|i| Units::new(i)).collect(),
            })
            .collect();
        Provision { blocks }
    }

    fn items_of(&self, i: usize) -> &[Units] {
        &self.blocks[i].items
    }
}

fn item_units(item: &Item) -> Units {
    Units::new(&format!("{}　{}", item.label, item.text))
}

fn paragraph_number_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[0-9０-９]+[　 ]+").unwrap())
}

fn item_label_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^(?:[（(][0-9０-９]+[)）]|[一二三四五六七八九十]+[　 ]|[ア-ン][　 ])").unwrap())
}

/// Flags between two corresponding articles (A = reference, B = under review).
pub fn compare_articles(a: &Article, b: &Article) -> Vec<Flag> {
    compare(&Provision::from_article(a), &Provision::from_article(b), Pairing::OneToOne)
}

/// Flags between two bare provision texts (e.g. a catalog requirement and an article).
/// A's sentences are matched to their best B sentence by content overlap,
/// as a requirement text summarises what a provision spells out at length.
pub fn compare_texts(a: &str, b: &str) -> Vec<Flag> {
    compare(&Provision::from_text(a), &Provision::from_text(b), Pairing::BestContainment)
}

/// How sentences of the two sides are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    /// Corresponding provisions: one to one, by wording similarity.
    OneToOne,
    /// A summary (A) against a provision (B): each A sentence to the B
    /// sentence that contains most of its content words.
    BestContainment,
}

fn compare(a: &Provision, b: &Provision, pairing: Pairing) -> Vec<Flag> {
    let pairs = pair_blocks(a, b);
    let (sa, sb) = (sentence_list(a), sentence_list(b));
    let sentence_pairs = match pairing {
        Pairing::OneToOne => pair_sentences(&sa, &sb, &pairs),
        Pairing::BestContainment => best_containing(&sa, &sb),
    };
    let mut flags = Vec::new();
    obligation_flags(a, b, &sa, &sb, &sentence_pairs, &mut flags);
    for &(i, j, _) in &pairs {
        topic_role_flags(&a.blocks[i], &b.blocks[j], &mut flags);
    }
    quantity_flags(a, b, &sa, &sb, &sentence_pairs, &mut flags);
    for &(i, j, _) in &pairs {
        item_flags(a, b, i, j, &mut flags);
    }
    appointment_flags(a, b, &mut flags);
    scope_flags(a, b, &mut flags);
    delegation_flags(a, b, &mut flags);
    flags
}

/// One sentence of a provision, with the paragraph it belongs to.
struct Sentence {
    block: usize,
    units: Units,
}

fn sentence_list(p: &Provision) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (k, bl) in p.blocks.iter().enumerate() {
        for r in sentences(&bl.text().norm) {
            out.push(Sentence { block: k, units: Units::new(bl.text().orig(r)) });
        }
    }
    out
}

/// Minimum share of an A sentence's content words a B sentence must contain.
const CONTAINMENT_MIN: f32 = 0.25;

fn best_containing(sa: &[Sentence], sb: &[Sentence]) -> Vec<(usize, usize, TokenDiff)> {
    let mut out = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        // The last sentence of highest containment wins (ties go to the
        // later one); a sentence whose bound is below the best so far cannot
        // win, so it is not diffed.
        let mut best: Option<(usize, f32, TokenDiff)> = None;
        for (j, y) in sb.iter().enumerate() {
            let floor = best.as_ref().map_or(CONTAINMENT_MIN, |b| b.1);
            if TokenDiff::containment_bound(&x.units, &y.units) < floor {
                continue;
            }
            let d = TokenDiff::from_units(x.units.clone(), y.units.clone());
            let c = d.containment();
            if c >= floor {
                best = Some((j, c, d));
            }
        }
        if let Some((j, _, d)) = best {
            out.push((i, j, d));
        }
    }
    out
}

/// Minimum similarity for two sentences to be compared.
const SENTENCE_MIN: f32 = 0.4;

/// Pairs sentences one to one, best first; sentences of paired paragraphs
/// are preferred. Returns (a index, b index, diff).
fn pair_sentences(sa: &[Sentence], sb: &[Sentence], blocks: &[(usize, usize, f32)]) -> Vec<(usize, usize, TokenDiff)> {
    let mut scored: Vec<(usize, usize, f32, TokenDiff)> = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        for (j, y) in sb.iter().enumerate() {
            let bonus = if blocks.iter().any(|p| p.0 == x.block && p.1 == y.block) { 0.05 } else { 0.0 };
            // Pairs that cannot reach the threshold would be passed over below.
            if TokenDiff::similarity_bound(&x.units, &y.units) + bonus < SENTENCE_MIN {
                continue;
            }
            let d = TokenDiff::from_units(x.units.clone(), y.units.clone());
            scored.push((i, j, d.similarity() + bonus, d));
        }
    }
    scored.sort_by(|x, y| y.2.total_cmp(&x.2));
    let (mut used_a, mut used_b) = (vec![false; sa.len()], vec![false; sb.len()]);
    let mut out = Vec::new();
    for (i, j, score, d) in scored {
        if score < SENTENCE_MIN || used_a[i] || used_b[j] {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        out.push((i, j, d));
    }
    out.sort_by_key(|p| (p.0, p.1));
    out
}

/// Minimum similarity for two paragraphs to correspond.
const BLOCK_MIN: f32 = 0.3;

/// Pairs paragraphs of A and B by wording similarity (greedy, best first);
/// the same paragraph number breaks ties.
fn pair_blocks(a: &Provision, b: &Provision) -> Vec<(usize, usize, f32)> {
    // A single paragraph on each side corresponds whatever its wording.
    let single = a.blocks.len() == 1 && b.blocks.len() == 1;
    let mut scored = Vec::new();
    for (i, ba) in a.blocks.iter().enumerate() {
        for (j, bb) in b.blocks.iter().enumerate() {
            let bonus = if ba.number == bb.number { 0.05 } else { 0.0 };
            // Pairs that cannot reach the threshold would be passed over below.
            if !single && TokenDiff::similarity_bound(&ba.units, &bb.units) + bonus < BLOCK_MIN {
                continue;
            }
            let sim = TokenDiff::from_units(ba.units.clone(), bb.units.clone()).similarity();
            scored.push((i, j, sim + bonus));
        }
    }
    scored.sort_by(|x, y| y.2.total_cmp(&x.2));
    let (mut used_a, mut used_b) = (vec![false; a.blocks.len()], vec![false; b.blocks.len()]);
    let mut pairs = Vec::new();
    for (i, j, s) in scored {
        if used_a[i] || used_b[j] || (s < BLOCK_MIN && !single) {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        pairs.push((i, j, s));
    }
    pairs.sort_by_key(|p| (p.0, p.1));
    pairs
}

// ---------------------------------------------------------------- sentences

/// Sentence ranges of a text, normalised or as written: split at 。 outside
/// brackets (a 括弧書き such as 「（以下「X」という。）」 ends no sentence).
pub(crate) fn sentences(norm: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in norm.char_indices() {
        match c {
            '(' | '（' | '「' | '[' | '『' | '【' => depth += 1,
            ')' | '）' | '」' | ']' | '』' | '】' => depth = (depth - 1).max(0),
            '。' if depth == 0 => {
                out.push(start..i + c.len_utf8());
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if start < norm.len() {
        out.push(start..norm.len());
    }
    out
}

/// The last clause (after the last top-level 、) of a sentence.
fn final_clause(norm: &str, s: Range<usize>) -> Range<usize> {
    let text = &norm[s.clone()];
    let mut depth = 0i32;
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '「' => depth += 1,
            ')' | '」' => depth = (depth - 1).max(0),
            '、' if depth == 0 => cut = i + c.len_utf8(),
            _ => {}
        }
    }
    s.start + cut..s.end
}

/// The top-level clause around a normalised byte offset.
fn clause_at(norm: &str, at: usize) -> Range<usize> {
    let at = at.min(norm.len());
    let start = norm[..at].rfind(['、', '。']).map(|i| i + '、'.len_utf8()).unwrap_or(0);
    let end = norm[at..].find(['、', '。']).map(|i| at + i + '、'.len_utf8()).unwrap_or(norm.len());
    start..end
}

// ---------------------------------------------------------------- obligation

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    May,
    Endeavour,
    /// ものとする, こととする
    Shall,
    /// The plain declarative (講ずる。): as binding as ものとする.
    Declarative,
    Must,
    Prohibit,
}

impl Strength {
    fn level(self) -> u8 {
        match self {
            Strength::May => 1,
            Strength::Endeavour => 2,
            Strength::Shall | Strength::Declarative => 3,
            Strength::Must | Strength::Prohibit => 4,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Strength::May => "することができる（任意）",
            Strength::Endeavour => "努めるものとする（努力義務）",
            Strength::Shall => "ものとする（義務）",
            Strength::Declarative => "〜する（断定・義務）",
            Strength::Must => "しなければならない（義務）",
            Strength::Prohibit => "してはならない（禁止）",
        }
    }
}

fn classify(sentence: &str) -> Option<Strength> {
    let s = sentence.trim_end_matches(['。', '」', ')']);
    if s.ends_with("この限りでない") || s.ends_with("同様とする") {
        return None;
    }
    let ends = |suffixes: &[&str]| suffixes.iter().any(|x| s.ends_with(x));
    Some(if ends(&["てはならない", "ではならない"]) {
        Strength::Prohibit
    } else if ends(&["努めなければならない", "努めるものとする", "努める", "努めること"]) {
        Strength::Endeavour
    } else if ends(&["なければならない", "ねばならない"]) {
        Strength::Must
    } else if ends(&["ことができる"]) {
        Strength::May
    } else if ends(&["ものとする", "こととする"]) {
        Strength::Shall
    } else if s.ends_with(['る', 'う', 'く', 'す', 'つ', 'む']) {
        Strength::Declarative
    } else {
        return None;
    })
}

fn obligation_flags(
    a: &Provision,
    b: &Provision,
    sa: &[Sentence],
    sb: &[Sentence],
    pairs: &[(usize, usize, TokenDiff)],
    flags: &mut Vec<Flag>,
) {
    for (i, j, d) in pairs {
        let (x, y) = (&sa[*i], &sb[*j]);
        let (Some(st_a), Some(st_b)) = (classify(&x.units.text.norm), classify(&y.units.text.norm)) else { continue };
        if st_a.level() == st_b.level() {
            continue;
        }
        // The same act (確認する…ものとする / 確認することができる), or sentences
        // clearly alike: otherwise the two sentences say different things.
        // The main predicate of one side occurs in the other sentence.
        let shared = |p: &Units, q: &Units| {
            let all = predicate_words(q);
            predicate_words(p).last().is_some_and(|v| all.contains(v))
        };
        if !shared(&x.units, &y.units) && !shared(&y.units, &x.units) && d.similarity() < 0.5 {
            continue;
        }
        let weakened = st_b.level() < st_a.level();
        let kind = if weakened { FlagKind::ObligationWeakened } else { FlagKind::ObligationStrengthened };
        let severity = match (weakened, st_a.level().abs_diff(st_b.level())) {
            (true, g) if g >= 2 => FlagSeverity::High,
            (true, _) => FlagSeverity::Medium,
            _ => FlagSeverity::Low,
        };
        let verb = if weakened { "弱まっています" } else { "強まっています" };
        let clause =
            |s: &Sentence| s.units.text.orig(final_clause(&s.units.text.norm, 0..s.units.text.norm.len())).to_string();
        flags.push(Flag {
            kind,
            severity,
            message: format!("義務の程度が{verb}: {} → {}", st_a.label(), st_b.label()),
            a_location: a.blocks[x.block].location.clone(),
            b_location: b.blocks[y.block].location.clone(),
            a_spans: vec![clause(x)],
            b_spans: vec![clause(y)],
        });
    }
}

/// Content verbs (dictionary form) and サ変 nouns of a sentence, in order;
/// the last is its main predicate.
fn predicate_words(units: &Units) -> Vec<String> {
    units
        .units
        .iter()
        // する, できる, なる … carry the modality, not the act.
        .filter(|u| {
            (u.pos == "動詞"
                && u.pos_sub == "自立"
                && !["する", "できる", "なる", "ある", "いる", "努める"].contains(&u.base.as_str()))
                || (u.pos == "名詞" && u.pos_sub == "サ変接続")
        })
        .map(|u| u.base.clone())
        .collect()
}

// ---------------------------------------------------------------- roles

/// Character-set Dice similarity; role names of one office across cities
/// (総括保護管理者 / 統括管理者, 副市長 / 副町長) score ≥ 0.6.
fn char_dice(a: &str, b: &str) -> f32 {
    let sa: std::collections::BTreeSet<char> = a.chars().collect();
    let sb: std::collections::BTreeSet<char> = b.chars().collect();
    if sa.is_empty() && sb.is_empty() {
        return 1.0;
    }
    2.0 * sa.intersection(&sb).count() as f32 / (sa.len() + sb.len()) as f32
}

/// One office under two names: equal after folding, alike in characters,
/// or the same rank word and kind (総括保護管理者 / 総括責任者).
fn same_role(a: &str, b: &str) -> bool {
    let rank = |s: &str| s.chars().take(2).collect::<String>();
    super::terms::canonical(a) == super::terms::canonical(b)
        || char_dice(a, b) >= 0.6
        || (a.chars().count() >= 4
            && b.chars().count() >= 4
            && rank(a) == rank(b)
            && a.chars().last() == b.chars().last())
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309f}').contains(&c)
}

/// The trailing noun phrase of a clause: stops at hiragana other than a
/// の between kanji (各課等の長).
fn trailing_noun(text: &str) -> &str {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = text.len();
    for k in (0..chars.len()).rev() {
        let (i, c) = chars[k];
        let keep = !is_hiragana(c) && !matches!(c, '、' | '。' | '(' | ')' | '「' | '」')
            || (c == 'の' && k > 0 && !is_hiragana(chars[k - 1].1) && start < text.len());
        if !keep {
            break;
        }
        start = i;
    }
    let noun = &text[start..];
    noun.strip_prefix("当該").unwrap_or(noun)
}

/// Role suffixes: the words that name an office or a person in charge.
fn is_role(noun: &str) -> bool {
    let noun = noun.strip_suffix('等').unwrap_or(noun);
    noun.chars().count() >= 2
        && (noun.ends_with('長') || noun.ends_with('者') || noun.ends_with("職員") || noun.ends_with("補佐"))
        && !["第三者", "労働者", "派遣労働者", "部外者", "事業者", "本人"].contains(&noun)
}

fn appointment_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"([^、。()「」]+?)(?:の職にある者)?(?:又はこれに代わる者)?をもって(?:これに)?充てる|(?:^|、|。)([^、。()「」]+?)は、([^、。()「」]+?)として").unwrap()
    })
}

/// Offices appointed to a role: 副市長をもって充てる, 副町長は、総括責任者として.
fn appointees(block: &Block) -> Vec<(String, Range<usize>)> {
    let norm = &block.text().norm;
    let mut out = Vec::new();
    for c in appointment_re().captures_iter(norm) {
        let (g, role_check) = match (c.get(1), c.get(2), c.get(3)) {
            (Some(g), _, _) => (g, true),
            (None, Some(g), Some(as_role)) => (g, is_role(trailing_noun(as_role.as_str()))),
            _ => continue,
        };
        let noun = trailing_noun(g.as_str());
        if !role_check || !is_role(noun) {
            continue;
        }
        let end = g.end();
        let start = end - noun.len();
        out.push((noun.to_string(), start..end));
    }
    out
}

fn appointment_flags(a: &Provision, b: &Provision, flags: &mut Vec<Flag>) {
    let collect = |p: &Provision| -> Vec<(usize, String, Range<usize>)> {
        p.blocks
            .iter()
            .enumerate()
            .flat_map(|(i, bl)| appointees(bl).into_iter().map(move |(n, r)| (i, n, r)))
            .collect()
    };
    let (pa, pb) = (collect(a), collect(b));
    let only_a: Vec<_> = pa.iter().filter(|x| !pb.iter().any(|y| same_role(&x.1, &y.1))).collect();
    let only_b: Vec<_> = pb.iter().filter(|y| !pa.iter().any(|x| same_role(&x.1, &y.1))).collect();
    if only_a.is_empty() || only_b.is_empty() {
        return;
    }
    let names = |v: &[&(usize, String, Range<usize>)]| v.iter().map(|x| x.1.clone()).collect::<Vec<_>>().join("、");
    flags.push(Flag {
        kind: FlagKind::RoleChanged,
        severity: FlagSeverity::High,
        message: format!("充て職が異なります: {} → {}", names(&only_a), names(&only_b)),
        a_location: a.blocks[only_a[0].0].location.clone(),
        b_location: b.blocks[only_b[0].0].location.clone(),
        a_spans: only_a.iter().map(|x| a.blocks[x.0].text().orig(x.2.clone()).to_string()).collect(),
        b_spans: only_b.iter().map(|x| b.blocks[x.0].text().orig(x.2.clone()).to_string()).collect(),
    });
}

/// The actor of a paragraph's main sentence: the role before its first
/// top-level は、 (parenthesised asides skipped).
fn topic(block: &Block) -> Option<(String, Range<usize>)> {
    let norm = &block.text().norm;
    let first = sentences(norm).into_iter().next()?;
    let text = &norm[first.clone()];
    let mut depth = 0i32;
    let mut bare = String::new();
    let mut clause_start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '「' => depth += 1,
            ')' | '」' => depth = (depth - 1).max(0),
            '、' if depth == 0 => {
                if bare.ends_with('は') {
                    bare.pop();
                    // 副町長は、総括責任者として…: the actor is the role, not the office holder.
                    let after = &text[i + c.len_utf8()..];
                    if let Some(as_role) =
                        after.split(['、', '。']).next().and_then(|cl| cl.find("として").map(|k| &cl[..k]))
                    {
                        let role = trailing_noun(as_role);
                        if is_role(role) {
                            let start = first.start + i + c.len_utf8() + as_role.len() - role.len();
                            return Some((role.to_string(), start..start + role.len()));
                        }
                    }
                    let noun = trailing_noun(&bare).to_string();
                    if !is_role(&noun) || noun.chars().count() > 20 {
                        return None;
                    }
                    return Some((noun, first.start + clause_start..first.start + i - 'は'.len_utf8()));
                }
                bare.clear();
                clause_start = i + c.len_utf8();
            }
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    None
}

fn topic_role_flags(a: &Block, b: &Block, flags: &mut Vec<Flag>) {
    let (Some((ta, ra)), Some((tb, rb))) = (topic(a), topic(b)) else { return };
    let message = format!("主体（責任者）が異なります: {ta} → {tb}");
    // A co-actor added (監査責任者 → 監査責任者及びシステム管理者) is no change of actor.
    let (qa, qb) = (&a.text().norm[ra.clone()], &b.text().norm[rb.clone()]);
    let co_actor = qa.contains(tb.as_str()) || qb.contains(ta.as_str());
    if same_role(&ta, &tb) || co_actor || flags.iter().any(|f| f.message == message) {
        return;
    }
    flags.push(Flag {
        kind: FlagKind::RoleChanged,
        severity: FlagSeverity::Medium,
        message,
        a_location: a.location.clone(),
        b_location: b.location.clone(),
        a_spans: vec![a.text().orig(ra).to_string()],
        b_spans: vec![b.text().orig(rb).to_string()],
    });
}

// ---------------------------------------------------------------- quantities

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuantityClass {
    Frequency,
    Period,
    Timing,
    Count,
}

impl QuantityClass {
    fn label(self) -> &'static str {
        match self {
            QuantityClass::Frequency => "頻度",
            QuantityClass::Period => "期間",
            QuantityClass::Timing => "時期",
            QuantityClass::Count => "人数",
        }
    }
}

fn quantity_patterns() -> &'static [(QuantityClass, Regex)] {
    static RE: OnceLock<Vec<(QuantityClass, Regex)>> = OnceLock::new();
    RE.get_or_init(|| {
        let n = "[0-9一二三四五六七八九十数]+";
        vec![
            (QuantityClass::Frequency, Regex::new(&format!("定期(?:的に|的|に)?、?(?:又は|及び|若しくは)(?:必要に応じ(?:て)?)?、?随時(?:に)?|年{n}回(?:以上|以下|程度)?|毎(?:年度|年|月|週|日)(?:{n}回)?(?:以上)?|定期的に|定期(?:又は|及び|に)|随時")).unwrap()),
            (
                QuantityClass::Period,
                Regex::new(&format!("{n}(?:年|か月|箇月|ヶ月|カ月|月|週間|日|時間)(?:以上|以内|以下|間|ごと|毎)|一定の期間|一定期間")).unwrap(),
            ),
            (QuantityClass::Timing, Regex::new("速やかに|直ちに|遅滞なく").unwrap()),
            (QuantityClass::Count, Regex::new(&format!("{n}人(?:以上|以内|以下)?")).unwrap()),
        ]
    })
}

fn quantities(norm: &str) -> Vec<(QuantityClass, Range<usize>)> {
    let mut out: Vec<(QuantityClass, Range<usize>)> = Vec::new();
    for (class, re) in quantity_patterns() {
        for m in re.find_iter(norm) {
            // 平成15年 and the like are dates, not periods (the suffix rules them out).
            out.push((*class, m.range()));
        }
    }
    out.sort_by_key(|q| q.1.start);
    out
}

/// A quantity found in a provision: sentence index, class, normalised range in the sentence.
type Quantity = (usize, QuantityClass, Range<usize>);

fn sentence_quantities(ss: &[Sentence]) -> Vec<Quantity> {
    ss.iter()
        .enumerate()
        .flat_map(|(k, s)| quantities(&s.units.text.norm).into_iter().map(move |(c, r)| (k, c, r)))
        .collect()
}

/// The clause of the other side aligned with unit position `at` of one side
/// (`from_a`: `at` is in A), through the sentence pair's diff.
fn aligned_clause(d: &TokenDiff, from_a: bool, at: usize) -> String {
    let (src, dst) = if from_a { (&d.a, &d.b) } else { (&d.b, &d.a) };
    let unit = src.units.iter().position(|u| u.norm.end > at).unwrap_or(0);
    let mapped = if from_a { d.a_to_b(unit) } else { d.b_to_a(unit) };
    let pos = dst.units.get(mapped.min(dst.units.len().saturating_sub(1))).map(|u| u.norm.start).unwrap_or(0);
    dst.text.orig(clause_at(&dst.text.norm, pos)).to_string()
}

/// Numbers, frequencies and periods, compared over the whole provision:
/// a value present on one side only is changed (same class on the other
/// side, preferably in the corresponding sentence), dropped, or added.
fn quantity_flags(
    a: &Provision,
    b: &Provision,
    sa: &[Sentence],
    sb: &[Sentence],
    pairs: &[(usize, usize, TokenDiff)],
    flags: &mut Vec<Flag>,
) {
    let text = |ss: &[Sentence], q: &Quantity| ss[q.0].units.text.norm[q.2.clone()].to_string();
    let (qa, qb) = (sentence_quantities(sa), sentence_quantities(sb));
    let pair_of_a = |i: usize| pairs.iter().find(|p| p.0 == i);
    let pair_of_b = |j: usize| pairs.iter().find(|p| p.1 == j);
    let mut used_b = vec![false; qb.len()];
    let mut only_a = Vec::new();
    for q in &qa {
        // The same value, in the corresponding sentence first.
        let in_pair = |k: usize| pair_of_a(q.0).is_some_and(|p| p.1 == qb[k].0);
        let same =
            (0..qb.len()).filter(|&k| !used_b[k] && text(sb, &qb[k]) == text(sa, q)).min_by_key(|&k| !in_pair(k));
        match same {
            Some(k) => used_b[k] = true,
            None => only_a.push(q.clone()),
        }
    }
    // A value in a sentence with no counterpart on the other side is part
    // of a larger difference (the whole sentence), which the diff shows.
    for qa_ in &only_a {
        let (si, class, ra) = qa_.clone();
        let paired = pair_of_a(si);
        if paired.is_none() {
            continue;
        }
        // The same kind of value elsewhere on B, in the corresponding sentence first.
        let counterpart = (0..qb.len()).filter(|&k| !used_b[k] && qb[k].1 == class).min_by_key(|&k| {
            if paired.is_some_and(|p| p.1 == qb[k].0) {
                0
            } else {
                1
            }
        });
        let sx = &sa[si];
        let (message, b_loc, b_span, a_span) = match counterpart {
            Some(k) => {
                used_b[k] = true;
                let sy = &sb[qb[k].0];
                (
                    format!("{}が異なります: 「{}」→「{}」", class.label(), text(sa, qa_), text(sb, &qb[k])),
                    b.blocks[sy.block].location.clone(),
                    sy.units.text.orig(qb[k].2.clone()).to_string(),
                    sx.units.text.orig(ra.clone()).to_string(),
                )
            }
            None => (
                format!("{}の定め「{}」がありません", class.label(), text(sa, qa_)),
                paired.and_then(|p| b.blocks[sb[p.1].block].location.clone()),
                paired.map(|p| aligned_clause(&p.2, true, ra.start)).unwrap_or_default(),
                sx.units.text.orig(clause_at(&sx.units.text.norm, ra.start)).to_string(),
            ),
        };
        flags.push(Flag {
            kind: FlagKind::QuantityChanged,
            severity: match (counterpart.is_some(), class) {
                (false, QuantityClass::Frequency | QuantityClass::Period) => FlagSeverity::High,
                _ => FlagSeverity::Medium,
            },
            message,
            a_location: a.blocks[sx.block].location.clone(),
            b_location: b_loc,
            a_spans: vec![a_span],
            b_spans: if b_span.is_empty() { vec![] } else { vec![b_span] },
        });
    }
    for k in (0..qb.len()).filter(|&k| !used_b[k]) {
        let (sj, class, rb) = qb[k].clone();
        let sy = &sb[sj];
        let paired = pair_of_b(sj);
        if paired.is_none() {
            continue;
        }
        flags.push(Flag {
            kind: FlagKind::QuantityChanged,
            severity: FlagSeverity::Low,
            message: format!("{}の定め「{}」が加わっています", class.label(), text(sb, &qb[k])),
            a_location: paired.and_then(|p| a.blocks[sa[p.0].block].location.clone()),
            b_location: b.blocks[sy.block].location.clone(),
            a_spans: paired.map(|p| vec![aligned_clause(&p.2, false, rb.start)]).unwrap_or_default(),
            b_spans: vec![sy.units.text.orig(clause_at(&sy.units.text.norm, rb.start)).to_string()],
        });
    }
}

// ---------------------------------------------------------------- scope

/// Compound nouns of a text: (form as normalised, canonical key, norm range).
/// Brackets and punctuation end a compound; a leading 当該 is dropped.
fn compounds(units: &Units) -> Vec<(String, String, Range<usize>)> {
    let wordlike = |u: &super::diff::Unit| {
        u.pos == "名詞"
            && units.text.norm[u.norm.clone()].chars().all(|c| c.is_alphanumeric() || c == '・' || c == 'ー')
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < units.units.len() {
        if !wordlike(&units.units[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < units.units.len()
            && wordlike(&units.units[j])
            && (j == i || units.units[j - 1].norm.end == units.units[j].norm.start)
        {
            j += 1;
        }
        let mut first = i;
        if units.text.norm[units.units[i].norm.clone()] == *"当該" && j > i + 1 {
            first = i + 1;
        }
        let range = units.units[first].norm.start..units.units[j - 1].norm.end;
        let key: String = units.units[first..j].iter().map(|u| u.key.as_str()).collect();
        out.push((units.text.norm[range.clone()].to_string(), key, range));
        i = j;
    }
    out
}

/// Terms named as included in a parenthesis: （派遣労働者を含む。）.
fn inclusions(text: &NormText) -> Vec<(String, Range<usize>)> {
    let norm = &text.norm;
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    for (at, _) in norm.match_indices("を含む") {
        let mut depth = 0i32;
        let mut start = None;
        for (i, c) in norm[..at].char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' if depth == 0 => {
                    start = Some(i + 1);
                    break;
                }
                '(' => depth -= 1,
                '、' | '。' if depth == 0 && start.is_none() => {
                    start = Some(i + c.len_utf8());
                }
                _ => {}
            }
        }
        // Only inside a parenthesis: 「保有個人情報等を含む電磁的記録」 is no inclusion.
        let Some(open) = enclosing_open(norm, at) else { continue };
        let from = start.unwrap_or(open + 1).max(open + 1);
        let seg = &norm[from..at];
        let seg_start = seg.rfind(')').map(|k| from + k + 1).unwrap_or(from);
        let noun = trailing_noun(&norm[seg_start..at]);
        if noun.is_empty() || out.iter().any(|(n, _)| n == noun) {
            continue;
        }
        out.push((noun.to_string(), at - noun.len()..at));
    }
    out
}

fn scope_flags(a: &Provision, b: &Provision, flags: &mut Vec<Flag>) {
    type Occ = (usize, String, String, Range<usize>);
    let collect = |p: &Provision| -> Vec<Occ> {
        p.blocks
            .iter()
            .enumerate()
            .flat_map(|(i, bl)| compounds(&bl.units).into_iter().map(move |(f, k, r)| (i, f, k, r)))
            .filter(|o| o.2.chars().count() >= 2)
            .collect()
    };
    let (ca, cb) = (collect(a), collect(b));
    // The same term with and without a scope suffix (等) on the two sides:
    // one flag per article listing every such term.
    let mut pairs: Vec<(&Occ, &Occ)> = Vec::new();
    for oa in &ca {
        if pairs.iter().any(|(x, _)| x.2 == oa.2) {
            continue;
        }
        let forms_a: Vec<&Occ> = ca.iter().filter(|o| o.2 == oa.2).collect();
        let forms_b: Vec<&Occ> = cb.iter().filter(|o| o.2 == oa.2).collect();
        if forms_b.is_empty() || forms_a.iter().any(|x| forms_b.iter().any(|y| x.1 == y.1)) {
            continue;
        }
        pairs.push((forms_a[0], forms_b[0]));
    }
    // A stable order, so that the same finding reads the same in every article.
    pairs.sort_by(|x, y| x.0 .2.cmp(&y.0 .2));
    if !pairs.is_empty() {
        let list = pairs.iter().map(|(x, y)| format!("「{}」→「{}」", x.1, y.1)).collect::<Vec<_>>().join("、");
        flags.push(Flag {
            kind: FlagKind::ScopeChanged,
            severity: FlagSeverity::Low,
            message: format!("「等」の有無で用語の範囲が異なります: {list}"),
            a_location: a.blocks[pairs[0].0 .0].location.clone(),
            b_location: b.blocks[pairs[0].1 .0].location.clone(),
            a_spans: pairs.iter().map(|(x, _)| a.blocks[x.0].text().orig(x.3.clone()).to_string()).collect(),
            b_spans: pairs.iter().map(|(_, y)| b.blocks[y.0].text().orig(y.3.clone()).to_string()).collect(),
        });
    }
    // A term narrowed or widened by its qualifier: 保有個人情報 ↔ 特定個人情報,
    // 保有個人情報 ↔ 課保有個人情報 (the same last two words, another head).
    // Role names are the role flags' business.
    // The qualifier is at most two words and the term carries no inner
    // 等 / その他 (秘密保持義務等個人情報 is a list, not a term).
    let tail = |units: &Units, r: &Range<usize>| -> Option<String> {
        let inside: Vec<&super::diff::Unit> =
            units.units.iter().filter(|u| u.norm.start >= r.start && u.norm.end <= r.end).collect();
        let text = &units.text.norm[r.clone()];
        let inner_list = text.trim_end_matches('等').contains('等') || text.contains("その他");
        (inside.len() >= 3 && inside.len() <= 4 && !inner_list)
            .then(|| inside[inside.len() - 2..].iter().map(|u| u.key.as_str()).collect())
    };
    let keys_b: Vec<&str> = cb.iter().map(|o| o.2.as_str()).collect();
    let keys_a: Vec<&str> = ca.iter().map(|o| o.2.as_str()).collect();
    let mut reported: Vec<(String, String)> = Vec::new();
    // Citations (上尾市組織規則, 昭和60年上尾市規則) differ by city, not by scope.
    let candidate = |o: &&Occ| !is_role(&o.1) && !o.1.chars().any(|c| c.is_ascii_digit()) && !is_enactment_name(&o.1);
    for oa in ca.iter().filter(|o| !keys_b.contains(&o.2.as_str())).filter(candidate) {
        let Some(ta) = tail(&a.blocks[oa.0].units, &oa.3) else { continue };
        for ob in cb.iter().filter(|o| !keys_a.contains(&o.2.as_str())).filter(candidate) {
            let Some(tb) = tail(&b.blocks[ob.0].units, &ob.3) else { continue };
            if ta == tb && oa.2 != ob.2 && !reported.contains(&(oa.2.clone(), ob.2.clone())) {
                reported.push((oa.2.clone(), ob.2.clone()));
                flags.push(Flag {
                    kind: FlagKind::ScopeChanged,
                    severity: FlagSeverity::Medium,
                    message: format!("対象が異なります: 「{}」→「{}」", oa.1, ob.1),
                    a_location: a.blocks[oa.0].location.clone(),
                    b_location: b.blocks[ob.0].location.clone(),
                    a_spans: vec![a.blocks[oa.0].text().orig(oa.3.clone()).to_string()],
                    b_spans: vec![b.blocks[ob.0].text().orig(ob.3.clone()).to_string()],
                });
            }
        }
    }
    // Inclusions （派遣労働者を含む。） present on one side only.
    let incl = |p: &Provision| -> Vec<(usize, String, Range<usize>)> {
        let mut out: Vec<(usize, String, Range<usize>)> = Vec::new();
        for (i, bl) in p.blocks.iter().enumerate() {
            for (n, r) in inclusions(bl.text()) {
                if !out.iter().any(|x| x.1 == n) {
                    out.push((i, n, r));
                }
            }
        }
        out
    };
    let (ia, ib) = (incl(a), incl(b));
    let only_a: Vec<_> = ia.iter().filter(|x| !ib.iter().any(|y| y.1 == x.1)).collect();
    let only_b: Vec<_> = ib.iter().filter(|y| !ia.iter().any(|x| x.1 == y.1)).collect();
    if !only_a.is_empty() || !only_b.is_empty() {
        let names = |v: &[&(usize, String, Range<usize>)]| {
            if v.is_empty() {
                "なし".to_string()
            } else {
                v.iter().map(|x| format!("「{}」", x.1)).collect::<Vec<_>>().join("")
            }
        };
        let span = |p: &Provision, v: &[&(usize, String, Range<usize>)]| -> Vec<String> {
            v.iter()
                .map(|x| {
                    p.blocks[x.0].text().orig(clause_in_paren(&p.blocks[x.0].text().norm, x.2.clone())).to_string()
                })
                .collect()
        };
        flags.push(Flag {
            kind: FlagKind::ScopeChanged,
            severity: FlagSeverity::Medium,
            message: format!("括弧書きで含めるものが異なります: {} → {}", names(&only_a), names(&only_b)),
            a_location: only_a.first().and_then(|x| a.blocks[x.0].location.clone()),
            b_location: only_b.first().and_then(|x| b.blocks[x.0].location.clone()),
            a_spans: span(a, &only_a),
            b_spans: span(b, &only_b),
        });
    }
}

/// The inclusion phrase, from inside its parenthesis to 含む。:
/// 派遣労働者を含む。
fn clause_in_paren(norm: &str, noun: Range<usize>) -> Range<usize> {
    let rest = &norm[noun.end..];
    let end = rest.find("を含む").map(|k| noun.end + k + "を含む".len()).unwrap_or(noun.end);
    let end = if norm[end..].starts_with('。') { end + '。'.len_utf8() } else { end };
    let start = enclosing_open(norm, noun.start).map(|o| o + 1).unwrap_or(noun.start);
    // Within the parenthesis, start after the last sentence break before the term.
    let start = norm[start..noun.start].rfind('。').map(|k| start + k + '。'.len_utf8()).unwrap_or(start);
    start..end
}

/// Names of enactments: 組織規則, 個人情報保護法 …
fn is_enactment_name(noun: &str) -> bool {
    ["規則", "規程", "条例", "法", "法律", "要綱", "要領", "基準", "方針", "訓令"].iter().any(|e| noun.ends_with(e))
}

// ---------------------------------------------------------------- delegation

fn delegation_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[^、。]*?(?:準用する|別に定める|「[^」]+」に基づき|(?:規程|規則|基準|手順書|方針|要綱|要領)第[0-9]+条(?:第[0-9]+項)?(?:の規定)?(?:により|に基づき|による))[^、。]*").unwrap()
    })
}

fn delegation_flags(a: &Provision, b: &Provision, flags: &mut Vec<Flag>) {
    let find = |p: &Provision| -> Option<(usize, Range<usize>)> {
        p.blocks.iter().enumerate().find_map(|(i, bl)| delegation_re().find(&bl.text().norm).map(|m| (i, m.range())))
    };
    let len = |p: &Provision| -> usize {
        p.blocks
            .iter()
            .map(|bl| {
                bl.text().norm.chars().count() + bl.items.iter().map(|it| it.text.norm.chars().count()).sum::<usize>()
            })
            .sum()
    };
    for (delegating, spelled, b_delegates) in [(b, a, true), (a, b, false)] {
        let Some((i, r)) = find(delegating) else { continue };
        if find(spelled).is_some() || len(spelled) < len(delegating) * 3 / 2 {
            continue;
        }
        let first = &spelled.blocks[0];
        let excerpt = first.text().orig(sentences(&first.text().norm).into_iter().next().unwrap_or(0..0)).to_string();
        let quote = delegating.blocks[i].text().orig(r).to_string();
        let (side, other) = if b_delegates { ("B", "A") } else { ("A", "B") };
        flags.push(Flag {
            kind: FlagKind::DelegatedByReference,
            severity: if b_delegates { FlagSeverity::Medium } else { FlagSeverity::Low },
            message: format!("{side}は内容を他の規定に委ねています（{other}は本文で規定）"),
            a_location: if b_delegates { first.location.clone() } else { delegating.blocks[i].location.clone() },
            b_location: if b_delegates { delegating.blocks[i].location.clone() } else { first.location.clone() },
            a_spans: vec![if b_delegates { excerpt.clone() } else { quote.clone() }],
            b_spans: vec![if b_delegates { quote } else { excerpt }],
        });
    }
}

// ---------------------------------------------------------------- items

fn item_flags(a: &Provision, b: &Provision, i: usize, j: usize, flags: &mut Vec<Flag>) {
    let (ia, ib) = (a.items_of(i), b.items_of(j));
    // A list B adds where A has none says little (a requirement text has no
    // 号); a list B drops entirely is reported.
    if ia.is_empty() {
        return;
    }
    let mut scored = Vec::new();
    for (x, ua) in ia.iter().enumerate() {
        for (y, ub) in ib.iter().enumerate() {
            // A shortened item (再委託の制限… within a longer one) still corresponds.
            let d = TokenDiff::from_units(ua.clone(), ub.clone());
            let equal: usize = d
                .segments
                .iter()
                .map(|s| if let super::diff::Segment::Equal { a, .. } = s { a.len() } else { 0 })
                .sum();
            let shorter = ua.units.len().min(ub.units.len()).max(1);
            scored.push((x, y, d.similarity().max(0.8 * equal as f32 / shorter as f32)));
        }
    }
    scored.sort_by(|p, q| q.2.total_cmp(&p.2));
    let (mut used_a, mut used_b) = (vec![false; ia.len()], vec![false; ib.len()]);
    for (x, y, s) in scored {
        if s >= 0.4 && !used_a[x] && !used_b[y] {
            used_a[x] = true;
            used_b[y] = true;
        }
    }
    let dropped: Vec<String> =
        ia.iter().zip(&used_a).filter(|(_, u)| !**u).map(|(t, _)| t.text.original.clone()).collect();
    let added: Vec<String> =
        ib.iter().zip(&used_b).filter(|(_, u)| !**u).map(|(t, _)| t.text.original.clone()).collect();
    if dropped.is_empty() && added.is_empty() {
        return;
    }
    let mut message = format!("号の数: {} → {}", ia.len(), ib.len());
    if !dropped.is_empty() {
        message.push_str(&format!("。Bにない号: {}", dropped.len()));
    }
    if !added.is_empty() {
        message.push_str(&format!("。Bで加わった号: {}", added.len()));
    }
    flags.push(Flag {
        kind: FlagKind::ItemsChanged,
        severity: if dropped.is_empty() { FlagSeverity::Low } else { FlagSeverity::High },
        message,
        a_location: a.blocks[i].location.clone(),
        b_location: b.blocks[j].location.clone(),
        a_spans: dropped,
        b_spans: added,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Number, Paragraph};

    fn article(label: &str, paragraphs: &[&str]) -> Article {
        let number: u32 = label.trim_start_matches('第').trim_end_matches('条').parse().unwrap();
        Article {
            id: format!("art-{number}"),
            number: Number { main: number, branches: vec![] },
            label: label.to_string(),
            paragraphs: paragraphs
                .iter()
                .enumerate()
                .map(|(k, t)| Paragraph {
                    id: String::new(),
                    number: k as u32 + 1,
                    text: t.to_string(),
                    normalized: String::new(),
                    items: vec![],
                    line: 0,
                })
                .collect(),
            ..Article::default()
        }
    }

    fn kinds(flags: &[Flag]) -> Vec<FlagKind> {
        flags.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn strength_of_sentence_endings() {
        assert_eq!(classify("確認するものとする。"), Some(Strength::Shall));
        assert_eq!(classify("確認することができる。"), Some(Strength::May));
        assert_eq!(classify("取り扱わなければならない。"), Some(Strength::Must));
        assert_eq!(classify("アクセスしてはならない。"), Some(Strength::Prohibit));
        assert_eq!(classify("配慮するよう努めるものとする。"), Some(Strength::Endeavour));
        assert_eq!(classify("措置を講ずる。"), Some(Strength::Declarative));
        assert_eq!(classify("ただし、…については、この限りでない。"), None);
    }

    #[test]
    fn weakened_inspection_duty_ageo_34_3_vs_ryugasaki_35_3() {
        let a = "保有個人情報等の取扱いに係る業務を外部に委託する場合には、委託する業務に係る保有個人情報等の秘匿性等その内容やその量等に応じて、作業の管理体制及び実施体制や個人情報の管理の状況について、年１回以上、原則として実地検査又は入室が困難な場合は他の検査により確認するものとする。";
        let b = "保有個人情報の取扱いに係る業務を外部に委託する場合には、委託する業務に係る保有個人情報の秘匿性等その内容やその量等に応じて、委託先における責任者及び業務従事者の作業の管理体制及び実施体制や個人情報の管理の状況について、実地検査又は書面による報告により確認することができる。";
        let flags = compare_texts(a, b);
        let weak = flags.iter().find(|f| f.kind == FlagKind::ObligationWeakened).expect("weakened");
        assert_eq!(weak.a_spans, vec!["原則として実地検査又は入室が困難な場合は他の検査により確認するものとする。"]);
        assert_eq!(weak.b_spans, vec!["実地検査又は書面による報告により確認することができる。"]);
        let q = flags.iter().find(|f| f.kind == FlagKind::QuantityChanged).expect("quantity");
        assert_eq!(q.a_spans, vec!["年１回以上、"]);
        assert!(q.message.contains("年1回以上"), "{}", q.message);
        assert!(kinds(&flags).contains(&FlagKind::ScopeChanged));
    }

    #[test]
    fn appointed_role_change_ageo_3_vs_ryugasaki_3() {
        let a = article("第3条", &["法第６６条第１項の規定に基づき総括保護管理者を一人置くこととし、副市長をもって充てる。", "総括保護管理者は、法第６６条第１項の規定に基づき各実施機関における保有個人情報等の管理に関する事務を総括する任に当たる。"]);
        let b = article("第3条", &["保有個人情報の管理に関する事務を統括するため、龍ヶ崎市長が管理する個人情報の保護に関する規則（令和5年規則第23号。以下「規則」という。）第3条第1項第1号に定める個人情報保護統括管理者（以下「統括管理者」という。）を置く。", "統括管理者は、総合政策部長をもって充てる。", "統括管理者は、本市における保有個人情報の管理に関する事務を総括する。"]);
        let flags = compare_articles(&a, &b);
        let role: Vec<&Flag> = flags.iter().filter(|f| f.kind == FlagKind::RoleChanged).collect();
        assert_eq!(role.len(), 1, "{flags:#?}");
        assert_eq!(role[0].a_spans, vec!["副市長"]);
        assert_eq!(role[0].b_spans, vec!["総合政策部長"]);
        assert_eq!(role[0].b_location.as_deref(), Some("第3条第2項"));
    }

    #[test]
    fn same_office_under_another_name_is_not_a_role_change() {
        assert!(same_role("総括保護管理者", "統括管理者"));
        assert!(same_role("副市長", "副町長"));
        assert!(same_role("総括保護管理者", "総括責任者"));
        assert!(!same_role("保護管理者", "システム管理者"));
        assert!(!same_role("副市長", "総合政策部長"));
        assert!(!same_role("職員", "保護管理者"));
    }

    #[test]
    fn acting_role_change_ageo_10_vs_ryugasaki_11() {
        let a = "職員は、業務上の目的で保有個人情報等を取り扱う場合であっても、次の行為については、当該保有個人情報等の秘匿性等その内容に応じて、当該行為を行うことができる場合を必要最小限に限定し、保護管理者の指示に従い行うものとする。";
        let b = "保護管理者は、職員等が業務上の目的で保有個人情報を取り扱う場合であっても、次に掲げる行為については、当該保有個人情報の秘匿性等その内容に応じて、当該行為を行うことができる場合を必要最小限に限定し、職員等は、保護管理者の指示に従うものとする。";
        let flags = compare_texts(a, b);
        let role = flags.iter().find(|f| f.kind == FlagKind::RoleChanged).expect("role");
        assert_eq!((role.a_spans[0].as_str(), role.b_spans[0].as_str()), ("職員", "保護管理者"));
    }

    #[test]
    fn office_holder_named_as_role_is_not_an_actor_change() {
        // 上尾 第6条 vs 西伊豆 第7条: 総務課長は、監査責任者として….
        let a = "監査責任者は、保有個人情報等の管理の状況について監査する任に当たる。";
        let b = "総務課長は、監査責任者として特定個人情報等の管理の状況について監査する任に当たる。";
        assert!(compare_texts(a, b).iter().all(|f| f.kind != FlagKind::RoleChanged));
        // …but a different role in that slot is.
        let c = "総務課長は、保護管理者として特定個人情報等の管理の状況について監査する任に当たる。";
        assert!(compare_texts(a, c).iter().any(|f| f.kind == FlagKind::RoleChanged));
    }

    #[test]
    fn delegation_ageo_31_vs_ryugasaki_33() {
        let a = article("第31条", &[
            "システム管理者等は、保有個人情報等を取り扱う基幹的なサーバ等の機器を設置する室その他の区域（以下「情報システム室等」という。）の入退出に立ち入る権限を有する者を定めるとともに、用件の確認、入退の記録、部外者についての識別化、部外者が立ち入る場合の職員の立会い又は監視設備による監視、外部電磁的記録媒体等の持込み、利用及び持ち出しの制限又は検査等の措置を講ずるものとする。",
            "システム管理者等は、保有個人情報等を記録する媒体を保管するための施設を設けている場合においても、必要があると認めるときは、前項に規定する措置と同様の措置を講ずるものとする。",
        ]);
        let b = article("第33条", &["保有個人情報を取り扱う基幹的なサーバ等の機器を設置する電算室等の安全管理は、セキュリティ規程第18条を準用する。"]);
        let flags = compare_articles(&a, &b);
        let f = flags.iter().find(|f| f.kind == FlagKind::DelegatedByReference).expect("delegation");
        assert_eq!(f.b_spans, vec!["セキュリティ規程第18条を準用する"]);
        assert!(f.a_spans[0].starts_with("システム管理者等は、"));
    }

    #[test]
    fn scope_inclusions_differ() {
        let a = "総括保護管理者は、保有個人情報等の取扱いに従事する職員（派遣労働者を含む。）に対し、必要な教育研修を行う。";
        let b = "統括管理者は、保有個人情報の取扱いに従事する職員(地方公務員法(昭和25年法律第261号)第22条の2第1項に規定する会計年度任用職員を含む。以下「職員等」という。)に対し、必要な教育研修を行う。";
        let flags = compare_texts(a, b);
        let f = flags.iter().find(|f| f.message.contains("括弧書き")).expect("inclusion flag");
        assert!(f.message.contains("「派遣労働者」") && f.message.contains("「会計年度任用職員」"), "{}", f.message);
        assert_eq!(f.a_spans, vec!["派遣労働者を含む。"]);
        assert_eq!(
            f.b_spans,
            vec!["地方公務員法(昭和25年法律第261号)第22条の2第1項に規定する会計年度任用職員を含む。"]
        );
        let etc = flags.iter().find(|f| f.message.contains("「等」の有無")).expect("等 flag");
        assert_eq!((etc.a_spans[0].as_str(), etc.b_spans[0].as_str()), ("保有個人情報等", "保有個人情報"));
    }

    #[test]
    fn items_dropped_are_quoted() {
        let a = "契約書に、次に掲げる事項を明記する。\n(1) 秘密保持の義務\n(2) 再委託の制限\n(3) 個人情報の安全管理措置に関する事項\n(4) 監査等に関する事項";
        let b = "契約書に、次に掲げる事項を明記する。\n(1) 秘密保持の義務\n(2) 再委託の制限";
        let flags = compare_texts(a, b);
        let f = flags.iter().find(|f| f.kind == FlagKind::ItemsChanged).expect("items");
        assert_eq!(f.a_spans, vec!["(3) 個人情報の安全管理措置に関する事項", "(4) 監査等に関する事項"]);
        assert!(f.message.starts_with("号の数: 4 → 2"));
    }
}
