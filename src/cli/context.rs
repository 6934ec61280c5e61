//! What every command is handed: the user's language, whether to stay quiet, the
//! colour choice and the bank to use. Built once from the global options and passed
//! by reference; nothing about the run is kept in global state.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::args::{ColorChoice, Global};
use super::io::{load_bank, read_input};
use super::stderr;
use crate::answers::Answers;
use crate::bank::Bank;
use crate::error::{Error, InputKind, Problem};
use crate::i18n::{Arg, Lang, Messages, Msg};
use crate::msg;
use crate::render::RenderOptions;
use crate::text::{inert, inert_line};

/// How an error is said on standard error: after "error:", in the user's language,
/// with every text it quotes from a file or the command line (a path, an id, the
/// parser's words) inert and on one line. A retailer below `--min-stage` is a
/// verdict, said without "error:".
pub fn error_text(m: &Messages, e: &Error) -> String {
    let text = inert_error(e).render(m);
    match e {
        Error::BelowMinimum { .. } => text,
        _ => format!("{}: {text}", m.t("error-label")),
    }
}

/// `e` with the texts it quotes made inert.
fn inert_error(e: &Error) -> Error {
    let line = |s: &str| inert_line(s).into_owned();
    let reason = |s: &std::io::Error| std::io::Error::new(s.kind(), line(&s.to_string()));
    match e {
        Error::Read { kind, path, source } => Error::Read {
            kind: *kind,
            path: line(path),
            source: reason(source),
        },
        Error::Invalid {
            kind,
            file,
            problems,
        } => Error::Invalid {
            kind: *kind,
            file: line(file),
            problems: (problems.iter())
                .map(|p| Problem::new(p.at, inert_msg(&p.msg)))
                .collect(),
        },
        Error::Usage(msg) => Error::Usage(inert_msg(msg)),
        Error::Write { path, source } => Error::Write {
            path: PathBuf::from(line(&path.display().to_string())),
            source: reason(source),
        },
        Error::BelowMinimum { stage, min } => Error::BelowMinimum {
            stage: *stage,
            min: *min,
        },
    }
}

/// `msg` with the texts it is given made inert, and kept on one line but for a help
/// text, which has several.
pub fn inert_msg(msg: &Msg) -> Msg {
    let args = msg.args.iter().map(|(name, arg)| {
        let arg = match arg {
            Arg::Text(s) if *name == "help" => Arg::Text(inert(s).into_owned()),
            Arg::Text(s) => Arg::Text(inert_line(s).into_owned()),
            number => number.clone(),
        };
        (*name, arg)
    });
    Msg {
        id: msg.id,
        args: args.collect(),
    }
}

/// The options of one run, for the commands.
#[derive(Debug)]
pub struct Context {
    /// Interface messages in the user's language.
    pub m: Messages,
    /// `--quiet`: notes and summaries on standard error are left out.
    pub quiet: bool,
    color: ColorChoice,
    no_color: bool,
    bank: Option<PathBuf>,
}

/// The language to speak: `--lang` (which clap has read), else the environment,
/// else English.
pub fn language(g: &Global) -> Result<Lang, Error> {
    Ok(g.lang
        .unwrap_or_else(|| Lang::from_env(|name| std::env::var(name).ok())))
}

impl Context {
    /// The context of the global options; an unknown `--lang` is a usage error.
    pub fn new(g: &Global) -> Result<Context, Error> {
        Ok(Context {
            m: Messages::new(language(g)?),
            quiet: g.quiet,
            color: g.color,
            no_color: g.no_color,
            bank: g.bank.clone(),
        })
    }

    /// A note on standard error, unless `--quiet`.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            stderr::line(inert(text));
        }
    }

    /// A message on standard error, unless `--quiet`; the texts it is given are shown
    /// inert, on one line.
    pub fn say(&self, msg: &Msg) {
        self.note(&self.m.render(&inert_msg(msg)));
    }

    /// An error that does not stop the command (a bad record of a batch), on
    /// standard error, even when quiet.
    pub fn report(&self, e: &Error) {
        stderr::line(error_text(&self.m, e));
    }

    /// The `--bank` file, or the built-in bank.
    pub fn load_bank(&self) -> Result<Bank, Error> {
        load_bank(self.bank.as_deref())
    }

    /// The `--bank` file, if one was given.
    pub fn bank_path(&self) -> Option<&Path> {
        self.bank.as_deref()
    }

    /// Reads and checks an answers file, saying in a note what a file made for
    /// another bank version loses.
    pub fn load_answers(&self, path: &Path, bank: &Bank) -> Result<Answers, Error> {
        let (src, name) = read_input(path, InputKind::Answers)?;
        let answers = Answers::from_yaml(&src, &name, bank)?;
        if answers.bank_version != bank.meta.version {
            let note = msg!(
                "note-other-version",
                file = &name,
                made_for = &answers.bank_version,
                version = &bank.meta.version
            );
            self.say(&note);
        }
        for dropped in &answers.dropped {
            let what = self.m.render(&inert_msg(dropped));
            self.say(&msg!("note-left-out", what = what));
        }
        Ok(answers)
    }

    /// How to draw for standard output: language, colour, width; and a note when
    /// the bank lacks the user's language.
    pub fn render_options(&self, bank: &Bank, all: bool) -> RenderOptions {
        let lang = self.m.lang();
        if !bank.meta.languages.iter().any(|l| l == lang.code()) {
            let note = msg!(
                "note-bank-language",
                lang = lang.code(),
                available = bank.meta.languages.join(", ")
            );
            self.say(&note);
        }
        let tty = std::io::stdout().is_terminal();
        let color = match self.color {
            _ if self.no_color => false,
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        RenderOptions {
            lang,
            color,
            width: self.width(),
            all,
        }
    }

    /// Columns for standard output: `COLUMNS` when set, else the terminal's width
    /// when standard output is a terminal, else 80; never below 40 (tables need that)
    /// nor above 200.
    pub fn width(&self) -> u16 {
        let from_env = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|&c| c > 0);
        let tty = std::io::stdout().is_terminal();
        let width = from_env
            .or_else(|| tty.then(|| comfy_table::Table::new().width()).flatten())
            .unwrap_or(80);
        width.clamp(40, 200)
    }
}
