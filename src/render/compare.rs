//! `maturity compare`: how a retailer moved between two answers files.

use std::io::{self, Write};

use super::painter::{step, Painter};
use super::RenderOptions;
use crate::engine::compare::{Comparison, GapRef};
use crate::msg;
use crate::text::{display_width, inert};

/// How many next steps the comparison shows.
const STEPS: usize = 3;

pub(super) fn table(c: &Comparison, o: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let p = Painter::new(o);
    let title = msg!(
        "compare-title",
        before = c.before.number,
        before_name = p.t(&c.before.name),
        after = c.after.number,
        after_name = p.t(&c.after.name)
    );
    let change =
        i8::try_from(c.after.number).unwrap_or(0) - i8::try_from(c.before.number).unwrap_or(0);
    let title = format!("{} {}", p.paint(&p.msg(title), "1;32"), arrow(&p, change));
    p.para(out, 0, &title)?;
    if c.versions.0 != c.versions.1 {
        let v = msg!("compare-versions", old = &c.versions.0, new = &c.versions.1);
        p.para(out, 2, &p.msg(v))?;
    }
    if !c.not_compared.is_empty() {
        let line = msg!("compare-not-compared", list = p.join(&c.not_compared));
        p.para(out, 2, &p.msg(line))?;
    }
    p.heading(out, &p.m.t("compare-dimensions"))?;
    dimensions(c, &p, out)?;
    gaps(&p, out, "compare-closed", &c.gaps_closed)?;
    gaps(&p, out, "compare-opened", &c.gaps_opened)?;
    p.heading(out, &p.m.t("compare-steps"))?;
    for s in c.next_steps.iter().take(STEPS) {
        step(s, &p, out)?;
    }
    Ok(())
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
        if names_first {
            let pad = width - display_width(&name);
            let (before, after) = (d.before, d.after);
            let arrow = arrow(p, d.change);
            writeln!(out, "  {name}{:pad$}  {before} → {after}  {arrow}", "")?;
        } else {
            let arrow = arrow(p, d.change);
            let pad = 6usize.saturating_sub(display_width(&arrow));
            let lead = format!("  {} → {}  {arrow}{:pad$} ", d.before, d.after, "");
            p.item(out, &lead, &name)?;
        }
    }
    Ok(())
}

/// A movement: up in green, down in red, `=` when none.
fn arrow(p: &Painter, d: i8) -> String {
    match d {
        d if d > 0 => p.paint(&format!("↑ +{d}"), "32"),
        d if d < 0 => p.paint(&format!("↓ {d}"), "31"),
        _ => "=".to_string(),
    }
}

fn gaps(p: &Painter, out: &mut dyn Write, id: &'static str, list: &[GapRef]) -> io::Result<()> {
    let heading = crate::i18n::Msg {
        id,
        args: vec![("count", list.len().into())],
    };
    p.heading(out, &p.msg(heading))?;
    if list.is_empty() {
        return p.para(out, 2, &p.m.t("compare-none"));
    }
    for g in list {
        p.item(
            out,
            "  • ",
            &format!("{} [{}]", p.t(&g.title), inert(&g.id)),
        )?;
    }
    Ok(())
}
