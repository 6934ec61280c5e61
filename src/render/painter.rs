//! What every text renderer shares: language, colour and width handling, the level
//! bar, and how a gate's reasons and a next step are written.

use std::borrow::Cow;
use std::io::{self, Write};

use super::RenderOptions;
use crate::bank::{Goal, NextStep, Rating, Text};
use crate::engine::{Assessment, Chosen, RankedStep, Reason};
use crate::i18n::{Messages, Msg};
use crate::msg;
use crate::text::{display_width, inert, wrap};

/// Width of a dimension's level bar.
pub(super) const BAR: usize = 12;

/// Text helpers that honour the language, colour and width options.
pub(super) struct Painter<'o> {
    pub o: &'o RenderOptions,
    pub m: Messages,
}

impl<'o> Painter<'o> {
    pub fn new(o: &'o RenderOptions) -> Self {
        Painter {
            o,
            m: Messages::new(o.lang),
        }
    }

    /// A bank text in the report's language.
    pub fn t<'a>(&self, text: &'a Text) -> Cow<'a, str> {
        shown(text.get(self.o.lang.code()))
    }

    /// Items joined the way the language lists them.
    pub fn join<S: AsRef<str>>(&self, items: &[S]) -> String {
        let sep = self.m.t("report-list-separator");
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(&sep)
    }

    /// An interface message in the report's language.
    pub fn msg(&self, msg: Msg) -> String {
        shown(&self.m.render(&msg)).into_owned()
    }

    pub fn paint(&self, s: &str, code: &str) -> String {
        if self.o.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    pub fn heading(&self, out: &mut dyn Write, s: &str) -> io::Result<()> {
        writeln!(out)?;
        self.para(out, 0, &self.paint(s, "1"))
    }

    /// Writes `s` wrapped after `lead`, continuation lines aligned under its text.
    pub fn item(&self, out: &mut dyn Write, lead: &str, s: &str) -> io::Result<()> {
        let indent = display_width(lead);
        let width = usize::from(self.o.width).saturating_sub(indent).max(10);
        for (i, line) in wrap(s, width).into_iter().enumerate() {
            match i {
                0 => writeln!(out, "{lead}{line}")?,
                _ => writeln!(out, "{:indent$}{line}", "")?,
            }
        }
        Ok(())
    }

    /// Writes `s` wrapped to the width, every line indented by `indent`.
    pub fn para(&self, out: &mut dyn Write, indent: usize, s: &str) -> io::Result<()> {
        self.item(out, &" ".repeat(indent), s)
    }

    /// Writes `s` wrapped to the width, its first line indented by `first` and the
    /// others by `rest`, so a long entry stands out from the next.
    pub fn hanging(
        &self,
        out: &mut dyn Write,
        first: usize,
        rest: usize,
        s: &str,
    ) -> io::Result<()> {
        let width = usize::from(self.o.width)
            .saturating_sub(first.max(rest))
            .max(10);
        for (i, line) in wrap(s, width).into_iter().enumerate() {
            let indent = if i == 0 { first } else { rest };
            writeln!(out, "{:indent$}{line}", "")?;
        }
        Ok(())
    }
}

/// Text from a file or a bank made safe to show in any format: control characters
/// and the bidirectional controls that would reorder the rest of a line are shown as
/// `\u{..}` (see [`inert`]).
pub(crate) fn shown(s: &str) -> Cow<'_, str> {
    inert(s)
}

pub(super) fn bar(a: &Assessment, level: u8) -> String {
    let per_level = BAR / usize::from(a.stages.max(1));
    let filled = (usize::from(level) * per_level).min(BAR);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

/// The labels of chosen options, quoted as the language quotes («…» in Arabic).
pub(super) fn quoted(p: &Painter, chosen: &[Chosen]) -> String {
    let labels: Vec<String> = chosen
        .iter()
        .map(|c| p.msg(msg!("report-quoted", text = p.t(&c.label))))
        .collect();
    labels.join(" + ")
}

/// A gate's reason in words: a head line and the details under it. `neutral`
/// words an answer without saying it falls short, for gates that passed.
pub(super) fn reason_text(
    r: &Reason,
    a: &Assessment,
    p: &Painter,
    neutral: bool,
) -> (String, Vec<String>) {
    match r {
        Reason::Answer { .. } => answer_text(r, p, neutral),
        Reason::Level {
            name,
            required,
            level,
            ..
        } => {
            let line = msg!(
                "report-level",
                name = p.t(name),
                level = *level,
                required = *required
            );
            (p.msg(line), Vec::new())
        }
        Reason::Breadth { .. } => breadth_text(r, a, p),
    }
}

/// An answer reason in parts: the question, what was answered against what is
/// needed, and the retailer's note and evidence as written (made safe to show).
pub(super) struct AnswerSaid {
    pub id: String,
    pub text: String,
    pub said: String,
    pub note: Option<String>,
    pub evidence: Option<String>,
}

/// The parts of an answer's reason; `None` for other reasons.
pub(super) fn answer_said(r: &Reason, p: &Painter, neutral: bool) -> Option<AnswerSaid> {
    let Reason::Answer {
        question,
        text,
        required,
        level,
        chosen,
        note,
        evidence,
        ..
    } = r
    else {
        return None;
    };
    let answer = quoted(p, chosen);
    let required = *required;
    let said = match (level, neutral) {
        (Some(l), false) if !chosen.is_empty() => {
            msg!(
                "report-answered",
                answer = answer,
                level = *l,
                required = required
            )
        }
        (Some(l), true) if !chosen.is_empty() => {
            msg!(
                "explain-answer",
                answer = answer,
                level = *l,
                required = required
            )
        }
        (_, false) => msg!("report-not-answered", required = required),
        (_, true) => msg!("explain-unanswered", required = required),
    };
    Some(AnswerSaid {
        id: shown(question).into_owned(),
        text: p.t(text).into_owned(),
        said: p.msg(said),
        note: note.as_deref().map(|n| shown(n).into_owned()),
        evidence: evidence.as_deref().map(|e| shown(e).into_owned()),
    })
}

/// An answer's reason: the question, then what was answered and what is needed,
/// with the retailer's note and evidence.
fn answer_text(r: &Reason, p: &Painter, neutral: bool) -> (String, Vec<String>) {
    let Some(a) = answer_said(r, p, neutral) else {
        return (String::new(), Vec::new());
    };
    let mut details = vec![a.said];
    details.extend(a.note.iter().map(|n| p.msg(msg!("report-note", note = n))));
    details.extend(
        a.evidence
            .iter()
            .map(|e| p.msg(msg!("report-evidence", evidence = e))),
    );
    (format!("{} [{}]", a.text, a.id), details)
}

/// A breadth reason: how many dimensions reach the level, and which fall below.
fn breadth_text(r: &Reason, a: &Assessment, p: &Painter) -> (String, Vec<String>) {
    let Reason::Breadth {
        count,
        required,
        actual,
        below,
        ..
    } = r
    else {
        return (String::new(), Vec::new());
    };
    let names: Vec<Cow<str>> = a
        .dimensions
        .iter()
        .filter(|d| below.contains(&d.id))
        .map(|d| p.t(&d.name))
        .collect();
    let line = msg!(
        "report-breadth",
        required = *required,
        actual = *actual,
        count = *count
    );
    let below = (!names.is_empty()).then(|| {
        p.msg(msg!(
            "report-breadth-below",
            required = *required,
            names = p.join(&names)
        ))
    });
    (p.msg(line), below.into_iter().collect())
}

/// A gate's reason as indented, wrapped report lines.
pub(super) fn reason_lines(
    r: &Reason,
    a: &Assessment,
    p: &Painter,
    out: &mut dyn Write,
    neutral: bool,
) -> io::Result<()> {
    let (head, details) = reason_text(r, a, p, neutral);
    p.para(out, 4, &head)?;
    for d in details {
        p.para(out, 6, &d)?;
    }
    Ok(())
}

pub(super) fn step(ranked: &RankedStep, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let lead = format!("  {}. ", ranked.rank);
    let why = ranked.why_first.as_ref();
    step_lines(&ranked.step, ranked.unblocks_next_stage, why, &lead, p, out)
}

/// A next step in words: its action title, then why it comes first (when a situation
/// of the retailer's puts it there), the goal, strategy, tactic and tool, then its
/// effort and impact.
pub(super) fn step_text(
    s: &NextStep,
    opens: bool,
    why: Option<&Text>,
    p: &Painter,
) -> (String, Vec<String>, String) {
    let line = |id: &'static str, text: Cow<str>| {
        p.msg(Msg {
            id,
            args: vec![("text", text.into())],
        })
    };
    let mut body: Vec<String> = why
        .map(|w| line("report-why-first", p.t(w)))
        .into_iter()
        .collect();
    body.push(p.msg(msg!("report-goal", goal = p.m.t(goal_id(s.goal)))));
    body.extend([
        line("report-strategy", p.t(&s.strategy)),
        line("report-tactic", p.t(&s.tactic)),
        line("report-tool", p.t(&s.tool)),
    ]);
    let tags = p.msg(msg!(
        "report-effort",
        effort = p.m.t(rating_id(s.effort)),
        impact = p.m.t(rating_id(s.impact)),
        opens = if opens { "yes" } else { "no" }
    ));
    (p.t(&s.title).into_owned(), body, tags)
}

/// A next step: its title after `lead`, then the rest of [`step_text`] aligned under
/// the title.
pub(super) fn step_lines(
    s: &NextStep,
    opens: bool,
    why: Option<&Text>,
    lead: &str,
    p: &Painter,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (title, body, tags) = step_text(s, opens, why, p);
    p.item(out, lead, &p.paint(&title, "1"))?;
    let indent = display_width(lead);
    for line in body {
        p.para(out, indent, &line)?;
    }
    p.para(out, indent, &p.paint(&tags, "2"))
}

/// The message id naming a business goal.
pub(crate) fn goal_id(g: Goal) -> &'static str {
    match g {
        Goal::Revenue => "goal-revenue",
        Goal::Retention => "goal-retention",
        Goal::Clv => "goal-clv",
        Goal::Aov => "goal-aov",
        Goal::Profit => "goal-profit",
    }
}

pub(crate) fn rating_id(r: Rating) -> &'static str {
    match r {
        Rating::Low => "rating-low",
        Rating::Medium => "rating-medium",
        Rating::High => "rating-high",
    }
}
