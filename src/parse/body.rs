//! The body's structure: 章 and 節 headings, 条 with their captions, 項,
//! 号 at any depth, and numbered standards; and the finishing of each
//! (trailing 沿革 notes, normalised text).
use super::*;

impl Builder {
    pub(super) fn release_caption(&mut self) {
        if let Some(caption) = self.caption.take() {
            self.add_text(&caption);
            for line in std::mem::take(&mut self.stray) {
                self.add_text(&line);
            }
        }
    }

    pub(super) fn start_heading(&mut self, level: HeadingLevel, number: Number, title: String, line: usize) {
        self.mode = Mode::Body;
        self.target = Target::Nothing;
        self.items.clear();
        match level {
            HeadingLevel::Chapter => {
                let id = self.unique_id(format!("chap-{}", number_id(&number)));
                self.reg.chapters.push(Chapter {
                    id,
                    label: format!("第{}", number_label(&number, "章")),
                    number: Some(number),
                    title,
                    line,
                    sections: Vec::new(),
                });
            }
            HeadingLevel::Section => {
                self.ensure_chapter(line);
                let chap_id = self.reg.chapters.last().unwrap().id.clone();
                let id = self.unique_id(format!("{chap_id}-sec-{}", number_id(&number)));
                self.reg.chapters.last_mut().unwrap().sections.push(Section {
                    id,
                    label: format!("第{}", number_label(&number, "節")),
                    number: Some(number),
                    title,
                    line,
                    articles: Vec::new(),
                });
            }
        }
    }

    pub(super) fn ensure_chapter(&mut self, line: usize) {
        if self.reg.chapters.is_empty() {
            let id = self.unique_id("chap-0".to_string());
            self.reg.chapters.push(Chapter { id, line, ..Default::default() });
        }
    }

    pub(super) fn ensure_section(&mut self, line: usize) {
        self.ensure_chapter(line);
        if self.reg.chapters.last().unwrap().sections.is_empty() {
            let chap_id = self.reg.chapters.last().unwrap().id.clone();
            let id = self.unique_id(format!("{chap_id}-sec-0"));
            self.reg.chapters.last_mut().unwrap().sections.push(Section { id, line, ..Default::default() });
        }
    }

    pub(super) fn start_article(
        &mut self,
        number: Number,
        label: String,
        inline_caption: Option<String>,
        text: String,
        line: usize,
    ) {
        let pending = self.caption.take();
        let stray = std::mem::take(&mut self.stray);
        if let Some(c) = &pending {
            if !stray.is_empty() {
                let dropped: Vec<&str> = stray.iter().map(|l| l.text.as_str()).collect();
                self.warn(DiagnosticCode::StrayCaption,
                    c.line,
                    format!(
                        "見出し「{}」と{label}の間に条文に属さない行があります（{}行目）。見出しは{label}に付け、間の行「{}」は本文から除きました",
                        c.text,
                        stray.iter().map(|l| l.line.to_string()).collect::<Vec<_>>().join("・"),
                        shorten(&dropped.join(""), 40)
                    ),
                );
            }
        }
        let caption = match (inline_caption, pending) {
            (Some(inline), _) => Some(inline),
            (None, Some(c)) => match classify(&c.text) {
                Kind::Caption(inner) => Some(inner),
                _ => None,
            },
            (None, None) => None,
        };
        let in_suppl = matches!(self.mode, Mode::Supplementary) && !self.reg.supplementary.is_empty();
        let base = if in_suppl {
            format!("{}-art-{}", self.reg.supplementary.last().unwrap().id, number_id(&number))
        } else {
            format!("art-{}", number_id(&number))
        };
        let id = self.unique_id(base);
        let article = Article {
            paragraphs: vec![Paragraph { id: format!("{id}-p1"), number: 1, text, line, ..Default::default() }],
            id,
            number,
            label,
            caption,
            common_caption: None,
            notes: Vec::new(),
            line,
        };
        if in_suppl {
            self.reg.supplementary.last_mut().unwrap().articles.push(article);
            self.target = Target::SupplArticle;
        } else {
            self.mode = Mode::Body;
            self.ensure_section(line);
            self.reg.chapters.last_mut().unwrap().sections.last_mut().unwrap().articles.push(article);
            self.target = Target::Article;
        }
        self.items.clear();
        self.sentence_done = false;
    }

    pub(super) fn article_mut(&mut self) -> Option<&mut Article> {
        match self.target {
            Target::Article => self.reg.chapters.last_mut()?.sections.last_mut()?.articles.last_mut(),
            Target::SupplArticle => self.reg.supplementary.last_mut()?.articles.last_mut(),
            _ => None,
        }
    }

    pub(super) fn paragraphs_mut(&mut self) -> Option<&mut Vec<Paragraph>> {
        match self.target {
            Target::Article | Target::SupplArticle => Some(&mut self.article_mut()?.paragraphs),
            Target::SupplText => Some(&mut self.reg.supplementary.last_mut()?.paragraphs),
            _ => None,
        }
    }

    /// The list the outermost items go into, with the id prefix of its items.
    pub(super) fn item_root(&mut self) -> Option<(&mut Vec<Item>, String)> {
        match self.target {
            Target::Standard => {
                let std = self.reg.standards.last_mut()?;
                Some((&mut std.items, std.id.clone()))
            }
            _ => {
                let para = self.paragraphs_mut()?.last_mut()?;
                Some((&mut para.items, para.id.clone()))
            }
        }
    }

    /// The sibling list at `depth` (0 = outermost) and the id of its parent.
    pub(super) fn item_list(&mut self, depth: usize) -> Option<(&mut Vec<Item>, String, bool)> {
        let (mut list, mut parent_id) = self.item_root()?;
        let mut nested = false;
        for _ in 0..depth {
            let last = list.last_mut()?;
            parent_id = last.id.clone();
            list = &mut last.children;
            nested = true;
        }
        Some((list, parent_id, nested))
    }

    pub(super) fn paragraph(&mut self, number: u32, text: String, line: &SourceLine) {
        if self.starts_plain_provision(number, &text) {
            // The first sets the text's numbering.
            self.plain_numbers = Some(PlainNumbers::Digits);
            return self.start_plain_article(number, number.to_string(), &text, line.line);
        }
        match self.target {
            Target::Article | Target::SupplArticle | Target::SupplText => {
                self.items.clear();
                self.sentence_done = ends_sentence(&text);
                let paras = self.paragraphs_mut().unwrap();
                // "第1条" alone on its line, then "1 …".
                if number == 1 && paras.len() == 1 && paras[0].text.is_empty() && paras[0].items.is_empty() {
                    paras[0].text = text;
                    paras[0].line = line.line;
                    return;
                }
                let prefix = match self.target {
                    Target::SupplText => self.reg.supplementary.last().unwrap().id.clone(),
                    _ => self.article_mut().unwrap().id.clone(),
                };
                let paras = self.paragraphs_mut().unwrap();
                let mut id = format!("{prefix}-p{number}");
                if paras.iter().any(|p| p.id == id) {
                    id = format!("{id}-dup{}", paras.len() + 1);
                }
                paras.push(Paragraph { id, number, text, line: line.line, ..Default::default() });
            }
            Target::Appendix => self.add_text(line),
            _ if self.before_provisions() && self.is_checklist() => self.start_standard(number, text, line.line),
            _ => self.text_line(line.clone()),
        }
    }

    /// A 基準 (札幌市's 個人情報取扱安全管理基準): its numbered lines are
    /// standards to meet, with items, not provisions.
    fn is_checklist(&self) -> bool {
        kind_of(&self.reg.meta, &self.reg.preamble).as_deref() == Some("基準")
    }

    /// A provision numbered １, ２ … (or 一, 二 …) with neither 第 nor 条,
    /// the commonest numbering of a 要領: 「３　管理体制」 a heading with its
    /// text on the next lines, 「１２　この要領に…定める。」 a text. Labelled
    /// as the text numbers it, 3 or 三: a 要領 is cited so (要領の3(1)).
    fn start_plain_article(&mut self, number: u32, label: String, rest: &str, line: usize) {
        let (caption, text) = labels::heading_or_text(rest);
        self.start_article(Number { main: number, branches: Vec::new() }, label, caption, text, line);
    }

    /// Whether a line numbered `number` (１　…) starts a provision numbered
    /// without 条: the first of a text that is no checklist, before any
    /// provision, or the next one in a text numbered so.
    pub(super) fn starts_plain_provision(&mut self, number: u32, text: &str) -> bool {
        match self.target {
            Target::Article => {
                self.plain_numbers == Some(PlainNumbers::Digits) && !self.numbers_a_plain_paragraph(number, text)
            }
            _ => self.before_provisions() && !self.is_checklist(),
        }
    }

    /// No provision read yet, outside the 附則 and any 別表: where a numbered
    /// line opens the text's provisions, or is a checklist's next standard.
    fn before_provisions(&self) -> bool {
        matches!(self.target, Target::Nothing | Target::Standard)
            && !self.seen_article()
            && self.mode != Mode::Supplementary
    }

    /// In a text whose provisions are numbered １, ２ … without 条, whether
    /// a line numbered `number` is the next 項 of the current provision
    /// rather than a provision (「（管理責任者）／３　乙は、…／２　管理責任者
    /// は、…」, as the 特記事項 of a 協定書 number their 項): it follows the
    /// provision's last 項 and has no caption, neither above it nor as its
    /// own heading (「２　定義」), and it is not the next provision's number —
    /// or it is, but the provision has a caption, so a provision after it
    /// would have one too (３ under a captioned ２). Under a provision
    /// without a caption, ２ under １ stays a provision, as before.
    fn numbers_a_plain_paragraph(&mut self, number: u32, text: &str) -> bool {
        if self.caption.is_some() || labels::heading_or_text(text).0.is_some() {
            return false;
        }
        let Some(article) = self.article_mut() else { return false };
        number as usize == article.paragraphs.len() + 1
            && (number != article.number.main + 1 || article.caption.is_some())
    }

    /// A 一, 二 …, （１）, （２） … or ①, ② … line that numbers the text's
    /// provisions: the first before any provision of a text that is no
    /// checklist, then each one of the same style after (their ア, イ are
    /// items).
    fn numbers_a_provision(&self, style: ItemStyle) -> bool {
        matches!(style, ItemStyle::Kanji | ItemStyle::ParenDigit | ItemStyle::ParenthesizedDigit | ItemStyle::Circled)
            && match self.plain_numbers {
                Some(numbers) => numbers == PlainNumbers::Items(style) && self.target == Target::Article,
                None => self.before_provisions() && !self.is_checklist(),
            }
    }

    pub(super) fn seen_article(&self) -> bool {
        self.reg.articles().next().is_some()
    }

    pub(super) fn start_standard(&mut self, number: u32, title: String, line: usize) {
        let id = self.unique_id(format!("std-{number}"));
        self.reg.standards.push(Standard { id, number, title, line, ..Default::default() });
        self.mode = Mode::Body;
        self.target = Target::Standard;
        self.items.clear();
        self.sentence_done = false;
    }

    pub(super) fn item(
        &mut self,
        style: ItemStyle,
        label: String,
        number: Option<u32>,
        kana: Option<char>,
        text: String,
        line: &SourceLine,
    ) {
        if let Some(n) = number.filter(|_| self.numbers_a_provision(style)) {
            self.plain_numbers = Some(PlainNumbers::Items(style));
            return self.start_plain_article(n, label.trim().to_string(), &text, line.line);
        }
        match self.target {
            Target::Article | Target::SupplArticle | Target::SupplText | Target::Standard => {}
            _ => return self.text_line(line.clone()),
        }
        if self.target == Target::SupplText && self.reg.supplementary.last().is_some_and(|s| s.paragraphs.is_empty()) {
            let s = self.reg.supplementary.last_mut().unwrap();
            let id = format!("{}-p1", s.id);
            s.paragraphs.push(Paragraph { id, number: 1, line: line.line, ..Default::default() });
        }
        // Katakana lists: イロハ unless the list began with ア.
        let (style, number) = match kana {
            Some(ch) => {
                let style = if self.items.contains(&ItemStyle::KanaIroha) {
                    ItemStyle::KanaIroha
                } else if self.items.contains(&ItemStyle::KanaAiueo) || ch == 'ア' {
                    ItemStyle::KanaAiueo
                } else {
                    ItemStyle::KanaIroha
                };
                let order = if style == ItemStyle::KanaIroha { IROHA } else { AIUEO };
                (style, kana_position(order, ch))
            }
            None => (style, number),
        };
        let depth = match self.items.iter().position(|s| *s == style) {
            Some(d) => {
                self.items.truncate(d + 1);
                d
            }
            None => {
                self.items.push(style);
                self.items.len() - 1
            }
        };
        let Some((list, parent_id, nested)) = self.item_list(depth) else {
            self.items.clear();
            return self.text_line(line.clone());
        };
        let number = number.unwrap_or(list.len() as u32 + 1);
        let mut id = if nested { format!("{parent_id}-{number}") } else { format!("{parent_id}-i{number}") };
        if list.iter().any(|i| i.id == id) {
            id = format!("{id}-dup{}", list.len() + 1);
        }
        let done = ends_sentence(&text);
        list.push(Item { id, label, number, text, line: line.line, ..Default::default() });
        self.sentence_done = done;
    }
}

/// Moves trailing 沿革 notes into `notes` and fills `normalized`.
pub(super) fn finish_article(article: &mut Article) {
    let mut notes = Vec::new();
    for p in &mut article.paragraphs {
        finish_paragraph(p, &mut notes);
    }
    article.notes.splice(0..0, notes);
}

pub(super) fn finish_paragraph(p: &mut Paragraph, notes: &mut Vec<String>) {
    if let Some((text, note)) = classify::split_trailing_note(&p.text) {
        p.text = text;
        notes.push(note);
    }
    p.normalized = nfkc(&p.text);
    for item in &mut p.items {
        finish_item(item, notes);
    }
}

pub(super) fn finish_item(item: &mut Item, notes: &mut Vec<String>) {
    if let Some((text, note)) = classify::split_trailing_note(&item.text) {
        item.text = text;
        notes.push(note);
    }
    item.normalized = nfkc(&item.text);
    for child in &mut item.children {
        finish_item(child, notes);
    }
}
