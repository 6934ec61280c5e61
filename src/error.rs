//! Errors a user can act on: each names the file, the place in it, the id at fault
//! and what is allowed instead. They hold message ids, not sentences, so they are
//! written in the user's language at the edge; exit codes are decided here.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Arg, Lang, Messages, Msg};
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

    /// Stands for `count` further problems, found but not kept (see [`Problems`]).
    fn more(count: usize) -> Self {
        Problem::new(None, msg!("error-more-problems", count = count))
    }

    /// For a problem that stands for others ([`Problem::more`]), how many.
    pub fn counts_more(&self) -> Option<usize> {
        match (self.msg.id, self.msg.args.first()) {
            ("error-more-problems", Some((_, Arg::Number(n)))) => Some(*n as usize),
            _ => None,
        }
    }

    /// How many problems this one stands for.
    fn weight(&self) -> usize {
        self.counts_more().unwrap_or(1)
    }
}

/// How many problems a message lists; the rest are counted ("… and 39980 more").
pub const SHOWN_PROBLEMS: usize = 20;

/// Longest text quoted from a file in a problem, in characters; longer ones are cut.
const MAX_QUOTED: usize = 400;

/// Problems as a check finds them: the first [`SHOWN_PROBLEMS`] kept, the rest only
/// counted, so that a file with a million problems costs no more to report than one
/// with ten. The message and place of a problem are made only when it is kept.
#[derive(Debug, Default)]
pub struct Problems {
    kept: Vec<Problem>,
    more: usize,
}

impl Problems {
    /// Records a problem, made by `make` only if it will be shown.
    pub fn push_with(&mut self, make: impl FnOnce() -> Problem) {
        if self.kept.len() < SHOWN_PROBLEMS {
            self.kept.push(make());
        } else {
            self.more += 1;
        }
    }

    pub fn push(&mut self, p: Problem) {
        self.push_with(|| p);
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// The problems kept, then one that counts the rest.
    pub fn into_vec(self) -> Vec<Problem> {
        let mut out = self.kept;
        if self.more > 0 {
            out.push(Problem::more(self.more));
        }
        out
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
            } => invalid(m, *kind, file, problems),
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

/// The message for a file with `problems`: the first [`SHOWN_PROBLEMS`] of them, each
/// with its place, then how many more there are.
fn invalid(m: &Messages, kind: InputKind, file: &str, problems: &[Problem]) -> String {
    let count: usize = problems.iter().map(Problem::weight).sum();
    let mut out = m.render(&msg!(
        "error-invalid",
        kind = kind.key(),
        file = file,
        count = count
    ));
    let shown = problems.iter().filter(|p| p.counts_more().is_none());
    let shown = shown.take(SHOWN_PROBLEMS);
    let mut listed = 0;
    for p in shown {
        let place = match p.at {
            Some((line, col)) => format!("{file}:{line}:{col}"),
            None => file.to_string(),
        };
        out.push_str(&format!("\n  {place}: {}", m.render(&quoted(&p.msg))));
        listed += 1;
    }
    if count > listed {
        let more = msg!("error-more-problems", count = count - listed);
        out.push_str(&format!("\n  {}", m.render(&more)));
    }
    out
}

/// `msg` with every text longer than [`MAX_QUOTED`] characters cut short, so that a
/// megabyte-long id in a file is not repeated whole in the message about it.
fn quoted(msg: &Msg) -> Msg {
    let args = msg.args.iter().map(|(name, value)| {
        let value = match value {
            Arg::Text(s) if s.chars().nth(MAX_QUOTED).is_some() => {
                let cut: String = s.chars().take(MAX_QUOTED).collect();
                Arg::Text(format!("{cut}…"))
            }
            other => other.clone(),
        };
        (*name, value)
    });
    Msg {
        id: msg.id,
        args: args.collect(),
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
