//! The analysis cache of incremental builds: each regulation's coverage
//! (before reviews) and the requirement ↔ provision comparisons its pages
//! show, stored as two files per regulation under `<cache>/analysis/`
//! (`<key>.json`, the coverage, read by every build; `<key>.comparisons.json`,
//! read only when a page made again shows one of them, see
//! [`CachedComparisons`]), named by a hash of everything that decides them
//! ([`AnalysisCache::key`]): the
//! parsed regulation, the catalogs it is checked against, the
//! configuration, and this build of reiki (its version and executable,
//! which holds the code and the dictionary). A key that matches gives the
//! same results as computing them, so a build that reads the cache writes
//! the same site as one that does not.
//!
//! An entry that cannot be read or parsed, or that was written by another
//! reiki, is treated as missing (computed again and rewritten): a cache
//! can be deleted, truncated or shared without a wrong page. Entries are
//! written to a temporary file and renamed into place, and entries not used
//! by a build are removed after it, so the folder does not grow.
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::corpus::{comparison_key, Comparison, CorpusAnalysis};
use super::key::KeyHasher;
use super::Project;
use crate::analyze::align::CoverageReport;
use crate::catalog::Catalog;
use crate::model::Regulation;

/// Layout of the entries; bump it when [`CoverageEntry`] or
/// [`ComparisonsEntry`] changes (2: comparisons keep their marks as spans
/// of the texts; 3: comparisons in a file of their own, by key).
const FORMAT: u32 = 3;

/// A key as a file name: 32 hex digits.
pub fn key_name(key: u128) -> String {
    format!("{key:032x}")
}

/// This build of reiki: its version and the bytes of the running
/// executable (code, templates and the dictionary are compiled into it),
/// so a cache written by another build is never read. Hashed once per run,
/// and remembered in `<cache_dir>/fingerprint.json` with the executable's
/// identity (see `ExeIdentity`): reading and hashing 60 MB took a
/// sixteenth of a one-edit rebuild.
pub fn build_fingerprint(cache_dir: &Path) -> Option<u128> {
    static FINGERPRINT: OnceLock<Option<u128>> = OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let path = std::env::current_exe().ok()?;
        let memo = cache_dir.join("fingerprint.json");
        let identity = ExeIdentity::of(&path);
        let remembered = read_json::<(ExeIdentity, String)>(&memo)
            .filter(|(known, _)| Some(known) == identity.as_ref())
            .and_then(|(_, key)| u128::from_str_radix(&key, 16).ok());
        if remembered.is_some() {
            return remembered;
        }
        let exe = std::fs::read(&path).ok()?;
        let mut hasher = KeyHasher::default();
        hasher.add_bytes(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.add_bytes(&exe);
        let fingerprint = hasher.finish();
        // Unless the executable changed while it was read.
        if let Some(identity) = identity.filter(|i| ExeIdentity::of(&path).as_ref() == Some(i)) {
            // Not remembered (a folder that cannot be written): hashed again next time.
            if let Ok(bytes) = serde_json::to_vec(&(identity, key_name(fingerprint))) {
                let _ = write_atomically(&memo, &bytes);
            }
        }
        Some(fingerprint)
    })
}

/// What identifies an executable file without reading it: its path,
/// device, inode, length, and modification and status-change times in
/// nanoseconds. Writing or replacing the file changes the status-change
/// time, which no program can set back (unlike the modification time).
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct ExeIdentity {
    path: String,
    device: u64,
    inode: u64,
    len: u64,
    modified: i128,
    changed: i128,
}

impl ExeIdentity {
    /// `None` where the times cannot be read (then the executable is always hashed).
    #[cfg(unix)]
    fn of(path: &Path) -> Option<ExeIdentity> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(path).ok()?;
        let nanos = |secs: i64, nsec: i64| i128::from(secs) * 1_000_000_000 + i128::from(nsec);
        Some(ExeIdentity {
            path: path.to_string_lossy().into_owned(),
            device: meta.dev(),
            inode: meta.ino(),
            len: meta.len(),
            modified: nanos(meta.mtime(), meta.mtime_nsec()),
            changed: nanos(meta.ctime(), meta.ctime_nsec()),
        })
    }

    #[cfg(not(unix))]
    fn of(_path: &Path) -> Option<ExeIdentity> {
        None
    }
}

/// One regulation's cached coverage.
#[derive(Serialize, Deserialize)]
struct CoverageEntry {
    format: u32,
    version: String,
    /// One report per catalog the regulation is checked against, in order,
    /// as computed (reviews are applied after loading).
    coverage: Vec<CoverageReport>,
}

/// The comparisons one regulation's pages show, by [`comparison_key`] as
/// [`key_name`]: a rebuild after one edit remakes few pages, and reading
/// every regulation's comparisons (two thirds of the cache's bytes) had
/// been a quarter of it at N = 2,000.
#[derive(Serialize, Deserialize)]
struct ComparisonsEntry {
    format: u32,
    version: String,
    comparisons: Vec<(String, Comparison)>,
}

impl ComparisonsEntry {
    /// The comparisons of the file at `path`; `None` when it cannot be
    /// read or was written by another reiki.
    fn read(path: &Path) -> Option<HashMap<u128, Comparison>> {
        let entry: ComparisonsEntry = read_json(path)?;
        if entry.format != FORMAT || entry.version != env!("CARGO_PKG_VERSION") {
            return None;
        }
        entry.comparisons.into_iter().map(|(key, c)| Some((u128::from_str_radix(&key, 16).ok()?, c))).collect()
    }
}

/// The comparisons of the regulations whose analysis was read from the
/// cache: each regulation's file is read the first time a page asks for
/// one of its comparisons, and kept for the rest of the build.
#[derive(Debug, Default)]
pub struct CachedComparisons {
    /// By regulation id: its comparisons file, and its comparisons once read
    /// (empty when the file could not be read).
    files: HashMap<String, (PathBuf, OnceLock<HashMap<u128, Comparison>>)>,
}

impl CachedComparisons {
    /// Whether `regulation`'s analysis came from the cache (its comparisons are here, not computed).
    pub fn holds(&self, regulation: &str) -> bool {
        self.files.contains_key(regulation)
    }

    /// The comparison keyed `key` among `regulation`'s; `None` when its
    /// file cannot be read or lacks it (reviews changed since may show
    /// other evidence).
    pub fn get(&self, regulation: &str, key: u128) -> Option<&Comparison> {
        let (path, loaded) = self.files.get(regulation)?;
        loaded.get_or_init(|| ComparisonsEntry::read(path).unwrap_or_default()).get(&key)
    }
}

/// The analysis cache of one build (see the module documentation).
#[derive(Debug)]
pub struct AnalysisCache {
    dir: PathBuf,
    /// The build fingerprint and the configuration.
    base: u128,
    /// Each catalog's hash, by id.
    catalogs: HashMap<String, u128>,
    /// Each regulation's [`regulation_digest`] as loaded, by id, hashed once
    /// in parallel when the cache is opened: the analysis keys and the
    /// pages' keys (`views::InputDigests`) both need it, and hashing the
    /// corpus's JSON twice was a tenth of a one-edit rebuild.
    regulations: HashMap<String, u128>,
    /// Regulations read from the cache (id → key); their entries are kept.
    read: Mutex<HashMap<String, u128>>,
    /// Regulations computed in this build (id → key): their coverage is
    /// written; [`AnalysisCache::save`] writes their comparisons.
    computed: Mutex<HashMap<String, u128>>,
    hits: AtomicUsize,
    misses: AtomicUsize,
}

/// How many regulations an analysis came from the cache for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheUse {
    /// Regulations whose analysis was read from the cache.
    pub hits: usize,
    /// Regulations whose analysis was computed.
    pub misses: usize,
}

impl AnalysisCache {
    /// The cache under `dir` for `project`'s configuration and catalogs;
    /// `None` when this build cannot be fingerprinted.
    pub fn open(dir: &Path, project: &Project) -> Option<AnalysisCache> {
        let mut base = KeyHasher::for_this_build(dir)?;
        base.add_bytes(&FORMAT.to_le_bytes());
        base.add_value(&project.config);
        let catalogs = project
            .catalogs
            .iter()
            .map(|c: &Catalog| {
                let mut h = KeyHasher::default();
                h.add_value(c);
                (c.id.clone(), h.finish())
            })
            .collect();
        let regulations = project.regulations.par_iter().map(|r| (r.id.clone(), regulation_digest(r))).collect();
        Some(AnalysisCache {
            dir: dir.join("analysis"),
            base: base.finish(),
            catalogs,
            regulations,
            read: Mutex::default(),
            computed: Mutex::default(),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
        })
    }

    /// [`regulation_digest`] of `reg` as it was when the cache was opened.
    pub fn regulation_digest(&self, reg: &Regulation) -> u128 {
        self.regulations.get(&reg.id).copied().unwrap_or_else(|| regulation_digest(reg))
    }

    /// The key of `reg`'s analysis against `catalogs`.
    pub fn key(&self, reg: &Regulation, catalogs: &[&Catalog]) -> u128 {
        let mut h = KeyHasher::default();
        h.add_key(self.base);
        h.add_key(self.regulation_digest(reg));
        for c in catalogs {
            h.add_key(self.catalogs.get(&c.id).copied().unwrap_or_default());
        }
        h.finish()
    }

    fn path(&self, key: u128) -> PathBuf {
        self.dir.join(format!("{}.json", key_name(key)))
    }

    fn comparisons_path(&self, key: u128) -> PathBuf {
        self.dir.join(format!("{}.comparisons.json", key_name(key)))
    }

    /// The cached coverage of `reg` against `catalogs` (as computed, before
    /// reviews), when an entry with its key can be read and its
    /// comparisons were written; they are then read when a page asks for
    /// them ([`AnalysisCache::cached_comparisons`]).
    pub fn coverage(&self, reg: &Regulation, catalogs: &[&Catalog]) -> Option<Vec<CoverageReport>> {
        let key = self.key(reg, catalogs);
        // Written after the site is published: a build that failed before
        // left the coverage without them, and computes both again.
        if !self.comparisons_path(key).is_file() {
            return None;
        }
        let entry: CoverageEntry = read_json(&self.path(key))?;
        let fits = entry.format == FORMAT
            && entry.version == env!("CARGO_PKG_VERSION")
            && entry.coverage.len() == catalogs.len()
            && entry.coverage.iter().zip(catalogs).all(|(r, c)| r.catalog_id == c.id && r.regulation_id == reg.id);
        if !fits {
            return None;
        }
        self.read.lock().expect("cache lock").insert(reg.id.clone(), key);
        self.hits.fetch_add(1, Ordering::Relaxed);
        Some(entry.coverage)
    }

    /// Writes the coverage computed for `reg` (written now rather than
    /// kept: a full build would hold every report twice);
    /// [`AnalysisCache::save`] writes the comparisons.
    pub fn record(&self, reg: &Regulation, catalogs: &[&Catalog], reports: &[CoverageReport]) {
        self.misses.fetch_add(1, Ordering::Relaxed);
        let key = self.key(reg, catalogs);
        let entry =
            CoverageEntry { format: FORMAT, version: env!("CARGO_PKG_VERSION").into(), coverage: reports.to_vec() };
        let written = serde_json::to_vec(&entry)
            .map_err(anyhow::Error::from)
            .and_then(|bytes| write_atomically(&self.path(key), &bytes));
        match written {
            Ok(()) => {
                self.computed.lock().expect("cache lock").insert(reg.id.clone(), key);
            }
            Err(err) => eprintln!("警告: キャッシュを書き込めません: {err:#}"),
        }
    }

    /// The comparisons of the regulations read from the cache so far, each
    /// regulation's read when first asked for.
    pub fn cached_comparisons(&self) -> CachedComparisons {
        let read = self.read.lock().expect("cache lock");
        let files = read.iter().map(|(id, key)| (id.clone(), (self.comparisons_path(*key), OnceLock::new()))).collect();
        CachedComparisons { files }
    }

    /// Regulations read from the cache and computed so far.
    pub fn usage(&self) -> CacheUse {
        CacheUse { hits: self.hits.load(Ordering::Relaxed), misses: self.misses.load(Ordering::Relaxed) }
    }

    /// Writes an entry for every regulation computed in this build (with
    /// the comparisons of `analysis` its pages show) and removes entries
    /// this build did not use. A cache that cannot be written is reported
    /// and left: the site is built all the same.
    pub fn save(&self, project: &Project, analysis: &CorpusAnalysis) {
        if let Err(err) = self.try_save(project, analysis) {
            eprintln!("警告: キャッシュを書き込めません（次回は全体を作り直します）: {err:#}");
        }
    }

    fn try_save(&self, project: &Project, analysis: &CorpusAnalysis) -> anyhow::Result<()> {
        let computed = std::mem::take(&mut *self.computed.lock().expect("cache lock"));
        let mut keep: HashSet<u128> = self.read.lock().expect("cache lock").values().copied().collect();
        for (id, key) in computed {
            let Some(reg) = project.regulation(&id) else { continue };
            let comparisons = super::corpus::regulation_comparison_jobs(project, reg, &analysis.coverage)
                .into_iter()
                .filter_map(|(req, text)| {
                    let c = analysis.comparison(&reg.id, &req, &text)?.into_owned();
                    Some((key_name(comparison_key(&req, &text)), c))
                })
                .collect();
            let entry = ComparisonsEntry { format: FORMAT, version: env!("CARGO_PKG_VERSION").into(), comparisons };
            write_atomically(&self.comparisons_path(key), &serde_json::to_vec(&entry)?)?;
            keep.insert(key);
        }
        remove_unused(&self.dir, &keep);
        Ok(())
    }
}

/// A regulation's digest: its serde data (text, structure, diagnostics),
/// hashed.
pub fn regulation_digest(reg: &Regulation) -> u128 {
    let mut h = KeyHasher::default();
    h.add_value(reg);
    h.finish()
}

/// The JSON file at `path` read back; `None` when it cannot be read, is
/// not UTF-8 or does not parse as a `T`. The text is validated once, by
/// simdutf8, and parsed as a `str`: `serde_json::from_slice` validated
/// each string on its own with std's slower check, two fifths of reading
/// the cached coverage of a one-edit rebuild.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_str(simdutf8::basic::from_utf8(&bytes).ok()?).ok()
}

/// Writes `bytes` to a temporary file next to `path` and renames it into
/// place, so a reader never sees half an entry; the folder is created
/// first when missing (a deleted cache folder is refilled).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use anyhow::Context;
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).with_context(|| format!("{}: cannot create", folder.display()))?;
    }
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, bytes).with_context(|| format!("{}: cannot write", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("{}: cannot write", path.display()))
}

/// Removes the entries (`<key>.json`, `<key>.comparisons.json`) and
/// temporary files of `dir` whose key is not in `keep`; other files are
/// left alone, and so is a folder that cannot be read (the next build
/// finds the files unused again).
pub fn remove_unused(dir: &Path, keep: &HashSet<u128>) {
    let keep: HashSet<String> = keep.iter().map(|k| key_name(*k)).collect();
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((stem, ext)) = name.split_once('.') else { continue };
        let ours = stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit());
        let ext = ext.strip_prefix("comparisons.").unwrap_or(ext);
        let cached = ext == "json" || ext.starts_with("tmp-");
        if ours && cached && !keep.contains(stem) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn rewriting_an_executable_changes_its_identity_even_at_the_same_length_and_time() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("reiki");
        std::fs::write(&exe, b"build one").unwrap();
        let first = ExeIdentity::of(&exe).unwrap();
        assert_eq!(ExeIdentity::of(&exe).as_ref(), Some(&first), "unchanged: the same identity");
        // Timestamps are coarser than a write: wait a tick.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&exe, b"build two").unwrap();
        // The modification time set back, as `cp -p` or `touch -r` would.
        let old = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(first.modified as u64);
        std::fs::File::options().write(true).open(&exe).unwrap().set_modified(old).unwrap();
        let second = ExeIdentity::of(&exe).unwrap();
        assert_eq!((second.len, second.modified), (first.len, first.modified));
        assert_ne!(second, first, "the status-change time tells the rewrite");
    }
}
