//! `maturity score` for several retailers (several files, a folder, or a JSON Lines
//! stream): one row each as they are scored, then how many sit at each stage.

use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::args::{FormatArg, ScoreArgs};
use super::below::Below;
use super::context::Context;
use super::io::{self, stdout_error};
use super::score::below_minimum;
use crate::bank::Bank;
use crate::batch::{self, Row, Summary};
use crate::error::{Error, InputKind};
use crate::msg;
use crate::render::rows::{RowFormat, Rows};

/// Size of the input and output buffers: a batch may be a million records.
const BUFFER: usize = 1 << 16;

/// Scores many retailers, one row each as they come, then the summary.
pub fn run(ctx: &Context, bank: &Bank, args: &ScoreArgs, out: &mut dyn Write) -> Result<(), Error> {
    let format = row_format(args.format)?;
    let rows = Rows {
        format,
        bank,
        m: &ctx.m,
        width: usize::from(ctx.width()),
    };
    let mut w = BufWriter::with_capacity(BUFFER, out);
    let paths = match &args.jsonl {
        Some(_) => Vec::new(),
        None => answers_files(&args.files)?,
    };
    rows.header(&mut w).map_err(stdout_error)?;
    let mut below = Below::new(args.min_stage);
    let summary = score_rows(
        ctx,
        bank,
        args.jsonl.as_deref(),
        &paths,
        &rows,
        &mut below,
        &mut w,
    )?;
    write_summary(ctx, &rows, &summary, &mut w)?;
    w.flush().map_err(stdout_error)?;
    if summary.failed > 0 {
        return Err(Error::Usage(msg!("batch-failed", failed = summary.failed)));
    }
    below.report(ctx, summary.scored);
    below_minimum(args.min_stage, summary.lowest)
}

/// How rows are written for `--format`. A report format is refused, JSON too: it
/// means one retailer's whole assessment, and rows of JSON are `jsonl`.
fn row_format(format: FormatArg) -> Result<RowFormat, Error> {
    match format {
        FormatArg::Table => Ok(RowFormat::Table),
        FormatArg::Csv => Ok(RowFormat::Csv),
        FormatArg::Jsonl => Ok(RowFormat::Jsonl),
        FormatArg::Json => Err(Error::Usage(msg!("usage-batch-json"))),
        FormatArg::Yaml | FormatArg::Markdown | FormatArg::Html => {
            let name = format.to_possible_value().map(|v| v.get_name().to_string());
            let name = name.unwrap_or_default();
            Err(Error::Usage(msg!("usage-batch-format", format = name)))
        }
    }
}

/// The files given, with folders expanded to the answers files in them.
fn answers_files(files: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let listed = || {
        files
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let paths = batch::expand(files).map_err(|source| Error::Read {
        kind: InputKind::Answers,
        path: listed(),
        source,
    })?;
    if paths.is_empty() {
        return Err(Error::Usage(msg!("usage-empty-folder", folder = listed())));
    }
    Ok(paths)
}

/// Scores the JSON Lines stream `jsonl`, or else the answers files `paths`, writing
/// each row as it comes and reporting each bad record.
fn score_rows(
    ctx: &Context,
    bank: &Bank,
    jsonl: Option<&Path>,
    paths: &[PathBuf],
    rows: &Rows,
    below: &mut Below,
    w: &mut dyn Write,
) -> Result<Summary, Error> {
    let mut on_row = |r: &Row| {
        below.see(r);
        rows.row(r, w).map_err(stdout_error)
    };
    let mut on_error = |e: Error| ctx.report(&e);
    match jsonl {
        Some(path) if io::is_stdin(path) => batch::score_jsonl(
            bank,
            std::io::stdin().lock(),
            io::STDIN,
            &mut on_row,
            &mut on_error,
        ),
        Some(path) => {
            let file = io::open_answers(path)?;
            let name = path.display().to_string();
            let reader = BufReader::with_capacity(BUFFER, file);
            batch::score_jsonl(bank, reader, &name, &mut on_row, &mut on_error)
        }
        None => {
            let read = |p: &Path| io::read_input(p, InputKind::Answers);
            batch::score_files(bank, paths, &read, &mut on_row, &mut on_error)
        }
    }
}

/// The summary is part of a text table; next to CSV or JSON Lines it is a note, and
/// the error that follows says how many records failed.
fn write_summary(
    ctx: &Context,
    rows: &Rows,
    summary: &Summary,
    w: &mut dyn Write,
) -> Result<(), Error> {
    match rows.format {
        // The failed records are counted by the error that closes the batch.
        RowFormat::Table => writeln!(w)
            .and_then(|()| rows.summary(summary, w))
            .map_err(stdout_error),
        _ => {
            let mut text = Vec::new();
            rows.summary(summary, &mut text).map_err(stdout_error)?;
            ctx.note(String::from_utf8_lossy(&text).trim_end());
            Ok(())
        }
    }
}
