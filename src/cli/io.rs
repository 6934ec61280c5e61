//! Where the bytes of a command come from and go to: input files (regular files
//! only) or standard input (`-`) read with a size limit, and output written whole, to
//! standard output or atomically to a regular file that is not an input. Nothing here
//! knows what the bytes mean.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::bank::Bank;
use crate::error::{Error, InputKind, Problem};
use crate::i18n::Msg;
use crate::msg;

/// Largest input file read, so a wrong path to a huge file fails fast.
const MAX_INPUT: u64 = 16 * 1024 * 1024;

/// The name messages give standard output.
const STDOUT: &str = "<stdout>";

/// The name messages give standard input.
pub const STDIN: &str = "<stdin>";

/// True for the path `-`, which means standard input.
pub fn is_stdin(path: &Path) -> bool {
    path == Path::new("-")
}

/// Reads a file, or standard input for `-`, as UTF-8 text; returns the text and the
/// name messages give it.
pub fn read_input(path: &Path, kind: InputKind) -> Result<(String, String), Error> {
    let stdin = is_stdin(path);
    let name = if stdin {
        STDIN.to_string()
    } else {
        path.display().to_string()
    };
    let read_err = |source| Error::Read {
        kind,
        path: name.clone(),
        source,
    };
    let mut bytes = Vec::new();
    if stdin {
        io::stdin()
            .take(MAX_INPUT + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    } else {
        let file = open_file(path, kind, &name)?;
        file.take(MAX_INPUT + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    }
    let invalid = |msg: Msg| Error::Invalid {
        kind,
        file: name.clone(),
        problems: vec![Problem::new(None, msg)],
    };
    if bytes.len() as u64 > MAX_INPUT {
        return Err(invalid(msg!(
            "error-too-large",
            mib = (MAX_INPUT >> 20) as usize
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        invalid(msg!(
            "error-not-utf8",
            offset = e.utf8_error().valid_up_to()
        ))
    })?;
    Ok((text, name))
}

/// Opens an answers stream (JSON Lines) to read as it comes, without the size limit.
pub fn open_answers(path: &Path) -> Result<File, Error> {
    open_file(path, InputKind::Answers, &path.display().to_string())
}

/// Opens `path` to read when it is a regular file; `name` names it in messages. A
/// folder, a FIFO, a device or a socket is refused before it is opened (opening a
/// FIFO waits for a writer, reading a device may never end), and once more after,
/// in case one was put in its place meanwhile: the open itself never waits.
fn open_file(path: &Path, kind: InputKind, name: &str) -> Result<File, Error> {
    let read_err = |source| Error::Read {
        kind,
        path: name.to_string(),
        source,
    };
    let refuse = |what: &'static str| {
        let kind = match kind {
            InputKind::Bank => "bank",
            InputKind::Answers => "answers",
        };
        Error::Usage(msg!(
            "error-not-a-file",
            kind = kind,
            path = name,
            what = what
        ))
    };
    let before = std::fs::metadata(path).map_err(read_err)?;
    if let Some(what) = not_a_file(&before.file_type()) {
        return Err(refuse(what));
    }
    let file = open_without_waiting(path).map_err(read_err)?;
    let after = file.metadata().map_err(read_err)?;
    if let Some(what) = not_a_file(&after.file_type()) {
        return Err(refuse(what));
    }
    Ok(file)
}

/// What a path is, when it is not a regular file.
fn not_a_file(ty: &std::fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt;
    if ty.is_file() {
        return None;
    }
    Some(match ty {
        t if t.is_dir() => "folder",
        #[cfg(unix)]
        t if t.is_fifo() => "fifo",
        #[cfg(unix)]
        t if t.is_char_device() || t.is_block_device() => "device",
        #[cfg(unix)]
        t if t.is_socket() => "socket",
        _ => "other",
    })
}

/// Opens `path` for reading without waiting for a FIFO's writer; once open, reads
/// wait as usual.
#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    use rustix::fs::{fcntl_getfl, fcntl_setfl, OFlags};
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(OFlags::NONBLOCK.bits() as i32)
        .open(path)?;
    let flags = fcntl_getfl(&file)?;
    fcntl_setfl(&file, flags - OFlags::NONBLOCK)?;
    Ok(file)
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// The bank at `path`, or the built-in one.
pub fn load_bank(path: Option<&Path>) -> Result<Bank, Error> {
    match path {
        None => Bank::embedded(),
        Some(p) => {
            let (src, name) = read_input(p, InputKind::Bank)?;
            Bank::from_yaml(&src, &name)
        }
    }
}

/// A failure to write standard output.
pub fn stdout_error(source: io::Error) -> Error {
    Error::Write {
        path: PathBuf::from(STDOUT),
        source,
    }
}

/// Renders into memory first, so a failure never leaves half a report behind.
pub fn write(
    out: &mut dyn Write,
    f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Error> {
    let mut buf = Vec::new();
    f(&mut buf)
        .and_then(|()| out.write_all(&buf))
        .and_then(|()| out.flush())
        .map_err(stdout_error)
}

/// Renders into memory, then replaces `path` in one step (temporary file + rename),
/// through a symbolic link to the file it points to; anything but a regular file
/// (a folder, a named pipe, a device) is refused.
pub fn write_file(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Error> {
    super::output::regular_target(path)?;
    let mut buf = Vec::new();
    f(&mut buf)
        .and_then(|()| crate::atomic::write(path, &buf))
        .map_err(|source| write_error(path, source))
}

pub(super) fn write_error(path: &Path, source: io::Error) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source,
    }
}
