//! The ways of meeting a set of gates, each as minimum levels per question and per
//! dimension plus breadth counts: counted before they are listed, so that a gate with
//! too many ways is refused by name instead of listed without end.

use std::collections::{BTreeMap, HashSet};

use crate::bank::{Bank, Condition};

/// The most ways of meeting the gates a plan weighs.
pub const MAX_WAYS: usize = 4096;

/// Minimum requirements that together satisfy the gates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(super) struct Requirements {
    /// Question (bank position) → lowest level.
    pub(super) question: BTreeMap<usize, u8>,
    /// Dimension (bank position) → lowest level.
    pub(super) dimension: BTreeMap<usize, u8>,
    /// (how many dimensions, at which level or above)
    pub(super) breadth: Vec<(usize, u8)>,
}

impl Requirements {
    fn merge(&self, other: &Requirements) -> Requirements {
        let mut r = self.clone();
        for (&q, &l) in &other.question {
            let e = r.question.entry(q).or_default();
            *e = (*e).max(l);
        }
        for (&d, &l) in &other.dimension {
            let e = r.dimension.entry(d).or_default();
            *e = (*e).max(l);
        }
        r.breadth.extend(&other.breadth);
        r
    }
}

/// What the best answers reach, so that conditions no answers can meet are left out
/// before they are counted.
pub(super) struct Reach {
    /// Per question, the highest level an answer evidences.
    question: Vec<u8>,
    /// Per dimension, its level with every answer at its best.
    dimension: Vec<u8>,
}

impl Reach {
    pub(super) fn new(bank: &Bank) -> Reach {
        let question: Vec<u8> = bank.questions.iter().map(|q| q.best_stage()).collect();
        let best: Vec<Option<u8>> = question.iter().map(|&l| Some(l)).collect();
        Reach {
            dimension: bank.ladder().dimension_levels(&best),
            question,
        }
    }

    /// The requirement of a leaf, or `None` when no answers can meet it.
    fn leaf(&self, bank: &Bank, cond: &Condition) -> Option<Requirements> {
        let mut r = Requirements::default();
        match cond {
            Condition::Answer { question, at_least } => {
                let i = bank.question_position(question)?;
                (self.question[i] >= *at_least).then_some(())?;
                r.question.insert(i, *at_least);
            }
            Condition::Level {
                dimension,
                at_least,
            } => {
                let d = bank.dimension_position(dimension)?;
                (self.dimension[d] >= *at_least).then_some(())?;
                r.dimension.insert(d, *at_least);
            }
            Condition::Breadth { count, at_least } => {
                let able = self.dimension.iter().filter(|&&l| l >= *at_least).count();
                (able >= *count).then_some(())?;
                r.breadth.push((*count, *at_least));
            }
            Condition::All(_) | Condition::Any(_) | Condition::Some { .. } => return None,
        }
        Some(r)
    }
}

/// How many ways there are of meeting `cond`, leaving out those no answers can meet;
/// past `u64::MAX` it stays there.
pub(super) fn count(bank: &Bank, reach: &Reach, cond: &Condition) -> u64 {
    match cond {
        Condition::All(list) => {
            let mut n = 1u64;
            for c in list {
                n = n.saturating_mul(count(bank, reach, c));
                if n == 0 {
                    break;
                }
            }
            n
        }
        Condition::Any(list) => list
            .iter()
            .fold(0u64, |n, c| n.saturating_add(count(bank, reach, c))),
        Condition::Some { count: k, of } => {
            let counts: Vec<u64> = of.iter().map(|c| count(bank, reach, c)).collect();
            choose_ways(&counts, *k)
        }
        leaf => u64::from(reach.leaf(bank, leaf).is_some()),
    }
}

/// The ways of picking `k` of some conditions, each met in `counts[i]` ways: the sum
/// over every `k` of them of the product of their counts, worked out in `n × k` steps
/// only when it can stay under [`MAX_WAYS`].
fn choose_ways(counts: &[u64], k: usize) -> u64 {
    let open: Vec<u64> = counts.iter().copied().filter(|&c| c > 0).collect();
    let m = open.len();
    if k == 0 || k > m {
        return u64::from(k == 0);
    }
    if k == m {
        return open.iter().fold(1u64, |n, &c| n.saturating_mul(c));
    }
    // At least one way for each of the C(m, k) picks; past the cap, stop there.
    let r = k.min(m - k) as u64;
    let mut picks = 1u64;
    for i in 0..r {
        picks = picks.saturating_mul(m as u64 - i) / (i + 1);
        if picks > MAX_WAYS as u64 {
            return picks;
        }
    }
    let mut e = vec![0u64; k + 1];
    e[0] = 1;
    for c in open {
        for j in (1..=k).rev() {
            e[j] = e[j].saturating_add(e[j - 1].saturating_mul(c));
        }
    }
    e[k]
}

/// Every way of meeting `cond` that answers can meet; call only when [`count`] is at
/// most [`MAX_WAYS`], which bounds the work of listing them.
pub(super) fn list(bank: &Bank, reach: &Reach, cond: &Condition) -> Vec<Requirements> {
    // Conditions no answers can meet are not listed: parts of them could have more
    // ways than the cap, which only the impossible part brings back to none.
    let live = |parts: &[Condition]| -> Vec<Vec<Requirements>> {
        let parts = parts.iter().filter(|c| count(bank, reach, c) > 0);
        parts.map(|c| list(bank, reach, c)).collect()
    };
    match cond {
        Condition::All(parts) => match parts.iter().all(|c| count(bank, reach, c) > 0) {
            true => product(live(parts)),
            false => Vec::new(),
        },
        Condition::Any(parts) => distinct(live(parts).into_iter().flatten()),
        Condition::Some { count: k, of } => some_of(live(of), *k),
        leaf => reach.leaf(bank, leaf).into_iter().collect(),
    }
}

/// Every way of meeting each of `lists`' conditions at once.
pub(super) fn product(lists: Vec<Vec<Requirements>>) -> Vec<Requirements> {
    let ways = lists
        .into_iter()
        .fold(vec![Requirements::default()], |acc, alts| {
            acc.iter()
                .flat_map(|a| alts.iter().map(|b| a.merge(b)))
                .collect()
        });
    distinct(ways)
}

/// Every way of meeting `k` of the conditions whose ways are `lists` (none empty).
/// A partial pick is kept only while enough conditions remain to complete it, so
/// each kept one leads to a different way in the end, and the work stays within the
/// count of ways.
fn some_of(lists: Vec<Vec<Requirements>>, k: usize) -> Vec<Requirements> {
    let n = lists.len();
    let mut partial: Vec<(usize, Requirements)> = vec![(0, Requirements::default())];
    for (i, alts) in lists.iter().enumerate() {
        let left = n - i - 1;
        let mut next = Vec::new();
        for (taken, r) in &partial {
            if *taken < k && k - taken - 1 <= left {
                next.extend(alts.iter().map(|a| (taken + 1, r.merge(a))));
            }
            if k - taken <= left {
                next.push((*taken, r.clone()));
            }
        }
        partial = next;
    }
    distinct(partial.into_iter().filter(|(t, _)| *t == k).map(|(_, r)| r))
}

/// `ways` without repeats, in the order first met.
fn distinct(ways: impl IntoIterator<Item = Requirements>) -> Vec<Requirements> {
    let mut seen = HashSet::new();
    ways.into_iter()
        .filter(|r| seen.insert(r.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{choose_ways, MAX_WAYS};

    #[test]
    fn picks_are_counted_without_listing_them() {
        assert_eq!(choose_ways(&[1, 1, 1, 1], 2), 6);
        assert_eq!(choose_ways(&[2, 3, 0], 2), 6);
        assert_eq!(choose_ways(&[2, 3, 4], 3), 24);
        assert_eq!(choose_ways(&[1, 0], 2), 0);
        // C(26, 13) is ten million: counting stops as soon as it passes the cap.
        assert!(choose_ways(&[1; 26], 13) > MAX_WAYS as u64);
        assert!(choose_ways(&vec![1; 1_000_000], 999_999) > MAX_WAYS as u64);
    }
}
