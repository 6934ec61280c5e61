//! Answer and dimension levels, and gate conditions evaluated over them. Shared by the
//! engine and by bank validation (which asks: could this gate pass at best?).

use std::collections::HashMap;

use crate::bank::{Condition, Dimension, Question};

/// The level of a dimension: the median of its questions' levels (the lower one for an
/// even count), where an unknown answer counts as the lowest stage (no evidence). A
/// median lets no single answer carry or sink a dimension on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionLevel {
    pub id: String,
    pub level: u8,
    /// Sum of the question levels, for the exact mean (`sum / questions`).
    pub sum: u32,
    pub questions: u32,
    pub known: u32,
}

/// What the gates are evaluated over.
#[derive(Debug, Clone)]
pub struct Levels {
    /// Question id → level of the answer; `None` when unknown (missing or unsure).
    pub answers: HashMap<String, Option<u8>>,
    /// In bank order.
    pub dimensions: Vec<DimensionLevel>,
}

/// A leaf of a condition that decided a gate, with whether it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaf<'c> {
    pub condition: &'c Condition,
    pub met: bool,
}

impl Levels {
    pub fn compute(
        questions: &[Question],
        dimensions: &[Dimension],
        level_of: impl Fn(&Question) -> Option<u8>,
    ) -> Levels {
        let answers: HashMap<String, Option<u8>> = questions
            .iter()
            .map(|q| (q.id.clone(), level_of(q)))
            .collect();
        let dimensions = dimensions
            .iter()
            .map(|d| {
                let known: Vec<Option<u8>> = questions
                    .iter()
                    .filter(|q| q.dimension == d.id)
                    .map(|q| answers[&q.id])
                    .collect();
                let mut levels: Vec<u8> = known.iter().map(|l| l.unwrap_or(1)).collect();
                levels.sort_unstable();
                DimensionLevel {
                    id: d.id.clone(),
                    level: levels
                        .get(levels.len().saturating_sub(1) / 2)
                        .copied()
                        .unwrap_or(1),
                    sum: levels.iter().map(|&l| u32::from(l)).sum(),
                    questions: levels.len().max(1) as u32,
                    known: known.iter().flatten().count() as u32,
                }
            })
            .collect();
        Levels {
            answers,
            dimensions,
        }
    }

    pub fn answer(&self, question: &str) -> Option<u8> {
        self.answers.get(question).copied().flatten()
    }

    pub fn dimension(&self, id: &str) -> u8 {
        self.dimensions
            .iter()
            .find(|d| d.id == id)
            .map_or(1, |d| d.level)
    }

    pub fn holds(&self, cond: &Condition) -> bool {
        self.decide(cond).0
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
