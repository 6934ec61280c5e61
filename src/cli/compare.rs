//! `maturity compare`: how a retailer moved between two answers files.

use std::io::Write;

use super::args::CompareArgs;
use super::context::Context;
use super::io::{write, write_file};
use crate::engine::compare::compare;
use crate::error::Error;
use crate::msg;
use crate::render::documents;

pub fn run(ctx: &Context, args: CompareArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = ctx.load_bank()?;
    let mut opts = ctx.render_options(&bank, true);
    // Colour is for a terminal, never for a file.
    opts.color &= args.output.is_none();
    let old = ctx.load_answers(&args.old, &bank)?;
    let new = ctx.load_answers(&args.new, &bank)?;
    let c = compare(&bank, &old, &new);
    if let (Some(a), Some(b), false) = (&old.retailer, &new.retailer, c.same_retailer) {
        let warning = msg!("compare-other-retailer", old = a, new = b);
        ctx.note(&ctx.m.render(&warning));
    }
    let format = args.format.into();
    let render = |w: &mut dyn Write| documents::compare(&c, format, &opts, w);
    match &args.output {
        Some(path) => write_file(path, render),
        None => write(out, render),
    }
}
