//! The `maturity` binary: parse the arguments, run, report an error once, exit with
//! its code (0 ok, 1 internal error, 2 bad input or usage).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use maturity::cli::{error_text, language, run, stderr, stdout_error, Cli};
use maturity::i18n::{Lang, Messages};
use maturity::text::inert;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_message(&e),
    };
    let m = Messages::new(language(&cli.global).unwrap_or(Lang::En));
    // A panic is a bug of ours, never the user's input: report it as an internal error.
    let result = std::panic::catch_unwind(move || run(cli, &mut stdout::writer()));
    match result {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => exit(&m, &e),
        Err(_) => {
            stderr::line(format_args!(
                "{}: {}",
                m.t("error-label"),
                m.t("error-internal")
            ));
            ExitCode::from(1)
        }
    }
}

/// Says what `e` is, unless the reader of the output went away (`| head`), which is
/// not a failure; the code to exit with.
fn exit(m: &Messages, e: &maturity::Error) -> ExitCode {
    if e.is_broken_pipe() {
        return ExitCode::SUCCESS;
    }
    stderr::line(error_text(m, e));
    ExitCode::from(e.exit_code() as u8)
}

/// What clap has to say instead of a run: help or the version on standard output, a
/// usage error on standard error, plain and inert as every other message (a value
/// given on the command line is quoted in it).
fn clap_message(e: &clap::Error) -> ExitCode {
    if e.use_stderr() {
        stderr::line(inert(e.render().to_string().trim_end()));
        return ExitCode::from(e.exit_code() as u8);
    }
    let styled = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let text = match styled {
        true => e.render().ansi().to_string(),
        false => e.render().to_string(),
    };
    let mut out = stdout::writer();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let m = Messages::new(Lang::from_env(|v| std::env::var(v).ok()));
            exit(&m, &stdout_error(err))
        }
    }
}

/// Standard output, or a writer that fails when it was closed before the start.
/// Rust's runtime puts `/dev/null` in place of a closed standard output before `main`,
/// where a report would vanish and the run succeed; a constructor, run before the
/// runtime starts, puts `/dev/null` there for reading only instead, which tells them
/// apart.
#[cfg(target_os = "linux")]
mod stdout {
    use std::io::{self, Write};
    use std::os::fd::{AsRawFd, IntoRawFd};

    use rustix::fs::{fcntl_getfl, open, Mode, OFlags};
    use rustix::stdio;

    #[used]
    #[link_section = ".init_array"]
    static MARK_CLOSED: extern "C" fn() = mark_closed;

    extern "C" fn mark_closed() {
        if rustix::io::fcntl_getfd(stdio::stdout()).is_ok() {
            return;
        }
        let Ok(null) = open("/dev/null", OFlags::RDONLY, Mode::empty()) else {
            return;
        };
        if null.as_raw_fd() == 1 {
            // Already in place: kept open for the whole run.
            let _ = null.into_raw_fd();
        } else {
            let _ = stdio::dup2_stdout(&null);
        }
    }

    /// A standard output that cannot be written to: every write fails as writing to a
    /// closed one does.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(rustix::io::Errno::BADF.into())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Standard output, or [`Closed`] when it is open for reading only (closed at the
    /// start, or given so).
    pub fn writer() -> Box<dyn Write> {
        let read_only = fcntl_getfl(stdio::stdout())
            .is_ok_and(|flags| flags & OFlags::ACCMODE == OFlags::RDONLY);
        if read_only {
            Box::new(Closed)
        } else {
            Box::new(io::stdout().lock())
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod stdout {
    /// Standard output.
    pub fn writer() -> Box<dyn std::io::Write> {
        Box::new(std::io::stdout().lock())
    }
}

// mimalloc: a report allocates a few thousand small values at start-up (the bank
// and its texts), which it serves with fewer instructions and fewer page faults.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
