//! The exact search behind a plan: every way of meeting the gates as minimum levels
//! and breadth counts, each dimension's cheapest way to a level, and a dynamic
//! programme over the dimensions for the breadth counts.

use std::collections::{BTreeMap, HashMap};

use crate::bank::{Bank, Condition, Question};

/// How many ways of satisfying `any` and `some` conditions are tried at most.
const MAX_ALTERNATIVES: usize = 4096;

/// Minimum requirements that together satisfy the gates.
#[derive(Debug, Clone, Default)]
pub(super) struct Requirements {
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
pub(super) fn alternatives(cond: &Condition) -> Vec<Requirements> {
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
pub(super) type Cost = (u32, u32);

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
    let mut cost = (0, 0);
    let mut levels: Vec<(usize, u8, bool)> = Vec::new(); // (question, level, changed)
    for (i, q) in &qs {
        let now = current[q.id.as_str()];
        match question_min.get(&q.id) {
            Some(&min) => {
                let (to, c) = raise(q, now, min)?;
                cost = add(cost, c);
                levels.push((*i, to, c.0 > 0));
            }
            None => levels.push((*i, now.unwrap_or(1), false)),
        }
    }
    let need = qs.len() - (qs.len().saturating_sub(1)) / 2;
    cost = add(
        cost,
        lift_to_median(bank, current, &mut levels, level, need)?,
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
    bank: &Bank,
    current: &HashMap<&str, Option<u8>>,
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
            let q = &bank.questions[*i];
            let now = current[q.id.as_str()];
            let (to, from_now) = raise(q, now, level)?;
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

/// The cheapest raises that meet `req`, over all dimensions.
pub(super) fn solve(
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
