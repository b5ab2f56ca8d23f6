//! Defined terms (定義語): 「以下「X」という。」 and 「「X」とは、…をいう。」
//! with their articles, and the problems drafters look for: a term used
//! before its definition, a quoted or abbreviated term used but never
//! defined, a misplaced closing bracket, and the same term defined
//! differently in two regulations. OWNER: differences work (issue 4).
//!
//! All matching runs on the NFKC text; quotes come from the original.
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::diff::NormText;
use super::index::TokenCache;
use super::terms::enclosing_open;
use crate::model::Regulation;

/// Where a definition applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DefinitionScope {
    /// 以下「X」という。 / 以下単に「X」という。: the rest of the regulation.
    Document,
    /// 以下この条において「X」という。
    Article,
    /// 以下この項において / 本項において
    Paragraph,
    /// 以下この章において
    Chapter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    pub term: String,
    /// What the term stands for, as written (may be empty when the text
    /// gives no noun phrase before the bracket).
    pub definiens: String,
    pub scope: DefinitionScope,
    /// 以下「X」という / …をいう。以下同じ: applies from here on. A 定義条
    /// 「X」とは…をいう applies to the whole text, 第1条 included.
    pub hereafter: bool,
    /// Article id (art-3) and printed location (第3条第1項).
    pub article_id: String,
    pub location: String,
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TermIssueKind {
    UsedBeforeDefinition,
    /// A quoted 「X」 referred to as a term, defined nowhere in the regulation.
    UndefinedQuotedTerm,
    /// A short name (法, 規則) another regulation defines, used here undefined.
    UndefinedAbbreviation,
    /// 以下「Xという」。: the closing bracket is misplaced.
    MalformedDefinition,
    /// The same term defined twice in one regulation with different meanings.
    Redefined,
    /// The same term defined differently in two regulations.
    DefinedDifferently,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermIssue {
    pub kind: TermIssueKind,
    pub term: String,
    pub regulation_id: String,
    pub location: String,
    pub line: usize,
    /// Japanese explanation.
    pub message: String,
    /// Quote of the text concerned.
    pub excerpt: String,
}

/// One paragraph or item of a regulation, in document order.
struct Segment {
    article_id: String,
    location: String,
    line: usize,
    text: NormText,
}

fn segments(reg: &Regulation) -> Vec<Segment> {
    let mut out = Vec::new();
    for a in reg.articles() {
        for p in &a.paragraphs {
            let location =
                if a.paragraphs.len() > 1 { format!("{}第{}項", a.label, p.number) } else { a.label.clone() };
            out.push(Segment {
                article_id: a.id.clone(),
                location: location.clone(),
                line: p.line,
                text: NormText::new(&p.text),
            });
            let mut stack: Vec<&crate::model::Item> = p.items.iter().rev().collect();
            while let Some(item) = stack.pop() {
                out.push(Segment {
                    article_id: a.id.clone(),
                    location: format!("{location}{}", item.label),
                    line: item.line,
                    text: NormText::new(&item.text),
                });
                stack.extend(item.children.iter().rev());
            }
        }
    }
    out
}

fn abbreviation_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"以下([^「」。]{0,20}?)「([^「」]+?)(」という|という」)").unwrap())
}

fn toha_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"「([^「」]+)」とは、([^。]+?)をいう").unwrap())
}

fn iu_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"をいう。以下同じ").unwrap())
}

fn quoted_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"「([^「」]+)」").unwrap())
}

/// The noun phrase written just before byte `end`: back over balanced
/// parentheses and list commas (パスワード、ICカード、生体情報等) to a
/// sentence break, an enclosing bracket, or a 、 after a particle or verb
/// (この規程は、 / 統括するため、).
fn phrase_before(norm: &str, end: usize) -> Range<usize> {
    let mut depth = 0i32;
    let chars: Vec<(usize, char)> = norm[..end].char_indices().collect();
    for k in (0..chars.len()).rev() {
        let (i, c) = chars[k];
        match c {
            ')' => depth += 1,
            '(' if depth > 0 => depth -= 1,
            '(' | '。' | '「' | '」' if depth == 0 => return i + c.len_utf8()..end,
            '、' if depth == 0 => {
                let before = if k > 0 { Some(chars[k - 1].1) } else { None };
                // 、 after a particle or verb ends the phrase; so does 、 after
                // a parenthesis, which separates listed items (法律(…)、規則(…)).
                if before.is_none_or(|b| ('\u{3041}'..='\u{309f}').contains(&b) || b == ')') {
                    return i + c.len_utf8()..end;
                }
            }
            _ => {}
        }
    }
    0..end
}

/// The trailing noun of a phrase (for 「X（…をいう。以下同じ。）」).
fn trailing_noun(norm: &str, r: Range<usize>) -> Range<usize> {
    let text = &norm[r.clone()];
    let start = text
        .char_indices()
        .rev()
        .find(|(_, c)| ('\u{3041}'..='\u{309f}').contains(c) && *c != 'の')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    r.start + start..r.end
}

fn scope_of(qualifier: &str) -> DefinitionScope {
    if qualifier.contains("この条") || qualifier.contains("本条") {
        DefinitionScope::Article
    } else if qualifier.contains("この項") || qualifier.contains("本項") {
        DefinitionScope::Paragraph
    } else if qualifier.contains("この章") || qualifier.contains("本章") {
        DefinitionScope::Chapter
    } else {
        DefinitionScope::Document
    }
}

/// A definition found in a segment, with the normalised ranges that belong to it.
struct Found {
    def: Definition,
    segment: usize,
    /// From the definiens to the end of the definition: uses inside it are not uses.
    span: Range<usize>,
    malformed: bool,
}

fn find_definitions(segs: &[Segment]) -> Vec<Found> {
    let mut out = Vec::new();
    for (k, s) in segs.iter().enumerate() {
        let norm = &s.text.norm;
        let mk = |term: &str, definiens: Range<usize>, scope, span: Range<usize>, malformed| Found {
            def: Definition {
                term: term.to_string(),
                definiens: s.text.orig(definiens).to_string(),
                scope,
                hereafter: true,
                article_id: s.article_id.clone(),
                location: s.location.clone(),
                line: s.line,
            },
            segment: k,
            span,
            malformed,
        };
        for c in abbreviation_re().captures_iter(norm) {
            let m = c.get(0).expect("whole match");
            let open = enclosing_open(norm, m.start());
            let definiens = match open {
                Some(o) => phrase_before(norm, o),
                None => m.start()..m.start(),
            };
            let term = c[2].trim_end_matches("という");
            out.push(mk(term, definiens.clone(), scope_of(&c[1]), definiens.start..m.end(), &c[3] == "という」"));
        }
        for c in toha_re().captures_iter(norm) {
            let (m, d) = (c.get(0).expect("whole match"), c.get(2).expect("group"));
            let mut f = mk(&c[1], d.range(), DefinitionScope::Document, m.range(), false);
            f.def.hereafter = false;
            out.push(f);
        }
        for m in iu_re().find_iter(norm) {
            let Some(open) = enclosing_open(norm, m.start()) else { continue };
            let term = trailing_noun(norm, phrase_before(norm, open));
            if term.is_empty() {
                continue;
            }
            let t = norm[term.clone()].to_string();
            let mut f = mk(&t, open + 1..m.start(), DefinitionScope::Document, term.start..m.end(), false);
            f.def.definiens = s.text.orig(open + 1..m.start()).to_string();
            out.push(f);
        }
    }
    out
}

/// Every definition of a regulation, in document order.
pub fn extract(reg: &Regulation) -> Vec<Definition> {
    find_definitions(&segments(reg)).into_iter().map(|f| f.def).collect()
}

/// Byte ranges where `term` occurs in `norm` as a whole word: at token
/// boundaries, not glued to a preceding noun (個人情報保護法 is no use of 法)
/// nor followed by a noun or suffix (保有個人情報等 is no use of 保有個人情報).
fn uses(norm: &str, term: &str) -> Vec<Range<usize>> {
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
            && (toks[first - 1].pos == "名詞"
                || ["同", "本", "当該", "各", "前記"].contains(&toks[first - 1].surface.as_str()));
        let glued_after = toks.get(last + 1).is_some_and(|t| t.pos == "名詞" && t.start == end);
        if !glued_before && !glued_after {
            out.push(at..end);
        }
    }
    out
}

/// Quoted names that are titles of documents or enactments, not terms.
fn is_title(quoted: &str) -> bool {
    const TITLE_ENDINGS: &[&str] = &[
        "手順書",
        "規程",
        "規則",
        "要綱",
        "要領",
        "基準",
        "方針",
        "指針",
        "ガイドライン",
        "ガイド",
        "ポリシー",
        "法",
        "法律",
        "条例",
        "計画",
        "マニュアル",
        "様式",
        "票",
        "書",
    ];
    // 事務対応ガイド(行政機関等向け): the title ends before its parenthesis.
    let mut q = quoted;
    while q.ends_with(')') {
        match enclosing_open(q, q.len() - 1) {
            Some(open) => q = &q[..open],
            None => break,
        }
    }
    TITLE_ENDINGS.iter().any(|e| q.ends_with(e))
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

fn excerpt(s: &Segment, r: Range<usize>) -> String {
    // The use with up to 15 characters of context either side.
    let norm = &s.text.norm;
    let start = norm[..r.start].char_indices().rev().nth(14).map(|(i, _)| i).unwrap_or(0);
    let end = norm[r.end..].char_indices().nth(15).map(|(i, _)| r.end + i).unwrap_or(norm.len());
    s.text.orig(start..end).to_string()
}

/// Problems with terms inside one regulation.
pub fn check(reg: &Regulation) -> Vec<TermIssue> {
    let segs = segments(reg);
    let found = find_definitions(&segs);
    let mut issues = Vec::new();
    let issue = |kind, term: &str, s: &Segment, message: String, excerpt: String| TermIssue {
        kind,
        term: term.to_string(),
        regulation_id: reg.id.clone(),
        location: s.location.clone(),
        line: s.line,
        message,
        excerpt,
    };
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
            if super::terms::nfkc(&prev.def.definiens) != super::terms::nfkc(&f.def.definiens) {
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
    // Quoted terms referred to but defined nowhere.
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
    let d = super::terms::nfkc(definiens);
    ["法律", "法", "規則", "条例", "規程", "要綱", "基準", "方針"].iter().any(|e| d.ends_with(e))
}

/// Problems between two regulations: the same term defined differently,
/// and an enactment's short name one defines and the other uses undefined.
pub fn compare(a: &Regulation, b: &Regulation) -> Vec<TermIssue> {
    let (da, db) = (extract(a), extract(b));
    let mut issues = Vec::new();
    for x in da.iter().filter(|d| d.scope == DefinitionScope::Document) {
        let Some(y) = db.iter().find(|d| d.term == x.term && d.scope == DefinitionScope::Document) else { continue };
        let (nx, ny) = (super::terms::nfkc(&x.definiens), super::terms::nfkc(&y.definiens));
        if nx.is_empty() || ny.is_empty() || bigram_dice(&nx, &ny) >= 0.8 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Chapter, Number, Paragraph, Section};

    fn reg(id: &str, articles: &[(u32, &[&str])]) -> Regulation {
        let articles = articles
            .iter()
            .map(|(n, ps)| Article {
                id: format!("art-{n}"),
                number: Number { main: *n, branches: vec![] },
                label: format!("第{n}条"),
                paragraphs: ps
                    .iter()
                    .enumerate()
                    .map(|(k, t)| Paragraph {
                        number: k as u32 + 1,
                        text: t.to_string(),
                        line: *n as usize * 10 + k,
                        ..Paragraph::default()
                    })
                    .collect(),
                ..Article::default()
            })
            .collect();
        Regulation {
            id: id.to_string(),
            chapters: vec![Chapter {
                sections: vec![Section { articles, ..Section::default() }],
                ..Chapter::default()
            }],
            ..Regulation::default()
        }
    }

    #[test]
    fn extracts_all_definition_forms() {
        let r = reg(
            "t",
            &[
                (1, &["この要領は、個人情報の保護に関する法律（平成１５年法律第５７号。以下「個人情報保護法」という。）に基づき、保有個人情報及び個人番号（以下「保有個人情報等」という。）の適切な管理について定める。"]),
                (9, &["職員は、課保有個人情報が記録されている媒体（紙媒体を含む。以下単に「媒体」という。）を保管する。"]),
                (12, &["パスワード等（パスワード、ＩＣカード、生体情報等をいう。以下同じ。）を使用する。"]),
                (19, &["システム管理者（以下この条において「管理者」という。）は、記録する。"]),
            ],
        );
        let defs = extract(&r);
        let got: Vec<(&str, &str, DefinitionScope)> =
            defs.iter().map(|d| (d.term.as_str(), d.definiens.as_str(), d.scope)).collect();
        assert_eq!(
            got,
            vec![
                ("個人情報保護法", "個人情報の保護に関する法律", DefinitionScope::Document),
                ("保有個人情報等", "保有個人情報及び個人番号", DefinitionScope::Document),
                ("媒体", "課保有個人情報が記録されている媒体", DefinitionScope::Document),
                ("パスワード等", "パスワード、ＩＣカード、生体情報等", DefinitionScope::Document),
                ("管理者", "システム管理者", DefinitionScope::Article),
            ]
        );
        assert_eq!(defs[0].location, "第1条");
    }

    #[test]
    fn malformed_bracket_and_use_before_definition() {
        // 上尾 第33条's misplaced bracket; a term used in 第2条 but defined in 第5条.
        let r = reg(
            "t",
            &[
                (2, &["保護担当者は、保護管理者を補佐する。"]),
                (5, &["各課等に個人情報保護担当者（以下「保護担当者」という。）を置く。"]),
                (33, &["地方独立行政法人（以下「他の行政機関等という」。）以外の者に提供する。"]),
            ],
        );
        let issues = check(&r);
        let kinds: Vec<TermIssueKind> = issues.iter().map(|i| i.kind).collect();
        assert!(kinds.contains(&TermIssueKind::UsedBeforeDefinition), "{issues:#?}");
        assert!(kinds.contains(&TermIssueKind::MalformedDefinition), "{issues:#?}");
        let before = issues.iter().find(|i| i.kind == TermIssueKind::UsedBeforeDefinition).unwrap();
        assert_eq!((before.term.as_str(), before.location.as_str()), ("保護担当者", "第2条"));
        // The definiens 個人情報保護担当者 is not a use of 保護担当者.
        assert_eq!(issues.iter().filter(|i| i.kind == TermIssueKind::UsedBeforeDefinition).count(), 1);
    }

    #[test]
    fn whole_word_uses_only() {
        assert!(uses("個人情報保護法第2条", "法").is_empty());
        assert_eq!(uses("法第66条第1項の規定", "法"), vec![0..3]);
        assert!(uses("保有個人情報等の管理", "保有個人情報").is_empty());
    }
}
