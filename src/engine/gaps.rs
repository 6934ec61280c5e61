//! Why: the reasons a gate passed or failed, and the gaps between a retailer and its
//! next stage, each with the answers that decided it and the steps that close it.

use super::levels::Levels;
use super::steps::{steps_for_answer, steps_for_gate};
use super::{answer_level, Chosen, Gap, GapKind, GateResult, Reason};
use crate::answers::Answers;
use crate::bank::{Bank, Leaf, Question, Rule, Text};

pub(super) fn reason(bank: &Bank, answers: &Answers, levels: &Levels, leaf: &Leaf) -> Reason {
    match *leaf.rule {
        Rule::Answer { question, at_least } => {
            answer_reason(&bank.questions[question], answers, at_least, leaf.met)
        }
        Rule::Level {
            dimension,
            at_least,
        } => {
            let d = &bank.dimensions[dimension];
            Reason::Level {
                dimension: d.id.clone(),
                name: d.name.clone(),
                required: at_least,
                level: levels.by_dimension[dimension],
                met: leaf.met,
            }
        }
        Rule::Breadth { count, at_least } => {
            let below: Vec<String> = levels
                .dimensions
                .iter()
                .filter(|d| d.level < at_least)
                .map(|d| d.id.to_string())
                .collect();
            Reason::Breadth {
                count,
                required: at_least,
                actual: levels.dimensions.len() - below.len(),
                below,
                met: leaf.met,
            }
        }
        Rule::All(_) | Rule::Any(_) | Rule::Some { .. } => {
            unreachable!("Rule::decide returns leaves only")
        }
    }
}

/// The options chosen in an answer, as a report shows them.
pub(super) fn chosen(q: &Question, answers: &Answers) -> Vec<Chosen> {
    answers
        .answers
        .get(&q.id)
        .map(|a| a.choice.ids())
        .unwrap_or_default()
        .iter()
        .filter_map(|id| q.option(id))
        .map(|o| Chosen {
            id: o.id.clone(),
            label: o.label.clone(),
            stage: o.stage,
        })
        .collect()
}

fn answer_reason(q: &Question, answers: &Answers, required: u8, met: bool) -> Reason {
    let given = answers.answers.get(&q.id);
    Reason::Answer {
        question: q.id.clone(),
        text: q.text.clone(),
        required,
        level: answer_level(q, answers),
        chosen: chosen(q, answers),
        note: given.and_then(|a| a.note.clone()),
        evidence: given.and_then(|a| a.evidence.clone()),
        met,
    }
}

pub(super) fn gaps(
    bank: &Bank,
    answers: &Answers,
    levels: &Levels,
    gates: &[GateResult],
    target: u8,
) -> Vec<Gap> {
    // Every failed gate up to the next stage holds the retailer below it: those of
    // the next stage, and any mark below that the rest of its answers outweighed.
    let gate_gaps = bank
        .gates
        .iter()
        .zip(bank.ladder().gates())
        .zip(gates)
        .filter(|(_, r)| r.stage <= target && !r.passed)
        .map(|((g, compiled), r)| Gap {
            kind: GapKind::Gate,
            id: g.id.clone(),
            title: g.title.clone(),
            text: g.gap.clone(),
            reasons: r.reasons.clone(),
            next_steps: steps_for_gate(bank, g, &compiled.rule, levels),
        });
    let mut weak: Vec<(u8, Gap)> = bank
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let level = levels.answer(i).filter(|l| *l < target)?;
            let gap = Gap {
                kind: GapKind::Answer,
                id: q.id.clone(),
                title: q.text.clone(),
                text: answer_gap(q, answers).clone(),
                reasons: vec![answer_reason(q, answers, target, false)],
                next_steps: steps_for_answer(bank, levels, q, level, target),
            };
            Some((level, gap))
        })
        .collect();
    // Stable: equally weak answers keep the bank's order.
    weak.sort_by_key(|(level, _)| *level);
    gate_gaps.chain(weak.into_iter().map(|(_, g)| g)).collect()
}

/// What is missing for this answer: the gap of the strongest chosen option where the
/// bank words one for it, else the question's.
fn answer_gap<'b>(q: &'b Question, answers: &Answers) -> &'b Text {
    let chosen = answers
        .known(&q.id)
        .map(|a| a.choice.ids())
        .unwrap_or_default();
    chosen
        .iter()
        .filter_map(|id| q.option(id))
        .max_by_key(|o| o.stage)
        .and_then(|o| o.gap.as_ref())
        .or(q.gap.as_ref())
        // Validation gives every option below the top a gap; an answer at the top of a
        // question that cannot reach the next stage is shown by its question alone.
        .unwrap_or(&q.text)
}
