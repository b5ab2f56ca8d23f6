//! What an 改め文 clause names: 第N条, 第N条の見出し, 第N条第2項, 第N条第3号,
//! 第N章の章名, and the clauses themselves.
use crate::model::Number;
use crate::text::numerals::article_label;

/// A place in a regulation named by a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// 第N章の章名
    Chapter(u32),
    /// 第N条の見出し
    Caption(Number),
    /// 第N条
    Article(Number),
    /// 第N条第K項
    Paragraph(Number, u32),
    /// 第N条第K号 (paragraph None) or 第N条第P項第K号.
    Item(Number, Option<u32>, u32),
    /// 題名
    Title,
    /// 附則 (None) or 附則第K項: the 原始附則, the one an 改め文 means by 附則.
    Supplementary(Option<u32>),
    /// 別表第1, or 別表 when there is only one.
    Appendix(String),
    /// 第N章中〈place〉: an article added at the end or the start of a chapter
    /// (「第12章中第42条の次に」), so that the chapter it joins is plain.
    InChapter(u32, Box<Place>),
    /// 〈第N条, 第N条第K項 or …第M号〉ただし書: the sentence from 「ただし、」 on.
    Proviso(Box<Place>),
}

impl Place {
    /// The article this place lies in (None for a chapter).
    pub fn article(&self) -> Option<&Number> {
        match self {
            Place::Chapter(_) | Place::Title | Place::Supplementary(_) | Place::Appendix(_) => None,
            Place::Caption(n) | Place::Article(n) | Place::Paragraph(n, _) | Place::Item(n, _, _) => Some(n),
            Place::InChapter(_, inner) | Place::Proviso(inner) => inner.article(),
        }
    }

    /// Printed reference; 「同条」 instead of 第N条 when `previous` lies in
    /// the same article.
    pub fn render(&self, previous: Option<&Place>) -> String {
        let article = |n: &Number| {
            if previous.and_then(Place::article) == Some(n) {
                "同条".to_string()
            } else {
                article_label(n)
            }
        };
        match self {
            Place::Chapter(c) => format!("第{c}章の章名"),
            Place::Caption(n) => format!("{}の見出し", article(n)),
            Place::Article(n) => article(n),
            Place::Paragraph(n, k) => format!("{}第{k}項", article(n)),
            Place::Item(n, None, k) => format!("{}第{k}号", article(n)),
            Place::Item(n, Some(p), k) => format!("{}第{p}項第{k}号", article(n)),
            Place::Title => "題名".to_string(),
            Place::Supplementary(None) => "附則".to_string(),
            Place::Supplementary(Some(k)) => format!("附則第{k}項"),
            Place::Appendix(label) => label.clone(),
            Place::InChapter(c, inner) => format!("第{c}章中{}", inner.render(None)),
            Place::Proviso(inner) => format!("{}ただし書", inner.render(previous)),
        }
    }

    /// The place as the end of a range, its article not repeated:
    /// 「第13条から**第19条**まで」, 「同条第4項から**第7項**まで」.
    pub fn tail(&self) -> String {
        match self {
            Place::Article(n) => article_label(n),
            Place::Paragraph(_, k) | Place::Supplementary(Some(k)) => format!("第{k}項"),
            Place::Item(_, _, k) => format!("第{k}号"),
            other => other.render(None),
        }
    }

    /// How far a renumbering moves a provision (+1 for 第13条 → 第14条), or
    /// None when the two are not the same kind of place in one list (or a
    /// 枝番 changes).
    pub fn shift_to(&self, to: &Place) -> Option<i64> {
        let diff = |a: u32, b: u32| i64::from(b) - i64::from(a);
        match (self, to) {
            (Place::Article(a), Place::Article(b)) if a.branches == b.branches => Some(diff(a.main, b.main)),
            (Place::Paragraph(n, a), Place::Paragraph(m, b)) if n == m => Some(diff(*a, *b)),
            (Place::Item(n, p, a), Place::Item(m, q, b)) if n == m && p == q => Some(diff(*a, *b)),
            (Place::Supplementary(Some(a)), Place::Supplementary(Some(b))) => Some(diff(*a, *b)),
            _ => None,
        }
    }

    /// Unit word for 「次の1条／1項／1号を加える」.
    pub fn unit(&self) -> &'static str {
        match self {
            Place::Article(_) | Place::Caption(_) | Place::Chapter(_) | Place::Title => "条",
            Place::Paragraph(..) | Place::Supplementary(_) => "項",
            Place::Appendix(_) => "表",
            Place::InChapter(_, inner) | Place::Proviso(inner) => inner.unit(),
            Place::Item(..) => "号",
        }
    }
}

/// A change to the words of one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordEdit {
    /// 「A」を「B」に改める
    Replace(String, String),
    /// 「A」を削る
    Delete(String),
    /// 「A」の下に「B」を加える
    InsertAfter(String, String),
}

impl WordEdit {
    /// The words it quotes from the text: those replaced or deleted, or
    /// those the addition goes after.
    pub fn quoted(&self) -> &str {
        match self {
            WordEdit::Replace(a, _) | WordEdit::Delete(a) | WordEdit::InsertAfter(a, _) => a,
        }
    }
}

/// One clause of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// 〈place〉中「A」を「B」に改める (and the other word edits).
    Words(Place, WordEdit),
    /// 〈place〉を削る
    Delete(Place),
    /// 〈from〉を〈to〉とする
    Renumber(Place, Place),
    /// 〈first〉から〈last〉までをK条ずつ繰り下げる (shift > 0) or 繰り上げる (shift < 0).
    RenumberRange(Place, Place, i64),
    /// 〈first〉から〈last〉までを削る (every provision from the one to the other).
    DeleteRange(Place, Place),
    /// 〈first〉及び〈second〉を削る
    DeleteTwo(Place, Place),
    /// 〈place〉の次に次のK条を加える
    AddAfter(Place, usize),
    /// 〈place〉の前に次のK条を加える
    AddBefore(Place, usize),
    /// 〈article〉に次のK項を加える (at the end)
    AddTo(Place, usize, &'static str),
    /// 〈place〉を次のように改める
    ReplaceWhole(Place),
    /// 〈place〉を「B」に改める: a 見出し 「（B）」, 題名 or 章名 given whole.
    SetText(Place, String),
    /// 〈article〉に見出しとして「（B）」を付する: a caption given to an
    /// article that had none (one taken away is 〈第N条の見出し〉を削る).
    AddCaption(Place, String),
    /// 〈place〉に次のただし書を加える (one taken away is 〈…ただし書〉を削る).
    AddProviso(Place),
}

/// Quotes a string 「…」.
fn q(s: &str) -> String {
    format!("「{s}」")
}

impl Clause {
    /// The place the clause names first.
    pub fn place(&self) -> &Place {
        match self {
            Clause::Words(p, _)
            | Clause::Delete(p)
            | Clause::Renumber(p, _)
            | Clause::RenumberRange(p, _, _)
            | Clause::DeleteRange(p, _)
            | Clause::DeleteTwo(p, _)
            | Clause::AddAfter(p, _)
            | Clause::AddBefore(p, _)
            | Clause::AddTo(p, _, _)
            | Clause::ReplaceWhole(p)
            | Clause::SetText(p, _)
            | Clause::AddCaption(p, _)
            | Clause::AddProviso(p) => p,
        }
    }

    /// The place a following 「同条」 refers to: the new number after a
    /// renumbering; a range's first place (only its article matters).
    pub fn last_place(&self) -> &Place {
        match self {
            Clause::Renumber(_, to) => to,
            other => other.place(),
        }
    }

    /// The clause with each place mapped by `f`, or None when `f` refuses one.
    pub fn map_places(self, f: &impl Fn(Place) -> Option<Place>) -> Option<Clause> {
        Some(match self {
            Clause::Words(p, e) => Clause::Words(f(p)?, e),
            Clause::Delete(p) => Clause::Delete(f(p)?),
            Clause::Renumber(a, b) => Clause::Renumber(f(a)?, f(b)?),
            Clause::RenumberRange(a, b, k) => Clause::RenumberRange(f(a)?, f(b)?, k),
            Clause::DeleteRange(a, b) => Clause::DeleteRange(f(a)?, f(b)?),
            Clause::DeleteTwo(a, b) => Clause::DeleteTwo(f(a)?, f(b)?),
            Clause::AddAfter(p, k) => Clause::AddAfter(f(p)?, k),
            Clause::AddBefore(p, k) => Clause::AddBefore(f(p)?, k),
            Clause::AddTo(p, k, unit) => Clause::AddTo(f(p)?, k, unit),
            Clause::ReplaceWhole(p) => Clause::ReplaceWhole(f(p)?),
            Clause::SetText(p, text) => Clause::SetText(f(p)?, text),
            Clause::AddCaption(p, text) => Clause::AddCaption(f(p)?, text),
            Clause::AddProviso(p) => Clause::AddProviso(f(p)?),
        })
    }

    /// Whether a body of new provisions follows this clause (so it ends its sentence).
    pub fn has_body(&self) -> bool {
        matches!(
            self,
            Clause::AddAfter(..)
                | Clause::AddBefore(..)
                | Clause::AddTo(..)
                | Clause::ReplaceWhole(_)
                | Clause::AddProviso(_)
        )
    }

    /// The clause text without its verb ending, and the verb stem pair
    /// (continuative, final): 改め/改める, 削り/削る, 加え/加える, とし/とする.
    fn parts(&self, previous: Option<&Clause>) -> (String, &'static str, &'static str) {
        // After a range of articles no single article is 「同条」.
        let prev_place = match previous {
            Some(Clause::RenumberRange(Place::Article(_), ..) | Clause::DeleteRange(Place::Article(_), _)) => None,
            Some(Clause::DeleteTwo(Place::Article(_), _)) => None,
            other => other.map(Clause::last_place),
        };
        let here = self.place().render(prev_place);
        let words_prefix = match previous {
            // 「…に改め、「C」を「D」に改める」: the same place is not repeated.
            Some(Clause::Words(p, _)) if p == self.place() => String::new(),
            _ => format!("{here}中"),
        };
        match self {
            Clause::Words(_, WordEdit::Replace(a, b)) => {
                (format!("{words_prefix}{}を{}に", q(a), q(b)), "改め", "改める")
            }
            Clause::Words(_, WordEdit::Delete(a)) => (format!("{words_prefix}{}を", q(a)), "削り", "削る"),
            Clause::Words(_, WordEdit::InsertAfter(a, b)) => {
                (format!("{words_prefix}{}の下に{}を", q(a), q(b)), "加え", "加える")
            }
            Clause::Delete(_) => (format!("{here}を"), "削り", "削る"),
            Clause::Renumber(from, to) => (format!("{here}を{}", to.render(Some(from))), "とし", "とする"),
            Clause::RenumberRange(first, last, shift) => {
                let text = format!("{here}から{}までを{}{}ずつ", last.tail(), shift.abs(), first.unit());
                if *shift > 0 {
                    (text, "繰り下げ", "繰り下げる")
                } else {
                    (text, "繰り上げ", "繰り上げる")
                }
            }
            Clause::DeleteRange(_, last) => (format!("{here}から{}までを", last.tail()), "削り", "削る"),
            Clause::DeleteTwo(_, second) => (format!("{here}及び{}を", second.tail()), "削り", "削る"),
            Clause::AddAfter(p, k) => (format!("{here}の次に次の{k}{}を", p.unit()), "加え", "加える"),
            Clause::AddBefore(p, k) => (format!("{here}の前に次の{k}{}を", p.unit()), "加え", "加える"),
            Clause::AddTo(_, k, unit) => (format!("{here}に次の{k}{unit}を"), "加え", "加える"),
            Clause::ReplaceWhole(_) => (format!("{here}を次のように"), "改め", "改める"),
            Clause::SetText(_, text) => (format!("{here}を{}に", q(text)), "改め", "改める"),
            Clause::AddCaption(_, text) => (format!("{here}に見出しとして{}を", q(text)), "付し", "付する"),
            Clause::AddProviso(_) => (format!("{here}に次のただし書を"), "加え", "加える"),
        }
    }
}

/// Joins clauses into one sentence: 「…に改め、…を削り、…を加える。」
pub fn sentence(clauses: &[Clause]) -> String {
    let mut out = String::new();
    for (k, c) in clauses.iter().enumerate() {
        let previous = if k == 0 { None } else { Some(&clauses[k - 1]) };
        let (text, cont, fin) = c.parts(previous);
        out.push_str(&text);
        if k + 1 == clauses.len() {
            out.push_str(fin);
            out.push('。');
        } else {
            out.push_str(cont);
            out.push('、');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(main: u32) -> Number {
        Number { main, branches: vec![] }
    }

    #[test]
    fn clauses_join_with_continuative_forms_and_dojo() {
        let s = sentence(&[
            Clause::Words(Place::Article(n(6)), WordEdit::Replace("広報戦略部長".into(), "総務部長".into())),
            Clause::Words(Place::Article(n(6)), WordEdit::Delete("、速やかに".into())),
            Clause::Words(Place::Paragraph(n(6), 2), WordEdit::InsertAfter("点検".into(), "及び監査".into())),
        ]);
        assert_eq!(s, "第6条中「広報戦略部長」を「総務部長」に改め、「、速やかに」を削り、同条第2項中「点検」の下に「及び監査」を加える。");
        let r = sentence(&[
            Clause::Renumber(Place::Article(n(20)), Place::Article(n(21))),
            Clause::Renumber(Place::Article(n(19)), Place::Article(n(20))),
            Clause::AddAfter(Place::Article(n(18)), 1),
        ]);
        assert_eq!(r, "第20条を第21条とし、第19条を第20条とし、第18条の次に次の1条を加える。");
    }
}
