//! The terminal report: stage, dimension levels with bars, what stands between the
//! retailer and the next stage, ranked next steps, and how complete the answers are.

use std::io::{self, Write};

use comfy_table::{
    presets, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table as Grid,
};
use unicode_width::UnicodeWidthStr;

use super::{Render, RenderOptions};
use crate::bank::{Goal, Rating, Text};
use crate::engine::{Assessment, Gap, GapKind, RankedStep, Reason};
use crate::i18n::{Messages, Msg};
use crate::msg;
use crate::text::wrap;

/// How many gaps and next steps are shown without `--all`.
const TOP: usize = 5;
/// Width of a dimension's level bar.
const BAR: usize = 12;

pub struct Table;

impl Render for Table {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let p = Painter {
            o,
            m: Messages::new(o.lang),
        };
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
    m: Messages,
}

impl Painter<'_> {
    /// A bank text in the report's language.
    fn t<'a>(&self, text: &'a Text) -> &'a str {
        text.get(self.o.lang.code())
    }

    /// Items joined the way the language lists them.
    fn join<S: AsRef<str>>(&self, items: &[S]) -> String {
        let sep = self.m.t("report-list-separator");
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(&sep)
    }

    /// An interface message in the report's language.
    fn msg(&self, msg: Msg) -> String {
        self.m.render(&msg)
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
        self.item(out, &" ".repeat(indent), s)
    }
}

fn header(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let title = p.msg(msg!(
        "report-stage-title",
        number = a.stage.number,
        total = a.stages,
        name = p.t(&a.stage.name)
    ));
    writeln!(out, "{}", p.paint(&title, "1;32"))?;
    p.para(out, 2, p.t(&a.stage.summary))?;
    let mut who: Vec<String> = a.retailer.iter().chain(&a.date).cloned().collect();
    who.push(p.msg(msg!(
        "report-bank",
        id = &a.bank.id,
        version = &a.bank.version
    )));
    writeln!(out, "  {}", p.paint(&who.join(" · "), "2"))
}

fn bar(a: &Assessment, level: u8) -> String {
    let per_level = BAR / usize::from(a.stages.max(1));
    let filled = (usize::from(level) * per_level).min(BAR);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

fn dimensions(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.heading(out, &p.m.t("report-dimensions"))?;
    if p.o.lang.is_rtl() {
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

/// Terminals draw Arabic without reordering and at widths table layout cannot
/// predict, so right-to-left reports list the dimensions instead: the fixed-width
/// bar, level and count first, the name last, where its width cannot misalign
/// anything.
fn dimension_list(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    for d in &a.dimensions {
        let counts = format!("{}/{}", d.answered, d.questions);
        writeln!(
            out,
            "  {} {} {counts:>5}  {}",
            bar(a, d.level),
            d.level,
            p.t(&d.name)
        )?;
    }
    Ok(())
}

fn gaps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let heading = match &a.next_stage {
        Some(s) => p.msg(msg!(
            "report-gaps-heading",
            number = s.number,
            name = p.t(&s.name)
        )),
        None => p.m.t("report-top-stage"),
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
        return writeln!(out, "  {}", p.m.t("report-nothing-left"));
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
    let other = if gates.is_empty() { "no" } else { "yes" };
    writeln!(out)?;
    let line = p.msg(msg!(
        "report-weak-answers",
        other = other,
        stage = target,
        count = weak.len()
    ));
    writeln!(out, "  {line}")?;
    for g in &weak[..shown] {
        p.item(out, "  • ", p.t(&g.text))?;
        for r in &g.reasons {
            reason(r, a, p, out)?;
        }
    }
    more(p, out, weak.len() - shown, "answers")
}

fn more(p: &Painter, out: &mut dyn Write, hidden: usize, what: &str) -> io::Result<()> {
    if hidden > 0 {
        writeln!(
            out,
            "  {}",
            p.msg(msg!("report-more", count = hidden, what = what))
        )?;
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
            p.para(out, 4, &format!("{} [{question}]", p.t(text)))?;
            let said = match level {
                Some(l) if !chosen.is_empty() => {
                    let labels: Vec<String> = chosen
                        .iter()
                        .map(|c| format!("“{}”", p.t(&c.label)))
                        .collect();
                    msg!(
                        "report-answered",
                        answer = labels.join(" + "),
                        level = *l,
                        required = *required
                    )
                }
                _ => msg!("report-not-answered", required = *required),
            };
            p.para(out, 6, &p.msg(said))?;
            if let Some(n) = note {
                p.para(out, 6, &p.msg(msg!("report-note", note = n)))?;
            }
            if let Some(e) = evidence {
                p.para(out, 6, &p.msg(msg!("report-evidence", evidence = e)))?;
            }
        }
        Reason::Level {
            name,
            required,
            level,
            ..
        } => {
            let line = msg!(
                "report-level",
                name = p.t(name),
                level = *level,
                required = *required
            );
            p.para(out, 4, &p.msg(line))?;
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
            let line = msg!(
                "report-breadth",
                required = *required,
                actual = *actual,
                count = *count
            );
            p.para(out, 4, &p.msg(line))?;
            let line = msg!(
                "report-breadth-below",
                required = *required,
                names = p.join(&names)
            );
            p.para(out, 6, &p.msg(line))?;
        }
    }
    Ok(())
}

fn next_steps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.heading(out, &p.m.t("report-steps-heading"))?;
    if a.next_steps.is_empty() {
        return writeln!(out, "  {}", p.m.t("report-none"));
    }
    let shown = if p.o.all {
        a.next_steps.len()
    } else {
        TOP.min(a.next_steps.len())
    };
    for s in &a.next_steps[..shown] {
        step(s, p, out)?;
    }
    more(p, out, a.next_steps.len() - shown, "steps")
}

fn step(ranked: &RankedStep, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let s = &ranked.step;
    let goal = p.msg(msg!("report-goal", goal = p.m.t(goal_id(s.goal))));
    writeln!(out, "  {}. {}", ranked.rank, p.paint(&goal, "1"))?;
    p.para(
        out,
        5,
        &p.msg(msg!("report-strategy", text = p.t(&s.strategy))),
    )?;
    p.para(out, 5, &p.msg(msg!("report-tactic", text = p.t(&s.tactic))))?;
    p.para(out, 5, &p.msg(msg!("report-tool", text = p.t(&s.tool))))?;
    let tags = p.msg(msg!(
        "report-effort",
        effort = p.m.t(rating_id(s.effort)),
        impact = p.m.t(rating_id(s.impact)),
        opens = if ranked.unblocks_next_stage {
            "yes"
        } else {
            "no"
        }
    ));
    writeln!(out, "     {}", p.paint(&tags, "2"))
}

/// The message id naming a business goal.
pub(crate) fn goal_id(g: Goal) -> &'static str {
    match g {
        Goal::Revenue => "goal-revenue",
        Goal::Retention => "goal-retention",
        Goal::Clv => "goal-clv",
        Goal::Aov => "goal-aov",
        Goal::Profit => "goal-profit",
    }
}

fn rating_id(r: Rating) -> &'static str {
    match r {
        Rating::Low => "rating-low",
        Rating::Medium => "rating-medium",
        Rating::High => "rating-high",
    }
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
    writeln!(out, "  {}", p.msg(line))?;
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
