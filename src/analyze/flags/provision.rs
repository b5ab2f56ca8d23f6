//! A provision cut into paragraphs (項), each with its items (号) apart.
use std::sync::OnceLock;

use regex::Regex;

use crate::analyze::diff::{NormText, Units};
use crate::model::Article;

/// One paragraph (項) of a provision, its items (号) apart.
pub(super) struct Block {
    /// 第3条第2項, or None for a bare text.
    pub(super) location: Option<String>,
    pub(super) number: u32,
    pub(super) units: Units,
    /// Its items' texts, cut into units on first use ([`Block::items`]).
    item_texts: Vec<String>,
    items: OnceLock<Vec<Units>>,
}

impl Block {
    /// Its items (号), cut on first use: only the 号 flags (of a side A
    /// paragraph that has some, and of the paragraph paired with it) and a
    /// rare comparison of lengths read them, so most texts' are never cut.
    pub(super) fn items(&self) -> &[Units] {
        self.items.get_or_init(|| self.item_texts.iter().map(|t| Units::new(t)).collect())
    }

    /// Whether it has items, without cutting them.
    pub(super) fn has_items(&self) -> bool {
        !self.item_texts.is_empty()
    }

    pub(super) fn text(&self) -> &NormText {
        &self.units.text
    }
}

/// The paragraphs of one side of a comparison.
pub(super) struct ProvisionBlocks {
    pub(super) blocks: Vec<Block>,
}

impl ProvisionBlocks {
    pub(super) fn from_article(article: &Article) -> ProvisionBlocks {
        let blocks = article
            .paragraphs
            .iter()
            .map(|p| Block {
                // A 項 numbered above 1 is of a longer article, even alone.
                location: Some(if article.paragraphs.len() > 1 || p.number > 1 {
                    format!("{}第{}項", article.label, p.number)
                } else {
                    article.label.clone()
                }),
                number: p.number,
                units: Units::new(&p.text),
                item_texts: p.items.iter().map(|item| format!("{}　{}", item.label, item.text)).collect(),
                items: OnceLock::new(),
            })
            .collect();
        ProvisionBlocks { blocks }
    }

    /// A bare text: a line opening with a paragraph number (2　, ２ ) starts
    /// a paragraph, one opening with (1) / （１） / 一 an item; other lines
    /// continue the one before (wrapped text). A line wholly in brackets is
    /// a caption and is skipped.
    pub(super) fn from_text(text: &str) -> ProvisionBlocks {
        let mut paras: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let caption =
                (line.starts_with('（') && line.ends_with('）')) || (line.starts_with('(') && line.ends_with(')'));
            if caption && !item_label_re().is_match(line) {
                continue;
            }
            if let Some(rest) = paragraph_number_re().find(line).map(|m| &line[m.end()..]).filter(|_| !paras.is_empty())
            {
                paras.push((rest.to_string(), Vec::new()));
            } else if item_label_re().is_match(line) && !paras.is_empty() {
                paras.last_mut().expect("checked").1.push(line.to_string());
            } else if let Some((p, items)) = paras.last_mut() {
                match items.last_mut() {
                    Some(item) => item.push_str(line),
                    None => p.push_str(line),
                }
            } else {
                paras.push((line.to_string(), Vec::new()));
            }
        }
        let blocks = paras
            .into_iter()
            .enumerate()
            .map(|(k, (p, items))| Block {
                location: None,
                number: k as u32 + 1,
                units: Units::new(&p),
                item_texts: items,
                items: OnceLock::new(),
            })
            .collect();
        ProvisionBlocks { blocks }
    }

    pub(super) fn items_of(&self, i: usize) -> &[Units] {
        self.blocks[i].items()
    }
}

fn paragraph_number_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[0-9０-９]+[　 ]+").unwrap())
}

fn item_label_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^(?:[（(][0-9０-９]+[)）]|[一二三四五六七八九十]+[　 ]|[ア-ン][　 ])").unwrap())
}
