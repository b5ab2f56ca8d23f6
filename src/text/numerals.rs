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

/// How a regulation writes the numbers of its provisions, told by its
/// article headings: 第12条 (half-width), 第１２条 (full-width), 第１条 …
/// 第12条 (full-width for one digit, half-width for more, as many 公用文
/// rules have it) or 第十二条 (kanji, as 縦書き rules are written). An
/// 改め文 and a 新旧対照表 cite and print a rule's provisions as the rule
/// itself writes them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Numerals {
    /// 第12条, 2　…
    #[default]
    HalfWidth,
    /// 第１２条, ２　…
    FullWidth,
    /// 第１条, 第12条, ２　…
    FullWidthSingleDigits,
    /// 第十二条, ２　… (a 項's number stays a digit, as in 縦書き texts)
    Kanji,
}

impl Numerals {
    /// The style of the numbers written in article headings (the text
    /// between 第 and 条: 「１２」, 「十二」, 「23の2」): kanji when most are;
    /// else full-width or half-width, one-digit and longer numbers told
    /// apart; half-width when nothing tells.
    pub fn of_written<'a>(numbers: impl IntoIterator<Item = &'a str>) -> Numerals {
        // [kanji, full-width, half-width] counts, for one digit and for more.
        let (mut single, mut longer) = ([0usize; 3], [0usize; 3]);
        for written in numbers {
            let main: String = written.chars().take_while(|&c| c != 'の').collect();
            let kind = if main.chars().all(|c| ('０'..='９').contains(&c)) {
                1
            } else if main.chars().all(|c| c.is_ascii_digit()) {
                2
            } else if main.chars().all(is_numeral_char) {
                0
            } else {
                continue;
            };
            let digits = parse_number(&main).map_or(1, |n| n.to_string().len());
            let counts = if digits == 1 { &mut single } else { &mut longer };
            counts[kind] += 1;
        }
        let all = [0, 1, 2].map(|k| single[k] + longer[k]);
        if all[0] > all[1] + all[2] {
            return Numerals::Kanji;
        }
        let full = |counts: [usize; 3]| counts[1] > counts[2];
        match (full(single), full(longer)) {
            (true, true) => Numerals::FullWidth,
            (true, false) if longer[2] > 0 => Numerals::FullWidthSingleDigits,
            (true, false) => Numerals::FullWidth,
            (false, _) => Numerals::HalfWidth,
        }
    }

    /// A number as the rule writes it in a citation (第{}条, 第{}項, 次の{}条).
    pub fn number(self, n: u32) -> String {
        match self {
            Numerals::HalfWidth => n.to_string(),
            Numerals::FullWidth => full_width(n),
            Numerals::FullWidthSingleDigits if n < 10 => full_width(n),
            Numerals::FullWidthSingleDigits => n.to_string(),
            Numerals::Kanji => kanji(n),
        }
    }

    /// The number a 項 is printed with at the start of its line: as the
    /// rule writes numbers, but in full-width digits in a kanji rule (縦書き
    /// rules number their 項 ２, ３).
    pub fn paragraph_number(self, n: u32) -> String {
        match self {
            Numerals::Kanji => full_width(n),
            other => other.number(n),
        }
    }

    /// 第23条の2 as the rule writes it: 第２３条の２, 第二十三条の二.
    pub fn article_label(self, number: &Number) -> String {
        let mut out = format!("第{}条", self.number(number.main));
        for b in &number.branches {
            out.push('の');
            out.push_str(&self.number(*b));
        }
        out
    }
}

/// 12 → １２.
pub fn full_width(n: u32) -> String {
    n.to_string().chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)).collect()
}

/// 1 → 一, 12 → 十二, 20 → 二十, 105 → 百五, 1234 → 千二百三十四 (as 例規
/// count; below 10,000).
pub fn kanji(n: u32) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n == 0 {
        return DIGITS[0].to_string();
    }
    let mut out = String::new();
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十")] {
        let d = n / unit % 10;
        if d > 1 {
            out.push_str(DIGITS[d as usize]);
        }
        if d > 0 {
            out.push_str(name);
        }
    }
    if !n.is_multiple_of(10) {
        out.push_str(DIGITS[(n % 10) as usize]);
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

    #[test]
    fn a_rules_numerals_are_told_by_its_article_headings() {
        assert_eq!(Numerals::of_written(["1", "9", "10", "12"]), Numerals::HalfWidth);
        assert_eq!(Numerals::of_written(["１", "９", "１０", "１２"]), Numerals::FullWidth);
        assert_eq!(Numerals::of_written(["１", "９", "10", "12"]), Numerals::FullWidthSingleDigits);
        assert_eq!(Numerals::of_written(["一", "九", "十", "十九の二"]), Numerals::Kanji);
        // A rule of fewer than ten articles in full-width cannot tell the two apart: full-width.
        assert_eq!(Numerals::of_written(["１", "２"]), Numerals::FullWidth);
        assert_eq!(Numerals::of_written([]), Numerals::HalfWidth);
    }

    #[test]
    fn numbers_are_written_in_the_rules_style() {
        assert_eq!(Numerals::HalfWidth.article_label(&n(23, &[2])), "第23条の2");
        assert_eq!(Numerals::FullWidth.article_label(&n(23, &[2])), "第２３条の２");
        assert_eq!(Numerals::FullWidthSingleDigits.article_label(&n(23, &[2])), "第23条の２");
        assert_eq!(Numerals::Kanji.article_label(&n(23, &[2])), "第二十三条の二");
        assert_eq!(Numerals::Kanji.paragraph_number(3), "３");
        assert_eq!(Numerals::HalfWidth.paragraph_number(3), "3");
        for (k, written) in
            [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (105, "百五"), (110, "百十"), (1234, "千二百三十四")]
        {
            assert_eq!(kanji(k), written);
            assert_eq!(parse_number(written), Some(k));
        }
    }

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
