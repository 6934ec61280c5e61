//! `maturity assess`: the questionnaire in the terminal, every answer saved as it is
//! given, then the report.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::args::AssessArgs;
use super::context::Context;
use super::interrupt::Interrupt;
use super::io::{read_input, write};
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
    eprintln!("\n{}", ctx.m.render(&saved));
    Ok(())
}

/// The answers to start from and where they are saved: the `--resume` file, or none
/// yet and a new file (`--save`, else one named after today) that must not exist.
fn start(ctx: &Context, bank: &Bank, args: AssessArgs) -> Result<(Answers, PathBuf), Error> {
    if let Some(path) = args.resume {
        let (src, name) = read_input(&path, InputKind::Answers)?;
        let answers = Answers::from_yaml(&src, &name, bank)?;
        for dropped in &answers.dropped {
            let what = ctx.m.render(dropped);
            ctx.note(&ctx.m.render(&msg!("note-dropped", what = what)));
        }
        return Ok((answers, path));
    }
    let path = args.save.unwrap_or_else(default_save_path);
    if path.exists() {
        return Err(Error::Usage(msg!(
            "usage-save-exists",
            path = path.display().to_string()
        )));
    }
    Ok((Answers::new(bank, Some(today())), path))
}

/// Asks what is missing, saving the answers at `path` after every question.
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
    let mut save = |a: &Answers| crate::atomic::write(path, a.to_yaml().as_bytes());
    let asked = questionnaire
        .intro(&mut terminal, path)
        .and_then(|()| save(&questionnaire.answers))
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

/// `maturity-answers-YYYY-MM-DD.yaml` in the current folder, numbered if taken.
fn default_save_path() -> PathBuf {
    let date = today();
    (1..)
        .map(|n| match n {
            1 => PathBuf::from(format!("maturity-answers-{date}.yaml")),
            n => PathBuf::from(format!("maturity-answers-{date}-{n}.yaml")),
        })
        .find(|p| !p.exists())
        .expect("some file name is free")
}

/// Today's date (UTC) as YYYY-MM-DD.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(super::civil_from_days(20_780), (2026, 11, 23));
    }
}
