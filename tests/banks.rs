//! Question banks through the real binary: `maturity questions` lists the bank,
//! `maturity validate` accepts the shipped bank and reports every problem of a broken
//! one with `file:line:column`, and `--bank` replaces the built-in bank.

mod common;

use common::{maturity, temp_file};
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn questions_lists_the_whole_bank() {
    let out = maturity()
        .args(["questions", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let qs = json["questions"].as_array().unwrap();
    assert!(qs.len() >= 30);
    assert!(json["dimensions"].as_array().unwrap().len() >= 10);
    let table = maturity()
        .arg("questions")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(table).unwrap();
    for q in qs {
        assert!(table.contains(q["id"].as_str().unwrap()));
    }
}

#[test]
fn validate_accepts_the_shipped_bank() {
    maturity()
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ok: "));
    maturity()
        .args(["validate", "questions/bank.yaml"])
        .assert()
        .success();
}

#[test]
fn validate_reports_every_problem_of_a_broken_bank_with_its_place() {
    let out = maturity()
        .args(["validate", "tests/fixtures/broken-bank.yaml"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    let f = "tests/fixtures/broken-bank.yaml";
    for expected in [
        format!("{f}:50:16: `reach.channels` refers to dimension `raech`, which does not exist; known dimensions: `reach`, `care`"),
        format!("{f}:61:5: question id `reach.email` is used more than once"),
        format!("{f}:83:18: `care.service` refers to next step `answer-faster`, which does not exist"),
        format!("{f}:90:26: gate `second-list` refers to question `reach.mail`, which does not exist"),
        format!("{f}:103:5: gate `third-all` can never pass"),
    ] {
        assert!(err.contains(&expected), "missing:\n{expected}\nin:\n{err}");
    }
}

#[test]
fn a_bank_with_broken_yaml_names_line_and_column() {
    let f = temp_file("bank:\n  id: x\n  version: [1\n");
    maturity()
        .args(["validate"])
        .arg(f.path())
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"\.yaml:\d+:\d+: ").unwrap());
    maturity()
        .arg("--bank")
        .arg(f.path())
        .args(["score", "questions/examples/none.yaml"])
        .assert()
        .code(2);
}

#[test]
fn another_bank_can_replace_the_embedded_one() {
    let answers = temp_file(
        "bank: small-test-bank\nbank-version: \"0.1.0\"\nanswers:\n  reach.email: none\n",
    );
    maturity()
        .args(["--bank", "tests/fixtures/small-bank.yaml", "score"])
        .arg(answers.path())
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Stage 1 of 3: First"));
}

#[test]
fn a_bank_option_without_a_stage_is_named_with_its_place() {
    let small = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    let broken = small.replacen(
        "{id: some, label: {en: At checkout}, stage: 2, ",
        "{id: some, label: {en: At checkout}, ",
        1,
    );
    assert_ne!(small, broken);
    assert_bank_rejected(
        &broken,
        r"questions\[0\]\.options\[1\]: missing field `stage`",
    );
}

#[test]
fn validate_rejects_skip_conditions_that_look_forward_or_at_themselves() {
    let small = std::fs::read_to_string("tests/fixtures/small-bank.yaml").unwrap();
    let forward = small.replacen(
        "    kind: single\n    text: {en: Do you collect email addresses?}",
        "    kind: single\n    ask-if:\n      answer: {question: care.service, at-least: 2}\n    text: {en: Do you collect email addresses?}",
        1,
    );
    let itself = small.replacen(
        "answer: {question: reach.email, at-least: 2}\n    text: {en: Do you run",
        "answer: {question: care.loyalty, at-least: 2}\n    text: {en: Do you run",
        1,
    );
    let level = small.replacen(
        "answer: {question: reach.email, at-least: 2}\n    text: {en: Do you run",
        "level: {dimension: reach, at-least: 2}\n    text: {en: Do you run",
        1,
    );
    for (bank, expected) in [
        (
            forward,
            "question `reach.email`: ask-if refers to `care.service`, which comes later",
        ),
        (
            itself,
            "question `care.loyalty`: ask-if refers to the question itself, a loop",
        ),
        (
            level,
            "question `care.loyalty`: ask-if may test answers only",
        ),
    ] {
        assert_ne!(bank, small);
        assert_bank_rejected(&bank, &regex_escape(expected));
    }
}

/// `maturity validate` refuses `bank` with exit code 2 and a message matching
/// `pattern` after the file's `path:line:column`.
fn assert_bank_rejected(bank: &str, pattern: &str) {
    let f = temp_file(bank);
    maturity()
        .arg("validate")
        .arg(f.path())
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(format!(r"\.yaml:\d+:\d+: {pattern}")).unwrap());
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if "\\.+*?()|[]{}^$".contains(c) {
                format!("\\{c}")
            } else {
                c.to_string()
            }
        })
        .collect()
}
