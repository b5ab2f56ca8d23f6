//! The layers of the crate go one way (README, "How it is built"): each
//! top-level module may name only the modules listed for it below. Reads
//! every `src/**/*.rs` and fails on a `crate::…` path to a module its layer
//! may not use. Set `REIKI_LAYERS_SRC` to check another tree's `src`.
use std::path::{Path, PathBuf};

/// Each top-level module and the modules it may use (itself always).
/// Bottom to top: Japanese-text primitives and YAML errors; the model;
/// reading sources and catalogs; parsing and the configuration; analyses
/// (and 改め文); the pipeline; the renderers; the command line.
const LAYERS: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("yaml", &[]),
    ("model", &["text"]),
    ("source", &["text", "yaml", "model"]),
    ("catalog", &["text", "yaml", "model"]),
    ("parse", &["text", "yaml", "model", "source"]),
    ("config", &["text", "yaml", "model", "source"]),
    ("analyze", &["text", "yaml", "model", "source", "catalog", "parse", "config"]),
    ("amend", &["text", "yaml", "model", "source", "catalog", "parse", "config", "analyze"]),
    ("pipeline", &["text", "yaml", "model", "source", "catalog", "parse", "config", "analyze", "amend"]),
    ("export", &["text", "yaml", "model", "source", "catalog", "parse", "config", "analyze", "amend", "pipeline"]),
    (
        "site",
        &["text", "yaml", "model", "source", "catalog", "parse", "config", "analyze", "amend", "pipeline", "export"],
    ),
    (
        "cli",
        &[
            "text", "yaml", "model", "source", "catalog", "parse", "config", "analyze", "amend", "pipeline", "export",
            "site",
        ],
    ),
];

/// The top-level module a file under `src/` belongs to (`src/parse/lines.rs`
/// → `parse`, `src/model.rs` → `model`); None for the crate and binary roots.
fn module_of(relative: &Path) -> Option<String> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// Top-level modules a line of code names through `crate::` (also inside
/// `use crate::{a, b::c}`). Comment lines are skipped.
fn named_modules(line: &str) -> Vec<String> {
    let code = line.trim_start();
    if code.starts_with("//") {
        return Vec::new();
    }
    let mut names = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        match rest.strip_prefix('{') {
            Some(group) => {
                // Top-level items of the group: split at commas outside braces.
                let mut depth = 0;
                let mut start = 0;
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            names.push(ident(&group[start..i]));
                            break;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            names.push(ident(&group[start..i]));
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
            }
            None => names.push(ident(rest)),
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

fn ident(path: &str) -> String {
    path.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// Every use in `text` (the file `relative` to `src/`) of a module its layer
/// may not use, as `path:line: module uses other`.
fn violations_in(relative: &Path, text: &str) -> Vec<String> {
    let Some(module) = module_of(relative) else { return Vec::new() };
    let Some((_, allowed)) = LAYERS.iter().find(|(name, _)| *name == module) else {
        return vec![format!("src/{}: module `{module}` has no place in LAYERS", relative.display())];
    };
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for used in named_modules(line) {
            if used != module && !allowed.contains(&used.as_str()) {
                found.push(format!("src/{}:{}: `{module}` uses `{used}`", relative.display(), n + 1));
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let src = std::env::var_os("REIKI_LAYERS_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 50, "{} holds only {} files", src.display(), files.len());
    let mut violations = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        violations.extend(violations_in(file.strip_prefix(&src).unwrap(), &text));
    }
    assert!(violations.is_empty(), "layers crossed:\n{}", violations.join("\n"));
}

#[test]
fn crossings_of_each_kind_are_found() {
    let check = |path: &str, line: &str| violations_in(Path::new(path), line);
    // text depends on nothing; model only on text.
    assert_eq!(check("text/era.rs", "use crate::model::Number;"), ["src/text/era.rs:1: `text` uses `model`"]);
    assert_eq!(check("model.rs", "let n = crate::parse::numerals::parse_number(t);").len(), 1);
    assert!(check("model.rs", "pub use crate::text::numerals::Number;").is_empty());
    // source does not parse; parse does not analyse.
    assert_eq!(check("source/mod.rs", "use crate::model::{Meta, Regulation};\nuse crate::parse;").len(), 1);
    assert_eq!(check("parse/checks.rs", "use crate::analyze::terms::nfkc;").len(), 1);
    // Grouped imports are read item by item.
    assert_eq!(
        check("analyze/eval.rs", "use crate::{model::Regulation, pipeline::{Project, corpus}, site};"),
        ["src/analyze/eval.rs:1: `analyze` uses `pipeline`", "src/analyze/eval.rs:1: `analyze` uses `site`"]
    );
    // Only the command line uses cli; comments are not code.
    assert_eq!(check("site/mod.rs", "crate::cli::build::run(args)").len(), 1);
    assert!(check("cli/parse.rs", "use crate::{pipeline, site};").is_empty());
    assert!(check("export/xlsx.rs", "// see crate::cli::export").is_empty());
    assert!(check("main.rs", "reiki::cli::run()").is_empty());
    // A new top-level module must be given its layer.
    assert_eq!(check("newthing.rs", "").len(), 1);
}
