//! Finding regulation files, decoding their bytes and splitting off the
//! YAML front matter. OWNER: parser work (issue 2).
//!
//! Public API:
//! - [`load_file`]: read, decode, split front matter, parse → `Regulation`.
//! - [`load_dir`]: every `.md`/`.txt` under a directory (sorted by path),
//!   returning the regulations that loaded and one error per file that did
//!   not (never stops at the first bad file).
//! - [`discover`], [`decode`], [`split_front_matter`], [`load_str`]: the steps.
//!
//! Errors are one line: `path:line: reason` (line when known).
use std::path::{Path, PathBuf};

use anyhow::Result;
use encoding_rs::{Encoding, SHIFT_JIS, UTF_16BE, UTF_16LE};

use crate::model::{Meta, Regulation};
use crate::parse;

mod meta;

/// Why a file could not be loaded; the error inside the `anyhow::Error`s
/// returned here (downcast to get the code and line, e.g. for `reiki check`).
/// Displays as `path:line: message` (line omitted when unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    pub line: Option<usize>,
    /// `unreadable`, `symlink-loop`, `too-large`, `encoding`, `empty`,
    /// `front-matter`, `not-a-regulation`.
    pub code: &'static str,
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
    pub fn new(path: &str, line: Option<usize>, code: &'static str, message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(LoadError { path: path.to_string(), line, code, message: message.into() })
    }

    /// The error as a diagnostic (line 1 when the file as a whole is at fault).
    pub fn to_diagnostic(&self) -> crate::model::Diagnostic {
        crate::model::Diagnostic {
            severity: crate::model::Severity::Error,
            code: self.code.to_string(),
            file: self.path.clone(),
            line: self.line.unwrap_or(1),
            message: self.message.clone(),
        }
    }
}

/// Regulation files under `dir`: `.md` and `.txt`, sorted, hidden files and
/// README.md skipped. A file path is returned as is. Fails on the first
/// folder that cannot be read (see [`discover_all`] to go on past it).
pub fn discover(dir: &Path) -> Result<Vec<PathBuf>> {
    let (files, mut errors) = discover_all(dir);
    match errors.is_empty() {
        true => Ok(files),
        false => Err(errors.remove(0)),
    }
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
        let error = LoadError::new(&dir.display().to_string(), None, "unreadable", "ファイルもディレクトリもありません");
        return (Vec::new(), vec![error]);
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let walker = walkdir::WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter().filter_entry(|e| {
        e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
    });
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
        let wanted = name.ends_with(".md") || name.ends_with(".txt");
        if !wanted || name == "readme.md" || name == "readme.txt" {
            continue;
        }
        if std::fs::canonicalize(entry.path()).map_or(true, |real| seen.insert(real)) {
            files.push(entry.into_path());
        }
    }
    (files, errors)
}

/// A walk error in Japanese, naming the folder or link at fault.
fn walk_error(dir: &Path, e: &walkdir::Error) -> anyhow::Error {
    let path = e.path().unwrap_or(dir).display().to_string();
    if let Some(ancestor) = e.loop_ancestor() {
        let message = format!("シンボリックリンクがループしています（{} に戻ります）。この先は読みません", ancestor.display());
        return LoadError::new(&path, None, "symlink-loop", message);
    }
    let why = e.io_error().map_or_else(|| e.to_string(), |io| io.to_string());
    LoadError::new(&path, None, "unreadable", format!("読み込めません: {why}。このフォルダ以外は読み込みます"))
}

/// Why bytes could not be decoded, with the line where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub line: Option<usize>,
    pub message: String,
}

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    ShiftJis,
}

/// Decodes bytes: BOM (UTF-8, UTF-16 LE/BE) first, then valid UTF-8, then
/// Shift_JIS/CP932 when it decodes without errors. Binary data (NUL bytes,
/// control characters) is refused.
pub fn decode(bytes: &[u8]) -> std::result::Result<(String, SourceEncoding), DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let kind = if encoding == UTF_16LE {
            SourceEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            SourceEncoding::Utf16Be
        } else {
            SourceEncoding::Utf8Bom
        };
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            return Err(DecodeError { line: None, message: format!("{} として読めないバイト列があります", encoding.name()) });
        }
        return check_text(text.into_owned()).map(|t| (t, kind));
    }
    if bytes.contains(&0) {
        return Err(DecodeError { line: None, message: "バイナリファイルです（NUL バイトを含みます）".to_string() });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return check_text(text.to_string()).map(|t| (t, SourceEncoding::Utf8));
    }
    // Shift_JIS (encoding_rs's is the WHATWG/CP932 table), refusing any malformed byte.
    let mut decoder = SHIFT_JIS.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3 + 16);
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    if let encoding_rs::DecoderResult::Malformed(_, _) = result {
        let line = bytes[..read.min(bytes.len())].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(DecodeError {
            line: Some(line),
            message: "文字コードを判定できません（UTF-8 でも Shift_JIS でもないバイト列）".to_string(),
        });
    }
    if let encoding_rs::DecoderResult::OutputFull = result {
        return Err(DecodeError { line: None, message: "Shift_JIS の変換に失敗しました".to_string() });
    }
    check_text(text).map(|t| (t, SourceEncoding::ShiftJis))
}

/// Refuses text full of control characters (a binary file that happened to decode).
fn check_text(text: String) -> std::result::Result<String, DecodeError> {
    let control = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    if control > 0 && control * 100 > text.chars().count().max(1) {
        return Err(DecodeError { line: None, message: "バイナリファイルです（制御文字を多く含みます）".to_string() });
    }
    Ok(text)
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
    Err(LoadError::new(path, Some(1), "front-matter", "front matter の終わり（---）がありません"))
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

/// Parses text already in memory (used by tests and `load_file`).
pub fn load_str(path: &str, text: &str) -> Result<Regulation> {
    if text.trim().is_empty() {
        return Err(LoadError::new(path, Some(1), "empty", "空のファイルです"));
    }
    let (meta, body, first_line) = split_front_matter(path, text)?;
    let id = meta.id.clone().unwrap_or_else(|| id_from_path(path));
    parse::parse(parse::Input { path, id, meta, text: body, first_line })
}

/// The default largest regulation file reiki reads, in bytes. The longest
/// real 例規 are a few hundred KB; 20 MB leaves room for a whole 例規集 in one
/// file while keeping a build's memory bounded (peak measured in README).
pub const DEFAULT_MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Reads, decodes and parses one regulation file of at most
/// [`DEFAULT_MAX_FILE_BYTES`].
pub fn load_file(path: &Path) -> Result<Regulation> {
    load_file_limited(path, DEFAULT_MAX_FILE_BYTES)
}

/// Reads, decodes and parses one regulation file; a file larger than
/// `max_bytes` is refused with an error before it is parsed.
pub fn load_file_limited(path: &Path, max_bytes: u64) -> Result<Regulation> {
    use std::io::Read;
    let shown = path.display().to_string();
    let unreadable = |e: std::io::Error| LoadError::new(&shown, None, "unreadable", format!("読み込めません: {e}"));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    // Read one byte past the limit: the size on disk may change while reading.
    let mut bytes = Vec::new();
    file.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > max_bytes {
        let message = format!(
            "ファイルが大きすぎます（上限 {} MB。reiki.yaml の max_file_mb で変えられます）",
            max_bytes / (1024 * 1024)
        );
        return Err(LoadError::new(&shown, None, "too-large", message));
    }
    if bytes.is_empty() {
        return Err(LoadError::new(&shown, Some(1), "empty", "空のファイルです"));
    }
    let (text, _encoding) = decode(&bytes).map_err(|e| LoadError::new(&shown, e.line, "encoding", e.message))?;
    drop(bytes);
    load_str(&shown, &text)
}

/// Loads every regulation file under `dir` (see [`discover`]). Files that
/// fail give an error each; the others still load.
pub fn load_dir(dir: &Path) -> (Vec<Regulation>, Vec<anyhow::Error>) {
    let files = match discover(dir) {
        Ok(files) => files,
        Err(e) => return (Vec::new(), vec![e]),
    };
    let mut regulations = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match load_file(&file) {
            Ok(reg) => regulations.push(reg),
            Err(e) => errors.push(e),
        }
    }
    (regulations, errors)
}

/// File stem as id: `regulations/ageo-kanri-yoryo.md` → `ageo-kanri-yoryo`.
pub fn id_from_path(path: &str) -> String {
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

    #[test]
    fn decodes_encodings() {
        let text = "第1条　この規則は";
        assert_eq!(decode(text.as_bytes()).unwrap(), (text.to_string(), SourceEncoding::Utf8));
        let (sjis, _, _) = SHIFT_JIS.encode(text);
        let kana = "ｱｲｳｴｵｶｷｸｹｺ".repeat(50);
        let (sjis_kana, _, _) = SHIFT_JIS.encode(&kana);
        assert_eq!(decode(&sjis_kana).unwrap().0, kana, "half-width kana triple in size");
        assert_eq!(decode(&sjis).unwrap(), (text.to_string(), SourceEncoding::ShiftJis));
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).unwrap(), (text.to_string(), SourceEncoding::Utf16Le));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).unwrap(), (text.to_string(), SourceEncoding::Utf16Be));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend(text.as_bytes());
        assert_eq!(decode(&bom).unwrap(), (text.to_string(), SourceEncoding::Utf8Bom));
        assert!(decode(&[0x89, b'P', b'N', b'G', 0, 0, 1]).is_err());
        assert!(decode(&[0x82, 0xFF, 0xFF, 0x80]).is_err());
    }
}
