//! A catalogue of bad input, each case run against the real binary: exit code 2, a
//! message that names the file (and the line and column where there is one) and says
//! what is allowed, and never a panic. Hostile files are refused quickly; the time
//! they take is measured by the benchmark, here only a hang is caught.

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

const HEAD: &str = "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\n";

/// One case: what to run, and what stderr must contain.
struct Case {
    name: &'static str,
    /// The command line after `maturity`; `{F}` stands for the written file.
    args: &'static [&'static str],
    /// The file's bytes, written to a temporary path; `None` runs without one.
    file: Option<Vec<u8>>,
    /// Substrings stderr must contain; `{F}` stands for the file's path.
    says: &'static [&'static str],
    /// Whether the message must carry `:line:column:`.
    placed: bool,
}

fn answers(body: &str) -> Option<Vec<u8>> {
    Some(format!("{HEAD}{body}").into_bytes())
}

fn small_bank(edit: impl Fn(String) -> String) -> Option<Vec<u8>> {
    let src = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    let edited = edit(src.clone());
    assert_ne!(src, edited, "the edit changed nothing");
    Some(edited.into_bytes())
}

fn alias_bomb() -> Vec<u8> {
    let mut s = format!("{HEAD}answers:\n  goals.goal-setting: &a0 [lol]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        s.push_str(&format!("  q{i}: &a{i} [{refs}]\n"));
    }
    s.into_bytes()
}

fn quadratic_aliases() -> Vec<u8> {
    let items = vec!["central"; 4000].join(", ");
    let refs = vec!["*a"; 4000].join(", ");
    format!("{HEAD}answers:\n  tools.stack: &a [{items}]\n  goals.goal-setting: [{refs}]\n")
        .into_bytes()
}

fn cases() -> Vec<Case> {
    let score: &[&str] = &["score", "{F}"];
    let validate: &[&str] = &["validate", "{F}"];
    vec![
        Case { name: "empty file", args: score, file: Some(vec![]), says: &["missing field `bank`"], placed: true },
        Case { name: "whitespace only", args: score, file: Some(b"   \n   \n".to_vec()), says: &["missing field `bank`"], placed: true },
        Case { name: "not YAML", args: score, file: Some(b"{{{{ :: ]]\n".to_vec()), says: &["{F}:1:"], placed: true },
        Case { name: "invalid UTF-8", args: score, file: Some(b"bank: \xff\xfe\n".to_vec()), says: &["not UTF-8 text", "save it as UTF-8"], placed: false },
        Case { name: "binary bytes", args: score, file: Some(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00".to_vec()), says: &["not UTF-8 text"], placed: false },
        Case { name: "alias bomb", args: score, file: Some(alias_bomb()), says: &["{F}:"], placed: true },
        Case { name: "quadratic aliases", args: score, file: Some(quadratic_aliases()), says: &["answers.goals.goal-setting[0]: invalid type: sequence, expected a string"], placed: true },
        Case { name: "10,000-deep nesting", args: score, file: answers(&format!("answers:\n  tools.stack: {}{}\n", "[".repeat(10_000), "]".repeat(10_000))), says: &["nested more than 64 levels deep"], placed: true },
        Case { name: "an apostrophe before 100,000 brackets", args: score, file: answers(&format!("retailer: don't\nanswers:\n  tools.stack: {}{}\n", "[".repeat(100_000), "]".repeat(100_000))), says: &["{F}:5:80: nested more than 64 levels deep"], placed: true },
        Case { name: "100,000 brackets whose closing ones hide in quotes", args: score, file: answers(&format!("answers:\n  tools.stack: {}{}\n", "[\"]\", ".repeat(100_000), "]".repeat(100_000))), says: &["nested more than 64 levels deep"], placed: true },
        Case { name: "over the size limit", args: score, file: Some(vec![b'#'; 16 * 1024 * 1024 + 10]), says: &["larger than 16 MiB"], placed: false },
        Case { name: "duplicate keys", args: score, file: answers("answers:\n  tools.stack: basic\n  tools.stack: central\n"), says: &["{F}:5:3: question `tools.stack` is answered twice; keep one answer"], placed: true },
        Case { name: "unknown question id", args: score, file: answers("answers:\n  tools.stak: basic\n"), says: &["{F}:4:3: question `tools.stak` is not in bank", "did you mean `tools.stack`?"], placed: true },
        Case { name: "unknown option id", args: score, file: answers("answers:\n  tools.stack: cheap\n"), says: &["{F}:4:16: question `tools.stack` has no option `cheap`; choose one of `store-only`, `basic`, `central`, `connected`, or `unsure`"], placed: true },
        Case { name: "a list for a single-choice question", args: score, file: answers("answers:\n  tools.stack: [basic]\n"), says: &["takes one option, not a list; choose one of"], placed: true },
        Case { name: "a number where an id is expected", args: score, file: answers("answers:\n  tools.stack: 3\n"), says: &["expected an option id"], placed: true },
        Case { name: "a bank id that does not match", args: score, file: Some(b"bank: another-bank\nbank-version: \"2.0.0\"\nanswers: {}\n".to_vec()), says: &["{F}:1:7: these answers were made for bank `another-bank`", "pass the bank they were made for with --bank PATH"], placed: true },
        Case { name: "no bank version", args: score, file: Some(b"bank: ecommerce-marketing-maturity\nanswers: {}\n".to_vec()), says: &["missing field `bank-version`"], placed: true },
        Case { name: "an unknown field", args: score, file: answers("answers: {}\nscore: 4\n"), says: &["unknown field `score`, expected one of `bank`, `bank-version`, `retailer`, `date`, `answers`"], placed: true },
        Case { name: "an empty list", args: score, file: answers("answers:\n  email.triggered-flows: []\n"), says: &["has an empty list; choose one or more of"], placed: true },
        Case { name: "unsure inside a list", args: score, file: answers("answers:\n  email.triggered-flows: [welcome, unsure]\n"), says: &["`unsure` stands alone"], placed: true },
        Case { name: "an option chosen twice", args: score, file: answers("answers:\n  email.triggered-flows: [welcome, welcome]\n"), says: &["option `welcome` is chosen twice"], placed: true },
        Case { name: "answers that are a list", args: score, file: answers("answers: [a, b]\n"), says: &["expected a mapping from question id to answer"], placed: true },
        Case { name: "a misspelt note field", args: score, file: answers("answers:\n  tools.stack:\n    choice: basic\n    notes: x\n"), says: &["unknown field `notes`, expected one of `choice`, `note`, `evidence`"], placed: true },
        Case { name: "a bank with a duplicate id", args: validate, file: small_bank(|s| s.replacen("  - id: care.loyalty\n", "  - id: reach.email\n", 1)), says: &["question id `reach.email` is used more than once"], placed: true },
        Case { name: "a bank with a dangling reference", args: validate, file: small_bank(|s| s.replacen("next-steps: [start-list, grow-list]", "next-steps: [start-list, grow-lists]", 1)), says: &["refers to next step `grow-lists`, which does not exist"], placed: true },
        Case { name: "a bank with a stage nobody can reach", args: validate, file: small_bank(|s| s.replacen("level: {dimension: care, at-least: 3}", "level: {dimension: care, at-least: 3}\n        - answer: {question: care.service, at-least: 4}", 1)), says: &["stage 4 is out of range"], placed: true },
        Case { name: "a bank whose gate can never pass", args: validate, file: small_bank(|s| s.replacen("{id: live, label: {en: Live chat at key moments}, stage: 3}", "{id: live, label: {en: Live chat at key moments}, stage: 2}", 1)), says: &["gate `third-all` can never pass", "stage 3 can never be reached"], placed: true },
        Case { name: "a bank whose skip condition loops", args: validate, file: small_bank(|s| s.replacen("answer: {question: reach.email, at-least: 2}\n    text: {en: Do you run", "answer: {question: care.loyalty, at-least: 2}\n    text: {en: Do you run", 1)), says: &["ask-if refers to the question itself, a loop"], placed: true },
        Case { name: "a bank that is not YAML", args: validate, file: Some(b"bank:\n  id: [x\n".to_vec()), says: &["{F}:"], placed: true },
        Case { name: "an answers file that is a directory", args: &["explain", "questions"], file: None, says: &["cannot read the answers file questions"], placed: false },
        Case { name: "a path that does not exist", args: &["score", "no/such/answers.yaml"], file: None, says: &["cannot read the answers file no/such/answers.yaml"], placed: false },
        Case { name: "an unknown language", args: &["score", "questions/examples/stage-2-candle-studio.yaml", "--lang", "fr"], file: None, says: &["--lang fr: no such language; supported: en, zh, ar, tr"], placed: false },
        Case { name: "a bad line in a JSON Lines batch", args: &["score", "--jsonl", "{F}"], file: Some(b"{\"bank\": \"ecommerce-marketing-maturity\", \"bank-version\": \"2.0.0\", \"answers\": {}}\n{oops\n".to_vec()), says: &["{F}:2:2:", "One record could not be scored"], placed: true },
    ]
}

fn run(case: &Case, dir: &Path) -> (Option<i32>, String, String) {
    let path: PathBuf = dir.join(format!("{}.yaml", case.name.replace([' ', ','], "-")));
    if let Some(bytes) = &case.file {
        std::fs::write(&path, bytes).unwrap();
    }
    let args: Vec<String> = case
        .args
        .iter()
        .map(|a| a.replace("{F}", &path.display().to_string()))
        .collect();
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(&args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    (
        out.status.code(),
        path.display().to_string(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_bad_input_is_refused_with_a_clear_message_and_exit_code_2() {
    let cases = cases();
    assert!(cases.len() >= 25, "{} cases", cases.len());
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let (code, path, err) = run(case, dir.path());
        let named = if case.file.is_some() {
            err.contains(&path)
        } else {
            true
        };
        let placed = !case.placed
            || err.contains(&format!("{path}:"))
                && err.split(&format!("{path}:")).nth(1).is_some_and(|rest| {
                    let mut parts = rest.splitn(3, ':');
                    parts.next().is_some_and(|l| l.parse::<usize>().is_ok())
                        && parts.next().is_some_and(|c| c.parse::<usize>().is_ok())
                });
        let says = case
            .says
            .iter()
            .all(|s| err.contains(&s.replace("{F}", &path)));
        if code != Some(2) || !named || !placed || !says || err.contains("panicked") {
            failures.push(format!(
                "{}: exit {code:?}, named {named}, placed {placed}, says {says}\n{err}",
                case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n---\n"));
}

#[test]
fn an_unreadable_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.yaml");
    std::fs::write(&path, "bank: x\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // The superuser reads any file; the permission cannot be tested as root.
        eprintln!("running as a user who can read a file without permission: case skipped");
        return;
    }
    Command::cargo_bin("maturity")
        .unwrap()
        .arg("score")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(
            predicates::str::contains("cannot read the answers file")
                .and(predicates::str::contains("Permission denied")),
        );
}

#[test]
fn escape_sequences_in_a_file_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.yaml");
    let body = "retailer: \"Evil\\e]0;owned\\a\\e[2J\\e[31mRed\"\nanswers:\n  tools.stack:\n    choice: basic\n    note: \"\\e[8mhidden\"\n";
    std::fs::write(&path, format!("{HEAD}{body}")).unwrap();
    for args in [&["score", "--all"][..], &["explain"], &["plan"]] {
        let out = Command::cargo_bin("maturity")
            .unwrap()
            .args(args)
            .arg(&path)
            .args(["--color", "never"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            !text.contains('\x1b') && !text.contains('\x07'),
            "{args:?} let a control character through"
        );
        if args[0] == "score" {
            assert!(
                text.contains("Evil\\u{1b}]0;owned\\u{7}\\u{1b}[2J\\u{1b}[31mRed"),
                "{text}"
            );
        }
    }
    let bad = dir.path().join("bad.yaml");
    std::fs::write(
        &bad,
        format!("{HEAD}answers:\n  \"tools.stack\\e[2J\": basic\n"),
    )
    .unwrap();
    let out = Command::cargo_bin("maturity")
        .unwrap()
        .arg("score")
        .arg(&bad)
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        !err.contains('\x1b') && err.contains("tools.stack\\u{1b}[2J"),
        "{err}"
    );
}
