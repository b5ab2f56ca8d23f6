//! Bad or odd input never panics: random mixes of structural fragments,
//! markup and raw bytes go through decode + front matter + parse.
use reiki::{parse, source};

/// Small deterministic generator (no extra dependency).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "第1条",
    "第２条　",
    "第二十三条の二",
    "第4294967295条",
    "第99999999999条",
    "第1章",
    "第1節",
    "第1款",
    "目次",
    "附則",
    "附　則（令和5年3月23日規程第1号）",
    "付則",
    "別表第1(第3条関係)",
    "様式第1号",
    "(趣旨)",
    "（",
    "）",
    "(1)",
    "（１）",
    "一 ",
    "イ ",
    "ア ",
    "⑴",
    "1)",
    "2 ",
    "２　",
    "。",
    "、",
    "本文",
    "<p>",
    "</p>",
    "<table><tr><td>a</td>",
    "</table>",
    "|",
    "\t",
    "- ",
    "**",
    "(令5訓令1・一部改正)",
    "第1条から第4294967295条まで　削除",
    "令和元年5月1日",
    "平成4294967295年1月1日",
    "---",
    "- 3 -",
    "이",
    "\u{FFFD}",
    "ｱ",
    "①",
    "第1条(",
    "（第1条―第3条）",
    "この規則は、施行する。",
    " ",
    "\u{3000}",
    "&amp;",
    "&#xFFFFFFF;",
];

fn random_text(rng: &mut Lcg) -> String {
    let mut s = String::new();
    for _ in 0..rng.next() % 60 {
        s.push_str(FRAGMENTS[rng.next() % FRAGMENTS.len()]);
        if rng.next().is_multiple_of(3) {
            s.push('\n');
        }
    }
    s
}

#[test]
fn random_structures_never_panic() {
    let mut rng = Lcg(7);
    for i in 0..3000 {
        let text = random_text(&mut rng);
        // Errors are fine; panics are not.
        let _ = parse::load_str(&format!("fuzz{i}.txt"), &text);
        let _ = parse::load_str(&format!("fuzz{i}.md"), &format!("---\nid: x\n---\n{text}"));
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Lcg(11);
    for _ in 0..2000 {
        let len = rng.next() % 200;
        let mut bytes: Vec<u8> = (0..len).map(|_| (rng.next() % 256) as u8).collect();
        if rng.next().is_multiple_of(2) {
            bytes.splice(0..0, random_text(&mut rng).into_bytes());
        }
        if let Ok((text, _)) = source::decode(&bytes) {
            let _ = parse::load_str("bytes.txt", &text);
        }
    }
}

#[test]
fn shuffled_corpus_lines_never_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regulations");
    let mut lines = Vec::new();
    for file in source::discover(&dir).unwrap() {
        let text = std::fs::read_to_string(file).unwrap();
        lines.extend(text.lines().map(str::to_string));
    }
    let mut rng = Lcg(3);
    for _ in 0..1500 {
        let doc: Vec<&str> = (0..rng.next() % 80).map(|_| lines[rng.next() % lines.len()].as_str()).collect();
        let _ = parse::load_str("shuffled.txt", &doc.join("\n"));
    }
}

/// A 別記 whose text begins with a numbered heading (第１　組織的安全管理
/// 措置, as a 特記事項 numbers its provisions) has no title line: the
/// heading is the first of its parts' citation (別記第1の1), not a title.
#[test]
fn a_bekki_beginning_with_a_numbered_heading_has_no_title() {
    let reg = parse::load_str(
        "shiken.md",
        "---\nid: shiken\ntitle: 試験町要綱\n---\n第1条 措置は、別記のとおりとする。\n別記（第1条関係）\n\
         第１　組織的安全管理措置\n１　課長は、台帳を整備する。\n第２　人的安全管理措置\n１　課長は、研修を行う。\n",
    )
    .unwrap();
    let bekki = &reg.appendices[0];
    assert_eq!(bekki.title, None);
    let labels: Vec<&str> = bekki.cited_rows().iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["別記第1の1", "別記第2の1"]);
}
