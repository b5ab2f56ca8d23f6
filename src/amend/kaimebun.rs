//! Generates the 一部改正 改め文 that turns one version into the next.
//!
//! Order of the sentences: 章名 and the wording of each article in text
//! order (numbers as they stand before the amendment), each article in one
//! sentence; then the articles deleted, renumbered (繰上げ from the front,
//! 繰下げ from the back, so that no two articles ever share a number) and
//! added. A rewritten 号, or 項 of several, is given anew alone
//! (「第N条第K項を次のように改める。」); a change the clause forms cannot
//! express otherwise (a 号 gaining イ・ロ, an article rewritten) becomes
//! 「第N条を次のように改める。」 with the whole article.
use std::collections::HashMap;

use anyhow::{bail, Result};

use super::annex::{appendix_changes, supplementary_changes, title_changes, Change};
use super::apply::proviso_start;
use super::phrase::{count, word_edits};
use super::place::{sentence, Clause, Place, WordEdit};
use super::renumber::{deletion_clauses, renumbering, Move};
use super::{consolidated_text, original_supplementary_index, rule_kind, without_whitespace, Kaimebun, Sentence};
use crate::analyze::diff::TokenDiff;
use crate::analyze::pairing::{pair_in_order, Step};
use crate::analyze::taishohyo::article_display_text;
use crate::model::{Article, Item, Number, Paragraph, Regulation};

/// Below this wording similarity a paired article (or one of its 項) is rewritten whole
/// (「次のように改める」) rather than edited phrase by phrase.
const REWRITE_BELOW: f32 = 0.4;

/// Share of a 項's or 号's text that several edits may quote before it is
/// given anew instead: a half. A sentence turned round keeps most of its
/// words (北浜市's 「保護責任者は、所属の職員のうちから…指名する。」 made
/// 「事務取扱担当者は、各課の職員のうちから総括責任者が指定する。」: 0.4 and
/// more alike) yet its three edits quoted four fifths of it, more to read
/// than the 項 itself; edits that read well quote less (a quarter and two
/// fifths in `a_paragraph_mostly_quoted_by_several_edits_is_given_anew`).
/// One edit stays an edit, however long.
const QUOTED_MOST: f32 = 0.5;

/// Builds the 改め文 of `old` → `new` and checks it: applied to `old` it
/// must give `new`'s provisions.
pub fn generate(old: &Regulation, new: &Regulation) -> Result<Kaimebun> {
    let name = old.meta.title.clone().or_else(|| new.meta.title.clone()).unwrap_or_else(|| old.id.clone());
    let kind = rule_kind(new);
    let mut out = Sentences::default();
    if old.chapters.len() != new.chapters.len()
        || old
            .chapters
            .iter()
            .zip(&new.chapters)
            .any(|(a, b)| a.number != b.number || a.sections.len() != b.sections.len())
    {
        bail!("章・節の追加や削除を含む改正は、改め文を生成できません（{} → {}）", old.path, new.path);
    }
    let old_arts: Vec<&Article> = old.articles().collect();
    let new_arts: Vec<&Article> = new.articles().collect();
    // The clauses name provisions 第N条 (and read them so when checked):
    // for a text numbered 第１ without 条 they would name provisions it
    // does not have.
    if old_arts.iter().chain(&new_arts).any(|a| a.is_numbered_without_jo()) {
        bail!(
            "条を付けずに番号を振った例規（第１、第２ や １、２）の改め文は、まだ生成できません（{} → {}）。改正内容は新旧対照表で示してください",
            old.path,
            new.path
        );
    }
    let steps = pair_in_order(
        &old_arts.iter().map(|a| unlabelled(a)).collect::<Vec<_>>(),
        &new_arts.iter().map(|a| unlabelled(a)).collect::<Vec<_>>(),
        |i, j| old_arts[i].number == new_arts[j].number,
    );
    let mut wording = HashMap::new();
    out.push_changes(title_changes(old, new));
    // 章名 and wording, in text order.
    for (c, (oc, nc)) in old.chapters.iter().zip(&new.chapters).enumerate() {
        if oc.title != nc.title {
            let Some(number) = &oc.number else { continue };
            match word_edits(&oc.title, &nc.title, &[], true) {
                Some(edits) => {
                    out.push_all(edits.into_iter().map(|e| Clause::Words(Place::Chapter(number.main), e)).collect())
                }
                None => bail!("第{}章の章名の改正を改め文にできません", number.main),
            }
        }
        let first_article =
            old.chapters[..c].iter().flat_map(|ch| &ch.sections).map(|s| s.articles.len()).sum::<usize>();
        let count = oc.sections.iter().map(|s| s.articles.len()).sum::<usize>();
        for step in &steps {
            let Step::Both(i, j) = *step else { continue };
            if !(first_article..first_article + count).contains(&i) {
                continue;
            }
            let changes = article_changes(old_arts[i], new_arts[j]);
            // A renumbered article's wording joins its renumbering, unless new text follows a clause.
            if old_arts[i].number != new_arts[j].number && changes.iter().all(|(_, body)| body.is_empty()) {
                wording.insert(i, changes.into_iter().map(|(c, _)| c).collect());
            } else {
                out.push_changes(changes);
            }
        }
    }
    structure_sentences(&steps, &old_arts, &new_arts, new, wording, &mut out)?;
    out.push_changes(supplementary_changes(old, new)?);
    out.push_changes(appendix_changes(old, new)?);
    let km = Kaimebun {
        title: format!("{name}の一部を改正する{kind}"),
        enactment: format!("{name}の一部を次のように改正する。"),
        sentences: out.done,
        supplementary: vec![format!("この{kind}は、令和　年　月　日から施行する。")],
    };
    let km = super::numerals::in_numerals(km, old.numerals);
    let applied = super::apply::apply(old, &km.to_text())?;
    // What an 改め文 cannot touch is compared as OLD has it: a 題名 or 原始附則 that OLD lacks.
    let mut want = new.clone();
    if old.meta.title.is_none() || new.meta.title.is_none() {
        want.meta.title = old.meta.title.clone();
    }
    if original_supplementary_index(old).is_none() {
        want.supplementary.clear();
    }
    if without_whitespace(&consolidated_text(&applied)) != without_whitespace(&consolidated_text(&want)) {
        bail!("生成した改め文を適用しても改正後の本文になりません（{} → {}）", old.path, new.path);
    }
    Ok(km)
}

/// Collects clauses into sentences; a clause followed by new text ends its sentence.
#[derive(Default)]
struct Sentences {
    clauses: Vec<Clause>,
    done: Vec<Sentence>,
}

impl Sentences {
    fn push(&mut self, clause: Clause, body: Vec<String>) {
        let ends = clause.has_body();
        self.clauses.push(clause);
        if ends {
            self.finish(body);
        }
    }

    /// One sentence (or more, where new text follows a clause) for the changes of one provision.
    fn push_changes(&mut self, changes: Vec<Change>) {
        for (clause, body) in changes {
            self.push(clause, body);
        }
        self.finish(Vec::new());
    }

    fn push_all(&mut self, clauses: Vec<Clause>) {
        for c in clauses {
            self.push(c, Vec::new());
        }
        self.finish(Vec::new());
    }

    fn finish(&mut self, body: Vec<String>) {
        if !self.clauses.is_empty() {
            self.done.push(Sentence { text: sentence(&self.clauses), body });
            self.clauses.clear();
        }
    }
}

/// Body lines of a 項: 「2　…」 and its 号.
fn paragraph_lines(p: &Paragraph) -> Vec<String> {
    let mut lines = vec![format!("{}　{}", p.number, p.text)];
    for item in &p.items {
        lines.extend(item_lines(item));
    }
    lines
}

/// Body lines of a 号 and its イ・ロ.
fn item_lines(item: &Item) -> Vec<String> {
    let mut lines = vec![format!("{}　{}", item.label, item.text)];
    for c in &item.children {
        lines.extend(item_lines(c));
    }
    lines
}

/// Texts of 号 and their イ・ロ without labels.
fn item_texts(items: &[Item]) -> String {
    items.iter().map(|it| format!("\n{}{}", it.text, item_texts(&it.children))).collect()
}

/// An article's caption and text without its number, for pairing.
fn unlabelled(a: &Article) -> String {
    format!("{}\n{}", a.caption.as_deref().unwrap_or_default(), a.text())
}

fn article_lines(a: &Article) -> Vec<String> {
    article_display_text(a).lines().map(str::to_string).collect()
}

/// One text of an article that wording edits can touch, with the place
/// its clauses name.
struct Slot {
    old: String,
    new: String,
    /// The smallest part that holds the text: its 号, else its 項 in an
    /// article of several, else the article.
    place: Place,
    /// Index range of the slots inside `place` (a 項 and its 号, or a 号
    /// and its subitems): the texts a quoted span must be unique among.
    scope: std::ops::Range<usize>,
    /// Texts inside `place` that later clauses delete (a 項's dropped 号):
    /// they still count until then.
    deleted: Vec<String>,
}

/// The clauses changing the caption, wording, 項 and 号 of one article, each
/// with the new text that follows it (empty for most).
pub(super) fn article_changes(old: &Article, new: &Article) -> Vec<(Clause, Vec<String>)> {
    if without_whitespace(&article_display_text(old).replacen(&old.label, "", 1))
        == without_whitespace(&article_display_text(new).replacen(&new.label, "", 1))
    {
        return Vec::new();
    }
    let n = &old.number;
    match article_clauses(old, new) {
        Some((clauses, bodies)) => {
            let mut bodies = bodies.into_iter();
            clauses
                .into_iter()
                .map(|c| {
                    let body = if c.has_body() { bodies.next().unwrap_or_default() } else { Vec::new() };
                    (c, body)
                })
                .collect()
        }
        None => {
            let mut whole = new.clone();
            whole.number = n.clone();
            whole.label = old.label.clone();
            vec![(Clause::ReplaceWhole(Place::Article(n.clone())), article_lines(&whole))]
        }
    }
}

/// Clauses for one article and the bodies of its add clauses, or None when
/// the change needs the whole article rewritten.
fn article_clauses(old: &Article, new: &Article) -> Option<(Vec<Clause>, Vec<Vec<String>>)> {
    let n = &old.number;
    let mut clauses = caption_clauses(old, new);
    let mut bodies = Vec::new();
    // Compared without numbers and labels, so that a moved 項 or 号 reads as unchanged.
    let texts = |a: &Article| {
        a.paragraphs
            .iter()
            .map(|p| paragraph_lines(p)[0].replacen(&p.number.to_string(), "", 1) + &item_texts(&p.items))
            .collect::<Vec<_>>()
    };
    let para_steps =
        pair_in_order(&texts(old), &texts(new), |i, j| old.paragraphs[i].number == new.paragraphs[j].number);
    let multi = old.paragraphs.len() > 1;
    let mut slots = Vec::new();
    let mut rewrites: Vec<Rewrite> = Vec::new();
    let mut item_structure = Vec::new();
    let mut item_bodies = Vec::new();
    for step in &para_steps {
        let Step::Both(i, j) = *step else { continue };
        let (op, np) = (&old.paragraphs[i], &new.paragraphs[j]);
        let place = if multi { Place::Paragraph(n.clone(), op.number) } else { Place::Article(n.clone()) };
        let proviso = proviso_change(&place, &op.text, &np.text);
        let np_words = proviso.as_ref().map_or(np.text.as_str(), |p| p.words_new.as_str());
        // A 項 whose ただし書 is taken away is rewritten when its own words
        // are: the ただし書 it loses is no wording it keeps.
        let (old_words, new_words) = match (proviso_start(&op.text), proviso_start(&np.text)) {
            (Some(at), None) => (&op.text[..at], np.text.as_str()),
            _ => (op.text.as_str(), np_words),
        };
        if rewritten(old_words, new_words) {
            // One 項 of several is rewritten alone, with its 号; an
            // article of one 項 is rewritten whole.
            if !multi {
                return None;
            }
            let clause = Clause::ReplaceWhole(Place::Paragraph(n.clone(), op.number));
            rewrites.push((slots.len(), clause, rewritten_paragraph_lines(np, op.number)));
            continue;
        }
        let start = slots.len();
        slots.push(Slot { old: op.text.clone(), new: np_words.to_string(), place, scope: 0..0, deleted: Vec::new() });
        // A ただし書 taken away or added: its own clause, after the 項's words.
        if let Some(p) = proviso {
            rewrites.push((start + 1, p.clause, p.body));
        }
        let para = multi.then_some(op.number);
        let mut dropped_items = Vec::new();
        let item_steps = item_slots(n, para, op, np, &mut slots, &mut rewrites, &mut dropped_items)?;
        let end = slots.len();
        slots[start].scope = start..end;
        slots[start].deleted = dropped_items;
        let (cl, bo) =
            list_structure(&item_steps, &op.items, &np.items, |k| Place::Item(n.clone(), para, k), item_lines, None)?;
        item_structure.extend(cl);
        item_bodies.extend(bo);
    }
    let mut wording = wording_clauses(&slots)?;
    if rewrites.is_empty() {
        wording = one_clause_for_the_article(n, &slots, wording);
    }
    // Wording and rewritten 項 and 号 in text order (both lists are).
    let mut rewrites = rewrites.into_iter().peekable();
    for (slot, clause) in wording {
        while let Some((_, rewrite, body)) = rewrites.next_if(|(before, ..)| *before <= slot) {
            push_with_body(&mut clauses, &mut bodies, rewrite, body);
        }
        clauses.push(clause);
    }
    for (_, rewrite, body) in rewrites {
        push_with_body(&mut clauses, &mut bodies, rewrite, body);
    }
    if similarity(old, new) < REWRITE_BELOW {
        return None;
    }
    clauses.extend(item_structure);
    bodies.extend(item_bodies);
    let (cl, bo) = list_structure(
        &para_steps,
        &old.paragraphs,
        &new.paragraphs,
        |k| Place::Paragraph(n.clone(), k),
        paragraph_lines,
        Some(Place::Article(n.clone())),
    )?;
    clauses.extend(cl);
    bodies.extend(bo);
    Some((clauses, bodies))
}

/// The lines below 「第N条第K項を次のように改める。」: the new 項 numbered
/// `number`, as it stands when rewritten (the first 項 unnumbered), and its 号.
fn rewritten_paragraph_lines(p: &Paragraph, number: u32) -> Vec<String> {
    let mut lines = paragraph_lines(p);
    lines[0] = if number == 1 { format!("　{}", p.text) } else { format!("{number}　{}", p.text) };
    lines
}

/// The caption's clauses: word edits, the whole caption set anew, one
/// given to an article that had none (「見出しとして…を付する」) or one taken away.
fn caption_clauses(old: &Article, new: &Article) -> Vec<Clause> {
    let n = &old.number;
    match (&old.caption, &new.caption) {
        (Some(a), Some(b)) if a != b => match word_edits(a, b, &[], true).filter(|e| !replaces_all(e, a)) {
            Some(edits) => edits.into_iter().map(|e| Clause::Words(Place::Caption(n.clone()), e)).collect(),
            None => vec![Clause::SetText(Place::Caption(n.clone()), format!("（{b}）"))],
        },
        (None, Some(b)) => vec![Clause::AddCaption(Place::Article(n.clone()), format!("（{b}）"))],
        (Some(_), None) => vec![Clause::Delete(Place::Caption(n.clone()))],
        _ => Vec::new(),
    }
}

/// A clause taking a 項's or 号's text, or its ただし書, whole (「…を次の
/// ように改める」, 「…ただし書を削る」, 「…に次のただし書を加える」): the
/// index of the slot it stands before (its place among the wording
/// clauses), the clause and the new text that follows it (none for 削る).
type Rewrite = (usize, Clause, Vec<String>);

/// Appends a clause, and its new text where one follows it.
fn push_with_body(clauses: &mut Vec<Clause>, bodies: &mut Vec<Vec<String>>, clause: Clause, body: Vec<String>) {
    if clause.has_body() {
        bodies.push(body);
    }
    clauses.push(clause);
}

/// A ただし書 taken away from or added to the text of a 項 or 号: its
/// clause (after the text's own word edits, as it follows the sentence
/// they change), the ただし書 added, and the text those word edits reach.
struct ProvisoChange {
    clause: Clause,
    body: Vec<String>,
    words_new: String,
}

fn proviso_change(place: &Place, old: &str, new: &str) -> Option<ProvisoChange> {
    match (proviso_start(old), proviso_start(new)) {
        // The text's words change first, the ただし書 still there.
        (Some(at), None) => Some(ProvisoChange {
            clause: Clause::Delete(Place::Proviso(Box::new(place.clone()))),
            body: Vec::new(),
            words_new: format!("{new}{}", &old[at..]),
        }),
        (None, Some(at)) => Some(ProvisoChange {
            clause: Clause::AddProviso(place.clone()),
            body: vec![new[at..].to_string()],
            words_new: new[..at].to_string(),
        }),
        _ => None,
    }
}

/// Pairs the 号 of two corresponding paragraphs and adds a slot for each
/// paired 号 and its subitems, or a rewrite for a 号 whose wording is
/// rewritten; the texts of dropped and rewritten 号 go to `dropped`.
/// None when a paired 号 otherwise changes its subitems' shape (its
/// article is rewritten whole).
fn item_slots(
    n: &Number,
    para: Option<u32>,
    op: &Paragraph,
    np: &Paragraph,
    slots: &mut Vec<Slot>,
    rewrites: &mut Vec<Rewrite>,
    dropped: &mut Vec<String>,
) -> Option<Vec<Step>> {
    let item_text = |items: &[Item]| items.iter().map(|it| item_texts(std::slice::from_ref(it))).collect::<Vec<_>>();
    let item_steps =
        pair_in_order(&item_text(&op.items), &item_text(&np.items), |x, y| op.items[x].number == np.items[y].number);
    for s in &item_steps {
        if let Step::OldOnly(x) = *s {
            dropped.push(item_lines(&op.items[x]).join("\n"));
        }
        let Step::Both(x, y) = *s else { continue };
        let (oi, ni) = (&op.items[x], &np.items[y]);
        if relabel(&oi.label, oi.number, ni.number) != ni.label {
            return None;
        }
        let place = Place::Item(n.clone(), para, oi.number);
        let proviso = proviso_change(&place, &oi.text, &ni.text);
        let ni_words = proviso.as_ref().map_or(ni.text.as_str(), |p| p.words_new.as_str());
        if rewritten(&oi.text, ni_words) {
            // Numbered as it stands: the 号 move, if they do, after it.
            let mut lines = item_lines(ni);
            lines[0] = format!("{}　{}", oi.label, ni.text);
            rewrites.push((slots.len(), Clause::ReplaceWhole(place), lines));
            dropped.push(item_lines(oi).join("\n"));
            continue;
        }
        if oi.children.len() != ni.children.len() {
            return None;
        }
        let first = slots.len();
        let slot = |old: &str, new: &str| Slot {
            old: old.to_string(),
            new: new.to_string(),
            place: place.clone(),
            scope: 0..0,
            deleted: Vec::new(),
        };
        slots.push(slot(&oi.text, ni_words));
        // A ただし書 taken away or added: its own clause, after the 号's words.
        if let Some(p) = proviso {
            rewrites.push((first + 1, p.clause, p.body));
        }
        for (oc, nc) in oi.children.iter().zip(&ni.children) {
            if oc.label != nc.label || !oc.children.is_empty() || !nc.children.is_empty() {
                return None;
            }
            slots.push(slot(&oc.text, &nc.text));
        }
        let end = slots.len();
        for s in &mut slots[first..end] {
            s.scope = first..end;
        }
    }
    Some(item_steps)
}

/// Word-edit clauses of an article's texts, in text order, each named by
/// the smallest part that holds its words, as 法制執務 cites them: the 号
/// (第N条第3号中, 第N条第2項第3号中), else the 項 when the article has more
/// than one (第N条第2項中), else the article (第N条中). The quoted span
/// grows word by word only when the words recur in that part. Each clause
/// comes with the index of its slot.
fn wording_clauses(slots: &[Slot]) -> Option<Vec<(usize, Clause)>> {
    let mut clauses = Vec::new();
    let mut current: Vec<String> = slots.iter().map(|s| s.old.clone()).collect();
    for k in 0..slots.len() {
        if slots[k].old == slots[k].new {
            continue;
        }
        let mut others: Vec<String> = slots[k].scope.clone().filter(|&o| o != k).map(|o| current[o].clone()).collect();
        others.extend(slots[k].deleted.iter().cloned());
        let edits = word_edits(&slots[k].old, &slots[k].new, &others, true)?;
        clauses.extend(edits.into_iter().map(|e| (k, Clause::Words(slots[k].place.clone(), e))));
        current[k] = slots[k].new.clone();
    }
    Some(clauses)
}

/// The wording clauses of an article whose only change is the same words
/// changed the same way in several of its 項 and 号, and wherever its body
/// says them: one clause naming the article (「第N条中」 covers its 項 and
/// 号), as 法制執務 reads a clause as changing every occurrence. Any other
/// wording is returned as it is.
fn one_clause_for_the_article(n: &Number, slots: &[Slot], wording: Vec<(usize, Clause)>) -> Vec<(usize, Clause)> {
    let edit = match wording.first() {
        Some((_, Clause::Words(_, edit @ (WordEdit::Replace(..) | WordEdit::Delete(_))))) => edit.clone(),
        _ => return wording,
    };
    let quoted = edit.quoted().to_string();
    let alike = wording.iter().all(|(_, c)| matches!(c, Clause::Words(_, e) if *e == edit));
    // Each clause changes every occurrence in its own text (its span is
    // unique among the others of its place): together they change all the
    // article's when they count as many as the body has.
    let changed: usize = wording.iter().map(|(slot, _)| count(&slots[*slot].old, &quoted)).sum();
    let said: usize = slots.iter().map(|s| count(&s.old, &quoted)).sum();
    if wording.len() < 2 || !alike || changed != said {
        return wording;
    }
    vec![(wording[0].0, Clause::Words(Place::Article(n.clone()), edit))]
}

/// Whether a 項's or 号's wording changes so much that it is given anew:
/// less than 40 % of it stays, or several edits would together quote more
/// than half of it (`QUOTED_MOST`).
fn rewritten(old: &str, new: &str) -> bool {
    if old == new {
        return false;
    }
    if TokenDiff::exact(old, new).similarity() < REWRITE_BELOW {
        return true;
    }
    match word_edits(old, new, &[], true) {
        Some(edits) if edits.len() >= 2 => {
            let quoted: usize = edits.iter().map(|e| e.quoted().chars().count()).sum();
            quoted as f32 > QUOTED_MOST * old.chars().count() as f32
        }
        _ => false,
    }
}

fn similarity(old: &Article, new: &Article) -> f32 {
    // The body alone: an unchanged caption and number would hide a rewrite.
    TokenDiff::exact(&old.text(), &new.text()).similarity()
}

/// Something with a number in a list: a 項 or a 号.
trait Numbered {
    fn num(&self) -> u32;
}
impl Numbered for Paragraph {
    fn num(&self) -> u32 {
        self.number
    }
}
impl Numbered for Item {
    fn num(&self) -> u32 {
        self.number
    }
}

/// Deletions, renumbering and additions of a list of 項 or 号; `append_to`
/// names the article for 「第N条に次の1項を加える」 at the end of the list.
fn list_structure<T: Numbered>(
    steps: &[Step],
    old: &[T],
    new: &[T],
    place: impl Fn(u32) -> Place,
    lines: impl Fn(&T) -> Vec<String>,
    append_to: Option<Place>,
) -> Option<(Vec<Clause>, Vec<Vec<String>>)> {
    let mut clauses = Vec::new();
    let mut bodies = Vec::new();
    let deleted: Vec<(usize, Place)> = steps
        .iter()
        .filter_map(|s| if let Step::OldOnly(i) = *s { Some((i, place(old[i].num()))) } else { None })
        .collect();
    clauses.extend(deletion_clauses(&deleted));
    let moves: Vec<Move> = steps
        .iter()
        .filter_map(|s| match *s {
            Step::Both(i, j) if old[i].num() != new[j].num() => Some(Move {
                index: i,
                from: place(old[i].num()),
                to: place(new[j].num()),
                up: new[j].num() < old[i].num(),
                wording: Vec::new(),
            }),
            _ => None,
        })
        .collect();
    clauses.extend(renumbering(&moves));
    for run in new_only_runs(steps) {
        let j = run[0];
        let last = *run.last().expect("non-empty run");
        let clause = if j > 0 {
            if last + 1 == new.len() && append_to.is_some() {
                Clause::AddTo(append_to.clone().expect("checked"), run.len(), place(0).unit())
            } else {
                Clause::AddAfter(place(new[j - 1].num()), run.len())
            }
        } else if last + 1 < new.len() {
            Clause::AddBefore(place(new[last + 1].num()), run.len())
        } else {
            return None;
        };
        clauses.push(clause);
        bodies.push(run.iter().flat_map(|&r| lines(&new[r])).collect());
    }
    Some((clauses, bodies))
}

/// Runs of consecutive new-only steps (provisions added together), each as
/// the new indices in order.
fn new_only_runs(steps: &[Step]) -> Vec<Vec<usize>> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < steps.len() {
        let Step::NewOnly(j) = steps[k] else {
            k += 1;
            continue;
        };
        let mut run = vec![j];
        while let Some(Step::NewOnly(next)) = steps.get(k + run.len()) {
            run.push(*next);
        }
        k += run.len();
        runs.push(run);
    }
    runs
}

/// Deleted, renumbered and added articles; `wording` holds the clauses
/// amending renumbered articles (by old index), written before their renumbering.
fn structure_sentences(
    steps: &[Step],
    old: &[&Article],
    new: &[&Article],
    new_reg: &Regulation,
    mut wording: HashMap<usize, Vec<Clause>>,
    out: &mut Sentences,
) -> Result<()> {
    let deleted: Vec<(usize, Place)> = steps
        .iter()
        .filter_map(|s| if let Step::OldOnly(i) = *s { Some((i, Place::Article(old[i].number.clone()))) } else { None })
        .collect();
    let moves: Vec<Move> = steps
        .iter()
        .filter_map(|s| match *s {
            Step::Both(i, j) if old[i].number != new[j].number => Some(Move {
                index: i,
                from: Place::Article(old[i].number.clone()),
                to: Place::Article(new[j].number.clone()),
                up: new[j].number < old[i].number,
                wording: wording.remove(&i).unwrap_or_default(),
            }),
            _ => None,
        })
        .collect();
    for clause in deletion_clauses(&deleted).into_iter().chain(renumbering(&moves)) {
        out.push(clause, Vec::new());
    }
    let section_of = |a: &Article| {
        new_reg.chapters.iter().flat_map(|c| &c.sections).position(|s| s.articles.iter().any(|x| x.id == a.id))
    };
    for run in new_only_runs(steps) {
        let j = run[0];
        let last = *run.last().expect("non-empty run");
        let here = section_of(new[j]);
        // At the end or the start of a chapter the clause names the chapter the articles join.
        let in_chapter = |a: &Article, at_edge: bool| {
            let place = Place::Article(a.number.clone());
            match chapter_of(new_reg, a) {
                Some(c) if at_edge => Place::InChapter(c, Box::new(place)),
                _ => place,
            }
        };
        let clause = if j > 0 && section_of(new[j - 1]) == here {
            let at_edge = last + 1 == new.len() || chapter_of(new_reg, new[last + 1]) != chapter_of(new_reg, new[j]);
            Clause::AddAfter(in_chapter(new[j - 1], at_edge), run.len())
        } else if last + 1 < new.len() && section_of(new[last + 1]) == here {
            let at_edge = j == 0 || chapter_of(new_reg, new[j - 1]) != chapter_of(new_reg, new[j]);
            Clause::AddBefore(in_chapter(new[last + 1], at_edge), run.len())
        } else {
            bail!("{}: 新しい章・節だけからなる条の追加は、改め文を生成できません", new[j].label);
        };
        out.push(clause, run.iter().flat_map(|&r| article_lines(new[r])).collect());
    }
    out.finish(Vec::new());
    Ok(())
}

/// Whether `edits` replace the whole of `text`: then the convention names
/// the new text whole (「第N条の見出しを「（…）」に改める」, 「題名を次のように改める」).
pub(super) fn replaces_all(edits: &[super::place::WordEdit], text: &str) -> bool {
    matches!(edits, [super::place::WordEdit::Replace(a, _)] if a == text)
}

/// The number of the chapter an article is in, if the rule has chapters.
fn chapter_of(reg: &Regulation, a: &Article) -> Option<u32> {
    let chapter = reg.chapters.iter().find(|c| c.sections.iter().any(|s| s.articles.iter().any(|x| x.id == a.id)))?;
    chapter.number.as_ref().map(|n| n.main)
}

/// The label of a 号 renumbered to `number`, in the label's own style:
/// (3) → (4), （３） → （４）, 三 → 四, ウ → エ.
pub fn relabel(label: &str, old_number: u32, number: u32) -> String {
    use crate::text::numerals::{full_width, is_numeral_char, kanji, AIUEO, IROHA};
    let chars: Vec<char> = label.chars().collect();
    let Some(first) = chars.iter().position(|c| is_numeral_char(*c)) else {
        // イ is first in イロハ and second in アイウ: the old number tells which.
        for order in [AIUEO, IROHA] {
            let at = |c: &char| order.chars().position(|o| o == *c).map(|p| p as u32 + 1);
            if let Some(pos) = chars.iter().position(|c| at(c) == Some(old_number)) {
                let mut out = chars.clone();
                match order.chars().nth(number.saturating_sub(1) as usize) {
                    Some(c) => out[pos] = c,
                    None => return label.to_string(),
                }
                return out.into_iter().collect();
            }
        }
        return label.to_string();
    };
    let end = chars[first..].iter().position(|c| !is_numeral_char(*c)).map_or(chars.len(), |e| first + e);
    let digits: String = if chars[first].is_ascii_digit() {
        number.to_string()
    } else if ('０'..='９').contains(&chars[first]) {
        full_width(number)
    } else {
        kanji(number)
    };
    chars[..first].iter().collect::<String>() + &digits + &chars[end..].iter().collect::<String>()
}

#[cfg(test)]
mod tests {
    use super::relabel;

    #[test]
    fn relabel_keeps_the_style() {
        assert_eq!(relabel("(3)", 3, 4), "(4)");
        assert_eq!(relabel("（３）", 3, 12), "（１２）");
        assert_eq!(relabel("三", 3, 4), "四");
        assert_eq!(relabel("九", 9, 10), "十");
        assert_eq!(relabel("ウ", 3, 4), "エ");
        assert_eq!(relabel("イ", 1, 2), "ロ");
    }
}
