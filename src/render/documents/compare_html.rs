//! The progress page: `compare` as one self-contained HTML page, with a radar chart
//! of the dimension levels before and after (two polygons and a legend).

use std::io::{self, Write};

use askama::Template;

use super::page::{bdi, escape, head, isolated};
use super::radar::{radar, Radar};
use super::{directed, to};
use crate::engine::compare::{AnswerChange, Comparison};
use crate::msg;
use crate::render::compare::{
    answer_sides, answer_title, arrow, gap_groups, medians_note, movement, notes, other_retailer,
    title, who, STEPS,
};
use crate::render::painter::{step_text, Painter};
use crate::render::RenderOptions;

struct Row {
    name: String,
    before: u8,
    after: u8,
    change: String,
    class: &'static str,
}

struct Changed {
    class: &'static str,
    movement: String,
    title: String,
    id: String,
    sides: String,
}

struct Group {
    heading: String,
    why: Option<String>,
    /// Title and id of each gap.
    gaps: Vec<(String, String)>,
    more: Option<String>,
    answers: Vec<(String, String)>,
}

struct Step {
    title: String,
    body: Vec<String>,
    tags: String,
}

/// One entry of the chart's legend: the line's colour and dash, and its words.
struct Key {
    colour: &'static str,
    dash: &'static str,
    html: String,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r##"{{ head|safe }}<h1>{{ title }}</h1>
{% if !who.is_empty() %}<p class="who">{{ who|safe }}</p>
{% endif %}{% if let Some(w) = warning %}<p class="warning" role="alert"><strong>{{ w|safe }}</strong></p>
{% endif %}{% for n in notes %}<p>{{ n }}</p>
{% endfor %}
<h2>{{ dimensions_heading }}</h2>
<div class="chart">
<svg viewBox="-190 55 900 420" width="720" height="336" role="img" aria-label="{{ dimensions_heading }}" direction="ltr" style="direction: ltr">
  {% for ring in radar.rings %}<polygon points="{{ ring }}" fill="none" stroke="#cbd2d9" stroke-width="1"/>
  {% endfor %}{% for s in radar.spokes %}<line x1="260" y1="260" x2="{{ s.0 }}" y2="{{ s.1 }}" stroke="#e4e7eb" stroke-width="1"/>
  {% endfor %}{% for s in radar.shapes %}<polygon points="{{ s.points }}" fill="{{ s.colour }}" fill-opacity="{{ s.opacity }}" stroke="{{ s.colour }}" stroke-width="2.5" stroke-dasharray="{{ s.dash }}"/>
  {% endfor %}{% for l in radar.labels %}<text x="{{ l.x }}" y="{{ l.y }}" text-anchor="{{ l.anchor }}" font-size="15" fill="#1f2933">{{ l.text }}</text>
  {% endfor %}
</svg>
<ul class="legend">
{% for k in legend %}<li><svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" stroke="{{ k.colour }}" stroke-width="3" stroke-dasharray="{{ k.dash }}"/></svg> {{ k.html|safe }}</li>
{% endfor %}</ul>
</div>
<table>
<tr><th>{{ columns[0] }}</th><th>{{ columns[1] }}</th><th>{{ columns[2] }}</th><th>{{ columns[3] }}</th></tr>
{% for r in rows %}<tr><td>{{ r.name }}</td><td class="n">{{ r.before }}</td><td class="n">{{ r.after }}</td><td class="{{ r.class }}">{{ r.change }}</td></tr>
{% endfor %}</table>
{% if let Some(m) = medians %}<p>{{ m }}</p>
{% endif %}
<h2>{{ answers_heading }}</h2>
{% if answers.is_empty() %}<p>{{ none }}</p>
{% else %}<ul class="changes">
{% for a in answers %}<li><strong>{{ a.title }}</strong> <bdi class="id">[{{ a.id }}]</bdi><br>{{ a.sides }}<br><span class="{{ a.class }}">{{ a.movement }}</span></li>
{% endfor %}</ul>
{% endif %}{% for g in groups %}
<h2>{{ g.heading }}</h2>
{% if let Some(why) = g.why %}<p>{{ why }}</p>
{% endif %}{% if g.gaps.is_empty() && g.more.is_none() %}<p>{{ none }}</p>
{% else %}<ul>
{% for gap in g.gaps %}<li>{{ gap.0 }} <bdi class="id">[{{ gap.1 }}]</bdi></li>
{% endfor %}</ul>
{% endif %}{% if let Some(more) = g.more %}<details><summary>{{ more }}</summary>
<ul>{% for gap in g.answers %}<li>{{ gap.0 }} <bdi class="id">[{{ gap.1 }}]</bdi></li>{% endfor %}</ul>
</details>
{% endif %}{% endfor %}
<h2>{{ steps_heading }}</h2>
<ol class="steps">
{% for s in steps %}<li><strong>{{ s.title }}</strong><ul>{% for line in s.body %}<li>{{ line }}</li>{% endfor %}</ul><span class="tags">{{ s.tags }}</span></li>
{% endfor %}</ol>
</body>
</html>
"##
)]
struct Page {
    /// Up to `<body>`, escaped already.
    head: String,
    title: String,
    who: String,
    warning: Option<String>,
    notes: Vec<String>,
    dimensions_heading: String,
    radar: Radar,
    legend: Vec<Key>,
    columns: [String; 4],
    rows: Vec<Row>,
    medians: Option<String>,
    answers_heading: String,
    none: String,
    answers: Vec<Changed>,
    groups: Vec<Group>,
    steps_heading: String,
    steps: Vec<Step>,
}

/// A movement's class: `up`, `down` or `same`.
fn class(change: i8) -> &'static str {
    match change {
        d if d > 0 => "up",
        d if d < 0 => "down",
        _ => "same",
    }
}

/// The chart of the levels before and after, and its legend.
fn chart(c: &Comparison, p: &Painter) -> (Radar, Vec<Key>) {
    let names: Vec<String> = c.dimensions.iter().map(|d| p.t(&d.name).into()).collect();
    let before: Vec<u8> = c.dimensions.iter().map(|d| d.before).collect();
    let after: Vec<u8> = c.dimensions.iter().map(|d| d.after).collect();
    let radar = radar(&names, c.stages, [&before, &after]);
    let keys = [
        ("compare-legend-before", &c.before, &c.files[0].date),
        ("compare-legend-after", &c.after, &c.files[1].date),
    ];
    let legend = keys
        .iter()
        .zip(&radar.shapes)
        .map(|((id, stage, date), shape)| {
            let words = p.msg(crate::i18n::Msg {
                id,
                args: vec![("stage", usize::from(stage.number).into())],
            });
            let date = date.as_deref().map(|d| format!(" · {}", bdi(d)));
            Key {
                colour: shape.colour,
                dash: shape.dash,
                html: format!("{}{}", escape(&words), date.unwrap_or_default()),
            }
        })
        .collect();
    (radar, legend)
}

fn changed(a: &AnswerChange, c: &Comparison, p: &Painter) -> Changed {
    Changed {
        class: class(a.change),
        movement: movement(a, p),
        title: answer_title(a, c, p),
        id: a.question.clone(),
        sides: answer_sides(a, p, to(p.o)),
    }
}

fn groups(c: &Comparison, p: &Painter) -> Vec<Group> {
    let pairs = |list: &[&crate::engine::compare::GapRef]| {
        let pair = |g: &&crate::engine::compare::GapRef| (p.t(&g.title).into(), g.id.clone());
        list.iter().map(pair).collect()
    };
    gap_groups(c, p)
        .into_iter()
        .map(|g| Group {
            gaps: pairs(&g.gaps),
            answers: pairs(&g.answers),
            heading: g.heading,
            why: g.why,
            more: g.more,
        })
        .collect()
}

fn steps(c: &Comparison, p: &Painter) -> Vec<Step> {
    let step = |r: &crate::engine::RankedStep| {
        let why = r.why_first.as_ref();
        let (title, body, tags) = step_text(&r.step, r.unblocks_next_stage, why, p);
        Step { title, body, tags }
    };
    c.next_steps.iter().take(STEPS).map(step).collect()
}

pub(super) fn page(c: &Comparison, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let warning = other_retailer(c, &p);
    let (radar, legend) = chart(c, &p);
    let who_text = who(c, to(o), |s| s.to_string()).unwrap_or_default();
    let page = Page {
        head: head(&p, &p.msg(msg!("compare-page-title", who = who_text))),
        title: directed(&title(c, &p), o),
        who: who(c, to(o), bdi).unwrap_or_default(),
        warning: warning.as_ref().map(|_| {
            let [old, new] = &c.files;
            let (a, b) = (old.retailer.as_deref(), new.retailer.as_deref());
            let texts = [
                ("old", a.unwrap_or_default()),
                ("new", b.unwrap_or_default()),
            ];
            isolated(&p, "compare-other-retailer", &texts)
        }),
        notes: notes(c, &p)
            .into_iter()
            .filter(|n| Some(n) != warning.as_ref())
            .collect(),
        dimensions_heading: p.m.t("compare-dimensions"),
        radar,
        legend,
        columns: [
            "report-col-dimension",
            "compare-col-before",
            "compare-col-after",
            "compare-col-change",
        ]
        .map(|id| p.m.t(id)),
        rows: c
            .dimensions
            .iter()
            .map(|d| Row {
                name: p.t(&d.name).into(),
                before: d.before,
                after: d.after,
                change: arrow(&p, d.change),
                class: class(d.change),
            })
            .collect(),
        medians: medians_note(c, &p),
        answers_heading: p.msg(msg!("compare-answers", count = c.answers.len())),
        none: p.m.t("compare-none"),
        answers: c.answers.iter().map(|a| changed(a, c, &p)).collect(),
        groups: groups(c, &p),
        steps_heading: p.m.t("compare-steps"),
        steps: steps(c, &p),
    };
    let html = page.render().map_err(io::Error::other)?;
    out.write_all(html.as_bytes())
}
