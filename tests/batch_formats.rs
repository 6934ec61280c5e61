//! One flag, one shape: `--format json` is always one retailer's whole assessment,
//! and the rows of a batch are `--format jsonl`, one object per retailer.

mod common;

use common::maturity;
use maturity::i18n::{Lang, Messages};
use predicates::prelude::*;
use serde_json::Value;

const ONE: &str = "questions/examples/stage-3-homeware-store.yaml";
const OTHER: &str = "questions/examples/stage-2-candle-studio.yaml";

const REFUSAL: &str = "--format json is the whole assessment of one retailer; \
                       for several retailers use --format jsonl, one JSON object per retailer";

#[test]
fn json_for_one_retailer_is_the_whole_assessment() {
    let out = maturity()
        .args(["score", ONE, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["stage"]["number"], 3);
    assert!(json["gates"].is_array(), "the whole assessment, not a row");
}

#[test]
fn json_for_several_retailers_is_refused_and_points_to_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let stream = dir.path().join("answers.jsonl");
    std::fs::write(&stream, "").unwrap();
    let batches: [Vec<&str>; 3] = [
        vec!["score", "questions/examples"],
        vec!["score", ONE, OTHER],
        vec!["score", "--jsonl", stream.to_str().unwrap()],
    ];
    for args in batches {
        maturity()
            .args(&args)
            .args(["--format", "json"])
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(REFUSAL));
    }
}

#[test]
fn json_is_refused_for_a_batch_in_every_language() {
    for lang in [Lang::En, Lang::Zh, Lang::Ar, Lang::Tr] {
        let said = Messages::new(lang).t("usage-batch-json");
        assert!(said.contains("--format jsonl"), "{lang}: {said}");
        maturity()
            .args(["score", "questions/examples", "--format", "json"])
            .args(["--lang", lang.code()])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(said));
    }
}

#[test]
fn jsonl_gives_one_object_per_retailer() {
    let out = maturity()
        .args(["score", ONE, OTHER, "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    for row in &rows {
        assert!(row["stage"].is_number(), "{row}");
        assert!(
            row.get("format_version").is_none(),
            "a row, not an assessment"
        );
    }
    let one = maturity()
        .args(["score", ONE, "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(one.stdout).unwrap().lines().count(), 1);
}
