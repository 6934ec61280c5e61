//! A retailer's answer and dimension levels, with the counts a report shows beside
//! each dimension. Gates are decided over them by [`crate::bank::Rule`] alone.

use crate::bank::{Bank, Question};

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

/// What the gates are evaluated over, for one retailer.
#[derive(Debug, Clone)]
pub struct Levels<'q> {
    /// Each question's answer level, in bank order; `None` when unknown.
    pub levels: Vec<Option<u8>>,
    /// In bank order.
    pub dimensions: Vec<DimensionLevel<'q>>,
    /// Each dimension's level alone, in bank order, as rules read them.
    pub by_dimension: Vec<u8>,
    bank: &'q Bank,
}

impl<'q> Levels<'q> {
    /// Levels for a bank, from each question's level in bank order.
    pub fn for_bank(bank: &'q Bank, levels: Vec<Option<u8>>) -> Levels<'q> {
        let by_dimension = bank.ladder().dimension_levels(&levels);
        let dimensions = bank
            .dimensions
            .iter()
            .enumerate()
            .zip(&by_dimension)
            .map(|((d, dim), &level)| {
                let mine = || {
                    bank.dimension_of()
                        .iter()
                        .zip(&levels)
                        .filter(move |(&of, _)| of == d)
                        .map(|(_, l)| *l)
                };
                DimensionLevel {
                    id: &dim.id,
                    level,
                    sum: mine().map(|l| u32::from(l.unwrap_or(1))).sum(),
                    questions: (mine().count() as u32).max(1),
                    known: mine().filter(Option::is_some).count() as u32,
                }
            })
            .collect();
        Levels {
            levels,
            dimensions,
            by_dimension,
            bank,
        }
    }

    /// Levels for a bank, with `level_of` giving each question's answer level.
    pub fn compute(bank: &'q Bank, level_of: impl Fn(&Question) -> Option<u8>) -> Levels<'q> {
        Levels::for_bank(bank, bank.questions.iter().map(level_of).collect())
    }

    /// The answer level of the question at position `i`; `None` when unknown.
    pub fn answer(&self, i: usize) -> Option<u8> {
        self.levels.get(i).copied().flatten()
    }

    /// The level of dimension `id` (1 for an unknown id).
    pub fn dimension(&self, id: &str) -> u8 {
        self.bank
            .dimension_position(id)
            .map_or(1, |i| self.by_dimension[i])
    }
}
