//! The rule engine: a pure function from a bank and a retailer's answers to an
//! [`Assessment`]. No I/O, no clock, no randomness: same input, same output.

pub mod assessment;
pub mod cohort;
pub mod compare;
pub mod levels;
pub mod plan;
mod steps;

pub(crate) use steps::steps_for_answer;
use steps::{rank_steps, steps_for_gate};
pub use steps::{NO_TOOL, TOP};

use serde::Serialize;

pub use assessment::*;
use levels::Levels;

use crate::answers::{Answers, Choice};
use crate::bank::{AnswerRange, Bank, Leaf, Question, Rule, Stage, Text, SKIPPED, UNSURE};

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
    let gates: Vec<GateResult> = bank
        .gates
        .iter()
        .zip(bank.ladder().gates())
        .map(|(g, compiled)| {
            let (passed, leaves) = compiled.rule.decide(&levels.levels, &levels.by_dimension);
            GateResult {
                id: g.id.clone(),
                stage: g.stage,
                kind: g.kind,
                title: g.title.clone(),
                passed,
                reasons: leaves
                    .iter()
                    .map(|l| reason(bank, answers, &levels, l))
                    .collect(),
            }
        })
        .collect();
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
    }
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

fn reason(bank: &Bank, answers: &Answers, levels: &Levels, leaf: &Leaf) -> Reason {
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
fn chosen(q: &Question, answers: &Answers) -> Vec<Chosen> {
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

fn gaps(
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
mod tests {
    use super::*;

    const SMALL: &str = include_str!("../../tests/fixtures/small-bank.yaml");

    fn bank() -> Bank {
        Bank::from_yaml(SMALL, "small-bank.yaml").unwrap()
    }

    fn answers(bank: &Bank, body: &str) -> Answers {
        let src = format!("bank: small-test-bank\nbank-version: \"0.1.0\"\nanswers:\n{body}");
        Answers::from_yaml(&src, "test.yaml", bank).unwrap()
    }

    fn stage(body: &str) -> u8 {
        let b = bank();
        assess(&b, &answers(&b, body)).stage.number
    }

    const TOP: &str = "  reach.email: growing\n  reach.channels: [site, app]\n  care.loyalty: yes\n  care.service: live\n";

    #[test]
    fn best_answers_reach_the_top_stage() {
        assert_eq!(stage(TOP), 3);
    }

    #[test]
    fn no_answers_is_stage_one_with_nothing_complete() {
        let b = bank();
        let a = assess(&b, &answers(&b, "  {}\n"));
        assert_eq!(a.stage.number, 1);
        assert_eq!(a.completeness.answered, 0);
        assert_eq!(a.completeness.missing.len(), 4);
    }

    #[test]
    fn unsure_never_passes_an_answer_condition() {
        // Everything else at the top, but the list question is unknown.
        let body = TOP.replace("reach.email: growing", "reach.email: unsure");
        let b = bank();
        let a = assess(&b, &answers(&b, &body));
        assert_eq!(a.stage.number, 1);
        assert_eq!(a.completeness.unsure, vec!["reach.email".to_string()]);
        let gate = a.gates.iter().find(|g| g.id == "second-list").unwrap();
        assert!(!gate.passed);
        assert!(matches!(
            &gate.reasons[0],
            Reason::Answer {
                level: None,
                met: false,
                ..
            }
        ));
    }

    #[test]
    fn multiple_choice_counts_its_highest_option() {
        let b = bank();
        let a = assess(&b, &answers(&b, "  reach.channels: [site, app]\n"));
        assert_eq!(
            answer_level(
                b.question("reach.channels").unwrap(),
                &answers(&b, "  reach.channels: [site, app]\n")
            ),
            Some(3)
        );
        assert_eq!(a.dimensions[0].mean, 2.0);
    }

    #[test]
    fn a_failed_gate_names_the_answers_that_decided_it() {
        let body = TOP.replace("care.service: live", "care.service: email");
        let b = bank();
        let a = assess(&b, &answers(&b, &body));
        assert_eq!(a.stage.number, 2);
        let gap = &a.gaps[0];
        assert_eq!((gap.kind, gap.id.as_str()), (GapKind::Gate, "third-all"));
        assert!(
            matches!(&gap.reasons[..], [Reason::Level { dimension, level: 2, required: 3, .. }] if dimension == "care")
        );
    }

    #[test]
    fn same_stage_different_weak_spots_get_different_advice() {
        let weak_reach = "  reach.email: some\n  reach.channels: [social]\n  care.loyalty: yes\n  care.service: live\n";
        let weak_care = "  reach.email: growing\n  reach.channels: [app]\n  care.loyalty: yes\n  care.service: email\n";
        let b = bank();
        let x = assess(&b, &answers(&b, weak_care));
        let y = assess(&b, &answers(&b, weak_reach));
        assert_eq!((x.stage.number, y.stage.number), (2, 2));
        let ids = |a: &Assessment| {
            a.next_steps
                .iter()
                .map(|s| s.step.id.clone())
                .collect::<Vec<_>>()
        };
        assert_ne!(ids(&x), ids(&y));
        assert!(!ids(&x).contains(&"grow-list".to_string()));
        assert!(ids(&y).contains(&"grow-list".to_string()));
    }

    #[test]
    fn a_failed_gate_offers_only_steps_beyond_what_the_retailer_does() {
        // Reach is at 3 already; care (2) holds the gate shut.
        let body = "  reach.email: growing\n  reach.channels: [app]\n  care.loyalty: yes\n  care.service: email\n";
        let b = bank();
        let a = assess(&b, &answers(&b, body));
        let gap = a.gaps.iter().find(|g| g.id == "third-all").unwrap();
        assert!(b
            .gates
            .iter()
            .any(|g| g.id == "third-all" && g.next_steps.contains(&"grow-list".to_string())));
        assert!(
            !gap.next_steps.contains(&"grow-list".to_string()),
            "{:?}",
            gap.next_steps
        );
        assert!(gap.next_steps.contains(&"start-loyalty".to_string()));
        // The answer holding care down brings its own next rung.
        assert!(gap.next_steps.contains(&"coordinate".to_string()));
    }

    #[test]
    fn next_steps_rank_by_worth_not_file_order() {
        let b = bank();
        let a = assess(&b, &answers(&b, "  reach.email: none\n  reach.channels: [site]\n  care.loyalty: no\n  care.service: slow\n"));
        let ids: Vec<&str> = a.next_steps.iter().map(|s| s.step.id.as_str()).collect();
        // Blocking steps first; among them low effort and high impact first.
        assert_eq!(ids[0], "start-list");
        assert!(
            a.next_steps
                .iter()
                .take_while(|s| s.unblocks_next_stage)
                .count()
                >= 3
        );
        assert_eq!(
            a.next_steps.iter().map(|s| s.rank).collect::<Vec<_>>(),
            (1..=ids.len()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_top_stage_still_gets_advice() {
        let b = bank();
        let a = assess(&b, &answers(&b, TOP));
        assert!(a.next_stage.is_none());
        assert!(a.next_steps.iter().any(|s| s.step.id == "keep-going"));
    }

    #[test]
    fn weak_answers_get_the_next_rung_only() {
        let b = bank();
        let none = answers(&b, "  {}\n");
        let levels = Levels::compute(&b, |q| answer_level(q, &none));
        let q = b.question("reach.email").unwrap();
        assert_eq!(steps_for_answer(&b, &levels, q, 1, 2), vec!["start-list"]);
        assert_eq!(steps_for_answer(&b, &levels, q, 2, 3), vec!["grow-list"]);
        assert_eq!(
            steps_for_answer(&b, &levels, q, 1, 3),
            vec!["start-list", "grow-list"]
        );
        // Nothing in range: the nearest rung above.
        let loyalty = b.question("care.loyalty").unwrap();
        assert_eq!(
            steps_for_answer(&b, &levels, loyalty, 1, 2),
            vec!["start-loyalty"]
        );
    }
}
