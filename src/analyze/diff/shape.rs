//! Shaping a raw Myers diff so that it reads as a person would mark it.
use std::ops::Range;

use super::{DiffParams, DiffSegment, TokenDiff, Unit, Units};

impl TokenDiff {
    /// Del(X) Eq(E) Del(Y) where X begins with E is the same edit as
    /// Eq(E) Del(X′ E Y): one block reads better than two (likewise for
    /// insertions, and for Y ending with E).
    pub(super) fn merge_split_edits(&mut self) {
        let mut k = 0;
        while k + 2 < self.segments.len() {
            let (
                DiffSegment::Change { a: xa, b: xb },
                DiffSegment::Equal { a: ea, b: eb },
                DiffSegment::Change { a: ya, b: yb },
            ) = (self.segments[k].clone(), self.segments[k + 1].clone(), self.segments[k + 2].clone())
            else {
                k += 1;
                continue;
            };
            let on_a = xb.is_empty() && yb.is_empty();
            let on_b = xa.is_empty() && ya.is_empty();
            if !on_a && !on_b {
                k += 1;
                continue;
            }
            let (side, x, e, y) = if on_a { (&self.a, &xa, &ea, &ya) } else { (&self.b, &xb, &eb, &yb) };
            let keys = |r: Range<usize>| side.units[r].iter().map(|u| u.key).collect::<Vec<_>>();
            let n = e.len();
            let starts_with_e = x.len() >= n && keys(x.start..x.start + n) == keys(e.clone());
            let ends_with_e = y.len() >= n && keys(y.end - n..y.end) == keys(e.clone());
            let (eq_other, other_at) = if on_a { (eb.clone(), xb.start) } else { (ea.clone(), xa.start) };
            let block = x.start..y.end;
            let merged = if starts_with_e {
                let eq_side = x.start..x.start + n;
                let change_side = x.start + n..y.end;
                let (ea2, eb2) = if on_a { (eq_side, eq_other.clone()) } else { (eq_other.clone(), eq_side) };
                let other = eq_other.end..eq_other.end;
                let (ca, cb) = if on_a { (change_side, other) } else { (other, change_side) };
                Some([DiffSegment::Equal { a: ea2, b: eb2 }, DiffSegment::Change { a: ca, b: cb }])
            } else if ends_with_e {
                let eq_side = y.end - n..y.end;
                let change_side = block.start..y.end - n;
                let other = other_at..other_at;
                let (ca, cb) = if on_a { (change_side, other) } else { (other, change_side) };
                let (ea2, eb2) = if on_a { (eq_side, eq_other.clone()) } else { (eq_other.clone(), eq_side) };
                Some([DiffSegment::Change { a: ca, b: cb }, DiffSegment::Equal { a: ea2, b: eb2 }])
            } else {
                None
            };
            match merged {
                Some(m) => {
                    self.segments.splice(k..k + 3, m);
                }
                None => k += 1,
            }
        }
    }

    /// A pure insertion or deletion between two equal stretches can often
    /// sit at several offsets (the edges repeat). Myers picks the first;
    /// readers expect it at a natural boundary: a bracketed aside or a
    /// whole line, so slide it there.
    pub(super) fn slide_to_boundaries(&mut self) {
        for k in 1..self.segments.len().saturating_sub(1) {
            let (
                DiffSegment::Equal { a: pa, b: pb },
                DiffSegment::Change { a, b },
                DiffSegment::Equal { a: na, b: nb },
            ) = (self.segments[k - 1].clone(), self.segments[k].clone(), self.segments[k + 1].clone())
            else {
                continue;
            };
            let best = match (a.is_empty(), b.is_empty()) {
                (false, true) => self.best_slide(k, &self.a, a.clone(), pa.len(), na.len()),
                (true, false) => self.best_slide(k, &self.b, b.clone(), pb.len(), nb.len()),
                _ => continue,
            };
            if best == 0 {
                continue;
            }
            let shift = |r: &Range<usize>, d: isize| (r.start as isize + d) as usize..(r.end as isize + d) as usize;
            let (pa2, pb2) = (pa.start..(pa.end as isize + best) as usize, pb.start..(pb.end as isize + best) as usize);
            let (na2, nb2) = ((na.start as isize + best) as usize..na.end, (nb.start as isize + best) as usize..nb.end);
            self.segments[k - 1] = DiffSegment::Equal { a: pa2, b: pb2 };
            self.segments[k] = DiffSegment::Change { a: shift(&a, best), b: shift(&b, best) };
            self.segments[k + 1] = DiffSegment::Equal { a: na2, b: nb2 };
        }
        self.segments.retain(|s| match s {
            DiffSegment::Equal { a, .. } => !a.is_empty(),
            DiffSegment::Change { a, b } => !a.is_empty() || !b.is_empty(),
        });
        self.merge_adjacent_changes();
    }

    /// The offset (in units, 0 = stay) to which the one-sided edit `block` of
    /// segment `k` is best slid; `before` and `after` are the lengths of the
    /// equal stretches around it.
    fn best_slide(&self, k: usize, side: &Units, block: Range<usize>, before: usize, after: usize) -> isize {
        let params = DiffParams::DEFAULT;
        let keys = |i: usize| side.units[i].key;
        // Offsets d in [-before, after] where the block shifted by d is equivalent.
        let mut lo = 0isize;
        while (lo as usize) < before && keys(block.start - lo as usize - 1) == keys(block.end - lo as usize - 1) {
            lo += 1;
        }
        let mut hi = 0usize;
        while hi < after && keys(block.start + hi) == keys(block.end + hi) {
            hi += 1;
        }
        if lo == 0 && hi == 0 {
            return 0;
        }
        // Sliding over a whole equal stretch joins this change to its neighbour.
        let joins_prev = k >= 2 && matches!(self.segments[k - 2], DiffSegment::Change { .. }) && lo as usize == before;
        let joins_next =
            k + 2 < self.segments.len() && matches!(self.segments[k + 2], DiffSegment::Change { .. }) && hi == after;
        let score = |start: usize, end: usize| -> i32 {
            if (joins_prev && start + lo as usize == block.start) || (joins_next && start == block.start + hi) {
                return params.slide_join_score;
            }
            let first = &side.units[start];
            let last = &side.units[end - 1];
            let text_last = &side.text.original[last.display.clone()];
            let mut s = 0;
            if first.pos_sub == "括弧開" && last.pos_sub == "括弧閉" {
                s += params.slide_bracket_score;
            }
            if text_last.contains('\n') || end == side.units.len() {
                s += params.slide_line_end_score;
            }
            if start == 0 || side.text.original[side.units[start - 1].display.clone()].contains('\n') {
                s += params.slide_line_start_score;
            }
            s
        };
        (-lo..=hi as isize)
            .map(|d| {
                let start = (block.start as isize + d) as usize;
                (score(start, start + block.len()), d)
            })
            .max_by_key(|&(sc, d)| (sc, -d.abs()))
            .map(|(_, d)| d)
            .unwrap_or(0)
    }

    /// Changes that became adjacent are one change.
    fn merge_adjacent_changes(&mut self) {
        let mut merged: Vec<DiffSegment> = Vec::with_capacity(self.segments.len());
        for seg in self.segments.drain(..) {
            match (merged.last_mut(), &seg) {
                (Some(DiffSegment::Change { a: pa, b: pb }), DiffSegment::Change { a, b }) => {
                    pa.end = a.end.max(pa.end);
                    pb.end = b.end.max(pb.end);
                    if pa.start > a.start {
                        pa.start = a.start;
                    }
                    if pb.start > b.start {
                        pb.start = b.start;
                    }
                }
                _ => merged.push(seg),
            }
        }
        self.segments = merged;
    }

    /// Folds short equal stretches between two changes into one change.
    pub(super) fn fold_glue(&mut self) {
        let params = DiffParams::DEFAULT;
        let mut i = 1;
        while i + 1 < self.segments.len() {
            let fold = match (&self.segments[i - 1], &self.segments[i], &self.segments[i + 1]) {
                (
                    DiffSegment::Change { a: pa, b: pb },
                    DiffSegment::Equal { a, .. },
                    DiffSegment::Change { a: na, b: nb },
                ) => {
                    let chars = self.a.norm_chars(a.clone());
                    // A layout break (after 第12条, at a line end) is never glue.
                    let spaced = self.a.units[a.clone()].iter().any(|u| u.space_after);
                    let glue = self.a.units[a.clone()].iter().all(Unit::is_function_word);
                    // The changes around are counted only for a stretch
                    // short enough to be glue (most are not): counting
                    // them was two fifths of this function's instructions.
                    let before = || self.a.norm_chars(pa.clone()).max(self.b.norm_chars(pb.clone()));
                    let after = || self.a.norm_chars(na.clone()).max(self.b.norm_chars(nb.clone()));
                    !spaced
                        && (chars <= params.max_glue_chars || (glue && chars <= params.max_function_glue_chars))
                        && chars <= before()
                        && chars <= after()
                }
                _ => false,
            };
            if fold {
                let (DiffSegment::Change { a: pa, b: pb }, DiffSegment::Change { a: na, b: nb }) =
                    (self.segments[i - 1].clone(), self.segments[i + 1].clone())
                else {
                    unreachable!()
                };
                self.segments.splice(i - 1..i + 2, [DiffSegment::Change { a: pa.start..na.end, b: pb.start..nb.end }]);
                i = i.saturating_sub(1).max(1);
            } else {
                i += 1;
            }
        }
    }
}
