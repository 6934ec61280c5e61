//! The roadmap: the fewest answer improvements that place a retailer at a target
//! stage (ties: the smallest total rise in stage levels), found exactly, not guessed.
//!
//! Gates are monotone trees over answer levels, dimension levels and breadth counts.
//! Each way of satisfying them becomes per-question and per-dimension minimums plus
//! breadth counts; each dimension's cheapest way to reach each level is exact (its
//! questions are independent), and a dynamic programme over dimensions picks the
//! levels that meet the breadth counts at the least cost.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{answer_level, assess, steps_for_answer, Chosen};
use crate::answers::{Answer, Answers, Choice};
use crate::bank::{Bank, Condition, GateKind, NextStep, Question, Text};
use crate::engine::levels::Levels;

/// How many ways of satisfying `any` and `some` conditions are tried at most.
const MAX_ALTERNATIVES: usize = 4096;

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
}

/// Minimum requirements that together satisfy the gates.
#[derive(Debug, Clone, Default)]
struct Requirements {
    question: BTreeMap<String, u8>,
    dimension: BTreeMap<String, u8>,
    /// (how many dimensions, at which level or above)
    breadth: Vec<(usize, u8)>,
}

impl Requirements {
    fn merge(&self, other: &Requirements) -> Requirements {
        let mut r = self.clone();
        for (q, l) in &other.question {
            let e = r.question.entry(q.clone()).or_default();
            *e = (*e).max(*l);
        }
        for (d, l) in &other.dimension {
            let e = r.dimension.entry(d.clone()).or_default();
            *e = (*e).max(*l);
        }
        r.breadth.extend(&other.breadth);
        r
    }
}

/// Every way (up to a cap) of satisfying `cond`.
fn alternatives(cond: &Condition) -> Vec<Requirements> {
    let product = |lists: Vec<Vec<Requirements>>| {
        lists
            .into_iter()
            .fold(vec![Requirements::default()], |acc, alts| {
                let mut out = Vec::new();
                for a in &acc {
                    for b in &alts {
                        if out.len() < MAX_ALTERNATIVES {
                            out.push(a.merge(b));
                        }
                    }
                }
                out
            })
    };
    match cond {
        Condition::Answer { question, at_least } => {
            let mut r = Requirements::default();
            r.question.insert(question.clone(), *at_least);
            vec![r]
        }
        Condition::Level {
            dimension,
            at_least,
        } => {
            let mut r = Requirements::default();
            r.dimension.insert(dimension.clone(), *at_least);
            vec![r]
        }
        Condition::Breadth { count, at_least } => vec![Requirements {
            breadth: vec![(*count, *at_least)],
            ..Requirements::default()
        }],
        Condition::All(list) => product(list.iter().map(alternatives).collect()),
        Condition::Any(list) => {
            let mut all: Vec<Requirements> = list.iter().flat_map(alternatives).collect();
            all.truncate(MAX_ALTERNATIVES);
            all
        }
        Condition::Some { count, of } => {
            let mut out = Vec::new();
            for subset in subsets(of.len(), *count) {
                let chosen = subset.iter().map(|&i| alternatives(&of[i])).collect();
                out.extend(product(chosen));
                if out.len() >= MAX_ALTERNATIVES {
                    break;
                }
            }
            out.truncate(MAX_ALTERNATIVES);
            out
        }
    }
}

/// The index sets of size `k` from `0..n`.
fn subsets(n: usize, k: usize) -> Vec<Vec<usize>> {
    if k == 0 {
        return vec![vec![]];
    }
    if k > n {
        return vec![];
    }
    let mut out = subsets(n - 1, k);
    for mut s in subsets(n - 1, k - 1) {
        s.push(n - 1);
        out.push(s);
    }
    out
}

/// (changes, total step): compared lexicographically, fewest changes first.
type Cost = (u32, u32);

fn add(a: Cost, b: Cost) -> Cost {
    (a.0 + b.0, a.1 + b.1)
}

/// A dimension raised to at least a level: its cost and the new level per question.
#[derive(Debug, Clone)]
struct DimensionChoice {
    level: u8,
    cost: Cost,
    raises: Vec<(usize, u8)>,
}

/// The cheapest way to bring dimension `d`'s questions to a median of at least
/// `level` while meeting each question's own minimum; `None` when impossible.
fn cheapest(
    bank: &Bank,
    current: &HashMap<&str, Option<u8>>,
    d: &str,
    level: u8,
    question_min: &BTreeMap<String, u8>,
) -> Option<DimensionChoice> {
    let qs: Vec<(usize, &Question)> = bank
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.dimension == d)
        .collect();
    let stages = |q: &Question| -> Vec<u8> {
        let mut s: Vec<u8> = q.options.iter().map(|o| o.stage).collect();
        s.sort_unstable();
        s.dedup();
        s
    };
    // The cheapest reachable level at or above `min` for a question, with its cost.
    let raise = |q: &Question, min: u8| -> Option<(u8, Cost)> {
        let now = current[q.id.as_str()];
        if now.is_some_and(|l| l >= min) {
            return Some((now.unwrap_or(1), (0, 0)));
        }
        let base = now.unwrap_or(1);
        let to = stages(q)
            .into_iter()
            .find(|&s| s >= min && (now.is_none() || s > base))?;
        Some((to, (1, u32::from(to.saturating_sub(base)))))
    };
    let mut cost = (0, 0);
    let mut levels: Vec<(usize, u8, bool)> = Vec::new(); // (question, level, changed)
    for (i, q) in &qs {
        match question_min.get(&q.id) {
            Some(&min) => {
                let (to, c) = raise(q, min)?;
                cost = add(cost, c);
                levels.push((*i, to, c.0 > 0));
            }
            None => levels.push((*i, current[q.id.as_str()].unwrap_or(1), false)),
        }
    }
    let need = qs.len() - (qs.len().saturating_sub(1)) / 2;
    let mut have = levels.iter().filter(|(_, l, _)| *l >= level).count();
    // Options to lift one more question to `level`: already changed ones cost only
    // steps; unchanged ones cost a change.
    let mut lifts: Vec<(Cost, usize, u8)> = levels
        .iter()
        .enumerate()
        .filter(|(_, (_, l, _))| *l < level)
        .filter_map(|(k, (i, l, changed))| {
            let q = &bank.questions[*i];
            let now = current[q.id.as_str()];
            let to = stages(q)
                .into_iter()
                .find(|&s| s >= level && (now.is_none() || s > now.unwrap_or(1)))?;
            let c = if *changed {
                (0, u32::from(to - l))
            } else {
                (1, u32::from(to - now.unwrap_or(1)))
            };
            Some((c, k, to))
        })
        .collect();
    lifts.sort();
    for (c, k, to) in lifts {
        if have >= need {
            break;
        }
        cost = add(cost, c);
        levels[k].1 = to;
        levels[k].2 = true;
        have += 1;
    }
    if have < need {
        return None;
    }
    let raises = levels
        .iter()
        .filter(|(_, _, changed)| *changed)
        .map(|(i, l, _)| (*i, *l))
        .collect();
    Some(DimensionChoice {
        level,
        cost,
        raises,
    })
}

/// The cheapest raises that meet `req`, over all dimensions.
fn solve(
    bank: &Bank,
    current: &HashMap<&str, Option<u8>>,
    req: &Requirements,
) -> Option<(Cost, Vec<(usize, u8)>)> {
    // Breadth counts tracked per distinct level, capped at what is required.
    let mut tracked: Vec<(u8, usize)> = Vec::new();
    for &(count, level) in &req.breadth {
        match tracked.iter_mut().find(|(l, _)| *l == level) {
            Some(t) => t.1 = t.1.max(count),
            None => tracked.push((level, count)),
        }
    }
    type State = Vec<usize>;
    let mut best: BTreeMap<State, (Cost, Vec<(usize, u8)>)> = BTreeMap::new();
    best.insert(vec![0; tracked.len()], ((0, 0), Vec::new()));
    for d in &bank.dimensions {
        let floor = req.dimension.get(&d.id).copied().unwrap_or(1);
        let choices: Vec<DimensionChoice> = (floor..=bank.top_stage())
            .filter_map(|l| cheapest(bank, current, &d.id, l, &req.question))
            .collect();
        let mut next: BTreeMap<State, (Cost, Vec<(usize, u8)>)> = BTreeMap::new();
        for (state, (cost, raises)) in &best {
            for c in &choices {
                let s: State = tracked
                    .iter()
                    .zip(state)
                    .map(|((lvl, cap), n)| (*n + usize::from(c.level >= *lvl)).min(*cap))
                    .collect();
                let total = add(*cost, c.cost);
                if next.get(&s).is_none_or(|(b, _)| total < *b) {
                    let mut r = raises.clone();
                    r.extend(&c.raises);
                    next.insert(s, (total, r));
                }
            }
        }
        best = next;
    }
    let goal: State = tracked.iter().map(|(_, cap)| *cap).collect();
    best.remove(&goal)
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
    let current: HashMap<&str, Option<u8>> = bank
        .questions
        .iter()
        .map(|q| (q.id.as_str(), answer_level(q, answers)))
        .collect();
    // The stage is the strict reading or one below what the rest shows, so a target
    // is met either with every gate up to it, or with every gate but the marks up to
    // the stage above it, the marks taken as present: the cheapest of both is exact.
    let gates_up_to = |stage: u8, marks: bool| {
        let kept = bank.gates.iter().filter(|g| g.stage <= stage);
        let kept = kept.filter(|g| marks || g.kind != GateKind::Mark);
        Condition::All(kept.map(|g| g.when.clone()).collect())
    };
    let lifted: HashMap<&str, Option<u8>> = bank
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| match bank.ladder().is_marked(i) {
            true => (q.id.as_str(), Some(q.best_stage())),
            false => (q.id.as_str(), current[q.id.as_str()]),
        })
        .collect();
    let mut ways = vec![(gates_up_to(target, true), &current)];
    if target < top {
        ways.push((gates_up_to(target + 1, false), &lifted));
    }
    let (cost, raises) = ways
        .iter()
        .flat_map(|(gates, from)| {
            let alternatives = alternatives(gates);
            alternatives
                .into_iter()
                .filter_map(|req| solve(bank, from, &req))
                .collect::<Vec<_>>()
        })
        .min_by_key(|(cost, _)| *cost)
        .expect("validated banks can pass every gate with the best answers");
    let improved = apply(bank, answers, &raises);
    let lands_at = assess(bank, &improved).stage.number;
    debug_assert!(lands_at >= target);
    let levels = Levels::compute(bank, |q| answer_level(q, answers));
    let mut changes: Vec<Change> = raises
        .iter()
        .map(|&(i, to)| change(bank, answers, &levels, &bank.questions[i], to))
        .collect();
    changes.sort_by_key(|c| {
        let position = bank.questions.iter().position(|q| q.id == c.question);
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

/// The option a change picks: the first in bank order evidencing `level`.
fn option_at(q: &Question, level: u8) -> &crate::bank::AnswerOption {
    q.options
        .iter()
        .find(|o| o.stage == level)
        .expect("levels come from the options")
}

fn change(bank: &Bank, answers: &Answers, levels: &Levels, q: &Question, to: u8) -> Change {
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
    let o = option_at(q, to);
    let steps = steps_for_answer(bank, levels, q, from_level.unwrap_or(1), to)
        .iter()
        .filter_map(|id| bank.next_step(id).cloned())
        .collect();
    Change {
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
    }
}

/// `answers` with each raise made: multiple choice adds the option, others switch.
pub fn apply(bank: &Bank, answers: &Answers, raises: &[(usize, u8)]) -> Answers {
    let mut out = answers.clone();
    for &(i, to) in raises {
        let q = &bank.questions[i];
        let id = option_at(q, to).id.clone();
        let previous = out.answers.get(&q.id).cloned();
        let choice = match (&previous, q.kind) {
            (Some(a), crate::bank::QuestionKind::Multi) if answers.known(&q.id).is_some() => {
                let mut ids = a.choice.ids().to_vec();
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
            .filter_map(|c| {
                Some((
                    bank.questions.iter().position(|q| q.id == c.question)?,
                    c.to_level,
                ))
            })
            .collect()
    }
}
