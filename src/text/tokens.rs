//! Japanese tokenization with lindera and the IPADIC dictionary compiled
//! offline by `build.rs`.
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use lindera::dictionary::Dictionary;
use lindera::mode::Mode;
use lindera::segmenter::Segmenter;
use lindera_dictionary::viterbi::Lattice;
use serde::{Deserialize, Serialize};

use super::hash::FastHashState;

mod ipadic {
    lindera_dictionary::embedded_dictionary!("/lindera-ipadic", EmbeddedIpadicLoader);
}

/// Part of speech (品詞), the first field of an IPADIC entry; serialised as
/// the dictionary writes it (名詞).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartOfSpeech {
    /// 名詞
    #[serde(rename = "名詞")]
    Noun,
    /// 動詞
    #[serde(rename = "動詞")]
    Verb,
    /// 形容詞
    #[serde(rename = "形容詞")]
    Adjective,
    /// 副詞
    #[serde(rename = "副詞")]
    Adverb,
    /// 連体詞 (この, 当該 is a noun)
    #[serde(rename = "連体詞")]
    Adnominal,
    /// 接続詞 (又は, 及び)
    #[serde(rename = "接続詞")]
    Conjunction,
    /// 接頭詞 (各, 本)
    #[serde(rename = "接頭詞")]
    Prefix,
    /// 感動詞
    #[serde(rename = "感動詞")]
    Interjection,
    /// 助詞 (は, を, の)
    #[serde(rename = "助詞")]
    Particle,
    /// 助動詞 (ない, ます)
    #[serde(rename = "助動詞")]
    AuxiliaryVerb,
    /// 記号 (punctuation, brackets)
    #[serde(rename = "記号")]
    Symbol,
    /// フィラー
    #[serde(rename = "フィラー")]
    Filler,
    /// 未知語: a word the dictionary does not know (often a name).
    #[serde(rename = "未知語")]
    Unknown,
    /// その他, and any class this list does not name.
    #[serde(rename = "その他")]
    Other,
}

impl PartOfSpeech {
    /// The class as IPADIC names it.
    pub fn from_ipadic(name: &str) -> PartOfSpeech {
        match name {
            "名詞" => PartOfSpeech::Noun,
            "動詞" => PartOfSpeech::Verb,
            "形容詞" => PartOfSpeech::Adjective,
            "副詞" => PartOfSpeech::Adverb,
            "連体詞" => PartOfSpeech::Adnominal,
            "接続詞" => PartOfSpeech::Conjunction,
            "接頭詞" => PartOfSpeech::Prefix,
            "感動詞" => PartOfSpeech::Interjection,
            "助詞" => PartOfSpeech::Particle,
            "助動詞" => PartOfSpeech::AuxiliaryVerb,
            "記号" => PartOfSpeech::Symbol,
            "フィラー" => PartOfSpeech::Filler,
            "未知語" => PartOfSpeech::Unknown,
            _ => PartOfSpeech::Other,
        }
    }
}

/// One morpheme: surface form, dictionary base form, part of speech, and its
/// byte span in the text that was tokenized. Its words come from the
/// process's word table (`intern`), so a token is copied, never allocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    /// The text as written.
    pub surface: &'static str,
    /// The surface's id in the word table: what diffs compare.
    #[serde(skip)]
    pub word: u32,
    /// Dictionary form (行わ → 行う); the surface when the dictionary has none.
    pub base: &'static str,
    /// Part of speech.
    pub pos: PartOfSpeech,
    /// Its subclass as IPADIC names it (自立, 非自立, サ変接続, 括弧開 …),
    /// from the process's word table (`intern`).
    pub pos_sub: &'static str,
    /// Byte offset of the start in the tokenized text.
    pub start: usize,
    /// Byte offset of the end in the tokenized text.
    pub end: usize,
}

impl Token {
    /// A word that carries content: nouns, verbs, adjectives, adverbs and
    /// unknown words, without dependent or numeric ones.
    pub(crate) fn is_content(&self) -> bool {
        use PartOfSpeech::*;
        matches!(self.pos, Noun | Verb | Adjective | Adverb | Unknown)
            && !matches!(self.pos_sub, "非自立" | "代名詞" | "数" | "接尾")
    }
}

fn segmenter() -> &'static Segmenter {
    static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();
    SEGMENTER.get_or_init(|| {
        let dictionary: Dictionary = ipadic::load().expect("embedded IPADIC dictionary is valid");
        Segmenter::new(Mode::Normal, dictionary, None)
    })
}

/// The process's word table: each distinct word (a unit's key, a base
/// form, a part-of-speech subclass) is stored once and gets an id, so
/// tokens and diff units hold `&'static str`s instead of strings of their
/// own, and diffs compare ids. Like a dictionary, it only grows (by the
/// distinct words seen) and is never emptied: words held by a build
/// running at the same time refer to it.
pub(crate) fn intern(word: &str) -> (u32, &'static str) {
    static TABLE: OnceLock<RwLock<HashMap<&'static str, u32, FastHashState>>> = OnceLock::new();
    let table = TABLE.get_or_init(Default::default);
    if let Some((&text, &id)) = table.read().expect("word table lock").get_key_value(word) {
        return (id, text);
    }
    let mut table = table.write().expect("word table lock");
    if let Some((&text, &id)) = table.get_key_value(word) {
        return (id, text);
    }
    let text: &'static str = Box::leak(word.into());
    let id = table.len() as u32;
    table.insert(text, id);
    (id, text)
}

/// What the dictionary says about one entry, its words from the process's
/// word table ([`intern`]): a token copies them instead of allocating.
#[derive(Debug, Clone, Copy)]
struct WordDetails {
    pos: PartOfSpeech,
    /// The subclass as IPADIC names it ("*" when it gives none).
    pos_sub: &'static str,
    /// Dictionary form, None when the dictionary has none ("*").
    base: Option<&'static str>,
}

/// A dictionary entry: its word id, and whether it is an unknown word and
/// whether it comes from the system dictionary (ids are unique per pair).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct EntryKey {
    id: u32,
    unknown: bool,
    system: bool,
}

thread_local! {
    /// One Viterbi lattice per thread, reused across texts instead of
    /// allocated per call.
    static LATTICE: RefCell<Lattice> = RefCell::new(Lattice::default());
    /// Details per dictionary entry, looked up once per thread: a word
    /// recurs thousands of times in a corpus, and reading its CSV fields
    /// for each occurrence costs two allocations.
    static DETAILS: RefCell<HashMap<EntryKey, WordDetails, FastHashState>> = RefCell::default();
}

fn details_of(token: &mut lindera::token::Token) -> WordDetails {
    let key =
        EntryKey { id: token.word_id.id(), unknown: token.word_id.is_unknown(), system: token.word_id.is_system() };
    if let Some(d) = DETAILS.with(|c| c.borrow().get(&key).copied()) {
        return d;
    }
    let details = token.details();
    let pos = PartOfSpeech::from_ipadic(details.first().copied().unwrap_or("未知語"));
    let pos_sub = intern(details.get(1).copied().unwrap_or("*")).1;
    let base = details.get(6).copied().filter(|b| *b != "*" && !b.is_empty()).map(|b| intern(b).1);
    let d = WordDetails { pos, pos_sub, base };
    DETAILS.with(|c| c.borrow_mut().insert(key, d));
    d
}

/// `text` as it is segmented: U+3000 (全角空白) swapped for three ASCII
/// spaces, since the dictionary builder drops it, so runs of it would become
/// unknown nouns. Three spaces keep byte offsets valid in `text`.
pub fn segmented_form(text: &str) -> Cow<'_, str> {
    if text.contains('\u{3000}') {
        Cow::Owned(text.replace('\u{3000}', "   "))
    } else {
        Cow::Borrowed(text)
    }
}

/// lindera 6.2 cuts a piece with no delimiter after this many bytes
/// (its `MAX_SENTENCE_BYTES`, not exported), to bound the lattice.
const LINDERA_MAX_PIECE_BYTES: usize = 32 * 1024;

/// The pieces lindera segments a text in, each with a lattice of its own:
/// up to and including each line break, tab, 。 and 、, a piece with none
/// of them cut every 32 KiB (`LINDERA_MAX_PIECE_BYTES`, at a character boundary).
/// So a text's tokens are its pieces' tokens side by side, and a clause
/// that recurs in many texts need be segmented once
/// ([`crate::analyze::text_analysis::TokenCache`]). Call it on the
/// [`segmented_form`]; the same cut as lindera's `find_sentence_end`.
pub fn pieces(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // Candidates found with memchr: a line break, a tab, or 0x80, the
    // middle byte of 、 (E3 80 81) and 。 (E3 80 82).
    let mut candidates = memchr::memchr3_iter(b'\n', b'\t', 0x80, bytes);
    let mut next_delimiter_end = || {
        candidates.find_map(|at| match bytes[at] {
            b'\n' | b'\t' => Some(at + 1),
            _ if at >= 1 && bytes[at - 1] == 0xE3 && matches!(bytes.get(at + 1), Some(0x81 | 0x82)) => Some(at + 2),
            _ => None,
        })
    };
    let mut delimiter_end = next_delimiter_end();
    while start < bytes.len() {
        // Where lindera cuts a piece with no delimiter: the first
        // character boundary `LINDERA_MAX_PIECE_BYTES` or more on.
        let mut forced = (start + LINDERA_MAX_PIECE_BYTES).min(bytes.len());
        while !text.is_char_boundary(forced) {
            forced += 1;
        }
        let end = match delimiter_end {
            Some(d) if d <= forced => {
                delimiter_end = next_delimiter_end();
                d
            }
            _ => forced,
        };
        out.push(start..end);
        start = end;
    }
    out
}

/// Tokenizes `text` (in its [`segmented_form`]).
///
/// Stages do not call this: they ask the run's [`crate::analyze::text_analysis::TokenCache`].
pub fn tokenize(text: &str) -> Vec<Token> {
    calls::note(text);
    let cleaned = segmented_form(text);
    let segmented =
        LATTICE.with(|l| segmenter().segment_with_lattice(Cow::Borrowed(cleaned.as_ref()), &mut l.borrow_mut()));
    let mut tokens = match segmented {
        Ok(tokens) => tokens,
        Err(_) => return Vec::new(),
    };
    tokens
        .iter_mut()
        .filter(|t| !t.surface.trim().is_empty())
        .map(|t| {
            let start = t.byte_start;
            let end = t.byte_end;
            let WordDetails { pos, pos_sub, base } = details_of(t);
            let (word, surface) = intern(&text[start..end]);
            Token { surface, word, base: base.unwrap_or(surface), pos, pos_sub, start, end }
        })
        .collect()
}

/// A counting hook on [`tokenize`], so that a test can check that a run
/// tokenizes each distinct text once (`tests/tokenize_once.rs`). Off unless
/// [`calls::record`] turns it on; then each call notes its text.
pub mod calls {
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;

    static RECORDING: AtomicBool = AtomicBool::new(false);
    static CALLS: Mutex<Option<HashMap<String, usize>>> = Mutex::new(None);

    /// Starts (or restarts) counting the calls of `tokenize` per text.
    pub fn record() {
        *CALLS.lock().expect("calls lock") = Some(HashMap::new());
        RECORDING.store(true, Ordering::SeqCst);
    }

    /// Stops counting and returns how often each text was tokenized.
    pub fn take() -> HashMap<String, usize> {
        RECORDING.store(false, Ordering::SeqCst);
        CALLS.lock().expect("calls lock").take().unwrap_or_default()
    }

    pub(super) fn note(text: &str) {
        if RECORDING.load(Ordering::Relaxed) {
            if let Some(calls) = CALLS.lock().expect("calls lock").as_mut() {
                *calls.entry(text.to_string()).or_insert(0) += 1;
            }
        }
    }
}

/// Bare lindera over `text`: segmentation only, no part of speech or base
/// form looked up. The floor a build's tokenizing is measured against
/// (`examples/bench_site.rs`); returns the number of tokens.
pub fn bare_segment_count(text: &str) -> usize {
    segmenter().segment(Cow::Borrowed(text)).map(|t| t.len()).unwrap_or(0)
}

/// The katakana reading of `text` from the dictionary (上尾市 → アゲオシ);
/// a word the dictionary does not know is kept as written.
pub fn reading(text: &str) -> String {
    let Ok(tokens) = segmenter().segment(Cow::Borrowed(text)) else { return text.to_string() };
    let mut tokens = tokens;
    tokens
        .iter_mut()
        .map(|t| {
            let surface = t.surface.to_string();
            match t.details().get(7).copied() {
                Some(r) if r != "*" && !r.is_empty() => r.to_string(),
                _ => surface,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens of `text` segmented piece by piece, as the token cache does.
    fn by_pieces(text: &str) -> Vec<Token> {
        let segmented = segmented_form(text);
        let mut out = Vec::new();
        for piece in pieces(&segmented) {
            for mut t in tokenize(&segmented[piece.clone()]) {
                t.start += piece.start;
                t.end += piece.start;
                out.push(t);
            }
        }
        out
    }

    #[test]
    fn the_pieces_are_where_lindera_cuts() {
        let text = "保護管理者は、保有個人情報を\n管理する。\tただし書";
        let cut: Vec<&str> = pieces(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(cut, ["保護管理者は、", "保有個人情報を\n", "管理する。", "\t", "ただし書"]);
        // A katakana run is one unknown word as long as lindera keeps it
        // whole: a piece boundary other than lindera's own 32 KiB cut
        // would split it elsewhere.
        let long = "ア".repeat(LINDERA_MAX_PIECE_BYTES / 3 + 100);
        assert_eq!(pieces(&long), [0..LINDERA_MAX_PIECE_BYTES + 1, LINDERA_MAX_PIECE_BYTES + 1..long.len()]);
        assert_eq!(by_pieces(&long), tokenize(&long));
    }

    /// The cut of `pieces`, byte by byte: what lindera's `find_sentence_end` does.
    fn pieces_byte_by_byte(text: &str) -> Vec<std::ops::Range<usize>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let (mut start, mut end) = (0, 0);
        while end < bytes.len() {
            let b = bytes[end];
            end += 1;
            let delimiter = b == b'\n'
                || b == b'\t'
                || ((b == 0x81 || b == 0x82)
                    && end >= 3
                    && matches!(&bytes[end - 3..end], b"\xE3\x80\x81" | b"\xE3\x80\x82"));
            if delimiter || (end - start >= LINDERA_MAX_PIECE_BYTES && text.is_char_boundary(end)) {
                out.push(start..end);
                start = end;
            }
        }
        if start < bytes.len() {
            out.push(start..bytes.len());
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Texts of delimiters, of characters with a 0x80 byte that are
        /// none (全角空白 E3 80 80, 〃 E3 80 83, 退 E9 80 80, 送 E9 80 81),
        /// and of runs about as long as the 32 KiB cut, so that a
        /// delimiter also ends where that cut falls, in any order.
        #[test]
        fn pieces_are_cut_where_lindera_cuts_byte_by_byte(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["、", "。", "〃", "\u{3000}", "退", "送", "\n", "\t", "ア", "a", "漢字"]),
                0..60,
            ),
            long in proptest::option::of((0usize..60, LINDERA_MAX_PIECE_BYTES / 3 - 3..LINDERA_MAX_PIECE_BYTES / 3 + 4)),
        ) {
            let mut text = String::new();
            for (k, part) in parts.iter().enumerate() {
                if let Some((_, run)) = long.filter(|&(at, _)| at == k) {
                    text.push_str(&"ア".repeat(run));
                }
                text.push_str(part);
            }
            proptest::prop_assert_eq!(pieces(&text), pieces_byte_by_byte(&text));
        }
    }

    #[test]
    fn a_text_is_tokenized_as_its_pieces_side_by_side() {
        // Every line of the shipped regulations, and every paragraph whole
        // (lines joined by line breaks), ideographic spaces and all.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations");
        let mut texts = Vec::new();
        for entry in std::fs::read_dir(dir).expect("regulations") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
            texts.extend(text.lines().map(str::to_string));
            texts.extend(text.split("\n\n").map(str::to_string));
        }
        assert!(texts.len() > 1000, "{}", texts.len());
        assert!(texts.iter().any(|t| t.contains('\u{3000}') && t.contains('、') && t.contains('\n')));
        for text in &texts {
            assert_eq!(by_pieces(text), tokenize(text), "{text}");
        }
    }

    #[test]
    fn tokenizes_guideline_phrase_offline() {
        let tokens = tokenize("保有個人情報の秘匿性等その内容に応じて");
        let surfaces: Vec<&str> = tokens.iter().map(|t| t.surface).collect();
        assert_eq!(
            surfaces,
            vec!["保有", "個人", "情報", "の", "秘匿", "性", "等", "その", "内容", "に", "応じ", "て"]
        );
        assert_eq!(tokens[10].base, "応じる");
    }

    #[test]
    fn reading_of_a_city_name_is_katakana() {
        assert_eq!(reading("上尾市"), "アゲオシ");
        assert_eq!(reading("札幌市"), "サッポロシ");
    }

    #[test]
    fn parts_of_speech_of_a_provision() {
        // 第3条 of a typical 規程: noun, particle, verb, auxiliary, symbol.
        let tokens = tokenize("職員は、保有個人情報を取り扱わなければならない。");
        let pos = |surface: &str| tokens.iter().find(|t| t.surface == surface).map(|t| t.pos);
        assert_eq!(pos("職員"), Some(PartOfSpeech::Noun));
        assert_eq!(pos("は"), Some(PartOfSpeech::Particle));
        assert_eq!(pos("、"), Some(PartOfSpeech::Symbol));
        assert_eq!(pos("取り扱わ"), Some(PartOfSpeech::Verb));
        assert_eq!(pos("ない"), Some(PartOfSpeech::AuxiliaryVerb));
        assert_eq!(tokens.iter().find(|t| t.surface == "取り扱わ").unwrap().base, "取り扱う");
    }

    #[test]
    fn part_of_speech_serialises_as_the_dictionary_name() {
        assert_eq!(serde_json::to_value(PartOfSpeech::Noun).unwrap(), "名詞");
        assert_eq!(PartOfSpeech::from_ipadic("助動詞"), PartOfSpeech::AuxiliaryVerb);
        assert_eq!(PartOfSpeech::from_ipadic("名詞"), PartOfSpeech::Noun);
        assert_eq!(PartOfSpeech::from_ipadic("記号"), PartOfSpeech::Symbol);
        assert_eq!(PartOfSpeech::from_ipadic("（不明）"), PartOfSpeech::Other);
    }
}
