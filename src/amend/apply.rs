//! 溶け込み: applies 改め文 (generated or hand-written) to a regulation.
//!
//! The amendment is read one sentence per line; lines before the first
//! sentence (題名, 柱書) are skipped and 附則 ends it. Lines after a sentence
//! ending in 「次の1条を加える。」 or 「次のように改める。」 are the new text.
//! Every clause must apply exactly: a quoted string absent or found twice in
//! the place named, or a provision that does not exist, is an error naming
//! the sentence.
use anyhow::{anyhow, bail, Result};

use super::kaimebun::relabel;
use super::place::{Clause, Place, WordEdit};
use super::read::{parse_sentence, read};
use crate::model::{Appendix, Article, Item, Number, Paragraph, Regulation, Supplementary};
use crate::text::numerals::{article_label, number_id, parse_number};

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
        p.normalized = crate::text::normalize::nfkc(&p.text);
        for item in &mut p.items {
            renormalize(item);
        }
    }
    Ok(out)
}

fn renormalize(item: &mut Item) {
    item.normalized = crate::text::normalize::nfkc(&item.text);
    for c in &mut item.children {
        renormalize(c);
    }
}

/// The 原始附則 (see [`super::original_supplementary`]).
fn original_supplementary_mut(reg: &mut Regulation) -> Result<&mut Supplementary> {
    let at = super::original_supplementary_index(reg).ok_or_else(|| anyhow!("附則がありません"))?;
    Ok(&mut reg.supplementary[at])
}

fn appendix_mut<'r>(reg: &'r mut Regulation, label: &str) -> Result<&'r mut Appendix> {
    reg.appendices.iter_mut().find(|a| a.label == label).ok_or_else(|| anyhow!("{label}がありません"))
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
        Place::Title => out.push(reg.meta.title.get_or_insert_with(String::new)),
        Place::Supplementary(k) => {
            let paragraphs = &mut original_supplementary_mut(reg)?.paragraphs;
            for p in paragraphs.iter_mut().filter(|p| k.is_none_or(|k| p.number == k)) {
                out.push(&mut p.text);
                push_item_texts(&mut p.items, &mut out);
            }
            if out.is_empty() {
                bail!("{}がありません", place.render(None));
            }
        }
        Place::Appendix(label) => {
            let a = appendix_mut(reg, label)?;
            out.extend(a.title.as_mut());
            out.extend(a.rows.iter_mut().flatten());
            out.extend(a.text.iter_mut());
        }
        Place::InChapter(..) => bail!("「第N章中」は条を加える文でだけ使えます"),
        Place::Proviso(_) => {
            bail!("{}は字句の改正か「を削る」「に次のただし書を加える」で改めます", place.render(None))
        }
    }
    Ok(out)
}

/// Where a text's ただし書 starts: a sentence opening with 「ただし、」.
pub(super) fn proviso_start(text: &str) -> Option<usize> {
    text.match_indices("ただし、").map(|(i, _)| i).find(|&i| text[..i].ends_with('。'))
}

/// The text a ただし書 ends: of the one 項 of an article, of a 項 or of a 号.
fn own_text_mut<'r>(reg: &'r mut Regulation, place: &Place) -> Result<&'r mut String> {
    match place {
        Place::Article(n) => {
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            match a.paragraphs.as_mut_slice() {
                [p] => Ok(&mut p.text),
                _ => bail!("{label}には項が複数あります（「{label}第1項ただし書」のように項を示してください）"),
            }
        }
        Place::Paragraph(n, k) => Ok(&mut paragraph_mut(article_mut(reg, n)?, *k)?.text),
        Place::Item(n, para, k) => {
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            let items = items_mut(a, *para)?;
            let at = item_index(items, *k, &label)?;
            Ok(&mut items[at].text)
        }
        _ => bail!("{}にはただし書を置けません", place.render(None)),
    }
}

/// A ただし書 taken away (〈…〉ただし書を削る) or added (〈…〉に次のただし書を加える).
fn proviso(reg: &mut Regulation, clause: &Clause, body: &[String]) -> Result<()> {
    match clause {
        Clause::Delete(Place::Proviso(inner)) => {
            let text = own_text_mut(reg, inner)?;
            let at = proviso_start(text).ok_or_else(|| anyhow!("{}にただし書がありません", inner.render(None)))?;
            text.truncate(at);
            Ok(())
        }
        Clause::AddProviso(inner) => {
            let added: String = body.iter().map(|l| l.trim()).collect();
            if !added.starts_with("ただし、") {
                bail!("加えるただし書は「ただし、」で始めてください");
            }
            let text = own_text_mut(reg, inner)?;
            if proviso_start(text).is_some() {
                bail!("{}には既にただし書があります", inner.render(None));
            }
            text.push_str(&added);
            Ok(())
        }
        _ => unsupported(clause),
    }
}

fn words(reg: &mut Regulation, place: &Place, edit: &WordEdit) -> Result<()> {
    let (quoted, replacement) = match edit {
        WordEdit::Replace(a, b) => (a.clone(), b.clone()),
        WordEdit::Delete(a) => (a.clone(), String::new()),
        WordEdit::InsertAfter(a, b) => (a.clone(), format!("{a}{b}")),
    };
    let where_ = place.render(None);
    if let Place::Proviso(inner) = place {
        let text = own_text_mut(reg, inner)?;
        let at = proviso_start(text).ok_or_else(|| anyhow!("{}にただし書がありません", inner.render(None)))?;
        let proviso = text.split_off(at);
        if !proviso.contains(&quoted) {
            bail!("{where_}に「{quoted}」がありません");
        }
        text.push_str(&proviso.replace(&quoted, &replacement));
        return Ok(());
    }
    let mut texts = texts_mut(reg, place)?;
    // Every occurrence in the place is changed, as 法制執務 reads the
    // clause: a drafter who means only one quotes it with its context.
    if !texts.iter().any(|t| t.contains(&quoted)) {
        bail!("{where_}に「{quoted}」がありません");
    }
    for text in texts.iter_mut() {
        **text = text.replace(&quoted, &replacement);
    }
    // An appendix's numbered parts are read from its text: read again.
    if let Place::Appendix(label) = place {
        crate::parse::read_parts(appendix_mut(reg, label)?);
    }
    Ok(())
}

/// Parses new provisions written below a sentence: articles, or the 項/号 of a dummy article.
fn body_regulation(text: &str) -> Result<Regulation> {
    crate::parse::load_str("改め文", text).map_err(|e| anyhow!("加える規定を読めません: {e}"))
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

/// The 項 written below 「第N条第K項を次のように改める。」: 「K　…」, or for
/// the first 項 its text alone (or after 「第N条」).
fn body_paragraph(body: &[String], k: u32) -> Result<Paragraph> {
    let text = body.join("\n");
    let first = text.trim_start();
    let mut p = if k == 1 {
        let line = if first.starts_with('第') { first.to_string() } else { format!("第1条　{first}") };
        let reg = body_regulation(&line)?;
        let mut paras: Vec<Paragraph> = reg.articles().next().map(|a| a.paragraphs.clone()).unwrap_or_default();
        if paras.len() != 1 {
            bail!("改める項が1項のはずが、本文に{}項あります", paras.len());
        }
        paras.remove(0)
    } else {
        body_paragraphs(body, 1)?.remove(0)
    };
    p.number = k;
    Ok(p)
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

/// Applies one clause of an 改め文 to `reg`, one function per kind of
/// clause; `body` holds the new provisions written after the clause.
fn apply_clause(reg: &mut Regulation, clause: &Clause, body: &[String]) -> Result<()> {
    match clause {
        Clause::Delete(Place::Proviso(_)) | Clause::AddProviso(_) => proviso(reg, clause, body),
        Clause::Delete(_) => delete(reg, clause),
        Clause::Renumber(..) => renumber(reg, clause),
        Clause::AddAfter(..) | Clause::AddBefore(..) | Clause::AddTo(..) => add(reg, clause, body),
        Clause::ReplaceWhole(_) => replace_whole(reg, clause, body),
        Clause::SetText(..) | Clause::AddCaption(..) => set_text(reg, clause),
        Clause::Words(place, edit) => words(reg, place, edit),
        Clause::DeleteTwo(first, second) => {
            apply_clause(reg, &Clause::Delete(first.clone()), body)?;
            apply_clause(reg, &Clause::Delete(second.clone()), body)
        }
        Clause::DeleteRange(first, last) => range(reg, first, last, None),
        Clause::RenumberRange(first, last, shift) => range(reg, first, last, Some(*shift)),
    }
}

/// The error for a clause 溶け込み cannot apply.
fn unsupported(clause: &Clause) -> Result<()> {
    bail!("この形の改正（{}）には対応していません", super::place::sentence(std::slice::from_ref(clause)))
}

/// 削る: an article, paragraph, item, 附則 paragraph or 別表.
fn delete(reg: &mut Regulation, clause: &Clause) -> Result<()> {
    match clause {
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
        Clause::Delete(Place::Supplementary(Some(k))) => {
            let s = original_supplementary_mut(reg)?;
            List { first: *k, last: *k, shift: None, name: |k| format!("附則第{k}項") }.apply(
                &mut s.paragraphs,
                |p| p.number,
                |p, k| p.number = k,
            )
        }
        Clause::Delete(Place::Appendix(label)) => {
            appendix_mut(reg, label)?;
            reg.appendices.retain(|a| &a.label != label);
            Ok(())
        }
        Clause::Delete(Place::Caption(n)) => {
            let a = article_mut(reg, n)?;
            if a.caption.take().is_none() {
                bail!("{}に見出しがありません", a.label);
            }
            Ok(())
        }
        _ => unsupported(clause),
    }
}

/// Renumbering (…を…とする) of one provision.
fn renumber(reg: &mut Regulation, clause: &Clause) -> Result<()> {
    match clause {
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
        Clause::Renumber(Place::Supplementary(Some(from)), to @ Place::Supplementary(Some(_))) => {
            let shift = Place::Supplementary(Some(*from)).shift_to(to).expect("both 附則");
            let s = original_supplementary_mut(reg)?;
            List { first: *from, last: *from, shift: Some(shift), name: |k| format!("附則第{k}項") }.apply(
                &mut s.paragraphs,
                |p| p.number,
                |p, k| p.number = k,
            )
        }
        Clause::Renumber(Place::Appendix(from), Place::Appendix(to)) => {
            if reg.appendices.iter().any(|a| &a.label == to) {
                bail!("{to}は既にあります");
            }
            appendix_mut(reg, from)?.label = to.clone();
            Ok(())
        }
        _ => unsupported(clause),
    }
}

/// Adding (加える) articles, paragraphs or items after, before or at the end of a place.
fn add(reg: &mut Regulation, clause: &Clause, body: &[String]) -> Result<()> {
    match clause {
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
        Clause::AddAfter(Place::InChapter(c, inner), k) | Clause::AddBefore(Place::InChapter(c, inner), k) => {
            let n = inner.article().ok_or_else(|| anyhow!("第{c}章中の条が読めません"))?;
            let (chapter, _, _) = locate(reg, n)?;
            if reg.chapters[chapter].number.as_ref().map(|x| x.main) != Some(*c) {
                bail!("{}は第{c}章にありません", article_label(n));
            }
            let plain = match clause {
                Clause::AddAfter(..) => Clause::AddAfter(*inner.clone(), *k),
                _ => Clause::AddBefore(*inner.clone(), *k),
            };
            apply_clause(reg, &plain, body)
        }
        Clause::AddTo(Place::Supplementary(None), k, "項") => {
            let new = body_paragraphs(body, *k)?;
            original_supplementary_mut(reg)?.paragraphs.extend(new);
            Ok(())
        }
        Clause::AddAfter(Place::Supplementary(Some(p)), k) => {
            let new = body_paragraphs(body, *k)?;
            let s = original_supplementary_mut(reg)?;
            let at =
                s.paragraphs.iter().position(|x| x.number == *p).ok_or_else(|| anyhow!("附則第{p}項がありません"))?;
            s.paragraphs.splice(at + 1..at + 1, new);
            Ok(())
        }
        _ => unsupported(clause),
    }
}

/// Replacing a whole provision (全部を次のように改める).
fn replace_whole(reg: &mut Regulation, clause: &Clause, body: &[String]) -> Result<()> {
    match clause {
        Clause::ReplaceWhole(Place::Article(n)) => {
            let mut new = body_articles(body, 1)?.remove(0);
            let number = new.number.clone();
            set_article_number(&mut new, &number);
            let (c, s, a) = locate(reg, n)?;
            reg.chapters[c].sections[s].articles[a] = new;
            Ok(())
        }
        Clause::ReplaceWhole(Place::Paragraph(n, k)) => {
            let new = body_paragraph(body, *k)?;
            *paragraph_mut(article_mut(reg, n)?, *k)? = new;
            Ok(())
        }
        Clause::ReplaceWhole(Place::Item(n, para, k)) => {
            let mut new = body_items(body, 1)?.remove(0);
            let a = article_mut(reg, n)?;
            let label = a.label.clone();
            let items = items_mut(a, *para)?;
            let at = item_index(items, *k, &label)?;
            let old = &mut items[at];
            // The 号 keeps its place and number: the body's label only shows them.
            new.number = old.number;
            new.label = old.label.clone();
            *old = new;
            Ok(())
        }
        Clause::ReplaceWhole(Place::Title) => {
            let [line] = body else { bail!("新しい題名は1行で書いてください") };
            reg.meta.title = Some(line.trim().to_string());
            Ok(())
        }
        Clause::ReplaceWhole(Place::Supplementary(None)) => {
            let new = body_regulation(&format!("第1条　{}", body.join("\n").trim_start()))?;
            let paragraphs = new.articles().next().map(|a| a.paragraphs.clone()).unwrap_or_default();
            original_supplementary_mut(reg)?.paragraphs = paragraphs;
            Ok(())
        }
        _ => unsupported(clause),
    }
}

/// A caption as quoted, 「（点検）」, without its brackets.
fn caption_text(quoted: &str) -> String {
    quoted.trim().trim_start_matches(['（', '(']).trim_end_matches(['）', ')']).to_string()
}

/// Setting a caption, title or chapter title; giving a caption to an article without one.
fn set_text(reg: &mut Regulation, clause: &Clause) -> Result<()> {
    match clause {
        Clause::AddCaption(Place::Article(n), text) => {
            let a = article_mut(reg, n)?;
            if a.caption.is_some() {
                bail!(
                    "{}には見出しがあります（見出しを改めるときは「{}の見出しを「（…）」に改める。」）",
                    a.label,
                    a.label
                );
            }
            a.caption = Some(caption_text(text));
            Ok(())
        }
        Clause::SetText(Place::Caption(n), text) => {
            article_mut(reg, n)?.caption = Some(caption_text(text));
            Ok(())
        }
        Clause::SetText(Place::Title, text) => {
            reg.meta.title = Some(text.clone());
            Ok(())
        }
        Clause::SetText(Place::Chapter(c), text) => {
            let [title] = texts_mut(reg, &Place::Chapter(*c))?.try_into().expect("one chapter title");
            *title = text.clone();
            Ok(())
        }
        _ => unsupported(clause),
    }
}

/// 「AからBまでを削る」 (`shift` None) or 「AからBまでを1条ずつ繰り下げる」:
/// every provision from A to B, both of which must exist.
fn range(reg: &mut Regulation, first: &Place, last: &Place, shift: Option<i64>) -> Result<()> {
    let what = format!("{}から{}まで", first.render(None), last.tail());
    match (first, last) {
        (Place::Article(a), Place::Article(b)) => {
            locate(reg, a)?;
            locate(reg, b)?;
            let inside = |n: &Number| a <= n && n <= b;
            let articles = reg.chapters.iter_mut().flat_map(|c| &mut c.sections);
            let Some(shift) = shift else {
                articles.for_each(|s| s.articles.retain(|x| !inside(&x.number)));
                return Ok(());
            };
            let numbers: Vec<Number> = reg.articles().map(|x| x.number.clone()).collect();
            let mut targets = Vec::new();
            for n in numbers.iter().filter(|n| inside(n)) {
                let to = Number { main: shifted(n.main, shift, &what)?, branches: n.branches.clone() };
                if !inside(&to) && numbers.contains(&to) {
                    bail!("{}は既にあります", article_label(&to));
                }
                targets.push((n.clone(), to));
            }
            for x in reg.chapters.iter_mut().flat_map(|c| &mut c.sections).flat_map(|s| &mut s.articles) {
                if let Some((_, to)) = targets.iter().find(|(n, _)| *n == x.number) {
                    set_article_number(x, to);
                }
            }
            Ok(())
        }
        (Place::Paragraph(n, a), Place::Paragraph(_, b)) => {
            let art = article_mut(reg, n)?;
            let label = art.label.clone();
            let list = List { first: *a, last: *b, shift, name: |k| format!("{label}第{k}項") };
            list.apply(&mut art.paragraphs, |p| p.number, |p, k| p.number = k)
        }
        (Place::Item(n, p, a), Place::Item(_, _, b)) => {
            let art = article_mut(reg, n)?;
            let label = art.label.clone();
            let list = List { first: *a, last: *b, shift, name: |k| format!("{label}第{k}号") };
            list.apply(
                items_mut(art, *p)?,
                |i| i.number,
                |i, k| {
                    i.label = relabel(&i.label, i.number, k);
                    i.number = k;
                },
            )
        }
        (Place::Supplementary(Some(a)), Place::Supplementary(Some(b))) => {
            let list = List { first: *a, last: *b, shift, name: |k| format!("附則第{k}項") };
            list.apply(&mut original_supplementary_mut(reg)?.paragraphs, |p| p.number, |p, k| p.number = k)
        }
        _ => bail!("{what}: この範囲の指定には対応していません"),
    }
}

/// `n` moved by `shift`, which must leave it at 1 or more.
fn shifted(n: u32, shift: i64, what: &str) -> Result<u32> {
    u32::try_from(i64::from(n) + shift)
        .ok()
        .filter(|&m| m >= 1)
        .ok_or_else(|| anyhow!("{what}を{}繰り上げると番号が1より小さくなります", shift.abs()))
}

/// A range of 項 or 号 in one list: deleted (`shift` None) or renumbered.
struct List<F: Fn(u32) -> String> {
    first: u32,
    last: u32,
    shift: Option<i64>,
    /// 「第4条第3項」 for number 3, for messages.
    name: F,
}

impl<F: Fn(u32) -> String> List<F> {
    fn apply<T>(&self, list: &mut Vec<T>, num: impl Fn(&T) -> u32, set: impl Fn(&mut T, u32)) -> Result<()> {
        for end in [self.first, self.last] {
            if !list.iter().any(|x| num(x) == end) {
                bail!("{}がありません", (self.name)(end));
            }
        }
        let inside = |k: u32| self.first <= k && k <= self.last;
        let Some(shift) = self.shift else {
            list.retain(|x| !inside(num(x)));
            return Ok(());
        };
        for x in list.iter().filter(|x| inside(num(x))) {
            let to = shifted(num(x), shift, &(self.name)(num(x)))?;
            if !inside(to) && list.iter().any(|y| num(y) == to) {
                bail!("{}は既にあります", (self.name)(to));
            }
        }
        for x in list.iter_mut() {
            let k = num(x);
            if inside(k) {
                set(x, shifted(k, shift, "")?);
            }
        }
        Ok(())
    }
}
