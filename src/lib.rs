//! reiki: compares Japanese local-government regulations (例規) against
//! national guidelines and against each other, and publishes the result as a
//! static site.
//!
//! Layers, one direction (README, "Layers"; `tests/layers.rs` enforces
//! them): `text` (Japanese-text primitives), `yaml` (YAML errors) and
//! `model` at the bottom; `source` (discover, decode, front matter) →
//! `parse` (a source's text → `model`) → `analyze` (tokens through one cache, alignment, diffs, flags)
//! → `pipeline` (a [`pipeline::Project`] loads a corpus once and hands out
//! its analyses; [`pipeline::corpus::CorpusAnalysis`] is everything the
//! site shows, computed once) → `site`, `export` (render only) and `cli`
//! (arguments and printing).
#![warn(missing_docs)]

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
pub(crate) mod yaml;
