//! `maturity questions`: the bank as a table for people or JSON for programs.

use std::io::{self, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use super::{Format, RenderOptions};
use crate::bank::{Bank, BankMeta, Dimension, Question, QuestionKind};

#[derive(Serialize)]
struct Listing<'b> {
    bank: &'b BankMeta,
    dimensions: &'b [Dimension],
    questions: &'b [Question],
}

pub fn render(
    bank: &Bank,
    format: Format,
    o: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Json => {
            let listing = Listing {
                bank: &bank.meta,
                dimensions: &bank.dimensions,
                questions: &bank.questions,
            };
            serde_json::to_writer_pretty(&mut *out, &listing)?;
            writeln!(out)
        }
        Format::Table => table(bank, o, out),
    }
}

fn table(bank: &Bank, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(o.width)
        .force_no_tty()
        .set_header(vec!["Question", "Dimension", "Kind", "Options (stage)"]);
    for q in &bank.questions {
        let options: Vec<String> = q
            .options
            .iter()
            .map(|op| format!("{} ({})", op.id, op.stage))
            .collect();
        let kind = match q.kind {
            QuestionKind::Single => "one",
            QuestionKind::Multi => "several",
            QuestionKind::YesNo => "yes/no",
        };
        t.add_row(vec![
            format!("{}\n{}", q.id, q.text.get(&o.lang)),
            q.dimension.clone(),
            kind.to_string(),
            options.join("\n"),
        ]);
    }
    writeln!(
        out,
        "{} {} — {} questions",
        bank.meta.title.get(&o.lang),
        bank.meta.version,
        bank.questions.len()
    )?;
    writeln!(out, "{t}")
}
