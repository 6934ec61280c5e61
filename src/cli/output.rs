//! Where a command may write its output file: never over a file it reads (by path,
//! link or hard link), and only into a regular file or a new one.

use std::path::{Path, PathBuf};

use super::args::Command;
use super::io::{is_stdin, write_error};
use crate::error::Error;
use crate::msg;

/// Refuses (exit code 2) an output file of `command` that is not a regular file, or
/// that is one of the files it reads, the `--bank` file included.
pub fn check(command: &Command, bank: Option<&Path>) -> Result<(), Error> {
    let (output, mut inputs): (Option<&Path>, Vec<&Path>) = match command {
        Command::Score(a) => {
            let files = a.files.iter().map(PathBuf::as_path);
            let streams = a.jsonl.iter().chain(&a.cohort).map(PathBuf::as_path);
            (a.output.as_deref(), files.chain(streams).collect())
        }
        Command::Plan(a) => (a.output.as_deref(), vec![a.file.as_path()]),
        Command::Compare(a) => (a.output.as_deref(), vec![a.old.as_path(), a.new.as_path()]),
        Command::Init(a) => (a.path.as_deref().filter(|p| !is_stdin(p)), vec![]),
        _ => (None, vec![]),
    };
    let Some(output) = output else {
        return Ok(());
    };
    inputs.extend(bank);
    check_output(output, &inputs)
}

/// Whether a command may write its output to `path`: a regular file or none yet
/// (after symbolic links), and none of `inputs` (`-` aside), nor a file a folder
/// among them holds. Same file means the same file on disk, whatever the path.
fn check_output(path: &Path, inputs: &[&Path]) -> Result<(), Error> {
    let target = regular_target(path)?;
    for input in inputs.iter().filter(|p| !is_stdin(p)) {
        let read = crate::batch::expand(&[input.to_path_buf()]).unwrap_or_default();
        if let Some(same) = read.iter().find(|r| same_file(r, &target)) {
            return Err(Error::Usage(msg!(
                "output-is-input",
                path = path.display().to_string(),
                input = same.display().to_string()
            )));
        }
    }
    Ok(())
}

/// The file a write to `path` lands in, which must be a regular file or not exist.
pub fn regular_target(path: &Path) -> Result<PathBuf, Error> {
    let target = crate::atomic::resolve(path).map_err(|e| write_error(path, e))?;
    match std::fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => Err(Error::Usage(msg!(
            "output-not-a-file",
            path = path.display().to_string(),
            kind = special_kind(&meta)
        ))),
        _ => Ok(target),
    }
}

/// What a file that is not a regular file is, for messages.
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "fifo";
        }
        if t.is_char_device() || t.is_block_device() {
            return "device";
        }
    }
    if meta.is_dir() {
        "folder"
    } else {
        "other"
    }
}

/// Whether two paths name the same file on disk (following symbolic links).
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        x.dev() == y.dev() && x.ino() == y.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (x, y);
        std::fs::canonicalize(a).ok() == std::fs::canonicalize(b).ok()
    }
}
