//! `reiki kaimebun`, `reiki apply` and `reiki check-amendment` end to end on seed 004.
#[path = "support/cli.rs"]
mod cli;

const OLD: &str = "regulations/ryugasaki-computer-kitei-kaiseimae.md";
const NEW: &str = "regulations/ryugasaki-computer-kitei-kaiseigo.md";

fn reiki(args: &[&str]) -> (i32, String, String) {
    cli::run(cli::reiki_command().args(args))
}

#[test]
fn kaimebun_then_apply_then_check() {
    let (code, km, err) = reiki(&["kaimebun", OLD, NEW]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        km,
        "コンピュータ等運用管理規程の一部を改正する規程\n\nコンピュータ等運用管理規程の一部を次のように改正する。\n\
         第12条第2項中「前項」を「職員は、前項」に改め、「勤務時間中は」を「勤務時間中に私用で」に改める。\n\n附　則\n\
         この規程は、令和　年　月　日から施行する。\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kaimebun.txt");
    std::fs::write(&file, &km).unwrap();
    let file = file.to_str().unwrap();

    let (code, text, err) = reiki(&["apply", OLD, file]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("2　職員は、前項ただし書の規定により持ち込んだスマートフォン及びタブレットは、原則として、勤務時間中に私用で使用してはならない。"), "{text}");

    let (code, out, err) = reiki(&["check-amendment", OLD, NEW, file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.ends_with("改め文を適用すると改正後の本則と一致します\n"), "{out}");

    let (code, json, _) = reiki(&["kaimebun", OLD, NEW, "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["sentences"].as_array().unwrap().len(), 1);
    assert_eq!(v["supplementary"][0], "この規程は、令和　年　月　日から施行する。");
}

#[test]
fn a_wrong_amendment_is_reported_with_its_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wrong.txt");
    std::fs::write(&file, "第12条中「勤務時間中は」を「勤務時間外に」に改める。\n").unwrap();
    let file = file.to_str().unwrap();
    let (code, out, _) = reiki(&["check-amendment", OLD, NEW, file]);
    assert_eq!(code, 1);
    assert!(out.contains("第12条: 改め文を適用した結果が改正後と違います"), "{out}");

    std::fs::write(dir.path().join("absent.txt"), "第12条中「勤務時間外は」を「勤務時間中に」に改める。\n").unwrap();
    let (code, _, err) = reiki(&["apply", OLD, dir.path().join("absent.txt").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "改め文 1行「第12条中「勤務時間外は」を「勤務時間中に」に改める。」: 第12条に「勤務時間外は」がありません"
        ),
        "{err}"
    );
}
