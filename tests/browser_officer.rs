//! The seed site in headless Chromium as a policy officer reads it: home in
//! 団体コード order, each regulation opening with what is missing, the
//! matrix answering "what is missing" in one click and on paper, evidence
//! quoted with its 項 and 基準 numbers. Skipped with a message without
//! Chromium (see tests/support/browser.rs).
#[path = "support/browser.rs"]
mod support;

use support::*;

fn open(f: &Fixture, page: &str) -> std::sync::Arc<Tab> {
    let (tab, _) = tab_with_console(f);
    tab.navigate_to(&file_url(f, page)).unwrap().wait_until_navigated().unwrap();
    wait_for(&tab, "document.readyState === 'complete'");
    tab
}

fn strings(tab: &Tab, js: &str) -> Vec<String> {
    let v = eval(tab, &format!("JSON.stringify({js})"));
    serde_json::from_str(v.as_str().unwrap()).unwrap()
}

#[test]
fn home_lists_bodies_by_prefecture_code_then_reading() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let tab = open(f, "index.html");
    let bodies =
        strings(&tab, "[...document.querySelectorAll('main table tbody tr')].map(tr => tr.cells[0].innerText.trim())");
    // 北海道 01, 茨城県 08, 埼玉県 11, 静岡県 22, 大阪府 27.
    assert_eq!(bodies, ["札幌市", "札幌市", "龍ヶ崎市", "龍ヶ崎市", "龍ヶ崎市", "上尾市", "西伊豆町", "堺市"]);
    screenshot(&tab, "home");
}

#[test]
fn regulation_page_opens_with_the_items_missing() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let tab = open(f, "reg/ageo-kanri-yoryo.html");
    // The summary comes before the text.
    assert_eq!(
        eval(&tab, "!!(document.getElementById('gaps').compareDocumentPosition(document.querySelector('.reg-text')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
        true
    );
    assert_eq!(eval(&tab, "document.querySelector('#gaps h2').innerText.startsWith('不足・要確認の項目')"), true);
    let items = strings(
        &tab,
        "[...document.querySelectorAll('#gaps .gap-list li')].map(li => li.innerText.replace(/\\s+/g, ' ').trim())",
    );
    assert_eq!(
        items,
        [
            "× 欠落 第1-5 保有個人情報の適切な管理のための委員会 該当する条文がありません",
            "× 欠落 第5-3 アクセス状況の監視 該当する条文がありません",
            "× 欠落 第5-10 端末の限定 該当する条文がありません",
        ]
    );
    // 出典 is the text's origin, with no build-internal names or repository paths.
    let meta = eval(&tab, "document.querySelector('dl.meta').innerText");
    let meta = meta.as_str().unwrap();
    assert!(meta.contains("上尾市 市長決裁の要領案（令和5年）"), "{meta}");
    assert!(!meta.contains("seed") && !meta.contains("regulations/"), "{meta}");
    screenshot(&tab, "regulation");

    // A △ item says what is missing and where the partial evidence is.
    let tab = open(f, "reg/nishiizu-tokutei-kitei.html");
    let partial = strings(
        &tab,
        "[...document.querySelectorAll('#gaps .gap-partial')].map(li => li.innerText.replace(/\\s+/g, ' ').trim())",
    );
    assert!(!partial.is_empty());
    assert!(
        partial.iter().all(|p| p.starts_with("△ 一部") && (p.contains("不足: ") || p.contains("他の規程の引用のみ"))),
        "{partial:?}"
    );
    // A measure laid down in a row of a 別表 is cited as that row and the
    // link leads to it, marked on the page.
    // (The 別添1's gaps come second.)
    let row = "別表第1の廃棄・削除の項（事務手続の流れ）";
    let partial = strings(&tab, "[...document.querySelectorAll('#gaps-2 .gap-partial')].map(li => li.innerText)");
    assert!(partial.iter().any(|p| p.contains("E-d 個人番号の削除") && p.contains(row)), "{partial:?}");
    eval(&tab, &format!("[...document.querySelectorAll('#gaps-2 a')].find(a => a.innerText === '{row}').click()"));
    wait_for(&tab, "location.hash === '#appx-1-r7'");
    let target = eval(&tab, "document.querySelector(':target').innerText");
    assert!(target.as_str().unwrap().starts_with("廃棄・削除"), "{target}");
    assert_eq!(
        eval(&tab, "getComputedStyle(document.querySelector(':target td')).backgroundColor"),
        "rgb(255, 248, 225)"
    );
    screenshot(&tab, "evidence-row");
    // 第17条 has one paragraph: its 号 are cited 第17条第1号, never 第17条第1項.
    eval(
        &tab,
        "[...document.querySelectorAll('#coverage a')].find(a => a.innerText.startsWith('第17条第1号')).click()",
    );
    wait_for(&tab, "location.hash === '#art-17-p1-i1'");
    let target = eval(&tab, "document.querySelector(':target').innerText");
    assert!(target.as_str().unwrap().starts_with("(1)") && target.as_str().unwrap().contains("暗号化"), "{target}");
    assert_eq!(eval(&tab, "getComputedStyle(document.querySelector(':target')).backgroundColor"), "rgb(255, 248, 225)");
    screenshot(&tab, "evidence-item");
}

#[test]
fn matrix_filters_to_gaps_and_prints_article_numbers() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let tab = open(f, "matrix/ppc-shishin.html");
    // Headers: drafts marked, names never broken inside a word at 1024 px.
    let drafts = strings(&tab, "[...document.querySelectorAll('thead .m-reg')].filter(th => th.querySelector('.badge-draft')).map(th => th.querySelector('.m-body').innerText)");
    assert_eq!(drafts, ["龍ヶ崎市", "上尾市"]);
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width: 1024,
        height: 800,
        device_scale_factor: 1.0,
        mobile: false,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();
    assert_eq!(eval(&tab, "[...document.querySelectorAll('.m-body, .m-kind')].every(s => s.getClientRects().length === 1 && s.getBoundingClientRect().height < 24)"), true);

    // Article numbers are in the cells, not only in a tooltip.
    let cell = "document.querySelector('a[href$=\"5-8.html\"]').closest('tr').querySelectorAll('td.m-cell')";
    let cells = strings(
        &tab,
        &format!(
            "[...{cell}].map(td => [...td.querySelectorAll('[aria-hidden=true]')].map(e => e.textContent).join(' '))"
        ),
    );
    // 札幌市 基準7 (搬送: 暗号化, パスワード) states two elements of 暗号化 and comes first;
    // 西伊豆町's 別表第2 lays down 持出しデータの暗号化 in a row.
    assert_eq!(
        cells,
        [
            "×",
            "○ 基準7、基準5(6)",
            "○ 第25条",
            "○ 第24条",
            "○ 第17条第1号、別表第2の特定個人情報等が記録された電磁的記録媒体を安全に持ち出す方法の項",
            "×"
        ]
    );
    let titles = strings(&tab, "[...document.querySelectorAll('td.m-cell [title]')].map(e => e.title)");
    assert!(titles.iter().all(|t| !t.contains("std-")), "internal id in a tooltip");

    // One click: × and △ stand out, ○ and - fade.
    let visible = "[...document.querySelectorAll('.matrix tbody tr[data-class]')].filter(r => r.offsetParent !== null)";
    assert_eq!(eval(&tab, &format!("{visible}.length")), 41);
    tab.wait_for_element("#gaps-only").unwrap().click().unwrap();
    let opacity = |status: &str| {
        eval(&tab, &format!("Number(getComputedStyle(document.querySelector('td.cell-{status}')).opacity)"))
    };
    assert_eq!(opacity("missing"), 1);
    assert_eq!(opacity("partial"), 1);
    assert!(opacity("covered").as_f64().unwrap() < 0.5);
    // All but one item of 指針 have a × or △ in some column, so 40 rows stay
    // (札幌市 基準5 now covers a 指針 item that every other rule covers too).
    assert_eq!(eval(&tab, &format!("{visible}.length")), 40);
    // No group heading is left without rows.
    assert_eq!(
        eval(&tab, "[...document.querySelectorAll('tr.m-group')].filter(g => g.offsetParent !== null).every(g => { let n = g.nextElementSibling; while (n && !n.classList.contains('m-group')) { if (n.offsetParent !== null) return true; n = n.nextElementSibling; } return false; })"),
        true
    );
    screenshot(&tab, "matrix-gaps-only");

    // On paper: the filter holds, no screen hints, groups kept with their heading.
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None }).unwrap();
    assert_eq!(eval(&tab, &format!("{visible}.length")), 40);
    assert_eq!(eval(&tab, "document.getElementById('legend').innerText.includes('選ぶと')"), false);
    assert_eq!(eval(&tab, "getComputedStyle(document.querySelector('tbody.m-section')).breakInside"), "avoid");
    let pdf = tab
        .print_to_pdf(Some(PrintToPdfOptions {
            prefer_css_page_size: Some(true),
            print_background: Some(true),
            ..Default::default()
        }))
        .unwrap();
    std::fs::write(std::env::temp_dir().join("reiki-matrix-gaps.pdf"), &pdf).unwrap();
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("screen".into()), features: None }).unwrap();
}

#[test]
fn checklist_standards_are_named_and_articles_quoted_with_paragraph_numbers() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    // 札幌市 基準7 (and 基準5) are the evidence of 暗号化: named as the CLI names them.
    let tab = open(f, "model/sapporo-anzen-kijun--ppc-shishin.html");
    let row = "document.querySelector('a[href$=\"5-8.html\"]').closest('tr')";
    assert_eq!(
        eval(&tab, &format!("{row}.querySelector('.ev-head').innerText")),
        "基準7（情報資産の搬送及び持ち運ぶ際の保護体制）"
    );
    assert_eq!(eval(&tab, &format!("{row}.querySelector('.evidence .diff').innerText.length > 20")), true);

    // 上尾市 第4条 is quoted with its 項 numbers; the numbers are not marked as differences.
    let tab = open(f, "model/ageo-kanri-yoryo--ppc-shishin.html");
    let quote = eval(
        &tab,
        "document.querySelector('a[href$=\"#art-4\"]').closest('.evidence').querySelector('.diff').innerText",
    );
    let quote = quote.as_str().unwrap();
    assert!(quote.starts_with("保有個人情報等を取り扱う各課等"), "{quote}");
    assert!(quote.contains("\n２　保護管理者は、各課等における") && quote.contains("\n３　保護管理者は、"), "{quote}");
    assert_eq!(
        eval(
            &tab,
            "[...document.querySelectorAll('.evidence .diff mark')].some(e => /^[０-９]+$/.test(e.textContent))"
        ),
        false
    );
}

#[test]
fn matrix_gap_filter_hides_items_covered_everywhere() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    // 札幌市基準: its two regulations cover 5 of its 11 standards fully.
    let tab = open(f, "matrix/sapporo-kijun.html");
    let visible = "[...document.querySelectorAll('.matrix tbody tr[data-class]')].filter(r => r.offsetParent !== null)";
    assert_eq!(eval(&tab, &format!("{visible}.length")), 11);
    tab.wait_for_element("#gaps-only").unwrap().click().unwrap();
    let shown = strings(
        &tab,
        &format!("{visible}.map(r => [...r.querySelectorAll('td.m-cell')].map(td => td.className).join(' '))"),
    );
    // 5 standards are ○ or - everywhere (特記事項 第15条: the city's right to audit, a できる over
    // the contractor, covers 9 定期監査の実施).
    assert_eq!(shown.len(), 6);
    assert!(shown.iter().all(|c| c.contains("cell-missing") || c.contains("cell-partial")), "{shown:?}");
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None }).unwrap();
    assert_eq!(eval(&tab, &format!("{visible}.length")), 6, "printed as filtered");
}

/// Runs a query on the search page and returns (href, text) of the results.
fn search(tab: &Tab, f: &Fixture, query: &str) -> Vec<(String, String)> {
    let url =
        format!("{}?q={}", file_url(f, "search.html"), query.bytes().map(|b| format!("%{b:02X}")).collect::<String>());
    tab.navigate_to(&url).unwrap().wait_until_navigated().unwrap();
    wait_for(tab, "document.getElementById('search-status').textContent.includes('検索結果')");
    search_results(tab)
}

#[test]
fn search_takes_article_numbers_ranks_whole_words_and_quotes_the_original() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let (tab, errors) = tab_with_console(f);
    // An article number, in any of the ways 例規 write it, finds that article
    // of every regulation, first.
    for query in ["第25条", "25条", "第２５条", "第二十五条"] {
        let results = search(&tab, f, query);
        let hrefs: Vec<&str> = results.iter().take(3).map(|(h, _)| h.as_str()).collect();
        assert_eq!(
            hrefs,
            [
                "reg/ryugasaki-anzen-kitei-an.html#art-25",
                "reg/ageo-kanri-yoryo.html#art-25",
                "reg/nishiizu-tokutei-kitei.html#art-25"
            ],
            "{query}"
        );
    }
    // ログ as a word (アクセスログ) ranks above ログ inside プログラム.
    let results = search(&tab, f, "ログ");
    let program =
        results.iter().position(|(_, t)| t.contains("不正プログラム")).expect("プログラム articles are still found");
    let log = results.iter().position(|(_, t)| t.contains("アクセスログ")).expect("アクセスログ found");
    assert!(log < program, "{results:?}");
    assert!(!results[0].1.contains("不正プログラム"), "{results:?}");
    // Snippets quote the text as written (full-width ＵＳＢ), not the normalised form.
    let results = search(&tab, f, "usbメモリ");
    assert_eq!(results[0].0, "reg/ageo-kanri-yoryo.html#art-25");
    assert!(results[0].1.contains("スマートフォン、ＵＳＢメモリ等"), "{:?}", results[0]);
    assert_eq!(eval(&tab, "document.querySelector('#search-results mark').textContent"), "ＵＳＢメモリ");
    screenshot(&tab, "search");
    // A new query from the page's own box also updates the header box.
    eval(&tab, "document.getElementById('q').value = '暗号化'; document.getElementById('q').form.requestSubmit()");
    wait_for(&tab, "document.getElementById('search-status').textContent.includes('「暗号化」')");
    assert_eq!(eval(&tab, "document.getElementById('site-search-q').value"), "暗号化");
    assert!(errors.lock().unwrap().is_empty(), "{:?}", errors.lock().unwrap());
}

#[test]
fn taishohyo_page_has_the_office_layout_and_shortens_unchanged_lines() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let tab = open(f, "taishohyo/ryugasaki-computer-kitei-kaiseigo.html");
    let headers = strings(&tab, "[...document.querySelectorAll('table.taishohyo th')].map(th => th.innerText)");
    assert_eq!(headers, ["改正後", "改正前"]);
    assert_eq!(eval(&tab, "[...document.querySelectorAll('table.taishohyo th')].every(th => getComputedStyle(th).textAlign === 'center' && !th.querySelector('a'))"), true);
    // A ruled grid between and around the columns, in 明朝.
    let td = "getComputedStyle(document.querySelector('table.taishohyo td'))";
    assert_eq!(eval(&tab, &format!("{td}.borderLeftStyle + ' ' + {td}.borderRightStyle")), "solid solid");
    assert_eq!(
        eval(&tab, "getComputedStyle(document.querySelector('table.taishohyo')).fontFamily.includes('Mincho')"),
        true
    );
    // The unchanged 第1項 is shortened to 「第12条　（略）」 on both sides, so
    // its 「持ち込んで서는ならない」 (marked .foreign when printed; the
    // parser's foreign-script warning names it) is not in the table.
    let first_lines = strings(
        &tab,
        "[...document.querySelectorAll('table.taishohyo td')].map(td => td.querySelectorAll('p')[1].innerText)",
    );
    assert_eq!(first_lines, ["第12条　（略）", "第12条　（略）"]);
    assert_eq!(eval(&tab, "document.querySelectorAll('table.taishohyo .foreign').length"), 0);
    screenshot(&tab, "taishohyo");
    // On paper no links to the article texts.
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None }).unwrap();
    assert_eq!(eval(&tab, "[...document.querySelectorAll('main a')].filter(a => a.offsetParent !== null).length"), 0);
}

#[test]
fn pair_page_reads_as_a_comparison() {
    let _serial = serial();
    let Some(f) = fixture() else { return };
    let tab = open(f, "pair/sakai-tekisei-kanri-yoko--ageo-kanri-yoryo.html");
    let rows = "[...document.querySelectorAll('.pair-table tbody tr')]";
    // The caption and the article number once per article: in the heading, not again in the text.
    assert_eq!(
        eval(&tab, &format!("{rows}.every(tr => [...tr.querySelectorAll('.diff')].every(p => !/^（/.test(p.innerText) && !/^第[0-9０-９]+条/.test(p.innerText)))")),
        true
    );
    let first = strings(
        &tab,
        "[...document.querySelector('.pair-table tbody tr').querySelectorAll('.ev-head')].map(h => h.innerText)",
    );
    assert_eq!(first[0], "第1条（趣旨）");
    // Inserted and deleted words in the legend's colours.
    let colour =
        |sel: &str| eval(&tab, &format!("getComputedStyle(document.querySelector('{sel}')).textDecorationColor"));
    assert_eq!(colour(".pair-table ins.d-ins"), colour("#pair-legend ins.d-ins"));
    assert_eq!(colour(".pair-table del.d-del"), colour("#pair-legend del.d-del"));
    assert_ne!(colour(".pair-table ins.d-ins"), colour(".pair-table del.d-del"));
    // 1:n: 堺市 第18条 shows all three 上尾市 articles it matches (監査・点検・評価).
    let row18 = "document.querySelector('.pair-table a[href$=\"sakai-tekisei-kanri-yoko.html#art-18\"]').closest('tr')";
    let heads =
        strings(&tab, &format!("[...{row18}.querySelectorAll('.counterpart .ev-head a')].map(a => a.innerText)"));
    assert_eq!(heads, ["第42条（評価及び見直し）", "第41条（点検）", "第40条（監査）"]);
    // Scope differences: one note for the pair, none in the rows.
    assert_eq!(eval(&tab, "document.querySelectorAll('.pair-table .flag-scope-changed').length"), 0);
    let notes = eval(&tab, "document.querySelector('.scope-note').innerText");
    assert!(notes.as_str().unwrap().contains("「保有個人情報」→「保有個人情報等」"), "{notes}");
    screenshot(&tab, "pair");

    // The changed-only toggle hides rows whose wording is the same.
    let visible = format!("{rows}.filter(r => r.offsetParent !== null).length");
    let changed = eval(&tab, &format!("{rows}.filter(r => r.dataset.changed === 'true').length"));
    tab.wait_for_element("#changed-only").unwrap().click().unwrap();
    assert_eq!(eval(&tab, &visible), changed);

    // Print: rows may break across pages, so no near-empty first page.
    tab.call_method(Emulation::SetEmulatedMedia { media: Some("print".into()), features: None }).unwrap();
    assert_eq!(eval(&tab, "getComputedStyle(document.querySelector('.pair-table tr')).breakInside"), "auto");

    // 龍ヶ崎市 ⇔ 上尾市 (39 rows) printed in 19 A4 pages with 2 rows on the first when rows could not break.
    let tab = open(f, "pair/ryugasaki-anzen-kitei-an--ageo-kanri-yoryo.html");
    let pdf =
        tab.print_to_pdf(Some(PrintToPdfOptions { prefer_css_page_size: Some(true), ..Default::default() })).unwrap();
    let pages = pdf.windows(12).filter(|w| w.starts_with(b"/Type /Page") && w[11] != b's').count();
    std::fs::write(std::env::temp_dir().join("reiki-pair.pdf"), &pdf).unwrap();
    assert!(pages > 0 && pages < 19, "{pages} pages");
}
