//! What the .docx and HTML readers hand to the parser.
use crate::model::DiagnosticCode;

/// A document converted to the plain text the parser reads.
#[derive(Debug, Default)]
pub struct Converted {
    /// One line per paragraph, `&` and `<` escaped as `&amp;` / `&lt;`:
    /// the line cleaner decodes entities once, so text such as 「&lt;」 or
    /// 「<b>」 written in the document comes out as written.
    pub text: String,
    /// Title from the document's properties (.docx `dc:title`).
    pub title: Option<String>,
    /// (line, code, message) warnings about what was read.
    pub warnings: Vec<(usize, DiagnosticCode, String)>,
}

/// Escapes `&` and `<` so that entity decoding restores the text exactly.
pub fn escape_text(text: &str) -> String {
    if !text.contains(['&', '<']) {
        return text.to_string();
    }
    text.replace('&', "&amp;").replace('<', "&lt;")
}
