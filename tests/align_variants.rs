//! Alignment on the variants (tests/variants): rules written for the
//! evaluation in other bodies' styles, which the matcher was not tuned on
//! when they were written. See tests/variants/README.md for the figures.
use std::path::Path;

use reiki::analyze::align::{self, CoverageReport, CoverageStatus};
use reiki::analyze::text_analysis::{TextAnalysis, TokenCache};

fn coverage(id: &str, catalog: &str) -> CoverageReport {
    let reg = reiki::parse::load_file(Path::new(&format!("tests/variants/regulations/{id}.md"))).unwrap();
    let cat = reiki::catalog::load_file(Path::new(&format!("catalogs/{catalog}.yaml"))).unwrap();
    align::coverage(&reg, &cat, &TextAnalysis::build(&reg, &TokenCache::new()))
}

fn item<'a>(report: &'a CoverageReport, id: &str) -> &'a align::ItemCoverage {
    report.items.iter().find(|i| i.item_id == id).unwrap_or_else(|| panic!("no item {id}"))
}

/// The links of `catalog`'s variants that their golds do not hold, each as
/// (「regulation article」, item).
fn wrong_links(results: &[reiki::analyze::eval::GoldResult], catalog: &str) -> Vec<(String, String)> {
    results
        .iter()
        .filter(|r| r.catalog == catalog)
        .flat_map(|r| r.false_positives.iter().map(move |(a, i)| (format!("{} {a}", r.regulation), i.clone())))
        .collect()
}

#[test]
fn micro_f1_on_the_variants_stays_above_measured_level() {
    let results = reiki::pipeline::eval::evaluate(
        Path::new("tests/variants/gold"),
        Path::new("catalogs"),
        Path::new("tests/variants/regulations"),
        align::Params::default(),
    )
    .unwrap();
    let totals = reiki::pipeline::eval::micro(&results);
    let (ppc, agree, total) = totals["ppc-shishin"];
    // Measured 0.678 before issue 10's rules, 0.947 (P 1.000, R 0.900), status 93/96 after;
    // 0.983 (R 0.967), 94/96 after the second round. The sixteenth round added
    // 西浦町, written out of sample: 0.932 (R 0.872), 101/104 on first
    // measurement, 0.967 (R 0.936) after 「画面 ロック」 and the role names
    // taken from it. The seventeenth round added 川辺市, out of sample:
    // 0.902 (R 0.833, one wrong link) on first measurement, 0.944 (R 0.894)
    // after the rules and wordings taken from it. The twenty-third round
    // added 稲穂市 (a Word draft numbered by styles), out of sample: 0.981
    // (R 0.963), status 36/40 on first measurement; 1.000 after 「補助者
    // 補佐」, status 37/40 — all variants 240/245, three of the five
    // disagreements 稲穂市's (4-1 and 4-4 △ where its gold says ○, 10-1 ○
    // where it says △: the variants' README). The twenty-ninth round added
    // 緑ヶ丘市立病院, out of sample: 0.836 (P 0.920, two wrong links from a
    // patient's 開示・訂正の申出), status 24/41 on first measurement; 0.947
    // (P 1.000), 37/41 after the 申出 form of the law's procedures and the
    // wordings taken from it — all variants 313/322. No variant has a wrong
    // link: precision is held at 1. The thirty-second round added 東湊消防
    // 組合, out of sample: 0.906 (R 0.828), status 35/41 with one false ○
    // (5-9 on a delegated list) on first measurement; 36/41 after a
    // delegation of matters was read as one, the other five under-claims
    // (× or △ where △ or ○ is right) — 366/381, 96.1 %, so the bar is 96 %.
    // The thirty-third round added 北浦町農業委員会 (kanji numerals, measures
    // suspended by 附則 and ただし書, efforts, a definition): 41/41 —
    // 407/422, 96.4 %. The thirty-fourth added 朝霧県後期高齢者医療広域連合,
    // its gold written blind (by a writer who had not seen the matcher,
    // before reiki was run): P 0.944, R 0.919, status 29/41 with three
    // false ○ on first measurement (28/41 and four for the round's first
    // binary); 32/41 after a role only permitted, a pattern file kept
    // current and a verb in another conjugation (読み取られる) were read as
    // what they are, its other misses wordings the catalog lacks (記録させ,
    // 入力の基となった書類) — all variants 440/463, 95.0 %, so the bar was 94 %.
    // The thirty-fifth added 白波市選挙管理委員会, blind too: P 0.829, R 0.725,
    // status 22/41 with four false ○ and six wrong links at the round's
    // start (d168905), 23/41 with the round's first rules; 26/41, three
    // wrong links, after an act left to its actor's judgment and a role as
    // the subject were read as what they are — all variants 466/504,
    // 92.5 %, so the bar is 92 %. The thirty-sixth added 朝凪市交通局,
    // blind too: P 0.971, R 0.868, status 29/41 with five false ○ at the
    // round's start (a921915); 34/41, none, after a matter handed over by
    // its topic, a document named as a source, a measure for listed kinds
    // only and a 附則's narrower reading were read as what they are — all
    // variants 503/545, 92.3 %. The same round's second blind 指針 variant,
    // 椿原町保健福祉部, written after those rules and run once they were in:
    // P 1.000, R 0.714, status 27/41 with three false ○ (1-1: a 部's
    // 統括責任者 under the town's 総括保護管理者; 8-1: the check on the
    // contractor only when needed, where the 指針 asks it yearly; 10-2: the
    // report made under the town's 規程 by another office), the same with
    // the round's first binary and with its start's; 30/41 once a 主任 who
    // assists the manager was read as the 保護担当者, a check only when
    // needed as no periodic one (8-1 ○ → △) and a role under the top role's
    // direction as not the top role (1-1 ○ → △) — all variants 535/586,
    // 91.3 %, so the bar is 90 %. The thirty-seventh added seven blind
    // variants, five against the 指針 (日出市立図書館, 瑞穂市こども家庭
    // センター, then 常磐県立学校 and 清流環境衛生組合 written after the
    // round's first rules, then 鴎市農林水産部 with weaknesses of its
    // writer's choosing): first runs 31/41, 33/41, 36/41, 33/41, 38/41 with
    // 4, 1, 5, 5, 1 false ○; 36, 33, 37, 39, 39/41 with 1, 1, 4, 1, 1 after
    // the round's rules (`tests/variants/README.md`) — all variants
    // 719/791, 90.9 %. A last blind 指針 variant, 漣市住宅課, written after
    // all the round's rules: P 1.000, R 0.800, status 37/41, no false ○ (its
    // four misses × where △) — all variants 756/832, 90.9 %. The
    // thirty-eighth round's blind pair, 藤ヶ崎市 and 長峰町's draft from it:
    // 37/41 and 35/41 on first run with 1 and 2 false ○, then 38/41 once
    // misdelivery of data was an element of 4-5 — all variants 832/914,
    // 91.0 %, F1 0.947. The thirty-ninth round added two blind 指針
    // variants, 白鷺県警察 (40 articles) and 東雲市人事委員会 (plain text
    // with a sidecar): first runs 35/41 and 31/41 with two and four false ○;
    // 35/41 and 35/41 with two and none after a partial 附則 suspension
    // (「第17条第1項第2号の規定のうち…に係る部分は」), a class carved out
    // 「…場合であって、…認めたときは」, a ただし書 that lets the act be left
    // out (「…ないことができる」, 「省略することができる」) and a role set up
    // in named units only were read as what they are — all variants
    // 979/1078, 90.8 %, with two golds re-read (東湊消防組合 8-1 and
    // 柚木野 11-1 △, each as another blind gold reads the same words). Its
    // second batch, written blind after those rules: 潮見灘港湾管理組合 and
    // 若宮市の区役所 first ran 32/41 (F1 0.824) and 31/41 (0.862) with one
    // and three false ○; 35/41 (0.848) and 35/41 (0.889) with none and one
    // once a stated absence of a server room made 6-1 and 6-2 not
    // applicable, a role another rule sets up was only named and a duty
    // on the staff of named units was partial — all variants 1049/1160,
    // 90.4 %, F1 0.943. Its third batch, written blind after all of them:
    // 桐ヶ谷町学校給食センター 30/41 (F1 0.912) with two false ○ and 矢雲町
    // 上下水道 (a Word document) 29/41 (0.909) with five; 31/41 and 30/41
    // once a main act 「必要に応じ、」 and a role only permitted over
    // another (「…担当させることができる」) were read — all variants
    // 1110/1242, 89.4 %, so the bar is 89 %. Its two blind pairs' texts,
    // first run, no change made for them: 霞野市 38/41 (F1 0.974), 七瀬町's
    // draft 39/41 (0.962) with one false ○ (5-1: パスワード等の管理 and
    // 読取防止 「…については、…ポリシー（…をいう。以下同じ。）の定めるところ
    // による」, read as laid down, since a parenthesis of 40 characters
    // between the policy's name and the formula hid the reference; 40/41
    // once one of up to 80 was read, 桐ヶ谷町 9 and 霞野市 5-5 with it) and
    // two wrong links (第20条, a 監視 of
    // downloads in the 記録 article → 5-3; 第27条, the server room's 入退室
    // in a 管理 article → 6-1) — all variants 1190/1324, 89.9 %; 1191 in
    // the fortieth round (矢雲町 8-1, a 項 relieving a class of cases), its
    // blind texts 宮守市保健所 23/41 (F1 0.821), 小百合市 39/41 (0.987) and
    // 桔梗台市's draft 38/41 (0.962) on first run; all 1308/1447, 90.4 %
    // after the round's rules. Its second batch's 浜風市 26/41 (0.875) and
    // third's 柏木市 25/41 (0.836, a Word document) and 霧ヶ峰市 26/41
    // (0.925) on first run, each after the rules before it: all 1393/1570,
    // 88.7 %, so the bar is 88 % (F1 0.940, at its bar). Its last 指針
    // text, 青柳地区広域行政組合, written after all its rules: 31/41 (0.901)
    // — all 1424/1611, 88.4 %, F1 0.9398, so the F1 bar is 0.93 (0.94
    // before it). The forty-second round's blind 指針 texts, in two
    // batches written at once: 深山市監査委員事務局 (a 例規集's 印刷用表示
    // saved as text) 30/41 (F1 0.899) with no false ○, 清瀬川市上下水道局
    // (a Word document) 35/41 (0.909) with one, and the pair 霞浦県教育委員会
    // 40/41 (0.932) and 蛍火町's draft 40/41 (0.951) with one each; 30, 36,
    // 41 and 41/41 after the round's rules — all 1824/2103, 86.7 %, F1
    // 0.9297, so the F1 bar is 0.92.
    let wrong = wrong_links(&results, "ppc-shishin");
    // The links allowed are in the variants' README: 朝霧県 第12条第3項
    // 「職員は、…媒体を持ち出し、又は送付するときは、…暗号化し、又は…
    // パスワードを設定しなければならない。」 → 5-8 (要確認), which the blind
    // gold gives to 4-4 alone; 白波市 第11条 (選挙人名簿の修正 under the
    // 公職選挙法) → 4-3, 第19条 (外部からの脅威への対策 left to 別に定める)
    // → 10-1, 第28条 (the 受託者's duties as the law states them) → 8-1;
    // 日出市 第38条 (統計の公表, caption only: no element) → 10-3; 瑞穂市
    // 第11条 (研修 for 里親, not staff) → 2, 第17条 (消去及び廃棄 of
    // 電磁的記録及び記録媒体 handed to the policy: 媒体 named as much as
    // 廃棄) and 第23条 (a tablet kept in a locked 保管庫) → 4-4.
    // The thirty-eighth round's blind pair, 藤ヶ崎市 and 長峰町's draft
    // from it, two each of the same words: the design documents' 保管、
    // 複製、廃棄 handed to the security policy → 4-6 (by reference; its
    // gold gives it to 5-15 alone) and the システム室's 入室に係る認証機能
    // with its パスワード等の管理 → 5-1 (a door's authentication, as
    // 潮見町's; its writer named it as a trap). Its third pair, written
    // after the round's rules, 柚木野 and 萩野町's draft: three — a committee
    // made of the 保護管理者 → 1-2, and two matters handed to the security
    // policy (研修 of the system's staff, handed over since the fortieth
    // round: a bare act after the formula; what 第19条's list leaves) → 9.
    // The thirty-ninth round's 東雲市人事委員会 the same as 藤ヶ崎市's:
    // its design documents' 保管、複製、廃棄 handed to the city's 基準 → 4-6;
    // its second batch's 潮見灘港湾管理組合 two, of one sentence: 「…端末を
    // …ネットワークに接続して使用する場合における外部からの不正なアクセス
    // の防止については、…対策基準の定めるところによる。」 → 5-10 and 5-11
    // (the terminals name the scope; its gold: 5-5, by reference). Its
    // third batch, written after all the round's rules, two: 桐ヶ谷町 第3条
    // (the 教育委員会's 規程 cited as 「委員会規程」, read as a committee)
    // → 1-5, and 矢雲町 第7条 (a 管理会議 of the 係個人情報管理者, as 萩野町's
    // committee) → 1-2. The fortieth round's blind texts three: 宮守市保健所
    // 第19条 (the erasure of data left to the システム管理者, named with
    // its 媒体) → 4-4 and 第36条 (the 感染症法's 公表 of infections, a
    // look-alike its writer named) → 10-3 (a link with no element, which
    // changes no status); 小百合市 第14条 (media sent out 「暗号化、パスワード
    // の設定その他のアクセス制御」, the gold's 4-4 alone) → 5-8. Its second
    // batch's 浜風市消費生活センター three: 第30条 (the national system's
    // documents in a locked 書庫, the gold's 5-15) → 4-4, 第36条 (公表 by
    // the city's standard, the gold's 10-3) → 10-1, 第39条 (the audit by a
    // 監査担当者 once named, the gold's 11-1) → 1-4. Its third batch, written
    // after both batches' rules: 柏木市会計管理者 (a Word document) five —
    // its 別表 of contract terms → 4-2 (複製等の制限に関する事項) and 11-1
    // (…検査及び監査に関する事項), terms, not the measures; 第3条 (a blanket
    // reference to the city's 規程 and policy) → 9, 第17条 (外国送金) → 4-8
    // and 第37条 (a yearly 公表 of training and 点検 results) → 10-3,
    // look-alikes its writer named; 霧ヶ峰市 第38条 (cooperation with the
    // 監査委員, a look-alike) → 11-1. Its last two texts, written after all
    // its rules and measured once, no change made for them: 青柳地区広域行政
    // 組合 two — its 別表 of contract terms → 4-2 and 第13条 → 5-8. The
    // forty-first round's blind texts six: 雁ヶ浜市選管 第19条 (the law's
    // 利用及び提供の制限, a look-alike) → 1-5; 雛森町 第17条 (the 台帳 left
    // to 別に定める) → 4-4 and 5-8; 御影野県立病院機構 第22条 (the monthly
    // check of improper viewing, the gold's 5-3) → 11-2; 小瀬川村 第6条
    // (the staff's duties as a list) → 3 and 5-8; 星宮町農業委員会 第13条
    // (the 農地法's 農地台帳, a look-alike its writer named) → 4-7 and 第14条
    // (誤掲載 on the 公開システム, the gold's 4-5) → 10-3; the round's last
    // 指針 text, 松風市観光文化課 (measured once), seven — its 別表第2 of
    // contract terms → 4-2 and 11-1 (as 柏木市's), 第8条 (a 連絡会議 of
    // partners) → 1-1 and 1-5, 第18条 (the 財務規則's 寄附台帳, a look-alike)
    // → 4-7 and 10-2, 第27条 (event tablets) → 5-10; 茜沢地区環境衛生組合
    // three — 第14条 (media) → 5-8, 第17条 (the 搬入業者登録台帳, a
    // look-alike) → 4-7, 第24条 (encryption, the gold's 5-8) → 5-7. The
    // forty-second round's blind texts five: 深山市 第31条 (the 操作手順書
    // in a locked 書庫, the gold's 5-15) → 4-4; 清瀬川市 第14条 (media sent
    // out with a password or encryption, the gold's 4-4) → 5-8 and 第30条
    // (the meter-reading terminals' data erased and kept locked) → 4-4;
    // 霞浦県 第8条 (a 管理委員会 of the 課 and 校長, as 萩野町's committee)
    // → 1-2; 蛍火町 第17条 (the 取扱状況の記録 left to 別に定める) → 4-4.
    // Its last 指針 text, 胡桃沢市税務部 (a Shift_JIS page laid out in
    // tables), measured once: 別表 (its 外部記録媒体管理簿 among the 帳簿) →
    // 5-9. The forty-fourth round's six texts fourteen: 朧月県 第8条 (研修
    // of the 保護管理者) → 1-4; 若潮 第14条 (media) → 5-8; 雪割市 第36条
    // (the 派遣 contract's terms) → 8-1; 夕凪町 第25条 and 第32条 → 5-7
    // and 5-11; 鳴海村 第15条 → phy-d, 第19条 → org-c, 第35条 → org-a;
    // 鈴蘭市 第13条, 第16条, 第17条 and 第19条 (the 番号法's own limits,
    // look-alikes) → rules, 第21条 (特定個人情報保護評価, a look-alike its
    // writer named) → org-c, 第31条 → hum-a; measured once after its
    // rules, 英市消防局 第27条 → 5-7 and 燕地域広域行政組合 five (第9条,
    // 第12条 and 第36条 → org-a, 第19条 → phy-d, 第25条 → org-e).
    assert_eq!(
        wrong,
        [
            ("akanezawa-kankyo-kumiai-kitei 第14条".to_string(), "5-8".to_string()),
            ("akanezawa-kankyo-kumiai-kitei 第17条".to_string(), "4-7".to_string()),
            ("akanezawa-kankyo-kumiai-kitei 第24条".to_string(), "5-7".to_string()),
            ("aoyagi-koiki-kitei 別表".to_string(), "4-2".to_string()),
            ("aoyagi-koiki-kitei 第13条".to_string(), "5-8".to_string()),
            ("asagiri-koki-kitei 第12条".to_string(), "5-8".to_string()),
            ("chidori-suido-kojinjoho-kanri-kitei 別表".to_string(), "4-2".to_string()),
            ("chidori-suido-kojinjoho-kanri-kitei 第14条".to_string(), "5-8".to_string()),
            ("fujigasaki-kanri-kitei 第22条".to_string(), "4-6".to_string()),
            ("fujigasaki-kanri-kitei 第23条".to_string(), "5-1".to_string()),
            ("fujinami-hoyu-kojinjoho-kanri-kitei 別表第1".to_string(), "4-2".to_string()),
            ("fujinami-hoyu-kojinjoho-kanri-kitei 別表第2".to_string(), "4-2".to_string()),
            ("fuyuzora-kyoiku-hoyu-kojinjoho-kisoku 第33条".to_string(), "4-4".to_string()),
            ("hagino-hogo-yoko-an 第6条".to_string(), "1-2".to_string()),
            ("hagiwara-nogyo-iinkai-kojinjoho-kanri-kitei 第18条".to_string(), "4-7".to_string()),
            ("hamakaze-shohi-kitei 第30条".to_string(), "4-4".to_string()),
            ("hamakaze-shohi-kitei 第36条".to_string(), "10-1".to_string()),
            ("hamakaze-shohi-kitei 第39条".to_string(), "1-4".to_string()),
            ("hanabusa-shoboku-kanri-kitei 第27条".to_string(), "5-7".to_string()),
            ("hayase-hoyu-kojinjoho-kanri-kitei-an 第30条".to_string(), "4-6".to_string()),
            ("hazakura-byoin-kanri-kitei 第26条".to_string(), "5-1".to_string()),
            ("hazakura-byoin-kanri-kitei 第8条".to_string(), "1-1".to_string()),
            ("hinamori-kitei-an 第17条".to_string(), "4-4".to_string()),
            ("hinamori-kitei-an 第17条".to_string(), "5-8".to_string()),
            ("hinode-toshokan-kitei 第38条".to_string(), "10-3".to_string()),
            ("hodaka-gikai-hoyu-kojinjoho-kanri-kitei 第15条".to_string(), "4-3".to_string()),
            ("hodaka-gikai-hoyu-kojinjoho-kanri-kitei 第22条".to_string(), "9".to_string()),
            ("hodaka-gikai-hoyu-kojinjoho-kanri-kitei 第39条".to_string(), "1-4".to_string()),
            ("hodaka-gikai-hoyu-kojinjoho-kanri-kitei 第6条".to_string(), "1-2".to_string()),
            ("hoshimiya-nogyo-kitei 第13条".to_string(), "4-7".to_string()),
            ("hoshimiya-nogyo-kitei 第14条".to_string(), "10-3".to_string()),
            ("hotarubi-kyoiku-kitei-an 第17条".to_string(), "4-4".to_string()),
            ("isaribi-kowan-kanri-kitei 第13条".to_string(), "5-8".to_string()),
            ("isaribi-kowan-kanri-kitei 第17条".to_string(), "5-3".to_string()),
            ("isaribi-kowan-kanri-kitei 第24条".to_string(), "5-7".to_string()),
            ("isaribi-kowan-kanri-kitei 第7条".to_string(), "1-2".to_string()),
            ("karigahama-senkyo-kitei 第19条".to_string(), "1-5".to_string()),
            ("kashiwagi-kaikei-kitei 別表".to_string(), "11-1".to_string()),
            ("kashiwagi-kaikei-kitei 別表".to_string(), "4-2".to_string()),
            ("kashiwagi-kaikei-kitei 第17条".to_string(), "4-8".to_string()),
            ("kashiwagi-kaikei-kitei 第37条".to_string(), "10-3".to_string()),
            ("kashiwagi-kaikei-kitei 第3条".to_string(), "9".to_string()),
            ("kasumigaura-kenkyoi-kitei 第8条".to_string(), "1-2".to_string()),
            ("kirigamine-saijo-kitei 第38条".to_string(), "11-1".to_string()),
            ("kirigaya-kyushoku-kitei 第3条".to_string(), "1-5".to_string()),
            ("kiyose-gesuido-kitei 第14条".to_string(), "5-8".to_string()),
            ("kiyose-gesuido-kitei 第30条".to_string(), "4-4".to_string()),
            ("kosegawa-hogo-yoko 第6条".to_string(), "3".to_string()),
            ("kosegawa-hogo-yoko 第6条".to_string(), "5-8".to_string()),
            ("kotonoha-shobo-kanri-kitei 第23条".to_string(), "5-7".to_string()),
            ("kotonoha-shobo-kanri-kitei 第28条".to_string(), "4-6".to_string()),
            ("kotoura-shobo-kojinjoho-kanri-kitei 第13条".to_string(), "5-8".to_string()),
            ("kurenai-kokuho-kanri-yoryo 第16".to_string(), "4-2".to_string()),
            ("kuroshio-hokatsu-kanri-yoko 第21条".to_string(), "4-7".to_string()),
            ("kuroshio-hokatsu-kanri-yoko 第3条".to_string(), "3".to_string()),
            ("kuroshio-hokatsu-kanri-yoko 第3条".to_string(), "8-1".to_string()),
            ("kurumizawa-zeimu-kitei 別表".to_string(), "5-9".to_string()),
            ("matsukaze-kanko-kitei 別表第2".to_string(), "11-1".to_string()),
            ("matsukaze-kanko-kitei 別表第2".to_string(), "4-2".to_string()),
            ("matsukaze-kanko-kitei 第18条".to_string(), "10-2".to_string()),
            ("matsukaze-kanko-kitei 第18条".to_string(), "4-7".to_string()),
            ("matsukaze-kanko-kitei 第27条".to_string(), "5-10".to_string()),
            ("matsukaze-kanko-kitei 第8条".to_string(), "1-1".to_string()),
            ("matsukaze-kanko-kitei 第8条".to_string(), "1-5".to_string()),
            ("mikageno-byoin-kiko-kitei 第22条".to_string(), "11-2".to_string()),
            ("mikazuki-seiso-kumiai-kojinjoho-kanri-kitei 別表".to_string(), "11-1".to_string()),
            ("mikazuki-seiso-kumiai-kojinjoho-kanri-kitei 別表".to_string(), "4-2".to_string()),
            ("mikazuki-seiso-kumiai-kojinjoho-kanri-kitei 第13条".to_string(), "5-8".to_string()),
            ("mikazuki-seiso-kumiai-kojinjoho-kanri-kitei 第23条".to_string(), "4-1".to_string()),
            ("mitsuba-hoyu-kojinjoho-kanri-kitei-an 第18条".to_string(), "4-4".to_string()),
            ("miyama-kansa-kitei 第31条".to_string(), "4-4".to_string()),
            ("miyamori-hokenjo-yoko 第19条".to_string(), "4-4".to_string()),
            ("miyamori-hokenjo-yoko 第36条".to_string(), "10-3".to_string()),
            ("mizuho-kodomo-kitei 第11条".to_string(), "2".to_string()),
            ("mizuho-kodomo-kitei 第17条".to_string(), "4-4".to_string()),
            ("mizuho-kodomo-kitei 第23条".to_string(), "4-4".to_string()),
            ("nagamine-kanri-kitei-an 第22条".to_string(), "4-6".to_string()),
            ("nagamine-kanri-kitei-an 第24条".to_string(), "5-1".to_string()),
            ("nanase-hogo-kitei-an 第20条".to_string(), "5-3".to_string()),
            ("nanase-hogo-kitei-an 第27条".to_string(), "6-1".to_string()),
            ("oborozuki-ken-hogo-yoko 第8条".to_string(), "1-4".to_string()),
            ("sayuri-hogo-kitei 第14条".to_string(), "5-8".to_string()),
            ("shinonome-jinji-kitei 第19条".to_string(), "4-6".to_string()),
            ("shiomida-kowan-kitei 第22条".to_string(), "5-10".to_string()),
            ("shiomida-kowan-kitei 第22条".to_string(), "5-11".to_string()),
            ("shiranami-senkan-kitei 第11条".to_string(), "4-3".to_string()),
            ("shiranami-senkan-kitei 第19条".to_string(), "10-1".to_string()),
            ("shiranami-senkan-kitei 第28条".to_string(), "8-1".to_string()),
            ("tachimachi-byoin-kojinjoho-kanri-kitei 別表".to_string(), "11-1".to_string()),
            ("tachimachi-byoin-kojinjoho-kanri-kitei 別表".to_string(), "4-2".to_string()),
            ("tachimachi-byoin-kojinjoho-kanri-kitei 第15条".to_string(), "5-8".to_string()),
            ("tobiuo-gikai-kanri-kitei 第19条".to_string(), "9".to_string()),
            ("tobiuo-gikai-kanri-kitei 第23条".to_string(), "5-10".to_string()),
            ("tobiuo-gikai-kanri-kitei 第23条".to_string(), "5-11".to_string()),
            ("tsukikage-ken-kanri-yoko 第14条".to_string(), "5-8".to_string()),
            ("tsuyukusa-kenzei-jimusho-kanri-yoryo 第12".to_string(), "5-1".to_string()),
            ("tsuyukusa-kenzei-jimusho-kanri-yoryo 第12".to_string(), "5-8".to_string()),
            ("tsuyukusa-kenzei-jimusho-kanri-yoryo 第26".to_string(), "6-1".to_string()),
            ("tsuyukusa-kenzei-jimusho-kanri-yoryo 第26".to_string(), "6-2".to_string()),
            ("tsuyukusa-kenzei-jimusho-kanri-yoryo 第34".to_string(), "4-7".to_string()),
            ("wakakusa-kyoiku-hoyu-kojinjoho-kanri-yoryo 別表".to_string(), "11-1".to_string()),
            ("wakakusa-kyoiku-hoyu-kojinjoho-kanri-yoryo 別表".to_string(), "4-2".to_string()),
            ("wakakusa-kyoiku-hoyu-kojinjoho-kanri-yoryo 第26".to_string(), "5-10".to_string()),
            ("wakakusa-kyoiku-hoyu-kojinjoho-kanri-yoryo 第26".to_string(), "5-11".to_string()),
            ("wakashio-suido-kanri-kitei 第14条".to_string(), "5-8".to_string()),
            ("yakumo-suido-kitei 第7条".to_string(), "1-2".to_string()),
            ("yukishiro-hoyu-kojinjoho-kanri-kitei 第31条".to_string(), "4-6".to_string()),
            ("yukishiro-hoyu-kojinjoho-kanri-kitei 第9条".to_string(), "1-1".to_string()),
            ("yukiwari-kotsu-kanri-kitei 第36条".to_string(), "8-1".to_string()),
            ("yunagi-cho-hogo-yoko-an 第25条".to_string(), "5-7".to_string()),
            ("yunagi-cho-hogo-yoko-an 第32条".to_string(), "5-11".to_string()),
            ("yuzukino-hogo-yoko 第19条".to_string(), "9".to_string()),
        ],
        "wrong links on the variants: {results:#?}"
    );
    assert!(ppc.f1() >= 0.92, "micro-F1 on the variants fell to {:.3}: {results:#?}", ppc.f1());
    // 88 % until the forty-first round's blind texts: 87.2 % after its
    // three batches and their rules, 86.6 % with its last text, measured
    // once (松風市 23/41); 85.9 % with the forty-fifth round's last two
    // 指針 texts, measured once (露草県 31/41, 穂高市議会 32/41); 86.4 %
    // with the forty-sixth round's seven, 86.2 % with its last two,
    // measured once (夕映 31/41, 萩原町 32/41).
    assert!(agree * 100 >= total * 85, "status agreement {agree}/{total}");
    // A false ○ hides a gap: none on any variant but 稲穂市 10-1 and 朝霧県
    // 4-6 (a ただし書 that lifts the 立会い where it is 困難, read as a
    // carve-out), whose golds are disputed in the variants' README.
    let false_covered: Vec<(String, String)> = results
        .iter()
        .flat_map(|r| {
            r.status_mismatches
                .iter()
                .filter(|(_, _, got)| got == "○")
                .map(move |(item, _, _)| (r.regulation.clone(), item.clone()))
        })
        .collect();
    // The thirty-fifth round's blind 別添1 variant, 月見野市, kept one (see
    // the variants' README): B, whose gold asks more than a duty to write
    // a 事務処理要領 of every stage (△ since the fortieth round made 送信 an
    // element of its own); its blind 指針 variant, 白波市, one: 4-5
    // (宛先の相互確認 only for two kinds of mail). The thirty-sixth's last
    // two, not yet read: 霧島県教育委員会 C-e (a yearly self-inspection and
    // an audit only できる) and 椿原町's 10-2 (above). 朝霧県 4-6 is △ since
    // a proviso's main case, named before その他, decides. The
    // thirty-seventh's blind variants keep eight (清流組合 5-6, laid on
    // the 構成町 — 「…清川町が講ずるものとする」 — is △ since the
    // thirty-eighth round), each named in the
    // variants' README: most take a measure for a part of what the item
    // covers — 日出市 4-3 (利用者登録情報 only), 鴎市 4-5 (postal notices
    // only), 瑞穂市 5-6 (the tablets only), 常磐県 5-10 (one kind of
    // school; its 5-13, a check of one record's input, is △ since the
    // fortieth round asks the second element's own words) —, 常磐県 4-5 (a proviso by which the 校長, who is
    // the manager, may lift the duty) and 9 (the policy followed for cloud
    // services only), 榊市 C-e (the audit is also a 任務 of its roles
    // table). 鴎市 4-5 and 白波市 4-5 (mail alone checked) are △ since the
    // thirty-eighth round, as misdelivery of data is an element of its own.
    // That round's blind pair keeps two, both in 長峰町's draft: 7 (提供 to
    // those other than 行政機関等 only, where the 指針 asks the same 「必要
    // に応じ」 for them) and 8-1 (the contract's 「…検査に関する事項」, a
    // term it must hold, read as the check, which the draft makes 「必要が
    // あると認めるとき」 only). Its third pair, written after the round's
    // rules, keeps two in 萩野町's draft: 8-1 of the same words, and 2 (the
    // system staff's 研修 「…情報セキュリティポリシーの定めるところにより
    // 行う」, read as laid down where its gold says by reference; △ since the
    // fortieth round). Masking
    // 「…検査に関する事項」 in a contract's sentence was tried and dropped: it
    // left both and turned 朝凪市交通局's 8-1 ○. The thirty-ninth round reads
    // a check named only as a matter of the contract (「…検査に関する事項」)
    // as a term, not the check, and one taken 「必要に応じ」 (or when needed
    // after what it is weighed by: 「…量等に応じて、必要があると認めるとき
    // は」) as no periodic one: both 8-1 are △, and so is 榊市 C-e (its
    // 見直し 「必要に応じ」 sits in a sentence that names the audit). That
    // round's blind texts keep three: 朝比奈市 C-d (本人への通知 and 公表
    // only できる, while the 委員会's report and 再発防止策 are duties: the
    // catalog's element takes either), 白鷺県警察 11-1 (audits at the
    // 監察規程's 定期監察, read as periodic; its gold: by reference, no
    // 随時) and 4-4 (a ただし書 for 捜査上の必要 that the 所属長 recognises
    // — an exception someone in charge allows, by design no carve-out);
    // 朝比奈市 C-d is △ since the 本人's notice is an element of its own and
    // a notice to the 本人 only できる no power over another party. The
    // round's second batch, written blind after those rules (潮見灘港湾管理
    // 組合, 白樺町, 若宮市の区役所), first ran with seven false ○ (4-3 twice,
    // C-c, C-d, C-e, 1-1, 10-2); three left after the 本人's notice, a 附則's
    // later day in a 項 of its own, a role another rule sets up and a duty
    // on the staff of named units were read: 白樺町 C-c (a 名簿's 「受給者台帳
    // 等の別及び記録項目」 read as the 台帳, while the 管理簿 waits for its
    // day) and C-e (the yearly audit's 「この限りでない」 when the security
    // audit was made, read through the role's duty 「第２９に定めるところに
    // より監査を行い」), 若宮市 10-2 (資料 sent to the 総括保護管理者 for the
    // reports the city's 規程 makes, 「…を要するものについては」). The third
    // batch, after all of them, first ran with eight (青嶺 C-d; 桐ヶ谷町 1-3
    // and 9; 矢雲町 4-3, 4-5, 4-7, 8-1, 10-2); five left once a main act
    // 「必要に応じ、」, a role only permitted over another and 「本人に対する
    // 通知」 were read, four once a policy's name with a long parenthesis
    // (「…ポリシー（…をいう。以下同じ。）」) was a reference (桐ヶ谷町 9):
    // 矢雲町 4-3
    // (the correction only of 検針データ: a record named, not listed), 4-7
    // (the 台帳 only for 「次に掲げる書類」, where the item grades by the
    // information) and 10-2 (the report handed to the 総務課長's procedure,
    // as 若宮市's); its 8-1 (a later 項 「前各項の規定にかかわらず」 sparing
    // the meter readers the contract and the yearly check) is △ since the
    // fortieth round, which reads a paragraph relieving a class of cases
    // for good as a carving ただし書 is read. Its blind pairs add
    // three: 橘野市 C-c (the
    // 台帳 without 記録項目 or 本人の範囲: the element takes its name and
    // purpose), 熊野原 C-a (任務分担 left to the 処務規程) and C-d (公表 only
    // できる beside a duty of 再発防止: the element takes either, as other
    // blind golds read it ○ without 公表). The fortieth round's blind
    // texts (宮守市保健所, 鶴見原市福祉事務所, 小百合市 and 桔梗台市教育委員会's
    // draft from it) first ran with eight (宮守市 4-6, 4-7, 5-9, 5-13; 鶴見原市
    // F-c; 小百合市 4-5, 5-9; 桔梗台市 8-1); two are left once the
    // erasure of data left to another rule was no disposal, a ただし書 after
    // 「…においても、同様とする。」 carved from the 前段 too, 5-13's second
    // element asked its own words, a 附則 suspending an article for a
    // class of cases was a suspension and a check at a longer interval than
    // a year fell short of a yearly one: 宮守市 4-7 (the 台帳 only for one
    // 課's 別表 records, as 矢雲町's), 小百合市 4-5 (no ウェブサイト誤掲載:
    // splitting that element off was tried and turned four golds' ○ △);
    // 鶴見原市 F-c (protection from 不正アクセス 「…対策基準の定めるところ
    // により、情報政策課長が講ずるものとする」) is △ since a measure followed
    // to another rule with only a bare act is handed over, and so is 萩野町
    // 2 (above).
    // The round's third batch, after all its other rules, first ran with
    // six (綾瀬川市 F-b and F-d, above; 柏木市 4-1 and 8-1; 霧ヶ峰市 4-2 and
    // 5-2); two are left once a relief 「前2項の規定は、…場合には、適用しな
    // い」 and one 「…場合における第2項及び第3項の規定の適用については、…
    // 適用しない」 (reaching the 別表 of that article) were read: 柏木市 4-1
    // (access limited for one kind of record, 債権者情報, in one system) and
    // 霧ヶ峰市 5-2 (access records only for systems 「（電気通信回線に接続
    // して運用するものに限る。）」, which leaves out the stand-alone one
    // the 定義 names), △ since the forty-first round read an object limited
    // by a parenthesis as a measure for part of it. The round's last two texts, written after all its
    // rules and measured once, no change made for them, keep three: 青柳
    // 組合 4-2 (copies limited for two kinds of record, 送信 not at all) and
    // 8-1 (the contract's measures for システム業務 only), 紅葉台市 E-d (the
    // 廃棄記録簿 for 電子媒体 only, paper disposal unrecorded).
    // The forty-first round's first batch, written blind: first run six
    // (雁ヶ浜市選挙管理委員会 11-1, 4-2, 4-5; 山吹市 org-e; the pair's
    // 雲雀野地域広域連合 11-2 and 雛森町 8-1), four read since — a ただし書's class named by its 「…ときは、」 clause, an
    // approval after it only how the class is relieved (11-1); a class named
    // before the provisions it is relieved of (「…持ち出すときは、第12条の規
    // 定は、適用しない」, 4-2); the 宛先 of a letter no 誤送信 measure (4-5);
    // the 点検 by the heads of two named units (11-2). Two left: 雛森町 8-1
    // (a contract's terms without 契約解除・損害賠償 — an element for them was
    // tried and dropped: 緑ヶ丘病院's gold reads a list without them ○) and
    // 山吹市 org-e (the 点検 of the 本庁舎 only, while the rule's 出張所 and
    // 臨時交付窓口 are audited by no one; △ since the forty-second round,
    // its report not reaching the 総括 role).
    // Its second batch, written after the first's rules: first run seven
    // (御影野県立病院機構 5-6, 11-1, 6-2; 鶴ケ瀬市 C-e, D-a, E-c; 小瀬川村
    // 5-8) — and the 病院機構's saved page first read as empty, its
    // <body id="pagetop"> taken for a page top to drop. Two read since: a
    // ただし書's 「A端末であって、B」 names the class A, and a law cited in
    // a parenthesis that defines a term is neither the cases nor the law
    // making them (5-6); a 附則 deferring one 項 takes its elements out of
    // an item another article meets (E-c). Five left: the 病院機構's 監査
    // of one system (11-1) and server-room measures for one hospital's
    // room (6-2); 鶴ケ瀬市's supervision of 派遣職員 at the 臨時会場 only
    // (D-a) and a 自己点検 reported to the 部長 (C-e, △ since the
    // forty-second round); 小瀬川村's
    // 「（６）保有個人情報の暗号化」 whose scope and method a later 項 leaves
    // to the 村長 (5-8).
    // Its third batch, written after both batches' rules: first run six
    // (朱鷺野県 C-d; 笹川町's draft C-c, F-d; 星宮町農業委員会 1-3, 4-2;
    // 芦ノ原市 F-b) — and 芦ノ原市's text, pasted from a PDF, had its
    // running header inside 第7条 until a page's number was read as the end
    // of its page. Two read since: a ただし書 letting a class of terminals
    // take identification another way (「…によることができる」, F-b), and a
    // provision cited as the authority for the relieved class's act (「前三
    // 項の規定は、推進委員が第三十条第一項の規定により…携行する場合には、
    // 適用しない」, 4-2). Four left: 朱鷺野県 C-d (公表 only a power, its
    // element shared with 再発防止策), 笹川町 C-c (a 台帳 of four matters of
    // the five) and F-d (encryption only of media taken out), 星宮町 1-3 (a
    // 担当者 in one 係 of two). Its last two texts, written after all its
    // rules and measured once (five false ○), keep four: 松風市
    // 1-5 (a 連絡会議 of the ふるさと納税 partners, a look-alike its writer
    // named), 11-2 (the 点検 of one 室 by its own head) and 4-5 (the second
    // check lifted in the year-end rush where the 推進室長 finds it 困難 — an
    // exception someone in charge allows, which the rules keep ○) and 宵待市
    // F-b (the 会場's tablets on a shared ID, a ただし書 ending 「…により
    // 利用させることができる」); its E-d (個人番号 the system 「…することが
    // できない」 kept until its renewal, 「第１項の規定にかかわらず」) is △
    // since an inability was read as no absence and a relief for a time as
    // a relief, after the measurement. A fifth batch, written blind to measure
    // those last rules once: 茜沢地区環境衛生組合 (a Word document) one,
    // 1-3 (a 取扱主任 at two facilities, none in the 課 holding the
    // hauliers' data); 花水木市子育て支援課 (a Shift_JIS 例規集 page with a
    // 目次 pane) four on first run, its body lost to the pane's links (30
    // empty articles, the text swallowed by the 別表), one once the pane was
    // read as navigation: C-e (a yearly self-check by the 保護責任者, no
    // audit).
    // The forty-second round's six texts, written blind in three batches at
    // once, first ran with eight (朝日ヶ丘市被災者台帳 org-e and tec-b; 霞浦県
    // 5-3; 蛍火町 5-9; 清瀬川市 8-1; 桜川市保護課 org-a, org-e and rules;
    // none in 深山市). Seven read since: a disaster names when a measure
    // lapses, not a need (the 点検 off in a year 災害救助法 applies, a
    // shared ID without 静脈認証 for 臨時従事者 「災害時において」); a 附則
    // suspending a class it names before the article (「校務支援システム
    // については、…までの間は、第２３条の規定は、適用しない」); a role left
    // to another rule's articles (「規程第４条及び第６条の定めるところによ
    // る」); 「この場合において、第１８の規定にかかわらず、…承認を要しない」
    // relieving the visits' papers; a measure for the one example of a kind
    // the rule defines by it (「情報システム　校務支援システムその他の…」);
    // a contract's term on the contractor's 監督 of its staff, no check.
    // One left: 桜川市 org-e (a yearly 点検 by the 課長, the audit only
    // undergone under the city's 規程 — its gold asks for a 随時 one). Its
    // last 別添1 text, 山鳩町建設課 (UTF-16), measured once: three (org-e;
    // phy-c, the 住宅係's own trips with paper carried on no safe method;
    // phy-d, a 附則 letting old 収入申告書 wait 「…の規定にかかわらず、…までに
    // 行えば足りる」); org-e is △ since C-e's report must reach the 総括
    // role, which also made 鶴ケ瀬市's and 山吹市's C-e △. Its last 指針
    // text, 胡桃沢市税務部, measured once: one, 8-1 (the yearly on-site check
    // only of contracts 「（契約金額（…）が１００万円以上のものに限る。）」),
    // △ once a contract's limit holding a parenthesis of its own was read as
    // a limited object.
    // The forty-third round: C-c's record counts only where it names what
    // the file records (記録項目): 笹川町's and 橘市's 台帳 (name, purpose,
    // staff) are △ as their keys say; 桜台町's key calls such a list (name,
    // purpose, staff, place) ○ and now disagrees, a false △. Its blind texts
    // left five: 琴葉 5-9 and 羽桜 5-2 (a measure for one of the systems the
    // rule runs; △ since the forty-fourth round, which reads each example a
    // definition lists 「A、B及びCその他の…」 as one), 早蕨 F-d (encryption lifted when the 保護責任者 finds it a
    // hindrance: controlled for reiki), 羽桜 5-6 (patching lifted for
    // approved medical devices, the virus definitions kept 最新), 漁火港 4-5
    // (誤掲載 not named; keys disagree). Two more written after its rules,
    // measured once: 紅町 5-12 (screens guarded by 窓口 staff at the
    // counter only), 星空市 hum-a (the 監督 an effort, a duty only over the
    // newly designated) and phy-a (the 管理区域 handed to the policy, the
    // 取扱区域 laid down).
    // The forty-fourth round's six texts, written blind, first ran with
    // seven (朧月県 and 夕凪町 4-7; 夕凪町 4-4; 若潮 5-1 and 8-1; 雪割市 11-2
    // and 5-2; none in 鳴海村 or 鈴蘭市). Six read since: a measure for what
    // someone is to designate (「…のうち…として総括保護管理者が別に指定す
    // るもの」); media of a special kind (要配慮個人情報) for an act the
    // guideline does not take as needed; a 附則 keeping the old practice for
    // the terminals in place until a date, ending in a power (and cases the
    // rule finds in place are no longer spared); one applying an article to
    // contracts from a later date only; a report named only in a form's
    // name (点検結果報告書（様式第３号）に記録). The last, 雪割市 5-2 (access
    // records for two of the systems its definition lists), △ once each
    // example of a listed definition was one, as 琴葉 5-9 and 羽桜 5-2 (and
    // 宮守市 5-5, whose key calls network separation of one of its two
    // systems ○, a false △ now). Two more, written after
    // all its rules and measured once: 英市消防局 one, 5-14 (backups laid
    // only on 「…運用保守業務を受託した者」: △ since, the contractor named by
    // what it took on); 燕地域広域行政組合 three — hum-c (for a 派遣職員
    // only a notice to the town that sent him), org-d (公表 only a power,
    // as 朱鷺野県's) and phy-a (the 取扱区域 at the member towns' counters
    // left to each town's rules). Its second batch: 茅野原市 three on first
    // run, tec-a read since (the 定義's 「前３号に掲げる…その他」), org-a
    // (roles only borrowed from the 基本方針) and phy-d (a contractor's
    // 証明書 only asked for: a power over a contractor counts) left;
    // 霜月村 org-e (a unit's own yearly and occasional 点検, enough for
    // reiki since the forty-third round). Measured once after all its
    // rules: 黒潮町 five — 11-1, 11-2 (the 受託部門 audited by no one, or
    // by itself), 4-2 (approval only for the town's staff), 4-4 and 5-11
    // (locks and fixed terminals at the 本所 only; △ after, a measure at
    // the main site of a body with branches).
    assert_eq!(
        false_covered,
        [
            ("aoyagi-koiki-kitei".to_string(), "4-2".to_string()),
            ("aoyagi-koiki-kitei".to_string(), "8-1".to_string()),
            ("fuyuzora-kyoiku-hoyu-kojinjoho-kisoku".to_string(), "5-13".to_string()),
            ("hagiwara-nogyo-iinkai-kojinjoho-kanri-kitei".to_string(), "4-4".to_string()),
            ("hagiwara-nogyo-iinkai-kojinjoho-kanri-kitei".to_string(), "5-6".to_string()),
            ("hayase-hoyu-kojinjoho-kanri-kitei-an".to_string(), "5-2".to_string()),
            ("hayase-hoyu-kojinjoho-kanri-kitei-an".to_string(), "8-1".to_string()),
            ("hinamori-kitei-an".to_string(), "8-1".to_string()),
            ("hinode-toshokan-kitei".to_string(), "4-3".to_string()),
            ("hoshikawa-tokutei-kojinjoho-toriatsukai-kitei-an".to_string(), "org-e".to_string()),
            ("hoshimiya-nogyo-kitei".to_string(), "1-3".to_string()),
            ("hoshizora-kodomo-tokutei-kitei".to_string(), "hum-a".to_string()),
            ("hoshizora-kodomo-tokutei-kitei".to_string(), "phy-a".to_string()),
            ("inaho-hogo-kitei".to_string(), "10-1".to_string()),
            ("isaribi-kowan-kanri-kitei".to_string(), "4-5".to_string()),
            ("kashiwagi-kaikei-kitei".to_string(), "4-1".to_string()),
            ("katsuragidai-tokutei-kojinjoho-toriatsukai-kitei".to_string(), "rules".to_string()),
            ("kayanohara-madoguchi-tokutei-yoryo".to_string(), "phy-d".to_string()),
            ("kosegawa-hogo-yoko".to_string(), "5-8".to_string()),
            ("kumano-kumiai-tokutei-kitei-an".to_string(), "org-a".to_string()),
            ("kurenai-kokuho-kanri-yoryo".to_string(), "5-12".to_string()),
            ("kuroshio-hokatsu-kanri-yoko".to_string(), "11-1".to_string()),
            ("kuroshio-hokatsu-kanri-yoko".to_string(), "11-2".to_string()),
            ("kuroshio-hokatsu-kanri-yoko".to_string(), "4-2".to_string()),
            ("matsukaze-kanko-kitei".to_string(), "1-5".to_string()),
            ("matsukaze-kanko-kitei".to_string(), "11-2".to_string()),
            ("matsukaze-kanko-kitei".to_string(), "4-5".to_string()),
            ("mikageno-byoin-kiko-kitei".to_string(), "11-1".to_string()),
            ("mikageno-byoin-kiko-kitei".to_string(), "6-2".to_string()),
            ("mitsuba-hoyu-kojinjoho-kanri-kitei-an".to_string(), "5-3".to_string()),
            ("mizuho-kodomo-kitei".to_string(), "5-6".to_string()),
            ("momijidai-kodomo-tokutei-kitei".to_string(), "phy-d".to_string()),
            ("nagamine-kanri-kitei-an".to_string(), "7".to_string()),
            ("nagisa-tokutei-kojinjoho-anzen-kanri-yoryo".to_string(), "hum-b".to_string()),
            ("ojika-tokutei-anzen-kanri-kitei-an".to_string(), "org-d".to_string()),
            ("ojika-tokutei-anzen-kanri-kitei-an".to_string(), "org-e".to_string()),
            ("ojika-tokutei-anzen-kanri-kitei-an".to_string(), "phy-a".to_string()),
            ("ojika-tokutei-anzen-kanri-kitei-an".to_string(), "phy-c".to_string()),
            ("sawarabi-koiki-tokutei-kitei".to_string(), "tec-d".to_string()),
            ("sayuri-hogo-kitei".to_string(), "4-5".to_string()),
            ("shimotsuki-mura-tokutei-kitei-an".to_string(), "org-e".to_string()),
            ("shirakaba-tokutei-yoryo".to_string(), "org-c".to_string()),
            ("shirakaba-tokutei-yoryo".to_string(), "org-e".to_string()),
            ("shirasagi-keisatsu-kunrei".to_string(), "11-1".to_string()),
            ("shirasagi-keisatsu-kunrei".to_string(), "4-4".to_string()),
            ("tachimachi-byoin-kojinjoho-kanri-kitei".to_string(), "4-3".to_string()),
            ("tokiwa-kenritsu-gakko-kitei".to_string(), "4-5".to_string()),
            ("tokiwa-kenritsu-gakko-kitei".to_string(), "5-10".to_string()),
            ("tokiwa-kenritsu-gakko-kitei".to_string(), "9".to_string()),
            ("tsubakihara-fukushi-yoko".to_string(), "10-2".to_string()),
            ("tsubame-koiki-tokutei-kitei".to_string(), "hum-c".to_string()),
            ("tsurugase-zeimu-tokutei-yoryo".to_string(), "hum-a".to_string()),
            ("tsuyukusa-kenzei-jimusho-kanri-yoryo".to_string(), "8-1".to_string()),
            ("wakamiya-kuyakusho-yoko".to_string(), "10-2".to_string()),
            ("yakumo-suido-kitei".to_string(), "10-2".to_string()),
            ("yakumo-suido-kitei".to_string(), "4-3".to_string()),
            ("yakumo-suido-kitei".to_string(), "4-7".to_string()),
            ("yamabato-jutaku-tokutei-yoryo".to_string(), "phy-c".to_string()),
            ("yamabato-jutaku-tokutei-yoryo".to_string(), "phy-d".to_string()),
            ("yoimachi-kenko-tokutei-yoryo".to_string(), "tec-b".to_string()),
        ],
        "a false ○ on the variants: {results:#?}"
    );
    // 別添1: 東沢村 0.968; the seventeenth round added 南川市, out of
    // sample: 0.901 (R 0.821) on first measurement, 0.974 (R 0.949) after
    // the wordings taken from it; the nineteenth 南海広域事務組合: 0.934
    // (P 0.966, two wrong links) on first measurement, 0.976 (P 1.000)
    // after the rules taken from it; the twenty-third 潮見町 (text copied
    // from a 例規集 page): 0.955 (one wrong link: authentication at a door
    // read as the system's) on first measurement, 1.000 after.
    // The twenty-fifth round added 桜台町 (measures in the rows of 別表第1,
    // HTML with rowspan), out of sample: 0.417 (R 0.278: no 別表 read) on
    // first measurement, 0.973 (R 1.000) once a 別表's rows are provisions.
    // Its one wrong link is held here as the only one allowed: 第7条 「保護
    // 責任者及び事務取扱担当者は、…別表第1に定める措置を講じなければならない」
    // → 組織体制 (two role names: 要確認, never ○ on its own).
    // The thirty-sixth round added 夕霧町's 要領 (第１ … without 条), its gold
    // written blind: F1 0.560 (P 0.778, R 0.438, four wrong links) on first
    // measurement, 0.588 now; its wrong links are held here, each a reading
    // the gold gives to another item or to none: 第5 (a 総括責任者
    // 「基本方針に定める」) → basic, 第12 (保存: the 保存期間 left to the
    // 文書管理規程) → phy-d, 第18第3項 (登録媒体 kept in the locked 書庫等,
    // disputed: that is a theft measure) → phy-b, 第28 (the 要領's own
    // 見直し, which the gold gives to B) → org-e. All the
    // 別添1 variants 0.913, so the bar is 0.91 (0.957 before it); 0.925 once
    // a rule written by the stages of handling was read as the 取扱規程 (夕霧町
    // 0.714, B ○). 霧島県教育委員会, written blind after the round's first
    // rules: 0.818 (P 1.000, R 0.692), 14/19 with three false ○ on first
    // measurement (A 「…基本方針…の趣旨を踏まえて」, F-d a proviso whose main
    // case is the media kept inside, C-e); 16/19 once those two were read —
    // all 別添1 variants 0.915. The thirty-seventh round added three blind
    // 別添1 variants: 風早地区介護保険広域連合's 要領 numbered １, ２ … (F1
    // 0.710 on first measurement, 0.733), 榊市's rule with its roles in
    // 別表第1 (0.652, 0.756) and 蛍町's rule for its staff's numbers (0.943,
    // written last, with weaknesses of its writer's choosing): all 0.898,
    // so the bar is 0.89. 夕霧町 第5 → basic went with the 基本方針 found as
    // made; 榊市 keeps two: 第27条 (the 評価書's yearly review, handed over
    // by reference) → C-e and 第31条 (a review of 「この訓令その他の…規程
    // 等」, which the gold gives to C-e) → B. A last blind 別添1 variant,
    // 巴村住民課, written after all the round's rules: F1 0.836 (P 0.885),
    // status 14/19 with no false ○, 15/19 once a 廃棄等記録簿 was read as the
    // record of disposal — all 0.893. Its three wrong links: 第15条 (a
    // 保存期間 left to the 文書管理規程, by reference) → E-d, 第22条 (the
    // 担当者's record of handling, which the gold gives to C-b) → C-a, 第23条 (ファイル作成の制限, a
    // look-alike its gold names) → C-c. The thirty-eighth round's blind
    // pair, 鷺沢市 and 楓山町's draft from it: 0.917 and 0.923, 17/19 each,
    // no false ○, no wrong link — all 0.897. The thirty-ninth round's blind
    // 朝比奈市 (chapters named by the 別添1's headings): 0.818 (P 1.000,
    // R 0.692: its roles under names the catalog lacks, 監察責任者 and
    // 番号事務従事者), 17/19 with one false ○ (C-d, above) — all 0.892;
    // 監察責任者 since (0.844), 18/19 once the 本人's notice was an element.
    // Its second batch's 白樺町 (a 要領 numbered 第１ without 条, a saved
    // 例規集 page with a sidecar), written after the round's rules: 0.766
    // (P 0.818, R 0.720), 15/19 with three false ○ on first run, 16/19 with
    // two after; four wrong links: 第6 (the 監査員's duty 「第２９に定める
    // ところにより監査を行い」, which the gold gives to C-a alone) → C-e, 第7
    // (a 番号事務取扱者名簿 of 「受給者台帳等の別及び記録項目」) → C-c, 第16
    // (disposal of 書類 and the contractor's certificate, the gold's E-d
    // alone) → E-c, 第18 (caption 「窓口等における漏えいの防止」, a trap its
    // writer named, over screens turned from visitors) → F-d — all 0.887,
    // so the bar is 0.88. The third batch's 青嶺県後期高齢者医療広域連合
    // (kanji numerals), after all the round's rules: 0.830 (P 0.957,
    // R 0.733), 15/19 with one false ○ (C-d), 16/19 with none once 「本人に
    // 対する通知」 was the 本人's notice; one wrong link, 第30条 (保存期間
    // until the 文書管理規程's term and masking of numbers no longer needed,
    // which the gold gives to B) → E-d — all 0.883. Its blind pair's
    // texts, first run, no change made for them: 橘野市 0.917, 15/19 with
    // one false ○ (C-c); 熊野原's draft 0.833, 12/19 with two (C-a, C-d) and
    // three wrong links: 第10条 (the 番号事務取扱者名簿, split from the
    // model's 第8条) → C-c, 第12条 (the staff's duties joined with the
    // discipline of 第13条) and 第26条 (the 情報システム管理者's protection
    // from outside access) → C-a. The fortieth round's blind 鶴見原市福祉
    // 事務所 (a 要領 numbered 第１ without 条): 0.706 (P 0.783, R 0.643),
    // 15/19 with one false ○ (F-c, above) on first run, 16/19 after;
    // five wrong links, each a reading its gold gives to another
    // item or none: 第7 (the 担当者名簿, the gold's C-a) → D-a, 第16 (the
    // 保管 stage's locked cabinet, the gold's B and E-b) → E-d, 第18
    // (複製・持出し at the 課長's leave, the gold's B) → E-c, 第27 (disposal
    // with its 記録簿, the gold's E-d alone) → B, 第34 (委託先の監督, no
    // 別添1 item) → E-c — all 別添1 variants 0.873, so the bar is 0.87.
    // Its second batch, written blind after the round's first rules: 岬町
    // 障害福祉課 (text pasted from a 例規集 page, CRLF) 0.537 (P 0.846,
    // R 0.393), 11/19 with no false ○ on first run — roles, the 操作履歴
    // and the 利用権限 under its own words; 白峰県 0.947, 19/19 and 雪見町's
    // draft from it 0.915, 16/19 with one false ○ (B: 送信 dropped from the
    // acts on the manager's word). 送信 is an element of B of its own since
    // (three blind golds read its absence as a gap; 月見野市 B △ with it),
    // and 統括管理者, 総括管理者, 利用権限 and 操作履歴 the catalog's words:
    // 岬町 0.605, 雪見町 17/19 — all 別添1 variants 0.875. Held: 霧島県
    // 第23条 (logs 点検 and analysed, the gold's C-b) → C-e, a side effect of
    // those words (gone since the forty-second round asks C-e's report of
    // the 総括 role, as 雪見町 第33条's); 岬町 第17条 (the 保存 stage, the gold's B) → E-d and 第20条
    // (複製・持出し on leave, the gold's B) → E-c; 白峰県 第22条 and 雪見町
    // 第23条 (disposal, the gold's E-d) → B; 雪見町 第33条 (保護評価, a
    // look-alike) → C-e. The third batch's 綾瀬川市保険年金課, written after
    // both batches' rules: 0.735 (P 0.947, R 0.600), 11/19 with two false ○
    // on first run (F-b, a shared ID allowed 「前項の規定にかかわらず、…こと
    // ができる」 in a busy period; F-d, storage encryption 「…の日から適用
    // する」), 13/19 and none once those were read; one wrong link, 第7条
    // (the 監査員's role, the gold's C-a) → C-e — all 別添1 variants 0.870
    // (R 0.802), so the bar is 0.86. The round's last 別添1 text, 紅葉台市
    // こども未来部, written after all its rules and measured once: 0.690
    // (P 0.870, R 0.571), 8/19 with one false ○ (E-d, above); three wrong
    // links — 第14条 and 第26条 (storage and the 操作記録, the gold's E-b and
    // C-b) → E-d, 第32条 (個人情報ファイル簿 sent to 総務課, a look-alike) →
    // C-c — all 別添1 variants 0.862. The forty-first round's 山吹市市民課,
    // written blind: 0.667 (P 0.864, R 0.543), 12/19 with one false ○ (C-e,
    // above) on first run, its roles under names no other body uses (監督者,
    // 管理責任者, 点検責任者: C-a × with no article linked); three wrong links
    // — 第34条 (the 受託者's reports, a look-alike its writer named) → C-c,
    // 第4条 and 第35条 (a general reference to other rules; the leak's
    // handling, the gold's C-d) → B — all
    // 別添1 variants 0.857 (R 0.784). Its second batch's 鶴ケ瀬市市民税課
    // (a Word document): 0.656 (P 0.875, R 0.525), 11/19 with three false ○
    // on first run (two left, above), its 別表 and roles under the city's
    // 規程 unlinked; three wrong links — 第13条 (本人確認, a look-alike its
    // writer named) → F-b, 第16条 and 第34条 → E-d and C-c — all 別添1
    // variants 0.848, so the bar is 0.84. Its third batch: 朱鷺野県 and
    // 笹川町's draft 0.935 and 0.951 (one false ○ and two), 芦ノ原市 (a PDF
    // paste) 0.780; wrong links — 朱鷺野県 and 笹川町 第9条 (システム管理者)
    // → C-a, 朱鷺野県 第14条, 笹川町 第13条, 芦ノ原市 第16条 (storage, each)
    // → E-d; 花水木市 第28条 (the 保護評価書 and ファイル簿, look-alikes its
    // writer named) → C-c and C-e — all 別添1 variants 0.845. The
    // forty-second round's 朝日ヶ丘市被災者台帳 (an HTML page with a 目次
    // pane) 0.762 (P 0.960, R 0.632) and 桜川市保護課 (numbered 第1, 第2 …)
    // 0.708 (P 0.852, R 0.605), 13/19 and 10/19 on first run, 15/19 and
    // 12/19 after the round's rules; wrong links — 朝日ヶ丘市 第23条
    // (carrying media and papers, the gold's phy-c) → phy-b; 桜川市 第21
    // (the 被保護者台帳, a case register its writer named as a look-alike)
    // → org-c, 第31 (the leak's handling, the gold's org-d) → org-a, 第5
    // and 第6 (the roles' duties) → hum-a — all 別添1 variants 0.837, so
    // the bar is 0.83. Its last 別添1 text, 山鳩町建設課 (a Word 「Unicode
    // テキスト」 file, UTF-16 with a BOM), written after all its rules and
    // measured once: 0.667 (P 0.889, R 0.533), 11/19 with three false ○;
    // wrong links 第28条 (the 指定管理者's 協定 terms, the gold's phy-c and
    // tec-a) → hum-a and 第31条 (masked copies for the 監査委員, a
    // look-alike its writer named) → org-e. Its org-e (a 係長's yearly
    // self-check reported to the 建設課長) was △ once C-e's report had to
    // reach the 総括 role — as 鶴ケ瀬市's and 山吹市's, and 鶴見原市's ○ △
    // since (its 所長, to whom the 点検 is reported, is the 総括管理者
    // named by post) — all 別添1 variants 0.834.
    let (number, _, _) = totals["mynumber-anzen"];
    let wrong = wrong_links(&results, "mynumber-anzen");
    assert_eq!(
        wrong,
        [
            ("aomine-koki-tokutei-kitei 第30条".to_string(), "phy-d".to_string()),
            ("aonami-tokutei-kojinjoho-toriatsukai-kitei 第18条".to_string(), "org-a".to_string()),
            ("aonami-tokutei-kojinjoho-toriatsukai-kitei 第21条".to_string(), "rules".to_string()),
            ("aonami-tokutei-kojinjoho-toriatsukai-kitei 第23条".to_string(), "org-a".to_string()),
            ("aonami-tokutei-kojinjoho-toriatsukai-kitei 第24条".to_string(), "org-c".to_string()),
            ("asahigaoka-hisaisha-tokutei-yoko 第23条".to_string(), "phy-b".to_string()),
            ("asakano-kumiai-tokutei-kitei 第15条".to_string(), "phy-d".to_string()),
            ("asakano-kumiai-tokutei-kitei 第23条".to_string(), "org-e".to_string()),
            ("asakano-kumiai-tokutei-kitei 第4条".to_string(), "org-a".to_string()),
            ("ashinohara-gakumu-tokutei-yoryo 第16条".to_string(), "phy-d".to_string()),
            ("ayasegawa-nenkin-tokutei-yoryo 第7条".to_string(), "org-e".to_string()),
            ("hanamizuki-kosodate-tokutei-yoryo 第28条".to_string(), "org-c".to_string()),
            ("hanamizuki-kosodate-tokutei-yoryo 第28条".to_string(), "org-e".to_string()),
            ("hiiragi-tokutei-kojinjoho-anzen-kanri-yoko 第38条".to_string(), "org-a".to_string()),
            ("hiiragi-tokutei-kojinjoho-anzen-kanri-yoko 第38条".to_string(), "org-e".to_string()),
            ("hoshikawa-tokutei-kojinjoho-toriatsukai-kitei-an 第15条".to_string(), "org-a".to_string()),
            ("hoshikawa-tokutei-kojinjoho-toriatsukai-kitei-an 第18条".to_string(), "rules".to_string()),
            ("hoshikawa-tokutei-kojinjoho-toriatsukai-kitei-an 第20条".to_string(), "org-a".to_string()),
            ("hoshikawa-tokutei-kojinjoho-toriatsukai-kitei-an 第21条".to_string(), "org-c".to_string()),
            ("hoshizora-kodomo-tokutei-kitei 第14条".to_string(), "phy-d".to_string()),
            ("katsuragidai-tokutei-kojinjoho-toriatsukai-kitei 第18条".to_string(), "phy-d".to_string()),
            ("kayanohara-madoguchi-tokutei-yoryo 第13".to_string(), "tec-b".to_string()),
            ("kogarashi-suido-tokutei-kitei 第23条".to_string(), "phy-a".to_string()),
            ("kumano-kumiai-tokutei-kitei-an 第10条".to_string(), "org-c".to_string()),
            ("kumano-kumiai-tokutei-kitei-an 第12条".to_string(), "org-a".to_string()),
            ("kumano-kumiai-tokutei-kitei-an 第26条".to_string(), "org-a".to_string()),
            ("misaki-shogai-tokutei-kitei 第17条".to_string(), "phy-d".to_string()),
            ("misaki-shogai-tokutei-kitei 第20条".to_string(), "phy-c".to_string()),
            ("momijidai-kodomo-tokutei-kitei 第14条".to_string(), "phy-d".to_string()),
            ("momijidai-kodomo-tokutei-kitei 第26条".to_string(), "phy-d".to_string()),
            ("momijidai-kodomo-tokutei-kitei 第32条".to_string(), "org-c".to_string()),
            ("murasakino-josuido-tokutei-kojinjoho-kitei 第17条".to_string(), "rules".to_string()),
            ("murasakino-josuido-tokutei-kojinjoho-kitei 第19条".to_string(), "phy-d".to_string()),
            ("nagisa-tokutei-kojinjoho-anzen-kanri-yoryo 第14".to_string(), "org-a".to_string()),
            ("nagisa-tokutei-kojinjoho-anzen-kanri-yoryo 第17".to_string(), "tec-b".to_string()),
            ("nagisa-tokutei-kojinjoho-anzen-kanri-yoryo 第26".to_string(), "org-e".to_string()),
            ("nagisa-tokutei-kojinjoho-anzen-kanri-yoryo 第6".to_string(), "org-a".to_string()),
            ("narumi-mura-tokutei-kitei 第15条".to_string(), "phy-d".to_string()),
            ("narumi-mura-tokutei-kitei 第19条".to_string(), "org-c".to_string()),
            ("narumi-mura-tokutei-kitei 第35条".to_string(), "org-a".to_string()),
            ("narusawa-zeimu-tokutei-kojinjoho-yoryo 第13".to_string(), "org-a".to_string()),
            ("narusawa-zeimu-tokutei-kojinjoho-yoryo 第20".to_string(), "basic".to_string()),
            ("narusawa-zeimu-tokutei-kojinjoho-yoryo 第21".to_string(), "phy-d".to_string()),
            ("sakaki-kodomo-tokutei-kitei 第27条".to_string(), "org-e".to_string()),
            ("sakaki-kodomo-tokutei-kitei 第31条".to_string(), "rules".to_string()),
            ("sakuradai-tokutei-kitei 第7条".to_string(), "org-a".to_string()),
            ("sakuragawa-hogo-tokutei-yoryo 第21".to_string(), "org-c".to_string()),
            ("sakuragawa-hogo-tokutei-yoryo 第31".to_string(), "org-a".to_string()),
            ("sakuragawa-hogo-tokutei-yoryo 第5".to_string(), "hum-a".to_string()),
            ("sakuragawa-hogo-tokutei-yoryo 第6".to_string(), "hum-a".to_string()),
            ("sasagawa-tokutei-kitei-an 第13条".to_string(), "phy-d".to_string()),
            ("sasagawa-tokutei-kitei-an 第9条".to_string(), "org-a".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第11条".to_string(), "rules".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第12条".to_string(), "rules".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第13条".to_string(), "phy-c".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第13条".to_string(), "phy-d".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第13条".to_string(), "rules".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第14条".to_string(), "rules".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第16条".to_string(), "rules".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第20条".to_string(), "phy-a".to_string()),
            ("sawarabi-koiki-tokutei-kitei 第24条".to_string(), "tec-a".to_string()),
            ("shimotsuki-mura-tokutei-kitei-an 第15条".to_string(), "phy-d".to_string()),
            ("shimotsuki-mura-tokutei-kitei-an 第17条".to_string(), "phy-c".to_string()),
            ("shimotsuki-mura-tokutei-kitei-an 第23条".to_string(), "org-e".to_string()),
            ("shirakaba-tokutei-yoryo 第16".to_string(), "phy-c".to_string()),
            ("shirakaba-tokutei-yoryo 第18".to_string(), "tec-d".to_string()),
            ("shirakaba-tokutei-yoryo 第6".to_string(), "org-e".to_string()),
            ("shirakaba-tokutei-yoryo 第7".to_string(), "org-c".to_string()),
            ("shirakumo-kaigo-tokutei-kojinjoho-kitei 第10条".to_string(), "org-a".to_string()),
            ("shiramine-tokutei-kitei 第22条".to_string(), "rules".to_string()),
            ("suzuran-tokutei-yoryo 第13条".to_string(), "rules".to_string()),
            ("suzuran-tokutei-yoryo 第16条".to_string(), "rules".to_string()),
            ("suzuran-tokutei-yoryo 第17条".to_string(), "rules".to_string()),
            ("suzuran-tokutei-yoryo 第19条".to_string(), "rules".to_string()),
            ("suzuran-tokutei-yoryo 第21条".to_string(), "org-c".to_string()),
            ("suzuran-tokutei-yoryo 第31条".to_string(), "hum-a".to_string()),
            ("tokino-tokutei-kitei 第14条".to_string(), "phy-d".to_string()),
            ("tokino-tokutei-kitei 第9条".to_string(), "org-a".to_string()),
            ("tomoe-shimin-tokutei-kitei 第15条".to_string(), "phy-d".to_string()),
            ("tomoe-shimin-tokutei-kitei 第22条".to_string(), "org-a".to_string()),
            ("tomoe-shimin-tokutei-kitei 第23条".to_string(), "org-c".to_string()),
            ("tsubakiyama-tokutei-anzen-kanri-kitei 第22条".to_string(), "org-e".to_string()),
            ("tsubakiyama-tokutei-anzen-kanri-kitei 第9条".to_string(), "org-a".to_string()),
            ("tsubame-koiki-tokutei-kitei 第12条".to_string(), "org-a".to_string()),
            ("tsubame-koiki-tokutei-kitei 第19条".to_string(), "phy-d".to_string()),
            ("tsubame-koiki-tokutei-kitei 第25条".to_string(), "org-e".to_string()),
            ("tsubame-koiki-tokutei-kitei 第36条".to_string(), "org-a".to_string()),
            ("tsubame-koiki-tokutei-kitei 第9条".to_string(), "org-a".to_string()),
            ("tsumugigawa-tokutei-kojinjoho-toriatsukai-kitei 第21条".to_string(), "phy-c".to_string()),
            ("tsumugigawa-tokutei-kojinjoho-toriatsukai-kitei 第24条".to_string(), "rules".to_string()),
            ("tsumugigawa-tokutei-kojinjoho-toriatsukai-kitei 第27条".to_string(), "rules".to_string()),
            ("tsumugigawa-tokutei-kojinjoho-toriatsukai-kitei 第28条".to_string(), "phy-d".to_string()),
            ("tsurugase-zeimu-tokutei-yoryo 第13条".to_string(), "tec-b".to_string()),
            ("tsurugase-zeimu-tokutei-yoryo 第16条".to_string(), "phy-d".to_string()),
            ("tsurugase-zeimu-tokutei-yoryo 第34条".to_string(), "org-c".to_string()),
            ("tsurumihara-fukushi-tokutei-yoryo 第16".to_string(), "phy-d".to_string()),
            ("tsurumihara-fukushi-tokutei-yoryo 第18".to_string(), "phy-c".to_string()),
            ("tsurumihara-fukushi-tokutei-yoryo 第27".to_string(), "rules".to_string()),
            ("tsurumihara-fukushi-tokutei-yoryo 第34".to_string(), "phy-c".to_string()),
            ("tsurumihara-fukushi-tokutei-yoryo 第7".to_string(), "hum-a".to_string()),
            ("yamabato-jutaku-tokutei-yoryo 第28条".to_string(), "hum-a".to_string()),
            ("yamabato-jutaku-tokutei-yoryo 第31条".to_string(), "org-e".to_string()),
            ("yamabuki-shimin-tokutei-kitei 第34条".to_string(), "org-c".to_string()),
            ("yamabuki-shimin-tokutei-kitei 第35条".to_string(), "rules".to_string()),
            ("yamabuki-shimin-tokutei-kitei 第4条".to_string(), "rules".to_string()),
            ("yugiri-zeimu-tokutei-yoryo 第12".to_string(), "phy-d".to_string()),
            ("yugiri-zeimu-tokutei-yoryo 第18".to_string(), "phy-b".to_string()),
            ("yugiri-zeimu-tokutei-yoryo 第28".to_string(), "org-e".to_string()),
            ("yukimi-tokutei-kitei-an 第23条".to_string(), "rules".to_string()),
        ],
        "wrong links on the variants: {results:#?}"
    );
    assert!(number.f1() >= 0.83, "別添1 micro-F1 on the variants fell to {:.3}", number.f1());
    // 札幌市基準: 西川市 0.941; the twentieth round added 大橋市's 特記事項
    // (甲・乙, 第１ without 条), out of sample: 0.000 on first measurement
    // (no article read), 0.783 (R 0.643) after the rules taken from it;
    // both files together 0.850 (R 0.739). The twenty-second round added
    // 青葉市's 特記事項 in Word, out of sample: 0.667 (P 0.875, one wrong
    // link) on first measurement, 0.818 (P 1.000, R 0.692) after the
    // wordings taken from it; the three files together 0.839 (R 0.722),
    // 0.892 (R 0.806) with 5's copying, 再委託 and disposal (青葉市 0.917,
    // 大橋市 0.833). The twenty-ninth round added みどり野市's 特記事項 of a
    // 指定管理者's 協定書 (「別記」 above it, provisions numbered １, ２ under
    // captions), out of sample: refused on first reading, 0.636 (P 0.875,
    // one wrong link) once 「別記」 alone was read as its label, 0.783
    // (P 1.000, R 0.643) once its captions were its provisions'; the four
    // files 0.889 (R 0.800) after 第三者に委託・行わせ・請け負わせ for 再委託
    // (青葉市 0.960, 大橋市 0.880).
    let (sapporo, _, _) = totals["sapporo-kijun"];
    assert_eq!(sapporo.fp, 0, "a wrong link on the variants: {results:#?}");
    assert!(sapporo.f1() >= 0.88, "札幌市基準 micro-F1 on the variants fell to {:.3}", sapporo.f1());
}

/// The same rule numbered 第１, 第２ without 条, each caption on the
/// label's line (第３　研修) and the text below, as many 要領 are written.
fn numbered_without_jo(md: &str) -> String {
    let caption = regex::Regex::new(r"^（([^（）]{1,40})）$").unwrap();
    let article =
        regex::Regex::new(r"^第([0-9０-９一二三四五六七八九十]+)条((?:の[0-9０-９一二三四五六七八九十]+)*)[ 　](.*)$")
            .unwrap();
    let mut out = Vec::new();
    let mut pending: Option<String> = None;
    for line in md.lines() {
        if let Some(c) = caption.captures(line) {
            pending = Some(c[1].to_string());
            continue;
        }
        if let Some(a) = article.captures(line) {
            match pending.take() {
                Some(c) => {
                    out.push(format!("第{}{}　{c}", &a[1], &a[2]));
                    out.push(format!("　{}", &a[3]));
                }
                None => out.push(format!("第{}{}　{}", &a[1], &a[2], &a[3])),
            }
            continue;
        }
        if let Some(c) = pending.take() {
            out.push(format!("（{c}）"));
        }
        out.push(line.to_string());
    }
    out.join("\n")
}

/// Numbering is layout: every variant rewritten without 条 gets the same
/// ○△× and the same evidence articles.
#[test]
fn numbering_without_jo_changes_no_verdict() {
    for gold in std::fs::read_dir("tests/variants/gold").unwrap() {
        let name = gold.unwrap().file_name().into_string().unwrap();
        let (id, catalog) = name.trim_end_matches(".yaml").split_once('.').unwrap();
        // The variants in the formats users are sent (a PDF's text, a saved
        // 例規集 page) keep their form: the rewrite reads Markdown lines.
        let Ok(md) = std::fs::read_to_string(format!("tests/variants/regulations/{id}.md")) else {
            continue;
        };
        if !md.contains("第1条") && !md.contains("第１条") {
            continue; // already numbered without 条
        }
        let bare = reiki::parse::load_str(&format!("{id}.md"), &numbered_without_jo(&md)).unwrap();
        let cat = reiki::catalog::load_file(Path::new(&format!("catalogs/{catalog}.yaml"))).unwrap();
        let rewritten = align::coverage(&bare, &cat, &TextAnalysis::build(&bare, &TokenCache::new()));
        let original = coverage(id, catalog);
        let verdicts = |r: &CoverageReport| -> Vec<(String, CoverageStatus, Vec<String>)> {
            r.items
                .iter()
                .map(|i| {
                    let articles = i.evidence.iter().map(|e| e.article_label.replace('条', "")).collect();
                    (i.item_id.clone(), i.status, articles)
                })
                .collect()
        };
        assert!(bare.articles().all(|a| !a.label.contains('条')), "{id}: rewritten");
        assert_eq!(verdicts(&rewritten), verdicts(&original), "{id}");
    }
}

#[test]
fn roles_set_up_per_paragraph_each_count_for_their_own_item() {
    let report = coverage("kitahama-hogo-kitei", "ppc-shishin");
    for (id, paragraph) in [("1-1", 1), ("1-2", 2), ("1-3", 3), ("1-4", 4)] {
        let ev = &item(&report, id).evidence;
        assert!(ev.iter().any(|e| e.article_label == "第3条" && e.paragraph == Some(paragraph)), "{id}: {ev:?}");
        // Not the duty articles that follow (第19条 監査, 第16条 委員会への報告).
        assert!(ev.iter().all(|e| e.article_label == "第3条"), "{id}: {ev:?}");
    }
    assert!(item(&report, "1-5").evidence.iter().all(|e| e.article_label == "第4条"));
}

#[test]
fn an_it_governance_rule_covers_no_item() {
    let report = coverage("kitahama-johoka-kitei", "ppc-shishin");
    let linked: Vec<(&str, Vec<&str>)> = report
        .items
        .iter()
        .filter(|i| i.status != CoverageStatus::Missing)
        .map(|i| (i.item_id.as_str(), i.evidence.iter().map(|e| e.article_label.as_str()).collect()))
        .collect();
    assert!(linked.is_empty(), "{linked:?}");
}

#[test]
fn procedures_of_the_law_are_not_safety_measures() {
    let report = coverage("minamioka-kojin-yoko", "ppc-shishin");
    // 訂正請求, 個人情報ファイル簿, 外国にある第三者, 個人番号の利用制限.
    for id in ["4-3", "4-7", "4-8", "4-1", "7"] {
        assert_eq!(item(&report, id).status, CoverageStatus::Missing, "{id}: {:?}", item(&report, id).evidence);
    }
}

#[test]
fn efforts_and_permissions_are_partial_with_the_reason() {
    let report = coverage("minamioka-kojin-yoko", "ppc-shishin");
    // 5-14: both elements stated, but only 努めるものとする; 4-5: 第11条第2項 努める
    // while 第11条第1項 (暗号化) is a duty.
    // 5-2: 「…アクセス記録を取得し、一定期間保存し、定期に分析することができる。」
    for (id, reason) in [
        ("5-14", "努力義務にとどまる"),
        ("4-5", "努力義務にとどまる"),
        ("2", "努力義務にとどまる"),
        ("5-2", "できる規定（任意）にとどまる"),
    ] {
        let ic = item(&report, id);
        assert_eq!(ic.status, CoverageStatus::Partial, "{id}");
        assert_eq!(ic.status_reason.as_deref(), Some(reason), "{id}");
    }
    assert!(item(&report, "5-14").missing_elements.is_empty());
    // 5-8: the encryption a duty, but only of mail sent (第11条第1項): the
    // staff's encryption of what they keep is missing (its key says ○; two
    // keys written blind since say △ for the same shape).
    assert_eq!(item(&report, "5-8").status, CoverageStatus::Partial);
    assert_eq!(item(&report, "5-8").missing_elements, ["職員が処理する情報を適切に暗号化（又はパスワードで秘匿）する"]);
}

/// The 条文対応表 matches a 別表's rows one by one: 桜台町 lays its measures
/// down in the rows of 別表第1, 若葉市水道局 in articles, and each row finds
/// the article on its measure (pairs read in both texts); the whole table is
/// no unit of its own, and what only one side has stays unmatched.
#[test]
fn the_rows_of_a_table_correspond_to_articles_one_by_one() {
    let load = |file: &str| reiki::parse::load_file(Path::new(&format!("tests/variants/regulations/{file}"))).unwrap();
    let (a, b) = (load("sakuradai-tokutei-kitei.html"), load("wakaba-suido-tokutei-yoryo.odt"));
    let cat = reiki::catalog::load_file(Path::new("catalogs/mynumber-anzen.yaml")).unwrap();
    let cache = TokenCache::new();
    let (aa, ab) = (TextAnalysis::build(&a, &cache), TextAnalysis::build(&b, &cache));
    let (ra, rb) = (align::coverage(&a, &cat, &aa), align::coverage(&b, &cat, &ab));
    let corr = align::correspond(&aa, &ab, &[ra], &[rb]);
    let best: Vec<(String, String)> = corr
        .matches
        .iter()
        .filter(|m| m.a_article.starts_with("appx-"))
        .map(|m| (a.label_and_caption(&m.a_article).0, b.label_and_caption(&m.b_articles[0].article_id).0))
        .collect();
    for (row, article) in [
        ("別表第1の取扱状況を確認する手段の項", "第12条"),
        ("別表第1の事務取扱担当者の監督の項", "第15条"),
        ("別表第1の教育の項", "第16条"),
        ("別表第1の盗難等の防止の項", "第19条"),
        ("別表第1の削除及び廃棄の項", "第21条"),
        ("別表第1のアクセス制御の項", "第22条"),
        ("別表第1の不正アクセス等の防止の項", "第23条"),
    ] {
        assert!(best.contains(&(row.to_string(), article.to_string())), "{row} → {article}: {best:?}");
    }
    assert!(corr.matches.iter().all(|m| m.a_article != "appx-1"), "the table as a whole is no unit");
    let b_only: Vec<String> = corr.unmatched_b.iter().map(|id| b.label_and_caption(id).0).collect();
    assert!(b_only.contains(&"第7条".to_string()), "監査責任者 is 若葉市's alone: {b_only:?}");
    assert!(!b_only.contains(&"第15条".to_string()) && !b_only.contains(&"第19条".to_string()), "{b_only:?}");
}

/// A draft against the rule it follows (use 1 of the README): 東浦町's
/// draft (tests/variants/regulations/higashiura-kanri-kitei-an.md) was
/// written from 西浦町's rule in the thirtieth round, before reiki was run
/// on it, with the changes a drafter makes. Which article answers which,
/// and what each pair's flags must and must not say, were written down
/// with it, from reading the two texts.
#[test]
fn a_drafts_changes_against_the_rule_it_follows() {
    use reiki::analyze::flags::{compare_articles, FlagKind};
    let load = |id: &str| reiki::parse::load_file(Path::new(&format!("tests/variants/regulations/{id}.md"))).unwrap();
    let (draft, model) = (load("higashiura-kanri-kitei-an"), load("nishiura-kanri-kitei"));
    let cat = reiki::catalog::load_file(Path::new("catalogs/ppc-shishin.yaml")).unwrap();
    let cache = TokenCache::new();
    let (ad, am) = (TextAnalysis::build(&draft, &cache), TextAnalysis::build(&model, &cache));
    let (rd, rm) = (align::coverage(&draft, &cat, &ad), align::coverage(&model, &cat, &am));
    // The draft is side A, as `pairs` in reiki.yaml put a draft first.
    let corr = align::correspond(&ad, &am, &[rd], &[rm]);
    let counterparts = |label: &str| -> Vec<String> {
        let id = &draft.article_by_label(label).unwrap().id;
        corr.matches
            .iter()
            .find(|m| &m.a_article == id)
            .map(|m| m.b_articles.iter().map(|b| model.article(&b.article_id).unwrap().label.clone()).collect())
            .unwrap_or_default()
    };
    for (ours, theirs) in [
        ("第1条", "第1条"),
        ("第3条", "第2条"),
        ("第4条", "第3条"),
        ("第6条", "第6条"),
        ("第7条", "第7条"),
        ("第8条", "第8条"),
        ("第9条", "第9条"),
        ("第10条", "第10条"),
        ("第11条", "第11条"),
        ("第12条", "第12条"),
        ("第13条", "第13条"),
        ("第14条", "第14条"),
        ("第15条", "第15条"),
        ("第16条", "第17条"),
        ("第18条", "第18条"),
    ] {
        assert_eq!(
            counterparts(ours).first().map(String::as_str),
            Some(theirs),
            "東浦 {ours}: {:?}",
            counterparts(ours)
        );
    }
    // Two articles of 西浦町 joined into one.
    let joined = counterparts("第5条");
    assert!(joined.contains(&"第4条".to_string()) && joined.contains(&"第5条".to_string()), "{joined:?}");
    // What only one side has: the draft's 定義 and 監査, 西浦町's 開示請求.
    for ours in ["第2条", "第17条"] {
        assert!(counterparts(ours).is_empty(), "東浦 {ours} → {:?}", counterparts(ours));
    }
    let model_only: Vec<String> = corr.unmatched_b.iter().map(|id| model.article(id).unwrap().label.clone()).collect();
    assert!(model_only.contains(&"第16条".to_string()), "{model_only:?}");
    // On the pair page the joined article's 項 is marked against it, not
    // as the draft's alone: only 限らなければ (against 限るものとする) differs.
    let rows = reiki::pipeline::corpus::pair_rows(&draft, &model, &corr);
    let fifth = draft.article_by_label("第5条").unwrap();
    let (_, row) = corr.matches.iter().zip(&rows).find(|(m, _)| m.a_article == fifth.id).unwrap();
    let only_ours: String = row
        .as_ref()
        .unwrap()
        .a_runs
        .iter()
        .filter(|r| r.kind != reiki::analyze::diff::RunKind::Equal)
        .map(|r| r.text.as_str())
        .collect();
    assert!(!only_ours.contains("最小限の範囲") && !only_ours.contains("持ち出して"), "{only_ours}");

    // Flags as `reiki diff 西浦町 東浦町` shows them: 西浦町 is the base (A),
    // the draft is compared with it (B's duty weaker = the draft's weaker).
    use FlagKind::*;
    let kinds = |theirs: &str, ours: &str| -> Vec<FlagKind> {
        let f = compare_articles(model.article_by_label(theirs).unwrap(), draft.article_by_label(ours).unwrap());
        f.iter().map(|f| f.kind).collect()
    };
    for (theirs, ours, must, must_not) in [
        ("第2条", "第3条", &[RoleChanged][..], &[ObligationWeakened, ObligationStrengthened][..]),
        ("第4条", "第5条", &[ObligationStrengthened], &[ObligationWeakened, RoleChanged]),
        ("第6条", "第6条", &[ObligationWeakened], &[ObligationStrengthened, QuantityChanged]),
        ("第9条", "第9条", &[QuantityChanged], &[ObligationWeakened, RoleChanged]),
        ("第11条", "第11条", &[RoleChanged], &[ObligationWeakened, QuantityChanged]),
        ("第13条", "第13条", &[QuantityChanged], &[ObligationWeakened]),
        ("第15条", "第15条", &[ObligationWeakened, QuantityChanged], &[RoleChanged]),
        ("第17条", "第16条", &[QuantityChanged], &[ObligationWeakened, RoleChanged]),
        ("第18条", "第18条", &[RoleChanged], &[QuantityChanged]),
        ("第1条", "第1条", &[], &[ObligationWeakened, ObligationStrengthened, RoleChanged, QuantityChanged]),
        ("第3条", "第4条", &[], &[ObligationWeakened, ObligationStrengthened, RoleChanged, QuantityChanged]),
        ("第8条", "第8条", &[], &[ObligationWeakened, QuantityChanged]),
        ("第10条", "第10条", &[], &[ObligationWeakened, ObligationStrengthened, RoleChanged, QuantityChanged]),
        ("第12条", "第12条", &[], &[ObligationWeakened, ObligationStrengthened, RoleChanged, DelegatedByReference]),
        ("第14条", "第14条", &[], &[ObligationWeakened, ObligationStrengthened, RoleChanged, QuantityChanged]),
    ] {
        let found = kinds(theirs, ours);
        for k in must {
            assert!(found.contains(k), "西浦 {theirs} → 東浦 {ours}: {k:?} missing from {found:?}");
        }
        for k in must_not {
            assert!(!found.contains(k), "西浦 {theirs} → 東浦 {ours}: {k:?} is no change a reader sees ({found:?})");
        }
    }
}

/// A pair's answer key (tests/variants/pairs/<draft>.pair.yaml; format in
/// tests/variants/README.md, *Pairs*): the draft's articles with the
/// model's they were written from, the model's articles left out, and the
/// changes of substance of each pair in a reader's terms.
#[derive(serde::Deserialize)]
struct PairGold {
    base: String,
    draft: String,
    counterparts: std::collections::BTreeMap<String, Vec<String>>,
    base_only: Vec<String>,
    changes: std::collections::BTreeMap<String, PairChange>,
}

#[derive(serde::Deserialize)]
struct PairChange {
    base: String,
    kinds: Vec<String>,
}

/// What reiki gets wrong on a pair, each list sorted: the draft's articles
/// whose counterparts differ from the key (the first must be one the key
/// names, and every article the key joins must be there; none where the key
/// has none), the model's articles left out that reiki pairs or the
/// reverse, and per pair (「model → draft」) the kinds of change the key
/// names that no flag says and the kinds flagged that the key does not name.
#[derive(Debug, Default, PartialEq)]
struct PairMisses {
    counterparts: Vec<String>,
    base_only: Vec<String>,
    missed: Vec<(String, String)>,
    extra: Vec<(String, String)>,
}

/// The gold's kind for a flag.
fn reader_kind(kind: reiki::analyze::flags::FlagKind) -> &'static str {
    use reiki::analyze::flags::FlagKind::*;
    match kind {
        ObligationWeakened => "duty-weakened",
        ObligationStrengthened => "duty-strengthened",
        RoleChanged => "role-changed",
        QuantityChanged => "quantity-changed",
        ScopeChanged => "scope-changed",
        DelegatedByReference => "delegated",
        ItemsChanged => "items-changed",
    }
}

/// Measures the 条文対応表 (draft as A, as `pairs` in reiki.yaml put a
/// draft first) and the flags of each pair the key names (model as A, as
/// `reiki diff MODEL DRAFT` shows them) against `tests/variants/pairs/{draft}.pair.yaml`.
fn pair_misses(draft_id: &str, catalog: &str) -> PairMisses {
    let gold: PairGold =
        serde_yaml::from_str(&std::fs::read_to_string(format!("tests/variants/pairs/{draft_id}.pair.yaml")).unwrap())
            .unwrap();
    let load = |id: &str| reiki::parse::load_file(Path::new(&format!("tests/variants/regulations/{id}.md"))).unwrap();
    let (draft, model) = (load(&gold.draft), load(&gold.base));
    let cat = reiki::catalog::load_file(Path::new(&format!("catalogs/{catalog}.yaml"))).unwrap();
    let cache = TokenCache::new();
    let (ad, am) = (TextAnalysis::build(&draft, &cache), TextAnalysis::build(&model, &cache));
    let (rd, rm) = (align::coverage(&draft, &cat, &ad), align::coverage(&model, &cat, &am));
    let corr = align::correspond(&ad, &am, &[rd], &[rm]);
    let mut misses = PairMisses::default();
    for (ours, want) in &gold.counterparts {
        let id = &draft.article_by_label(ours).unwrap_or_else(|| panic!("{draft_id}: no {ours}")).id;
        let got: Vec<String> = corr
            .matches
            .iter()
            .find(|m| &m.a_article == id)
            .map(|m| m.b_articles.iter().map(|b| model.article(&b.article_id).unwrap().label.clone()).collect())
            .unwrap_or_default();
        let right = match got.first() {
            None => want.is_empty(),
            Some(first) => want.contains(first) && want.iter().all(|w| got.contains(w)),
        };
        if !right {
            misses.counterparts.push(format!("{ours} → {got:?} (key {want:?})"));
        }
    }
    let left_out: Vec<String> = corr.unmatched_b.iter().map(|id| model.label_and_caption(id).0).collect();
    misses.base_only = gold
        .base_only
        .iter()
        .filter(|l| !left_out.contains(l))
        .map(|l| format!("{l} paired"))
        .chain(left_out.iter().filter(|l| !gold.base_only.contains(l)).map(|l| format!("{l} left out")))
        .collect();
    let renamed = reiki::analyze::definitions::renamed_terms(&model, &draft);
    for (ours, change) in &gold.changes {
        let (a, b) = (model.article_by_label(&change.base).unwrap(), draft.article_by_label(ours).unwrap());
        let flags = reiki::analyze::flags::without_renamed(reiki::analyze::flags::compare_articles(a, b), &renamed);
        let flagged: std::collections::BTreeSet<&str> = flags.iter().map(|f| reader_kind(f.kind)).collect();
        let pair = format!("{} → {ours}", change.base);
        for k in &change.kinds {
            if !flagged.contains(k.as_str()) {
                misses.missed.push((pair.clone(), k.clone()));
            }
        }
        for k in flagged.iter().filter(|k| !change.kinds.iter().any(|w| w == *k)) {
            misses.extra.push((pair.clone(), k.to_string()));
        }
    }
    for list in [&mut misses.counterparts, &mut misses.base_only] {
        list.sort();
    }
    misses.missed.sort();
    misses.extra.sort();
    misses
}

/// (「model → draft」, kind) pairs, for the expected lists below.
fn kinds(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(pair, kind)| (pair.to_string(), kind.to_string())).collect()
}

/// Use 1 measured on rules written blind (tests/variants/README.md,
/// *Thirty-eighth round*): 長峰町's draft from 藤ヶ崎市's rule (33 articles,
/// 32 pairs, 28 changes of substance in its key) and 楓山町's from 鷺沢市's
/// (32 articles, 30 pairs, 32 changes), then 萩野町's from 柚木野's (below). First run: 条文対応表 32/33 and
/// 31/32 (楓山町 第5条 read as 鷺沢市 第8条, whose 項 it took in, and
/// 鷺沢市 第5条 shown as left out); flags found 16 of 28 and 22 of 32,
/// with 3 and 1 kinds the keys do not name. Now 32/33 and 32/32, 22 of 28
/// and 29 of 32, 3 and 1. What is left, each read:
#[test]
fn drafts_written_blind_against_their_models() {
    let nagamine = pair_misses("nagamine-kanri-kitei-an", "ppc-shishin");
    assert_eq!(
        nagamine,
        PairMisses {
            // 第8条第2項 is 藤ヶ崎市 第10条第3項 moved in (cosine 0.72),
            // though 第10条 answers the draft's 第9条 too: listed since the
            // forty-second round reads a 項 moved in from an article another
            // one answers.
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // 誤送付・誤交付 → also 誤送信・誤掲載: what is prevented, widened.
                ("第14条 → 第13条", "scope-changed"),
                // 「５年間保存」 in a new 項 beside another new 項 (the
                // 記載事項 left to 別に定める): B does not keep all of A's 項.
                ("第16条 → 第15条", "quantity-changed"),
                // 第3項 (提供 to 行政機関等) dropped.
                ("第25条 → 第25条", "scope-changed"),
                // The weakened check and its 年1回以上 are in the 項 joined
                // in from 第27条; the key names 第26条.
                ("第26条 → 第26条", "duty-weakened"),
                ("第26条 → 第26条", "quantity-changed"),
                // A ただし書 letting the 町長 appoint another 職員.
                ("第4条 → 第4条", "role-changed"),
            ]),
            extra: kinds(&[
                // The 5 号 of the 台帳 left to 別に定める: dropped indeed.
                ("第16条 → 第15条", "items-changed"),
                // 第17条 split in two: the password rule's 見直し (in a
                // parenthesis) went to 第16条 with its 項, and the row of the
                // other half reads it as dropped.
                ("第17条 → 第17条", "scope-changed"),
                // 暗号化 laid on the 管理責任者 where 職員 did it.
                ("第20条 → 第20条", "role-changed"),
                // 監視設備 → 監視設備等.
                ("第23条 → 第24条", "scope-changed"),
            ]),
        }
    );
    let kaedeyama = pair_misses("kaedeyama-tokutei-kitei-an", "mynumber-anzen");
    assert_eq!(
        kaedeyama,
        PairMisses {
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // A 項 with a duty added (定期に及び随時に分析する): no flag
                // names a duty added or gone, only its values.
                ("第11条 → 第11条", "duty-strengthened"),
                ("第14条 → 第14条", "duty-strengthened"),
                // The carrying measures laid on every 職員, not the
                // 事務取扱担当者 alone: no flag reads a wider actor as a wider
                // scope (found until the forty-second round only through a
                // false one — 「…場合を含む」 → 「…ときを含む」 read as an
                // inclusion gone).
                ("第19条 → 第20条", "scope-changed"),
                // In 第22条's 項 joined in from 鷺沢市 第22条.
                ("第21条 → 第22条", "role-changed"),
            ]),
            // 紛失等 → 紛失.
            extra: kinds(&[("第18条 → 第19条", "scope-changed")]),
        }
    );
    // Written blind after the round's rules, out of sample for them: 萩野町's
    // 要綱 draft from 柚木野地域広域連合's (kanji article numbers). First run:
    // 条文対応表 27/28, flags 20 of 26 with 5 kinds its key does not name;
    // then 21 of 26 with 3, once 一回 and 1回 were one value, a ただし書 that
    // lets the act be left out (省略することができる) an exception and a
    // 広域連合長 the head of its body as a 町長 is; 22 of 26 once a
    // definition of 職員 naming 派遣労働者 was a scope change.
    let hagino = pair_misses("hagino-hogo-yoko-an", "ppc-shishin");
    assert_eq!(
        hagino,
        PairMisses {
            // (第21条第5項, 柚木野 第15条第2項 moved in though 第15条
            // answers the draft's 第15条 too, is listed since the
            // forty-second round, as 長峰町 第8条's.)
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // (年1回以上・原則実地検査 → 必要に応じ, a condition, not an
                // ending: found since the thirty-ninth round.)
                // The committee 必要があると認めるときは設ける → 置く, and
                // its members named.
                ("第7条 → 第6条", "duty-strengthened"),
                ("第7条 → 第6条", "role-changed"),
                // 教育研修 for the system's staff 「…の定めるところにより行う」:
                // the act still laid down, its content handed over.
                ("第8条 → 第7条", "delegated"),
            ]),
            extra: kinds(&[
                // The (…委託を含む) of the 項 moved out and in.
                ("第15条 → 第15条", "scope-changed"),
                ("第22条 → 第21条", "scope-changed"),
                // 連絡等 → 連絡.
                ("第25条 → 第23条", "scope-changed"),
            ]),
        }
    );
    // The thirty-ninth round's two pairs, written blind (霞野市 → 七瀬町's
    // draft, 指針; 橘野市 → 熊野原地区介護保険組合's draft, 別添1). First
    // run: 条文対応表 33/35 and 31/34; flags 26 of 35 (3 kinds the key does
    // not name) and 28 of 35 (7); 27 of 35 for 七瀬町 once a duty taken
    // only when needed where the model takes it at fixed intervals was
    // flagged (also 萩野町's 第22条 → 第21条, above).
    let nanase = pair_misses("nanase-hogo-kitei-an", "ppc-shishin");
    assert_eq!(
        nanase,
        PairMisses {
            counterparts: vec![
                // (霞野市 第15条第3項 moved into 第18条, though 第15条
                // answers the draft's 第15条 too: listed since the
                // forty-second round.)
                // A new 指定管理者 article paired with the 保護管理者's.
                "第30条 → [\"第5条\"] (key [])".to_string(),
            ],
            base_only: vec![],
            missed: kinds(&[
                // パスワード等の管理 handed to the town's policy and its
                // 8文字・90日 gone with it: a 項 replaced by a reference.
                ("第20条 → 第19条", "delegated"),
                ("第20条 → 第19条", "quantity-changed"),
                // Split from 第21条第3項: 「必要に応じ…確認するものとする」 →
                // 「毎月1回以上確認しなければならない」 in a 項 of its own (its
                // 1年以上 found since the forty-first round, a paragraph's
                // sole sentence compared with its counterpart's).
                ("第21条 → 第21条", "duty-strengthened"),
                // The 連携先 in 第3項, 情報システム管理者 → 総務課長.
                ("第4条 → 第5条", "role-changed"),
                // A standing committee → a 会議 held when needed, its
                // 毎年度2回以上 and members changed.
                ("第8条 → 第8条", "quantity-changed"),
                ("第8条 → 第8条", "role-changed"),
                // The system staff's 研修 (第2項) dropped.
                ("第9条 → 第9条", "scope-changed"),
            ]),
            extra: kinds(&[
                // The acting office of the split 項: 情報システム管理者 →
                // 保護管理者 (the key names only the frequency).
                ("第21条 → 第21条", "role-changed"),
                // 「…を除き」 rewritten as a ただし書 of the same scope: a
                // trap its writer set.
                ("第24条 → 第24条", "duty-weakened"),
                // 副市長（2人） → 副町長: a number dropped with the office.
                ("第3条 → 第4条", "quantity-changed"),
            ]),
        }
    );
    let kumano = pair_misses("kumano-kumiai-tokutei-kitei-an", "mynumber-anzen");
    assert_eq!(
        kumano,
        PairMisses {
            counterparts: vec![
                // Split from 橘野市 第8条; 第19条 (the 台帳) shares its words.
                "第10条 → [\"第19条\", \"第8条\"] (key [\"第8条\"])".to_string(),
                // (第23条第3項 moved in, though 第23条 answers the draft's
                // 第24条: listed since the forty-second round.)
                // A new 基本方針 (the 構成市町村's followed) paired with 趣旨.
                "第3条 → [\"第1条\"] (key [])".to_string(),
            ],
            base_only: vec![],
            missed: kinds(&[
                // Joined in from 第13条: 派遣元の構成市町村の長 notified.
                ("第10条 → 第12条", "role-changed"),
                // The 統括責任者 supervises too.
                ("第11条 → 第13条", "role-changed"),
                // 研修 added for the system's staff (第2項).
                ("第12条 → 第14条", "scope-changed"),
                // 持出し taken out of the 管理責任者の指示 list: 統括責任者の承認.
                ("第17条 → 第18条", "role-changed"),
                // Two 号 added to the 台帳 and a prohibition in a new 項.
                ("第19条 → 第20条", "duty-strengthened"),
                // 特定個人情報ファイル → 特定個人情報等.
                ("第27条 → 第27条", "scope-changed"),
                // The 再発防止策 now reported to the member towns' heads: found
                // until the forty-fourth round only through 市長 → 管理者,
                // which the key calls one office (the heads of the two bodies).
                ("第28条 → 第29条", "role-changed"),
                // The 監査責任者 reported to as well.
                ("第9条 → 第11条", "role-changed"),
            ]),
            extra: kinds(&[
                // 執務時間外 → 勤務時間外.
                ("第16条 → 第17条", "scope-changed"),
                // The 号 taken out into a 項, and the 項 moved in (「庁舎内の
                // 移動」) read on both sides.
                ("第17条 → 第18条", "items-changed"),
                ("第17条 → 第18条", "scope-changed"),
                ("第23条 → 第24条", "duty-weakened"),
                ("第23条 → 第24条", "scope-changed"),
                // 複数の → 2人以上の, the same.
                ("第8条 → 第9条", "quantity-changed"),
            ]),
        }
    );
    // The fortieth round's blind pair: 桔梗台市教育委員会's draft from
    // 小百合市's 規程 (roles moved to the 教育長 and 学校長, a join, a split,
    // a moved 項, five traps). First run: 条文対応表 36/37, flags right on
    // 22 of 33 pairs; 23 once a span of years was one of months (1年間 =
    // 12月間, a trap); 24 once a 項 added to hand over a matter the model
    // lays down (the バックアップ's 分散保管) was a delegation.
    let kikyodai = pair_misses("kikyodai-kyoiku-kitei-an", "ppc-shishin");
    assert_eq!(
        kikyodai,
        PairMisses {
            // (第25条第3項, 小百合市 第14条第2項 moved in though 第14条
            // answers the draft's 第15条, is listed since the forty-second
            // round, as 長峰町 第8条's.)
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // A ただし書 taking schools' input of 成績・出欠 out of the
                // check: read as a weakening (below), not a scope.
                ("第26条 → 第28条", "scope-changed"),
                // 公表・本人への連絡 made できる in the 項 joined in from 第32条.
                ("第31条 → 第33条", "duty-weakened"),
                // 「…基準等を参考として」 → 「…ポリシーの定めるところにより」.
                ("第3条 → 第3条", "delegated"),
                // 校長 for schools and the 教頭 who may act: offices of the
                // same rank, read as one.
                ("第5条 → 第5条", "role-changed"),
            ]),
            extra: kinds(&[
                // 規程 → 規程等.
                ("第11条 → 第10条", "scope-changed"),
                // A reworded ただし書 of the same scope (a trap): its
                // 「…これに代えることができる」 read against a duty.
                ("第16条 → 第17条", "duty-strengthened"),
                // 防止等 → 防止, and a parenthesis 「（…事項を含む。）」.
                ("第18条 → 第20条", "scope-changed"),
                ("第26条 → 第28条", "duty-weakened"),
                // 総括保護管理者 → 教育長, the same person by 第4条 (a trap).
                ("第33条 → 第34条", "role-changed"),
                // 「１人又は複数人を指定する」 dropped with the 担当者 made a
                // power: the key names the weakening only.
                ("第6条 → 第6条", "quantity-changed"),
            ]),
        }
    );
    // The round's second batch's 別添1 pair, written blind after its
    // first rules: 雪見町's draft from 白峰県's 規程 (kanji numerals → digits,
    // roles moved to the 副町長 and 課長, a join, a split, a moved 項). First
    // run: 条文対応表 33/34, flags right on 22 of 31 pairs, no change made
    // for it.
    let yukimi = pair_misses("yukimi-tokutei-kitei-an", "mynumber-anzen");
    assert_eq!(
        yukimi,
        PairMisses {
            // 保護評価, new: paired with the 監査 articles until the
            // forty-second round asked C-e's report of the 総括 role.
            counterparts: vec![],
            // A row of the model's 別表 of 事務, which the draft replaced.
            base_only: vec!["別表の4行目 left out".to_string()],
            missed: kinds(&[
                // A 号 of training added (番号法第29条の2): no flag names a
                // duty added, only its values.
                ("第10条 → 第9条", "duty-strengthened"),
                // The 別表 of 事務 replaced: its rows are not the article's.
                ("第13条 → 第13条", "scope-changed"),
                // The 台帳's matters, left to 別に定める, now eight 号.
                ("第17条 → 第17条", "duty-strengthened"),
                ("第17条 → 第17条", "items-changed"),
                // The 総括責任者 no longer named among those who supervise
                // (its 総務部次長 → 総務課長 is flagged since the forty-second
                // round compares an appointed office as a post).
                ("第9条 → 第8条", "role-changed"),
            ]),
            extra: kinds(&[
                // 「…を除き、提供してはならない」 → 「…提供してはならない。ただし、
                // …この限りでない」, the same (a trap): read both ways.
                ("第15条 → 第15条", "duty-strengthened"),
                ("第15条 → 第15条", "duty-weakened"),
                // 盗難又は紛失等 → 盗難…又は紛失.
                ("第20条 → 第20条", "scope-changed"),
                // A ただし書 rewritten as 「（…を除く。）」 of the same scope (a trap).
                ("第21条 → 第22条", "duty-strengthened"),
                // The ten defined terms renumbered 一 → （１）, the 所属 → 課等.
                ("第2条 → 第2条", "items-changed"),
            ]),
        }
    );
    // The forty-first round's blind pair, 雛森町's draft from 雲雀野地域広域
    // 連合's 規程 (a split, two joins, a 項 moved, roles moved to the 副町長
    // and 企画財政課長). First run: 条文対応表 37/39, flags right on 27 of
    // 37 pairs (one kind more found since, 第15条's duty-strengthened).
    // The round's third batch's 別添1 pair, written blind after both
    // batches' rules: 笹川町's draft from 朱鷺野県's 規程 (a join, a split,
    // a 項 moved, roles to the 副町長 and 総務課長). First run: 条文対応表
    // 36/37, flags right on 22 of 35 pairs; no change made for it.
    let sasagawa = pair_misses("sasagawa-tokutei-kitei-an", "mynumber-anzen");
    assert_eq!(
        sasagawa,
        PairMisses {
            // (第20条第2項, 朱鷺野県 第8条第3項 moved without change, is
            // listed since the forty-second round.)
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // The ファイル簿 moved from the 税務課長 to the 総務課長.
                ("第19条 → 第17条", "role-changed"),
                // 税務 → every 課等 in the definitions.
                ("第2条 → 第2条", "scope-changed"),
                // The 対策基準's measures written out as the draft's own.
                ("第30条 → 第29条", "duty-strengthened"),
                // Storage encryption only for media taken out of the 庁舎.
                ("第31条 → 第30条", "scope-changed"),
                // 税務所属 → 課等 for the 保護責任者.
                ("第6条 → 第6条", "scope-changed"),
                // A システム管理者 named by the 税務課長 → the 総務課長.
                ("第9条 → 第9条", "role-changed"),
            ]),
            extra: kinds(&[
                ("第13条 → 第12条", "scope-changed"),
                ("第17条 → 第15条", "items-changed"),
                ("第27条 → 第26条", "duty-strengthened"),
                ("第2条 → 第2条", "items-changed"),
                ("第32条 → 第31条", "scope-changed"),
                ("第33条 → 第32条", "quantity-changed"),
                ("第6条 → 第6条", "role-changed"),
                ("第8条 → 第8条", "scope-changed"),
            ]),
        }
    );
    let hinamori = pair_misses("hinamori-kitei-an", "ppc-shishin");
    assert_eq!(
        hinamori,
        PairMisses {
            counterparts: vec![
                // (第27条第3項, 第15条第3項 moved without change, is listed
                // since the forty-second round, as 長峰町 第8条's.)
                // New (the 町's 個人番号 article, a reference only), paired
                // with the model's 提供 article.
                "第38条 → [\"第19条\"] (key [])".to_string(),
            ],
            base_only: vec![],
            missed: kinds(&[
                // 郵送 only → 郵送・窓口・電子メール・ホームページ (its 努める →
                // a duty found since 講じる and 講ずる are one verb).
                ("第16条 → 第15条", "scope-changed"),
                // 職員's encryption for 要配慮個人情報 only.
                ("第26条 → 第27条", "scope-changed"),
                // The 点検 of two named heads' 審査資料 → every 課等's.
                ("第38条 → 第37条", "scope-changed"),
            ]),
            extra: kinds(&[
                // The 台帳 left to 別に定める (the key: delegated, found too).
                ("第18条 → 第17条", "duty-weakened"),
                ("第18条 → 第17条", "scope-changed"),
                // A split: the 項 left behind read against the whole.
                ("第25条 → 第26条", "quantity-changed"),
                ("第25条 → 第26条", "scope-changed"),
                ("第28条 → 第29条", "duty-strengthened"),
                // 構成町村 dropped from the definitions with its article.
                ("第2条 → 第2条", "items-changed"),
                // The 点検 by every 保護責任者 (the key: scope; its writer
                // grants role).
                ("第38条 → 第37条", "role-changed"),
                // 「１人置き」 → the head of each 課等; 「１人以上指定する」 →
                // 指定することができる: a count on one side only.
                ("第5条 → 第5条", "quantity-changed"),
                ("第6条 → 第6条", "quantity-changed"),
            ]),
        }
    );
    // The forty-second round's blind pair: 蛍火町教育委員会's draft from
    // 霞浦県教育委員会's 規程 (a town following a prefecture: offices it has
    // not dropped or renamed, articles joined and split, a 項 moved). First
    // run: 条文対応表 40/41 (41/41 once a 項 moved in from an article that
    // answers another was listed), flags right on 9 of 15 kinds with 4 its key does
    // not name (one of them 「…場合を含む」 → 「…ときを含む」 read as an
    // inclusion gone); 11 of 15 with 2 once an appointed office was compared
    // as a post (教育次長 → 教育長, 教育総務課長 → 教育課長補佐) and a case
    // included by 場合 or とき as one.
    let hotarubi = pair_misses("hotarubi-kyoiku-kitei-an", "ppc-shishin");
    assert_eq!(
        hotarubi,
        PairMisses {
            // (第11条第2項, the model's 第14条第3項 moved without change, is
            // listed: the 項 moved in that its first run missed.)
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // The connection limit for 校務支援システムの端末 only (the
                // coverage reads it: 5-9 △).
                ("第27条 → 第26条", "scope-changed"),
                // The incident reported to, and the 公表 reported to, the
                // 教育委員会 for the 教育長: a board is no office the role
                // flags read.
                ("第37条 → 第35条", "role-changed"),
                ("第38条 → 第36条", "role-changed"),
                // The system staff's training dropped with its 項.
                ("第9条 → 第8条", "scope-changed"),
            ]),
            extra: kinds(&[
                // The 記録 left to 別に定める: delegated (found) and weakened.
                ("第17条 → 第17条", "duty-weakened"),
                // 「処理を行うため複製等を行う」 → 「処理のために…複製を行う」:
                // 等 dropped, read since ため ends a clause (the forty-fourth
                // round), no longer taken into the term ため複製等.
                ("第25条 → 第24条", "scope-changed"),
                // The exception 「保護管理者が必要と認めるときを除き」 →
                // 「教育長の承認を得た場合を除き」: stricter, as its role.
                ("第28条 → 第27条", "duty-strengthened"),
            ]),
        }
    );
    // The forty-third round's blind pair: 白山村's 要綱 draft from 月影県's
    // (a village joining the prefecture's roles, leaving out the audit, a
    // 項 moved). First run: 条文対応表 39/39 and the four left out found;
    // flags 8 of its key's 10 kinds with 8 it does not name; 8 of 10 with 5
    // once an inclusion worded as a matter or an act (「…に関する事項を
    // 含む」, 「…に対応することを含む」) was read as the thing included, an
    // inclusion within a matter handed to another rule was none, and
    // 「複数指定する」 was two or more people; 8 of 10 with 4 once the
    // terms each 定義条 defines in the same 号 under two names were read as
    // one (所属長 → 課長等).
    let shiroyama = pair_misses("shiroyama-mura-kanri-yoko-an", "ppc-shishin");
    assert_eq!(
        shiroyama,
        PairMisses {
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // The cases of 誤送付等 cut to mail and the counter (誤送信
                // and 誤掲載 dropped): no flag reads a list of cases cut.
                ("第15条 → 第13条", "scope-changed"),
                // The 評価 based on 「前条の自己点検の結果等」 where the model
                // said 「監査又は点検の結果等」.
                ("第41条 → 第37条", "scope-changed"),
            ]),
            extra: kinds(&[
                // 施錠等 → 施錠, 読取防止等 → 読取りを防止する: 等 dropped.
                ("第14条 → 第12条", "scope-changed"),
                ("第20条 → 第17条", "scope-changed"),
                ("第28条 → 第26条", "scope-changed"),
                // The units renamed in the definitions (所属 → 課等, 所属長 →
                // 課長等): a 号 replaced. (The appointee 所属長 → 課長等 is
                // no role change once the two 定義条 are read side by side:
                // `definitions::renamed_terms`.)
                ("第2条 → 第2条", "items-changed"),
            ]),
        }
    );
    // The forty-fourth round's blind pair: 夕凪町's 要綱 draft from 朧月県's
    // (44 articles each; articles left out, joined, split, a 項 moved,
    // 所属 → 課等 renamed; nine kinds of change in its key). First run:
    // 条文対応表 44/44 and the three left out found; flags 7 of 9 with 7
    // kinds its key does not name; 8 of 9 with 3 once a compound of a
    // renamed term (所属の長 → 課等の長) was the renamed role, 必要に応じて
    // the same words as 必要に応じ, ため no part of a term, and an audit
    // made a self-check a weakened duty.
    let yunagi = pair_misses("yunagi-cho-hogo-yoko-an", "ppc-shishin");
    assert_eq!(
        yunagi,
        PairMisses {
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[
                // 「原則として実地の監査により確認」 → the contractor's own
                // 自己点検 reported in writing: the check weakened is flagged
                // (since the forty-fourth round), the contractor acting in the
                // 保護管理者's place is not.
                ("第35条 → 第35条", "role-changed"),
            ]),
            extra: kinds(&[
                // 設定 → 設定等, 防止等 → 防止.
                ("第18条 → 第18条", "scope-changed"),
                // 「副知事が２人以上あるときは…」 dropped with the second deputy.
                ("第3条 → 第3条", "quantity-changed"),
                // 総務部法務文書課長 → 総務課長: the key calls it the same
                // office of each body; reiki cannot know.
                ("第7条 → 第7条", "role-changed"),
            ]),
        }
    );
    // The forty-fourth round's second blind pair, on 別添1: 霜月村's draft
    // from 朝霞野県市町村総合事務組合's 規程 (37 and 36 articles; joined,
    // split, a 項 moved, 所属 → 課等 and 管理者 → 村長 as wording; nine
    // kinds of change in its key). First run: 条文対応表 34/37, the two
    // left out found; flags 7 of 9 kinds with 11 its key does not name; 7
    // with 7 once the heads of the two bodies were one office (the 組合's
    // 管理者 → 村長, four of them).
    let shimotsuki = pair_misses("shimotsuki-mura-tokutei-kitei-an", "mynumber-anzen");
    assert_eq!(
        shimotsuki,
        PairMisses {
            counterparts: vec![
                // The draft's own 窓口 articles read as the model's nearest
                // (第8条 the 定義's and 第8条's words, 第13条 the 取得's).
                "第13条 → [\"第13条\"] (key [])".to_string(),
                "第8条 → [\"第2条\", \"第8条\"] (key [])".to_string(),
                // 第12条第5項 moved in, not found.
                "第9条 → [\"第10条\"] (key [\"第10条\", \"第12条\"])".to_string(),
            ],
            base_only: vec![],
            missed: kinds(&[
                // The 監査責任者's audit → a check by the same 課等: the key
                // calls it a role change; the check-method flag reads only
                // 自己点検 (its 「点検」 by the 保護責任者 names no self).
                ("第26条 → 第25条", "role-changed"),
                // Encryption at rest only for media taken outside.
                ("第34条 → 第33条", "scope-changed"),
            ]),
            extra: kinds(&[
                ("第17条 → 第17条", "scope-changed"),
                ("第17条 → 第18条", "quantity-changed"),
                // The 台帳's 号 left to 別に定める (delegated, found).
                ("第21条 → 第21条", "items-changed"),
                ("第26条 → 第25条", "scope-changed"),
                ("第2条 → 第2条", "items-changed"),
                // スマートフォン → スマートフォン等.
                ("第30条 → 第29条", "scope-changed"),
                ("第8条 → 第7条", "role-changed"),
            ]),
        }
    );
    // The forty-fifth round's blind pair: 三葉町's draft from 梢県's 規程
    // (45 and 44 articles; the 県's 地方機関 article left out, 第42条 joined
    // into the 目的, a 項 moved, two splits; 知事 → 町長 as wording; 20
    // kinds of change in its key). First run: 条文対応表 43/45, one of the
    // two left out found; flags 14 of 20 kinds, 6 its key does not name;
    // 15 of 20 since a term the draft defines as a kind of the model's
    // (住民記録システム（…情報システムをいう。）) narrows its scope.
    let mitsuba = pair_misses("mitsuba-hoyu-kojinjoho-kanri-kitei-an", "ppc-shishin");
    assert_eq!(
        mitsuba,
        PairMisses {
            counterparts: vec![
                // The 趣旨 became a 目的 holding 第42条's サイバーセキュリティ
                // as its purpose: read as 第42条 alone.
                "第1条 → [\"第42条\"] (key [\"第1条\", \"第42条\"])".to_string(),
                // 第14条第3項 moved in, not found.
                "第28条 → [\"第25条\"] (key [\"第25条\", \"第14条\"])".to_string(),
            ],
            base_only: vec!["第1条 left out".to_string()],
            missed: kinds(&[
                // Both versions leave something to 別に定める: the 台帳 kept
                // by each 保護管理者 → matters the 総務課長 lays down reads
                // as a duty weakened, not as delegated to another office.
                ("第17条 → 第18条", "delegated"),
                ("第17条 → 第18条", "role-changed"),
                // 法務文書課(長) → 総務課(長): units of two bodies.
                ("第19条 → 第19条", "role-changed"),
                ("第1条 → 第1条", "duty-weakened"),
                // 本人への連絡 added to the 公表.
                ("第38条 → 第41条", "duty-strengthened"),
            ]),
            extra: kinds(&[
                ("第14条 → 第15条", "scope-changed"),
                ("第17条 → 第18条", "duty-weakened"),
                ("第20条 → 第21条", "scope-changed"),
                ("第25条 → 第28条", "scope-changed"),
                // 一人又は複数 dropped with the duty (duty-weakened, found).
                ("第5条 → 第5条", "quantity-changed"),
                ("第8条 → 第8条", "quantity-changed"),
            ]),
        }
    );
    // The round's last pair, written blind after all its rules and measured
    // once, on 別添1: 星川村's draft from 青波市's 規程 (37 and 40 articles;
    // the 部 level, the 基本方針 article and the article on handling abroad
    // left out, two joins, a split, a 項 moved; 22 kinds of change in its
    // key, two of them made only by a 附則 and keyed on the article):
    // 条文対応表 36/37, two of the three left out found; flags 13 of 22 with
    // 8 its key does not name.
    let hoshikawa = pair_misses("hoshikawa-tokutei-kojinjoho-toriatsukai-kitei-an", "mynumber-anzen");
    assert_eq!(
        hoshikawa,
        PairMisses {
            // The draft's 趣旨 names the 基本方針: read with the model's 第4条.
            counterparts: vec!["第1条 → [\"第4条\", \"第1条\"] (key [\"第1条\"])".to_string()],
            base_only: vec!["第4条 paired".to_string()],
            missed: kinds(&[
                ("第10条 → 第8条", "duty-weakened"),
                ("第13条 → 第10条", "role-changed"),
                ("第21条 → 第18条", "duty-weakened"),
                ("第24条 → 第21条", "duty-strengthened"),
                // Changed only by a 附則 (the draft's suspending 第22条第2項
                // 第1号, the model's 第27条第2項 gone), keyed on the article.
                ("第25条 → 第22条", "duty-weakened"),
                ("第27条 → 第24条", "duty-strengthened"),
                ("第32条 → 第29条", "role-changed"),
                ("第36条 → 第33条", "role-changed"),
                ("第8条 → 第6条", "role-changed"),
            ]),
            extra: kinds(&[
                ("第20条 → 第17条", "scope-changed"),
                ("第22条 → 第19条", "items-changed"),
                ("第26条 → 第23条", "scope-changed"),
                ("第27条 → 第24条", "scope-changed"),
                ("第29条 → 第26条", "scope-changed"),
                ("第36条 → 第33条", "quantity-changed"),
                ("第5条 → 第4条", "quantity-changed"),
                ("第7条 → 第5条", "scope-changed"),
            ]),
        }
    );
    // The forty-sixth round's blind pair on the 指針: 早瀬町's draft from
    // 雪代市's 規程 (44 articles each; the article on handling abroad left
    // out, two joins, two splits, a new 窓口 article, a 項 moved; 15 kinds
    // of change in its key). First run: 条文対応表 43/44 (the new article
    // read as the model's 第15条); the one left out found; flags 10 of 15,
    // with 6 its key does not name; 11 of 15 since an office qualified by a
    // parenthesis (「副市長（…市長が指名する副市長）をもって充てる」) is read
    // as appointed, and 所属の長 and 課等の長 as one post.
    let hayase = pair_misses("hayase-hoyu-kojinjoho-kanri-kitei-an", "ppc-shishin");
    assert_eq!(
        hayase,
        PairMisses {
            counterparts: vec!["第14条 → [\"第15条\"] (key [])".to_string()],
            base_only: vec![],
            missed: kinds(&[
                ("第21条 → 第19条", "scope-changed"),
                ("第26条 → 第24条", "scope-changed"),
                ("第31条 → 第30条", "delegated"),
                ("第32条 → 第31条", "scope-changed"),
            ]),
            extra: kinds(&[
                ("第26条 → 第24条", "duty-weakened"),
                ("第31条 → 第30条", "quantity-changed"),
                ("第34条 → 第33条", "quantity-changed"),
                ("第35条 → 第34条", "quantity-changed"),
                ("第36条 → 第36条", "quantity-changed"),
                ("第4条 → 第3条", "quantity-changed"),
            ]),
        }
    );
    // The round's second batch's 別添1 pair, written blind after its first
    // rules and measured once: 小鹿村's draft from 椿山市's 規程 (38 and 35
    // articles; units collapsed to three 課, the 保護評価 article left out,
    // two new articles, a 項 moved; 14 kinds of change in its key, one made
    // by a 附則). First run: 条文対応表 35/35, the one left out found; flags
    // 12 of 14, with 4 its key does not name.
    let ojika = pair_misses("ojika-tokutei-anzen-kanri-kitei-an", "mynumber-anzen");
    assert_eq!(
        ojika,
        PairMisses {
            counterparts: vec![],
            base_only: vec![],
            missed: kinds(&[("第23条 → 第19条", "duty-weakened"), ("第5条 → 第5条", "duty-weakened")]),
            extra: kinds(&[
                ("第10条 → 第8条", "duty-weakened"),
                ("第17条 → 第14条", "items-changed"),
                ("第19条 → 第16条", "duty-weakened"),
                ("第5条 → 第5条", "role-changed"),
            ]),
        }
    );
}
