//! `plan` and `compare` as a consultant sends them: every format (snapshots), the
//! retailer and date named, a warning when two files name different retailers, the
//! answers that changed, gaps of a stage moved up to worded as new rather than lost,
//! and pages that are self-contained, escape what files say and read right to left
//! in Arabic.

mod common;

use common::{maturity, stdout_of, temp_file};
use serde_json::Value;

const FORMATS: [&str; 4] = ["table", "json", "markdown", "html"];

/// Cedar & Clay Homeware in May, at Stage 2, and in November, at Stage 3.
const CEDAR: [&str; 2] = [
    "tests/fixtures/progress/cedar-clay-2026-05.yaml",
    "questions/examples/stage-3-homeware-store.yaml",
];

/// Wick & Ember Candle Studio in August and November: three answers better, no
/// dimension level moved.
const WICK: [&str; 2] = [
    "tests/fixtures/progress/wick-ember-2026-08.yaml",
    "questions/examples/stage-2-candle-studio.yaml",
];

/// Standard output of `maturity ARGS` without colour, which must succeed.
fn run(args: &[&str]) -> String {
    stdout_of(maturity().env("NO_COLOR", "1").args(args))
}

#[test]
fn plan_in_every_format() {
    let examples = [
        "questions/examples/stage-1-handmade-soap-startup.yaml",
        "questions/examples/stage-4-outdoor-gear-retailer.yaml",
    ];
    for format in FORMATS {
        let mut all = String::new();
        for file in examples {
            all.push_str(&format!("==> {file}\n"));
            all.push_str(&run(&["plan", file, "--format", format]));
        }
        insta::assert_snapshot!(format!("plan_{format}"), all);
    }
}

#[test]
fn compare_in_every_format() {
    for format in FORMATS {
        let mut all = String::new();
        for [old, new] in [CEDAR, WICK] {
            all.push_str(&format!("==> {old} {new}\n"));
            all.push_str(&run(&["compare", old, new, "--format", format]));
        }
        insta::assert_snapshot!(format!("compare_{format}"), all);
    }
}

#[test]
fn the_progress_page_in_arabic_reads_right_to_left() {
    let [old, new] = CEDAR;
    let html = run(&["--lang", "ar", "compare", old, new, "-f", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    // Dates run right to left too: the arrow points from the earlier to the later.
    assert!(html.contains("<bdi>2026-05-12</bdi> ← <bdi>2026-11-10</bdi>"));
    insta::assert_snapshot!("compare_html_ar", html);
}

#[test]
fn plan_and_compare_name_the_retailer_and_the_date_in_every_format() {
    for format in FORMATS {
        let plan = run(&["plan", WICK[1], "-f", format]);
        let [old, new] = CEDAR;
        let compare = run(&["compare", old, new, "-f", format]);
        for (text, retailer, dates) in [
            (&plan, "Wick", &["2026-11-05"][..]),
            (&compare, "Cedar", &["2026-05-12", "2026-11-10"][..]),
        ] {
            assert!(text.contains(retailer), "{format}: {text}");
            for date in dates {
                assert!(text.contains(date), "{format}: no {date}");
            }
        }
    }
}

#[test]
fn compare_warns_when_the_two_files_name_different_retailers() {
    let (old, new) = (WICK[1], CEDAR[1]);
    for format in FORMATS {
        let out = maturity()
            .args(["compare", old, new, "-f", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("different retailers"), "{format}: {stderr}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        match format {
            "json" => {
                let c: Value = serde_json::from_str(&stdout).unwrap();
                assert_eq!(c["same_retailer"], false);
                assert_eq!(c["files"][0]["retailer"], "Wick & Ember Candle Studio");
            }
            _ => assert!(stdout.contains("different retailers"), "{format}"),
        }
    }
    // The same store, whatever its spelling of spaces and case, is not warned about.
    let renamed = std::fs::read_to_string(WICK[0])
        .unwrap()
        .replace("Wick & Ember Candle Studio", "wick &  ember candle studio");
    let renamed = temp_file(&renamed);
    let out = maturity()
        .arg("compare")
        .arg(renamed.path())
        .arg(WICK[1])
        .output()
        .unwrap();
    assert!(!String::from_utf8(out.stderr).unwrap().contains("different"));
}

#[test]
fn answers_that_improved_show_even_when_no_dimension_moved() {
    let [old, new] = WICK;
    let c: Value = serde_json::from_str(&run(&["compare", old, new, "-f", "json"])).unwrap();
    let answers = c["answers"].as_array().unwrap();
    let ids: Vec<&str> = answers
        .iter()
        .map(|a| a["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["goals.roadmap", "social.content", "testing.funnel-metrics"]
    );
    for a in answers {
        assert_eq!(
            (a["before_level"].as_u64(), a["after_level"].as_u64()),
            (Some(1), Some(2))
        );
        assert_eq!(a["change"], 1);
    }
    assert!(c["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["change"] == 0));
    let text = run(&["compare", old, new]);
    assert!(text.contains("Answers that changed (3)"), "{text}");
    assert!(text.contains("3 answers are better, but no dimension level moved"));
    assert!(text.contains("↑ +1  Goals and KPIs · How far ahead is your marketing planned?"));
}

#[test]
fn gaps_of_the_stage_moved_up_to_are_new_there_not_losses() {
    let [old, new] = CEDAR;
    let c: Value = serde_json::from_str(&run(&["compare", old, new, "-f", "json"])).unwrap();
    let ids = |list: &str| -> Vec<String> {
        let gaps = c[list].as_array().unwrap();
        gaps.iter()
            .map(|g| g["id"].as_str().unwrap().to_string())
            .collect()
    };
    // The one answer that fell is the one setback.
    assert_eq!(ids("gaps_opened"), ["testing.market-watch"]);
    let new_gaps = c["gaps_new"].as_array().unwrap();
    assert!(new_gaps.len() > 20);
    assert!(new_gaps.iter().all(|g| g["stage"] == 4));
    assert!(ids("gaps_closed").contains(&"stage-3-analytics".to_string()));
    let text = run(&["compare", old, new]);
    assert!(text.contains("Gaps opened (1)\n"), "{text}");
    assert!(text.contains("New at Stage 4 (32)\n  You moved up to Stage 3"));
    assert!(text.contains("↓ -3  Testing and optimisation"));
}

#[test]
fn pages_load_nothing_and_escape_and_isolate_what_files_say() {
    let hostile = "<script>alert(1)</script> *Bold* [x](y) \u{202e}evil";
    let [old, new] = CEDAR.map(|f| {
        let text = std::fs::read_to_string(f).unwrap();
        temp_file(&text.replace("Cedar & Clay Homeware", &format!("\"{hostile}\"")))
    });
    let (old, new) = (old.path().to_str().unwrap(), new.path().to_str().unwrap());
    for html in [
        run(&["compare", old, new, "-f", "html"]),
        run(&["plan", new, "-f", "html"]),
    ] {
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;"));
        for external in ["src=", "href=", "@import", "url("] {
            assert!(
                !html.contains(external),
                "the page loads something: {external}"
            );
        }
    }
    for md in [
        run(&["compare", old, new, "-f", "markdown"]),
        run(&["plan", new, "-f", "markdown"]),
    ] {
        assert!(
            md.contains(r"\<script\>alert(1)\</script\> \*Bold\* \[x\](y)"),
            "{md}"
        );
    }
}

#[test]
fn the_progress_page_draws_levels_before_and_after_with_a_legend() {
    let [old, new] = CEDAR;
    let html = run(&["compare", old, new, "-f", "html"]);
    let before = "stroke=\"#7b8794\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"";
    let after = "stroke=\"#2f855a\" stroke-width=\"2.5\" stroke-dasharray=\"none\"";
    assert_eq!(html.matches(before).count(), 1, "the earlier polygon");
    assert_eq!(html.matches(after).count(), 1, "the later polygon");
    assert!(html.contains("Before: Stage 2 · <bdi>2026-05-12</bdi></li>"));
    assert!(html.contains("After: Stage 3 · <bdi>2026-11-10</bdi></li>"));
}

#[test]
fn output_files_hold_what_standard_output_shows() {
    let dir = tempfile::tempdir().unwrap();
    let [old, new] = CEDAR;
    for format in FORMATS {
        let path = dir.path().join(format!("progress.{format}"));
        let shown = run(&["compare", old, new, "-f", format]);
        run(&[
            "compare",
            old,
            new,
            "-f",
            format,
            "-o",
            path.to_str().unwrap(),
        ]);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), shown, "{format}");
        let path = dir.path().join(format!("plan.{format}"));
        let shown = run(&["plan", new, "-f", format]);
        run(&["plan", new, "-f", format, "-o", path.to_str().unwrap()]);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), shown, "{format}");
    }
}
