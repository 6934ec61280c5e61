//! The real binary, run the way users run it: every shipped example scores to its
//! stage, the reports, standard input, usage errors and answers made for another
//! bank version. Bad answers files are in `bad_answers.rs`, banks in `banks.rs`.

mod common;

use common::{examples, maturity, temp_file};
use std::path::{Path, PathBuf};

use maturity::bank::{Bank, Condition};
use predicates::prelude::*;
use serde_json::Value;

/// The stage an example is named for: `stage-3-homeware-store.yaml` → 3.
fn named_stage(path: &Path) -> u8 {
    let name = path.file_name().unwrap().to_str().unwrap();
    name.strip_prefix("stage-")
        .and_then(|r| r[..1].parse().ok())
        .unwrap_or_else(|| panic!("{name} is not named stage-N-<who>.yaml"))
}

fn score_json(path: &Path) -> Value {
    let out = maturity()
        .args(["score", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn bank() -> Bank {
    Bank::embedded().unwrap()
}

#[test]
fn every_example_scores_to_the_stage_in_its_name() {
    let files = examples();
    for stage in 1..=4 {
        assert!(
            files.iter().any(|f| named_stage(f) == stage),
            "no example for stage {stage}"
        );
    }
    for f in files {
        let json = score_json(&f);
        assert_eq!(
            json["stage"]["number"],
            u64::from(named_stage(&f)),
            "{}",
            f.display()
        );
    }
}

#[test]
fn every_gate_has_a_near_miss_example_that_fails_only_that_gate() {
    let bank = bank();
    let results: Vec<Value> = examples().iter().map(|f| score_json(f)).collect();
    for gate in &bank.gates {
        let near_miss = results.iter().any(|r| {
            let failed: Vec<&str> = r["gates"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|g| g["stage"] == u64::from(gate.stage) && g["passed"] == false)
                .map(|g| g["id"].as_str().unwrap())
                .collect();
            r["stage"]["number"] == u64::from(gate.stage - 1) && failed == [gate.id.as_str()]
        });
        assert!(
            near_miss,
            "no example misses stage {} by gate `{}` alone",
            gate.stage, gate.id
        );
    }
}

/// The seed's explicit gate: no coordination across channels and devices, no Stage 4.
#[test]
fn a_stage_4_retailer_without_omnichannel_coordination_is_stage_3() {
    let bank = bank();
    let gate = bank
        .gate("stage-4-omnichannel")
        .expect("the omnichannel gate");
    let ids: Vec<&String> = gate
        .when
        .leaves()
        .into_iter()
        .filter_map(|leaf| match leaf {
            Condition::Answer { question, .. } => Some(question),
            _ => None,
        })
        .collect();
    assert!(!ids.is_empty());
    let stage4: Vec<PathBuf> = examples()
        .into_iter()
        .filter(|f| named_stage(f) == 4)
        .collect();
    assert!(!stage4.is_empty());
    for f in stage4 {
        // Lower only the omnichannel answers: to "not yet" (best below 4), then to the weakest.
        for pick_weakest in [false, true] {
            let mut doc: serde_yaml::Mapping =
                serde_yaml::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            let answers = doc.get_mut("answers").unwrap().as_mapping_mut().unwrap();
            for id in &ids {
                let q = bank.question(id).unwrap();
                let below: Vec<_> = q.options.iter().filter(|o| o.stage < 4).collect();
                let o = if pick_weakest {
                    below.iter().min_by_key(|o| o.stage)
                } else {
                    below.iter().max_by_key(|o| o.stage)
                }
                .unwrap();
                answers.insert(id.as_str().into(), o.id.as_str().into());
            }
            let lowered = temp_file(&serde_yaml::to_string(&doc).unwrap());
            let json = score_json(lowered.path());
            assert_eq!(
                json["stage"]["number"],
                3,
                "{} with {ids:?} lowered",
                f.display()
            );
            assert_eq!(json["gaps"][0]["id"], "stage-4-omnichannel");
        }
    }
}

#[test]
fn the_table_report_has_stage_dimensions_gaps_steps_and_completeness() {
    let f = examples()
        .into_iter()
        .find(|f| named_stage(f) == 3)
        .unwrap();
    let out = maturity()
        .arg("score")
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("Stage 3 of 4: Full-Fledged Marketer"),
        "{text}"
    );
    for d in &bank().dimensions {
        assert!(
            text.contains(d.name.get("en")),
            "dimension {} missing",
            d.id
        );
    }
    for heading in [
        "What stands between you and Stage 4 (Best-in-Class Marketer)",
        "Next steps, most valuable first",
        "Completeness",
    ] {
        assert!(text.contains(heading), "{heading} missing:\n{text}");
    }
    // Each step leads with its action, then its goal.
    let first = &score_json(&f)["next_steps"][0];
    let title = first["title"]["en"].as_str().unwrap();
    let at = text
        .find(&format!("  1. {title}\n"))
        .expect("step 1 by its title");
    assert!(text[at..]
        .lines()
        .nth(1)
        .unwrap()
        .trim_start()
        .starts_with("Goal: "));
    assert!(!text.contains('\x1b'), "colour when not on a terminal");
}

#[test]
fn all_shows_more_next_steps_than_the_default_top_five() {
    let f = examples()
        .into_iter()
        .find(|f| named_stage(f) == 1)
        .unwrap();
    let count = |all: bool| {
        let mut cmd = maturity();
        cmd.arg("score").arg(&f);
        if all {
            cmd.arg("--all");
        }
        let text = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
        let steps = &text[text.find("Next steps").unwrap()..text.find("Completeness").unwrap()];
        let numbered = |l: &&str| {
            let l = l.trim_start();
            l.split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
        };
        steps.lines().filter(numbered).count()
    };
    let json = score_json(&f);
    let steps = json["next_steps"].as_array().unwrap();
    let top = steps.iter().filter(|s| s["in_top_five"] == true).count();
    assert!((1..=5).contains(&top));
    assert_eq!(count(false), top);
    assert_eq!(count(true), steps.len());
    assert!(steps.len() > top);
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let f = &examples()[0];
    maturity()
        .args(["score", "--color", "always"])
        .arg(f)
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b["));
    maturity()
        .args(["score", "--color", "auto"])
        .arg(f)
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn json_has_the_documented_shape() {
    let f = examples()
        .into_iter()
        .find(|f| named_stage(f) == 2)
        .unwrap();
    let json = score_json(&f);
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["stages"], 4);
    assert_eq!(json["bank"]["id"], "ecommerce-marketing-maturity");
    assert_eq!(json["stage"]["name"]["en"], "Up-and-Coming Marketer");
    assert_eq!(json["next_stage"]["number"], 3);
    assert_eq!(
        json["dimensions"].as_array().unwrap().len(),
        bank().dimensions.len()
    );
    let step = &json["next_steps"][0];
    for field in [
        "rank",
        "id",
        "goal",
        "strategy",
        "tactic",
        "tool",
        "effort",
        "impact",
        "unblocks_next_stage",
        "addresses",
    ] {
        assert!(!step[field].is_null(), "next step lacks {field}");
    }
    assert_eq!(step["rank"], 1);
    let gate = &json["gates"][0];
    assert!(gate["passed"].is_boolean() && gate["reasons"].is_array());
    let c = &json["completeness"];
    assert!(c["percent"].as_u64().unwrap() <= 100);
}

#[test]
fn dash_reads_the_answers_from_stdin() {
    let f = examples()
        .into_iter()
        .find(|f| named_stage(f) == 2)
        .unwrap();
    maturity()
        .args(["score", "-", "-f", "json"])
        .write_stdin(std::fs::read_to_string(&f).unwrap())
        .assert()
        .success()
        .stdout(predicate::str::contains("\"number\": 2"));
}

#[test]
fn answers_may_be_written_as_json() {
    let json =
        r#"{"bank": "ecommerce-marketing-maturity", "bank-version": "2.0.0", "answers": {}}"#;
    let f = temp_file(json);
    maturity()
        .arg("score")
        .arg(f.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Stage 1 of 4: Ad Hoc Marketer"));
}

#[test]
fn an_unknown_language_lists_the_available_ones() {
    let f = &examples()[0];
    maturity()
        .args(["score", "--lang", "xx"])
        .arg(f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--lang xx: no such language; supported: en, zh, ar, tr",
        ));
}

#[test]
fn no_command_prints_help_and_usage_errors_exit_2() {
    maturity()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage: maturity"));
    maturity()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("score"));
    maturity()
        .args(["score", "--format", "pdf", "x.yaml"])
        .assert()
        .code(2);
}

#[test]
fn answers_from_another_bank_version_keep_what_still_exists() {
    let bank = bank();
    let (q1, q2) = (&bank.questions[0], &bank.questions[1]);
    let f = temp_file(&format!(
        "bank: ecommerce-marketing-maturity\nbank-version: \"0.9.0\"\nanswers:\n  {}: {}\n  retired.question: x\n  {}: retired-option\n",
        q1.id, q1.options[1].id, q2.id
    ));
    let out = maturity()
        .args(["score", "-f", "json"])
        .arg(f.path())
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("was made for bank version 0.9.0; scoring with version 2.0.0"),
        "{err}"
    );
    assert!(
        err.contains("left out: question `retired.question` is not in bank"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "left out: question `{}` has no option `retired-option`",
            q2.id
        )),
        "{err}"
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["completeness"]["answered"], 1);
    assert_eq!(json["bank"]["answers_made_for"], "0.9.0");
}

/// The README's first two commands must work as written on a fresh clone.
#[test]
fn the_readme_first_commands_name_real_files() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let score = readme
        .lines()
        .find(|l| l.starts_with("cargo run --release -- score "))
        .expect("a score command in the README");
    let file = score.rsplit(' ').next().unwrap();
    maturity()
        .args(["score", file])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Stage "));
    assert!(
        readme.contains("\ncargo test --locked\n"),
        "the README's test command changed; keep .ci/run in step"
    );
    let ci = std::fs::read_to_string(".ci/run").unwrap();
    assert!(
        ci.contains("\ncargo test --locked\n"),
        ".ci/run must run the README's test command"
    );
}
