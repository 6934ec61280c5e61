//! The engine's result: everything a renderer shows, each finding carrying its reason.
//! Its JSON form is the stable, documented output of `maturity score --format json`.

use serde::Serialize;

use crate::bank::{GateKind, NextStep, Text};

/// Version of the JSON shape below; raised on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub format_version: u32,
    pub bank: BankRef,
    pub retailer: Option<String>,
    pub date: Option<String>,
    pub stage: StageRef,
    /// How many stages the model has (4 in the default bank).
    pub stages: u8,
    /// Every stage of the model, lowest first.
    pub ladder: Vec<StageRef>,
    /// `None` at the top stage.
    pub next_stage: Option<StageRef>,
    /// How far the stage can be trusted, given the unknown answers.
    pub confidence: Confidence,
    /// The two readings the stage comes from.
    pub placement: PlacementRef,
    /// Answers that cannot all be true, for the retailer to check.
    pub conflicts: Vec<ConflictFound>,
    /// The retailer's situations that put some next steps first.
    pub situations: Vec<SituationFound>,
    pub dimensions: Vec<DimensionResult>,
    pub gates: Vec<GateResult>,
    /// What stands between the retailer and the next stage: failed gates first, then
    /// answers below the next stage, weakest first.
    pub gaps: Vec<Gap>,
    /// Every next step, highest priority first.
    pub next_steps: Vec<RankedStep>,
    pub completeness: Completeness,
    /// Where the retailer stands among a cohort of peers, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cohort: Option<super::cohort::Standing>,
    /// Every question's text by id, in bank order, so that a report can name a
    /// question in words; not part of the JSON, which names questions by id.
    #[serde(skip)]
    pub questions: Vec<(String, Text)>,
}

/// What is unknown, said next to the stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Confidence {
    /// Fewer than 80% of the questions that apply are answered, or the open
    /// questions could lift the stage.
    pub provisional: bool,
    /// The stage if every unsure or missing answer were answered at its best.
    pub could_reach: u8,
    /// The unsure or missing questions that alone could change the stage.
    pub deciding: Vec<String>,
}

/// The strict reading (every gate of every stage up to it passes) and what the rest
/// of the answers show (every mark taken as present); the stage is the strict one,
/// or one below the rest, whichever is higher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlacementRef {
    pub strict: u8,
    pub rest: u8,
}

/// A conflict of the bank that the answers fall into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictFound {
    pub id: String,
    /// What to check.
    pub text: Text,
    pub answers: Vec<ConflictAnswer>,
}

/// A situation of the bank that the answers describe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SituationFound {
    pub id: String,
    /// Why its steps come first.
    pub text: Text,
    /// The steps it puts first.
    pub steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictAnswer {
    pub question: String,
    pub text: Text,
    pub level: u8,
    pub chosen: Vec<Chosen>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BankRef {
    pub id: String,
    pub version: String,
    /// The bank version the answers were made for.
    pub answers_made_for: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageRef {
    pub number: u8,
    pub id: String,
    pub name: Text,
    pub summary: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionResult {
    pub id: String,
    pub name: Text,
    /// The stage (1 to 4) this dimension's answers evidence.
    pub level: u8,
    /// The mean level of its questions, unknown answers counted as 1.
    pub mean: f64,
    pub questions: u32,
    /// How many of its questions have a known answer.
    pub answered: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GateResult {
    pub id: String,
    pub stage: u8,
    pub kind: GateKind,
    pub title: Text,
    pub passed: bool,
    /// The conditions that decided the outcome.
    pub reasons: Vec<Reason>,
}

/// One condition of a gate, with the retailer's actual value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reason {
    Answer {
        question: String,
        text: Text,
        required: u8,
        /// `None` when unanswered or "don't know".
        level: Option<u8>,
        chosen: Vec<Chosen>,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        evidence: Option<String>,
        met: bool,
    },
    Level {
        dimension: String,
        name: Text,
        required: u8,
        level: u8,
        met: bool,
    },
    Breadth {
        /// How many dimensions must be at `required` or above.
        count: usize,
        required: u8,
        /// How many are.
        actual: usize,
        /// The dimensions below `required`.
        below: Vec<String>,
        met: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chosen {
    pub id: String,
    pub label: Text,
    pub stage: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapKind {
    /// A failed gate that holds the retailer below the next stage.
    Gate,
    /// An answer below the next stage.
    Answer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub kind: GapKind,
    /// The gate id or question id.
    pub id: String,
    /// The gate title or the question text.
    pub title: Text,
    /// What is missing.
    pub text: Text,
    pub reasons: Vec<Reason>,
    /// Ids of the next steps that close it.
    pub next_steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RankedStep {
    /// 1 for the first thing to do.
    pub rank: usize,
    /// The step as the bank declares it: goal, strategy, tactic, tool, ratings, source.
    #[serde(flatten)]
    pub step: NextStep,
    /// True when it helps open a gate that holds the retailer below the next stage.
    pub unblocks_next_stage: bool,
    /// Among the top five a report shows first: on the next rung, each kind of tool
    /// once (so fewer than five when fewer kinds are offered).
    pub in_top_five: bool,
    /// Why it comes first, when a situation of the retailer's puts it there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why_first: Option<Text>,
    /// Ids of the gaps it addresses.
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Completeness {
    pub questions: usize,
    /// Answered with a known option.
    pub answered: usize,
    /// Answered "don't know / not applicable".
    pub unsure: Vec<String>,
    /// Not in the answers at all.
    pub missing: Vec<String>,
    /// Left out by the questionnaire because their `ask-if` did not hold.
    pub skipped: Vec<String>,
    /// `answered` as a whole percentage of the questions that apply (all but the
    /// skipped ones), rounded down.
    pub percent: u8,
}

/// What `maturity explain --format json` prints: the verdict and every gate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation<'a> {
    pub format_version: u32,
    pub stage: &'a StageRef,
    pub next_stage: Option<&'a StageRef>,
    pub ladder: &'a [StageRef],
    pub gates: &'a [GateResult],
}

impl Assessment {
    /// The text of question `id`, if the bank has it.
    pub fn question_text(&self, id: &str) -> Option<&Text> {
        self.questions.iter().find(|(q, _)| q == id).map(|(_, t)| t)
    }

    pub fn explanation(&self) -> Explanation<'_> {
        Explanation {
            format_version: FORMAT_VERSION,
            stage: &self.stage,
            next_stage: self.next_stage.as_ref(),
            ladder: &self.ladder,
            gates: &self.gates,
        }
    }
}
