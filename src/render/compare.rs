//! `maturity compare`: how a retailer moved between two answers files, as text for a
//! terminal; and the sentences the Markdown and HTML forms share with it.

use std::io::{self, Write};

use super::painter::{quoted, step, Painter};
use super::plan::stage_name;
use super::RenderOptions;
use crate::engine::compare::{AnswerChange, Comparison, GapRef};
use crate::engine::{Chosen, GapKind};
use crate::i18n::Msg;
use crate::msg;
use crate::text::{display_width, inert};

/// How many next steps the comparison shows.
pub(super) const STEPS: usize = 3;

pub(super) fn table(c: &Comparison, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let change =
        i8::try_from(c.after.number).unwrap_or(0) - i8::try_from(c.before.number).unwrap_or(0);
    let title = format!("{} {}", p.paint(&title(c, &p), "1;32"), arrow(&p, change));
    p.para(out, 0, &title)?;
    if let Some(who) = who(c, "→", |s| inert(s).into_owned()) {
        p.para(out, 2, &who)?;
    }
    for line in notes(c, &p) {
        p.para(out, 2, &line)?;
    }
    p.heading(out, &p.m.t("compare-dimensions"))?;
    dimensions(c, &p, out)?;
    if let Some(note) = medians_note(c, &p) {
        p.para(out, 2, &note)?;
    }
    p.heading(
        out,
        &p.msg(msg!("compare-answers", count = c.answers.len())),
    )?;
    if c.answers.is_empty() {
        p.para(out, 2, &p.m.t("compare-none"))?;
    }
    for a in &c.answers {
        let lead = format!("  {} ", arrow(&p, a.change));
        let pad = 8usize.saturating_sub(display_width(&lead));
        let lead = format!("{lead}{:pad$}", "");
        p.item(out, &lead, &p.paint(&answer_head(a, c, &p), "1"))?;
        p.para(out, display_width(&lead), &answer_sides(a, &p, "→"))?;
    }
    for group in gap_groups(c, &p) {
        p.heading(out, &group.heading)?;
        if let Some(why) = &group.why {
            p.para(out, 2, why)?;
        }
        if group.gaps.is_empty() {
            p.para(out, 2, &p.m.t("compare-none"))?;
        }
        for g in group.gaps {
            p.item(out, "  • ", &gap_line(g, &p))?;
        }
        if let Some(more) = &group.more {
            p.item(out, "  • ", more)?;
        }
    }
    p.heading(out, &p.m.t("compare-steps"))?;
    for s in c.next_steps.iter().take(STEPS) {
        step(s, &p, out)?;
    }
    Ok(())
}

/// "Stage 2 (…) → Stage 3 (…)".
pub(super) fn title(c: &Comparison, p: &Painter) -> String {
    p.msg(msg!(
        "compare-title",
        before = c.before.number,
        before_name = p.t(&c.before.name),
        after = c.after.number,
        after_name = p.t(&c.after.name)
    ))
}

/// Who and when: "Retailer · date → date", or both retailers when they differ,
/// with `to` for the arrow and each name or date as `piece` writes it; `None` when
/// neither file names a retailer or a date.
pub(super) fn who(c: &Comparison, to: &str, piece: impl Fn(&str) -> String) -> Option<String> {
    let [old, new] = &c.files;
    let side = |parts: [Option<&String>; 2]| {
        let parts: Vec<String> = parts.into_iter().flatten().map(|s| piece(s)).collect();
        parts.join(" · ")
    };
    let line = if c.same_retailer {
        let retailer = side([new.retailer.as_ref().or(old.retailer.as_ref()), None]);
        let dates = [
            side([old.date.as_ref(), None]),
            side([new.date.as_ref(), None]),
        ];
        let dates: Vec<String> = dates.into_iter().filter(|d| !d.is_empty()).collect();
        let parts: Vec<String> = [retailer, dates.join(&format!(" {to} "))]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        parts.join(" · ")
    } else {
        let before = side([old.retailer.as_ref(), old.date.as_ref()]);
        let after = side([new.retailer.as_ref(), new.date.as_ref()]);
        format!("{before} {to} {after}")
    };
    (!line.is_empty()).then_some(line)
}

/// The warning for files of two retailers, when they are.
pub(super) fn other_retailer(c: &Comparison, p: &Painter) -> Option<String> {
    let [old, new] = &c.files;
    match (&old.retailer, &new.retailer) {
        (Some(a), Some(b)) if !c.same_retailer => {
            Some(p.msg(msg!("compare-other-retailer", old = a, new = b)))
        }
        _ => None,
    }
}

/// What to keep in mind before reading on: another retailer, other bank versions,
/// questions left out.
pub(super) fn notes(c: &Comparison, p: &Painter) -> Vec<String> {
    let mut lines: Vec<String> = other_retailer(c, p)
        .map(|w| p.paint(&w, "1;33"))
        .into_iter()
        .collect();
    if c.versions.0 != c.versions.1 {
        let v = msg!("compare-versions", old = &c.versions.0, new = &c.versions.1);
        lines.push(p.msg(v));
    }
    if !c.not_compared.is_empty() {
        lines.push(p.msg(msg!("compare-not-compared", list = p.join(&c.not_compared))));
    }
    lines
}

/// Why no dimension moved though answers got better, when that is so.
pub(super) fn medians_note(c: &Comparison, p: &Painter) -> Option<String> {
    let better = c.answers.iter().filter(|a| a.change > 0).count();
    let moved = c.dimensions.iter().any(|d| d.change != 0);
    (better > 0 && !moved).then(|| p.msg(msg!("compare-no-dimension-moved", count = better)))
}

/// "Dimension · question".
pub(super) fn answer_title(a: &AnswerChange, c: &Comparison, p: &Painter) -> String {
    let dimension = c
        .dimensions
        .iter()
        .find(|d| d.id == a.dimension)
        .map(|d| p.t(&d.name).into_owned())
        .unwrap_or_default();
    format!("{dimension} · {}", p.t(&a.text))
}

/// "Dimension · question [id]".
pub(super) fn answer_head(a: &AnswerChange, c: &Comparison, p: &Painter) -> String {
    format!("{} [{}]", answer_title(a, c, p), inert(&a.question))
}

/// One side of an answer change: the options chosen and their stage, or unknown.
pub(super) fn side(chosen: &[Chosen], level: Option<u8>, p: &Painter) -> String {
    match level {
        Some(level) if !chosen.is_empty() => p.msg(msg!(
            "compare-side",
            answer = quoted(p, chosen),
            level = level
        )),
        _ => p.m.t("compare-unknown"),
    }
}

/// "“before” (Stage 2) → “after” (Stage 3)", with `to` for the arrow.
pub(super) fn answer_sides(a: &AnswerChange, p: &Painter, to: &str) -> String {
    let before = side(&a.before, a.before_level, p);
    let after = side(&a.after, a.after_level, p);
    format!("{before} {to} {after}")
}

/// "better by 1 level", "worse by 2 levels", "another answer at the same level".
pub(super) fn movement(a: &AnswerChange, p: &Painter) -> String {
    let levels = usize::from(a.change.unsigned_abs());
    match a.change {
        d if d > 0 => p.msg(msg!("compare-better", levels = levels)),
        d if d < 0 => p.msg(msg!("compare-worse", levels = levels)),
        _ => p.m.t("compare-same-level"),
    }
}

/// A movement: up in green, down in red, `=` when none.
pub(super) fn arrow(p: &Painter, d: i8) -> String {
    match d {
        d if d > 0 => p.paint(&format!("↑ +{d}"), "32"),
        d if d < 0 => p.paint(&format!("↓ {d}"), "31"),
        _ => "=".to_string(),
    }
}

/// One list of gaps under its heading, with why it is there when that needs saying,
/// and a line for the answers of a new stage, which `gaps` leaves out.
pub(super) struct GapGroup<'c> {
    pub heading: String,
    pub why: Option<String>,
    pub gaps: Vec<&'c GapRef>,
    pub answers: Vec<&'c GapRef>,
    pub more: Option<String>,
}

/// Gaps closed, gaps opened (setbacks), and the new ones of each higher stage.
pub(super) fn gap_groups<'c>(c: &'c Comparison, p: &Painter) -> Vec<GapGroup<'c>> {
    let counted = |id: &'static str, list: &'c [GapRef]| GapGroup {
        heading: p.msg(Msg {
            id,
            args: vec![("count", list.len().into())],
        }),
        why: None,
        gaps: list.iter().collect(),
        answers: Vec::new(),
        more: None,
    };
    let mut groups = vec![
        counted("compare-closed", &c.gaps_closed),
        counted("compare-opened", &c.gaps_opened),
    ];
    let mut stages: Vec<u8> = c.gaps_new.iter().map(|g| g.stage).collect();
    stages.dedup();
    for stage in stages {
        let (gaps, answers): (Vec<&GapRef>, Vec<&GapRef>) = c
            .gaps_new
            .iter()
            .filter(|g| g.stage == stage)
            .partition(|g| g.kind == GapKind::Gate);
        let count = gaps.len() + answers.len();
        let more = (!answers.is_empty()).then(|| {
            p.msg(msg!(
                "compare-new-answers",
                count = answers.len(),
                stage = stage
            ))
        });
        groups.push(GapGroup {
            heading: p.msg(msg!("compare-new", stage = stage, count = count)),
            why: Some(p.msg(msg!(
                "compare-new-why",
                after = c.after.number,
                stage = stage,
                name = stage_name(&c.ladder, stage, p)
            ))),
            gaps,
            answers,
            more,
        });
    }
    groups
}

/// "Gap title [id]".
pub(super) fn gap_line(g: &GapRef, p: &Painter) -> String {
    format!("{} [{}]", p.t(&g.title), inert(&g.id))
}

/// One line per dimension: its level before and after, and the movement. Names come
/// first, padded to one width, when they fit; else (and for right-to-left text) the
/// fixed-width figures come first and the name last, wrapped under itself.
fn dimensions(c: &Comparison, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let width = c
        .dimensions
        .iter()
        .map(|d| display_width(&p.t(&d.name)))
        .max()
        .unwrap_or(0);
    // "  name  1 → 2  ↑ +1"
    let names_first = !p.o.lang.is_rtl() && width + 15 <= usize::from(p.o.width);
    for d in &c.dimensions {
        let name = p.t(&d.name);
        let arrow = arrow(p, d.change);
        if names_first {
            let pad = width - display_width(&name);
            let (before, after) = (d.before, d.after);
            writeln!(out, "  {name}{:pad$}  {before} → {after}  {arrow}", "")?;
        } else {
            let pad = 6usize.saturating_sub(display_width(&arrow));
            let lead = format!("  {} → {}  {arrow}{:pad$} ", d.before, d.after, "");
            p.item(out, &lead, &name)?;
        }
    }
    Ok(())
}
