//! The report as one self-contained HTML page (no external fonts, scripts or images)
//! with a radar chart of the dimension levels drawn as inline SVG; prints cleanly.

use std::f64::consts::PI;
use std::io::{self, Write};

use askama::Template;

use super::painter::{reason_text, step_text, Painter};
use super::{Render, RenderOptions};
use crate::engine::{Assessment, GapKind};
use crate::msg;

pub struct Html;

/// Radar chart geometry: the centre, the radius of the top level, the margin for
/// labels.
const CENTRE: f64 = 260.0;
const RADIUS: f64 = 170.0;

struct Label {
    x: String,
    y: String,
    anchor: &'static str,
    text: String,
}

struct Radar {
    rings: Vec<String>,
    axes: Vec<(String, String)>,
    labels: Vec<Label>,
    shape: String,
}

struct Block {
    title: String,
    text: String,
    reasons: Vec<(String, Vec<String>)>,
}

struct Step {
    title: String,
    body: Vec<String>,
    tags: String,
}

struct Row {
    name: String,
    level: u8,
    percent: u32,
    answered: String,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r##"<!DOCTYPE html>
<html lang="{{ lang }}" dir="{{ dir }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Naskh Arabic", sans-serif; color: #1f2933; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }
  h1 { font-size: 1.7rem; margin-bottom: .2rem; color: #14532d; }
  h2 { font-size: 1.25rem; border-bottom: 2px solid #d9e2ec; padding-bottom: .2rem; margin-top: 2rem; }
  h3 { font-size: 1.05rem; margin-bottom: .3rem; }
  .who { color: #52606d; font-size: .9rem; }
  .chart { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: center; }
  svg { max-width: 100%; height: auto; }
  table { border-collapse: collapse; }
  td, th { padding: .25rem .6rem; border-bottom: 1px solid #e4e7eb; text-align: start; }
  td.num { text-align: end; font-variant-numeric: tabular-nums; }
  .bar { width: 8rem; height: .6rem; background: #e4e7eb; border-radius: .3rem; overflow: hidden; }
  .bar span { display: block; height: 100%; background: #2f855a; }
  .gate { border-inline-start: 4px solid #c53030; padding-inline-start: .8rem; margin: 1rem 0; }
  .gate ul, .steps ul { margin: .3rem 0; }
  .steps li { margin-bottom: .8rem; }
  .tags { color: #52606d; font-style: italic; }
  .confidence { color: #8a4b00; }
  .conflict { border-inline-start: 4px solid #b7791f; padding-inline-start: .8rem; margin: 1rem 0; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10.5pt; }
    h2 { break-after: avoid; }
    .gate, .steps li, .chart { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
  }
</style>
</head>
<body>
<h1>{{ title }}</h1>
{% if let Some(confidence) = confidence %}<p class="confidence"><strong>{{ confidence }}</strong></p>
{% endif %}<p>{{ summary }}</p>
{% if let Some(held) = held_back %}<p>{{ held }}</p>
{% endif %}<p class="who">{{ who }}</p>
{% if !conflicts.is_empty() %}
<h2>{{ conflicts_heading }}</h2>
{% for c in conflicts %}<div class="conflict">
<p>{{ c.0 }}</p>
<ul>{% for answer in c.1 %}<li>{{ answer }}</li>{% endfor %}</ul>
</div>
{% endfor %}{% endif %}

<h2>{{ dimensions_heading }}</h2>
<div class="chart">
<svg viewBox="-170 0 860 520" width="640" height="387" role="img" aria-label="{{ dimensions_heading }}" direction="ltr" style="direction: ltr">
  {% for ring in radar.rings %}<polygon points="{{ ring }}" fill="none" stroke="#cbd2d9" stroke-width="1"/>
  {% endfor %}{% for axis in radar.axes %}<line x1="260" y1="260" x2="{{ axis.0 }}" y2="{{ axis.1 }}" stroke="#e4e7eb" stroke-width="1"/>
  {% endfor %}<polygon points="{{ radar.shape }}" fill="#2f855a" fill-opacity="0.35" stroke="#2f855a" stroke-width="2"/>
  {% for label in radar.labels %}<text x="{{ label.x }}" y="{{ label.y }}" text-anchor="{{ label.anchor }}" font-size="15" fill="#1f2933">{{ label.text }}</text>
  {% endfor %}
</svg>
<table>
<tr><th>{{ col_dimension }}</th><th>{{ col_level }}</th><th></th><th>{{ col_answered }}</th></tr>
{% for row in rows %}<tr><td>{{ row.name }}</td><td class="num">{{ row.level }}</td><td><div class="bar"><span style="width: {{ row.percent }}%"></span></div></td><td class="num">{{ row.answered }}</td></tr>
{% endfor %}</table>
</div>

<h2>{{ gaps_heading }}</h2>
{% for gate in gates %}<div class="gate">
<h3>✗ {{ gate.title }}</h3>
<p>{{ gate.text }}</p>
<ul>{% for reason in gate.reasons %}<li>{{ reason.0 }}{% if !reason.1.is_empty() %}<ul>{% for d in reason.1 %}<li>{{ d }}</li>{% endfor %}</ul>{% endif %}</li>{% endfor %}</ul>
</div>
{% endfor %}{% if !weak.is_empty() %}<h3>{{ weak_heading }}</h3>
<ul>{% for w in weak %}<li>{{ w }}</li>{% endfor %}</ul>
{% endif %}
<h2>{{ steps_heading }}</h2>
<ol class="steps">
{% for s in steps %}<li><strong>{{ s.title }}</strong><ul>{% for line in s.body %}<li>{{ line }}</li>{% endfor %}</ul><span class="tags">{{ s.tags }}</span></li>
{% endfor %}</ol>

<h2>{{ completeness_heading }}</h2>
<p>{{ completeness }}</p>
</body>
</html>
"##
)]
struct Page {
    lang: &'static str,
    dir: &'static str,
    title: String,
    confidence: Option<String>,
    summary: String,
    held_back: Option<String>,
    who: String,
    conflicts_heading: String,
    conflicts: Vec<(String, Vec<String>)>,
    dimensions_heading: String,
    col_dimension: String,
    col_level: String,
    col_answered: String,
    radar: Radar,
    rows: Vec<Row>,
    gaps_heading: String,
    gates: Vec<Block>,
    weak_heading: String,
    weak: Vec<String>,
    steps_heading: String,
    steps: Vec<Step>,
    completeness_heading: String,
    completeness: String,
}

/// The point at `fraction` of the radius on axis `i` of `n`, starting at the top.
fn point(i: usize, n: usize, fraction: f64) -> (f64, f64) {
    let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
    (
        CENTRE + RADIUS * fraction * angle.cos(),
        CENTRE + RADIUS * fraction * angle.sin(),
    )
}

fn points(n: usize, fraction: impl Fn(usize) -> f64) -> String {
    (0..n)
        .map(|i| {
            let (x, y) = point(i, n, fraction(i));
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn radar(a: &Assessment, p: &Painter) -> Radar {
    let n = a.dimensions.len().max(3);
    let top = f64::from(a.stages.max(1));
    let rings = (1..=a.stages)
        .map(|k| points(n, |_| f64::from(k) / top))
        .collect();
    let axes = (0..n)
        .map(|i| {
            let (x, y) = point(i, n, 1.0);
            (format!("{x:.1}"), format!("{y:.1}"))
        })
        .collect();
    let labels = a
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (x, y) = point(i, n, 1.12);
            let anchor = match x - CENTRE {
                dx if dx > 5.0 => "start",
                dx if dx < -5.0 => "end",
                _ => "middle",
            };
            Label {
                x: format!("{x:.1}"),
                y: format!("{:.1}", y + 4.0),
                anchor,
                text: p.t(&d.name).to_string(),
            }
        })
        .collect();
    let shape = points(n, |i| {
        a.dimensions
            .get(i)
            .map_or(0.0, |d| f64::from(d.level) / top)
    });
    Radar {
        rings,
        axes,
        labels,
        shape,
    }
}

/// The retailer, the date and the bank, on one line.
fn who(a: &Assessment, p: &Painter) -> String {
    let mut who: Vec<String> = a.retailer.iter().chain(&a.date).cloned().collect();
    let bank = msg!("report-bank", id = &a.bank.id, version = &a.bank.version);
    who.push(p.msg(bank));
    who.join(" · ")
}

/// The failed gates, each with its reasons.
fn gate_blocks(a: &Assessment, p: &Painter) -> Vec<Block> {
    let block = |g: &crate::engine::Gap| Block {
        title: p.t(&g.title).to_string(),
        text: p.t(&g.text).to_string(),
        reasons: g
            .reasons
            .iter()
            .map(|r| reason_text(r, a, p, false))
            .collect(),
    };
    a.gaps
        .iter()
        .filter(|g| g.kind == GapKind::Gate)
        .map(block)
        .collect()
}

/// The dimension table's rows.
fn rows(a: &Assessment, p: &Painter) -> Vec<Row> {
    let row = |d: &crate::engine::DimensionResult| Row {
        name: p.t(&d.name).to_string(),
        level: d.level,
        percent: u32::from(d.level) * 100 / u32::from(a.stages.max(1)),
        answered: format!("{}/{}", d.answered, d.questions),
    };
    a.dimensions.iter().map(row).collect()
}

/// Every next step, title first.
fn steps(a: &Assessment, p: &Painter) -> Vec<Step> {
    let step = |r: &crate::engine::RankedStep| {
        let why = r.why_first.as_ref();
        let (title, body, tags) = step_text(&r.step, r.unblocks_next_stage, why, p);
        Step { title, body, tags }
    };
    a.next_steps.iter().map(step).collect()
}

impl Render for Html {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let p = Painter::new(o);
        let gates = gate_blocks(a, &p);
        let weak: Vec<String> = a
            .gaps
            .iter()
            .filter(|g| g.kind == GapKind::Answer)
            .map(|g| p.t(&g.text).to_string())
            .collect();
        let target = a.next_stage.as_ref().map_or(a.stage.number, |s| s.number);
        let weak_heading = msg!(
            "report-weak-answers",
            other = if gates.is_empty() { "no" } else { "yes" },
            stage = target,
            count = weak.len()
        );
        let c = &a.completeness;
        let page = Page {
            lang: o.lang.code(),
            dir: if o.lang.is_rtl() { "rtl" } else { "ltr" },
            title: p.msg(msg!(
                "report-stage-title",
                number = a.stage.number,
                total = a.stages,
                name = p.t(&a.stage.name)
            )),
            confidence: p.confidence(a),
            summary: p.t(&a.stage.summary).to_string(),
            held_back: p.held_back(a),
            who: who(a, &p),
            conflicts_heading: p.m.t("report-conflicts-heading"),
            conflicts: p.conflicts(a),
            dimensions_heading: p.m.t("report-dimensions"),
            col_dimension: p.m.t("report-col-dimension"),
            col_level: p.m.t("report-col-level"),
            col_answered: p.m.t("report-col-answered"),
            radar: radar(a, &p),
            rows: rows(a, &p),
            gaps_heading: p.gaps_heading(a),
            gates,
            weak_heading: p.msg(weak_heading).trim_end_matches(':').to_string(),
            weak,
            steps_heading: p.m.t("report-steps-heading"),
            steps: steps(a, &p),
            completeness_heading: p.m.t("report-completeness"),
            completeness: p.msg(msg!(
                "report-answered-count",
                answered = c.answered,
                questions = c.questions - c.skipped.len(),
                percent = c.percent
            )),
        };
        let html = page.render().map_err(io::Error::other)?;
        out.write_all(html.as_bytes())
    }
}
