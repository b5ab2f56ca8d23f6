//! Japanese numerals (kanji, full-width, half-width) and article references.
use serde::{Deserialize, Serialize};

/// A structural number: 第23条の2 → main 23, branches `[2]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Number {
    /// The number: 23 of 第23条の2.
    pub main: u32,
    /// The branch numbers: `[2]` of 第23条の2 (empty for most).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<u32>,
}

/// Value of one digit character: 0-9 in half-width, full-width or kanji.
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' | '零' => Some(0),
        '一' | '壱' => Some(1),
        '二' | '弐' => Some(2),
        '三' | '参' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn unit_value(c: char) -> Option<u32> {
    match c {
        '十' | '拾' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// True for any character `parse_number` understands.
pub fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || unit_value(c).is_some()
}

/// Parses a whole string as a number: `12`, `１２`, `十二`, `二十三`, `百五`,
/// `一〇五` (positional kanji). None when any character is not a numeral.
pub fn parse_number(text: &str) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    if text.chars().any(|c| unit_value(c).is_some()) {
        // Kanji with units: 二十三 = 2*10 + 3, 百五 = 100 + 5.
        let mut total: u32 = 0;
        let mut pending: Option<u32> = None;
        for c in text.chars() {
            if let Some(d) = digit_value(c) {
                if pending.is_some() {
                    return None; // two digits in a row within unit notation
                }
                pending = Some(d);
            } else if let Some(u) = unit_value(c) {
                total = total.checked_add(pending.unwrap_or(1).checked_mul(u)?)?;
                pending = None;
            } else {
                return None;
            }
        }
        return total.checked_add(pending.unwrap_or(0));
    }
    // Positional digits in any script.
    let mut value: u32 = 0;
    for c in text.chars() {
        value = value.checked_mul(10)?.checked_add(digit_value(c)?)?;
    }
    Some(value)
}

/// Parses an article reference such as 第10条, 10, 第十条, 第23条の2, 23の2,
/// ２３条の２ (also `23-2`). Surrounding spaces are ignored.
pub fn parse_article_ref(text: &str) -> Option<Number> {
    let text = text.trim_matches(|c: char| c.is_whitespace());
    let text = text.strip_prefix('第').unwrap_or(text);
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut seen_jo = false;
    for c in text.chars() {
        if is_numeral_char(c) {
            current.push(c);
        } else if c == '条' && !seen_jo && !current.is_empty() && parts.is_empty() {
            seen_jo = true;
        } else if c == 'の' || c == '-' || c == '－' || c == 'ノ' {
            if current.is_empty() && !(seen_jo && parts.is_empty() && c == 'の') {
                return None;
            }
            if !current.is_empty() {
                parts.push(parse_number(&current)?);
                current.clear();
            }
        } else {
            return None;
        }
    }
    if current.is_empty() {
        return None;
    }
    parts.push(parse_number(&current)?);
    let main = parts.remove(0);
    Some(Number { main, branches: parts })
}

/// Two pieces of a citation joined as 例規 write them: a number after a
/// number takes an の (別表第2 + 1 → 別表第2の1, 第1 + 1 → 第1の1), anything
/// else runs on (別記 + 1(1) → 別記1(1), 1 + (1) → 1(1)). Half-width digits.
pub fn join_citation(left: &str, right: &str) -> String {
    let digit_meets_digit =
        left.ends_with(|c: char| c.is_ascii_digit()) && right.starts_with(|c: char| c.is_ascii_digit());
    format!("{left}{}{right}", if digit_meets_digit { "の" } else { "" })
}

/// Label with half-width digits: 第23条の2.
pub fn article_label(number: &Number) -> String {
    format!("第{}", number_label(number, "条"))
}

/// `23条の2` for unit 条; `2章` for 章.
pub fn number_label(number: &Number, unit: &str) -> String {
    let mut out = format!("{}{unit}", number.main);
    for b in &number.branches {
        out.push_str(&format!("の{b}"));
    }
    out
}

/// Id fragment: 23 → `23`, 23の2 → `23-2`.
pub fn number_id(number: &Number) -> String {
    let mut out = number.main.to_string();
    for b in &number.branches {
        out.push_str(&format!("-{b}"));
    }
    out
}

/// イロハ order used for 号 subdivisions in older texts.
pub const IROHA: &str =
    "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
/// アイウエオ order.
pub const AIUEO: &str = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

/// 1-based position of a katakana label in the given order.
pub fn kana_position(order: &str, c: char) -> Option<u32> {
    order.chars().position(|k| k == c).map(|p| p as u32 + 1)
}

/// ① … ⑳ → 1 … 20.
pub fn circled_value(c: char) -> Option<u32> {
    match c {
        '①'..='⑳' => Some(c as u32 - '①' as u32 + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(main: u32, branches: &[u32]) -> Number {
        Number { main, branches: branches.to_vec() }
    }

    #[test]
    fn numbers_in_every_script() {
        assert_eq!(parse_number("12"), Some(12));
        assert_eq!(parse_number("１２"), Some(12));
        assert_eq!(parse_number("十"), Some(10));
        assert_eq!(parse_number("十二"), Some(12));
        assert_eq!(parse_number("二十三"), Some(23));
        assert_eq!(parse_number("百五"), Some(105));
        assert_eq!(parse_number("三百二十"), Some(320));
        assert_eq!(parse_number("一〇五"), Some(105));
        assert_eq!(parse_number("〇"), Some(0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("十二条"), None);
        assert_eq!(parse_number("二三十"), None);
    }

    #[test]
    fn article_refs() {
        assert_eq!(parse_article_ref("第10条"), Some(n(10, &[])));
        assert_eq!(parse_article_ref("10"), Some(n(10, &[])));
        assert_eq!(parse_article_ref("第十条"), Some(n(10, &[])));
        assert_eq!(parse_article_ref("第二十三条の二"), Some(n(23, &[2])));
        assert_eq!(parse_article_ref("第23条の2"), Some(n(23, &[2])));
        assert_eq!(parse_article_ref("23の2"), Some(n(23, &[2])));
        assert_eq!(parse_article_ref("第１２条"), Some(n(12, &[])));
        assert_eq!(parse_article_ref("第5条の2の3"), Some(n(5, &[2, 3])));
        assert_eq!(parse_article_ref("23-2"), Some(n(23, &[2])));
        assert_eq!(parse_article_ref("第条"), None);
        assert_eq!(parse_article_ref("第10項"), None);
        assert_eq!(parse_article_ref(""), None);
        assert_eq!(parse_article_ref("第10条の"), None);
    }

    #[test]
    fn labels_and_ids() {
        assert_eq!(article_label(&n(23, &[2])), "第23条の2");
        assert_eq!(number_id(&n(23, &[2])), "23-2");
        assert_eq!(kana_position(IROHA, 'ハ'), Some(3));
        assert_eq!(kana_position(AIUEO, 'ウ'), Some(3));
        assert_eq!(circled_value('③'), Some(3));
    }
}
