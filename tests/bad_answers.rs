//! Bad answers files through the real binary: each fails with exit code 2 and a
//! message that says where the problem is and what is allowed instead.

mod common;

use common::{maturity, temp_file};
use maturity::bank::Bank;
use predicates::prelude::*;

fn bank() -> Bank {
    Bank::embedded().unwrap()
}

/// Bad answers files: (what follows the two header lines, what stderr must say).
const BAD_ANSWERS: &[(&str, &str)] = &[
    (
        "answers:\n  goals.nope: x\n",
        "4:3: question `goals.nope` is not in bank `ecommerce-marketing-maturity`",
    ),
    (
        "answers:\n  {Q}: not-an-option\n",
        "4:{C}: question `{Q}` has no option `not-an-option`; choose one of `",
    ),
    (
        "answers:\n  {Q}: [{O}]\n",
        "question `{Q}` takes one option, not a list",
    ),
    (
        "answers:\n  {Q}: {O}\n  {Q}: {O}\n",
        "5:3: question `{Q}` is answered twice; keep one answer",
    ),
    ("answers:\n  {Q}: {O}\n  extra: [\n", ":6:1: "),
    ("answers: {}\nscore: 3\n", "unknown field `score`"),
    ("answers:\n  {M}: []\n", "question `{M}` has an empty list"),
    ("answers:\n  {M}: [unsure, {MO}]\n", "`unsure` stands alone"),
    ("answers:\n  {Q}: 3\n", "expected an option id"),
    ("retailer: Shop\n", "missing field `answers`"),
    (
        "answers:\n  {Q}:\n    choice: {O}\n    notes: typo\n",
        "unknown field `notes`",
    ),
    (
        "answers:\n  {M}: [{MO}, {MO}]\n",
        "option `{MO}` is chosen twice",
    ),
    (
        "answers:\n  {M}: [{M1}, {MO}]\n",
        "4:{MC}: question `{M}`: option `{MO}` goes alone and cannot be chosen with other options",
    ),
];

#[test]
fn bad_answers_files_fail_with_exit_code_2_and_say_where() {
    let bank = bank();
    let single = bank
        .questions
        .iter()
        .find(|q| q.kind == maturity::bank::QuestionKind::Single)
        .unwrap();
    let multi = bank
        .questions
        .iter()
        .find(|q| q.kind == maturity::bank::QuestionKind::Multi)
        .unwrap();
    let fill = |s: &str| {
        s.replace("{Q}", &single.id)
            .replace("{O}", &single.options[0].id)
            .replace("{M}", &multi.id)
            .replace("{MO}", &multi.options[0].id)
            .replace("{M1}", &multi.options[1].id)
            .replace(
                "{MC}",
                &(multi.id.len() + multi.options[1].id.len() + 8).to_string(),
            )
            .replace("{C}", &(single.id.chars().count() + 5).to_string())
    };
    for (body, expected) in BAD_ANSWERS {
        let contents = format!(
            "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\n{}",
            fill(body)
        );
        let f = temp_file(&contents);
        let path = f.path().display().to_string();
        let out = maturity().arg("score").arg(f.path()).output().unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{contents}\n{err}");
        assert!(
            out.stdout.is_empty(),
            "a report despite bad input: {contents}"
        );
        let expected = fill(expected);
        assert!(err.contains(&path), "stderr does not name the file:\n{err}");
        assert!(
            err.contains(&expected),
            "expected `{expected}` for:\n{contents}\ngot:\n{err}"
        );
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn wrong_bank_id_says_which_bank_to_use() {
    let f = temp_file("bank: other-bank\nbank-version: \"1\"\nanswers: {}\n");
    maturity().arg("score").arg(f.path()).assert().code(2).stderr(predicate::str::contains(
        "were made for bank `other-bank`, but the bank in use is `ecommerce-marketing-maturity`; pass the bank they were made for with --bank PATH",
    ));
}

#[test]
fn a_typo_in_a_question_id_gets_a_suggestion() {
    let q = &bank().questions[0].id;
    let typo = format!("{}x", q);
    let f = temp_file(&format!(
        "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\nanswers:\n  {typo}: x\n"
    ));
    maturity()
        .arg("score")
        .arg(f.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("(did you mean `{q}`?)")));
}

#[test]
fn unreadable_input_fails_cleanly() {
    maturity()
        .args(["score", "no/such/file.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read the answers file no/such/file.yaml",
        ));
    let mut f = tempfile::NamedTempFile::new().unwrap();
    std::io::Write::write_all(&mut f, b"bank: \xff\xfe\n").unwrap();
    maturity()
        .arg("score")
        .arg(f.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not UTF-8 text"));
    let empty = temp_file("");
    maturity()
        .arg("score")
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("answers file"));
}

#[test]
fn alias_tricks_are_rejected_quickly() {
    let mut src = String::from(
        "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\nanswers:\n  x0: &a0 [lol]\n",
    );
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        src.push_str(&format!("  x{i}: &a{i} [{refs}]\n"));
    }
    let f = temp_file(&src);
    maturity()
        .arg("score")
        .arg(f.path())
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2);
}
