//! Guideline catalogs: YAML files under `catalogs/` describing the items a
//! regulation is checked against (schema in README.md, "Catalog format").
#![warn(missing_docs)]
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

/// One guideline (指針, 基準 …) as a list of items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// e.g. `ppc-shishin`
    pub id: String,
    /// Full official title.
    pub title: String,
    /// Short name for tables, e.g. 指針.
    pub short_title: String,
    /// Who issued the guideline, e.g. 個人情報保護委員会.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Where the guideline text comes from (a URL or a document name).
    #[serde(default)]
    pub source: Option<String>,
    /// Markdown notes shown on the catalog page.
    #[serde(default)]
    pub description: Option<String>,
    /// The items, groups before their children, in the guideline's order.
    pub items: Vec<CatalogItem>,
}

/// One item of a guideline: a requirement, or a group of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogItem {
    /// Stable id, e.g. `4-10` or `access-log`; unique within the catalog.
    pub id: String,
    /// Number as printed in the guideline, e.g. 第4-1 or 組織的-a.
    #[serde(default)]
    pub label: Option<String>,
    /// The item's title, e.g. アクセス記録.
    pub title: String,
    /// Id of the parent item (a group such as 第1 管理体制); None at top level.
    #[serde(default)]
    pub parent: Option<String>,
    /// Which kind of 安全管理措置 the item is.
    #[serde(default)]
    pub class: Class,
    /// The requirement in a sentence or two (empty for pure groups).
    #[serde(default)]
    pub requirement: String,
    /// What a provision must say to count as full coverage.
    #[serde(default)]
    pub elements: Vec<KeyElement>,
    /// Extra words that signal the topic (synonyms of the title).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The item sets up a person or body (総括保護管理者, 委員会). An article
    /// counts for it only where it sets the role up (置く, 指名, 充てる …) and
    /// ties it to personal information (see `analyze::roles`). The role's
    /// names are the element phrases that are role words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub role: bool,
    /// The item asks the body to make a document of its own, named by these
    /// words in order within one name ([特定個人情報, 基本方針]: 「…特定個人
    /// 情報等の適正な取扱いに関する基本方針」). A rule that names such a
    /// document only as one that exists, in its 趣旨, 目的 or 定義, and lays
    /// down nothing of the item, covers it by reference (see
    /// `analyze::align`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub document: Vec<String>,
    /// Markdown note shown on the item page.
    #[serde(default)]
    pub note: Option<String>,
}

/// One thing a provision must say for an item to be fully covered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyElement {
    /// Short description, e.g. 記録を一定期間保存する.
    pub label: String,
    /// Alternatives: the element is present when any of these phrases (NFKC,
    /// all words of a space-separated phrase) occur in the provision.
    pub any: Vec<String>,
    /// The element is a measure for data where it is kept (保存時の暗号化):
    /// a sentence that takes it only when data is sent or carried out
    /// (`analyze::confidence::only_in_transit_nfkc`) lays down another
    /// item's measure, not this one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub at_rest: bool,
    /// The guideline asks the measure to be borne in mind (念頭に置く), not
    /// taken in every case (公表 of a 漏えい: 「事案の内容等に応じて」): a rule
    /// silent on it misses nothing, but one that names it and grants it
    /// only as a power or an effort (「…公表することができる」) leaves it to
    /// discretion, short of the item. It does not count toward an article's
    /// score, which stays what it is whether the rule names it or not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub discretionary: bool,
}

/// The four-way classification of 安全管理措置.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// 組織的安全管理措置
    Organizational,
    /// 人的安全管理措置
    Human,
    /// 物理的安全管理措置
    Physical,
    /// 技術的安全管理措置
    Technical,
    /// Not one of the four (the catalog's own grouping).
    #[default]
    Other,
}

impl Class {
    /// The short Japanese name: 組織的, 人的, 物理的, 技術的, その他.
    pub fn label(self) -> &'static str {
        match self {
            Class::Organizational => "組織的",
            Class::Human => "人的",
            Class::Physical => "物理的",
            Class::Technical => "技術的",
            Class::Other => "その他",
        }
    }
}

impl Catalog {
    /// Leaf items: the ones coverage is decided for (groups are aggregated).
    pub fn leaves(&self) -> impl Iterator<Item = &CatalogItem> {
        self.items.iter().filter(move |item| !self.items.iter().any(|c| c.parent.as_deref() == Some(&item.id)))
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&CatalogItem> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The direct children of the group `parent`, in order.
    pub fn children<'a>(&'a self, parent: &'a str) -> impl Iterator<Item = &'a CatalogItem> + 'a {
        self.items.iter().filter(move |i| i.parent.as_deref() == Some(parent))
    }

    /// Checks item ids and parents; on a problem returns the id of the item
    /// at fault (to find its line) and the message.
    fn validate(&self) -> std::result::Result<(), (String, String)> {
        let mut seen = std::collections::HashSet::new();
        for item in &self.items {
            if !seen.insert(item.id.as_str()) {
                return Err((item.id.clone(), format!("item id `{}` appears twice", item.id)));
            }
        }
        for item in &self.items {
            if let Some(parent) = &item.parent {
                if !seen.contains(parent.as_str()) {
                    return Err((item.id.clone(), format!("item `{}` names unknown parent `{parent}`", item.id)));
                }
            }
        }
        if let Some(cycle) = self.parent_cycle() {
            let message = format!("parents form a cycle ({}): its items would never be checked", cycle.join(" → "));
            return Err((cycle[0].clone(), message));
        }
        Ok(())
    }

    /// The first chain of `parent` links that comes back to its start.
    fn parent_cycle(&self) -> Option<Vec<String>> {
        for start in &self.items {
            let mut chain = vec![start.id.clone()];
            let mut at = start;
            // Longer than the number of items, a chain must have looped.
            for _ in 0..self.items.len() {
                let Some(parent) = at.parent.as_deref().and_then(|p| self.item(p)) else { break };
                chain.push(parent.id.clone());
                if parent.id == start.id {
                    return Some(chain);
                }
                at = parent;
            }
        }
        None
    }
}

/// The 1-based line of the `id:` entry with value `id` in a catalog file
/// (`- id: x`, `id: "x"`, `- {id: x, title: …}`).
fn id_line(text: &str, id: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            line.match_indices("id:").any(|(at, _)| {
                let key_starts = line[..at].chars().next_back().is_none_or(|c| matches!(c, ' ' | '{' | '-' | ','));
                let value = line[at + 3..].split([',', '}', '#']).next().unwrap_or("");
                key_starts && value.trim().trim_matches(['"', '\'']) == id
            })
        })
        .map(|i| i + 1)
}

/// Reads one catalog file.
pub fn load_file(path: &Path) -> Result<Catalog> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut catalog: Catalog =
        serde_yaml::from_str(&text).map_err(|e| crate::yaml::invalid_file(path, "catalog", &e))?;
    if let Err((item, message)) = catalog.validate() {
        let line = id_line(&text, &item).unwrap_or(0);
        bail!("{}:{line}: invalid catalog: {message}", path.display());
    }
    for item in &mut catalog.items {
        item.requirement = unfold_japanese(&item.requirement);
    }
    Ok(catalog)
}

/// YAML folded scalars (`>-`) join lines with a space, which is right for
/// English and wrong for Japanese: drop a space that has a non-ASCII
/// character on both sides.
fn unfold_japanese(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_japanese =
            c == ' ' && i > 0 && !chars[i - 1].is_ascii() && chars.get(i + 1).is_some_and(|n| !n.is_ascii());
        if !between_japanese {
            out.push(c);
        }
    }
    out
}

/// Reads every `*.yaml` / `*.yml` in `dir`, sorted by file name.
pub fn load_dir(dir: &Path) -> Result<Vec<Catalog>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read catalog folder", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .collect();
    paths.sort();
    let catalogs: Vec<Catalog> = paths.iter().map(|p| load_file(p)).collect::<Result<_>>()?;
    // Two catalogs with one id: which one a regulation is checked against
    // would depend on file order, so it is an error naming both files.
    for (i, catalog) in catalogs.iter().enumerate() {
        if let Some(j) = catalogs[..i].iter().position(|c| c.id == catalog.id) {
            let line_of =
                |p: &Path| std::fs::read_to_string(p).ok().and_then(|t| id_line(&t, &catalog.id)).unwrap_or(1);
            bail!(
                "{}:{}: catalog id `{}` is also used by {}:{}; each catalog needs its own id",
                paths[i].display(),
                line_of(&paths[i]),
                catalog.id,
                paths[j].display(),
                line_of(&paths[j])
            );
        }
    }
    Ok(catalogs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, parent: Option<&str>) -> CatalogItem {
        CatalogItem {
            id: id.into(),
            label: None,
            title: id.into(),
            parent: parent.map(String::from),
            class: Class::Other,
            requirement: String::new(),
            elements: Vec::new(),
            keywords: Vec::new(),
            note: None,
            role: false,
            document: Vec::new(),
        }
    }

    #[test]
    fn cyclic_parents_are_refused_with_the_chain() {
        let catalog = Catalog {
            id: "c".into(),
            title: "t".into(),
            short_title: "t".into(),
            publisher: None,
            source: None,
            description: None,
            items: vec![item("1", Some("2")), item("2", Some("1")), item("3", None)],
        };
        let (at, message) = catalog.validate().unwrap_err();
        assert_eq!(at, "1");
        assert!(message.contains("1 → 2 → 1"), "{message}");
        assert_eq!(id_line("items:\n  - id: \"1\"\n", "1"), Some(2));
    }

    #[test]
    fn folded_lines_join_without_spaces_in_japanese() {
        assert_eq!(
            unfold_japanese("職員はその処理する 保有個人情報を暗号化する。"),
            "職員はその処理する保有個人情報を暗号化する。"
        );
        assert_eq!(unfold_japanese("ID 及び パスワード"), "ID 及びパスワード");
        assert_eq!(unfold_japanese("USB メモリ"), "USB メモリ");
    }
}
