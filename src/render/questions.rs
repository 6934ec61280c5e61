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
/// can a narrow terminal fit the table without cutting ids, so they get a list: each
/// id on its line, its text under it, then its options with their stages.
fn list(bank: &Bank, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let lang = o.lang.code();
    for q in &bank.questions {
        writeln!(out, "{}", inert(&q.id))?;
        p.para(out, 2, &inert(q.text.get(lang)))?;
        for op in &q.options {
            let label = inert(op.label.get(lang));
            p.hanging(
                out,
                4,
                6,
                &format!("{} ({}): {label}", inert(&op.id), op.stage),
            )?;
        }
    }
    Ok(())
}

/// A question's options, one a line, each with the stage it evidences.
fn options(q: &Question) -> Vec<String> {
    q.options
        .iter()
        .map(|op| format!("{} ({})", op.id, op.stage))
        .collect()
}

/// The message id naming a question's kind.
fn kind_id(q: &Question) -> &'static str {
    match q.kind {
        QuestionKind::Single => "questions-kind-single",
        QuestionKind::Multi => "questions-kind-multi",
        QuestionKind::YesNo => "questions-kind-yes-no",
    }
}

/// Whether the table fits the width with every id, dimension, kind and option on
/// one line: the question column takes what is left.
fn table_fits(bank: &Bank, m: &Messages, o: &RenderOptions) -> bool {
    let widest = |header: &str, cells: Vec<String>| {
        cells
            .iter()
            .map(|c| display_width(c))
            .chain([display_width(&m.t(header))])
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
    let options = widest(
        "questions-col-options",
        qs.iter().flat_map(options).collect(),
    );
    // Five borders, and a space either side of each of the four columns.
    ids + dimensions + kinds + options + 13 <= usize::from(o.width)
}

/// The questions as a table (a list for right-to-left languages and narrow widths).
pub(super) fn table(bank: &Bank, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let m = Messages::shared(o.lang);
    let lang = o.lang.code();
    let title = msg!(
        "questions-title",
        title = bank.meta.title.get(lang),
        version = &bank.meta.version,
        count = bank.questions.len()
    );
    Painter::new(o).para(out, 0, &m.render(&title))?;
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
        t.add_row(vec![
            format!("{}\n{}", inert(&q.id), inert(q.text.get(lang))),
            q.dimension.clone(),
            m.t(kind_id(q)),
            options(q).join("\n"),
        ]);
    }
    writeln!(out, "{t}")
}
