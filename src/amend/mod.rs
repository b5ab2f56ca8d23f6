//! 改め文 (一部改正の改正文): generated from two versions (`kaimebun`),
//! applied to the old version to get the consolidated text (`apply`, 溶け込み),
//! and checked against the versions (`check`).
//!
//! Forms follow 法制執務 conventions for horizontal (横書き) 例規; see the
//! README section *改め文* for each form with an example.
pub mod annex;
pub mod apply;
pub mod check;
pub mod kaimebun;
mod numerals;
pub mod phrase;
pub mod place;
pub mod read;
pub mod renumber;
pub mod table;

use serde::{Deserialize, Serialize};

use crate::analyze::taishohyo::article_display_text;
use crate::model::Regulation;

/// An 一部改正 rule as plain data: what a Word export or a page needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kaimebun {
    /// 題名: 「コンピュータ等運用管理規程の一部を改正する規程」.
    pub title: String,
    /// 改正文の柱書: 「コンピュータ等運用管理規程の一部を次のように改正する。」.
    pub enactment: String,
    /// The amending sentences in order.
    pub sentences: Vec<Sentence>,
    /// 附則 lines (the heading 「附　則」 is printed by the renderers).
    pub supplementary: Vec<String>,
}

/// One sentence of 改め文, with the provisions it inserts (「次の1条を加える。」
/// and 「次のように改める。」 are followed by the new text, one line each).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence itself (第3条中「…」を「…」に改める。).
    pub text: String,
    /// The new provisions it inserts, one line each (empty for most sentences).
    pub body: Vec<String>,
}

impl Kaimebun {
    /// Whether the two versions differ at all.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The whole rule as text: 題名, 柱書, sentences (bodies below them) and
    /// 附則. `reiki apply` reads this form back.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n\n{}\n", self.title, self.enactment);
        for s in &self.sentences {
            out.push_str(&s.text);
            out.push('\n');
            for line in &s.body {
                out.push_str(line);
                out.push('\n');
            }
        }
        out.push_str("\n附　則\n");
        for line in &self.supplementary {
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// The main provisions as printed: 章/節 headings, then each article
/// (caption line, 第N条 and its 項・号, one per line). This is the
/// consolidated text `reiki apply` prints and the round trip compares.
pub fn provisions_text(reg: &Regulation) -> String {
    let mut lines = Vec::new();
    for chapter in &reg.chapters {
        if chapter.number.is_some() {
            lines.push(format!("{}　{}", chapter.label, chapter.title));
        }
        for section in &chapter.sections {
            if section.number.is_some() {
                lines.push(format!("{}　{}", section.label, section.title));
            }
            for article in &section.articles {
                lines.push(article_display_text(article));
            }
        }
    }
    lines.join("\n") + "\n"
}

/// Index of the 原始附則, the 附則 an 改め文 means by 「附則」: the first one
/// without an amending instrument's date or number in its heading.
pub fn original_supplementary_index(reg: &Regulation) -> Option<usize> {
    reg.supplementary.iter().position(|s| s.date.is_none() && s.instrument.is_none() && s.articles.is_empty())
}

/// Everything an 改め文 can change, as printed: 題名, the main provisions,
/// the 原始附則 and the 別表. This is what `reiki apply` prints and what
/// the round trip compares (an amendment's own 附則 is not part of it).
pub fn consolidated_text(reg: &Regulation) -> String {
    let mut out = format!("{}\n\n{}", reg.meta.title.as_deref().unwrap_or_default(), provisions_text(reg));
    if let Some(s) = original_supplementary_index(reg).map(|k| &reg.supplementary[k]) {
        out.push_str("\n附　則\n");
        for p in &s.paragraphs {
            let head = if s.paragraphs.len() > 1 { format!("{}　", p.number) } else { String::new() };
            out.push_str(&format!("{head}{}\n", p.text));
            for item in &p.items {
                out.push_str(&format!("{}　{}\n", item.label, item.text));
            }
        }
    }
    for a in &reg.appendices {
        out.push_str(&format!("\n{}{}\n", a.label, a.relation.as_deref().unwrap_or_default()));
        out.extend(a.title.iter().map(|t| format!("{t}\n")));
        out.extend(a.rows.iter().map(|r| format!("{} |\n", r.join(" | "))));
        out.extend(a.text.iter().map(|t| format!("{t}\n")));
    }
    out
}

/// Text without whitespace, for comparing versions whose layout differs.
pub fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The kind of rule (規程, 規則, 要綱 …) from the front matter or the title's end.
pub fn rule_kind(reg: &Regulation) -> String {
    if let Some(kind) = reg.meta.kind.as_deref().filter(|k| !k.is_empty()) {
        return kind.to_string();
    }
    let title = reg.meta.title.clone().unwrap_or_default();
    crate::text::kinds::kind_of_title(&title).unwrap_or("規程").to_string()
}
