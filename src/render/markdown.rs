//! The report as GitHub-flavoured Markdown: headings, a dimension table and lists,
//! no raw HTML, so it renders wherever Markdown does.

use std::io::{self, Write};

use super::painter::{bar, reason_text, step_text, Painter};
use super::{Render, RenderOptions};
use crate::engine::{Assessment, GapKind, Reason};
use crate::i18n::Msg;
use crate::msg;
use crate::text::inert;

pub struct Markdown;

/// Text with the characters Markdown would read as markup escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in inert(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

impl Render for Markdown {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let p = Painter::new(o);
        let title = msg!(
            "report-stage-title",
            number = a.stage.number,
            total = a.stages,
            name = p.t(&a.stage.name)
        );
        writeln!(out, "# {}\n", esc(&p.msg(title)))?;
        if let Some(confidence) = p.confidence(a) {
            writeln!(out, "**{}**\n", esc(&confidence))?;
        }
        writeln!(out, "{}\n", esc(&p.t(&a.stage.summary)))?;
        if let Some(held) = p.held_back(a) {
            writeln!(out, "{}\n", esc(&held))?;
        }
        let mut who: Vec<String> = a.retailer.iter().chain(&a.date).map(|s| esc(s)).collect();
        who.push(esc(&p.msg(msg!(
            "report-bank",
            id = &a.bank.id,
            version = &a.bank.version
        ))));
        writeln!(out, "*{}*\n", who.join(" · "))?;
        conflicts(&p, a, out)?;
        dimensions(a, &p, out)?;
        gaps(a, &p, out)?;
        steps(a, &p, out)?;
        completeness(a, &p, out)
    }
}

fn conflicts(p: &Painter, a: &Assessment, out: &mut dyn Write) -> io::Result<()> {
    let found = p.conflicts(a);
    if found.is_empty() {
        return Ok(());
    }
    writeln!(out, "## {}\n", esc(&p.m.t("report-conflicts-heading")))?;
    for (text, answers) in found {
        writeln!(out, "- {}", esc(&text))?;
        for answer in answers {
            writeln!(out, "  - {}", esc(&answer))?;
        }
    }
    writeln!(out)
}

fn dimensions(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## {}\n", p.m.t("report-dimensions"))?;
    let head = [
        p.m.t("report-col-dimension"),
        p.m.t("report-col-level"),
        String::new(),
        p.m.t("report-col-answered"),
    ];
    writeln!(out, "| {} |", head.join(" | "))?;
    writeln!(out, "|---|---:|---|---:|")?;
    for d in &a.dimensions {
        writeln!(
            out,
            "| {} | {} | {} | {}/{} |",
            esc(&p.t(&d.name)),
            d.level,
            bar(a, d.level),
            d.answered,
            d.questions
        )?;
    }
    writeln!(out)
}

fn reason(r: &Reason, a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let (head, details) = reason_text(r, a, p, false);
    writeln!(out, "- {}", esc(&head))?;
    for d in details {
        writeln!(out, "  - {}", esc(&d))?;
    }
    Ok(())
}

fn gaps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let heading = p.gaps_heading(a);
    writeln!(out, "## {}\n", esc(&heading))?;
    for g in a.gaps.iter().filter(|g| g.kind == GapKind::Gate) {
        writeln!(out, "### ✗ {}\n", esc(&p.t(&g.title)))?;
        writeln!(out, "{}\n", esc(&p.t(&g.text)))?;
        for r in &g.reasons {
            reason(r, a, p, out)?;
        }
        writeln!(out)?;
    }
    let weak: Vec<_> = a
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::Answer)
        .collect();
    if !weak.is_empty() {
        let target = a.next_stage.as_ref().map_or(a.stage.number, |s| s.number);
        let has_gates = a.gaps.iter().any(|g| g.kind == GapKind::Gate);
        let line = msg!(
            "report-weak-answers",
            other = if has_gates { "yes" } else { "no" },
            stage = target,
            count = weak.len()
        );
        writeln!(out, "### {}\n", esc(p.msg(line).trim_end_matches(':')))?;
        for g in weak {
            writeln!(out, "- {}", esc(&p.t(&g.text)))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn steps(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## {}\n", p.m.t("report-steps-heading"))?;
    for r in &a.next_steps {
        let why = r.why_first.as_ref();
        let (title, body, tags) = step_text(&r.step, r.unblocks_next_stage, why, p);
        writeln!(out, "{}. **{}**", r.rank, esc(&title))?;
        for line in body {
            writeln!(out, "   - {}", esc(&line))?;
        }
        writeln!(out, "   - *{}*", esc(&tags))?;
    }
    writeln!(out)
}

fn completeness(a: &Assessment, p: &Painter, out: &mut dyn Write) -> io::Result<()> {
    let c = &a.completeness;
    writeln!(out, "## {}\n", p.m.t("report-completeness"))?;
    let line = msg!(
        "report-answered-count",
        answered = c.answered,
        questions = c.questions - c.skipped.len(),
        percent = c.percent
    );
    writeln!(out, "{}", esc(&p.msg(line)))?;
    for (id, list) in [
        ("report-unsure-list", &c.unsure),
        ("report-missing-list", &c.missing),
        ("report-skipped-list", &c.skipped),
    ] {
        if !list.is_empty() {
            writeln!(
                out,
                "\n{}",
                esc(&p.msg(Msg {
                    id,
                    args: vec![("list", p.join(list).into())]
                }))
            )?;
        }
    }
    Ok(())
}
