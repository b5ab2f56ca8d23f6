//! Seed 004: 龍ヶ崎市コンピュータ等運用管理規程 第12条, 改正前 → 改正後, and
//! 改め文 written by hand applied to it (溶け込み) and checked.
use reiki::amend::{apply::apply, check::check, kaimebun::generate, provisions_text, without_whitespace};
use reiki::parse::load_file;

fn versions() -> (reiki::model::Regulation, reiki::model::Regulation) {
    let old = load_file("regulations/ryugasaki-computer-kitei-kaiseimae.md".as_ref()).unwrap();
    let new = load_file("regulations/ryugasaki-computer-kitei-kaiseigo.md".as_ref()).unwrap();
    (old, new)
}

#[test]
fn article_12_kaimebun_and_round_trip() {
    let (old, new) = versions();
    let km = generate(&old, &new).unwrap();
    assert_eq!(km.title, "コンピュータ等運用管理規程の一部を改正する規程");
    let sentences: Vec<&str> = km.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        sentences,
        vec!["第12条第2項中「前項」を「職員は、前項」に改め、「勤務時間中は」を「勤務時間中に私用で」に改める。"]
    );
    let applied = apply(&old, &km.to_text()).unwrap();
    assert_eq!(without_whitespace(&provisions_text(&applied)), without_whitespace(&provisions_text(&new)));
}

#[test]
fn hand_written_amendment_applies_with_full_width_and_kanji_numbers() {
    let (old, new) = versions();
    // As an office would type it: 第十二条, 第２項, the 題名 and 附則 around it.
    let text = [
        "コンピュータ等運用管理規程の一部を改正する訓令",
        "コンピュータ等運用管理規程（平成20年龍ヶ崎市訓令第5号）の一部を次のように改正する。",
        "第十二条第２項中「前項ただし書」を「職員は、前項ただし書」に改め、「勤務時間中は」を「勤務時間中に私用で」に改める。",
        "　　　附　則",
        "この訓令は、令和7年4月1日から施行する。",
    ]
    .join("\n");
    let text = text.as_str();
    let applied = apply(&old, text).unwrap();
    assert_eq!(without_whitespace(&provisions_text(&applied)), without_whitespace(&provisions_text(&new)));
    assert!(check(&old, &new, text).is_empty());
}

#[test]
fn an_amendment_that_does_not_apply_names_the_sentence() {
    let (old, _) = versions();
    let absent = apply(&old, "第12条中「勤務時間外は」を「勤務時間中に私用で」に改める。\n").unwrap_err().to_string();
    assert_eq!(absent, "改め文 1行「第12条中「勤務時間外は」を「勤務時間中に私用で」に改める。」: 第12条に「勤務時間外は」がありません");
    // 「A」を「B」に改める changes every A in the place it names, as
    // 法制執務 reads it (a drafter changing only one quotes its context).
    let twice = apply(&old, "第12条中「スマートフォン及びタブレット」を「携帯端末」に改める。\n").unwrap();
    let article = twice.articles().find(|a| a.label == "第12条").unwrap().text();
    assert_eq!((article.matches("携帯端末").count(), article.matches("タブレット").count()), (2, 0), "{article}");
    let missing = apply(&old, "題名\n\n第13条を削る。\n").unwrap_err().to_string();
    assert_eq!(missing, "改め文 3行「第13条を削る。」: 第13条がありません");
}

#[test]
fn check_reports_where_the_amendment_and_the_new_version_part() {
    let (old, new) = versions();
    // The drafter forgot the inserted subject 職員は、.
    let findings = check(&old, &new, "第12条中「勤務時間中は」を「勤務時間中に私用で」に改める。\n");
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].article, "第12条");
    assert!(findings[0].message.contains("改正後にだけ「職員は、」"), "{}", findings[0].message);
}
