//! The radar chart of the dimension levels as inline SVG, in two sizes: with the
//! dimensions' names around it, and with their numbers (the table's) for narrow pages.

use std::f64::consts::PI;
use std::fmt::Write;

use super::esc;
use crate::render::report::Dimensions;
use crate::text::{display_width, wrap};

/// Radius of the top level, in the chart's own units.
const RADIUS: f64 = 150.0;
/// Font size of the names, and the columns a name takes before it wraps.
const NAME_SIZE: f64 = 15.0;
const NAME_COLUMNS: usize = 18;
/// Width of one column of text, in ems: generous, so that no name is ever clipped.
const EM_PER_COLUMN: f64 = 0.56;

/// The point at `fraction` of the radius on spoke `i` of `n`, clockwise from the top.
fn point(i: f64, n: usize, fraction: f64) -> (f64, f64) {
    let angle = -PI / 2.0 + 2.0 * PI * i / n as f64;
    (
        RADIUS * fraction * angle.cos(),
        RADIUS * fraction * angle.sin(),
    )
}

fn polygon(n: usize, fraction: impl Fn(usize) -> f64) -> String {
    let points: Vec<String> = (0..n)
        .map(|i| {
            let (x, y) = point(i as f64, n, fraction(i));
            format!("{x:.1},{y:.1}")
        })
        .collect();
    points.join(" ")
}

/// Rings (the next stage's dashed), spokes (dashed for a dimension without answers),
/// the level numbers between the first two spokes, and the retailer's shape.
fn grid(d: &Dimensions, top: u8, out: &mut String) {
    let n = d.rows.len().max(3);
    let next = d.next.as_ref().map(|(stage, _)| *stage);
    for level in 1..=top {
        let fraction = f64::from(level) / f64::from(top);
        let class = if Some(level) == next {
            "ring next"
        } else {
            "ring"
        };
        let _ = write!(
            out,
            r#"<polygon class="{class}" points="{}"/>"#,
            polygon(n, |_| fraction)
        );
        let (x, y) = point(0.5, n, fraction);
        let _ = write!(
            out,
            r#"<text class="ring-n" x="{x:.1}" y="{:.1}">{level}</text>"#,
            y + 4.0
        );
    }
    for (i, row) in d.rows.iter().enumerate() {
        let (x, y) = point(i as f64, n, 1.0);
        let class = if row.measured() {
            "spoke"
        } else {
            "spoke none"
        };
        let _ = write!(
            out,
            r#"<line class="{class}" x1="0" y1="0" x2="{x:.1}" y2="{y:.1}"/>"#
        );
    }
    let shape = polygon(n, |i| {
        d.rows
            .get(i)
            .map_or(0.0, |r| f64::from(r.level) / f64::from(top))
    });
    let _ = write!(out, r#"<polygon class="shape" points="{shape}"/>"#);
    for (i, row) in d.rows.iter().enumerate() {
        let (x, y) = point(i as f64, n, f64::from(row.level) / f64::from(top));
        let class = if row.measured() { "dot" } else { "dot none" };
        let _ = write!(
            out,
            r#"<circle class="{class}" cx="{x:.1}" cy="{y:.1}" r="4.5"/>"#
        );
    }
}

/// The box around everything drawn: the rings, and each name's estimated extent.
struct Bounds {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Bounds {
    fn around(&mut self, x: f64, y: f64) {
        self.left = self.left.min(x);
        self.right = self.right.max(x);
        self.top = self.top.min(y);
        self.bottom = self.bottom.max(y);
    }

    fn view_box(&self, margin: f64) -> String {
        format!(
            "{:.0} {:.0} {:.0} {:.0}",
            self.left - margin,
            self.top - margin,
            self.right - self.left + 2.0 * margin,
            self.bottom - self.top + 2.0 * margin
        )
    }
}

/// One dimension's name at the end of its spoke, wrapped, anchored away from the
/// chart; returns the SVG and widens `b` to hold it.
fn name_label(i: usize, n: usize, name: &str, class: &str, b: &mut Bounds) -> String {
    let lines = wrap(name, NAME_COLUMNS);
    let (x, y) = point(i as f64, n, 1.0 + 16.0 / RADIUS);
    let (anchor, grow) = match x {
        x if x > 5.0 => ("start", 1.0),
        x if x < -5.0 => ("end", -1.0),
        _ => ("middle", 0.0),
    };
    let line_height = NAME_SIZE * 1.2;
    let count = lines.len() as f64;
    // Above the chart the lines stack upwards; beside it they centre on the spoke.
    let first = match y {
        y if y < -RADIUS * 0.9 => y - (count - 1.0) * line_height,
        y if y > RADIUS * 0.9 => y + NAME_SIZE * 0.8,
        y => y - (count - 1.0) * line_height / 2.0 + NAME_SIZE * 0.35,
    };
    let mut svg =
        format!(r#"<text class="{class}" x="{x:.1}" y="{first:.1}" text-anchor="{anchor}">"#);
    for (k, line) in lines.iter().enumerate() {
        let width = display_width(line) as f64 * EM_PER_COLUMN * NAME_SIZE;
        let ly = first + k as f64 * line_height;
        let (from, to) = match grow {
            g if g > 0.0 => (x, x + width),
            g if g < 0.0 => (x - width, x),
            _ => (x - width / 2.0, x + width / 2.0),
        };
        b.around(from, ly - NAME_SIZE);
        b.around(to, ly + NAME_SIZE * 0.3);
        let dy = if k == 0 { 0.0 } else { line_height };
        let _ = write!(
            svg,
            r#"<tspan x="{x:.1}" dy="{dy:.1}">{}</tspan>"#,
            esc(line)
        );
    }
    svg + "</text>"
}

/// The chart with each dimension's name at the end of its spoke.
pub(super) fn named(d: &Dimensions, top: u8, label: &str) -> String {
    let n = d.rows.len().max(3);
    let mut b = Bounds {
        left: -RADIUS,
        top: -RADIUS,
        right: RADIUS,
        bottom: RADIUS,
    };
    let labels: String = d
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let class = if r.measured() { "name" } else { "name none" };
            name_label(i, n, &r.name, class, &mut b)
        })
        .collect();
    let mut body = String::new();
    grid(d, top, &mut body);
    format!(
        r#"<svg class="radar radar-named" viewBox="{}" role="img" aria-label="{}" direction="ltr">{body}{labels}</svg>"#,
        b.view_box(6.0),
        esc(label)
    )
}

/// The chart with each spoke numbered as the table numbers the dimensions.
pub(super) fn numbered(d: &Dimensions, top: u8, label: &str) -> String {
    let n = d.rows.len().max(3);
    let mut body = String::new();
    grid(d, top, &mut body);
    for (i, r) in d.rows.iter().enumerate() {
        let (x, y) = point(i as f64, n, 1.0 + 26.0 / RADIUS);
        let class = if r.measured() { "badge" } else { "badge none" };
        let _ = write!(
            body,
            r#"<circle class="{class}" cx="{x:.1}" cy="{y:.1}" r="15"/><text class="num" x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            y + 6.0,
            r.number
        );
    }
    let edge = RADIUS + 46.0;
    format!(
        r#"<svg class="radar radar-numbered" viewBox="{0:.0} {0:.0} {1:.0} {1:.0}" role="img" aria-label="{2}" direction="ltr">{body}</svg>"#,
        -edge,
        2.0 * edge,
        esc(label)
    )
}
