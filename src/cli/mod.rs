//! One module per subcommand: its clap `Args` and its `run`.
pub mod align;
pub mod apply;
pub mod build;
pub mod check;
pub mod check_amendment;
pub mod coverage;
pub mod diff;
pub mod eval;
pub mod export;
pub mod help;
pub mod kaimebun;
pub mod parse;
pub mod review;
pub mod serve;
pub mod taishohyo;

/// Output format of the reporting commands (coverage, align, eval).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}
