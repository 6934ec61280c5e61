//! Progress between two answers files of the same retailer: stages, dimension
//! levels, gaps closed and opened, and the next steps now.

use serde::Serialize;

use super::{assess, Assessment, GapKind, RankedStep, StageRef};
use crate::answers::Answers;
use crate::bank::{Bank, Text};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub before: StageRef,
    pub after: StageRef,
    pub stages: u8,
    pub dimensions: Vec<DimensionChange>,
    pub gaps_closed: Vec<GapRef>,
    pub gaps_opened: Vec<GapRef>,
    pub next_steps: Vec<RankedStep>,
    /// The bank versions the two files were made for.
    pub versions: (String, String),
    /// Questions answered in only one of the files, left out of the comparison
    /// because the files were made for different bank versions.
    pub not_compared: Vec<String>,
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

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapRef {
    pub kind: GapKind,
    pub id: String,
    pub title: Text,
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
    let dimensions = before
        .dimensions
        .iter()
        .zip(&after.dimensions)
        .map(|(b, a)| DimensionChange {
            id: a.id.clone(),
            name: a.name.clone(),
            before: b.level,
            after: a.level,
            change: a.level as i8 - b.level as i8,
        })
        .collect();
    Comparison {
        gaps_closed: missing_from(&before, &after),
        gaps_opened: missing_from(&after, &before),
        stages: after.stages,
        next_steps: after.next_steps.clone(),
        versions: (old.bank_version.clone(), new.bank_version.clone()),
        before: before.stage,
        after: after.stage,
        dimensions,
        not_compared,
    }
}

/// The gaps of `a` that `b` does not have.
fn missing_from(a: &Assessment, b: &Assessment) -> Vec<GapRef> {
    a.gaps
        .iter()
        .filter(|g| !b.gaps.iter().any(|h| h.kind == g.kind && h.id == g.id))
        .map(|g| GapRef {
            kind: g.kind,
            id: g.id.clone(),
            title: g.title.clone(),
        })
        .collect()
}
