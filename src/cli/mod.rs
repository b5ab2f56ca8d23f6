//! One module per subcommand: its clap `Args` and its `run`.
//!
//! Every subcommand module names its arguments `Args` (clap's convention):
//! the one type name used in several modules, always as `cli::<command>::Args`.
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
// A doc comment on a value would turn `--help`'s ［text | json］ into a
// list with descriptions; each option's own help already says what they are.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}
