//! Scoring many retailers: answers files, folders of them, or a JSON Lines stream,
//! one record at a time so memory stays flat however long the input is. A bad record
//! is reported and skipped; every good one is scored.

use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use crate::answers::Answers;
use crate::bank::Bank;
use crate::engine::{verdict, Verdict};
use crate::error::Error;

/// One scored retailer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The retailer's name, else where the record came from.
    pub name: String,
    pub verdict: Verdict,
}

/// What a batch came to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Retailers per stage: index 0 is Stage 1.
    pub per_stage: Vec<usize>,
    pub scored: usize,
    pub failed: usize,
    /// The lowest stage scored, if any retailer was.
    pub lowest: Option<u8>,
    /// How many stages scored are provisional.
    pub provisional: usize,
}

impl Summary {
    fn new(bank: &Bank) -> Summary {
        Summary {
            per_stage: vec![0; usize::from(bank.top_stage())],
            ..Summary::default()
        }
    }

    fn count(&mut self, row: &Row) {
        self.scored += 1;
        self.lowest = Some(
            self.lowest
                .map_or(row.verdict.stage, |l| l.min(row.verdict.stage)),
        );
        self.per_stage[usize::from(row.verdict.stage) - 1] += 1;
        self.provisional += usize::from(row.verdict.provisional);
    }
}

fn row(answers: &Answers, bank: &Bank, fallback: String) -> Row {
    Row {
        name: answers.retailer.clone().unwrap_or(fallback),
        verdict: verdict(bank, answers),
    }
}

/// Scores a JSON Lines stream (one answers object per line; blank lines skipped).
/// `source` names the stream in messages, where each record is `source:LINE`.
pub fn score_jsonl(
    bank: &Bank,
    input: impl BufRead,
    source: &str,
    on_row: &mut dyn FnMut(&Row) -> io::Result<()>,
    on_error: &mut dyn FnMut(Error),
) -> io::Result<Summary> {
    let mut summary = Summary::new(bank);
    let reader = crate::quick::Reader::new(bank);
    let (mut input, mut line, mut number) = (input, String::new(), 0usize);
    loop {
        line.clear();
        number += 1;
        match input.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            // A line that is not UTF-8 is a bad record, not the end of the stream.
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                summary.failed += 1;
                // The whole line was read (and consumed) before the check failed.
                on_error(not_utf8(source, number));
                continue;
            }
            Err(e) => return Err(e),
        }
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        if let Some((name, verdict)) = reader.verdict(line) {
            let r = Row {
                name: name.unwrap_or_else(|| format!("{source}:{number}")),
                verdict,
            };
            summary.count(&r);
            on_row(&r)?;
            continue;
        }
        match Answers::from_json(line, source, bank) {
            Ok(answers) => {
                let r = row(&answers, bank, format!("{source}:{number}"));
                summary.count(&r);
                on_row(&r)?;
            }
            Err(e) => {
                summary.failed += 1;
                on_error(at_line(e, number));
            }
        }
    }
    Ok(summary)
}

/// A record's problems are placed on its line of the stream.
fn at_line(e: Error, number: usize) -> Error {
    match e {
        Error::Invalid {
            kind,
            file,
            problems,
        } => Error::Invalid {
            kind,
            file,
            problems: problems
                .into_iter()
                .map(|mut p| {
                    p.at = Some((number, p.at.map_or(1, |(_, col)| col)));
                    p
                })
                .collect(),
        },
        other => other,
    }
}

fn not_utf8(source: &str, number: usize) -> Error {
    Error::Invalid {
        kind: crate::error::InputKind::Answers,
        file: source.to_string(),
        problems: vec![crate::error::Problem::new(
            Some((number, 1)),
            crate::msg!("error-not-utf8", offset = 0usize),
        )],
    }
}

/// The answers files a batch reads: files as given, folders expanded to their
/// `.yaml`, `.yml` and `.json` files in name order.
pub fn expand(paths: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(p)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && is_answers_file(f))
                .collect();
            inside.sort();
            out.extend(inside);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn is_answers_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "yaml" | "yml" | "json"))
}

/// Turns a path into its text and the name messages give it.
pub type Reader = dyn Fn(&Path) -> Result<(String, String), Error>;

/// Scores answers files one by one, with `read` turning a path into its text.
pub fn score_files(
    bank: &Bank,
    paths: &[PathBuf],
    read: &Reader,
    on_row: &mut dyn FnMut(&Row) -> io::Result<()>,
    on_error: &mut dyn FnMut(Error),
) -> io::Result<Summary> {
    let mut summary = Summary::new(bank);
    for path in paths {
        let loaded = read(path)
            .and_then(|(src, name)| Answers::from_yaml(&src, &name, bank).map(|a| (a, name)));
        match loaded {
            Ok((answers, name)) => {
                let r = row(&answers, bank, name);
                summary.count(&r);
                on_row(&r)?;
            }
            Err(e) => {
                summary.failed += 1;
                on_error(e);
            }
        }
    }
    Ok(summary)
}
