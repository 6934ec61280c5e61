//! Plain-text layout for terminals: wrapping by display width, so double-width
//! (CJK) text lines up as well as Latin text.

use unicode_width::UnicodeWidthStr;

/// Greedy word wrap by display width; words wider than a line are split.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let sep = usize::from(!line.is_empty());
        if !line.is_empty() && line.width() + sep + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        for ch in word.chars() {
            if line.width() + unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(ch);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_words_and_splits_long_ones() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(wrap("abcdefg", 3), vec!["abc", "def", "g"]);
        assert_eq!(wrap("", 3), vec![""]);
    }

    #[test]
    fn wraps_double_width_text_by_columns() {
        assert_eq!(wrap("临时营销人员", 4), vec!["临时", "营销", "人员"]);
    }
}
