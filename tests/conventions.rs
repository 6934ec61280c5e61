//! What users expect of a Rust CLI: completions, a man page, schemas for editors,
//! an exit code to act on, quiet runs and no colour on request.

mod common;

use common::maturity;
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef maturity"),
        ("fish", "complete -c maturity"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion"),
    ] {
        maturity()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains(marker).and(predicate::str::contains("score")));
    }
    maturity().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn a_man_page_in_roff() {
    maturity()
        .arg("man")
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with(".ie \\n(.g .ds Aq")
                .or(predicate::str::contains(".TH maturity")),
        )
        .stdout(predicate::str::contains("score").and(predicate::str::contains("Exit codes")));
}

#[test]
fn schemas_describe_both_file_formats() {
    let bank: Value =
        serde_json::from_slice(&maturity().args(["schema", "bank"]).output().unwrap().stdout)
            .unwrap();
    assert_eq!(
        bank["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let props: Vec<&str> = bank["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        props,
        [
            "bank",
            "conflicts",
            "dimensions",
            "gates",
            "next-steps",
            "questions",
            "situations",
            "stages"
        ],
        "keys as the loader reads them"
    );
    assert!(
        bank["$defs"]["Condition"]["oneOf"]
            .as_array()
            .unwrap()
            .len()
            >= 6
    );
    let answers: Value = serde_json::from_slice(
        &maturity()
            .args(["schema", "answers"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(answers["additionalProperties"], false);
    for key in ["bank", "bank-version", "retailer", "date", "answers"] {
        assert!(answers["properties"][key].is_object(), "no {key}");
    }
    // Every shipped example uses only keys the schema allows.
    for f in std::fs::read_dir("questions/examples").unwrap() {
        let doc: serde_yaml::Mapping =
            serde_yaml::from_str(&std::fs::read_to_string(f.unwrap().path()).unwrap()).unwrap();
        for key in doc.keys() {
            assert!(answers["properties"][key.as_str().unwrap()].is_object());
        }
    }
}

#[test]
fn min_stage_exits_3_below_it_and_errors_keep_their_codes() {
    let file = "questions/examples/stage-2-candle-studio.yaml";
    maturity()
        .args(["score", file, "--min-stage", "3"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "Stage 2 is below the required Stage 3.",
        ));
    maturity()
        .args(["score", file, "--min-stage", "2"])
        .assert()
        .success();
    maturity()
        .args([
            "score",
            "questions/examples",
            "--min-stage",
            "2",
            "--format",
            "csv",
        ])
        .assert()
        .code(3);
    maturity()
        .args(["score", "no-such.yaml", "--min-stage", "4"])
        .assert()
        .code(2);
}

#[test]
fn quiet_leaves_out_notes_but_not_errors() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.yaml");
    std::fs::write(&old, "bank: ecommerce-marketing-maturity\nbank-version: \"0.1.0\"\nanswers:\n  retired.question: x\n").unwrap();
    maturity()
        .arg("score")
        .arg(&old)
        .assert()
        .success()
        .stderr(predicate::str::contains("note:"));
    maturity()
        .args(["score", "--quiet"])
        .arg(&old)
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    maturity()
        .args(["score", "-q", "questions/examples", "--format", "csv"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    maturity()
        .args(["score", "-q", "missing.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
}

#[test]
fn no_color_wins_over_always() {
    let file = "questions/examples/stage-2-candle-studio.yaml";
    maturity()
        .args(["score", file, "--color", "always"])
        .assert()
        .stdout(predicate::str::contains("\x1b["));
    maturity()
        .args(["score", file, "--color", "always", "--no-color"])
        .assert()
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn help_documents_the_exit_codes() {
    let help = maturity().arg("--help").output().unwrap().stdout;
    let help = String::from_utf8(help).unwrap();
    for line in [
        "Exit codes:",
        "  0    success",
        "  2    bad input or usage",
        "  3    a retailer is below --min-stage",
        "  130  the questionnaire",
    ] {
        assert!(help.contains(line), "{line} missing from:\n{help}");
    }
}
