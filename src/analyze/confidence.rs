//! How far a coverage link can be trusted: the band of its score, and the
//! strength of the duty its sentence lays down (義務 / 努力義務 / できる).
use serde::{Deserialize, Serialize};

use crate::text::normalize::nfkc;

/// Score at or above which a link is shown as 高: the article names the item
/// (caption) and says most of what it requires. Below `LOW_SCORE_BELOW` only
/// single paragraphs, 号 or references reach an item.
pub const HIGH_SCORE: f32 = 0.5;
/// The article-level threshold of the alignment (`Params::threshold`): a
/// link scoring less comes from a paragraph, a 号 or a reference alone and
/// needs a person's check (要確認).
pub const LOW_SCORE_BELOW: f32 = 0.3;

/// Band of a link's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ScoreBand {
    /// At least `HIGH_SCORE`: the wording itself says it.
    High,
    /// Between the article threshold and `HIGH_SCORE`.
    #[default]
    Medium,
    /// 要確認: never ○ on its own.
    Low,
}

impl ScoreBand {
    /// Band of a score alone.
    pub fn of(score: f32) -> ScoreBand {
        if score >= HIGH_SCORE {
            ScoreBand::High
        } else if score >= LOW_SCORE_BELOW {
            ScoreBand::Medium
        } else {
            ScoreBand::Low
        }
    }

    /// Band of a link: by its score, but a link whose unit states every key
    /// element of the item is not weak (a 項 scored alone has no caption to
    /// lift its score).
    pub fn of_link(score: f32, all_elements: bool) -> ScoreBand {
        match ScoreBand::of(score) {
            ScoreBand::Low if all_elements => ScoreBand::Medium,
            band => band,
        }
    }

    /// As shown to users: 高 / 中 / 要確認.
    pub fn label(self) -> &'static str {
        match self {
            ScoreBand::High => "高",
            ScoreBand::Medium => "中",
            ScoreBand::Low => "要確認",
        }
    }
}

/// Reason shown with △ when the evidence only says 努める / 望ましい.
pub const WEAK_DUTY_REASON: &str = "努力義務にとどまる";
/// Reason shown with △ when the evidence disposes of records on paper only
/// where the guideline asks for the erasure of data too.
pub const PAPER_ONLY_REASON: &str = "紙の文書等に限っている（電磁的記録の消去がない）";
/// Reason shown with △ when the evidence lays the measure only on a party
/// outside the body (「指定管理者は、…自己点検を行い、…報告する。」, 「…措置
/// は、…清川町が講ずるものとする。」): it binds that party for what it
/// handles, not the body's own units.
pub const OUTSIDE_PARTY_REASON: &str = "指定管理者・受託者・他の団体等の措置としてのみ定める（自らの措置ではない）";
/// Reason shown with △ when the evidence relieves its party of the act
/// (…を要しない) or deems it done (…を行ったものとみなす): the measure is
/// named, then not required.
pub const EXEMPTION_REASON: &str = "義務を免除している（要しない・みなす等）";
/// Reason shown with △ when every article that evidences the item is
/// suspended by a 附則 (当分の間 or until a date, see
/// `references::suspended_articles`).
pub const SUSPENDED_REASON: &str = "附則で当分の間（又は期日まで）適用しない";
/// Reason shown with △ when every article that evidences the item is read
/// by a 附則, for a time, so as to take less (「令和9年3月31日までの間に
/// おける第17条の規定の適用については、同条中「…」とあるのは、「…（第12条
/// 各号に掲げるものに限る。）…」とする。」, see `references::narrowed_articles`).
pub const NARROWED_FOR_A_TIME_REASON: &str = "附則で当分の間（又は期日まで）読み替えて限定している";
/// Reason shown with △ when every article that evidences the item comes
/// into force after the rule (「ただし、第23条の規定は、…別に定める日から
/// 施行する。」, see `references::deferred_articles`).
pub const DEFERRED_REASON: &str = "附則で後日施行（規程の施行時には適用されない）";
/// Reason shown with △ when a paragraph of the rule suspends the
/// provision that lays the measure down, for a time, in all or some
/// cases (「前項の規定は、当分の間、…については、適用しない。」).
pub const SUSPENDED_IN_TEXT_REASON: &str = "本文の規定で当分の間（又は期日まで）適用しない場合がある";
/// Reason shown with △ when another paragraph of the rule relieves a class
/// of cases of every provision that lays the measure down, for good
/// (「前各項の規定にかかわらず、…場合には、…で足りるものとする。」, see
/// `carved_provisions_nfkc`).
pub const CARVED_IN_TEXT_REASON: &str = "本文の別の規定で一部の場合を除外・軽減している";
/// Reason shown with △ when the evidence's duty is followed by a proviso
/// that suspends it for a time (「…講じなければならない。ただし、当分の
/// 間、この限りでない。」, see `is_suspended_by_proviso_nfkc`).
pub const PROVISO_SUSPENDED_REASON: &str = "ただし書で当分の間（又は期日まで）適用しない";
/// Reason shown with △ when the evidence's duty is followed by a proviso
/// that carves a class of cases out of it on no one's say (「…担当者を指定
/// しなければならない。ただし、…５人に満たない部門にあっては、この限りで
/// ない。」, see `is_carved_out_nfkc`).
pub const PROVISO_CARVED_REASON: &str = "ただし書で一部の場合（課等・対象）を除外している";
/// Reason shown with △ when the evidence only defines a term (「この条に
/// おいて「照合等」とは、…照合…を行うことをいう。」): it names the measure
/// and requires nothing.
pub const DEFINITION_REASON: &str = "用語の定義のみ（措置を義務付けていない）";
/// Reason shown with △ when the evidence only asks whether the measure is
/// taken (a checklist's 「…分散保管しているか。」).
pub const QUESTION_REASON: &str = "点検項目として問うのみ（…しているか）";
/// Reason shown with △ when the evidence only permits the measure
/// (「…照合を行うことができる」, 「…行ってもよい」).
pub const PERMISSION_REASON: &str = "できる規定（任意）にとどまる";
/// Reason shown with △ when the evidence only plans the measure: 「…暗号化
/// の導入について検討するものとする」, 「…保存することを予定している」,
/// 「…点検を行うことを目指す」.
pub const PLAN_REASON: &str = "検討・予定・目標にとどまる（措置を義務付けていない）";
/// Reason shown with △ when the evidence leaves whether to take the measure
/// to someone: 「…ログオフを行うかどうかは、各課の判断に委ねる」, 「…は、
/// 任意とする」.
pub const DEFERRAL_REASON: &str = "実施するかどうかを委ねている（措置を義務付けていない）";
/// Reason shown with △ when the evidence only assigns the measure's affairs
/// to an office (「情報政策課は、次に掲げる事務をつかさどる。」 over 「(1)
/// バックアップの作成及び分散保管に関すること。」): who handles them is set,
/// not that the measure is taken.
pub const AFFAIRS_REASON: &str = "事務の所掌を定めるのみ（措置を義務付けていない）";
/// Reason shown with △ when the evidence only describes how things are or
/// were (「…不正アクセスが増加している」, 「…照合を行ってきた」, 「指針に
/// おいては、…講ずることとされている」).
pub const DESCRIPTION_REASON: &str = "現状・経緯の記述のみ（措置を義務付けていない）";
/// Reason shown with △ when the evidence takes its measure only for the
/// kinds of personal information it lists (「次に掲げる保有個人情報を…」),
/// where the guideline asks it for all.
pub const NARROWED_REASON: &str = "列挙した一部の保有個人情報に限っている";
/// Why a role the guideline asks in every unit is partial: it is set up in
/// named units only (`sets_up_in_named_units_nfkc`).
pub const NAMED_UNITS_REASON: &str = "一部の課等にのみ置いている（各課室等ではない）";
/// Why an item is not applicable when the rule says it has no such place
/// (`states_absence_nfkc`), after the article that says so (第30条…).
pub const ABSENCE_NOTE: &str = "に該当する施設等を設けない旨の定めがある";
/// Reason shown with △ when every link is of the low band.
pub const LOW_BAND_REASON: &str = "確度の低い対応のみ（要確認）";

/// Verbs that ask only an effort, each with the stem a negative ending
/// takes: 努める (努めなければならない), 努力する (努力しなければならない),
/// 心掛ける. Whatever duty ending follows (…ものとする, …こととする,
/// …なければならない, a 要領's …こと), the act itself is only striven for.
const EFFORT_VERBS: &[(&str, &str)] =
    &[("努める", "努め"), ("努力する", "努力し"), ("心掛ける", "心掛け"), ("心がける", "心がけ")];
/// The endings a duty adds after a verb's dictionary form (努める｜ものとする)
/// and after its negative stem (努め｜なければならない).
const DUTY_TAILS: &[&str] = &["", "ものとする", "こととする", "こと", "ものとすること"];
const NEGATIVE_DUTY_TAILS: &[&str] = &["なければならない", "ねばならない", "なければならないこと"];
/// Endings that state a wish, a recommendation or a possibility, not a
/// duty: 望ましい, 「…講ずることを推奨する」, 「…分散保管することが適当
/// である」, 「…措置を講ずることが考えられる」 (the wording of a guidance
/// document's commentary, copied into a 要領).
const WISH_ENDINGS: &[&str] = &[
    "望ましい",
    "望ましいものとする",
    "望ましいこと",
    "望まれる",
    "推奨する",
    "推奨される",
    "適当である",
    "考えられる",
];

/// Verbs that only plan an act, each with the stem a negative ending takes:
/// 「…暗号化の導入について検討するものとする」, 「今後検討する」, 「…点検を
/// 行うことを目指す」. The measure is what is considered or aimed at, not
/// what is done.
const PLANNING_VERBS: &[(&str, &str)] = &[("検討する", "検討し"), ("検討を行う", "検討を行わ"), ("目指す", "目指さ")];
/// Endings that state a plan or a target: 「…保存することを予定している」,
/// 「…することを目標とする」.
const PLAN_ENDINGS: &[&str] = &["予定である", "予定している", "予定とする", "目標とする", "目標とすること"];

/// Every ending of `verbs` under any duty ending (努める｜ものとする,
/// 努め｜なければならない), with `others` as they are.
fn endings_of(verbs: &[(&str, &str)], others: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = others.iter().map(|e| e.to_string()).collect();
    for (verb, stem) in verbs {
        out.extend(DUTY_TAILS.iter().map(|tail| format!("{verb}{tail}")));
        out.extend(NEGATIVE_DUTY_TAILS.iter().map(|tail| format!("{stem}{tail}")));
    }
    out
}

/// Every ending of an effort or a wish (努めるものとする, 努力しなければ
/// ならない, 心掛けること, 望ましい …): less than a duty. Compared on the
/// NFKC sentence without its final 。.
fn effort_endings() -> &'static [String] {
    static ENDINGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ENDINGS.get_or_init(|| endings_of(EFFORT_VERBS, WISH_ENDINGS))
}

/// Whether `sentence` (NFKC) ends by only planning its act (see
/// `PLANNING_VERBS`, `PLAN_ENDINGS`).
pub fn is_plan_nfkc(sentence: &str) -> bool {
    static ENDINGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let endings = ENDINGS.get_or_init(|| endings_of(PLANNING_VERBS, PLAN_ENDINGS));
    let s = without_closing_marks(sentence);
    endings.iter().any(|e| s.ends_with(e.as_str())) || names_time_to_come(s)
}

/// Whether a sentence (NFKC) sets its act for a year or a day it names
/// (「…令和9年度に予定するシステムの更新に合わせて、…機能を整備する」,
/// 「令和9年度の更新時に導入する」, 「令和9年3月31日までに整備する」): a
/// standing rule states what is done from its own day on, so a measure
/// given a date of its own is one still to come. A law, an ordinance or a
/// rule cited by its year (平成15年法律第57号, 令和5年…条例第2号) names no
/// time for the act and is not read.
fn names_time_to_come(sentence: &str) -> bool {
    static DATED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // Every era name holds one of 令, 平, 昭: most sentences hold none.
    if !sentence.contains(['令', '平', '昭']) {
        return false;
    }
    let dated = DATED.get_or_init(|| {
        regex::Regex::new(
            "(昭和|平成|令和)(元|[0-9]+)年(度(中|に|から|まで|以降|の)|[0-9]+月([0-9]+日)?(まで|から|以降))",
        )
        .expect("valid regex")
    });
    dated.is_match(sentence)
}

/// What puts an act as a question for someone to decide: 「…ログオフを行う
/// かどうかは、各課の判断に委ねる」, 「…措置を講ずるか否かは、保護管理者が
/// 定める」.
const DEFERRING_MARKS: &[&str] = &["かどうかは、", "か否かは、", "かどうかについては、", "か否かについては、"];
/// Endings that make an act optional: 「…の記録は、任意とする」.
const OPTIONAL_ENDINGS: &[&str] = &["任意とする", "任意である", "任意とすること"];

/// Endings that assign affairs to an office or a role: 「…に関する事務を
/// つかさどる」, 「次に掲げる事務を所掌する」, 「…事務を行う」.
const AFFAIRS_ENDINGS: &[&str] = &[
    "事務をつかさどる",
    "事務を掌る",
    "事務を所掌する",
    "事務を分掌する",
    "事務を掌理する",
    "事務を担任する",
    "事務を総括する",
    "事務を処理する",
    "事務を行う",
];

/// Whether `sentence` (NFKC) only assigns affairs (see `AFFAIRS_ENDINGS`)
/// or names a field of them, as an item of such a list does (「(1)　バック
/// アップの作成に関すること。」): it says who handles a matter, and lays down
/// no measure, unless the item is the role itself (see
/// `ItemProfile::role`).
pub fn assigns_affairs_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    s.ends_with("に関すること") || AFFAIRS_ENDINGS.iter().any(|e| s.ends_with(e))
}

/// Whether `sentence` (NFKC) leaves it to someone whether its act is done:
/// it ends in a clause that only names who decides (see `DEFERRING_MARKS`;
/// 「…かどうかは、保護管理者が判断し、必要と認めるときは…講じなければ
/// ならない」 goes on to a duty and is not one), or makes the act optional.
pub fn is_deferral_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    // Every mark holds どうか or 否か: most sentences hold neither.
    let asks_whether = s.contains("どうか") || s.contains("否か");
    OPTIONAL_ENDINGS.iter().any(|e| s.ends_with(e))
        || (asks_whether
            && DEFERRING_MARKS
                .iter()
                .filter_map(|m| s.rfind(m).map(|at| &s[at + m.len()..]))
                .any(|decision| !decision.contains(['、', ','])))
}

/// Whether `sentence` (NFKC) opens on the condition that someone has been
/// appointed or something set up: 「監査担当者が指名されたときは、監査担当
/// 者は、…監査を行い、…」, 「…委員会が置かれた場合には、…」. A rule writes
/// so where the appointment is optional (「…指名することができる」): the act
/// is taken only if that is done, which is left to someone.
pub fn opens_on_an_appointment_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"^[^。、]*?が(?:(?:指名|指定|任命|選任|設置)さ|置か)れた(?:とき|場合)(?:に)?は、")
            .expect("valid regex")
    })
    .is_match(sentence)
}

/// Where the effort clause of a sentence that goes on to a duty ends:
/// 「保護管理者は、…研修を行うよう努めるとともに、その記録を保存しなければ
/// ならない。」 asks an effort for the 研修 and a duty for the 記録. The
/// byte offset in `sentence` (NFKC) after the clause's 「とともに、」 or
/// 「努め、」 (the verb's continuative form), the last such clause's.
pub fn effort_clause_end(sentence: &str) -> Option<usize> {
    // Every effort verb holds 努 or 心: most sentences hold neither.
    if !sentence.contains(['努', '心']) {
        return None;
    }
    static MARKS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let marks = MARKS.get_or_init(|| {
        EFFORT_VERBS
            .iter()
            .flat_map(|(verb, stem)| [format!("{verb}とともに、"), format!("{verb}とともに"), format!("{stem}、")])
            .collect()
    });
    marks.iter().filter_map(|m| sentence.rfind(m.as_str()).map(|at| at + m.len())).max()
}

/// Conditions that take the act they name as done, the way a sentence
/// charges what follows it: 「点検責任者は、点検を行ったときは、その結果を
/// …報告する。」 asks for the report of a 点検, not for the 点検 — that is
/// laid down elsewhere, or not at all. Only the doing verbs of a measure
/// (行う, 実施する, する) mark it: a condition of another party's act or of
/// an event (「立会いを求められた場合は、これに応じなければならない」,
/// 「…事案が発生したときは」) asks for what it names. An act's result
/// taken as the ground of another (「点検の結果等を踏まえ、…見直しを行う」,
/// 「…点検又は監査の結果その他の事情を踏まえ、…評価し」)
/// takes the act as done too, and so does a party named by the act it has
/// done (「第１項の規定により監査を行った職員は、その結果を…報告しなければ
/// ならない。」).
const PRESUPPOSING_MARKS: &[&str] = &[
    "の結果を踏まえ、",
    "の結果等を踏まえ、",
    "の結果を踏まえて",
    "の結果等を踏まえて",
    "の結果その他の事情を踏まえ",
    "の結果に基づき、",
    "を行った職員は、",
    "を行った者は、",
    "を実施した職員は、",
    "を実施した者は、",
    "を行ったときは、",
    "を行った場合は、",
    "を行った場合には、",
    "を実施したときは、",
    "を実施した場合は、",
    "を実施した場合には、",
    "をしたときは、",
    "をした場合は、",
    "をした場合には、",
];

/// Where the condition of a sentence (NFKC) that takes its act as done
/// ends (see `PRESUPPOSING_MARKS`): the byte offset after the leftmost.
pub fn presupposed_act_end(sentence: &str) -> Option<usize> {
    // Asked of every sentence that holds an element: one pass for all marks.
    static MARKS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let marks = MARKS.get_or_init(|| aho_corasick::AhoCorasick::new(PRESUPPOSING_MARKS).expect("valid patterns"));
    marks.find(sentence).map(|m| m.end())
}

/// Whether `sentence` (NFKC) ends by asking only an effort or stating a
/// wish (see `EFFORT_VERBS`, `WISH_ENDINGS`).
pub fn is_effort_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    effort_endings().iter().any(|e| s.ends_with(e.as_str()))
}

/// Sentence endings that permit (することができる, …することを妨げない,
/// …しても差し支えない) or leave the act to the party's discretion (…の
/// 措置を講ずることがある): less than a duty, and the weakest strength but
/// an exemption in the 差分・指摘 (`flags::obligation`). Compared on the
/// NFKC sentence without its final 。.
pub const PERMITTING_ENDINGS: &[&str] = &[
    "ことができるものとする",
    "ことができる",
    "ことができること",
    "妨げない",
    "妨げるものではない",
    "差し支えない",
    "差し支えないものとする",
    "ことがある",
    // 「…照合等を行ってもよい」, 「…で行ってよい」.
    "てもよい",
    "でもよい",
    "てもよいものとする",
    "ても良い",
    "てよい",
];

/// Sentence endings that relieve the party of the act they name: 「…確認
/// することを要しない」, 「許可を必要としない」, 「暗号化する必要はない」,
/// 「…するには及ばない」, and the legal fiction 「…点検を行ったものと
/// みなす」 (the act is deemed done without being done). In legal Japanese
/// these only ever exempt or deem (a prohibition is written …してはならない
/// or …しないものとする), so a sentence ending so lays down no duty,
/// whatever measure it names. Compared on the NFKC sentence without its
/// final 。.
const EXEMPTING_ENDINGS: &[&str] = &[
    "要しない",
    "要しないものとする",
    "要しないこととする",
    "必要としない",
    "必要としないものとする",
    "必要はない",
    "必要がない",
    "及ばない",
    // An act deemed done (…報告したものとみなす); 「…の長は、保護管理者と
    // みなす」 deems a status and sets a role up.
    "ものとみなす",
    "ものと見なす",
    // 「…にあっては、保護担当者を置かないことができる」: leave to go without.
    "ないことができる",
];

/// Whether `sentence` (NFKC) names what is set up as not set up
/// (「…取扱主任を指定しない所属にあっては、」, 「…保護担当者を置かないことが
/// できる」): it sets nothing up, and where it leaves units to go without
/// the role (an exemption, `is_exemption_nfkc`) it lifts the set-up there.
pub fn names_not_set_up_nfkc(sentence: &str) -> bool {
    // A parenthesis speaks of another post (「教頭（教頭を置かない学校に
    // あっては、…教諭）をもって充てる」).
    let sentence = crate::analyze::terms::without_parentheses(sentence);
    ["を置かない", "を指定しない", "を指名しない", "を設けない"].iter().any(|f| sentence.contains(f))
}

/// Endings of a definition (「「X」とは、…をいう。」): a sentence ending so
/// says what a word means and lays down nothing.
const DEFINING_ENDINGS: &[&str] = &["をいう", "をいうものとする", "をいうものである"];

/// Whether `sentence` (NFKC) only defines a term (see `DEFINING_ENDINGS`).
pub fn is_definition_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    DEFINING_ENDINGS.iter().any(|e| s.ends_with(e))
}

/// The term a definition defines (「この条において「照合等」とは、…をいう。」
/// → 照合等), None for a sentence that defines nothing.
pub fn defined_term_nfkc(sentence: &str) -> Option<&str> {
    if !is_definition_nfkc(sentence) {
        return None;
    }
    let (before, _) = sentence.split_once("」とは")?;
    before.rsplit_once('「').map(|(_, term)| term).filter(|t| !t.is_empty())
}

/// Verbs that make a measure named as their object the act itself:
/// 「照合等を行う」, 「照合等を実施する」, 「措置を講ずる」, 「照合等を徹底
/// する」; each may stand after an adverb or two (「照合等を確実に行う」).
const DOING_VERBS: &[&str] = &["行", "実施", "講", "徹底"];
/// How far (characters) after 「Xを」 a verb of `DOING_VERBS` may stand: an
/// adverb or two, not a clause.
const DOING_VERB_WITHIN: usize = 6;

/// Whether `sentence` (NFKC) asks for `measure` to be done: 「…照合等を
/// 行わなければならない」 (a verb of doing a few characters after 「照合等
/// を」, before the clause ends, or する right after it), not 「照合等の
/// 実施について周知する」 or 「照合等を職員に周知する」.
pub fn asks_to_do(sentence: &str, measure: &str) -> bool {
    sentence.match_indices(measure).any(|(at, _)| {
        let Some(rest) = sentence[at + measure.len()..].strip_prefix('を') else { return false };
        if rest.starts_with(['し', 'す']) {
            return true;
        }
        let clause: String =
            rest.chars().take_while(|c| !matches!(c, '、' | '。')).take(DOING_VERB_WITHIN + 2).collect();
        DOING_VERBS.iter().any(|v| clause.find(v).is_some_and(|i| clause[..i].chars().count() <= DOING_VERB_WITHIN))
    })
}

/// Endings of a description, not a provision: the progressive or the past
/// (「…が増加している」, 「…措置が講じられている」, 「指針においては、…講
/// ずることとされている」, 「…照合を行ってきた」, 「…を講じた」), a 要領's
/// polite 「…しています」 too. A rule prescribes in the dictionary form
/// (…する, …講ずる), …ものとする, …なければならない or a 要領's …こと
/// (「…配慮していること」 is a requirement and is left to be one).
const DESCRIBING_ENDINGS: &[&str] = &["ている", "でいる", "ています", "でいます", "た"];

/// Whether `sentence` (NFKC) describes rather than prescribes (see
/// `DESCRIBING_ENDINGS`).
pub fn is_description_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    DESCRIBING_ENDINGS.iter().any(|e| s.ends_with(e))
}

/// Whether `sentence` (NFKC) is a question: a checklist's 「…バックアップを
/// 作成し、分散保管しているか。」 asks whether the measure is taken and lays
/// nothing down. In legal Japanese no other sentence ends in か.
pub fn is_question_nfkc(sentence: &str) -> bool {
    without_closing_marks(sentence).trim_end_matches(['?', '？']).ends_with('か')
}

/// Whether `sentence` (NFKC) is a proviso that suspends the whole of the
/// sentence before it for a time: 「ただし、当分の間、この限りでない。」,
/// 「ただし、令和9年3月31日までの間は、この限りでない。」. A proviso that
/// names the cases it leaves out (「ただし、当分の間、既存の情報システム
/// については、この限りでない。」) only carves them out and is not one.
pub fn is_suspending_proviso_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"^ただし、(?:当分の間|[^、。]{1,30}までの間)は?、この限りでない。?$").expect("valid regex")
    });
    re.is_match(sentence)
}

/// Whether `sentence` (NFKC, its closing marks and ものとする dropped or
/// not) ends by relieving cases of what the provisions it cites ask
/// (`RELIEVING_ENDINGS`, or after 「…の規定にかかわらず、」 any
/// 「…ことができる」, or a handing over to another rule: 「…共同して運用
/// する部分については、前2条の規定にかかわらず、協議会が定める情報セキュ
/// リティ基準の定めるところによる。」 — those cases go by that rule, not by
/// the provisions cited).
pub fn relieves_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    let s = s.strip_suffix("ものとする").unwrap_or(s);
    RELIEVING_ENDINGS.iter().any(|e| s.ends_with(e))
        || (s.contains("の規定にかかわらず、")
            && (s.ends_with("ことができる") || ["定めるところによる", "の例による"].iter().any(|e| s.ends_with(e))))
}

/// Whether `sentence` (NFKC: a duty with its proviso, as the coverage
/// reads them together) ends in a proviso that suspends it for a time.
pub fn is_suspended_by_proviso_nfkc(sentence: &str) -> bool {
    sentence.rfind("ただし、").is_some_and(|at| at > 0 && is_suspending_proviso_nfkc(&sentence[at..]))
}

/// Words of a proviso's case that keep the measure under control: someone
/// in charge allows the exception (許可, 承認, 指示, 認める, 同意), the work
/// needs it (必要, やむを得ない, 緊急, 困難, 支障), or the law does (法令,
/// 法律, 条例, 特別の定め). Such exceptions are what a guideline's 「原則
/// として」 allows. A disaster alone is none: 「災害時において…場合には」
/// and 「災害救助法が適用された年度においては」 name the time the measure
/// lapses for everyone, when it matters most, on no one's judgement of
/// need; 「災害その他やむを得ない場合」 and 「…緊急を要するときは」 are
/// needs.
const CONTROLLED_EXCEPTION_WORDS: &[&str] = &[
    "許可",
    "承認",
    "指示",
    "認め",
    "同意",
    "了承",
    "必要",
    "やむを得",
    "緊急",
    "困難",
    "支障",
    "法令",
    "法律",
    "条例",
    "特別の定め",
];

/// Endings of a giver of approval that is an office, a person or a unit of
/// the body (…長, …者, …委員会, …課, …事務所): its approval controls the
/// exception. One that is an act or a regime (製造販売, 薬事) gives a status.
const BODY_GIVER_ENDINGS: &[&str] = &["長", "者", "会", "課", "室", "部", "局", "所"];

/// Whether a case (NFKC) is kept under control (`CONTROLLED_EXCEPTION_WORDS`).
/// A permit or an approval that names a document (「港湾施設使用許可の
/// 一覧表」) or a status given by an outside regime (「医療機器として製造販売の
/// 承認又は認証を受けたもの」: no one of the body allows the exception) is
/// none; an approval by the rule's own officer (「管理者の承認を得た場合」) is.
fn controls_the_exception(case: &str) -> bool {
    static DOCUMENT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static GIVEN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let document = DOCUMENT
        .get_or_init(|| regex::Regex::new(r"(?:許可|承認)の?(?:一覧表|一覧|台帳|申請書|書|証)").expect("valid regex"));
    let given = GIVEN.get_or_init(|| {
        regex::Regex::new(r"([\p{Han}\p{Katakana}ー]{2,})の(?:承認|許可|認証)(?:又は(?:承認|許可|認証))?")
            .expect("valid regex")
    });
    let case = document.replace_all(case, "");
    let case = given.replace_all(&case, |c: &regex::Captures| {
        let giver = &c[1];
        if BODY_GIVER_ENDINGS.iter().any(|e| giver.ends_with(e)) {
            c[0].to_string()
        } else {
            String::new()
        }
    });
    CONTROLLED_EXCEPTION_WORDS.iter().any(|w| case.contains(w))
}

/// Whether `sentence` (NFKC) is a proviso that carves a class of cases out
/// of the sentence before it on no one's say: 「ただし、基幹系システムの
/// 端末に保存する場合は、この限りでない。」. The measure does not reach
/// those cases — a gap a reader must see. An exception someone in charge
/// allows, the work needs or the law makes (`CONTROLLED_EXCEPTION_WORDS`)
/// is not one, nor is a suspension for a time
/// (`is_suspending_proviso_nfkc`). A proviso names its main case first and
/// generalises from it with その他: 「ただし、…持ち出さない場合その他管理者が
/// 支障がないと認める場合は、…」 carves the media kept inside out on no one's
/// say, whoever may allow the rest (the 法令用語: 「Aその他B」 sets A beside
/// B, 「Aその他のB」 makes A an example of B, so B's words describe it), and
/// 「ただし、採用試験の受験票…を一括して発送する場合であって、保護管理者が
/// あらかじめ認めたときは、…」 carves the bulk mailing out, the manager's
/// consent only narrowing it.
pub fn is_carving_proviso_nfkc(sentence: &str) -> bool {
    let proviso = without_closing_marks(sentence);
    let first_case = main_case(proviso);
    // 「A場合であって、Bときは」, 「A端末であって、Bものについては」 narrow
    // the class A by B: the class is carved out, whoever allows it within.
    let first_case = first_case.split_once("であって、").map_or(first_case, |(class, _)| class);
    let first_case = crate::analyze::terms::without_parentheses(first_case);
    let first_case = first_case.as_str();
    // 「Aときは、Bの承認を得て、…を行わないことができる」: the class is A;
    // the approval is how it is relieved, not which cases are.
    let first_case = case_clause_end(first_case).map_or(first_case, |end| &first_case[..end]);
    let cases_elsewhere = if proviso.ends_with("この限りでない") {
        CASES_SET_OUT_ELSEWHERE.iter().any(|w| proviso.contains(w)) || cites_a_provision(proviso)
    } else if LEAVING_OUT_ENDINGS.iter().any(|e| proviso.ends_with(e)) {
        // Its party is named, so a provision it cites names what the party
        // did (「前条の規定による定期の監査の対象となった課」), not the cases.
        CASES_IN_ITEMS.iter().any(|w| proviso.contains(w)) || cases_cited_regex().is_match(proviso)
    } else {
        return false;
    };
    proviso.starts_with("ただし、")
        && !cases_elsewhere
        && !is_suspending_proviso_nfkc(sentence)
        && !controls_the_exception(first_case)
}

/// Whether a class of cases a paragraph relieves is named by what it
/// lacks: 「外部の通信回線に接続しない情報システムについては、同項の措置を
/// 要しない」, 「保有個人情報を記録しない端末」. A paragraph of its own that
/// relieves such cases spares them what they do not need (no connection,
/// no personal information); a class named by what it is (「検針業務を個人
/// に委託する場合」, 「臨時的任用職員については」) still has the risk. Not
/// for a ただし書, whose 「…持ち出さない場合は、この限りでない」 spares media
/// kept inside a measure they still need. A class named by what it cannot
/// do (「…仕様により個別に削除することができないもの」) still holds what
/// the measure guards: an inability is no absence.
fn lacks_the_premise(case: &str) -> bool {
    case.replace("ことができない", "").contains("ない")
}

/// `sentence` (NFKC) read with the case `previous` (the sentence before it
/// in its paragraph) names, when it opens with 「この場合において、」, which
/// points back to that case: 「…前項の規定により書類を携行するときは、携行簿
/// に記載する。この場合において、第18の規定にかかわらず、…承認を要しない。」
/// reads 「…前項の規定により書類を携行するときは、第18の規定にかかわらず、
/// …承認を要しない。」. None when `sentence` does not so open or `previous`
/// names no case (`CASE_CLAUSE_ENDS`).
pub fn in_the_case_of(previous: &str, sentence: &str) -> Option<String> {
    let rest = sentence.strip_prefix("この場合において、")?;
    let end = case_clause_end(previous)?;
    Some(format!("{}{rest}", &previous[..end]))
}

/// Words of force majeure: 「…その他やむを得ない事由」, 「…その他緊急を要する
/// 場合」 class the cases named before them as such.
const FORCE_MAJEURE_WORDS: &[&str] = &["やむを得", "緊急"];

/// The main case of a class of cases (NFKC), which decides whether they are
/// carved out: the 法令用語's 「Aその他B」 sets A beside B, so A, named
/// first, is the main case (「…持ち出さない場合その他保護責任者が支障がない
/// と認める場合」: media kept inside), while 「Aその他のB」 makes A an example
/// of B, whose words then describe it, and so does a B of force majeure
/// (「災害その他やむを得ない事由」: the disaster as one).
fn main_case(case: &str) -> &str {
    match case.match_indices("その他").find(|(at, m)| !case[at + m.len()..].starts_with('の')) {
        Some((at, m)) if !FORCE_MAJEURE_WORDS.iter().any(|w| case[at + m.len()..].starts_with(w)) => &case[..at],
        _ => case,
    }
}

/// Marks that close the clause naming a proviso's cases (「ただし、当該年度
/// において選挙が執行されるときは、」): what follows is what the cases are
/// relieved of and how.
const CASE_CLAUSE_ENDS: &[&str] = &["場合は、", "場合には、", "ときは、", "ときには、", "場合においては、"];

/// Where the first clause of `text` naming cases ends (after its
/// `CASE_CLAUSE_ENDS` mark), if one does.
fn case_clause_end(text: &str) -> Option<usize> {
    CASE_CLAUSE_ENDS.iter().filter_map(|m| text.find(m).map(|at| at + m.len())).min()
}

/// Acts of moving data out: sending it (送信, 送付) or carrying a medium
/// out (持ち出す, 持出し, 移送, 運搬).
const TRANSIT_ACTS: &[&str] = &["送信", "送付", "持ち出", "持出", "移送", "運搬"];

/// Whether `sentence` (NFKC) takes its act only when data is sent or
/// carried out: 「職員は、保有個人情報を電子メールにより送信し、又は電磁的
/// 記録媒体を庁舎外に持ち出すときは、暗号化又はパスワードの設定を行わなければ
/// ならない。」 — the encryption of media taken out (the 指針's 第4-4, the
/// 別添1's 通信経路), not of the data where it is kept.
pub fn only_in_transit_nfkc(sentence: &str) -> bool {
    case_clause_end(sentence).is_some_and(|end| TRANSIT_ACTS.iter().any(|w| sentence[..end].contains(w)))
}

/// Endings of a proviso by which its party may leave the act out
/// (「ただし、…監査の対象となった課の保護管理者は、当該年度の点検を行わない
/// ことができる。」) or do less (「ただし、…逓送便により…送付するときは、
/// 前段の規定にかかわらず、逓送袋に封入することをもって足りる。」): the cases
/// it names are carved out as by 「この限りでない」.
const LEAVING_OUT_ENDINGS: &[&str] = &["ないことができる", "省略することができる", "によることができる", "足りる"];

/// Marks of cases set out in the 号 that follow.
const CASES_IN_ITEMS: &[&str] = &["次に掲げる", "次の各号", "次のいずれか"];

/// Cases set out in another provision: 「前項に規定する場合」, 「第5条に掲げる
/// とき」, 「同項各号のいずれかに該当する」.
fn cases_cited_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?:に規定する|に掲げる|に定める)(?:場合|とき)|に該当する").expect("valid regex")
    })
}

/// A provision under which a case's act is done (「前項の規定により」,
/// 「第5条の規定により」): the act that follows names the case.
fn acts_under_a_provision_regex() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(&format!(
            r"(?:前項|前条|同項|同条|第{n}(?:条|項)?(?:第{n}項)?)の規定により",
            n = crate::text::numerals::NUMERALS
        ))
        .expect("valid regex")
    })
}

/// Whether `text` (NFKC) cites a provision by number (第5条, 第2項, 第三号)
/// outside parentheses (`terms::without_parentheses`): a parenthesis that
/// borrows a law's definition (「医療機器（医薬品…に関する法律…第2条第4項
/// に規定する医療機器をいう。）」) names a term; the law and the provision
/// it cites are not the cases a proviso names.
fn cites_a_provision(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(&format!("第{}(?:条|項|号)", crate::text::numerals::NUMERALS)).expect("valid regex")
    });
    re.is_match(&crate::analyze::terms::without_parentheses(text))
}

/// Marks of a proviso whose cases are set out elsewhere — in the 号 that
/// follow (「ただし、次の各号のいずれかに該当するときは、この限りでない。」,
/// where 本人の同意 or 法令 usually are) or in another provision (前項,
/// 第5条に規定する場合, `cites_a_provision`): what they are cannot be read
/// from the proviso, so it is not taken for a carve-out.
const CASES_SET_OUT_ELSEWHERE: &[&str] = &["次に掲げる", "次の各号", "次のいずれか", "前項", "前条", "次項", "同項"];

/// Endings by which a paragraph relieves the cases it names of the
/// provisions it cites: 「…に代えて、…誓約書の提出を受けることで足りる」,
/// 「…の確認を要しない」, 「…については、適用しない」, 「…を省略することが
/// できる」, 「…を行わないことができる」, and after 「…の規定にかかわら
/// ず、」 any 「…ことができる」: what the cited provision asks or forbids
/// may then be done otherwise (「前項の規定にかかわらず、…期間においては、
/// …窓口共用ＩＤを…複数の職員が使用することができる。」).
const RELIEVING_ENDINGS: &[&str] = &["足りる", "要しない", "適用しない", "ないことができる", "省略することができる"];

/// Words of a 読替え that takes less than the words it replaces: a list cut
/// short (「別表第1号から第6号までに掲げる事項」), a limit or an exclusion.
const LESSENING_READINGS: &[&str] = &["までに掲げる", "に限る", "を除く"];

/// Ends of a class of cases named before the provisions a paragraph
/// relieves of it (「…持ち出すときは、第12条の規定は、適用しない。」).
const LEADING_CASE_ENDS: &[&str] = &["ときは", "場合は", "場合には", "については", "においては"];

/// Words that close the class of cases a relieving paragraph names.
const CASE_MARKS: &[&str] = &["場合", "とき", "については", "においては"];

/// The provisions (their citing clause: 前各項, 前項, 第3項, 第12条) from
/// which `sentence` (NFKC), a paragraph of its own, relieves a class of
/// cases on no one's say, for good or for a time: 「前各項の規定にかかわら
/// ず、検針業務を個人に委託する場合には、…に代えて、…誓約書の提出を受ける
/// ことで足りるものとする。」, 「前項の規定は、臨時的任用職員については、
/// 適用しない。」.
/// The measure cited does not reach those cases, as with a carving ただし書
/// (`is_carving_proviso_nfkc`), whose tests it shares: not a case someone in
/// charge allows, the work needs or the law makes
/// (`CONTROLLED_EXCEPTION_WORDS`), not cases set out elsewhere. A relief
/// for a time (「…にかかわらず、…までの間、…ことができる」) is one while it
/// lasts; where it suspends (「…の規定は、当分の間、…適用しない」),
/// `references::suspended_in_text` names it so first. A paragraph that
/// asks more of its cases (「前項の規定にかかわらず、…場合には、暗号化しな
/// ければならない。」) relieves none.
pub fn carved_provisions_nfkc(sentence: &str) -> Option<&str> {
    let s = without_closing_marks(sentence);
    let s = s.strip_suffix("ものとする").unwrap_or(s);
    // 「県税事務所以外の所属にあっては、…前項に規定する措置に準じた措置を
    // 講ずるよう努める」: the rest of the units only try what 前項 asks of
    // the ones it names.
    if let Some(c) = lesser_measure_for_the_rest().captures(s) {
        if is_effort_nfkc(sentence) || permitting_ending(sentence).is_some() {
            return c.get(1).map(|m| m.as_str());
        }
    }
    // 「…場合における第2項及び第3項の規定の適用については、…とし、第3項
    // の規定は、適用しない。」: the class named first, then the provisions,
    // relieved or read as asking less.
    if let Some((case, rest)) = s.split_once("場合における") {
        let (cited, reading) = rest.split_once("の規定の適用については、")?;
        let lessened = s.ends_with("適用しない") || LESSENING_READINGS.iter().any(|w| reading.contains(w));
        let case = case.rsplit_once('、').map_or(case, |(_, c)| c);
        let controlled = controls_the_exception(case);
        return (lessened && !controlled && !lacks_the_premise(case)).then_some(cited);
    }
    if !relieves_nfkc(s) {
        return None;
    }
    let (before, rest) = s
        .split_once("の規定にかかわらず、")
        .or_else(|| s.split_once("の規定は、").filter(|(_, rest)| rest.ends_with("適用しない")))?;
    let cited = before.rsplit('、').next().unwrap_or(before);
    let case = match CASE_MARKS.iter().filter_map(|m| rest.find(m).map(|at| at + m.len())).min() {
        Some(end) => &rest[..end],
        // 「…持ち出すときは、第12条の規定は、適用しない。」: the class first.
        None => {
            let leading = before[..before.len() - cited.len()].strip_suffix('、')?;
            LEADING_CASE_ENDS.iter().any(|e| leading.ends_with(e)).then_some(leading)?
        }
    };
    let first_case = main_case(case);
    // 「前項の規定により書類を携行するとき」 names its case by the act done
    // under 前項, not cases 前項 sets out.
    let case_named = acts_under_a_provision_regex().replace_all(case, "");
    let elsewhere =
        CASES_SET_OUT_ELSEWHERE.iter().any(|w| case_named.contains(w)) || cases_cited_regex().is_match(&case_named);
    let controlled = controls_the_exception(first_case);
    (!elsewhere && !controlled && !lacks_the_premise(first_case)).then_some(cited)
}

/// A paragraph that asks the units a provision leaves out (「…以外の所属に
/// あっては、」) a measure after its model (「前項に規定する措置に準じた
/// 措置」), the provision cited captured.
fn lesser_measure_for_the_rest() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"以外の[^、。]{1,15}(?:にあっては|については)、[^。]*?(前項|前各項|前条|第\d+条(?:第\d+項)?)(?:に規定する|の)措置に準じ")
            .expect("valid regex")
    })
}

/// Whether `text` (NFKC: a proviso, or a sentence read with its proviso)
/// ends in a proviso that lifts what comes before it wherever someone
/// finds it not needed (「ただし、課の職員が少数であることその他の事情に
/// より指定の必要がないと課長が認めるときは、この限りでない。」): what that
/// sentence sets up may never be there.
pub fn lifts_where_found_unneeded_nfkc(text: &str) -> bool {
    text.rfind("ただし、").is_some_and(|at| {
        let p = without_closing_marks(&text[at..]);
        p.ends_with("この限りでない")
            && ["必要がない", "必要でない"].iter().any(|w| p.contains(w))
            && p.contains("認める")
    })
}

/// Whether `sentence` (NFKC: a duty with its proviso, as the coverage
/// reads them together) ends in a proviso that carves cases out of it.
pub fn is_carved_out_nfkc(sentence: &str) -> bool {
    sentence.rfind("ただし、").is_some_and(|at| at > 0 && is_carving_proviso_nfkc(&sentence[at..]))
}

/// Whether `sentence` (NFKC) ends by exempting its party from the act it
/// names (see `EXEMPTING_ENDINGS`).
pub fn is_exemption_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    EXEMPTING_ENDINGS.iter().any(|e| s.ends_with(e))
}

/// Endings of a sentence whose predicate leaves what it names to another
/// rule or person: 「…の要否の判断その他の手順は、総括者が別に定める。」,
/// 「…の基準は、規則で定める。」, 「…の方法は、管理者が定める。」. The
/// matters before it are for that rule to lay down. A duty whose details
/// are elsewhere (「別に定めるところにより、…しなければならない。」) ends
/// in its duty, and 「…は、手順を定める」 is a duty to write one (no が).
const DELEGATING_ENDINGS: &[&str] = &["別に定める", "で定める", "が定める"];

/// Words by which a requirement leaves (part of) its measure to judgment.
pub(crate) const JUDGMENT_MARKS: &[&str] = &["必要があると認める", "必要と認める", "必要に応じ"];

/// Whether a catalog requirement leaves its measure to judgment (「…必要が
/// あると認めるときは、委員会を設け」, 「…必要に応じ耐火金庫への保管」): a
/// provision that does so too asks no less. Not a requirement that pairs
/// it with a fixed interval (「定期に及び必要に応じ随時に監査」): the
/// periodic act is required, so an act only 「必要があると認めるとき」 falls
/// short of it.
pub fn requirement_left_to_judgment(requirement: &str) -> bool {
    JUDGMENT_MARKS.iter().any(|m| requirement.contains(m)) && !requirement.contains("定期")
}

/// Whether a catalog requirement grades its measure by the information or
/// the need (「保有個人情報の秘匿性等に応じて、…」, 「必要に応じ耐火金庫への
/// 保管」): a provision that limits the measure's object by a parenthesis
/// may be that grading, not a narrowing. Kinds the provision lists or names
/// one by one (`narrows_to_listed_nfkc`, `names_records_only_nfkc`) are no
/// grading: the list is fixed once for all, and what it leaves out goes
/// without the measure however sensitive.
pub fn requirement_is_graded(requirement: &str) -> bool {
    requirement.contains("に応じ")
}

/// Whether a catalog requirement restricts acts on the information (「複製
/// …を行うことができる場合を限定し」, 「機器の接続を制限」, 「アクセス権限を
/// 必要最小限に」): a permission only in some cases (「…承認を得た場合に限り
/// 複写することができる」, `LIMITING_MARK`) is its measure. Where the
/// requirement asks an act be taken instead (脆弱性の解消), the same
/// permission grants the act as a power, and only in those cases.
pub fn requirement_restricts(requirement: &str) -> bool {
    const RESTRICTING: &[&str] = &["制限", "限定", "限る", "限り", "禁止", "必要最小限"];
    RESTRICTING.iter().any(|w| requirement.contains(w))
}

/// Whether `sentence` (NFKC) permits an act that is no handling of the
/// information only in the cases it names (「…更新プログラムを、…確認した
/// ときに限り、適用することができる。」): no permission to
/// [`is_weak_duty_nfkc`], which reads it as a restriction. One that names
/// the information (「特定個人情報等の複写…は、…指示があった場合に限り行う
/// ことができる。」) restricts its handling, whatever the item.
pub fn permits_only_in_cases_nfkc(sentence: &str) -> bool {
    permitting_ending(sentence).is_some_and(|e| e.contains("できる"))
        && without_closing_marks(sentence).contains(LIMITING_MARK)
        && !["個人情報", "個人番号"].iter().any(|w| sentence.contains(w))
}

/// Whether `sentence` (NFKC) takes its measure only for kinds of personal
/// information it lists: 「職員は、次に掲げる保有個人情報を…取り扱う場合で
/// あっても、…」, 「保健予防課長は、別表に掲げる保有個人情報について…台帳を
/// 整備し」, or a 読替え 「（第12条各号に掲げるものに限る。）」. A list
/// of acts or matters (次に掲げる措置, 次に掲げる事項) narrows nothing.
pub fn narrows_to_listed_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:次に掲げる|各号に掲げる|別表(?:第\d+)?に掲げる)(?:特定)?(?:保有)?個人情報|各号に掲げるものに限る",
        )
        .expect("valid regex")
    })
    .is_match(sentence)
}

/// Whether `sentence` (NFKC) takes its measure for the records of a special
/// kind of personal information: 「職員は、要配慮個人情報又は特定個人情報が
/// 記録されている電磁的記録媒体を外部へ送付し、…暗号化の措置を講じなければ
/// ならない。」 — the other media go out as they are. Where the guideline
/// takes the act only as needed (「必要に応じ耐火金庫への保管」), keeping it
/// for 要配慮個人情報 is that need judged, which the caller tells apart.
pub fn names_special_kind_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"要配慮個人情報(?:(?:又は|若しくは|及び|並びに|、)[^、。]{1,12}?)?(?:が記録されている|が記録された|を記録した|を含む)(?:電磁的記録媒体|記録媒体|媒体|文書|書類|保有個人情報|もの)(?:を|について|に|は)")
            .expect("valid regex")
    })
    .is_match(sentence)
}

/// Why a measure is partial when its object is limited by a parenthesis
/// (`limits_its_object_nfkc`).
pub const LIMITED_OBJECT_REASON: &str = "措置の対象を「…に限る」ものに限定している";

/// Why a measure is partial when it names one example of a kind the rule
/// defines and never the kind (`names_example_only_nfkc`).
pub const EXAMPLE_ONLY_REASON: &str = "措置の対象が、定義で例示された一つ（「Ａその他の…」のＡ）に限られている";

/// The kinds the definitions among `lines` (NFKC) define by an example, as
/// (example, kind): 「「情報システム」とは、校務支援システムその他の保有個人
/// 情報等を処理する電子計算組織をいう。」 gives (校務支援システム, 情報
/// システム). 「Aその他のB」 makes A one of B; an example is one compound
/// noun (no particle in it) of the kind's own head (システム, 端末, 媒体:
/// `SHARED_HEAD_CHARS`), not the object of a clause that describes it
/// (「「電子カルテシステム」とは、診療録その他の診療に関する記録を…保存
/// するための…情報システムをいう」). Several examples listed
/// (「「病院情報システム」とは、電子カルテシステム、医事会計システム及び部門
/// システムその他の…」, the parentheses that describe one left out) are each
/// one, where every part of the list is such a noun.
pub fn kinds_by_example<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static NOUN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        // 「Aその他のB」 makes A one of B; 「Aその他B」 sets A beside B in the
        // kind: A is one of its parts either way.
        regex::Regex::new(r"「([^、。()「」]{2,15})」とは、([^。()「」]{2,80}?)その他の?[^。]*をいう")
            .expect("valid regex")
    });
    let noun = NOUN.get_or_init(|| regex::Regex::new(r"^[^、。()「」のをにがはでと]{2,20}$").expect("valid regex"));
    let mut kinds = Vec::new();
    for line in lines {
        let line = crate::analyze::terms::without_parentheses(line);
        for c in re.captures_iter(&line) {
            let kind = c[1].to_string();
            let examples: Vec<&str> = listed_parts(&c[2]).into_iter().flat_map(|p| p.split("又は")).collect();
            if !examples.iter().all(|e| noun.is_match(e)) {
                continue;
            }
            for example in examples {
                let shared_head = crate::text::shared_ending_chars(example, &kind);
                let pair = (example.to_string(), kind.clone());
                if shared_head >= SHARED_HEAD_CHARS
                    && !example.contains(&kind)
                    && !kind.contains(example)
                    && !kinds.contains(&pair)
                {
                    kinds.push(pair);
                }
            }
        }
    }
    kinds
}

/// Characters of its head an example shares with its kind: 2, as 端末 and
/// 媒体 are the shortest heads of the things measured (システム has 4).
const SHARED_HEAD_CHARS: usize = 2;

/// Whether `sentence` (NFKC) names an example of a kind the rule defines
/// (`kinds`, from `kinds_by_example`) and never the kind itself: with
/// 情報システム defined as 「校務支援システムその他の…」, 「…記録媒体の校務
/// 支援システムの端末への接続の制限…を講じなければならない。」 takes the
/// measure for one system of the several the rule itself says there are.
/// An example named only in a parenthesis (「復旧等（電子カルテシステムが停止
/// した場合における…を含む。）」) is something the measure includes, not its
/// object.
pub fn names_example_only_nfkc(sentence: &str, kinds: &[(String, String)]) -> bool {
    let sentence = crate::analyze::terms::without_parentheses(sentence);
    kinds.iter().any(|(example, kind)| {
        sentence.contains(example.as_str()) && !sentence.replace(example.as_str(), "").contains(kind.as_str())
    })
}

/// The parts of a list joined by 、, 及び and 並びに (「Ａ、Ｂ及びＣ並びにＤ」).
fn listed_parts(list: &str) -> Vec<&str> {
    list.split('、').flat_map(|p| p.split("並びに")).flat_map(|p| p.split("及び")).collect()
}

/// Why a measure is partial when its object is records it names one by
/// one (`names_records_only_nfkc`).
pub const NAMED_RECORDS_REASON: &str = "措置の対象を名指しした一部の記録に限っている";

/// Endings of the name of a kind of record (救急活動記録票, 火災調査書類,
/// 傍聴人受付簿, 診療録, 申請書, 収支報告書, 選挙人名簿).
const RECORD_NAME_ENDINGS: &[&str] = &["票", "書類", "書", "簿", "録", "台帳", "記録", "カルテ", "データ"];

/// Names of records that are every record, not a kind of them.
const EVERY_RECORD: &[&str] = &["書類", "文書", "記録", "電磁的記録", "データ", "台帳"];

/// Whether `sentence` (NFKC) takes its measure for records it names one
/// by one and nothing more: 「保護責任者は、救急活動記録票及び火災調査書類
/// について、台帳を整備し、…」 — two kinds of record out of all the body
/// holds, however firmly. Two or more names joined by 及び, 並びに or 、,
/// each a kind of record (`RECORD_NAME_ENDINGS`), none personal information
/// at large or every record (`EVERY_RECORD`, …個人情報…).
pub fn names_records_only_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"^[^、。]{1,20}は、([^、。「」()]{2,20}(?:(?:、|及び|並びに)[^、。「」()]{2,20})+)(?:に係る保有個人情報)?について、")
            .expect("valid regex")
    });
    let Some(c) = re.captures(sentence) else { return false };
    let names = listed_parts(&c[1]);
    names.len() >= 2
        && names.iter().all(|n| {
            RECORD_NAME_ENDINGS.iter().any(|e| n.ends_with(e)) && !n.contains("個人情報") && !EVERY_RECORD.contains(n)
        })
}

/// Why a measure is partial when it is taken at the main site only
/// (`limits_to_main_site_nfkc`) of a body that has others.
pub const MAIN_SITE_REASON: &str = "措置を本所（本庁舎等）に限っている（支所等に及ばない）";

/// Names of the places a body keeps besides its main one.
const BRANCH_WORDS: &[&str] = &["ブランチ", "支所", "出張所", "分室", "分館", "分所", "分院", "支部", "出先機関"];

/// Whether `text` (NFKC) names a place the body keeps besides its main one
/// (支所, 出張所, ブランチ …).
pub fn names_branches_nfkc(text: &str) -> bool {
    BRANCH_WORDS.iter().any(|w| text.contains(w))
}

/// Whether `sentence` (NFKC) opens by taking its measure at the main site:
/// 「本所においては、媒体等は、施錠することができる書庫に保管し、…」,
/// 「本所に設置する端末は、…固定するものとし、…」 — in a rule that also
/// has 支所 or ブランチ, the measure does not reach them. Only the main
/// site by that name (本- marks a site that has others); where a sentence
/// merely says where a thing is (「…本庁舎のサーバ室に設置し」) it opens
/// with its actor, not the place.
pub fn limits_to_main_site_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"^(?:本所|本庁舎|本庁|本部|本館|本院)(?:においては|に設置する[^、。は]{1,15}は|の[^、。は]{1,15}は)、",
        )
        .expect("valid regex")
    })
    .is_match(sentence.trim_start())
}

/// Why a measure is partial when its object is what someone designates
/// later (`leaves_object_to_designation_nfkc`).
pub const DESIGNATED_OBJECT_REASON: &str = "措置の対象を、別に指定されるものに委ねている";

/// Whether `sentence` (NFKC) takes its measure only for what someone is
/// to designate: 「保護管理者は、保有個人情報のうち秘匿性が特に高いものとして
/// 総括保護管理者が別に指定するものについて、台帳を整備し、…」 or 「…は、
/// 情報政策課長が指定する情報システムについて、アクセス記録を…」. Which
/// records or systems the measure reaches is left to a designation the rule
/// does not make, as a matter 別に定める is: if none is made, the measure
/// reaches nothing. The designated thing must be the measure's object
/// (…について, …に係る); a place or a medium the act must use
/// (「…が指定する場所に保管する」, 「…が指定する記録媒体以外を使用しては
/// ならない」) is how the measure is done, not how far it reaches.
pub fn leaves_object_to_designation_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(concat!(
            r"のうち[^。、]{0,40}?指定するもの(?:について|に係る|に限り)|",
            r"[がの](?:別に)?指定する(?:特定)?(?:保有)?(?:個人情報|情報システム|システム|事務)等?(?:について|に係る)"
        ))
        .expect("valid regex")
    })
    .is_match(sentence)
}

/// Limits that restate the frame of the guideline's technical measures
/// (第5 情報システムにおける安全の確保等: information handled in a system)
/// rather than narrowing them: 「保有個人情報（情報システムで取り扱うものに
/// 限る。以下この章において同じ。）」.
const FRAME_LIMITS: &[&str] =
    &["情報システムで取り扱", "情報システムにより取り扱", "電子計算機で処理", "電子計算機により処理"];

/// Whether `sentence` (NFKC) limits the object of its measure by a
/// parenthesis: 「管理責任者は、情報システム（電気通信回線に接続して運用
/// するものに限る。）について、…アクセス記録を取得し、…」 takes the measure
/// for connected systems only, not the stand-alone ones. The object is a
/// thing measured (a system, personal information, a medium, a terminal,
/// a document, a contract: 「…の委託（契約金額（…）が100万円以上のものに
/// 限る。）について」) followed by its case mark, the limit holding at most
/// one parenthesis of its own; a limit on who acts (「保護管理者（…を取り
/// 扱うものに限る。）は」) narrows no object, nor does an object's limit
/// within it (「保護管理者（情報システム（…に限る。）を取り扱うものに
/// 限る。）」), and one that restates the guideline's frame
/// (`FRAME_LIMITS`) narrows nothing.
pub fn limits_its_object_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:システム|個人情報|記録媒体|媒体|端末|電子計算機|機器|文書|書類|台帳|データ|委託|契約|業務)\(((?:[^()]|\([^()]*\))*)に限る。?(?:以下[^()]*)?\)(?:について|を|の|は|に)",
        )
        .expect("valid regex")
    });
    re.captures_iter(sentence).any(|c| {
        let at = c.get(0).map_or(0, |m| m.start());
        crate::analyze::terms::enclosing_open(sentence, at).is_none() && !FRAME_LIMITS.iter().any(|f| c[1].contains(f))
    })
}

/// Whether `sentence` (NFKC) makes its whole act depend on its actor's
/// judgment: 「管理責任者は、…に照らし必要があると認めるときは、台帳を備え、
/// …記録するものとする。」 — whether a 台帳 is kept at all is the manager's
/// call, so the measure is not required. Only where the condition opens the
/// act (no clause before it after the subject's は、): in 「…定期に分析し、
/// 必要があると認めるときは、…措置を講ずる」 it governs only what follows.
/// Not a power over another party (「甲は、必要があると認めるときは、乙に
/// 対し、…報告を求めることができる。」, `grants_power`): to have it is the
/// measure.
pub fn is_left_to_judgment_nfkc(sentence: &str) -> bool {
    (is_when_needed_nfkc(sentence) || takes_main_act_as_needed_nfkc(sentence))
        && !grants_power(without_closing_marks(sentence))
}

/// Whether `sentence` (NFKC) takes its main act 「必要に応じ、」, the last
/// clause: 「職員は、…書類の送付…を行うときは、…誤りを防止するため、必要に
/// 応じ、複数の職員による確認を行うものとする。」 — whether the check is made
/// at all is the actor's call. Not 「…記録を保存し、必要に応じ分析する」,
/// where the need governs only the act after it and the 保存 stands, nor
/// a sentence that names an interval (「毎年度1回以上…点検を行い、必要に応じ
/// て、その結果を…報告する」: the 点検 is fixed).
pub fn takes_main_act_as_needed_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"^[^。]*は、[^。]*必要に応じて?、[^、。]*。?$").expect("valid regex"))
        .is_match(sentence)
        && !names_interval(sentence)
}

/// Whether `sentence` (NFKC) opens its act with its actor's judgment of
/// need (「…は、必要があると認めるときは、」, also after what the need is
/// weighed by: 「…は、…その量等に応じて、必要があると認めるときは、」), a
/// power over another party too: such an act is no periodic one (see
/// `requirement_is_periodic`).
pub fn is_when_needed_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"^[^、。]*は、(?:[^、。]*(?:に応じ|に照らし|を勘案し|を踏まえ)て?、)?[^、。]*(?:必要があると認める|必要と認める)ときは、",
        )
        .expect("valid regex")
    });
    re.is_match(sentence)
}

/// Nouns of an act of verifying (検査, 監査, 点検, 調査) or overseeing
/// (監督): named as a matter of a document (「…検査に関する事項」, 「…従事
/// 者に対する監督及び教育に関する事項」, see `terms::without_named_matters`)
/// they are a term it holds, not the act taken.
const VERIFYING_ACTS: &[&str] = &["検査", "監査", "点検", "調査", "監督"];

/// Whether `phrase` (an element's words) names an act of verifying.
pub fn names_verifying_act(phrase: &[String]) -> bool {
    phrase.iter().any(|w| VERIFYING_ACTS.iter().any(|a| w.contains(a)))
}

/// Words by which a provision names a fixed interval (定期に, 年1回以上,
/// 毎年度, 月1回, 年2回以上).
const INTERVAL_MARKS: &[&str] = &["定期", "年1回", "年に1回", "毎年", "毎月", "回以上"];

/// Whether `sentence` (NFKC) names a fixed interval (see `INTERVAL_MARKS`).
fn names_interval(sentence: &str) -> bool {
    INTERVAL_MARKS.iter().any(|m| sentence.contains(m))
}

/// Whether `sentence` (NFKC) takes its act 「必要に応じ」 and names no
/// fixed interval: 「保護管理者は、必要に応じ、委託先における…管理の状況
/// について、実地検査…により確認するものとする。」 falls short of an act
/// required at fixed intervals (`requirement_is_periodic`) as 「必要がある
/// と認めるときは」 does; 「定期に及び必要に応じ随時に」 does not.
pub fn is_as_needed_nfkc(sentence: &str) -> bool {
    sentence.contains("必要に応じ") && !names_interval(sentence)
}

/// Whether `sentence` (NFKC) opens its main act with a wait for need and
/// names no fixed interval: 「…は、必要があると認めるときは、」 (see
/// `is_when_needed_nfkc`), 「…は、必要に応じ、…」, or a last clause taken
/// 「必要に応じ、」 (`takes_main_act_as_needed_nfkc`). Not a wait that
/// governs a later clause only (「…保管するとともに、必要があると認めると
/// きは、耐火金庫への保管…」).
pub fn opens_with_need_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let opening =
        RE.get_or_init(|| regex::Regex::new(r"^[^、。]*は、(?:[^、。]*、)?必要に応じて?、").expect("valid regex"));
    (is_when_needed_nfkc(sentence) || opening.is_match(sentence) || takes_main_act_as_needed_nfkc(sentence))
        && !names_interval(sentence)
}

/// Whether `sentence` (NFKC) waits for need wherever it says so
/// (「…必要があると認めるときは、…」, 「必要に応じ…」) and names no fixed
/// interval beside it (「毎年度1回以上及び必要があると認めるときは随時に」
/// does not wait): for comparing two provisions, whose conditions may
/// stand anywhere in their sentences.
pub fn waits_for_need_nfkc(sentence: &str) -> bool {
    ["必要があると認める", "必要と認めるとき", "必要に応じ"].iter().any(|m| sentence.contains(m))
        && !names_interval(sentence)
}

/// How far before a mark of need an interval pairs with it (「定期に及び
/// 必要に応じ」: 5 characters; 「定期的に及び」: 6).
const PAIRED_INTERVAL_WITHIN: usize = 6;

/// The parts of a catalog requirement (NFKC) that it takes only as needed:
/// from each 「必要に応じ」 or 「必要があると認める」 not paired with an
/// interval to the sentence's end or the next interval. In 「監査責任者は、
/// …定期に及び随時に監査を行い…、総括責任者は必要に応じ取扱規程等を見直す。」
/// the 見直し is asked as needed, so a provision's 「必要に応じ…見直す」
/// asks what it asks, while its audit only as needed falls short.
pub fn as_needed_parts(requirement: &str) -> Vec<String> {
    let requirement = nfkc(requirement);
    let mut parts = Vec::new();
    for mark in JUDGMENT_MARKS {
        for (at, _) in requirement.match_indices(mark) {
            let before = &requirement[..at];
            let near = before.char_indices().rev().nth(PAIRED_INTERVAL_WITHIN - 1).map_or(0, |(i, _)| i);
            if before[near..].contains("定期") {
                continue;
            }
            let rest = &requirement[at..];
            let end = rest.find('。').unwrap_or(rest.len());
            let end = INTERVAL_MARKS.iter().filter_map(|m| rest[..end].find(m)).min().unwrap_or(end);
            parts.push(rest[..end].to_string());
        }
    }
    parts
}

/// Whether `sentence` (NFKC) says the body has none of what it names: 「組合
/// は、…サーバ等の機器を設置する室その他の区域を設けていない。」, 「区役所等
/// の庁舎には、…情報システム室等を設けない。」, 「委員会は、…区域を有しな
/// い。」 — small bodies whose servers stand in another's room. Its object is
/// not there to be measured.
pub fn states_absence_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?:を|は)(?:設けていない|設けない|有しない|有していない|置いていない)(?:ものとする)?。?$")
            .expect("valid regex")
    })
    .is_match(sentence.trim_end())
}

/// Whether a catalog requirement sets its role up, or lays its act on the
/// manager, in every unit (「各課室等に保護管理者を一人置き」, 「保護管理者は、
/// 課室等における…について、…点検を行い」).
pub fn requirement_is_per_unit(requirement: &str) -> bool {
    let requirement = nfkc(requirement);
    requirement.contains("各課") || requirement.starts_with("保護管理者は、課室等")
}

/// Why an act the guideline asks of every unit's manager is partial: the
/// heads of named units take it (`named_unit_heads_act_nfkc`).
pub const NAMED_UNIT_HEADS_REASON: &str = "一部の課等の長に限っている（各課室等ではない）";

/// Whether `sentence` (NFKC) lays its act on the heads of two or more units
/// it names (「認定審査課長及びセンターの所長は、…点検し、…」): those units',
/// not every unit's. A class (「課長は」, 「各課の長は」) names none.
pub fn named_unit_heads_act_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        let head = r"[^、。各及並当全]{2,}(?:課長|室長|所長|署長|係長|センター長)";
        regex::Regex::new(&format!(r"^{head}(?:(?:及び|並びに|、){head})+は、")).expect("valid regex")
    })
    .is_match(sentence)
}

/// Why a duty the guideline lays on all staff is partial: it binds the
/// staff of named units only (`binds_named_units_staff_nfkc`).
pub const NAMED_UNITS_STAFF_REASON: &str = "一部の課等の職員に限っている";

/// Whether a catalog requirement lays its duty on all staff (「職員は、…」).
pub fn requirement_binds_all_staff(requirement: &str) -> bool {
    nfkc(requirement).starts_with("職員は")
}

/// Whether `sentence` (NFKC) lays its duty on the staff of two or more
/// units it names (「区民課及び出張所の職員は、…住民記録システムに記録された
/// 事項に誤り等があることを発見したときは、…」): those, not all staff.
pub fn binds_named_units_staff_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(&format!(r"^{}の職員は、", named_units_list())).expect("valid regex"))
        .is_match(sentence)
}

/// Why a measure is partial when it binds the managers of named units only
/// (`binds_named_units_managers_nfkc`).
pub const NAMED_UNITS_MANAGERS_REASON: &str = "一部の課等の管理者に限っている";

/// Whether `sentence` (NFKC) lays its act on the managers of two or more
/// units it names (「市民課、税務課及び保険年金課の保護管理者は、…入力原票と
/// 入力内容との照合…を行わなければならない。」): each unit has one, and the
/// other units' need not take the measure. A manager is a role ending in
/// 管理者 or 責任者 (保護管理者, 個人情報管理責任者, 取扱責任者).
pub fn binds_named_units_managers_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(&format!(r"^{}の[^、。はの]{{0,10}}(?:管理者|責任者)は、", named_units_list()))
            .expect("valid regex")
    })
    .is_match(sentence)
}

/// Why a measure is partial when its object is the information named
/// units handle (`limits_to_named_units_information_nfkc`).
pub const NAMED_UNITS_INFORMATION_REASON: &str = "措置の対象を一部の課等が取り扱う情報に限っている";

/// Whether `sentence` (NFKC) takes its measure for the information two or
/// more units it names handle (「町民課の保護管理者は、住民係、税務係及び
/// 保険係が住民情報システムで取り扱う保有個人情報の重要度に応じて、…照合
/// …を行わなければならない。」): the other units' information goes without.
pub fn limits_to_named_units_information_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(&format!(r"{}が[^、。]{{0,30}}取り扱う(?:特定)?(?:保有)?個人情報", named_units_list()))
            .expect("valid regex")
    })
    .is_match(sentence)
}

/// A unit named by its name (任用課, 潮見灘港湾事務所, 出張所), not a class of
/// units (課, 各課, 当該課等).
const NAMED_UNIT: &str = r"[^、。各及並当全]{2,}(?:課|室|係|署|所|センター)";

/// A pattern of two or more units named by their names, listed
/// (「区民課及び出張所」, 「市民課、税務課及び保険年金課」).
fn named_units_list() -> String {
    format!(r"{u}(?:(?:及び|並びに|、){u})+", u = NAMED_UNIT)
}

/// The places `sentence` (NFKC) opens by setting something up in
/// (「任用課及び審査課に、保護担当者を置き」: 任用課及び審査課), its
/// parentheses left out: a name given on the way (「…取扱主任（以下「取扱
/// 主任」という。）を置き」) is no end of the sentence.
fn set_up_places(sentence: &str) -> Option<String> {
    static PLACES: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let places =
        PLACES.get_or_init(|| regex::Regex::new(r"^((?:並びに|[^。に]){1,60})に、?[^。]*を置").expect("valid regex"));
    let sentence = crate::analyze::terms::without_parentheses(sentence);
    places.captures(&sentence).map(|c| c[1].to_string())
}

/// Whether `sentence` (NFKC) sets what it sets up in two or more places it
/// names, one of them a unit by its name (「任用課及び審査課に、保護担当者を
/// 置き、…」, 「看護部の各病棟及び外来並びに医事課に、保護担当者を置く。」):
/// those, not every unit. A class of units (「課に」, 「各課及び各室に」,
/// 「課等に」) names none.
pub fn sets_up_in_named_units_nfkc(sentence: &str) -> bool {
    static UNIT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let unit = UNIT.get_or_init(|| regex::Regex::new(&format!("^{NAMED_UNIT}$")).expect("valid regex"));
    let Some(places) = set_up_places(sentence) else { return false };
    // The places listed: 「任用課及び審査課」, 「看護部の各病棟及び外来並びに
    // 医事課」 (wards and a clinic beside a named 課 are places named too).
    let parts = listed_parts(&places);
    parts.len() >= 2
        && parts.iter().any(|p| unit.is_match(p))
        && parts.iter().all(|p| p.chars().count() >= 2 && !p.starts_with(['各', '当', '全']))
}

/// A class of units a rule defines by the kinds of unit it lists:
/// 「「課等」とは、…組織規則に規定する課、学校及び教育機関をいう。」.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitClass {
    /// The class's own name: 課等.
    term: String,
    /// Its kinds: 教育機関, 学校, 課 (see `listed_kinds`).
    kinds: Vec<String>,
}

/// The classes of unit a rule defines by listing their kinds (two or
/// more): 「「課等」とは、…組織規則に規定する課、学校及び教育機関をいう。」
/// (or a 定義条's 号 read so, see `definition_lines`) and 「各課、学校及び
/// 教育機関（以下「課等」という。）」 give 課等: [教育機関, 学校, 課]. A
/// term given to a list after its 並びに names the parts after it: in
/// 「事務局並びにＡセンター及びＢ斎場（以下「施設」という。）」, 施設 are the
/// two.
pub fn unit_classes<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<UnitClass> {
    static DEFINED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static INLINE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let defined = DEFINED
        .get_or_init(|| regex::Regex::new(r"「([^」]{1,15})」とは、([^。]{2,120}?)をいう").expect("valid regex"));
    let inline = INLINE.get_or_init(|| regex::Regex::new(r"\(以下「([^」]{1,15})」という。?\)").expect("valid regex"));
    let without_parentheses = crate::analyze::terms::without_parentheses;
    let mut classes: Vec<UnitClass> = Vec::new();
    for line in lines {
        // What a kind's parenthesis says (「…の課（教育総務課…をいう。）」)
        // is no end of the definition.
        let bare = without_parentheses(line);
        let meanings = defined.captures_iter(&bare).map(|c| (c[1].to_string(), c[2].to_string()));
        let inlines = inline.captures_iter(line).map(|c| {
            let listed = without_parentheses(&line[..c.get(0).map_or(0, |m| m.start())]);
            let after_join = listed.rsplit_once("並びに").map_or(listed.as_str(), |(_, after)| after).to_string();
            (c[1].to_string(), after_join)
        });
        for (term, listed) in meanings.chain(inlines) {
            let class = UnitClass { term, kinds: listed_kinds(&listed) };
            if class.kinds.len() >= 2 && !classes.contains(&class) {
                classes.push(class);
            }
        }
    }
    classes
}

/// The kinds of unit the list ending `text` names, last first: each part's
/// last noun, the list read back to the first part that is more than a
/// noun (「…は、教育委員会事務局の課、学校及び教育機関」: 教育機関, 学校, 課).
fn listed_kinds(text: &str) -> Vec<String> {
    let mut kinds = Vec::new();
    for part in listed_parts(text).into_iter().rev() {
        let noun = unit_kind(part);
        let more_than_a_noun = part.chars().any(crate::text::normalize::is_hiragana);
        if !noun.is_empty() && !kinds.contains(&noun) {
            kinds.push(noun);
        }
        if more_than_a_noun {
            break;
        }
    }
    kinds
}

/// A place's kind of unit: its last noun, 各 and ごと aside (各学校, 学校ごと,
/// 「…に規定する課」: 学校, 学校, 課).
fn unit_kind(place: &str) -> String {
    let place = place.strip_suffix("ごと").unwrap_or(place);
    let noun_start = place
        .char_indices()
        .rev()
        .find(|(_, c)| crate::text::normalize::is_hiragana(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let noun = &place[noun_start..];
    noun.strip_prefix('各').unwrap_or(noun).to_string()
}

/// Why a role is partial when it is set up in some of the kinds of unit
/// the rule's units are (`sets_up_in_part_of_class_nfkc`).
pub const PART_OF_UNITS_REASON: &str = "規程が定める課等のうち一部の種類にだけ置いている";

/// Whether `sentence` (NFKC) sets what it sets up in some, not all, of the
/// kinds of unit a class of the rule's (`classes`, from `unit_classes`)
/// lists: with 課等 defined as 課、学校及び教育機関, 「学校に、個人情報取扱
/// 担当者を置き、…」 leaves the 課 and the 教育機関 without one. The class by
/// its own name (「課等に、」, or 「課に」 where 課 is defined as 課及び出先
/// 機関) or all its kinds name every unit.
pub fn sets_up_in_part_of_class_nfkc(sentence: &str, classes: &[UnitClass]) -> bool {
    set_up_places(sentence).is_some_and(|places| names_part_of_a_class(&places, classes))
}

/// Whether the list of places `places` (NFKC: 「学校」, 「署及び出張所」)
/// names some, not all, of the kinds a class of `classes` lists, and not
/// the class by its own name.
fn names_part_of_a_class(places: &str, classes: &[UnitClass]) -> bool {
    let named: Vec<String> = listed_parts(places).into_iter().map(unit_kind).collect();
    classes.iter().any(|class| {
        !named.contains(&class.term)
            && named.iter().all(|k| class.kinds.contains(k))
            && class.kinds.iter().any(|k| !named.contains(k))
    })
}

/// Why a measure is partial when it binds the staff of some kinds of the
/// rule's units (`binds_part_of_class_staff_nfkc`).
pub const PART_OF_UNITS_STAFF_REASON: &str = "規程が定める課等のうち一部の種類の職員に限っている";

/// Whether `sentence` (NFKC) lays its act on the staff of some, not all,
/// of the kinds of unit a class of the rule's lists (`classes`, from
/// `unit_classes`): with 所属 defined as 事務局の課、学校、図書館及び公民館,
/// 「学校の職員は、…校外に持ち出し…ようとするときは、あらかじめ校長の許可を
/// 得なければならない。」 leaves the others' staff free.
pub fn binds_part_of_class_staff_nfkc(sentence: &str, classes: &[UnitClass]) -> bool {
    let Some((units, _)) = sentence.split_once("の職員は、") else { return false };
    if units.contains(['。', 'は']) {
        return false;
    }
    names_part_of_a_class(units, classes)
}

/// Whether a catalog requirement asks its act at fixed intervals (定期,
/// 年1回, 毎年: 「委託先の管理状況は原則年1回以上実地検査等で確認し」): an act
/// only when its actor sees need, a power over another party included,
/// falls short of it.
pub fn requirement_is_periodic(requirement: &str) -> bool {
    let requirement = nfkc(requirement);
    ["定期", "年1回", "毎年"].iter().any(|m| requirement.contains(m))
}

/// Whether a catalog requirement asks its act at least once a year
/// (「委託先の管理状況は原則年1回以上実地検査等で確認し」, 毎年).
pub fn requirement_is_yearly(requirement: &str) -> bool {
    let requirement = nfkc(requirement);
    ["年1回", "毎年"].iter().any(|m| requirement.contains(m))
}

/// Whether `sentence` (NFKC) takes its act at an interval longer than a
/// year: 「…2年度に1回以上、…実地検査により確認しなければならない。」,
/// 「3年ごとに」, 「隔年で」. It falls short of an act asked yearly
/// (`requirement_is_yearly`).
pub fn names_longer_interval_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        let n = crate::text::numerals::NUMERALS;
        // Not a year of an era (令和2年度), a date.
        regex::Regex::new(&format!(
            r"隔年|(?:^|[^第和成正治0-9０-９〇一二三四五六七八九十])({n})年度?(?:に(?:1|一)回|ごとに|毎に)"
        ))
        .expect("valid regex")
    })
    .captures_iter(sentence)
    .any(|c| c.get(1).is_none_or(|n| crate::text::numerals::parse_number(n.as_str()).is_some_and(|n| n >= 2)))
}

/// Words that name records on paper (文書, 書類, 帳票, 紙媒体).
const PAPER_WORDS: &[&str] = &["文書", "書類", "帳票", "紙"];
/// Words that name electronic records or their erasure (電磁的記録,
/// 電子媒体, データ, 端末, 消去 …); 媒体 alone may be any medium.
const ELECTRONIC_WORDS: &[&str] =
    &["電磁", "電子", "媒体", "データ", "端末", "機器", "消去", "削除", "情報システム", "ファイル", "サーバ"];

/// Whether a catalog item is the disposal of records (its title says 廃棄,
/// 削除 or 消去) and asks for the erasure of data besides the disposal of
/// media (「…消去又はその媒体の廃棄」, 「個人番号の削除、…電子媒体等の
/// 廃棄」): a provision for paper alone falls short of it. An item with
/// disposal among other matters (委託終了時の消去・返却) is not.
pub fn item_erases_data(title: &str, requirement: &str) -> bool {
    let (title, requirement) = (nfkc(title), nfkc(requirement));
    ["廃棄", "削除", "消去"].iter().any(|m| title.contains(m))
        && ["消去", "削除"].iter().any(|m| requirement.contains(m))
}

/// Words of disposing of a record: the sentences that hold one say what
/// is disposed of.
pub const DISPOSAL_WORDS: &[&str] = &["廃棄", "破棄", "処分", "裁断", "溶解", "消去", "削除"];

/// Whether `text` (NFKC) names records on paper only (「…が記録されている
/// 文書が不要となった場合には、…当該文書を廃棄させなければならない。」):
/// the disposal it lays down leaves electronic records out. 紙媒体 is paper.
pub fn names_paper_only_nfkc(text: &str) -> bool {
    let text = text.replace("紙媒体", "紙");
    PAPER_WORDS.iter().any(|w| text.contains(w)) && !ELECTRONIC_WORDS.iter().any(|w| text.contains(w))
}

/// Parties outside the body a rule may bind: a facility's 指定管理者, a
/// contractor under any of its names. 乙 is left out: only a contract
/// names its parties so, and a contract binds its 乙 as its own. Some end
/// like an authority (再委託者 like 委託者, 指定管理者 like 管理者) and are
/// bound all the same (`grants_power`).
/// The contractor may be named by the act: 「…運用保守業務を受託した者は、」.
const OUTSIDE_PARTIES: &[&str] =
    &["指定管理者", "受託者", "再受託者", "再委託者", "委託先", "受注者", "受託した者", "受託する者", "請け負った者"];

/// Whether a catalog requirement is about a party outside the body (委託,
/// 受託, 提供先, 指定管理): that party's duties are its measure.
pub fn requirement_is_about_outside_parties(requirement: &str) -> bool {
    let requirement = nfkc(requirement);
    ["委託", "受託", "提供先", "指定管理"].iter().any(|m| requirement.contains(m))
}

/// Whether `sentence` (NFKC) lays its act on a party outside `body` (the
/// regulation's body, when known): its subject, before its first 「は、」, is
/// one of `OUTSIDE_PARTIES` (「指定管理者は、基本協定の定めるところにより、…
/// 自己点検を行う」), or the measure is the topic and another local
/// government, named with が, takes it (a 組合's 「…必要な措置は、協定の定
/// めるところにより、清川町が講ずるものとする」).
pub fn is_laid_on_outside_party_nfkc(sentence: &str, body: Option<&str>) -> bool {
    let Some((subject, act)) = subject_and_act(sentence) else { return false };
    if OUTSIDE_PARTIES.iter().any(|p| subject.ends_with(p)) {
        return true;
    }
    // A person or an office as the topic acts itself (「保護管理者は、清川町が
    // 運用する情報システムについて…」): only a topic that is the matter
    // leaves the act to the body named.
    let topic_acts = ACTING_TOPIC_ENDS.iter().any(|e| subject.ends_with(e));
    !topic_acts && other_body_takes_act(act).is_some_and(|named| !body.is_some_and(|b| nfkc(b).contains(named)))
}

/// Ends of a topic that is a person or an office, which then acts itself.
const ACTING_TOPIC_ENDS: &[&str] = &["者", "長", "員", "課", "室", "局", "部", "係", "機関", "委員会"];

/// The local government named with が as the one who takes the act of the
/// sentence's last two clauses (「…、清川町が作成し、保管するものとする。」),
/// by its proper name (one kanji or more before 都道府県市区町村): a bare
/// 「市が」 is the body itself.
fn other_body_takes_act(act: &str) -> Option<&str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(?:^|、)(\p{Han}{1,8}?[都道府県市区町村])が[^、。]*(?:、[^、。]*)?。?$")
            .expect("valid regex")
    });
    re.captures(act).map(|c| c.get(1).expect("group 1").as_str())
}

/// A sentence's (NFKC) subject, the last clause before its first 「は、」
/// (「委託者は、」, 「…場合において、管理者は、」), and the act after it.
fn subject_and_act(sentence: &str) -> Option<(&str, &str)> {
    let (subject, act) = sentence.split_once("は、").or_else(|| sentence.split_once("は,"))?;
    Some((subject.rsplit(['、', ',']).next().unwrap_or(subject).trim(), act))
}

/// Whether `sentence` (NFKC) ends by leaving its matter to another rule
/// (see `DELEGATING_ENDINGS`), …ものとする included.
pub fn is_delegation_nfkc(sentence: &str) -> bool {
    let s = without_closing_marks(sentence);
    let s = s.strip_suffix("ものとする").unwrap_or(s);
    DELEGATING_ENDINGS.iter().any(|e| s.ends_with(e))
}

/// Whether `sentence` (NFKC) attaches to a document, or writes into it, a
/// document another office is to lay down (「…当該契約書に、統括責任者が
/// 別に定める個人情報取扱特記事項を付さなければならない。」): what the
/// contract will hold is left to that office, as a matter 別に定める is
/// (`is_delegation_nfkc`). A document the rule lays down itself (別記, 別表)
/// is not so.
pub fn attaches_what_another_lays_down_nfkc(sentence: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"別に定める[^、。を]{0,20}(?:特記事項|事項|条項)を(?:付|添付|添え|記載|明記)")
            .expect("valid regex")
    })
    .is_match(sentence)
}

/// A sentence (NFKC) as its ending is compared: without its final 。 and
/// closing brackets.
fn without_closing_marks(sentence: &str) -> &str {
    sentence.trim_end_matches(['。', '.', ')', '」'])
}

/// The reason a △ gives when all its evidence lays down less than a duty:
/// an exemption where one of `sentences` exempts, else a suspension by
/// proviso, else a definition, a question, a plan, a deferral, a
/// description, a permission, an assignment of affairs, else an effort.
pub fn weak_duty_reason<'s>(sentences: impl Iterator<Item = &'s str>) -> &'static str {
    let sentences: Vec<String> = sentences.map(nfkc).collect();
    let any = |says: fn(&str) -> bool| sentences.iter().any(|s| says(s));
    if any(is_exemption_nfkc) {
        EXEMPTION_REASON
    } else if any(is_suspended_by_proviso_nfkc) {
        PROVISO_SUSPENDED_REASON
    } else if any(is_carved_out_nfkc) {
        PROVISO_CARVED_REASON
    } else if any(lifts_where_found_unneeded_nfkc) {
        DEFERRAL_REASON
    } else if any(is_definition_nfkc) {
        DEFINITION_REASON
    } else if any(is_question_nfkc) {
        QUESTION_REASON
    } else if any(is_plan_nfkc) {
        // Before descriptions: 「…予定している」 plans.
        PLAN_REASON
    } else if any(is_deferral_nfkc) || any(opens_on_an_appointment_nfkc) {
        DEFERRAL_REASON
    } else if any(is_description_nfkc) {
        DESCRIPTION_REASON
    } else if any(|s| permitting_ending(s).is_some()) {
        PERMISSION_REASON
    } else if any(assigns_affairs_nfkc) {
        AFFAIRS_REASON
    } else if any(is_left_to_judgment_nfkc) && !any(is_effort_nfkc) {
        DEFERRAL_REASON
    } else if (any(narrows_to_listed_nfkc) || any(names_special_kind_nfkc)) && !any(is_effort_nfkc) {
        NARROWED_REASON
    } else if any(names_records_only_nfkc) && !any(is_effort_nfkc) {
        NAMED_RECORDS_REASON
    } else if any(leaves_object_to_designation_nfkc) && !any(is_effort_nfkc) {
        DESIGNATED_OBJECT_REASON
    } else if any(limits_its_object_nfkc) && !any(is_effort_nfkc) {
        LIMITED_OBJECT_REASON
    } else if any(sets_up_in_named_units_nfkc) && !any(is_effort_nfkc) {
        NAMED_UNITS_REASON
    } else if any(binds_named_units_staff_nfkc) && !any(is_effort_nfkc) {
        NAMED_UNITS_STAFF_REASON
    } else if any(binds_named_units_managers_nfkc) && !any(is_effort_nfkc) {
        NAMED_UNITS_MANAGERS_REASON
    } else if any(limits_to_named_units_information_nfkc) && !any(is_effort_nfkc) {
        NAMED_UNITS_INFORMATION_REASON
    } else if any(named_unit_heads_act_nfkc) && !any(is_effort_nfkc) {
        NAMED_UNIT_HEADS_REASON
    } else {
        WEAK_DUTY_REASON
    }
}

/// Whether `sentence` ends in less than a duty (努力義務・できる規定) or
/// exempts from one (…を要しない, see `EXEMPTING_ENDINGS`). A
/// できる that gives the rule's authority a power over another party
/// (委託者は、受託者に対して…調査することができる) is the measure itself, not
/// a permission: see `grants_power`.
pub fn is_weak_duty(sentence: &str) -> bool {
    is_weak_duty_nfkc(&nfkc(sentence))
}

/// [`is_weak_duty`] of a sentence already in NFKC.
pub fn is_weak_duty_nfkc(sentence: &str) -> bool {
    // A duty read with the proviso that carves cases out of it is weighed by
    // its own ending, not the proviso's (「…ただし、軽微なものについては、
    // 省略することができる。」 is no permission).
    if let Some(at) = sentence.rfind("ただし、").filter(|&at| at > 0 && is_carving_proviso_nfkc(&sentence[at..])) {
        return is_weak_duty_nfkc(&sentence[..at]);
    }
    if is_exemption_nfkc(sentence)
        || is_definition_nfkc(sentence)
        || is_question_nfkc(sentence)
        || is_description_nfkc(sentence)
        || is_suspended_by_proviso_nfkc(sentence)
        || is_plan_nfkc(sentence)
        || is_deferral_nfkc(sentence)
        || opens_on_an_appointment_nfkc(sentence)
    {
        return true;
    }
    if is_effort_nfkc(sentence) {
        return true;
    }
    let Some(ending) = permitting_ending(sentence) else { return false };
    let s = without_closing_marks(sentence);
    !(ending.contains("できる") && (grants_power(s) || s.contains(LIMITING_MARK)))
}

/// The mark of a できる that limits rather than permits: 「…の指示があった
/// 場合に限り行うことができる」 forbids the act in every other case, which
/// is the measure (複製・持出しの制限). 「…に限り行っても差し支えない」
/// loosens and stays a permission.
const LIMITING_MARK: &str = "に限り";

/// Whether `sentence` (NFKC) ends in a permission (…できる, …差し支えない),
/// whoever it is given over: a role a head 「…指定し、…担当させることが
/// できる」 may never be set up.
pub fn ends_in_permission_nfkc(sentence: &str) -> bool {
    permitting_ending(sentence).is_some()
}

/// The ending of `PERMITTING_ENDINGS` that `sentence` (NFKC) ends in.
fn permitting_ending(sentence: &str) -> Option<&'static str> {
    let s = without_closing_marks(sentence);
    PERMITTING_ENDINGS.iter().find(|e| s.ends_with(*e)).copied()
}

/// Subjects that hold authority in a rule: the commissioning party of a
/// contract annex (委託者, 発注者, or 甲 where the contract names its parties
/// 甲 and 乙) and the heads and managers a rule sets up (…長, …管理者,
/// …責任者). 職員 or 受託者 are the parties a rule binds.
const AUTHORITY_SUFFIXES: &[&str] = &["委託者", "発注者", "甲", "長", "管理者", "責任者", "実施機関"];
/// Marks of an act directed at another party: the party addressed
/// (…に対し), a causative (報告させ), or the contract's other party named
/// (受託者の作業場所に立ち入り, 受託者が違反したときは…解除).
const OTHER_PARTY_MARKS: &[&str] = &["に対し", "させ", "受託者", "受注者", "乙", "委託先", "再委託", "指定管理者"];

/// Whether a できる sentence (NFKC) grants a power over another party: its
/// subject (before the first 「は、」) is an authority and the act is directed
/// at another party. Such a right (the city's audit of its contractor, a
/// head's order to a manager) is the measure a guideline asks for; a できる
/// of the obligated party itself (職員は…できる, 責任者は記録を分析することが
/// できる) only permits and is no duty.
pub fn grants_power(sentence: &str) -> bool {
    let Some((subject, act)) = subject_and_act(sentence) else { return false };
    let authority = AUTHORITY_SUFFIXES.iter().any(|a| subject.ends_with(a))
        && !OUTSIDE_PARTIES.iter().any(|b| subject.ends_with(b));
    // The person the information is about is served, not bound: 「…本人に
    // 対し通知を行い、又は…公表することができる」 only permits.
    let act = act.replace(SERVED_PARTY, "");
    authority && OTHER_PARTY_MARKS.iter().any(|m| act.contains(m))
}

/// The person the information is about, addressed by an act (本人に対し).
const SERVED_PARTY: &str = "本人に対し";

/// Whether a catalog requirement itself states a duty (not only an effort):
/// only then does a weak sentence fall short of it.
pub fn requirement_is_duty(requirement: &str) -> bool {
    !requirement.split('。').filter(|s| !s.trim().is_empty()).all(is_weak_duty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_endings_are_efforts_or_permissions() {
        assert!(is_weak_duty("課長は、職員に対し研修を行うよう努めるものとする。"));
        assert!(is_weak_duty("管理者は、記録を定期に分析することができる。"));
        assert!(is_weak_duty("複数の職員で確認することが望ましい。"));
        assert!(is_weak_duty("職員は、情報の保護に努めなければならない。"));
        assert!(is_weak_duty("実施機関は、事案の内容等に応じて、公表等の措置を講ずることがある。"));
        assert!(is_weak_duty("職員が記録媒体を持ち出すことを妨げない。"));
        assert!(is_weak_duty("複製は、課内に限り行っても差し支えない。"));
        // An act left to its actor's judgment; not a clause after another
        // act, nor a power over another party.
        assert!(is_left_to_judgment_nfkc(
            "管理責任者は、秘匿性等に照らし必要があると認めるときは、台帳を備えるものとする。"
        ));
        assert!(is_left_to_judgment_nfkc("監査責任者は、必要があると認めるときは、監査を行わなければならない。"));
        assert!(!is_left_to_judgment_nfkc(
            "保護管理者は、記録を定期に分析し、必要があると認めるときは、措置を講ずる。"
        ));
        assert!(!is_left_to_judgment_nfkc("甲は、必要があると認めるときは、乙に対し、報告を求めることができる。"));
        // A requirement left to judgment, unless paired with a fixed interval.
        assert!(requirement_left_to_judgment("総括保護管理者は、必要があると認めるときは、委員会を設ける。"));
        assert!(!requirement_left_to_judgment("監査責任者は、定期に及び必要に応じ随時に監査を行う。"));
        // A できる limited to a case forbids the others.
        assert!(!is_weak_duty("複写、送信及び持出しは、管理者の指示があった場合に限り行うことができる。"));
        // An effort whatever duty ending follows its verb.
        assert!(is_weak_duty("保護管理者は、必要な措置を講ずるよう努めることとする。"));
        assert!(is_weak_duty("保護管理者は、必要な措置を講ずるよう努力しなければならない。"));
        assert!(is_weak_duty("保護管理者は、暗号化のために必要な措置を講ずるよう努力するものとする。"));
        assert!(is_weak_duty("職員は、媒体の廃棄を行うよう心掛けるものとする。"));
        assert!(is_weak_duty("職員は、離席時に画面をロックするよう心がけること。"));
        assert!(is_weak_duty("内容の確認等を行うことが望まれる。"));
        // A recommendation or a possibility, as a guidance's commentary says it.
        assert!(is_weak_duty("必要な措置を講ずることを推奨する。"));
        assert!(is_weak_duty("バックアップを作成し、分散保管することが適当である。"));
        assert!(is_weak_duty("経路制御等の必要な措置を講ずることが考えられる。"));
        // A duty, even when a permission is mentioned inside it.
        assert!(!is_weak_duty("職員は、利用できる端末を限定しなければならない。"));
        assert!(!is_weak_duty("保護管理者は、台帳を整備するものとする。"));
        assert!(!is_weak_duty("職員は、記録媒体を持ち出してはならない。"));
    }

    #[test]
    fn definitions_and_suspending_provisos_lay_down_no_duty() {
        let definition = "この条において「照合等」とは、入力原票と入力内容との照合等を行うことをいう。";
        assert!(is_weak_duty(definition));
        assert_eq!(defined_term_nfkc(&nfkc(definition)), Some("照合等"));
        assert_eq!(defined_term_nfkc("職員は、照合等を行わなければならない。"), None);
        assert!(asks_to_do("職員は、入力するときは、照合等を確実に行わなければならない。", "照合等"));
        assert!(asks_to_do("職員は、照合等を実施するものとする。", "照合等"));
        assert!(!asks_to_do("保護管理者は、照合等の実施について職員に周知するものとする。", "照合等"));
        assert!(!asks_to_do("保護管理者は、照合等を職員に周知するものとする。", "照合等"));
        assert!(is_suspending_proviso_nfkc("ただし、当分の間、この限りでない。"));
        assert_eq!(
            carved_provisions_nfkc("前各項の規定にかかわらず、施設の清掃業務を自治会に委託する場合には、前項の確認に代えて、誓約書の提出を受けることで足りるものとする。"),
            Some("前各項")
        );
        assert_eq!(carved_provisions_nfkc("第3項の規定は、臨時的任用職員については、適用しない。"), Some("第3項"));
        assert_eq!(
            carved_provisions_nfkc("前2項の規定は、職員が墓地の巡回のため名簿の写しを携行する場合には、適用しない。"),
            Some("前2項")
        );
        assert_eq!(
            carved_provisions_nfkc(
                "指定公金事務取扱者に収納の事務を委託する場合における第2項及び第3項の規定の適用については、第2項中「別表に掲げる事項」とあるのは「別表第1号から第6号までに掲げる事項」とし、第3項の規定は、適用しない。"
            ),
            Some("第2項及び第3項")
        );
        assert_eq!(
            carved_provisions_nfkc(
                "公金事務取扱者に委託する場合における第2項の規定の適用については、同項中「別表に掲げる事項」とあるのは「別表第1号から第3号までに掲げる事項」とする。"
            ),
            Some("第2項")
        );
        assert_eq!(
            carved_provisions_nfkc("前項の規定にかかわらず、契約金額が50万円未満のときは、報告を要しない。"),
            Some("前項")
        );
        assert_eq!(
            carved_provisions_nfkc(
                "前項の規定にかかわらず、繁忙期においては、窓口用の共用IDを複数の職員が使用することができる。"
            ),
            Some("前項")
        );
        assert_eq!(
            carved_provisions_nfkc(
                "前項の規定にかかわらず、災害時において臨時従事者にシステムを使用させる場合には、保護責任者は、共用の利用者IDを付与することができる。"
            ),
            Some("前項")
        );
        // 「この場合において、」 read with the case of the sentence before; a
        // case named by what is done under 前項 is named, not set out there.
        let joined = in_the_case_of(
            "地区担当員は、前項の規定により書類を携行するときは、携行簿に記載するものとする。",
            "この場合において、第18の規定にかかわらず、事務取扱責任者の承認を要しない。",
        )
        .unwrap();
        assert_eq!(joined, "地区担当員は、前項の規定により書類を携行するときは、第18の規定にかかわらず、事務取扱責任者の承認を要しない。");
        assert_eq!(carved_provisions_nfkc(&joined), Some("第18"));
        assert_eq!(in_the_case_of("職員は、記録しなければならない。", "この場合において、…を要しない。"), None);
        assert_eq!(carved_provisions_nfkc("この場合において、第18の規定にかかわらず、承認を要しない。"), None);
        for kept in [
            // Someone in charge allows the case, or the law makes it.
            "前項の規定にかかわらず、保護管理者が認める場合には、書面による確認で足りる。",
            "前項の規定は、法令に特別の定めがある場合については、適用しない。",
            // For a time: `references::suspended_in_text`.
            "前項の規定は、当分の間、端末の更新が完了していない施設については、適用しない。",
            // Asks more of its cases.
            "前項の規定にかかわらず、特定個人情報を取り扱う場合には、暗号化しなければならない。",
            // Cases that lack what the measure guards against.
            "前項の規定にかかわらず、外部の通信回線に接続しない情報システムについては、同項の措置を要しない。",
            // Its cases are set out elsewhere.
            "前項の規定にかかわらず、次の各号のいずれかに該当する場合には、確認を要しない。",
            "第3条の規定にかかわらず、前項に規定する場合には、承認を要しない。",
        ] {
            assert_eq!(carved_provisions_nfkc(kept), None, "{kept}");
        }
        assert!(is_suspending_proviso_nfkc("ただし、令和9年3月31日までの間は、この限りでない。"));
        // A proviso that names the cases it leaves out carves them out.
        assert!(!is_suspending_proviso_nfkc("ただし、当分の間、既存の情報システムについては、この限りでない。"));
        assert!(!is_suspending_proviso_nfkc("ただし、緊急の場合は、この限りでない。"));
        assert!(is_weak_duty("保護管理者は、暗号化しなければならない。ただし、当分の間、この限りでない。"));
        // A class of cases carved out on no one's say; an exception someone
        // allows or the work needs is none.
        let duty = "職員は、端末に保存するときは、暗号化しなければならない。";
        assert!(is_carved_out_nfkc(&format!("{duty}ただし、基幹系システムの端末に保存する場合は、この限りでない。")));
        for proviso in [
            "ただし、保護責任者の許可を得た場合は、この限りでない。",
            "ただし、職務の遂行上やむを得ないときはこの限りでない。",
            "ただし、当分の間、この限りでない。",
            "ただし、法令に定めがある場合は、この限りでない。",
        ] {
            assert!(!is_carved_out_nfkc(&format!("{duty}{proviso}")), "{proviso}");
        }
        assert!(!is_carved_out_nfkc("ただし、基幹系システムの端末に保存する場合は、この限りでない。"));
        // Cases set out in the 号 below or another provision are not read;
        // a word with 第 that cites nothing is.
        assert!(is_carved_out_nfkc(&format!("{duty}ただし、第三者に送付する場合は、この限りでない。")));
        for proviso in [
            "ただし、次の各号のいずれかに該当するときは、この限りでない。",
            "ただし、第5条に規定する場合は、この限りでない。",
            "ただし、第三号に掲げる場合は、この限りでない。",
        ] {
            assert!(!is_carved_out_nfkc(&format!("{duty}{proviso}")), "{proviso}");
        }
        assert_eq!(
            weak_duty_reason(["暗号化しなければならない。ただし、当分の間、この限りでない。"].into_iter()),
            PROVISO_SUSPENDED_REASON
        );
        assert_eq!(weak_duty_reason([definition].into_iter()), DEFINITION_REASON);
        let question = "保有個人情報の重要度に応じて、バックアップを作成し、分散保管しているか。";
        assert!(is_weak_duty(question));
        assert_eq!(weak_duty_reason([question].into_iter()), QUESTION_REASON);
        assert!(!is_weak_duty("保護管理者は、点検の結果を報告しなければならない。"));
    }

    #[test]
    fn plans_deferrals_and_leave_lay_down_no_duty() {
        // What is only considered, planned or aimed at.
        let plan = "保護管理者は、保有個人情報の内容に応じて、暗号化の導入について検討するものとする。";
        assert!(is_weak_duty(plan));
        assert!(is_weak_duty("必要な措置を講ずることについては、今後検討する。"));
        assert!(is_weak_duty("保護管理者は、再発防止策の検討を行わなければならない。"));
        assert!(is_weak_duty("アクセス状況を記録し、一定の期間保存することを予定している。"));
        assert!(is_weak_duty("保護管理者は、定期に点検を行うことを目指す。"));
        assert_eq!(weak_duty_reason([plan].into_iter()), PLAN_REASON);
        // Whether the act is done left to someone, or made optional.
        let deferral = "情報システムからログオフを行うかどうかは、各課の判断に委ねる。";
        assert!(is_weak_duty(deferral));
        assert!(is_weak_duty("必要な措置を講ずるか否かは、保護管理者が定める。"));
        assert!(is_weak_duty("複製の記録は、任意とする。"));
        assert_eq!(weak_duty_reason([deferral].into_iter()), DEFERRAL_REASON);
        // The quick check holds for every mark.
        assert!(DEFERRING_MARKS.iter().all(|m| m.contains("どうか") || m.contains("否か")));
        // A decision that goes on to a duty lays the duty down.
        assert!(!is_weak_duty(
            "暗号化が必要かどうかは、保護管理者が判断し、必要と認めるときは、暗号化しなければならない。"
        ));
        // Leave to do it (…てもよい) is a permission.
        assert!(is_weak_duty("職員は、入力原票と入力内容との照合等を行ってもよい。"));
        assert!(is_weak_duty("記録は、電磁的記録で作成してもよいものとする。"));
        assert_eq!(weak_duty_reason(["職員は、照合等を行ってもよい。"].into_iter()), PERMISSION_REASON);
        assert_eq!(weak_duty_reason(["管理者は、記録を分析することができる。"].into_iter()), PERMISSION_REASON);
        // A duty that follows a 検討 (…を検討し、…講じなければならない) stays one.
        assert!(!is_weak_duty("保護管理者は、原因を分析し、再発防止策を検討し、必要な措置を講じなければならない。"));
        assert!(!is_weak_duty("職員は、検討の結果を保護管理者に報告しなければならない。"));
    }

    #[test]
    fn descriptions_lay_down_no_duty() {
        let description = "近年、情報システムに対する外部からの不正アクセスが増加している。";
        assert!(is_weak_duty(description));
        assert!(is_weak_duty(
            "指針においては、バックアップを作成し、分散保管するために必要な措置を講ずることとされている。"
        ));
        assert!(is_weak_duty("本町では、従来から、入力原票と入力内容との照合を行ってきた。"));
        assert!(is_weak_duty("不正プログラムの感染防止等に必要な措置が講じられています。"));
        assert_eq!(weak_duty_reason([description].into_iter()), DESCRIPTION_REASON);
        // A checklist's requirement (…していること) and the dictionary form
        // prescribe.
        assert!(!is_weak_duty("追跡可能な移送手段等により、紛失、盗難等のないよう十分に配慮していること。"));
        assert!(!is_weak_duty("保護管理者は、バックアップを作成し、分散保管する。"));
    }

    #[test]
    fn an_effort_clause_ends_before_the_duty() {
        let s = "保護管理者は、研修を行うよう努めるとともに、その記録を保存しなければならない。";
        assert_eq!(&s[effort_clause_end(s).unwrap()..], "その記録を保存しなければならない。");
        let s = "職員は、知識の習得に努め、端末を施錠しなければならない。";
        assert_eq!(&s[effort_clause_end(s).unwrap()..], "端末を施錠しなければならない。");
        assert_eq!(effort_clause_end("職員は、端末を施錠しなければならない。"), None);
        // The quick check holds for every effort verb.
        assert!(EFFORT_VERBS.iter().all(|(verb, _)| verb.contains(['努', '心'])));
    }

    #[test]
    fn exemptions_lay_down_no_duty() {
        assert!(is_weak_duty("町は、その設定の内容を確認することを要しない。"));
        assert!(is_weak_duty("前項の場合においては、保護管理者の許可を要しないものとする。"));
        assert!(is_weak_duty("情報システム室への入室については、記録を必要としない。"));
        assert!(is_weak_duty("職員は、記録媒体を暗号化する必要はない。"));
        assert!(is_weak_duty("改めて届け出るには及ばない。"));
        assert!(is_weak_duty("内部監査を受けた年度は、点検を行い、その結果を報告したものとみなす。"));
        assert!(!is_weak_duty("各課の長は、この規程の適用については、保護管理者とみなす。"));
        // Prohibitions are duties, however negative their ending.
        assert!(!is_weak_duty("職員は、記録媒体を外部に持ち出さないものとする。"));
        assert!(!is_weak_duty("職員は、業務以外の目的で端末を使用しないこと。"));
        assert!(!is_weak_duty("保護管理者は、必要な事項を定め、職員に周知しなければならない。"));
        assert_eq!(weak_duty_reason(["町は、確認することを要しない。"].into_iter()), EXEMPTION_REASON);
        assert_eq!(weak_duty_reason(["職員は、研修に努める。"].into_iter()), WEAK_DUTY_REASON);
    }

    #[test]
    fn a_power_over_another_party_is_no_permission() {
        // The commissioning party's rights over its contractor.
        assert!(!is_weak_duty(
            "発注者は、必要と認めるときは、受注者に対し、作業の状況について報告を求めることができる。"
        ));
        assert!(!is_weak_duty("委託者は、受託者の事業所に立ち入り、帳簿を検査することができる。"));
        assert!(!is_weak_duty("委託者は、受託者が本契約に違反したときは、契約を解除することができる。"));
        // A head over the managers it supervises (a causative).
        assert!(!is_weak_duty("部長は、課長から管理の状況を報告させることができる。"));
        // Permissions of the party itself stay weak, whoever it is.
        assert!(is_weak_duty("管理責任者は、アクセス記録を取得し、定期に分析することができる。"));
        assert!(is_weak_duty("委託者は、事故に関する情報を公表することができる。"));
        // A contract that names its parties 甲 and 乙.
        assert!(!is_weak_duty("甲は、必要があると認めるときは、乙に対し、取扱状況について報告を求めることができる。"));
        assert!(!is_weak_duty("甲は、乙の作業場所において実地に調査することができる。"));
        assert!(is_weak_duty("乙は、甲に対し、協議を求めることができる。"));
        assert!(is_weak_duty("職員は、保護管理者に対し、意見を述べることができる。"));
        assert!(is_weak_duty("受託者は、委託者に対し、協議を求めることができる。"));
    }

    #[test]
    fn bands_follow_named_thresholds() {
        assert_eq!(ScoreBand::of(0.62), ScoreBand::High);
        assert_eq!(ScoreBand::of(0.31), ScoreBand::Medium);
        assert_eq!(ScoreBand::of(0.27), ScoreBand::Low);
        assert_eq!(ScoreBand::Low.label(), "要確認");
    }

    #[test]
    fn requirements_that_only_ask_an_effort_are_not_duties() {
        assert!(requirement_is_duty("保有個人情報へのアクセス状況を記録し、一定期間保存する。"));
        assert!(!requirement_is_duty("定期的に見直すよう努める。"));
    }
    #[test]
    fn a_dated_measure_is_a_plan_and_a_cited_law_is_no_date() {
        for dated in [
            "システム管理者は、令和9年度に予定するシステムの更新に合わせて、監視機能を整備するものとする。",
            "総務課長は、令和9年度の更新時から、保存する情報を暗号化する。",
            "保護管理者は、令和10年3月31日までに、台帳を整備しなければならない。",
        ] {
            assert!(is_plan_nfkc(&nfkc(dated)), "{dated}");
        }
        for standing in [
            "職員は、個人情報の保護に関する法律（平成15年法律第57号）に従い、保有個人情報を取り扱わなければならない。",
            "職員は、試験市個人情報保護法施行条例（令和5年試験市条例第2号）の趣旨にのっとり、保有個人情報を取り扱う。",
            "保護管理者は、毎年度、台帳を見直さなければならない。",
        ] {
            assert!(!is_plan_nfkc(&nfkc(standing)), "{standing}");
        }
    }

    #[test]
    fn classes_of_units_and_a_part_of_one() {
        let classes = unit_classes(
            [
                "「課等」とは、試験町教育委員会事務局組織規則に規定する課、学校及び教育機関をいう。",
                "「所属」とは、事務局の課(総務課及び学務課をいう。)、学校、図書館及び公民館をいう。",
                "保護管理者は、事務局並びに中央センター及び東斎場(以下「施設」という。)における管理に当たる。",
            ]
            .into_iter(),
        );
        let kinds: Vec<(&str, Vec<&str>)> =
            classes.iter().map(|c| (c.term.as_str(), c.kinds.iter().map(String::as_str).collect())).collect();
        assert_eq!(
            kinds,
            [
                ("課等", vec!["教育機関", "学校", "課"]),
                ("所属", vec!["公民館", "図書館", "学校", "課"]),
                // The term after a list's 並びに names the parts after it.
                ("施設", vec!["東斎場", "中央センター"]),
            ]
        );
        assert!(sets_up_in_part_of_class_nfkc("学校に、個人情報取扱担当者を置く。", &classes));
        assert!(!sets_up_in_part_of_class_nfkc("課等に、個人情報取扱担当者を置く。", &classes));
        assert!(!sets_up_in_part_of_class_nfkc("課、学校及び教育機関に、担当者を置く。", &classes));
        assert!(binds_part_of_class_staff_nfkc("学校の職員は、媒体を持ち出してはならない。", &classes));
        assert!(!binds_part_of_class_staff_nfkc("所属の職員は、媒体を持ち出してはならない。", &classes));
    }

    #[test]
    fn a_role_named_as_not_set_up() {
        assert!(names_not_set_up_nfkc("前2項の規定にかかわらず、出張所にあっては、保護担当者を置かないことができる。"));
        assert!(names_not_set_up_nfkc(
            "第1項ただし書の規定により取扱主任を指定しない所属にあっては、管理者が自ら行う。"
        ));
        // Another post's absence in a parenthesis sets this role up all the same.
        assert!(!names_not_set_up_nfkc(
            "学校に、個人情報取扱担当者を置き、教頭(教頭を置かない学校にあっては、校長が指名する教諭)をもって充てる。"
        ));
    }

    #[test]
    fn a_condition_of_the_act_done_ends_where_the_charge_begins() {
        let s = "監査責任者は、監査を行ったときは、その結果を報告する。";
        assert_eq!(presupposed_act_end(s).map(|at| &s[at..]), Some("その結果を報告する。"));
        let s = "保護管理者は、点検の結果等を踏まえ、必要な措置を講ずる。";
        assert_eq!(presupposed_act_end(s).map(|at| &s[at..]), Some("必要な措置を講ずる。"));
        let s = "総括責任者は、前2条の点検又は監査の結果その他の事情を踏まえ、措置を評価する。";
        assert_eq!(presupposed_act_end(s).map(|at| &s[at..]), Some("、措置を評価する。"));
        let s = "総括責任者は、監査又は点検の結果等を踏まえて措置の実効性を評価する。";
        assert_eq!(presupposed_act_end(s).map(|at| &s[at..]), Some("措置の実効性を評価する。"));
        // Another party's act or an event asks for what it names.
        assert_eq!(presupposed_act_end("職員は、立会いを求められた場合は、これに応じなければならない。"), None);
        assert_eq!(presupposed_act_end("職員は、漏えいが発生したときは、直ちに報告しなければならない。"), None);
    }
    #[test]
    fn acts_as_needed_and_the_parts_a_requirement_takes_so() {
        assert!(is_as_needed_nfkc("保護管理者は、必要に応じ、委託先に対し報告を求めるものとする。"));
        for optional in [
            "監査担当者が指名されたときは、監査担当者は、監査を行う。",
            "委員会が置かれた場合には、委員会は、審議する。",
        ] {
            assert!(opens_on_an_appointment_nfkc(optional), "{optional}");
        }
        assert!(!opens_on_an_appointment_nfkc("保護管理者は、監査担当者が指名されたときは、その旨を周知する。"));
        for longer in [
            "保護管理者は、委託先の管理の状況を2年度に1回以上確認しなければならない。",
            "…を3年ごとに点検する。",
            "…隔年で実地検査を行う。",
        ] {
            assert!(names_longer_interval_nfkc(longer), "{longer}");
        }
        for yearly in [
            "…を年1回以上確認しなければならない。",
            "…を毎年度1回以上確認する。",
            "…を1年に1回確認する。",
            "…記録を2年間保存し、年1回点検する。",
            "令和2年度に1回目の監査を行う。",
        ] {
            assert!(!names_longer_interval_nfkc(yearly), "{yearly}");
        }
        assert!(!is_as_needed_nfkc("監査責任者は、定期に及び必要に応じ随時に監査を行う。"));
        assert!(!is_as_needed_nfkc("保護管理者は、年1回以上及び必要に応じ実地検査を行う。"));
        assert!(is_when_needed_nfkc("管理者は、その量等に応じて、必要があると認めるときは、実地検査を行う。"));
        assert!(!is_when_needed_nfkc("管理者は、記録を定期に分析し、必要があると認めるときは、措置を講ずる。"));
        // 別添1 C-e: the audit is periodic, the 見直し as needed.
        let parts = as_needed_parts(
            "監査責任者は、…定期に及び随時に監査を行い結果を総括責任者に報告し、総括責任者は必要に応じ取扱規程等を見直す。",
        );
        assert_eq!(parts, ["必要に応じ取扱規程等を見直す"]);
        assert!(as_needed_parts("監査責任者は、定期に及び必要に応じ随時に監査を行う。").is_empty());
        assert!(as_needed_parts("保護管理者は、定期的に及び必要に応じ随時に点検を行う。").is_empty());
        assert!(takes_main_act_as_needed_nfkc(
            "職員は、書類を送付するときは、誤りを防止するため、必要に応じ、複数の職員による確認を行う。"
        ));
        assert!(!takes_main_act_as_needed_nfkc("管理者は、記録を保存し、必要に応じ分析する。"));
        assert!(!takes_main_act_as_needed_nfkc(
            "管理者は、毎年度1回以上点検を行い、必要に応じて、その結果を報告する。"
        ));
        assert!(ends_in_permission_nfkc("所長は、保護担当者を指定し、事務を担当させることができる。"));
    }

    #[test]
    fn named_units_and_stated_absence() {
        assert!(sets_up_in_named_units_nfkc(
            "任用課及び審査課に、保護担当者を置き、保護管理者が指定する者をもって充てる。"
        ));
        assert!(!sets_up_in_named_units_nfkc("各課及び各室に、保護担当者を置く。"));
        assert!(!sets_up_in_named_units_nfkc("課に、保護管理者1人を置き、当該課の長をもって充てる。"));
        assert!(sets_up_in_named_units_nfkc("看護部の各病棟及び外来並びに医事課に、保護担当者を置く。"));
        assert!(sets_up_in_named_units_nfkc("任用課及び審査課に、保護担当者を置き、保護管理者を補佐させる。"));
        assert!(!sets_up_in_named_units_nfkc("各課及び各室に、保護担当者を置く。"));
        assert!(!sets_up_in_named_units_nfkc("課等に、保護担当者を置く。"));
        assert!(is_carving_proviso_nfkc(
            "ただし、部門システムを構成する装置のうち医療機器として製造販売の承認又は認証を受けたものについては、この限りでない。"
        ));
        assert!(is_carving_proviso_nfkc(
            "ただし、港営課の職員が港湾管理システムから入港届及び港湾施設使用許可の一覧表を出力する場合は、この限りでない。"
        ));
        assert!(!is_carving_proviso_nfkc("ただし、所属長の承認を受けたものについては、この限りでない。"));
        assert!(binds_named_units_staff_nfkc(
            "区民課及び出張所の職員は、誤り等を発見したときは、訂正等を行わなければならない。"
        ));
        assert!(!binds_named_units_staff_nfkc("職員は、誤り等を発見したときは、訂正等を行わなければならない。"));
        assert!(binds_named_units_managers_nfkc(
            "資産税課及び納税課の個人情報管理責任者は、入力原票と入力内容との照合を行わなければならない。"
        ));
        // A unit's manager is one of a class: 「課の保護管理者は」 names none.
        assert!(!binds_named_units_managers_nfkc("各課及び各室の保護管理者は、入力内容の照合を行わなければならない。"));
        assert!(!binds_named_units_managers_nfkc("保護管理者は、入力原票と入力内容との照合を行わなければならない。"));
        assert!(limits_to_named_units_information_nfkc(
            "保護管理者は、資産税係及び納税係が税務システムで取り扱う保有個人情報について、照合を行う。"
        ));
        assert!(!limits_to_named_units_information_nfkc(
            "保護管理者は、課等が取り扱う保有個人情報について、照合を行う。"
        ));
        assert!(states_absence_nfkc("組合は、基幹的なサーバ等の機器を設置する室その他の区域を設けていない。"));
        assert!(states_absence_nfkc("委員会は、当該機器を設置する室その他の区域を有しない。"));
        assert!(!states_absence_nfkc("保護管理者は、情報システム室等に入室する権限を有する者を定めなければならない。"));
        assert!(requirement_is_per_unit("各課室等に保護管理者が指定する保護担当者を置き"));
        assert!(requirement_binds_all_staff("職員は、保有個人情報の内容に誤り等を発見した場合には、…訂正等を行う。"));
    }

    #[test]
    fn an_object_limited_by_a_parenthesis() {
        assert!(limits_its_object_nfkc(
            "管理者は、情報システム(庁外のネットワークに接続するものに限る。)について、アクセス記録を取得しなければならない。"
        ));
        // A contract limited, the limit holding a parenthesis of its own.
        assert!(limits_its_object_nfkc(
            "管理者は、前条の委託(契約金額(単価契約にあっては、予定総額)が100万円以上のものに限る。)について、毎年度1回以上、実地検査を行わなければならない。"
        ));
        // A limit on who acts, an object's limit within it, the frame.
        assert!(!limits_its_object_nfkc(
            "保護管理者(保有個人情報を取り扱うものに限る。)は、記録を保存しなければならない。"
        ));
        assert!(!limits_its_object_nfkc(
            "保護管理者(情報システム(アクセス状況を記録するものに限る。以下この章において同じ。)を取り扱うものに限る。)は、アクセス記録を保存するものとする。"
        ));
        assert!(!limits_its_object_nfkc(
            "職員は、保有個人情報(情報システムで取り扱うものに限る。以下この章において同じ。)の複製を行ってはならない。"
        ));
    }

    #[test]
    fn a_measure_for_one_example_of_a_defined_kind() {
        let kinds = kinds_by_example(
            [
                "「情報システム」とは、校務支援システムその他の保有個人情報等を処理する電子計算組織をいう。",
                // その他の inside a clause describing the term: no example.
                "「電子カルテシステム」とは、診療録その他の診療に関する記録を電子的に保存するための情報システムをいう。",
            ]
            .into_iter(),
        );
        assert_eq!(kinds, [("校務支援システム".to_string(), "情報システム".to_string())]);
        assert!(names_example_only_nfkc(
            "保護管理者は、校務支援システムの端末への記録媒体の接続を制限しなければならない。",
            &kinds
        ));
        assert!(!names_example_only_nfkc(
            "保護管理者は、情報システムの端末への記録媒体の接続を制限しなければならない。",
            &kinds
        ));
        assert!(!names_example_only_nfkc(
            "保護管理者は、校務支援システムその他の情報システムの端末への接続を制限しなければならない。",
            &kinds
        ));
    }

    #[test]
    fn a_carving_proviso_keeps_its_duty_strength() {
        // A class the manager's consent narrows is carved out; a consent alone is not.
        assert!(is_carving_proviso_nfkc(
            "ただし、受験票を一括して発送する場合であって、保護管理者があらかじめ認めたときは、この限りでない。"
        ));
        assert!(!is_carving_proviso_nfkc("ただし、保護管理者があらかじめ認めたときは、この限りでない。"));
        assert!(is_carving_proviso_nfkc(
            "ただし、前条の規定による監査の対象となった課の保護管理者は、当該年度の点検を行わないことができる。"
        ));
        assert!(!is_carving_proviso_nfkc("ただし、前項に規定する場合は、点検を省略することができる。"));
        // A disaster names when the measure lapses, not a need anyone judges.
        assert!(is_carving_proviso_nfkc(
            "ただし、災害救助法(昭和22年法律第118号)が市の区域に適用された年度においては、この限りでない。"
        ));
        assert!(!is_carving_proviso_nfkc("ただし、災害その他やむを得ない事由がある場合は、この限りでない。"));
        assert!(!is_carving_proviso_nfkc("ただし、災害時において、緊急を要するときは、この限りでない。"));
        assert!(!is_weak_duty(
            "次に掲げる措置を講じなければならない。ただし、軽微なものについては、省略することができる。"
        ));
        assert!(is_weak_duty(
            "次に掲げる措置を講ずるよう努めるものとする。ただし、軽微なものについては、この限りでない。"
        ));
    }
}
