use super::{display_width, inert, inert_line, wrap, wrap_indented};

#[test]
fn control_characters_are_shown_not_obeyed() {
    assert_eq!(
        inert("Shop\x1b]0;owned\x07\x1b[2J"),
        "Shop\\u{1b}]0;owned\\u{7}\\u{1b}[2J"
    );
    assert_eq!(inert("two\nlines 临时"), "two\nlines 临时");
    assert!(matches!(inert("plain © ½"), std::borrow::Cow::Borrowed(_)));
    assert_eq!(inert("c1\u{85}del\u{7f}"), "c1\\u{85}del\\u{7f}");
    assert_eq!(inert("csi\u{9b}31m"), "csi\\u{9b}31m");
}

#[test]
fn bidirectional_controls_are_shown_not_obeyed() {
    for (c, shown) in [
        ('\u{202a}', "\\u{202a}"),
        ('\u{202e}', "\\u{202e}"),
        ('\u{2066}', "\\u{2066}"),
        ('\u{2069}', "\\u{2069}"),
        ('\u{200e}', "\\u{200e}"),
        ('\u{200f}', "\\u{200f}"),
        ('\u{61c}', "\\u{61c}"),
    ] {
        assert_eq!(inert(&format!("a{c}b")), format!("a{shown}b"));
    }
    // Arabic letters, Chinese and curly quotes are text, not controls.
    for text in ["المسوق الصاعد", "“临时营销人员”", "a – b…"] {
        assert!(
            matches!(inert(text), std::borrow::Cow::Borrowed(_)),
            "{text}"
        );
    }
}

#[test]
fn a_line_keeps_to_one_line() {
    assert_eq!(inert_line("a.yaml\nerror: b"), "a.yaml\\u{a}error: b");
    assert_eq!(inert_line("x\u{202e}y\r"), "x\\u{202e}y\\u{d}");
    assert_eq!(inert_line("plain"), "plain");
}

#[test]
fn lines_break_at_every_breaking_space_but_not_at_no_break_spaces() {
    let s = "a\tb\nc  d\x0be\x0cf\rg c\u{3000}d";
    let by_word: Vec<String> = s.split_whitespace().map(str::to_string).collect();
    assert_eq!(wrap(s, 1), by_word, "{s:?}");
    assert_eq!(wrap("x ab\u{a0}cd", 6), vec!["x", "ab\u{a0}cd"]);
    assert_eq!(wrap("x ab cd", 6), vec!["x ab", "cd"]);
}

#[test]
fn wraps_words_and_splits_long_ones() {
    assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
    assert_eq!(wrap("abcdefg", 3), vec!["abc", "def", "g"]);
    assert_eq!(wrap("", 3), vec![""]);
    assert_eq!(wrap("  spaced   out  ", 20), vec!["spaced out"]);
}

#[test]
fn a_long_run_of_chinese_fills_the_line_it_starts_on() {
    assert_eq!(
        wrap("阶段: 临时营销人员", 8),
        vec!["阶段: 临", "时营销人", "员"]
    );
    assert_eq!(
        wrap_indented("  aaaa bbbb cccc", 12),
        vec!["  aaaa bbbb", "  cccc"]
    );
}

#[test]
fn no_line_starts_with_closing_punctuation() {
    // Each of these would start the second line if lines broke anywhere.
    assert_eq!(wrap("营销人员。", 8), vec!["营销人", "员。"]);
    assert_eq!(wrap("营销，人员", 6), vec!["营销，", "人员"]);
    assert_eq!(wrap("分开的。”（第", 6), vec!["分开", "的。”", "（第"]);
    assert_eq!(wrap("（甲乙）丙", 6), vec!["（甲", "乙）丙"]);
    assert_eq!(wrap("word, next", 5), vec!["word,", "next"]);
    assert_eq!(wrap("word, next", 4), vec!["wor", "d,", "next"]);
    // Cut between characters, a closing mark stays with the character before it.
    assert_eq!(wrap("abc.def", 3), vec!["ab", "c.d", "ef"]);
}

#[test]
fn numbers_stay_with_their_words() {
    assert_eq!(
        wrap("you are at (Stage 3)", 16),
        vec!["you are at", "(Stage 3)"]
    );
    assert_eq!(wrap("您处于第 3 阶段", 12), vec!["您处于", "第 3 阶段"]);
    assert_eq!(
        wrap("要达到第 4 阶段还需", 10),
        vec!["要达到", "第 4 阶段", "还需"]
    );
    assert_eq!(
        wrap("sizi 3. aşamaya taşıyor", 12),
        vec!["sizi", "3. aşamaya", "taşıyor"]
    );
    assert_eq!(wrap("المرحلة 3 من 4", 10), vec!["المرحلة 3", "من 4"]);
}

#[test]
fn hyphenated_words_and_ids_stay_whole_unless_wider_than_a_line() {
    assert_eq!(
        wrap("question [automation.routine-tasks]", 30),
        vec!["question", "[automation.routine-tasks]"]
    );
    assert_eq!(
        wrap("[automation.routine-tasks]", 20),
        vec!["[automation.routine-", "tasks]"]
    );
    assert_eq!(wrap("well-known words", 12), vec!["well-known", "words"]);
    assert_eq!(wrap("well-known words", 8), vec!["well-", "known", "words"]);
}

#[test]
fn colour_is_carried_to_the_next_line_and_takes_no_columns() {
    let red = |s: &str| format!("\x1b[31m{s}\x1b[0m");
    assert_eq!(
        wrap(&red("aaaa bbbb cccc"), 9),
        vec!["\x1b[31maaaa bbbb\x1b[0m", "\x1b[31mcccc\x1b[0m"]
    );
    assert_eq!(
        wrap(&format!("{} ok", red("no")), 5),
        vec![format!("{} ok", red("no"))]
    );
    assert_eq!(display_width(&red("临时")), 4);
}

#[test]
fn each_character_takes_its_own_columns() {
    use unicode_width::UnicodeWidthStr;
    for s in ["plain text", "", "~!@#$%^&*()", "临时", "é", "e\u{301}"] {
        assert_eq!(display_width(s), s.width(), "{s:?}");
    }
    // Lam-alef: two letters, two cells, though drawn as one ligature.
    assert_eq!(display_width("\u{644}\u{627}"), 2);
    assert_eq!(display_width("بالأسئلة"), 8);
    assert_eq!(display_width("\x1b]0;title\x07ab"), 2);
}

#[test]
fn wraps_double_width_text_by_columns() {
    assert_eq!(wrap("临时营销人员", 4), vec!["临时", "营销", "人员"]);
    for line in wrap("لا لا لا لا لا لا", 5) {
        assert!(display_width(&line) <= 5, "{line:?}");
    }
}
