//! The report as GitHub-flavoured Markdown: headings, tables and lists, no raw HTML,
//! so it renders wherever Markdown does, with nothing a retailer wrote read as markup.

use std::io::{self, Write};

use super::painter::bar;
use super::report::{Report, Rich, Why};
use super::{Render, RenderOptions};
use crate::engine::Assessment;

pub struct Markdown;

/// Text with every character Markdown could read as markup escaped, on one line.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '$' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A retailer's own text: escaped, and with no web address or e-mail address left
/// for a Markdown reader to turn into a link (`https://` is written `https&#58;//`,
/// which reads the same).
fn user(s: &str) -> String {
    esc(s)
        .replace("://", "&#58;//")
        .replace("www.", "www&#46;")
        .replace('@', "&#64;")
}

/// Text that starts a line: escaped so that it cannot begin a list, a heading or a
/// rule ("- ", "1. ", "===").
fn line_start(s: String) -> String {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    match s[digits..].chars().next() {
        Some('.' | ')') if digits > 0 => format!("{}\\{}", &s[..digits], &s[digits..]),
        Some('-' | '+' | '=') if digits == 0 => format!("\\{s}"),
        _ => s,
    }
}

/// Words of which some are the retailer's own.
fn rich(r: &Rich) -> String {
    r.0.iter()
        .map(|(mine, s)| if *mine { user(s) } else { esc(s) })
        .collect()
}

impl Render for Markdown {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let r = Report::new(a, o);
        header(&r, out)?;
        conflicts(&r, out)?;
        dimensions(a, &r, out)?;
        gaps(&r, out)?;
        steps(&r, out)?;
        cohort(&r, out)?;
        completeness(&r, out)?;
        writeln!(out, "{}", line_start(esc(&r.bank)))
    }
}

/// The stage, who the report is for, how sure it is, and the ladder of stages.
fn header(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}\n", esc(&r.title))?;
    if let Some(c) = &r.confidence {
        writeln!(out, "**{}**\n", esc(&c.words))?;
    }
    writeln!(out, "{}\n", line_start(esc(&r.summary)))?;
    if let Some(held) = &r.held_back {
        writeln!(out, "{}\n", line_start(esc(held)))?;
    }
    let who: Vec<String> = r.retailer.iter().chain(&r.date).map(|s| user(s)).collect();
    if !who.is_empty() {
        writeln!(out, "{}\n", line_start(who.join(" · ")))?;
    }
    for rung in &r.ladder.rungs {
        let name = esc(&rung.name);
        match (rung.here, rung.next) {
            (true, _) => writeln!(out, "{}. **{name} ← {}**", rung.number, esc(&r.ladder.here))?,
            (_, true) => writeln!(out, "{}. {name} ({})", rung.number, esc(&r.ladder.next))?,
            _ => writeln!(out, "{}. {name}", rung.number)?,
        }
    }
    writeln!(out)
}

fn conflicts(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    if r.conflicts.found.is_empty() {
        return Ok(());
    }
    writeln!(out, "## {}\n", esc(&r.conflicts.heading))?;
    for c in &r.conflicts.found {
        writeln!(out, "- {}", esc(&c.text))?;
        for (question, said) in &c.answers {
            writeln!(out, "  - {}: {}", esc(&question.text), esc(said))?;
        }
    }
    writeln!(out)
}

fn dimensions(a: &Assessment, r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let d = &r.dimensions;
    writeln!(out, "## {}\n", esc(&d.heading))?;
    let [name, level, answered] = d.cols.each_ref().map(|c| esc(c));
    writeln!(out, "| {name} | {level} | | {answered} |")?;
    writeln!(out, "|---|---:|---|---:|")?;
    for row in &d.rows {
        let shown = if row.measured() {
            bar(a, row.level)
        } else {
            esc(&d.unanswered_short)
        };
        writeln!(
            out,
            "| {} | {} | {shown} | {}/{} |",
            esc(&row.name),
            row.level,
            row.answered,
            row.questions
        )?;
    }
    writeln!(out)
}

fn why(w: &Why, out: &mut dyn Write) -> io::Result<()> {
    let head = match w {
        Why::Answer { question, .. } => &question.text,
        Why::Other { line, .. } => line,
    };
    writeln!(out, "- {}", esc(head))?;
    for d in w.details() {
        writeln!(out, "  - {}", rich(&d))?;
    }
    Ok(())
}

fn gaps(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let g = &r.gaps;
    writeln!(out, "## {}\n", esc(&g.heading))?;
    if let Some(nothing) = &g.nothing {
        writeln!(out, "{}\n", line_start(esc(nothing)))?;
    }
    for gate in &g.gates {
        writeln!(out, "### ✗ {}\n", esc(&gate.title))?;
        writeln!(out, "{}\n", line_start(esc(&gate.text)))?;
        for w in &gate.reasons {
            why(w, out)?;
        }
        writeln!(out)?;
    }
    let Some(weak) = &g.weak else { return Ok(()) };
    writeln!(out, "### {}\n", esc(weak.title()))?;
    for item in &weak.items {
        writeln!(out, "- {}", esc(&item.text))?;
        for w in &item.reasons {
            if let Why::Answer { question, said, .. } = w {
                writeln!(out, "  - {}: {}", esc(&question.text), esc(said))?;
            }
        }
    }
    if let Some(more) = &weak.more {
        writeln!(out, "\n{}", line_start(esc(more)))?;
    }
    writeln!(out)
}

fn steps(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &r.steps;
    writeln!(out, "## {}\n", esc(&s.heading))?;
    if let Some(none) = &s.none {
        writeln!(out, "{}\n", line_start(esc(none)))?;
    }
    for step in &s.shown {
        writeln!(out, "### {}. {}\n", step.rank, esc(&step.title))?;
        if let Some(why) = &step.why {
            writeln!(out, "**{}**\n", esc(why))?;
        }
        for line in &step.facts {
            writeln!(out, "- {}", esc(line))?;
        }
        writeln!(out, "\n{}\n", line_start(esc(&step.tags)))?;
    }
    if let Some(more) = &s.more {
        writeln!(out, "{}\n", line_start(esc(more)))?;
    }
    Ok(())
}

fn cohort(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let Some(c) = &r.cohort else { return Ok(()) };
    writeln!(out, "## {}\n", esc(&c.heading))?;
    writeln!(out, "{}\n", line_start(esc(&c.stage)))?;
    let cols = c.cols.each_ref().map(|s| esc(s));
    writeln!(out, "| {} |", cols.join(" | "))?;
    writeln!(out, "|---|---:|---:|---:|")?;
    for (name, level, typical, percentile) in &c.rows {
        writeln!(
            out,
            "| {} | {level} | {typical} | {percentile}% |",
            esc(name)
        )?;
    }
    writeln!(out)
}

fn completeness(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let c = &r.completeness;
    writeln!(out, "## {}\n", esc(&c.heading))?;
    writeln!(out, "{}\n", line_start(esc(&c.line)))?;
    for list in &c.lists {
        writeln!(out, "**{}** ({})\n", esc(&list.label), list.questions.len())?;
        for q in &list.questions {
            writeln!(out, "- {}", esc(&q.text))?;
        }
        writeln!(out)?;
    }
    if let Some(explained) = &c.explained {
        writeln!(out, "{}\n", line_start(esc(explained)))?;
    }
    Ok(())
}
