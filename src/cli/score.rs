//! `maturity score`: one retailer's report, optionally placed among a cohort, to
//! standard output or a file. Several retailers go to [`super::batch`].

use std::io::{BufReader, Write};
use std::path::Path;

use super::args::ScoreArgs;
use super::context::Context;
use super::io;
use crate::answers::Answers;
use crate::bank::Bank;
use crate::batch::{self, Row};
use crate::engine::cohort::{self, Standing};
use crate::engine::{assess, verdict};
use crate::error::{Error, InputKind};
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
    let opts = ctx.render_options(&bank, args.all);
    if is_batch(&args, format) {
        refuse_for_a_batch(&args)?;
        return super::batch::run(ctx, &bank, &args, out);
    }
    let Some(file) = args.files.first() else {
        return Err(Error::Usage(msg!("usage-no-input")));
    };
    let answers = ctx.load_answers(file, &bank)?;
    let mut assessment = assess(&bank, &answers);
    if let Some(path) = &args.cohort {
        assessment.cohort = Some(cohort_standing(ctx, &bank, &answers, path)?);
    }
    let render = |w: &mut dyn Write| render::renderer(format).render(&assessment, &opts, w);
    match &args.output {
        Some(path) => io::write_file(path, render)?,
        None => io::write(out, render)?,
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

/// The retailer among the peers in a JSON Lines file; bad peer records are reported
/// and left out.
fn cohort_standing(
    ctx: &Context,
    bank: &Bank,
    answers: &Answers,
    path: &Path,
) -> Result<Standing, Error> {
    let file = io::open_answers(path)?;
    let mut peers = Vec::new();
    let name = path.display().to_string();
    batch::score_jsonl(
        bank,
        BufReader::new(file),
        &name,
        &mut |r: &Row| {
            peers.push(r.verdict.clone());
            Ok(())
        },
        &mut |e: Error| ctx.report(&e),
    )
    .map_err(|source| Error::Read {
        kind: InputKind::Answers,
        path: name.clone(),
        source,
    })?;
    let ids: Vec<String> = bank.dimensions.iter().map(|d| d.id.clone()).collect();
    cohort::place(&verdict(bank, answers), &peers, &ids).ok_or_else(|| {
        Error::Usage(msg!(
            "cohort-too-small",
            peers = peers.len(),
            min = cohort::MIN_COHORT
        ))
    })
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
