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

/// How long mimalloc keeps memory a thread freed before giving it back to
/// the system (its default is 10 ms). A build frees and makes again the
/// tokens, terms and pages of one regulation after another: given back
/// after 10 ms, that memory came back as fresh pages the kernel had to
/// zero, 5 % of an N = 2,000 build's samples (`clear_page_erms`) and half
/// its system time. Kept for a second, it is reused: the build took 8 %
/// less wall time (10.9 → 10.0 s, three runs each) at a peak 3 % higher
/// (655 → 664 MiB); kept for ever, 4 % less again at 5 % more memory,
/// which `reiki serve` would then hold between rebuilds.
const ALLOCATOR_PURGE_DELAY_MS: std::ffi::c_long = 1000;

/// mimalloc's number for its purge delay option (`mi_option_purge_delay`
/// in `mimalloc.h`, the same in its v2 and v3: retired options keep their
/// numbers so that these stay put).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

unsafe extern "C" {
    // mimalloc's own setter, linked with the allocator (`libmimalloc-sys`
    // declares it only behind a feature that needs `cty`, which the
    // offline crate registry lacks).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Sets the allocator's options for reiki's workload
/// (`ALLOCATOR_PURGE_DELAY_MS`); binaries call it first thing.
pub fn tune_allocator() {
    // SAFETY: a plain setter of a global option, safe to call at any time.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, ALLOCATOR_PURGE_DELAY_MS) }
}

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
