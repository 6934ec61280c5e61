//! The terminal report's lines, for every example in every language at 40, 80 and
//! 120 columns, with and without colour: none wider than the width, none starting
//! with closing punctuation, no number parted from its word.

mod common;

use std::path::Path;

use common::{examples, maturity, stdout_of};
use unicode_width::UnicodeWidthChar;

const WIDTHS: [usize; 3] = [40, 80, 120];

/// `s` without its colour codes (`ESC [ ... m` and the other control sequences).
fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.next() == Some('[') {
            chars.by_ref().find(|c| ('\x40'..='\x7e').contains(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Columns a line takes in a terminal: one cell per character, two for wide ones.
fn columns(line: &str) -> usize {
    line.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Marks that close what comes before them, in the four languages.
const CLOSING: &[char] = &[
    '。', '，', '、', '；', '：', '？', '！', '）', '」', '』', '】', '》', '〉', '”', '’', '.',
    ',', ';', ':', '?', '!', ')', ']', '}', '»', '،', '؛', '؟',
];

/// Words that a number follows: "Stage 3", "第 3", "من 4", "Aşama 3/4".
const BEFORE_NUMBERS: &[&str] = &[
    "Stage",
    "level",
    " of",
    "共",
    "المرحلة",
    "المستوى",
    " من",
    "Aşama",
];

/// Words that follow a number: "第 3 阶段", "31 个", "3. aşama", "3. düzey".
const AFTER_NUMBERS: &[&str] = &["阶段", "个", "aşama", "düzey"];

/// Every fault of `text`'s lines: too wide, starting with a closing mark, or a number
/// parted from its word ("(Stage" / "3)", "第 3" / "阶段").
fn faults(text: &str, width: usize) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let start = line.trim_start();
        let says = |what: &str| format!("line {}, {what}: {line:?}", i + 1);
        if columns(line) > width {
            found.push(says(&format!("{} columns", columns(line))));
        }
        if start.starts_with(CLOSING) {
            found.push(says("starts with closing punctuation"));
        }
        let end = line.trim_end();
        let next = lines.get(i + 1).map_or("", |l| l.trim_start());
        // The next line starts with a number that is not a numbered item's.
        let digits = next.trim_start_matches(|c: char| c.is_ascii_digit());
        let number_starts = digits.len() < next.len() && !digits.starts_with(". ");
        let before_number = BEFORE_NUMBERS.iter().any(|w| end.ends_with(w));
        if end.ends_with('第') || (number_starts && before_number) {
            found.push(says("parts a number from the word before it"));
        }
        let number_ends = end
            .trim_end_matches('.')
            .ends_with(|c: char| c.is_ascii_digit());
        if number_ends && AFTER_NUMBERS.iter().any(|w| next.starts_with(w)) {
            found.push(says("parts a number from the word after it"));
        }
    }
    found
}

/// The report of `file` in `lang` at `width` columns, with colour or without.
fn report(file: &Path, lang: &str, width: usize, extra: &[&str]) -> String {
    stdout_of(
        maturity()
            .env("COLUMNS", width.to_string())
            .args(["score", "--lang", lang])
            .arg(file)
            .args(extra),
    )
}

/// Every example's report in `lang`, shown and with `--all`, at every width: the
/// faults found, and that colour changes nothing but the colour.
fn check_language(lang: &str) {
    let mut found = Vec::new();
    for file in examples() {
        for width in WIDTHS {
            for all in [&[][..], &["--all"][..]] {
                let text = report(&file, lang, width, all);
                let name = format!("{} --lang {lang} {all:?} at {width}", file.display());
                found.extend(
                    faults(&text, width)
                        .into_iter()
                        .map(|f| format!("{name}: {f}")),
                );
                let coloured = report(&file, lang, width, &[all, &["--color", "always"]].concat());
                assert!(coloured.contains("\x1b["), "{name}: no colour");
                assert_eq!(plain(&coloured), text, "{name}: colour changes the layout");
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} faults:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn english_reports_fit_every_width_and_keep_numbers_with_their_words() {
    check_language("en");
}

#[test]
fn chinese_reports_fit_every_width_and_no_line_starts_with_closing_punctuation() {
    check_language("zh");
}

#[test]
fn arabic_reports_fit_every_width_counting_lam_alef_as_two_columns() {
    check_language("ar");
}

#[test]
fn turkish_reports_fit_every_width_and_keep_numbers_with_their_words() {
    check_language("tr");
}

#[test]
fn piped_output_follows_columns_else_eighty() {
    let file = &examples()[0];
    let widest = |text: &str| text.lines().map(columns).max().unwrap_or(0);
    let unset = stdout_of(
        maturity()
            .args(["score", "--all", "--lang", "zh"])
            .arg(file),
    );
    assert!((75..=80).contains(&widest(&unset)), "{}", widest(&unset));
    let wide = report(file, "zh", 120, &["--all"]);
    assert!((110..=120).contains(&widest(&wide)), "{}", widest(&wide));
}

/// The header (retailer, date, bank) is wrapped like every other line.
#[test]
fn the_header_line_wraps() {
    let file = Path::new("questions/examples/stage-3-homeware-store.yaml");
    for lang in ["en", "zh", "ar", "tr"] {
        let text = report(file, lang, 40, &[]);
        let header: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.contains("Cedar"))
            .take_while(|l| !l.is_empty())
            .collect();
        assert!(header.len() > 1, "{lang}: {header:?}");
        assert!(
            header.iter().all(|l| columns(l) <= 40),
            "{lang}: {header:?}"
        );
        assert!(
            header[header.len() - 1].ends_with("2.0.0"),
            "{lang}: {header:?}"
        );
    }
}

/// The other commands' text output keeps the same rules.
#[test]
fn explain_plan_compare_and_questions_fit_the_width_too() {
    let files = examples();
    let (old, new) = (files[0].to_str().unwrap(), files[12].to_str().unwrap());
    let runs: [&[&str]; 4] = [
        &["explain", new],
        &["plan", old],
        &["compare", old, new],
        &["questions"],
    ];
    let mut found = Vec::new();
    for lang in ["en", "zh", "ar", "tr"] {
        for width in WIDTHS {
            for args in runs {
                let cmd = maturity()
                    .env("COLUMNS", width.to_string())
                    .args(["--lang", lang])
                    .args(args)
                    .output()
                    .unwrap();
                let text = String::from_utf8(cmd.stdout).unwrap();
                let name = format!("{args:?} --lang {lang} at {width}");
                found.extend(
                    faults(&text, width)
                        .into_iter()
                        .map(|f| format!("{name}: {f}")),
                );
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} faults:\n{}",
        found.len(),
        found.join("\n")
    );
}
