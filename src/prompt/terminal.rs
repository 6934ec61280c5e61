//! The real prompts, drawn on standard error: every line wrapped to fit the terminal,
//! so that a menu is redrawn in place, and drawn afresh when the terminal is resized.

use std::io;

use dialoguer::console::{Key, Term};

use super::keys::{self, Keys};
use super::menu::{answered, fit_indented, Entry, Menu, Paint};
use super::{Check, Prompter, Reply};
use crate::text::inert;

/// Lines to draw, and where in them the cursor goes (a line and column), if it shows.
type Drawing = (Vec<String>, Option<(usize, usize)>);

/// How long to wait for a key before looking at the terminal's size again.
const RESIZE_POLL_MS: i64 = 100;

pub struct Terminal {
    term: Term,
    paint: Paint,
    /// What was shown since the last answer (a heading, the progress, why the
    /// question matters): drawn again after a resize, taken away on going back.
    shown: Vec<String>,
    drawn: Drawn,
    /// Keys are read one at a time, not echoed, for as long as the prompter lives.
    keys: Keys,
}

/// What is on screen under the last answer.
#[derive(Debug, Default, Clone, Copy)]
struct Drawn {
    /// The terminal's rows and columns when it was drawn.
    size: (u16, u16),
    /// The rows taken by the texts shown, and by the prompt under them.
    shown: usize,
    frame: usize,
    /// The rows of the texts shown since the last blank one (the progress and why
    /// the question matters, not the heading above them): kept in view.
    kept: usize,
    /// How many rows above the line under the prompt the cursor stands.
    lift: usize,
}

impl Terminal {
    pub fn new(color: bool) -> Terminal {
        let term = Term::stderr();
        let drawn = Drawn {
            size: term.size(),
            ..Drawn::default()
        };
        Terminal {
            term,
            paint: Paint::new(color),
            shown: Vec::new(),
            drawn,
            keys: Keys::open(),
        }
    }

    /// Whether prompts can be drawn: both standard input and standard error are
    /// terminals.
    pub fn available() -> bool {
        use std::io::IsTerminal;
        io::stdin().is_terminal() && Term::stderr().is_term()
    }

    /// Shows the cursor and the typed keys again, which prompts hide.
    pub fn restore() {
        keys::restore();
        let _ = Term::stderr().show_cursor();
    }

    /// The columns a line may take: one less than the terminal's, so that no line
    /// ends in its last column, where terminals differ on when they move down.
    fn width(size: (u16, u16)) -> usize {
        usize::from(size.1).saturating_sub(1).clamp(20, 119)
    }

    /// The rows a prompt may take under the texts shown, so that the last of them
    /// stay in view (less when the terminal is too small for both).
    fn budget(&self, size: (u16, u16)) -> usize {
        let rows = usize::from(size.0).max(4) - 1;
        rows.saturating_sub(self.drawn.kept).max(rows.min(8))
    }

    /// Adds `text`, wrapped to the terminal's width, to `out`, counting its rows.
    fn put(&mut self, text: &str, size: (u16, u16), out: &mut String) {
        let lines = fit_indented(text, Self::width(size));
        if text.trim().is_empty() {
            self.drawn.kept = 0;
        } else {
            self.drawn.kept += lines.len();
        }
        self.drawn.shown += lines.len();
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }

    /// Replaces the prompt on screen with the lines `render` gives for a width and
    /// a number of rows, the cursor at the line and column it names or under them;
    /// everything is drawn afresh when the terminal's size changed since last drawn.
    fn draw(&mut self, render: &dyn Fn(usize, usize) -> Drawing) -> io::Result<()> {
        let size = self.term.size();
        let mut out = if size == self.drawn.size {
            self.erase(self.drawn.frame)
        } else {
            self.afresh(size)
        };
        let (lines, cursor) = render(Self::width(size), self.budget(size));
        for line in &lines {
            out.push_str(line);
            out.push('\n');
        }
        self.drawn.frame = lines.len();
        self.drawn.lift = 0;
        if let Some((line, column)) = cursor {
            self.drawn.lift = lines.len() - line;
            out.push_str(&format!("\x1b[{}A\x1b[{}G", self.drawn.lift, column + 1));
        }
        self.term.write_str(&out)?;
        self.term.flush()
    }

    /// Moves to the start of the prompt's first row, `rows` up, and clears from there.
    fn erase(&self, rows: usize) -> String {
        let mut out = String::from("\r");
        if self.drawn.lift > 0 {
            out.push_str(&format!("\x1b[{}B", self.drawn.lift));
        }
        if rows > 0 {
            out.push_str(&format!("\x1b[{rows}A"));
        }
        out.push_str("\x1b[J");
        out
    }

    /// A resized terminal may have rewrapped or cut what was drawn, so how many rows
    /// it takes is unknown: scroll the whole screen away and draw the texts shown
    /// since the last answer again, wrapped to the new width, at the top.
    fn afresh(&mut self, size: (u16, u16)) -> String {
        let rows = usize::from(size.0);
        let mut out = format!("\x1b[{rows};1H{}\x1b[H\x1b[J", "\n".repeat(rows));
        self.drawn = Drawn {
            size,
            ..Drawn::default()
        };
        for text in std::mem::take(&mut self.shown) {
            self.put(&text, size, &mut out);
            self.shown.push(text);
        }
        out
    }

    /// Takes the prompt away and leaves `lines` (the answer, or nothing on going
    /// back, when the texts shown for the question go too).
    fn settle(&mut self, lines: &[String], back: bool) -> io::Result<()> {
        let size = self.term.size();
        if back {
            self.shown.clear();
        }
        let mut out = if size != self.drawn.size {
            self.afresh(size)
        } else if back {
            self.erase(self.drawn.frame + self.drawn.shown)
        } else {
            self.erase(self.drawn.frame)
        };
        for line in lines {
            out.push_str(line);
            out.push('\n');
        }
        self.shown.clear();
        self.drawn = Drawn {
            size,
            ..Drawn::default()
        };
        self.term.write_str(&out)?;
        self.term.flush()
    }

    /// The next key, or `None` when the terminal was resized while waiting.
    fn key(&self) -> io::Result<Option<Key>> {
        loop {
            if self.keys.ready(RESIZE_POLL_MS) {
                return self.term.read_key().map(Some);
            }
            if self.term.size() != self.drawn.size {
                return Ok(None);
            }
        }
    }

    /// Draws `menu` and moves its cursor until a key that ends it, returned.
    fn run_menu(&mut self, menu: &mut Menu) -> io::Result<Key> {
        let count = menu.items.len();
        let paint = self.paint;
        loop {
            self.draw(&|width, budget| (menu.lines(paint, width, budget), None))?;
            let Some(key) = self.key()? else { continue };
            menu.active = match key {
                Key::ArrowDown | Key::Tab | Key::Char('j') => (menu.active + 1) % count,
                Key::ArrowUp | Key::BackTab | Key::Char('k') => (menu.active + count - 1) % count,
                Key::Home | Key::PageUp => 0,
                Key::End | Key::PageDown => count - 1,
                Key::Enter | Key::Escape | Key::Char(' ') => return Ok(key),
                _ => menu.active,
            };
        }
    }

    /// Runs `menu` with the cursor hidden, showing it again however it ends.
    fn open_menu(&mut self, menu: &mut Menu) -> io::Result<Key> {
        let _ = self.term.hide_cursor();
        let key = self.run_menu(menu);
        let _ = self.term.show_cursor();
        key
    }
}

/// Menu items with any control characters shown, not obeyed.
fn safe(items: &[String]) -> Vec<String> {
    items.iter().map(|i| inert(i).into_owned()).collect()
}

/// Whether item `k` of `items` is the last item, "← Back" (or "→" in a language
/// written right to left): a way back, not an answer.
fn is_back(items: &[String], k: usize) -> bool {
    k + 1 == items.len() && items[k].starts_with(['←', '→'])
}

impl Prompter for Terminal {
    fn show(&mut self, text: &str) -> io::Result<()> {
        let size = self.term.size();
        if self.shown.is_empty() && self.drawn.frame == 0 {
            self.drawn.size = size;
        }
        let text = inert(text).into_owned();
        let mut out = String::new();
        self.put(&text, size, &mut out);
        self.shown.push(text);
        self.term.write_str(&out)?;
        self.term.flush()
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>> {
        let (prompt, items) = (inert(prompt), safe(items));
        let mut menu = Menu {
            prompt: &prompt,
            items: &items,
            ticks: None,
            active: default.min(items.len().saturating_sub(1)),
            error: None,
        };
        loop {
            let key = self.open_menu(&mut menu)?;
            let k = menu.active;
            if key == Key::Escape || (key == Key::Enter && is_back(&items, k)) {
                self.settle(&[], true)?;
                return Ok(if key == Key::Escape {
                    Reply::Back
                } else {
                    Reply::Value(k)
                });
            }
            if key == Key::Enter {
                // The answer's line comes from `confirm`, once the answer is saved.
                self.settle(&[], false)?;
                return Ok(Reply::Value(k));
            }
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
        check: Check,
    ) -> io::Result<Reply<Vec<usize>>> {
        let (prompt, items) = (inert(prompt), safe(items));
        let mut ticks = checked.to_vec();
        ticks.resize(items.len(), false);
        let mut menu = Menu {
            prompt: &prompt,
            items: &items,
            ticks: Some(ticks),
            active: 0,
            error: None,
        };
        loop {
            let key = self.open_menu(&mut menu)?;
            let ticks = menu.ticks.as_mut().expect("a multiple choice has ticks");
            let picked: Vec<usize> = (0..items.len()).filter(|&k| ticks[k]).collect();
            match key {
                Key::Escape => {
                    self.settle(&[], true)?;
                    return Ok(Reply::Back);
                }
                Key::Char(' ') => {
                    ticks[menu.active] = !ticks[menu.active];
                    menu.error = None;
                }
                _ => {
                    menu.error = check(&picked);
                    if menu.error.is_none() {
                        self.settle(&[], false)?;
                        return Ok(Reply::Value(picked));
                    }
                }
            }
        }
    }

    fn text(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        let prompt = inert(prompt);
        let mut value: Vec<char> = initial.chars().collect();
        let mut cursor = value.len();
        loop {
            let entry = Entry {
                prompt: &prompt,
                value: &value,
                cursor,
            };
            let paint = self.paint;
            self.draw(&|width, _| {
                let (lines, at) = entry.lines(paint, width);
                (lines, Some(at))
            })?;
            let Some(key) = self.key()? else { continue };
            match key {
                Key::Enter => break,
                Key::Char(c) if !c.is_control() => {
                    value.insert(cursor, c);
                    cursor += 1;
                }
                Key::Backspace if cursor > 0 => {
                    cursor -= 1;
                    value.remove(cursor);
                }
                Key::Del if cursor < value.len() => {
                    value.remove(cursor);
                }
                Key::ArrowLeft => cursor = cursor.saturating_sub(1),
                Key::ArrowRight => cursor = (cursor + 1).min(value.len()),
                Key::Home => cursor = 0,
                Key::End => cursor = value.len(),
                _ => {}
            }
        }
        self.settle(&[], false)?;
        Ok(value.into_iter().collect())
    }

    fn confirm(&mut self, prompt: &str, answer: &str) -> io::Result<()> {
        let width = Self::width(self.term.size());
        let lines = answered(self.paint, &inert(prompt), &inert(answer), width);
        let mut out = String::new();
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
        self.term.write_str(&out)?;
        self.term.flush()
    }
}
