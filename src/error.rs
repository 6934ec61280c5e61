//! Errors a user can act on: each names the file, the place in it, the id at fault
//! and what is allowed instead. They hold message ids, not sentences, so they are
//! written in the user's language at the edge; exit codes are decided here.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Lang, Messages, Msg};
use crate::msg;

/// One thing wrong with an input file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// 1-based line and column, where the file gives one.
    pub at: Option<(usize, usize)>,
    pub msg: Msg,
}

impl Problem {
    pub fn new(at: Option<(usize, usize)>, msg: Msg) -> Self {
        Problem { at, msg }
    }
}

/// What kind of input a file is, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Bank,
    Answers,
}

impl InputKind {
    fn key(self) -> &'static str {
        match self {
            InputKind::Bank => "bank",
            InputKind::Answers => "answers",
        }
    }
}

#[derive(Debug)]
pub enum Error {
    /// A file could not be read at all.
    Read {
        kind: InputKind,
        path: String,
        source: std::io::Error,
    },
    /// A file was read but is not acceptable; every problem found is listed.
    Invalid {
        kind: InputKind,
        file: String,
        problems: Vec<Problem>,
    },
    /// A command-line value or situation the tool cannot work with.
    Usage(Msg),
    /// The output could not be written.
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Not a failure: the retailer is below the stage `--min-stage` asks for.
    BelowMinimum { stage: u8, min: u8 },
}

impl Error {
    /// Bad input is the user's to fix (2); anything else is ours or the system's (1).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Read { .. } | Error::Invalid { .. } | Error::Usage(_) => 2,
            Error::Write { .. } => 1,
            Error::BelowMinimum { .. } => 3,
        }
    }

    /// True when the reader of our output went away (`maturity score x | head`),
    /// which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// The message in the user's language.
    pub fn render(&self, m: &Messages) -> String {
        match self {
            Error::Read { kind, path, source } => m.render(&msg!(
                "error-read",
                kind = kind.key(),
                path = path,
                reason = source.to_string()
            )),
            Error::Invalid {
                kind,
                file,
                problems,
            } => {
                let mut out = m.render(&msg!(
                    "error-invalid",
                    kind = kind.key(),
                    file = file,
                    count = problems.len()
                ));
                for p in problems {
                    let place = match p.at {
                        Some((line, col)) => format!("{file}:{line}:{col}"),
                        None => file.clone(),
                    };
                    out.push_str(&format!("\n  {place}: {}", m.render(&p.msg)));
                }
                out
            }
            Error::BelowMinimum { stage, min } => {
                m.render(&msg!("min-stage-below", stage = *stage, min = *min))
            }
            Error::Usage(msg) => m.render(msg),
            Error::Write { path, source } => m.render(&msg!(
                "error-write",
                path = path.display().to_string(),
                reason = source.to_string()
            )),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Messages::new(Lang::En)))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Turns a YAML parse error into a problem with its line and column.
pub(crate) fn yaml_problem(err: &serde_yaml::Error) -> Problem {
    let at = err.location().map(|l| (l.line(), l.column()));
    parse_problem(at, err.to_string())
}

/// A parser's message as a problem. Parsers append "at line X column Y"; the place is
/// shown in front instead.
pub(crate) fn parse_problem(at: Option<(usize, usize)>, detail: String) -> Problem {
    let detail = match detail.rfind(" at line ") {
        Some(i) if at.is_some() => detail[..i].to_string(),
        _ => detail,
    };
    Problem::new(at, msg!("error-yaml", detail = detail))
}

/// How deeply brackets may nest in an input file. Real banks and answers files nest a
/// few levels; parsers slow down on thousands, so deeper files are refused up front.
const MAX_NESTING: usize = 64;

/// Refuses text whose `[`/`{` brackets nest deeper than [`MAX_NESTING`], with the place
/// where it happens.
///
/// Brackets are first counted over the raw bytes, quotes and comments included: no
/// apostrophe or `#` can switch the count off, and brackets in text seldom open more
/// than they close, so ordinary files stay far below the limit. Closing brackets
/// inside quotes (`["]", ["]", ...`) could still hide a deep nest from that count, so a
/// file with more opening brackets than the limit is also read by an event parser,
/// which knows quotes, until its collections nest too deep; it stops there, so this
/// costs little whatever the file holds. A file that event parser refuses but serde's
/// parser reads (flow lines not indented under their key, say) is left to the count.
pub(crate) fn nesting_problem(src: &str) -> Option<Problem> {
    let too_deep = |at| {
        Some(Problem::new(
            Some(at),
            msg!("error-too-deep", max = MAX_NESTING),
        ))
    };
    let (mut depth, mut opened) = (0usize, 0usize);
    let (mut line, mut line_start) = (1, 0);
    for (i, b) in src.bytes().enumerate() {
        match b {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'[' | b'{' => {
                depth += 1;
                opened += 1;
                if depth > MAX_NESTING {
                    return too_deep((line, src[line_start..i].chars().count() + 1));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if opened <= MAX_NESTING {
        return None;
    }
    parsed_nesting(src).and_then(too_deep)
}

/// Where flow collections (`[...]`, `{...}`) first nest deeper than [`MAX_NESTING`], as
/// the YAML event parser reads them; `None` if they never do, or if the parser stops at
/// another error first (the parser that reads the file then reports it). The event
/// parser reads a flow collection ahead before it says what it holds, and refuses one
/// nested more than 255 deep on its own: that refusal is taken as it is.
fn parsed_nesting(src: &str) -> Option<(usize, usize)> {
    use saphyr_parser::{Event, Parser};
    /// An open collection: in block style, in flow style with its bracket, or a
    /// single-pair mapping inside a flow sequence (`[a: b]`), which has no bracket.
    #[derive(Clone, Copy, PartialEq)]
    enum Open {
        Block,
        Bracket,
        Implicit,
    }
    let mut open: Vec<Open> = Vec::new();
    let mut depth = 0;
    let mut cursor = CharCursor::new(src);
    for event in Parser::new_from_str(src) {
        let (event, span) = match event {
            Ok(event) => event,
            Err(e) if e.info() == "recursion limit exceeded" => {
                return Some((e.marker().line(), e.marker().col() + 1));
            }
            Err(_) => return None,
        };
        match event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                // Block collections hold flow ones, never the other way round. Inside
                // a flow collection, every collection but a single pair opens with a
                // bracket, and a single pair's event is empty. Outside, a block
                // collection's event is empty too (or holds its first `-`), and a flow
                // collection's starts at its bracket, or at an anchor or tag before it.
                let in_flow = matches!(open.last(), Some(Open::Bracket | Open::Implicit));
                let kind = match (in_flow, span.is_empty()) {
                    (true, true) => Open::Implicit,
                    (true, false) => Open::Bracket,
                    (false, true) => Open::Block,
                    (false, false) => match after_properties(cursor.rest(span.start.index())) {
                        Some('[' | '{') => Open::Bracket,
                        _ => Open::Block,
                    },
                };
                if kind == Open::Bracket {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some((span.start.line(), span.start.col() + 1));
                    }
                }
                open.push(kind);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                depth -= usize::from(open.pop() == Some(Open::Bracket));
            }
            Event::StreamEnd => return None,
            _ => {}
        }
    }
    None
}

/// The first character of a node that starts `text`, past its anchor and tag (and
/// any space and comments between them).
fn after_properties(mut text: &str) -> Option<char> {
    let flow_indicator = |c: char| matches!(c, '[' | ']' | '{' | '}' | ',');
    loop {
        text = text.trim_start_matches([' ', '\t', '\r', '\n']);
        match text.chars().next()? {
            '#' => text = text.split_once('\n').map_or("", |(_, rest)| rest),
            '&' | '!' => {
                text = text[1..]
                    .trim_start_matches(|c: char| !c.is_whitespace() && !flow_indicator(c));
            }
            c => return Some(c),
        }
    }
}

/// A text from a character index on, found by moving from the last index asked for:
/// events come in order, so reading a whole file this way is linear.
struct CharCursor<'s> {
    src: &'s str,
    /// A character index and the byte index where that character starts.
    chars: usize,
    bytes: usize,
}

impl<'s> CharCursor<'s> {
    fn new(src: &'s str) -> Self {
        CharCursor {
            src,
            chars: 0,
            bytes: 0,
        }
    }

    fn rest(&mut self, index: usize) -> &'s str {
        while self.chars < index {
            let Some(c) = self.src[self.bytes..].chars().next() else {
                break;
            };
            self.bytes += c.len_utf8();
            self.chars += 1;
        }
        while self.chars > index {
            let Some(c) = self.src[..self.bytes].chars().next_back() else {
                break;
            };
            self.bytes -= c.len_utf8();
            self.chars -= 1;
        }
        &self.src[self.bytes..]
    }
}

#[cfg(test)]
mod tests {
    use super::{nesting_problem, MAX_NESTING};

    fn nest(open: &str, n: usize) -> String {
        format!("x: {}{}\n", open.repeat(n), "]".repeat(n))
    }

    #[test]
    fn no_apostrophe_quote_or_comment_switches_the_guard_off() {
        for before in ["note: don't\n", "# it's\n", "a: \"\n", "b: 'x\n"] {
            let src = format!("{before}{}", nest("[", 1000));
            assert!(nesting_problem(&src).is_some(), "{before}");
        }
    }

    #[test]
    fn closing_brackets_in_quotes_or_comments_do_not_hide_a_deep_nest() {
        for n in [MAX_NESTING + 1, 300, 10_000] {
            assert!(nesting_problem(&nest("[\"]\", ", n)).is_some(), "{n}");
            assert!(nesting_problem(&nest("['}', ", n)).is_some(), "{n}");
            assert!(nesting_problem(&nest("[ # ]\n   ", n)).is_some(), "{n}");
            let anchored = format!("x: &top !!seq\n  {}", nest("[\"]\", ", n).split_at(3).1);
            assert!(nesting_problem(&anchored).is_some(), "{n}");
        }
    }

    #[test]
    fn ordinary_files_pass_brackets_in_text_included() {
        assert_eq!(nesting_problem(&nest("[", MAX_NESTING)), None);
        assert_eq!(nesting_problem(&nest("[\"]\", ", MAX_NESTING)), None);
        let many = "- {id: x, label: {en: \"[see] {this}\"}}\n".repeat(500);
        assert_eq!(nesting_problem(&many), None);
        let text = format!("note: \"{}\"\n", "[".repeat(MAX_NESTING / 2));
        assert_eq!(nesting_problem(&text), None);
        // Block collections, anchored or not, are not brackets.
        let mut block =
            "# {}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}\n".repeat(3);
        for level in 0..100 {
            let anchor = if level % 2 == 0 { " &a" } else { "" };
            block += &format!("{}k{level}:{anchor}\n", " ".repeat(level));
        }
        block += &format!("{}k: {{a: [b]}}\n", " ".repeat(100));
        assert_eq!(nesting_problem(&block), None);
        // Single-pair mappings in a flow sequence open no bracket of their own.
        let pairs = format!("x: {}{}\n", "[a: ".repeat(40), "]".repeat(40));
        assert_eq!(nesting_problem(&pairs), None);
    }

    #[test]
    fn the_refusal_is_placed_at_the_bracket_too_many() {
        let p = nesting_problem(&format!("a: 1\n{}", nest("[", 100))).unwrap();
        assert_eq!(p.at, Some((2, 4 + MAX_NESTING)));
        let p = nesting_problem(&nest("[\"]\", ", 100)).unwrap();
        assert_eq!(p.at, Some((1, 4 + 6 * MAX_NESTING)));
    }
}
