//! JSON that stays inert when shown: serde_json escapes only C0 controls, quotes and
//! backslashes, so a C1 control (U+009B starts an escape sequence in some terminals),
//! DEL or a bidirectional control from a file would reach a terminal raw through
//! `jq`, `cat` or a log. The writer here escapes them as `\uXXXX`, the same text.

use std::io::{self, Write};

use serde::Serialize;

/// `value` as pretty JSON and a final newline, inert (see the module).
pub fn to_writer_pretty<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut w = InertJson::new(out);
    serde_json::to_writer_pretty(&mut w, value)?;
    w.write_all(b"\n")?;
    w.flush()
}

/// `value` as JSON on one line, without a newline, inert (see the module).
pub fn to_writer<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut w = InertJson::new(out);
    serde_json::to_writer(&mut w, value)?;
    w.flush()
}

/// A writer of JSON text that writes DEL, C1 controls, bidirectional controls and
/// the line and paragraph separators as `\uXXXX` escapes. Outside its strings JSON
/// text is ASCII, so each of those characters stands inside a string, where the
/// escape means the same character.
pub struct InertJson<W: Write> {
    inner: W,
    /// The start of a character cut by the end of the last write.
    pending: Vec<u8>,
}

impl<W: Write> InertJson<W> {
    pub fn new(inner: W) -> InertJson<W> {
        InertJson {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes `buf`, escaping as it goes; keeps a character cut at its end for the
    /// next write.
    fn pass(&mut self, buf: &[u8]) -> io::Result<()> {
        let (mut start, mut i) = (0, 0);
        while i < buf.len() {
            // Only these bytes start a character to escape (see `escaped`).
            let len = match buf[i] {
                0x7f => 1,
                0xc2 | 0xd8 => 2,
                0xe2 => 3,
                _ => {
                    i += 1;
                    continue;
                }
            };
            if i + len > buf.len() {
                self.pending.extend_from_slice(&buf[i..]);
                return self.inner.write_all(&buf[start..i]);
            }
            let c = std::str::from_utf8(&buf[i..i + len])
                .ok()
                .and_then(|s| s.chars().next());
            if let Some(c) = c.filter(|&c| escaped(c)) {
                self.inner.write_all(&buf[start..i])?;
                write!(self.inner, "\\u{:04x}", u32::from(c))?;
                start = i + len;
            }
            i += len;
        }
        self.inner.write_all(&buf[start..])
    }
}

/// Characters written as escapes: those a terminal obeys (serde_json escapes C0
/// already), and U+2028 and U+2029, which end a line in JavaScript.
fn escaped(c: char) -> bool {
    super::obeyed(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

impl<W: Write> Write for InertJson<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        if self.pending.is_empty() {
            return self.pass(buf);
        }
        let mut joined = std::mem::take(&mut self.pending);
        joined.extend_from_slice(buf);
        self.pass(&joined)
    }

    /// A character still cut at the end is written as it is: it is not one of those
    /// escaped, which would be whole.
    fn flush(&mut self) -> io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.inner.write_all(&pending)?;
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pretty(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        to_writer_pretty(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn c1_bidirectional_and_del_characters_are_escaped_and_read_back_the_same() {
        let text = "a\u{9b}31m b\u{202e}c\u{2066}d\u{200f}e\u{61c}f\u{7f}g\u{2028}h";
        let value = serde_json::json!({ "name\u{85}": text, "plain": "中文 “quoted” – ok…" });
        let json = pretty(&value);
        assert!(!json.chars().any(|c| c != '\n' && escaped(c)), "{json}");
        for escape in [
            "\\u009b", "\\u202e", "\\u2066", "\\u200f", "\\u061c", "\\u007f", "\\u2028", "\\u0085",
        ] {
            assert!(json.contains(escape), "{escape} in {json}");
        }
        assert!(json.contains("中文 “quoted” – ok…"), "{json}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&json).unwrap(),
            value
        );
        assert!(json.ends_with("}\n"));
    }

    #[test]
    fn a_character_cut_between_two_writes_is_escaped_whole() {
        let mut out = Vec::new();
        let mut w = InertJson::new(&mut out);
        let bytes = "\"x\u{202e}y\u{9b}\"".as_bytes();
        for chunk in bytes.chunks(1) {
            w.write_all(chunk).unwrap();
        }
        w.flush().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\"x\\u202ey\\u009b\"");
    }

    #[test]
    fn one_line_json_stays_on_one_line() {
        let mut out = Vec::new();
        to_writer(&mut out, &serde_json::json!({"a": "b\u{9b}"})).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "{\"a\":\"b\\u009b\"}");
    }
}
