//! Catalog items prepared for matching: term vectors of their names and
//! contents, and their key elements as phrases.
use std::collections::HashMap;

use aho_corasick::AhoCorasick;

use super::params::ProfileWeights;
use crate::analyze::term_vectors::Idf;
use crate::analyze::text_analysis::{add_terms, terms_of, TermVec, TokenCache};
use crate::analyze::{confidence, roles, terms};
use crate::catalog::Catalog;
use crate::text::normalize::{is_hiragana, nfkc};
use crate::text::tokens::{PartOfSpeech, Token};

/// A catalog leaf prepared for matching.
#[derive(Debug, Clone)]
pub(crate) struct ItemProfile {
    pub(crate) id: String,
    /// Title and each keyword as term sets, for caption matching.
    pub(crate) names: Vec<TermVec>,
    /// Title, keywords, requirement and element phrases.
    pub(crate) content: TermVec,
    /// Per key element: label and alternative phrases, each a list of words.
    pub(crate) elements: Vec<(String, Vec<Vec<String>>)>,
    /// `elements` with each word as its number in [`ElementWords`] (empty
    /// words, found in any text, left out).
    element_words: Vec<Vec<Vec<usize>>>,
    /// Title and keywords in NFKC, for spotting the subject of a reference.
    pub(crate) names_nfkc: Vec<String>,
    /// Per name: it names a role (`caption_names_role`).
    pub(crate) name_is_role: Vec<bool>,
    /// Per name: a role the title acts on (`is_role_acted_on`).
    pub(crate) name_is_acted_on: Vec<bool>,
    /// The head nouns of the title (NFKC; see `head_nouns`), found once:
    /// the caption of every unit scored against the item is read for them.
    pub(crate) title_heads: Vec<String>,
    /// The title names a person or office (保護管理者): the item is a role,
    /// not a measure an enumeration could name.
    pub(crate) title_is_role: bool,
    /// The requirement states a duty, so an effort (努める) falls short of it.
    pub(crate) duty_required: bool,
    /// Whether the requirement itself leaves the measure to judgment
    /// (`confidence::requirement_left_to_judgment`): a provision that does
    /// so too asks what the guideline asks.
    pub(crate) left_to_judgment: bool,
    /// Whether the requirement grades its measure by the information
    /// (`confidence::requirement_is_graded`): a provision limiting its
    /// object by a parenthesis may be that grading.
    pub(crate) graded: bool,
    /// Whether the requirement restricts acts on the information
    /// (`confidence::requirement_restricts`).
    pub(crate) restricts: bool,
    /// Whether the requirement asks its act at fixed intervals
    /// (`confidence::requirement_is_periodic`).
    pub(crate) periodic: bool,
    /// Whether the requirement asks its act at least once a year
    /// (`confidence::requirement_is_yearly`).
    pub(crate) yearly: bool,
    /// The elements (labels) the requirement takes only as needed
    /// (`confidence::as_needed_parts`): a provision that takes them when
    /// needed asks what it asks, though the item is `periodic`.
    pub(crate) as_needed_elements: Vec<String>,
    /// Labels of the elements that are measures for data where it is kept
    /// (catalog `at_rest`).
    pub(crate) at_rest_elements: Vec<String>,
    /// The words of the name of the document the item asks the body to
    /// make (catalog `document`), as a pattern over one name; None when
    /// it asks for none.
    pub(crate) document: Option<regex::Regex>,
    /// Labels of the elements the guideline asks only to be borne in mind
    /// (catalog `discretionary`): missing only where a rule names them and
    /// does not lay them down, and not scored.
    pub(crate) discretionary_elements: Vec<String>,
    /// Whether the requirement sets its role up in every unit
    /// (`confidence::requirement_is_per_unit`).
    pub(crate) per_unit: bool,
    /// Whether the requirement lays its duty on all staff
    /// (`confidence::requirement_binds_all_staff`).
    pub(crate) all_staff: bool,
    /// Whether the requirement is about a party outside the body
    /// (`confidence::requirement_is_about_outside_parties`): a duty laid on
    /// that party is its measure, not one the body falls short of.
    pub(crate) about_outside_parties: bool,
    /// Whether the item is the disposal of records with the erasure of data
    /// (`confidence::item_erases_data`): disposal of paper alone falls
    /// short of it.
    pub(crate) erases_data: bool,
    /// The item sets up a role (catalog `role: true`); see `roles`.
    pub(crate) role: bool,
    /// A measure of the information system (catalog `class: technical`):
    /// authentication at a door is no evidence of it (`roles::without_look_alikes`).
    pub(crate) system_measure: bool,
    /// Names of the role (from its element phrases).
    pub(crate) role_names: Vec<roles::RoleName>,
}

/// A catalog with its leaves tokenized once, reusable for many regulations.
#[derive(Debug, Clone)]
pub struct CatalogAnalysis {
    /// The catalog as loaded.
    pub catalog: Catalog,
    /// Its leaves, in catalog order.
    pub(crate) items: Vec<ItemProfile>,
    /// Every word of the items' key elements.
    pub(crate) element_words: ElementWords,
    /// The items' contents as documents of an [`Idf`]; a scorer adds its
    /// regulation's articles to a copy.
    pub(crate) item_df: Idf,
}

/// The distinct words of a catalog's key elements, searched for in a text
/// all in one pass: a text is scored against every item, and each item's
/// element phrases are words that must all be in it.
#[derive(Debug, Clone)]
pub(crate) struct ElementWords {
    automaton: AhoCorasick,
    /// The word each of the automaton's patterns spells.
    word_of_pattern: Vec<usize>,
    count: usize,
}

/// Which of a catalog's element words a text contains, by word number:
/// found in its own lines (`free`), or only in 号 of it (`items`, a bit per
/// 号). A phrase's words may come from the unit's own lines and one 号, not
/// from two 号: 号 are parallel statements, and 「(2) 持ち出す場合は許可を
/// 得る」 with 「(4) パスワードを設定する」 does not say 持ち出す場合は
/// パスワードで保護する.
pub(crate) struct ElementHits {
    free: Vec<bool>,
    /// Empty when the unit has no 号.
    items: Vec<u64>,
}

/// A line of a unit, as `ElementWords::in_lines` joins them.
#[derive(Clone, Copy)]
pub(crate) enum Line<'h> {
    /// A line of the unit's own text (a 項's lead, a whole paragraph).
    Own(&'h ElementHits),
    /// A 号 of the unit, a statement of its own.
    Item(&'h ElementHits),
}

/// Bits for telling 号 apart: beyond 64 号 in one unit the last bit is
/// shared (two of those 号 may then combine; lists that long are tables).
const ITEM_BITS: usize = 64;

impl ElementWords {
    /// The automaton of `words`, each found as written or in any of its
    /// other forms (`forms[i]` for word i).
    fn new(words: &[String], forms: &[Vec<String>]) -> ElementWords {
        let (patterns, word_of_pattern): (Vec<&String>, Vec<usize>) = words
            .iter()
            .zip(forms)
            .enumerate()
            .flat_map(|(i, (word, others))| std::iter::once(word).chain(others).map(move |p| (p, i)))
            .unzip();
        // A DFA: the words are few (hundreds) and searched in every unit.
        let automaton = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(patterns)
            .expect("element words fit an automaton");
        ElementWords { automaton, word_of_pattern, count: words.len() }
    }

    /// The element words found in `compact` (NFKC, no spaces).
    pub(crate) fn hits(&self, compact: &str) -> ElementHits {
        let mut found = vec![false; self.count];
        // Overlapping: a word inside or across another one is found too.
        for m in self.automaton.find_overlapping_iter(compact) {
            found[self.word_of_pattern[m.pattern().as_usize()]] = true;
        }
        ElementHits { free: found, items: Vec::new() }
    }

    /// The element words of lines joined by line breaks, from each line's
    /// (`parts`): no element word holds a line break (phrases are cut into
    /// words at every space and line break), so none runs from one line
    /// into the next, and the lines of an article are searched once for
    /// all the units (article, 項, 号) that quote them.
    pub(crate) fn in_lines<'h>(&self, parts: impl IntoIterator<Item = Line<'h>>) -> ElementHits {
        let mut free = vec![false; self.count];
        let mut items: Vec<u64> = Vec::new();
        let mut next_item = 0;
        for part in parts {
            match part {
                Line::Own(h) => {
                    free.iter_mut().zip(&h.free).for_each(|(f, p)| *f |= p);
                    if !h.items.is_empty() {
                        items.resize(self.count, 0);
                        items.iter_mut().zip(&h.items).for_each(|(f, p)| *f |= p);
                    }
                }
                Line::Item(h) => {
                    let bit = 1u64 << next_item.min(ITEM_BITS - 1);
                    next_item += 1;
                    items.resize(self.count, 0);
                    items.iter_mut().zip(&h.free).filter(|(_, p)| **p).for_each(|(f, _)| *f |= bit);
                }
            }
        }
        ElementHits { free, items }
    }
}

impl CatalogAnalysis {
    /// The catalog's leaves as profiles, tokenized through `cache`.
    pub fn build(catalog: &Catalog, cache: &TokenCache) -> CatalogAnalysis {
        let weights = ProfileWeights::DEFAULT;
        let mut words = WordNumbers::default();
        let terms_for = |text: &str| {
            let norm = nfkc(text);
            let tokens = cache.tokens(&norm);
            terms_of(&norm, &tokens)
        };
        let items: Vec<ItemProfile> = catalog
            .leaves()
            .map(|item| {
                let mut names = Vec::new();
                let mut content = TermVec::default();
                for (i, name) in std::iter::once(&item.title).chain(item.keywords.iter()).enumerate() {
                    let t = terms_for(name);
                    let mut v = TermVec::default();
                    add_terms(&mut v, &t, 1.0);
                    names.push(v);
                    add_terms(&mut content, &t, if i == 0 { weights.title } else { weights.keyword });
                }
                add_terms(&mut content, &terms_for(&item.requirement), weights.body);
                let elements: Vec<(String, Vec<Vec<String>>)> = item
                    .elements
                    .iter()
                    .map(|e| {
                        for phrase in &e.any {
                            add_terms(&mut content, &terms_for(phrase), weights.body);
                        }
                        let phrases = e
                            .any
                            .iter()
                            .map(|p| p.split(char::is_whitespace).filter(|w| !w.is_empty()).map(nfkc).collect())
                            .collect();
                        (e.label.clone(), phrases)
                    })
                    .collect();
                let element_words = words.number(&elements);
                let names_nfkc: Vec<String> =
                    std::iter::once(&item.title).chain(item.keywords.iter()).map(|n| nfkc(n)).collect();
                let title_is_role = names_nfkc.first().is_some_and(|t| terms::is_role_word(t));
                let name_is_role = names_nfkc.iter().map(|n| caption_names_role(n)).collect();
                let name_is_acted_on = names_nfkc.iter().map(|n| is_role_acted_on(n, &names_nfkc[0])).collect();
                let title_heads = head_nouns(&names_nfkc[0]).into_iter().map(str::to_string).collect();
                let duty_required = confidence::requirement_is_duty(&item.requirement);
                let left_to_judgment = confidence::requirement_left_to_judgment(&item.requirement);
                let graded = confidence::requirement_is_graded(&item.requirement);
                let restricts = confidence::requirement_restricts(&item.requirement);
                let periodic = confidence::requirement_is_periodic(&item.requirement);
                let yearly = confidence::requirement_is_yearly(&item.requirement);
                let per_unit = confidence::requirement_is_per_unit(&item.requirement);
                let all_staff = confidence::requirement_binds_all_staff(&item.requirement);
                let as_needed_parts = confidence::as_needed_parts(&item.requirement);
                let as_needed_elements = elements
                    .iter()
                    .filter(|(_, phrases)| {
                        phrases
                            .iter()
                            .any(|w| as_needed_parts.iter().any(|part| w.iter().all(|w| part.contains(w.as_str()))))
                    })
                    .map(|(label, _)| label.clone())
                    .collect();
                let about_outside_parties = confidence::requirement_is_about_outside_parties(&item.requirement);
                let erases_data = confidence::item_erases_data(&item.title, &item.requirement);
                let role_names = if item.role {
                    roles::role_names(
                        &elements
                            .iter()
                            .flat_map(|(_, p): &(String, Vec<Vec<String>>)| p.iter().cloned())
                            .collect::<Vec<_>>(),
                    )
                } else {
                    Vec::new()
                };
                let at_rest_elements = item.elements.iter().filter(|e| e.at_rest).map(|e| e.label.clone()).collect();
                let discretionary_elements =
                    item.elements.iter().filter(|e| e.discretionary).map(|e| e.label.clone()).collect();
                let document = document_name_pattern(&item.document);
                ItemProfile {
                    id: item.id.clone(),
                    names,
                    content,
                    elements,
                    element_words,
                    names_nfkc,
                    name_is_role,
                    title_heads,
                    name_is_acted_on,
                    title_is_role,
                    duty_required,
                    left_to_judgment,
                    graded,
                    restricts,
                    periodic,
                    yearly,
                    as_needed_elements,
                    at_rest_elements,
                    discretionary_elements,
                    document,
                    per_unit,
                    all_staff,
                    about_outside_parties,
                    erases_data,
                    role: item.role,
                    system_measure: item.class == crate::catalog::Class::Technical,
                    role_names,
                }
            })
            .collect();
        let mut item_df = Idf::new();
        items.iter().for_each(|i| item_df.add(&i.content));
        let forms: Vec<Vec<String>> = words.words.iter().map(|w| other_forms(w, cache)).collect();
        let element_words = ElementWords::new(&words.words, &forms);
        CatalogAnalysis { catalog: catalog.clone(), items, element_words, item_df }
    }
}

/// The other spellings of an element word, each found as the word: with
/// or without の (`no_forms`), a verb's stem (`verb_stem_form`), without a
/// compound verb's first 送り仮名 (`short_okurigana_form`) and that form's
/// stem.
fn other_forms(word: &str, cache: &TokenCache) -> Vec<String> {
    let short = short_okurigana_form(word);
    let short_stem = short.as_deref().and_then(|s| verb_stem_form(s, cache));
    let mut forms = no_forms(word, &cache.tokens(word));
    forms.extend(verb_stem_form(word, cache).into_iter().chain(short).chain(short_stem));
    forms.retain(|f| f != word);
    forms.dedup();
    forms
}

/// A word with its compound verb's first part written without 送り仮名:
/// 公用文 may leave that kana out where the word cannot be misread
/// (「送り仮名の付け方」通則6 許容), and most 例規 do (取扱い, 持出し,
/// 立会い, 読取り, 受付), so a word written 取り扱う is also found as 取扱う
/// and 持ち出し as 持出し. Only a kana of a verb's 連用形 after one kanji
/// that begins a word (取り, 持ち, 立ち, 読み, 受け) and before a kanji:
/// after two kanji it is a word's own ending (記録し保存する, 取扱い手順),
/// and a particle (を, に, の) is never 送り仮名. The first such kana only:
/// the second part's is the compound's own ending (読取り, 取扱い).
fn short_okurigana_form(word: &str) -> Option<String> {
    let is_kanji = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '々');
    let chars: Vec<char> = word.chars().collect();
    let dropped = |i: usize| {
        i >= 1
            && i + 1 < chars.len()
            && CONTINUATIVE_ENDINGS.contains(&chars[i])
            && is_kanji(chars[i - 1])
            && is_kanji(chars[i + 1])
            && (i == 1 || !is_kanji(chars[i - 2]))
    };
    let at = (0..chars.len()).find(|&i| dropped(i))?;
    Some(chars.iter().enumerate().filter(|&(i, _)| i != at).map(|(_, c)| c).collect())
}

/// Kana that end a compound verb's 連用形 used as a noun (読み取り, 取り
/// 扱い, 持ち出し, 見直し, 引き継ぎ).
const CONTINUATIVE_ENDINGS: &[char] = &['り', 'い', 'し', 'ち', 'み', 'き', 'け', 'え', 'ぎ', 'び'];

/// An element word that ends in a verb's 連用形 (読み取り, 見直し) found in
/// any conjugation of the verb too: its stem (読み取, 見直), so that
/// 「…他の者に読み取られる」 and 「…を見直す」 state 読み取り and 見直し. Only
/// after a kanji, and for words of three characters or more: a stem of
/// one kanji (取) would be found everywhere. Not a サ変 noun with する's し
/// (点検し, 総括し): its stem is the noun, which names the act without
/// doing it (点検責任者, 総括保護管理者).
fn verb_stem_form(word: &str, cache: &TokenCache) -> Option<String> {
    let mut chars = word.chars().rev();
    let (last, before) = (chars.next()?, chars.next()?);
    let is_kanji = |c: char| matches!(c, '\u{4E00}'..='\u{9FFF}' | '々');
    if word.chars().count() < 3 || !CONTINUATIVE_ENDINGS.contains(&last) || !is_kanji(before) {
        return None;
    }
    let stem = &word[..word.len() - last.len_utf8()];
    let sahen = |t: &Token| t.pos == PartOfSpeech::Noun && t.pos_sub == "サ変接続";
    let noun_stem = last == 'し' && cache.tokens(stem).last().is_some_and(sahen);
    (!noun_stem).then(|| stem.to_string())
}

/// The other form of an element word as to の: a compound of two nouns is
/// written as often with の between them as without (接続制限 and 接続の
/// 制限, 取扱い手順 and 取扱いの手順, 入退室の記録 and 入退室記録), so each
/// form of a word is found as the word. Only where the word joins exactly
/// two content nouns (a suffix such as 者 or 等 goes with its noun): in a
/// longer compound (特定個人情報) の would change what is meant (特定の個人
/// 情報), and a word with a verb or a second particle is a phrase, not a
/// compound.
fn no_forms(word: &str, tokens: &[Token]) -> Vec<String> {
    let content_noun = |t: &Token| t.pos == PartOfSpeech::Noun && t.is_content();
    let attached = |t: &Token| t.pos == PartOfSpeech::Noun && t.pos_sub == "接尾";
    // The word as nouns (each with its suffixes) and at most one の.
    let mut nouns: Vec<std::ops::Range<usize>> = Vec::new();
    let mut no_at: Option<usize> = None;
    for t in tokens {
        if content_noun(t) {
            nouns.push(t.start..t.end);
        } else if let Some(noun) = nouns.last_mut().filter(|n| attached(t) && n.end == t.start) {
            noun.end = t.end;
        } else if t.surface == "の" && t.pos == PartOfSpeech::Particle && no_at.is_none() && nouns.len() == 1 {
            no_at = Some(t.start);
        } else {
            return Vec::new();
        }
    }
    match (nouns.as_slice(), no_at) {
        // 接続の制限 → 接続制限
        ([first, second], Some(no)) if first.end == no => {
            vec![format!("{}{}", &word[..no], &word[second.start..])]
        }
        // 接続制限 → 接続の制限
        ([first, _], None) => vec![format!("{}の{}", &word[..first.end], &word[first.end..])],
        _ => Vec::new(),
    }
}

/// The distinct element words of a catalog, numbered as they come.
#[derive(Default)]
struct WordNumbers {
    words: Vec<String>,
    ids: HashMap<String, usize>,
}

impl WordNumbers {
    /// Each word of each phrase of each element as its number (empty words,
    /// contained in any text, left out).
    fn number(&mut self, elements: &[(String, Vec<Vec<String>>)]) -> Vec<Vec<Vec<usize>>> {
        let mut number = |w: &String| {
            *self.ids.entry(w.clone()).or_insert_with(|| {
                self.words.push(w.clone());
                self.words.len() - 1
            })
        };
        elements
            .iter()
            .map(|(_, phrases)| {
                phrases
                    .iter()
                    .map(|phrase| phrase.iter().filter(|w| !w.is_empty()).map(&mut number).collect())
                    .collect()
            })
            .collect()
    }
}

/// Heads of a caption that name no act of their own: （システム管理者の責務）
/// is about the システム管理者, （管理体制の整備） about the 管理体制.
const LIGHT_HEADS: &[&str] = &["の責務", "の職務", "の任務", "の役割", "の整備", "の設置", "の指定"];

/// Whether `keyword` names the head of `caption` (both NFKC): the caption
/// ends with it, after a light head and a scope 等. A Japanese caption is a
/// noun phrase whose last noun says what the article does, so a keyword in
/// its modifier (漏えい of 漏えい等の防止, 事務処理誤り of 事務処理誤り等の公表)
/// names another subject than the article's.
pub(crate) fn names_caption_head(keyword: &str, caption: &str) -> bool {
    !keyword.is_empty() && caption_without_light_head(caption).ends_with(keyword)
}

/// Whether a caption (NFKC) names a role, after a light head:
/// （点検責任者）, （保護管理者の責務）. A role's name is a compound noun,
/// written without kana endings; a caption with a clause
/// （閲覧できる職員） says what the article does with the people it names.
pub(crate) fn caption_names_role(caption: &str) -> bool {
    let c = caption_without_light_head(caption);
    !c.is_empty() && terms::is_role_word(c) && !c.chars().any(is_hiragana)
}

/// The caption without brackets, a light head and a scope 等.
fn caption_without_light_head(caption: &str) -> &str {
    let mut c = caption.trim_matches(['(', ')', '（', '）', ' ']);
    if let Some(rest) = LIGHT_HEADS.iter().find_map(|h| c.strip_suffix(h)) {
        c = rest;
    }
    c.strip_suffix('等').unwrap_or(c)
}

/// Particles that join a noun phrase's modifier to its head noun.
const HEAD_JOINS: &[&str] = &["の", "に関する", "における", "に係る", "に対する", "のための"];

/// Words that join the nouns of a coordinated head (監査及び調査).
const CONJUNCTIONS: &[&str] = &["及び", "並びに", "又は", "若しくは", "・", "、"];

/// The head nouns of a noun phrase: what follows its last joining
/// particle, split at its conjunctions, each without a scope 等.
fn head_nouns(phrase: &str) -> Vec<&str> {
    let head =
        HEAD_JOINS.iter().filter_map(|j| phrase.rfind(j).map(|at| &phrase[at + j.len()..])).min_by_key(|h| h.len());
    let mut heads = vec![head.unwrap_or(phrase)];
    for c in CONJUNCTIONS {
        heads = heads.iter().flat_map(|h| h.split(c)).collect();
    }
    heads.into_iter().map(|h| h.strip_suffix('等').unwrap_or(h)).filter(|h| !h.is_empty()).collect()
}

/// Whether a caption and an item's title (both NFKC) share a head noun,
/// one's found in the other: （研修） and 教育研修, （監査及び調査） and 監査,
/// （アクセス記録の管理） and アクセス記録. （情報システムの措置） is about
/// measures for the system as a whole and shares only a modifier with
/// 情報システムにおける保有個人情報の処理.
/// A caption naming a role the title acts on (（事務取扱担当者） and
/// 事務取扱担当者の監督) shares no head with it (`is_role_acted_on`).
#[cfg(test)]
pub(crate) fn shares_head_with_title(title: &str, caption: &str) -> bool {
    let title_heads: Vec<String> = head_nouns(title).into_iter().map(str::to_string).collect();
    shares_head(title, &title_heads, caption, &caption_heads(caption))
}

/// The head nouns of a caption as [`shares_head_with_title`] reads them.
pub(crate) fn caption_heads(caption: &str) -> Vec<&str> {
    head_nouns(caption_without_light_head(caption))
}

/// [`shares_head_with_title`] with the head nouns of the title
/// (`head_nouns`) and of the caption ([`caption_heads`]) found already:
/// a unit's caption is read against every item, an item's title against
/// every unit's caption.
pub(crate) fn shares_head(title: &str, title_heads: &[String], caption: &str, caption_heads: &[&str]) -> bool {
    let caption = caption_without_light_head(caption);
    caption_heads.iter().any(|h| title.contains(h) && !role_acted_on(h, title, title_heads))
        || caption_names_act_of(title_heads, caption)
}

/// Whether `keyword` is a role the item named `title` acts on: a role's
/// name in the title's modifier (事務取扱担当者 of 事務取扱担当者の監督,
/// 従業者 of 従業者の指定、教育及び監督). A caption that is the role's name
/// alone heads the article that sets the role up or gives it its duties;
/// it names the item only with the act (`caption_names_act_of`).
pub(crate) fn is_role_acted_on(keyword: &str, title: &str) -> bool {
    terms::is_role_word(keyword) && role_acted_on(keyword, title, &head_nouns(title))
}

/// [`is_role_acted_on`] with the title's head nouns (`head_nouns`) found
/// already.
fn role_acted_on<S: AsRef<str>>(keyword: &str, title: &str, title_heads: &[S]) -> bool {
    terms::is_role_word(keyword) && title.contains(keyword) && !title_heads.iter().any(|t| t.as_ref() == keyword)
}

/// Whether `caption` (NFKC) holds one of the head nouns of a title
/// (`title_heads`, see `head_nouns`): the act the item is about (監督 of
/// 事務取扱担当者の監督).
pub(crate) fn caption_names_act_of(title_heads: &[String], caption: &str) -> bool {
    title_heads.iter().any(|h| caption.contains(h.as_str()))
}

impl ElementHits {
    /// Whether all `words` are found, in the unit's own lines and at most one of its 号.
    fn has_all(&self, words: &[usize]) -> bool {
        let mut common = u64::MAX;
        for &w in words {
            if self.free[w] {
                continue;
            }
            common &= self.items.get(w).copied().unwrap_or(0);
            if common == 0 {
                return false;
            }
        }
        true
    }
}

/// The longest stretch between two words of a document's name, in
/// characters: 「特定個人情報等の適正な取扱いの確保に関する村の基本方針」
/// holds 18 between its two; 30 keeps a clause that merely holds both
/// words far apart out.
const DOCUMENT_NAME_GAP_MAX: usize = 30;

/// A pattern that finds a document named by `words` (NFKC) in order within
/// one name: no 、 or 。 between them, nor a parenthesis or 及び・並びに that
/// would join a second document (「…規程（…）及び…情報セキュリティ基本方針」).
fn document_name_pattern(words: &[String]) -> Option<regex::Regex> {
    if words.is_empty() {
        return None;
    }
    let gap = format!("[^、。()（）及並]{{0,{DOCUMENT_NAME_GAP_MAX}}}?");
    let pattern = words.iter().map(|w| regex::escape(&nfkc(w))).collect::<Vec<_>>().join(&gap);
    Some(regex::Regex::new(&pattern).expect("escaped words make a valid regex"))
}

impl ItemProfile {
    /// Whether all of `elements` (labels, at least one) are acts the
    /// requirement takes only as needed (`as_needed_elements`).
    pub(crate) fn asks_only_as_needed(&self, elements: &[String]) -> bool {
        !elements.is_empty() && elements.iter().all(|e| self.as_needed_elements.contains(e))
    }

    /// How many of `found` (element labels) count toward a score, and out
    /// of how many: the discretionary elements count for neither.
    pub(crate) fn scored_elements(&self, found: &[String]) -> (usize, usize) {
        let scored = |label: &String| !self.discretionary_elements.contains(label);
        (found.iter().filter(|l| scored(l)).count(), self.elements.iter().filter(|(l, _)| scored(l)).count())
    }

    /// Labels of the item's key elements present in a text, from the
    /// element words found in it: an element is present when all the words
    /// of one of its phrases are.
    pub(crate) fn matched_elements(&self, hits: &ElementHits) -> Vec<String> {
        self.elements
            .iter()
            .zip(&self.element_words)
            .filter(|(_, phrases)| phrases.iter().any(|words| hits.has_all(words)))
            .map(|((label, _), _)| label.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    /// A role in the title's modifier is what the item acts on; a role that
    /// is the title's head, or a word that is no role, is not.
    #[test]
    fn a_role_in_the_titles_modifier_is_acted_on() {
        assert!(is_role_acted_on("事務取扱担当者", "事務取扱担当者の監督"));
        assert!(is_role_acted_on("従業者", "従業者の指定、教育及び監督"));
        assert!(!is_role_acted_on("監査責任者", "監査責任者"));
        assert!(!is_role_acted_on("基本方針", "基本方針の策定"));
        assert!(!shares_head_with_title("事務取扱担当者の監督", "事務取扱担当者"));
        assert!(caption_names_role("点検責任者") && caption_names_role("保護管理者の責務"));
        assert!(!caption_names_role("閲覧できる職員") && !caption_names_role("点検の実施"));
        assert!(shares_head_with_title("事務取扱担当者の監督", "事務取扱担当者の指導監督"));
    }

    /// A compound of two nouns has its form with の, and a word of two nouns
    /// joined by の its form without; longer compounds, phrases with a verb
    /// and numbers have none.
    #[test]
    fn a_compound_of_two_nouns_is_also_written_with_no() {
        let forms = |w: &str| no_forms(w, &tokenize(w));
        assert_eq!(forms("接続制限"), ["接続の制限"]);
        assert_eq!(forms("接続の制限"), ["接続制限"]);
        assert_eq!(forms("取扱い手順"), ["取扱いの手順"]);
        assert_eq!(forms("監査責任者"), ["監査の責任者"], "者 goes with its noun");
        for none in
            ["特定個人情報", "事務取扱担当者", "鍵のかかる", "第29条の2", "個人情報保護委員会への報告", "暗号化"]
        {
            assert!(forms(none).is_empty(), "{none}: {:?}", forms(none));
        }
    }

    /// A word is found in any of its forms, as the word.
    #[test]
    fn a_word_is_found_in_its_other_form() {
        let words: Vec<String> = ["保存期間", "廃棄"].map(String::from).to_vec();
        let element_words = ElementWords::new(&words, &[vec!["保存の期間".to_string()], vec![]]);
        assert_eq!(element_words.hits("保存の期間を経過した文書").free, [true, false]);
        assert_eq!(element_words.hits("保存期間を経過した文書は廃棄する").free, [true, true]);
    }

    /// A verb's 連用形 is also its stem, which every conjugation holds.
    #[test]
    fn a_verbs_continuative_is_found_in_any_conjugation() {
        let cache = TokenCache::new();
        assert_eq!(verb_stem_form("読み取り", &cache).as_deref(), Some("読み取"));
        assert_eq!(verb_stem_form("見直し", &cache).as_deref(), Some("見直"));
        assert_eq!(verb_stem_form("命を受け", &cache).as_deref(), Some("命を受"));
        // する's し after a サ変 noun: the noun alone names no act.
        assert_eq!(verb_stem_form("点検し", &cache), None);
        assert_eq!(verb_stem_form("総括し", &cache), None);
        // Too short, or no verb ending.
        assert_eq!(verb_stem_form("扱い", &cache), None);
        assert_eq!(verb_stem_form("取扱", &cache), None);
    }

    /// A compound verb's first 送り仮名 may be left out (取り扱う, 取扱う);
    /// a サ変 noun's し, a word's own ending and a particle stay.
    #[test]
    fn a_compound_verb_is_also_written_without_its_first_okurigana() {
        let cache = TokenCache::new();
        assert_eq!(short_okurigana_form("取り扱う").as_deref(), Some("取扱う"));
        assert_eq!(short_okurigana_form("外部から持ち込").as_deref(), Some("外部から持込"));
        assert_eq!(short_okurigana_form("読み取り防止").as_deref(), Some("読取り防止"));
        assert_eq!(other_forms("持ち出し", &cache), ["持ち出", "持出し", "持出"]);
        assert_eq!(other_forms("立ち会い", &cache), ["立ち会", "立会い", "立会"]);
        for word in ["記録し保存", "取扱い手順", "管理に関す", "見直し", "許可を受け"] {
            assert_eq!(short_okurigana_form(word), None, "{word}");
        }
        // Found in a text that leaves the kana out, as the word.
        let words: Vec<String> = ["取り扱う", "立ち会い"].map(String::from).to_vec();
        let forms: Vec<Vec<String>> = words.iter().map(|w| other_forms(w, &cache)).collect();
        let element_words = ElementWords::new(&words, &forms);
        assert_eq!(element_words.hits("特定個人情報を取扱う職員").free, [true, false]);
        assert_eq!(element_words.hits("廃棄に職員が立会う").free, [false, true]);
    }

    /// One pass finds every word a text contains, words inside or across
    /// others included, as `str::contains` would one by one.
    #[test]
    fn element_hits_are_the_words_a_text_contains() {
        let words: Vec<String> = ["個人情報", "情報", "報告", "漏えい", "個人", "暗号化"].map(String::from).to_vec();
        let element_words = ElementWords::new(&words, &vec![Vec::new(); words.len()]);
        for text in ["個人情報の漏えい等の報告", "情報告知", "暗号", ""] {
            let hits = element_words.hits(text);
            for (k, w) in words.iter().enumerate() {
                assert_eq!(hits.free[k], text.contains(w.as_str()), "{w} in {text}");
            }
        }
        assert!(element_words.hits("情報告知").free[2], "報告 overlaps 情報");
    }

    /// The words of lines joined by line breaks are those of the lines:
    /// no word runs across a break.
    #[test]
    fn the_words_of_joined_lines_are_those_of_the_lines() {
        let words: Vec<String> = ["個人情報", "漏えい", "報告", "情報漏えい"].map(String::from).to_vec();
        let element_words = ElementWords::new(&words, &vec![Vec::new(); words.len()]);
        let lines = ["保有個人情報の", "漏えい等の報告", "情報", "漏えい"];
        let per_line: Vec<ElementHits> = lines.iter().map(|l| element_words.hits(l)).collect();
        let joined = |hits: &[ElementHits]| element_words.in_lines(hits.iter().map(Line::Own)).free;
        assert_eq!(joined(&per_line), element_words.hits(&lines.join("\n")).free);
        // Joined without the break, 情報 + 漏えい would make a word the lines lack.
        assert!(element_words.hits(&lines.concat()).free[3] && !joined(&per_line)[3]);
        assert_eq!(joined(&[]), vec![false; 4]);
    }

    /// A phrase's words may come from the unit's own lines and one 号, not
    /// from two 号.
    #[test]
    fn a_phrases_words_come_from_one_item_at_most() {
        let words: Vec<String> = ["持ち出", "パスワード", "指示"].map(String::from).to_vec();
        let element_words = ElementWords::new(&words, &vec![Vec::new(); words.len()]);
        let lead = element_words.hits("次に掲げる行為は、指示に従う。");
        let carry = element_words.hits("(1) 持ち出すときは許可を得る。");
        let password = element_words.hits("(2) パスワードを設定する。");
        let both = element_words.hits("(3) 持ち出すときはパスワードで保護する。");
        let unit = |lines: Vec<Line>| element_words.in_lines(lines);
        assert!(!unit(vec![Line::Item(&carry), Line::Item(&password)]).has_all(&[0, 1]));
        assert!(unit(vec![Line::Item(&carry), Line::Item(&password), Line::Item(&both)]).has_all(&[0, 1]));
        assert!(unit(vec![Line::Own(&lead), Line::Item(&carry), Line::Item(&password)]).has_all(&[0, 2]));
        assert!(unit(vec![Line::Own(&carry), Line::Own(&password)]).has_all(&[0, 1]));
    }
}
