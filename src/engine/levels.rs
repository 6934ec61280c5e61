//! Answer and dimension levels, and gate conditions evaluated over them. Shared by the
//! engine and by bank validation (which asks: could this gate pass at best?).

use crate::bank::{Bank, Condition, Dimension, Question};
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
        // Levels are small numbers, so each dimension keeps a count per level and the
        // median is read off the counts: no sorting, no list per dimension.
        let width = usize::from(levels.iter().flatten().copied().max().unwrap_or(1)).max(1) + 1;
        let mut counts = vec![0u32; dimensions.len() * width];
        let mut known = vec![0u32; dimensions.len()];
        for (&d, l) in dimension_of.iter().zip(&levels) {
            if d < dimensions.len() {
                counts[d * width + usize::from(l.unwrap_or(1))] += 1;
                known[d] += u32::from(l.is_some());
            }
        }
        let dimensions = dimensions
            .iter()
            .zip(counts.chunks(width))
            .zip(known)
            .map(|((d, counts), known)| {
                let n: u32 = counts.iter().sum();
                // The lower median is the ((n - 1) / 2)-th level in ascending order.
                let rank = n.saturating_sub(1) / 2;
                let mut seen = 0;
                let level = (0..width)
                    .find(|&l| {
                        seen += counts[l];
                        seen > rank
                    })
                    .map_or(1, |l| l as u8);
                DimensionLevel {
                    id: &d.id,
                    level: if n == 0 { 1 } else { level },
                    sum: counts.iter().enumerate().map(|(l, c)| l as u32 * c).sum(),
                    questions: n.max(1),
                    known,
                }
            })
            .collect();
        Levels {
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
    pub fn holds(&self, cond: &Condition) -> bool {
        match cond {
            Condition::All(list) => list.iter().all(|c| self.holds(c)),
            Condition::Any(list) => list.iter().any(|c| self.holds(c)),
            Condition::Some { count, of } => of.iter().filter(|c| self.holds(c)).count() >= *count,
            leaf => self.leaf_holds(leaf),
        }
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
                let met = self.leaf_holds(leaf);
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

    fn leaf_holds(&self, leaf: &Condition) -> bool {
        match leaf {
            Condition::Answer { question, at_least } => {
                self.answer(question).is_some_and(|l| l >= *at_least)
            }
            Condition::Level {
                dimension,
                at_least,
            } => self.dimension(dimension) >= *at_least,
            Condition::Breadth { count, at_least } => {
                self.dimensions
                    .iter()
                    .filter(|d| d.level >= *at_least)
                    .count()
                    >= *count
            }
            Condition::All(_) | Condition::Any(_) | Condition::Some { .. } => self.holds(leaf),
        }
    }
}
