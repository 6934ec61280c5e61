//! Parse errors said plainly and placed where their cause stands: a control character
//! or a repeated key, which the parsers place at the start of the file or of the
//! mapping, a merge key (`<<`), which they read as an ordinary key, and a comment in
//! JSON style, which they read as text. Not for checking: only called on a source
//! the parser has already refused, except [`merge_key`].

use super::{At, Index, Place, Shape};
use crate::error::{parse_problem, yaml_problem, Problem};
use crate::msg;

/// The problem a YAML parser's error of `src` stands for.
pub fn yaml_error(src: &str, err: &serde_yaml::Error) -> Problem {
    let at = err.location().map(|l| (l.line(), l.column()));
    said_plainly(src, at, &err.to_string()).unwrap_or_else(|| yaml_problem(err))
}

/// The problem a JSON parser's error of `src` stands for.
pub fn json_error(src: &str, err: &serde_json::Error) -> Problem {
    let at = (err.line() > 0).then(|| (err.line(), err.column()));
    said_plainly(src, at, &err.to_string()).unwrap_or_else(|| parse_problem(at, err.to_string()))
}

/// A merge key (`<<: *name`) in `src`, which YAML 1.2 does not have and these files
/// refuse, where it stands: the parsers would read it as a key like any other and
/// report the entries it merges as unknown.
pub fn merge_key(src: &str) -> Option<Problem> {
    if !src.contains("<<") {
        return None;
    }
    let index = Index::new(src);
    // Only a plain `<<` merges: `"<<"` is a key like any other.
    let plain = |&(line, col): &(usize, usize)| {
        let text = src.lines().nth(line - 1).unwrap_or("");
        text.chars().skip(col - 1).take(2).eq("<<".chars())
    };
    let at = maps(&index)
        .flat_map(|map| map.children(Shape::Map).chunks(2).map(|pair| pair[0]))
        .filter(|&k| key_text(&index, k) == Some("<<"))
        .map(|k| place(&index, k))
        .find(plain)?;
    Some(Problem::new(Some(at), msg!("error-merge-key")))
}

/// The error in words of ours, placed where its cause stands, when it is one of
/// those the parser places or words badly.
fn said_plainly(src: &str, at: At, detail: &str) -> Option<Problem> {
    if let Some(p) = comment(src, at) {
        return Some(p);
    }
    if detail.contains("control character") || at.is_none() {
        if let Some((at, c)) = control_character(src) {
            let code = format!("U+{:04X}", u32::from(c));
            let m = match c {
                '\0' => msg!("error-nul-byte"),
                _ => msg!("error-control-char", code = code),
            };
            return Some(Problem::new(Some(at), m));
        }
    }
    let key = detail
        .split("duplicate field `")
        .nth(1)?
        .split('`')
        .next()?;
    let repeat = repeated_key(src, at, key)?;
    Some(Problem::new(
        Some(repeat),
        msg!("error-repeated-key", key = key),
    ))
}

/// A line that starts with `//` or `/*`, at or before the place of the error: a
/// comment in the style of JavaScript, which neither JSON nor YAML has.
fn comment(src: &str, at: At) -> Option<Problem> {
    let last = at.map_or(usize::MAX, |(line, _)| line);
    src.lines().take(last).enumerate().find_map(|(i, line)| {
        let body = line.trim_start();
        let start = ["//", "/*"].into_iter().find(|s| body.starts_with(s))?;
        let col = line.chars().count() - body.chars().count() + 1;
        Some(Problem::new(
            Some((i + 1, col)),
            msg!("error-comment", start = start),
        ))
    })
}

/// The first character YAML does not allow in a file (C0 controls but tab and line
/// breaks, DEL, C1 controls but NEL, surrogates, U+FFFE and U+FFFF), and its place.
fn control_character(src: &str) -> Option<((usize, usize), char)> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{d7ff}')
            || matches!(c, '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
    };
    let (mut line, mut col) = (1, 1);
    for c in src.chars() {
        if !allowed(c) {
            return Some(((line, col), c));
        }
        if c == '\n' {
            (line, col) = (line + 1, 1);
        } else {
            col += 1;
        }
    }
    None
}

/// Where `key` is given a second time in one mapping: in the mapping the parser
/// placed the error at, else in the first mapping that repeats it.
fn repeated_key(src: &str, at: At, key: &str) -> At {
    let index = Index::new(src);
    let mut first = None;
    for map in maps(&index) {
        let keys = map.children(Shape::Map).chunks(2).map(|pair| pair[0]);
        let Some(repeat) = keys.filter(|&k| key_text(&index, k) == Some(key)).nth(1) else {
            continue;
        };
        let spot = place(&index, repeat);
        if map.at() == at {
            return Some(spot);
        }
        first.get_or_insert(spot);
    }
    first
}

/// Every mapping of the index, in file order.
fn maps(index: &Index) -> impl Iterator<Item = Place<'_>> {
    (0..index.nodes.len() as u32)
        .map(|n| index.root().to(Some(n)))
        .filter(|p| {
            p.node
                .is_some_and(|n| index.nodes[n as usize].shape == Shape::Map)
        })
}

/// The text of a key node.
fn key_text(index: &Index, node: u32) -> Option<&str> {
    let n = index.nodes[node as usize];
    (n.shape == Shape::Scalar && n.start != super::NONE).then(|| &*index.texts[n.start as usize])
}

fn place(index: &Index, node: u32) -> (usize, usize) {
    let n = index.nodes[node as usize];
    (n.line as usize, n.col as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(p: Problem) -> (At, &'static str) {
        (p.at, p.msg.id)
    }

    #[test]
    fn a_repeated_key_is_placed_at_the_repeat() {
        let src = "a: 1\nb:\n  c: 2\n  c: 3\n";
        assert_eq!(repeated_key(src, Some((3, 3)), "c"), Some((4, 3)));
        assert_eq!(repeated_key("x: {k: 1, k: 2}\n", None, "k"), Some((1, 11)));
        assert_eq!(repeated_key("a: 1\n", None, "a"), None);
    }

    #[test]
    fn a_control_character_is_placed_where_it_stands() {
        assert_eq!(control_character("a: b\nc: d\0e\n"), Some(((2, 5), '\0')));
        assert_eq!(control_character("a: \u{9b}\n"), Some(((1, 4), '\u{9b}')));
        assert_eq!(control_character("a: \t中\u{85}\r\n"), None);
    }

    #[test]
    fn only_a_plain_merge_key_is_one() {
        let merged = "base: &b {x: 1}\nthing:\n  <<: *b\n";
        assert_eq!(
            merge_key(merged).map(at),
            Some((Some((3, 3)), "error-merge-key"))
        );
        assert!(merge_key("\"<<\": 1\ntext: a << b\n").is_none());
    }

    #[test]
    fn a_comment_in_javascript_style_is_named() {
        let p = comment("{\n  // the bank\n  \"bank\": 1}\n", Some((3, 3))).unwrap();
        assert_eq!(at(p), (Some((2, 3)), "error-comment"));
        assert!(comment("a: 1\n// later\n", Some((1, 1))).is_none());
    }
}
