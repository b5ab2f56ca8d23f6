//! reiki: compares Japanese local-government regulations (例規) against
//! national guidelines and against each other, and publishes the result as a
//! static site.
//!
//! Pipeline, one direction: `source` (discover, decode, front matter) →
//! `parse` (text → `model`) → `analyze` (tokens, alignment, diffs) →
//! `site` (render, write).
pub mod amend;
pub mod analyze;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod export;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod site;
pub mod source;
pub mod text;
