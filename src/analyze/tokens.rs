//! Japanese tokenization with lindera and the IPADIC dictionary compiled
//! offline by `build.rs`.
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use lindera::dictionary::Dictionary;
use lindera::mode::Mode;
use lindera::segmenter::Segmenter;
use lindera_dictionary::viterbi::Lattice;
use serde::{Deserialize, Serialize};

mod ipadic {
    lindera_dictionary::embedded_dictionary!("/lindera-ipadic", EmbeddedIpadicLoader);
}

/// One morpheme: surface form, dictionary base form, part of speech, and its
/// byte span in the text that was tokenized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub surface: String,
    pub base: String,
    pub pos: String,
    pub pos_sub: String,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn is_content(&self) -> bool {
        matches!(self.pos.as_str(), "名詞" | "動詞" | "形容詞" | "副詞" | "未知語")
            && !matches!(self.pos_sub.as_str(), "非自立" | "代名詞" | "数" | "接尾")
    }
}

fn segmenter() -> &'static Segmenter {
    static SEGMENTER: OnceLock<Segmenter> = OnceLock::new();
    SEGMENTER.get_or_init(|| {
        let dictionary: Dictionary = ipadic::load().expect("embedded IPADIC dictionary is valid");
        Segmenter::new(Mode::Normal, dictionary, None)
    })
}

/// Part of speech, its subclass and the base form ("*" when the dictionary
/// has none) of one dictionary entry.
type WordDetails = (String, String, Option<String>);

thread_local! {
    /// One Viterbi lattice per thread, reused across texts instead of
    /// allocated per call.
    static LATTICE: RefCell<Lattice> = RefCell::new(Lattice::default());
    /// Details per dictionary entry, looked up once per thread: a word
    /// recurs thousands of times in a corpus, and reading its CSV fields
    /// for each occurrence costs two allocations.
    static DETAILS: RefCell<HashMap<(u32, bool, bool), WordDetails>> = RefCell::new(HashMap::new());
}

fn details_of(token: &mut lindera::token::Token) -> WordDetails {
    let key = (token.word_id.id(), token.word_id.is_unknown(), token.word_id.is_system());
    if let Some(d) = DETAILS.with(|c| c.borrow().get(&key).cloned()) {
        return d;
    }
    let details = token.details();
    let pos = details.first().copied().unwrap_or("未知語").to_string();
    let pos_sub = details.get(1).copied().unwrap_or("*").to_string();
    let base = details.get(6).copied().filter(|b| *b != "*" && !b.is_empty()).map(str::to_string);
    let d = (pos, pos_sub, base);
    DETAILS.with(|c| c.borrow_mut().insert(key, d.clone()));
    d
}

/// Tokenizes `text`. U+3000 (全角空白) is swapped for three ASCII spaces
/// first: the dictionary builder drops it, so runs of it would become
/// unknown nouns. Three spaces keep byte offsets valid in `text`.
///
/// Stages do not call this: they ask the run's [`super::index::TokenCache`].
pub fn tokenize(text: &str) -> Vec<Token> {
    calls::note(text);
    let cleaned: Cow<str> =
        if text.contains('\u{3000}') { Cow::Owned(text.replace('\u{3000}', "   ")) } else { Cow::Borrowed(text) };
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
            let (pos, pos_sub, base) = details_of(t);
            let base = base.unwrap_or_else(|| text[start..end].to_string());
            Token { surface: text[start..end].to_string(), base, pos, pos_sub, start, end }
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

    #[test]
    fn tokenizes_guideline_phrase_offline() {
        let tokens = tokenize("保有個人情報の秘匿性等その内容に応じて");
        let surfaces: Vec<&str> = tokens.iter().map(|t| t.surface.as_str()).collect();
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
}
