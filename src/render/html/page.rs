//! The page's markup: the summary card with the stage ladder, the chart beside the
//! dimension table, the gaps, the next steps, the cohort and the open questions.

use askama::Template;

use crate::render::report::Report;

/// A dimension's row of the table.
pub(super) struct Row {
    pub number: usize,
    pub id: String,
    pub name: String,
    pub level: u8,
    pub percent: u32,
    pub answered: String,
    pub measured: bool,
}

/// A gate's condition: its head line, and what is said under it (as HTML).
pub(super) struct Reason {
    pub head: String,
    pub details: Vec<String>,
}

/// A failed gate.
pub(super) struct Gate {
    pub id: String,
    pub title: String,
    pub text: String,
    pub reasons: Vec<Reason>,
}

/// An answer below the next stage: what it lacks, and the question and answer.
pub(super) struct Weak {
    pub id: String,
    pub text: String,
    pub asked: Vec<String>,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r##"<!DOCTYPE html>
<html lang="{{ r.lang }}" dir="{{ dir }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
{{ css|safe }}
{{ running|safe }}
</style>
</head>
<body>
<main>
<section class="summary card" id="summary" aria-labelledby="stage">
<div class="verdict">
{% if !who.is_empty() %}<p class="eyebrow">{{ who|safe }}</p>
{% endif %}<h1 id="stage">{{ r.title }}</h1>
{% if let Some(c) = r.confidence %}<p class="note confidence">{{ c.words }}</p>
{% endif %}<p class="lede">{{ r.summary }}</p>
{% if let Some(held) = r.held_back %}<p class="note">{{ held }}</p>
{% endif %}<p class="answered" id="answered">{{ r.completeness.line }}</p>
</div>
<ol class="ladder" aria-label="{{ r.ladder.heading }}">
{% for rung in r.ladder.rungs %}<li class="rung{% if rung.here %} here{% endif %}{% if rung.next %} next{% endif %}" title="{{ rung.summary }}"{% if rung.here %} aria-current="step"{% endif %}><span class="n">{{ rung.number }}</span><span><span class="name">{{ rung.name }}</span>{% if rung.here %}<span class="badge">{{ r.ladder.here }}</span>{% endif %}{% if rung.next %}<span class="badge">{{ r.ladder.next }}</span>{% endif %}</span></li>
{% endfor %}</ol>
<p class="bank">{{ r.bank }}</p>
</section>
{% if !r.conflicts.found.is_empty() %}
<section id="conflicts">
<h2>{{ r.conflicts.heading }}</h2>
{% for c in r.conflicts.found %}<div class="card conflict">
<p>{{ c.text }}</p>
<ul>{% for a in c.answers %}<li>{{ a.0.text }}: {{ a.1 }}</li>{% endfor %}</ul>
</div>
{% endfor %}</section>
{% endif %}
<section id="dimensions">
<h2>{{ r.dimensions.heading }}</h2>
<div class="dims card">
<figure class="chart">
{{ named|safe }}
{{ numbered|safe }}
<figcaption><ul class="key">{% if let Some(next) = r.dimensions.next %}<li><svg viewBox="0 0 28 8" aria-hidden="true"><line class="ring next" x1="0" y1="4" x2="28" y2="4"/></svg>{{ next.1 }}</li>{% endif %}{% if unmeasured %}<li><svg viewBox="0 0 28 12" aria-hidden="true"><circle class="dot none" cx="14" cy="6" r="4.5"/></svg>{{ r.dimensions.unanswered }}</li>{% endif %}</ul></figcaption>
</figure>
<table class="levels">
<thead><tr><th class="n">#</th><th>{{ r.dimensions.cols[0] }}</th><th class="num">{{ r.dimensions.cols[1] }}</th><th class="num answered">{{ r.dimensions.cols[2] }}</th></tr></thead>
<tbody>
{% for row in rows %}<tr data-dimension="{{ row.id }}"{% if !row.measured %} class="none"{% endif %}><td class="n">{{ row.number }}</td><td>{{ row.name }}<span class="count">{{ row.answered }}</span><div class="bar"><span style="width: {{ row.percent }}%"></span></div></td><td class="num">{{ row.level }}</td><td class="num answered">{{ row.answered }}</td></tr>
{% endfor %}</tbody>
</table>
</div>
</section>

<section id="gaps">
<h2>{{ r.gaps.heading }}</h2>
{% if let Some(nothing) = r.gaps.nothing %}<p>{{ nothing }}</p>
{% endif %}{% for gate in gates %}<article class="card gate" data-gate="{{ gate.id }}">
<h3><span class="mark" aria-hidden="true">✗</span> {{ gate.title }}</h3>
<p>{{ gate.text }}</p>
<ul class="reasons">{% for reason in gate.reasons %}<li><span class="head">{{ reason.head }}</span>{% if !reason.details.is_empty() %}<ul>{% for d in reason.details %}<li>{{ d|safe }}</li>{% endfor %}</ul>{% endif %}</li>{% endfor %}</ul>
</article>
{% endfor %}{% if let Some(w) = r.gaps.weak %}<div class="card weak">
<h3>{{ w.title() }}</h3>
<ul>{% for item in weak %}<li data-question="{{ item.id }}"><p>{{ item.text }}</p>{% for a in item.asked %}<p class="asked">{{ a }}</p>{% endfor %}</li>{% endfor %}</ul>
{% if let Some(more) = w.more %}<p class="more">{{ more }}</p>{% endif %}
</div>
{% endif %}</section>

<section id="steps">
<h2>{{ r.steps.heading }}</h2>
{% if let Some(none) = r.steps.none %}<p>{{ none }}</p>
{% endif %}<ol class="steps">
{% for s in r.steps.shown %}<li class="card step" data-step="{{ s.id }}"><h3><span class="rank">{{ s.rank }}</span><span>{{ s.title }}</span></h3>
{% if let Some(why) = s.why %}<p class="why">{{ why }}</p>
{% endif %}<ul class="facts">{% for f in s.facts %}<li>{{ f }}</li>{% endfor %}</ul>
<p class="tags">{{ s.tags }}</p></li>
{% endfor %}</ol>
{% if let Some(more) = r.steps.more %}<p class="more">{{ more }}</p>
{% endif %}</section>
{% if let Some(c) = r.cohort %}
<section id="cohort">
<h2>{{ c.heading }}</h2>
<div class="card">
<p>{{ c.stage }}</p>
<table class="peers">
<thead><tr><th>{{ c.cols[0] }}</th><th class="num">{{ c.cols[1] }}</th><th class="num">{{ c.cols[2] }}</th><th class="num">{{ c.cols[3] }}</th></tr></thead>
<tbody>
{% for row in c.rows %}<tr><td>{{ row.0 }}</td><td class="num">{{ row.1 }}</td><td class="num">{{ row.2 }}</td><td class="num">{{ row.3 }}%</td></tr>
{% endfor %}</tbody>
</table>
</div>
</section>
{% endif %}
{% if !r.completeness.lists.is_empty() %}
<section id="completeness"{% if keep_open %} class="keep"{% endif %}>
<h2>{{ r.completeness.heading }}</h2>
<div class="card">
{% if let Some(explained) = r.completeness.explained %}<p class="more">{{ explained }}</p>
{% endif %}{% for list in r.completeness.lists %}<div class="open{% if list.questions.len() <= 6 %} keep{% endif %}"><h3 id="{{ list.kind }}">{{ list.label }} ({{ list.questions.len() }})</h3>
<ul class="questions">{% for q in list.questions %}<li data-question="{{ q.id }}">{{ q.text }}</li>{% endfor %}</ul></div>
{% endfor %}</div>
</section>
{% endif %}</main>
</body>
</html>
"##
)]
pub(super) struct Page<'a> {
    pub r: &'a Report,
    pub dir: &'static str,
    pub title: String,
    pub css: &'static str,
    /// The `@page` rules: page numbers, and the retailer in the running header.
    pub running: String,
    /// The retailer and the date, as HTML.
    pub who: String,
    pub named: String,
    pub numbered: String,
    pub unmeasured: bool,
    /// Whether the open questions are few enough to keep on one printed page.
    pub keep_open: bool,
    pub rows: Vec<Row>,
    pub gates: Vec<Gate>,
    pub weak: Vec<Weak>,
}
