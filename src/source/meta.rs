//! Front matter → [`Meta`]: the keys reiki knows are type-checked, every
//! other key (Jekyll's `layout`, `category`, `tags` …) is kept in
//! `Meta::extra` and never refused.
use anyhow::Result;
use serde::Deserialize;
use serde_yaml::{Mapping, Value};

use super::LoadError;
use crate::model::{DiagnosticCode, Meta};

/// The front-matter keys reiki reads: the fields of [`Meta`] but `extra`.
fn known_keys() -> &'static [String] {
    static KNOWN: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KNOWN.get_or_init(|| match serde_yaml::to_value(Meta::default()) {
        Ok(Value::Mapping(map)) => {
            map.keys().filter_map(|k| k.as_str()).filter(|k| *k != "extra").map(str::to_string).collect()
        }
        _ => Vec::new(),
    })
}

/// Parses the YAML between the `---` fences. `first_line` is the file line of
/// the first YAML line, so errors name the line in the file.
pub fn parse_meta(path: &str, yaml: &str, first_line: usize) -> Result<Meta> {
    if yaml.trim().is_empty() {
        return Ok(Meta::default());
    }
    let value: Value = serde_yaml::from_str(yaml).map_err(|e| {
        let line = crate::yaml::error_line(&e, first_line).unwrap_or(first_line);
        let msg = crate::yaml::reason(&e);
        LoadError::new(path, Some(line), DiagnosticCode::FrontMatter, format!("front matter が読めません: {msg}"))
    })?;
    let map = match value {
        Value::Mapping(map) => map,
        Value::Null => return Ok(Meta::default()),
        _ => {
            return Err(LoadError::new(
                path,
                Some(first_line),
                DiagnosticCode::FrontMatter,
                "front matter は「キー: 値」の並びで書きます",
            ))
        }
    };
    let known = known_keys();
    let mut ours = Mapping::new();
    let mut extra = std::collections::BTreeMap::new();
    for (key, value) in map {
        let name = match &key {
            Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other).unwrap_or_default().trim().to_string(),
        };
        if known.contains(&name) {
            ours.insert(Value::String(name), value);
        } else {
            extra.insert(name, value);
        }
    }
    // Read from a reference: the keys are still at hand for the error.
    let ours = Value::Mapping(ours);
    let mut meta = match Meta::deserialize(&ours) {
        Ok(meta) => meta,
        Err(e) => return Err(front_matter_error(path, yaml, first_line, &ours, e)),
    };
    meta.extra = extra;
    Ok(meta)
}

/// Why the known keys `ours` (a mapping) do not make a [`Meta`]: the
/// first key that fails alone, named with its line, else `whole`, the
/// error of them all.
fn front_matter_error(
    path: &str,
    yaml: &str,
    first_line: usize,
    ours: &Value,
    whole: serde_yaml::Error,
) -> anyhow::Error {
    for (key, value) in ours.as_mapping().into_iter().flatten() {
        let mut one = Mapping::new();
        one.insert(key.clone(), value.clone());
        if let Err(e) = serde_yaml::from_value::<Meta>(Value::Mapping(one)) {
            let name = key.as_str().unwrap_or_default();
            let line = key_line(yaml, name).map(|l| l + first_line - 1);
            return LoadError::new(
                path,
                line.or(Some(first_line)),
                DiagnosticCode::FrontMatter,
                format!("front matter の「{name}」の型が違います（{}）: {e}", expected_shape(name)),
            );
        }
    }
    LoadError::new(path, Some(first_line), DiagnosticCode::FrontMatter, format!("front matter が読めません: {whole}"))
}

/// What a known key holds, in words for the drafter.
fn expected_shape(key: &str) -> &'static str {
    match key {
        "catalogs" => "文字列のリスト、例: [ppc-shishin]",
        "not_applicable" => "項目 ID: 理由 の対応表",
        "status" => "enacted（施行・現行）か draft（案）",
        _ => "文字列",
    }
}

/// 1-based line (within the YAML) of a top-level `key:`.
fn key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':'))
                || l.strip_prefix(&format!("\"{key}\"")).is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_kept() {
        let yaml = "layout: kitei\ntitle: 文書管理規程\ncategory:\n  - 09 庶務\ntags: [文書, 管理]\n";
        let meta = parse_meta("f.md", yaml, 2).unwrap();
        assert_eq!(meta.title.as_deref(), Some("文書管理規程"));
        assert_eq!(meta.extra.len(), 3);
        assert_eq!(meta.extra["layout"], Value::String("kitei".into()));
        assert_eq!(meta.extra["category"][0], Value::String("09 庶務".into()));
    }

    #[test]
    fn wrong_type_of_known_key_names_key_and_line() {
        let yaml = "title: 規程\nlayout: x\ncatalogs: ppc-shishin\n";
        let err = parse_meta("f.md", yaml, 2).unwrap_err().to_string();
        assert!(err.starts_with("f.md:4: front matter の「catalogs」の型が違います"), "{err}");
        let err = parse_meta("f.md", "status: ratified\n", 2).unwrap_err().to_string();
        assert!(err.starts_with("f.md:2:") && err.contains("「status」"), "{err}");
    }

    #[test]
    fn a_status_in_staffs_words_is_read() {
        use crate::model::Status;
        for (written, status) in
            [("施行", Status::Enacted), ("現行", Status::Enacted), ("in-force", Status::Enacted), ("案", Status::Draft)]
        {
            let meta = parse_meta("f.md", &format!("status: {written}\n"), 2).unwrap();
            assert_eq!(meta.status, Some(status), "{written}");
        }
    }

    #[test]
    fn known_keys_are_the_meta_fields() {
        let keys = known_keys();
        assert!(keys.contains(&"not_applicable".to_string()) && keys.contains(&"title".to_string()));
        assert!(!keys.contains(&"extra".to_string()));
    }
}
