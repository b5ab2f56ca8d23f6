//! 溶け込み: applies 改め文 (generated or hand-written) to a regulation.
//!
//! The amendment is read one sentence per line; lines before the first
//! sentence (題名, 柱書) are skipped and 附則 ends it. Lines after a sentence
//! ending in 「次の1条を加える。」 or 「次のように改める。」 are the new text.
//! Every clause must apply exactly: a quoted string absent or found twice in
//! the place named, or a provision that does not exist, is an error naming
//! the sentence.
use std::sync::OnceLock;

use anyhow::{anyhow, bail, Result};
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use super::kaimebun::relabel;
use super::place::{Clause, Place, WordEdit};
use super::without_whitespace;
use crate::model::{Article, Item, Number, Paragraph, Regulation};
use crate::parse::numerals::{article_label, number_id, parse_article_ref, parse_number};

/// Stands for a quoted string while a sentence's grammar is matched.
const QUOTE: char = '\u{E000}';

/// One sentence of an amendment as read.
#[derive(Debug, Clone)]
pub struct ReadSentence {
    /// 1-based line in the amendment text.
    pub line: usize,
    pub text: String,
    pub body: Vec<String>,
}

/// A sentence line: starts with a reference (第…, 同…), has no layout space
/// before its first quote (a new article's 「第13条　…」 line has one), and
/// ends with one of the amending verbs.
fn is_sentence(line: &str) -> bool {
    let head = line.split('「').next().unwrap_or_default();
    (line.starts_with('第') || line.starts_with('同'))
        && !head.chars().any(char::is_whitespace)
        && ["改める。", "削る。", "加える。", "とする。"].iter().any(|v| line.ends_with(v))
}

/// Splits an amendment text into sentences with their bodies.
pub fn read(text: &str) -> Result<Vec<ReadSentence>> {
    let mut out: Vec<ReadSentence> = Vec::new();
    for (k, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if without_whitespace(line) == "附則"
            || without_whitespace(line).starts_with("附則(")
            || without_whitespace(line).starts_with("附則（")
        {
            break;
        }
        if is_sentence(line) {
            out.push(ReadSentence { line: k + 1, text: line.to_string(), body: Vec::new() });
        } else if let Some(last) = out.last_mut() {
            if !(last.text.ends_with("加える。") || last.text.ends_with("改める。") && last.text.contains("次のように"))
            {
                bail!("改め文 {}行: 「{line}」を改め文として読めません", k + 1);
            }
            last.body.push(raw.trim_end().to_string());
        }
        // Lines before the first sentence: 題名 and 柱書.
    }
    if out.is_empty() {
        bail!("改め文が見つかりません（「第N条中「A」を「B」に改める。」の形の行がありません）");
    }
    Ok(out)
}

/// Applies the 改め文 `amendment` to `reg`, returning the amended regulation.
pub fn apply(reg: &Regulation, amendment: &str) -> Result<Regulation> {
    let mut out = reg.clone();
    for s in read(amendment)? {
        let named = |e: anyhow::Error| anyhow!("改め文 {}行「{}」: {e}", s.line, s.text);
        let clauses = parse_sentence(&s.text).map_err(named)?;
        for (k, clause) in clauses.iter().enumerate() {
            let body = if k + 1 == clauses.len() { s.body.as_slice() } else { &[] };
            if clause.has_body() && body.is_empty() {
                return Err(named(anyhow!("加える規定の本文がありません")));
            }
            apply_clause(&mut out, clause, body).map_err(named)?;
        }
    }
    for p in out
        .chapters
        .iter_mut()
        .flat_map(|c| &mut c.sections)
        .flat_map(|s| &mut s.articles)
        .flat_map(|a| &mut a.paragraphs)
    {
        p.normalized = crate::parse::normalize(&p.text);
        for item in &mut p.items {
            renormalize(item);
        }
    }
    Ok(out)
}

fn renormalize(item: &mut Item) {
    item.normalized = crate::parse::normalize(&item.text);
    for c in &mut item.children {
        renormalize(c);
    }
}

const NUM: &str = "[0-9〇一二三四五六七八九十百千]+";

fn place_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"^(?:第(?P<chap>{NUM})章の章名|(?P<art>第{NUM}条(?:の{NUM})*|同条)(?P<cap>の見出し)?(?:第(?P<para>{NUM})項|(?P<dopara>同項))?(?:第(?P<item>{NUM})号)?)"
        ))
        .expect("valid regex")
    })
}

/// Reads a place at the start of `text`; returns it and the rest.
fn read_place<'t>(text: &'t str, previous: Option<&Place>) -> Result<Option<(Place, &'t str)>> {
    let Some(c) = place_regex().captures(text) else { return Ok(None) };
    let rest = &text[c.get(0).expect("whole match").end()..];
    let num = |name: &str| c.name(name).and_then(|m| parse_number(m.as_str()));
    if let Some(ch) = num("chap") {
        return Ok(Some((Place::Chapter(ch), rest)));
    }
    let art = c.name("art").expect("article group").as_str();
    let article: Number = if art == "同条" {
        previous.and_then(Place::article).cloned().ok_or_else(|| anyhow!("「同条」が指す条がありません"))?
    } else {
        parse_article_ref(art).ok_or_else(|| anyhow!("「{art}」を条番号として読めません"))?
    };
    let para = match (num("para"), c.name("dopara")) {
        (Some(p), _) => Some(p),
        (None, Some(_)) => match previous {
            Some(Place::Paragraph(_, p)) | Some(Place::Item(_, Some(p), _)) => Some(*p),
            _ => bail!("「同項」が指す項がありません"),
        },
        _ => None,
    };
    let place = match (c.name("cap"), para, num("item")) {
        (Some(_), _, _) => Place::Caption(article),
        (None, p, Some(i)) => Place::Item(article, p, i),
        (None, Some(p), None) => Place::Paragraph(article, p),
        (None, None, None) => Place::Article(article),
    };
    Ok(Some((place, rest)))
}

/// Replaces each top-level 「…」 by [`QUOTE`] and returns the quoted strings.
fn take_quotes(text: &str) -> Result<(String, Vec<String>)> {
    let mut plain = String::new();
    let mut quotes = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in text.chars() {
        match (c, depth) {
            ('「', 0) => depth = 1,
            ('「', _) => {
                depth += 1;
                current.push(c);
            }
            ('」', 0) => bail!("「」の対応がとれません"),
            ('」', 1) => {
                depth = 0;
                quotes.push(std::mem::take(&mut current));
                plain.push(QUOTE);
            }
            ('」', _) => {
                depth -= 1;
                current.push(c);
            }
            (_, 0) => plain.extend(c.to_string().nfkc()),
            _ => current.push(c),
        }
    }
    if depth != 0 {
        bail!("「」の対応がとれません");
    }
    Ok((plain, quotes))
}

fn rest_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let q = QUOTE;
        Regex::new(&format!(
            r"^(?:(?P<rep>中?{q}を{q}に改め(?:る)?)|(?P<del>中?{q}を削(?:り|る))|(?P<ins>中?{q}の下に{q}を加え(?:る)?)|(?P<drop>を削(?:り|る))|(?P<after>の次に次の(?P<an>{NUM})(?:条|項|号)を加え(?:る)?)|(?P<before>の前に次の(?P<bn>{NUM})(?:条|項|号)を加え(?:る)?)|(?P<to>に次の(?P<tn>{NUM})(?P<tu>条|項|号)を加え(?:る)?)|(?P<whole>を次のように改め(?:る)?)|(?P<ren>を(?P<target>.+)と(?:し|する)))$"
        ))
        .expect("valid regex")
    })
}

/// Parses one sentence into clauses.
pub fn parse_sentence(text: &str) -> Result<Vec<Clause>> {
    let body = text.trim().strip_suffix('。').ok_or_else(|| anyhow!("文が「。」で終わっていません"))?;
    let (plain, quotes) = take_quotes(body)?;
    let mut quotes = quotes.into_iter();
    let mut out: Vec<Clause> = Vec::new();
    let mut previous: Option<Place> = None;
    for part in plain.split('、') {
        let (place, rest) = match read_place(part, previous.as_ref())? {
            Some((p, rest)) => (p, rest),
            None => (previous.clone().ok_or_else(|| anyhow!("「{part}」がどの規定を改めるのか分かりません"))?, part),
        };
        let c = rest_regex()
            .captures(rest)
            .ok_or_else(|| anyhow!("「{}」を改め文の形として読めません", part.replace(QUOTE, "「…」")))?;
        let mut quote = || quotes.next().ok_or_else(|| anyhow!("引用する文字列がありません"));
        let count = |name: &str| c.name(name).and_then(|m| parse_number(m.as_str())).unwrap_or(1) as usize;
        let clause = if c.name("rep").is_some() {
            let a = quote()?;
            Clause::Words(place.clone(), WordEdit::Replace(a, quote()?))
        } else if c.name("del").is_some() {
            Clause::Words(place.clone(), WordEdit::Delete(quote()?))
        } else if c.name("ins").is_some() {
            let a = quote()?;
            Clause::Words(place.clone(), WordEdit::InsertAfter(a, quote()?))
        } else if c.name("drop").is_some() {
            Clause::Delete(place.clone())
        } else if c.name("after").is_some() {
            Clause::AddAfter(place.clone(), count("an"))
        } else if c.name("before").is_some() {
            Clause::AddBefore(place.clone(), count("bn"))
        } else if c.name("to").is_some() {
            let unit = match c.name("tu").map(|m| m.as_str()) {
                Some("項") => "項",
                Some("号") => "号",
                _ => "条",
            };
            Clause::AddTo(place.clone(), count("tn"), unit)
        } else if c.name("whole").is_some() {
            Clause::ReplaceWhole(place.clone())
        } else {
            let target = c.name("target").expect("renumber target").as_str();
            let (to, tail) =
                read_place(target, Some(&place))?.ok_or_else(|| anyhow!("「{target}」を条項として読めません"))?;
            if !tail.is_empty() {
                bail!("「{target}」を条項として読めません");
            }
            Clause::Renumber(place.clone(), to)
        };
        previous = Some(clause.last_place().clone());
        out.push(clause);
    }
    if quotes.next().is_some() {
        bail!("使われない引用があります");
    }
    Ok(out)
}

/// Position of an article: (chapter, section, index).
fn locate(reg: &Regulation, n: &Number) -> Result<(usize, usize, usize)> {
    let mut found = None;
    for (ci, c) in reg.chapters.iter().enumerate() {
        for (si, s) in c.sections.iter().enumerate() {
            for (ai, a) in s.articles.iter().enumerate() {
                if &a.number == n {
                    if found.is_some() {
                        bail!("{}が2つあります", article_label(n));
                    }
                    found = Some((ci, si, ai));
                }
            }
        }
    }
    found.ok_or_else(|| anyhow!("{}がありません", article_label(n)))
}

fn article_mut<'r>(reg: &'r mut Regulation, n: &Number) -> Result<&'r mut Article> {
    let (c, s, a) = locate(reg, n)?;
    Ok(&mut reg.chapters[c].sections[s].articles[a])
}

fn paragraph_mut(article: &mut Article, k: u32) -> Result<&mut Paragraph> {
    let label = article.label.clone();
    article.paragraphs.iter_mut().find(|p| p.number == k).ok_or_else(|| anyhow!("{label}第{k}項がありません"))
}

/// The 号 list a place's 号 number refers to: 第P項's, or the first 項's.
fn items_mut(article: &mut Article, para: Option<u32>) -> Result<&mut Vec<Item>> {
    let label = article.label.clone();
    match para {
        Some(p) => Ok(&mut paragraph_mut(article, p)?.items),
        None => article.paragraphs.first_mut().map(|p| &mut p.items).ok_or_else(|| anyhow!("{label}に項がありません")),
    }
}

fn item_index(items: &[Item], k: u32, label: &str) -> Result<usize> {
    items.iter().position(|i| i.number == k).ok_or_else(|| anyhow!("{label}第{k}号がありません"))
}

fn push_item_texts<'a>(items: &'a mut [Item], out: &mut Vec<&'a mut String>) {
    for item in items {
        out.push(&mut item.text);
        push_item_texts(&mut item.children, out);
    }
}

/// The texts a place covers, for word edits.
fn texts_mut<'r>(reg: &'r mut Regulation, place: &Place) -> Result<Vec<&'r mut String>> {
    let mut out = Vec::new();
    match place {
        Place::Chapter(c) => {
            let chapter = reg
                .chapters
                .iter_mut()
                .find(|ch| ch.number.as_ref().is_some_and(|n| n.main == *c))
                .ok_or_else(|| anyhow!("第{c}章がありません"))?;
            out.push(&mut chapter.title);
        }
        Place::Caption(n) => {
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            out.push(a.caption.as_mut().ok_or_else(|| anyhow!("{label}に見出しがありません"))?);
        }
        Place::Article(n) => {
            for p in &mut article_mut(reg, n)?.paragraphs {
                out.push(&mut p.text);
                push_item_texts(&mut p.items, &mut out);
            }
        }
        Place::Paragraph(n, k) => {
            let p = paragraph_mut(article_mut(reg, n)?, *k)?;
            out.push(&mut p.text);
            push_item_texts(&mut p.items, &mut out);
        }
        Place::Item(n, para, k) => {
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            let items = items_mut(a, *para)?;
            let at = item_index(items, *k, &label)?;
            push_item_texts(&mut items[at..at + 1], &mut out);
        }
    }
    Ok(out)
}

fn words(reg: &mut Regulation, place: &Place, edit: &WordEdit) -> Result<()> {
    let (quoted, replacement) = match edit {
        WordEdit::Replace(a, b) => (a.clone(), b.clone()),
        WordEdit::Delete(a) => (a.clone(), String::new()),
        WordEdit::InsertAfter(a, b) => (a.clone(), format!("{a}{b}")),
    };
    let where_ = place.render(None);
    let mut texts = texts_mut(reg, place)?;
    let hits: usize = texts.iter().map(|t| super::phrase::count(t, &quoted)).sum();
    match hits {
        0 => bail!("{where_}に「{quoted}」がありません"),
        1 => {}
        n => bail!("{where_}に「{quoted}」が{n}箇所あり、どれを改めるのか決まりません"),
    }
    let text = texts.iter_mut().find(|t| t.contains(&quoted)).expect("one hit");
    let at = text.find(&quoted).expect("one hit");
    text.replace_range(at..at + quoted.len(), &replacement);
    Ok(())
}

/// Parses new provisions written below a sentence: articles, or the 項/号 of a dummy article.
fn body_regulation(text: &str) -> Result<Regulation> {
    crate::source::load_str("改め文", text).map_err(|e| anyhow!("加える規定を読めません: {e}"))
}

fn body_articles(body: &[String], count: usize) -> Result<Vec<Article>> {
    let reg = body_regulation(&body.join("\n"))?;
    let arts: Vec<Article> = reg.articles().cloned().collect();
    if arts.len() != count {
        bail!("加える条が{count}条のはずが、本文に{}条あります", arts.len());
    }
    Ok(arts)
}

/// A dummy first line so that a 項 or 号 body parses as part of an article.
const DUMMY: &str = "第1条　（仮）";

fn body_paragraphs(body: &[String], count: usize) -> Result<Vec<Paragraph>> {
    let reg = body_regulation(&format!("{DUMMY}\n{}", body.join("\n")))?;
    let mut paras: Vec<Paragraph> = reg.articles().next().map(|a| a.paragraphs[1..].to_vec()).unwrap_or_default();
    if paras.len() != count {
        bail!("加える項が{count}項のはずが、本文に{}項あります", paras.len());
    }
    // The number printed on each line, as the parser may count from 2.
    let printed: Vec<u32> =
        body.iter().filter_map(|l| l.trim().split(char::is_whitespace).next().and_then(parse_number)).collect();
    if printed.len() == paras.len() {
        for (p, n) in paras.iter_mut().zip(printed) {
            p.number = n;
        }
    }
    Ok(paras)
}

fn body_items(body: &[String], count: usize) -> Result<Vec<Item>> {
    let reg = body_regulation(&format!("{DUMMY}\n{}", body.join("\n")))?;
    let items: Vec<Item> = reg.articles().next().map(|a| a.paragraphs[0].items.clone()).unwrap_or_default();
    if items.len() != count {
        bail!("加える号が{count}号のはずが、本文に{}号あります", items.len());
    }
    Ok(items)
}

fn set_article_number(a: &mut Article, n: &Number) {
    a.number = n.clone();
    a.label = article_label(n);
    a.id = format!("art-{}", number_id(n));
}

fn apply_clause(reg: &mut Regulation, clause: &Clause, body: &[String]) -> Result<()> {
    match clause {
        Clause::Words(place, edit) => words(reg, place, edit),
        Clause::Delete(Place::Article(n)) => {
            let (c, s, a) = locate(reg, n)?;
            reg.chapters[c].sections[s].articles.remove(a);
            Ok(())
        }
        Clause::Delete(Place::Paragraph(n, k)) => {
            let a = article_mut(reg, n)?;
            paragraph_mut(a, *k)?;
            a.paragraphs.retain(|p| p.number != *k);
            Ok(())
        }
        Clause::Delete(Place::Item(n, para, k)) => {
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            let items = items_mut(a, *para)?;
            let at = item_index(items, *k, &label)?;
            items.remove(at);
            Ok(())
        }
        Clause::Renumber(Place::Article(from), Place::Article(to)) => {
            if locate(reg, to).is_ok() {
                bail!("{}は既にあります", article_label(to));
            }
            set_article_number(article_mut(reg, from)?, to);
            Ok(())
        }
        Clause::Renumber(Place::Paragraph(n, from), Place::Paragraph(m, to)) if n == m => {
            let a = article_mut(reg, n)?;
            if a.paragraphs.iter().any(|p| p.number == *to) {
                bail!("{}第{to}項は既にあります", a.label);
            }
            paragraph_mut(a, *from)?.number = *to;
            Ok(())
        }
        Clause::Renumber(Place::Item(n, p, from), Place::Item(m, q, to)) if n == m && p == q => {
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            let items = items_mut(a, *p)?;
            if items.iter().any(|i| i.number == *to) {
                bail!("{label}第{to}号は既にあります");
            }
            let at = item_index(items, *from, &label)?;
            items[at].label = relabel(&items[at].label, *from, *to);
            items[at].number = *to;
            Ok(())
        }
        Clause::AddAfter(Place::Article(n), k) | Clause::AddBefore(Place::Article(n), k) => {
            let (c, s, a) = locate(reg, n)?;
            let mut new = body_articles(body, *k)?;
            for art in &new {
                if locate(reg, &art.number).is_ok() {
                    bail!("{}は既にあります", art.label);
                }
            }
            let at = if matches!(clause, Clause::AddAfter(..)) { a + 1 } else { a };
            for art in &mut new {
                let number = art.number.clone();
                set_article_number(art, &number);
            }
            reg.chapters[c].sections[s].articles.splice(at..at, new);
            Ok(())
        }
        Clause::AddAfter(Place::Paragraph(n, p), k) => {
            let a = article_mut(reg, n)?;
            let at = a
                .paragraphs
                .iter()
                .position(|x| x.number == *p)
                .ok_or_else(|| anyhow!("{}第{p}項がありません", a.label))?;
            a.paragraphs.splice(at + 1..at + 1, body_paragraphs(body, *k)?);
            Ok(())
        }
        Clause::AddTo(Place::Article(n), k, "項") => {
            let new = body_paragraphs(body, *k)?;
            article_mut(reg, n)?.paragraphs.extend(new);
            Ok(())
        }
        Clause::AddTo(place @ (Place::Article(n) | Place::Paragraph(n, _)), k, "号") => {
            let para = if let Place::Paragraph(_, p) = place { Some(*p) } else { None };
            let new = body_items(body, *k)?;
            items_mut(article_mut(reg, n)?, para)?.extend(new);
            Ok(())
        }
        Clause::AddAfter(Place::Item(n, para, i), k) | Clause::AddBefore(Place::Item(n, para, i), k) => {
            let new = body_items(body, *k)?;
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            let items = items_mut(a, *para)?;
            let at = item_index(items, *i, &label)? + usize::from(matches!(clause, Clause::AddAfter(..)));
            items.splice(at..at, new);
            Ok(())
        }
        Clause::ReplaceWhole(Place::Article(n)) => {
            let mut new = body_articles(body, 1)?.remove(0);
            let number = new.number.clone();
            set_article_number(&mut new, &number);
            let (c, s, a) = locate(reg, n)?;
            reg.chapters[c].sections[s].articles[a] = new;
            Ok(())
        }
        other => bail!("この形の改正（{}）には対応していません", super::place::sentence(std::slice::from_ref(other))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_parse_into_clauses() {
        let n = |m| Number { main: m, branches: vec![] };
        let c = parse_sentence(
            "第６条中「広報戦略部長」を「総務部長」に改め、同条第２項中「「点検」」の下に「及び監査」を加える。",
        )
        .unwrap();
        assert_eq!(
            c,
            vec![
                Clause::Words(Place::Article(n(6)), WordEdit::Replace("広報戦略部長".into(), "総務部長".into())),
                Clause::Words(Place::Paragraph(n(6), 2), WordEdit::InsertAfter("「点検」".into(), "及び監査".into())),
            ]
        );
        let c = parse_sentence("第十三条を削り、第14条を第13条とし、同条第3項を同条第2項とする。").unwrap();
        assert_eq!(
            c,
            vec![
                Clause::Delete(Place::Article(n(13))),
                Clause::Renumber(Place::Article(n(14)), Place::Article(n(13))),
                Clause::Renumber(Place::Paragraph(n(13), 3), Place::Paragraph(n(13), 2)),
            ]
        );
        assert!(parse_sentence("第6条中「広報戦略部長」を「総務部長」にする。").is_err());
    }
}
