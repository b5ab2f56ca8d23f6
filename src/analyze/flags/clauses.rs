//! Clauses of a normalised provision text (its sentences: `text::sentences`).
use std::ops::Range;

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
