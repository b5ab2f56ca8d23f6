//! Round trip apply(OLD, kaimebun(OLD, NEW)) == NEW on every shipped
//! regulation and variant (`tests/variants`, rules written for the coverage
//! evaluation, not for amendments) with articles numbered 第N条, NEW made
//! by the same amendment of each: a word
//! added to the last article and its caption taken away (or one given),
//! the second article deleted (the rest moved up), a 項 added to the first
//! article, the first 号 deleted, the last 項 of a later article of three
//! or more rewritten, and a ただし書 added to (or taken from) a 項.
use reiki::amend::{apply::apply, kaimebun::generate, provisions_text, without_whitespace};
use reiki::model::{Article, Paragraph, Regulation};
use reiki::pipeline::load_folder;
use reiki::source::DEFAULT_MAX_FILE_BYTES;
use reiki::text::numerals::article_label;

fn articles_mut(reg: &mut Regulation) -> impl Iterator<Item = &mut Article> {
    reg.chapters.iter_mut().flat_map(|c| &mut c.sections).flat_map(|s| &mut s.articles)
}

fn amend(old: &Regulation) -> Regulation {
    let mut new = old.clone();
    // 1. A word added after the first 、 of the last article.
    if let Some(p) = articles_mut(&mut new).last().and_then(|a| a.paragraphs.first_mut()) {
        if let Some(at) = p.text.find('、') {
            p.text.insert_str(at + '、'.len_utf8(), "速やかに、");
        }
    }
    // 2. The second article deleted, the later ones moved up.
    let second = new.articles().nth(1).map(|a| a.number.clone()).expect("two articles");
    for s in new.chapters.iter_mut().flat_map(|c| &mut c.sections) {
        s.articles.retain(|a| a.number != second);
    }
    for a in articles_mut(&mut new).filter(|a| a.number > second && a.number.branches.is_empty()) {
        a.number.main -= 1;
        a.label = article_label(&a.number);
    }
    // 3. A 項 added to the first article.
    let first = articles_mut(&mut new).next().expect("an article");
    let number = first.paragraphs.len() as u32 + 1;
    first.paragraphs.push(Paragraph {
        number,
        text: "前項の規定は、別に定める場合について準用する。".into(),
        ..Paragraph::default()
    });
    // 5. The last article's caption taken away, or one given.
    let last = articles_mut(&mut new).last().expect("an article");
    last.caption = match last.caption {
        Some(_) => None,
        None => Some("雑則".into()),
    };
    // 6. The last 項 of the first later article of three or more rewritten
    // (an article of two that also moves may read as another one rewritten).
    if let Some(a) = articles_mut(&mut new).skip(1).find(|a| a.paragraphs.len() >= 3) {
        let p = a.paragraphs.last_mut().expect("two 項");
        p.text = "市長は、この規定の施行の状況を毎年度公表するものとする。".into();
        p.items.clear();
    }
    // 7. The first 項 of the new third article given a ただし書, or its own taken away.
    if let Some(p) = articles_mut(&mut new).nth(2).and_then(|a| a.paragraphs.first_mut()) {
        match p.text.find("。ただし、") {
            Some(at) => p.text.truncate(at + "。".len()),
            None => p.text.push_str("ただし、市長が別に定めるときは、この限りでない。"),
        }
    }
    // 4. The first 号 deleted, the others moved up.
    if let Some(p) = articles_mut(&mut new).flat_map(|a| &mut a.paragraphs).find(|p| p.items.len() >= 2) {
        p.items.remove(0);
        for item in &mut p.items {
            item.label = reiki::amend::kaimebun::relabel(&item.label, item.number, item.number - 1);
            item.number -= 1;
        }
    }
    new
}

#[test]
fn every_shipped_regulation_round_trips() {
    let mut regs = Vec::new();
    for folder in ["regulations", "tests/variants/regulations"] {
        let (found, errors) = load_folder(folder.as_ref(), DEFAULT_MAX_FILE_BYTES);
        assert!(errors.is_empty(), "{errors:?}");
        regs.extend(found);
    }
    let mut tested = Vec::new();
    // Texts numbered 第１ or １ without 条 get no 改め文 (tests/amend_forms.rs).
    let with_jo = |r: &&Regulation| !r.articles().any(|a| a.is_numbered_without_jo());
    for old in regs.iter().filter(|r| r.articles().count() >= 3).filter(with_jo) {
        let new = amend(old);
        let km = generate(old, &new).unwrap_or_else(|e| panic!("{}: {e:#}", old.id));
        let applied = apply(old, &km.to_text()).unwrap();
        assert_eq!(
            without_whitespace(&provisions_text(&applied)),
            without_whitespace(&provisions_text(&new)),
            "{}",
            old.id
        );
        // Deleting the second article is one sentence with the moves (繰上げ from the front).
        let label = old.numerals.article_label(&old.articles().nth(1).unwrap().number);
        assert!(
            km.sentences.iter().any(|s| s.text.starts_with(&format!("{label}を削り、"))),
            "{}: {:#?}",
            old.id,
            km.sentences
        );
        // The caption and the rewritten 項 each in its own form.
        let caption_forms = ["の見出しを削り、", "の見出しを削る。", "に見出しとして「（雑則）」を付"];
        assert!(
            km.sentences.iter().any(|s| caption_forms.iter().any(|f| s.text.contains(f))),
            "{}: {:#?}",
            old.id,
            km.sentences
        );
        assert!(
            km.sentences.iter().any(|s| s.text.contains("ただし書を削") || s.text.contains("に次のただし書を加え")),
            "{}: {:#?}",
            old.id,
            km.sentences
        );
        // The rewritten 項 is given whole, or, where the old one shares its
        // opening and ending (「市長は、…公表するものとする。」), by the words
        // between (「「…公表」を「この規定の施行の状況を毎年度公表」に改め」).
        let by_words = "「この規定の施行の状況を毎年度公表」に改め";
        let rewritten =
            km.sentences.iter().find(|s| s.text.contains("項を次のように改める。") || s.text.contains(by_words));
        if new.articles().skip(1).any(|a| a.paragraphs.len() >= 3) {
            let s = rewritten.unwrap_or_else(|| panic!("{}: {:#?}", old.id, km.sentences));
            assert!(
                s.text.contains(by_words)
                    || s.body[0].ends_with("市長は、この規定の施行の状況を毎年度公表するものとする。"),
                "{}: {s:?}",
                old.id
            );
        }
        tested.push(old.id.clone());
    }
    tested.sort();
    let shipped =
        ["ageo-kanri-yoryo", "nishiizu-tokutei-kitei", "ryugasaki-anzen-kitei-an", "sakai-tekisei-kanri-yoko"];
    assert!(shipped.iter().all(|id| tested.contains(&id.to_string())), "{tested:?}");
    assert_eq!(tested.len(), 141, "{tested:?}");
}
