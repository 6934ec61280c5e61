//! `maturity score`: one retailer's report, optionally placed among a cohort, to
//! standard output or a file. Several retailers go to [`super::batch`].

use std::io::{BufReader, Write};
use std::path::Path;

use super::args::ScoreArgs;
use super::context::Context;
use super::io;
use crate::answers::Answers;
use crate::bank::Bank;
use crate::batch;
use crate::engine::cohort::{self, Standing};
use crate::engine::{assess, verdict};
use crate::error::Error;
use crate::msg;
use crate::render::{self, Format};

pub fn run(ctx: &Context, args: ScoreArgs, out: &mut dyn Write) -> Result<(), Error> {
    let format = Format::from(args.format);
    // A report in one language needs only that language's texts; data formats carry
    // every language.
    let one_language = matches!(format, Format::Table | Format::Markdown | Format::Html);
    let bank = match (ctx.bank_path(), one_language) {
        (None, true) => Bank::embedded_in(ctx.m.lang().code())?,
        _ => ctx.load_bank()?,
    };
    check_min_stage(args.min_stage, &bank)?;
    let mut opts = ctx.render_options(&bank, args.all);
    // Colour is for a terminal, never for a file.
    opts.color &= args.output.is_none();
    if is_batch(&args, format) {
        refuse_for_a_batch(&args)?;
        return super::batch::run(ctx, &bank, &args, out);
    }
    let Some(file) = args.files.first() else {
        return Err(Error::Usage(msg!("usage-no-input")));
    };
    let answers = ctx.load_answers(file, &bank)?;
    let mut assessment = assess(&bank, &answers);
    let mut failed_peers = 0;
    if let Some(path) = &args.cohort {
        let (standing, failed) = cohort_standing(ctx, &bank, &answers, path)?;
        assessment.cohort = Some(standing);
        failed_peers = failed;
    }
    let render = |w: &mut dyn Write| render::renderer(format).render(&assessment, &opts, w);
    match &args.output {
        Some(path) => io::write_file(path, render)?,
        None => io::write(out, render)?,
    }
    // As in a batch, bad records leave the rest to be read and fail the run at the end.
    if failed_peers > 0 {
        return Err(Error::Usage(msg!("cohort-failed", failed = failed_peers)));
    }
    below_minimum(args.min_stage, [assessment.stage.number])
}

/// Several retailers: a JSON Lines stream, several files, a folder, or a row format.
fn is_batch(args: &ScoreArgs, format: Format) -> bool {
    args.jsonl.is_some()
        || args.files.len() > 1
        || args.files.iter().any(|f| f.is_dir())
        || matches!(format, Format::Csv | Format::Jsonl)
}

/// Options that only mean something for one retailer's report are refused for a
/// batch, never ignored: rows go to standard output, hold no steps, and place no
/// retailer among peers.
fn refuse_for_a_batch(args: &ScoreArgs) -> Result<(), Error> {
    let refused = [
        (args.output.is_some(), msg!("usage-batch-output")),
        (args.cohort.is_some(), msg!("usage-batch-cohort")),
        (args.all, msg!("usage-batch-all")),
    ];
    match refused.into_iter().find(|(given, _)| *given) {
        Some((_, why)) => Err(Error::Usage(why)),
        None => Ok(()),
    }
}

/// The retailer among the peers in a JSON Lines file, and how many peer records
/// could not be read (each reported as it came, and left out).
fn cohort_standing(
    ctx: &Context,
    bank: &Bank,
    answers: &Answers,
    path: &Path,
) -> Result<(Standing, usize), Error> {
    let name = path.display().to_string();
    let cohort = match io::is_stdin(path) {
        true => batch::read_cohort(bank, std::io::stdin().lock(), io::STDIN, &mut |e| {
            ctx.report(&e)
        }),
        false => {
            let file = BufReader::new(io::open_answers(path)?);
            batch::read_cohort(bank, file, &name, &mut |e| ctx.report(&e))
        }
    }?;
    if cohort.repeats > 0 {
        let note = msg!("cohort-repeats", file = &name, repeats = cohort.repeats);
        ctx.note(&ctx.m.render(&note));
    }
    let ids: Vec<String> = bank.dimensions.iter().map(|d| d.id.clone()).collect();
    let standing = cohort::place(&verdict(bank, answers), &cohort.peers, &ids);
    let standing = standing.ok_or_else(|| {
        Error::Usage(msg!(
            "cohort-too-small",
            peers = cohort.peers.len(),
            min = cohort::MIN_COHORT
        ))
    })?;
    Ok((standing, cohort.failed))
}

/// `--min-stage` must name a stage of the bank.
pub(super) fn check_min_stage(min: Option<u8>, bank: &Bank) -> Result<(), Error> {
    match min {
        Some(n) if n > bank.top_stage() => Err(Error::Usage(msg!(
            "usage-min-stage-above-top",
            min = n,
            top = bank.top_stage()
        ))),
        _ => Ok(()),
    }
}

/// `Err(BelowMinimum)` when any of `stages` is below `min`.
pub(super) fn below_minimum(
    min: Option<u8>,
    stages: impl IntoIterator<Item = u8>,
) -> Result<(), Error> {
    let (Some(min), Some(stage)) = (min, stages.into_iter().min()) else {
        return Ok(());
    };
    if stage < min {
        return Err(Error::BelowMinimum { stage, min });
    }
    Ok(())
}
