//! Answer and dimension levels, and gate conditions evaluated over them. Shared by the
//! engine and by bank validation (which asks: could this gate pass at best?).

use crate::bank::{Bank, Condition, Dimension, Question, Rule};
use crate::idmap::IdMap;

/// The level of a dimension: the median of its questions' levels (the lower one for an
/// even count), where an unknown answer counts as the lowest stage (no evidence). A
/// median lets no single answer carry or sink a dimension on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionLevel<'q> {
    pub id: &'q str,
    pub level: u8,
    /// Sum of the question levels, for the exact mean (`sum / questions`).
    pub sum: u32,
    pub questions: u32,
    pub known: u32,
}

/// What the gates are evaluated over. Borrows its ids from the bank: it is built
/// once per retailer, so it should cost little.
#[derive(Debug, Clone)]
pub struct Levels<'q> {
    /// Each question's answer level, in bank order; `None` when unknown.
    pub levels: Vec<Option<u8>>,
    /// Question id → position, borrowed from a validated bank or built here.
    index: Index<'q>,
    /// In bank order.
    pub dimensions: Vec<DimensionLevel<'q>>,
    /// Each dimension's level alone, in bank order, as rules read them.
    by_dimension: Vec<u8>,
}

#[derive(Debug, Clone)]
enum Index<'q> {
    Bank(&'q IdMap<String, usize>),
    Own(IdMap<&'q str, usize>),
}

/// A leaf of a condition that decided a gate, with whether it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaf<'c> {
    pub condition: &'c Condition,
    pub met: bool,
}

impl<'q> Levels<'q> {
    pub fn compute(
        questions: &'q [Question],
        dimensions: &'q [Dimension],
        level_of: impl Fn(&Question) -> Option<u8>,
    ) -> Levels<'q> {
        let dimension_of: Vec<usize> = questions
            .iter()
            .map(|q| {
                dimensions
                    .iter()
                    .position(|d| d.id == q.dimension)
                    .unwrap_or(usize::MAX)
            })
            .collect();
        let levels = questions.iter().map(level_of).collect();
        let index = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), i))
            .collect();
        Levels::from_parts(dimensions, &dimension_of, levels, Index::Own(index))
    }

    /// Levels for a validated bank, from each question's level in bank order.
    pub fn for_bank(bank: &'q Bank, levels: Vec<Option<u8>>) -> Levels<'q> {
        let index = Index::Bank(bank.question_index());
        Levels::from_parts(&bank.dimensions, bank.dimension_of(), levels, index)
    }

    fn from_parts(
        dimensions: &'q [Dimension],
        dimension_of: &[usize],
        levels: Vec<Option<u8>>,
        index: Index<'q>,
    ) -> Levels<'q> {
        let tally = Tally::new(dimensions.len(), dimension_of, &levels);
        let mut known = vec![0u32; dimensions.len()];
        for (&d, l) in dimension_of.iter().zip(&levels) {
            if let Some(k) = known.get_mut(d) {
                *k += u32::from(l.is_some());
            }
        }
        let dimensions: Vec<DimensionLevel> = dimensions
            .iter()
            .enumerate()
            .zip(known)
            .map(|((i, d), known)| {
                let counts = tally.of(i);
                let n: u32 = counts.iter().sum();
                DimensionLevel {
                    id: &d.id,
                    level: lower_median(counts),
                    sum: counts.iter().enumerate().map(|(l, c)| l as u32 * c).sum(),
                    questions: n.max(1),
                    known,
                }
            })
            .collect();
        Levels {
            by_dimension: dimensions.iter().map(|d| d.level).collect(),
            levels,
            index,
            dimensions,
        }
    }

    pub fn answer(&self, question: &str) -> Option<u8> {
        let i = match &self.index {
            Index::Bank(map) => map.get(question),
            Index::Own(map) => map.get(question),
        };
        i.and_then(|&i| self.levels.get(i).copied().flatten())
    }

    pub fn dimension(&self, id: &str) -> u8 {
        self.dimensions
            .iter()
            .find(|d| d.id == id)
            .map_or(1, |d| d.level)
    }

    /// Whether `cond` holds; like [`Levels::decide`] without collecting the reasons.
    /// A condition naming an unknown question or dimension does not hold.
    pub fn holds(&self, cond: &Condition) -> bool {
        let question = |id: &str| match &self.index {
            Index::Bank(map) => map.get(id).copied(),
            Index::Own(map) => map.get(id).copied(),
        };
        let dimension = |id: &str| self.dimensions.iter().position(|d| d.id == id);
        Rule::compile(cond, &question, &dimension)
            .is_some_and(|r| r.holds(&self.levels, &self.by_dimension))
    }

    /// Whether `cond` holds, and the leaves that decided it: for a pass, the leaves
    /// that made it pass; for a failure, the leaves that were not met.
    pub fn decide<'c>(&self, cond: &'c Condition) -> (bool, Vec<Leaf<'c>>) {
        let children = |list: &'c [Condition]| -> Vec<(bool, Vec<Leaf<'c>>)> {
            list.iter().map(|c| self.decide(c)).collect()
        };
        let pick = |results: Vec<(bool, Vec<Leaf<'c>>)>, passed: bool| {
            let leaves = results
                .into_iter()
                .filter(|(met, _)| *met == passed)
                .flat_map(|(_, l)| l)
                .collect();
            (passed, leaves)
        };
        match cond {
            Condition::All(list) => {
                let r = children(list);
                let passed = r.iter().all(|(m, _)| *m);
                pick(r, passed)
            }
            Condition::Any(list) => {
                let r = children(list);
                let passed = r.iter().any(|(m, _)| *m);
                pick(r, passed)
            }
            Condition::Some { count, of } => {
                let r = children(of);
                let passed = r.iter().filter(|(m, _)| *m).count() >= *count;
                pick(r, passed)
            }
            leaf => {
                let met = self.holds(leaf);
                (
                    met,
                    vec![Leaf {
                        condition: leaf,
                        met,
                    }],
                )
            }
        }
    }
}

/// How many of each dimension's questions sit at each level, an unknown answer
/// counting as level 1. Levels are small numbers, so the median is read off the
/// counts: no sorting, no list per dimension.
struct Tally {
    width: usize,
    counts: Vec<u32>,
}

impl Tally {
    fn new(dimensions: usize, dimension_of: &[usize], levels: &[Option<u8>]) -> Tally {
        let width = Tally::width(levels);
        let mut counts = vec![0u32; dimensions * width];
        Tally::count(&mut counts, width, dimension_of, levels);
        Tally { width, counts }
    }

    /// Room for every level from 0 to the highest answered.
    fn width(levels: &[Option<u8>]) -> usize {
        let top = levels.iter().flatten().copied().max().unwrap_or(1);
        usize::from(top.max(1)) + 1
    }

    /// Adds each question's level to its dimension's row of `counts`.
    fn count(counts: &mut [u32], width: usize, dimension_of: &[usize], levels: &[Option<u8>]) {
        let dimensions = counts.len() / width;
        for (&d, l) in dimension_of.iter().zip(levels) {
            if d < dimensions {
                counts[d * width + usize::from(l.unwrap_or(1))] += 1;
            }
        }
    }

    /// The counts of dimension `d`, indexed by level.
    fn of(&self, d: usize) -> &[u32] {
        &self.counts[d * self.width..(d + 1) * self.width]
    }
}

/// The lower median of the levels counted in `counts` (1 when there are none).
fn lower_median(counts: &[u32]) -> u8 {
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

/// Each dimension's level (bank order) from each question's answer level, without
/// the rest of [`Levels`]: what deciding gates for many retailers needs.
pub fn dimension_levels(bank: &Bank, levels: &[Option<u8>]) -> Vec<u8> {
    let (n, width) = (bank.dimensions.len(), Tally::width(levels));
    // A batch asks this for every record: the counts usually fit on the stack.
    let (mut stack, mut heap) = ([0u32; 256], Vec::new());
    let counts = match n * width <= stack.len() {
        true => &mut stack[..n * width],
        false => {
            heap.resize(n * width, 0);
            &mut heap[..]
        }
    };
    Tally::count(counts, width, bank.dimension_of(), levels);
    counts.chunks(width).map(lower_median).collect()
}
