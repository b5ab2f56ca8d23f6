//! Defined terms (定義語): 「以下「X」という。」 and 「「X」とは、…をいう。」
//! with their articles, and the problems drafters look for (`issues`): a
//! term used before its definition, a quoted or abbreviated term used but
//! never defined, a misplaced closing bracket, and the same term defined
//! differently in two regulations.
//!
//! All matching runs on the NFKC text; quotes come from the original.
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::diff::NormText;
use super::terms::enclosing_open;
use crate::model::Regulation;

mod issues;
#[cfg(test)]
mod tests;

pub use issues::{check, compare, renamed_terms};

/// Thresholds of the term checks (`DefinitionParams::DEFAULT`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DefinitionParams {
    /// Two definitions of one term in two regulations mean the same when
    /// the character-bigram Dice of their definientia reaches this: 0.8;
    /// 「保有個人情報等」 / 「保有個人情報及び個人番号」 differ, a changed
    /// particle or 等 does not.
    pub same_definiens_dice: f32,
    /// Characters of context quoted either side of a use: 15, enough to
    /// find the place in a printed text, short enough for one table cell.
    pub excerpt_context_chars: usize,
    /// Longest scope qualifier between 以下 and 「 (この条において, 単に): 20
    /// characters; a longer stretch is prose, not a qualifier.
    pub max_scope_qualifier_chars: usize,
}

impl DefinitionParams {
    /// The values every check uses.
    pub const DEFAULT: DefinitionParams =
        DefinitionParams { same_definiens_dice: 0.8, excerpt_context_chars: 15, max_scope_qualifier_chars: 20 };
}

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

/// A term defined in a regulation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    /// The term: 保有個人情報等.
    pub term: String,
    /// What the term stands for, as written (may be empty when the text
    /// gives no noun phrase before the bracket).
    pub definiens: String,
    /// Where the definition applies.
    pub scope: DefinitionScope,
    /// 以下「X」という / …をいう。以下同じ: applies from here on. A 定義条
    /// 「X」とは…をいう applies to the whole text, 第1条 included.
    pub hereafter: bool,
    /// Article id (art-3).
    pub article_id: String,
    /// Printed location (第3条第1項).
    pub location: String,
    /// Line in the source file.
    pub line: usize,
}

/// What is wrong with a term; serialised in kebab-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TermIssueKind {
    /// A term used in a paragraph before the one that defines it.
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
    /// One 号 of the two 定義条 defines a term under another name (所属 →
    /// 課等, 所属長 → 課長等): where the other regulation says the first, this
    /// one says the second.
    Renamed,
}

/// A problem with a term, where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermIssue {
    /// What is wrong.
    pub kind: TermIssueKind,
    /// The term concerned.
    pub term: String,
    /// The regulation in which the problem stands.
    pub regulation_id: String,
    /// Printed location (第3条第1項).
    pub location: String,
    /// Line in the source file.
    pub line: usize,
    /// Japanese explanation.
    pub message: String,
    /// Quote of the text concerned.
    pub excerpt: String,
}

/// One paragraph or item of a regulation, in document order.
pub(super) struct ProvisionText {
    article_id: String,
    pub(super) location: String,
    pub(super) line: usize,
    pub(super) text: NormText,
    /// A 号 (of a 定義条, 「（３）所属　…をいう。」, its term before a space).
    item: bool,
}

/// Every paragraph and item of a regulation, in document order.
pub(super) fn segments(reg: &Regulation) -> Vec<ProvisionText> {
    let mut out = Vec::new();
    for a in reg.articles() {
        for p in &a.paragraphs {
            let location =
                if a.paragraphs.len() > 1 { format!("{}第{}項", a.label, p.number) } else { a.label.clone() };
            out.push(ProvisionText {
                article_id: a.id.clone(),
                location: location.clone(),
                line: p.line,
                text: NormText::new(&p.text),
                item: false,
            });
            let mut stack: Vec<&crate::model::Item> = p.items.iter().rev().collect();
            while let Some(item) = stack.pop() {
                out.push(ProvisionText {
                    article_id: a.id.clone(),
                    location: format!("{location}{}", item.label),
                    line: item.line,
                    text: NormText::new(&item.text),
                    item: true,
                });
                stack.extend(item.children.iter().rev());
            }
        }
    }
    out
}
fn abbreviation_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let qualifier = DefinitionParams::DEFAULT.max_scope_qualifier_chars;
        Regex::new(&format!(r"以下([^「」。]{{0,{qualifier}}}?)「([^「」]+?)(」という|という」)")).unwrap()
    })
}

fn toha_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"「([^「」]+)」とは、([^。]+?)をいう").unwrap())
}

fn iu_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"をいう。以下同じ").unwrap())
}

pub(super) fn quoted_re() -> &'static Regex {
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
pub(super) struct Found {
    pub(super) def: Definition,
    /// Index of its paragraph or item in `segments`.
    pub(super) segment: usize,
    /// From the definiens to the end of the definition: uses inside it are not uses.
    pub(super) span: Range<usize>,
    /// 以下「Xという」。: the closing bracket is misplaced.
    pub(super) malformed: bool,
}

/// Every definition of the paragraphs and items, in document order.
pub(super) fn find_definitions(segs: &[ProvisionText]) -> Vec<Found> {
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
        if let Some((term, definiens)) = s.item.then(|| item_definition(&s.text)).flatten() {
            let mut f = mk(&term, definiens.clone(), DefinitionScope::Document, 0..definiens.end, false);
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

/// The term and definiens (`norm` range) of a 定義条's 号: the term, then a
/// space, then what it means, ending in をいう (「所属　月影県行政組織規則に
/// 定める本庁の課及び室並びに地方機関をいう。」). The term is one word:
/// at most `ITEM_TERM_MAX_CHARS` characters, no punctuation in it.
fn item_definition(text: &NormText) -> Option<(String, Range<usize>)> {
    const ITEM_TERM_MAX_CHARS: usize = 20;
    let (term, _) = text.original.trim_start().split_once(char::is_whitespace)?;
    let term = crate::text::normalize::nfkc(term);
    let plain = !term.is_empty()
        && term.chars().count() <= ITEM_TERM_MAX_CHARS
        && !term.contains(['、', '。', '「', '」', '(', ')']);
    let norm = &text.norm;
    let end = norm.rfind("をいう")?;
    (plain && norm.starts_with(&term) && term.len() < end).then(|| (term.clone(), term.len()..end))
}

/// Every definition of a regulation, in document order.
pub fn extract(reg: &Regulation) -> Vec<Definition> {
    find_definitions(&segments(reg)).into_iter().map(|f| f.def).collect()
}
