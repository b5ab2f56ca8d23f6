//! Problems with terms, in one regulation (`check`) and between two (`compare`).
use std::ops::Range;

use super::{
    extract, find_definitions, quoted_re, segments, Definition, DefinitionParams, DefinitionScope, Found,
    ProvisionText, TermIssue, TermIssueKind,
};
use crate::analyze::terms::enclosing_open;
use crate::analyze::text_analysis::TokenCache;
use crate::model::Regulation;
use crate::text::normalize::nfkc;
use crate::text::tokens::PartOfSpeech;

/// Byte ranges where `term` occurs in `norm` as a whole word: at token
/// boundaries, not glued to a preceding noun (個人情報保護法 is no use of 法)
/// nor followed by a noun or suffix (保有個人情報等 is no use of 保有個人情報).
pub(super) fn uses(norm: &str, term: &str) -> Vec<Range<usize>> {
    if !norm.contains(term) {
        return Vec::new();
    }
    let toks = TokenCache::shared().tokens(norm);
    let mut out = Vec::new();
    for (at, _) in norm.match_indices(term) {
        let end = at + term.len();
        let Some(first) = toks.iter().position(|t| t.start == at) else { continue };
        let Some(last) = toks.iter().position(|t| t.end == end) else { continue };
        // 同規則, 当該規則: a reference back, not the short name.
        let glued_before = first > 0
            && toks[first - 1].end == at
            && (toks[first - 1].pos == PartOfSpeech::Noun
                || ["同", "本", "当該", "各", "前記"].contains(&toks[first - 1].surface));
        let glued_after = toks.get(last + 1).is_some_and(|t| t.pos == PartOfSpeech::Noun && t.start == end);
        if !glued_before && !glued_after {
            out.push(at..end);
        }
    }
    out
}

/// Quoted names that are titles of documents or enactments, not terms.
fn is_title(quoted: &str) -> bool {
    use crate::text::kinds::{LAWS, RULE_KINDS};
    // Documents that are not rules or laws.
    const DOCUMENT_ENDINGS: &[&str] = &["手順書", "ガイド", "ポリシー", "計画", "マニュアル", "様式", "票", "書"];
    // 事務対応ガイド(行政機関等向け): the title ends before its parenthesis.
    let mut q = quoted;
    while q.ends_with(')') {
        match enclosing_open(q, q.len() - 1) {
            Some(open) => q = &q[..open],
            None => break,
        }
    }
    RULE_KINDS.iter().chain(LAWS).chain(DOCUMENT_ENDINGS).any(|e| q.ends_with(e))
}

/// Whether byte `pos` lies inside 「…」 (a quoted title is no use of a term).
fn in_quotes(norm: &str, pos: usize) -> bool {
    let mut depth = 0i32;
    for c in norm[..pos].chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

/// A use quoted with its context.
fn excerpt(s: &ProvisionText, r: Range<usize>) -> String {
    // The use with some characters of context either side.
    let context = DefinitionParams::DEFAULT.excerpt_context_chars;
    let norm = &s.text.norm;
    let start = norm[..r.start].char_indices().rev().nth(context - 1).map(|(i, _)| i).unwrap_or(0);
    let end = norm[r.end..].char_indices().nth(context).map(|(i, _)| r.end + i).unwrap_or(norm.len());
    s.text.orig(start..end).to_string()
}
/// Problems with terms inside one regulation.
pub fn check(reg: &Regulation) -> Vec<TermIssue> {
    let segs = segments(reg);
    let found = find_definitions(&segs);
    let mut issues = definition_issues(reg, &segs, &found);
    issues.extend(undefined_quoted_terms(reg, &segs, &found));
    issues
}

/// An issue of `reg` at paragraph or item `s`.
fn issue(
    reg: &Regulation,
    kind: TermIssueKind,
    term: &str,
    s: &ProvisionText,
    message: String,
    excerpt: String,
) -> TermIssue {
    TermIssue {
        kind,
        term: term.to_string(),
        regulation_id: reg.id.clone(),
        location: s.location.clone(),
        line: s.line,
        message,
        excerpt,
    }
}

/// Malformed definitions, terms used before their definition, and terms
/// defined twice with different meanings.
fn definition_issues(reg: &Regulation, segs: &[ProvisionText], found: &[Found]) -> Vec<TermIssue> {
    let issue = |kind, term: &str, s: &ProvisionText, message: String, excerpt: String| {
        issue(reg, kind, term, s, message, excerpt)
    };
    let mut issues = Vec::new();
    for (n, f) in found.iter().enumerate() {
        let s = &segs[f.segment];
        if f.malformed {
            issues.push(issue(
                TermIssueKind::MalformedDefinition,
                &f.def.term,
                s,
                format!("定義の括弧の位置が誤っています: 「{}という」→「{}」という", f.def.term, f.def.term),
                s.text.orig(enclosing_open(&s.text.norm, f.span.end).unwrap_or(f.span.start)..f.span.end).to_string(),
            ));
        }
        if f.def.scope != DefinitionScope::Document || !f.def.hereafter {
            continue;
        }
        // The first use before the definition (the definition's own span excluded).
        let earlier = segs[..=f.segment].iter().enumerate().find_map(|(k, seg)| {
            // Only earlier paragraphs: within the defining sentence the words
            // before the definition are usually plain prose (統括する最高責任者として).
            uses(&seg.text.norm, &f.def.term)
                .into_iter()
                .find(|u| k < f.segment && !in_quotes(&seg.text.norm, u.start))
                .map(|u| (k, u))
        });
        if let Some((k, u)) = earlier {
            issues.push(issue(
                TermIssueKind::UsedBeforeDefinition,
                &f.def.term,
                &segs[k],
                format!("「{}」は{}で定義される前に使われています", f.def.term, f.def.location),
                excerpt(&segs[k], u),
            ));
        }
        if let Some(prev) =
            found[..n].iter().find(|p| p.def.term == f.def.term && p.def.scope == DefinitionScope::Document)
        {
            if nfkc(&prev.def.definiens) != nfkc(&f.def.definiens) {
                issues.push(issue(
                    TermIssueKind::Redefined,
                    &f.def.term,
                    s,
                    format!(
                        "「{}」は{}でも定義されています（「{}」）",
                        f.def.term, prev.def.location, prev.def.definiens
                    ),
                    f.def.definiens.clone(),
                ));
            }
        }
    }
    issues
}

/// Quoted terms referred to but defined nowhere.
fn undefined_quoted_terms(reg: &Regulation, segs: &[ProvisionText], found: &[Found]) -> Vec<TermIssue> {
    let mut issues = Vec::new();
    let defined: Vec<&str> = found.iter().map(|f| f.def.term.as_str()).collect();
    let mut reported: Vec<String> = Vec::new();
    for (k, s) in segs.iter().enumerate() {
        for c in quoted_re().captures_iter(&s.text.norm) {
            let m = c.get(0).expect("whole match");
            let q = &c[1];
            let in_definition =
                found.iter().any(|f| f.segment == k && f.span.start <= m.start() && m.end() <= f.span.end + 3);
            let after = &s.text.norm[m.end()..];
            // 「X」とは / 「X」という, and 「title」(以下「Y」という。) which defines Y.
            let as_definition = after.starts_with("とは") || after.starts_with("という") || after.starts_with("(以下");
            if in_definition || as_definition || defined.contains(&q) || is_title(q) || reported.iter().any(|r| r == q)
            {
                continue;
            }
            reported.push(q.to_string());
            issues.push(issue(
                reg,
                TermIssueKind::UndefinedQuotedTerm,
                q,
                s,
                format!("「{q}」は括弧書きで引用されていますが、この規程に定義がありません"),
                excerpt(s, m.range()),
            ));
        }
    }
    issues
}

/// Enactment short names: a definiens that names a law or rule.
fn is_enactment(definiens: &str) -> bool {
    let d = nfkc(definiens);
    crate::text::kinds::is_enactment_name(&d)
}

/// Problems between two regulations: the same term defined differently,
/// and an enactment's short name one defines and the other uses undefined.
pub fn compare(a: &Regulation, b: &Regulation) -> Vec<TermIssue> {
    let (da, db) = (extract(a), extract(b));
    let mut issues = Vec::new();
    for x in da.iter().filter(|d| d.scope == DefinitionScope::Document) {
        let Some(y) = db.iter().find(|d| d.term == x.term && d.scope == DefinitionScope::Document) else { continue };
        let (nx, ny) = (nfkc(&x.definiens), nfkc(&y.definiens));
        if nx.is_empty() || ny.is_empty() || bigram_dice(&nx, &ny) >= DefinitionParams::DEFAULT.same_definiens_dice {
            continue;
        }
        issues.push(TermIssue {
            kind: TermIssueKind::DefinedDifferently,
            term: x.term.clone(),
            regulation_id: b.id.clone(),
            location: y.location.clone(),
            line: y.line,
            message: format!(
                "「{}」の定義が異なります: {}（{}）「{}」／{}（{}）「{}」",
                x.term,
                a.display_title(),
                x.location,
                x.definiens,
                b.display_title(),
                y.location,
                y.definiens
            ),
            excerpt: y.definiens.clone(),
        });
    }
    issues.extend(renamed_notices(a, b, &da, &db));
    for (reg, own, other) in [(a, &da, &db), (b, &db, &da)] {
        let segs = segments(reg);
        for d in other.iter().filter(|d| d.scope == DefinitionScope::Document && is_enactment(&d.definiens)) {
            if own.iter().any(|o| o.term == d.term)
                || issues.iter().any(|i| i.term == d.term && i.regulation_id == reg.id)
            {
                continue;
            }
            let Some((s, u)) = segs.iter().find_map(|s| uses(&s.text.norm, &d.term).into_iter().next().map(|u| (s, u)))
            else {
                continue;
            };
            issues.push(TermIssue {
                kind: TermIssueKind::UndefinedAbbreviation,
                term: d.term.clone(),
                regulation_id: reg.id.clone(),
                location: s.location.clone(),
                line: s.line,
                message: format!(
                    "「{}」が略称として使われていますが、この規程に定義がありません（他の規程では「{}」の略）",
                    d.term, d.definiens
                ),
                excerpt: excerpt(s, u),
            });
        }
    }
    issues
}

/// Least bigram Dice of two definientia for a term of one 定義条 号 to be
/// read as the other's renamed (「所属　…組織規則に定める本庁の課及び室並びに
/// 地方機関をいう」 / 「課等　…課設置条例に定める課及び会計室並びに…診療所を
/// いう」: 0.23). Definitions that only share the 号's place, one
/// inserted before the other, share next to nothing (0.0 for an 情報
/// システム against an 情報システム室).
const RENAMED_DEFINIENS_DICE: f32 = 0.2;

/// Terms `b` defines in the same 号 of its 定義条 as `a` under another name,
/// neither name defined by the other regulation: a definiens alike
/// (`RENAMED_DEFINIENS_DICE`), or the same once the names already paired
/// are read as one (所属の長 / 課等の長, with 所属 → 課等 paired before).
fn renamed<'d>(da: &'d [Definition], db: &'d [Definition]) -> Vec<(&'d Definition, &'d Definition)> {
    let mut pairs: Vec<(&Definition, &Definition)> = Vec::new();
    let item_definition = |d: &Definition| d.location.ends_with(['）', ')']);
    for x in da.iter().filter(|d| item_definition(d)) {
        let Some(y) = db.iter().find(|y| item_definition(y) && y.location == x.location) else { continue };
        if x.term == y.term || db.iter().any(|d| d.term == x.term) || da.iter().any(|d| d.term == y.term) {
            continue;
        }
        let (nx, ny) = (nfkc(&x.definiens), nfkc(&y.definiens));
        let read_as_b = pairs.iter().fold(nx.clone(), |t, (p, q)| t.replace(&p.term, &q.term));
        if read_as_b == ny || bigram_dice(&nx, &ny) >= RENAMED_DEFINIENS_DICE {
            pairs.push((x, y));
        }
    }
    pairs
}

/// The terms `b` defines under another name than `a` (`renamed`), as (a's
/// name, b's name): 所属 → 課等, 所属長 → 課長等; and the heads of the two
/// bodies, one office under each body's name (a 組合's 管理者 → a 村's 村長:
/// `head_of`), where both are known and differ.
pub fn renamed_terms(a: &Regulation, b: &Regulation) -> Vec<(String, String)> {
    let (da, db) = (extract(a), extract(b));
    let mut pairs: Vec<(String, String)> =
        renamed(&da, &db).into_iter().map(|(x, y)| (x.term.clone(), y.term.clone())).collect();
    let head = |r: &Regulation| r.meta.body.as_deref().and_then(|body| head_of(&nfkc(body)));
    if let (Some(x), Some(y)) = (head(a), head(b)) {
        if x != y {
            pairs.push((x.to_string(), y.to_string()));
        }
    }
    pairs
}

/// The title of the head of the body named `body` (NFKC), by its kind: a
/// 一部事務組合's 管理者 (地方自治法第287条), a 企業団's 企業長, a 広域連合's
/// 広域連合長, a 市's 市長 and so on. A rule that copies another body's
/// names its own head where the other named its.
fn head_of(body: &str) -> Option<&'static str> {
    const HEADS: &[(&str, &str)] = &[
        ("広域連合", "広域連合長"),
        ("企業団", "企業長"),
        ("組合", "管理者"),
        ("市", "市長"),
        ("町", "町長"),
        ("村", "村長"),
        ("区", "区長"),
        ("県", "知事"),
        ("都", "知事"),
        ("道", "知事"),
        ("府", "知事"),
    ];
    HEADS.iter().find(|(kind, _)| body.ends_with(kind)).map(|(_, head)| *head)
}

/// The [`renamed`] terms as notices of `b`.
fn renamed_notices(a: &Regulation, b: &Regulation, da: &[Definition], db: &[Definition]) -> Vec<TermIssue> {
    renamed(da, db)
        .into_iter()
        .map(|(x, y)| TermIssue {
            kind: TermIssueKind::Renamed,
            term: y.term.clone(),
            regulation_id: b.id.clone(),
            location: y.location.clone(),
            line: y.line,
            message: format!(
                "{}の「{}」に当たる語を、{}は「{}」と定義しています（{}／{}）",
                a.display_title(),
                x.term,
                b.display_title(),
                y.term,
                x.location,
                y.location
            ),
            excerpt: y.definiens.clone(),
        })
        .collect()
}

/// Dice coefficient of the character bigrams of two texts.
fn bigram_dice(a: &str, b: &str) -> f32 {
    let grams = |s: &str| -> Vec<(char, char)> {
        let c: Vec<char> = s.chars().collect();
        let mut g: Vec<(char, char)> = c.windows(2).map(|w| (w[0], w[1])).collect();
        g.sort();
        g
    };
    let (ga, gb) = (grams(a), grams(b));
    if ga.is_empty() || gb.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    let mut common = 0;
    let (mut i, mut j) = (0, 0);
    while i < ga.len() && j < gb.len() {
        match ga[i].cmp(&gb[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    2.0 * common as f32 / (ga.len() + gb.len()) as f32
}
