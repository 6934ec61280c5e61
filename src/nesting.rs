//! The guard against deeply nested YAML: files whose `[`/`{` brackets nest deeper than
//! any real bank or answers file are refused before a parser slows down on them.

use crate::error::Problem;
use crate::events::{Event, EventParser};
use crate::msg;

/// How deeply brackets may nest in an input file. Real banks and answers files nest a
/// few levels; parsers slow down on thousands, so deeper files are refused up front.
pub(crate) const MAX_NESTING: usize = 64;

/// Refuses text whose `[`/`{` brackets nest deeper than [`MAX_NESTING`], with the place
/// where it happens.
///
/// Brackets are first counted over the raw bytes, quotes and comments included, so no
/// apostrophe or `#` can switch the count off. Closing brackets inside quotes
/// (`["]", ["]", ...`) could still hide a deep nest from that count, so a file with
/// more opening brackets than the limit is also read by the event parser that serde's
/// YAML reader itself uses, which stops as soon as collections nest too deep: the two
/// cannot disagree on what a file holds, and the check stays linear.
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

/// Where flow collections first nest deeper than [`MAX_NESTING`], as the YAML event
/// parser reads them; `None` if they never do, or if the parser stops at another error
/// first (serde's reader, on the same parser, then reports it).
fn parsed_nesting(src: &str) -> Option<(usize, usize)> {
    let mut parser = EventParser::new(src);
    // Per open collection, whether it opened with a bracket.
    let mut open: Vec<bool> = Vec::new();
    let mut depth = 0;
    /// What the guard needs of an event.
    enum Seen {
        Start { flow: bool, at: usize },
        End,
        StreamEnd,
        Other,
    }
    loop {
        let seen = parser.next(|e| match e {
            Event::Start { flow, at, .. } => Seen::Start { flow, at },
            Event::End => Seen::End,
            Event::StreamEnd => Seen::StreamEnd,
            _ => Seen::Other,
        })?;
        match seen {
            Seen::Start { flow, at } => {
                // A single pair in a flow sequence (`[a: b]`) is a flow mapping too,
                // but it opens no bracket: its event starts at its key.
                let bracket = flow && matches!(after_properties(&src[at..]), Some('[' | '{'));
                depth += usize::from(bracket);
                if depth > MAX_NESTING {
                    return Some(line_and_column(src, at));
                }
                open.push(bracket);
            }
            Seen::End => depth -= usize::from(open.pop() == Some(true)),
            Seen::StreamEnd => return None,
            Seen::Other => {}
        }
    }
}

/// 1-based line and column (in characters) of byte `at`.
pub(crate) fn line_and_column(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
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

    /// serde's YAML reader accepts flow lines that are not indented under their key;
    /// the guard reads with the same parser, so such a file cannot slip past it.
    #[test]
    fn flow_lines_not_indented_under_their_key_are_guarded_too() {
        let n = 20_000;
        let src = format!(
            "answers: [\n{}{}\n",
            "\"]\", [\n".repeat(n),
            "]".repeat(n + 1)
        );
        let p = nesting_problem(&src).expect("refused");
        assert_eq!(p.at, Some((MAX_NESTING + 1, 6)));
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
