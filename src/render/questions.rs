//! `maturity questions`: the bank as a table for people or JSON for programs.

use std::io::{self, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use super::painter::Painter;
use super::RenderOptions;
use crate::bank::{Bank, BankMeta, Dimension, Question, QuestionKind};
use crate::i18n::Messages;
use crate::msg;
use crate::text::{display_width, inert};

/// The least room the options column needs beside the others: its option ids and
/// stages on one line, their texts wrapped under them.
const OPTIONS_ROOM: usize = 36;

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
    let p = Painter::new(o);
    for q in &bank.questions {
        let question = format!("{}  {}", inert(&q.id), inert(q.text.get(lang)));
        p.hanging(out, 0, 4, &question)?;
        for op in &q.options {
            let label = inert(op.label.get(lang));
            let option = format!("{} ({}): {label}", inert(&op.id), op.stage);
            p.hanging(out, 4, 8, &option)?;
        }
    }
    Ok(())
}

/// The message id naming a question's kind.
fn kind_id(q: &Question) -> &'static str {
    match q.kind {
        QuestionKind::Single => "questions-kind-single",
        QuestionKind::Multi => "questions-kind-multi",
        QuestionKind::YesNo => "questions-kind-yes-no",
    }
}

/// Whether the table fits the width with every id, dimension and kind on one line,
/// and room beside them for the options.
fn table_fits(bank: &Bank, m: &Messages, o: &RenderOptions) -> bool {
    let widest = |header: &str, cells: Vec<String>| {
        cells
            .iter()
            .chain([&m.t(header)])
            .map(|c| display_width(c))
            .max()
            .unwrap_or(0)
    };
    let qs = &bank.questions;
    let ids = widest(
        "questions-col-question",
        qs.iter().map(|q| q.id.clone()).collect(),
    );
    let dimensions = widest(
        "questions-col-dimension",
        qs.iter().map(|q| q.dimension.clone()).collect(),
    );
    let kinds = widest(
        "questions-col-kind",
        qs.iter().map(|q| m.t(kind_id(q))).collect(),
    );
    // Five borders, and a space either side of each of the four columns.
    ids + dimensions + kinds + OPTIONS_ROOM + 13 <= usize::from(o.width)
}

/// The questions as a table (a list for right-to-left languages).
pub(super) fn table(bank: &Bank, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let m = Messages::new(o.lang);
    let lang = o.lang.code();
    let title = msg!(
        "questions-title",
        title = bank.meta.title.get(lang),
        version = &bank.meta.version,
        count = bank.questions.len()
    );
    Painter::new(o).para(out, 0, &inert(&m.render(&title)))?;
    if o.lang.is_rtl() || !table_fits(bank, &m, o) {
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
        let kind = m.t(kind_id(q));
        t.add_row(vec![
            format!("{}\n{}", inert(&q.id), inert(q.text.get(lang))),
            q.dimension.clone(),
            kind,
            options.join("\n"),
        ]);
    }
    writeln!(out, "{t}")
}
