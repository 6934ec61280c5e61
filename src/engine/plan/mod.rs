//! The roadmap: the fewest answer improvements that place a retailer at a target
//! stage (ties: the smallest total rise in stage levels), found exactly, not guessed.
//!
//! Gates are monotone trees over answer levels, dimension levels and breadth counts.
//! Each way of satisfying them becomes per-question and per-dimension minimums plus
//! breadth counts; each dimension's cheapest way to reach each level is exact (its
//! questions are independent), and a dynamic programme over dimensions picks the
//! levels that meet the breadth counts at the least cost. The work this takes is
//! counted before it is done: a bank whose gates need more is refused, naming the
//! gate, rather than planned for minutes or planned inexactly.

use serde::Serialize;

use super::{answer_level, assess, steps_for_answer, Chosen};
use crate::answers::{Answer, Answers, Choice};
use crate::bank::{Bank, GateKind, NextStep, Question, Text};
use crate::engine::levels::Levels;

mod solve;
mod ways;

pub use solve::MAX_STEPS;
pub use ways::MAX_WAYS;

use solve::{Cost, Solver};
use ways::{Reach, Requirements};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub from_stage: u8,
    pub target: u8,
    /// The stage the answers reach once every change is made; above `target` only
    /// when the next stage's gates pass already.
    pub lands_at: u8,
    /// Foundations first.
    pub changes: Vec<Change>,
    /// The sum of the rises in stage level over all changes.
    pub total_step: u32,
}

/// One answer to improve, and what doing so takes, goal first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub question: String,
    pub text: Text,
    pub dimension: String,
    /// The level the current answer evidences; `None` when unknown.
    pub from_level: Option<u8>,
    pub from: Vec<Chosen>,
    pub to_level: u8,
    /// The option to add (multiple choice) or switch to.
    pub to: Chosen,
    pub next_steps: Vec<NextStep>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum NoPlan {
    /// The retailer is at or above the target already.
    AlreadyThere { stage: u8 },
    /// The bank has no such stage.
    NoSuchStage { target: u8, top: u8 },
    /// Meeting the gates up to `target` has more ways than [`MAX_WAYS`], or takes
    /// more than [`MAX_STEPS`]; `gate` brings the most of them.
    TooComplex { target: u8, gate: String },
}

/// The smallest set of answer improvements that places the retailer at `target`.
pub fn plan(bank: &Bank, answers: &Answers, target: u8) -> Result<Plan, NoPlan> {
    let top = bank.top_stage();
    if target < 1 || target > top {
        return Err(NoPlan::NoSuchStage { target, top });
    }
    let from_stage = assess(bank, answers).stage.number;
    if from_stage >= target {
        return Err(NoPlan::AlreadyThere { stage: from_stage });
    }
    let current: Vec<Option<u8>> = bank
        .questions
        .iter()
        .map(|q| answer_level(q, answers))
        .collect();
    let (cost, raises) = cheapest_raises(bank, &current, target)?;
    let improved = apply(bank, answers, &raises);
    let lands_at = assess(bank, &improved).stage.number;
    debug_assert!(lands_at >= target);
    let levels = Levels::compute(bank, |q| answer_level(q, answers));
    let mut changes: Vec<Change> = raises
        .iter()
        .filter_map(|&(i, to)| change(bank, answers, &levels, &bank.questions[i], to))
        .collect();
    changes.sort_by_key(|c| {
        let position = bank.question_position(&c.question);
        (bank.foundation_depth(&c.dimension), c.to_level, position)
    });
    Ok(Plan {
        from_stage,
        target,
        lands_at,
        changes,
        total_step: cost.1,
    })
}

/// One way the rule can place a retailer at the target: the gates it asks to pass,
/// and the answer levels it starts from.
struct Way<'a> {
    gates: Vec<usize>,
    from: &'a [Option<u8>],
}

/// The cheapest answer raises (and their cost) that bring `current` to `target`.
fn cheapest_raises(
    bank: &Bank,
    current: &[Option<u8>],
    target: u8,
) -> Result<(Cost, Vec<(usize, u8)>), NoPlan> {
    // The stage is the strict reading or one below what the rest shows, so a target
    // is met either with every gate up to it, or with every gate but the marks up to
    // the stage above it, the marks taken as present: the cheapest of both is exact.
    let gates_up_to = |stage: u8, marks: bool| -> Vec<usize> {
        let kept = bank
            .gates
            .iter()
            .enumerate()
            .filter(|(_, g)| g.stage <= stage);
        let kept = kept.filter(|(_, g)| marks || g.kind != GateKind::Mark);
        kept.map(|(i, _)| i).collect()
    };
    let lifted: Vec<Option<u8>> = bank
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| match bank.ladder().is_marked(i) {
            true => Some(q.best_stage()),
            false => current[i],
        })
        .collect();
    let mut ways = vec![Way {
        gates: gates_up_to(target, true),
        from: current,
    }];
    if target < bank.top_stage() {
        ways.push(Way {
            gates: gates_up_to(target + 1, false),
            from: &lifted,
        });
    }
    let too_complex = |gate: usize| NoPlan::TooComplex {
        target,
        gate: bank.gates[gate].id.clone(),
    };
    let (reach, solver) = (Reach::new(bank), Solver::new(bank));
    let listed = ways
        .iter()
        .map(|w| requirements(bank, &reach, &w.gates).map_err(too_complex))
        .collect::<Result<Vec<_>, _>>()?;
    let steps = listed.iter().flatten().map(|r| solver.steps(r));
    if steps.fold(0u64, u64::saturating_add) > MAX_STEPS {
        let all: Vec<usize> = ways.iter().flat_map(|w| w.gates.clone()).collect();
        return Err(too_complex(busiest(bank, &reach, &solver, &all)));
    }
    let solved = ways
        .iter()
        .zip(&listed)
        .flat_map(|(way, reqs)| reqs.iter().filter_map(|req| solver.solve(way.from, req)));
    // Validated banks pass every gate with the best answers, so some way is met.
    let best = solved.min_by_key(|(cost, _)| *cost);
    best.ok_or_else(|| too_complex(ways[0].gates.last().copied().unwrap_or(0)))
}

/// Every way of meeting all of `gates` at once, or `Err` with the gate that brings
/// the most ways when there are more than [`MAX_WAYS`].
fn requirements(bank: &Bank, reach: &Reach, gates: &[usize]) -> Result<Vec<Requirements>, usize> {
    let counts: Vec<u64> = gates
        .iter()
        .map(|&g| ways::count(bank, reach, &bank.gates[g].when))
        .collect();
    let total = counts.iter().fold(1u64, |n, &c| n.saturating_mul(c));
    if total > MAX_WAYS as u64 {
        let most = counts.iter().zip(gates).max_by_key(|(c, _)| **c);
        return Err(most.map_or(0, |(_, &g)| g));
    }
    let lists = gates
        .iter()
        .map(|&g| ways::list(bank, reach, &bank.gates[g].when))
        .collect();
    Ok(ways::product(lists))
}

/// Of `gates`, the one whose ways of being met alone take the most steps to weigh.
fn busiest(bank: &Bank, reach: &Reach, solver: &Solver, gates: &[usize]) -> usize {
    let steps = |g: usize| -> u64 {
        let alone = ways::list(bank, reach, &bank.gates[g].when);
        alone
            .iter()
            .map(|r| solver.steps(r))
            .fold(0, u64::saturating_add)
    };
    gates.iter().copied().max_by_key(|&g| steps(g)).unwrap_or(0)
}

/// The option a change picks: the first in bank order evidencing `level` (levels to
/// raise to come from the options, so there is one).
fn option_at(q: &Question, level: u8) -> Option<&crate::bank::AnswerOption> {
    q.options.iter().find(|o| o.stage == level)
}

fn change(bank: &Bank, answers: &Answers, levels: &Levels, q: &Question, to: u8) -> Option<Change> {
    let from_level = answer_level(q, answers);
    let from = answers
        .known(&q.id)
        .map(|a| {
            a.choice
                .ids()
                .iter()
                .filter_map(|id| q.option(id))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .map(|o| Chosen {
            id: o.id.clone(),
            label: o.label.clone(),
            stage: o.stage,
        })
        .collect();
    let o = option_at(q, to)?;
    let steps = steps_for_answer(bank, levels, q, from_level.unwrap_or(1), to)
        .iter()
        .filter_map(|id| bank.next_step(id).cloned())
        .collect();
    Some(Change {
        question: q.id.clone(),
        text: q.text.clone(),
        dimension: q.dimension.clone(),
        from_level,
        from,
        to_level: to,
        to: Chosen {
            id: o.id.clone(),
            label: o.label.clone(),
            stage: o.stage,
        },
        next_steps: steps,
    })
}

/// `answers` with each raise made: multiple choice adds the option (in place of any
/// that goes alone), others switch.
pub fn apply(bank: &Bank, answers: &Answers, raises: &[(usize, u8)]) -> Answers {
    let mut out = answers.clone();
    for &(i, to) in raises {
        let q = &bank.questions[i];
        let Some(id) = option_at(q, to).map(|o| o.id.clone()) else {
            continue;
        };
        let previous = out.answers.get(&q.id).cloned();
        let choice = match (&previous, q.kind) {
            (Some(a), crate::bank::QuestionKind::Multi) if answers.known(&q.id).is_some() => {
                // An option that goes alone gives way to the one added.
                let mut ids = a.choice.ids().to_vec();
                ids.retain(|o| q.option(o).is_none_or(|o| !o.exclusive));
                ids.push(id);
                Choice::Many(ids)
            }
            (_, crate::bank::QuestionKind::Multi) => Choice::Many(vec![id]),
            _ => Choice::One(id),
        };
        let (note, evidence) = previous.map_or((None, None), |a| (a.note, a.evidence));
        out.answers.insert(
            q.id.clone(),
            Answer {
                choice,
                note,
                evidence,
            },
        );
    }
    out
}

impl Plan {
    /// The plan's changes as (question index, new level), to apply to the answers.
    pub fn raises(&self, bank: &Bank) -> Vec<(usize, u8)> {
        self.changes
            .iter()
            .filter_map(|c| Some((bank.question_position(&c.question)?, c.to_level)))
            .collect()
    }
}
