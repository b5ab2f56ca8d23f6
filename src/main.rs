use std::process::ExitCode;

use clap::{Parser, Subcommand};
use reiki::cli;

/// reiki — 例規比較: compare regulations against national guidelines and each other.
#[derive(Debug, Parser)]
#[command(name = "reiki", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the static site (default: regulations/ → site/).
    Build(cli::build::Args),
    /// Parse one regulation and print its structure (tree or JSON).
    Parse(cli::parse::Args),
    /// List diagnostics for regulation files; non-zero exit on errors.
    Check(cli::check::Args),
    /// Guideline coverage (○△×-) of one regulation.
    Coverage(cli::coverage::Args),
    /// Article correspondence table (条文対応表) of two regulations.
    Align(cli::align::Args),
    /// Precision/recall of alignment against the gold file.
    Eval(cli::eval::Args),
    /// Write reviews/<ID>.yaml from the current coverage, for a reviewer.
    Review(cli::review::Args),
    /// Inline diff of two regulations or articles, with flags.
    Diff(cli::diff::Args),
    /// 新旧対照表 of two versions.
    Taishohyo(cli::taishohyo::Args),
    /// Serve site/ on localhost and rebuild on change.
    Serve(cli::serve::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => cli::build::run(args),
        Command::Parse(args) => cli::parse::run(args),
        Command::Check(args) => cli::check::run(args),
        Command::Coverage(args) => cli::coverage::run(args),
        Command::Align(args) => cli::align::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Review(args) => cli::review::run(args),
        Command::Diff(args) => cli::diff::run(args),
        Command::Taishohyo(args) => cli::taishohyo::run(args),
        Command::Serve(args) => cli::serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Catches clap definition errors (duplicate names, bad defaults) in
    /// every subcommand, which otherwise only panic when that one is run.
    #[test]
    fn cli_definition_is_valid() {
        super::Cli::command().debug_assert();
    }
}
