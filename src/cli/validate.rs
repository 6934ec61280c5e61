//! `maturity validate`: check a bank and report every problem, or say what it holds.

use std::io::Write;

use super::args::ValidateArgs;
use super::context::Context;
use super::io::{load_bank, write};
use crate::bank::{Bank, DEFAULT_BANK_NAME};
use crate::embedded::DEFAULT_BANK_YAML;
use crate::error::Error;
use crate::msg;

pub fn run(ctx: &Context, args: ValidateArgs, out: &mut dyn Write) -> Result<(), Error> {
    let path = args.path.as_deref().or(ctx.bank_path());
    // The built-in bank is checked again here, in full, as any other bank would be.
    let bank = match path {
        None => Bank::from_yaml(DEFAULT_BANK_YAML, DEFAULT_BANK_NAME)?,
        Some(_) => load_bank(path)?,
    };
    let name = path.map_or(DEFAULT_BANK_NAME.to_string(), |p| p.display().to_string());
    let ok = msg!(
        "validate-ok",
        file = name,
        bank = &bank.meta.id,
        version = &bank.meta.version,
        stages = bank.stages.len(),
        dimensions = bank.dimensions.len(),
        questions = bank.questions.len(),
        gates = bank.gates.len(),
        steps = bank.next_steps.len(),
    );
    write(out, |w| writeln!(w, "{}", ctx.m.render(&ok)))
}
