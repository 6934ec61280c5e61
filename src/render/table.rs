//! The terminal report: stage, dimension levels with bars, what stands between the
//! retailer and the next stage, ranked next steps, and how complete the answers are.

use std::io::{self, Write};

use comfy_table::{
    presets, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table as Grid,
};

use super::painter::{bar, Painter, BAR};
use super::report::{Report, Why};
use super::{Render, RenderOptions};
use crate::engine::Assessment;
use crate::text::display_width;

pub struct Table;

impl Render for Table {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let p = Painter::new(o);
        let r = Report::new(a, o);
        header(&r, &p, out)?;
        conflicts(&r, &p, out)?;
        dimensions(a, &r, &p, out)?;
        gaps(&r, &p, out)?;
        next_steps(&r, &p, out)?;
        completeness(&r, &p, out)?;
        cohort(&r, &p, out)
    }
}

fn header(r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.para(out, 0, &p.paint(&r.title, "1;32"))?;
    if let Some(confidence) = &r.confidence {
        p.para(out, 2, &p.paint(&confidence.ids, "33"))?;
    }
    p.para(out, 2, &r.summary)?;
    if let Some(held) = &r.held_back {
        p.para(out, 2, held)?;
    }
    let who: Vec<&str> = r
        .retailer
        .iter()
        .chain(&r.date)
        .chain([&r.bank])
        .map(String::as_str)
        .collect();
    p.para(out, 2, &p.paint(&who.join(" · "), "2"))
}

fn conflicts(r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    if r.conflicts.found.is_empty() {
        return Ok(());
    }
    p.heading(out, &r.conflicts.heading)?;
    for c in &r.conflicts.found {
        let lead = format!("  {} ", p.paint("!", "33"));
        p.item(out, &lead, &c.text)?;
        for (question, said) in &c.answers {
            p.para(out, 4, &format!("{}: {said}", question.with_id()))?;
        }
    }
    Ok(())
}

fn dimensions(a: &Assessment, r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let d = &r.dimensions;
    p.heading(out, &d.heading)?;
    if r.rtl || !table_fits(r, p) {
        return dimension_list(a, r, p, out);
    }
    let mut grid = Grid::new();
    grid.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(p.o.width)
        .set_header(vec![
            d.cols[0].clone(),
            d.cols[1].clone(),
            String::new(),
            d.cols[2].clone(),
        ]);
    grid.column_mut(2)
        .expect("four columns")
        .set_constraint(ColumnConstraint::ContentWidth);
    if p.o.color {
        grid.enforce_styling();
    } else {
        grid.force_no_tty();
    }
    let next = d.next.as_ref().map_or(r.stage, |n| n.0);
    for row in &d.rows {
        let mut level = Cell::new(row.level).set_alignment(CellAlignment::Right);
        if p.o.color && row.level < next {
            level = level.fg(Color::Yellow);
        }
        grid.add_row(vec![
            Cell::new(&row.name),
            level,
            Cell::new(bar(a, row.level)),
            Cell::new(format!("{}/{}", row.answered, row.questions))
                .set_alignment(CellAlignment::Right),
        ]);
    }
    writeln!(out, "{grid}")
}

/// Whether the dimension table fits the width with every name and heading on one
/// line; a table that must cut them is harder to read than the list.
fn table_fits(r: &Report, p: &Painter) -> bool {
    let d = &r.dimensions;
    let name = d
        .rows
        .iter()
        .map(|row| display_width(&row.name))
        .chain([display_width(&d.cols[0])])
        .max()
        .unwrap_or(0);
    let level = display_width(&d.cols[1]);
    let answered = display_width(&d.cols[2]).max("10/10".len());
    // Five borders, and a space either side of each of the four columns.
    name + level + BAR + answered + 13 <= usize::from(p.o.width)
}

/// Terminals draw Arabic without reordering and at widths table layout cannot
/// predict, so right-to-left reports (and narrow ones) list the dimensions instead:
/// the fixed-width bar, level and count first, the name last, where its width cannot
/// misalign anything.
fn dimension_list(a: &Assessment, r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    for d in &r.dimensions.rows {
        let counts = format!("{}/{}", d.answered, d.questions);
        let lead = format!("  {} {} {counts:>5}  ", bar(a, d.level), d.level);
        p.item(out, &lead, &d.name)?;
    }
    Ok(())
}

/// A gate's condition: its head line, then what was answered, the note, the evidence.
fn why(w: &Why, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let head = match w {
        Why::Answer { question, .. } => question.with_id(),
        Why::Other { line, .. } => line.clone(),
    };
    p.para(out, 4, &head)?;
    for d in w.details() {
        p.para(out, 6, &d.plain())?;
    }
    Ok(())
}

fn gaps(r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let g = &r.gaps;
    p.heading(out, &g.heading)?;
    if let Some(nothing) = &g.nothing {
        return p.para(out, 2, nothing);
    }
    for gate in &g.gates {
        let lead = format!("  {} ", p.paint("✗", "31"));
        p.item(out, &lead, &p.paint(&gate.title, "1"))?;
        p.para(out, 4, &gate.text)?;
        for w in &gate.reasons {
            why(w, p, out)?;
        }
    }
    let Some(weak) = &g.weak else { return Ok(()) };
    writeln!(out)?;
    p.para(out, 2, &weak.heading)?;
    for item in &weak.items {
        p.item(out, "  • ", &item.text)?;
        for w in &item.reasons {
            why(w, p, out)?;
        }
    }
    more(p, out, weak.more.as_deref())
}

fn more(p: &Painter, out: &mut dyn Write, more: Option<&str>) -> io::Result<()> {
    match more {
        Some(more) => p.para(out, 2, more),
        None => Ok(()),
    }
}

fn next_steps(r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let s = &r.steps;
    p.heading(out, &s.heading)?;
    if let Some(none) = &s.none {
        return p.para(out, 2, none);
    }
    for step in &s.shown {
        let lead = format!("  {}. ", step.rank);
        p.item(out, &lead, &p.paint(&step.title, "1"))?;
        let indent = display_width(&lead);
        for line in step.why.iter().chain(&step.facts) {
            p.para(out, indent, line)?;
        }
        p.para(out, indent, &p.paint(&step.tags, "2"))?;
    }
    more(p, out, s.more.as_deref())
}

fn completeness(r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let c = &r.completeness;
    p.heading(out, &c.heading)?;
    p.para(out, 2, &c.line)?;
    for list in &c.lists {
        p.para(out, 2, &list.ids)?;
    }
    match &c.explained {
        Some(explained) => p.para(out, 2, explained),
        None => Ok(()),
    }
}

fn cohort(r: &Report, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let Some(c) = &r.cohort else { return Ok(()) };
    p.heading(out, &c.heading)?;
    p.para(out, 2, &c.stage)?;
    for line in &c.lines {
        p.para(out, 2, line)?;
    }
    Ok(())
}
