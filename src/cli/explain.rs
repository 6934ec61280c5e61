//! `maturity explain`: every gate, passed or failed, and what decided it.

use std::io::Write;

use super::args::ExplainArgs;
use super::context::Context;
use super::io::write;
use crate::engine::assess;
use crate::error::Error;
use crate::render;

pub fn run(ctx: &Context, args: ExplainArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = ctx.load_bank()?;
    let opts = ctx.render_options(&bank, true);
    let a = assess(&bank, &ctx.load_answers(&args.file, &bank)?);
    let renderer = render::data_renderer(args.format.into());
    write(out, |w| renderer.explain(&a, &opts, w))
}
