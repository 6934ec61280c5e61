//! The rule engine: a pure function from a bank and a retailer's answers to an
//! [`Assessment`]. No I/O, no clock, no randomness: same input, same output.

pub mod assessment;
pub mod cohort;
pub mod compare;
mod gaps;
pub mod levels;
pub mod plan;
mod steps;

use gaps::{chosen, gaps, reason};

use steps::rank_steps;
pub(crate) use steps::steps_for_answer;
pub use steps::{NO_TOOL, TOP};

use serde::Serialize;

pub use assessment::*;
use levels::Levels;

use crate::answers::{Answers, Choice};
use crate::bank::{AnswerRange, Bank, Question, Stage, SKIPPED, UNSURE};

/// Share of the questions (not skipped) below which a verdict is provisional.
const PROVISIONAL_BELOW_PERCENT: u8 = 80;

/// Places a retailer on a stage and says what stands between it and the next one.
pub fn assess(bank: &Bank, answers: &Answers) -> Assessment {
    let by_question = bank
        .questions
        .iter()
        .map(|q| answer_level(q, answers))
        .collect();
    let levels = Levels::for_bank(bank, by_question);
    let placement = bank.ladder().place(&levels.levels);
    let gates = gate_results(bank, answers, &levels);
    let stage = placement.stage;
    let target = (stage + 1).min(bank.top_stage());
    let gaps = gaps(bank, answers, &levels, &gates, target);
    let situations = situations(bank, &levels);
    let next_steps = rank_steps(bank, &levels, &gates, &gaps, &situations, stage);
    let completeness = completeness(bank, answers);
    Assessment {
        format_version: FORMAT_VERSION,
        bank: BankRef {
            id: bank.meta.id.clone(),
            version: bank.meta.version.clone(),
            answers_made_for: answers.bank_version.clone(),
        },
        retailer: answers.retailer.clone(),
        date: answers.date.clone(),
        stage: stage_ref(
            bank.stage(stage)
                .expect("validated banks number stages 1..=top"),
        ),
        stages: bank.top_stage(),
        ladder: bank.stages.iter().map(stage_ref).collect(),
        next_stage: bank.stage(stage + 1).map(stage_ref),
        confidence: confidence(bank, &levels.levels, stage, completeness.percent),
        placement: PlacementRef {
            strict: placement.strict,
            rest: placement.rest,
        },
        conflicts: conflicts(bank, answers, &levels),
        situations,
        dimensions: dimensions(bank, &levels),
        gates,
        gaps,
        next_steps,
        completeness,
        cohort: None,
        questions: bank
            .questions
            .iter()
            .map(|q| (q.id.clone(), q.text.clone()))
            .collect(),
    }
}

/// Every gate, passed or failed, with the conditions that decided it.
fn gate_results(bank: &Bank, answers: &Answers, levels: &Levels) -> Vec<GateResult> {
    let decide = |(g, compiled): (&crate::bank::Gate, &crate::bank::CompiledGate)| {
        let (passed, leaves) = compiled.rule.decide(&levels.levels, &levels.by_dimension);
        GateResult {
            id: g.id.clone(),
            stage: g.stage,
            kind: g.kind,
            title: g.title.clone(),
            passed,
            reasons: leaves
                .iter()
                .map(|l| reason(bank, answers, levels, l))
                .collect(),
        }
    };
    bank.gates
        .iter()
        .zip(bank.ladder().gates())
        .map(decide)
        .collect()
}

/// How far the verdict can be trusted, given what is unknown.
fn confidence(bank: &Bank, levels: &[Option<u8>], stage: u8, percent: u8) -> Confidence {
    let ladder = bank.ladder();
    let could_reach = ladder.could_reach(levels);
    Confidence {
        provisional: percent < PROVISIONAL_BELOW_PERCENT || could_reach > stage,
        could_reach,
        deciding: ladder
            .deciding(levels)
            .into_iter()
            .map(|i| bank.questions[i].id.clone())
            .collect(),
    }
}

/// The bank's situations these answers describe, with the steps they put first.
fn situations(bank: &Bank, levels: &Levels) -> Vec<SituationFound> {
    bank.situations
        .iter()
        .filter(|s| in_ranges(bank, levels, &s.answers))
        .map(|s| SituationFound {
            id: s.id.clone(),
            text: s.text.clone(),
            steps: s.first.clone(),
        })
        .collect()
}

/// Whether every answer is known and in its range.
fn in_ranges(bank: &Bank, levels: &Levels, ranges: &[AnswerRange]) -> bool {
    ranges.iter().all(|r| {
        bank.question_position(&r.question)
            .and_then(|i| levels.answer(i))
            .is_some_and(|l| r.contains(l))
    })
}

/// The bank's conflicts that these answers fall into, each with the answers behind it.
fn conflicts(bank: &Bank, answers: &Answers, levels: &Levels) -> Vec<ConflictFound> {
    bank.conflicts
        .iter()
        .filter_map(|c| {
            let reasons = c
                .answers
                .iter()
                .map(|range| {
                    let i = bank.question_position(&range.question)?;
                    let q = &bank.questions[i];
                    let level = levels.answer(i).filter(|&l| range.contains(l))?;
                    Some(ConflictAnswer {
                        question: q.id.clone(),
                        text: q.text.clone(),
                        level,
                        chosen: chosen(q, answers),
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            Some(ConflictFound {
                id: c.id.clone(),
                text: c.text.clone(),
                answers: reasons,
            })
        })
        .collect()
}

/// The stage an answer evidences; `None` when unknown. Multiple choice takes the
/// highest stage among the chosen options, so choosing more never lowers it.
pub fn answer_level(q: &Question, answers: &Answers) -> Option<u8> {
    option_level(q, answers.known(&q.id)?)
}

/// The highest stage among an answer's options; `None` for "unsure" or skipped.
fn option_level(q: &Question, answer: &crate::answers::Answer) -> Option<u8> {
    answer
        .choice
        .ids()
        .iter()
        .filter_map(|id| q.option(id).map(|o| o.stage))
        .max()
}

/// The verdict alone: stage, dimension levels and completeness, without the reasons,
/// gaps and advice of a full [`Assessment`]. For scoring many retailers quickly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub stage: u8,
    /// In bank order.
    pub dimensions: Vec<u8>,
    /// Answered questions as a whole percentage of those not skipped.
    pub completeness: u8,
    /// Fewer than 80% answered, or the open questions could lift the stage.
    pub provisional: bool,
}

pub fn verdict(bank: &Bank, answers: &Answers) -> Verdict {
    // Walk the answers once rather than look each question up in them.
    let mut by_question = vec![None; bank.questions.len()];
    for (id, answer) in &answers.answers {
        if let Some(i) = bank.question_position(id) {
            by_question[i] = option_level(&bank.questions[i], answer);
        }
    }
    let count = |wanted| {
        bank.questions
            .iter()
            .filter(|q| status(answers, q) == wanted)
            .count()
    };
    verdict_from_levels(
        bank,
        &by_question,
        count(Status::Answered),
        count(Status::Skipped),
    )
}

/// The verdict from each question's answer level (bank order) and how many questions
/// were answered and skipped: the part every way of reading answers shares.
pub fn verdict_from_levels(
    bank: &Bank,
    by_question: &[Option<u8>],
    answered: usize,
    skipped: usize,
) -> Verdict {
    let ladder = bank.ladder();
    let stage = ladder.stage(by_question);
    let completeness = percent(answered, bank.questions.len(), skipped);
    Verdict {
        stage,
        provisional: completeness < PROVISIONAL_BELOW_PERCENT
            || ladder.could_reach(by_question) > stage,
        dimensions: ladder.dimension_levels(by_question),
        completeness,
    }
}

fn stage_ref(s: &Stage) -> StageRef {
    StageRef {
        number: s.number,
        id: s.id.clone(),
        name: s.name.clone(),
        summary: s.summary.clone(),
    }
}

fn dimensions(bank: &Bank, levels: &Levels) -> Vec<DimensionResult> {
    bank.dimensions
        .iter()
        .zip(&levels.dimensions)
        .map(|(d, l)| DimensionResult {
            id: d.id.clone(),
            name: d.name.clone(),
            level: l.level,
            mean: f64::from(l.sum * 100 / l.questions) / 100.0,
            questions: l.questions,
            answered: l.known,
        })
        .collect()
}

/// Where a question stands in a set of answers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Answered,
    Unsure,
    Skipped,
    Missing,
}

fn status(answers: &Answers, q: &Question) -> Status {
    match answers.answers.get(&q.id).map(|a| &a.choice) {
        None => Status::Missing,
        Some(Choice::One(id)) if id == UNSURE => Status::Unsure,
        Some(Choice::One(id)) if id == SKIPPED => Status::Skipped,
        Some(_) => Status::Answered,
    }
}

/// Answered questions as a whole percentage of those not skipped.
fn percent(answered: usize, questions: usize, skipped: usize) -> u8 {
    (answered * 100 / questions.saturating_sub(skipped).max(1)) as u8
}

fn completeness(bank: &Bank, answers: &Answers) -> Completeness {
    let ids = |wanted: Status| -> Vec<String> {
        bank.questions
            .iter()
            .filter(|q| status(answers, q) == wanted)
            .map(|q| q.id.clone())
            .collect()
    };
    let (unsure, missing, skipped) = (
        ids(Status::Unsure),
        ids(Status::Missing),
        ids(Status::Skipped),
    );
    let questions = bank.questions.len();
    let answered = questions - unsure.len() - missing.len() - skipped.len();
    Completeness {
        questions,
        answered,
        percent: percent(answered, questions, skipped.len()),
        unsure,
        missing,
        skipped,
    }
}

#[cfg(test)]
mod tests;
