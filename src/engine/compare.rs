//! Progress between two answers files of the same retailer: who and when, stages,
//! dimension levels, the answers that changed, gaps closed, reopened or new at a
//! higher stage, and the next steps now.

use serde::Serialize;

use super::gaps::chosen;
use super::{answer_level, assess, Assessment, Chosen, GapKind, RankedStep, StageRef};
use crate::answers::Answers;
use crate::bank::{Bank, Question, Text};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub before: StageRef,
    pub after: StageRef,
    pub stages: u8,
    /// Every stage of the model, lowest first, for naming them (not in the JSON,
    /// whose gaps name their stage by number).
    #[serde(skip)]
    pub ladder: Vec<StageRef>,
    /// The retailer and date each file names, the earlier file first.
    pub files: [Subject; 2],
    /// False when both files name a retailer and the names differ (case and spaces
    /// aside): the comparison may be between two stores.
    pub same_retailer: bool,
    pub dimensions: Vec<DimensionChange>,
    /// Every question whose answer changed: better ones first, then worse, then
    /// those that changed at the same level; in bank order within each.
    pub answers: Vec<AnswerChange>,
    /// Gaps of the earlier file that are met now.
    pub gaps_closed: Vec<GapRef>,
    /// Setbacks: gaps that are not the next stage's new requirements (a gate that
    /// passed before, an answer that fell, a gap of a stage already aimed for).
    pub gaps_opened: Vec<GapRef>,
    /// Gaps of a stage above the one aimed for before: the retailer moved up, and
    /// this is what the stage it aims for now asks. Not losses.
    pub gaps_new: Vec<GapRef>,
    pub next_steps: Vec<RankedStep>,
    /// The bank versions the two files were made for.
    pub versions: (String, String),
    /// Questions answered in only one of the files, left out of the comparison
    /// because the files were made for different bank versions.
    pub not_compared: Vec<String>,
}

/// Who a file is about, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subject {
    pub retailer: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionChange {
    pub id: String,
    pub name: Text,
    pub before: u8,
    pub after: u8,
    /// `after - before`.
    pub change: i8,
}

/// One answer that changed between the files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerChange {
    pub question: String,
    pub text: Text,
    pub dimension: String,
    /// The options chosen before and after; empty when unknown ("don't know", not
    /// answered or skipped).
    pub before: Vec<Chosen>,
    pub after: Vec<Chosen>,
    /// The stage each answer evidences; `None` when unknown.
    pub before_level: Option<u8>,
    pub after_level: Option<u8>,
    /// The rise in level, an unknown answer counted as 1 as in the dimension
    /// levels: positive is better, negative worse, 0 another answer at the same
    /// level.
    pub change: i8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapRef {
    pub kind: GapKind,
    pub id: String,
    pub title: Text,
    /// The stage the gap stands before.
    pub stage: u8,
}

pub fn compare(bank: &Bank, old: &Answers, new: &Answers) -> Comparison {
    let (mut old, mut new) = (old.clone(), new.clone());
    let mut not_compared = Vec::new();
    if old.bank_version != new.bank_version {
        for q in &bank.questions {
            let (a, b) = (
                old.answers.contains_key(&q.id),
                new.answers.contains_key(&q.id),
            );
            if a != b {
                not_compared.push(q.id.clone());
                old.answers.remove(&q.id);
                new.answers.remove(&q.id);
            }
        }
    }
    let (before, after) = (assess(bank, &old), assess(bank, &new));
    let (gaps_opened, gaps_new) = opened(bank, (&old, &new), (&before, &after));
    Comparison {
        files: [subject(&old), subject(&new)],
        same_retailer: same_retailer(&old, &new),
        dimensions: dimensions(&before, &after),
        answers: answer_changes(bank, &old, &new),
        gaps_closed: closed(bank, &new, &before, &after),
        gaps_opened,
        gaps_new,
        stages: after.stages,
        ladder: after.ladder.clone(),
        next_steps: after.next_steps.clone(),
        versions: (old.bank_version.clone(), new.bank_version.clone()),
        before: before.stage,
        after: after.stage,
        not_compared,
    }
}

fn subject(a: &Answers) -> Subject {
    Subject {
        retailer: a.retailer.clone(),
        date: a.date.clone(),
    }
}

/// False only when both files name a retailer and the names differ in more than
/// case and spacing.
fn same_retailer(old: &Answers, new: &Answers) -> bool {
    let key = |name: &str| {
        let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        words.join(" ")
    };
    match (&old.retailer, &new.retailer) {
        (Some(a), Some(b)) => key(a) == key(b),
        _ => true,
    }
}

fn dimensions(before: &Assessment, after: &Assessment) -> Vec<DimensionChange> {
    let change = |(b, a): (&super::DimensionResult, &super::DimensionResult)| DimensionChange {
        id: a.id.clone(),
        name: a.name.clone(),
        before: b.level,
        after: a.level,
        change: a.level as i8 - b.level as i8,
    };
    before
        .dimensions
        .iter()
        .zip(&after.dimensions)
        .map(change)
        .collect()
}

/// The answers that differ, better first, then worse, then the same level.
fn answer_changes(bank: &Bank, old: &Answers, new: &Answers) -> Vec<AnswerChange> {
    let mut changes: Vec<AnswerChange> = bank
        .questions
        .iter()
        .filter_map(|q| answer_change(q, old, new))
        .collect();
    // Stable, so bank order holds within each group.
    changes.sort_by_key(|c| match c.change {
        c if c > 0 => 0,
        c if c < 0 => 1,
        _ => 2,
    });
    changes
}

fn answer_change(q: &Question, old: &Answers, new: &Answers) -> Option<AnswerChange> {
    let ids = |a: &Answers| {
        let mut ids = a.known(&q.id).map(|x| x.choice.ids().to_vec());
        if let Some(ids) = &mut ids {
            ids.sort();
        }
        ids
    };
    if ids(old) == ids(new) {
        return None;
    }
    let (before_level, after_level) = (answer_level(q, old), answer_level(q, new));
    let known = |a: &Answers| match a.known(&q.id) {
        Some(_) => chosen(q, a),
        None => Vec::new(),
    };
    Some(AnswerChange {
        question: q.id.clone(),
        text: q.text.clone(),
        dimension: q.dimension.clone(),
        before: known(old),
        after: known(new),
        before_level,
        after_level,
        change: after_level.unwrap_or(1) as i8 - before_level.unwrap_or(1) as i8,
    })
}

/// The stage a gap of `a` stands before: its gate's, or for an answer the stage
/// `a` aims for.
fn gap_stage(g: &super::Gap, a: &Assessment) -> u8 {
    let target = a.next_stage.as_ref().unwrap_or(&a.stage).number;
    match g.kind {
        GapKind::Gate => a
            .gates
            .iter()
            .find(|r| r.id == g.id)
            .map_or(target, |r| r.stage),
        GapKind::Answer => target,
    }
}

fn gap_ref(g: &super::Gap, a: &Assessment) -> GapRef {
    GapRef {
        kind: g.kind,
        id: g.id.clone(),
        title: g.title.clone(),
        stage: gap_stage(g, a),
    }
}

/// The gaps of the earlier file that the later one meets: its gate passes, or its
/// answer reaches the stage the gap stood before.
fn closed(bank: &Bank, new: &Answers, before: &Assessment, after: &Assessment) -> Vec<GapRef> {
    let met = |g: &super::Gap| match g.kind {
        GapKind::Gate => after.gates.iter().any(|r| r.id == g.id && r.passed),
        GapKind::Answer => bank
            .question(&g.id)
            .and_then(|q| answer_level(q, new))
            .is_some_and(|level| level >= gap_stage(g, before)),
    };
    before
        .gaps
        .iter()
        .filter(|g| met(g))
        .map(|g| gap_ref(g, before))
        .collect()
}

/// The later file's gaps that the earlier one did not have, split into setbacks and
/// the requirements of a stage above the one aimed for before.
fn opened(
    bank: &Bank,
    (old, new): (&Answers, &Answers),
    (before, after): (&Assessment, &Assessment),
) -> (Vec<GapRef>, Vec<GapRef>) {
    let aimed_before = before.next_stage.as_ref().unwrap_or(&before.stage).number;
    let setback = |g: &super::Gap| match g.kind {
        GapKind::Gate => before.gates.iter().any(|r| r.id == g.id && r.passed),
        GapKind::Answer => bank
            .question(&g.id)
            .is_some_and(|q| answer_level(q, new).unwrap_or(1) < answer_level(q, old).unwrap_or(1)),
    };
    let (mut opened, mut new_gaps) = (Vec::new(), Vec::new());
    let fresh = after
        .gaps
        .iter()
        .filter(|g| !before.gaps.iter().any(|h| h.kind == g.kind && h.id == g.id));
    for g in fresh {
        let r = gap_ref(g, after);
        if !setback(g) && r.stage > aimed_before {
            new_gaps.push(r);
        } else {
            opened.push(r);
        }
    }
    (opened, new_gaps)
}
