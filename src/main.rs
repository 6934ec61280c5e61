//! The `maturity` binary: parse the arguments, run, report an error once, exit with
//! its code (0 ok, 1 internal error, 2 bad input or usage).

use std::process::ExitCode;

use clap::Parser;
use maturity::cli::{run, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut stdout = std::io::stdout().lock();
    match run(cli, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
