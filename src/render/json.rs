//! The assessment as pretty-printed JSON, for scripts and other tools.

use std::io::{self, Write};

use super::{Render, RenderOptions};
use crate::engine::Assessment;

pub struct Json;

impl Render for Json {
    fn render(&self, a: &Assessment, _: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
        super::json(a, out)
    }
}

/// JSON with the bidirectional controls (U+202A to U+202E, U+2066 to U+2069) written
/// as `\u` escapes: the same strings to a parser, but text that cannot reorder a
/// terminal line or an editor's. They can only be inside strings, where an escape is
/// always valid.
pub(super) fn escape_bidi(json: &str) -> std::borrow::Cow<'_, str> {
    let bidi = super::painter::is_bidi_control;
    if !json.chars().any(bidi) {
        return json.into();
    }
    json.chars()
        .map(|c| match c {
            c if bidi(c) => format!("\\u{:04x}", u32::from(c)),
            c => c.to_string(),
        })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn bidi_controls_are_escaped_and_read_back_the_same() {
        let value = serde_json::json!({ "retailer": "a\u{202e}b\u{2066}c" });
        let text = super::escape_bidi(&value.to_string()).into_owned();
        assert_eq!(text, r#"{"retailer":"a\u202eb\u2066c"}"#);
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}
