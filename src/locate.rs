//! Finds where an id stands in a YAML or JSON source, for messages about problems
//! found after parsing (a missing reference, a duplicate id), which serde cannot place.

/// The 1-based line and column of the last of `needles`, each searched as a whole
/// token after the previous one. `None` when any is not found.
pub fn locate(src: &str, needles: &[&str]) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut found = None;
    for needle in needles {
        let at = find_token(src, needle, from)?;
        found = Some(at);
        from = at + needle.len();
    }
    found.map(|at| line_col(src, at))
}

fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.')
}

fn find_token(src: &str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut start = from;
    while let Some(rel) = src.get(start..)?.find(needle) {
        let at = start + rel;
        let before_ok = src[..at].chars().next_back().is_none_or(|c| !is_id_char(c));
        let after = &src[at + needle.len()..];
        // A trailing dot ends a sentence, not an id.
        let after_ok = after
            .chars()
            .next()
            .is_none_or(|c| !is_id_char(c) || (c == '.' && !after[1..].starts_with(is_id_char)));
        if before_ok && after_ok {
            return Some(at);
        }
        start = at + needle.len();
    }
    None
}

fn line_col(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, src[line_start..at].chars().count() + 1)
}

/// Where the `nth` (0-based) entry declaring `id: <id>` starts.
pub fn definition(src: &str, id: &str, nth: usize) -> Option<(usize, usize)> {
    let mut offset = 0;
    let mut seen = 0;
    for line in src.split_inclusive('\n') {
        let trimmed = line.trim_start_matches([' ', '-']);
        if let Some(rest) = trimmed.strip_prefix("id:") {
            let value = rest.trim().trim_matches(['"', '\'']);
            if value == id {
                if seen == nth {
                    let col = line.len() - trimmed.len();
                    return Some(line_col(src, offset + col));
                }
                seen += 1;
            }
        }
        offset += line.len();
    }
    None
}

/// Where `needle` first stands inside the entry declaring `id: <owner>`.
pub fn within(src: &str, owner: &str, needle: &str) -> Option<(usize, usize)> {
    let (line, _) = definition(src, owner, 0)?;
    let start: usize = src.split_inclusive('\n').take(line - 1).map(str::len).sum();
    let at = find_token(src, needle, start)?;
    Some(line_col(src, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_tokens_only_in_order() {
        let src = "a: email.flow\nid: email\nx:\n  dimension: email\n";
        assert_eq!(locate(src, &["email"]), Some((2, 5)));
        assert_eq!(locate(src, &["x", "email"]), Some((4, 14)));
        assert_eq!(locate(src, &["missing"]), None);
    }

    #[test]
    fn counts_columns_in_characters() {
        assert_eq!(locate("名前: \"q1\"", &["q1"]), Some((1, 6)));
    }

    #[test]
    fn finds_definitions_and_what_is_inside_them() {
        let src = "questions:\n  - id: q1\n    dimension: d\n  - id: q2\n    dimension: d\n";
        assert_eq!(definition(src, "q2", 0), Some((4, 5)));
        assert_eq!(within(src, "q2", "d"), Some((5, 16)));
        assert_eq!(definition(src, "q3", 0), None);
    }
}
