use super::*;

#[test]
fn width_and_spacing_differences_are_not_changes() {
    let runs = diff("第１２条　職員は、（１）を行う。", "第12条 職員は、(1)を行う。");
    assert!(runs.iter().all(|r| r.kind == RunKind::Equal), "{runs:?}");
    // Equal text is shown as B wrote it.
    assert_eq!(runs[0].text, "第12条 職員は、(1)を行う。");
}

#[test]
fn scope_suffix_is_folded_but_real_changes_show() {
    // 上尾 第9条第2項 vs 龍ヶ崎 第10条第2項.
    let a = "アクセス権限を有しない職員は、保有個人情報等にアクセスしてはならない。";
    let b = "前項のアクセス権限を有しない職員等は、保有個人情報にアクセスしてはならない。";
    let runs = diff(a, b);
    assert_eq!(
        to_marked_text(&runs),
        "{+前項の+}アクセス権限を有しない職員等は、保有個人情報にアクセスしてはならない。"
    );
}

#[test]
fn role_change_reads_as_one_replacement() {
    let runs = diff(
        "監査責任者を一人置くこととし、総務部長をもって充てる。",
        "監査責任者は、総合政策部デジタル都市推進課長をもって充てる。",
    );
    let marked = to_marked_text(&runs);
    // The shared 、 between the two changes is folded in: one replacement.
    assert_eq!(
        marked,
        "監査責任者[-を一人置くこととし、総務部長-]{+は、総合政策部デジタル都市推進課長+}をもって充てる。"
    );
}

#[test]
fn particle_glue_between_changes_is_folded() {
    // 上尾 第34条第3項 vs 龍ヶ崎 第35条第3項 (tail).
    let a = "年１回以上、原則として実地検査又は入室が困難な場合は他の検査により確認するものとする。";
    let b = "実地検査又は書面による報告により確認することができる。";
    let runs = diff(a, b);
    let marked = to_marked_text(&runs);
    assert_eq!(
        marked,
        "[-年１回以上、原則として-]実地検査又は[-入室が困難な場合は他の検査-]{+書面による報告+}により確認する[-ものとする-]{+ことができる+}。"
    );
    // Adjacent runs of one kind are merged.
    assert!(runs.windows(2).all(|w| w[0].kind != w[1].kind));
}

#[test]
fn phrase_granularity_underlines_whole_bunsetsu() {
    let d = TokenDiff::new("勤務時間中は使用してはならない。", "勤務時間中に私用で使用してはならない。");
    let marked_old = to_marked_text(&d.a_runs(Granularity::Phrase));
    let marked_new = to_marked_text(&d.b_runs(Granularity::Phrase));
    assert_eq!(marked_old, "[-勤務時間中は-]使用してはならない。");
    assert_eq!(marked_new, "{+勤務時間中に私用で+}使用してはならない。");
}

#[test]
fn deletion_slides_to_the_bracketed_aside() {
    // 上尾 第34条第1項第8号 vs 龍ヶ崎 第35条第1項第8号.
    let a = "監査等に関する事項（再委託先の監査等に関する事項を含む。）";
    let b = "監査等に関する事項";
    assert_eq!(to_marked_text(&diff(a, b)), "監査等に関する事項[-（再委託先の監査等に関する事項を含む。）-]");
}

#[test]
fn split_deletion_is_merged_into_one_block() {
    let a = "把握するための監査等に関する事項（再委託先の監査等に関する事項を含む。）\n2　保有";
    let b = "把握するための監査等に関する事項\n2　保有";
    assert_eq!(
        to_marked_text(&diff(a, b)),
        "把握するための監査等に関する事項[-（再委託先の監査等に関する事項を含む。）-]\n2　保有"
    );
}

#[test]
fn deletions_split_by_a_comma_join_up() {
    let a = "管理の状況について、年１回以上、原則として実地検査又は";
    let b = "管理の状況について、実地検査又は";
    assert_eq!(to_marked_text(&diff(a, b)), "管理の状況について、[-年１回以上、原則として-]実地検査又は");
}

#[test]
fn norm_text_maps_back_to_original() {
    let t = NormText::new("年１回以上、　原則");
    let at = t.norm.find("1回").unwrap();
    assert_eq!(t.orig(at..at + "1回".len()), "１回");
}

#[test]
fn bounds_hold_and_rule_out_unrelated_sentences() {
    // After 上尾 第34条第3項 / 龍ヶ崎 第35条第3項 (abridged), and an unrelated duty.
    let a = Units::new(
        "監査責任者は、保有個人情報等の管理の状況について、年１回以上、原則として実地検査により確認するものとする。",
    );
    let b = Units::new(
        "監査責任者は、保有個人情報の管理の状況について、実地検査又は書面による報告により確認することができる。",
    );
    let unrelated = Units::new("職員は、端末を庁舎外に持ち出してはならない。");
    for (x, y) in [(&a, &b), (&b, &a), (&a, &unrelated)] {
        let d = TokenDiff::from_units(x.clone(), y.clone());
        assert!(TokenDiff::similarity_bound(x, y) >= d.similarity());
        assert!(TokenDiff::containment_bound(x, y) >= d.containment());
        // The bounds in order are tighter and still bounds.
        assert!(TokenDiff::similarity_bound_in_order(x, y) >= d.similarity());
        assert!(TokenDiff::similarity_bound_in_order(x, y) <= TokenDiff::similarity_bound(x, y));
        assert!(TokenDiff::containment_bound_in_order(x, y) >= d.containment());
        assert!(TokenDiff::containment_bound_in_order(x, y) <= TokenDiff::containment_bound(x, y));
    }
    // The same words in another order: only those in order can be equal.
    let (x, y) = (Units::new("保有個人情報を管理する。"), Units::new("管理する保有個人情報。"));
    assert!(TokenDiff::similarity_bound_in_order(&x, &y) < TokenDiff::similarity_bound(&x, &y));
    assert!(TokenDiff::similarity_bound_in_order(&x, &y) >= TokenDiff::from_units(x.clone(), y.clone()).similarity());

    // The related pair stays above the comparison thresholds (0.4, 0.25),
    // the unrelated one is ruled out without a diff.
    assert!(TokenDiff::similarity_bound(&a, &b) > 0.4);
    assert!(TokenDiff::containment_bound(&a, &unrelated) < 0.25, "{}", TokenDiff::containment_bound(&a, &unrelated));
}

#[test]
fn ranges_tile_both_texts_when_myers_misplaces_an_empty_side() {
    // A summary against a long provision it shares scattered words with:
    // `similar` reported one deletion's empty B side out of order here, and
    // shaping the diff panicked on a reversed range (a 2,000-rule build).
    let a = "個人情報を取り扱う電子計算機のネットワーク分離、アクセス権の設定と利用状況の記録・保管、\
             記録機能を有する機器の接続制限、電子データの暗号化、媒体の施錠保管、識別・認証、ウイルス対策、\
             削除記録、復元不可能な廃棄、無許可の再委託禁止等の管理策を実施する。";
    let b = "受託者は、本委託等業務において利用する個人情報を保持している間は、事務対応ガイドに定める\
             各種の安全管理措置を遵守するとともに、次の各号の定めるところにより、当該個人情報の管理を\
             行わなければならない。保護管理者は、特記事項に定める事項を適切に実施するよう従業者を\
             監督しなければならない。（写152）";
    let d = TokenDiff::new(a, b);
    let (mut at_a, mut at_b) = (0, 0);
    for s in &d.segments {
        let (DiffSegment::Equal { a, b } | DiffSegment::Change { a, b }) = s;
        assert_eq!((a.start, b.start), (at_a, at_b), "{:?}", d.segments);
        (at_a, at_b) = (a.end, b.end);
    }
    assert_eq!((at_a, at_b), (d.a.units.len(), d.b.units.len()));
    // Each side's runs put together are its text.
    let text = |runs: Vec<Run>| runs.into_iter().map(|r| r.text).collect::<String>();
    assert_eq!(text(d.a_runs(Granularity::Token)), a);
    assert_eq!(text(d.b_runs(Granularity::Token)), b);
}

#[test]
fn spans_tile_each_side_and_refuse_a_text_they_were_not_cut_from() {
    let a = "職員は、年１回以上、\n２　研修を受けなければならない。";
    let b = "従業者は、毎年度、研修を受けるものとする。\n（委任）";
    let d = TokenDiff::new(a, b);
    for g in [Granularity::Token, Granularity::Phrase] {
        for (text, spans) in [(a, d.a_spans(g)), (b, d.b_spans(g))] {
            let runs = spans_to_runs(text, &spans).expect("spans of this text");
            assert_eq!(runs.iter().map(|r| r.text.as_str()).collect::<String>(), text);
            assert!(runs.iter().any(|r| r.kind != RunKind::Equal), "{runs:?}");
            // Adjacent spans of one kind are one span.
            assert!(spans.windows(2).all(|w| w[0].kind != w[1].kind), "{spans:?}");
        }
    }
    let spans = d.b_spans(Granularity::Phrase);
    // Longer, shorter, and cut inside a character (same length, other text).
    assert_eq!(spans_to_runs(&format!("{b}。"), &spans), None);
    assert_eq!(spans_to_runs(&b[..b.len() - 3], &spans), None);
    let shifted = format!("a{}ab", b.strip_suffix('）').unwrap());
    assert_eq!(shifted.len(), b.len());
    assert_eq!(spans_to_runs(&shifted, &spans), None);
}

#[test]
fn a_remembered_alignment_is_that_of_the_same_keys() {
    // The same two texts on exact keys (改め文) and on normalised keys: the
    // thread remembers each alignment, and must not hand one for the other.
    let (a, b) = ("第１２条の規定による。", "第12条の規定による。");
    for _ in 0..2 {
        assert!(!TokenDiff::new(a, b).has_changes());
        assert!(TokenDiff::exact(a, b).has_changes());
    }
    // A remembered alignment is the one computed.
    let (a, b) =
        ("監査責任者を一人置くこととし、総務部長をもって充てる。", "監査責任者は、総合政策部長をもって充てる。");
    let first = TokenDiff::new(a, b).segments;
    assert_eq!(TokenDiff::new(a, b).segments, first);
    assert_eq!(TokenDiff::aligned(Units::new(a), Units::new(b)).segments, first);
}

#[test]
fn the_bit_parallel_subsequence_is_the_longest_common_one() {
    // Against the textbook table, over a few keys so that runs repeat, on
    // sides longer than one and two 64-bit words.
    let mut next = crate::analyze::numbers_below(0x853c_49e6_748f_ea9b);
    for _ in 0..500 {
        let xs: Vec<u32> = (0..next(90)).map(|_| next(5) as u32).collect();
        let ys: Vec<u32> = (0..next(150)).map(|_| next(5) as u32).collect();
        let mut table = vec![vec![0usize; ys.len() + 1]; xs.len() + 1];
        for i in 0..xs.len() {
            for j in 0..ys.len() {
                table[i + 1][j + 1] =
                    if xs[i] == ys[j] { table[i][j] + 1 } else { table[i][j + 1].max(table[i + 1][j]) };
            }
        }
        let got = super::units::longest_common_subsequence(xs.iter().copied(), &super::units::KeyMasks::new(&ys));
        assert_eq!(got, table[xs.len()][ys.len()], "{xs:?} / {ys:?}");
    }
}

#[test]
fn a_comma_alone_does_not_pull_its_phrase_in() {
    // The 読点 differs alone: 保有個人情報を stays unmarked; a changed word
    // at the end of the text marks its last phrase whole, 句点 included.
    let d = TokenDiff::new("保有個人情報を、適切に管理する。", "保有個人情報を適切に保管する。");
    assert_eq!(to_marked_text(&d.a_runs(Granularity::Phrase)), "保有個人情報を[-、-]適切に[-管理する。-]");
    assert_eq!(to_marked_text(&d.b_runs(Granularity::Phrase)), "保有個人情報を適切に{+保管する。+}");
}

#[test]
fn full_width_ascii_normalises_as_nfkc_does() {
    use unicode_normalization::UnicodeNormalization;
    // `NormText::new` maps U+FF01–FF5E itself: the same as NFKC of each.
    for c in '\u{FF01}'..='\u{FF5E}' {
        let t = NormText::new(&format!("第{c}条"));
        let nfkc: String = c.to_string().nfkc().collect();
        assert_eq!(t.norm, format!("第{nfkc}条"), "{c}");
        assert_eq!(t.orig(3..3 + nfkc.len()), c.to_string());
    }
}
