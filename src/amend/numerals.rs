//! The 改め文 in the amended rule's own numerals (`Regulation::numerals`):
//! 上尾市's 要領 writes 第１２条, a 縦書き rule 第十二条, and their
//! amendments cite them so. The generator works in half-width digits; this
//! rewrites the numbers of its sentences, all outside the quoted words
//! (which stay as written), and the label that opens each line of new text.
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

use super::{Kaimebun, Sentence};
use crate::model::Numerals;

/// `km` with its sentences and new text numbered as `numerals` write numbers.
pub(super) fn in_numerals(km: Kaimebun, numerals: Numerals) -> Kaimebun {
    if numerals == Numerals::HalfWidth {
        return km;
    }
    let sentences = km
        .sentences
        .into_iter()
        .map(|s| Sentence {
            text: sentence_numbers(&s.text, numerals),
            body: s.body.iter().map(|line| line_label(line, numerals)).collect(),
        })
        .collect();
    Kaimebun { sentences, ..km }
}

/// Every run of digits outside 「」 written in `numerals`: in a generated
/// sentence those are the numbers of provisions (第12条第2項, 次の1条,
/// 1条ずつ, 別表第1).
fn sentence_numbers(text: &str, numerals: Numerals) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut depth, mut digits) = (0usize, String::new());
    let flush = |digits: &mut String, out: &mut String| {
        if !digits.is_empty() {
            out.push_str(&digits.parse().map_or_else(|_| digits.clone(), |n| numerals.number(n)));
            digits.clear();
        }
    };
    for c in text.chars() {
        if depth == 0 && c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        flush(&mut digits, &mut out);
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            _ => {}
        }
        out.push(c);
    }
    flush(&mut digits, &mut out);
    out
}

/// The label opening a line of new text (「第20条の2　」, 「2　」, in
/// half-width digits as the generator writes them) in `numerals`; the rest
/// of the line, and a 号's label (the rule's own), as they are.
fn line_label(line: &str, numerals: Numerals) -> String {
    static LABEL: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^(?:第([0-9]+)条((?:の[0-9]+)*)|([0-9]+))　").expect("valid regex"));
    LABEL
        .replace(line, |c: &Captures| match (c.get(1), c.get(3)) {
            (Some(main), _) => {
                let branches =
                    c[2].split('の').skip(1).map(|b| format!("の{}", numerals.number(b.parse().unwrap_or(0))));
                format!("第{}条{}　", numerals.number(main.as_str().parse().unwrap_or(0)), branches.collect::<String>())
            }
            (None, Some(n)) => format!("{}　", numerals.paragraph_number(n.as_str().parse().unwrap_or(0))),
            (None, None) => c[0].to_string(),
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_outside_quotes_and_line_labels_change() {
        let s = "第12条第2項中「第１項」を「第3項」に改め、同条を第13条とし、第11条の2の次に次の1条を加える。";
        assert_eq!(
            sentence_numbers(s, Numerals::Kanji),
            "第十二条第二項中「第１項」を「第3項」に改め、同条を第十三条とし、第十一条の二の次に次の一条を加える。"
        );
        assert_eq!(sentence_numbers(s, Numerals::FullWidthSingleDigits).split('中').next(), Some("第12条第２項"));
        assert_eq!(
            line_label("第20条の2　職員は、第3条の規定により", Numerals::Kanji),
            "第二十条の二　職員は、第3条の規定により"
        );
        assert_eq!(line_label("2　前項の規定は", Numerals::Kanji), "２　前項の規定は");
        assert_eq!(line_label("(1)　端末", Numerals::FullWidth), "(1)　端末");
        // A label already written otherwise is left as it is.
        assert_eq!(line_label("２　前項の規定は", Numerals::Kanji), "２　前項の規定は");
    }
}
