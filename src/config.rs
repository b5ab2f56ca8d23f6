//! Site configuration (`reiki.yaml` at the project root).
#![warn(missing_docs)]
use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// The settings of `reiki.yaml`; every key is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Site title shown in the header.
    pub title: String,
    /// Catalogs applied to a regulation whose front matter names none.
    pub default_catalogs: Vec<String>,
    /// Catalogs also applied to such a regulation when its title holds a
    /// word: a 特定個人情報 rule sent from another body, with no front
    /// matter, is checked against the 番号GL as well as the defaults.
    pub title_catalogs: BTreeMap<String, Vec<String>>,
    /// Regulation id pairs that get a pair-comparison page.
    pub pairs: Vec<[String; 2]>,
    /// Column labels of the 新旧対照表: [new, old].
    pub taishohyo_labels: [String; 2],
    /// Column order of the 新旧対照表: true puts the new version on the left
    /// (改正後｜改正前, the usual office layout).
    pub taishohyo_new_first: bool,
    /// Shorten the unchanged lines (項, 号) of a changed article in the
    /// 新旧対照表 to their label and 「（略）」 (「２　（略）」), as 一部改正
    /// tables are printed; false prints changed articles whole.
    pub taishohyo_elide_unchanged_lines: bool,
    /// Largest regulation file read, in MB (bigger ones are refused with an
    /// error naming the file); keeps a build's memory bounded.
    pub max_file_mb: u64,
    /// Conventions of the Word 新旧対照表 that differ between offices.
    pub taishohyo_word: Conventions,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "例規比較".to_string(),
            default_catalogs: vec!["ppc-shishin".to_string()],
            title_catalogs: ["特定個人情報", "個人番号"]
                .iter()
                .map(|word| (word.to_string(), vec!["mynumber-anzen".to_string()]))
                .collect(),
            pairs: Vec::new(),
            taishohyo_labels: ["改正後".to_string(), "改正前".to_string()],
            taishohyo_new_first: true,
            taishohyo_elide_unchanged_lines: true,
            max_file_mb: crate::source::DEFAULT_MAX_FILE_BYTES / (1024 * 1024),
            taishohyo_word: Conventions::default(),
        }
    }
}

impl Config {
    /// The catalog ids a regulation is checked against: its front matter's
    /// `catalogs` when given (possibly none), else `default_catalogs` and
    /// the `title_catalogs` of the words its title holds.
    pub(crate) fn catalogs_for(&self, meta: &crate::model::Meta) -> Vec<String> {
        if let Some(chosen) = &meta.catalogs {
            return chosen.clone();
        }
        let title = meta.title.as_deref().unwrap_or_default();
        let by_title =
            self.title_catalogs.iter().filter(|(word, _)| title.contains(word.as_str())).flat_map(|(_, ids)| ids);
        let mut ids = self.default_catalogs.clone();
        for id in by_title {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }

    /// [`Config::max_file_mb`] in bytes.
    pub(crate) fn max_file_bytes(&self) -> u64 {
        self.max_file_mb.saturating_mul(1024 * 1024)
    }

    /// Reads `path`; a missing file gives the defaults.
    pub fn load(path: &Path) -> Result<Config> {
        if !path.exists() {
            return Ok(Config::default());
        }
        let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
        serde_yaml::from_str(&text).map_err(|e| crate::yaml::invalid_file(path, "config", &e))
    }
}

/// The conventions of a 新旧対照表 that differ between offices
/// (`taishohyo_word` in reiki.yaml).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Conventions {
    /// Text of an unchanged stretch, and after the label of an unchanged
    /// line (２　（略）): 「（略）」 or 「略」.
    pub elided: String,
    /// Write （新設）/（削る） in the empty column of an added or removed
    /// provision; false leaves that column blank.
    pub mark_added_removed: bool,
    /// Add a third column 備考 (新設, 削除, 条の移動).
    pub remarks_column: bool,
}

impl Default for Conventions {
    fn default() -> Self {
        Conventions { elided: "（略）".to_string(), mark_added_removed: true, remarks_column: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;

    #[test]
    fn front_matter_catalogs_override_the_default_even_when_empty() {
        let config = Config::default();
        let mut meta = Meta::default();
        assert_eq!(config.catalogs_for(&meta), ["ppc-shishin"]);
        meta.catalogs = Some(vec!["mynumber-anzen".into()]);
        assert_eq!(config.catalogs_for(&meta), ["mynumber-anzen"]);
        meta.catalogs = Some(Vec::new());
        assert!(config.catalogs_for(&meta).is_empty());
    }

    #[test]
    fn a_title_adds_its_catalogs_to_the_default() {
        let config = Config::default();
        let mut meta = Meta { title: Some("千草町特定個人情報等取扱規程".into()), ..Meta::default() };
        assert_eq!(config.catalogs_for(&meta), ["ppc-shishin", "mynumber-anzen"]);
        meta.title = Some("個人番号及び特定個人情報の取扱要領".into());
        assert_eq!(config.catalogs_for(&meta), ["ppc-shishin", "mynumber-anzen"], "once");
        meta.title = Some("保有個人情報管理規程".into());
        assert_eq!(config.catalogs_for(&meta), ["ppc-shishin"]);
        // The front matter's choice stands.
        meta.title = Some("特定個人情報等取扱規程".into());
        meta.catalogs = Some(vec!["ppc-shishin".into()]);
        assert_eq!(config.catalogs_for(&meta), ["ppc-shishin"]);
    }
}
