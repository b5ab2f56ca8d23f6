//! Text → model: numerals, structure, diagnostics. OWNER: parser work (issue 2).
pub mod numerals;
