//! The terminal report: stage, dimension levels with bars, what stands between the
//! retailer and the next stage, ranked next steps, and how complete the answers are.

use std::io::{self, Write};

use comfy_table::{
    presets, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table as Grid,
};

use super::painter::{bar, reason_lines, step, Painter, BAR};
use super::{Render, RenderOptions};
use crate::engine::{Assessment, Gap, GapKind, Reason};
use crate::i18n::Msg;
use crate::msg;
use crate::text::{display_width, inert};

/// How many gaps and next steps are shown without `--all`.
const TOP: usize = 5;

pub struct Table;

impl Render for Table {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let p = Painter::new(o);
        header(a, &p, out)?;
        conflicts(a, &p, out)?;
        dimensions(a, &p, out)?;
        gaps(a, &p, out)?;
        next_steps(a, &p, out)?;
        completeness(a, &p, out)?;
        cohort(a, &p, out)
    }
}

fn header(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let title = p.msg(msg!(
        "report-stage-title",
        number = a.stage.number,
        total = a.stages,
        name = p.t(&a.stage.name)
    ));
    p.para(out, 0, &p.paint(&title, "1;32"))?;
    if let Some(confidence) = p.confidence(a) {
        p.para(out, 2, &p.paint(&confidence, "33"))?;
    }
    p.para(out, 2, &p.t(&a.stage.summary))?;
    if let Some(held) = p.held_back(a) {
        p.para(out, 2, &held)?;
    }
    let mut who: Vec<String> = a
        .retailer
        .iter()
        .chain(&a.date)
        .map(|s| inert(s).into_owned())
        .collect();
    who.push(p.msg(msg!(
        "report-bank",
        id = &a.bank.id,
        version = &a.bank.version
    )));
    p.para(out, 2, &p.paint(&who.join(" · "), "2"))
}

fn conflicts(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let found = p.conflicts(a);
    if found.is_empty() {
        return Ok(());
    }
    p.heading(out, &p.m.t("report-conflicts-heading"))?;
    for (text, answers) in found {
        let lead = format!("  {} ", p.paint("!", "33"));
        p.item(out, &lead, &text)?;
        for answer in answers {
            p.para(out, 4, &answer)?;
        }
    }
    Ok(())
}

fn dimensions(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.heading(out, &p.m.t("report-dimensions"))?;
    if p.o.lang.is_rtl() || !table_fits(a, p) {
        return dimension_list(a, p, out);
    }
    let mut grid = Grid::new();
    grid.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(p.o.width)
        .set_header(vec![
            p.m.t("report-col-dimension"),
            p.m.t("report-col-level"),
            String::new(),
            p.m.t("report-col-answered"),
        ]);
    grid.column_mut(2)
        .expect("four columns")
        .set_constraint(ColumnConstraint::ContentWidth);
    if p.o.color {
        grid.enforce_styling();
    } else {
        grid.force_no_tty();
    }
    let next = a.next_stage.as_ref().map_or(a.stage.number, |s| s.number);
    for d in &a.dimensions {
        let mut level = Cell::new(d.level).set_alignment(CellAlignment::Right);
        if p.o.color && d.level < next {
            level = level.fg(Color::Yellow);
        }
        grid.add_row(vec![
            Cell::new(p.t(&d.name)),
            level,
            Cell::new(bar(a, d.level)),
            Cell::new(format!("{}/{}", d.answered, d.questions))
                .set_alignment(CellAlignment::Right),
        ]);
    }
    writeln!(out, "{grid}")
}

/// Whether the dimension table fits the width with every name and heading on one
/// line; a table that must cut them is harder to read than the list.
fn table_fits(a: &Assessment, p: &Painter) -> bool {
    let name = a
        .dimensions
        .iter()
        .map(|d| display_width(&p.t(&d.name)))
        .chain([display_width(&p.m.t("report-col-dimension"))])
        .max()
        .unwrap_or(0);
    let level = display_width(&p.m.t("report-col-level"));
    let answered = display_width(&p.m.t("report-col-answered")).max("10/10".len());
    // Five borders, and a space either side of each of the four columns.
    name + level + BAR + answered + 13 <= usize::from(p.o.width)
}

/// Terminals draw Arabic without reordering and at widths table layout cannot
/// predict, so right-to-left reports (and narrow ones) list the dimensions instead:
/// the fixed-width bar, level and count first, the name last, where its width cannot
/// misalign anything.
fn dimension_list(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    for d in &a.dimensions {
        let counts = format!("{}/{}", d.answered, d.questions);
        let lead = format!("  {} {} {counts:>5}  ", bar(a, d.level), d.level);
        p.item(out, &lead, &p.t(&d.name))?;
    }
    Ok(())
}

fn gaps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let heading = p.gaps_heading(a);
    p.heading(out, &heading)?;
    let gates: Vec<&Gap> = a.gaps.iter().filter(|g| g.kind == GapKind::Gate).collect();
    // Answers already shown under a failed gate are not repeated.
    let under_gates: Vec<&str> = gates
        .iter()
        .flat_map(|g| &g.reasons)
        .filter_map(|r| match r {
            Reason::Answer { question, .. } => Some(question.as_str()),
            _ => None,
        })
        .collect();
    let weak: Vec<&Gap> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::Answer && !under_gates.contains(&g.id.as_str()))
        .collect();
    if gates.is_empty() && weak.is_empty() {
        return p.para(out, 2, &p.m.t("report-nothing-left"));
    }
    for g in &gates {
        let lead = format!("  {} ", p.paint("✗", "31"));
        p.item(out, &lead, &p.paint(&p.t(&g.title), "1"))?;
        p.para(out, 4, &p.t(&g.text))?;
        for r in &g.reasons {
            reason_lines(r, a, p, out, false)?;
        }
    }
    if weak.is_empty() {
        return Ok(());
    }
    let shown = if p.o.all {
        weak.len()
    } else {
        TOP.min(weak.len())
    };
    let target = a.next_stage.as_ref().map_or(a.stage.number, |s| s.number);
    let other = if gates.is_empty() { "no" } else { "yes" };
    writeln!(out)?;
    let line = p.msg(msg!(
        "report-weak-answers",
        other = other,
        stage = target,
        count = weak.len()
    ));
    p.para(out, 2, &line)?;
    for g in &weak[..shown] {
        p.item(out, "  • ", &p.t(&g.text))?;
        for r in &g.reasons {
            reason_lines(r, a, p, out, false)?;
        }
    }
    more(p, out, weak.len() - shown, "answers")
}

fn more(p: &Painter, out: &mut dyn Write, hidden: usize, what: &str) -> io::Result<()> {
    if hidden > 0 {
        p.para(
            out,
            2,
            &p.msg(msg!("report-more", count = hidden, what = what)),
        )?;
    }
    Ok(())
}

fn next_steps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.heading(out, &p.m.t("report-steps-heading"))?;
    if a.next_steps.is_empty() {
        return p.para(out, 2, &p.m.t("report-none"));
    }
    let shown = if p.o.all {
        a.next_steps.len()
    } else {
        a.next_steps.iter().filter(|s| s.in_top_five).count()
    };
    for s in &a.next_steps[..shown] {
        step(s, p, out)?;
    }
    more(p, out, a.next_steps.len() - shown, "steps")
}

fn completeness(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.completeness;
    p.heading(out, &p.m.t("report-completeness"))?;
    let line = msg!(
        "report-answered-count",
        answered = c.answered,
        questions = c.questions - c.skipped.len(),
        percent = c.percent
    );
    p.para(out, 2, &p.msg(line))?;
    for (id, list) in [
        ("report-unsure-list", &c.unsure),
        ("report-missing-list", &c.missing),
        ("report-skipped-list", &c.skipped),
    ] {
        if !list.is_empty() {
            let line = Msg {
                id,
                args: vec![("list", p.join(list).into())],
            };
            p.para(out, 2, &p.msg(line))?;
        }
    }
    if c.answered + c.skipped.len() < c.questions {
        p.para(out, 2, &p.m.t("report-unknown-explained"))?;
    }
    Ok(())
}

fn cohort(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let Some(c) = &a.cohort else { return Ok(()) };
    p.heading(out, &p.msg(msg!("cohort-heading", peers = c.peers)))?;
    let typical = a
        .ladder
        .iter()
        .find(|s| s.number == c.typical_stage)
        .map(|s| p.t(&s.name))
        .unwrap_or_default();
    let line = msg!(
        "cohort-stage",
        percentile = c.stage_percentile,
        typical = c.typical_stage,
        name = typical
    );
    p.para(out, 2, &p.msg(line))?;
    for (d, s) in a.dimensions.iter().zip(&c.dimensions) {
        let line = msg!(
            "cohort-dimension",
            name = p.t(&d.name),
            level = s.level,
            typical = s.typical,
            percentile = s.percentile
        );
        p.para(out, 2, &p.msg(line))?;
    }
    Ok(())
}
