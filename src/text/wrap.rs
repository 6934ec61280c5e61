//! Where lines break: at the places the Unicode line breaking algorithm (UAX #14)
//! allows, so no line starts with a closing mark such as 。 ， or ）, and never
//! between a number and its word ("Stage 3", "第 3 阶段", "3. aşama") nor after a
//! hyphen, unless a word is wider than a line.

use unicode_linebreak::{break_property, linebreaks, BreakClass};

use super::{atoms, char_width, Atom};

/// Greedy wrap by display width at the places a line may break. Runs of spaces count
/// as one; colour set on one line is set again on the next and reset at the end of
/// the one before. A run wider than a whole line (a long path) is cut between
/// characters, never before a closing mark.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Lines::new(width.max(1));
    for word in words(s) {
        if joined_width(&word) <= lines.width {
            lines.push(join(word));
            continue;
        }
        // Too wide for a line even kept whole: cut where the rules allow.
        for piece in word {
            if piece.width > lines.width {
                clusters(&piece).into_iter().for_each(|c| lines.push(c));
            } else {
                lines.push(piece);
            }
        }
    }
    lines.finish()
}

/// Like [`wrap`], keeping the text's leading spaces on every line.
pub fn wrap_indented(s: &str, width: usize) -> Vec<String> {
    let body = s.trim_start_matches(' ');
    let indent = &s[..s.len() - body.len()];
    wrap(body, width.saturating_sub(indent.len()).max(10))
        .into_iter()
        .map(|l| format!("{indent}{l}"))
        .collect()
}

/// Text between two places a line may break: its characters and escape sequences,
/// its width without the space it may end with, and whether it ends with one (the
/// last byte of `text` then).
#[derive(Debug, Default)]
struct Piece {
    text: String,
    width: usize,
    space: bool,
}

impl Piece {
    fn push(&mut self, c: char) {
        if self.space {
            self.width += 1;
        }
        self.space = c == ' ';
        if !self.space {
            self.width += char_width(c);
        }
        self.text.push(c);
    }
}

/// `s` cut at every place a line may break, its spaces made single; the pieces a
/// number holds together make one word, and so do those a hyphen joins (ids such as
/// `automation.routine-tasks` are copied whole; "Best-in-Class" reads better whole).
fn words(s: &str) -> Vec<Vec<Piece>> {
    let (visible, parts) = normalized(s);
    let breaks: Vec<(usize, bool)> = linebreaks(&visible)
        .map(|(i, _)| (i, holds_number(&visible, i) || visible[..i].ends_with('-')))
        .collect();
    let (mut words, mut word) = (Vec::new(), Vec::new());
    let (mut piece, mut pending, mut at) = (Piece::default(), String::new(), 0);
    // Both `breaks` and `at` only grow, so one cursor finds each break in passing.
    let mut next = breaks.iter().peekable();
    for part in parts {
        match part {
            Atom::Escape(e) => pending.push_str(e),
            Atom::Char(c) => {
                if let Some(&(_, held)) = next.next_if(|b| b.0 == at) {
                    word.push(std::mem::take(&mut piece));
                    if !held {
                        words.push(std::mem::take(&mut word));
                    }
                }
                // An escape sequence goes with the character it comes before.
                piece.text.push_str(&std::mem::take(&mut pending));
                piece.push(c);
                at += c.len_utf8();
            }
        }
    }
    piece.text.push_str(&pending);
    if !piece.text.is_empty() {
        word.push(piece);
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The columns the pieces of a word take as one, without the space it may end with.
fn joined_width(word: &[Piece]) -> usize {
    word.iter()
        .fold((0, false), |(width, space), p| {
            (width + usize::from(space) + p.width, p.space)
        })
        .0
}

/// The pieces of a word as one; most words are one piece, which is kept as it is.
fn join(mut word: Vec<Piece>) -> Piece {
    if word.len() == 1 {
        return word.pop().expect("one piece");
    }
    let mut joined = Piece {
        width: joined_width(&word),
        space: word.last().is_some_and(|p| p.space),
        text: String::new(),
    };
    word.iter().for_each(|p| joined.text.push_str(&p.text));
    joined
}

/// The characters of `s` with every run of breaking spaces made one space (none at
/// either end), and its parts: those characters and the escape sequences among them.
fn normalized(s: &str) -> (String, Vec<Atom<'_>>) {
    let (mut visible, mut parts, mut gap) = (String::new(), Vec::new(), false);
    for atom in atoms(s) {
        match atom {
            Atom::Char(c) if breaking_space(c) => gap = !visible.is_empty(),
            Atom::Char(c) => {
                if std::mem::take(&mut gap) {
                    visible.push(' ');
                    parts.push(Atom::Char(' '));
                }
                visible.push(c);
                parts.push(atom);
            }
            Atom::Escape(_) => parts.push(atom),
        }
    }
    (visible, parts)
}

/// White space a line may break at: all but the no-break spaces.
fn breaking_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// Whether a break before byte `i` would part a number from its word: a number never
/// starts a line ("Stage 3", "第 3 阶段"), unless it is an ordinal with its word after
/// it ("3. aşama"), and never ends one with its word on the next, nor splits the
/// first two Chinese characters after it ("第 3 阶段" again, "第一步").
fn holds_number(visible: &str, i: usize) -> bool {
    let (before, after) = visible.split_at(i);
    let ideograph = |c: char| break_property(u32::from(c)) == BreakClass::Ideographic;
    let one_in = before.strip_suffix(ideograph).unwrap_or("");
    let digits = after.trim_start_matches(char::is_numeric);
    let ordinal = digits.len() < after.len()
        && digits.starts_with(". ")
        && digits[2..].starts_with(char::is_lowercase);
    // 第 makes an ordinal of the number after it, in figures or in words (第一步).
    before.trim_end_matches(' ').ends_with('第')
        || ends_number(before)
        || ends_number(one_in)
        || (after.starts_with(char::is_numeric) && !ordinal)
}

/// Whether `s` ends with a number, an ordinal ("3.") or a space after one.
fn ends_number(s: &str) -> bool {
    let mut back = s.trim_end_matches(' ').chars().rev();
    match back.next() {
        Some('.') => back.next().is_some_and(char::is_numeric),
        Some(c) => c.is_numeric(),
        None => false,
    }
}

/// A piece too wide for a line, cut between characters: each cluster is a character
/// with the zero-width marks and closing marks after it, which may not start a line.
fn clusters(piece: &Piece) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut pending = String::new();
    for atom in atoms(&piece.text) {
        let c = match atom {
            Atom::Escape(e) => {
                pending.push_str(e);
                continue;
            }
            Atom::Char(c) => c,
        };
        let glued = c == ' ' || char_width(c) == 0 || closes(c);
        let last = out.last().filter(|p| glued && !p.space);
        if last.is_none() {
            out.push(Piece::default());
        }
        let cluster = out.last_mut().expect("pushed above");
        cluster.text.push_str(&std::mem::take(&mut pending));
        cluster.push(c);
    }
    if let Some(last) = out.last_mut() {
        last.text.push_str(&pending);
    }
    out
}

/// Marks that close what came before them, which no line starts with: 。，、；：！？
/// ）」 and their Latin kin, closing quotes among them.
pub(crate) fn closes(c: char) -> bool {
    use BreakClass::*;
    match break_property(u32::from(c)) {
        ClosePunctuation | CloseParenthesis | Exclamation | InfixSeparator | NonStarter => true,
        Quotation => !matches!(c, '“' | '‘' | '«' | '‹' | '„'),
        _ => false,
    }
}

/// Lines filled so far, the current one last.
struct Lines {
    width: usize,
    done: Vec<String>,
    line: String,
    /// Columns the current line takes, with the space it may end with.
    used: usize,
    /// Whether the current line has text yet, and ends with a space.
    empty: bool,
    space: bool,
    /// The colour codes in force: set again on each new line.
    style: String,
}

impl Lines {
    fn new(width: usize) -> Lines {
        Lines {
            width,
            done: Vec::new(),
            line: String::new(),
            used: 0,
            empty: true,
            space: false,
            style: String::new(),
        }
    }

    fn push(&mut self, piece: Piece) {
        if !self.empty && self.used + piece.width > self.width {
            self.end_line();
        }
        // Only colour codes change the style, and most text has none.
        let escapes = piece.text.contains('\x1b').then(|| atoms(&piece.text));
        for atom in escapes.into_iter().flatten() {
            if let Atom::Escape(e) = atom {
                if e == "\x1b[0m" || e == "\x1b[m" {
                    self.style.clear();
                } else if e.starts_with("\x1b[") && e.ends_with('m') {
                    self.style.push_str(e);
                }
            }
        }
        self.line.push_str(&piece.text);
        self.used += piece.width + usize::from(piece.space);
        (self.empty, self.space) = (false, piece.space);
    }

    fn end_line(&mut self) {
        let mut line = std::mem::replace(&mut self.line, self.style.clone());
        if self.space {
            line.pop();
        }
        if !self.style.is_empty() {
            line.push_str("\x1b[0m");
        }
        self.done.push(line);
        (self.used, self.empty, self.space) = (0, true, false);
    }

    fn finish(mut self) -> Vec<String> {
        if !self.empty || self.done.is_empty() {
            self.done.push(self.line);
        }
        self.done
    }
}
