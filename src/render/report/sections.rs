//! The report's longer sections: the gaps to the next stage, the next steps, the open
//! questions and the cohort standing, each as the report model shows it.

use super::{Question, Why, TOP};
use crate::engine::{Assessment, GapKind, Reason};
use crate::i18n::Msg;
use crate::msg;
use crate::render::painter::{step_text, Painter};

/// What stands between the retailer and the next stage.
pub(in crate::render) struct Gaps {
    pub heading: String,
    pub gates: Vec<GateGap>,
    pub weak: Option<Weak>,
    /// Said when nothing stands in the way.
    pub nothing: Option<String>,
}

/// A failed gate, with the conditions that hold it shut.
pub(in crate::render) struct GateGap {
    pub id: String,
    pub title: String,
    pub text: String,
    pub reasons: Vec<Why>,
}

/// Answers below the next stage that no failed gate has shown already.
pub(in crate::render) struct Weak {
    /// The heading as a sentence, ending with its colon.
    pub heading: String,
    pub items: Vec<WeakAnswer>,
    /// How many more `--all` would show, said.
    pub more: Option<String>,
}

pub(in crate::render) struct WeakAnswer {
    pub id: String,
    /// What the answer still lacks.
    pub text: String,
    pub reasons: Vec<Why>,
}

impl Weak {
    /// The heading without its colon, for formats that set it as a heading.
    pub fn title(&self) -> &str {
        self.heading
            .trim_end()
            .trim_end_matches([':', '：'])
            .trim_end()
    }
}

/// The next steps shown: the top five, or every one with `--all`.
pub(in crate::render) struct Steps {
    pub heading: String,
    pub shown: Vec<Step>,
    pub more: Option<String>,
    /// Said when there are none.
    pub none: Option<String>,
}

/// A next step, headed by its action.
pub(in crate::render) struct Step {
    pub rank: usize,
    pub id: String,
    pub title: String,
    /// Why it comes first, when a situation of the retailer's puts it there.
    pub why: Option<String>,
    /// Goal, strategy, tactic and tool, one line each.
    pub facts: Vec<String>,
    /// Effort and impact, and whether it opens the next stage.
    pub tags: String,
}

/// How complete the answers are, and which questions are open.
pub(in crate::render) struct Completeness {
    pub heading: String,
    pub line: String,
    pub lists: Vec<Listed>,
    /// Why unknown answers matter, when there are any.
    pub explained: Option<String>,
}

/// The questions answered "don't know", not answered, or not asked.
pub(in crate::render) struct Listed {
    /// `unsure`, `missing` or `skipped`, as in the JSON.
    pub kind: &'static str,
    /// The whole line, naming the questions by id.
    pub ids: String,
    /// The label alone, over the questions in words.
    pub label: String,
    pub questions: Vec<Question>,
}

/// Where the retailer stands among a cohort of peers.
pub(in crate::render) struct Cohort {
    pub heading: String,
    pub stage: String,
    /// One sentence per dimension.
    pub lines: Vec<String>,
    /// Column headings: dimension, you, the typical peer, ahead of.
    pub cols: [String; 4],
    /// Per dimension: its name, its level, the typical peer's, the percentile.
    pub rows: Vec<(String, u8, u8, u8)>,
}

/// "… and 3 more next steps (--all shows every one)", when some are hidden.
fn more(p: &Painter, hidden: usize, what: &str) -> Option<String> {
    (hidden > 0).then(|| p.msg(msg!("report-more", count = hidden, what = what)))
}

pub(super) fn gaps(a: &Assessment, p: &Painter) -> Gaps {
    let gates: Vec<GateGap> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::Gate)
        .map(|g| GateGap {
            id: g.id.clone(),
            title: p.t(&g.title).into_owned(),
            text: p.t(&g.text).into_owned(),
            reasons: g.reasons.iter().map(|r| Why::of(r, a, p)).collect(),
        })
        .collect();
    // Answers already shown under a failed gate are not repeated.
    let under_gates: Vec<&str> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::Gate)
        .flat_map(|g| &g.reasons)
        .filter_map(|r| match r {
            Reason::Answer { question, .. } => Some(question.as_str()),
            _ => None,
        })
        .collect();
    let weak: Vec<_> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::Answer && !under_gates.contains(&g.id.as_str()))
        .collect();
    let nothing = (gates.is_empty() && weak.is_empty()).then(|| p.m.t("report-nothing-left"));
    let shown = if p.o.all {
        weak.len()
    } else {
        TOP.min(weak.len())
    };
    let target = a.next_stage.as_ref().map_or(a.stage.number, |s| s.number);
    let other = if gates.is_empty() { "no" } else { "yes" };
    let heading = msg!(
        "report-weak-answers",
        other = other,
        stage = target,
        count = weak.len()
    );
    let items = weak[..shown].iter().map(|g| WeakAnswer {
        id: g.id.clone(),
        text: p.t(&g.text).into_owned(),
        reasons: g.reasons.iter().map(|r| Why::of(r, a, p)).collect(),
    });
    let weak = (!weak.is_empty()).then(|| Weak {
        heading: p.msg(heading),
        items: items.collect(),
        more: more(p, weak.len() - shown, "answers"),
    });
    Gaps {
        heading: gaps_heading(a, p),
        gates,
        weak,
        nothing,
    }
}

/// The heading over the gaps: what stands between the retailer and the next stage.
fn gaps_heading(a: &Assessment, p: &Painter) -> String {
    match &a.next_stage {
        Some(s) => p.msg(msg!(
            "report-gaps-heading",
            number = s.number,
            name = p.t(&s.name)
        )),
        None => p.m.t("report-top-stage"),
    }
}

pub(super) fn steps(a: &Assessment, p: &Painter) -> Steps {
    let count = if p.o.all {
        a.next_steps.len()
    } else {
        a.next_steps.iter().filter(|s| s.in_top_five).count()
    };
    let shown = a.next_steps[..count].iter().map(|r| {
        let why = r.why_first.as_ref();
        let (title, mut facts, tags) = step_text(&r.step, r.unblocks_next_stage, why, p);
        let why = why.map(|_| facts.remove(0));
        Step {
            rank: r.rank,
            id: r.step.id.clone(),
            title,
            why,
            facts,
            tags,
        }
    });
    Steps {
        heading: p.m.t("report-steps-heading"),
        shown: shown.collect(),
        more: more(p, a.next_steps.len() - count, "steps"),
        none: a.next_steps.is_empty().then(|| p.m.t("report-none")),
    }
}

pub(super) fn completeness(a: &Assessment, p: &Painter) -> Completeness {
    let c = &a.completeness;
    let line = msg!(
        "report-answered-count",
        answered = c.answered,
        questions = c.questions - c.skipped.len(),
        percent = c.percent
    );
    let lists = [
        (
            "unsure",
            "report-unsure-list",
            "report-unsure-heading",
            &c.unsure,
        ),
        (
            "missing",
            "report-missing-list",
            "report-missing-heading",
            &c.missing,
        ),
        (
            "skipped",
            "report-skipped-list",
            "report-skipped-heading",
            &c.skipped,
        ),
    ];
    let lists = lists
        .into_iter()
        .filter(|l| !l.3.is_empty())
        .map(|(kind, id, label, list)| {
            let ids = p.msg(Msg {
                id,
                args: vec![("list", p.join(list).into())],
            });
            Listed {
                kind,
                ids,
                label: p.m.t(label),
                questions: list.iter().map(|q| Question::of(a, p, q)).collect(),
            }
        });
    Completeness {
        heading: p.m.t("report-completeness"),
        line: p.msg(line),
        lists: lists.collect(),
        explained: (c.answered + c.skipped.len() < c.questions)
            .then(|| p.m.t("report-unknown-explained")),
    }
}

pub(super) fn cohort(a: &Assessment, p: &Painter) -> Option<Cohort> {
    let c = a.cohort.as_ref()?;
    let typical = a
        .ladder
        .iter()
        .find(|s| s.number == c.typical_stage)
        .map(|s| p.t(&s.name))
        .unwrap_or_default();
    let stage = msg!(
        "cohort-stage",
        percentile = c.stage_percentile,
        typical = c.typical_stage,
        name = typical
    );
    let rows: Vec<(String, u8, u8, u8)> = a
        .dimensions
        .iter()
        .zip(&c.dimensions)
        .map(|(d, s)| (p.t(&d.name).into_owned(), s.level, s.typical, s.percentile))
        .collect();
    let lines = rows.iter().map(|(name, level, typical, percentile)| {
        p.msg(msg!(
            "cohort-dimension",
            name = name,
            level = *level,
            typical = *typical,
            percentile = *percentile
        ))
    });
    Some(Cohort {
        heading: p.msg(msg!("cohort-heading", peers = c.peers)),
        stage: p.msg(stage),
        lines: lines.collect(),
        cols: [
            p.m.t("report-col-dimension"),
            p.m.t("cohort-col-you"),
            p.m.t("cohort-col-typical"),
            p.m.t("cohort-col-ahead"),
        ],
        rows,
    })
}
