//! The plan page: `plan` as one self-contained HTML page, each change with the answer
//! now, the aim, and the next steps that get there, goal first.

use std::io::{self, Write};

use askama::Template;

use super::page::{head, isolated, who};
use crate::engine::plan::Plan;
use crate::engine::Assessment;
use crate::msg;
use crate::render::painter::{step_text, Painter};
use crate::render::plan::{nothing_to_plan, summary, title, Outcome};
use crate::render::{RenderOptions, Roadmap};

/// A next step of an item, or which earlier item gave it.
struct Step {
    title: String,
    body: Vec<String>,
    tags: String,
    same_as: Option<String>,
}

struct Item {
    title: String,
    id: String,
    now: String,
    aim: String,
    steps: Vec<Step>,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r##"{{ head|safe }}<h1>{{ title|safe }}</h1>
{% if !who.is_empty() %}<p class="who">{{ who|safe }}</p>
{% endif %}{% for line in summary %}<p>{{ line }}</p>
{% endfor %}{% if !items.is_empty() %}<ol class="plan">
{% for item in items %}<li><h2>{{ item.title }}</h2>
<p>{{ item.now }} <bdi class="id">[{{ item.id }}]</bdi><br>{{ item.aim }}</p>
{% for s in item.steps %}{% if let Some(same) = s.same_as %}<p>{{ same }}</p>
{% else %}<h3>{{ s.title }}</h3>
<ul>{% for line in s.body %}<li>{{ line }}</li>{% endfor %}</ul>
<p class="tags">{{ s.tags }}</p>
{% endif %}{% endfor %}</li>
{% endfor %}</ol>
{% endif %}</body>
</html>
"##
)]
struct Page {
    items: Vec<Item>,
    summary: Vec<String>,
    /// Up to `<body>`, escaped already.
    head: String,
    /// Escaped already: the retailer in it is isolated.
    title: String,
    who: String,
}

/// The items of the plan for the page.
fn items(plan: &Plan, a: &Assessment, p: &Painter) -> Vec<Item> {
    let step = |(s, earlier): &(&crate::bank::NextStep, Option<usize>)| {
        let (title, body, tags) = step_text(s, false, None, p);
        let same_as = earlier.map(|at| p.msg(msg!("plan-same-step", item = at)));
        Step {
            title,
            body,
            tags,
            same_as,
        }
    };
    let item = |i: crate::render::plan::Item| Item {
        id: i.question.to_string(),
        steps: i.steps.iter().map(step).collect(),
        title: i.title,
        now: i.now,
        aim: i.aim,
    };
    crate::render::plan::items(plan, a, p)
        .into_iter()
        .map(item)
        .collect()
}

pub(super) fn page(r: &Roadmap, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let a = r.assessment;
    let plain_who = crate::render::plan::who(&a.retailer, &a.date).unwrap_or_default();
    let page_title = p.msg(msg!("plan-page-title", who = plain_who));
    let (title, summary, items) = match r.outcome {
        Outcome::Changes(plan) => (
            super::page::escape(&title(plan, a, &p)),
            summary(plan, a, &p),
            items(plan, a, &p),
        ),
        Outcome::AlreadyThere { stage, target, top } => {
            let name = a
                .retailer
                .as_deref()
                .or(a.date.as_deref())
                .unwrap_or_default();
            let heading = isolated(&p, "plan-page-title", &[("who", name)]);
            (heading, nothing_to_plan(&p, stage, target, top), Vec::new())
        }
    };
    let page = Page {
        head: head(&p, &page_title),
        title,
        who: who(&a.retailer, &a.date),
        summary,
        items,
    };
    let html = page.render().map_err(io::Error::other)?;
    out.write_all(html.as_bytes())
}
