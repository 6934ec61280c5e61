//! The terminal report: stage, dimension table with bars, what stands between the
//! retailer and the next stage, ranked next steps, and how complete the answers are.

use std::io::{self, Write};

use comfy_table::{
    presets, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table as Grid,
};
use unicode_width::UnicodeWidthStr;

use crate::text::wrap;

use super::{Render, RenderOptions};
use crate::bank::{Goal, Rating};
use crate::engine::{Assessment, Gap, GapKind, RankedStep, Reason};

/// How many gaps and next steps are shown without `--all`.
const TOP: usize = 5;
/// Width of a dimension's level bar.
const BAR: usize = 12;

pub struct Table;

impl Render for Table {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let p = Painter { o };
        header(a, &p, out)?;
        dimensions(a, &p, out)?;
        gaps(a, &p, out)?;
        next_steps(a, &p, out)?;
        completeness(a, &p, out)
    }
}

/// Text helpers that honour the language, colour and width options.
struct Painter<'o> {
    o: &'o RenderOptions,
}

impl Painter<'_> {
    fn t<'a>(&self, text: &'a crate::bank::Text) -> &'a str {
        text.get(&self.o.lang)
    }

    fn paint(&self, s: &str, code: &str) -> String {
        if self.o.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn heading(&self, out: &mut dyn Write, s: &str) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", self.paint(s, "1"))
    }

    /// Writes `s` wrapped after `lead`, continuation lines aligned under its text.
    fn item(&self, out: &mut dyn Write, lead: &str, s: &str) -> io::Result<()> {
        let indent = lead.width();
        let width = usize::from(self.o.width).saturating_sub(indent).max(20);
        for (i, line) in wrap(s, width).into_iter().enumerate() {
            match i {
                0 => writeln!(out, "{lead}{line}")?,
                _ => writeln!(out, "{:indent$}{line}", "")?,
            }
        }
        Ok(())
    }

    /// Writes `s` wrapped to the width, every line indented by `indent`.
    fn para(&self, out: &mut dyn Write, indent: usize, s: &str) -> io::Result<()> {
        let width = usize::from(self.o.width).saturating_sub(indent).max(20);
        for line in wrap(s, width) {
            writeln!(out, "{:indent$}{line}", "")?;
        }
        Ok(())
    }
}

fn header(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let title = format!(
        "Stage {} of {}: {}",
        a.stage.number,
        a.stages,
        p.t(&a.stage.name)
    );
    writeln!(out, "{}", p.paint(&title, "1;32"))?;
    p.para(out, 2, p.t(&a.stage.summary))?;
    let mut who = Vec::new();
    if let Some(r) = &a.retailer {
        who.push(r.clone());
    }
    if let Some(d) = &a.date {
        who.push(d.clone());
    }
    who.push(format!("bank {} {}", a.bank.id, a.bank.version));
    writeln!(out, "  {}", p.paint(&who.join(" · "), "2"))
}

fn dimensions(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.heading(out, "Dimensions")?;
    let mut grid = Grid::new();
    grid.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(p.o.width)
        .set_header(vec!["Dimension", "Level", "", "Answered"]);
    grid.column_mut(2)
        .expect("four columns")
        .set_constraint(ColumnConstraint::ContentWidth);
    if !p.o.color {
        grid.force_no_tty();
    } else {
        grid.enforce_styling();
    }
    let next = a.next_stage.as_ref().map_or(a.stage.number, |s| s.number);
    for d in &a.dimensions {
        let per_level = BAR / usize::from(a.stages.max(1));
        let filled = (usize::from(d.level) * per_level).min(BAR);
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled));
        let mut level = Cell::new(d.level).set_alignment(CellAlignment::Right);
        if p.o.color && d.level < next {
            level = level.fg(Color::Yellow);
        }
        grid.add_row(vec![
            Cell::new(p.t(&d.name)),
            level,
            Cell::new(bar),
            Cell::new(format!("{}/{}", d.answered, d.questions))
                .set_alignment(CellAlignment::Right),
        ]);
    }
    writeln!(out, "{grid}")
}

fn gaps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let heading = match &a.next_stage {
        Some(s) => format!(
            "What stands between you and Stage {} ({})",
            s.number,
            p.t(&s.name)
        ),
        None => "You are at the top stage. Answers that still fall short of it".to_string(),
    };
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
        return writeln!(out, "  Nothing: every answer is at the top stage.");
    }
    for g in &gates {
        let lead = format!("  {} ", p.paint("✗", "31"));
        p.item(out, &lead, &p.paint(p.t(&g.title), "1"))?;
        p.para(out, 4, p.t(&g.text))?;
        for r in &g.reasons {
            reason(r, a, p, out)?;
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
    let other = if gates.is_empty() {
        "Answers"
    } else {
        "Other answers"
    };
    writeln!(out)?;
    writeln!(
        out,
        "  {other} below Stage {target}, weakest first ({}):",
        weak.len()
    )?;
    for g in &weak[..shown] {
        p.item(out, "  • ", p.t(&g.text))?;
        for r in &g.reasons {
            reason(r, a, p, out)?;
        }
    }
    more(out, weak.len() - shown, "answers")
}

fn more(out: &mut dyn Write, hidden: usize, what: &str) -> io::Result<()> {
    if hidden > 0 {
        writeln!(out, "  … and {hidden} more {what} (--all shows every one)")?;
    }
    Ok(())
}

fn reason(r: &Reason, a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    match r {
        Reason::Answer {
            question,
            text,
            required,
            level,
            chosen,
            note,
            evidence,
            ..
        } => {
            let answer = match (level, chosen.is_empty()) {
                (_, true) => "not answered or don't know".to_string(),
                (Some(l), false) => {
                    let labels: Vec<String> = chosen
                        .iter()
                        .map(|c| format!("\"{}\"", p.t(&c.label)))
                        .collect();
                    format!("{} (Stage {l})", labels.join(" + "))
                }
                (None, false) => "don't know".to_string(),
            };
            p.para(out, 4, &format!("{} [{question}]", p.t(text)))?;
            p.para(
                out,
                6,
                &format!("you answered {answer}; Stage {required} needs more"),
            )?;
            if let Some(n) = note {
                p.para(out, 6, &format!("your note: {n}"))?;
            }
            if let Some(e) = evidence {
                p.para(out, 6, &format!("evidence: {e}"))?;
            }
        }
        Reason::Level {
            name,
            required,
            level,
            ..
        } => {
            p.para(
                out,
                4,
                &format!("{} is at level {level}; needs {required}", p.t(name)),
            )?;
        }
        Reason::Breadth {
            count,
            required,
            actual,
            below,
            ..
        } => {
            let names: Vec<&str> = a
                .dimensions
                .iter()
                .filter(|d| below.contains(&d.id))
                .map(|d| p.t(&d.name))
                .collect();
            let line =
                format!("dimensions at level {required} or above: {actual}; needed: {count}");
            p.para(out, 4, &line)?;
            p.para(
                out,
                6,
                &format!("below level {required}: {}", names.join(", ")),
            )?;
        }
    }
    Ok(())
}

fn next_steps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.heading(out, "Next steps, most valuable first")?;
    if a.next_steps.is_empty() {
        return writeln!(out, "  None.");
    }
    let shown = if p.o.all {
        a.next_steps.len()
    } else {
        TOP.min(a.next_steps.len())
    };
    for s in &a.next_steps[..shown] {
        step(s, p, out)?;
    }
    more(out, a.next_steps.len() - shown, "next steps")
}

fn step(ranked: &RankedStep, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let s = &ranked.step;
    let goal = goal_name(s.goal);
    let lead = format!("  {}. ", ranked.rank);
    writeln!(out, "{lead}{}", p.paint(&format!("Goal: {goal}"), "1"))?;
    p.para(out, 5, &format!("Strategy: {}", p.t(&s.strategy)))?;
    p.para(out, 5, &format!("Tactic: {}", p.t(&s.tactic)))?;
    p.para(out, 5, &format!("Tool: {}", p.t(&s.tool)))?;
    let mut tags = format!("Effort {}, impact {}", rating(s.effort), rating(s.impact));
    if ranked.unblocks_next_stage {
        tags.push_str(", opens the next stage");
    }
    writeln!(out, "     {}", p.paint(&tags, "2"))
}

pub(crate) fn goal_name(g: Goal) -> &'static str {
    match g {
        Goal::Revenue => "revenue",
        Goal::Retention => "customer retention",
        Goal::Clv => "customer lifetime value",
        Goal::Aov => "average order value",
        Goal::Profit => "profit",
    }
}

fn rating(r: Rating) -> &'static str {
    match r {
        Rating::Low => "low",
        Rating::Medium => "medium",
        Rating::High => "high",
    }
}

fn completeness(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.completeness;
    p.heading(out, "Completeness")?;
    writeln!(
        out,
        "  {} of {} questions answered ({}%)",
        c.answered, c.questions, c.percent
    )?;
    if !c.unsure.is_empty() {
        p.para(
            out,
            2,
            &format!("Don't know / not applicable: {}", c.unsure.join(", ")),
        )?;
    }
    if !c.missing.is_empty() {
        p.para(out, 2, &format!("Not answered: {}", c.missing.join(", ")))?;
    }
    if c.answered < c.questions {
        p.para(out, 2, "Unknown answers count as no evidence: they can only hold the stage down, never raise it.")?;
    }
    Ok(())
}
