//! Token-level inline diffs of two provisions (the `similar` crate over
//! lindera tokens). OWNER: differences work (issue 4).
//!
//! Both texts are NFKC-normalised without whitespace before tokenizing (so
//! １２ and 12, （ and ( tokenize alike), each token is compared on a key
//! (its normalised surface, with a scope suffix 等 folded away, see
//! `terms::canonical`), and runs carry the *original* text of each side.
//! Whitespace and line breaks ride along with the token before them.
use std::ops::Range;

use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices, Algorithm, DiffTag};
use unicode_normalization::UnicodeNormalization;

use super::index::TokenCache;
use super::terms;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    Equal,
    Insert,
    Delete,
}

/// A run of text in an inline diff; `text` is original (display) text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub kind: RunKind,
    pub text: String,
}

impl Run {
    pub fn is_change(&self) -> bool {
        self.kind != RunKind::Equal
    }
}

/// A text with its NFKC, whitespace-free form and a byte map back to the
/// original, so that analysis on the normalised form can quote the original.
#[derive(Debug, Clone)]
pub struct NormText {
    pub original: String,
    pub norm: String,
    /// For each byte of `norm`: the original byte range of the char it came from.
    map: Vec<(usize, usize)>,
}

impl NormText {
    pub fn new(original: &str) -> NormText {
        let mut norm = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (start, ch) in original.char_indices() {
            if ch.is_whitespace() {
                continue;
            }
            let end = start + ch.len_utf8();
            for nc in ch.encode_utf8(&mut buf).nfkc() {
                if nc.is_whitespace() {
                    continue;
                }
                norm.push(nc);
                map.extend(std::iter::repeat_n((start, end), nc.len_utf8()));
            }
        }
        NormText { original: original.to_string(), norm, map }
    }

    /// Original byte range covering the normalised byte range `r`.
    pub fn orig_range(&self, r: Range<usize>) -> Range<usize> {
        if r.start >= r.end || self.map.is_empty() {
            let at = self.map.get(r.start).map(|m| m.0).unwrap_or(self.original.len());
            return at..at;
        }
        self.map[r.start].0..self.map[r.end - 1].1
    }

    /// Original text of the normalised byte range `r`.
    pub fn orig(&self, r: Range<usize>) -> &str {
        &self.original[self.orig_range(r)]
    }
}

/// One comparison unit: a lindera token, with a following scope suffix
/// (等) merged in so that 保有個人情報等 and 保有個人情報 compare equal.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Byte range in the normalised text.
    pub norm: Range<usize>,
    /// Byte range of the display text in the original (whitespace after the
    /// token included).
    pub display: Range<usize>,
    pub key: String,
    /// Dictionary form (行わ → 行う).
    pub base: String,
    pub pos: String,
    pub pos_sub: String,
    /// The original has whitespace after this token (a layout break, e.g.
    /// after 第12条), which also ends a 文節.
    pub space_after: bool,
}

impl Unit {
    /// Particles, auxiliaries and punctuation: glue between content words.
    pub fn is_function_word(&self) -> bool {
        matches!(self.pos.as_str(), "助詞" | "助動詞" | "記号")
    }

    /// Nouns, verbs, adjectives and adverbs: the words containment counts.
    pub fn is_content_word(&self) -> bool {
        matches!(self.pos.as_str(), "名詞" | "動詞" | "形容詞" | "副詞")
    }

    /// An independent word (自立語) starts a 文節.
    fn starts_phrase(&self, prev: &Unit) -> bool {
        if prev.space_after {
            return true;
        }
        let independent = match self.pos.as_str() {
            "名詞" => !matches!(self.pos_sub.as_str(), "接尾" | "非自立"),
            "動詞" | "形容詞" => self.pos_sub == "自立",
            "副詞" | "連体詞" | "接続詞" | "接頭詞" | "感動詞" | "未知語" => true,
            "記号" => self.pos_sub == "括弧開",
            _ => false,
        };
        if !independent {
            return false;
        }
        match prev.pos.as_str() {
            "助詞" | "助動詞" | "記号" => true,
            // 確認/する stays one phrase; a verb after a verb starts one.
            "動詞" | "形容詞" | "副詞" | "連体詞" | "接続詞" => {
                !(self.pos == "動詞" && prev.pos == "名詞")
            }
            "名詞" => self.pos != "名詞" && self.pos != "動詞",
            _ => false,
        }
    }
}

/// A text cut into comparison units.
#[derive(Debug, Clone)]
pub struct Units {
    pub text: NormText,
    pub units: Vec<Unit>,
}

/// How many texts' units each thread keeps (about 20 kB each for a
/// paragraph): enough for every requirement of the shipped catalogs plus
/// the provisions of the comparisons in between.
const UNITS_CACHE_ENTRIES: usize = 256;

thread_local! {
    /// Units of texts recently cut on this thread. Comparisons cut the same
    /// texts again and again (a requirement for every provision it is
    /// compared with; a one-sentence paragraph as paragraph and as
    /// sentence), and a clone is much cheaper than tokenizing again.
    static UNITS_CACHE: std::cell::RefCell<std::collections::HashMap<String, Units>> = Default::default();
}

impl Units {
    /// `original` cut into units (cached per thread, see `UNITS_CACHE`).
    pub fn new(original: &str) -> Units {
        if let Some(units) = UNITS_CACHE.with(|c| c.borrow().get(original).cloned()) {
            return units;
        }
        let units = Units::cut(original);
        UNITS_CACHE.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.len() >= UNITS_CACHE_ENTRIES {
                cache.clear();
            }
            cache.insert(original.to_string(), units.clone());
        });
        units
    }

    fn cut(original: &str) -> Units {
        let text = NormText::new(original);
        let mut units: Vec<Unit> = Vec::new();
        for t in TokenCache::shared().tokens(&text.norm).iter() {
            let scope_suffix = terms_scope_suffix(&t.surface)
                && t.pos == "名詞"
                && units.last().is_some_and(|u| u.pos == "名詞" && u.norm.end == t.start);
            if scope_suffix {
                let last = units.last_mut().expect("checked above");
                last.norm.end = t.end;
                last.key = terms::canonical(&text.norm[last.norm.clone()]);
                continue;
            }
            units.push(Unit {
                norm: t.start..t.end,
                display: 0..0,
                key: t.surface.clone(),
                base: t.base.clone(),
                pos: t.pos.clone(),
                pos_sub: t.pos_sub.clone(),
                space_after: false,
            });
        }
        // Display ranges tile the original: each unit runs to the next one's start.
        let starts: Vec<usize> = units.iter().map(|u| text.orig_range(u.norm.clone()).start).collect();
        let n = units.len();
        for i in 0..n {
            let start = if i == 0 { 0 } else { starts[i] };
            let end = if i + 1 < n { starts[i + 1] } else { text.original.len() };
            units[i].display = start..end;
            units[i].space_after = text.original[start..end].ends_with(char::is_whitespace);
        }
        Units { text, units }
    }

    /// Compares units on their exact characters (whitespace dropped): no
    /// NFKC, no scope folding. 改め文 quote text verbatim, so a change of
    /// 等 or of ２ → 2 is a change there.
    pub fn with_exact_keys(mut self) -> Units {
        for u in &mut self.units {
            u.key = self.text.orig(u.norm.clone()).chars().filter(|c| !c.is_whitespace()).collect();
        }
        self
    }

    pub fn display(&self, r: Range<usize>) -> &str {
        if r.start >= r.end {
            return "";
        }
        &self.text.original[self.units[r.start].display.start..self.units[r.end - 1].display.end]
    }

    fn content_words(&self) -> usize {
        self.units.iter().filter(|u| u.is_content_word()).count()
    }

    fn norm_chars(&self, r: Range<usize>) -> usize {
        self.units[r].iter().map(|u| self.text.norm[u.norm.clone()].chars().count()).sum()
    }

    /// Units of the 文節 containing unit `i`.
    pub fn phrase_of(&self, i: usize) -> Range<usize> {
        let mut start = i;
        while start > 0 && !self.units[start].starts_phrase(&self.units[start - 1]) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < self.units.len() && !self.units[end].starts_phrase(&self.units[end - 1]) {
            end += 1;
        }
        start..end
    }
}

/// Size of the multiset intersection of the keys of `a`'s units that pass
/// `keep` and the keys of all of `b`'s units: the most units of `a` passing
/// `keep` that any diff of the two can find equal.
fn shared_keys(a: &Units, b: &Units, keep: impl Fn(&Unit) -> bool) -> usize {
    let mut available: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for u in &b.units {
        *available.entry(u.key.as_str()).or_insert(0) += 1;
    }
    let mut shared = 0;
    for u in a.units.iter().filter(|u| keep(u)) {
        if let Some(n) = available.get_mut(u.key.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            shared += 1;
        }
    }
    shared
}

fn terms_scope_suffix(surface: &str) -> bool {
    surface == "等"
}

/// One aligned stretch of two texts, in unit indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Equal { a: Range<usize>, b: Range<usize> },
    Change { a: Range<usize>, b: Range<usize> },
}

/// A token alignment of two texts.
#[derive(Debug, Clone)]
pub struct TokenDiff {
    pub a: Units,
    pub b: Units,
    pub segments: Vec<Segment>,
}

/// Equal stretches at most this long (in characters) between two changes
/// are folded into the change, so a diff is not confetti of の and 、.
const MAX_GLUE_CHARS: usize = 2;
/// … and stretches of particles/punctuation only, up to this long.
const MAX_FUNCTION_GLUE_CHARS: usize = 4;

impl TokenDiff {
    pub fn new(a: &str, b: &str) -> TokenDiff {
        TokenDiff::from_units(Units::new(a), Units::new(b))
    }

    /// Diff on exact characters (see [`Units::with_exact_keys`]), for 改め文.
    pub fn exact(a: &str, b: &str) -> TokenDiff {
        TokenDiff::from_units(Units::new(a).with_exact_keys(), Units::new(b).with_exact_keys())
    }

    /// Diff of two already tokenized texts.
    pub fn from_units(a: Units, b: Units) -> TokenDiff {
        let a_keys: Vec<&str> = a.units.iter().map(|u| u.key.as_str()).collect();
        let b_keys: Vec<&str> = b.units.iter().map(|u| u.key.as_str()).collect();
        let mut segments: Vec<Segment> = Vec::new();
        for op in capture_diff_slices(Algorithm::Myers, &a_keys, &b_keys) {
            let (tag, ar, br) = op.as_tag_tuple();
            match (tag, segments.last_mut()) {
                (DiffTag::Equal, _) => segments.push(Segment::Equal { a: ar, b: br }),
                (_, Some(Segment::Change { a, b })) => {
                    a.end = a.end.max(ar.end);
                    b.end = b.end.max(br.end);
                }
                _ => segments.push(Segment::Change { a: ar, b: br }),
            }
        }
        let mut diff = TokenDiff { a, b, segments };
        diff.merge_split_edits();
        diff.slide_to_boundaries();
        diff.fold_glue();
        diff
    }

    /// Del(X) Eq(E) Del(Y) where X begins with E is the same edit as
    /// Eq(E) Del(X′ E Y): one block reads better than two (likewise for
    /// insertions, and for Y ending with E).
    fn merge_split_edits(&mut self) {
        let mut k = 0;
        while k + 2 < self.segments.len() {
            let (Segment::Change { a: xa, b: xb }, Segment::Equal { a: ea, b: eb }, Segment::Change { a: ya, b: yb }) =
                (self.segments[k].clone(), self.segments[k + 1].clone(), self.segments[k + 2].clone())
            else {
                k += 1;
                continue;
            };
            let on_a = xb.is_empty() && yb.is_empty();
            let on_b = xa.is_empty() && ya.is_empty();
            if !on_a && !on_b {
                k += 1;
                continue;
            }
            let (side, x, e, y) = if on_a { (&self.a, &xa, &ea, &ya) } else { (&self.b, &xb, &eb, &yb) };
            let keys = |r: Range<usize>| side.units[r].iter().map(|u| u.key.as_str()).collect::<Vec<_>>();
            let n = e.len();
            let starts_with_e = x.len() >= n && keys(x.start..x.start + n) == keys(e.clone());
            let ends_with_e = y.len() >= n && keys(y.end - n..y.end) == keys(e.clone());
            let (eq_other, other_at) = if on_a { (eb.clone(), xb.start) } else { (ea.clone(), xa.start) };
            let block = x.start..y.end;
            let merged = if starts_with_e {
                let eq_side = x.start..x.start + n;
                let change_side = x.start + n..y.end;
                let (ea2, eb2) = if on_a { (eq_side, eq_other.clone()) } else { (eq_other.clone(), eq_side) };
                let other = eq_other.end..eq_other.end;
                let (ca, cb) = if on_a { (change_side, other) } else { (other, change_side) };
                Some([Segment::Equal { a: ea2, b: eb2 }, Segment::Change { a: ca, b: cb }])
            } else if ends_with_e {
                let eq_side = y.end - n..y.end;
                let change_side = block.start..y.end - n;
                let other = other_at..other_at;
                let (ca, cb) = if on_a { (change_side, other) } else { (other, change_side) };
                let (ea2, eb2) = if on_a { (eq_side, eq_other.clone()) } else { (eq_other.clone(), eq_side) };
                Some([Segment::Change { a: ca, b: cb }, Segment::Equal { a: ea2, b: eb2 }])
            } else {
                None
            };
            match merged {
                Some(m) => {
                    self.segments.splice(k..k + 3, m);
                }
                None => k += 1,
            }
        }
    }

    /// A pure insertion or deletion between two equal stretches can often
    /// sit at several offsets (the edges repeat). Myers picks the first;
    /// readers expect it at a natural boundary: a bracketed aside or a
    /// whole line, so slide it there.
    fn slide_to_boundaries(&mut self) {
        for k in 1..self.segments.len().saturating_sub(1) {
            let (Segment::Equal { a: pa, b: pb }, Segment::Change { a, b }, Segment::Equal { a: na, b: nb }) =
                (self.segments[k - 1].clone(), self.segments[k].clone(), self.segments[k + 1].clone())
            else {
                continue;
            };
            let (side, block, before, after) = match (a.is_empty(), b.is_empty()) {
                (false, true) => (&self.a, a.clone(), pa.len(), na.len()),
                (true, false) => (&self.b, b.clone(), pb.len(), nb.len()),
                _ => continue,
            };
            let keys = |i: usize| side.units[i].key.as_str();
            // Offsets d in [-before, after] where the block shifted by d is equivalent.
            let mut lo = 0isize;
            while (lo as usize) < before && keys(block.start - lo as usize - 1) == keys(block.end - lo as usize - 1) {
                lo += 1;
            }
            let mut hi = 0usize;
            while hi < after && keys(block.start + hi) == keys(block.end + hi) {
                hi += 1;
            }
            if lo == 0 && hi == 0 {
                continue;
            }
            // Sliding over a whole equal stretch joins this change to its neighbour.
            let joins_prev = k >= 2 && matches!(self.segments[k - 2], Segment::Change { .. }) && lo as usize == before;
            let joins_next =
                k + 2 < self.segments.len() && matches!(self.segments[k + 2], Segment::Change { .. }) && hi == after;
            let score = |start: usize, end: usize| -> i32 {
                if (joins_prev && start + lo as usize == block.start) || (joins_next && start == block.start + hi) {
                    return 10;
                }
                let first = &side.units[start];
                let last = &side.units[end - 1];
                let text_last = &side.text.original[last.display.clone()];
                let mut s = 0;
                if first.pos_sub == "括弧開" && last.pos_sub == "括弧閉" {
                    s += 3;
                }
                if text_last.contains('\n') || end == side.units.len() {
                    s += 2;
                }
                if start == 0 || side.text.original[side.units[start - 1].display.clone()].contains('\n') {
                    s += 1;
                }
                s
            };
            let best = (-lo..=hi as isize)
                .map(|d| {
                    let start = (block.start as isize + d) as usize;
                    (score(start, start + block.len()), d)
                })
                .max_by_key(|&(sc, d)| (sc, -d.abs()))
                .map(|(_, d)| d)
                .unwrap_or(0);
            if best == 0 {
                continue;
            }
            let shift = |r: &Range<usize>, d: isize| (r.start as isize + d) as usize..(r.end as isize + d) as usize;
            let (pa2, pb2) = (pa.start..(pa.end as isize + best) as usize, pb.start..(pb.end as isize + best) as usize);
            let (na2, nb2) = ((na.start as isize + best) as usize..na.end, (nb.start as isize + best) as usize..nb.end);
            self.segments[k - 1] = Segment::Equal { a: pa2, b: pb2 };
            self.segments[k] = Segment::Change { a: shift(&a, best), b: shift(&b, best) };
            self.segments[k + 1] = Segment::Equal { a: na2, b: nb2 };
        }
        self.segments.retain(|s| match s {
            Segment::Equal { a, .. } => !a.is_empty(),
            Segment::Change { a, b } => !a.is_empty() || !b.is_empty(),
        });
        // Changes that became adjacent are one change.
        let mut merged: Vec<Segment> = Vec::with_capacity(self.segments.len());
        for seg in self.segments.drain(..) {
            match (merged.last_mut(), &seg) {
                (Some(Segment::Change { a: pa, b: pb }), Segment::Change { a, b }) => {
                    pa.end = a.end.max(pa.end);
                    pb.end = b.end.max(pb.end);
                    if pa.start > a.start {
                        pa.start = a.start;
                    }
                    if pb.start > b.start {
                        pb.start = b.start;
                    }
                }
                _ => merged.push(seg),
            }
        }
        self.segments = merged;
    }

    /// Folds short equal stretches between two changes into one change.
    fn fold_glue(&mut self) {
        let mut i = 1;
        while i + 1 < self.segments.len() {
            let fold = match (&self.segments[i - 1], &self.segments[i], &self.segments[i + 1]) {
                (Segment::Change { a: pa, b: pb }, Segment::Equal { a, .. }, Segment::Change { a: na, b: nb }) => {
                    let chars = self.a.norm_chars(a.clone());
                    // A layout break (after 第12条, at a line end) is never glue.
                    let spaced = self.a.units[a.clone()].iter().any(|u| u.space_after);
                    let glue = self.a.units[a.clone()].iter().all(Unit::is_function_word);
                    let before = self.a.norm_chars(pa.clone()).max(self.b.norm_chars(pb.clone()));
                    let after = self.a.norm_chars(na.clone()).max(self.b.norm_chars(nb.clone()));
                    !spaced
                        && (chars <= MAX_GLUE_CHARS || (glue && chars <= MAX_FUNCTION_GLUE_CHARS))
                        && chars <= before
                        && chars <= after
                }
                _ => false,
            };
            if fold {
                let (Segment::Change { a: pa, b: pb }, Segment::Change { a: na, b: nb }) =
                    (self.segments[i - 1].clone(), self.segments[i + 1].clone())
                else {
                    unreachable!()
                };
                self.segments.splice(i - 1..i + 2, [Segment::Change { a: pa.start..na.end, b: pb.start..nb.end }]);
                i = i.saturating_sub(1).max(1);
            } else {
                i += 1;
            }
        }
    }

    /// Whether the two texts differ in wording (after normalisation).
    pub fn has_changes(&self) -> bool {
        self.segments.iter().any(|s| matches!(s, Segment::Change { .. }))
    }

    /// Share of units (of both sides) that are equal: 1.0 for identical wording.
    pub fn similarity(&self) -> f32 {
        let total = self.a.units.len() + self.b.units.len();
        if total == 0 {
            return 1.0;
        }
        let equal: usize = self
            .segments
            .iter()
            .map(|s| match s {
                Segment::Equal { a, .. } => 2 * a.len(),
                Segment::Change { .. } => 0,
            })
            .sum();
        equal as f32 / total as f32
    }

    /// Share of the shorter text's content words (nouns, verbs) found
    /// equal in the other: high when one provision restates part of the other.
    pub fn containment(&self) -> f32 {
        let mut equal = 0;
        for s in &self.segments {
            if let Segment::Equal { a, .. } = s {
                equal += self.a.units[a.clone()].iter().filter(|u| u.is_content_word()).count();
            }
        }
        let shorter = self.a.content_words().min(self.b.content_words());
        if shorter == 0 {
            return 0.0;
        }
        equal as f32 / shorter as f32
    }

    /// An upper bound of `TokenDiff::from_units(a, b).similarity()` without
    /// diffing: a unit can only be equal to a unit of the other side with
    /// the same key. Lets callers skip pairs that cannot reach a threshold.
    pub fn similarity_bound(a: &Units, b: &Units) -> f32 {
        let total = a.units.len() + b.units.len();
        if total == 0 {
            return 1.0;
        }
        (2 * shared_keys(a, b, |_| true)) as f32 / total as f32
    }

    /// An upper bound of `TokenDiff::from_units(a, b).containment()`, as
    /// [`TokenDiff::similarity_bound`].
    pub fn containment_bound(a: &Units, b: &Units) -> f32 {
        let shorter = a.content_words().min(b.content_words());
        if shorter == 0 {
            return 0.0;
        }
        shared_keys(a, b, Unit::is_content_word) as f32 / shorter as f32
    }

    /// The inline diff: equal runs show B's original text, changes show the
    /// deletion (A) before the insertion (B).
    pub fn runs(&self) -> Vec<Run> {
        let mut out = Vec::new();
        // Layout whitespace after an equal stretch; a pure deletion goes
        // before it, so the deleted text stays on its own line.
        let mut pending = "";
        for s in &self.segments {
            match s {
                Segment::Equal { b, .. } => {
                    push_run(&mut out, RunKind::Equal, pending);
                    let db = self.b.display(b.clone());
                    push_run(&mut out, RunKind::Equal, db.trim_end());
                    pending = &db[db.trim_end().len()..];
                }
                Segment::Change { a, b } => {
                    let (da, db) = (self.a.display(a.clone()), self.b.display(b.clone()));
                    if !b.is_empty() {
                        push_run(&mut out, RunKind::Equal, pending);
                        pending = "";
                    }
                    push_run(&mut out, RunKind::Delete, da.trim_end());
                    push_run(&mut out, RunKind::Insert, db.trim_end());
                    let tail = if b.is_empty() { &da[da.trim_end().len()..] } else { &db[db.trim_end().len()..] };
                    if pending.is_empty() {
                        pending = tail;
                    }
                }
            }
        }
        push_run(&mut out, RunKind::Equal, pending);
        out
    }

    /// A's text alone, with deletions marked (Equal/Delete runs).
    pub fn a_runs(&self, granularity: Granularity) -> Vec<Run> {
        let changed = self.changed_units(true, granularity);
        side_runs(&self.a, &changed, RunKind::Delete)
    }

    /// B's text alone, with insertions marked (Equal/Insert runs).
    pub fn b_runs(&self, granularity: Granularity) -> Vec<Run> {
        let changed = self.changed_units(false, granularity);
        side_runs(&self.b, &changed, RunKind::Insert)
    }

    fn changed_units(&self, a_side: bool, granularity: Granularity) -> Vec<bool> {
        let units = if a_side { &self.a } else { &self.b };
        let mut changed = vec![false; units.units.len()];
        for s in &self.segments {
            if let Segment::Change { a, b } = s {
                for i in if a_side { a.clone() } else { b.clone() } {
                    changed[i] = true;
                }
            }
        }
        if granularity == Granularity::Phrase {
            let marked: Vec<usize> = (0..changed.len()).filter(|&i| changed[i]).collect();
            for i in marked {
                // Punctuation alone does not pull its whole phrase in.
                if units.units[i].pos == "記号" {
                    continue;
                }
                for j in units.phrase_of(i) {
                    changed[j] = true;
                }
            }
        }
        changed
    }

    /// Maps a unit index of A to the aligned unit index of B (the start of
    /// the corresponding change, or the same offset in an equal stretch).
    pub fn a_to_b(&self, a_unit: usize) -> usize {
        for s in &self.segments {
            match s {
                Segment::Equal { a, b } if a.contains(&a_unit) => return b.start + (a_unit - a.start),
                Segment::Change { a, b } if a.contains(&a_unit) => return b.start,
                _ => {}
            }
        }
        self.b.units.len()
    }

    /// Maps a unit index of B to A (see `a_to_b`).
    pub fn b_to_a(&self, b_unit: usize) -> usize {
        for s in &self.segments {
            match s {
                Segment::Equal { a, b } if b.contains(&b_unit) => return a.start + (b_unit - b.start),
                Segment::Change { a, b } if b.contains(&b_unit) => return a.start,
                _ => {}
            }
        }
        self.a.units.len()
    }
}

/// How far a change mark extends on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// Exactly the changed tokens.
    Token,
    /// Whole 文節 (content word + its particles), as offices underline in a
    /// 新旧対照表: 「勤務時間中は」, not 「は」.
    Phrase,
}

fn side_runs(units: &Units, changed: &[bool], kind: RunKind) -> Vec<Run> {
    let mut out = Vec::new();
    for (i, u) in units.units.iter().enumerate() {
        let text = &units.text.original[u.display.clone()];
        if changed[i] {
            // Layout whitespace after a changed token is not itself marked.
            let content = text.trim_end();
            push_run(&mut out, kind, content);
            push_run(&mut out, RunKind::Equal, &text[content.len()..]);
        } else {
            push_run(&mut out, RunKind::Equal, text);
        }
    }
    if units.units.is_empty() && !units.text.original.is_empty() {
        push_run(&mut out, RunKind::Equal, &units.text.original);
    }
    out
}

fn push_run(out: &mut Vec<Run>, kind: RunKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => out.push(Run { kind, text: text.to_string() }),
    }
}

/// Inline token diff of two provisions (A = old/other, B = new/this).
pub fn diff(a: &str, b: &str) -> Vec<Run> {
    TokenDiff::new(a, b).runs()
}

/// Plain-text rendering with [-deleted-]{+inserted+} markers.
pub fn to_marked_text(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        match r.kind {
            RunKind::Equal => out.push_str(&r.text),
            RunKind::Delete => {
                out.push_str("[-");
                out.push_str(&r.text);
                out.push_str("-]");
            }
            RunKind::Insert => {
                out.push_str("{+");
                out.push_str(&r.text);
                out.push_str("+}");
            }
        }
    }
    out
}

/// ANSI rendering: deletions red struck through, insertions green underlined.
pub fn to_ansi(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        match r.kind {
            RunKind::Equal => out.push_str(&r.text),
            RunKind::Delete => out.push_str(&format!("\x1b[31;9m{}\x1b[0m", r.text)),
            RunKind::Insert => out.push_str(&format!("\x1b[32;4m{}\x1b[0m", r.text)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_and_spacing_differences_are_not_changes() {
        let runs = diff("第１２条　職員は、（１）を行う。", "第12条 職員は、(1)を行う。");
        assert!(runs.iter().all(|r| r.kind == RunKind::Equal), "{runs:?}");
        // Equal text is shown as B wrote it.
        assert_eq!(runs[0].text, "第12条 職員は、(1)を行う。");
    }

    #[test]
    fn scope_suffix_is_folded_but_real_changes_show() {
        // 上尾 第9条第2項 vs 龍ヶ崎 第10条第2項.
        let a = "アクセス権限を有しない職員は、保有個人情報等にアクセスしてはならない。";
        let b = "前項のアクセス権限を有しない職員等は、保有個人情報にアクセスしてはならない。";
        let runs = diff(a, b);
        assert_eq!(
            to_marked_text(&runs),
            "{+前項の+}アクセス権限を有しない職員等は、保有個人情報にアクセスしてはならない。"
        );
    }

    #[test]
    fn role_change_reads_as_one_replacement() {
        let runs = diff(
            "監査責任者を一人置くこととし、総務部長をもって充てる。",
            "監査責任者は、総合政策部デジタル都市推進課長をもって充てる。",
        );
        let marked = to_marked_text(&runs);
        // The shared 、 between the two changes is folded in: one replacement.
        assert_eq!(
            marked,
            "監査責任者[-を一人置くこととし、総務部長-]{+は、総合政策部デジタル都市推進課長+}をもって充てる。"
        );
    }

    #[test]
    fn particle_glue_between_changes_is_folded() {
        // 上尾 第34条第3項 vs 龍ヶ崎 第35条第3項 (tail).
        let a = "年１回以上、原則として実地検査又は入室が困難な場合は他の検査により確認するものとする。";
        let b = "実地検査又は書面による報告により確認することができる。";
        let runs = diff(a, b);
        let marked = to_marked_text(&runs);
        assert_eq!(
            marked,
            "[-年１回以上、原則として-]実地検査又は[-入室が困難な場合は他の検査-]{+書面による報告+}により確認する[-ものとする-]{+ことができる+}。"
        );
        // Adjacent runs of one kind are merged.
        assert!(runs.windows(2).all(|w| w[0].kind != w[1].kind));
    }

    #[test]
    fn phrase_granularity_underlines_whole_bunsetsu() {
        let d = TokenDiff::new("勤務時間中は使用してはならない。", "勤務時間中に私用で使用してはならない。");
        let marked_old = to_marked_text(&d.a_runs(Granularity::Phrase));
        let marked_new = to_marked_text(&d.b_runs(Granularity::Phrase));
        assert_eq!(marked_old, "[-勤務時間中は-]使用してはならない。");
        assert_eq!(marked_new, "{+勤務時間中に私用で+}使用してはならない。");
    }

    #[test]
    fn deletion_slides_to_the_bracketed_aside() {
        // 上尾 第34条第1項第8号 vs 龍ヶ崎 第35条第1項第8号.
        let a = "監査等に関する事項（再委託先の監査等に関する事項を含む。）";
        let b = "監査等に関する事項";
        assert_eq!(to_marked_text(&diff(a, b)), "監査等に関する事項[-（再委託先の監査等に関する事項を含む。）-]");
    }

    #[test]
    fn split_deletion_is_merged_into_one_block() {
        let a = "把握するための監査等に関する事項（再委託先の監査等に関する事項を含む。）\n2　保有";
        let b = "把握するための監査等に関する事項\n2　保有";
        assert_eq!(
            to_marked_text(&diff(a, b)),
            "把握するための監査等に関する事項[-（再委託先の監査等に関する事項を含む。）-]\n2　保有"
        );
    }

    #[test]
    fn deletions_split_by_a_comma_join_up() {
        let a = "管理の状況について、年１回以上、原則として実地検査又は";
        let b = "管理の状況について、実地検査又は";
        assert_eq!(to_marked_text(&diff(a, b)), "管理の状況について、[-年１回以上、原則として-]実地検査又は");
    }

    #[test]
    fn norm_text_maps_back_to_original() {
        let t = NormText::new("年１回以上、　原則");
        let at = t.norm.find("1回").unwrap();
        assert_eq!(t.orig(at..at + "1回".len()), "１回");
    }

    #[test]
    fn bounds_hold_and_rule_out_unrelated_sentences() {
        // After 上尾 第34条第3項 / 龍ヶ崎 第35条第3項 (abridged), and an unrelated duty.
        let a = Units::new("監査責任者は、保有個人情報等の管理の状況について、年１回以上、原則として実地検査により確認するものとする。");
        let b = Units::new(
            "監査責任者は、保有個人情報の管理の状況について、実地検査又は書面による報告により確認することができる。",
        );
        let unrelated = Units::new("職員は、端末を庁舎外に持ち出してはならない。");
        for (x, y) in [(&a, &b), (&b, &a), (&a, &unrelated)] {
            let d = TokenDiff::from_units(x.clone(), y.clone());
            assert!(TokenDiff::similarity_bound(x, y) >= d.similarity());
            assert!(TokenDiff::containment_bound(x, y) >= d.containment());
        }
        // The related pair stays above the comparison thresholds (0.4, 0.25),
        // the unrelated one is ruled out without a diff.
        assert!(TokenDiff::similarity_bound(&a, &b) > 0.4);
        assert!(
            TokenDiff::containment_bound(&a, &unrelated) < 0.25,
            "{}",
            TokenDiff::containment_bound(&a, &unrelated)
        );
    }
}
