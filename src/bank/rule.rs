//! Gate conditions with their ids resolved to positions in the bank, so that deciding
//! a gate for a retailer compares small numbers instead of looking up names.

use super::Condition;

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
            Rule::Answer { question, at_least } => answers
                .get(*question)
                .copied()
                .flatten()
                .is_some_and(|l| l >= *at_least),
            Rule::Level {
                dimension,
                at_least,
            } => dimensions.get(*dimension).copied().unwrap_or(1) >= *at_least,
            Rule::Breadth { count, at_least } => {
                dimensions.iter().filter(|&&l| l >= *at_least).count() >= *count
            }
        }
    }
}
