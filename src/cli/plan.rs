//! `maturity plan`: the fewest answer improvements that reach a stage.

use std::io::Write;

use super::args::PlanArgs;
use super::context::Context;
use super::io::{write, write_file};
use crate::engine::plan::{plan, NoPlan, Plan, MAX_STEPS, MAX_WAYS};
use crate::engine::{assess, Assessment};
use crate::error::Error;
use crate::msg;
use crate::render::plan::Outcome;
use crate::render::{documents, Roadmap};

pub fn run(ctx: &Context, args: PlanArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = ctx.load_bank()?;
    let mut opts = ctx.render_options(&bank, true);
    // Colour is for a terminal, never for a file.
    opts.color &= args.output.is_none();
    let answers = ctx.load_answers(&args.file, &bank)?;
    let a = assess(&bank, &answers);
    let target = args
        .target
        .unwrap_or((a.stage.number + 1).min(bank.top_stage()));
    let planned = plan(&bank, &answers, target);
    let roadmap = roadmap(&planned, &a, target, bank.top_stage())?;
    let format = args.format.into();
    let render = |w: &mut dyn Write| documents::plan(&roadmap, format, &opts, w);
    match &args.output {
        Some(path) => write_file(path, render),
        None => write(out, render),
    }
}

/// What `plan` shows for the engine's answer; a stage the model does not have, or a
/// bank too complex to plan exactly, is a usage error.
fn roadmap<'a>(
    planned: &'a Result<Plan, NoPlan>,
    a: &'a Assessment,
    target: u8,
    top: u8,
) -> Result<Roadmap<'a>, Error> {
    let outcome = match planned {
        Ok(plan) => Outcome::Changes(plan),
        Err(NoPlan::AlreadyThere { stage }) => Outcome::AlreadyThere {
            stage: *stage,
            target,
            top,
        },
        Err(NoPlan::NoSuchStage { target, top }) => {
            return Err(Error::Usage(msg!(
                "plan-no-such-stage",
                target = *target,
                top = *top
            )))
        }
        Err(NoPlan::TooComplex { target, gate }) => {
            return Err(Error::Usage(msg!(
                "plan-too-complex",
                target = *target,
                gate = gate,
                ways = MAX_WAYS,
                steps = MAX_STEPS as usize
            )))
        }
    };
    Ok(Roadmap {
        assessment: a,
        outcome,
    })
}
