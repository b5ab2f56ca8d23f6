//! The 目次: its entries, where it ends, and a 目次 written without its
//! heading (its entries are then the body's own headings).
use super::*;

impl Builder {
    /// Articles, standards or 附則 read so far.
    pub(super) fn seen_content(&self) -> bool {
        self.seen_article() || !self.reg.standards.is_empty() || !self.reg.supplementary.is_empty()
    }

    /// Turns the (article-less) 章/節 read so far into 目次 entries.
    pub(super) fn reopen_as_toc(&mut self) {
        for chapter in std::mem::take(&mut self.reg.chapters) {
            self.ids.remove(&chapter.id);
            if chapter.number.is_some() {
                self.toc_chapter = chapter.label.clone();
                self.toc_labels.insert(chapter.label.clone());
                self.reg.toc.push(TocEntry {
                    label: chapter.label,
                    title: chapter.title,
                    range: None,
                    line: chapter.line,
                });
            }
            for section in chapter.sections {
                self.ids.remove(&section.id);
                if section.number.is_some() {
                    self.toc_labels.insert(format!("{}{}", self.toc_chapter, section.label));
                    self.reg.toc.push(TocEntry {
                        label: section.label,
                        title: section.title,
                        range: None,
                        line: section.line,
                    });
                }
            }
        }
    }

    pub(super) fn seen_body(&self) -> bool {
        !self.reg.chapters.is_empty() || !self.reg.standards.is_empty() || !self.reg.supplementary.is_empty()
    }

    /// Handles a line inside the 目次; false when the 目次 has ended and the
    /// line must be processed as body.
    pub(super) fn toc_line(&mut self, kind: &Kind, line: &SourceLine) -> bool {
        let (label, title, range) = match kind {
            Kind::TocHeading | Kind::MinorHeading => return true,
            Kind::Heading { level, number, title, range } => {
                let unit = if *level == HeadingLevel::Chapter { "章" } else { "節" };
                (format!("第{}", number_label(number, unit)), title.clone(), range.clone())
            }
            Kind::Supplementary { .. } => (nfkc(&line.text), String::new(), None),
            Kind::Appendix { label, title, .. } => (nfkc(label), title.clone().unwrap_or_default(), None),
            Kind::Text | Kind::Caption(_) => {
                // A wrapped 目次 title.
                if let Some(last) = self.reg.toc.last_mut() {
                    last.title.push_str(&line.text);
                }
                return true;
            }
            // A text numbered without 条 lists its provisions themselves (第１　趣旨).
            Kind::Article { bare: true, number, caption: Some(title), text } if text.is_empty() => {
                (labels::article_label(number, true), title.clone(), None)
            }
            Kind::Article { .. } => {
                // No heading repeated the 目次: the entries were the body's own
                // headings (written with article ranges), so the ones just
                // above this article head it.
                if !self.toc_closed_by_repeat() {
                    self.restore_headings_from_toc();
                }
                self.mode = Mode::Body;
                return false;
            }
            _ => {
                self.mode = Mode::Body;
                return false;
            }
        };
        // The body repeats a heading of the 目次 (節 are keyed by their 章).
        let key = match kind {
            Kind::Heading { level: HeadingLevel::Chapter, .. } => {
                self.toc_chapter = label.clone();
                label.clone()
            }
            Kind::Heading { .. } => format!("{}{label}", self.toc_chapter),
            _ => label.clone(),
        };
        if self.toc_labels.contains(&key) {
            self.mode = Mode::Body;
            return false;
        }
        self.toc_labels.insert(key);
        self.reg.toc.push(TocEntry { label, title, range, line: line.line });
        true
    }

    /// True when a 目次 heading opened the 目次 (then its end is a repeated heading).
    pub(super) fn toc_closed_by_repeat(&self) -> bool {
        self.toc_had_heading
    }

    /// Moves the 目次 entries from the last 章 on back into the body as headings.
    pub(super) fn restore_headings_from_toc(&mut self) {
        let Some(start) = self.reg.toc.iter().rposition(|e| e.label.ends_with('章')) else { return };
        let entries = self.reg.toc.split_off(start);
        for e in entries {
            let (level, unit) =
                if e.label.ends_with('章') { (HeadingLevel::Chapter, '章') } else { (HeadingLevel::Section, '節') };
            let inner = e.label.trim_start_matches('第').replacen(unit, "", 1);
            let mut parts = inner.split('の').map(crate::text::numerals::parse_number);
            let Some(Some(main)) = parts.next() else { continue };
            let branches: Vec<u32> = parts.flatten().collect();
            self.start_heading(level, Number { main, branches }, e.title, e.line);
        }
    }
}
