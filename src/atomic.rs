//! Writes a file so that anyone reading it sees the old content or the new, never
//! half of either; and puts back or clears what a killed write left behind.

use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, RandomState};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// How much of the file's name a temporary file's name repeats, in bytes, so that
/// the temporary name stays within the usual limit of 255.
const NAME_KEPT: usize = 200;

/// How many symbolic links [`resolve`] follows, as the system does, before it calls
/// the path a loop.
const MAX_LINKS: usize = 40;

/// Writes `bytes` to `path` through a temporary file beside it, flushed to disk and
/// then renamed over it. A symbolic link is written through: the file it points to
/// is replaced, beside itself, and the link stays. A new file gets the permissions
/// the user's umask gives new files; a replaced file keeps its own. Errors are the
/// system's own and never name the temporary file, which is removed when the write
/// fails.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = &resolve(path)?;
    let (tmp, mut file) = create(path, bytes.len())?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| fs::rename(&tmp, path));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

/// Whether [`write`] could write `path`: makes a temporary file beside it and
/// removes it again.
pub fn check(path: &Path) -> io::Result<()> {
    let (tmp, _) = create(&resolve(path)?, 0)?;
    fs::remove_file(tmp)
}

/// The file a write to `path` lands in: `path` itself, or, for a symbolic link, the
/// file at the end of its links (which need not exist yet).
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&path)?;
                path = folder(&path).join(target);
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        "too many levels of symbolic links",
    ))
}

/// The folder `path` is in (`.` for a bare file name).
pub fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Puts back what a write of `path` stopped by a kill left behind: the newest
/// temporary file replaces `path` when it is complete, at least as new as `path` and
/// accepted by `valid`; every other one is removed. Returns whether `path` was
/// replaced.
pub fn recover(path: &Path, valid: impl Fn(&[u8]) -> bool) -> io::Result<bool> {
    let path = &resolve(path)?;
    let current = fs::metadata(path).and_then(|m| m.modified()).ok();
    let mut recovered = false;
    for left in leftovers(path)? {
        let newer = current.is_none_or(|c| left.modified >= c);
        let usable = !recovered
            && newer
            && left.complete
            && fs::read(&left.path).is_ok_and(|bytes| valid(&bytes));
        if usable {
            fs::rename(&left.path, path)?;
            recovered = true;
        } else {
            fs::remove_file(&left.path)?;
        }
    }
    Ok(recovered)
}

/// A temporary file of a write that was stopped before its rename.
struct Leftover {
    path: PathBuf,
    /// Whether it holds as many bytes as its name promises.
    complete: bool,
    modified: SystemTime,
}

/// The temporary files of `path` beside it, newest first.
fn leftovers(path: &Path) -> io::Result<Vec<Leftover>> {
    let start = prefix(path);
    let mut found = Vec::new();
    for entry in fs::read_dir(folder(path))? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(length) = name
            .to_str()
            .and_then(|n| n.strip_prefix(&start))
            .and_then(promised_length)
        else {
            continue;
        };
        let meta = entry.metadata()?;
        if meta.is_file() {
            found.push(Leftover {
                path: entry.path(),
                complete: meta.len() == length,
                modified: meta.modified()?,
            });
        }
    }
    found.sort_by_key(|l| std::cmp::Reverse(l.modified));
    Ok(found)
}

/// The start of the names of `path`'s temporary files, `.maturity-NAME.`; the rest,
/// `LENGTH.RANDOM.tmp`, says how long the content is, so a leftover can be told
/// complete.
fn prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let mut end = name.len().min(NAME_KEPT);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    format!(".maturity-{}.", &name[..end])
}

/// The length promised by the rest of a temporary file's name, `LENGTH.RANDOM.tmp`.
fn promised_length(rest: &str) -> Option<u64> {
    let (length, random) = rest.strip_suffix(".tmp")?.split_once('.')?;
    let random_part = random.len() == 16 && random.bytes().all(|b| b.is_ascii_hexdigit());
    random_part.then(|| length.parse().ok()).flatten()
}

/// A new temporary file beside `path` for `length` bytes, with the permissions of
/// `path` when it exists, else those of any new file (0666 less the umask).
fn create(path: &Path, length: usize) -> io::Result<(PathBuf, File)> {
    let (dir, start) = (folder(path), prefix(path));
    let random = RandomState::new();
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o666);
    for attempt in 0u32.. {
        let tmp = dir.join(format!(
            "{start}{length}.{:016x}.tmp",
            random.hash_one(attempt)
        ));
        match options.open(&tmp) {
            Ok(file) => {
                if let Ok(meta) = fs::metadata(path) {
                    file.set_permissions(meta.permissions())?;
                }
                return Ok((tmp, file));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {}
            Err(e) => return Err(e),
        }
    }
    unreachable!("the loop returns by its hundredth attempt")
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::Path;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        super::write(&path, b"first version, longer than the second\n").unwrap();
        super::write(&path, b"second\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "second\n");
        assert_eq!(names(dir.path()), ["answers.yaml"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("reports");
        fs::create_dir(&elsewhere).unwrap();
        fs::write(elsewhere.join("r.md"), "old\n").unwrap();
        let link = dir.path().join("latest.md");
        std::os::unix::fs::symlink("reports/r.md", &link).unwrap();
        super::write(&link, b"new\n").unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(elsewhere.join("r.md")).unwrap(), "new\n");
        assert_eq!(names(&elsewhere), ["r.md"]);
        // A link to nothing yet makes the file it points to.
        std::os::unix::fs::symlink("reports/new.md", dir.path().join("next.md")).unwrap();
        super::write(&dir.path().join("next.md"), b"x").unwrap();
        assert_eq!(fs::read_to_string(elsewhere.join("new.md")).unwrap(), "x");
    }

    #[test]
    fn errors_never_name_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("answers.yaml");
        let e = super::write(&path, b"x").unwrap_err();
        assert!(!e.to_string().contains(".tmp"), "{e}");
        assert!(super::check(&path).is_err());
    }

    #[test]
    fn a_complete_newer_leftover_is_put_back_and_the_others_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        fs::write(&path, "old\n").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let (complete, mut f) = super::create(&path, 4).unwrap();
        std::io::Write::write_all(&mut f, b"new\n").unwrap();
        let (cut, mut f) = super::create(&path, 9).unwrap();
        std::io::Write::write_all(&mut f, b"cut").unwrap();
        // Another file's leftover is not this one's business.
        fs::write(
            dir.path()
                .join(".maturity-a.yaml.bak.3.0123456789abcdef.tmp"),
            "x",
        )
        .unwrap();
        assert!(super::recover(&path, |b| b.ends_with(b"\n")).unwrap());
        assert_eq!(fs::read_to_string(&path).unwrap(), "new\n");
        assert!(!complete.exists() && !cut.exists());
        assert_eq!(names(dir.path()).len(), 2);
    }

    #[test]
    fn a_leftover_that_is_invalid_or_older_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let (older, mut f) = super::create(&path, 4).unwrap();
        std::io::Write::write_all(&mut f, b"old\n").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&path, "current\n").unwrap();
        assert!(!super::recover(&path, |_| true).unwrap());
        assert!(!older.exists());
        let (invalid, mut f) = super::create(&path, 4).unwrap();
        std::io::Write::write_all(&mut f, b"bad\n").unwrap();
        assert!(!super::recover(&path, |_| false).unwrap());
        assert!(!invalid.exists());
        assert_eq!(fs::read_to_string(&path).unwrap(), "current\n");
    }
}
