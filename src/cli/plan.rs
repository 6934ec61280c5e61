//! `maturity plan`: the fewest answer improvements that reach a stage.

use std::io::Write;

use super::args::PlanArgs;
use super::context::Context;
use super::io::{write, write_file};
use crate::engine::plan::{plan, NoPlan, Plan};
use crate::engine::{assess, Assessment};
use crate::error::Error;
use crate::msg;
use crate::render::{self, Roadmap};

pub fn run(ctx: &Context, args: PlanArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = ctx.load_bank()?;
    let opts = ctx.render_options(&bank, true);
    let answers = ctx.load_answers(&args.file, &bank)?;
    let a = assess(&bank, &answers);
    let target = args
        .target
        .unwrap_or((a.stage.number + 1).min(bank.top_stage()));
    let planned = plan(&bank, &answers, target);
    let roadmap = roadmap(&planned, &a, target, bank.top_stage())?;
    let renderer = render::data_renderer(args.format.into());
    let render = |w: &mut dyn Write| renderer.plan(&roadmap, &opts, w);
    match &args.output {
        Some(path) => write_file(path, render),
        None => write(out, render),
    }
}

/// What `plan` shows for the engine's answer; a stage the model does not have is a
/// usage error.
fn roadmap<'a>(
    planned: &'a Result<Plan, NoPlan>,
    a: &'a Assessment,
    target: u8,
    top: u8,
) -> Result<Roadmap<'a>, Error> {
    match planned {
        Ok(plan) => Ok(Roadmap::Changes {
            plan,
            assessment: a,
        }),
        Err(NoPlan::AlreadyThere { stage }) => Ok(Roadmap::AlreadyThere {
            stage: *stage,
            target,
            top,
        }),
        Err(NoPlan::NoSuchStage { target, top }) => Err(Error::Usage(msg!(
            "plan-no-such-stage",
            target = *target,
            top = *top
        ))),
    }
}
