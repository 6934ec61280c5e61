//! Scoring many retailers: answers files, folders of them, or a JSON Lines stream,
//! one record at a time so memory stays flat however long the input is. A bad record
//! is reported and skipped; every good one is scored.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
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

/// The longest line a JSON Lines stream may hold, in bytes; a longer one is a bad
/// record, skipped without being kept, so memory stays flat whatever the input.
pub const MAX_LINE: usize = 1 << 20;

/// What reading one line came to.
enum Line {
    End,
    /// A line, in the buffer, without its line break.
    Read,
    /// A line longer than [`MAX_LINE`]: said as soon as it is known, and the rest of
    /// it skipped by the next read, so that not even an endless line is kept.
    TooLong,
}

/// The lines of a stream, none kept longer than [`MAX_LINE`].
struct Lines<R> {
    input: R,
    buf: Vec<u8>,
    /// In a line too long, whose rest is still to be skipped.
    skipping: bool,
}

impl<R: BufRead> Lines<R> {
    /// Reads the next line into `buf`.
    fn next(&mut self) -> io::Result<Line> {
        self.buf.clear();
        let mut skip = std::mem::take(&mut self.skipping);
        let mut any = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(if any { Line::Read } else { Line::End });
            }
            let end = chunk.iter().position(|&b| b == b'\n');
            let text = &chunk[..end.unwrap_or(chunk.len())];
            let too_long = !skip && self.buf.len() + text.len() > MAX_LINE;
            if !skip && !too_long {
                self.buf.extend_from_slice(text);
                any = true;
            }
            let used = end.map_or(chunk.len(), |i| i + 1);
            self.input.consume(used);
            match end {
                _ if too_long => {
                    self.skipping = end.is_none();
                    return Ok(Line::TooLong);
                }
                // The end of a line too long: the next line starts here.
                Some(_) if skip => skip = false,
                Some(_) => return Ok(Line::Read),
                None => {}
            }
        }
    }
}

/// What is done with one record and its line number: `Ok(Some(e))` when the record
/// is bad (`e` says why), `Err` when the stream must stop (its output failed).
type OnRecord<'a> = dyn FnMut(&str, usize) -> Result<Option<Error>, Error> + 'a;

/// Reads a JSON Lines stream line by line, handing each record (a line that is not
/// blank) to `record` with its line number. A record `record` finds bad, a line
/// longer than [`MAX_LINE`] and one that is not UTF-8 are reported to `on_error` and
/// counted; the count is returned. `source` names the stream in messages.
fn each_record(
    input: impl BufRead,
    source: &str,
    on_error: &mut dyn FnMut(Error),
    record: &mut OnRecord,
) -> Result<usize, Error> {
    let mut lines = Lines {
        input,
        buf: Vec::new(),
        skipping: false,
    };
    let (mut number, mut failed) = (0usize, 0usize);
    loop {
        number += 1;
        let read = lines.next().map_err(|e| read_error(source, e))?;
        let bad = match read {
            Line::End => return Ok(failed),
            Line::TooLong => Some(line_problem(source, number, too_long())),
            Line::Read => match std::str::from_utf8(&lines.buf) {
                Err(_) => Some(line_problem(source, number, not_utf8())),
                Ok(line) => {
                    let line = line.trim_end_matches('\r');
                    match line.trim().is_empty() {
                        true => None,
                        false => record(line, number)?.map(|e| at_line(e, number)),
                    }
                }
            },
        };
        if let Some(e) = bad {
            failed += 1;
            on_error(e);
        }
    }
}

/// Scores a JSON Lines stream (one answers object per line; blank lines skipped).
/// `source` names the stream in messages, where each record is `source:LINE`.
/// `on_row` is handed each row as it is scored; its error stops the batch.
pub fn score_jsonl(
    bank: &Bank,
    input: impl BufRead,
    source: &str,
    on_row: &mut dyn FnMut(&Row) -> Result<(), Error>,
    on_error: &mut dyn FnMut(Error),
) -> Result<Summary, Error> {
    let mut summary = Summary::new(bank);
    let reader = crate::quick::Reader::new(bank);
    let mut record = |line: &str, number: usize| -> Result<Option<Error>, Error> {
        let r = match reader.verdict(line) {
            Some((name, verdict)) => Row {
                name: name.unwrap_or_else(|| format!("{source}:{number}")),
                verdict,
            },
            None => match Answers::from_json(line, source, bank) {
                Ok(answers) => row(&answers, bank, format!("{source}:{number}")),
                Err(e) => return Ok(Some(e)),
            },
        };
        summary.count(&r);
        on_row(&r).map(|()| None)
    };
    let failed = each_record(input, source, on_error, &mut record)?;
    summary.failed = failed;
    Ok(summary)
}

/// The most peers a cohort may hold: far more than any agency's clients, few enough
/// that the peers' verdicts are kept in a few megabytes.
pub const MAX_COHORT: usize = 100_000;

/// The peers of a cohort, each counted once.
#[derive(Debug, Default)]
pub struct Cohort {
    pub peers: Vec<Verdict>,
    /// Records that repeat the answers or the retailer name of an earlier one, left
    /// out so that copies of one record cannot pass for several peers.
    pub repeats: usize,
    /// Records that could not be read, reported as they came.
    pub failed: usize,
}

/// Reads a cohort's peers from a JSON Lines stream, reporting each bad record to
/// `on_error`; more than [`MAX_COHORT`] peers is an error.
pub fn read_cohort(
    bank: &Bank,
    input: impl BufRead,
    source: &str,
    on_error: &mut dyn FnMut(Error),
) -> Result<Cohort, Error> {
    let mut cohort = Cohort::default();
    let (mut answers_seen, mut names_seen) = (HashSet::new(), HashSet::new());
    let mut record = |line: &str, _: usize| -> Result<Option<Error>, Error> {
        let answers = match Answers::from_json(line, source, bank) {
            Ok(answers) => answers,
            Err(e) => return Ok(Some(e)),
        };
        // The choices, not the notes: a copy with a note added is still a copy.
        let choices = answers.answers.iter().map(|(q, a)| (q, a.choice.ids()));
        let new_answers = answers_seen.insert(fingerprint(&choices.collect::<Vec<_>>()));
        let name = answers.retailer.as_deref().map(|n| n.trim().to_lowercase());
        let new_name = name.is_none_or(|n| names_seen.insert(fingerprint(&n)));
        if !(new_answers && new_name) {
            cohort.repeats += 1;
        } else if cohort.peers.len() == MAX_COHORT {
            return Err(Error::Usage(crate::msg!(
                "cohort-too-large",
                max = MAX_COHORT
            )));
        } else {
            cohort.peers.push(verdict(bank, &answers));
        }
        Ok(None)
    };
    let failed = each_record(input, source, on_error, &mut record)?;
    cohort.failed = failed;
    Ok(cohort)
}

/// A 64-bit digest of `value`, the same in every run.
fn fingerprint(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
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
                    if p.counts_more().is_none() {
                        p.at = Some((number, p.at.map_or(1, |(_, col)| col)));
                    }
                    p
                })
                .collect(),
        },
        other => other,
    }
}

/// A problem with line `number` of `source` as a whole.
fn line_problem(source: &str, number: usize, msg: crate::i18n::Msg) -> Error {
    Error::Invalid {
        kind: crate::error::InputKind::Answers,
        file: source.to_string(),
        problems: vec![crate::error::Problem::new(Some((number, 1)), msg)],
    }
}

fn not_utf8() -> crate::i18n::Msg {
    crate::msg!("error-not-utf8", offset = 0usize)
}

fn too_long() -> crate::i18n::Msg {
    crate::msg!("error-line-too-long", mib = MAX_LINE >> 20)
}

/// A stream that could not be read further.
fn read_error(source: &str, e: io::Error) -> Error {
    Error::Read {
        kind: crate::error::InputKind::Answers,
        path: source.to_string(),
        source: e,
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
                // Not only regular files: a named pipe or device named like an
                // answers file is refused with a message when it is read.
                .filter(|f| !f.is_dir() && is_answers_file(f))
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
    on_row: &mut dyn FnMut(&Row) -> Result<(), Error>,
    on_error: &mut dyn FnMut(Error),
) -> Result<Summary, Error> {
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
