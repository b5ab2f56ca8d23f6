//! Page reuse of incremental builds. A page is a function of its template
//! set and the inputs its view reads (this regulation's or any other's).
//! Its key hashes the build fingerprint, the templates and the digests of
//! those inputs (see `views::InputDigests`), computed without making the
//! page's data; when the previous build wrote the same path with the same
//! key, and the file in the published site is still the one it wrote (same
//! length and modification time), the file is hard-linked (or copied) into
//! the staging folder instead of rendered. `<cache>/pages-<output>.json`
//! lists the published pages' keys; it is rewritten after each swap. A
//! missing or unreadable list renders every page. [`WordsMemo`] keeps the
//! search index's words.
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::SystemTime;

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};

use super::views::InputDigests;
use super::{templates, Page};
use crate::pipeline::cache::{key_name, read_json, write_atomically};
use crate::pipeline::key::KeyHasher;

/// Layout of `pages.json`; bump it when [`Manifest`] changes.
const FORMAT: u32 = 4;

/// Page reuse of an incremental build: the previous build's files and the
/// digests of this build's inputs (see `views::InputDigests`).
#[derive(Clone, Copy)]
pub struct Reuse<'a> {
    /// The previous build's files and keys.
    pub pages: &'a PageCache,
    /// This build's inputs.
    pub digests: &'a InputDigests,
}

/// A page as the previous build published it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Record {
    key: String,
    len: u64,
    /// Modification time in nanoseconds since the epoch.
    modified: u128,
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    format: u32,
    pages: BTreeMap<String, Record>,
}

/// Page reuse for one build into `staging`, replacing `published`.
pub struct PageCache {
    manifest: PathBuf,
    previous: BTreeMap<String, Record>,
    published: PathBuf,
    staging: PathBuf,
    /// Hash of the build fingerprint and the template set.
    base: u128,
    written: Mutex<BTreeMap<String, Record>>,
    reused: AtomicUsize,
    reused_bytes: AtomicUsize,
}

impl PageCache {
    /// Page reuse with the list under `cache_dir`, for a build into
    /// `staging` that replaces the site at `published`; `None` when this
    /// build cannot be fingerprinted.
    pub fn open(
        cache_dir: &Path,
        published: &Path,
        staging: &Path,
        templates_dir: Option<&Path>,
    ) -> Result<Option<Self>> {
        let Some(mut base) = KeyHasher::for_this_build(cache_dir) else { return Ok(None) };
        base.add_bytes(&FORMAT.to_le_bytes());
        for (name, text) in templates::sources(templates_dir)? {
            base.add_bytes(name.as_bytes());
            base.add_bytes(text.as_bytes());
        }
        // One list per output folder: two sites built from one project
        // (a preview and the published one) each keep their own.
        let mut folder = KeyHasher::default();
        folder.add_bytes(
            std::path::absolute(published).unwrap_or(published.to_path_buf()).as_os_str().as_encoded_bytes(),
        );
        let manifest = cache_dir.join(format!("pages-{}.json", key_name(folder.finish())));
        let previous =
            read_json::<Manifest>(&manifest).filter(|m| m.format == FORMAT).map(|m| m.pages).unwrap_or_default();
        Ok(Some(PageCache {
            manifest,
            previous,
            published: published.to_path_buf(),
            staging: staging.to_path_buf(),
            base: base.finish(),
            written: Mutex::default(),
            reused: AtomicUsize::new(0),
            reused_bytes: AtomicUsize::new(0),
        }))
    }

    /// Puts the file `path`, made by `make` from data whose hash is
    /// `data_key` (everything the file is made from), into the staging
    /// folder: the previous build's file when the key is the same, else
    /// made and handed to `emit`.
    pub fn file(
        &self,
        path: String,
        data_key: u128,
        emit: &(dyn Fn(Page) -> Result<()> + Sync),
        make: impl FnOnce(&str) -> Result<Page>,
    ) -> Result<()> {
        let mut hasher = KeyHasher::default();
        hasher.add_key(self.base);
        hasher.add_key(data_key);
        let key = key_name(hasher.finish());
        if self.reuse(&path, &key)? {
            return Ok(());
        }
        emit(make(&path)?)?;
        self.note(path, key)
    }

    /// Links the published file into staging when it is the one the
    /// previous build wrote with `key`.
    fn reuse(&self, path: &str, key: &str) -> Result<bool> {
        let Some(old) = self.previous.get(path).filter(|r| r.key == key) else { return Ok(false) };
        let from = self.published.join(path);
        if record_of(&from, key).as_ref() != Some(old) {
            return Ok(false);
        }
        let to = self.staging.join(path);
        if let Some(folder) = to.parent() {
            std::fs::create_dir_all(folder).with_context(|| format!("{}: cannot create", folder.display()))?;
        }
        // A copy keeps the contents (not the time): it is noted afresh.
        if std::fs::hard_link(&from, &to).is_err() {
            std::fs::copy(&from, &to).with_context(|| format!("{}: cannot write", to.display()))?;
        }
        self.reused.fetch_add(1, Ordering::Relaxed);
        self.reused_bytes.fetch_add(old.len as usize, Ordering::Relaxed);
        self.note(path.to_string(), key.to_string())?;
        Ok(true)
    }

    fn note(&self, path: String, key: String) -> Result<()> {
        let file = self.staging.join(&path);
        let record = record_of(&file, &key).with_context(|| format!("{}: cannot read back", file.display()))?;
        self.written.lock().expect("page cache lock").insert(path, record);
        Ok(())
    }

    /// Pages and bytes reused so far.
    pub fn reused(&self) -> (usize, usize) {
        (self.reused.load(Ordering::Relaxed), self.reused_bytes.load(Ordering::Relaxed))
    }

    /// Records the pages of this build once it is published. A list that
    /// cannot be written is reported; the next build then renders every page.
    pub fn save(&self) {
        let pages = std::mem::take(&mut *self.written.lock().expect("page cache lock"));
        let written = serde_json::to_vec(&Manifest { format: FORMAT, pages })
            .map_err(anyhow::Error::from)
            .and_then(|bytes| write_atomically(&self.manifest, &bytes));
        if let Err(err) = written {
            eprintln!("警告: キャッシュを書き込めません（次回は全ページを作り直します）: {err:#}");
        }
    }
}

/// The record of the file at `path`, if it can be read.
fn record_of(path: &Path, key: &str) -> Option<Record> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_nanos();
    Some(Record { key: key.to_string(), len: meta.len(), modified })
}

/// Layout of a words file; bump it when [`WordsFile`] changes.
const WORDS_FORMAT: u32 = 2;

#[derive(Serialize, Deserialize)]
struct WordsFile {
    format: u32,
    /// The words of each of the regulation's search documents, in order.
    words: Vec<Vec<String>>,
}

/// The search index's content words of each regulation's documents, kept
/// between builds as one file per regulation under `<cache>/search-words/`,
/// named by a hash of the build fingerprint and the regulation (its
/// digest, `views::InputDigests::text`): without it, a search shard made
/// again for one edit would tokenize every article of the shard again.
/// Files are read only for the shards made again; files of regulations no
/// longer in the site are removed after the build.
pub struct WordsMemo {
    dir: PathBuf,
    base: u128,
    /// Keys of the regulations of this build: their files are kept.
    live: Mutex<HashSet<u128>>,
}

impl WordsMemo {
    /// The memo under `cache_dir`; `None` when this build cannot be fingerprinted.
    pub fn open(cache_dir: &Path) -> Option<WordsMemo> {
        let mut base = KeyHasher::for_this_build(cache_dir)?;
        base.add_bytes(&WORDS_FORMAT.to_le_bytes());
        // The single file of earlier builds.
        let _ = std::fs::remove_file(cache_dir.join("search-words.json"));
        Some(WordsMemo { dir: cache_dir.join("search-words"), base: base.finish(), live: Mutex::default() })
    }

    fn key(&self, regulation: u128) -> u128 {
        let mut hasher = KeyHasher::default();
        hasher.add_key(self.base);
        hasher.add_key(regulation);
        hasher.finish()
    }

    fn path(&self, key: u128) -> PathBuf {
        self.dir.join(format!("{}.json", key_name(key)))
    }

    /// Keeps the file of the regulation whose digest is `regulation`.
    pub fn keep(&self, regulation: u128) {
        let key = self.key(regulation);
        self.live.lock().expect("words lock").insert(key);
    }

    /// The words of the `count` documents of the regulation whose digest
    /// is `regulation`: remembered, or computed by `words` and remembered.
    pub fn get_or(&self, regulation: u128, count: usize, words: impl FnOnce() -> Vec<Vec<String>>) -> Vec<Vec<String>> {
        let key = self.key(regulation);
        self.live.lock().expect("words lock").insert(key);
        let path = self.path(key);
        let remembered = read_json::<WordsFile>(&path).filter(|f| f.format == WORDS_FORMAT && f.words.len() == count);
        if let Some(file) = remembered {
            return file.words;
        }
        let words = words();
        let file = WordsFile { format: WORDS_FORMAT, words };
        let written =
            serde_json::to_vec(&file).map_err(anyhow::Error::from).and_then(|bytes| write_atomically(&path, &bytes));
        if let Err(err) = written {
            eprintln!("警告: キャッシュを書き込めません（次回は検索索引を作り直します）: {err:#}");
        }
        file.words
    }

    /// Removes the files of regulations not in this build.
    pub fn save(&self) {
        let live = std::mem::take(&mut *self.live.lock().expect("words lock"));
        crate::pipeline::cache::remove_unused(&self.dir, &live);
    }
}
