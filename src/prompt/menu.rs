//! What a prompt draws, as lines that each fit the terminal: texts are wrapped by
//! display width, so the prompter knows exactly how many rows it drew and can redraw.

use dialoguer::console::{Style, StyledObject};
use dialoguer::theme::ColorfulTheme;
use unicode_width::UnicodeWidthChar;

use crate::text::wrap;

/// The narrowest a wrapped text gets, however narrow the terminal.
const MIN_ROOM: usize = 10;

/// Colours and marks for the parts of a prompt, those of dialoguer's colourful theme
/// (so the questionnaire looks like any dialoguer prompt), or none at all.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    color: bool,
}

impl Paint {
    pub fn new(color: bool) -> Paint {
        Paint { color }
    }

    fn with(self, style: impl Fn(&ColorfulTheme) -> &Style, s: &str) -> String {
        if self.color {
            let theme = ColorfulTheme::default();
            style(&theme)
                .clone()
                .force_styling(true)
                .apply_to(s)
                .to_string()
        } else {
            s.to_string()
        }
    }

    /// One of the theme's marks, or `plain` without colour.
    fn mark(self, mark: impl Fn(&ColorfulTheme) -> &StyledObject<String>, plain: &str) -> String {
        if self.color {
            mark(&ColorfulTheme::default())
                .clone()
                .force_styling(true)
                .to_string()
        } else {
            plain.to_string()
        }
    }

    fn strong(self, s: &str) -> String {
        self.with(|t| &t.prompt_style, s)
    }
    fn good(self, s: &str) -> String {
        self.with(|t| &t.values_style, s)
    }
    fn active(self, s: &str) -> String {
        self.with(|t| &t.active_item_style, s)
    }
    fn bad(self, s: &str) -> String {
        self.with(|t| &t.error_style, s)
    }
    fn faint(self, s: &str) -> String {
        self.with(|t| &t.hint_style, s)
    }
    fn plain(self, s: &str) -> String {
        s.to_string()
    }

    /// The mark of the item the cursor is on, so that it shows without colour too.
    fn pointer(self) -> String {
        self.mark(|t| &t.active_item_prefix, ">")
    }
}

/// The cells a terminal gives `s`: each character its own width, as terminals draw
/// them, even letter pairs that a font joins into one.
pub fn cells(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `s` wrapped by words so that every line fits in `width` terminal cells.
pub fn fit(s: &str, width: usize) -> Vec<String> {
    let mut room = width;
    loop {
        let lines = wrap(s, room);
        let over = lines.iter().map(|l| cells(l).saturating_sub(width)).max();
        match over {
            Some(over) if over > 0 && room > 1 => room = room.saturating_sub(over).max(1),
            _ => return lines,
        }
    }
}

/// Like [`fit`], keeping the text's leading spaces on every line.
pub fn fit_indented(s: &str, width: usize) -> Vec<String> {
    let body = s.trim_start_matches(' ');
    let indent = &s[..s.len() - body.len()];
    fit(body, width.saturating_sub(indent.len()).max(MIN_ROOM))
        .into_iter()
        .map(|l| format!("{indent}{l}"))
        .collect()
}

/// `text` after `lead` (drawn `lead_width` columns wide), wrapped to `width` columns
/// with later lines indented under the first; `paint` colours the text.
fn block(
    lead: &str,
    lead_width: usize,
    text: &str,
    width: usize,
    paint: impl Fn(&str) -> String,
) -> Vec<String> {
    let room = width.saturating_sub(lead_width).max(MIN_ROOM);
    let indent = " ".repeat(lead_width);
    fit(text, room)
        .iter()
        .enumerate()
        .map(|(i, line)| format!("{}{}", if i == 0 { lead } else { &indent }, paint(line)))
        .collect()
}

/// The question line(s) of a prompt.
fn question(paint: Paint, prompt: &str, width: usize) -> Vec<String> {
    let mark = paint.mark(|t| &t.prompt_prefix, "?");
    block(&format!("{mark} "), 2, prompt, width, |s| paint.strong(s))
}

/// The line(s) left on screen once a prompt is answered: the prompt and the answer.
pub fn answered(paint: Paint, prompt: &str, answer: &str, width: usize) -> Vec<String> {
    let text = if answer.is_empty() {
        prompt.to_string()
    } else {
        format!("{prompt} · {answer}")
    };
    let mark = paint.mark(|t| &t.success_prefix, "✔");
    block(&format!("{mark} "), 2, &text, width, |s| paint.plain(s))
}

/// A list to choose from: one item (`ticks` is `None`) or any number of them.
#[derive(Debug, Clone)]
pub struct Menu<'a> {
    pub prompt: &'a str,
    pub items: &'a [String],
    pub ticks: Option<Vec<bool>>,
    /// The item the cursor is on.
    pub active: usize,
    /// What is wrong with the ticks, shown under the items.
    pub error: Option<String>,
}

impl Menu<'_> {
    /// The menu in at most `budget` lines of `width` columns (more only when not even
    /// the question and the current item fit): when the items do not all fit, those
    /// around the current one, with a count of the others above and below.
    pub fn lines(&self, paint: Paint, width: usize, budget: usize) -> Vec<String> {
        let mut out = question(paint, self.prompt, width);
        let error = self.error.as_deref().map_or_else(Vec::new, |e| {
            let mark = paint.mark(|t| &t.error_prefix, "✘");
            block(&format!("{mark} "), 2, e, width, |s| paint.bad(s))
        });
        let items: Vec<Vec<String>> = (0..self.items.len())
            .map(|k| self.item(paint, k, width))
            .collect();
        let heights: Vec<usize> = items.iter().map(Vec::len).collect();
        let room = budget.saturating_sub(out.len() + error.len());
        let (lo, hi) = window(&heights, self.active, room);
        let more = |arrow: &str, n: usize| paint.faint(&format!("  {arrow} {n}"));
        if lo > 0 {
            out.push(more("↑", lo));
        }
        out.extend(items[lo..hi].iter().flatten().cloned());
        if hi < items.len() {
            out.push(more("↓", items.len() - hi));
        }
        out.extend(error);
        out
    }

    /// Item `k`: the cursor's mark, its tick box for a multiple choice, and its label.
    fn item(&self, paint: Paint, k: usize, width: usize) -> Vec<String> {
        let on = k == self.active;
        let pointer = if on { paint.pointer() } else { " ".into() };
        let (lead, lead_width) = match &self.ticks {
            None => (format!("{pointer} "), 2),
            Some(ticks) if ticks[k] => (format!("{pointer} {} ", paint.good("[x]")), 6),
            Some(_) => (format!("{pointer} [ ] "), 6),
        };
        block(&lead, lead_width, &self.items[k], width, |s| {
            if on {
                paint.active(s)
            } else {
                paint.plain(s)
            }
        })
    }
}

/// The items `lo..hi` to show so that the `active` one is among them and their lines
/// (`heights`), with a line for each "more" count, fit in `room`.
fn window(heights: &[usize], active: usize, room: usize) -> (usize, usize) {
    if heights.iter().sum::<usize>() <= room {
        return (0, heights.len());
    }
    let room = room.saturating_sub(2);
    let (mut lo, mut hi) = (active, active + 1);
    let mut used = heights[active];
    loop {
        let down = heights.get(hi).filter(|&&h| used + h <= room);
        if let Some(h) = down {
            used += h;
            hi += 1;
        }
        let up = lo.checked_sub(1).filter(|&k| used + heights[k] <= room);
        if let Some(k) = up {
            used += heights[k];
            lo = k;
        }
        if down.is_none() && up.is_none() {
            return (lo, hi);
        }
    }
}

/// A line of text being typed, with the cursor at `cursor` (a character index).
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub prompt: &'a str,
    pub value: &'a [char],
    pub cursor: usize,
}

impl Entry<'_> {
    /// The prompt and the text so far, which breaks anywhere, as typed text does; and
    /// the cursor's place (line, column) in those lines.
    pub fn lines(&self, paint: Paint, width: usize) -> (Vec<String>, (usize, usize)) {
        let mut out = question(paint, self.prompt, width);
        let room = width.saturating_sub(2).max(MIN_ROOM);
        let mut rows = vec![String::new()];
        let (mut col, mut at) = (0, (0, 0));
        for (i, &c) in self.value.iter().enumerate() {
            let w = c.width().unwrap_or(0);
            if col + w > room {
                rows.push(String::new());
                col = 0;
            }
            if i == self.cursor {
                at = (rows.len() - 1, col);
            }
            rows.last_mut().expect("a row").push(c);
            col += w;
        }
        if self.cursor >= self.value.len() {
            if col >= room {
                rows.push(String::new());
                col = 0;
            }
            at = (rows.len() - 1, col);
        }
        let top = out.len();
        for (i, row) in rows.iter().enumerate() {
            let lead = if i == 0 { paint.pointer() } else { " ".into() };
            out.push(format!("{lead} {row}"));
        }
        (out, (top + at.0, 2 + at.1))
    }
}

#[cfg(test)]
mod tests;
