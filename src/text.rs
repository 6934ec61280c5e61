//! Plain-text layout for terminals: wrapping by display width, so double-width
//! (CJK) text lines up as well as Latin text.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Text from a file made safe for a terminal: control characters (escape sequences
/// included) are shown as `\u{..}` instead of being obeyed, so a retailer name or a
/// question cannot move the cursor, retitle the window or hide text. Newlines stay.
pub fn inert(s: &str) -> Cow<'_, str> {
    // Control characters are C0 (below 0x20), DEL and C1 (U+0080 to U+009F, written
    // 0xC2 0x80 to 0xC2 0x9F): text without those bytes needs no closer look.
    let suspect = |b: &u8| (*b < 0x20 && *b != b'\n') || *b == 0x7f || *b == 0xc2;
    if !s.as_bytes().iter().any(suspect) || !s.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() && c != '\n' {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Greedy word wrap by display width. A word wider than a whole line (as a run of
/// Chinese text is, having no spaces) starts on the current line and is split.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    // The line so far and its display width, kept as the line grows. Whole words are
    // measured as strings, as terminals and tables do (some letter pairs join).
    let new_line = || String::with_capacity(width + 16);
    let (mut line, mut used) = (new_line(), 0);
    for word in s.split_whitespace() {
        let word_width = display_width(word);
        let sep = usize::from(!line.is_empty());
        if used + sep + word_width <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            used += sep + word_width;
            continue;
        }
        if word_width <= width {
            lines.push(std::mem::replace(&mut line, new_line()));
            line.push_str(word);
            used = word_width;
            continue;
        }
        // Wider than a whole line: fill the current line, then split by character.
        if sep == 1 {
            line.push(' ');
            used += 1;
        }
        for ch in word.chars() {
            let w = ch.width().unwrap_or(0);
            if used + w > width {
                lines.push(std::mem::replace(&mut line, new_line()));
                used = 0;
            }
            line.push(ch);
            used += w;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The display width of `s`; printable ASCII, most of what is shown, is one column
/// a byte.
pub fn display_width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        s.len()
    } else {
        s.width()
    }
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

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(
            super::inert("Shop\x1b]0;owned\x07\x1b[2J"),
            "Shop\\u{1b}]0;owned\\u{7}\\u{1b}[2J"
        );
        assert_eq!(super::inert("two\nlines 临时"), "two\nlines 临时");
        assert!(matches!(
            super::inert("plain © ½"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(super::inert("c1\u{85}del\u{7f}"), "c1\\u{85}del\\u{7f}");
    }

    #[test]
    fn words_split_at_every_unicode_space() {
        for s in ["a\tb\nc  d\x0be\x0cf\rg", "a\u{a0}b c\u{3000}d"] {
            let by_word: Vec<String> = s.split_whitespace().map(str::to_string).collect();
            assert_eq!(wrap(s, 1), by_word, "{s:?}");
        }
    }

    #[test]
    fn wraps_words_and_splits_long_ones() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(wrap("abcdefg", 3), vec!["abc", "def", "g"]);
        assert_eq!(wrap("", 3), vec![""]);
    }

    #[test]
    fn a_long_run_of_chinese_fills_the_line_it_starts_on() {
        assert_eq!(
            wrap("阶段: 临时营销人员", 8),
            vec!["阶段: 临", "时营销人", "员"]
        );
        assert_eq!(
            super::wrap_indented("  aaaa bbbb cccc", 12),
            vec!["  aaaa bbbb", "  cccc"]
        );
    }

    #[test]
    fn ascii_width_agrees_with_unicode_width() {
        use unicode_width::UnicodeWidthStr;
        for s in ["plain text", "", "~!@#$%^&*()", "临时", "é", "tab\there"] {
            assert_eq!(super::display_width(s), s.width(), "{s:?}");
        }
    }

    #[test]
    fn wraps_double_width_text_by_columns() {
        assert_eq!(wrap("临时营销人员", 4), vec!["临时", "营销", "人员"]);
    }
}
