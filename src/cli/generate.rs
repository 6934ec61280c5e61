//! What is generated from the definitions rather than computed: shell completions,
//! the manual page and the JSON Schemas of the file formats.

use std::io::Write;

use clap::CommandFactory;

use super::args::{Cli, CompletionsArgs, SchemaArgs};
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

/// `maturity man`: the manual page in roff.
pub fn man(out: &mut dyn Write) -> Result<(), Error> {
    write(out, |w| clap_mangen::Man::new(Cli::command()).render(w))
}

/// `maturity schema bank|answers`.
pub fn schema(args: SchemaArgs, out: &mut dyn Write) -> Result<(), Error> {
    write(out, |w| render::json(&schema::of(args.of.into()), w))
}
