//! Fitting in a shell: a file to fill in (`init`), examples that ship in the binary
//! (`example`), help that points at commands, a man page per command, completion of
//! every closed set of values, language tags as people write them, and the README's
//! install line kept in step with CI.

mod common;

use std::path::Path;

use common::{examples, maturity, stdout_of, temp_file};
use predicates::prelude::*;
use serde_json::Value;

fn score_json(file: &Path) -> Value {
    let out = stdout_of(maturity().args(["score", "-f", "json"]).arg(file));
    serde_json::from_str(&out).unwrap()
}

#[test]
fn init_writes_a_file_that_scores_all_unsure_and_counts_an_edited_answer() {
    let template = stdout_of(maturity().arg("init"));
    let bank = maturity::bank::Bank::embedded().unwrap();
    let unsure = template.lines().filter(|l| l.ends_with(": unsure")).count();
    assert_eq!(unsure, bank.questions.len(), "{template}");
    let f = temp_file(&template);
    let json = score_json(f.path());
    assert_eq!(json["completeness"]["answered"], 0);
    let unsure = json["completeness"]["unsure"].as_array().unwrap();
    assert_eq!(unsure.len(), bank.questions.len());
    assert_eq!(json["stage"]["number"], 1);

    let edited = template.replace(
        "  tools.stack: unsure",
        "  tools.stack: central\n  goals.goal-setting: unsure",
    );
    let edited = edited.replacen("  goals.goal-setting: unsure\n", "", 1);
    let edited = edited.replace("retailer:", "retailer: Quill & Ink");
    let f = temp_file(&edited);
    let json = score_json(f.path());
    assert_eq!(json["completeness"]["answered"], 1, "{edited}");
    assert_eq!(json["retailer"], "Quill & Ink");
}

#[test]
fn init_comments_every_question_and_option_in_the_chosen_language() {
    let bank = maturity::bank::Bank::embedded().unwrap();
    for lang in ["en", "zh", "ar", "tr"] {
        let template = stdout_of(maturity().args(["init", "--lang", lang]));
        for q in &bank.questions {
            assert!(
                template.contains(&format!("\n  {}: unsure\n", q.id)),
                "{lang} {}",
                q.id
            );
            // Comment lines joined again: a wrapped Chinese text has no space to break at.
            let joined = template.replace("\n  #   ", "").replace("\n  # ", "");
            let start: String = q.text.get(lang).chars().take(4).collect();
            assert!(joined.contains(&start), "{lang} {}", q.id);
            for o in &q.options {
                assert!(
                    template.contains(&format!("  # - {}:", o.id)),
                    "{lang} {} {}",
                    q.id,
                    o.id
                );
            }
        }
        assert!(template
            .lines()
            .all(|l| !l.starts_with("  # ") || l.len() < 400));
    }
}

#[test]
fn init_refuses_to_overwrite_a_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.yaml");
    maturity()
        .arg("init")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("maturity score"));
    std::fs::write(&path, "mine\n").unwrap();
    maturity().arg("init").arg(&path).assert().code(2).stderr(
        predicate::str::contains("exists already").and(predicate::str::contains("--force")),
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\n");
    maturity()
        .arg("init")
        .arg(&path)
        .arg("--force")
        .assert()
        .success();
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("bank-version:"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary left"
    );
    let dash = stdout_of(maturity().args(["init", "-"]));
    assert!(dash.contains("answers:\n"));
}

#[test]
fn example_prints_a_shipped_example_of_each_stage_and_lists_them_all() {
    for stage in 1..=4u64 {
        let text = stdout_of(maturity().args(["example", &stage.to_string()]));
        let f = temp_file(&text);
        assert_eq!(score_json(f.path())["stage"]["number"], stage);
    }
    let list = stdout_of(maturity().args(["example", "--list"]));
    let names: Vec<&str> = list
        .lines()
        .map(|l| l.split("  ").next().unwrap())
        .collect();
    let mut names = names.clone();
    names.sort();
    let files: Vec<String> = examples()
        .iter()
        .map(|p| p.file_stem().unwrap().to_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names, files,
        "the binary ships every file of questions/examples"
    );
    for path in examples() {
        let name = path.file_stem().unwrap().to_str().unwrap();
        let shipped = stdout_of(maturity().args(["example", name]));
        assert_eq!(shipped, std::fs::read_to_string(&path).unwrap(), "{name}");
    }
    maturity()
        .args(["example", "9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("stage-3-homeware-store"));
}

#[test]
fn example_jsonl_scores_as_a_batch_and_serves_as_a_cohort() {
    let jsonl = stdout_of(maturity().args(["example", "--jsonl"]));
    let records = jsonl.lines().count();
    assert!(records >= 5, "{records}");
    assert_eq!(records, examples().len());
    let rows = stdout_of(
        maturity()
            .args(["score", "--jsonl", "-", "--format", "jsonl"])
            .write_stdin(jsonl.clone()),
    );
    assert_eq!(rows.lines().count(), records);
    let cohort = temp_file(&jsonl);
    let one = stdout_of(maturity().args(["example", "2"]));
    let one = temp_file(&one);
    maturity()
        .arg("score")
        .arg(one.path())
        .arg("--cohort")
        .arg(cohort.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Among your peers ({records} retailers)"
        )));
}

#[test]
fn help_points_at_commands_not_at_repository_paths() {
    let help = stdout_of(maturity().arg("--help"));
    assert!(!help.contains("questions/examples"), "{help}");
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for command in ["maturity init", "maturity example 3", "maturity questions"] {
        assert!(help.contains(command), "{command} missing from:\n{help}");
    }
}

#[test]
fn language_tags_are_read_in_any_case_and_unknown_ones_list_the_supported() {
    let file = "questions/examples/stage-2-candle-studio.yaml";
    for (tag, says) in [
        ("zh-CN", "第 2 阶段"),
        ("zh_Hans", "第 2 阶段"),
        ("ZH", "第 2 阶段"),
        ("AR", "المرحلة 2"),
        ("tr-TR", "Aşama 2/4"),
        ("en-GB", "Stage 2 of 4"),
    ] {
        let out = stdout_of(maturity().args(["score", "--lang", tag, file]));
        assert!(out.contains(says), "{tag}: {out}");
    }
    maturity()
        .args(["score", "--lang", "fr-FR", file])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("--lang fr-FR")
                .and(predicate::str::contains("en, zh, ar, tr")),
        );
}

#[test]
fn plan_at_the_top_stage_says_so_in_every_language() {
    let file = "questions/examples/stage-4-outdoor-gear-retailer.yaml";
    for (lang, says) in [
        ("en", "the top of the model"),
        ("zh", "模型的最高阶段"),
        ("ar", "أعلى مراحل النموذج"),
        ("tr", "modelin en üst aşaması"),
    ] {
        let out = stdout_of(maturity().args(["plan", "--lang", lang, file]));
        assert!(out.contains(says), "{lang}: {out}");
        assert!(out.contains('4'), "{lang}: {out}");
    }
}

/// The README's install line uses the lock file, and CI checks the same line.
#[test]
fn the_readme_installs_with_the_lock_file_as_ci_checks() {
    let line = "cargo install --locked --path .";
    let readme = std::fs::read_to_string("README.md").unwrap();
    let installs: Vec<&str> = readme
        .lines()
        .filter(|l| l.starts_with("cargo install") && l.contains("--path"))
        .collect();
    assert_eq!(installs, [line], "the README's install line");
    let ci = std::fs::read_to_string(".ci/run").unwrap();
    assert!(
        ci.contains(&format!("grep -qxF '{line}' README.md")),
        ".ci/run must check the README's install line"
    );
}
