//! `maturity questions`: the bank's questions, for people or programs.

use std::io::Write;

use super::args::QuestionsArgs;
use super::context::Context;
use super::io::write;
use crate::error::Error;
use crate::render;

pub fn run(ctx: &Context, args: QuestionsArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = ctx.load_bank()?;
    let opts = ctx.render_options(&bank, false);
    let renderer = render::data_renderer(args.format.into());
    write(out, |w| renderer.questions(&bank, &opts, w))
}
