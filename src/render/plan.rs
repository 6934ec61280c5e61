//! `maturity plan`: the changes that reach a target stage, foundations first, each
//! framed goal first; or why there is nothing to plan.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::painter::{quoted, step_lines, Painter};
use super::RenderOptions;
use crate::bank::NextStep;
use crate::engine::plan::{Change, NoPlan, Plan};
use crate::engine::{Assessment, StageRef};
use crate::msg;
use crate::text::inert;

/// What `maturity plan` shows: the retailer's assessment (who, when, the stages and
/// dimensions the plan mentions) and the plan or why there is none.
#[derive(Debug)]
pub struct Roadmap<'a> {
    pub assessment: &'a Assessment,
    pub outcome: Outcome<'a>,
}

#[derive(Debug)]
pub enum Outcome<'a> {
    /// The changes that reach the target.
    Changes(&'a Plan),
    /// The retailer is at `stage`, at or above `target`, already; `top` is the
    /// model's top stage.
    AlreadyThere { stage: u8, target: u8, top: u8 },
}

/// The JSON of a plan: who and when, then the plan's own fields.
#[derive(Serialize)]
struct Json<'a, T: Serialize> {
    retailer: &'a Option<String>,
    date: &'a Option<String>,
    #[serde(flatten)]
    body: T,
}

/// The plan, or `{"reason": "already-there", "stage": N}`, with the retailer and date.
pub(super) fn json(r: &Roadmap, out: &mut dyn Write) -> io::Result<()> {
    let (retailer, date) = (&r.assessment.retailer, &r.assessment.date);
    match r.outcome {
        Outcome::Changes(plan) => super::json(
            &Json {
                retailer,
                date,
                body: plan,
            },
            out,
        ),
        Outcome::AlreadyThere { stage, .. } => {
            let body = NoPlan::AlreadyThere { stage };
            super::json(
                &Json {
                    retailer,
                    date,
                    body,
                },
                out,
            )
        }
    }
}

/// The sentences for a retailer with nothing to plan: at the top, or at the target
/// already and how to plan further.
pub(super) fn nothing_to_plan(p: &Painter, stage: u8, target: u8, top: u8) -> Vec<String> {
    if stage >= top {
        return vec![p.msg(msg!("plan-at-top", stage = stage))];
    }
    vec![
        p.msg(msg!("plan-already", stage = stage, target = target)),
        p.msg(msg!("plan-try-target", next = stage + 1)),
    ]
}

/// The retailer and the date of the answers, joined by ` · `; `None` when the file
/// names neither.
pub(super) fn who(retailer: &Option<String>, date: &Option<String>) -> Option<String> {
    let parts: Vec<String> = retailer
        .iter()
        .chain(date)
        .map(|s| inert(s).into_owned())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

pub(super) fn table(r: &Roadmap, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    match r.outcome {
        Outcome::Changes(plan) => changes(plan, r.assessment, &p, out),
        Outcome::AlreadyThere { stage, target, top } => {
            if let Some(who) = who(&r.assessment.retailer, &r.assessment.date) {
                p.para(out, 0, &who)?;
            }
            for line in nothing_to_plan(&p, stage, target, top) {
                p.para(out, 0, &line)?;
            }
            Ok(())
        }
    }
}

/// The plan's title: from which stage to which.
pub(super) fn title(plan: &Plan, a: &Assessment, p: &Painter) -> String {
    p.msg(msg!(
        "plan-title",
        from = plan.from_stage,
        from_name = stage_name(&a.ladder, plan.from_stage, p),
        target = plan.target,
        target_name = stage_name(&a.ladder, plan.target, p)
    ))
}

/// The plan's summary and, when it goes further than asked, where it lands.
pub(super) fn summary(plan: &Plan, a: &Assessment, p: &Painter) -> Vec<String> {
    let mut lines = vec![p.msg(msg!(
        "plan-summary",
        count = plan.changes.len(),
        steps = plan.total_step
    ))];
    if plan.lands_at > plan.target {
        lines.push(p.msg(msg!(
            "plan-lands-above",
            lands = plan.lands_at,
            name = stage_name(&a.ladder, plan.lands_at, p)
        )));
    }
    lines
}

/// The name of stage `n` of `ladder` in the report's language.
pub(super) fn stage_name(ladder: &[StageRef], n: u8, p: &Painter) -> String {
    ladder
        .iter()
        .find(|s| s.number == n)
        .map(|s| p.t(&s.name).into_owned())
        .unwrap_or_default()
}

/// The answer a change starts from ("now: …") and the one it aims for.
pub(super) fn now_and_aim(c: &Change, p: &Painter) -> (String, String) {
    let now = match c.from_level {
        Some(_) if !c.from.is_empty() => msg!("plan-now", answer = quoted(p, &c.from)),
        _ => msg!("plan-now-unknown"),
    };
    let aim = msg!(
        "plan-aim",
        answer = quoted(p, std::slice::from_ref(&c.to)),
        level = c.to_level
    );
    (p.msg(now), p.msg(aim))
}

/// The name of dimension `id` in the report's language.
pub(super) fn dimension_name(a: &Assessment, id: &str, p: &Painter) -> String {
    a.dimensions
        .iter()
        .find(|d| d.id == id)
        .map(|d| p.t(&d.name).into_owned())
        .unwrap_or_default()
}

/// One change of a plan, as every format shows it.
pub(super) struct Item<'p> {
    /// Its number in the plan, from 1.
    pub n: usize,
    pub question: &'p str,
    /// "Dimension · question".
    pub title: String,
    /// "now: …" and "aim for: …".
    pub now: String,
    pub aim: String,
    /// Its next steps, each with the earlier item that gave it already, if one did:
    /// a step shared by several changes is written out once, at its first item.
    pub steps: Vec<(&'p NextStep, Option<usize>)>,
}

/// The plan's changes, numbered, in words.
pub(super) fn items<'p>(plan: &'p Plan, a: &Assessment, p: &Painter) -> Vec<Item<'p>> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut items = Vec::with_capacity(plan.changes.len());
    for (i, c) in plan.changes.iter().enumerate() {
        let steps = c
            .next_steps
            .iter()
            .map(|s| (s, *first.entry(&s.id).or_insert(i + 1)))
            .map(|(s, at)| (s, (at != i + 1).then_some(at)))
            .collect();
        let (now, aim) = now_and_aim(c, p);
        let dimension = dimension_name(a, &c.dimension, p);
        items.push(Item {
            n: i + 1,
            question: &c.question,
            title: format!("{dimension} · {}", p.t(&c.text)),
            now,
            aim,
            steps,
        });
    }
    items
}

fn changes(plan: &Plan, a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    p.para(out, 0, &p.paint(&title(plan, a, p), "1;32"))?;
    if let Some(who) = who(&a.retailer, &a.date) {
        p.para(out, 2, &who)?;
    }
    for line in summary(plan, a, p) {
        p.para(out, 2, &line)?;
    }
    for item in items(plan, a, p) {
        change(&item, p, out)?;
    }
    Ok(())
}

/// An item of the plan: the question, the answer now and the aim, then the next
/// steps that lift it (or which earlier item already gave them).
fn change(item: &Item, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    let lead = format!("{}. ", item.n);
    p.item(out, &lead, &p.paint(&item.title, "1"))?;
    let indent = lead.len();
    p.para(
        out,
        indent,
        &format!("{} [{}]", item.now, inert(item.question)),
    )?;
    p.para(out, indent, &item.aim)?;
    for (s, earlier) in &item.steps {
        match earlier {
            Some(at) => p.para(out, indent, &p.msg(msg!("plan-same-step", item = *at)))?,
            None => step_lines(s, false, None, &" ".repeat(indent), p, out)?,
        }
    }
    Ok(())
}
