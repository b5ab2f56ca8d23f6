//! Analysis: tokens, alignment to catalog items, coverage, article
//! correspondence, diffs, flags and defined terms.
pub mod align;
pub mod confidence;
pub mod definitions;
pub mod diff;
pub mod eval;
pub mod flags;
pub(crate) mod gates;
pub mod review;
pub mod roles;
pub mod taishohyo;
pub mod terms;
pub mod text_analysis;
pub mod tokens;
