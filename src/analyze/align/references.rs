//! Items a provision names rather than states: by reference (準用する,
//! 別に定める, …に従う), in an enumeration of measures, or through another
//! article of the same rule (前条の規定は…準用する); and the sentence that
//! carries an item.
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use super::profile::ItemProfile;
use super::scorer::Scorer;
use super::Evidence;
use crate::analyze::confidence;
use crate::analyze::roles;
use crate::analyze::term_vectors::weighted_dice;
use crate::analyze::terms;
use crate::analyze::text_analysis::{add_terms, terms_skipping, tokens_within, ArticleAnalysis, TermVec, TextAnalysis};
use crate::model::{Regulation, Supplementary};
use crate::text::hash::FastHashState;
use crate::text::normalize::nfkc;
use crate::text::numerals::{self, ArticleCitation};
use crate::text::sentences;
use crate::text::tokens::Token;

/// Items a reference provision (準用, …ポリシーにのっとり) hands over: those
/// whose title or keywords name the most text in it (total characters of the
/// names found), ties included. A reference says little else, so its subject
/// is found by name rather than by similarity.
pub(crate) fn referenced_items(items: &[ItemProfile], compact: &str) -> Vec<usize> {
    let hits: Vec<usize> = items
        .iter()
        .map(|item| {
            item.names_nfkc
                .iter()
                .filter(|n| n.chars().count() >= 2 && compact.contains(n.as_str()))
                .map(|n| n.chars().count())
                .sum()
        })
        .collect();
    let best = hits.iter().copied().max().unwrap_or(0);
    if best < 2 {
        return Vec::new();
    }
    hits.iter().enumerate().filter(|(_, &h)| h == best).map(|(i, _)| i).collect()
}

/// How the items a matter names are found: [`referenced_items`] or
/// [`head_items`].
type ItemsNamed = fn(&[ItemProfile], &str) -> Vec<usize>;

/// Items whose title or keywords name the head of `phrase` (NFKC): of
/// the names found as whole words, those that end last, the longest of
/// them — in 「漏えい等事案に係る事実関係及び再発防止策の公表」 the matter is
/// the 公表, whatever its modifiers name. A name that runs on into a
/// compound (監視 in 監視設備) is not the word.
fn head_items(items: &[ItemProfile], phrase: &str) -> Vec<usize> {
    let ends_a_word = |end: usize| phrase[end..].chars().next().is_none_or(|c| !is_compound_char(c));
    let mut best = (0, 0);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        for n in item.names_nfkc.iter().filter(|n| n.chars().count() >= 2) {
            let Some(at) =
                phrase.match_indices(n.as_str()).map(|(at, _)| at).filter(|at| ends_a_word(at + n.len())).last()
            else {
                continue;
            };
            let found = (at + n.len(), n.len());
            if found > best {
                best = found;
                out.clear();
            }
            if found == best && !out.contains(&i) {
                out.push(i);
            }
        }
    }
    out
}

/// Whether `c` continues a compound noun: a kanji or a katakana.
fn is_compound_char(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{30A0}'..='\u{30FF}' | '々')
}

/// Matters a delegation must list, cut at 、 and 並びに, before each is
/// read for the item it names: two (「暗号化並びに端末の管理に関し…」).
const LISTED_MATTERS_MIN: usize = 2;
/// How a delegation names what it hands over: 「…に関し必要な事項は、別に
/// 定める」 (the formula of a 委任規定), its variants, and 「…に関する事項」.
const DELEGATED_MATTERS: &[&str] = &["に関し必要な事項", "に関して必要な事項", "について必要な事項", "に関する事項"];

/// What a sentence (NFKC) delegates by the formula of `DELEGATED_MATTERS`
/// (「…に関し必要な事項は、」): the words before it, a list of matters.
fn delegated_list(compact: &str) -> Option<&str> {
    DELEGATED_MATTERS.iter().find_map(|f| compact.split_once(f).map(|(matters, _)| matters))
}

/// Predicates that hand a sentence's whole matter over: another rule's
/// provisions applied (準用), followed (…の例による, …の定めるところによる),
/// or one still to be made (別に定める). 準用する first: a topic marked
/// only by は is not read for it (`delegated_matters`).
const HANDOVER_PREDICATES: &[&str] = &["準用する", "の例による", "定めるところによる", "別に定める", "に委任する"];

/// Whether a predicate (NFKC, …ものとする cut off) follows another rule
/// and adds only a bare act: 「…対策基準の定めるところにより、情報政策課長
/// が講ずる」, 「…ポリシーの定めるところにより行う」. With the measure as
/// its topic (「…から保護するための措置は、」, 「…職員に対する教育研修
/// は、」) what is done is all in that rule, as with 「…の定めるところに
/// よる」, and so it is when the act is only named (「…の状況については、
/// …監査責任者が、県規程第３２条の定めるところにより監査を行う」: who
/// audits, when and to whom the result goes are that rule's); a predicate
/// that says how the act is done (「…により、端末にパスワードを設定する」)
/// lays it down.
fn follows_with_a_bare_act(predicate: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"[のに]定めるところによ(?:り|って)、?(?:[^、。を]{1,20}が)?(?:[^、。をにで]{1,8}を)?(?:講ずる|講じる|行う|実施する)$",
        )
            .expect("valid regex")
    })
    .is_match(predicate)
}

/// What a sentence (NFKC) delegates: the list of `delegated_list`, or the
/// topic of a sentence that only hands over what its topic names (「…の公表
/// 並びに本人への連絡については、…要領の規定を準用する。」, 「…管理区域の
/// 入退室管理その他の物理的な安全管理措置は、…ポリシーの定めるところに
/// よる。」); None for any other sentence. A topic marked only by は is not
/// read for 準用: 「第12条の規定は、…について準用する。」 names the
/// provision applied, and the matters after it.
fn delegated_matters(compact: &str) -> Option<&str> {
    let handed_over = |topic_mark: &str, predicates: &[&str]| {
        let (topic, predicate) = compact.rsplit_once(topic_mark)?;
        let predicate = predicate.trim_end_matches('。');
        let predicate = predicate.strip_suffix("ものとする").unwrap_or(predicate);
        ((!predicate.contains('、') && predicates.iter().any(|p| predicate.ends_with(p)))
            || follows_with_a_bare_act(predicate))
        .then_some(topic)
    };
    delegated_list(compact)
        .or_else(|| handed_over("については、", HANDOVER_PREDICATES))
        .or_else(|| handed_over("は、", &HANDOVER_PREDICATES[1..]))
}

/// Items a reference sentence (NFKC) hands over: those [`referenced_items`]
/// finds in the matters it delegates (`delegated_matters`: 「外部からの不正
/// アクセスを防止するための措置については、…ポリシーの定めるところに
/// よる。」 hands over that measure, not whatever the policy's name names)
/// or, where those name no item, in the whole sentence; and where it
/// delegates a list of matters (「アクセス制御、
/// アクセス記録の取得及び保存、不正プログラム対策並びに暗号化に関し必要な
/// 事項は、別に定める。」) the item each listed matter names — such a
/// delegation hands over every measure in its list, not only the one named
/// at most length; a topic of matters joined by 並びに (「…入退室の管理並び
/// に施錠装置…の設置その他の安全管理の措置については、…」) hands over each
/// too. Only the list before the formula is read: a sentence
/// that hands its matter over in other words (…に従う, …にのっとり) names
/// stages and conditions (取得、利用、保管…段階における…) with its 、.
fn handed_over_items(items: &[ItemProfile], compact: &str) -> Vec<usize> {
    let named_as_matters = delegated_matters(compact).map(|m| referenced_items(items, m)).filter(|i| !i.is_empty());
    let mut out = named_as_matters.unwrap_or_else(|| referenced_items(items, compact));
    // A topic is cut only at 並びに, which joins matters at the top of a
    // phrase; its 、 may part the conditions of one matter, and each of its
    // matters is the item its head names (`head_items`).
    let (matters, named): (Vec<&str>, ItemsNamed) = if let Some(list) = delegated_list(compact) {
        (list.split("並びに").flat_map(|m| m.split('、')).collect(), referenced_items)
    } else if let Some(topic) = delegated_matters(compact) {
        (topic.split("並びに").collect(), head_items)
    } else {
        return out;
    };
    if matters.len() >= LISTED_MATTERS_MIN {
        for matter in matters {
            for i in named(items, matter) {
                if !items[i].title_is_role && !out.contains(&i) {
                    out.push(i);
                }
            }
        }
    }
    out
}

/// Items named in a line that enumerates measures (組織体制の整備、取扱規程等に
/// 基づく運用、…): the line split at 、 and ・ into at least three phrases, of
/// which at least two, and at least half, name distinct items by their titles
/// (IDF-weighted overlap ≥ 0.6). Phrases naming only persons do not count.
pub(crate) fn enumerated_items(
    scorer: &Scorer,
    tokens: &[Token],
    range: Range<usize>,
    boilerplate: &[Range<usize>],
) -> Vec<usize> {
    const DELIMITERS: &[&str] = &["、", "・", ","];
    let phrases: Vec<&[Token]> =
        tokens_within(tokens, &range).split(|t| DELIMITERS.contains(&t.surface)).filter(|p| !p.is_empty()).collect();
    let params = &scorer.params;
    if phrases.len() < params.enumeration_min_phrases {
        return Vec::new();
    }
    let mut named: Vec<usize> = Vec::new();
    for phrase in phrases.iter().copied() {
        let mut v = TermVec::default();
        add_terms(&mut v, &terms_skipping(phrase, boilerplate), 1.0);
        if v.keys().all(|t| terms::is_role_word(t.as_str())) {
            continue;
        }
        // The phrase must name the item: at least half and at least two of
        // the title's words, including its rarest; items that are roles
        // (保護管理者) are not measures.
        // (The cheapest test, the rarest word, first: most items fail it.)
        let names_item = |i: usize| {
            let title = &scorer.items[i].names[0];
            scorer.item_rarest[i].as_ref().is_some_and(|t| v.contains_key(t)) && !scorer.items[i].title_is_role && {
                let shared = title.keys().filter(|t| v.contains_key(*t)).count();
                shared >= 2 && shared * 2 >= title.len()
            }
        };
        let best = (0..scorer.items.len())
            .filter(|&i| names_item(i))
            .map(|i| (i, weighted_dice(&v, &scorer.items[i].names[0], &scorer.idf)))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((i, score)) = best {
            if score >= params.enumeration_min_dice && !named.contains(&i) {
                named.push(i);
            }
        }
    }
    // An enumeration of measures, not a sentence that happens to name two.
    if named.len() >= params.enumeration_min_items && named.len() * 2 >= phrases.len() {
        named
    } else {
        Vec::new()
    }
}

/// The sentence of `lines` that carries most of the found elements (or,
/// failing that, the first one).
pub(crate) fn carrying_sentence(lines: &[String], item: &ItemProfile, elements: &[String]) -> String {
    Sentences::default().carrying(lines, item, elements).map_or_else(String::new, |s| s.text.clone())
}

/// One sentence of a line as the coverage reads it.
pub(crate) struct Sentence {
    /// Trimmed, as written.
    pub(crate) text: String,
    /// Its NFKC form.
    compact: String,
    /// Whether it hands its matter over (`terms::is_reference`).
    pub(crate) reference: bool,
    /// The items it hands over (see [`referenced_by_sentences`]), once asked.
    handed_over: OnceCell<Vec<usize>>,
    /// `compact` with the documents it cites blanked
    /// (`terms::without_cited_names`), once asked: every element of every
    /// item is looked for in it.
    without_cited: OnceCell<String>,
}

impl Sentence {
    /// Whether it ends in less than a duty (`confidence::is_weak_duty`).
    pub(crate) fn weak_duty(&self) -> bool {
        confidence::is_weak_duty_nfkc(&self.compact)
    }

    /// Whether it asks no more than an effort for `item`'s `elements`: it
    /// ends in less than a duty, it only assigns affairs (for an item that
    /// is no role: `confidence::assigns_affairs_nfkc`), it leaves its act
    /// to its actor's judgment where the item does not, for these elements
    /// (`confidence::is_left_to_judgment_nfkc`,
    /// `ItemProfile::asks_only_as_needed`), it takes an act the item asks at
    /// fixed intervals only as needed (`confidence::is_when_needed_nfkc`,
    /// `confidence::is_as_needed_nfkc`) or one the item asks yearly at a
    /// longer interval (`confidence::names_longer_interval_nfkc`), it takes
    /// the measure for listed or named kinds of information
    /// (`confidence::narrows_to_listed_nfkc`,
    /// `confidence::names_records_only_nfkc`), what someone is to
    /// designate (`confidence::leaves_object_to_designation_nfkc`) or a
    /// special kind (`confidence::names_special_kind_nfkc`) for an act the
    /// item does not take only as needed, or, where the item grades
    /// nothing, for part of its object limited by a parenthesis
    /// (`confidence::limits_its_object_nfkc`), it binds the staff of named
    /// units only where the item binds all staff
    /// (`confidence::binds_named_units_staff_nfkc`), binds the managers of
    /// named units only (`confidence::binds_named_units_managers_nfkc`:
    /// each unit has its own) or takes it for what named units handle
    /// (`confidence::limits_to_named_units_information_nfkc`), or lays the
    /// act on the
    /// heads of named units where the item asks it of every unit's manager
    /// (`confidence::named_unit_heads_act_nfkc`; for a role, naming the
    /// heads who hold it is how it is set up), or it states them only in
    /// an effort clause before its duty (「…研修を行うよう努めるとともに、
    /// その記録を保存しなければならない。」, see
    /// `confidence::effort_clause_end`).
    pub(crate) fn weak_duty_for(&self, item: &ItemProfile, elements: &[String]) -> bool {
        if self.weak_duty()
            || (!item.role && confidence::assigns_affairs_nfkc(&self.compact))
            || (!item.left_to_judgment
                && !item.asks_only_as_needed(elements)
                && confidence::is_left_to_judgment_nfkc(&self.compact))
            || confidence::narrows_to_listed_nfkc(&self.compact)
            || confidence::names_records_only_nfkc(&self.compact)
            || confidence::leaves_object_to_designation_nfkc(&self.compact)
            || (confidence::names_special_kind_nfkc(&self.compact)
                && !elements.iter().any(|e| item.as_needed_elements.contains(e)))
            || (!item.graded && confidence::limits_its_object_nfkc(&self.compact))
            || (!item.restricts && confidence::permits_only_in_cases_nfkc(&self.compact))
            || (item.all_staff && confidence::binds_named_units_staff_nfkc(&self.compact))
            || (!item.role && confidence::binds_named_units_managers_nfkc(&self.compact))
            || (!item.role && confidence::limits_to_named_units_information_nfkc(&self.compact))
            || (item.per_unit && !item.role && confidence::named_unit_heads_act_nfkc(&self.compact))
            || (item.periodic
                && !item.asks_only_as_needed(elements)
                && (confidence::is_when_needed_nfkc(&self.compact) || confidence::is_as_needed_nfkc(&self.compact)))
            || (item.yearly && confidence::names_longer_interval_nfkc(&self.compact))
        {
            return true;
        }
        let Some(end) = confidence::effort_clause_end(&self.compact) else { return false };
        let found = found_phrases(item, elements);
        let (effort, duty) = self.compact.split_at(end);
        element_hits(effort, &found) > 0 && element_hits(duty, &found) == 0
    }

    /// Whether the elements of `item` it holds (`elements`, labels) are all
    /// in the name of a document it defers to or cites (「…基本方針（…）に
    /// 定めるところによるほか、…」, 「基本方針に定める総括責任者」, see
    /// `terms::without_cited_names`): it cites them, it does not lay them down.
    pub(crate) fn names_only_cited(&self, item: &ItemProfile, elements: &[String]) -> bool {
        let found = found_phrases(item, elements);
        let without_cited = self.without_cited.get_or_init(|| terms::without_cited_names(&self.compact));
        element_hits(&self.compact, &found) > 0 && element_hits(without_cited, &found) == 0
    }

    /// Whether it names `item`'s role only as one another rule sets up
    /// (「…重要事項の決定…は、…委員会設置要綱（…）に規定する情報化推進
    /// 委員会において行うものとする。」): the role is that rule's, and this
    /// sentence sets none up (`names_only_as_another_rules`).
    pub(crate) fn names_role_of_another_rule(&self, item: &ItemProfile) -> bool {
        item.role && self.names_only_as_another_rules(item.role_names.iter().map(|n| n.name.as_str()))
    }

    /// Whether the role words among the phrases of `item`'s element `label`
    /// it holds name only another rule's roles (「所管課は、規程第6条第1項に
    /// 規定する監査責任者が行う監査に協力しなければならない。」 sets no
    /// 監査責任者 up, for an item whose element asks one set up).
    fn names_element_role_of_another_rule(&self, item: &ItemProfile, label: &String) -> bool {
        let found = found_phrases(item, std::slice::from_ref(label));
        let mut words = found.iter().flat_map(|phrases| phrases.iter()).filter(|w| states(&self.compact, w)).flatten();
        let roles: Vec<&str> = words.clone().filter(|w| terms::is_role_word(w)).map(String::as_str).collect();
        !roles.is_empty()
            && words.all(|w| terms::is_role_word(w))
            && self.names_only_as_another_rules(roles.into_iter())
    }

    /// Whether every naming of `names` in it ends the noun that follows a
    /// cited source (`terms::cited_source_ends`: 「…に規定する情報化推進
    /// 委員会」) or is part of that source's name (…委員会設置要綱), and it
    /// names one; a role of this rule's acting as the other's
    /// (「課等管理者は、市規程第4条第1項に規定する保護管理者として、…」) is
    /// its own.
    fn names_only_as_another_rules<'n>(&self, names: impl Iterator<Item = &'n str>) -> bool {
        let sources = terms::cited_source_ends(&self.compact);
        if sources.is_empty() {
            return false;
        }
        let documents = terms::documents_deferred_to();
        let in_noun = |c: char| !crate::text::normalize::is_hiragana(c) && !matches!(c, '、' | '(');
        let of_a_source = |(at, name): (usize, &str)| {
            let after = &self.compact[at + name.len()..];
            let noun = &self.compact[at..at + name.len() + after.find(|c| !in_noun(c)).unwrap_or(after.len())];
            let named_after = sources.iter().any(|&end| end <= at && self.compact[end..at].chars().all(in_noun));
            (named_after && !after.starts_with("として")) || documents.iter().any(|k| noun.ends_with(k))
        };
        let mut named = names.flat_map(|n| self.compact.match_indices(n)).peekable();
        named.peek().is_some() && named.all(of_a_source)
    }

    /// Whether it names `item`'s `elements` (labels) only as acts of
    /// verifying that a document must hold as matters (「…管理の状況に
    /// ついての検査に関する事項等…について書面で確認する」, see
    /// `terms::without_named_matters` and `confidence::names_verifying_act`):
    /// the contract holds a term on checks, the body makes none. An element
    /// that is itself a document's content (秘密保持 as a term of the
    /// contract) is not read so.
    pub(crate) fn names_only_as_matter(&self, item: &ItemProfile, elements: &[String]) -> bool {
        let found = found_phrases(item, elements);
        let mut hitting =
            found.iter().flat_map(|phrases| phrases.iter()).filter(|w| states(&self.compact, w)).peekable();
        if hitting.peek().is_none() || !hitting.all(|w| confidence::names_verifying_act(w)) {
            return false;
        }
        element_hits(&terms::without_named_matters(&self.compact), &found) == 0
    }

    /// Whether it names `item`'s `elements` (labels) only as an act taken
    /// as done (「点検を行ったときは、その結果を…報告する」, see
    /// `confidence::presupposed_act_end`): it asks for what follows.
    pub(crate) fn names_only_as_done(&self, item: &ItemProfile, elements: &[String]) -> bool {
        let Some(end) = confidence::presupposed_act_end(&self.compact) else { return false };
        let found = found_phrases(item, elements);
        element_hits(&self.compact[..end], &found) > 0 && element_hits(&self.compact[end..], &found) == 0
    }

    /// Whether it is a 読替え (`terms::reads_another_provision_nfkc`): what
    /// it names is laid down by the provision it reads.
    pub(crate) fn reads_another_provision(&self) -> bool {
        terms::reads_another_provision_nfkc(&self.compact)
    }

    /// Whether it delegates matters it names (「…記録機能を有する機器の
    /// 接続の制限に関し必要な事項は、消防長が別に定める。」): the words
    /// before the formula name what another rule will lay down, so however
    /// many of an item's elements they hold, the sentence lays down none.
    pub(crate) fn delegates_matters(&self) -> bool {
        self.reference && delegated_matters(&self.compact).is_some()
    }
}

/// The sentences of one line, shared by every unit that reads the line.
type LineSentences = Rc<[Rc<Sentence>]>;

/// The sentences of an article's lines, each cut, normalised and read for
/// references once: the article, each of its paragraphs and each 号 are
/// scored as units of their own over the same lines, and each asked again
/// which sentence carries an item and which hand items over. One serves
/// one catalog's items: the items a sentence hands over are kept with it.
#[derive(Default)]
pub(crate) struct Sentences {
    lines: RefCell<HashMap<String, LineSentences, FastHashState>>,
}

impl Sentences {
    /// The sentences of `line`, trimmed, empty ones dropped.
    fn of_line(&self, line: &str) -> LineSentences {
        if let Some(read) = self.lines.borrow().get(line) {
            return read.clone();
        }
        let read: LineSentences = reading_sentences(line)
            .into_iter()
            .map(|text| {
                let compact = nfkc(text);
                Rc::new(Sentence {
                    reference: terms::is_reference_nfkc(&compact),
                    text: text.to_string(),
                    compact,
                    handed_over: OnceCell::new(),
                    without_cited: OnceCell::new(),
                })
            })
            .collect();
        self.lines.borrow_mut().insert(line.to_string(), read.clone());
        read
    }

    /// The sentences of `lines`, in order.
    fn of(&self, lines: &[String]) -> Vec<Rc<Sentence>> {
        let mut out = Vec::new();
        for line in lines {
            out.extend(self.of_line(line).iter().cloned());
        }
        out
    }

    /// Whether the sentences of `lines` that dispose of records
    /// (`confidence::DISPOSAL_WORDS`) and bind (not `Sentence::weak_duty`)
    /// name records on paper only (`confidence::names_paper_only_nfkc`):
    /// electronic media only recommended (「…電子媒体は、…破壊することを
    /// 推奨する。」) or whose erasure is left to another rule (「電磁的記録の
    /// 消去及び廃棄の方法は、システム管理者が別に定める。」) are not disposed
    /// of here. False where none disposes.
    pub(crate) fn bind_paper_only(&self, lines: &[String]) -> bool {
        let disposing: String = self
            .of(lines)
            .iter()
            .filter(|s| {
                !s.weak_duty()
                    && !confidence::is_delegation_nfkc(&s.compact)
                    && confidence::DISPOSAL_WORDS.iter().any(|w| s.compact.contains(w))
            })
            .map(|s| s.compact.as_str())
            .collect();
        confidence::names_paper_only_nfkc(&disposing)
    }

    /// Whether a sentence of `lines` other than `definition` lays down a
    /// duty to do what `definition` defines (「この条において「照合等」とは、
    /// …をいう。」, then 「職員は、…照合等を行わなければならない。」): the
    /// measure the definition names is then required. A duty about the
    /// term that is no duty to do it (照合等の実施について周知する) is not.
    pub(crate) fn requires_defined(&self, lines: &[String], definition: &Sentence) -> bool {
        let Some(term) = confidence::defined_term_nfkc(&definition.compact) else { return false };
        self.of(lines).iter().any(|s| !s.weak_duty() && confidence::asks_to_do(&s.compact, term))
    }

    /// Whether the lead of a list (the paragraph's own text before its 号)
    /// lays down less than a duty for the 号 it introduces: its sentence
    /// that announces them (次に掲げる, 次の各号 …: the first with 次, else
    /// its first) ends in an effort or a permission (「次に掲げる措置を講ずる
    /// よう努めなければならない。」, 「…次に掲げる措置を講ずることができる。」)
    /// or, for an `item` that is no role, assigns affairs (「…は、次に掲げる
    /// 事務をつかさどる。」). A lead that defines (「この規程において「技術的
    /// 安全管理措置」とは、次に掲げる措置をいう。」) is weak unless the
    /// `article` requires what it defines (「…技術的安全管理措置を講じなけれ
    /// ばならない。」).
    pub(crate) fn lead_is_weak(&self, lead: &str, item: &ItemProfile, article: &ArticleAnalysis) -> bool {
        let sentences = self.of_line(lead);
        let announcing = sentences.iter().find(|s| s.compact.contains('次')).or(sentences.first());
        announcing.is_some_and(|s| {
            (s.weak_duty() && !self.requires_defined(&article.lines(), s))
                || (!item.role && confidence::assigns_affairs_nfkc(&s.compact))
        })
    }

    /// The elements among `elements` (labels of `item`'s) that `lines` lay
    /// down: an element whose phrases are found only in sentences that ask
    /// less than a duty of it (`Sentence::weak_duty_for`: 「…見直しについて
    /// 検討するものとする。」, 「…分離されたネットワーク上で運用されている。」),
    /// leave it to another rule (`confidence::is_delegation_nfkc`:
    /// 「本人への通知…の手順は、総括者が別に定める。」,
    /// `confidence::attaches_what_another_lays_down_nfkc`: 「…契約書に、…が
    /// 別に定める特記事項を付さなければならない。」, or
    /// `Sentence::delegates_matters`: 「…委託先の監督に関し必要な事項に
    /// ついては、…基準の例による。」), take it as done
    /// (`Sentence::names_only_as_done`: 「点検を行ったときは、その結果を
    /// …報告する。」), carve a class of cases out of it
    /// (`confidence::is_carved_out_nfkc`: 「ただし、基幹系システムの端末に
    /// 保存する場合は、この限りでない。」) or, for an element of data where
    /// it is kept, take it only when data is sent or carried out
    /// (`confidence::only_in_transit_nfkc`) is named, not
    /// wholly laid down, however firmly the other sentences of the unit
    /// bind. An element no one sentence holds (its words in two) is kept.
    pub(crate) fn laid_down(&self, lines: &[String], item: &ItemProfile, elements: &[String]) -> Vec<String> {
        let sentences = self.of(lines);
        let named_only = |label: &String| {
            let found = found_phrases(item, std::slice::from_ref(label));
            let mut holding = sentences.iter().filter(|s| element_hits(&s.compact, &found) > 0).peekable();
            holding.peek().is_some()
                && holding.all(|s| {
                    confidence::is_delegation_nfkc(&s.compact)
                        || confidence::attaches_what_another_lays_down_nfkc(&s.compact)
                        || s.delegates_matters()
                        || s.names_only_cited(item, std::slice::from_ref(label))
                        || s.names_element_role_of_another_rule(item, label)
                        || s.names_only_as_done(item, std::slice::from_ref(label))
                        || s.names_only_as_matter(item, std::slice::from_ref(label))
                        || confidence::is_carved_out_nfkc(&s.compact)
                        || (item.at_rest_elements.contains(label) && confidence::only_in_transit_nfkc(&s.compact))
                        || (s.weak_duty_for(item, std::slice::from_ref(label)) && !self.requires_defined(lines, s))
                })
        };
        elements.iter().filter(|label| !named_only(label)).cloned().collect()
    }

    /// The sentence of `lines` that carries most of the found elements (or,
    /// failing that, the first one); None when `lines` hold no sentence.
    pub(crate) fn carrying(&self, lines: &[String], item: &ItemProfile, elements: &[String]) -> Option<Rc<Sentence>> {
        let sentences = self.of(lines);
        // The phrases of each element found: with none, no sentence beats
        // the first. A discretionary element weighs nothing here, as in
        // the score.
        let scored: Vec<String> =
            elements.iter().filter(|l| !item.discretionary_elements.contains(l)).cloned().collect();
        let found = found_phrases(item, &scored);
        let mut best = (0, sentences.first()?);
        if !found.is_empty() {
            for s in &sentences {
                let h = element_hits(&s.compact, &found);
                if h > best.0 {
                    best = (h, s);
                }
            }
        }
        Some(best.1.clone())
    }
}

/// The sentence of `lines` that sets `item`'s role up, when every sentence
/// that does so lays down less than a duty (「管理者は、必要があると認める
/// ときは、…事務担当者を指名することができる。」, 「…委員会を置くよう努める
/// ものとする。」): a role set up so may not exist, whoever the permission is
/// given over (「…保護担当者を指定し、…担当させることができる。」). So is a
/// role asked in every unit and set up in named ones only (「任用課及び審査課
/// に、保護担当者を置き」, `confidence::sets_up_in_named_units_nfkc`), or
/// with a proviso that carves a class of units out (「…担当者を指定しなければ
/// ならない。ただし、所属する職員の数が５人に満たない部門にあっては、この
/// 限りでない。」). None for an item that is no role, or a role set up as a
/// duty (「…保護担当者を置く。」) or not here.
pub(crate) fn weak_role_set_up(lines: &[String], item: &ItemProfile) -> Option<String> {
    if !item.role {
        return None;
    }
    let sentences = RoleSentences::of(lines, item);
    // A sentence that lets some units go without the role (「前2項の規定に
    // かかわらず、…出張所にあっては、保護担当者を置かないことができる。」)
    // leaves them without it, however firmly the others set it up.
    if let Some(&k) = sentences.not_set_up.iter().find(|&&k| confidence::is_exemption_nfkc(&sentences.compact[k])) {
        return Some(sentences.text[k].to_string());
    }
    let mut setting_up = sentences.setting_up.iter().copied();
    let first = setting_up.next()?;
    // A proviso that lifts the sentence where someone finds it not needed:
    // shown with it, it says why.
    let lifted = |k: usize| {
        (sentences.text.get(k + 1)).filter(|next| {
            next.starts_with("ただし") && confidence::lifts_where_found_unneeded_nfkc(&sentences.compact[k + 1])
        })
    };
    let short = |k: usize| {
        let s = &sentences.compact[k];
        confidence::is_weak_duty_nfkc(s)
            || confidence::ends_in_permission_nfkc(s)
            || confidence::is_carved_out_nfkc(s)
            || (item.per_unit && confidence::sets_up_in_named_units_nfkc(s))
            || lifted(k).is_some()
    };
    (short(first) && setting_up.all(short))
        .then(|| format!("{}{}", sentences.text[first], lifted(first).copied().unwrap_or_default()))
}

/// The sentences of a unit's lines, read for a role item's set-up once.
struct RoleSentences<'l> {
    text: Vec<&'l str>,
    /// Each sentence in NFKC.
    compact: Vec<String>,
    /// The sentences that set the role up.
    setting_up: Vec<usize>,
    /// The sentences that name it as not set up (「…取扱主任を指定しない
    /// 所属にあっては、…」, 「…を置かないことができる」,
    /// `confidence::names_not_set_up_nfkc`): they set nothing up.
    not_set_up: Vec<usize>,
}

impl<'l> RoleSentences<'l> {
    fn of(lines: &'l [String], item: &ItemProfile) -> RoleSentences<'l> {
        let unit = nfkc(&lines.concat());
        let text: Vec<&str> = lines.iter().flat_map(|l| reading_sentences(l)).collect();
        let compact: Vec<String> = text.iter().map(|s| nfkc(s)).collect();
        let (not_set_up, setting_up) = (0..text.len())
            .filter(|&k| roles::sentence_sets_up(&compact[k], &unit, &item.role_names))
            .partition(|&k| confidence::names_not_set_up_nfkc(&compact[k]));
        RoleSentences { text, compact, setting_up, not_set_up }
    }
}

/// The sentence of `lines` that sets up `item`'s role (an item asked of
/// every unit) where each that does sets it up in some of the kinds of unit
/// the rule's units are (`classes`, see
/// `confidence::sets_up_in_part_of_class_nfkc`): 「学校に、個人情報取扱担当者
/// を置き、…」 with 課等 defined as 課、学校及び教育機関.
pub(crate) fn role_set_up_in_part_of_units(
    lines: &[String],
    item: &ItemProfile,
    classes: &[confidence::UnitClass],
) -> Option<String> {
    if !item.role || !item.per_unit || classes.is_empty() {
        return None;
    }
    let sentences = RoleSentences::of(lines, item);
    let first = *sentences.setting_up.first()?;
    let in_part = |k: &usize| confidence::sets_up_in_part_of_class_nfkc(&sentences.compact[*k], classes);
    sentences.setting_up.iter().all(in_part).then(|| sentences.text[first].to_string())
}

/// The phrases of each of `item`'s elements among `elements` (labels).
fn found_phrases<'i>(item: &'i ItemProfile, elements: &[String]) -> Vec<&'i Vec<Vec<String>>> {
    item.elements.iter().filter(|(label, _)| elements.contains(label)).map(|(_, p)| p).collect()
}

/// How many of `found` (each an element's phrases, a phrase its words)
/// `text` (NFKC) states: an element is stated when all the words of one of
/// its phrases are in the text.
fn element_hits(text: &str, found: &[&Vec<Vec<String>>]) -> usize {
    found.iter().filter(|phrases| phrases.iter().any(|w| states(text, w))).count()
}

/// Whether `text` (NFKC) states `phrase`: all its words are in it.
fn states(text: &str, phrase: &[String]) -> bool {
    phrase.iter().all(|w| text.contains(w.as_str()))
}

/// The articles a 附則 suspends for a time, each with the 項 or 号 it
/// names: 「第15条の規定は、当分の間、適用しない。」, 「第八条及び第九条の
/// 規定は、令和9年3月31日までの間は、適用しない。」, 「第2条から第5条までの
/// 規定は…」, a part of one (「第17条第1項第2号の規定のうち…に係る部分は、
/// …別に定める日までの間は、適用しない。」), or keeps the old rule instead
/// of: 「…令和9年3月31日までの間は、第12条の規定にかかわらず、なお従前の
/// 例による。」, or lets the old practice go on (「…までの間は、第18条第2項
/// の規定にかかわらず、…識別符号を使用させることができる。」,
/// `confidence::relieves_nfkc`). Their measures are
/// not in force when the rule is, so they are no more than partial evidence.
/// A suspension for a class of cases (「第24条の規定は、出先機関に設置する
/// 端末については、令和9年3月31日までの間は、適用しない。」) leaves those
/// cases without the measure as much, whether the class is named after the
/// provision or before it (「校務支援システムについては、令和9年3月31日まで
/// の間は、第23条の規定は、適用しない。」), the cases the rule finds in
/// place included (「この規程の施行の際現に設置されている端末については、
/// …までの間は、…」: until then they go without it). A sentence that names
/// cases and no time (「施行日前に取得した…については、第10条の規定は、適用
/// しない。」) only carves them out and is left out.
pub(crate) fn suspended_articles(reg: &Regulation) -> Vec<ArticleCitation> {
    let mut out = Vec::new();
    for text in supplementary_texts(reg) {
        for sentence in line_sentences(text) {
            let s = nfkc(sentence);
            let s = s.trim_end_matches('。');
            // 「第N条の規定は、…までの間は、適用しない」, or the old rule kept
            // instead: 「…までの間は、第N条の規定にかかわらず、なお従前の例による」.
            let split = if s.ends_with("適用しない") {
                // 「第17条第1項第2号の規定のうち…に係る部分は、…適用しない」
                // suspends a part of it.
                s.rsplit_once("の規定は、").or_else(|| s.split_once("の規定のうち"))
            } else if s.ends_with("従前の例による")
                || (s.contains("の規定にかかわらず") && confidence::relieves_nfkc(s))
            {
                s.rsplit_once("の規定にかかわらず")
            } else {
                None
            };
            let Some((before, _)) = split else { continue };
            // Cases named with no time are old ones, carved out.
            if !is_for_a_time(s) {
                continue;
            }
            out.extend(numerals::article_citations(&same_article_named(before, citing_clause(before))));
        }
    }
    out
}

/// The provisions a paragraph of the rule's own text suspends for a time,
/// for all cases or for those it names: 「前項の規定は、当分の間、校務用
/// 端末の更新が完了していない学校については、適用しない。」. 前項 is the
/// paragraph before, 前条 the article before; a provision cited by number
/// is as cited. What they lay down does not reach every case while the
/// rule is in force.
pub(crate) fn suspended_in_text(reg: &Regulation) -> Vec<ArticleCitation> {
    cited_by_own_paragraphs(reg, "適用しない", |s| {
        let s = s.trim_end_matches('。');
        let (before, _) = s.rsplit_once("の規定は、").filter(|_| is_for_a_time(s) && s.ends_with("適用しない"))?;
        Some(citing_clause(before))
    })
}

/// The provisions a paragraph of the rule's own text relieves a class of
/// cases of, on no one's say, for good or for a time (`confidence::carved_provisions_nfkc`):
/// 「前各項の規定にかかわらず、検針業務を個人に委託する場合には、…に代えて、
/// …誓約書の提出を受けることで足りるものとする。」. What the cited
/// paragraphs lay down does not reach those cases — a gap a reader must
/// see, as with a carving ただし書.
pub(crate) fn carved_out_in_text(reg: &Regulation) -> Vec<ArticleCitation> {
    // Every shape of relief cites a provision (「…の規定…」).
    cited_by_own_paragraphs(reg, "規定", confidence::carved_provisions_nfkc)
}

/// The places cited by the sentences (NFKC) of the rule's paragraphs that
/// hold `mark`, as `cites` reads each sentence's citing clause: 前項 is the
/// paragraph before, 前各項 every paragraph before, 第N項 a paragraph of the
/// same article, 前条 the article before, 前2条 the two before; a provision
/// cited with its article is as cited.
fn cited_by_own_paragraphs(reg: &Regulation, mark: &str, cites: impl Fn(&str) -> Option<&str>) -> Vec<ArticleCitation> {
    let mut out = Vec::new();
    let mut previous: Vec<&crate::model::Article> = Vec::new();
    for article in reg.articles() {
        // Most paragraphs cite nothing so: read only those with the mark.
        for p in article.paragraphs.iter().filter(|p| p.text.contains(mark)) {
            let mut before: Option<String> = None;
            for sentence in line_sentences(&p.text) {
                let s = nfkc(sentence);
                // 「この場合において、」 names the case of the sentence before.
                let s = match before.replace(s.clone()).and_then(|b| confidence::in_the_case_of(&b, &s)) {
                    Some(joined) => joined,
                    None => s,
                };
                let Some(cited) = cites(&s) else { continue };
                let paragraph = |paragraph| ArticleCitation {
                    first: article.number.clone(),
                    last: article.number.clone(),
                    paragraph: Some(paragraph),
                    item: None,
                };
                match cited {
                    "前項" if p.number > 1 => out.push(paragraph(p.number - 1)),
                    "前各項" => out.extend((1..p.number).map(paragraph)),
                    // 前条, 前2条: the articles before, as many as named.
                    _ if cited.starts_with('前') && cited.ends_with('条') => {
                        let n =
                            numerals::parse_number(&cited['前'.len_utf8()..cited.len() - '条'.len_utf8()]).unwrap_or(1);
                        out.extend(previous.iter().rev().take(n as usize).map(|a| ArticleCitation {
                            first: a.number.clone(),
                            last: a.number.clone(),
                            paragraph: None,
                            item: None,
                        }))
                    }
                    _ => match own_paragraph_numbers(cited, p.number) {
                        Some(numbers) => out.extend(numbers.into_iter().map(paragraph)),
                        None => out.extend(numerals::article_citations(cited)),
                    },
                }
            }
        }
        previous.push(article);
    }
    out
}

/// The paragraphs of the same article a clause that names no article
/// cites, from the paragraph numbered `at`: 「前2項」 the two before it,
/// 「第2項」 or 「第2項及び第3項」 those named. None for a clause that names
/// an article or no paragraph.
fn own_paragraph_numbers(cited: &str, at: u32) -> Option<Vec<u32>> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    if cited.contains('条') {
        return None;
    }
    if let Some(n) = cited.strip_prefix('前').and_then(|c| c.strip_suffix('項')).and_then(numerals::parse_number) {
        return Some((at.saturating_sub(n).max(1)..at).collect());
    }
    let re = RE.get_or_init(|| regex::Regex::new(&format!("第({})項", numerals::NUMERALS)).expect("valid regex"));
    let numbers: Vec<u32> = re.captures_iter(cited).filter_map(|c| numerals::parse_number(&c[1])).collect();
    (!numbers.is_empty()).then_some(numbers)
}

/// Whether a sentence (NFKC) speaks for a time: 当分の間, or until a day
/// (…までの間).
fn is_for_a_time(sentence: &str) -> bool {
    sentence.contains("当分の間") || sentence.contains("までの間")
}

/// The clause of `text` that cites the provisions a 附則 or a paragraph
/// acts on: the words after its last 、 (「…までの間、第17条第1項」 → 第17条
/// 第1項).
fn citing_clause(text: &str) -> &str {
    text.rsplit('、').next().unwrap_or(text)
}

/// `cited`, the end of `before`, with a 同条 (the article last cited)
/// written out: in 「…第17条第1項中「…」とあるのは「…」とし、同条第3項の
/// 規定は、適用しない」 the 同条 is 第17条.
fn same_article_named(before: &str, cited: &str) -> String {
    static ARTICLE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let Some(rest) = cited.strip_prefix("同条") else { return cited.to_string() };
    let article = ARTICLE.get_or_init(|| {
        let n = numerals::NUMERALS;
        regex::Regex::new(&format!("第{n}条(?:の{n})?")).expect("valid regex")
    });
    let earlier = &before[..before.len() - cited.len()];
    article.find_iter(earlier).last().map_or(cited.to_string(), |a| format!("{}{rest}", a.as_str()))
}

/// Words by which a 読替え takes less than the words it replaces: a limit
/// (…に限る, …を除く), an effort, a possibility, an act only when needed
/// (「定期に分析する」 read as 「必要に応じて分析する」).
const LESSENING_WORDS: &[&str] =
    &["に限る", "を除く", "努め", "できる", "必要に応じ", "必要があると認める", "必要と認める"];

/// The articles a 附則 reads, for a time, so as to take less: 「令和9年3月
/// 31日までの間における第17条の規定の適用については、同条中「所管する保有
/// 個人情報の」とあるのは、「所管する保有個人情報（第12条各号に掲げるものに
/// 限る。）の」とする。」. Their measures as written are not in force when the
/// rule is. A 読替え that only renames (an office until a reorganisation)
/// takes no less and is left out. The 読替え may be written straight on
/// the provision: 「…までの間、第17条第1項中「定期に分析する」とあるのは
/// 「必要に応じて分析する」とする。」.
pub(crate) fn narrowed_articles(reg: &Regulation) -> Vec<ArticleCitation> {
    static DIRECT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // 「第17条第1項中「定期に分析する」とあるのは「必要に応じて分析する」と
    // し」: the 読替え written straight on the provision.
    let direct = DIRECT.get_or_init(|| {
        let n = numerals::NUMERALS;
        regex::Regex::new(&format!("(第{n}条(?:の{n})?(?:第{n}項)?)中「[^」]*」とあるのは「([^」]*)」"))
            .expect("valid regex")
    });
    let mut out = Vec::new();
    for text in supplementary_texts(reg) {
        for sentence in line_sentences(text) {
            let s = nfkc(sentence);
            let for_a_time = is_for_a_time(&s);
            if for_a_time {
                for c in direct.captures_iter(&s) {
                    if LESSENING_WORDS.iter().any(|w| c[2].contains(w)) {
                        out.extend(numerals::article_citations(&c[1]));
                    }
                }
            }
            let Some((before, reading)) = s.split_once("の規定の適用については、") else { continue };
            let Some((_, replacement)) = reading.rsplit_once("とあるのは") else { continue };
            if for_a_time && LESSENING_WORDS.iter().any(|w| replacement.contains(w)) {
                // 「…までの間における第17条」: the articles after the time.
                let cited = before.rsplit_once("における").map_or(before, |(_, c)| c);
                out.extend(numerals::article_citations(citing_clause(cited)));
            }
        }
    }
    out
}

/// The texts of a regulation's 附則: their paragraphs and their articles'.
fn supplementary_texts(reg: &Regulation) -> impl Iterator<Item = &str> {
    reg.supplementary.iter().flat_map(texts_of)
}

/// The texts of one 附則, in order.
fn texts_of(s: &Supplementary) -> impl Iterator<Item = &str> {
    s.paragraphs.iter().chain(s.articles.iter().flat_map(|a| a.paragraphs.iter())).map(|p| p.text.as_str())
}

/// The articles a 附則 brings into force after the rule itself: 「この規程
/// は、令和8年4月1日から施行する。ただし、第23条の規定は、…別に定める日から
/// 施行する。」, or from a date after the rule's own, in a proviso or a 項 of
/// its own (「３　第１０の規定は、令和９年４月１日から施行する。」). Their
/// measures are not in force when the rule is. A proviso that brings articles in on the day
/// of promulgation (「ただし、次条の規定は、公布の日から施行する。」) or on
/// an earlier date brings them in sooner and is left out. So does one
/// that applies a provision only to cases from a date after the rule's
/// (「…の規定は、令和9年4月1日以後に締結される委託契約について適用する。」),
/// and so does one that puts off what a provision asks done (「第28条第1項
/// の規定による監査は、…については、令和9年4月1日以後に行うものとする。」).
pub(crate) fn deferred_articles(reg: &Regulation) -> Vec<ArticleCitation> {
    let mut out = Vec::new();
    for supplementary in &reg.supplementary {
        // The rule's own day, from the 附則's sentence that names no
        // provision; the day of promulgation when none is said.
        let mut own_day = EffectiveDay::Promulgation;
        for sentence in texts_of(supplementary).flat_map(line_sentences) {
            let s = nfkc(sentence);
            // 「…の規定は、…の日から適用する」 defers a provision as
            // 「…から施行する」 does.
            let s = s.trim_end_matches('。');
            // 「第28条第1項の規定による監査は、…の所管に係るものについては、
            // 令和9年4月1日以後に行うものとする。」: the act the provision asks
            // waits for that date, for those cases or all.
            let asked = s.strip_suffix("ものとする").unwrap_or(s);
            if let Some((before, act)) = asked
                .strip_suffix("に行う")
                .or_else(|| asked.strip_suffix("に実施する"))
                .and_then(|s| s.split_once("の規定による"))
            {
                let day = act.rsplit('、').next().unwrap_or(act);
                let day = day.strip_suffix("以後").or_else(|| day.strip_suffix("以降")).map(EffectiveDay::of);
                if day.is_some_and(|day| matches!(day, EffectiveDay::Date(_)) && day.is_after(&own_day)) {
                    out.extend(numerals::article_citations(citing_clause(before)));
                }
                continue;
            }
            // 「第35条第3項の規定は、令和9年4月1日以後に締結される委託契約に
            // ついて適用する。」: the cases before that date, those of the
            // first year included, never come under it. Only a date counts:
            // 「施行日以後に…について適用する」 leaves out only what came
            // before the rule.
            if let Some((before, cases)) = s.strip_suffix("について適用する").and_then(|s| s.rsplit_once("の規定は、"))
            {
                let day =
                    cases.split_once("以後").or_else(|| cases.split_once("以降")).map(|(day, _)| EffectiveDay::of(day));
                if day.is_some_and(|day| matches!(day, EffectiveDay::Date(_)) && day.is_after(&own_day)) {
                    out.extend(numerals::article_citations(citing_clause(before)));
                }
                continue;
            }
            let Some(day) = s.strip_suffix("から施行する").or_else(|| s.strip_suffix("から適用する"))
            else {
                continue;
            };
            let Some((before, day)) = day.rsplit_once("の規定は、") else {
                own_day = EffectiveDay::of(day);
                continue;
            };
            if EffectiveDay::of(day).is_after(&own_day) {
                out.extend(numerals::article_citations(citing_clause(before)));
            }
        }
    }
    out
}

/// The day a 附則 brings provisions into force from.
#[derive(Debug, PartialEq)]
enum EffectiveDay {
    /// 公布の日.
    Promulgation,
    /// A date: era (明治 = 0 … 令和 = 4), year, month, day.
    Date([u32; 4]),
    /// A day set elsewhere or counted from another (規則で定める日, 別に定める日,
    /// 公布の日から起算して6月を経過した日): after promulgation.
    Later,
}

impl EffectiveDay {
    /// The day a 附則 names before 「から施行する」 (NFKC).
    fn of(text: &str) -> EffectiveDay {
        static DATE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let date = DATE.get_or_init(|| {
            let n = numerals::NUMERALS;
            regex::Regex::new(&format!("(明治|大正|昭和|平成|令和)(元|{n})年({n})月({n})日")).expect("valid regex")
        });
        if text.ends_with("公布の日") {
            return EffectiveDay::Promulgation;
        }
        let Some(c) = date.captures(text).filter(|c| text.ends_with(&c[0])) else { return EffectiveDay::Later };
        let era = ["明治", "大正", "昭和", "平成", "令和"].iter().position(|e| *e == &c[1]).unwrap_or(0) as u32;
        let year = if &c[2] == "元" { Some(1) } else { numerals::parse_number(&c[2]) };
        match (year, numerals::parse_number(&c[3]), numerals::parse_number(&c[4])) {
            (Some(y), Some(m), Some(d)) => EffectiveDay::Date([era, y, m, d]),
            _ => EffectiveDay::Later,
        }
    }

    /// Whether this day comes after `other`; a date after a day set
    /// elsewhere is not known to.
    fn is_after(&self, other: &EffectiveDay) -> bool {
        match (self, other) {
            (EffectiveDay::Promulgation, _) => false,
            (EffectiveDay::Date(a), EffectiveDay::Date(b)) => a > b,
            (EffectiveDay::Date(_), EffectiveDay::Later) => false,
            (EffectiveDay::Date(_) | EffectiveDay::Later, EffectiveDay::Promulgation) | (EffectiveDay::Later, _) => {
                true
            }
        }
    }
}

/// Whether one of `suspended` takes in the place `evidence` cites. A
/// 別表 is read as a place of the article it belongs to (「別表（第32条関
/// 係）」): what suspends or relieves that article's 項 reaches the list
/// it sets out.
pub(crate) fn is_suspended(suspended: &[ArticleCitation], evidence: &Evidence, reg: &Regulation) -> bool {
    let Some(article) = numerals::parse_article_ref(&evidence.article_label) else {
        let related = reg
            .appendices
            .iter()
            .find(|a| a.id == evidence.article_id)
            .and_then(|a| numerals::article_citations(&nfkc(a.relation.as_deref()?)).into_iter().next());
        return related.is_some_and(|r| suspended.iter().any(|c| c.takes_in(&r.first, None, None)));
    };
    // 第2号 or 第2号イ: the 号's number.
    let item = evidence.item_label.as_deref().and_then(|label| {
        let digits = label.strip_prefix('第')?.split('号').next()?;
        numerals::parse_number(digits)
    });
    suspended.iter().any(|c| c.takes_in(&article, evidence.paragraph, item))
}

/// The sentences of `lines`, trimmed, empty ones dropped.
pub(crate) fn sentences_of(lines: &[String]) -> impl Iterator<Item = &str> {
    lines.iter().flat_map(|l| line_sentences(l))
}

/// The sentences of one line as the coverage reads them: as
/// [`line_sentences`], but a proviso that suspends the sentence before it
/// for a time (「ただし、当分の間、この限りでない。」) or carves cases out
/// of it (「ただし、基幹系システムの端末に保存する場合は、この限りでな
/// い。」) is read with it, so that sentence states no duty in force, or
/// one that does not reach every case.
fn reading_sentences(line: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for sentence in line_sentences(line) {
        let proviso = || {
            let s = nfkc(sentence);
            confidence::is_suspending_proviso_nfkc(&s) || confidence::is_carving_proviso_nfkc(&s)
        };
        if out.is_empty() || !sentence.starts_with("ただし") || !proviso() {
            out.push(sentence);
            continue;
        }
        // A ただし書 excepts from the whole 本文: a 後段 that repeats the
        // 前段's act (「…においても、同様とする。」) is read with the 前段.
        let mut first = out.pop().expect("checked above");
        if nfkc(first).trim_end_matches('。').ends_with("同様とする") {
            first = out.pop().unwrap_or(first);
        }
        // All are slices of `line`: the one read spans from the first's
        // start to the proviso's end.
        let start = first.as_ptr() as usize - line.as_ptr() as usize;
        let end = sentence.as_ptr() as usize - line.as_ptr() as usize + sentence.len();
        out.push(&line[start..end]);
    }
    out
}

/// The sentences of one line, trimmed, empty ones dropped.
fn line_sentences(line: &str) -> impl Iterator<Item = &str> {
    sentences::split(line).into_iter().map(move |r| line[r].trim()).filter(|s| !s.is_empty())
}

/// Items that the reference sentences of `lines` (準用する, 委任する, 別に
/// 定める, …に従う: see `terms::is_reference`) hand over, each with its
/// sentence. Only the handing-over sentence names them: a role or 漏えい
/// named elsewhere in the article is no reference to it.
pub(crate) fn referenced_by_sentences(
    items: &[ItemProfile],
    lines: &[String],
    read: &Sentences,
) -> Vec<(usize, Rc<Sentence>)> {
    let mut out: Vec<(usize, Rc<Sentence>)> = Vec::new();
    for sentence in read.of(lines) {
        // A 準用 of the rule's own article names the case it extends to, not
        // the item: `extend_internal_references` follows it to the article
        // instead. A 読替え hands over nothing of its own: the words it
        // quotes are those of the provision another sentence applies.
        let handed_over = sentence.handed_over.get_or_init(|| {
            if sentence.reference
                && terms::internal_referent(&sentence.text).is_none()
                && !sentence.reads_another_provision()
            {
                handed_over_items(items, &terms::without_delegate(&sentence.compact))
            } else {
                Vec::new()
            }
        });
        for &i in handed_over {
            if !out.iter().any(|(j, _)| *j == i) {
                out.push((i, sentence.clone()));
            }
        }
    }
    out
}

/// 「前条（第N条）の規定は、…について準用する」: the article extends the
/// measures of the article it names to another case, so it covers that
/// article's items, by reference (△ on its own, like any reference).
pub(crate) fn extend_internal_references(
    analysis: &TextAnalysis,
    evidence: &mut [Vec<Evidence>],
    additions: &mut Vec<String>,
) {
    for (n, a) in analysis.articles.iter().enumerate() {
        for p in &a.paragraphs {
            for sentence in sentences_of(&p.lines) {
                let Some(referent) = terms::internal_referent(sentence) else { continue };
                let target = match referent.as_str() {
                    "前条" => n.checked_sub(1).map(|m| &analysis.articles[m]),
                    label => analysis.articles.iter().find(|t| nfkc(&t.label) == label),
                };
                let Some(target) = target.filter(|t| t.id != a.id) else { continue };
                for ev in evidence.iter_mut() {
                    let Some(source) = ev.iter().find(|e| e.article_id == target.id && !e.by_reference) else {
                        continue;
                    };
                    if ev.iter().any(|e| e.article_id == a.id) {
                        continue;
                    }
                    let link = Evidence {
                        article_id: a.id.clone(),
                        article_label: a.label.clone(),
                        paragraph: a.cited_paragraph(p.number),
                        item_label: None,
                        matched_elements: Vec::new(),
                        unlaid_elements: Vec::new(),
                        caption_match: false,
                        sentence: sentence.to_string(),
                        weak_duty: false,
                        by_reference: true,
                        ..source.clone()
                    };
                    ev.push(link);
                    additions.retain(|id| id != &a.id);
                }
            }
        }
    }
}
