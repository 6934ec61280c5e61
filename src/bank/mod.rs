//! The question bank: stages, dimensions, questions, gates and next steps, read from
//! YAML and checked in full before the engine ever sees it.

mod packed;
mod packed_format;
mod rule;
pub mod schema;
mod validate;

pub use rule::{dimension_levels, CompiledGate, Ladder, Leaf, Placement, Rule};

pub use schema::{
    AnswerOption, AnswerRange, BankMeta, Condition, Conflict, Dimension, Gate, GateKind, Goal,
    NextStep, Question, QuestionKind, Rating, Situation, Stage, Text,
};

use crate::error::{nesting_problem, yaml_problem, Error, InputKind};
use crate::idmap::IdMap;

/// The bank shipped inside the binary.
pub const DEFAULT_BANK_YAML: &str = include_str!("../../questions/bank.yaml");
/// The same bank in its packed form, written at build time (see `src/build.rs`).
static DEFAULT_BANK_PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bank.bin"));
/// The same, once per declared language, with that language's texts and English only.
static BANK_BY_LANGUAGE: &[(&str, &[u8])] =
    include!(concat!(env!("OUT_DIR"), "/bank_by_language.rs"));

/// `s` as a text of the bank embedded in the binary, if it lies there: such texts are
/// borrowed for the life of the program instead of copied.
pub(crate) fn embedded_text(s: &str) -> Option<&'static str> {
    let at = s.as_ptr() as usize;
    let packed =
        std::iter::once(DEFAULT_BANK_PACKED).chain(BANK_BY_LANGUAGE.iter().map(|(_, p)| *p));
    packed.into_iter().find_map(|blob| {
        let start = at.checked_sub(blob.as_ptr() as usize)?;
        let bytes = blob.get(start..start.checked_add(s.len())?)?;
        std::str::from_utf8(bytes).ok()
    })
}

/// How the embedded bank is named in messages.
pub const DEFAULT_BANK_NAME: &str = "<embedded>/questions/bank.yaml";

/// The answer every question accepts: "don't know / not applicable".
pub const UNSURE: &str = "unsure";
/// The answer the questionnaire records for a question its `ask-if` left out.
pub const SKIPPED: &str = "skipped";
/// Answer ids no bank option may use.
pub const RESERVED: [&str; 2] = [UNSURE, SKIPPED];

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
    pub fn from_yaml(src: &str, file: &str) -> Result<Bank, Error> {
        let invalid = |problems| Error::Invalid {
            kind: InputKind::Bank,
            file: file.to_string(),
            problems,
        };
        if let Some(p) = nesting_problem(src) {
            return Err(invalid(vec![p]));
        }
        let raw: schema::RawBank =
            serde_yaml::from_str(src).map_err(|e| invalid(vec![yaml_problem(&e)]))?;
        let problems = validate::problems(&raw, src);
        if !problems.is_empty() {
            return Err(invalid(problems));
        }
        Ok(Bank::index(raw))
    }

    /// The bank embedded at build time, read from its packed form, many times faster
    /// than YAML; the YAML is the fallback and says what is wrong if anything is.
    ///
    /// The shipped bank is validated by the test suite (and by debug builds at every
    /// start), so release builds skip the checks: start-up time matters to people
    /// who run the tool once per retailer.
    pub fn embedded() -> Result<Bank, Error> {
        match packed::from_bytes::<schema::RawBank>(DEFAULT_BANK_PACKED) {
            Ok(raw)
                if !cfg!(debug_assertions)
                    || validate::problems(&raw, DEFAULT_BANK_YAML).is_empty() =>
            {
                Ok(Bank::index(raw))
            }
            _ => Bank::from_yaml(DEFAULT_BANK_YAML, DEFAULT_BANK_NAME),
        }
    }

    /// The embedded bank with the texts of `lang` (and English, the fallback) only,
    /// for output in one language: quicker to read. The full bank was validated, and
    /// the build script wrote each language's share of it (see `src/build.rs`).
    pub fn embedded_in(lang: &str) -> Result<Bank, Error> {
        let keep = vec![lang.to_string(), "en".to_string()];
        let packed = BANK_BY_LANGUAGE
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(DEFAULT_BANK_PACKED, |(_, packed)| packed);
        let raw =
            schema::with_languages(Some(keep), || packed::from_bytes::<schema::RawBank>(packed));
        match raw {
            Ok(mut raw) => {
                raw.bank.languages.retain(|l| l == lang || l == "en");
                Ok(Bank::index(raw))
            }
            Err(_) => Bank::embedded(),
        }
    }

    fn index(mut raw: schema::RawBank) -> Bank {
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
            depths: foundation_depths(&raw.dimensions).expect("validated: builds-on has no cycle"),
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
            .map_or(0, |i| self.depths[i])
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

/// Each dimension's depth in the `builds-on` graph, in bank order; `None` when the
/// graph has a cycle. Unknown ids are ignored here (validation reports them).
pub(crate) fn foundation_depths(dimensions: &[Dimension]) -> Option<Vec<usize>> {
    let index = |id: &str| dimensions.iter().position(|d| d.id == id);
    let mut depth: Vec<Option<usize>> = vec![None; dimensions.len()];
    // At most one pass per dimension settles every depth of an acyclic graph.
    for _ in 0..=dimensions.len() {
        let mut changed = false;
        for (i, d) in dimensions.iter().enumerate() {
            let deps: Option<Vec<usize>> = d
                .builds_on
                .iter()
                .filter_map(|id| index(id))
                .map(|j| depth[j])
                .collect();
            if let Some(deps) = deps {
                let new = deps.iter().max().map_or(0, |m| m + 1);
                if depth[i] != Some(new) {
                    depth[i] = Some(new);
                    changed = true;
                }
            }
        }
        if !changed {
            return depth.into_iter().collect();
        }
    }
    None
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.id == id)
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
    use super::*;

    /// The packed bank reads as the YAML it was made from.
    #[test]
    fn the_packed_bank_is_the_yaml_bank() {
        let raw = packed::from_bytes::<schema::RawBank>(DEFAULT_BANK_PACKED).unwrap();
        let from_yaml = Bank::from_yaml(DEFAULT_BANK_YAML, DEFAULT_BANK_NAME).unwrap();
        assert_eq!(format!("{:?}", Bank::index(raw)), format!("{from_yaml:?}"));
    }

    /// Each language's share written by the build script holds exactly what filtering
    /// the full bank to that language (and English) holds.
    #[test]
    fn each_language_share_matches_the_full_bank() {
        let declared = Bank::embedded().unwrap().meta.languages;
        let shares: Vec<&str> = BANK_BY_LANGUAGE.iter().map(|(l, _)| *l).collect();
        assert_eq!(shares, declared);
        for (lang, packed) in BANK_BY_LANGUAGE {
            assert!(
                packed.len() < DEFAULT_BANK_PACKED.len(),
                "{lang}: only its texts"
            );
            let lang = lang.to_string();
            let keep = vec![lang.clone(), "en".to_string()];
            let mut raw = schema::with_languages(Some(keep), || {
                packed::from_bytes::<schema::RawBank>(DEFAULT_BANK_PACKED).unwrap()
            });
            raw.bank.languages.retain(|l| *l == lang || l == "en");
            let expected = format!("{:?}", Bank::index(raw));
            let share = format!("{:?}", Bank::embedded_in(&lang).unwrap());
            assert_eq!(share, expected, "{lang}");
        }
    }
}
