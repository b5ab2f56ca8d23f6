//! Token-level inline diffs of two provisions (the `similar` crate over
//! lindera tokens). OWNER: differences work (issue 4).
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    Equal,
    Insert,
    Delete,
}

/// A run of text in an inline diff; `text` is original (display) text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub kind: RunKind,
    pub text: String,
}
