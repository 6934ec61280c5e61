//! Renderers turn an [`Assessment`] into bytes, one small file per format, chosen in
//! [`renderer`]. They look nothing up: everything they show is in the assessment.

pub mod compare;
pub mod explain;
mod html;
mod json;
mod markdown;
mod painter;
pub mod plan;
pub mod questions;
pub mod rows;
mod table;
mod yaml;

use std::io::{self, Write};

use crate::engine::Assessment;
use crate::i18n::Lang;

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
            width: 100,
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
