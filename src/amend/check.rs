//! Does a given 改め文 turn the old version into the new one? The check
//! drafters do by hand: apply it, then compare each article with the new
//! version and show where they part.
use serde::Serialize;

use super::apply::apply;
use super::without_whitespace;
use crate::analyze::diff::{RunKind, TokenDiff};
use crate::analyze::taishohyo::article_display_text;
use crate::model::Regulation;

/// One disagreement between the 改め文 and the versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// 第N条, or empty when the 改め文 itself does not apply.
    pub article: String,
    /// Japanese explanation for drafters.
    pub message: String,
}

/// Findings of applying `amendment` to `old` and comparing with `new`; empty when they agree.
pub fn check(old: &Regulation, new: &Regulation, amendment: &str) -> Vec<Finding> {
    let applied = match apply(old, amendment) {
        Ok(r) => r,
        Err(e) => {
            return vec![Finding {
                article: String::new(), message: format!("改め文を適用できません: {e:#}")
            }]
        }
    };
    let mut out = Vec::new();
    for want in new.articles() {
        let Some(got) = applied.articles().find(|a| a.number == want.number) else {
            out.push(Finding {
                article: want.label.clone(),
                message: "改正後にある条が、改め文を適用した結果にありません".into(),
            });
            continue;
        };
        let (g, w) = (article_display_text(got), article_display_text(want));
        if without_whitespace(&g) == without_whitespace(&w) {
            continue;
        }
        let d = TokenDiff::exact(&g, &w);
        let shown: Vec<String> = d
            .runs()
            .iter()
            .filter(|r| r.kind != RunKind::Equal)
            .map(|r| match r.kind {
                RunKind::Delete => format!("改め文の結果にだけ「{}」", r.text),
                _ => format!("改正後にだけ「{}」", r.text),
            })
            .collect();
        out.push(Finding {
            article: want.label.clone(),
            message: format!("改め文を適用した結果が改正後と違います: {}", shown.join("、")),
        });
    }
    for got in applied.articles() {
        if !new.articles().any(|a| a.number == got.number) {
            out.push(Finding {
                article: got.label.clone(),
                message: "改め文を適用した結果にある条が、改正後にありません".into(),
            });
        }
    }
    for (gc, wc) in applied.chapters.iter().zip(&new.chapters) {
        if gc.title != wc.title {
            out.push(Finding {
                article: gc.label.clone(),
                message: format!("章名が違います: 改め文の結果「{}」、改正後「{}」", gc.title, wc.title),
            });
        }
    }
    out
}
