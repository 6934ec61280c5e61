//! The command line: the clap definitions ([`args`]) and the commands they run, one
//! file each. Everything here is I/O around the library: read files, call the engine,
//! hand the result to a renderer, write the bytes. This file only dispatches.

mod args;
mod assess;
mod batch;
mod below;
mod compare;
mod context;
mod example;
mod explain;
mod generate;
mod init;
mod interrupt;
mod io;
mod output;
mod plan;
mod questions;
mod score;
pub mod stderr;
mod validate;
mod values;

use std::io::Write;

use clap::CommandFactory;

pub use args::{
    AssessArgs, Cli, ColorChoice, Command, CompareArgs, CompletionsArgs, DataFormatArg,
    DocFormatArg, ExampleArgs, ExplainArgs, FormatArg, Global, InitArgs, ManArgs, PlanArgs,
    QuestionsArgs, SchemaArg, SchemaArgs, ScoreArgs, ValidateArgs,
};
pub use context::{error_text, language, Context};
pub use example::EXAMPLES;
pub use io::stdout_error;

use crate::error::Error;
use crate::msg;
use crate::prompt::terminal::Terminal;

/// Runs the parsed command line, writing the report to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<(), Error> {
    let ctx = Context::new(&cli.global)?;
    let command = match cli.command {
        Some(c) => c,
        None if Terminal::available() => Command::Assess(AssessArgs::default()),
        None => {
            let help = Cli::command().render_help().to_string();
            return Err(Error::Usage(msg!("usage-no-command", help = help)));
        }
    };
    output::check(&command, ctx.bank_path())?;
    match command {
        Command::Assess(args) => assess::run(&ctx, args, out),
        Command::Score(args) => score::run(&ctx, args, out),
        Command::Explain(args) => explain::run(&ctx, args, out),
        Command::Plan(args) => plan::run(&ctx, args, out),
        Command::Compare(args) => compare::run(&ctx, args, out),
        Command::Questions(args) => questions::run(&ctx, args, out),
        Command::Validate(args) => validate::run(&ctx, args, out),
        Command::Completions(args) => generate::completions(args, out),
        Command::Man(args) => generate::man(&ctx, args, out),
        Command::Schema(args) => generate::schema(&ctx, args, out),
        Command::Init(args) => init::run(&ctx, args, out),
        Command::Example(args) => example::run(args, out),
    }
}
