//! `reiki check [PATH…]`: diagnostics of regulation files (default
//! `regulations/`), one per line as `file:line: warning[code]: message`.
//! Exit 0 when only warnings, 1 when a file cannot be read or parsed.
use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::Severity;
use crate::source;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or directories (default: regulations/).
    pub paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("regulations")] } else { args.paths };
    let (mut files, mut warnings, mut errors) = (0, 0, 0);
    for path in &paths {
        let (regulations, failures) = source::load_dir(path);
        for reg in &regulations {
            files += 1;
            for d in &reg.diagnostics {
                println!("{d}");
                match d.severity {
                    Severity::Warning => warnings += 1,
                    Severity::Error => errors += 1,
                }
            }
        }
        for err in failures {
            files += 1;
            errors += 1;
            println!("{err:#}: error[unreadable]");
        }
    }
    eprintln!("{files} files: {errors} errors, {warnings} warnings");
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
