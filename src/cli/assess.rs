//! `maturity assess`: the questionnaire in the terminal, every answer saved as it is
//! given, then the report.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::ZonedDateTime;

use super::args::AssessArgs;
use super::context::{inert_msg, Context};
use super::interrupt::Interrupt;
use super::io::{read_input, write};
use super::stderr;
use crate::answers::Answers;
use crate::bank::Bank;
use crate::engine::assess;
use crate::error::{Error, InputKind};
use crate::msg;
use crate::prompt::flow::Questionnaire;
use crate::prompt::terminal::Terminal;
use crate::render::{self, Format};

pub fn run(ctx: &Context, args: AssessArgs, out: &mut dyn Write) -> Result<(), Error> {
    if !Terminal::available() {
        return Err(Error::Usage(msg!("usage-assess-needs-terminal")));
    }
    let bank = ctx.load_bank()?;
    let opts = ctx.render_options(&bank, false);
    let (answers, path) = start(ctx, &bank, args)?;
    let interrupt = Interrupt::install(path.clone(), ctx.m.lang());
    let answers = ask(ctx, &bank, answers, &path, opts.color, &interrupt)?;
    let assessment = assess(&bank, &answers);
    write(out, |w| {
        render::renderer(Format::Table).render(&assessment, &opts, w)
    })?;
    let saved = msg!("assess-saved", path = path.display().to_string());
    stderr::line(format_args!("\n{}", ctx.m.render(&inert_msg(&saved))));
    Ok(())
}

/// The answers to start from and where they are saved: the `--resume` file, or none
/// yet and a new file (`--save`, else one named after today) that must not exist.
/// Either is checked writable first, and what a killed save left beside it is put
/// back or removed.
fn start(ctx: &Context, bank: &Bank, args: AssessArgs) -> Result<(Answers, PathBuf), Error> {
    if let Some(path) = args.resume {
        if crate::atomic::folder(&path).is_dir() {
            recover(ctx, bank, &path)?;
        }
        let (src, name) = read_input(&path, InputKind::Answers)?;
        let answers = Answers::from_yaml(&src, &name, bank)?;
        writable(&path)?;
        for dropped in &answers.dropped {
            let what = ctx.m.render(&inert_msg(dropped));
            ctx.say(&msg!("note-dropped", what = what));
        }
        return Ok((answers, path));
    }
    let date = today();
    let path = match args.save {
        Some(path) => path,
        None => default_save_path(ctx, bank, date)?,
    };
    writable(&path)?;
    recover(ctx, bank, &path)?;
    if path.exists() {
        return Err(Error::Usage(msg!(
            "usage-save-exists",
            path = path.display().to_string()
        )));
    }
    Ok((Answers::new(bank, Some(date.to_string())), path))
}

/// Whether answers can be saved at `path`, before the first question: a file (not a
/// folder) in a folder that exists and can be written to.
fn writable(path: &Path) -> Result<(), Error> {
    let shown = || path.display().to_string();
    if path.is_dir() {
        let example = path.join("answers.yaml").display().to_string();
        return Err(Error::Usage(msg!(
            "usage-save-folder",
            path = shown(),
            example = example
        )));
    }
    let folder = crate::atomic::folder(path);
    if !folder.is_dir() {
        let folder = folder.display().to_string();
        return Err(Error::Usage(msg!(
            "usage-save-no-folder",
            path = shown(),
            folder = folder
        )));
    }
    crate::atomic::check(path).map_err(|e| {
        Error::Usage(msg!(
            "usage-save-unwritable",
            path = shown(),
            reason = e.to_string()
        ))
    })
}

/// Puts back the newest answers a killed save of `path` left complete beside it,
/// and removes any other such leftover.
fn recover(ctx: &Context, bank: &Bank, path: &Path) -> Result<(), Error> {
    let valid = |bytes: &[u8]| {
        std::str::from_utf8(bytes).is_ok_and(|src| Answers::from_yaml(src, "", bank).is_ok())
    };
    let recovered = crate::atomic::recover(path, valid).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    if recovered {
        let path = path.display().to_string();
        ctx.say(&msg!("note-recovered", path = path));
    }
    Ok(())
}

/// Asks what is missing, saving the answers at `path` as each is given.
fn ask(
    ctx: &Context,
    bank: &Bank,
    answers: Answers,
    path: &Path,
    color: bool,
    interrupt: &Interrupt,
) -> Result<Answers, Error> {
    let mut questionnaire = Questionnaire::new(bank, answers, &ctx.m);
    let mut terminal = Terminal::new(color);
    let mut save =
        |a: &Answers| interrupt.saving(|| crate::atomic::write(path, a.to_yaml().as_bytes()));
    let asked = questionnaire
        .intro(&mut terminal, path, &mut save)
        .and_then(|()| questionnaire.run(&mut terminal, &mut save));
    match asked {
        Err(e) if e.kind() == io::ErrorKind::Interrupted => interrupt.stop(),
        Err(source) => Err(Error::Write {
            path: path.to_path_buf(),
            source,
        }),
        Ok(()) => Ok(questionnaire.answers),
    }
}

/// The first of `maturity-answers-DATE.yaml`, `maturity-answers-DATE-2.yaml`, ... not
/// yet in the current folder, once what a killed save left is put back.
fn default_save_path(ctx: &Context, bank: &Bank, date: Date) -> Result<PathBuf, Error> {
    for n in 1.. {
        let path = answers_file_name(date, n);
        recover(ctx, bank, &path)?;
        if !path.exists() {
            return Ok(path);
        }
    }
    unreachable!("some file name is free")
}

/// The `n`th default name of an answers file made on `date`, counting from 1.
fn answers_file_name(date: Date, n: u32) -> PathBuf {
    match n {
        1 => PathBuf::from(format!("maturity-answers-{date}.yaml")),
        n => PathBuf::from(format!("maturity-answers-{date}-{n}.yaml")),
    }
}

/// Today's date in the local time zone.
fn today() -> Date {
    ZonedDateTime::now().date()
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use std::path::Path;

    use super::answers_file_name;

    #[test]
    fn answers_files_are_named_after_the_date_and_numbered_from_the_second() {
        let day = date(2026, 11, 23);
        assert_eq!(
            answers_file_name(day, 1),
            Path::new("maturity-answers-2026-11-23.yaml")
        );
        assert_eq!(
            answers_file_name(day, 2),
            Path::new("maturity-answers-2026-11-23-2.yaml")
        );
        assert_eq!(
            answers_file_name(date(2000, 2, 29), 1),
            Path::new("maturity-answers-2000-02-29.yaml")
        );
    }
}
