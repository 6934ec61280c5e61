//! `maturity questions`: the bank as a table for people or JSON for programs.

use std::io::{self, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use super::RenderOptions;
use crate::bank::{Bank, BankMeta, Dimension, Question, QuestionKind};
use crate::i18n::Messages;
use crate::msg;
use crate::text::{inert, wrap};

/// Below this width the four columns of the table leave too little room for the
/// options: the questions are listed instead.
const NARROW: u16 = 80;

/// What the JSON of `maturity questions` holds: the bank's description, dimensions
/// and questions, without its gates and next steps.
#[derive(Serialize)]
pub(super) struct Listing<'b> {
    bank: &'b BankMeta,
    dimensions: &'b [Dimension],
    questions: &'b [Question],
}

impl<'b> Listing<'b> {
    pub(super) fn of(bank: &'b Bank) -> Self {
        Listing {
            bank: &bank.meta,
            dimensions: &bank.dimensions,
            questions: &bank.questions,
        }
    }
}

/// Right-to-left text cannot be laid out in a terminal table (see `table.rs`), nor
/// can a narrow terminal hold four columns, so these get a list: the id first on each
/// line, the text wrapped to the width under it.
fn list(bank: &Bank, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let lang = o.lang.code();
    let width = usize::from(o.width);
    let item = |out: &mut dyn Write, indent: usize, text: String| -> io::Result<()> {
        for (i, line) in wrap(&text, width.saturating_sub(indent + 4).max(20))
            .iter()
            .enumerate()
        {
            let pad = if i == 0 { indent } else { indent + 4 };
            writeln!(out, "{:pad$}{line}", "")?;
        }
        Ok(())
    };
    for q in &bank.questions {
        item(
            out,
            0,
            format!("{}  {}", inert(&q.id), inert(q.text.get(lang))),
        )?;
        for op in &q.options {
            let label = inert(op.label.get(lang));
            item(out, 4, format!("{} ({}): {label}", inert(&op.id), op.stage))?;
        }
    }
    Ok(())
}

/// The questions as a table (a list for right-to-left languages).
pub(super) fn table(bank: &Bank, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let m = Messages::shared(o.lang);
    let lang = o.lang.code();
    let title = msg!(
        "questions-title",
        title = bank.meta.title.get(lang),
        version = &bank.meta.version,
        count = bank.questions.len()
    );
    writeln!(out, "{}", m.render(&title))?;
    if o.lang.is_rtl() || o.width < NARROW {
        return list(bank, o, out);
    }
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(o.width)
        .force_no_tty()
        .set_header(vec![
            m.t("questions-col-question"),
            m.t("questions-col-dimension"),
            m.t("questions-col-kind"),
            m.t("questions-col-options"),
        ]);
    for q in &bank.questions {
        let options: Vec<String> = q
            .options
            .iter()
            .map(|op| format!("{} ({}): {}", op.id, op.stage, inert(op.label.get(lang))))
            .collect();
        let kind = m.t(match q.kind {
            QuestionKind::Single => "questions-kind-single",
            QuestionKind::Multi => "questions-kind-multi",
            QuestionKind::YesNo => "questions-kind-yes-no",
        });
        t.add_row(vec![
            format!("{}\n{}", inert(&q.id), inert(q.text.get(lang))),
            q.dimension.clone(),
            kind,
            options.join("\n"),
        ]);
    }
    writeln!(out, "{t}")
}
