//! Errors a user can act on: each names the file, the place in it, the id at fault
//! and what is allowed instead. Exit codes are decided here, in one place.

use std::fmt;
use std::path::PathBuf;

/// One thing wrong with an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column, where the file gives one.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    pub fn new(at: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Problem {
            at,
            message: message.into(),
        }
    }
}

/// What kind of input a file is, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Bank,
    Answers,
}

impl fmt::Display for InputKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InputKind::Bank => "question bank",
            InputKind::Answers => "answers file",
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read at all.
    #[error("cannot read the {kind} {path}: {source}")]
    Read {
        kind: InputKind,
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A file was read but is not acceptable; every problem found is listed.
    #[error("{}", render_invalid(*kind, file, problems))]
    Invalid {
        kind: InputKind,
        file: String,
        problems: Vec<Problem>,
    },
    /// A command-line value the bank or the tool cannot use.
    #[error("{0}")]
    Usage(String),
    /// The output could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// True when the reader of our output went away (`maturity score x | head`),
    /// which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// Bad input is the user's to fix (2); anything else is ours or the system's (1).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Read { .. } | Error::Invalid { .. } | Error::Usage(_) => 2,
            Error::Write { .. } => 1,
        }
    }
}

fn render_invalid(kind: InputKind, file: &str, problems: &[Problem]) -> String {
    let mut out = match problems.len() {
        1 => format!("the {kind} {file} is not valid:"),
        n => format!("the {kind} {file} is not valid ({n} problems):"),
    };
    for p in problems {
        out.push_str("\n  ");
        match p.at {
            Some((line, col)) => out.push_str(&format!("{file}:{line}:{col}: ")),
            None => out.push_str(&format!("{file}: ")),
        }
        out.push_str(&p.message);
    }
    out
}

/// Turns a YAML parse error into a problem with its line and column.
pub(crate) fn yaml_problem(err: &serde_yaml::Error) -> Problem {
    let at = err.location().map(|l| (l.line(), l.column()));
    // The library appends "at line X column Y"; the location is shown in front instead.
    let msg = err.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) if at.is_some() => msg[..i].to_string(),
        _ => msg,
    };
    Problem::new(at, msg)
}
