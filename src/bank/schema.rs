//! The question bank as it is written in YAML: plain serde types, nothing checked yet.
//! `bank::validate` turns a `RawBank` into a `Bank` the engine can trust.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod text;

pub use text::Text;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a question bank (a mapping with bank, stages, dimensions, questions, gates, next-steps)"
)]
pub struct RawBank {
    pub bank: BankMeta,
    pub stages: Vec<Stage>,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    pub gates: Vec<Gate>,
    /// Answers that cannot both be true: the report asks the retailer to check them.
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
    /// Answers that say something about the retailer's situation, and the next steps
    /// they put first.
    #[serde(default)]
    pub situations: Vec<Situation>,
    pub next_steps: Vec<NextStep>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "the bank's description (a mapping with id, version, title, languages)"
)]
pub struct BankMeta {
    /// Stable identifier that answers files name (`bank: ...`).
    pub id: String,
    /// Version of the bank's content; answers files record the one they were made for.
    pub version: String,
    pub title: Text,
    /// Languages every text must be written in.
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a stage (a mapping with id, number, name, summary, description, source)"
)]
pub struct Stage {
    pub id: String,
    pub number: u8,
    pub name: Text,
    /// One line: what being at this stage means.
    pub summary: Text,
    /// A short description drawn from the seed.
    pub description: Text,
    pub source: String,
    /// Next steps offered to every retailer at this stage, whatever its answers
    /// (for the top stage: how to stay there).
    #[serde(default)]
    pub advice: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a dimension (a mapping with id, name, description, source)"
)]
pub struct Dimension {
    pub id: String,
    pub name: Text,
    pub description: Text,
    pub source: String,
    /// Dimensions whose practice this one depends on (segmentation needs data first):
    /// a plan improves those first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub builds_on: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Exactly one option.
    Single,
    /// One or more options; the answer's level is the highest stage they evidence.
    Multi,
    /// Exactly two options, `yes` and `no`.
    YesNo,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a question (a mapping with id, dimension, kind, text, help, source, options, next-steps)"
)]
pub struct Question {
    pub id: String,
    pub dimension: String,
    pub kind: QuestionKind,
    pub text: Text,
    /// Why the question matters, shown under it.
    pub help: Text,
    /// Where in `domain.md` the question comes from (`000 §Stage 2`, `003 §3`, ...).
    pub source: String,
    pub options: Vec<AnswerOption>,
    /// What is missing when an answer is below the retailer's next stage and its
    /// option has no gap of its own (validation requires one below the top option).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<Text>,
    /// Next steps that lift this answer, each building toward a stage.
    pub next_steps: Vec<String>,
    /// Ask only when this holds over earlier answers (for example, no questions about
    /// triggered emails for a store with no email list). Answers and their
    /// combinations only, and only questions that come before this one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "serde_yaml::with::singleton_map_recursive"
    )]
    #[schemars(with = "Option<Condition>")]
    pub ask_if: Option<Condition>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "an option (a mapping with id, label, stage)"
)]
pub struct AnswerOption {
    pub id: String,
    pub label: Text,
    /// The stage (1 to 4) this answer evidences.
    pub stage: u8,
    /// What is missing when this answer is chosen, said to a retailer who chose it:
    /// required for every option below the question's top.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap: Option<Text>,
    /// Where the option comes from, when the question's `source` does not cover it
    /// (for example `beyond-seeds: <reason>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Multiple choice only: the option goes alone, as "None of these" does.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a gate (a mapping with id, stage, kind, title, when, gap, next-steps, source)"
)]
pub struct Gate {
    pub id: String,
    /// The stage this gate guards.
    pub stage: u8,
    /// How the gate weighs in the verdict; see [`GateKind`].
    pub kind: GateKind,
    pub title: Text,
    #[serde(with = "serde_yaml::with::singleton_map_recursive")]
    #[schemars(with = "Condition")]
    pub when: Condition,
    /// What stands in the way when the gate fails.
    pub gap: Text,
    pub next_steps: Vec<String>,
    pub source: String,
}

/// How a gate weighs in the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GateKind {
    /// A transition the model names (proper tools, acting on analytics, omnichannel
    /// coordination): no retailer is placed at its stage or above without it. Decided
    /// by answers only.
    Transition,
    /// A mark that describes its stage (a growing list, a kept social presence): it
    /// weighs in the verdict, but cannot hold a retailer more than one stage below
    /// what the rest of its answers show. Decided by answers and dimension levels.
    Mark,
    /// How much of the marketing works at a stage: decided by breadth counts only.
    Breadth,
}

impl GateKind {
    /// The kind as the bank writes it.
    pub fn id(self) -> &'static str {
        match self {
            GateKind::Transition => "transition",
            GateKind::Mark => "mark",
            GateKind::Breadth => "breadth",
        }
    }
}

/// Answers that cannot all be true together; the retailer is asked to check them.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a conflict (a mapping with id, answers, text, source)"
)]
pub struct Conflict {
    pub id: String,
    /// Each answer's range; the conflict holds when every answer is known and in range.
    pub answers: Vec<AnswerRange>,
    /// What to check, in the retailer's words.
    pub text: Text,
    pub source: String,
}

/// An answer whose level lies between `at-least` and `at-most` (either may be left out).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "an answer range (a mapping with question, at-least, at-most)"
)]
pub struct AnswerRange {
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<u8>,
}

/// Answers that say something about a retailer's situation, and the next steps that
/// should come first for it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a situation (a mapping with id, answers, first, text, source)"
)]
pub struct Situation {
    pub id: String,
    /// Each answer's range; the situation holds when every answer is known and in range.
    pub answers: Vec<AnswerRange>,
    /// Next steps ranked first when it holds.
    pub first: Vec<String>,
    /// Why they come first, shown with them.
    pub text: Text,
    pub source: String,
}

impl AnswerRange {
    /// Whether a known answer level lies in the range.
    pub fn contains(&self, level: u8) -> bool {
        self.at_least.is_none_or(|l| level >= l) && self.at_most.is_none_or(|m| level <= m)
    }
}

/// A gate's condition. Every variant is monotone in the answer and dimension
/// levels, which is what makes the whole engine monotone: there is no `not`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a condition (all, any, some, answer, level or breadth)"
)]
pub enum Condition {
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// At least `count` of the conditions hold.
    Some { count: usize, of: Vec<Condition> },
    /// The answer to `question` evidences at least stage `at-least`.
    #[serde(rename_all(deserialize = "kebab-case", serialize = "snake_case"))]
    Answer { question: String, at_least: u8 },
    /// The level of `dimension` is at least `at-least`.
    #[serde(rename_all(deserialize = "kebab-case", serialize = "snake_case"))]
    Level { dimension: String, at_least: u8 },
    /// At least `count` dimensions are at level `at-least` or above.
    #[serde(rename_all(deserialize = "kebab-case", serialize = "snake_case"))]
    Breadth { count: usize, at_least: u8 },
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Revenue,
    Retention,
    Clv,
    Aov,
    Profit,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Rating {
    Low,
    Medium,
    High,
}

/// A recommendation framed goal first: business goal → strategy → tactic → kind of tool.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    rename_all(deserialize = "kebab-case", serialize = "snake_case"),
    expecting = "a next step (a mapping with id, title, tool-kind, dimension, builds-to, goal, strategy, tactic, tool, effort, impact, source)"
)]
pub struct NextStep {
    pub id: String,
    /// A short action, in the imperative: what a report shows first.
    pub title: Text,
    /// The kind of tool it needs, as an id: a top five names each kind at most once.
    pub tool_kind: String,
    pub dimension: String,
    /// The stage this step builds toward (2 to 4).
    pub builds_to: u8,
    pub goal: Goal,
    pub strategy: Text,
    pub tactic: Text,
    /// The kind of tool that carries the tactic, never a product name.
    pub tool: Text,
    pub effort: Rating,
    pub impact: Rating,
    pub source: String,
}
