//! Full-text search without server code: the index is shipped as scripts
//! (as mdBook does), so it loads from file:// as well as over HTTP:
//! `search-index.js` assigns `window.REIKI_SEARCH_INDEX`, the list of the
//! shards (`search-index/NNNN.js`, one per run of regulations), which
//! `static/search.js` loads and joins into one index.
//!
//! Terms are character bigrams of NFKC, lower-cased text, taken inside runs
//! of letters and digits (a run of one character is its own term). The
//! query is segmented the same way in `static/search.js`, so both sides
//! agree without a tokenizer in the browser. Lindera content words and noun
//! compounds are indexed apart (`words`) and give a bonus when a query word
//! is one of them.
use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::cache::Reuse;
use super::{paths, Page, Site};
use crate::analyze::text_analysis::{article_token_texts, row_token_texts, standard_token_texts, TokenCache};
use crate::model::{Article, Item, Regulation};
use crate::pipeline::key::KeyHasher;
use crate::text::hash::FastHashState;
use crate::text::normalize::{full_width_to_ascii, is_kana_or_kanji, plainly_nfkc_stable};
use crate::text::tokens::PartOfSpeech;

/// NFKC, lower case: the form both index and query are matched in.
pub fn normalize(text: &str) -> String {
    // Most words and texts are written in characters both leave as they
    // are, or in full-width ASCII and 全角空白, whose form is known: those
    // are mapped one by one (NFKC and lower-casing were a sixth of the
    // index's samples at N = 2,000). Any other character sends the whole
    // text the full way, so what NFKC composes across characters is left
    // to it.
    let mut out = String::with_capacity(text.len());
    // Runs of characters kept as they are are copied whole: [run, i) is
    // the run not yet copied (pushing each character was most of the cost).
    let mut run = 0;
    for (i, c) in text.char_indices() {
        if kept_by_normalize(c) {
            continue;
        }
        out.push_str(&text[run..i]);
        run = i + c.len_utf8();
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\u{3000}' => out.push(' '),
            _ => match full_width_to_ascii(c) {
                Some(ascii) => out.push(ascii.to_ascii_lowercase()),
                None => return text.nfkc().collect::<String>().to_lowercase(),
            },
        }
    }
    out.push_str(&text[run..]);
    out
}

/// Whether NFKC and lower-casing leave `c` as it is, answered quickly for
/// the characters most of a regulation is written in; false sends a text
/// the full way.
fn kept_by_normalize(c: char) -> bool {
    plainly_nfkc_stable(c) && !c.is_ascii_uppercase()
}

/// Search terms of already-normalised text: bigrams inside runs of letters
/// and digits; a one-character run is a term of its own.
pub fn terms(normalized: &str) -> Vec<String> {
    let mut out = Vec::new();
    packed_terms(normalized, &mut out);
    out.into_iter().map(unpack).collect()
}

/// A term packed in a number: its first character in the high half, its
/// second plus one (0 for a one-character term) in the low half. Counting
/// terms as numbers spares the index one string per character of the
/// corpus (most of its time went to allocating and comparing them).
type Term = u64;

fn pack(first: char, second: Option<char>) -> Term {
    (u64::from(first) << 32) | second.map_or(0, |c| u64::from(c) + 1)
}

fn unpack(term: Term) -> String {
    // Packed from chars, so both halves are chars again.
    let char_of = |code: u64| char::from_u32(code as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
    let mut out = String::from(char_of(term >> 32));
    if term & 0xFFFF_FFFF != 0 {
        out.push(char_of((term & 0xFFFF_FFFF) - 1));
    }
    out
}

/// `char::is_alphanumeric`, answered without its table for kana and
/// kanji (its table lookup was about a tenth of the index's samples).
fn is_letter(c: char) -> bool {
    is_kana_or_kanji(c) || c.is_alphanumeric()
}

/// [`terms`], packed, appended to `out` in the same order.
fn packed_terms(normalized: &str, out: &mut Vec<Term>) {
    let mut previous: Option<char> = None;
    let mut run = 0;
    for c in normalized.chars() {
        if is_letter(c) {
            if let Some(p) = previous {
                out.push(pack(p, Some(c)));
            }
            previous = Some(c);
            run += 1;
        } else {
            if let (1, Some(p)) = (run, previous) {
                out.push(pack(p, None));
            }
            previous = None;
            run = 0;
        }
    }
    if let (1, Some(p)) = (run, previous) {
        out.push(pack(p, None));
    }
}

/// Content words (base form) and runs of adjacent nouns joined, normalised,
/// of the texts the analysis tokenized for a document
/// (`text_analysis::article_token_texts`): they are in the run's token
/// cache already, so the index tokenizes nothing of its own. Each word
/// once, in no particular order (the shard sorts them): a word found again
/// is not normalised again.
fn words(token_texts: &[String]) -> Vec<String> {
    fn push_compound<'t>(out: &mut Vec<&'t str>, text: &'t str, run: Option<(usize, usize, usize)>) {
        if let Some((start, end, 2..)) = run {
            out.push(&text[start..end]);
        }
    }
    // The words as written; most recur within a document.
    let mut written: Vec<&str> = Vec::new();
    for text in token_texts {
        // The run of adjacent nouns being read: start, end and how many.
        let mut run: Option<(usize, usize, usize)> = None;
        for token in TokenCache::shared().tokens(text).iter() {
            // IPADIC reads the ASCII brackets and punctuation that NFKC makes
            // of （）「」 as nouns: they are neither words nor parts of one.
            let letters = token.surface.chars().all(is_letter);
            if token.is_content() && letters {
                written.push(token.base);
            }
            let noun = token.pos == PartOfSpeech::Noun && token.pos_sub != "非自立" && letters;
            match &mut run {
                // A line break between two nouns (a paragraph and its item) ends the run.
                Some((_, end, parts)) if noun && *end == token.start => {
                    *end = token.end;
                    *parts += 1;
                }
                _ => {
                    push_compound(&mut written, text, run.take());
                    run = noun.then_some((token.start, token.end, 1));
                }
            }
        }
        push_compound(&mut written, text, run);
    }
    written.sort_unstable();
    written.dedup();
    written.into_iter().map(normalize).collect()
}

/// One searchable unit: an article (or a standard of a checklist document,
/// or a row of a 別表).
/// Fields in alphabetical order: the script reads them by name, and the
/// index has always been written with sorted keys.
#[derive(Debug, Serialize)]
struct Doc {
    caption: String,
    /// 第24条
    label: String,
    /// Number of terms, for length normalisation.
    len: usize,
    /// Regulation display title.
    reg: String,
    /// Text (caption and body) as written: snippets quote it, and the
    /// script normalises it for phrase checks.
    text: String,
    /// Root-relative URL with the anchor.
    url: String,
}

fn item_text(out: &mut String, item: &Item) {
    out.push('\n');
    out.push_str(&item.label);
    out.push(' ');
    out.push_str(&item.text);
    for child in &item.children {
        item_text(out, child);
    }
}

/// A document to index, as the regulation has it.
struct Source {
    url: String,
    label: String,
    caption: String,
    /// Caption and body as written.
    text: String,
    /// The texts the analysis tokenized for it, whose tokens give its words.
    token_texts: Vec<String>,
}

/// Where a document is on its regulation's page: the page and the anchor.
fn anchor_url(reg: &Regulation, id: &str) -> String {
    format!("{}#{id}", paths::href(&paths::regulation(&reg.id)))
}

fn article_doc(reg: &Regulation, article: &Article, label: String) -> Source {
    let caption = article.heading().unwrap_or_default().to_string();
    Source {
        url: anchor_url(reg, &article.id),
        label,
        text: format!("{caption}\n{}", article.text()),
        caption,
        token_texts: article_token_texts(article),
    }
}

fn collect_docs(reg: &Regulation) -> Vec<Source> {
    let mut docs: Vec<_> = reg.articles().map(|a| article_doc(reg, a, a.label.clone())).collect();
    for s in &reg.supplementary {
        docs.extend(s.articles.iter().map(|a| article_doc(reg, a, format!("附則{}", a.label))));
    }
    for standard in &reg.standards {
        let mut text = format!("{}\n{}", standard.title, standard.text);
        for item in &standard.items {
            item_text(&mut text, item);
        }
        docs.push(Source {
            url: anchor_url(reg, &standard.id),
            label: standard.label(),
            caption: standard.title.clone(),
            text,
            token_texts: standard_token_texts(standard),
        });
    }
    // A 別表's rows that lay something down, each found where it is.
    for table in reg.appendices.iter().filter(|a| a.carries_provisions()) {
        for row in table.cited_rows() {
            docs.push(Source {
                url: anchor_url(reg, &row.id),
                label: row.label.clone(),
                caption: table.title.clone().unwrap_or_default(),
                text: row.line(),
                token_texts: row_token_texts(row),
            });
        }
    }
    docs
}

/// Regulations per shard of the index. A shard is one file; an edit makes
/// its shard again and reuses the others, so smaller shards cost less per
/// edit, and larger ones fewer files for the browser to fetch: 32
/// regulations (about 640 articles, 1.5 MB of script) give 8 shards at
/// N = 250 and 63 at N = 2,000. Shards are made in parallel, each dropped
/// once written, so memory follows the shard, not the corpus.
const REGULATIONS_PER_SHARD: usize = 32;

/// A document with its terms and counts (sorted) and its content words (sorted, unique).
type AnalysedDoc = (Doc, Vec<(Term, u32)>, Vec<String>);

/// One shard: the documents of a run of regulations, numbered from 0 in
/// the shard (the script numbers them on across shards). Fields in
/// alphabetical order, as the index has always been written.
#[derive(Serialize)]
struct Shard {
    docs: Vec<Doc>,
    /// term → flat postings [doc, tf, doc, tf, …]
    terms: BTreeMap<String, Vec<u32>>,
    /// content word → doc numbers
    words: BTreeMap<String, Vec<u32>>,
}

/// `search-index.js`: the shards' paths, in order, relative to the site root.
#[derive(Serialize)]
struct Manifest {
    shards: Vec<String>,
    version: u32,
}

/// Gives the content words of each of a regulation's documents.
type WordsOf<'a> = dyn Fn(&Regulation, &[Source]) -> Vec<Vec<String>> + Sync + 'a;

/// The shard of `regs`, their words from `words_of`.
fn shard(regs: &[Regulation], words_of: &WordsOf) -> Shard {
    let analysed: Vec<AnalysedDoc> = regs
        .par_iter()
        .flat_map_iter(|reg| {
            let docs = collect_docs(reg);
            let words = words_of(reg, &docs);
            let title = reg.display_title();
            docs.into_iter().zip(words).map(move |(Source { url, label, caption, text, .. }, mut doc_words)| {
                let mut doc_terms = Vec::new();
                packed_terms(&normalize(&text), &mut doc_terms);
                let len = doc_terms.len();
                // Sorted, equal terms are adjacent: each run is one term and its count.
                doc_terms.sort_unstable();
                let counted = doc_terms.chunk_by(|x, y| x == y).map(|run| (run[0], run.len() as u32)).collect();
                doc_words.sort();
                doc_words.dedup();
                (Doc { caption, label, len, reg: title.clone(), text, url }, counted, doc_words)
            })
        })
        .collect();
    // Both tables are read out into sorted maps, so their own order is never
    // seen: the fast hasher instead of SipHash (hashing each term and word
    // of a shard was a tenth of the index's instructions).
    let mut postings: HashMap<Term, Vec<u32>, FastHashState> = HashMap::default();
    let mut word_docs: HashMap<String, Vec<u32>, FastHashState> = HashMap::default();
    let mut docs = Vec::with_capacity(analysed.len());
    for (doc, counted, doc_words) in analysed {
        let n = docs.len() as u32;
        for (term, tf) in counted {
            let list = postings.entry(term).or_default();
            list.push(n);
            list.push(tf);
        }
        for w in doc_words {
            word_docs.entry(w).or_default().push(n);
        }
        docs.push(doc);
    }
    let terms = postings.into_iter().map(|(term, list)| (unpack(term), list)).collect();
    Shard { docs, terms, words: word_docs.into_iter().collect() }
}

/// The content words of each document.
fn words_of_documents(docs: &[Source]) -> Vec<Vec<String>> {
    docs.iter().map(|d| words(&d.token_texts)).collect()
}

/// The file of a shard: a script adding it to `window.REIKI_SEARCH_SHARDS`
/// under its number (shards may arrive in any order).
fn shard_page(n: usize, shard: &Shard) -> Page {
    let mut content = format!("(window.REIKI_SEARCH_SHARDS = window.REIKI_SEARCH_SHARDS || {{}})[{n}] = ").into_bytes();
    serde_json::to_writer(&mut content, shard).expect("index serialises");
    content.extend_from_slice(b";\n");
    Page { path: paths::search_shard(n), content }
}

/// Writes the search index through `emit`: one file per shard of
/// `REGULATIONS_PER_SHARD` regulations and `search-index.js`, the
/// manifest the search page loads. With `reuse`, a shard whose
/// regulations did not change is the previous build's file, and a shard
/// made again takes the words of its unchanged regulations from the cache.
pub fn emit_index(site: &Site, reuse: Option<Reuse>, emit: &(dyn Fn(Page) -> Result<()> + Sync)) -> Result<()> {
    let shards: Vec<&[Regulation]> = site.project.regulations.chunks(REGULATIONS_PER_SHARD).collect();
    shards.par_iter().enumerate().try_for_each(|(n, regs)| match reuse {
        None => emit(shard_page(n, &shard(regs, &|_, docs| words_of_documents(docs)))),
        Some(reuse) => {
            let words_of = |reg: &Regulation, docs: &[Source]| match &site.words_memo {
                Some(memo) => memo.get_or(reuse.digests.text(&reg.id), docs.len(), || words_of_documents(docs)),
                None => words_of_documents(docs),
            };
            let mut key = KeyHasher::default();
            for reg in regs.iter() {
                let text = reuse.digests.text(&reg.id);
                key.add_key(text);
                if let Some(memo) = &site.words_memo {
                    memo.keep(text);
                }
            }
            reuse.pages.file(paths::search_shard(n), key.finish(), emit, |_| Ok(shard_page(n, &shard(regs, &words_of))))
        }
    })?;
    let manifest = Manifest { shards: (0..shards.len()).map(paths::search_shard).collect(), version: 3 };
    let mut content = b"window.REIKI_SEARCH_INDEX = ".to_vec();
    serde_json::to_writer(&mut content, &manifest).expect("index serialises");
    content.extend_from_slice(b";\n");
    emit(Page { path: paths::SEARCH_INDEX.to_string(), content })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigrams_stay_inside_runs_of_letters() {
        assert_eq!(terms(&normalize("暗号化")), vec!["暗号", "号化"]);
        assert_eq!(terms(&normalize("第２４条　（暗号化）")), vec!["第2", "24", "4条", "暗号", "号化"]);
        assert_eq!(terms(&normalize("委託先 監査")), vec!["委託", "託先", "監査"]);
        assert_eq!(terms(&normalize("ＵＳＢ、鍵")), vec!["us", "sb", "鍵"]);
    }

    #[test]
    fn normalising_copies_only_the_characters_nfkc_and_lower_case_keep() {
        let slow = |text: &str| text.nfkc().collect::<String>().to_lowercase();
        // Every character, alone and after a kanji (NFKC composes some with
        // what precedes them).
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if kept_by_normalize(c) {
                assert_eq!(slow(&c.to_string()), c.to_string(), "U+{:04X} is changed", c as u32);
            }
            let alone = c.to_string();
            assert_eq!(normalize(&alone), slow(&alone), "U+{:04X}", c as u32);
            let after = format!("漢{c}");
            assert_eq!(normalize(&after), slow(&after), "U+{:04X} after a kanji", c as u32);
        }
        // Greek capital sigma lowers by its context (ς at a word's end).
        assert_eq!(normalize("ΟΔΟΣ 第２条"), slow("ΟΔΟΣ 第２条"));
        // Full-width letters, digits and spaces among kana and kanji.
        let mixed = "第２４条　（ＵＳＢメモリ等）ＰＤＦ、Ｅｍａｉｌ及びＩＤを管理する。";
        assert_eq!(normalize(mixed), slow(mixed));
        assert_eq!(normalize(mixed), "第24条 (usbメモリ等)pdf、email及びidを管理する。");
        assert_eq!(normalize("個人情報"), "個人情報");
    }

    #[test]
    fn letters_are_what_the_standard_library_calls_alphanumeric() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn packed_terms_unpack_to_the_terms() {
        let text = normalize("第２４条　（暗号化）ＵＳＢ、鍵 𠮷野家");
        let mut packed = Vec::new();
        packed_terms(&text, &mut packed);
        let unpacked: Vec<String> = packed.into_iter().map(unpack).collect();
        assert_eq!(unpacked, vec!["第2", "24", "4条", "暗号", "号化", "us", "sb", "鍵", "𠮷野", "野家"]);
        assert_eq!(terms(&text), unpacked);
    }

    #[test]
    fn words_include_noun_compounds() {
        let w = words(&["アクセス記録を一定の期間保存し".to_string()]);
        assert!(w.contains(&"アクセス記録".to_string()), "{w:?}");
        assert!(w.contains(&"保存".to_string()), "{w:?}");
    }

    /// The texts come as the analysis tokenizes them: NFKC (so （課長）
    /// is ASCII, which IPADIC reads as nouns) and a paragraph's items on
    /// lines of their own, without their labels.
    #[test]
    fn words_stop_at_line_breaks_and_leave_brackets_out() {
        let w = words(&["個人情報保護管理者(課長)を置く。\n保有個人情報の管理".to_string()]);
        for expected in ["個人情報保護管理者", "課長", "保有個人情報", "管理"] {
            assert!(w.contains(&expected.to_string()), "{expected} missing from {w:?}");
        }
        assert!(!w.iter().any(|w| w.contains(['(', ')'])), "{w:?}");
        assert!(!w.iter().any(|w| w.contains("管理者保有") || w.contains("管理保有")), "{w:?}");
    }
}
