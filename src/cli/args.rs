//! The command line as clap sees it: subcommands, their arguments and the options
//! every command shares. Value enums here map onto the library's plain enums, so the
//! library itself knows nothing of clap. No behaviour lives here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::values::{LangParser, StageParser};
use crate::i18n::Lang;
use crate::render::documents::DocFormat;
use crate::render::{DataFormat, Format};
use crate::schema::SchemaOf;

#[derive(Debug, Parser)]
#[command(
    name = "maturity",
    version,
    about = "Where does your store's marketing stand on the eCommerce Marketing Maturity Model, what holds it back, and what to do next.",
    after_help = "Start with `maturity init answers.yaml` (every question, its options and `unsure` to replace), or `maturity example 3` for a filled-in file; then run `maturity score answers.yaml`. `maturity questions` lists the questions and what each option means.\n\nExit codes:\n  0    success\n  1    internal error, or the output could not be written\n  2    bad input or usage\n  3    a retailer is below --min-stage\n  130  the questionnaire was stopped with Ctrl-C (every answer is kept)"
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
    /// Language, as a code or a tag in any case (`zh`, `zh-CN`, `AR`, `tr-TR`)
    /// [default: from LC_ALL, LC_MESSAGES or LANG, else en].
    #[arg(long, global = true, value_name = "CODE", value_parser = LangParser)]
    pub lang: Option<Lang>,
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
    /// Print the manual page (roff), or write one page per command to a folder.
    Man(ManArgs),
    /// Print a JSON Schema of the bank or answers file format, for editors.
    Schema(SchemaArgs),
    /// Write an answers file to fill in: every question, its options and `unsure`.
    Init(InitArgs),
    /// Print a filled-in example answers file, or a JSON Lines sample of several.
    Example(ExampleArgs),
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
    /// Exit with code 3 when a retailer is below stage N (errors keep their own codes);
    /// N is a stage of the bank.
    #[arg(long, value_name = "N", value_parser = StageParser::MODEL)]
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
    #[arg(long, value_name = "N", value_parser = StageParser::ANY)]
    pub target: Option<u8>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DocFormatArg::Table)]
    pub format: DocFormatArg,
    /// Write the output to PATH (atomically) instead of standard output.
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
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
    #[arg(long, short, value_enum, default_value_t = DocFormatArg::Table)]
    pub format: DocFormatArg,
    /// Write the output to PATH (atomically) instead of standard output.
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct QuestionsArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DataFormatArg::Table)]
    pub format: DataFormatArg,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Bank file to check; without it, the --bank file or the built-in bank.
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command (maturity.1, maturity-score.1, ...) into DIR
    /// instead of printing the main page.
    #[arg(long, short, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the answers file; `-` or nothing prints it.
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    /// Replace PATH if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ExampleArgs {
    /// A stage (1 to 4) or an example's name, as `--list` shows them [default: 3].
    #[arg(value_name = "STAGE|NAME", conflicts_with_all = ["list", "jsonl"])]
    pub which: Option<String>,
    /// List the examples: name, stage and retailer.
    #[arg(long)]
    pub list: bool,
    /// Every example as JSON Lines, one retailer a line, for `score --jsonl -` or
    /// `--cohort`.
    #[arg(long, conflicts_with = "list")]
    pub jsonl: bool,
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

/// `--format` of `plan` and `compare`: the data formats, and documents to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormatArg {
    /// Text for a terminal.
    Table,
    /// JSON (shapes in the README).
    Json,
    /// GitHub-flavoured Markdown, for a ticket, a wiki or an email.
    Markdown,
    /// One self-contained web page, printable.
    Html,
}

impl From<DocFormatArg> for DocFormat {
    fn from(f: DocFormatArg) -> DocFormat {
        match f {
            DocFormatArg::Table => DocFormat::Table,
            DocFormatArg::Json => DocFormat::Json,
            DocFormatArg::Markdown => DocFormat::Markdown,
            DocFormatArg::Html => DocFormat::Html,
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
