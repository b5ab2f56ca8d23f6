//! A diff as runs of text, marked text or ANSI colours.
use serde::{Deserialize, Serialize};

use super::{DiffSegment, Run, RunKind, TokenDiff, Units};
use crate::text::tokens::PartOfSpeech;

impl TokenDiff {
    /// The inline diff: equal runs show B's original text, changes show the
    /// deletion (A) before the insertion (B).
    pub fn runs(&self) -> Vec<Run> {
        let mut out = Vec::new();
        // Layout whitespace after an equal stretch; a pure deletion goes
        // before it, so the deleted text stays on its own line.
        let mut pending = "";
        for s in &self.segments {
            match s {
                DiffSegment::Equal { b, .. } => {
                    push_run(&mut out, RunKind::Equal, pending);
                    let db = self.b.display(b.clone());
                    push_run(&mut out, RunKind::Equal, db.trim_end());
                    pending = &db[db.trim_end().len()..];
                }
                DiffSegment::Change { a, b } => {
                    let (da, db) = (self.a.display(a.clone()), self.b.display(b.clone()));
                    if !b.is_empty() {
                        push_run(&mut out, RunKind::Equal, pending);
                        pending = "";
                    }
                    push_run(&mut out, RunKind::Delete, da.trim_end());
                    push_run(&mut out, RunKind::Insert, db.trim_end());
                    let tail = if b.is_empty() { &da[da.trim_end().len()..] } else { &db[db.trim_end().len()..] };
                    if pending.is_empty() {
                        pending = tail;
                    }
                }
            }
        }
        push_run(&mut out, RunKind::Equal, pending);
        out
    }

    /// A's text alone, with deletions marked (Equal/Delete runs).
    pub fn a_runs(&self, granularity: Granularity) -> Vec<Run> {
        spans_to_runs(&self.a.text.original, &self.a_spans(granularity)).expect("spans of the text they tile")
    }

    /// B's text alone, with insertions marked (Equal/Insert runs).
    pub fn b_runs(&self, granularity: Granularity) -> Vec<Run> {
        spans_to_runs(&self.b.text.original, &self.b_spans(granularity)).expect("spans of the text they tile")
    }

    /// [`TokenDiff::a_runs`] as spans of A's text.
    pub fn a_spans(&self, granularity: Granularity) -> Vec<RunSpan> {
        let changed = self.changed_units(true, granularity);
        side_spans(&self.a, &changed, RunKind::Delete)
    }

    /// [`TokenDiff::b_runs`] as spans of B's text.
    pub fn b_spans(&self, granularity: Granularity) -> Vec<RunSpan> {
        let changed = self.changed_units(false, granularity);
        side_spans(&self.b, &changed, RunKind::Insert)
    }

    fn changed_units(&self, a_side: bool, granularity: Granularity) -> Vec<bool> {
        let units = if a_side { &self.a } else { &self.b };
        let mut changed = vec![false; units.units.len()];
        for s in &self.segments {
            if let DiffSegment::Change { a, b } = s {
                for i in if a_side { a.clone() } else { b.clone() } {
                    changed[i] = true;
                }
            }
        }
        if granularity == Granularity::Phrase {
            // A phrase with a changed word is changed whole; punctuation
            // alone does not pull its phrase in.
            let starts = units.phrase_starts();
            let mut bounds: Vec<usize> = (0..changed.len()).filter(|&i| starts[i]).collect();
            bounds.push(changed.len());
            for phrase in bounds.windows(2).map(|w| w[0]..w[1]) {
                if phrase.clone().any(|i| changed[i] && units.units[i].pos != PartOfSpeech::Symbol) {
                    changed[phrase].fill(true);
                }
            }
        }
        changed
    }
}

/// How far a change mark extends on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// Exactly the changed tokens.
    Token,
    /// Whole 文節 (content word + its particles), as offices underline in a
    /// 新旧対照表: 「勤務時間中は」, not 「は」.
    Phrase,
}

/// One side's text as spans, its changed units marked as `kind`; they tile
/// the text (the units' display ranges do).
fn side_spans(units: &Units, changed: &[bool], kind: RunKind) -> Vec<RunSpan> {
    let mut out = Vec::new();
    for (i, u) in units.units.iter().enumerate() {
        let text = &units.text.original[u.display.clone()];
        if changed[i] {
            // Layout whitespace after a changed token is not itself marked.
            let content = text.trim_end();
            push_span(&mut out, kind, content.len());
            push_span(&mut out, RunKind::Equal, text.len() - content.len());
        } else {
            push_span(&mut out, RunKind::Equal, text.len());
        }
    }
    if units.units.is_empty() {
        push_span(&mut out, RunKind::Equal, units.text.original.len());
    }
    out
}

/// A run of a text known to the holder, as its kind and length: runs that
/// tile a text are stored without copying it (see [`spans_to_runs`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSpan {
    /// Shared, inserted or deleted.
    pub kind: RunKind,
    /// Length in bytes of the text the run covers.
    pub len: u32,
}

/// Appends `len` bytes to the last span when it is of the same kind.
fn push_span(out: &mut Vec<RunSpan>, kind: RunKind, len: usize) {
    if len == 0 {
        return;
    }
    // Texts are far below 4 GB (files are capped at `max_file_mb`).
    let len = len as u32;
    match out.last_mut() {
        Some(last) if last.kind == kind => last.len += len,
        _ => out.push(RunSpan { kind, len }),
    }
}

/// The runs `spans` cut `text` into; `None` when they do not tile it (spans
/// of another text).
pub fn spans_to_runs(text: &str, spans: &[RunSpan]) -> Option<Vec<Run>> {
    let mut at = 0;
    let mut runs = Vec::with_capacity(spans.len());
    for span in spans {
        let end = at + span.len as usize;
        runs.push(Run { kind: span.kind, text: text.get(at..end)?.to_string() });
        at = end;
    }
    (at == text.len()).then_some(runs)
}

/// Appends text to the last run when it is of the same kind.
pub(crate) fn push_run(out: &mut Vec<Run>, kind: RunKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => out.push(Run { kind, text: text.to_string() }),
    }
}

/// Inline token diff of two provisions (A = old/other, B = new/this).
pub fn diff(a: &str, b: &str) -> Vec<Run> {
    TokenDiff::new(a, b).runs()
}

/// Plain-text rendering with [-deleted-]{+inserted+} markers.
pub(crate) fn to_marked_text(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        match r.kind {
            RunKind::Equal => out.push_str(&r.text),
            RunKind::Delete => {
                out.push_str("[-");
                out.push_str(&r.text);
                out.push_str("-]");
            }
            RunKind::Insert => {
                out.push_str("{+");
                out.push_str(&r.text);
                out.push_str("+}");
            }
        }
    }
    out
}

/// ANSI rendering: deletions red struck through, insertions green underlined.
pub(crate) fn to_ansi(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        match r.kind {
            RunKind::Equal => out.push_str(&r.text),
            RunKind::Delete => out.push_str(&format!("\x1b[31;9m{}\x1b[0m", r.text)),
            RunKind::Insert => out.push_str(&format!("\x1b[32;4m{}\x1b[0m", r.text)),
        }
    }
    out
}
