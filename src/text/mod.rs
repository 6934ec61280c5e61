//! Plain-text layout for terminals: how many columns text takes (double-width
//! Chinese, zero-width marks, colour codes) and where its lines may break.

pub mod json;
mod wrap;

#[cfg(test)]
mod tests;

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

pub use wrap::{wrap, wrap_indented};

/// Text from a file made safe for a terminal: control characters (escape sequences
/// included) and the bidirectional controls that reorder what follows them (the
/// embeddings, overrides and isolates, and the LRM, RLM and ALM marks) are shown as
/// `\u{..}` instead of being obeyed, so a retailer name or a question cannot move the
/// cursor, retitle the window, hide text or show it in another order. Newlines stay.
pub fn inert(s: &str) -> Cow<'_, str> {
    escaped(s, |c| c != '\n' && obeyed(c))
}

/// [`inert`] for text meant to stay on one line (a file name, an id, a value from the
/// command line): a newline is shown as `\u{a}` too.
pub fn inert_line(s: &str) -> Cow<'_, str> {
    escaped(s, obeyed)
}

/// Whether a terminal obeys `c` rather than showing it: a control character (C0, DEL,
/// C1) or a bidirectional control.
pub(crate) fn obeyed(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with each character that `escape` picks written as `\u{..}`.
fn escaped(s: &str, escape: impl Fn(char) -> bool) -> Cow<'_, str> {
    // Control characters are C0 (below 0x20), DEL and C1 (U+0080 to U+009F, written
    // 0xC2 0x80 to 0xC2 0x9F), the bidirectional controls start with 0xD8 (U+061C) or
    // 0xE2 (U+200E to U+2069): text without those bytes needs no closer look.
    let suspect = |b: &u8| *b < 0x20 || matches!(*b, 0x7f | 0xc2 | 0xd8 | 0xe2);
    if !s.as_bytes().iter().any(suspect) || !s.chars().any(&escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The columns `s` takes in a terminal. Escape sequences (colour) take none; each
/// character is measured on its own, as a terminal gives it its own cells: Chinese
/// two, combining marks none, and a lam-alef pair two, though fonts draw it as one
/// ligature.
pub fn display_width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    atoms(s)
        .map(|a| match a {
            Atom::Char(c) => char_width(c),
            Atom::Escape(_) => 0,
        })
        .sum()
}

/// The columns of one character; control characters take none.
fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// A part of a text: a character shown, or an escape sequence obeyed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom<'a> {
    Char(char),
    Escape(&'a str),
}

/// The characters and escape sequences of `s`, in order.
fn atoms(s: &str) -> impl Iterator<Item = Atom<'_>> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let c = rest.chars().next()?;
        let len = escape_len(rest).unwrap_or(c.len_utf8());
        let (head, tail) = rest.split_at(len);
        rest = tail;
        Some(if c == '\x1b' {
            Atom::Escape(head)
        } else {
            Atom::Char(c)
        })
    })
}

/// The length in bytes of the escape sequence `s` starts with, if it starts with one:
/// a control sequence (`ESC [` up to its final byte, colours among them), an
/// operating system command (`ESC ]` up to BEL or `ESC \`), or `ESC` and one character.
fn escape_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() != Some(&0x1b) {
        return None;
    }
    let end = |found: Option<usize>, skip: usize| found.map_or(b.len(), |i| i + skip);
    Some(match b.get(1) {
        Some(b'[') => end(b[2..].iter().position(|c| (0x40..=0x7e).contains(c)), 3),
        Some(b']') => {
            let bel = b.iter().position(|&c| c == 0x07).map(|i| i + 1);
            let st = b.windows(2).position(|w| w == b"\x1b\\");
            match (bel, st) {
                (Some(i), Some(j)) => i.min(j + 2),
                (Some(i), None) => i,
                (None, st) => end(st, 2),
            }
        }
        Some(c) if c.is_ascii() => 2,
        _ => 1,
    })
}
