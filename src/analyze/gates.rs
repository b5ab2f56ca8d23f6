//! Applies the rules of `roles` to the items one article aligned to: role
//! items kept only where the role is set up and tied to personal
//! information (and split per 項 in role-definition articles), evidence
//! drawn only from look-alikes of measures (the law's procedures,
//! authentication at a door) dropped.
use super::align::{carrying_sentence, weak_role_set_up, ElementHits, Evidence, Line, LineHits, Scorer, Sentences};
use super::confidence::{self, ScoreBand};
use super::roles::{self, DefinedTerms};
use super::text_analysis::{ArticleAnalysis, TermVec};
use crate::text::normalize::nfkc;

/// A unit of an article that may set up a role: a 項, or one 号 of a 項
/// listing several (with the 項's own text, which holds the verb).
struct RoleUnit<'a> {
    paragraph: u32,
    /// How the 号 that sets the role up is cited (第2号); None for a paragraph.
    item_label: Option<&'a str>,
    compact: String,
    lines: Vec<String>,
    terms: &'a TermVec,
}

/// The role units of `a`, their texts with the rule's short forms written
/// out; `texts` are its paragraphs' so written.
fn role_units<'a>(a: &'a ArticleAnalysis, texts: &[String], defined: &DefinedTerms) -> Vec<RoleUnit<'a>> {
    let mut units = Vec::new();
    for (p, text) in a.paragraphs.iter().zip(texts) {
        let listed: Vec<_> = p.segments.iter().filter(|s| s.label.is_some()).collect();
        if listed.len() >= 2 {
            let lead = p
                .segments
                .iter()
                .find(|s| s.label.is_none())
                .map_or(String::new(), |s| nfkc(&p.normalized[s.range.clone()]));
            for seg in listed {
                let compact =
                    defined.expand(&format!("{}{}", nfkc(&p.normalized[seg.range.clone()]), lead)).into_owned();
                units.push(RoleUnit {
                    paragraph: p.number,
                    item_label: seg.cite.as_deref(),
                    compact,
                    lines: vec![seg.line.clone()],
                    terms: &seg.terms,
                });
            }
        } else {
            units.push(RoleUnit {
                paragraph: p.number,
                item_label: None,
                compact: text.clone(),
                lines: p.lines.clone(),
                terms: &p.terms,
            });
        }
    }
    units
}

/// One article's paragraphs as the gates read them and the roles it sets
/// up, read once before any article is gated: a role set up in one article
/// may be charged in another (`add_duty_paragraphs`).
pub(super) struct RoleReading<'a> {
    /// The paragraphs with the rule's short forms written out (管理責任者 as
    /// the 個人情報管理責任者 it stands for), each once (no normalisation or
    /// short form runs across a line break).
    paragraphs: Vec<String>,
    /// The units that set up a role tied to personal information, and which role.
    set_up: Vec<(usize, RoleUnit<'a>)>,
}

impl<'a> RoleReading<'a> {
    pub(super) fn of(scorer: &Scorer, a: &'a ArticleAnalysis, defined: &DefinedTerms) -> RoleReading<'a> {
        let paragraphs: Vec<String> =
            a.paragraphs.iter().map(|p| defined.expand(&nfkc(&p.normalized)).into_owned()).collect();
        let set_up = set_up_units(scorer, a, &paragraphs, defined, &role_items(scorer));
        RoleReading { paragraphs, set_up }
    }
}

/// The role items some article of the regulation sets up (ascending).
pub(super) fn roles_set_up(readings: &[RoleReading]) -> Vec<usize> {
    let mut found: Vec<usize> = readings.iter().flat_map(|r| r.set_up.iter().map(|(i, _)| *i)).collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// `reading`: the article's (`RoleReading::of`); `set_up_in_rule`: the role
/// items the regulation sets up (`roles_set_up`). `in_scope`: the
/// regulation as a whole is about personal information (its title or 趣旨
/// says so); otherwise every piece of evidence must say so itself.
pub(super) fn apply(
    scorer: &Scorer,
    a: &ArticleAnalysis,
    defined: &DefinedTerms,
    in_scope: bool,
    set_up_in_rule: &[usize],
    reading: RoleReading,
    found: Vec<(usize, Evidence)>,
) -> Vec<(usize, Evidence)> {
    let RoleReading { paragraphs, set_up } = reading;
    // The article's text is its paragraphs' joined.
    let article_text = paragraphs.join("\n");
    let unit_text = |paragraph: Option<u32>| {
        paragraph
            .and_then(|n| a.paragraphs.iter().position(|p| p.number == n))
            .map_or(&article_text, |k| &paragraphs[k])
    };
    let mut distinct: Vec<usize> = set_up.iter().map(|(i, _)| *i).collect();
    distinct.dedup();
    let per_unit = distinct.len() >= 2;
    let caption = defined.expand(&a.caption.as_deref().map(nfkc).unwrap_or_default()).into_owned();
    // The article's element words with look-alikes of a measure blanked
    // (the law's procedures; for the system's measures, authentication at a
    // door too), read once each when some evidence needs them.
    let masked = [std::cell::OnceCell::new(), std::cell::OnceCell::new()];
    let mut out = Vec::new();
    for (i, mut e) in found {
        let item = &scorer.items[i];
        let text = unit_text(e.paragraph);
        if !in_scope && !roles::is_bound(text, defined) {
            continue;
        }
        // A term a contract with an outside party must hold binds that
        // party once agreed: evidence of the items about outside parties only.
        if !item.about_outside_parties && is_contract_term(a.paragraphs.iter().flat_map(|p| &p.lines), &e.sentence) {
            continue;
        }
        if item.role {
            let named_by_caption = roles::caption_names_role(&caption, &item.role_names);
            let kept = !per_unit
                && roles::is_bound(text, defined)
                && (roles::sets_up(text, &item.role_names) || named_by_caption);
            if !kept {
                continue;
            }
        } else if let Some(without) = roles::without_look_alikes(text, item.system_measure) {
            let masked = masked[usize::from(item.system_measure)]
                .get_or_init(|| LineHits::without_look_alikes(scorer, a, defined, item.system_measure));
            let elements = item.matched_elements(&masked.unit(scorer, a, e.paragraph));
            if elements.is_empty() {
                continue;
            }
            // An element left is laid down by what binds in the text
            // without the look-alike: a scanner's 定義ファイル kept current
            // by a duty does not make a 更新プログラム only permitted one.
            let laid = if e.weak_duty {
                elements.clone()
            } else {
                let lines: Vec<String> = without.lines().map(str::to_string).collect();
                Sentences::default().laid_down(&lines, item, &elements)
            };
            e.unlaid_elements = elements.iter().filter(|l| !laid.contains(l)).cloned().collect();
            e.matched_elements = laid;
        }
        out.push((i, e));
    }
    if per_unit {
        add_role_units(scorer, a, &paragraphs, set_up, &mut out);
    } else {
        // An article headed by a role's name that sets the role up is that
        // role's, however little else of the item it states.
        let headed =
            set_up.into_iter().filter(|(i, _)| roles::caption_names_role(&caption, &scorer.items[*i].role_names));
        add_role_units(scorer, a, &paragraphs, headed.collect(), &mut out);
    }
    if is_duties_caption(&caption) {
        add_duty_paragraphs(scorer, a, &paragraphs, set_up_in_rule, &mut out);
    }
    // A role placed under the holder of an item's role (「部統括責任者は、
    // …総括保護管理者…の指揮監督の下、…を統括する。」) is not that role, and
    // one another rule sets up (「市規程第3条に規定する総括保護管理者」), in
    // an article that sets it up nowhere, is not set up here: the item's
    // role is only named, by reference.
    for (i, e) in &mut out {
        let item = &scorer.items[*i];
        let names = &item.role_names;
        let anothers = || {
            paragraphs.iter().any(|t| roles::names_anothers_role(t, names))
                && !paragraphs.iter().any(|t| roles::sets_up(t, names))
        };
        if item.role && (paragraphs.iter().any(|t| roles::serves_under(t, names)) || anothers()) {
            e.by_reference = true;
        }
    }
    out
}

/// The role items `scorer` knows as roles, with their names.
fn role_items<'s>(scorer: &Scorer<'s>) -> Vec<(usize, &'s [roles::RoleName])> {
    scorer.items.iter().enumerate().filter(|(_, it)| it.role).map(|(i, it)| (i, it.role_names.as_slice())).collect()
}

/// The units of `a` that set up a role tied to personal information, and
/// which role. The tie may be in a 項 that gives the role its duties
/// (「保護管理者を置き、校長をもって充てる。２ 保護管理者は、保有個人
/// 情報を…」): the role is the same.
fn set_up_units<'a>(
    scorer: &Scorer,
    a: &'a ArticleAnalysis,
    paragraphs: &[String],
    defined: &DefinedTerms,
    roles: &[(usize, &[roles::RoleName])],
) -> Vec<(usize, RoleUnit<'a>)> {
    if roles.is_empty() {
        return Vec::new();
    }
    let duties_bound =
        |i: usize| duty_paragraphs(paragraphs, &scorer.items[i].role_names).any(|t| roles::is_bound(t, defined));
    role_units(a, paragraphs, defined)
        .into_iter()
        .filter_map(|u| roles::role_set_up(&u.compact, roles).map(|i| (i, u)))
        .filter(|(i, u)| roles::is_bound(&u.compact, defined) || duties_bound(*i))
        .collect()
}

/// Captions of an article that gives roles set up before it their duties,
/// one 項 each (「（職務）第４条　総括者は、…を総括する。２　管理責任者は、…」).
const DUTIES_CAPTIONS: &[&str] = &["職務", "任務", "役割", "職責", "責務", "職務及び権限", "権限及び職務"];

/// Whether `caption` (NFKC, short forms written out) heads the duties of
/// roles without naming one: （職務）, （任務等）.
fn is_duties_caption(caption: &str) -> bool {
    let c = caption.trim_matches(['(', ')', ' ']);
    DUTIES_CAPTIONS.contains(&c.strip_suffix('等').unwrap_or(c))
}

/// In an article headed by duties alone (`is_duties_caption`), each role
/// set up elsewhere in the rule (`set_up_in_rule`) whose name opens a
/// 項 as its subject is charged there with its duties: those 項 are
/// evidence of the role's item (unless the article already is). The
/// longest name decides whose 項 it is (個人情報保護総括者 is the 総括者's).
fn add_duty_paragraphs(
    scorer: &Scorer,
    a: &ArticleAnalysis,
    paragraphs: &[String],
    set_up_in_rule: &[usize],
    out: &mut Vec<(usize, Evidence)>,
) {
    let empty = TermVec::default();
    let subject_of = |text: &str| {
        set_up_in_rule
            .iter()
            .flat_map(|&i| scorer.items[i].role_names.iter().map(move |n| (i, n)))
            .filter(|(_, n)| roles::is_subject_role(text, n))
            .max_by_key(|(_, n)| n.name.len())
            .map(|(i, _)| i)
    };
    let subjects: Vec<Option<usize>> = paragraphs.iter().map(|t| subject_of(t)).collect();
    for &i in set_up_in_rule {
        if out.iter().any(|(j, _)| *j == i) {
            continue;
        }
        let duty: Vec<usize> = (0..paragraphs.len()).filter(|&k| subjects[k] == Some(i)).collect();
        let Some(&first) = duty.first() else { continue };
        let item = &scorer.items[i];
        let hits: Vec<ElementHits> = duty.iter().map(|&k| scorer.element_hits(&paragraphs[k])).collect();
        let terms = if duty.len() == 1 { &a.paragraphs[first].terms } else { &a.terms };
        let s = scorer.score(&empty, 0.0, terms, &scorer.element_hits_in_lines(hits.iter().map(Line::Own)), i);
        let lines: Vec<String> = duty.iter().flat_map(|&k| a.paragraphs[k].lines.iter().cloned()).collect();
        let sentence = carrying_sentence(&lines, item, &s.elements);
        out.push((
            i,
            Evidence {
                article_id: a.id.clone(),
                article_label: a.label.clone(),
                // Several 項 of one role: the article is cited.
                paragraph: if duty.len() == 1 { a.cited_paragraph(a.paragraphs[first].number) } else { None },
                item_label: None,
                score: s.score,
                caption_match: false,
                matched_elements: s.elements,
                unlaid_elements: Vec::new(),
                weak_duty: confidence::is_weak_duty(&sentence),
                sentence,
                by_reference: false,
                // The role's duties under a heading of duties are the evidence, not similarity.
                band: ScoreBand::of_link(s.score, true),
            },
        ));
    }
}

/// The paragraphs (texts as `apply` reads them) whose subject is one of the
/// role's `names`: those that give the role its duties.
fn duty_paragraphs<'p>(paragraphs: &'p [String], names: &'p [roles::RoleName]) -> impl Iterator<Item = &'p String> {
    paragraphs.iter().filter(|t| names.iter().any(|n| roles::is_subject(t, &n.name)))
}

/// When an article sets up two or more roles, each in its own 項, every
/// role's 項 is evidence of that role's item (unless already found).
fn add_role_units(
    scorer: &Scorer,
    a: &ArticleAnalysis,
    paragraphs: &[String],
    set_up: Vec<(usize, RoleUnit)>,
    out: &mut Vec<(usize, Evidence)>,
) {
    if set_up.is_empty() {
        return;
    }
    let empty = TermVec::default();
    // 項 whose subject is a role (「総括者は、…を総括する。」): what the role
    // is charged with there counts for the 項 or 号 that set it up.
    for (i, unit) in set_up {
        if out.iter().any(|(j, _)| *j == i) {
            continue;
        }
        let item = &scorer.items[i];
        let duties = duty_paragraphs(paragraphs, &item.role_names);
        let hits: Vec<ElementHits> =
            std::iter::once(&unit.compact).chain(duties).map(|t| scorer.element_hits(t)).collect();
        let s = scorer.score(&empty, 0.0, unit.terms, &scorer.element_hits_in_lines(hits.iter().map(Line::Own)), i);
        // A role only permitted (…を指名することができる) is its own evidence.
        let weak_set_up = weak_role_set_up(&unit.lines, item);
        let weak_duty = weak_set_up.is_some();
        let sentence = weak_set_up.unwrap_or_else(|| carrying_sentence(&unit.lines, item, &s.elements));
        out.push((
            i,
            Evidence {
                article_id: a.id.clone(),
                article_label: a.label.clone(),
                paragraph: a.cited_paragraph(unit.paragraph),
                item_label: unit.item_label.map(str::to_string),
                score: s.score,
                caption_match: false,
                matched_elements: s.elements,
                unlaid_elements: Vec::new(),
                weak_duty: weak_duty || confidence::is_weak_duty(&sentence),
                sentence,
                by_reference: false,
                // Setting the role up in its own 項 is the evidence, not similarity.
                band: ScoreBand::of_link(s.score, true),
            },
        ));
    }
}

/// Whether `sentence` is a line of a list of the terms a contract must
/// hold: the nearest line above it (of `lines`, in order) that introduces a
/// list (次に掲げる) names a contract (「…委託契約には、次に掲げる事項を定め
/// る。」, 「…契約書に次に掲げる事項を定めなければならない。」), and the
/// sentence introduces none itself.
fn is_contract_term<'l>(lines: impl Iterator<Item = &'l String>, sentence: &str) -> bool {
    const LIST_MARK: &str = "次に掲げる";
    let lines: Vec<&String> = lines.collect();
    let Some(at) = lines.iter().position(|l| l.contains(sentence)) else { return false };
    !sentence.contains(LIST_MARK)
        && lines[..at].iter().rev().find(|l| l.contains(LIST_MARK)).is_some_and(|lead| lead.contains("契約"))
}
