//! `plan` and `compare` in every format: the terminal text and JSON of the data
//! renderers, and documents to send, Markdown and a self-contained HTML page.

mod compare_html;
mod markdown;
mod page;
mod plan_html;
mod radar;

use std::io::{self, Write};

use super::{data_renderer, DataFormat, RenderOptions, Roadmap};
use crate::engine::compare::Comparison;

/// The formats of `plan` and `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    /// Text for a terminal.
    Table,
    /// JSON (shapes in the README).
    Json,
    /// GitHub-flavoured Markdown, for a ticket, a wiki or an email.
    Markdown,
    /// One self-contained web page, printable.
    Html,
}

/// `maturity plan` in `format`.
pub fn plan(
    r: &Roadmap,
    format: DocFormat,
    o: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        DocFormat::Table => data_renderer(DataFormat::Table).plan(r, o, out),
        DocFormat::Json => data_renderer(DataFormat::Json).plan(r, o, out),
        DocFormat::Markdown => markdown::plan(r, &uncoloured(o), out),
        DocFormat::Html => plan_html::page(r, &uncoloured(o), out),
    }
}

/// `maturity compare` in `format`.
pub fn compare(
    c: &Comparison,
    format: DocFormat,
    o: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        DocFormat::Table => data_renderer(DataFormat::Table).compare(c, o, out),
        DocFormat::Json => data_renderer(DataFormat::Json).compare(c, o, out),
        DocFormat::Markdown => markdown::compare(c, &uncoloured(o), out),
        DocFormat::Html => compare_html::page(c, &uncoloured(o), out),
    }
}

/// Documents carry no terminal colour codes, whatever the terminal.
fn uncoloured(o: &RenderOptions) -> RenderOptions {
    RenderOptions {
        color: false,
        ..o.clone()
    }
}

/// The arrow from before to after in text a reader lays out by direction: `←` in a
/// right-to-left language, whose sentences run that way.
fn to(o: &RenderOptions) -> &'static str {
    if o.lang.is_rtl() {
        "←"
    } else {
        "→"
    }
}

/// `s` with its arrows pointing the way the language reads.
fn directed(s: &str, o: &RenderOptions) -> String {
    s.replace('→', to(o))
}
