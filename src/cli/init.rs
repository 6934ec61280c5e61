//! `maturity init`: an answers file ready to fill in, every question of the bank as a
//! key set to `unsure`, its text, why it matters and its options as YAML comments.

use std::io::{self, Write};
use std::path::Path;

use super::args::InitArgs;
use super::context::Context;
use super::io::{is_stdin, write, write_file};
use crate::bank::{Bank, Question, QuestionKind, UNSURE};
use crate::error::Error;
use crate::i18n::Messages;
use crate::msg;
use crate::text::{inert, wrap};

/// Width the comments are wrapped to, so the file reads well in any editor.
const WIDTH: usize = 78;

pub fn run(ctx: &Context, args: InitArgs, out: &mut dyn Write) -> Result<(), Error> {
    let bank = match ctx.bank_path() {
        None => Bank::embedded_in(ctx.m.lang().code())?,
        Some(_) => ctx.load_bank()?,
    };
    let path = args.path.filter(|p| !is_stdin(p));
    let name = path
        .as_ref()
        .map_or("answers.yaml".into(), |p| p.display().to_string());
    let render = |w: &mut dyn Write| template(&bank, &ctx.m, &name, w);
    let Some(path) = path else {
        return write(out, render);
    };
    if args.force {
        write_file(&path, render)?;
    } else {
        write_new(&path, render)?;
    }
    let said = msg!("init-written", path = name, count = bank.questions.len());
    ctx.note(&ctx.m.render(&said));
    Ok(())
}

/// Writes a file that must not exist yet: the name is claimed first (so nothing that
/// appears meanwhile is overwritten), then filled in one step as `-o` files are.
fn write_new(path: &Path, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), Error> {
    let claimed = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    match claimed {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let path = path.display().to_string();
            return Err(Error::Usage(msg!("init-exists", path = path)));
        }
        Err(source) => {
            return Err(Error::Write {
                path: path.to_path_buf(),
                source,
            })
        }
        Ok(_) => {}
    }
    write_file(path, f).inspect_err(|_| {
        let _ = std::fs::remove_file(path);
    })
}

/// `# `-prefixed lines of `text`, wrapped, each line after the first indented by
/// `hang` more spaces.
fn comment(out: &mut dyn Write, indent: &str, text: &str, hang: usize) -> io::Result<()> {
    let width = WIDTH.saturating_sub(indent.len() + 2 + hang);
    for (i, line) in wrap(&inert(text), width).iter().enumerate() {
        let pad = if i == 0 { 0 } else { hang };
        writeln!(out, "{indent}# {:pad$}{line}", "")?;
    }
    Ok(())
}

/// The answers file: a header saying how to fill it in, then each question.
fn template(bank: &Bank, m: &Messages, file: &str, out: &mut dyn Write) -> io::Result<()> {
    let lang = m.lang().code();
    let intro = msg!(
        "init-intro",
        title = bank.meta.title.get(lang),
        version = &bank.meta.version,
        file = file
    );
    comment(out, "", &m.render(&intro), 0)?;
    comment(out, "", &m.t("init-how"), 0)?;
    writeln!(out, "bank: {}", bank.meta.id)?;
    writeln!(out, "bank-version: \"{}\"", bank.meta.version)?;
    writeln!(out, "retailer:   # {}", m.t("init-retailer"))?;
    writeln!(out, "date:       # {}", m.t("init-date"))?;
    writeln!(out, "answers:")?;
    let mut dimension = None;
    for q in &bank.questions {
        if dimension != Some(&q.dimension) {
            dimension = Some(&q.dimension);
            let name = bank
                .dimensions
                .iter()
                .find(|d| d.id == q.dimension)
                .map_or(q.dimension.as_str(), |d| d.name.get(lang));
            writeln!(out, "\n  # ── {} ──", inert(name))?;
        }
        question(q, m, out)?;
    }
    Ok(())
}

/// One question: its text, why it matters, its options, what the answer takes, and
/// the key itself set to `unsure`.
fn question(q: &Question, m: &Messages, out: &mut dyn Write) -> io::Result<()> {
    let lang = m.lang().code();
    writeln!(out)?;
    comment(out, "  ", q.text.get(lang), 0)?;
    comment(out, "  ", q.help.get(lang), 0)?;
    for o in &q.options {
        let line = format!("- {}: {}", o.id, o.label.get(lang));
        comment(out, "  ", &line, 2)?;
    }
    let takes = match q.kind {
        QuestionKind::Single => "init-takes-one",
        QuestionKind::Multi => "init-takes-many",
        QuestionKind::YesNo => "init-takes-yes-no",
    };
    comment(out, "  ", &m.t(takes), 0)?;
    writeln!(out, "  {}: {UNSURE}", q.id)
}
