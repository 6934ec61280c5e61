//! Scoring many retailers: files, folders and JSON Lines, one row each; bad records
//! reported by line and skipped; peers compared only in aggregate.

mod common;

use common::maturity;
use maturity::bank::Bank;
use serde_json::Value;

/// The shipped examples as JSON Lines, one per line, in name order.
fn examples_jsonl() -> (Vec<String>, Vec<u64>) {
    let mut files: Vec<_> = std::fs::read_dir("questions/examples")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut lines = Vec::new();
    let mut stages = Vec::new();
    for f in files {
        let doc: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        lines.push(serde_json::to_string(&doc).unwrap());
        let name = f.file_name().unwrap().to_str().unwrap().to_string();
        stages.push(name[6..7].parse().unwrap());
    }
    (lines, stages)
}

#[test]
fn a_folder_scores_every_retailer_with_a_summary() {
    let out = maturity()
        .args(["score", "questions/examples"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let (_, stages) = examples_jsonl();
    assert_eq!(text.lines().filter(|l| l.contains("Marketer:")).count(), 4);
    for stage in 1..=4u64 {
        let n = stages.iter().filter(|s| **s == stage).count();
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&format!("{stage} "))
                    && l.ends_with(&format!(": {n}"))),
            "stage {stage}: {n}\n{text}"
        );
    }
    assert!(text.contains(&format!("{} retailers scored:", stages.len())));
}

#[test]
fn json_lines_with_a_corrupted_line_score_the_rest_and_name_the_line() {
    let (mut lines, stages) = examples_jsonl();
    lines.insert(3, "{\"bank\": \"ecommerce-marketing-maturity\", \"bank-version\": \"2.0.0\", \"answers\": {\"tools.stack\": 7}}".into());
    lines.insert(6, "{not json at all".into());
    let input = lines.join("\n") + "\n";
    let out = maturity()
        .args(["score", "--jsonl", "-", "--format", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "some records failed");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("<stdin>:4:"), "{err}");
    assert!(err.contains("<stdin>:7:"), "{err}");
    // Said once, by the error: the summary next to JSON Lines leaves it out.
    assert_eq!(
        err.matches("2 records could not be scored").count(),
        1,
        "{err}"
    );
    let rows: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), stages.len());
    for (row, stage) in rows.iter().zip(&stages) {
        assert_eq!(row["stage"], *stage);
        assert_eq!(row["dimensions"].as_object().unwrap().len(), 12);
        assert!(row["completeness"].as_u64().unwrap() <= 100);
    }
}

#[test]
fn csv_rows_have_a_header_and_cannot_run_as_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let src = std::fs::read_to_string("questions/examples/stage-2-candle-studio.yaml").unwrap();
    std::fs::write(
        dir.path().join("a.yaml"),
        src.replace(
            "retailer: Wick & Ember Candle Studio",
            "retailer: \"=HYPERLINK(\\\"x\\\")\"",
        ),
    )
    .unwrap();
    std::fs::write(dir.path().join("b.yaml"), &src).unwrap();
    let out = maturity()
        .arg("score")
        .arg(dir.path())
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    let bank = Bank::embedded().unwrap();
    assert_eq!(lines[0].split(',').count(), 5 + bank.dimensions.len());
    assert!(
        lines[0].ends_with(",completeness,provisional"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("\"'=HYPERLINK(\"\"x\"\")\",2,up-and-coming,"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("Wick & Ember Candle Studio,2,up-and-coming,"));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("2 retailers scored"));
}

#[test]
fn a_cohort_gives_percentiles_and_never_a_peer() {
    let (lines, _) = examples_jsonl();
    let dir = tempfile::tempdir().unwrap();
    let cohort = dir.path().join("cohort.jsonl");
    std::fs::write(&cohort, lines.join("\n")).unwrap();
    let out = maturity()
        .args([
            "score",
            "questions/examples/stage-3-homeware-store.yaml",
            "--format",
            "json",
            "--cohort",
        ])
        .arg(&cohort)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    let c = &json["cohort"];
    assert_eq!(c["peers"], lines.len());
    assert!(c["stage_percentile"].as_u64().unwrap() > 50);
    assert_eq!(c["dimensions"].as_array().unwrap().len(), 12);
    for peer in ["Ridgeline Outdoor Supply", "Suds & Thyme"] {
        assert!(!text.contains(peer), "a peer is named in the output");
    }
    let small = dir.path().join("small.jsonl");
    std::fs::write(&small, lines[..4].join("\n")).unwrap();
    maturity()
        .args([
            "score",
            "questions/examples/stage-3-homeware-store.yaml",
            "--cohort",
        ])
        .arg(&small)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "the cohort has 4 usable records; at least 5 are needed",
        ));
}

#[test]
fn a_report_format_is_refused_for_several_retailers() {
    maturity()
        .args(["score", "questions/examples", "--format", "html"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--format html is for one retailer",
        ));
}
