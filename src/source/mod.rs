//! Finding regulation files, decoding their bytes and splitting off the
//! YAML front matter.
//!
//! Public API:
//! - [`read_file`]: read, decode (and convert a .docx/.odt/.html), split front
//!   matter → [`SourceText`], the text the parser reads with its metadata.
//!   `source` never parses: `parse::parse_source` turns a `SourceText` into
//!   a `Regulation`.
//! - [`discover`], [`discover_all`]: the files of a folder, sorted by path.
//! - [`decode`], [`split_front_matter`], [`read_str`]: the steps.
//!
//! Errors are one line: `path:line: reason` (line when known).
#![warn(missing_docs)]
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::model::{Diagnostic, DiagnosticCode, Meta, Severity};

mod decode;
mod docx;
mod html;
mod markup;
mod meta;
mod odt;
mod office;

use decode::normalize_line_endings;
pub use decode::{decode, DecodeError, SourceEncoding};

/// Why a file could not be loaded; the error inside the `anyhow::Error`s
/// returned here (downcast to get the code and line, e.g. for `reiki check`).
/// Displays as `path:line: message` (line omitted when unknown).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LoadError {
    /// The file (or folder) at fault, as shown to the user.
    pub path: String,
    /// 1-based line in the file, when the fault has one.
    pub line: Option<usize>,
    /// `unreadable`, `symlink-loop`, `too-large`, `encoding`, `empty`,
    /// `front-matter`, `not-a-regulation` …
    pub code: DiagnosticCode,
    /// Japanese reason for drafters.
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// Wraps a new `LoadError` in an `anyhow::Error`.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(path: &str, line: Option<usize>, code: DiagnosticCode, message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(LoadError { path: path.to_string(), line, code, message: message.into() })
    }

    /// The load error inside `error`, or one for `path` that says what
    /// `error` says (code `unreadable`).
    pub fn of(path: &str, error: &anyhow::Error) -> LoadError {
        match error.downcast_ref::<LoadError>() {
            // Only when no context was added around it (it would be lost).
            Some(e) if e.to_string() == format!("{error:#}") => e.clone(),
            _ => LoadError {
                path: path.to_string(),
                line: None,
                code: DiagnosticCode::Unreadable,
                message: format!("{error:#}"),
            },
        }
    }

    /// The error as a diagnostic (line 1 when the file as a whole is at fault).
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code: self.code,
            file: self.path.clone(),
            line: self.line.unwrap_or(1),
            message: self.message.clone(),
        }
    }
}

/// Text formats read as they are (Markdown or plain text).
const TEXT_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "text"];
/// Formats converted to text first.
const DOCX_EXTENSIONS: &[&str] = &["docx"];
const ODT_EXTENSIONS: &[&str] = &["odt"];
const HTML_EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];
/// The readable formats as messages name them.
pub(crate) const READABLE: &str = ".md .txt .docx .odt .html";
/// Sidecar metadata of a regulation file: `規程.yaml` beside `規程.docx`, or
/// beside a `規程.txt` pasted from a 例規集 or made by pdftotext, which a user
/// would rather keep as it came than edit to add front matter.
const SIDECAR_EXTENSIONS: &[&str] = &["yaml", "yml"];

fn extension(path: &Path) -> String {
    path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default()
}

/// Every readable format, in the order [`file_with_stem`] prefers them.
fn readable_extensions() -> impl Iterator<Item = &'static &'static str> {
    TEXT_EXTENSIONS.iter().chain(DOCX_EXTENSIONS).chain(ODT_EXTENSIONS).chain(HTML_EXTENSIONS)
}

/// The sidecar YAML of a regulation file, when there is one.
fn sidecar_of(path: &Path) -> Option<PathBuf> {
    let ext = extension(path);
    if !readable_extensions().any(|e| *e == ext) {
        return None;
    }
    SIDECAR_EXTENSIONS.iter().map(|e| path.with_extension(e)).find(|p| p.is_file())
}

/// The regulation file named `stem` in `dir` in any readable format
/// (`<stem>.md`, `.txt`, `.docx`, `.odt`, `.html` …), the first in that order.
pub(crate) fn file_with_stem(dir: &Path, stem: &str) -> Option<PathBuf> {
    readable_extensions().map(|ext| dir.join(format!("{stem}.{ext}"))).find(|p| p.is_file())
}

/// Whether `path` is the sidecar metadata of a regulation file beside it.
fn is_sidecar(path: &Path) -> bool {
    SIDECAR_EXTENSIONS.contains(&extension(path).as_str())
        && readable_extensions().any(|e| path.with_extension(e).is_file())
}

/// The metadata of a sidecar YAML, errors naming the sidecar's own lines.
fn read_sidecar(sidecar: &Path) -> Result<Meta> {
    let shown = sidecar.display().to_string();
    let yaml = std::fs::read(sidecar)
        .map_err(|e| LoadError::new(&shown, None, DiagnosticCode::Unreadable, format!("読み込めません: {e}")))?;
    let yaml = decode(&yaml).map_err(|e| LoadError::new(&shown, e.line, DiagnosticCode::Encoding, e.message))?.0;
    meta::parse_meta(&shown, &yaml, 1)
}

/// Files under `dir`, sorted: every regulation file (.md, .txt, .docx,
/// .odt, .html) and every other file that is not hidden, a README or a sidecar
/// YAML, so that [`read_file`] can say why it is not read (a PDF, an
/// image …) instead of skipping it silently. A file path is returned as is.
/// Fails on the first folder that cannot be read (see [`discover_all`] to go
/// on past it).
pub fn discover(dir: &Path) -> Result<Vec<PathBuf>> {
    let (files, mut errors) = discover_all(dir);
    match errors.is_empty() {
        true => Ok(files),
        false => Err(errors.remove(0)),
    }
}

/// `reviews/<id>.yaml` next to a regulation holds its reviewed mappings
/// (`analyze::review`), not a regulation.
fn is_review_file(path: &Path) -> bool {
    let in_reviews = path.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "reviews");
    in_reviews && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Like [`discover`], but a folder or link that cannot be read is one error
/// (`path: why`) and the walk goes on. Symbolic links to files and folders
/// are followed; a link that leads back into a folder being walked is
/// reported as a loop, and a file reached twice (through a link) is listed
/// once.
pub fn discover_all(dir: &Path) -> (Vec<PathBuf>, Vec<anyhow::Error>) {
    if dir.is_file() {
        return (vec![dir.to_path_buf()], Vec::new());
    }
    if !dir.exists() {
        let error = LoadError::new(
            &dir.display().to_string(),
            None,
            DiagnosticCode::Unreadable,
            "ファイルもディレクトリもありません",
        );
        return (Vec::new(), vec![error]);
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                errors.push(walk_error(dir, &e));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().to_lowercase();
        if name == "readme.md" || name == "readme.txt" || is_sidecar(entry.path()) || is_review_file(entry.path()) {
            continue;
        }
        // A file reached twice (through a link) is listed once.
        if std::fs::canonicalize(entry.path()).is_ok_and(|real| !seen.insert(real)) {
            continue;
        }
        files.push(entry.into_path());
    }
    (files, errors)
}

/// A walk error in Japanese, naming the folder or link at fault.
fn walk_error(dir: &Path, e: &walkdir::Error) -> anyhow::Error {
    let path = e.path().unwrap_or(dir).display().to_string();
    if let Some(ancestor) = e.loop_ancestor() {
        let message =
            format!("シンボリックリンクがループしています（{} に戻ります）。この先は読みません", ancestor.display());
        return LoadError::new(&path, None, DiagnosticCode::SymlinkLoop, message);
    }
    let why = e.io_error().map_or_else(|| e.to_string(), |io| io.to_string());
    LoadError::new(
        &path,
        None,
        DiagnosticCode::Unreadable,
        format!("読み込めません: {why}。このフォルダ以外は読み込みます"),
    )
}

/// Splits `---` YAML `---` front matter off the text. Returns the metadata,
/// the body and the 1-based file line where the body starts.
pub fn split_front_matter<'a>(path: &str, text: &'a str) -> Result<(Meta, &'a str, usize)> {
    let first = text.lines().next().unwrap_or("");
    if first.trim_end() != "---" {
        return Ok((Meta::default(), text, 1));
    }
    // Find the closing fence.
    let mut offset = first.len() + line_break_len(text, first.len());
    for (line_no, line) in (2..).zip(text[offset..].split_inclusive('\n')) {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim_end() == "---" || content.trim_end() == "..." {
            let yaml_start = first.len() + line_break_len(text, first.len());
            let yaml = &text[yaml_start..offset];
            let meta = meta::parse_meta(path, yaml, 2)?;
            let body = &text[offset + line.len()..];
            return Ok((meta, body, line_no + 1));
        }
        offset += line.len();
    }
    Err(LoadError::new(path, Some(1), DiagnosticCode::FrontMatter, "front matter の終わり（---）がありません"))
}

fn line_break_len(text: &str, at: usize) -> usize {
    if text[at..].starts_with("\r\n") {
        2
    } else if text[at..].starts_with('\n') {
        1
    } else {
        0
    }
}

/// A regulation's text as the parser reads it, with what the source says
/// about it: the output of [`read_file`] and [`read_str`], the input of
/// `parse::parse_source`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceText {
    /// Path shown in diagnostics.
    pub path: String,
    /// The regulation's id: the front matter's `id`, else the file stem.
    pub id: String,
    /// Front matter (or sidecar YAML, or a converted document's title).
    pub meta: Meta,
    /// The body after the front matter, line endings normalised to `\n`.
    pub text: String,
    /// 1-based line number of `text`'s first line in the file.
    pub first_line: usize,
    /// Warnings of a .docx/.odt/.html conversion, for the regulation's diagnostics.
    pub warnings: Vec<Diagnostic>,
}

/// Reads text already in memory: line endings normalised, front matter
/// split off (used by tests and [`read_file`]).
pub fn read_str(path: &str, text: &str) -> Result<SourceText> {
    let text = &*normalize_line_endings(text);
    if text.trim().is_empty() {
        return Err(LoadError::new(path, Some(1), DiagnosticCode::Empty, "空のファイルです"));
    }
    let (meta, body, first_line) = split_front_matter(path, text)?;
    let id = meta.id.clone().unwrap_or_else(|| id_from_path(path));
    Ok(SourceText { path: path.to_string(), id, meta, text: body.to_string(), first_line, warnings: Vec::new() })
}

/// The default largest regulation file reiki reads, in bytes. The longest
/// real 例規 are a few hundred KB; 20 MB leaves room for a whole 例規集 in one
/// file while keeping a build's memory bounded (peak measured in README).
pub const DEFAULT_MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Reads and decodes one regulation file: Markdown or text (any of the
/// encodings [`decode`] knows), Word (.docx), OpenDocument Text (.odt) or a
/// saved web page (.html).
/// Other formats are refused with a one-line reason (PDF: how to convert
/// it), and so is a file larger than `max_bytes` (see
/// [`DEFAULT_MAX_FILE_BYTES`]), before it is read.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<SourceText> {
    use std::io::Read;
    let shown = path.display().to_string();
    let ext = extension(path);
    if let Some(why) = unsupported(&ext) {
        return Err(LoadError::new(&shown, None, DiagnosticCode::Unsupported, why));
    }
    let unreadable =
        |e: std::io::Error| LoadError::new(&shown, None, DiagnosticCode::Unreadable, format!("読み込めません: {e}"));
    let too_large = |size: u64| {
        let message = format!(
            "ファイルが大きすぎます（{:.1} MB、上限 {} MB）。例規ごとのファイルに分けるか、reiki.yaml の max_file_mb で上限を変えてください",
            size as f64 / (1024.0 * 1024.0),
            max_bytes / (1024 * 1024)
        );
        LoadError::new(&shown, None, DiagnosticCode::TooLarge, message)
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    // Refused on its size alone, before a byte is read.
    let size = file.metadata().map_err(unreadable)?.len();
    if size > max_bytes {
        return Err(too_large(size));
    }
    // Read one byte past the limit: the file may grow while it is read.
    let mut bytes = Vec::new();
    file.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    if bytes.is_empty() {
        return Err(LoadError::new(&shown, Some(1), DiagnosticCode::Empty, "空のファイルです"));
    }
    if DOCX_EXTENSIONS.contains(&ext.as_str()) {
        let converted = docx::convert(&bytes).map_err(|why| LoadError::new(&shown, None, DiagnosticCode::Docx, why))?;
        return read_converted(path, converted);
    }
    if ODT_EXTENSIONS.contains(&ext.as_str()) {
        let converted = odt::convert(&bytes).map_err(|why| LoadError::new(&shown, None, DiagnosticCode::Odt, why))?;
        return read_converted(path, converted);
    }
    if HTML_EXTENSIONS.contains(&ext.as_str()) {
        let text = match html::declared_charset(&bytes) {
            Some(encoding) if encoding != encoding_rs::UTF_8 => {
                let (text, _, had_errors) = encoding.decode(&bytes);
                if had_errors {
                    let why = format!("<meta> の文字コード {} として読めないバイト列があります", encoding.name());
                    return Err(LoadError::new(&shown, None, DiagnosticCode::Encoding, why));
                }
                text.into_owned()
            }
            _ => decode(&bytes).map_err(|e| LoadError::new(&shown, e.line, DiagnosticCode::Encoding, e.message))?.0,
        };
        return read_converted(path, html::convert(&normalize_line_endings(&text)));
    }
    let (text, _encoding) =
        decode(&bytes).map_err(|e| LoadError::new(&shown, e.line, DiagnosticCode::Encoding, e.message))?;
    drop(bytes);
    let mut source = read_str(&shown, &text)?;
    if let Some(sidecar) = sidecar_of(path) {
        // Two places for the same keys would leave the user guessing which
        // one the site shows.
        if source.first_line > 1 {
            let why = format!(
                "前付け（---）と属性ファイル {} の両方に属性があります。どちらか一方にまとめてください",
                sidecar.display()
            );
            return Err(LoadError::new(&shown, Some(1), DiagnosticCode::FrontMatter, why));
        }
        source.meta = read_sidecar(&sidecar)?;
        source.id = source.meta.id.clone().unwrap_or_else(|| id_from_path(&shown));
    }
    Ok(source)
}

/// A document's plain text as the parser would read it, without parsing it
/// as a regulation: a .docx, .odt or .html converted (table rows as tab-separated
/// lines, `&amp;`/`&lt;` decoded), any other file decoded. For documents
/// beside a regulation, such as a 新旧対照表.
pub(crate) fn document_text(path: &Path) -> Result<String> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| LoadError::new(&shown, None, DiagnosticCode::Unreadable, format!("読み込めません: {e}")))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_lowercase();
    let unescape = |text: String| text.replace("&lt;", "<").replace("&amp;", "&");
    if DOCX_EXTENSIONS.contains(&ext.as_str()) {
        let converted = docx::convert(&bytes).map_err(|why| LoadError::new(&shown, None, DiagnosticCode::Docx, why))?;
        return Ok(unescape(converted.text));
    }
    if ODT_EXTENSIONS.contains(&ext.as_str()) {
        let converted = odt::convert(&bytes).map_err(|why| LoadError::new(&shown, None, DiagnosticCode::Odt, why))?;
        return Ok(unescape(converted.text));
    }
    let (text, _) = decode(&bytes).map_err(|e| LoadError::new(&shown, e.line, DiagnosticCode::Encoding, e.message))?;
    if HTML_EXTENSIONS.contains(&ext.as_str()) {
        return Ok(unescape(html::convert(&normalize_line_endings(&text)).text));
    }
    Ok(normalize_line_endings(&text).into_owned())
}

/// Why a file of this extension is not read, `None` when it is.
fn unsupported(ext: &str) -> Option<String> {
    let readable = ext.is_empty()
        || [TEXT_EXTENSIONS, DOCX_EXTENSIONS, ODT_EXTENSIONS, HTML_EXTENSIONS].iter().any(|list| list.contains(&ext));
    if readable {
        return None;
    }
    Some(match ext {
        "pdf" => "PDF は読めません。テキストに変換してから置いてください（例: pdftotext -layout 規程.pdf 規程.txt）".to_string(),
        "doc" | "rtf" => format!(
            ".{ext} は読めません。Word か LibreOffice で .docx に保存し直してください（例: soffice --headless --convert-to docx 規程.{ext}）"
        ),
        // A settings file or a catalog put among the regulations (a whole
        // project folder given as --input) is the common case.
        "yaml" | "yml" => format!(
            ".{ext} は例規として読みません。設定ファイル（reiki.yaml）は --config、カタログは --catalogs で指定し、\
             例規のフォルダには {READABLE} と、その横に置く同じ名前の属性ファイル（規程.txt なら 規程.yaml）だけを置いてください"
        ),
        _ => format!("reiki が読まない形式です（.{ext}）。例規は {READABLE} で置いてください"),
    })
}

/// A converted .docx/.odt/.html: metadata from the sidecar YAML, else the
/// document's own title; conversion warnings become diagnostics.
fn read_converted(path: &Path, converted: markup::Converted) -> Result<SourceText> {
    let shown = path.display().to_string();
    let mut meta = match sidecar_of(path) {
        Some(sidecar) => read_sidecar(&sidecar)?,
        None => Meta::default(),
    };
    if meta.title.is_none() {
        meta.title = converted.title.clone();
    }
    let id = meta.id.clone().unwrap_or_else(|| id_from_path(&shown));
    let warnings = converted
        .warnings
        .into_iter()
        .map(|(line, code, message)| Diagnostic {
            severity: Severity::Warning,
            code,
            file: shown.clone(),
            line,
            message,
        })
        .collect();
    Ok(SourceText { path: shown, id, meta, text: converted.text, first_line: 1, warnings })
}

/// File stem as id: `regulations/ageo-kanri-yoryo.md` → `ageo-kanri-yoryo`.
pub(crate) fn id_from_path(path: &str) -> String {
    Path::new(path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_lines() {
        let text = "---\nid: x\ntitle: 要綱\n---\n第1条 本文\n";
        let (meta, body, first) = split_front_matter("f.md", text).unwrap();
        assert_eq!(meta.id.as_deref(), Some("x"));
        assert_eq!(body, "第1条 本文\n");
        assert_eq!(first, 5);
    }

    #[test]
    fn broken_front_matter_names_line() {
        let err = split_front_matter("f.md", "---\nid: x\nbogus: [\n---\n").unwrap_err().to_string();
        assert!(err.starts_with("f.md:"), "{err}");
        let err = split_front_matter("f.md", "---\nid: x\n").unwrap_err().to_string();
        assert!(err.contains("---"), "{err}");
        // Keys reiki does not know are kept, not refused (issue 9).
        let (meta, _, _) = split_front_matter("f.md", "---\nid: x\nunknown_key: 1\n---\n").unwrap();
        assert_eq!(meta.extra["unknown_key"], serde_yaml::Value::from(1));
    }
}
