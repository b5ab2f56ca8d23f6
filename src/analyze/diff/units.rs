//! Comparison units: a text normalised, tokenized, with scope suffixes folded.
use std::cell::RefCell;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};
use xxhash_rust::xxh3::Xxh3;

use super::recent::Recent;
use crate::analyze::terms;
use crate::analyze::text_analysis::TokenCache;
use crate::text::normalize::{full_width_to_ascii, plainly_nfkc_stable};
use crate::text::tokens::{intern, PartOfSpeech};

/// A text with its NFKC, whitespace-free form and a byte map back to the
/// original, so that analysis on the normalised form can quote the original.
#[derive(Debug, Clone)]
pub struct NormText {
    /// The text as written.
    pub original: String,
    /// NFKC, whitespace removed.
    pub norm: String,
    /// For each byte of `norm`: the original byte offset of the char it
    /// came from (its end is that char's end; texts are far below 4 GB).
    map: Vec<u32>,
}

impl NormText {
    /// Normalises `original`, keeping the byte map back to it.
    pub fn new(original: &str) -> NormText {
        let mut norm = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (start, ch) in original.char_indices() {
            if ch.is_whitespace() {
                continue;
            }
            // Full-width ASCII (１, （, Ａ: common in regulations) is its
            // ASCII character under NFKC; mapped here without the tables,
            // which took a quarter of this function's instructions.
            if let Some(ascii) = full_width_to_ascii(ch) {
                norm.push(ascii);
                map.push(start as u32);
                continue;
            }
            // Most characters (kana, kanji, punctuation) are their own NFKC.
            if plainly_nfkc_stable(ch) || is_nfkc_quick(std::iter::once(ch)) == IsNormalized::Yes {
                norm.push(ch);
                map.extend(std::iter::repeat_n(start as u32, ch.len_utf8()));
                continue;
            }
            for nc in ch.encode_utf8(&mut buf).nfkc() {
                if nc.is_whitespace() {
                    continue;
                }
                norm.push(nc);
                map.extend(std::iter::repeat_n(start as u32, nc.len_utf8()));
            }
        }
        NormText { original: original.to_string(), norm, map }
    }

    /// Original byte offset where the normalised byte `at` starts: the
    /// start of [`NormText::orig_range`] of a range from `at`, without
    /// finding its end.
    fn orig_start(&self, at: usize) -> usize {
        self.map.get(at).map_or(self.original.len(), |&m| m as usize)
    }

    /// Original byte range covering the normalised byte range `r`.
    pub(crate) fn orig_range(&self, r: Range<usize>) -> Range<usize> {
        if r.start >= r.end || self.map.is_empty() {
            let at = self.orig_start(r.start);
            return at..at;
        }
        let last = self.map[r.end - 1] as usize;
        let end = last + self.original[last..].chars().next().map_or(0, char::len_utf8);
        self.map[r.start] as usize..end
    }

    /// Original text of the normalised byte range `r`.
    pub(crate) fn orig(&self, r: Range<usize>) -> &str {
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
    /// What the diff compares: the normalised surface, scope suffix folded.
    pub key: &'static str,
    /// Interned id of `key` (see [`intern`]): the diff compares integers.
    key_id: u32,
    /// Dictionary form (行わ → 行う).
    pub base: &'static str,
    /// Part of speech.
    pub pos: PartOfSpeech,
    /// Part-of-speech subclass as IPADIC names it (自立, 括弧開 …).
    pub pos_sub: &'static str,
    /// The original has whitespace after this token (a layout break, e.g.
    /// after 第12条), which also ends a 文節.
    pub space_after: bool,
}

impl Unit {
    /// Particles, auxiliaries and punctuation: glue between content words.
    pub(crate) fn is_function_word(&self) -> bool {
        use PartOfSpeech::*;
        matches!(self.pos, Particle | AuxiliaryVerb | Symbol)
    }

    /// Nouns, verbs, adjectives and adverbs: the words containment counts.
    pub(crate) fn is_content_word(&self) -> bool {
        use PartOfSpeech::*;
        matches!(self.pos, Noun | Verb | Adjective | Adverb)
    }

    /// An independent word (自立語) starts a 文節.
    fn starts_phrase(&self, prev: &Unit) -> bool {
        use PartOfSpeech::*;
        if prev.space_after {
            return true;
        }
        let independent = match self.pos {
            Noun => !matches!(self.pos_sub, "接尾" | "非自立"),
            Verb | Adjective => self.pos_sub == "自立",
            Adverb | Adnominal | Conjunction | Prefix | Interjection | Unknown => true,
            Symbol => self.pos_sub == "括弧開",
            _ => false,
        };
        if !independent {
            return false;
        }
        match prev.pos {
            Particle | AuxiliaryVerb | Symbol => true,
            // 確認/する stays one phrase; a verb after a verb starts one.
            Verb | Adjective | Adverb | Adnominal | Conjunction => !(self.pos == Verb && prev.pos == Noun),
            Noun => self.pos != Noun && self.pos != Verb,
            _ => false,
        }
    }
}

/// A text cut into comparison units. Cheap to clone (shared): the same
/// texts are compared again and again (a requirement with every provision
/// that meets it, a sentence with every candidate counterpart).
#[derive(Debug, Clone)]
pub struct Units(Arc<UnitsData>);

/// The contents of [`Units`].
#[derive(Debug, Clone)]
pub struct UnitsData {
    /// The text the units cut.
    pub text: NormText,
    /// The units, in order.
    pub units: Vec<Unit>,
    /// Interned id of each unit's key (same order as `units`): the diff
    /// compares integers, not strings.
    pub(super) key_ids: Vec<u32>,
    /// `key_ids` sorted, and the ids of the content words sorted: the
    /// bounds before a diff are a merge of two sorted lists.
    pub(super) sorted_ids: Vec<u32>,
    sorted_content_ids: Vec<u32>,
    /// 128-bit hash of the text and its keys, which decide everything
    /// else: two `Units` with the same fingerprint diff alike (the memory
    /// of recent alignments, `TokenDiff::from_units`, is keyed by it).
    pub(super) fingerprint: u128,
    /// Where each key stands, made on the first [`common_subsequence`]
    /// with this text second: a provision's sentence is bounded against
    /// every sentence of every requirement it meets.
    key_masks: OnceLock<KeyMasks>,
    /// Which units start a 文節, found on first use (see
    /// [`UnitsData::phrase_starts`]).
    phrase_starts: OnceLock<Vec<bool>>,
}

impl std::ops::Deref for Units {
    type Target = UnitsData;
    fn deref(&self) -> &UnitsData {
        &self.0
    }
}

/// How many texts' units each thread keeps in each of the two generations
/// of its `Recent` cache (about 20 kB each for a paragraph): enough for every
/// requirement of the shipped catalogs plus the provisions compared in
/// between.
const UNITS_CACHE_ENTRIES: usize = 256;

thread_local! {
    /// Units of texts recently cut on this thread. Comparisons cut the same
    /// texts again and again (a one-sentence paragraph as paragraph and as
    /// sentence; in `reiki diff` and the pair pages, an article for each
    /// counterpart). The site's requirement ↔ provision comparisons also
    /// keep each text's units themselves (`pipeline::corpus::ComparedText`).
    static UNITS_CACHE: RefCell<Recent<String, Units>> = RefCell::new(Recent::new(UNITS_CACHE_ENTRIES));
}

impl Units {
    /// `original` cut into units (cached per thread, see `UNITS_CACHE`).
    pub fn new(original: &str) -> Units {
        let generation = TokenCache::shared().generation();
        if let Some(units) = UNITS_CACHE.with(|c| c.borrow_mut().get(original, generation)) {
            return units;
        }
        let units = Units::cut(original);
        UNITS_CACHE.with(|c| c.borrow_mut().insert(original.to_string(), units.clone()));
        units
    }

    fn cut(original: &str) -> Units {
        let text = NormText::new(original);
        let tokens = TokenCache::shared().tokens(&text.norm);
        let mut units: Vec<Unit> = Vec::with_capacity(tokens.len());
        for t in tokens.iter() {
            let scope_suffix = terms_scope_suffix(t.surface)
                && t.pos == PartOfSpeech::Noun
                && units.last().is_some_and(|u| u.pos == PartOfSpeech::Noun && u.norm.end == t.start);
            if scope_suffix {
                let last = units.last_mut().expect("checked above");
                last.norm.end = t.end;
                (last.key_id, last.key) = intern(&terms::canonical(&text.norm[last.norm.clone()]));
                continue;
            }
            units.push(Unit {
                norm: t.start..t.end,
                display: 0..0,
                key: t.surface,
                key_id: t.word,
                base: t.base,
                pos: t.pos,
                pos_sub: t.pos_sub,
                space_after: false,
            });
        }
        // Display ranges tile the original: each unit runs to the next one's start.
        let starts: Vec<usize> = units.iter().map(|u| text.orig_start(u.norm.start)).collect();
        let n = units.len();
        for i in 0..n {
            let start = if i == 0 { 0 } else { starts[i] };
            let end = if i + 1 < n { starts[i + 1] } else { text.original.len() };
            units[i].display = start..end;
            units[i].space_after = text.original[start..end].ends_with(char::is_whitespace);
        }
        Units::from_parts(text, units)
    }

    fn from_parts(text: NormText, units: Vec<Unit>) -> Units {
        let key_ids: Vec<u32> = units.iter().map(|u| u.key_id).collect();
        // One sort for both lists: each id with a low bit saying whether the
        // unit is a content word; the content words' ids, taken in that
        // order, are sorted too.
        let mut tagged: Vec<u64> =
            units.iter().map(|u| (u64::from(u.key_id) << 1) | u64::from(u.is_content_word())).collect();
        tagged.sort_unstable();
        let sorted_ids: Vec<u32> = tagged.iter().map(|&t| (t >> 1) as u32).collect();
        let sorted_content_ids: Vec<u32> = tagged.iter().filter(|&&t| t & 1 == 1).map(|&t| (t >> 1) as u32).collect();
        let mut hasher = Xxh3::new();
        hasher.update(&(text.original.len() as u64).to_le_bytes());
        hasher.update(text.original.as_bytes());
        // The ids in one update: the same digest as one update per id
        // (xxh3 streams), without the call's overhead per id.
        let ids: Vec<u8> = key_ids.iter().flat_map(|id| id.to_le_bytes()).collect();
        hasher.update(&ids);
        let fingerprint = hasher.digest128();
        let (key_masks, phrase_starts) = (OnceLock::new(), OnceLock::new());
        Units(Arc::new(UnitsData {
            text,
            units,
            key_ids,
            sorted_ids,
            sorted_content_ids,
            fingerprint,
            key_masks,
            phrase_starts,
        }))
    }

    /// Compares units on their exact characters (whitespace dropped): no
    /// NFKC, no scope folding. 改め文 quote text verbatim, so a change of
    /// 等 or of ２ → 2 is a change there.
    pub(crate) fn with_exact_keys(self) -> Units {
        self.with_keys(|text, u| text.orig(u.norm.clone()).chars().filter(|c| !c.is_whitespace()).collect())
    }

    /// Compares units on their NFKC text without scope folding: a 新旧対照表
    /// underlines 法令 → 法令等 (an amendment), not ２ → 2 (a format's).
    pub(crate) fn with_unfolded_keys(self) -> Units {
        self.with_keys(|text, u| text.norm[u.norm.clone()].to_string())
    }

    fn with_keys(self, key: impl Fn(&NormText, &Unit) -> String) -> Units {
        let UnitsData { text, mut units, .. } = Arc::unwrap_or_clone(self.0);
        for u in &mut units {
            (u.key_id, u.key) = intern(&key(&text, u));
        }
        Units::from_parts(text, units)
    }
}

impl UnitsData {
    /// Whether each unit starts a 文節 (the first always does). Kept once
    /// found: a requirement's and a provision's are read for each text
    /// they are compared with (the shared wording, the marked phrases).
    pub(crate) fn phrase_starts(&self) -> &[bool] {
        self.phrase_starts.get_or_init(|| {
            (0..self.units.len()).map(|i| i == 0 || self.units[i].starts_phrase(&self.units[i - 1])).collect()
        })
    }

    /// The original text of units `r` (whitespace after them included).
    pub fn display(&self, r: Range<usize>) -> &str {
        if r.start >= r.end {
            return "";
        }
        &self.text.original[self.units[r.start].display.start..self.units[r.end - 1].display.end]
    }

    pub(super) fn content_words(&self) -> usize {
        self.units.iter().filter(|u| u.is_content_word()).count()
    }

    pub(super) fn norm_chars(&self, r: Range<usize>) -> usize {
        // Characters counted as the bytes that are no UTF-8 continuation
        // byte: `chars().count()`'s count without its call per unit.
        let norm = self.text.norm.as_bytes();
        self.units[r].iter().map(|u| norm[u.norm.clone()].iter().filter(|&&b| (b as i8) >= -0x40).count()).sum()
    }
}

/// Size of the multiset intersection of `a`'s keys (only its content
/// words' when `content_only`) and all of `b`'s keys: the most units of
/// `a` that any diff of the two can find equal. A merge of sorted ids, no
/// allocation: it runs for every candidate pair before any diff.
pub(super) fn shared_keys(a: &Units, b: &Units, content_only: bool) -> usize {
    let xs = if content_only { &a.sorted_content_ids } else { &a.sorted_ids };
    let ys = &b.sorted_ids;
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < xs.len() && j < ys.len() {
        match xs[i].cmp(&ys[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Length of the longest common subsequence of `a`'s keys (its content
/// words' only when `content_only`) and all of `b`'s: the most units of
/// `a` that a diff of the two can find equal *in order* — tighter than
/// [`shared_keys`], and dearer.
pub(super) fn common_subsequence(a: &Units, b: &Units, content_only: bool) -> usize {
    let keys = a.key_ids.iter().zip(&a.units).filter(|(_, u)| !content_only || u.is_content_word()).map(|(k, _)| *k);
    longest_common_subsequence(keys, b.key_masks.get_or_init(|| KeyMasks::new(&b.key_ids)))
}

/// Where each key of a sequence stands, as a bit mask over the sequence
/// (`words` 64-bit words): one row per distinct key, the keys sorted.
#[derive(Debug, Clone)]
pub(super) struct KeyMasks {
    keys: Vec<u32>,
    /// The sequence's length.
    len: usize,
    words: usize,
    rows: Vec<u64>,
}

impl KeyMasks {
    pub(super) fn new(ys: &[u32]) -> KeyMasks {
        let mut keys = ys.to_vec();
        keys.sort_unstable();
        keys.dedup();
        let words = ys.len().div_ceil(64);
        let mut rows = vec![0; keys.len() * words];
        for (j, y) in ys.iter().enumerate() {
            let row = keys.binary_search(y).expect("every key of the sequence is listed");
            rows[row * words + j / 64] |= 1 << (j % 64);
        }
        KeyMasks { keys, len: ys.len(), words, rows }
    }

    /// The mask of `key`, if the sequence holds it.
    fn of(&self, key: u32) -> Option<&[u64]> {
        let row = self.keys.binary_search(&key).ok()?;
        Some(&self.rows[row * self.words..][..self.words])
    }
}

/// The length of the longest common subsequence of `xs` and the sequence
/// `ys` masks, bit-parallel (Hyyrö, 2004): one pass over `xs`, each step a
/// few 64-bit words of `ys`'s length instead of a row of a table.
pub(super) fn longest_common_subsequence(xs: impl Iterator<Item = u32>, ys: &KeyMasks) -> usize {
    // A zero bit of `row` at j: the subsequence gets one longer by the
    // time `ys[..=j]` is read.
    let mut row = vec![u64::MAX; ys.words];
    for x in xs {
        let Some(mask) = ys.of(x) else { continue };
        // row = (row + (row & mask)) | (row & !mask), the sum carried across words.
        let mut carry = false;
        for (r, m) in row.iter_mut().zip(mask) {
            let (sum, over) = r.overflowing_add(*r & m);
            let (sum, over_carry) = sum.overflowing_add(u64::from(carry));
            carry = over || over_carry;
            *r = sum | (*r & !m);
        }
    }
    // Bits past the end of `ys` are no positions: set them before counting.
    let used = ys.len % 64;
    if let (Some(last), true) = (row.last_mut(), used != 0) {
        *last |= u64::MAX << used;
    }
    row.iter().map(|r| r.count_zeros() as usize).sum()
}

fn terms_scope_suffix(surface: &str) -> bool {
    surface == "等"
}
