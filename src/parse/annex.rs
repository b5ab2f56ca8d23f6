//! 附則, 別表/様式, running text and the web-page trailer after a
//! regulation.
use super::parts::numbered;
use super::*;

impl Builder {
    pub(super) fn start_supplementary(&mut self, line: &SourceLine, bracket: Option<String>) {
        static INSTRUMENT: Lazy<Regex> =
            Lazy::new(|| Regex::new(&format!(r"([^（）()、・\s\u{{3000}}]*第{NUMERALS}号)")).unwrap());
        let n = self.reg.supplementary.len() + 1;
        let id = self.unique_id(format!("suppl-{n}"));
        let (date, instrument) = match &bracket {
            Some(b) => {
                // The enactment date is the first one written out in full.
                let date = crate::text::era::era_dates(b).find(|d| d.complete);
                let after = date.as_ref().map_or(b.as_str(), |d| &b[d.range.end..]);
                (date.map(|d| b[d.range].to_string()), INSTRUMENT.captures(after).map(|c| c[1].to_string()))
            }
            None => (None, None),
        };
        self.reg.supplementary.push(Supplementary {
            id,
            heading: nfkc(&line.text),
            date,
            instrument,
            line: line.line,
            ..Default::default()
        });
        self.mode = Mode::Supplementary;
        self.target = Target::SupplText;
        self.items.clear();
        self.sentence_done = false;
    }

    pub(super) fn start_appendix(
        &mut self,
        label: String,
        relation: Option<String>,
        title: Option<String>,
        line: usize,
    ) {
        let id = self.unique_id(format!("appx-{}", self.reg.appendices.len() + 1));
        self.reg.appendices.push(Appendix { id, label: nfkc(&label), relation, title, line, ..Default::default() });
        self.mode = Mode::Appendix;
        self.target = Target::Appendix;
        self.items.clear();
    }

    pub(super) fn start_trailer(&mut self, line: SourceLine) {
        self.mode = Mode::Trailer;
        self.trailer.push(line);
    }

    pub(super) fn end_trailer(&mut self) {
        let trailer = std::mem::take(&mut self.trailer);
        if let (Some(first), Some(last)) = (trailer.first(), trailer.last()) {
            self.warn(
                DiagnosticCode::DroppedText,
                first.line,
                format!(
                    "例規の本文ではない行（{}〜{}行目、{}行: 「{}」…）を除外しました",
                    first.line,
                    last.line,
                    trailer.len(),
                    shorten(&first.text, 30)
                ),
            );
        }
    }

    /// An unstructured line: continuation text, preamble, or the start of a
    /// web trailer after the last 附則.
    pub(super) fn text_line(&mut self, line: SourceLine) {
        if self.mode == Mode::Supplementary && self.sentence_done && !ends_sentence(&line.text) {
            // After a complete 附則 sentence, a line that is not a sentence is
            // page furniture (links, contact addresses), not regulation text.
            return self.start_trailer(line);
        }
        self.add_text(&line);
    }

    /// Appends text to the innermost open element.
    pub(super) fn add_text(&mut self, line: &SourceLine) {
        let text = line.text.as_str();
        if self.mode == Mode::Preamble && super::classify::is_site_navigation(text) {
            self.warn(
                DiagnosticCode::DroppedText,
                line.line,
                format!("例規集のページの案内の行を除外しました: 「{}」", shorten(text, 40)),
            );
            return;
        }
        if self.mode == Mode::Preamble || self.mode == Mode::Toc {
            self.reg.preamble.push(Line { line: line.line, text: text.to_string() });
            return;
        }
        let done = ends_sentence(text);
        match self.target {
            Target::Appendix => {
                let appx = self.reg.appendices.last_mut().unwrap();
                // A numbered line is the first of the text, not its title.
                if appx.title.is_none() && appx.rows.is_empty() && appx.text.is_empty() && numbered(text).is_none() {
                    appx.title = Some(text.to_string());
                } else {
                    appx.text.push(text.to_string());
                }
            }
            Target::Standard if self.items.is_empty() => {
                let std = self.reg.standards.last_mut().unwrap();
                if !std.text.is_empty() {
                    std.text.push('\n');
                }
                std.text.push_str(text);
            }
            Target::Nothing => {
                self.warn(
                    DiagnosticCode::DroppedText,
                    line.line,
                    format!("どの条にも属さない行を除外しました: 「{}」", shorten(text, 40)),
                );
            }
            _ => {
                let depth = self.items.len();
                if depth > 0 {
                    if let Some((list, _, _)) = self.item_list(depth - 1) {
                        if let Some(item) = list.last_mut() {
                            if heading_then_text(&item.text, text) {
                                item.text.push('\u{3000}');
                            }
                            item.text.push_str(text);
                            self.sentence_done = done;
                            return;
                        }
                    }
                }
                let suppl_id = self.reg.supplementary.last().map(|s| s.id.clone());
                if let Some(paras) = self.paragraphs_mut() {
                    match paras.last_mut() {
                        Some(p) => p.text.push_str(text),
                        None => paras.push(Paragraph {
                            id: format!("{}-p1", suppl_id.unwrap_or_default()),
                            number: 1,
                            text: text.to_string(),
                            line: line.line,
                            ..Default::default()
                        }),
                    }
                }
            }
        }
        self.sentence_done = done;
    }
}
