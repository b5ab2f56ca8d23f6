//! Dates in the Japanese era calendar (和暦) as regulations write them:
//! 令和5年4月1日, 平成二十年三月三十一日, 令和元年, and the blank form of a
//! draft 令和５年　　月　　日. The one era-date pattern of reiki: every caller
//! (a preamble's date line, a 附則's enactment date, a cited instrument's
//! year) goes through [`era_dates`].
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::numerals::parse_number;

/// Era names with the Gregorian year before each era's 元年 (令和元年 = 2019).
const ERAS: &[(&str, u32)] = &[("明治", 1867), ("大正", 1911), ("昭和", 1925), ("平成", 1988), ("令和", 2018)];

/// Era years above this are not dates (a misread number): capped so the
/// Gregorian year stays four digits. No era has lasted 200 years.
const MAX_ERA_YEAR: u32 = 200;

/// Digits of a date in any script: half-width, full-width, kanji (二十, 三〇).
const DATE_DIGITS: &str = "[0-9０-９〇一二三四五六七八九十]";

/// One era date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EraDate {
    /// Byte range of the date, from the era name to the last character
    /// written (日, 月 or 年; blanks after it excluded).
    pub range: Range<usize>,
    /// Byte offset just after 年, where a cited instrument's name follows
    /// (平成15年|法律第57号).
    pub year_end: usize,
    /// Gregorian year: 令和5年 → 2023.
    pub year: u32,
    /// Month when written as a number 1–12.
    pub month: Option<u32>,
    /// Day when written as a number 1–31 (only with a month).
    pub day: Option<u32>,
    /// Whether 月 and 日 are both written with numbers (令和5年4月1日), not
    /// left out (令和5年) or blank (令和５年　　月　　日).
    pub complete: bool,
    /// Where the regex match ends (blanks after the date included).
    match_end: usize,
}

/// The era dates of `text`, in order. Blanks (half- and full-width spaces)
/// may stand between the parts, as drafts leave them for dates to fill in.
pub fn era_dates(text: &str) -> impl Iterator<Item = EraDate> + '_ {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        let eras = ERAS.iter().map(|(name, _)| *name).collect::<Vec<_>>().join("|");
        let (n, s) = (DATE_DIGITS, "[ \u{3000}]*");
        Regex::new(&format!(
            "(?P<era>{eras}){s}(?P<year>元|{n}+){s}(?P<nen>年){s}(?P<month>{n}*){s}(?P<tsuki>月)?{s}(?P<day>{n}*){s}(?P<nichi>日)?"
        ))
        .expect("valid era-date regex")
    });
    DATE.captures_iter(text).filter_map(|c| {
        let whole = c.get(0)?;
        let base = ERAS.iter().find(|(name, _)| *name == &c["era"])?.1;
        let era_year = if &c["year"] == "元" { 1 } else { parse_number(&c["year"])? };
        let month = parse_number(&c["month"]).filter(|m| (1..=12).contains(m));
        let day = month.and(parse_number(&c["day"]).filter(|d| (1..=31).contains(d)));
        let written = whole.as_str().trim_end_matches([' ', '\u{3000}']);
        Some(EraDate {
            range: whole.start()..whole.start() + written.len(),
            year_end: c.name("nen")?.end(),
            year: base + era_year.min(MAX_ERA_YEAR),
            month,
            day,
            complete: !c["month"].is_empty()
                && c.name("tsuki").is_some()
                && !c["day"].is_empty()
                && c.name("nichi").is_some(),
            match_end: whole.end(),
        })
    })
}

impl EraDate {
    /// ISO form as far as the date is known: `2023-04-01`, `2023-04`, `2023`.
    pub fn iso(&self) -> String {
        let mut iso = format!("{:04}", self.year);
        if let Some(month) = self.month {
            iso.push_str(&format!("-{month:02}"));
            if let Some(day) = self.day {
                iso.push_str(&format!("-{day:02}"));
            }
        }
        iso
    }
}

/// A line that is just an era date, optionally followed by its instrument
/// number (平成17年3月31日規則第20号, as under a title) or by who decided it
/// (令和6年3月29日農林水産部長決裁, 令和7年4月1日　事務局長決定: a 要領 or
/// 内規 is made by a decision, not numbered). Returns the date as
/// written (up to 日) and its ISO form; `None` for a sentence that contains
/// a date (令和5年4月1日から施行する。).
pub fn date_line(text: &str) -> Option<(String, String)> {
    static INSTRUMENT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!("^(?:[ \u{3000}]*[^ \u{3000}、。]*(?:第{DATE_DIGITS}+号|決裁|決定|制定))?$"))
            .expect("valid regex")
    });
    let date = era_dates(text).next().filter(|d| d.range.start == 0)?;
    if !INSTRUMENT_TAIL.is_match(&text[date.match_end..]) {
        return None;
    }
    let written = &text[..date.match_end];
    let date_end = written.find('日').map(|i| i + '日'.len_utf8()).unwrap_or(written.len());
    Some((written[..date_end].trim().to_string(), date.iso()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_in_any_numeral_script() {
        assert_eq!(date_line("令和2年8月18日").unwrap().1, "2020-08-18");
        assert_eq!(date_line("平成二十年三月三十一日").unwrap().1, "2008-03-31");
        assert_eq!(date_line("令和５年　　月　　日").unwrap().1, "2023");
        assert_eq!(date_line("令和元年5月1日").unwrap().1, "2019-05-01");
        assert_eq!(date_line("昭和六十三年十月一日").unwrap().1, "1988-10-01");
        assert!(date_line("令和5年4月1日から施行する。").is_none());
        assert_eq!(
            date_line("平成17年3月31日規則第20号").unwrap(),
            ("平成17年3月31日".to_string(), "2005-03-31".to_string())
        );
        assert_eq!(date_line("令和6年3月29日農林水産部長決裁").unwrap().1, "2024-03-29");
        assert_eq!(date_line("令和7年4月1日\u{3000}事務局長決定").unwrap().0, "令和7年4月1日");
        assert!(date_line("令和7年4月1日から事務局長が決定する。").is_none());
    }

    #[test]
    fn dates_inside_text_say_whether_month_and_day_are_written() {
        let text = "附則（令和３年３月３１日規程第５号）";
        let date = era_dates(text).next().unwrap();
        assert_eq!(&text[date.range.clone()], "令和３年３月３１日");
        assert!(date.complete);
        assert_eq!(date.iso(), "2021-03-31");
        // A citation's year alone, and a draft's blank date, are not complete.
        let cited = "個人情報の保護に関する法律（平成15年法律第57号）";
        let date = era_dates(cited).next().unwrap();
        assert_eq!(&cited[date.range.clone()], "平成15年");
        assert_eq!(&cited[date.year_end..], "法律第57号）");
        assert!(!date.complete);
        assert!(!era_dates("令和　年　月　日から施行する").next().is_some_and(|d| d.complete));
        assert!(!era_dates("令和５年　　月　　日").next().unwrap().complete);
        // Two dates in one bracket are both found.
        let both = "（平成20年3月31日告示第1号・令和2年4月1日改正）";
        assert_eq!(era_dates(both).map(|d| d.iso()).collect::<Vec<_>>(), ["2008-03-31", "2020-04-01"]);
    }
}
