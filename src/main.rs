//! The `maturity` binary: parse the arguments, run, report an error once, exit with
//! its code (0 ok, 1 internal error, 2 bad input or usage).

use std::process::ExitCode;

use clap::Parser;
use maturity::cli::{language, run, Cli};
use maturity::i18n::{Lang, Messages};
use maturity::text::inert;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let m = Messages::new(language(&cli.global).unwrap_or(Lang::En));
    // A panic is a bug of ours, never the user's input: report it as an internal error.
    let result = std::panic::catch_unwind(move || run(cli, &mut std::io::stdout().lock()));
    match result {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Ok(Err(e @ maturity::Error::BelowMinimum { .. })) => {
            eprintln!("{}", e.render(&m));
            ExitCode::from(e.exit_code() as u8)
        }
        Ok(Err(e)) => {
            eprintln!("{}: {}", m.t("error-label"), inert(&e.render(&m)));
            ExitCode::from(e.exit_code() as u8)
        }
        Err(_) => {
            eprintln!("{}: {}", m.t("error-label"), m.t("error-internal"));
            ExitCode::from(1)
        }
    }
}

// mimalloc: a report allocates a few thousand small values at start-up (the bank
// and its texts), which it serves with fewer instructions and fewer page faults.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
