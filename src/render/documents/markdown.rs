//! `plan` and `compare` as GitHub-flavoured Markdown: headings, a table and lists,
//! every text from a file escaped so that it shows as written, never as markup.

use std::io::{self, Write};

use super::{directed, to};
use crate::engine::compare::Comparison;
use crate::msg;
use crate::render::compare::{
    answer_head, answer_sides, arrow, gap_groups, gap_line, medians_note, movement, notes,
    other_retailer, title as compare_title, who as compare_who, STEPS,
};
use crate::render::painter::{step_text, Painter};
use crate::render::plan::{
    items, nothing_to_plan, summary, title as plan_title, who, Item, Outcome,
};
use crate::render::{RenderOptions, Roadmap};
use crate::text::inert;

/// Text shown as written: the characters Markdown or HTML could read as markup get
/// a backslash (and a start that could open a list or a heading), line breaks become
/// spaces so a list item stays one.
fn md(s: &str) -> String {
    const MARKUP: &str = "\\`*_[]<>|#~&";
    let text = inert(s);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let opens_block = match text[digits..].chars().next() {
        Some('.' | ')') => digits > 0,
        Some('-' | '+') => digits == 0,
        _ => false,
    };
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '\n' | '\r' => out.push(' '),
            c if MARKUP.contains(c) || (opens_block && i == digits) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

pub(super) fn plan(r: &Roadmap, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let a = r.assessment;
    let plan = match r.outcome {
        Outcome::Changes(plan) => plan,
        Outcome::AlreadyThere { stage, target, top } => {
            let heading = who(&a.retailer, &a.date).unwrap_or_default();
            writeln!(
                out,
                "# {}\n",
                md(&p.msg(msg!("plan-page-title", who = heading)))
            )?;
            for line in nothing_to_plan(&p, stage, target, top) {
                writeln!(out, "{}\n", md(&line))?;
            }
            return Ok(());
        }
    };
    writeln!(out, "# {}\n", md(&plan_title(plan, a, &p)))?;
    if let Some(who) = who(&a.retailer, &a.date) {
        writeln!(out, "*{}*\n", md(&who))?;
    }
    for line in summary(plan, a, &p) {
        writeln!(out, "{}\n", md(&line))?;
    }
    for item in items(plan, a, &p) {
        change(&item, &p, out)?;
    }
    Ok(())
}

/// An item of the plan under a heading of its own: the answer now and the aim,
/// then each next step, or which item gave it already.
fn change(item: &Item, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## {}. {}\n", item.n, md(&item.title))?;
    let id = md(&format!("[{}]", item.question));
    writeln!(out, "- {} {id}\n- {}\n", md(&item.now), md(&item.aim))?;
    for (s, earlier) in &item.steps {
        if let Some(at) = earlier {
            let same = p.msg(msg!("plan-same-step", item = *at));
            writeln!(out, "{}\n", md(&same))?;
            continue;
        }
        let (title, body, tags) = step_text(s, false, None, p);
        writeln!(out, "**{}**\n", md(&title))?;
        for line in body {
            writeln!(out, "- {}", md(&line))?;
        }
        writeln!(out, "\n*{}*\n", md(&tags))?;
    }
    Ok(())
}

pub(super) fn compare(c: &Comparison, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    writeln!(out, "# {}\n", md(&directed(&compare_title(c, &p), o)))?;
    if let Some(who) = compare_who(c, to(o), |s| s.to_string()) {
        writeln!(out, "*{}*\n", md(&who))?;
    }
    let warning = other_retailer(c, &p);
    for line in notes(c, &p) {
        match &warning {
            Some(w) if *w == line => writeln!(out, "> **{}**\n", md(w))?,
            _ => writeln!(out, "{}\n", md(&line))?,
        }
    }
    dimensions(c, &p, out)?;
    answers(c, &p, out)?;
    for group in gap_groups(c, &p) {
        writeln!(out, "## {}\n", md(&group.heading))?;
        if let Some(why) = &group.why {
            writeln!(out, "{}\n", md(why))?;
        }
        if group.gaps.is_empty() && group.more.is_none() {
            writeln!(out, "{}\n", md(&p.m.t("compare-none")))?;
            continue;
        }
        for g in &group.gaps {
            writeln!(out, "- {}", md(&gap_line(g, &p)))?;
        }
        if let Some(more) = &group.more {
            writeln!(out, "- {}", md(more))?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## {}\n", md(&p.m.t("compare-steps")))?;
    for s in c.next_steps.iter().take(STEPS) {
        let why = s.why_first.as_ref();
        let (title, body, tags) = step_text(&s.step, s.unblocks_next_stage, why, &p);
        writeln!(out, "{}. **{}**", s.rank, md(&title))?;
        for line in body {
            writeln!(out, "   - {}", md(&line))?;
        }
        writeln!(out, "   - *{}*", md(&tags))?;
    }
    Ok(())
}

/// The dimensions as a table: before, after, and the movement.
fn dimensions(c: &Comparison, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## {}\n", md(&p.m.t("compare-dimensions")))?;
    let head = [
        "report-col-dimension",
        "compare-col-before",
        "compare-col-after",
        "compare-col-change",
    ]
    .map(|id| md(&p.m.t(id)));
    writeln!(out, "| {} |\n|---|---:|---:|---|", head.join(" | "))?;
    for d in &c.dimensions {
        let (name, change) = (md(&p.t(&d.name)), md(&arrow(p, d.change)));
        writeln!(out, "| {name} | {} | {} | {change} |", d.before, d.after)?;
    }
    writeln!(out)?;
    if let Some(note) = medians_note(c, p) {
        writeln!(out, "{}\n", md(&note))?;
    }
    Ok(())
}

/// Each changed answer: the question, before and after, and how it moved.
fn answers(c: &Comparison, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let heading = p.msg(msg!("compare-answers", count = c.answers.len()));
    writeln!(out, "## {}\n", md(&heading))?;
    if c.answers.is_empty() {
        return writeln!(out, "{}\n", md(&p.m.t("compare-none")));
    }
    for a in &c.answers {
        writeln!(out, "- **{}**  ", md(&answer_head(a, c, p)))?;
        let sides = answer_sides(a, p, to(p.o));
        writeln!(out, "  {}: *{}*", md(&sides), md(&movement(a, p)))?;
    }
    writeln!(out)
}
