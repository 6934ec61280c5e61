//! Where the bytes of a command come from and go to: input files or standard input
//! (`-`) read with a size limit, and output written whole, to standard output or
//! atomically to a regular file that is not an input. Nothing here knows what the
//! bytes mean.

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
        let file = File::open(path).map_err(read_err)?;
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
    File::open(path).map_err(|source| Error::Read {
        kind: InputKind::Answers,
        path: path.display().to_string(),
        source,
    })
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
