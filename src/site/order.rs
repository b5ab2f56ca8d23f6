//! The order city halls list regulations in: by 全国地方公共団体コード
//! (prefecture 01 北海道 … 47 沖縄県, then the body's code), then 五十音 of
//! the body's name, then title. Without a `code:` in front matter the
//! prefecture's number is used, and the name's reading comes from a `kana:`
//! key or the dictionary.
use crate::model::Regulation;
use crate::text::tokens;

/// The 47 prefectures in JIS X 0401 order (their code is the index + 1).
const PREFECTURES: [&str; 47] = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];

/// Sorts after every prefecture: bodies whose prefecture is unknown.
const UNKNOWN_PREFECTURE: u32 = 99;

/// Number of a prefecture name (北海道 → 1); the suffix 都道府県 may be left out.
pub fn prefecture_number(name: &str) -> Option<u32> {
    let name = name.trim();
    PREFECTURES
        .iter()
        .position(|p| *p == name || (p.chars().count() > 2 && p.trim_end_matches(['都', '道', '府', '県']) == name))
        .map(|i| i as u32 + 1)
}

/// Sort key of one regulation.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct OrderKey {
    prefecture: u32,
    /// The body's 団体コード when given; bodies without one follow those with one.
    code: Option<u32>,
    kana: String,
    title: String,
    id: String,
}

/// Hiragana folded to katakana, so that `kana: あげおし` and the
/// dictionary's アゲオシ compare alike.
fn katakana(s: &str) -> String {
    s.chars()
        .map(|c| if ('\u{3041}'..='\u{3096}').contains(&c) { char::from_u32(c as u32 + 0x60).unwrap_or(c) } else { c })
        .collect()
}

/// The key that puts `reg` in 団体コード then 五十音 order.
pub fn key(reg: &Regulation) -> OrderKey {
    let m = &reg.meta;
    let code: Option<u32> = m.code.as_deref().and_then(|c| c.trim().parse().ok());
    // A 6-digit code starts with the prefecture's 2 digits (5-digit codes omit the check digit).
    let from_code = m.code.as_deref().map(str::trim).filter(|c| c.len() >= 5).and_then(|c| c[..2].parse::<u32>().ok());
    let prefecture = from_code
        .or_else(|| m.prefecture.as_deref().and_then(prefecture_number))
        .or_else(|| m.body.as_deref().and_then(prefecture_number))
        .unwrap_or(UNKNOWN_PREFECTURE);
    let kana = match (&m.kana, &m.body) {
        (Some(k), _) => katakana(k),
        (None, Some(body)) => tokens::reading(body),
        (None, None) => String::new(),
    };
    OrderKey {
        prefecture,
        code: code.map(|c| if c >= 100_000 { c / 10 } else { c }),
        kana,
        title: reg.display_title(),
        id: reg.id.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg(id: &str, body: &str, prefecture: &str, code: Option<&str>, kana: Option<&str>) -> Regulation {
        let mut r = Regulation { id: id.into(), ..Default::default() };
        r.meta.body = Some(body.into());
        r.meta.prefecture = Some(prefecture.into());
        r.meta.code = code.map(String::from);
        r.meta.kana = kana.map(String::from);
        r
    }

    #[test]
    fn prefecture_order_then_reading() {
        let mut regs = [
            reg("sakai", "堺市", "大阪府", None, None),
            reg("ageo", "上尾市", "埼玉県", None, None),
            reg("kawaguchi", "川口市", "埼玉", None, None),
            reg("sapporo", "札幌市", "北海道", None, None),
            reg("nishiizu", "西伊豆町", "静岡県", None, Some("にしいずちょう")),
        ];
        regs.sort_by_cached_key(key);
        let ids: Vec<&str> = regs.iter().map(|r| r.id.as_str()).collect();
        // 埼玉県: アゲオシ before カワグチシ.
        assert_eq!(ids, ["sapporo", "ageo", "kawaguchi", "nishiizu", "sakai"]);
    }

    #[test]
    fn code_orders_within_a_prefecture_and_names_it() {
        // さいたま市 111007 comes before 川越市 112011 by code although カ < サ.
        let mut regs = [
            reg("kawagoe", "川越市", "", Some("112011"), None),
            reg("saitama", "さいたま市", "", Some("111007"), None),
            reg("mito", "水戸市", "茨城県", None, None),
        ];
        regs.sort_by_cached_key(key);
        let ids: Vec<&str> = regs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["mito", "saitama", "kawagoe"]);
    }
}
