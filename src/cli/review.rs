//! `reiki review ID [--input DIR] [--catalog ID] [--catalogs DIR]`: writes
//! `reviews/<ID>.yaml` next to the regulation from its current coverage, for
//! a reviewer to fill in (see `analyze::review`). Entries already there are
//! kept as they are; only items without one get a template entry.
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::coverage::CatalogChoice;
use crate::analyze::review;

/// Arguments of `reiki review`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Regulation id (front matter `id`, or the file name).
    pub id: String,
    /// Folder of regulations to find it in.
    #[arg(long, default_value = "regulations")]
    pub input: PathBuf,
    /// Which catalogs to use, and where they are.
    #[command(flatten)]
    pub catalogs: CatalogChoice,
}

/// Writes or completes `reviews/<ID>.yaml` from the regulation's current coverage.
pub fn run(args: Args) -> Result<ExitCode> {
    let mut project = args.catalogs.project()?;
    project.load_folder(&args.input);
    let (regulations, errors) = (&project.regulations, &project.load_errors);
    let reg = regulations.iter().find(|r| r.id == args.id).with_context(|| {
        let why: Vec<String> = errors.iter().map(|e| format!("{e:#}")).collect();
        format!(
            "regulation `{}` not found in {}{}",
            args.id,
            args.input.display(),
            if why.is_empty() { String::new() } else { format!(" ({})", why.join("; ")) }
        )
    })?;
    let catalogs = project.select_catalogs(reg, &args.catalogs.wanted)?;
    let reports = project.coverage(reg, &project.text(reg), &catalogs);
    let existing = review::load(reg)?;
    let kept = existing.as_ref().map_or(0, |f| f.items.len());
    let file = review::template(reg, &reports, existing);
    let path = review::review_path(reg);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
    }
    let header = "# reiki review: fill in `reviewer` and `date` for each item you checked; set `status`\n\
                  # (○ △ × -) and `reason`; per link `decision: confirm | reject | add`. Entries with\n\
                  # an empty reviewer change nothing. `hash` is the article text when reviewed.\n";
    let yaml = serde_yaml::to_string(&file)?;
    std::fs::write(&path, format!("{header}{yaml}")).with_context(|| format!("{}: cannot write", path.display()))?;
    println!("{}: {} 項目（既存 {} 項目を保持）", path.display(), file.items.len(), kept);
    Ok(ExitCode::SUCCESS)
}
