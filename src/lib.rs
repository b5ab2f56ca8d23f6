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

/// The allocator of every binary built on reiki (the CLI, the benchmark, the
/// tests), so that what is measured is what runs. A build makes and frees
/// millions of small strings and vectors across threads: with glibc's
/// malloc that was a fifth of the CPU, and a 19 MB regulation peaked at
/// 1.66 GB from fragmentation; mimalloc built it in 0.7× the CPU and 1.0 GB
/// (README, "Speed and scale").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
