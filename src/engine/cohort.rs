//! A retailer among its peers: percentiles overall and per dimension, and where the
//! cohort's typical retailer stands. Only aggregates: no peer's answers.

use serde::Serialize;

use super::Verdict;

/// The fewest peers a comparison accepts; fewer would make a peer easy to identify.
pub const MIN_COHORT: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    /// How many peers the cohort holds.
    pub peers: usize,
    /// The share of peers the retailer is ahead of, counting ties as half (0-100).
    pub stage_percentile: u8,
    /// The typical (median) peer's stage.
    pub typical_stage: u8,
    /// Per dimension, in bank order.
    pub dimensions: Vec<DimensionStanding>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionStanding {
    pub id: String,
    pub level: u8,
    pub percentile: u8,
    pub typical: u8,
}

/// Mid-rank percentile of `value` among `values`.
fn percentile(value: u8, values: &[u8]) -> u8 {
    let below = values.iter().filter(|v| **v < value).count();
    let equal = values.iter().filter(|v| **v == value).count();
    ((below * 200 + equal * 100) / (2 * values.len().max(1))) as u8
}

/// The lower median.
fn median(values: &[u8]) -> u8 {
    let mut v = values.to_vec();
    v.sort_unstable();
    v.get(v.len().saturating_sub(1) / 2).copied().unwrap_or(1)
}

/// Places `retailer` among `peers`; `None` when there are fewer than [`MIN_COHORT`].
pub fn place(retailer: &Verdict, peers: &[Verdict], dimension_ids: &[String]) -> Option<Standing> {
    if peers.len() < MIN_COHORT {
        return None;
    }
    let stages: Vec<u8> = peers.iter().map(|p| p.stage).collect();
    let dimensions = dimension_ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let levels: Vec<u8> = peers
                .iter()
                .filter_map(|p| p.dimensions.get(i).copied())
                .collect();
            let level = retailer.dimensions.get(i).copied().unwrap_or(1);
            DimensionStanding {
                id: id.clone(),
                level,
                percentile: percentile(level, &levels),
                typical: median(&levels),
            }
        })
        .collect();
    Some(Standing {
        peers: peers.len(),
        stage_percentile: percentile(retailer.stage, &stages),
        typical_stage: median(&stages),
        dimensions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(stage: u8) -> Verdict {
        Verdict {
            stage,
            dimensions: vec![stage],
            completeness: 100,
            provisional: false,
        }
    }

    #[test]
    fn percentiles_count_ties_as_half_and_small_cohorts_are_refused() {
        assert_eq!(percentile(3, &[1, 2, 3, 4]), 62);
        assert_eq!(percentile(1, &[1, 1]), 50);
        assert_eq!(median(&[4, 1, 2, 3]), 2);
        let ids = vec!["d".to_string()];
        assert!(place(&v(2), &[v(1), v(2), v(3), v(4)], &ids).is_none());
        let s = place(&v(4), &[v(1), v(2), v(2), v(3), v(1)], &ids).unwrap();
        assert_eq!((s.peers, s.stage_percentile, s.typical_stage), (5, 100, 2));
    }
}
