//! Errors a user can act on: each names the file, the place in it, the id at fault
//! and what is allowed instead. They hold message ids, not sentences, so they are
//! written in the user's language at the edge; exit codes are decided here.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Lang, Messages, Msg};
use crate::msg;

/// One thing wrong with an input file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// 1-based line and column, where the file gives one.
    pub at: Option<(usize, usize)>,
    pub msg: Msg,
}

impl Problem {
    pub fn new(at: Option<(usize, usize)>, msg: Msg) -> Self {
        Problem { at, msg }
    }
}

/// What kind of input a file is, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Bank,
    Answers,
}

impl InputKind {
    fn key(self) -> &'static str {
        match self {
            InputKind::Bank => "bank",
            InputKind::Answers => "answers",
        }
    }
}

#[derive(Debug)]
pub enum Error {
    /// A file could not be read at all.
    Read {
        kind: InputKind,
        path: String,
        source: std::io::Error,
    },
    /// A file was read but is not acceptable; every problem found is listed.
    Invalid {
        kind: InputKind,
        file: String,
        problems: Vec<Problem>,
    },
    /// A command-line value or situation the tool cannot work with.
    Usage(Msg),
    /// The output could not be written.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not a failure: the retailer is below the stage `--min-stage` asks for.
    BelowMinimum { stage: u8, min: u8 },
}

impl Error {
    /// Bad input is the user's to fix (2); anything else is ours or the system's (1).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Read { .. } | Error::Invalid { .. } | Error::Usage(_) => 2,
            Error::Write { .. } => 1,
            Error::BelowMinimum { .. } => 3,
        }
    }

    /// True when the reader of our output went away (`maturity score x | head`),
    /// which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// The message in the user's language.
    pub fn render(&self, m: &Messages) -> String {
        match self {
            Error::Read { kind, path, source } => m.render(&msg!(
                "error-read",
                kind = kind.key(),
                path = path,
                reason = source.to_string()
            )),
            Error::Invalid {
                kind,
                file,
                problems,
            } => {
                let mut out = m.render(&msg!(
                    "error-invalid",
                    kind = kind.key(),
                    file = file,
                    count = problems.len()
                ));
                for p in problems {
                    let place = match p.at {
                        Some((line, col)) => format!("{file}:{line}:{col}"),
                        None => file.clone(),
                    };
                    out.push_str(&format!("\n  {place}: {}", m.render(&p.msg)));
                }
                out
            }
            Error::BelowMinimum { stage, min } => {
                m.render(&msg!("min-stage-below", stage = *stage, min = *min))
            }
            Error::Usage(msg) => m.render(msg),
            Error::Write { path, source } => m.render(&msg!(
                "error-write",
                path = path.display().to_string(),
                reason = source.to_string()
            )),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Messages::new(Lang::En)))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Turns a YAML parse error into a problem with its line and column.
pub(crate) fn yaml_problem(err: &serde_yaml::Error) -> Problem {
    let at = err.location().map(|l| (l.line(), l.column()));
    parse_problem(at, err.to_string())
}

/// A parser's message as a problem. Parsers append "at line X column Y"; the place is
/// shown in front instead.
pub(crate) fn parse_problem(at: Option<(usize, usize)>, detail: String) -> Problem {
    let detail = match detail.rfind(" at line ") {
        Some(i) if at.is_some() => detail[..i].to_string(),
        _ => detail,
    };
    Problem::new(at, msg!("error-yaml", detail = detail))
}
