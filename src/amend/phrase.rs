//! The word edits of one provision text (a 見出し, 項, 号 or 章名): quoted
//! spans cut at lindera token boundaries, grown to whole words, as short as
//! possible and unique in the scope the clause names.
use std::ops::Range;

use super::place::WordEdit;
use crate::analyze::diff::{DiffSegment, TokenDiff, Unit, Units};
use crate::text::tokens::PartOfSpeech;

/// `next` continues the word that `prev` ends: a compound noun
/// (勤務＋時間＋中) or a suffix. A quoted span never cuts there.
fn continues(prev: &Unit, next: &Unit) -> bool {
    !prev.space_after
        && ((prev.pos == PartOfSpeech::Noun && next.pos == PartOfSpeech::Noun)
            || next.pos_sub == "接尾"
            || prev.pos == PartOfSpeech::Prefix)
}

/// Particles and auxiliaries: a replaced span does not start with one when
/// both sides do (「は」→「に」 quotes the word before it too).
fn is_particle(u: &Unit) -> bool {
    matches!(u.pos, PartOfSpeech::Particle | PartOfSpeech::AuxiliaryVerb)
}

/// Occurrences of `needle` in `hay`, overlapping ones included: a span
/// counted once is changed at one place by `apply`, which changes every
/// occurrence.
pub fn count(hay: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return usize::MAX;
    }
    hay.char_indices().filter(|(i, _)| hay[*i..].starts_with(needle)).count()
}

/// 「」 balanced, so that the quoted text can be read back unambiguously.
fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// Original text of units `r` (from the first unit's first character to the last one's last).
fn text_of(side: &Units, r: Range<usize>) -> String {
    if r.is_empty() {
        return String::new();
    }
    side.text.orig(side.units[r.start].norm.start..side.units[r.end - 1].norm.end).to_string()
}

/// Change blocks of the diff, each widened to whole words.
fn word_changes(d: &TokenDiff) -> Vec<(Range<usize>, Range<usize>)> {
    let (au, bu) = (&d.a.units, &d.b.units);
    let mut out: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for s in &d.segments {
        let DiffSegment::Change { a, b } = s else { continue };
        let (mut a, mut b) = (a.clone(), b.clone());
        loop {
            // Equal context on both sides: au[a.start - 1] == bu[b.start - 1].
            if a.start == 0 || b.start == 0 {
                break;
            }
            let prev = &au[a.start - 1];
            let firsts: Vec<&Unit> =
                [au.get(a.start).filter(|_| !a.is_empty()), bu.get(b.start).filter(|_| !b.is_empty())]
                    .into_iter()
                    .flatten()
                    .collect();
            let cut_word = firsts.iter().any(|f| continues(prev, f));
            let particles = !a.is_empty() && !b.is_empty() && firsts.iter().all(|f| is_particle(f));
            if !(cut_word || particles) {
                break;
            }
            a.start -= 1;
            b.start -= 1;
        }
        while a.end < au.len() && b.end < bu.len() {
            let next = &au[a.end];
            let lasts = [
                a.end.checked_sub(1).filter(|_| !a.is_empty()).map(|k| &au[k]),
                b.end.checked_sub(1).filter(|_| !b.is_empty()).map(|k| &bu[k]),
            ];
            if !lasts.into_iter().flatten().any(|l| continues(l, next)) {
                break;
            }
            a.end += 1;
            b.end += 1;
        }
        match out.last_mut() {
            Some((pa, pb)) if pa.end >= a.start => {
                pa.end = pa.end.max(a.end);
                pb.end = pb.end.max(b.end);
            }
            _ => out.push((a, b)),
        }
    }
    out
}

/// Start of the word that ends just before unit `end` (compound nouns kept whole).
fn word_start(units: &[Unit], end: usize) -> usize {
    let mut s = end.saturating_sub(1);
    while s > 0 && continues(&units[s - 1], &units[s]) {
        s -= 1;
    }
    s
}

/// Punctuation and particles are not worth a widening step of their own.
fn is_glue(u: &Unit) -> bool {
    is_particle(u) || (u.pos == PartOfSpeech::Symbol && u.pos_sub != "括弧開")
}

/// Moves a span's start back by one word (and over the particles before it).
fn widen_left(units: &[Unit], start: usize, floor: usize) -> usize {
    let mut l = word_start(units, start).max(floor);
    while l > floor && is_glue(&units[l]) {
        l = word_start(units, l).max(floor);
    }
    l
}

/// Moves a span's end forward by one word, and over the particles after it
/// unless the span was empty (an insertion quotes just the word after it).
fn widen_right(units: &[Unit], start: usize, end: usize, ceil: usize) -> usize {
    let mut r = end + 1;
    while r < ceil && continues(&units[r - 1], &units[r]) {
        r += 1;
    }
    while r < ceil && is_glue(&units[r]) && start < end {
        r += 1;
    }
    r.min(ceil)
}

/// 「A」を「B」に改める, or 「A」を削る when B is empty.
fn replace_or_delete(quoted: &str, replacement: &str) -> WordEdit {
    if replacement.is_empty() {
        WordEdit::Delete(quoted.to_string())
    } else {
        WordEdit::Replace(quoted.to_string(), replacement.to_string())
    }
}

/// Change `k`'s words and their replacement alone, with the later changes
/// alike, when every place `current` says those words is changed the same
/// way and no other text of the place says them: one edit for all.
fn alike_everywhere(
    d: &TokenDiff,
    changes: &[(Range<usize>, Range<usize>)],
    k: usize,
    current: &str,
    others: &[String],
) -> Option<(String, String, Vec<usize>)> {
    let texts = |(a, b): &(Range<usize>, Range<usize>)| (text_of(&d.a, a.clone()), text_of(&d.b, b.clone()));
    let said = texts(&changes[k]);
    let alike: Vec<usize> = (k + 1..changes.len()).filter(|&j| texts(&changes[j]) == said).collect();
    let (quoted, replacement) = said;
    let everywhere = count(current, &quoted) == 1 + alike.len() && others.iter().all(|o| count(o, &quoted) == 0);
    let quotable = !quoted.is_empty() && balanced(&quoted) && balanced(&replacement);
    (!alike.is_empty() && quotable && everywhere).then_some((quoted, replacement, alike))
}

/// The word edits that turn `old` into `new`, in text order. An edit
/// changes every occurrence of its span in its place (as 法制執務 reads
/// 「A」を「B」に改める), so words changed the same way wherever this text
/// says them, and nowhere else in the place, are one edit of the words
/// alone; any other span is unique in the scope made of this text and
/// `others` (the other texts the clause's place covers, as they read when
/// the edit is applied). Without `widen` each span is the changed words
/// alone. None when some span cannot be made unique inside this text.
pub fn word_edits(old: &str, new: &str, others: &[String], widen: bool) -> Option<Vec<WordEdit>> {
    edits_of(old, new, others, widen, true).or_else(|| edits_of(old, new, others, widen, false))
}

/// [`word_edits`], changes said alike joined into one edit only with `join_alike`.
fn edits_of(old: &str, new: &str, others: &[String], widen: bool, join_alike: bool) -> Option<Vec<WordEdit>> {
    let d = TokenDiff::exact(old, new);
    let au = &d.a.units;
    let mut current = old.to_string();
    let mut edits = Vec::new();
    // Widening stops at the previous change: its text is already rewritten.
    let mut floor_a = 0;
    let changes = word_changes(&d);
    // Changes already made by an earlier edit of the same words.
    let mut done = vec![false; changes.len()];
    for (k, (a, b)) in changes.iter().enumerate() {
        if done[k] {
            floor_a = floor_a.max(a.end);
            continue;
        }
        let ceil_a = changes.get(k + 1).map_or(au.len(), |n| n.0.start);
        let unique = |q: &str, cur: &str| count(cur, q) + others.iter().map(|o| count(o, q)).sum::<usize>() == 1;
        if join_alike {
            if let Some((quoted, replacement, alike)) = alike_everywhere(&d, &changes, k, &current, others) {
                alike.into_iter().for_each(|j| done[j] = true);
                current = current.replace(&quoted, &replacement);
                edits.push(replace_or_delete(&quoted, &replacement));
                floor_a = a.end;
                continue;
            }
        }
        let mut chosen = None;
        // A pure insertion after a word: 「A」の下に「B」を加える.
        if a.is_empty() && a.start > floor_a {
            let added = text_of(&d.b, b.clone());
            // The word before, with the particles and punctuation that end it.
            let mut s = widen_left(au, a.start, floor_a);
            loop {
                let anchor = text_of(&d.a, s..a.start);
                if balanced(&anchor) && balanced(&added) && unique(&anchor, &current) {
                    let extended = format!("{anchor}{added}");
                    chosen = Some((WordEdit::InsertAfter(anchor.clone(), added.clone()), anchor, extended, a.start));
                    break;
                }
                if s <= floor_a || !widen {
                    break;
                }
                s = widen_left(au, s, floor_a);
            }
        }
        // Otherwise a replacement or deletion, widened word by word (left first).
        let (mut l, mut r) = (a.start, a.end);
        let mut left_turn = true;
        while chosen.is_none() {
            let quoted = text_of(&d.a, l..r);
            // The widened context is equal text, the same on both sides.
            let replacement = text_of(&d.b, b.start - (a.start - l)..b.end + (r - a.end));
            if !quoted.is_empty() && balanced(&quoted) && balanced(&replacement) && unique(&quoted, &current) {
                chosen = Some((replace_or_delete(&quoted, &replacement), quoted, replacement, r));
                break;
            }
            let can_left = l > floor_a;
            let can_right = r < ceil_a;
            if (!can_left && !can_right) || (!widen && !quoted.is_empty()) {
                return None;
            }
            if (left_turn && can_left) || !can_right {
                l = widen_left(au, l, floor_a);
            } else {
                r = widen_right(au, l, r, ceil_a);
            }
            left_turn = !left_turn;
        }
        let (edit, quoted, replacement, end_a) = chosen.expect("loop ends with a choice");
        let at = current.find(&quoted)?;
        current.replace_range(at..at + quoted.len(), &replacement);
        edits.push(edit);
        floor_a = end_a;
    }
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    (squash(&current) == squash(new)).then_some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_004_paragraph_2_quotes_whole_words() {
        let old = "前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中は使用してはならない。";
        let new =
            "職員は、前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中に私用で使用してはならない。";
        let edits = word_edits(old, new, &[], true).unwrap();
        assert_eq!(
            edits,
            vec![
                WordEdit::Replace("前項".into(), "職員は、前項".into()),
                WordEdit::Replace("勤務時間中は".into(), "勤務時間中に私用で".into()),
            ]
        );
    }

    #[test]
    fn compound_nouns_are_not_cut_and_spans_are_unique() {
        let edits = word_edits(
            "広報戦略部長は、広報戦略課の職員を指名する。",
            "総務部長は、広報戦略課の職員を指名する。",
            &[],
            true,
        )
        .unwrap();
        assert_eq!(edits, vec![WordEdit::Replace("広報戦略部長".into(), "総務部長".into())]);
        // 「年1回」 occurs in another paragraph of the article: widened to a unique span.
        let others = vec!["監査は、年1回行う。".to_string()];
        let edits = word_edits("点検は、年1回行う。", "点検は、年2回行う。", &others, true).unwrap();
        assert_eq!(word_edits("点検は、年1回行う。", "点検は、年2回行う。", &others, false), None);
        assert_eq!(edits, vec![WordEdit::Replace("点検は、年1回".into(), "点検は、年2回".into())]);
    }
}
