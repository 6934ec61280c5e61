//! The command line: clap definitions and the commands they run. Everything here is
//! I/O around the library: read files, call the engine, write the rendered bytes.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::answers::Answers;
use crate::bank::{Bank, DEFAULT_BANK_NAME};
use crate::batch::{self, Row};
use crate::engine::cohort::{self, Standing};
use crate::engine::compare::compare;
use crate::engine::plan::{plan, NoPlan, Plan};
use crate::engine::{assess, verdict, Assessment};
use crate::error::{Error, InputKind, Problem};
use crate::i18n::{Lang, Messages, Msg};
use crate::msg;
use crate::prompt::flow::Questionnaire;
use crate::prompt::terminal::Terminal;
use crate::render::rows::{RowFormat, Rows};
use crate::render::{self, DataFormat, Format, RenderOptions, Roadmap};
use crate::schema::SchemaOf;
use crate::text::inert;

/// Largest input file read, so a wrong path to a huge file fails fast.
const MAX_INPUT: u64 = 16 * 1024 * 1024;

#[derive(Debug, Parser)]
#[command(
    name = "maturity",
    version,
    about = "Where does your store's marketing stand on the eCommerce Marketing Maturity Model, what holds it back, and what to do next.",
    after_help = "Answer the questions `maturity questions` lists in an answers file (format in the README; examples in questions/examples/), then run `maturity score FILE`.\n\nExit codes:\n  0    success\n  1    internal error, or the output could not be written\n  2    bad input or usage\n  3    a retailer is below --min-stage\n  130  the questionnaire was stopped with Ctrl-C (every answer is kept)"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Question bank to use instead of the built-in one.
    #[arg(long, global = true, value_name = "PATH")]
    pub bank: Option<PathBuf>,
    /// Language: en, zh, ar or tr [default: from LC_ALL, LC_MESSAGES or LANG, else en].
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    /// When to use colour; `auto` means only on a terminal and never with NO_COLOR set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// No colour, whatever the terminal (the same as --color never).
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Print no notes or summaries on standard error; errors are still printed.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer the questions in the terminal, then see the report (the default on a terminal).
    Assess(AssessArgs),
    /// Score an answers file: stage, dimension levels, gaps and next steps.
    Score(ScoreArgs),
    /// Show every stage gate, passed or failed, and the answers that decided it.
    Explain(ExplainArgs),
    /// The fewest answer improvements that reach a stage, as a goal-first roadmap.
    Plan(PlanArgs),
    /// Progress between two answers files of the same retailer.
    Compare(CompareArgs),
    /// List the questions of the bank.
    Questions(QuestionsArgs),
    /// Check a question bank and report every problem found.
    Validate(ValidateArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man -l -` or a man directory.
    Man,
    /// Print a JSON Schema of the bank or answers file format, for editors.
    Schema(SchemaArgs),
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Answers files (YAML or JSON) or folders of them; `-` reads standard input.
    /// Several files or a folder score each retailer as one row.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Score a JSON Lines stream (one answers object per line); `-` reads standard input.
    #[arg(long, value_name = "FILE", conflicts_with = "files")]
    pub jsonl: Option<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// Show every gap and next step, not only the top five.
    #[arg(long)]
    pub all: bool,
    /// Exit with code 3 when a retailer is below stage N (errors keep their own codes).
    #[arg(long, value_name = "N")]
    pub min_stage: Option<u8>,
    /// Place the retailer among a cohort of peers (a JSON Lines file of their answers,
    /// at least 5): percentiles and the typical peer, never a peer's answers.
    #[arg(long, value_name = "COHORT.jsonl")]
    pub cohort: Option<PathBuf>,
    /// Write the report to PATH (atomically) instead of standard output.
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args, Default)]
pub struct AssessArgs {
    /// Where to save the answers, after every question [default: maturity-answers-DATE.yaml].
    #[arg(long, value_name = "PATH", conflicts_with = "resume")]
    pub save: Option<PathBuf>,
    /// Continue an answers file: ask only the questions it has no answer for.
    #[arg(long, value_name = "PATH")]
    pub resume: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Answers file (YAML or JSON); `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DataFormatArg::Table)]
    pub format: DataFormatArg,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// Answers file (YAML or JSON); `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The stage to reach [default: the next one].
    #[arg(long, value_name = "N")]
    pub target: Option<u8>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DataFormatArg::Table)]
    pub format: DataFormatArg,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier answers file.
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The later answers file.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DataFormatArg::Table)]
    pub format: DataFormatArg,
}

#[derive(Debug, Args)]
pub struct QuestionsArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DataFormatArg::Table)]
    pub format: DataFormatArg,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file format.
    #[arg(value_enum)]
    pub of: SchemaArg,
}

/// `--format` of `score`: the report formats, and the row formats of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Headings and tables for a terminal.
    Table,
    /// The whole assessment as JSON (stable shape, see README).
    Json,
    /// The whole assessment as YAML (the same shape as the JSON).
    Yaml,
    /// A report for GitHub and other Markdown readers.
    Markdown,
    /// A self-contained web page with a radar chart, printable.
    Html,
    /// Several retailers: comma-separated values, one row each.
    Csv,
    /// Several retailers: JSON Lines, one object each.
    Jsonl,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Yaml => Format::Yaml,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Csv => Format::Csv,
            FormatArg::Jsonl => Format::Jsonl,
        }
    }
}

/// `--format` of `explain`, `plan`, `compare` and `questions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormatArg {
    /// Text for a terminal.
    Table,
    /// JSON (shapes in the README).
    Json,
}

impl From<DataFormatArg> for DataFormat {
    fn from(f: DataFormatArg) -> DataFormat {
        match f {
            DataFormatArg::Table => DataFormat::Table,
            DataFormatArg::Json => DataFormat::Json,
        }
    }
}

/// The argument of `schema`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaArg {
    /// The question bank (`questions/bank.yaml`).
    Bank,
    /// An answers file.
    Answers,
}

impl From<SchemaArg> for SchemaOf {
    fn from(s: SchemaArg) -> SchemaOf {
        match s {
            SchemaArg::Bank => SchemaOf::Bank,
            SchemaArg::Answers => SchemaOf::Answers,
        }
    }
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Bank file to check; without it, the --bank file or the built-in bank.
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

/// The language to speak: `--lang`, else the environment, else English.
pub fn language(g: &Global) -> Result<Lang, Error> {
    match &g.lang {
        Some(code) => Lang::parse(code).ok_or_else(|| {
            Error::Usage(msg!(
                "usage-unknown-lang",
                lang = code,
                supported = Lang::codes()
            ))
        }),
        None => Ok(Lang::from_env(|name| std::env::var(name).ok())),
    }
}

/// Set by `--quiet`: notes and summaries on standard error are left out. A flag for
/// the whole run, read where notes are printed.
static QUIET: AtomicBool = AtomicBool::new(false);

/// A note on standard error, unless `--quiet`.
fn note(text: &str) {
    if !QUIET.load(Ordering::Relaxed) {
        eprintln!("{}", inert(text));
    }
}

/// Runs the parsed command line, writing the report to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<(), Error> {
    QUIET.store(cli.global.quiet, Ordering::Relaxed);
    let m = Messages::shared(language(&cli.global)?);
    let command = match cli.command {
        Some(c) => c,
        None if Terminal::available() => Command::Assess(AssessArgs::default()),
        None => {
            let help = Cli::command().render_help().to_string();
            return Err(Error::Usage(msg!("usage-no-command", help = help)));
        }
    };
    let g = &cli.global;
    match command {
        Command::Assess(args) => assess_interactively(g, &m, args, out),
        Command::Completions(args) => write(out, |w| {
            clap_complete::generate(args.shell, &mut Cli::command(), "maturity", w);
            Ok(())
        }),
        Command::Man => write(out, |w| clap_mangen::Man::new(Cli::command()).render(w)),
        Command::Schema(args) => {
            write(out, |w| render::json(&crate::schema::of(args.of.into()), w))
        }
        Command::Validate(args) => validate(args.path.as_deref().or(g.bank.as_deref()), &m, out),
        Command::Questions(args) => {
            let bank = load_bank(g.bank.as_deref())?;
            let opts = options(g, &m, &bank, false);
            let renderer = render::data_renderer(args.format.into());
            write(out, |w| renderer.questions(&bank, &opts, w))
        }
        Command::Score(args) => {
            // A report in one language needs only that language's texts; data formats
            // carry every language.
            let format = Format::from(args.format);
            let one_language = matches!(format, Format::Table | Format::Markdown | Format::Html);
            let bank = match (&g.bank, one_language) {
                (None, true) => Bank::embedded_in(m.lang().code())?,
                (path, _) => load_bank(path.as_deref())?,
            };
            let opts = options(g, &m, &bank, args.all);
            let batch = args.jsonl.is_some()
                || args.files.len() > 1
                || args.files.iter().any(|f| f.is_dir())
                || matches!(format, Format::Csv | Format::Jsonl);
            if batch {
                return score_batch(&bank, &m, &args, out);
            }
            let Some(file) = args.files.first() else {
                return Err(Error::Usage(msg!("usage-no-input")));
            };
            let answers = load_answers(file, &bank, &m)?;
            let mut assessment = assess(&bank, &answers);
            if let Some(path) = &args.cohort {
                assessment.cohort = Some(cohort_standing(&bank, &m, &answers, path)?);
            }
            let render = |w: &mut dyn Write| render::renderer(format).render(&assessment, &opts, w);
            match &args.output {
                Some(path) => write_file(path, render)?,
                None => write(out, render)?,
            }
            let stage = assessment.stage.number;
            // The process ends here: freeing thousands of texts one by one would only
            // delay the exit (by a tenth of the run).
            std::mem::forget((bank, answers, assessment));
            below_minimum(args.min_stage, [stage])
        }
        Command::Explain(args) => {
            let bank = load_bank(g.bank.as_deref())?;
            let opts = options(g, &m, &bank, true);
            let a = assess(&bank, &load_answers(&args.file, &bank, &m)?);
            let renderer = render::data_renderer(args.format.into());
            write(out, |w| renderer.explain(&a, &opts, w))
        }
        Command::Plan(args) => plan_command(g, &m, args, out),
        Command::Compare(args) => {
            let bank = load_bank(g.bank.as_deref())?;
            let opts = options(g, &m, &bank, true);
            let old = load_answers(&args.old, &bank, &m)?;
            let new = load_answers(&args.new, &bank, &m)?;
            let c = compare(&bank, &old, &new);
            let renderer = render::data_renderer(args.format.into());
            write(out, |w| renderer.compare(&c, &opts, w))
        }
    }
}

/// The retailer among the peers in a JSON Lines file; bad peer records are reported
/// and left out.
fn cohort_standing(
    bank: &Bank,
    m: &Messages,
    answers: &Answers,
    path: &Path,
) -> Result<Standing, Error> {
    let file = std::fs::File::open(path).map_err(|source| Error::Read {
        kind: InputKind::Answers,
        path: path.display().to_string(),
        source,
    })?;
    let mut peers = Vec::new();
    let name = path.display().to_string();
    batch::score_jsonl(
        bank,
        io::BufReader::new(file),
        &name,
        &mut |r: &Row| {
            peers.push(r.verdict.clone());
            Ok(())
        },
        &mut |e: Error| eprintln!("{}: {}", m.t("error-label"), inert(&e.render(m))),
    )
    .map_err(|source| Error::Read {
        kind: InputKind::Answers,
        path: name.clone(),
        source,
    })?;
    let ids: Vec<String> = bank.dimensions.iter().map(|d| d.id.clone()).collect();
    cohort::place(&verdict(bank, answers), &peers, &ids).ok_or_else(|| {
        Error::Usage(msg!(
            "cohort-too-small",
            peers = peers.len(),
            min = cohort::MIN_COHORT
        ))
    })
}

/// Scores many retailers, one row each as they come, then the summary.
fn score_batch(
    bank: &Bank,
    m: &Messages,
    args: &ScoreArgs,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let format = match Format::from(args.format) {
        Format::Table => RowFormat::Table,
        Format::Csv => RowFormat::Csv,
        Format::Json | Format::Jsonl => RowFormat::Jsonl,
        other => {
            let name = format!("{other:?}").to_lowercase();
            return Err(Error::Usage(msg!("usage-batch-format", format = name)));
        }
    };
    let rows = Rows { format, bank, m };
    let stdout_error = |source| Error::Write {
        path: PathBuf::from("<stdout>"),
        source,
    };
    let mut w = io::BufWriter::with_capacity(1 << 16, out);
    let listed = || {
        args.files
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let paths = match &args.jsonl {
        Some(_) => Vec::new(),
        None => {
            let paths = batch::expand(&args.files).map_err(|source| Error::Read {
                kind: InputKind::Answers,
                path: listed(),
                source,
            })?;
            if paths.is_empty() {
                return Err(Error::Usage(msg!("usage-empty-folder", folder = listed())));
            }
            paths
        }
    };
    rows.header(&mut w).map_err(stdout_error)?;
    let mut on_row = |r: &Row| rows.row(r, &mut w);
    let mut on_error = |e: Error| eprintln!("{}: {}", m.t("error-label"), inert(&e.render(m)));
    let summary = match &args.jsonl {
        Some(path) if path == Path::new("-") => batch::score_jsonl(
            bank,
            io::stdin().lock(),
            "<stdin>",
            &mut on_row,
            &mut on_error,
        ),
        Some(path) => {
            let file = std::fs::File::open(path).map_err(|source| Error::Read {
                kind: InputKind::Answers,
                path: path.display().to_string(),
                source,
            })?;
            let name = path.display().to_string();
            batch::score_jsonl(
                bank,
                io::BufReader::with_capacity(1 << 16, file),
                &name,
                &mut on_row,
                &mut on_error,
            )
        }
        None => {
            let read = |p: &Path| read_input(p, InputKind::Answers);
            batch::score_files(bank, &paths, &read, &mut on_row, &mut on_error)
        }
    }
    .map_err(stdout_error)?;
    // The summary is part of a text table; next to CSV or JSON Lines it is a message,
    // and the error below says how many records failed.
    match format {
        RowFormat::Table => {
            writeln!(w)
                .and_then(|()| rows.summary(&summary, true, &mut w))
                .map_err(stdout_error)?;
        }
        _ => {
            let mut text = Vec::new();
            rows.summary(&summary, false, &mut text)
                .map_err(stdout_error)?;
            note(String::from_utf8_lossy(&text).trim_end());
        }
    }
    w.flush().map_err(stdout_error)?;
    if summary.failed > 0 {
        return Err(Error::Usage(msg!("batch-failed", failed = summary.failed)));
    }
    below_minimum(args.min_stage, summary.lowest)
}

/// `Err(BelowMinimum)` when any of `stages` is below `min`.
fn below_minimum(min: Option<u8>, stages: impl IntoIterator<Item = u8>) -> Result<(), Error> {
    let (Some(min), Some(stage)) = (min, stages.into_iter().min()) else {
        return Ok(());
    };
    if stage < min {
        return Err(Error::BelowMinimum { stage, min });
    }
    Ok(())
}

fn plan_command(
    g: &Global,
    m: &Messages,
    args: PlanArgs,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let bank = load_bank(g.bank.as_deref())?;
    let opts = options(g, m, &bank, true);
    let answers = load_answers(&args.file, &bank, m)?;
    let a = assess(&bank, &answers);
    let target = args
        .target
        .unwrap_or((a.stage.number + 1).min(bank.top_stage()));
    let planned = plan(&bank, &answers, target);
    let roadmap = roadmap(&planned, &a, target, bank.top_stage())?;
    let renderer = render::data_renderer(args.format.into());
    write(out, |w| renderer.plan(&roadmap, &opts, w))
}

/// What `plan` shows for the engine's answer; a stage the model does not have is a
/// usage error.
fn roadmap<'a>(
    planned: &'a Result<Plan, NoPlan>,
    a: &'a Assessment,
    target: u8,
    top: u8,
) -> Result<Roadmap<'a>, Error> {
    match planned {
        Ok(plan) => Ok(Roadmap::Changes {
            plan,
            assessment: a,
        }),
        Err(NoPlan::AlreadyThere { stage }) => Ok(Roadmap::AlreadyThere {
            stage: *stage,
            target,
            top,
        }),
        Err(NoPlan::NoSuchStage { target, top }) => Err(Error::Usage(msg!(
            "plan-no-such-stage",
            target = *target,
            top = *top
        ))),
    }
}

/// Reads and checks an answers file, saying on standard error what a file made for
/// another bank version loses.
fn load_answers(path: &Path, bank: &Bank, m: &Messages) -> Result<Answers, Error> {
    let (src, name) = read_input(path, InputKind::Answers)?;
    let answers = Answers::from_yaml(&src, &name, bank)?;
    if answers.bank_version != bank.meta.version {
        let note_msg = msg!(
            "note-other-version",
            file = &name,
            made_for = &answers.bank_version,
            version = &bank.meta.version
        );
        note(&m.render(&note_msg));
    }
    for dropped in &answers.dropped {
        note(&m.render(&msg!("note-left-out", what = m.render(dropped))));
    }
    Ok(answers)
}

fn assess_interactively(
    g: &Global,
    m: &Messages,
    args: AssessArgs,
    out: &mut dyn Write,
) -> Result<(), Error> {
    if !Terminal::available() {
        return Err(Error::Usage(msg!("usage-assess-needs-terminal")));
    }
    let bank = load_bank(g.bank.as_deref())?;
    let opts = options(g, m, &bank, false);
    let (answers, path) = match &args.resume {
        Some(path) => {
            let (src, name) = read_input(path, InputKind::Answers)?;
            let answers = Answers::from_yaml(&src, &name, &bank)?;
            for dropped in &answers.dropped {
                note(&m.render(&msg!("note-dropped", what = m.render(dropped))));
            }
            (answers, path.clone())
        }
        None => {
            let path = args.save.unwrap_or_else(default_save_path);
            if path.exists() {
                return Err(Error::Usage(msg!(
                    "usage-save-exists",
                    path = path.display().to_string()
                )));
            }
            (Answers::new(&bank, Some(today())), path)
        }
    };
    interrupt::on_ctrl_c(path.clone(), m.lang());
    let mut questionnaire = Questionnaire::new(&bank, answers, m);
    let mut terminal = Terminal::new(opts.color);
    let mut save = |a: &Answers| crate::atomic::write(&path, a.to_yaml().as_bytes());
    let asked = questionnaire
        .intro(&mut terminal, &path)
        .and_then(|()| save(&questionnaire.answers))
        .and_then(|()| questionnaire.run(&mut terminal, &mut save));
    match asked {
        Err(e) if e.kind() == io::ErrorKind::Interrupted => interrupt::stop(&path, m),
        Err(source) => return Err(Error::Write { path, source }),
        Ok(()) => {}
    }
    let assessment = assess(&bank, &questionnaire.answers);
    write(out, |w| {
        render::renderer(Format::Table).render(&assessment, &opts, w)
    })?;
    eprintln!(
        "\n{}",
        m.render(&msg!("assess-saved", path = path.display().to_string()))
    );
    Ok(())
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

/// What Ctrl-C does during the questionnaire: every answer is already saved, so
/// show the cursor, say where the answers are and how to go on, and exit 130.
mod interrupt {
    use std::path::{Path, PathBuf};
    use std::sync::Once;

    use crate::i18n::{Lang, Messages};
    use crate::msg;
    use crate::prompt::terminal::Terminal;

    static STOPPING: Once = Once::new();

    pub fn on_ctrl_c(path: PathBuf, lang: Lang) {
        // Failing to install the handler only loses the friendly message.
        let _ = ctrlc::set_handler(move || stop(&path, &Messages::shared(lang)));
    }

    pub fn stop(path: &Path, m: &Messages) -> ! {
        STOPPING.call_once(|| {
            Terminal::restore();
            let said = if path.exists() {
                msg!("assess-stopped", path = path.display().to_string())
            } else {
                msg!("assess-stopped-empty")
            };
            eprintln!("\n\n{}", m.render(&said));
        });
        std::process::exit(130)
    }
}

fn validate(path: Option<&Path>, m: &Messages, out: &mut dyn Write) -> Result<(), Error> {
    let bank = load_bank(path)?;
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
    write(out, |w| writeln!(w, "{}", m.render(&ok)))
}

fn load_bank(path: Option<&Path>) -> Result<Bank, Error> {
    match path {
        None => Bank::embedded(),
        Some(p) => {
            let (src, name) = read_input(p, InputKind::Bank)?;
            Bank::from_yaml(&src, &name)
        }
    }
}

fn options(g: &Global, m: &Messages, bank: &Bank, all: bool) -> RenderOptions {
    let lang = m.lang();
    if !bank.meta.languages.iter().any(|l| l == lang.code()) {
        let note_msg = msg!(
            "note-bank-language",
            lang = lang.code(),
            available = bank.meta.languages.join(", ")
        );
        note(&m.render(&note_msg));
    }
    let tty = io::stdout().is_terminal();
    let color = match g.color {
        _ if g.no_color => false,
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let width = tty.then(terminal_width).flatten().unwrap_or(100);
    RenderOptions {
        lang,
        color,
        width,
        all,
    }
}

/// The terminal's width: `COLUMNS` when set, else what the terminal reports.
fn terminal_width() -> Option<u16> {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok());
    let width = from_env.or_else(|| comfy_table::Table::new().width())?;
    Some(width.clamp(40, 200))
}

/// Reads a file, or standard input for `-`, as UTF-8 text.
fn read_input(path: &Path, kind: InputKind) -> Result<(String, String), Error> {
    let stdin = path == Path::new("-");
    let name = if stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let read_err = |source| Error::Read {
        kind,
        path: name.clone(),
        source,
    };
    let mut bytes = Vec::new();
    if stdin {
        io::stdin()
            .take(MAX_INPUT + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    } else {
        let file = std::fs::File::open(path).map_err(read_err)?;
        file.take(MAX_INPUT + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    }
    let invalid = |msg: Msg| Error::Invalid {
        kind,
        file: name.clone(),
        problems: vec![Problem::new(None, msg)],
    };
    if bytes.len() as u64 > MAX_INPUT {
        return Err(invalid(msg!(
            "error-too-large",
            mib = (MAX_INPUT >> 20) as usize
        )));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        invalid(msg!(
            "error-not-utf8",
            offset = e.utf8_error().valid_up_to()
        ))
    })?;
    Ok((text, name))
}

/// Renders into memory, then replaces `path` in one step (temporary file + rename).
fn write_file(path: &Path, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), Error> {
    let mut buf = Vec::new();
    f(&mut buf)
        .and_then(|()| crate::atomic::write(path, &buf))
        .map_err(|source| Error::Write {
            path: path.to_path_buf(),
            source,
        })
}

/// Renders into memory first, so a failure never leaves half a report behind.
fn write(
    out: &mut dyn Write,
    f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Error> {
    let mut buf = Vec::new();
    f(&mut buf)
        .and_then(|()| out.write_all(&buf))
        .and_then(|()| out.flush())
        .map_err(|source| Error::Write {
            path: PathBuf::from("<stdout>"),
            source,
        })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(super::civil_from_days(20_780), (2026, 11, 23));
    }
}
