//! `maturity plan`: the changes that reach a target stage, foundations first, each
//! framed goal first.

use std::collections::HashMap;
use std::io::{self, Write};

use super::painter::{quoted, step_lines, Painter};
use super::RenderOptions;
use crate::engine::plan::Plan;
use crate::engine::Assessment;
use crate::msg;
use crate::text::inert;

pub fn table(
    plan: &Plan,
    a: &Assessment,
    o: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
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
    writeln!(out, "{}", p.paint(&p.msg(title), "1;32"))?;
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
    let dimension = |id: &str| {
        a.dimensions
            .iter()
            .find(|d| d.id == id)
            .map(|d| p.t(&d.name))
            .unwrap_or_default()
    };
    // A step shared by several changes is written out once, at its first item.
    let mut first_item: HashMap<&str, usize> = HashMap::new();
    for (i, c) in plan.changes.iter().enumerate() {
        writeln!(out)?;
        let lead = format!("{}. ", i + 1);
        p.item(
            out,
            &lead,
            &p.paint(
                &format!("{} · {}", dimension(&c.dimension), p.t(&c.text)),
                "1",
            ),
        )?;
        let indent = lead.len();
        let now = match c.from_level {
            Some(_) if !c.from.is_empty() => msg!("plan-now", answer = quoted(&p, &c.from)),
            _ => msg!("plan-now-unknown"),
        };
        p.para(
            out,
            indent,
            &format!("{} [{}]", p.msg(now), inert(&c.question)),
        )?;
        let aim = msg!(
            "plan-aim",
            answer = quoted(&p, std::slice::from_ref(&c.to)),
            level = c.to_level
        );
        p.para(out, indent, &p.msg(aim))?;
        for s in &c.next_steps {
            match first_item.get(s.id.as_str()) {
                Some(item) => p.para(out, indent, &p.msg(msg!("plan-same-step", item = *item)))?,
                None => {
                    first_item.insert(&s.id, i + 1);
                    write!(out, "{:indent$}", "")?;
                    step_lines(s, false, None, indent, &p, out)?;
                }
            }
        }
    }
    Ok(())
}
