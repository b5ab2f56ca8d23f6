//! Japanese numerals (kanji, full-width, half-width) and article references.
use crate::model::Number;

/// Parses an article reference such as 第10条, 10, 第十条, 第23条の2, 23の2.
pub fn parse_article_ref(_text: &str) -> Option<Number> {
    todo!("parser work (issue 2)")
}
