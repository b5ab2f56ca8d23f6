//! A rule written by the stages of handling: articles headed 取得, 利用,
//! 保存, 提供, 削除及び廃棄 lay the handling down stage by stage, so the
//! rule is itself the 取扱規程 an item asks for (別添1 B: 「取得・利用・保存・
//! 提供・削除廃棄の管理段階ごとに…具体的な取扱いを定める取扱規程等」),
//! however little its articles' words share with the item's.
use super::profile::ItemProfile;
use super::references::sentences_of;
use super::Evidence;
use crate::analyze::confidence::{self, ScoreBand};
use crate::analyze::text_analysis::{ArticleAnalysis, TextAnalysis};
use crate::text::normalize::nfkc;

/// The stages of handling, each with the words a caption names it by.
const STAGES: &[&[&str]] = &[&["取得", "収集"], &["利用"], &["保管", "保存"], &["提供"], &["廃棄", "削除", "消去"]];

/// Stages a rule must head articles with to be written by stage: four of
/// the five, as one may be folded into another's article (保管 into 利用,
/// or 提供 left out by a body that provides nothing).
const STAGE_ARTICLES_MIN: usize = 4;

/// Words a phrase of an item's element must hold to name the stages (3):
/// 「取得 利用 保管 提供」 does, 「利用 提供」 (a limit on use) does not.
const STAGE_WORDS_MIN: usize = 3;

/// The stage a word names, if any.
fn stage_of(word: &str) -> Option<usize> {
    STAGES.iter().position(|words| words.contains(&word))
}

/// The stages a caption (NFKC, brackets trimmed) names when it names
/// nothing else: 「取得」, 「保存等」, 「削除及び廃棄」; not 「利用等の制限」
/// (a limit the law sets) or 「複製、送信及び持出し」.
fn caption_stages(caption: &str) -> Option<Vec<usize>> {
    let c = caption.trim_matches(['(', ')', ' ']);
    c.split(['、', '・'])
        .flat_map(|p| p.split("及び"))
        .flat_map(|p| p.split("並びに"))
        .map(|part| stage_of(part.strip_suffix('等').unwrap_or(part)))
        .collect()
}

/// Whether a phrase of an element names the stages (see `STAGE_WORDS_MIN`).
fn names_stages(phrase: &[String]) -> bool {
    phrase.len() >= STAGE_WORDS_MIN && phrase.iter().all(|w| stage_of(w).is_some())
}

/// Whether a phrase names a rule of handling (取扱規程): the rule itself,
/// when it is written by stage.
fn names_a_rule(phrase: &[String]) -> bool {
    matches!(phrase, [w] if w.ends_with("規程"))
}

/// Adds, for each item with an element naming the stages, the articles of
/// a rule written by stage as its evidence: they lay that element down, and
/// the element naming a rule of handling, the rule being one.
pub(super) fn add_handling_by_stage(
    items: &[ItemProfile],
    analysis: &TextAnalysis,
    evidence: &mut [Vec<Evidence>],
    additions: &mut Vec<String>,
) {
    let (articles, stages): (Vec<&ArticleAnalysis>, Vec<Vec<usize>>) = analysis
        .articles
        .iter()
        .filter(|a| !a.deleted)
        .filter_map(|a| Some((a, caption_stages(&nfkc(a.caption.as_deref()?))?)))
        .unzip();
    let mut stages: Vec<usize> = stages.into_iter().flatten().collect();
    stages.sort_unstable();
    stages.dedup();
    if stages.len() < STAGE_ARTICLES_MIN {
        return;
    }
    for (item, ev) in items.iter().zip(evidence.iter_mut()) {
        let label_of = |names: fn(&[String]) -> bool| {
            item.elements.iter().find(|(_, phrases)| phrases.iter().any(|p| names(p))).map(|(l, _)| l.clone())
        };
        let Some(stage_label) = label_of(names_stages) else { continue };
        let labels: Vec<String> = std::iter::once(stage_label).chain(label_of(names_a_rule)).collect();
        for a in &articles {
            let lines = a.lines();
            // An article that only asks an effort lays no stage down.
            let weak = sentences_of(&lines).all(confidence::is_weak_duty);
            match ev.iter_mut().find(|e| e.article_id == a.id && !e.by_reference) {
                Some(e) if !e.weak_duty => {
                    for l in &labels {
                        if !e.matched_elements.contains(l) {
                            e.matched_elements.push(l.clone());
                        }
                    }
                }
                Some(_) => {}
                None => ev.push(Evidence {
                    matched_elements: labels.clone(),
                    band: ScoreBand::Medium,
                    weak_duty: weak,
                    ..structural_evidence(a, sentences_of(&lines).next().unwrap_or_default())
                }),
            }
            additions.retain(|id| id != &a.id);
        }
    }
}

/// Adds, for each item that asks the body to make a document of its own
/// (catalog `document`) and has no evidence, the first sentence that names
/// such a document as one that exists (「この要領は、…特定個人情報等の適正な
/// 取扱いに関する基本方針（…市長決定。…）に基づき、…」, mostly a 趣旨 or
/// 目的): the rule follows a document made elsewhere and lays down nothing
/// of its making — coverage by reference, as a reader keys it (△).
pub(super) fn add_documents_cited(items: &[ItemProfile], analysis: &TextAnalysis, evidence: &mut [Vec<Evidence>]) {
    for (item, ev) in items.iter().zip(evidence.iter_mut()) {
        let Some(name) = item.document.as_ref().filter(|_| ev.is_empty()) else { continue };
        let cited = analysis.articles.iter().filter(|a| !a.deleted).find_map(|a| {
            let lines = a.lines();
            let sentence = sentences_of(&lines).find(|s| name.is_match(&nfkc(s)))?.to_string();
            Some((a, sentence))
        });
        let Some((a, sentence)) = cited else { continue };
        ev.push(Evidence { by_reference: true, ..structural_evidence(a, &sentence) });
    }
}

/// Evidence of a whole article that its structure or a name it cites
/// gives, not its similarity to the item: no score, no element, a low band.
fn structural_evidence(a: &ArticleAnalysis, sentence: &str) -> Evidence {
    Evidence {
        article_id: a.id.clone(),
        article_label: a.label.clone(),
        paragraph: None,
        item_label: None,
        score: 0.0,
        caption_match: false,
        matched_elements: Vec::new(),
        unlaid_elements: Vec::new(),
        sentence: sentence.to_string(),
        by_reference: false,
        band: ScoreBand::Low,
        weak_duty: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_names_stages_only_when_it_names_nothing_else() {
        assert_eq!(caption_stages("取得"), Some(vec![0]));
        assert_eq!(caption_stages("(保存等)"), Some(vec![2]));
        assert_eq!(caption_stages("削除及び廃棄"), Some(vec![4, 4]));
        assert_eq!(caption_stages("利用等の制限"), None);
        assert_eq!(caption_stages("複製、送信及び持出し"), None);
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(names_stages(&words(&["取得", "利用", "保管", "提供"])));
        assert!(!names_stages(&words(&["利用", "提供"])));
        assert!(names_a_rule(&words(&["取扱規程"])));
        assert!(!names_a_rule(&words(&["取扱手順"])));
    }
}
