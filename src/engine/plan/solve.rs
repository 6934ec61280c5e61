//! The exact search behind a plan, for one way of meeting the gates: each
//! dimension's cheapest way to each level, and a dynamic programme over the
//! dimensions for the breadth counts, whose work is known before it starts.

use super::ways::Requirements;
use crate::bank::{Bank, Question};

/// The most steps of the dynamic programme a plan takes, over all the ways of meeting
/// the gates it weighs (a step: one dimension at one level from one state of the
/// breadth counts).
pub const MAX_STEPS: u64 = 8_000_000;

/// (changes, total step): compared lexicographically, fewest changes first.
pub(super) type Cost = (u32, u32);

fn add(a: Cost, b: Cost) -> Cost {
    (a.0 + b.0, a.1 + b.1)
}

/// The bank as the search reads it: each dimension's questions, and the levels.
pub(super) struct Solver<'b> {
    bank: &'b Bank,
    /// Per dimension, its questions (bank positions), in bank order.
    by_dimension: Vec<Vec<usize>>,
    top: u8,
}

/// A dimension raised to at least a level: its cost and the new level per question.
#[derive(Debug, Clone)]
struct DimensionChoice {
    level: u8,
    cost: Cost,
    raises: Vec<(usize, u8)>,
}

/// The breadth counts one way of meeting the gates tracks: per distinct level, the
/// most dimensions it needs at that level or above.
fn tracked(req: &Requirements) -> Vec<(u8, usize)> {
    let mut tracked: Vec<(u8, usize)> = Vec::new();
    for &(count, level) in &req.breadth {
        match tracked.iter_mut().find(|(l, _)| *l == level) {
            Some(t) => t.1 = t.1.max(count),
            None => tracked.push((level, count)),
        }
    }
    tracked
}

/// How many states the breadth counts of `req` take: past `u64::MAX` it stays there.
fn states(req: &Requirements) -> u64 {
    let caps = tracked(req).into_iter().map(|(_, cap)| cap as u64 + 1);
    caps.fold(1u64, u64::saturating_mul)
}

impl<'b> Solver<'b> {
    pub(super) fn new(bank: &'b Bank) -> Solver<'b> {
        let mut by_dimension = vec![Vec::new(); bank.dimensions.len()];
        for (i, &d) in bank.dimension_of().iter().enumerate() {
            by_dimension[d].push(i);
        }
        Solver {
            bank,
            by_dimension,
            top: bank.top_stage(),
        }
    }

    /// How many steps solving `req` takes.
    pub(super) fn steps(&self, req: &Requirements) -> u64 {
        let levels = u64::from(self.top);
        let per_state = (self.by_dimension.len() as u64).saturating_mul(levels);
        let lookups = (self.bank.questions.len() as u64).saturating_mul(levels);
        states(req)
            .saturating_mul(per_state)
            .saturating_add(lookups)
    }

    /// The cheapest raises that meet `req`, over all dimensions, from the answer
    /// levels `current` (bank order; `None` unknown).
    pub(super) fn solve(
        &self,
        current: &[Option<u8>],
        req: &Requirements,
    ) -> Option<(Cost, Vec<(usize, u8)>)> {
        let tracked = tracked(req);
        // A state numbers the breadth counts reached so far, the first tracked level's
        // count the most significant digit, so states run in the order of their counts.
        let mut stride = vec![1usize; tracked.len()];
        for t in (0..tracked.len().saturating_sub(1)).rev() {
            stride[t] = stride[t + 1] * (tracked[t + 1].1 + 1);
        }
        let states = tracked.first().map_or(1, |(_, cap)| stride[0] * (cap + 1));
        let next_state = |s: usize, level: u8| -> usize {
            tracked.iter().zip(&stride).fold(0, |n, ((lvl, cap), &st)| {
                let digit = (s / st) % (cap + 1);
                n + (digit + usize::from(level >= *lvl)).min(*cap) * st
            })
        };
        let mut best: Vec<Option<Cost>> = vec![None; states];
        best[0] = Some((0, 0));
        // Per dimension, its choices and, per state, the state before and the choice
        // that reached it at the least cost, packed as `state << 4 | choice`: the
        // budget keeps states under 2^28, and a bank has at most `MAX_STAGES` (10) levels.
        let mut trail: Vec<(Vec<DimensionChoice>, Vec<u32>)> = Vec::new();
        for d in 0..self.by_dimension.len() {
            let floor = req.dimension.get(&d).copied().unwrap_or(1);
            let choices: Vec<DimensionChoice> = (floor..=self.top)
                .filter_map(|l| self.cheapest(current, d, l, req))
                .collect();
            let mut next: Vec<Option<Cost>> = vec![None; states];
            let mut from = vec![u32::MAX; states];
            for (s, cost) in best.iter().enumerate() {
                let Some(cost) = cost else { continue };
                for (k, c) in choices.iter().enumerate() {
                    let to = next_state(s, c.level);
                    let total = add(*cost, c.cost);
                    if next[to].is_none_or(|b| total < b) {
                        next[to] = Some(total);
                        from[to] = ((s as u32) << 4) | k as u32;
                    }
                }
            }
            best = next;
            trail.push((choices, from));
        }
        let goal = states - 1;
        let cost = best[goal]?;
        let mut raises: Vec<Vec<(usize, u8)>> = Vec::new();
        let mut s = goal;
        for (choices, from) in trail.iter().rev() {
            let (before, k) = (from[s] >> 4, from[s] & 15);
            raises.push(choices[k as usize].raises.clone());
            s = before as usize;
        }
        Some((cost, raises.into_iter().rev().flatten().collect()))
    }

    /// The cheapest way to bring dimension `d`'s questions to a median of at least
    /// `level` while meeting each question's own minimum; `None` when impossible.
    fn cheapest(
        &self,
        current: &[Option<u8>],
        d: usize,
        level: u8,
        req: &Requirements,
    ) -> Option<DimensionChoice> {
        let qs = &self.by_dimension[d];
        let mut cost = (0, 0);
        let mut levels: Vec<(usize, u8, bool)> = Vec::new(); // (question, level, changed)
        for &i in qs {
            let now = current[i];
            match req.question.get(&i) {
                Some(&min) => {
                    let (to, c) = raise(&self.bank.questions[i], now, min)?;
                    cost = add(cost, c);
                    levels.push((i, to, c.0 > 0));
                }
                None => levels.push((i, now.unwrap_or(1), false)),
            }
        }
        let need = qs.len() - (qs.len().saturating_sub(1)) / 2;
        cost = add(
            cost,
            self.lift_to_median(current, &mut levels, level, need)?,
        );
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

    /// Lifts the cheapest of `levels` to `level` until `need` of them are there (the
    /// median rule), returning what that adds; `None` when too few can be lifted.
    /// Questions changed already cost only their extra steps; unchanged ones a change.
    fn lift_to_median(
        &self,
        current: &[Option<u8>],
        levels: &mut [(usize, u8, bool)],
        level: u8,
        need: usize,
    ) -> Option<Cost> {
        let mut have = levels.iter().filter(|(_, l, _)| *l >= level).count();
        let mut lifts: Vec<(Cost, usize, u8)> = levels
            .iter()
            .enumerate()
            .filter(|(_, (_, l, _))| *l < level)
            .filter_map(|(k, (i, l, changed))| {
                let (to, from_now) = raise(&self.bank.questions[*i], current[*i], level)?;
                let c = if *changed {
                    (0, u32::from(to - l))
                } else {
                    from_now
                };
                Some((c, k, to))
            })
            .collect();
        lifts.sort();
        let mut cost = (0, 0);
        for (c, k, to) in lifts {
            if have >= need {
                break;
            }
            cost = add(cost, c);
            levels[k].1 = to;
            levels[k].2 = true;
            have += 1;
        }
        (have >= need).then_some(cost)
    }
}

/// The stage levels a question's options evidence, lowest first, each once.
fn stages(q: &Question) -> Vec<u8> {
    let mut s: Vec<u8> = q.options.iter().map(|o| o.stage).collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// The lowest level of `q` at or above `min` that a change can reach from `now`
/// (a known answer only rises), with its cost from `now`; unchanged when `now` meets it.
fn raise(q: &Question, now: Option<u8>, min: u8) -> Option<(u8, Cost)> {
    if now.is_some_and(|l| l >= min) {
        return Some((now.unwrap_or(1), (0, 0)));
    }
    let base = now.unwrap_or(1);
    let to = stages(q)
        .into_iter()
        .find(|&s| s >= min && (now.is_none() || s > base))?;
    Some((to, (1, u32::from(to.saturating_sub(base)))))
}
