//! Next steps: which ones close a gap, and how they are ranked for one retailer. The
//! top five stay on the retailer's next rung, skip what it already does, name each
//! kind of tool once, spread over the weak areas and include a quick win.

use std::collections::{BTreeMap, BTreeSet};

use super::levels::Levels;
use super::{Gap, GapKind, GateResult, RankedStep, SituationFound};
use crate::bank::{Bank, Gate, NextStep, Question, Rating, Rule, Text};

/// How many steps a report shows first.
pub const TOP: usize = 5;
/// How many dimensions the top five should cover, when the candidates do.
const SPREAD: usize = 3;
/// The tool kind of a step that needs no tool (a habit, a document, a meeting).
pub const NO_TOOL: &str = "none";

/// The next steps that close a failed gate, following the answers behind it: the
/// steps that lift each unmet answer or dimension, then the gate's own steps that
/// go beyond what the retailer already does.
pub(super) fn steps_for_gate(
    bank: &Bank,
    gate: &Gate,
    rule: &Rule,
    levels: &Levels,
) -> Vec<String> {
    let (_, leaves) = rule.decide(&levels.levels, &levels.by_dimension);
    let mut steps: Vec<String> = Vec::new();
    let mut lift = |i: usize, required: u8| {
        let level = levels.answer(i).unwrap_or(1);
        if level < required {
            let q = &bank.questions[i];
            steps.extend(steps_for_answer(bank, levels, q, level, required));
        }
    };
    for leaf in leaves.iter().filter(|l| !l.met) {
        let (below, required): (Vec<usize>, u8) = match *leaf.rule {
            Rule::Answer { question, at_least } => {
                lift(question, at_least);
                continue;
            }
            Rule::Level {
                dimension,
                at_least,
            } => (vec![dimension], at_least),
            Rule::Breadth { at_least, .. } => {
                let below = levels.by_dimension.iter().enumerate();
                let below = below.filter(|(_, &l)| l < at_least).map(|(d, _)| d);
                (below.collect(), at_least)
            }
            Rule::All(_) | Rule::Any(_) | Rule::Some { .. } => continue,
        };
        for (i, d) in bank.dimension_of().iter().enumerate() {
            if below.contains(d) {
                lift(i, required);
            }
        }
    }
    let own = gate.next_steps.iter().filter(|id| {
        bank.next_step(id)
            .is_some_and(|s| s.builds_to > levels.dimension(&s.dimension))
    });
    steps.extend(own.cloned());
    if steps.is_empty() {
        steps = gate.next_steps.clone();
    }
    let mut seen = std::collections::HashSet::new();
    steps.retain(|id| seen.insert(id.clone()));
    steps
}

/// The question's next steps that lift an answer at `level` toward `target`; when none
/// lands in that range, the nearest rung above the answer. Steps that build to a level
/// the retailer already has in the step's own dimension are left out where others remain.
pub(crate) fn steps_for_answer(
    bank: &Bank,
    levels: &Levels,
    q: &Question,
    level: u8,
    target: u8,
) -> Vec<String> {
    let above: Vec<&NextStep> = q
        .next_steps
        .iter()
        .filter_map(|id| bank.next_step(id))
        .filter(|s| s.builds_to > level)
        .collect();
    let beyond: Vec<&NextStep> = above
        .iter()
        .copied()
        .filter(|s| s.builds_to > levels.dimension(&s.dimension))
        .collect();
    let candidates = if beyond.is_empty() { above } else { beyond };
    let in_range: Vec<String> = candidates
        .iter()
        .filter(|s| s.builds_to <= target)
        .map(|s| s.id.clone())
        .collect();
    if !in_range.is_empty() {
        return in_range;
    }
    let nearest = candidates.iter().map(|s| s.builds_to).min();
    candidates
        .iter()
        .filter(|s| Some(s.builds_to) == nearest)
        .map(|s| s.id.clone())
        .collect()
}

/// Why a step is offered, gathered over the gaps, the stage's advice and situations.
#[derive(Default)]
struct Wanted {
    /// Failed gates it helps open.
    gates: usize,
    /// The lowest stage among those gates: a retailer held back by a lower gate gets
    /// that gate's steps first.
    lowest_gate: Option<u8>,
    /// Why a situation of the retailer's puts it first.
    situation: Option<Text>,
    addresses: Vec<String>,
}

/// Every step offered to the retailer, in priority order, the top five chosen by the
/// rules in the module docs.
pub(super) fn rank_steps(
    bank: &Bank,
    levels: &Levels,
    gates: &[GateResult],
    gaps: &[Gap],
    situations: &[SituationFound],
    stage: u8,
) -> Vec<RankedStep> {
    let wanted = wanted(bank, gates, gaps, situations, stage);
    let mut steps: Vec<(&NextStep, Wanted)> = wanted
        .into_iter()
        .filter_map(|(id, w)| Some((bank.next_step(id)?, w)))
        // The next rung only, and nothing the retailer already does.
        .filter(|(s, _)| s.builds_to <= stage + 1 && !done(bank, levels, s))
        .collect();
    steps.sort_by(|(a, x), (b, y)| {
        let key = |s: &NextStep, w: &Wanted| {
            (
                w.situation.is_none(),
                w.lowest_gate.unwrap_or(u8::MAX),
                std::cmp::Reverse(w.gates),
                std::cmp::Reverse(worth(s)),
                s.builds_to,
                std::cmp::Reverse(w.addresses.len()),
            )
        };
        key(a, x).cmp(&key(b, y)).then_with(|| a.id.cmp(&b.id))
    });
    let ranked: Vec<&NextStep> = steps.iter().map(|(s, _)| *s).collect();
    let pinned: Vec<bool> = steps.iter().map(|(_, w)| w.situation.is_some()).collect();
    let (order, top) = top_first(&ranked, &pinned);
    order
        .into_iter()
        .enumerate()
        .map(|(rank, i)| {
            let (s, w) = &steps[i];
            RankedStep {
                rank: rank + 1,
                step: (*s).clone(),
                unblocks_next_stage: w.gates > 0,
                in_top_five: rank < top,
                why_first: w.situation.clone(),
                addresses: w.addresses.clone(),
            }
        })
        .collect()
}

fn wanted<'b>(
    bank: &'b Bank,
    gates: &[GateResult],
    gaps: &'b [Gap],
    situations: &'b [SituationFound],
    stage: u8,
) -> BTreeMap<&'b str, Wanted> {
    let mut wanted: BTreeMap<&str, Wanted> = BTreeMap::new();
    for gap in gaps {
        let gate = gates
            .iter()
            .find(|g| gap.kind == GapKind::Gate && g.id == gap.id);
        for id in &gap.next_steps {
            let w = wanted.entry(id).or_default();
            if let Some(g) = gate {
                w.gates += 1;
                w.lowest_gate = Some(w.lowest_gate.map_or(g.stage, |l| l.min(g.stage)));
            }
            w.addresses.push(gap.id.clone());
        }
    }
    if let Some(s) = bank.stage(stage) {
        for id in &s.advice {
            wanted.entry(id).or_default().addresses.push(s.id.clone());
        }
    }
    for found in situations {
        for id in &found.steps {
            let w = wanted.entry(id).or_default();
            w.situation.get_or_insert_with(|| found.text.clone());
            w.addresses.push(found.id.clone());
        }
    }
    wanted
}

/// Whether the retailer already does what the step builds: every question that lists
/// it is answered at or above the level it builds to.
pub(super) fn done(bank: &Bank, levels: &Levels, step: &NextStep) -> bool {
    let mut listing = bank
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.next_steps.contains(&step.id))
        .peekable();
    listing.peek().is_some()
        && listing.all(|(i, _)| levels.answer(i).is_some_and(|l| l >= step.builds_to))
}

/// Positions of `ranked` with the top five first, and how many that is: best first,
/// each kind of tool at most once, then widened to cover at least three dimensions
/// and one low-effort step when the steps offered allow it; the rest follow in order.
/// `pinned` steps (those a situation puts first) are never swapped out.
fn top_first(ranked: &[&NextStep], pinned: &[bool]) -> (Vec<usize>, usize) {
    let mut top: Vec<usize> = Vec::new();
    for (i, s) in ranked.iter().enumerate() {
        if top.len() < TOP && !top.iter().any(|&t| shares_tool(ranked[t], s)) {
            top.push(i);
        }
    }
    let dimensions = |top: &[usize]| -> BTreeSet<&str> {
        top.iter().map(|&t| ranked[t].dimension.as_str()).collect()
    };
    let available = ranked
        .iter()
        .map(|s| s.dimension.as_str())
        .collect::<BTreeSet<_>>();
    let spread = SPREAD.min(available.len()).min(top.len());
    // Each swap brings in the best step of a new dimension for the lowest-ranked step
    // whose dimension the top five has twice.
    while dimensions(&top).len() < spread {
        let new = |s: &NextStep, rest: &[usize]| !dimensions(rest).contains(s.dimension.as_str());
        match swap_in(ranked, pinned, &top, true, new) {
            Some(swap) => top = swap,
            None => break,
        }
    }
    // A quick win replaces the lowest-ranked step it can without narrowing the spread.
    let quick = |s: &NextStep| s.effort == Rating::Low;
    if !top.iter().any(|&t| quick(ranked[t])) {
        let keeps_spread = |s: &NextStep, rest: &[usize]| {
            let mut covered = dimensions(rest);
            covered.insert(s.dimension.as_str());
            quick(s) && covered.len() >= spread
        };
        if let Some(swap) = swap_in(ranked, pinned, &top, false, keeps_spread) {
            top = swap;
        }
    }
    top.sort_unstable();
    let rest = (0..ranked.len()).filter(|i| !top.contains(i));
    (top.iter().copied().chain(rest).collect(), top.len())
}

/// `top` with its lowest-ranked replaceable step swapped for the best step outside it
/// that `wanted` accepts and whose kind of tool the rest does not name; `None` when no
/// such swap exists. Steps whose dimension appears twice in `top` are replaced first;
/// with `only_repeated`, only those.
fn swap_in(
    ranked: &[&NextStep],
    pinned: &[bool],
    top: &[usize],
    only_repeated: bool,
    wanted: impl Fn(&NextStep, &[usize]) -> bool,
) -> Option<Vec<usize>> {
    let twice = |t: usize| {
        top.iter()
            .filter(|&&o| ranked[o].dimension == ranked[t].dimension)
            .count()
            > 1
    };
    let mut out_order: Vec<usize> = top.iter().rev().copied().filter(|&t| twice(t)).collect();
    if !only_repeated {
        out_order.extend(top.iter().rev().copied().filter(|&t| !twice(t)));
    }
    for out in out_order.into_iter().filter(|&o| !pinned[o]) {
        let rest: Vec<usize> = top.iter().copied().filter(|&t| t != out).collect();
        let candidate = (0..ranked.len()).find(|&i| {
            let s = ranked[i];
            !top.contains(&i)
                && wanted(s, &rest)
                && !rest.iter().any(|&t| shares_tool(ranked[t], s))
        });
        if let Some(i) = candidate {
            let mut swapped = rest;
            swapped.push(i);
            return Some(swapped);
        }
    }
    None
}

/// Whether two steps need the same kind of tool (steps that need none never clash).
fn shares_tool(a: &NextStep, b: &NextStep) -> bool {
    a.tool_kind == b.tool_kind && a.tool_kind != NO_TOOL
}

/// Impact for the effort: high impact at low effort first.
fn worth(s: &NextStep) -> u8 {
    let n = |r: Rating| match r {
        Rating::Low => 1,
        Rating::Medium => 2,
        Rating::High => 3,
    };
    n(s.impact) * (4 - n(s.effort))
}
