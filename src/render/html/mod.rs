//! The report as one self-contained HTML page (no external fonts, scripts or images):
//! a summary card, a radar chart drawn as inline SVG, and print rules for paper.

mod page;
mod radar;

use std::fmt::Write as _;
use std::io::{self, Write};

use askama::Template;

use super::report::{Report, Rich, Why};
use super::{Render, RenderOptions};
use crate::engine::Assessment;
use page::{Gate, Page, Reason, Row, Weak};

pub struct Html;

/// The page's style sheet; the `@page` rules that name the retailer are added to it.
const CSS: &str = include_str!("style.css");

/// Text as HTML, with the characters that are markup escaped.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A retailer's own text, isolated so its direction cannot reorder the words around
/// it (an English note in an Arabic page keeps its full stop at its end).
fn mine(s: &str) -> String {
    format!("<bdi>{}</bdi>", esc(s))
}

/// Words of which some are the retailer's own, as HTML.
fn rich(r: &Rich) -> String {
    r.0.iter()
        .map(|(user, s)| if *user { mine(s) } else { esc(s) })
        .collect()
}

/// A CSS string holding `s`: everything but letters, digits and spaces escaped, so
/// nothing in it can end the string or the style sheet.
fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            // The space ends the escape, and is not part of the text.
            let _ = write!(out, "\\{:x} ", u32::from(c));
        }
    }
    out.push('"');
    out
}

/// The running header of printed pages (the retailer and the date on the side the
/// text starts, the stage on the other) and the page number at the foot, as "2/4",
/// which a right-to-left page keeps in that order.
fn running(r: &Report) -> String {
    let who: Vec<&str> = r
        .retailer
        .iter()
        .chain(&r.date)
        .map(String::as_str)
        .collect();
    let (start, end) = if r.rtl {
        ("right", "left")
    } else {
        ("left", "right")
    };
    format!(
        "@page {{ @top-{start} {{ content: {}; }} @top-{end} {{ content: {}; }} \
         @bottom-center {{ content: counter(page) \"/\" counter(pages); }} }}",
        css_string(&who.join(" · ")),
        css_string(&r.title)
    )
}

fn rows(r: &Report) -> Vec<Row> {
    let d = &r.dimensions;
    let row = |x: &super::report::Dimension| Row {
        number: x.number,
        id: x.id.clone(),
        name: x.name.clone(),
        level: x.level,
        percent: u32::from(x.level) * 100 / u32::from(r.stages.max(1)),
        answered: format!("{}/{}", x.answered, x.questions),
        measured: x.measured(),
    };
    d.rows.iter().map(row).collect()
}

fn reason(w: &Why) -> Reason {
    let head = match w {
        Why::Answer { question, .. } => question.text.clone(),
        Why::Other { line, .. } => line.clone(),
    };
    Reason {
        head,
        details: w.details().iter().map(rich).collect(),
    }
}

fn gates(r: &Report) -> Vec<Gate> {
    let gate = |g: &super::report::GateGap| Gate {
        id: g.id.clone(),
        title: g.title.clone(),
        text: g.text.clone(),
        reasons: g.reasons.iter().map(reason).collect(),
    };
    r.gaps.gates.iter().map(gate).collect()
}

fn weak(r: &Report) -> Vec<Weak> {
    let items = r.gaps.weak.iter().flat_map(|w| &w.items);
    let item = |i: &super::report::WeakAnswer| Weak {
        id: i.id.clone(),
        text: i.text.clone(),
        asked: i
            .reasons
            .iter()
            .filter_map(|w| match w {
                Why::Answer { question, said, .. } => Some(format!("{}: {said}", question.text)),
                Why::Other { .. } => None,
            })
            .collect(),
    };
    items.map(item).collect()
}

impl Render for Html {
    fn render(&self, a: &Assessment, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let r = Report::new(a, o);
        let date = r
            .date
            .iter()
            .map(|d| format!("<span class=\"date\">{}</span>", mine(d)));
        let who: Vec<String> = r.retailer.iter().map(|s| mine(s)).chain(date).collect();
        let label = &r.dimensions.heading;
        let page = Page {
            r: &r,
            dir: if r.rtl { "rtl" } else { "ltr" },
            title: r.document_title(),
            css: CSS,
            running: running(&r),
            who: who.join(" · "),
            named: radar::named(&r.dimensions, r.stages, label),
            numbered: radar::numbered(&r.dimensions, r.stages, label),
            unmeasured: r.dimensions.rows.iter().any(|d| !d.measured()),
            keep_open: r
                .completeness
                .lists
                .iter()
                .map(|l| l.questions.len())
                .sum::<usize>()
                <= 12,
            rows: rows(&r),
            gates: gates(&r),
            weak: weak(&r),
        };
        let html = page.render().map_err(io::Error::other)?;
        out.write_all(html.as_bytes())
    }
}
