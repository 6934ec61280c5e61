//! A radar chart of dimension levels with one polygon per series (before and after),
//! as the numbers an inline SVG template draws.

use std::f64::consts::TAU;

/// Where the chart's centre is, and how far from it the top level lies.
const MIDDLE: f64 = 260.0;
const REACH: f64 = 170.0;

/// One dimension's name at the end of its axis.
pub(super) struct Label {
    pub x: String,
    pub y: String,
    pub anchor: &'static str,
    pub text: String,
}

/// One series: its polygon and how it is drawn.
pub(super) struct Shape {
    pub points: String,
    pub colour: &'static str,
    /// `stroke-dasharray`: `none` for a solid line.
    pub dash: &'static str,
    pub opacity: &'static str,
}

pub(super) struct Radar {
    /// One ring per level.
    pub rings: Vec<String>,
    /// The end of each axis.
    pub spokes: Vec<(String, String)>,
    pub labels: Vec<Label>,
    pub shapes: Vec<Shape>,
}

/// Where axis `k` of `n` is at `share` of the reach, the first axis pointing up.
fn at(k: usize, n: usize, share: f64) -> (f64, f64) {
    let turn = k as f64 / n as f64;
    let angle = TAU * turn - TAU / 4.0;
    let r = REACH * share;
    (MIDDLE + r * angle.cos(), MIDDLE + r * angle.sin())
}

/// The `points` of a polygon through each axis at `share(k)` of the reach.
fn polygon(n: usize, share: impl Fn(usize) -> f64) -> String {
    let mut points = Vec::with_capacity(n);
    for k in 0..n {
        let (x, y) = at(k, n, share(k));
        points.push(format!("{x:.1},{y:.1}"));
    }
    points.join(" ")
}

/// The chart of `names` on `top` levels, with a polygon for each series of levels:
/// the first dashed and pale (before), the last solid (after).
pub(super) fn radar(names: &[String], top: u8, series: [&[u8]; 2]) -> Radar {
    let n = names.len().max(3);
    let top = f64::from(top.max(1));
    let rings = (1..=top as u8)
        .map(|level| polygon(n, |_| f64::from(level) / top))
        .collect();
    let spokes = (0..n)
        .map(|k| {
            let (x, y) = at(k, n, 1.0);
            (format!("{x:.1}"), format!("{y:.1}"))
        })
        .collect();
    let labels = names
        .iter()
        .enumerate()
        .map(|(k, text)| {
            let (x, y) = at(k, n, 1.13);
            let anchor = if (x - MIDDLE).abs() <= 5.0 {
                "middle"
            } else if x > MIDDLE {
                "start"
            } else {
                "end"
            };
            let (x, y) = (format!("{x:.1}"), format!("{:.1}", y + 5.0));
            let text = text.clone();
            Label { x, y, anchor, text }
        })
        .collect();
    let level = |levels: &[u8], k: usize| levels.get(k).map_or(0.0, |l| f64::from(*l) / top);
    let [before, after] = series;
    let shapes = vec![
        Shape {
            points: polygon(n, |k| level(before, k)),
            colour: "#7b8794",
            dash: "6 4",
            opacity: "0.12",
        },
        Shape {
            points: polygon(n, |k| level(after, k)),
            colour: "#2f855a",
            dash: "none",
            opacity: "0.3",
        },
    ];
    Radar {
        rings,
        spokes,
        labels,
        shapes,
    }
}
