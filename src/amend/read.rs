//! Reads 改め文 text: sentences (one a line, with the new text below the
//! clauses that add it) and the clauses of each sentence.
use std::sync::OnceLock;

use anyhow::{anyhow, bail, Result};
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use super::place::{Clause, Place, WordEdit};
use super::without_whitespace;
use crate::model::Number;
use crate::text::numerals::{parse_article_ref, parse_number, NUMERALS};

/// Stands for a quoted string while a sentence's grammar is matched.
const QUOTE: char = '\u{E000}';

/// One sentence of an amendment as read.
/// One sentence of an amendment text as read, with where it stands.
#[derive(Debug, Clone)]
pub struct ReadSentence {
    /// 1-based line in the amendment text.
    pub line: usize,
    /// The sentence as written.
    pub text: String,
    /// The new provisions that follow it, one line each.
    pub body: Vec<String>,
}

/// A sentence line: starts with a reference (第…, 同…, 附則…, 別表…, 題名…), has no layout space
/// before its first quote (a new article's 「第13条　…」 line has one), and
/// ends with one of the amending verbs.
fn is_sentence(line: &str) -> bool {
    let head = line.split('「').next().unwrap_or_default();
    ["第", "同", "附則", "別表", "題名"].iter().any(|start| line.starts_with(start))
        && !head.chars().any(char::is_whitespace)
        && ["改める。", "削る。", "加える。", "とする。", "繰り下げる。", "繰り上げる。", "付する。"]
            .iter()
            .any(|v| line.ends_with(v))
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

fn place_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"^(?:(?P<title>題名)|(?P<supp>附則)(?:第(?P<sp>{NUMERALS})項)?|(?P<appx>別表)(?:第(?P<ap>{NUMERALS}))?|第(?P<chap>{NUMERALS})章の章名|(?:第(?P<inchap>{NUMERALS})章中)?(?P<art>第{NUMERALS}条(?:の{NUMERALS})*|同条)(?P<cap>の見出し)?(?:第(?P<para>{NUMERALS})項|(?P<dopara>同項))?(?:第(?P<item>{NUMERALS})号)?(?P<proviso>ただし書)?)"
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
    if c.name("title").is_some() {
        return Ok(Some((Place::Title, rest)));
    }
    if c.name("supp").is_some() {
        return Ok(Some((Place::Supplementary(num("sp")), rest)));
    }
    if c.name("appx").is_some() {
        let label = num("ap").map_or("別表".to_string(), |k| format!("別表第{k}"));
        return Ok(Some((Place::Appendix(label), rest)));
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
    let place = if c.name("proviso").is_some() { Place::Proviso(Box::new(place)) } else { place };
    match num("inchap") {
        Some(ch) => Ok(Some((Place::InChapter(ch, Box::new(place)), rest))),
        None => Ok(Some((place, rest))),
    }
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
            r"^(?:(?P<range>(?P<join>から|及び)(?P<last>第[^を]+?)(?:まで)?を(?:(?P<rn>{NUMERALS})(?:条|項|号)ずつ繰り(?P<dir>下げ|上げ)(?:る)?|削(?:り|る)))|(?P<rep>中?{q}を{q}に改め(?:る)?)|(?P<del>中?{q}を削(?:り|る))|(?P<ins>中?{q}の下に{q}を加え(?:る)?)|(?P<drop>を削(?:り|る))|(?P<after>の次に次の(?P<an>{NUMERALS})(?:条|項|号)を加え(?:る)?)|(?P<before>の前に次の(?P<bn>{NUMERALS})(?:条|項|号)を加え(?:る)?)|(?P<to>に次の(?P<tn>{NUMERALS})(?P<tu>条|項|号)を加え(?:る)?)|(?P<whole>を次のように改め(?:る)?)|(?P<set>を{q}に改め(?:る)?)|(?P<caption>に見出しとして{q}を付(?:し|する))|(?P<proviso_add>に次のただし書を加え(?:る)?)|(?P<ren>を(?P<target>.+)と(?:し|する)))$"
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
        let clause = if c.name("range").is_some() {
            let last = range_end(&place, c.name("last").expect("range end").as_str())?;
            match (c.name("join").map(|m| m.as_str()), c.name("dir").map(|m| m.as_str())) {
                (Some("及び"), None) => Clause::DeleteTwo(place.clone(), last),
                (Some("及び"), Some(_)) => {
                    bail!("「及び」で結んだ条項は、「…から…までを…ずつ繰り下げ」の形で書いてください")
                }
                (_, None) => Clause::DeleteRange(place.clone(), last),
                (_, Some(dir)) => {
                    let k = count("rn") as i64;
                    Clause::RenumberRange(place.clone(), last, if dir == "下げ" { k } else { -k })
                }
            }
        } else if c.name("rep").is_some() {
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
        } else if c.name("set").is_some() {
            Clause::SetText(place.clone(), quote()?)
        } else if c.name("caption").is_some() {
            Clause::AddCaption(place.clone(), quote()?)
        } else if c.name("proviso_add").is_some() {
            Clause::AddProviso(place.clone())
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

/// The end of a range, read against its start: 「第19条」, or 「第7項」 and
/// 「第7号」 in the start's article.
fn range_end(first: &Place, text: &str) -> Result<Place> {
    let unreadable = || anyhow!("「{text}」を範囲の終わりとして読めません");
    let last = match (first, text.strip_prefix('第').and_then(|t| t.strip_suffix(['項', '号']))) {
        (Place::Paragraph(n, _), Some(k)) if text.ends_with('項') => {
            Place::Paragraph(n.clone(), parse_number(k).ok_or_else(unreadable)?)
        }
        (Place::Supplementary(Some(_)), Some(k)) if text.ends_with('項') => {
            Place::Supplementary(Some(parse_number(k).ok_or_else(unreadable)?))
        }
        (Place::Item(n, p, _), Some(k)) if text.ends_with('号') => {
            Place::Item(n.clone(), *p, parse_number(k).ok_or_else(unreadable)?)
        }
        _ => match read_place(text, Some(first))? {
            Some((place, "")) => place,
            _ => return Err(unreadable()),
        },
    };
    let same_list = match (first, &last) {
        (Place::Article(_), Place::Article(_)) => true,
        (Place::Paragraph(n, _), Place::Paragraph(m, _)) => n == m,
        (Place::Item(n, p, _), Place::Item(m, q, _)) => n == m && p == q,
        (Place::Supplementary(Some(_)), Place::Supplementary(Some(_))) => true,
        _ => false,
    };
    if !same_list {
        return Err(unreadable());
    }
    Ok(last)
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
