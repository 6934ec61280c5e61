//! YAML output: the assessment in the shape of the JSON, and the writer every YAML
//! file the tool makes goes through, which quotes text a YAML 1.1 reader would not
//! take for text (`no`, `on`, `~`, `0x1F`, `1:20`, `2026-12-01`, `.inf` ...).

use std::io::{self, Write};

use serde::Serialize;
use serde_yaml::{Mapping, Value};

use super::{Render, RenderOptions};
use crate::engine::Assessment;

pub struct Yaml;

impl Render for Yaml {
    fn render(&self, a: &Assessment, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        let text = to_string(a).map_err(io::Error::other)?;
        out.write_all(text.as_bytes())
    }
}

/// `value` as a block-style YAML document that YAML 1.1 readers (PyYAML, many CI
/// tools) and YAML 1.2 readers read alike: every string that either could resolve to
/// a boolean, null, number or date is quoted.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_yaml::Error> {
    let value = serde_yaml::to_value(value)?;
    let mut out = String::new();
    match &value {
        Value::Mapping(m) if !m.is_empty() => mapping(m, 0, &mut out),
        Value::Sequence(s) if !s.is_empty() => sequence(s, 0, &mut out),
        other => {
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
    Ok(out)
}

/// The entries of `m`, each on its own line at `indent` spaces.
fn mapping(m: &Mapping, indent: usize, out: &mut String) {
    for (i, (key, value)) in m.iter().enumerate() {
        if i > 0 {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(&inline(key));
        out.push(':');
        nested(value, indent, indent + 2, out);
    }
}

/// The items of `s`, each `- ` at `indent` spaces.
fn sequence(s: &[Value], indent: usize, out: &mut String) {
    for (i, item) in s.iter().enumerate() {
        if i > 0 {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str("- ");
        match item {
            Value::Mapping(m) if !m.is_empty() => mapping(m, indent + 2, out),
            Value::Sequence(s) if !s.is_empty() => sequence(s, indent + 2, out),
            other => {
                out.push_str(&inline(other));
                out.push('\n');
            }
        }
    }
}

/// What follows `key:`: a scalar on the same line, or a mapping indented under it,
/// or a sequence at the key's own indent.
fn nested(value: &Value, indent: usize, deeper: usize, out: &mut String) {
    match value {
        Value::Mapping(m) if !m.is_empty() => {
            out.push('\n');
            out.push_str(&" ".repeat(deeper));
            mapping(m, deeper, out);
        }
        Value::Sequence(s) if !s.is_empty() => {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            sequence(s, indent, out);
        }
        Value::Tagged(t) => {
            out.push_str(&format!(" {}", t.tag));
            nested(&t.value, indent, deeper, out);
        }
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

/// A value written on one line: a scalar, an empty collection, or (never produced by
/// the tool's own types) a collection in JSON's flow style.
fn inline(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(&n.to_string()),
        Value::String(s) => scalar(s),
        Value::Sequence(s) if s.is_empty() => "[]".into(),
        Value::Mapping(m) if m.is_empty() => "{}".into(),
        Value::Tagged(t) => format!("{} {}", t.tag, inline(&t.value)),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// A float as YAML 1.1 reads one (`1.0e+20`, not `1e20`, which it reads as text).
fn number(n: &str) -> String {
    let Some((mantissa, exponent)) = n.split_once('e') else {
        return n.to_string();
    };
    let dot = if mantissa.contains('.') { "" } else { ".0" };
    let sign = if exponent.starts_with(['+', '-']) {
        ""
    } else {
        "+"
    };
    format!("{mantissa}{dot}e{sign}{exponent}")
}

/// A string: plain when every YAML reader takes it for this text, else in single
/// quotes, else (for line breaks and other control characters) in double quotes.
fn scalar(s: &str) -> String {
    if s.chars().any(|c| !printable(c)) {
        double_quoted(s)
    } else if plain(s) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// Characters a single-line scalar may hold as they are: no line breaks, tabs,
/// controls (bidirectional ones included, which would reorder the line around them)
/// or byte-order marks, and only what YAML 1.1 counts as printable.
fn printable(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}')
        && !crate::text::obeyed(c)
}

/// Whether `s` can go unquoted: it starts with no indicator, has no `: ` or ` #`,
/// no surrounding spaces, and resolves to a string in YAML 1.1 and 1.2 alike.
fn plain(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let second = s.chars().nth(1);
    let indicator = match first {
        '-' | '?' | ':' => second.is_none_or(|c| c == ' '),
        _ => "#,[]{}&*!|>'\"%@`".contains(first),
    };
    !(indicator
        || s.starts_with(' ')
        || s.ends_with(' ')
        || s.ends_with(':')
        || s.contains(": ")
        || s.contains(" #")
        || s.starts_with("---")
        || s.starts_with("...")
        || resolves_to_other(s))
}

/// Whether a YAML 1.1 or 1.2 reader could take plain `s` for a boolean, null, number,
/// date, time, merge key or value key rather than text. Errs on quoting: any word
/// of those in any case, and anything that starts with a digit (after a sign or a
/// dot) and holds only characters numbers, dates and times are written with.
fn resolves_to_other(s: &str) -> bool {
    const WORDS: [&str; 12] = [
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<",
    ];
    const NUMERIC: &str = "0123456789abcdefABCDEFoxOX_:.+-tTzZ ";
    if WORDS.iter().any(|w| s.eq_ignore_ascii_case(w)) {
        return true;
    }
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let after_dot = unsigned.strip_prefix('.');
    let digit = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
    let numeric = s.chars().all(|c| NUMERIC.contains(c));
    (numeric && (digit(unsigned) || after_dot.is_some_and(digit)))
        || after_dot.is_some_and(|rest| {
            rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("nan")
        })
}

/// `s` in double quotes, with every character that is not plainly printable escaped.
fn double_quoted(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if printable(c) => out.push(c),
            c if u32::from(c) <= 0xFF => out.push_str(&format!("\\x{:02X}", u32::from(c))),
            c if u32::from(c) <= 0xFFFF => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::{scalar, to_string};

    #[test]
    fn words_and_numbers_a_yaml_1_1_reader_would_convert_are_quoted() {
        for s in [
            "y",
            "N",
            "yes",
            "No",
            "ON",
            "off",
            "True",
            "fAlse",
            "~",
            "null",
            "NULL",
            "0x1F",
            "0o17",
            "017",
            "1_000",
            "1:20",
            ".inf",
            "-.Inf",
            ".NaN",
            "3.5",
            "+1",
            "-2",
            "2026-12-01",
            "12:30:00",
            "=",
            "<<",
            ".5",
            "1e5",
        ] {
            assert!(scalar(s).starts_with('\''), "{s} -> {}", scalar(s));
        }
    }

    #[test]
    fn ordinary_text_stays_plain() {
        for s in [
            "yesterday",
            "none",
            "central",
            "abandoned-cart",
            "Cedar & Clay",
            "المسوق الكامل",
            "崭露头角的营销人员",
            "-flag",
            "a:b",
            "Hedefler ve KPI'lar",
            "000 §Stage 1",
            "12 aylık",
            "3 steps",
        ] {
            assert_eq!(scalar(s), s, "{s}");
        }
        // A version could be a number to some reader: quoted.
        assert_eq!(scalar("2.0.0"), "'2.0.0'");
        assert_eq!(
            scalar("2001-12-14 21:59:43.10 -5"),
            "'2001-12-14 21:59:43.10 -5'"
        );
    }

    #[test]
    fn bidirectional_controls_are_escaped() {
        assert_eq!(scalar("a\u{202e}b"), "\"a\\u202Eb\"");
        assert_eq!(scalar("x\u{2066}"), "\"x\\u2066\"");
    }

    #[test]
    fn indicators_line_breaks_and_controls_are_quoted() {
        assert_eq!(scalar("- a"), "'- a'");
        assert_eq!(scalar("a: b"), "'a: b'");
        assert_eq!(scalar("it's #1"), "'it''s #1'");
        assert_eq!(scalar(""), "''");
        assert_eq!(scalar("a\nb\t\u{1b}"), "\"a\\nb\\t\\x1B\"");
        assert_eq!(scalar("\u{2028}\u{feff}"), "\"\\u2028\\uFEFF\"");
    }

    #[test]
    fn collections_are_written_in_block_style() {
        #[derive(serde::Serialize)]
        struct S {
            id: &'static str,
            list: Vec<&'static str>,
            empty: Vec<u8>,
            n: f64,
        }
        let text = to_string(&vec![S {
            id: "no",
            list: vec!["on", "x"],
            empty: vec![],
            n: 1e20,
        }])
        .unwrap();
        assert_eq!(
            text,
            "- id: 'no'\n  list:\n  - 'on'\n  - x\n  empty: []\n  'n': 1.0e+20\n"
        );
    }
}
