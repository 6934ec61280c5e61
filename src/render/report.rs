//! The report a person reads, built once for the table, Markdown and HTML: what each
//! section says and what is shown (top five, nothing twice); formats only lay it out.

mod sections;

use super::painter::{answer_said, reason_text, shown, Painter};
use super::RenderOptions;
use crate::engine::{Assessment, Reason};
use crate::i18n::Msg;
use crate::msg;

pub(super) use sections::{Cohort, Completeness, Gaps, GateGap, Steps, WeakAnswer};

/// How many gaps and next steps are shown without `--all`.
pub(super) const TOP: usize = 5;

/// Marks where a retailer's own text goes in a message, so it can be set apart.
const SLOT: &str = "\u{e000}";

/// Everything a report shows, in the order it shows it.
pub(super) struct Report {
    /// The language code, and whether it is written right to left.
    pub lang: &'static str,
    pub rtl: bool,
    /// "Stage 3 of 4: Full-Fledged Marketer".
    pub title: String,
    pub retailer: Option<String>,
    pub date: Option<String>,
    /// "question bank ID VERSION".
    pub bank: String,
    pub stage: u8,
    pub stages: u8,
    pub summary: String,
    pub ladder: Ladder,
    pub confidence: Option<Said>,
    pub held_back: Option<String>,
    pub conflicts: Conflicts,
    pub dimensions: Dimensions,
    pub gaps: Gaps,
    pub steps: Steps,
    pub completeness: Completeness,
    pub cohort: Option<Cohort>,
}

/// A question, by its text for people and its id for whoever edits answers files.
pub(super) struct Question {
    pub id: String,
    pub text: String,
}

impl Question {
    fn of(a: &Assessment, p: &Painter, id: &str) -> Question {
        let text = a.question_text(id).map(|t| p.t(t).into_owned());
        Question {
            id: shown(id).into_owned(),
            text: text.unwrap_or_else(|| shown(id).into_owned()),
        }
    }

    /// The text, then the id in brackets.
    pub fn with_id(&self) -> String {
        format!("{} [{}]", self.text, self.id)
    }
}

/// A sentence that names questions: by id for the terminal, in words elsewhere.
pub(super) struct Said {
    pub ids: String,
    pub words: String,
}

/// Words of which some parts are the retailer's own (a note, a link): a format sets
/// those apart, in their own direction, with their markup made harmless.
pub(super) struct Rich(pub Vec<(bool, String)>);

impl Rich {
    /// Message `id` whose argument `arg` is the retailer's text `user`.
    fn of(p: &Painter, id: &'static str, arg: &'static str, user: &str) -> Rich {
        let said = p.msg(Msg {
            id,
            args: vec![(arg, SLOT.into())],
        });
        let mut parts = Vec::new();
        for (i, piece) in said.split(SLOT).enumerate() {
            if i > 0 {
                parts.push((true, user.to_string()));
            }
            if !piece.is_empty() {
                parts.push((false, piece.to_string()));
            }
        }
        Rich(parts)
    }

    /// The words as one string.
    pub fn plain(&self) -> String {
        self.0.iter().map(|(_, s)| s.as_str()).collect()
    }
}

/// The stages of the model, the retailer's marked.
pub(super) struct Ladder {
    pub heading: String,
    pub here: String,
    pub next: String,
    pub rungs: Vec<Rung>,
}

pub(super) struct Rung {
    pub number: u8,
    pub name: String,
    pub summary: String,
    pub here: bool,
    pub next: bool,
}

/// Answers that cannot both be true.
pub(super) struct Conflicts {
    pub heading: String,
    pub found: Vec<Conflict>,
}

pub(super) struct Conflict {
    pub text: String,
    /// Each answer's question and what was answered.
    pub answers: Vec<(Question, String)>,
}

/// The dimension levels, for the table and the chart.
pub(super) struct Dimensions {
    pub heading: String,
    /// Column headings: dimension, level, answered.
    pub cols: [String; 3],
    /// The next stage, whose ring the chart marks, and what the ring means.
    pub next: Option<(u8, String)>,
    /// What a dimension without any answer looks like on the chart.
    pub unanswered: String,
    /// The same, in two words, for a table.
    pub unanswered_short: String,
    pub rows: Vec<Dimension>,
}

pub(super) struct Dimension {
    /// From 1, in bank order, as the chart numbers its spokes.
    pub number: usize,
    pub id: String,
    pub name: String,
    pub level: u8,
    pub answered: u32,
    pub questions: u32,
}

impl Dimension {
    /// Whether any of its questions has a known answer.
    pub fn measured(&self) -> bool {
        self.answered > 0
    }
}

/// A gate's condition in words.
pub(super) enum Why {
    Answer {
        question: Question,
        said: String,
        note: Option<Rich>,
        evidence: Option<Rich>,
    },
    Other {
        line: String,
        details: Vec<String>,
    },
}

impl Why {
    fn of(r: &Reason, a: &Assessment, p: &Painter) -> Why {
        match answer_said(r, p, false) {
            Some(x) => Why::Answer {
                question: Question {
                    id: x.id,
                    text: x.text,
                },
                said: x.said,
                note: x.note.map(|n| Rich::of(p, "report-note", "note", &n)),
                evidence: x
                    .evidence
                    .map(|e| Rich::of(p, "report-evidence", "evidence", &e)),
            },
            None => {
                let (line, details) = reason_text(r, a, p, false);
                Why::Other { line, details }
            }
        }
    }

    /// What is said under the head line: the answer, the note, the evidence.
    pub fn details(&self) -> Vec<Rich> {
        match self {
            Why::Answer {
                said,
                note,
                evidence,
                ..
            } => {
                let said = Rich(vec![(false, said.clone())]);
                let mine = note.iter().chain(evidence).map(|r| Rich(r.0.clone()));
                std::iter::once(said).chain(mine).collect()
            }
            Why::Other { details, .. } => details
                .iter()
                .map(|d| Rich(vec![(false, d.clone())]))
                .collect(),
        }
    }
}

impl Report {
    pub fn new(a: &Assessment, o: &RenderOptions) -> Report {
        let p = Painter::new(o);
        let title = p.msg(msg!(
            "report-stage-title",
            number = a.stage.number,
            total = a.stages,
            name = p.t(&a.stage.name)
        ));
        Report {
            lang: o.lang.code(),
            rtl: o.lang.is_rtl(),
            title,
            retailer: a.retailer.as_deref().map(|s| shown(s).into_owned()),
            date: a.date.as_deref().map(|s| shown(s).into_owned()),
            bank: p.msg(msg!(
                "report-bank",
                id = &a.bank.id,
                version = &a.bank.version
            )),
            stage: a.stage.number,
            stages: a.stages,
            summary: p.t(&a.stage.summary).into_owned(),
            ladder: ladder(a, &p),
            confidence: confidence(a, &p),
            held_back: (a.placement.strict < a.stage.number)
                .then(|| p.msg(msg!("report-held-back", rest = a.placement.rest))),
            conflicts: conflicts(a, &p),
            dimensions: dimensions(a, &p),
            gaps: sections::gaps(a, &p),
            steps: sections::steps(a, &p),
            completeness: sections::completeness(a, &p),
            cohort: sections::cohort(a, &p),
        }
    }

    /// The page's title: the retailer, the stage and the date.
    pub fn document_title(&self) -> String {
        let parts = self.retailer.iter().chain([&self.title]).chain(&self.date);
        parts.cloned().collect::<Vec<_>>().join(" · ")
    }
}

fn ladder(a: &Assessment, p: &Painter) -> Ladder {
    let next = a.next_stage.as_ref().map(|s| s.number);
    let rungs = a.ladder.iter().map(|s| Rung {
        number: s.number,
        name: p.t(&s.name).into_owned(),
        summary: p.t(&s.summary).into_owned(),
        here: s.number == a.stage.number,
        next: Some(s.number) == next,
    });
    Ladder {
        heading: p.m.t("report-ladder"),
        here: p.m.t("report-you-are-here"),
        next: p.m.t("report-next-stage"),
        rungs: rungs.collect(),
    }
}

/// What is unknown, said under the stage line: whether the stage is provisional,
/// and what the open questions could do to it. `None` when nothing is open.
fn confidence(a: &Assessment, p: &Painter) -> Option<Said> {
    let say = |name: &dyn Fn(&str) -> String| {
        let (c, done) = (&a.confidence, &a.completeness);
        let open = done.unsure.len() + done.missing.len();
        let mut said = Vec::new();
        if c.provisional {
            said.push(msg!(
                "report-provisional-answered",
                answered = done.answered,
                questions = done.questions - done.skipped.len()
            ));
        }
        if !c.deciding.is_empty() {
            let names: Vec<String> = c.deciding.iter().map(|q| name(q)).collect();
            let questions = p.join(&names);
            let stage = c.could_reach;
            said.push(msg!(
                "report-could-change",
                questions = questions,
                stage = stage
            ));
        } else if c.could_reach > a.stage.number {
            let stage = c.could_reach;
            said.push(msg!("report-could-reach", count = open, stage = stage));
        } else if open > 0 {
            said.push(msg!("report-settled", count = open));
        }
        let said: Vec<String> = said.into_iter().map(|m| p.msg(m)).collect();
        (!said.is_empty()).then(|| said.join(&p.m.t("report-sentence-separator")))
    };
    let ids = say(&|q| format!("[{}]", shown(q)))?;
    let words = say(&|q| {
        let text = Question::of(a, p, q).text;
        p.msg(msg!("report-quoted", text = text))
    })?;
    Some(Said { ids, words })
}

/// Each conflict the answers fall into: what to check, and the answers behind it.
fn conflicts(a: &Assessment, p: &Painter) -> Conflicts {
    let found = a.conflicts.iter().map(|c| {
        let answers = c.answers.iter().map(|x| {
            let answer = super::painter::quoted(p, &x.chosen);
            let said = msg!("report-conflict-answer", answer = answer, level = x.level);
            (Question::of(a, p, &x.question), p.msg(said))
        });
        Conflict {
            text: p.t(&c.text).into_owned(),
            answers: answers.collect(),
        }
    });
    Conflicts {
        heading: p.m.t("report-conflicts-heading"),
        found: found.collect(),
    }
}

fn dimensions(a: &Assessment, p: &Painter) -> Dimensions {
    let rows = a.dimensions.iter().enumerate().map(|(i, d)| Dimension {
        number: i + 1,
        id: shown(&d.id).into_owned(),
        name: p.t(&d.name).into_owned(),
        level: d.level,
        answered: d.answered,
        questions: d.questions,
    });
    let next = a.next_stage.as_ref().map(|s| {
        let said = msg!("report-chart-next", stage = s.number, name = p.t(&s.name));
        (s.number, p.msg(said))
    });
    Dimensions {
        heading: p.m.t("report-dimensions"),
        cols: [
            p.m.t("report-col-dimension"),
            p.m.t("report-col-level"),
            p.m.t("report-col-answered"),
        ],
        next,
        unanswered: p.m.t("report-chart-unanswered"),
        unanswered_short: p.m.t("report-no-answers"),
        rows: rows.collect(),
    }
}
