//! Renderers turn an [`Assessment`] into bytes, one small file per format, chosen in
//! [`renderer`]; the commands that print data rather than a report (explain, plan,
//! compare, questions) go through [`RenderData`], chosen in [`data_renderer`]. They
//! look nothing up: everything they show is in the value they are given. They do no
//! I/O beyond writing to the `Write` they are handed; where the bytes go is the
//! caller's business.

pub mod compare;
pub mod documents;
pub mod explain;
mod html;
mod json;
mod markdown;
mod painter;
pub mod plan;
pub mod questions;
mod report;
pub mod rows;
mod table;
pub(crate) mod yaml;

use std::io::{self, Write};

use crate::bank::Bank;
use crate::engine::compare::Comparison;
use crate::engine::Assessment;
use crate::i18n::Lang;

pub use plan::Roadmap;

/// How a report is drawn. Width and colour are explicit so output is reproducible.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Language of the texts to show.
    pub lang: Lang,
    /// ANSI colour; only ever true on a terminal without `NO_COLOR`.
    pub color: bool,
    /// Columns available for tables.
    pub width: u16,
    /// Show every gap and next step instead of the top few.
    pub all: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            lang: Lang::En,
            color: false,
            width: 80,
            all: false,
        }
    }
}

/// One output format for assessments.
pub trait Render {
    fn render(&self, a: &Assessment, opts: &RenderOptions, out: &mut dyn Write) -> io::Result<()>;
}

/// The output formats of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
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

/// Formats of the commands that print data rather than a report (explain, plan,
/// compare, questions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFormat {
    /// Text for a terminal.
    Table,
    /// JSON (shapes in the README).
    Json,
}

/// The one place a format becomes a renderer.
pub fn renderer(format: Format) -> Box<dyn Render> {
    match format {
        Format::Table => Box::new(table::Table),
        Format::Json => Box::new(json::Json),
        Format::Yaml => Box::new(yaml::Yaml),
        Format::Markdown => Box::new(markdown::Markdown),
        Format::Html => Box::new(html::Html),
        // Rows are written by `rows::Rows`; for one retailer they are a one-row batch.
        Format::Csv | Format::Jsonl => Box::new(json::Json),
    }
}

/// One output format for the commands that print data rather than a report. Every
/// format draws all four, so a command never formats anything itself.
pub trait RenderData {
    /// `maturity explain`: every gate and what decided it.
    fn explain(&self, a: &Assessment, opts: &RenderOptions, out: &mut dyn Write) -> io::Result<()>;
    /// `maturity plan`: the changes that reach a stage, or why none are needed.
    fn plan(&self, r: &Roadmap, opts: &RenderOptions, out: &mut dyn Write) -> io::Result<()>;
    /// `maturity compare`: how a retailer moved between two answers files.
    fn compare(&self, c: &Comparison, opts: &RenderOptions, out: &mut dyn Write) -> io::Result<()>;
    /// `maturity questions`: the bank's questions.
    fn questions(&self, bank: &Bank, opts: &RenderOptions, out: &mut dyn Write) -> io::Result<()>;
}

/// The one place a data format becomes a renderer.
pub fn data_renderer(format: DataFormat) -> Box<dyn RenderData> {
    match format {
        DataFormat::Table => Box::new(TableData),
        DataFormat::Json => Box::new(JsonData),
    }
}

/// Text for a terminal, in the options' language, width and colour.
struct TableData;

impl RenderData for TableData {
    fn explain(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        explain::table(a, o, out)
    }

    fn plan(&self, r: &Roadmap, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        plan::table(r, o, out)
    }

    fn compare(&self, c: &Comparison, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        compare::table(c, o, out)
    }

    fn questions(&self, bank: &Bank, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        questions::table(bank, o, out)
    }
}

/// Pretty JSON with a final newline; the shapes are in the README.
struct JsonData;

impl RenderData for JsonData {
    fn explain(&self, a: &Assessment, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        json(&a.explanation(), out)
    }

    fn plan(&self, r: &Roadmap, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        plan::json(r, out)
    }

    fn compare(&self, c: &Comparison, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        json(c, out)
    }

    fn questions(&self, bank: &Bank, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        json(&questions::Listing::of(bank), out)
    }
}

/// Any value as pretty JSON and a final newline, with no control character raw.
pub fn json<T: serde::Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    crate::text::json::to_writer_pretty(out, value)
}
