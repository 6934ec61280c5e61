//! What is generated from the definitions rather than computed: shell completions,
//! the manual pages and the JSON Schemas of the file formats.

use std::io::Write;

use clap::CommandFactory;

use super::args::{Cli, CompletionsArgs, ManArgs, SchemaArgs};
use super::context::Context;
use super::io::write;
use crate::error::Error;
use crate::render;
use crate::schema;

/// `maturity completions SHELL`.
pub fn completions(args: CompletionsArgs, out: &mut dyn Write) -> Result<(), Error> {
    write(out, |w| {
        clap_complete::generate(args.shell, &mut Cli::command(), "maturity", w);
        Ok(())
    })
}

/// `maturity man`: the main manual page in roff, or with `--output DIR` one page per
/// command written there, as git and cargo ship them (`maturity-score.1`, ...).
pub fn man(ctx: &Context, args: ManArgs, out: &mut dyn Write) -> Result<(), Error> {
    // `maturity help` is not a page of its own: `--help` is, on every page.
    let command = Cli::command().disable_help_subcommand(true);
    let Some(dir) = args.output else {
        return write(out, |w| clap_mangen::Man::new(command).render(w));
    };
    let failed = |source| Error::Write {
        path: dir.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(failed)?;
    clap_mangen::generate_to(command, &dir).map_err(failed)?;
    let said = crate::msg!("man-written", dir = dir.display().to_string());
    ctx.note(&ctx.m.render(&said));
    Ok(())
}

/// `maturity schema bank|answers`: the answers file's for the bank in use.
pub fn schema(ctx: &Context, args: SchemaArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = ctx.load_bank()?;
    let schema = schema::of(args.of.into(), &bank, ctx.m.lang());
    write(out, |w| render::json(&schema, w))
}
