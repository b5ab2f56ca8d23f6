//! Analysis: tokens, alignment to catalog items, coverage, article
//! correspondence, diffs, flags and defined terms.
//!
//! Every public item here is documented (`missing_docs`), except in `align`,
//! whose rework is under way elsewhere (issue 10).
#![warn(missing_docs)]
#[allow(missing_docs)]
pub mod align;
pub mod confidence;
pub mod definitions;
pub mod diff;
pub mod eval;
pub mod flags;
pub(crate) mod gates;
pub(crate) mod pairing;
pub mod review;
pub mod roles;
pub mod taishohyo;
pub mod term_vectors;
pub mod terms;
pub mod text_analysis;

/// The random cases of the analysis's tests: a xorshift generator of
/// numbers below a bound, from `seed`, the same on every run.
#[cfg(test)]
pub(crate) fn numbers_below(mut seed: u64) -> impl FnMut(u64) -> u64 {
    move |below: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % below
    }
}
