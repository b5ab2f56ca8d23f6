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

// `#[allow(missing_docs)]` below marks modules whose public items are not
// all documented yet, so the crate-wide warning stays clean. Remove each
// allow once its module is clean:
// - `catalog`, `parse`, `source`: documented in parallel on another branch;
// - `site` (mod.rs, paths, linkcheck, downloads) and `pipeline`: outside this
//   round's tidy-up (their views and templates are documented);
// - `cli`: its clap `Args` structs, fields and value enums are documented
//   for users in Japanese through `///`, which clap turns into `--help`
//   text, so English API docs cannot be added there without changing the help.
pub mod amend;
pub mod analyze;
#[allow(missing_docs)]
pub mod catalog;
#[allow(missing_docs)]
pub mod cli;
pub mod config;
pub mod export;
pub mod model;
#[allow(missing_docs)]
pub mod parse;
#[allow(missing_docs)]
pub mod pipeline;
#[allow(missing_docs)]
pub mod site;
#[allow(missing_docs)]
pub mod source;
pub mod text;
pub(crate) mod yaml;
