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

/// A regex fragment for one number written in any script, as
/// [`parse_number`] reads it: 12, １２, 十二, 百五.
pub const NUMERALS: &str = "[0-9０-９〇一二三四五六七八九十百千]+";

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

/// Articles a sentence cites, each narrowed to a 項 and a 号 where it names
/// them: 「第十二条第二項」, 「第１２条第２号」, a range 「第2条から第5条まで」
/// (`first`..=`last`), or, in a 要領 numbered without 条, 「第１の規定」.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleCitation {
    /// The first article cited.
    pub first: Number,
    /// The last article of a range (第2条から第5条まで); `first` for one.
    pub last: Number,
    /// The 項 named after a single article, if any.
    pub paragraph: Option<u32>,
    /// The 号 named after a single article, if any.
    pub item: Option<u32>,
}

impl ArticleCitation {
    /// Whether the citation takes in `article`'s `paragraph` and `item`
    /// (None where the place is the whole article or paragraph): a place
    /// that may hold the cited one is taken in.
    pub fn takes_in(&self, article: &Number, paragraph: Option<u32>, item: Option<u32>) -> bool {
        let narrower = |cited: Option<u32>, place: Option<u32>| matches!((cited, place), (Some(c), Some(p)) if c != p);
        (&self.first..=&self.last).contains(&article)
            && !narrower(self.paragraph, paragraph)
            && !narrower(self.item, item)
    }
}

/// The numeral that starts `text` (digits of any script, kanji with
/// units), with the bytes it takes.
fn leading_number(text: &str) -> Option<(u32, usize)> {
    let len: usize = text.chars().take_while(|&c| is_numeral_char(c)).map(char::len_utf8).sum();
    parse_number(&text[..len]).map(|n| (n, len))
}

/// The article citations of `text`, in order (see [`ArticleCitation`]). A
/// 第N not followed by 条 is an article only when no other unit
/// (項, 号, 章, 節, 款, 目, 編, 回 …) follows it.
pub fn article_citations(text: &str) -> Vec<ArticleCitation> {
    // Reads 「第N」 at `at`: N and where it ends.
    fn numbered_at(text: &str, at: usize) -> Option<(u32, usize)> {
        let (n, len) = leading_number(text[at..].strip_prefix('第')?)?;
        Some((n, at + '第'.len_utf8() + len))
    }
    // Reads 「第N条のM」 (or 「第N」) at `at`: the number and where it ends.
    fn article_at(text: &str, at: usize) -> Option<(Number, usize)> {
        let (main, mut end) = numbered_at(text, at)?;
        let with_jo = text[end..].starts_with('条');
        if with_jo {
            end += '条'.len_utf8();
        }
        let mut number = Number { main, branches: Vec::new() };
        while let Some((branch, len)) = text[end..].strip_prefix('の').and_then(leading_number) {
            number.branches.push(branch);
            end += 'の'.len_utf8() + len;
        }
        // 第N without 条 must not be a 項, 号, 章 … of its own; a 項 or 号
        // cited right after it (要領 style: 第28第1項) is its own.
        if !with_jo
            && text[end..].chars().next().is_some_and(|c| !is_boundary(c))
            && unit_at(text, end, '項').or_else(|| unit_at(text, end, '号')).is_none()
        {
            return None;
        }
        Some((number, end))
    }
    // What may follow an article cited without 条: の, punctuation or a
    // conjunction (第１の規定, 第１及び第２, 第１から第３まで); not に
    // (第一に, "firstly").
    fn is_boundary(c: char) -> bool {
        matches!(c, 'の' | '、' | '，' | '。' | '・' | '及' | '並' | '又' | 'か' | '）' | ')')
    }
    // Reads 「第N項」 or 「第N号」 at `at`.
    fn unit_at(text: &str, at: usize, unit: char) -> Option<(u32, usize)> {
        let (n, end) = numbered_at(text, at)?;
        text[end..].starts_with(unit).then(|| (n, end + unit.len_utf8()))
    }
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find('第') {
        at += found;
        let Some((first, mut end)) = article_at(text, at) else {
            at += '第'.len_utf8();
            continue;
        };
        let mut citation = ArticleCitation { last: first.clone(), first, paragraph: None, item: None };
        if let Some((last, range_end)) =
            text[end..].strip_prefix("から").and_then(|_| article_at(text, end + "から".len()))
        {
            if text[range_end..].starts_with("まで") {
                citation.last = last;
                end = range_end + "まで".len();
            }
        } else {
            if let Some((n, e)) = unit_at(text, end, '項') {
                citation.paragraph = Some(n);
                end = e;
            }
            if let Some((n, e)) = unit_at(text, end, '号') {
                citation.item = Some(n);
                end = e;
            }
        }
        out.push(citation);
        at = end;
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
    fn citations_read_articles_in_any_numerals_with_their_places() {
        let cited = |text: &str| -> Vec<(u32, u32, Option<u32>, Option<u32>)> {
            article_citations(text).iter().map(|c| (c.first.main, c.last.main, c.paragraph, c.item)).collect()
        };
        assert_eq!(
            cited("第二条及び第十二条の規定は、当分の間、適用しない。"),
            [(2, 2, None, None), (12, 12, None, None)]
        );
        assert_eq!(cited("第１２条第２項の規定は"), [(12, 12, Some(2), None)]);
        assert_eq!(cited("第5条第1号及び第7条第三項第二号"), [(5, 5, None, Some(1)), (7, 7, Some(3), Some(2))]);
        assert_eq!(cited("第二条から第五条までの規定は"), [(2, 5, None, None)]);
        // A 要領's provisions without 条; other units and 第一に are no articles.
        assert_eq!(cited("第１及び第３の規定は"), [(1, 1, None, None), (3, 3, None, None)]);
        assert_eq!(cited("第２章、第一に、第３項、第1号、第二回"), []);
        assert_eq!(cited("第２８第１項の規定による監査は"), [(28, 28, Some(1), None)]);
        assert_eq!(cited("第３第２号に掲げる"), [(3, 3, None, Some(2))]);
        let branch = &article_citations("第十九条の二の規定")[0];
        assert_eq!((branch.first.main, branch.first.branches.clone()), (19, vec![2]));
        // A citation takes in the places that may hold what it cites.
        let c = &article_citations("第7条第2項")[0];
        assert!(c.takes_in(&n(7, &[]), None, None));
        assert!(c.takes_in(&n(7, &[]), Some(2), Some(1)));
        assert!(!c.takes_in(&n(7, &[]), Some(1), None));
        assert!(!c.takes_in(&n(8, &[]), None, None));
        let range = &article_citations("第2条から第5条まで")[0];
        assert!(range.takes_in(&n(3, &[2]), None, None) && !range.takes_in(&n(5, &[1]), None, None));
    }

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
