//! Sentences and clauses of a normalised provision text.
use std::ops::Range;

/// Sentence ranges of a text, normalised or as written: split at 。 outside
/// brackets (a 括弧書き such as 「（以下「X」という。）」 ends no sentence).
pub(crate) fn sentences(norm: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in norm.char_indices() {
        match c {
            '(' | '（' | '「' | '[' | '『' | '【' => depth += 1,
            ')' | '）' | '」' | ']' | '』' | '】' => depth = (depth - 1).max(0),
            '。' if depth == 0 => {
                out.push(start..i + c.len_utf8());
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if start < norm.len() {
        out.push(start..norm.len());
    }
    out
}

/// The last clause (after the last top-level 、) of a sentence.
pub(super) fn final_clause(norm: &str, s: Range<usize>) -> Range<usize> {
    let text = &norm[s.clone()];
    let mut depth = 0i32;
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '「' => depth += 1,
            ')' | '」' => depth = (depth - 1).max(0),
            '、' if depth == 0 => cut = i + c.len_utf8(),
            _ => {}
        }
    }
    s.start + cut..s.end
}

/// The top-level clause around a normalised byte offset.
pub(super) fn clause_at(norm: &str, at: usize) -> Range<usize> {
    let at = at.min(norm.len());
    let start = norm[..at].rfind(['、', '。']).map(|i| i + '、'.len_utf8()).unwrap_or(0);
    let end = norm[at..].find(['、', '。']).map(|i| at + i + '、'.len_utf8()).unwrap_or(norm.len());
    start..end
}
