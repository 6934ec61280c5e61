//! `maturity plan`: the changes that reach a target stage, foundations first, each
//! framed goal first; or why there is nothing to plan.

use std::collections::HashMap;
use std::io::{self, Write};

use super::painter::{quoted, step_lines, Painter};
use super::RenderOptions;
use crate::engine::plan::{Change, NoPlan, Plan};
use crate::engine::Assessment;
use crate::i18n::Messages;
use crate::msg;
use crate::text::inert;

/// What `maturity plan` shows.
#[derive(Debug)]
pub enum Roadmap<'a> {
    /// The changes that reach the target; the assessment names the stages and
    /// dimensions they mention.
    Changes {
        plan: &'a Plan,
        assessment: &'a Assessment,
    },
    /// The retailer is at `stage`, at or above `target`, already; `top` is the
    /// model's top stage.
    AlreadyThere { stage: u8, target: u8, top: u8 },
}

/// The plan, or `{"reason": "already-there", "stage": N}`.
pub(super) fn json(r: &Roadmap, out: &mut dyn Write) -> io::Result<()> {
    match r {
        Roadmap::Changes { plan, .. } => super::json(plan, out),
        Roadmap::AlreadyThere { stage, .. } => {
            super::json(&NoPlan::AlreadyThere { stage: *stage }, out)
        }
    }
}

pub(super) fn table(r: &Roadmap, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    match *r {
        Roadmap::Changes { plan, assessment } => changes(plan, assessment, o, out),
        Roadmap::AlreadyThere { stage, target, top } => {
            let m = Messages::new(o.lang);
            if stage >= top {
                return writeln!(out, "{}", m.render(&msg!("plan-at-top", stage = stage)));
            }
            let said = m.render(&msg!("plan-already", stage = stage, target = target));
            let next = m.render(&msg!("plan-try-target", next = stage + 1));
            writeln!(out, "{said}\n{next}")
        }
    }
}

fn changes(plan: &Plan, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let name = |n: u8| {
        a.ladder
            .iter()
            .find(|s| s.number == n)
            .map(|s| p.t(&s.name))
            .unwrap_or_default()
    };
    let title = msg!(
        "plan-title",
        from = plan.from_stage,
        from_name = name(plan.from_stage),
        target = plan.target,
        target_name = name(plan.target)
    );
    p.para(out, 0, &p.paint(&p.msg(title), "1;32"))?;
    let summary = msg!(
        "plan-summary",
        count = plan.changes.len(),
        steps = plan.total_step
    );
    p.para(out, 2, &p.msg(summary))?;
    if plan.lands_at > plan.target {
        let lands = msg!(
            "plan-lands-above",
            lands = plan.lands_at,
            name = name(plan.lands_at)
        );
        p.para(out, 2, &p.msg(lands))?;
    }
    // A step shared by several changes is written out once, at its first item.
    let mut first_item: HashMap<&str, usize> = HashMap::new();
    for (i, c) in plan.changes.iter().enumerate() {
        change(c, i + 1, a, &p, &mut first_item, out)?;
    }
    Ok(())
}

/// Item `n` of the plan: the question, the answer now and the aim, then the next
/// steps that lift it (or which earlier item already gave them).
fn change<'p>(
    c: &'p Change,
    n: usize,
    a: &Assessment,
    p: &Painter,
    first_item: &mut HashMap<&'p str, usize>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let dimension = a
        .dimensions
        .iter()
        .find(|d| d.id == c.dimension)
        .map(|d| p.t(&d.name))
        .unwrap_or_default();
    writeln!(out)?;
    let lead = format!("{n}. ");
    p.item(
        out,
        &lead,
        &p.paint(&format!("{dimension} · {}", p.t(&c.text)), "1"),
    )?;
    let indent = lead.len();
    let now = match c.from_level {
        Some(_) if !c.from.is_empty() => msg!("plan-now", answer = quoted(p, &c.from)),
        _ => msg!("plan-now-unknown"),
    };
    p.para(
        out,
        indent,
        &format!("{} [{}]", p.msg(now), inert(&c.question)),
    )?;
    let aim = msg!(
        "plan-aim",
        answer = quoted(p, std::slice::from_ref(&c.to)),
        level = c.to_level
    );
    p.para(out, indent, &p.msg(aim))?;
    for s in &c.next_steps {
        match first_item.get(s.id.as_str()) {
            Some(item) => p.para(out, indent, &p.msg(msg!("plan-same-step", item = *item)))?,
            None => {
                first_item.insert(&s.id, n);
                step_lines(s, false, None, &" ".repeat(indent), p, out)?;
            }
        }
    }
    Ok(())
}
