//! Consistency checks over everything the load phase read, before anything
//! is analysed: ids that would publish one text under another's name,
//! references to catalogs or regulations that do not exist, and cycles.
//! Each finding names the file and, where the key can be found, the line.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use crate::model::{Diagnostic, DiagnosticCode, Regulation, Severity};

use super::{paths, Site};
use crate::source::LoadError;

/// Removes every regulation whose output page would collide with another's
/// (same id, or ids that differ only in letter case and so collide on
/// Windows and macOS) and reports each as an error naming the other files:
/// neither text is published under the other's name.
pub fn drop_duplicate_ids(regulations: Vec<Regulation>, errors: &mut Vec<LoadError>) -> Vec<Regulation> {
    let mut by_page: BTreeMap<String, Vec<Regulation>> = BTreeMap::new();
    for reg in regulations {
        by_page.entry(paths::regulation(&reg.id).to_lowercase()).or_default().push(reg);
    }
    let mut kept = Vec::new();
    for (_, group) in by_page {
        if group.len() == 1 {
            kept.extend(group);
            continue;
        }
        for reg in &group {
            let others: Vec<String> =
                group.iter().filter(|o| o.path != reg.path).map(|o| format!("{}（id「{}」）", o.path, o.id)).collect();
            let line = front_matter_line(&reg.path, "id");
            errors.push(LoadError {
                path: reg.path.clone(),
                line,
                code: DiagnosticCode::DuplicateId,
                message: format!(
                    "id「{}」が {} と重複するため、どちらも公開しません（front matter の id: を別の値にしてください）",
                    reg.id,
                    others.join("、")
                ),
            });
        }
    }
    kept
}

/// Diagnostic codes [`check_references`] gives regulations.
pub const REFERENCE_CODES: &[DiagnosticCode] = &[
    DiagnosticCode::UnknownCatalog,
    DiagnosticCode::SupersedesSelf,
    DiagnosticCode::SupersedesUnknown,
    DiagnosticCode::SupersedesCycle,
];

/// Warns about references that lead nowhere and removes them, so that no
/// page is built from them: unknown catalogs (front matter and
/// `default_catalogs`), `supersedes` naming a missing id, the regulation
/// itself or a cycle, and `pairs` naming a missing id or one id twice.
/// Warnings about a regulation go into its diagnostics; the others are
/// returned as `file:line: message`.
pub fn check_references(site: &mut Site, config_path: &Path) -> Vec<String> {
    let mut warnings = Vec::new();
    let known_catalogs: HashSet<&str> = site.project.catalogs.iter().map(|c| c.id.as_str()).collect();
    // What the user can pick from instead; with no catalog at all, where
    // reiki looked (a build run outside the project folder finds none).
    let catalog_list = || {
        let dir = site.project.catalogs_dir.display();
        if !site.project.catalogs.is_empty() {
            format!("あるもの: {}", site.project.catalogs.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(", "))
        } else if site.project.catalogs_dir.is_dir() {
            format!("カタログのフォルダ {dir} にカタログがありません")
        } else {
            format!("カタログのフォルダ {dir} がありません。--catalogs で指定できます")
        }
    };
    let config = &site.project.config;
    let configured = config.default_catalogs.iter().map(|id| ("default_catalogs", id));
    for (key, id) in configured.chain(config.title_catalogs.values().flatten().map(|id| ("title_catalogs", id))) {
        if known_catalogs.contains(id.as_str()) {
            continue;
        }
        let line = config_line(config_path, key);
        // The built-in title_catalogs name the shipped 番号GL: a project
        // without it that never wrote the key is not told of it.
        if key == "default_catalogs" || line.is_some() {
            warnings.push(format!(
                "{}: {key} のカタログ「{id}」がありません（{}）",
                located(&config_path.display().to_string(), line),
                catalog_list()
            ));
        }
    }
    let ids: HashSet<String> = site.project.regulations.iter().map(|r| r.id.clone()).collect();
    let in_cycle = supersedes_cycles(&site.project.regulations);
    let mut diagnostics: Vec<(usize, Diagnostic)> = Vec::new();
    for (index, reg) in site.project.regulations.iter().enumerate() {
        for id in reg.meta.catalogs.iter().flatten() {
            if !known_catalogs.contains(id.as_str()) {
                let message =
                    format!("front matter の catalogs にあるカタログ「{id}」がありません（{}）", catalog_list());
                diagnostics.push((index, warning(reg, "catalogs", DiagnosticCode::UnknownCatalog, message)));
            }
        }
        let Some(old) = reg.meta.supersedes.as_deref() else { continue };
        let problem = if old == reg.id {
            Some((
                DiagnosticCode::SupersedesSelf,
                format!("supersedes が自分自身（{old}）を指しています。新旧対照表は作りません"),
            ))
        } else if !ids.contains(old) {
            Some((
                DiagnosticCode::SupersedesUnknown,
                format!("supersedes の「{old}」という id の例規がありません。新旧対照表は作りません"),
            ))
        } else if in_cycle.contains(&reg.id) {
            Some((
                DiagnosticCode::SupersedesCycle,
                format!("supersedes が循環しています（{} → {old} → … → {}）。新旧対照表は作りません", reg.id, reg.id),
            ))
        } else {
            None
        };
        if let Some((code, message)) = problem {
            diagnostics.push((index, warning(reg, "supersedes", code, message)));
        }
    }
    for (index, diagnostic) in diagnostics {
        let reg = &mut site.project.regulations[index];
        if diagnostic.code.is_supersedes() {
            // The views build a 新旧対照表 from every `supersedes` left here.
            reg.meta.supersedes = None;
        }
        reg.diagnostics.push(diagnostic);
    }
    let config_file = config_path.display().to_string();
    site.project.config.pairs.retain(|[a, b]| {
        let problem = if a == b {
            Some(format!("pairs の [{a}, {b}] は同じ例規どうしです。対応表は作りません"))
        } else {
            [a, b].into_iter().find(|id| !ids.contains(id.as_str())).map(|missing| {
                format!("pairs の [{a}, {b}] の「{missing}」という id の例規が読み込まれていません。対応表は作りません")
            })
        };
        if let Some(message) = &problem {
            warnings.push(format!("{}: {message}", located(&config_file, pair_line(config_path, a, b))));
        }
        problem.is_none()
    });
    warnings
}

/// Ids of regulations whose `supersedes` chain comes back to them.
fn supersedes_cycles(regulations: &[Regulation]) -> HashSet<String> {
    let next: HashMap<&str, &str> =
        regulations.iter().filter_map(|r| r.meta.supersedes.as_deref().map(|old| (r.id.as_str(), old))).collect();
    let mut cycle = HashSet::new();
    for start in next.keys() {
        let mut at = *start;
        // A chain longer than the number of links must revisit an id.
        for _ in 0..next.len() {
            match next.get(at) {
                Some(&old) if old == *start && old != at => {
                    cycle.insert(start.to_string());
                    break;
                }
                Some(&old) if old != at => at = old,
                _ => break,
            }
        }
    }
    cycle
}

fn warning(reg: &Regulation, key: &str, code: DiagnosticCode, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        code,
        file: reg.path.clone(),
        line: front_matter_line(&reg.path, key).unwrap_or(1),
        message,
    }
}

/// `file:line` or just `file` when the line is unknown.
fn located(file: &str, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{file}:{line}"),
        None => file.to_string(),
    }
}

/// The 1-based line of `key:` in the front matter of the file at `path`
/// (read again: only ever done for a finding).
fn front_matter_line(path: &str, key: &str) -> Option<usize> {
    let bytes = std::fs::read(path).ok()?;
    let (text, _) = crate::source::decode(&bytes).ok()?;
    let mut lines = text.lines().enumerate();
    if lines.next()?.1.trim_end() != "---" {
        return None;
    }
    let prefix = format!("{key}:");
    lines.take_while(|(_, l)| l.trim_end() != "---").find(|(_, l)| l.starts_with(&prefix)).map(|(i, _)| i + 1)
}

/// The first line of the config that mentions `needle` (a key or an id).
fn config_line(path: &Path, needle: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

/// The line of the pair `[a, b]` under `pairs:` in the config (the
/// `pairs:` line itself when the pair is written over several lines).
fn pair_line(path: &Path, a: &str, b: &str) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let start = text.lines().position(|l| l.starts_with("pairs:"))?;
    let found = text.lines().enumerate().skip(start).find(|(_, line)| {
        let list = line.trim_start().trim_start_matches('-');
        let words: Vec<&str> = list.split(['[', ']', ',', ' ', '"', '\'']).filter(|w| !w.is_empty()).collect();
        let count = |id: &str| words.iter().filter(|w| **w == id).count();
        count(a) > usize::from(a == b) && count(b) >= 1
    });
    Some(found.map_or(start, |(i, _)| i) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reg(id: &str, supersedes: Option<&str>) -> Regulation {
        let mut r = Regulation { id: id.into(), path: format!("{id}.md"), ..Default::default() };
        r.meta.supersedes = supersedes.map(String::from);
        r
    }

    #[test]
    fn finds_supersedes_cycles_but_not_chains() {
        let regs = [reg("a", Some("b")), reg("b", Some("a")), reg("c", Some("a")), reg("d", Some("d"))];
        let cycle = supersedes_cycles(&regs);
        assert_eq!(cycle, HashSet::from(["a".to_string(), "b".to_string()]));
    }

    #[test]
    fn pair_lines_are_found_for_hyphenated_ids() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("reiki.yaml");
        std::fs::write(&config, "title: x\npairs:\n  - [ageo-kanri, sakai]\n  - [\"ageo-kanri\", ageo-kanri]\n")
            .unwrap();
        assert_eq!(pair_line(&config, "ageo-kanri", "sakai"), Some(3));
        assert_eq!(pair_line(&config, "ageo-kanri", "ageo-kanri"), Some(4), "the line naming the id twice");
    }

    #[test]
    fn duplicate_ids_are_both_refused() {
        let mut errors = Vec::new();
        let kept = drop_duplicate_ids(vec![reg("x", None), reg("X", None), reg("y", None)], &mut errors);
        assert_eq!(kept.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["y"]);
        assert_eq!(errors.len(), 2);
        assert!(errors[0].message.contains("X.md"), "{}", errors[0].message);
        assert!(errors[1].message.contains("x.md"), "{}", errors[1].message);
    }
}
