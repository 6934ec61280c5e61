//! The question bank: stages, dimensions, questions, gates and next steps, read from
//! YAML and checked in full before the engine ever sees it.

mod rule;
pub mod schema;
mod validate;

pub use rule::{dimension_levels, CompiledGate, Ladder, Leaf, Placement, Rule};

pub use schema::{
    AnswerOption, AnswerRange, BankMeta, Condition, Conflict, Dimension, Gate, GateKind, Goal,
    NextStep, Question, QuestionKind, Rating, Situation, Stage, Text,
};

use crate::error::{Error, InputKind};
use crate::nesting::nesting_problem;
use crate::size::{size_problems, Cap};
use rustc_hash::FxHashMap as IdMap;

/// How the embedded bank is named in messages.
pub const DEFAULT_BANK_NAME: &str = "<embedded>/questions/bank.yaml";

/// The answer every question accepts: "don't know / not applicable".
pub const UNSURE: &str = "unsure";
/// The answer the questionnaire records for a question its `ask-if` left out.
pub const SKIPPED: &str = "skipped";
/// Answer ids no bank option may use.
pub const RESERVED: [&str; 2] = [UNSURE, SKIPPED];

/// The most stages a bank may have.
pub const MAX_STAGES: u8 = 10;

/// The most entries a bank may hold in each list: far more than a real bank needs,
/// few enough that checking a bank and planning with it stay quick. Longer lists are
/// refused before the bank is read further.
pub const BANK_CAPS: [Cap; 7] = [
    ("stages", MAX_STAGES as usize),
    ("dimensions", 100),
    ("questions", 1000),
    ("gates", 500),
    ("conflicts", 1000),
    ("situations", 1000),
    ("next-steps", 2000),
];

/// A validated question bank. Built only by [`Bank::from_yaml`], so every id it
/// refers to exists and every gate can pass.
#[derive(Debug, Clone)]
pub struct Bank {
    pub meta: BankMeta,
    /// Ordered by number, 1 first.
    pub stages: Vec<Stage>,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    pub gates: Vec<Gate>,
    pub conflicts: Vec<Conflict>,
    pub situations: Vec<Situation>,
    pub next_steps: Vec<NextStep>,
    question_index: IdMap<String, usize>,
    dimension_index: IdMap<String, usize>,
    step_index: IdMap<String, usize>,
    /// Per question (bank order), the position of its dimension.
    dimension_of: Vec<usize>,
    /// The gates compiled to positions, and the rule that places a retailer.
    ladder: Ladder,
    /// Per dimension (bank order), how many layers of `builds-on` lie beneath it.
    depths: Vec<usize>,
}

impl Bank {
    /// Parses and validates a bank; `file` names it in messages.
    /// A byte-order mark in front, as some editors save, is passed over.
    pub fn from_yaml(src: &str, file: &str) -> Result<Bank, Error> {
        let src = crate::locate::without_bom(src);
        let invalid = |problems| Error::Invalid {
            kind: InputKind::Bank,
            file: file.to_string(),
            problems,
        };
        // Nesting first: the event parser slows down on deep nesting.
        if let Some(p) = nesting_problem(src).or_else(|| crate::locate::merge_key(src)) {
            return Err(invalid(vec![p]));
        }
        let too_large = size_problems(src, &BANK_CAPS);
        if !too_large.is_empty() {
            return Err(invalid(too_large));
        }
        let raw: schema::RawBank = serde_yaml::from_str(src)
            .map_err(|e| invalid(vec![crate::locate::yaml_error(src, &e)]))?;
        let problems = validate::problems(&raw, src);
        if !problems.is_empty() {
            return Err(invalid(problems));
        }
        Ok(Bank::index(raw))
    }

    /// A bank that passed [`validate::problems`], indexed for the engine.
    pub(crate) fn index(mut raw: schema::RawBank) -> Bank {
        raw.stages.sort_by_key(|s| s.number);
        let by_id = |ids: Vec<&String>| -> IdMap<String, usize> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        let dimension_of: Vec<usize> = raw
            .questions
            .iter()
            .map(|q| {
                raw.dimensions
                    .iter()
                    .position(|d| d.id == q.dimension)
                    .expect("validated")
            })
            .collect();
        let question_index = by_id(raw.questions.iter().map(|q| &q.id).collect());
        let dimension_index = by_id(raw.dimensions.iter().map(|d| &d.id).collect());
        let gates = raw
            .gates
            .iter()
            .map(|g| {
                let question = |id: &str| question_index.get(id).copied();
                let dimension = |id: &str| dimension_index.get(id).copied();
                CompiledGate {
                    stage: g.stage,
                    kind: g.kind,
                    rule: Rule::compile(&g.when, &question, &dimension).expect("validated"),
                }
            })
            .collect();
        let top = raw.stages.last().map_or(1, |s| s.number);
        let best = raw.questions.iter().map(Question::best_stage).collect();
        let ladder = Ladder::new(top, gates, raw.dimensions.len(), dimension_of.clone(), best);
        Bank {
            dimension_of,
            ladder,
            // Validated: builds-on has no cycle.
            depths: foundation_depths(&raw.dimensions).unwrap_or_default(),
            question_index,
            dimension_index,
            step_index: by_id(raw.next_steps.iter().map(|s| &s.id).collect()),
            meta: raw.bank,
            stages: raw.stages,
            dimensions: raw.dimensions,
            questions: raw.questions,
            gates: raw.gates,
            conflicts: raw.conflicts,
            situations: raw.situations,
            next_steps: raw.next_steps,
        }
    }

    /// The position of each question's dimension, in bank order.
    pub fn dimension_of(&self) -> &[usize] {
        &self.dimension_of
    }

    /// The gates compiled to positions, and the rule that places a retailer.
    pub fn ladder(&self) -> &Ladder {
        &self.ladder
    }

    /// `cond` with its ids resolved to positions; `None` if one does not exist.
    pub fn compile(&self, cond: &Condition) -> Option<Rule> {
        let question = |id: &str| self.question_position(id);
        let dimension = |id: &str| self.dimension_position(id);
        Rule::compile(cond, &question, &dimension)
    }

    /// The position of a question in the bank.
    pub fn question_position(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index.get(id).map(|&i| &self.questions[i])
    }

    /// How foundational a dimension is: 0 for one that builds on nothing, else one
    /// more than the deepest dimension it builds on.
    pub fn foundation_depth(&self, dimension: &str) -> usize {
        self.dimension_position(dimension)
            .and_then(|i| self.depths.get(i).copied())
            .unwrap_or(0)
    }

    pub fn dimension_position(&self, id: &str) -> Option<usize> {
        self.dimension_index.get(id).copied()
    }

    pub fn next_step(&self, id: &str) -> Option<&NextStep> {
        self.step_index.get(id).map(|&i| &self.next_steps[i])
    }

    pub fn gate(&self, id: &str) -> Option<&Gate> {
        self.gates.iter().find(|g| g.id == id)
    }

    pub fn stage(&self, number: u8) -> Option<&Stage> {
        self.stages.iter().find(|s| s.number == number)
    }

    /// The highest stage number (4 in the default bank).
    pub fn top_stage(&self) -> u8 {
        self.stages.last().map_or(1, |s| s.number)
    }
}

/// Each dimension's depth in the `builds-on` graph, in bank order; when the graph
/// has a cycle, `Err` with the first dimension in bank order that lies on one or
/// rests on one. Unknown ids are ignored here (validation reports them). Each
/// dimension and each edge is visited once.
pub(crate) fn foundation_depths(dimensions: &[Dimension]) -> Result<Vec<usize>, usize> {
    let index: IdMap<&str, usize> = (dimensions.iter().enumerate().rev())
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let under: Vec<Vec<usize>> = dimensions
        .iter()
        .map(|d| {
            let ids = d.builds_on.iter();
            ids.filter_map(|id| index.get(id.as_str()).copied())
                .collect()
        })
        .collect();
    let mut marks = vec![Mark::New; dimensions.len()];
    for start in 0..dimensions.len() {
        if !settle(start, &under, &mut marks) {
            return Err(start);
        }
    }
    let depth = |m: Mark| match m {
        Mark::Done(d) => d,
        _ => 0,
    };
    Ok(marks.into_iter().map(depth).collect())
}

/// Where the walk of the `builds-on` graph stands with a dimension.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    New,
    /// On the path being walked: reaching it again closes a loop.
    Open,
    /// Settled, at this depth.
    Done(usize),
}

/// Settles the depth of `start` and of every dimension under it (`under` lists the
/// dimensions each builds on), depth first without recursion; `false` when the walk
/// runs into a loop.
fn settle(start: usize, under: &[Vec<usize>], marks: &mut [Mark]) -> bool {
    if marks[start] != Mark::New {
        return true;
    }
    marks[start] = Mark::Open;
    // Each dimension on the path, with the next of its edges to follow.
    let mut path = vec![(start, 0usize)];
    while let Some((i, next)) = path.last_mut() {
        let i = *i;
        match under[i].get(*next) {
            Some(&j) => {
                *next += 1;
                match marks[j] {
                    Mark::Open => return false,
                    Mark::New => {
                        marks[j] = Mark::Open;
                        path.push((j, 0));
                    }
                    Mark::Done(_) => {}
                }
            }
            None => {
                let below = under[i].iter().filter_map(|&j| match marks[j] {
                    Mark::Done(d) => Some(d + 1),
                    _ => None,
                });
                marks[i] = Mark::Done(below.max().unwrap_or(0));
                path.pop();
            }
        }
    }
    true
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Where in `ids` (the options of a multiple-choice answer) an option stands
    /// that goes alone, if another option of the question is there too.
    pub fn exclusive_among(&self, ids: &[String]) -> Option<usize> {
        let n = ids
            .iter()
            .position(|id| self.option(id).is_some_and(|o| o.exclusive))?;
        ids.iter()
            .any(|id| id != &ids[n] && self.option(id).is_some())
            .then_some(n)
    }

    /// The highest stage any answer to this question can evidence.
    pub fn best_stage(&self) -> u8 {
        self.options.iter().map(|o| o.stage).max().unwrap_or(1)
    }

    /// The option ids, for messages that list what is allowed.
    pub fn option_ids(&self) -> String {
        let ids: Vec<String> = self.options.iter().map(|o| format!("`{}`", o.id)).collect();
        ids.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::{foundation_depths, Dimension};

    fn dimension(id: usize, builds_on: &[usize]) -> Dimension {
        Dimension {
            id: format!("d{id}"),
            name: serde_yaml::from_str("{en: x}").unwrap(),
            description: serde_yaml::from_str("{en: x}").unwrap(),
            source: "x".into(),
            builds_on: builds_on.iter().map(|b| format!("d{b}")).collect(),
        }
    }

    /// Each dimension and edge is visited once, so a chain far longer than any bank
    /// allows is settled at once (a pass per dimension would take hours).
    #[test]
    fn depths_of_a_long_chain_and_the_first_dimension_on_a_loop() {
        let n = 100_000;
        // d0 builds on d1, d1 on d2, ..., and the last on nothing.
        let chain: Vec<Dimension> = (0..n)
            .map(|i| match i + 1 < n {
                true => dimension(i, &[i + 1]),
                false => dimension(i, &[]),
            })
            .collect();
        let depths = foundation_depths(&chain).unwrap();
        assert_eq!((depths[0], depths[n - 1]), (n - 1, 0));
        let mut ring = chain;
        ring[n - 1].builds_on = vec!["d0".into()];
        assert_eq!(foundation_depths(&ring), Err(0));
        let tail = vec![
            dimension(0, &[]),
            dimension(1, &[2]),
            dimension(2, &[3]),
            dimension(3, &[2]),
        ];
        assert_eq!(foundation_depths(&tail), Err(1));
    }
}
