//! The model's rule, compiled once per bank and evaluated in this one place: gate
//! conditions over positions, dimension levels, and the [`Ladder`] that places a
//! retailer. Single reports, batches, plans and bank validation all decide through it.

use super::{Condition, GateKind};

/// A [`Condition`] whose question and dimension ids are positions in bank order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    All(Vec<Rule>),
    Any(Vec<Rule>),
    Some { count: usize, of: Vec<Rule> },
    Answer { question: usize, at_least: u8 },
    Level { dimension: usize, at_least: u8 },
    Breadth { count: usize, at_least: u8 },
}

/// A leaf of a rule that decided it, with whether it held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leaf<'r> {
    pub rule: &'r Rule,
    pub met: bool,
}

impl Rule {
    /// Resolves every id in `cond`; `None` if one does not exist.
    pub fn compile(
        cond: &Condition,
        question: &dyn Fn(&str) -> Option<usize>,
        dimension: &dyn Fn(&str) -> Option<usize>,
    ) -> Option<Rule> {
        let list = |of: &[Condition]| -> Option<Vec<Rule>> {
            of.iter()
                .map(|c| Rule::compile(c, question, dimension))
                .collect()
        };
        Some(match cond {
            Condition::All(of) => Rule::All(list(of)?),
            Condition::Any(of) => Rule::Any(list(of)?),
            Condition::Some { count, of } => Rule::Some {
                count: *count,
                of: list(of)?,
            },
            Condition::Answer {
                question: q,
                at_least,
            } => Rule::Answer {
                question: question(q)?,
                at_least: *at_least,
            },
            Condition::Level {
                dimension: d,
                at_least,
            } => Rule::Level {
                dimension: dimension(d)?,
                at_least: *at_least,
            },
            Condition::Breadth { count, at_least } => Rule::Breadth {
                count: *count,
                at_least: *at_least,
            },
        })
    }

    /// Whether the rule holds over each question's answer level and each dimension's
    /// level (both in bank order; an unknown answer is `None`).
    pub fn holds(&self, answers: &[Option<u8>], dimensions: &[u8]) -> bool {
        let holds = |r: &Rule| r.holds(answers, dimensions);
        match self {
            Rule::All(of) => of.iter().all(holds),
            Rule::Any(of) => of.iter().any(holds),
            Rule::Some { count, of } => of.iter().filter(|r| holds(r)).count() >= *count,
            leaf => leaf.leaf_holds(answers, dimensions),
        }
    }

    fn leaf_holds(&self, answers: &[Option<u8>], dimensions: &[u8]) -> bool {
        match *self {
            Rule::Answer { question, at_least } => answers
                .get(question)
                .copied()
                .flatten()
                .is_some_and(|l| l >= at_least),
            Rule::Level {
                dimension,
                at_least,
            } => dimensions.get(dimension).copied().unwrap_or(1) >= at_least,
            Rule::Breadth { count, at_least } => {
                dimensions.iter().filter(|&&l| l >= at_least).count() >= count
            }
            Rule::All(_) | Rule::Any(_) | Rule::Some { .. } => false,
        }
    }

    /// Whether the rule holds, and the leaves that decided it: for a pass, the leaves
    /// that made it pass; for a failure, the leaves that were not met.
    pub fn decide(&self, answers: &[Option<u8>], dimensions: &[u8]) -> (bool, Vec<Leaf<'_>>) {
        let (list, need) = match self {
            Rule::All(of) => (of, of.len()),
            Rule::Any(of) => (of, 1.min(of.len())),
            Rule::Some { count, of } => (of, *count),
            leaf => {
                let met = leaf.leaf_holds(answers, dimensions);
                return (met, vec![Leaf { rule: leaf, met }]);
            }
        };
        let results: Vec<_> = list.iter().map(|r| r.decide(answers, dimensions)).collect();
        let passed = results.iter().filter(|(met, _)| *met).count() >= need;
        let leaves = results
            .into_iter()
            .filter(|(met, _)| *met == passed)
            .flat_map(|(_, leaves)| leaves)
            .collect();
        (passed, leaves)
    }

    /// The questions this rule reads directly, and the dimensions whose level it reads.
    fn reads(&self, questions: &mut Vec<usize>, dimensions: &mut Vec<usize>) {
        match self {
            Rule::All(of) | Rule::Any(of) | Rule::Some { of, .. } => {
                of.iter().for_each(|r| r.reads(questions, dimensions))
            }
            Rule::Answer { question, .. } => questions.push(*question),
            Rule::Level { dimension, .. } => dimensions.push(*dimension),
            Rule::Breadth { .. } => {}
        }
    }
}

impl Condition {
    /// The conditions at the bottom of the tree: answers, levels and breadth.
    pub fn leaves(&self) -> Vec<&Condition> {
        match self {
            Condition::All(list) | Condition::Any(list) | Condition::Some { of: list, .. } => {
                list.iter().flat_map(Condition::leaves).collect()
            }
            leaf => vec![leaf],
        }
    }
}

/// Each dimension's level: the lower median of its questions' levels, an unknown
/// answer counting as 1. `dimension_of` gives each question's dimension position.
pub fn dimension_levels(
    dimensions: usize,
    dimension_of: &[usize],
    levels: &[Option<u8>],
) -> Vec<u8> {
    let top = levels.iter().flatten().copied().max().unwrap_or(1).max(1);
    let width = usize::from(top) + 1;
    // A batch asks this for every record: the counts usually fit on the stack.
    let (mut stack, mut heap) = ([0u32; 256], Vec::new());
    let counts = match dimensions * width <= stack.len() {
        true => &mut stack[..dimensions * width],
        false => {
            heap.resize(dimensions * width, 0);
            &mut heap[..]
        }
    };
    for (&d, l) in dimension_of.iter().zip(levels) {
        if d < dimensions {
            counts[d * width + usize::from(l.unwrap_or(1))] += 1;
        }
    }
    counts.chunks(width).map(lower_median).collect()
}

/// The lower median of the levels counted in `counts` (indexed by level; 1 when
/// there are none). Levels are small numbers, so no sorting is needed.
pub fn lower_median(counts: &[u32]) -> u8 {
    let n: u32 = counts.iter().sum();
    // The lower median is the ((n - 1) / 2)-th level in ascending order.
    let rank = n.saturating_sub(1) / 2;
    let mut seen = 0;
    let level = (0..counts.len()).find(|&l| {
        seen += counts[l];
        seen > rank
    });
    match level {
        Some(l) if n > 0 => l as u8,
        _ => 1,
    }
}

/// One gate as the ladder evaluates it.
#[derive(Debug, Clone)]
pub struct CompiledGate {
    pub stage: u8,
    pub kind: GateKind,
    pub rule: Rule,
}

/// Where a set of answers places a retailer, and the two readings behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// The stage: the strict reading, or one below what the rest shows, the higher.
    pub stage: u8,
    /// The highest stage whose gates, and those of every stage below, all pass.
    pub strict: u8,
    /// The same with every mark taken as present: what the rest of the answers show.
    pub rest: u8,
}

/// The model's placement rule over a bank's gates.
///
/// Transitions are hard: no stage without its transition and those below it. Marks
/// weigh in the verdict but cannot hold a retailer more than one stage below what
/// the rest of its answers show, so one answer never swings the verdict by more than
/// one stage (transitions aside; a property test checks this for the shipped bank).
/// Every gate is monotone, so the placement is too: a better answer never lowers it.
#[derive(Debug, Clone)]
pub struct Ladder {
    top: u8,
    /// In bank order.
    gates: Vec<CompiledGate>,
    dimensions: usize,
    dimension_of: Vec<usize>,
    /// Per question, its best level.
    best: Vec<u8>,
    /// Per question, whether a mark reads it (directly or through its dimension).
    marked: Vec<bool>,
    /// Per question, whether a transition reads it.
    transition: Vec<bool>,
}

impl Ladder {
    pub fn new(
        top: u8,
        gates: Vec<CompiledGate>,
        dimensions: usize,
        dimension_of: Vec<usize>,
        best: Vec<u8>,
    ) -> Ladder {
        let read_by = |kind: GateKind| {
            let mut flags = vec![false; dimension_of.len()];
            for g in gates.iter().filter(|g| g.kind == kind) {
                let (mut qs, mut ds) = (Vec::new(), Vec::new());
                g.rule.reads(&mut qs, &mut ds);
                for (i, d) in dimension_of.iter().enumerate() {
                    flags[i] |= qs.contains(&i) || ds.contains(d);
                }
            }
            flags
        };
        Ladder {
            marked: read_by(GateKind::Mark),
            transition: read_by(GateKind::Transition),
            top,
            gates,
            dimensions,
            dimension_of,
            best,
        }
    }

    pub fn gates(&self) -> &[CompiledGate] {
        &self.gates
    }

    /// Whether question `i` decides a transition (its answer may move the stage by
    /// more than one, as the model intends).
    pub fn is_transition(&self, i: usize) -> bool {
        self.transition.get(i).copied().unwrap_or(false)
    }

    /// Whether question `i` decides a mark.
    pub fn is_marked(&self, i: usize) -> bool {
        self.marked.get(i).copied().unwrap_or(false)
    }

    /// Each dimension's level for these answer levels.
    pub fn dimension_levels(&self, levels: &[Option<u8>]) -> Vec<u8> {
        dimension_levels(self.dimensions, &self.dimension_of, levels)
    }

    /// Where answers at these levels (bank order; `None` unknown) place a retailer.
    pub fn place(&self, levels: &[Option<u8>]) -> Placement {
        let strict = self.highest(levels, |_| true);
        let lifted: Vec<Option<u8>> = levels
            .iter()
            .zip(&self.marked)
            .zip(&self.best)
            .map(|((&l, &marked), &best)| if marked { Some(best) } else { l })
            .collect();
        // With every marked question at its best, every mark passes (validation
        // checks each gate passes at best), so only the other gates are asked.
        let rest = self.highest(&lifted, |g| g.kind != GateKind::Mark);
        Placement {
            stage: strict.max(rest.saturating_sub(1)).max(1),
            strict,
            rest,
        }
    }

    /// The stage these answer levels place a retailer at.
    pub fn stage(&self, levels: &[Option<u8>]) -> u8 {
        self.place(levels).stage
    }

    /// The stage if every unknown answer were answered at its best: since the rule is
    /// monotone, the highest the open questions could lift the retailer.
    pub fn could_reach(&self, levels: &[Option<u8>]) -> u8 {
        let filled: Vec<Option<u8>> = levels
            .iter()
            .zip(&self.best)
            .map(|(&l, &best)| l.or(Some(best)))
            .collect();
        self.stage(&filled)
    }

    /// The unknown answers (positions) that alone, answered at their best, would
    /// change the stage.
    pub fn deciding(&self, levels: &[Option<u8>]) -> Vec<usize> {
        let stage = self.stage(levels);
        let mut probe = levels.to_vec();
        (0..levels.len())
            .filter(|&i| levels[i].is_none())
            .filter(|&i| {
                probe[i] = Some(self.best[i]);
                let moved = self.stage(&probe) != stage;
                probe[i] = None;
                moved
            })
            .collect()
    }

    /// The highest stage whose gates (those `counted`), and those of every stage
    /// below it, all pass. Gates above the first stage that fails are not decided.
    fn highest(&self, levels: &[Option<u8>], counted: impl Fn(&CompiledGate) -> bool) -> u8 {
        let dimensions = self.dimension_levels(levels);
        let passes = |n: u8| {
            self.gates
                .iter()
                .filter(|g| g.stage == n && counted(g))
                .all(|g| g.rule.holds(levels, &dimensions))
        };
        (2..=self.top)
            .take_while(|&n| passes(n))
            .last()
            .unwrap_or(1)
    }
}
