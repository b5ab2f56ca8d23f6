//! `reiki parse FILE [--format tree|json]`: the parsed structure of one file.
//!
//! `tree` (default) is for reading: 章/節/条 with captions, 項 numbers, 号,
//! 附則, 別表 and the diagnostics count. `json` prints the `model::Regulation`
//! (serde_json, pretty); its field names are the documented interface.
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::{Item, Regulation};

/// What `reiki parse` prints.
// A doc comment on a value would turn `--help`'s ［text | json］ into a
// list with descriptions; each option's own help already says what they are.
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ParseFormat {
    Tree,
    Json,
}

/// Arguments of `reiki parse`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 例規ファイル（.md .txt .docx .odt .html）
    pub file: PathBuf,
    /// 出力形式（tree: 見出しの木、json: モデルの JSON）
    #[arg(long, value_enum, default_value = "tree")]
    pub format: ParseFormat,
}

/// Prints the structure of one regulation as a tree or as the model JSON.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let reg = crate::parse::load_file(&args.file)?;
    match args.format {
        ParseFormat::Json => println!("{}", serde_json::to_string_pretty(&reg)?),
        ParseFormat::Tree => print!("{}", tree(&reg)),
    }
    Ok(ExitCode::SUCCESS)
}

/// The readable outline printed by `reiki parse`.
pub fn tree(reg: &Regulation) -> String {
    let mut out = String::new();
    let m = &reg.meta;
    let _ = writeln!(out, "{} [{}]", reg.display_title(), reg.id);
    let facts: Vec<String> = [
        m.kind.clone(),
        m.status.map(|s| format!("{s:?}").to_lowercase()),
        m.date_wareki.clone().or(m.date.clone()),
        m.version_label.clone(),
        m.supersedes.as_ref().map(|s| format!("supersedes {s}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !facts.is_empty() {
        let _ = writeln!(out, "  {}", facts.join(" / "));
    }
    if !reg.toc.is_empty() {
        let _ = writeln!(out, "目次: {} 項目", reg.toc.len());
    }
    for chapter in &reg.chapters {
        let indent = if chapter.number.is_some() {
            let _ = writeln!(out, "{} {}", chapter.label, chapter.title);
            "  "
        } else {
            ""
        };
        for section in &chapter.sections {
            let indent = if section.number.is_some() {
                let _ = writeln!(out, "{indent}{} {}", section.label, section.title);
                format!("{indent}  ")
            } else {
                indent.to_string()
            };
            for article in &section.articles {
                article_line(&mut out, &indent, article);
            }
        }
    }
    for std in &reg.standards {
        let _ = writeln!(out, "{} {}{}", std.label(), std.title, item_summary(&std.items));
    }
    for suppl in &reg.supplementary {
        let mut line = suppl.heading.clone();
        if !suppl.paragraphs.is_empty() {
            let _ = write!(line, " ({}項)", suppl.paragraphs.len());
        }
        let _ = writeln!(out, "{line}");
        for article in &suppl.articles {
            article_line(&mut out, "  ", article);
        }
    }
    for appx in &reg.appendices {
        let _ = writeln!(
            out,
            "{}{} {} ({}行の表, 本文{}行)",
            appx.label,
            appx.relation.as_deref().unwrap_or(""),
            appx.title.as_deref().unwrap_or(""),
            appx.rows.len(),
            appx.text.len()
        );
        // The rows (or a 別記's numbered parts) read as provisions, by how
        // they are cited, so that the reader sees the appendix as the
        // coverage reads it; a part's heading after its numbers.
        for row in appx.cited_rows() {
            let cite = row.cite.strip_prefix('の').unwrap_or(&row.cite);
            match &row.head {
                Some(head) if !row.text_lines.is_empty() => writeln!(out, "  {cite}　{head}"),
                _ => writeln!(out, "  {cite}"),
            }
            .ok();
        }
    }
    let articles = reg.articles().count();
    let _ = writeln!(
        out,
        "-- 章 {} / 条 {} / 基準 {} / 附則 {} / 別表等 {} / 診断 {}",
        reg.chapters.iter().filter(|c| c.number.is_some()).count(),
        articles,
        reg.standards.len(),
        reg.supplementary.len(),
        reg.appendices.len(),
        reg.diagnostics.len()
    );
    out
}

fn article_line(out: &mut String, indent: &str, article: &crate::model::Article) {
    // A 共通見出し is shown as read, so that a caption left out by mistake
    // (not a shared one) is seen where the analysis uses it.
    let caption = match (&article.caption, &article.common_caption) {
        (Some(own), _) => format!("（{own}）"),
        (None, Some(common)) => format!("［共通見出し（{common}）］"),
        (None, None) => String::new(),
    };
    let numbers: Vec<String> = article.paragraphs.iter().map(|p| p.number.to_string()).collect();
    let items: Vec<Item> = article.paragraphs.iter().flat_map(|p| p.items.clone()).collect();
    let mut line = format!("{indent}{}{caption} 項{}", article.label, article.paragraphs.len());
    if article.paragraphs.len() > 1 {
        let _ = write!(line, "[{}]", numbers.join(","));
    }
    line.push_str(&item_summary(&items));
    if !article.notes.is_empty() {
        let _ = write!(line, " 沿革{}", article.notes.join(""));
    }
    let _ = writeln!(out, "{line}");
}

fn item_summary(items: &[Item]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let labels: Vec<String> = items
        .iter()
        .map(|i| {
            if i.children.is_empty() {
                i.label.clone()
            } else {
                format!("{}{{{}}}", i.label, i.children.iter().map(|c| c.label.as_str()).collect::<Vec<_>>().join(""))
            }
        })
        .collect();
    format!(" 号{}", labels.join(""))
}

#[cfg(test)]
mod tests {
    use crate::model::{Appendix, Regulation};

    /// A row is listed by its citation after the table's label: only the
    /// joining の goes, not one the row's own name begins with.
    #[test]
    fn a_row_named_with_a_leading_no_keeps_it() {
        let table = Appendix {
            id: "appx-1".into(),
            label: "別表第1".into(),
            rows: vec![
                vec!["区分".into(), "措置".into()],
                vec!["のぞき見の防止".into(), "画面は来庁者から見えない向きに置く。".into()],
            ],
            ..Default::default()
        };
        let out = super::tree(&Regulation { appendices: vec![table], ..Default::default() });
        assert!(out.lines().any(|l| l == "  のぞき見の防止の項"), "{out}");
    }
}
