//! The YAML the tool writes (reports, saved answers) reads the same in a YAML 1.1
//! reader, PyYAML, as many CI tools use: every string stays a string, every key a
//! key, checked against the JSON of the same value.

mod common;

use std::process::Command as Process;

use common::{maturity, stdout_of, temp_file};
use maturity::answers::Answers;
use maturity::bank::Bank;

/// Reads a YAML file with PyYAML and a JSON file, and fails with the first place
/// where their values differ in type or value (a bool is not a number here).
const SAME: &str = r#"
import json, sys, yaml
y = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
j = json.load(open(sys.argv[2], encoding="utf-8"))
def kind(v):
    return "number" if type(v) in (int, float) else type(v).__name__
def walk(a, b, at):
    if kind(a) != kind(b):
        sys.exit(f"{at}: PyYAML reads {kind(a)} {a!r}, the JSON has {kind(b)} {b!r}")
    if isinstance(a, dict):
        if list(a) != list(b):
            sys.exit(f"{at}: keys {list(a)!r} against {list(b)!r}")
        for k in a:
            walk(a[k], b[k], f"{at}/{k}")
    elif isinstance(a, list):
        if len(a) != len(b):
            sys.exit(f"{at}: {len(a)} items against {len(b)}")
        for i, (x, z) in enumerate(zip(a, b)):
            walk(x, z, f"{at}/{i}")
    elif a != b:
        sys.exit(f"{at}: {a!r} against {b!r}")
walk(y, j, "")
"#;

/// Whether PyYAML can be used; in CI it must be (`.ci/run` installs it).
fn pyyaml() -> bool {
    let found = Process::new("python3")
        .args(["-c", "import yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    match (found, std::env::var_os("CI").is_some()) {
        (true, _) => true,
        (false, true) => panic!("PyYAML is not installed; .ci/run installs python3-yaml"),
        (false, false) => {
            eprintln!("PyYAML not found: YAML 1.1 checks skipped (CI installs it)");
            false
        }
    }
}

/// Fails unless PyYAML reads `yaml` as the value `json` holds.
fn assert_same_in_pyyaml(what: &str, yaml: &str, json: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (y, j) = (dir.path().join("out.yaml"), dir.path().join("out.json"));
    std::fs::write(&y, yaml).unwrap();
    std::fs::write(&j, json).unwrap();
    let out = Process::new("python3")
        .args(["-c", SAME])
        .args([&y, &j])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An answers file whose texts are all words a YAML 1.1 reader converts when they
/// are not quoted.
const TRICKY: &str = r#"bank: ecommerce-marketing-maturity
bank-version: "2.0.0"
retailer: "no"
date: "2026-12-01"
answers:
  tools.stack:
    choice: central
    note: "yes"
    evidence: "0x1F"
  privacy.consent:
    choice: unsure
    note: "1:20"
  email.list-growth:
    choice: unsure
    note: "~"
  analytics.insights-to-action:
    choice: unsure
    note: "ON"
    evidence: ".inf"
"#;

#[test]
fn every_string_of_a_yaml_report_stays_a_string_in_a_yaml_1_1_reader() {
    if !pyyaml() {
        return;
    }
    let tricky = temp_file(TRICKY);
    let mut files: Vec<_> = common::examples();
    files.push(tricky.path().to_path_buf());
    for file in files {
        let run = |format: &str| {
            stdout_of(
                maturity()
                    .arg("score")
                    .arg(&file)
                    .args(["--format", format]),
            )
        };
        let what = file.display().to_string();
        assert_same_in_pyyaml(&what, &run("yaml"), &run("json"));
    }
}

#[test]
fn saved_answers_keep_every_text_a_text_in_a_yaml_1_1_reader() {
    if !pyyaml() {
        return;
    }
    let bank = Bank::embedded().unwrap();
    let answers = Answers::from_yaml(TRICKY, "tricky.yaml", &bank).unwrap();
    let saved = answers.to_yaml();
    assert!(saved.contains("retailer: 'no'"), "{saved}");
    let json = serde_json::to_string(&answers).unwrap();
    assert_same_in_pyyaml("saved answers", &saved, &json);
    // And the program reads its own file back unchanged.
    assert_eq!(
        Answers::from_yaml(&saved, "saved.yaml", &bank).unwrap(),
        answers
    );
}
