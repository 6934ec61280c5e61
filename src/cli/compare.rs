//! `maturity compare`: how a retailer moved between two answers files.

use std::io::Write;

use super::args::CompareArgs;
use super::context::Context;
use super::io::{write, write_file};
use crate::engine::compare::compare;
use crate::error::Error;
use crate::render;

pub fn run(ctx: &Context, args: CompareArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = ctx.load_bank()?;
    let opts = ctx.render_options(&bank, true);
    let old = ctx.load_answers(&args.old, &bank)?;
    let new = ctx.load_answers(&args.new, &bank)?;
    let c = compare(&bank, &old, &new);
    let renderer = render::data_renderer(args.format.into());
    let render = |w: &mut dyn Write| renderer.compare(&c, &opts, w);
    match &args.output {
        Some(path) => write_file(path, render),
        None => write(out, render),
    }
}
