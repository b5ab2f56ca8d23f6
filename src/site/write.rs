//! Atomic output: everything is written into a temporary folder next to the
//! output, then swapped in (old renamed away, new renamed in, old deleted).
//! A failed build leaves the previous site untouched.
//!
//! Before any work, [`Output::prepare`] checks the output, takes a lock
//! (`.<name>-build.lock` next to it, so two builds into one folder cannot swap at
//! once) and removes staging folders a crashed build left behind. When the
//! output is a symbolic link (`site → /var/www/site`), the folder it points
//! to is replaced and the link is kept. The folder's permissions are kept
//! across builds.
use std::collections::BTreeSet;
use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use rayon::prelude::*;

use super::Page;

/// Marker file in every generated site: the swap only ever replaces a
/// folder that carries it (or an empty one), never a folder of the user's.
pub const MARKER: &str = ".reiki-site";

/// A checked and locked output folder, ready for [`Output::swap_in`]. The
/// lock is held until this value is dropped.
#[derive(Debug)]
pub struct Output {
    /// The real folder replaced (the link's target when output is a link).
    folder: PathBuf,
    parent: PathBuf,
    name: String,
    _lock: File,
}

impl Output {
    /// Checks `output` (it must name a folder that reiki made, an empty one
    /// or none; its parent must be creatable), follows a symbolic link,
    /// locks it against a concurrent build and removes leftovers of a
    /// crashed one.
    pub fn prepare(output: &Path) -> Result<Output> {
        let folder = follow_link(output)?;
        let name = folder
            .file_name()
            .filter(|n| !matches!(n.to_str(), Some("." | "..")))
            .with_context(|| format!("{}: output must name a folder", output.display()))?
            .to_string_lossy()
            .into_owned();
        let parent = match folder.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if folder.exists() && !is_replaceable(&folder)? {
            bail!(
                "{}: folder exists and was not made by reiki (no {MARKER} file); refusing to replace it",
                output.display()
            );
        }
        std::fs::create_dir_all(&parent).with_context(|| format!("{}: cannot create", parent.display()))?;
        let lock_path = parent.join(format!(".{name}-build.lock"));
        let lock =
            File::options().create(true).truncate(false).write(true).open(&lock_path).with_context(|| {
                format!("{}: cannot create lock file (is the folder writable?)", lock_path.display())
            })?;
        match lock_waiting(&lock) {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => bail!(
                "{}: 別の reiki build / serve が同じ出力先に書き込み中です。終わってからもう一度実行してください（ロック: {}）",
                output.display(),
                lock_path.display()
            ),
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("{}: cannot lock", lock_path.display()))
            }
        }
        let out = Output { folder, parent, name, _lock: lock };
        out.remove_leftovers()?;
        Ok(out)
    }

    /// The folder the site is published in (a link's target).
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Staging (`.site.new-PID`) and retired (`.site.old-PID`) folders of
    /// earlier builds: with the lock held, none of them is in use.
    fn remove_leftovers(&self) -> Result<()> {
        let prefixes = [format!(".{}.new-", self.name), format!(".{}.old-", self.name)];
        let entries =
            std::fs::read_dir(&self.parent).with_context(|| format!("{}: cannot read", self.parent.display()))?;
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let is_leftover = prefixes.iter().any(|p| {
                file_name
                    .strip_prefix(p.as_str())
                    .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            });
            if is_leftover && entry.file_type().is_ok_and(|t| t.is_dir()) {
                let path = entry.path();
                std::fs::remove_dir_all(&path)
                    .with_context(|| format!("{}: cannot remove leftover", path.display()))?;
            }
        }
        Ok(())
    }

    /// Writes `pages` next to the output and swaps them in.
    pub fn swap_in(&self, pages: &[Page]) -> Result<()> {
        self.swap_in_with(|staging| write_all(staging, pages))
    }

    /// Lets `fill` write the new site into a staging folder next to the
    /// output (a build writes pages as it renders them, so memory does not
    /// grow with the output), then swaps it in. When `fill` fails the
    /// staging folder is removed and the old site stays.
    pub fn swap_in_with(&self, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
        let output = &self.folder;
        let pid = std::process::id();
        let staging = self.parent.join(format!(".{}.new-{pid}", self.name));
        let retired = self.parent.join(format!(".{}.old-{pid}", self.name));
        let written = std::fs::create_dir_all(&staging)
            .with_context(|| format!("{}: cannot create", staging.display()))
            .and_then(|()| fill(&staging))
            .and_then(|()| write_marker(&staging))
            .and_then(|()| keep_permissions(output, &staging));
        if let Err(err) = written {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(err);
        }
        if output.exists() {
            std::fs::rename(output, &retired)
                .with_context(|| format!("{}: cannot move old site away", output.display()))?;
            if let Err(err) = std::fs::rename(&staging, output) {
                // Put the previous site back so the output is never missing.
                let _ = std::fs::rename(&retired, output);
                let _ = std::fs::remove_dir_all(&staging);
                return Err(err).with_context(|| format!("{}: cannot move new site in", output.display()));
            }
            std::fs::remove_dir_all(&retired).with_context(|| format!("{}: cannot remove", retired.display()))?;
        } else {
            std::fs::rename(&staging, output)
                .with_context(|| format!("{}: cannot move new site in", output.display()))?;
        }
        Ok(())
    }
}

/// How long a build waits for the output's lock before it reports
/// another build: a lock can be held for a moment by a process another
/// thread is starting (the child holds a copy of every open file until it
/// runs its program), which a test binary that runs builds and commands
/// side by side did hit; a real build holds it for seconds.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(1000);

/// Takes `lock`, trying again for [`LOCK_WAIT`] while another holds it.
fn lock_waiting(lock: &File) -> std::result::Result<(), std::fs::TryLockError> {
    let start = std::time::Instant::now();
    loop {
        match lock.try_lock() {
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            taken => return taken,
        }
    }
}

/// Writes `pages` as the site at `output` (check, lock, swap; see [`Output`]).
pub fn atomic(output: &Path, pages: &[Page]) -> Result<()> {
    Output::prepare(output)?.swap_in(pages)
}

/// The folder a symbolic link `output` points to (through every link of a
/// chain, relative targets taken from the link's folder); `output` itself
/// when it is not a link.
fn follow_link(output: &Path) -> Result<PathBuf> {
    let mut path = output.to_path_buf();
    // More links than this in a chain is a loop (Linux stops at 40 too).
    const MAX_LINKS: usize = 40;
    for _ in 0..MAX_LINKS {
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(path);
        }
        let target = std::fs::read_link(&path).with_context(|| format!("{}: cannot read link", path.display()))?;
        path = match path.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
    }
    bail!("{}: symbolic link loop", output.display())
}

/// Gives the new site the permissions the old one had (a 0700 site stays
/// 0700 instead of getting the process's default).
fn keep_permissions(old: &Path, new: &Path) -> Result<()> {
    if let Ok(meta) = std::fs::metadata(old) {
        std::fs::set_permissions(new, meta.permissions())
            .with_context(|| format!("{}: cannot set permissions", new.display()))?;
    }
    Ok(())
}

fn is_replaceable(output: &Path) -> Result<bool> {
    if !output.is_dir() {
        return Ok(false);
    }
    if output.join(MARKER).exists() {
        return Ok(true);
    }
    let mut entries = std::fs::read_dir(output).with_context(|| format!("{}: cannot read", output.display()))?;
    Ok(entries.next().is_none())
}

fn write_all(dir: &Path, pages: &[Page]) -> Result<()> {
    let folders: BTreeSet<PathBuf> =
        pages.iter().filter_map(|p| Path::new(&p.path).parent().map(|f| dir.join(f))).collect();
    for folder in folders {
        std::fs::create_dir_all(&folder).with_context(|| format!("{}: cannot create", folder.display()))?;
    }
    pages.par_iter().try_for_each(|page| {
        let path = dir.join(&page.path);
        std::fs::write(&path, &page.content).with_context(|| format!("{}: cannot write", path.display()))
    })
}

/// Writes one page under `dir`, creating its folder.
pub fn write_page(dir: &Path, page: &Page) -> Result<()> {
    let path = dir.join(&page.path);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).with_context(|| format!("{}: cannot create", folder.display()))?;
    }
    std::fs::write(&path, &page.content).with_context(|| format!("{}: cannot write", path.display()))
}

fn write_marker(dir: &Path) -> Result<()> {
    std::fs::write(dir.join(MARKER), b"generated by reiki build; this folder is replaced on every build\n")
        .with_context(|| format!("{}: cannot write marker", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, text: &str) -> Page {
        Page { path: path.into(), content: text.as_bytes().to_vec() }
    }

    #[test]
    fn swaps_in_a_new_site_and_removes_the_old() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        atomic(&out, &[page("index.html", "one"), page("reg/a.html", "a")]).unwrap();
        atomic(&out, &[page("index.html", "two")]).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "two");
        assert!(!out.join("reg/a.html").exists(), "files of the old build are gone");
        let mut leftovers: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        leftovers.sort();
        assert_eq!(leftovers, [".site-build.lock", "site"].map(std::ffi::OsString::from), "no temp folders left");
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        atomic(&out, &[page("index.html", "old")]).unwrap();
        // A page path that is also used as a folder cannot be written.
        let err = atomic(&out, &[page("a", "file"), page("a/b.html", "x")]).unwrap_err();
        assert!(format!("{err:#}").contains("cannot"), "{err:#}");
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "old");
        assert_eq!(
            std::fs::read_dir(tmp.path()).unwrap().count(),
            2,
            "staging folder removed (site and its lock left)"
        );
    }

    #[test]
    fn refuses_to_replace_a_folder_it_did_not_make() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
        let err = atomic(tmp.path(), &[page("index.html", "x")]).unwrap_err();
        assert!(err.to_string().contains("refusing"), "{err}");
        assert!(tmp.path().join("notes.txt").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_output_is_written_through_and_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let webroot = tmp.path().join("webroot/site");
        std::fs::create_dir_all(&webroot).unwrap();
        let link = tmp.path().join("site");
        std::os::unix::fs::symlink("webroot/site", &link).unwrap();
        atomic(&link, &[page("index.html", "one")]).unwrap();
        atomic(&link, &[page("index.html", "two")]).unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is kept");
        assert_eq!(std::fs::read_to_string(webroot.join("index.html")).unwrap(), "two", "the web root gets the build");
    }

    #[cfg(unix)]
    #[test]
    fn folder_permissions_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        atomic(&out, &[page("index.html", "one")]).unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o700)).unwrap();
        atomic(&out, &[page("index.html", "two")]).unwrap();
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o700);
    }

    #[test]
    fn leftovers_of_a_crashed_build_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        for stale in [".site.new-4242", ".site.old-17"] {
            std::fs::create_dir_all(tmp.path().join(stale).join("reg")).unwrap();
        }
        std::fs::create_dir(tmp.path().join(".site.new-mine")).unwrap();
        atomic(&out, &[page("index.html", "x")]).unwrap();
        assert!(!tmp.path().join(".site.new-4242").exists());
        assert!(!tmp.path().join(".site.old-17").exists());
        assert!(tmp.path().join(".site.new-mine").exists(), "only reiki's own pattern is removed");
    }

    #[test]
    fn a_second_build_into_the_same_folder_is_refused_while_one_runs() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        let first = Output::prepare(&out).unwrap();
        let err = Output::prepare(&out).unwrap_err().to_string();
        assert!(err.contains("書き込み中"), "{err}");
        first.swap_in(&[page("index.html", "first")]).unwrap();
        drop(first);
        atomic(&out, &[page("index.html", "second")]).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "second");
    }

    #[test]
    fn a_lock_held_for_a_moment_is_waited_for() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        let first = Output::prepare(&out).unwrap();
        let start = std::time::Instant::now();
        let holder = std::thread::spawn(move || {
            std::thread::sleep(LOCK_WAIT / 10);
            drop(first);
        });
        Output::prepare(&out).expect("taken once the other lets go");
        assert!(start.elapsed() >= LOCK_WAIT / 10, "it waited");
        holder.join().unwrap();
    }

    #[test]
    fn a_bad_output_is_refused_before_any_work() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("file"), "x").unwrap();
        assert!(Output::prepare(&tmp.path().join("file")).is_err(), "a file is not a site folder");
        assert!(Output::prepare(Path::new("..")).is_err());
        assert!(Output::prepare(&tmp.path().join("file/site")).is_err(), "parent is a file");
    }
}
