//! Problems found after parsing are placed at the very entry they are about: the
//! duplicate itself, the reference that leads nowhere, the option or answer at fault,
//! in block style and flow style alike, in banks and answers files, whatever other
//! entry happens to carry the same id.

mod common;

use common::{maturity, temp_file};

const HEAD: &str = "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\n";

/// The 1-based line and column (in characters) of the `nth` (0-based) `needle` found
/// after `after` in `src`, plus `skip` characters into it.
fn place(src: &str, after: &str, needle: &str, nth: usize, skip: usize) -> (usize, usize) {
    let mut from = src.find(after).unwrap_or_else(|| panic!("no `{after}`"));
    let mut at = from;
    for _ in 0..=nth {
        at = from
            + src[from..]
                .find(needle)
                .unwrap_or_else(|| panic!("no `{needle}`"));
        from = at + needle.len();
    }
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, src[line_start..at].chars().count() + 1 + skip)
}

/// Runs `maturity ARGS FILE` on `src` written to a file; the file's path and stderr.
fn run(args: &[&str], src: &str) -> (String, String) {
    let f = temp_file(src);
    let out = maturity().args(args).arg(f.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{src}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    (f.path().display().to_string(), err)
}

/// Stderr says `message` at `at` in `file`, and nowhere else.
fn assert_placed(err: &str, file: &str, at: (usize, usize), message: &str) {
    let (line, col) = at;
    let expected = format!("  {file}:{line}:{col}: {message}");
    assert!(err.contains(&expected), "missing:\n{expected}\nin:\n{err}");
    assert_eq!(err.matches(message).count(), 1, "{err}");
}

fn small_bank(edits: &[(&str, &str)]) -> String {
    let mut src = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    for (from, to) in edits {
        assert_eq!(src.matches(from).count(), 1, "the fixture has one `{from}`");
        src = src.replacen(from, to, 1);
    }
    src
}

#[test]
fn a_duplicated_option_is_reported_at_its_question_not_at_another_with_the_same_id() {
    let shipped = std::fs::read_to_string("questions/bank.yaml").unwrap();
    let question = "  - id: testing.market-watch\n";
    let start = shipped.find(question).unwrap();
    let no = start + shipped[start..].find("      - id: \"no\"\n").unwrap();
    let src = format!(
        "{}      - id: \"yes\"\n{}",
        &shipped[..no],
        &shipped[no + "      - id: \"no\"\n".len()..]
    );
    let (file, err) = run(&["validate"], &src);
    let at = place(&src, question, "- id: \"yes\"", 1, 2);
    assert_placed(&err, &file, at, "option id `yes` is used more than once");
    // The old search found the first `id: yes` of another question, far above.
    let first_yes = place(&src, "questions:", "id: \"yes\"", 0, 0);
    assert!(first_yes.0 + 100 < at.0, "{first_yes:?} {at:?}");
}

#[test]
fn a_duplicated_option_in_flow_style_is_placed_at_its_id() {
    let src = small_bank(&[(
        "{id: some, label: {en: At checkout}",
        "{id: none, label: {en: At checkout}",
    )]);
    let (file, err) = run(&["validate"], &src);
    let at = place(&src, "", "{id: none, label: {en: At checkout}", 0, 1);
    assert_placed(&err, &file, at, "option id `none` is used more than once");
}

#[test]
fn a_gate_written_in_flow_style_has_each_problem_placed() {
    let gate = "  - {id: flow-gate, stage: 2, kind: transition, title: {en: Flow}, when: {all: [{answer: {question: reach.email, at-least: 2}}, {answer: {question: reach.gone, at-least: 2}}, {answer: {question: care.service, at-least: 9}}]}, gap: {en: Gap}, next-steps: [start-list, no-such-step], source: \"000 §Stage 2\"}\n";
    let src = small_bank(&[("conflicts:\n", &format!("{gate}conflicts:\n"))]);
    let (file, err) = run(&["validate"], &src);
    let at = place(&src, "flow-gate", "reach.gone", 0, 0);
    assert_placed(
        &err,
        &file,
        at,
        "gate `flow-gate` refers to question `reach.gone`, which does not exist",
    );
    let at = place(&src, "flow-gate", "at-least: 9", 0, 10);
    assert_placed(
        &err,
        &file,
        at,
        "`flow-gate` care.service: stage 9 is out of range; allowed here: 1 to 3",
    );
    let at = place(&src, "flow-gate", "no-such-step", 0, 0);
    assert_placed(
        &err,
        &file,
        at,
        "`flow-gate` refers to next step `no-such-step`, which does not exist",
    );
}

#[test]
fn references_in_block_style_are_placed_at_the_reference() {
    // (edit, what follows the place in the edited text, after which text, message)
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "dimension: care\n    kind: yes-no",
            "dimension: cure\n    kind: yes-no",
            "cure",
            "questions:",
            "`care.loyalty` refers to dimension `cure`, which does not exist",
        ),
        (
            "advice: [keep-going]",
            "advice: [keep-goin]",
            "keep-goin",
            "stages:",
            "`third` refers to next step `keep-goin`, which does not exist",
        ),
        (
            "description: {en: How shoppers find the store.}\n",
            "description: {en: How shoppers find the store.}\n    builds-on: [nowhere]\n",
            "nowhere",
            "dimensions:",
            "`reach` refers to dimension `nowhere`, which does not exist",
        ),
        (
            "ask-if:\n      answer: {question: reach.email, at-least: 2}",
            "ask-if:\n      answer: {question: reach.gone, at-least: 2}",
            "reach.gone",
            "ask-if:",
            "question `care.loyalty`: ask-if refers to question `reach.gone`, which does not exist",
        ),
        (
            "      - {question: care.loyalty, at-least: 3}\n",
            "      - {question: care.gone, at-least: 3}\n",
            "care.gone",
            "conflicts:",
            "gate `loyalty-without-list` refers to question `care.gone`, which does not exist",
        ),
        (
            "first: [start-list]",
            "first: [start-gone]",
            "start-gone",
            "situations:",
            "`social-without-list` refers to next step `start-gone`, which does not exist",
        ),
        (
            "builds-to: 3\n    goal: profit",
            "builds-to: 7\n    goal: profit",
            "7\n    goal: profit",
            "keep-going",
            "`keep-going` builds-to: stage 7 is out of range; allowed here: 2 to 3",
        ),
        (
            "keep no way to reach them again.}",
            "keep no way to reach them again., fr: Vous}",
            "fr: Vous",
            "situations:",
            "`social-without-list` text: language `fr` is not in bank.languages (en)",
        ),
        (
            "              - answer: {question: reach.channels, at-least: 3}",
            "              - answer: {question: reach.email, at-least: 3}",
            "reach.email, at-least: 3}",
            "third-all",
            "mark gate `third-all` reads `reach.email`, which decides a transition",
        ),
    ];
    for (from, to, needle, after, message) in cases {
        let src = small_bank(&[(from, to)]);
        let (file, err) = run(&["validate"], &src);
        let at = place(&src, after, needle, 0, 0);
        assert_placed(&err, &file, at, message);
    }
}

#[test]
fn a_whole_entry_problem_is_placed_at_the_entry() {
    let spare = "  - id: spare\n    name: {en: Spare}\n    description: {en: Unused.}\n    source: \"000 §Stage 2\"\n";
    let src = small_bank(&[("questions:\n", &format!("{spare}questions:\n"))]);
    let (file, err) = run(&["validate"], &src);
    let at = place(&src, "", "id: spare", 0, 0);
    assert_placed(&err, &file, at, "dimension `spare` has no questions");
}

#[test]
fn answers_problems_are_placed_at_the_answer_or_option_at_fault() {
    // (the answers, the place after `answers:`, message)
    let cases: &[(&str, &str, usize, &str)] = &[
        (
            "answers:\n  email.triggered-flows: [welcome, welcome]\n",
            "welcome",
            1,
            "question `email.triggered-flows`: option `welcome` is chosen twice",
        ),
        (
            "answers:\n  email.triggered-flows: [welcome, nope]\n",
            "nope",
            0,
            "question `email.triggered-flows` has no option `nope`",
        ),
        (
            "answers:\n  tools.stack:\n    note: the cheap plan\n    choice: cheap\n",
            "cheap",
            1,
            "question `tools.stack` has no option `cheap`",
        ),
        (
            "answers: {tools.stack: basic, tools.stak: basic}\n",
            "tools.stak:",
            0,
            "question `tools.stak` is not in bank",
        ),
        (
            "answers: {tools.stack: basic, tools.stack: central}\n",
            "tools.stack",
            1,
            "question `tools.stack` is answered twice",
        ),
        (
            "answers:\n  tools.stack: basic\n  goals.goal-setting: {choice: [basic]}\n",
            "goals.goal-setting",
            0,
            "question `goals.goal-setting` takes one option, not a list",
        ),
    ];
    for (body, needle, nth, message) in cases {
        let src = format!("{HEAD}{body}");
        let (file, err) = run(&["score"], &src);
        let at = place(&src, "answers:", needle, *nth, 0);
        assert_placed(&err, &file, at, message);
    }
}

#[test]
fn a_json_answers_file_has_its_problems_placed() {
    let src = "{\"bank\": \"ecommerce-marketing-maturity\", \"bank-version\": \"2.0.0\",\n \"answers\": {\"tools.stack\": \"basic\", \"email.triggered-flows\": [\"welcome\", \"nope\"]}}\n";
    let (file, err) = run(&["score"], src);
    let at = place(src, "", "\"nope\"", 0, 0);
    assert_placed(
        &err,
        &file,
        at,
        "question `email.triggered-flows` has no option `nope`",
    );
}

/// Many problems in one file: those listed are each placed at their own answer, and
/// the rest are counted. (How fast this is belongs to a benchmark; here only a hang
/// would fail.)
#[test]
fn twenty_thousand_unknown_questions_are_placed_on_their_line_or_counted() {
    let n = 20_000;
    let mut src = format!("{HEAD}answers:\n");
    for i in 0..n {
        src.push_str(&format!("  unknown.q{i}: x\n"));
    }
    let (file, err) = run(&["score"], &src);
    let placed: Vec<&str> = err.lines().filter(|l| l.contains(": question `")).collect();
    assert_eq!(placed.len(), 20, "{err}");
    for (i, line) in placed.iter().enumerate() {
        let expected = format!(
            "  {file}:{}:3: question `unknown.q{i}` is not in bank",
            i + 4
        );
        assert!(line.starts_with(&expected), "{line}\nexpected {expected}");
    }
    assert!(err.contains(&format!("({n} problems)")), "{err}");
    assert!(err.contains("… and 19980 more"), "{err}");
}
