//! The advice each shipped example gets: its top five next steps, title first, with
//! what they build to and the kind of tool, so every change to the advice shows in
//! review.

mod common;

use common::{examples, maturity};
use serde_json::Value;

#[test]
fn the_top_five_of_every_example() {
    let mut text = String::new();
    for file in examples() {
        let out = maturity()
            .args(["score", "--format", "json"])
            .arg(&file)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        let name = file.file_name().unwrap().to_string_lossy();
        let offered = report["next_steps"].as_array().unwrap().len();
        text.push_str(&format!(
            "{name}: Stage {}, {offered} steps offered\n",
            report["stage"]["number"]
        ));
        let steps = report["next_steps"].as_array().unwrap();
        for step in steps.iter().filter(|s| s["in_top_five"] == true) {
            let why = if step["why_first"].is_object() {
                " (situation)"
            } else {
                ""
            };
            text.push_str(&format!(
                "  {}. {} [{}, {}, builds to {}, {} effort, {}]{why}\n",
                step["rank"],
                step["title"]["en"].as_str().unwrap(),
                step["id"].as_str().unwrap(),
                step["dimension"].as_str().unwrap(),
                step["builds_to"],
                step["effort"].as_str().unwrap(),
                step["tool_kind"].as_str().unwrap(),
            ));
        }
    }
    insta::assert_snapshot!("top_five_of_every_example", text);
}

/// A retailer in one of the bank's situations (for example paying for ads with no
/// email list) is told first what that situation calls for, and why, whenever the
/// step is on its next rung and not done yet.
#[test]
fn a_situation_puts_its_step_first_and_says_why() {
    let bank = maturity::Bank::embedded().unwrap();
    for situation in &bank.situations {
        let mut shown = 0;
        for file in examples() {
            let mut doc: serde_yaml::Mapping =
                serde_yaml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
            let answers = doc.get_mut("answers").unwrap().as_mapping_mut().unwrap();
            for range in &situation.answers {
                let q = bank.question(&range.question).unwrap();
                let o = q.options.iter().find(|o| range.contains(o.stage)).unwrap();
                let value: serde_yaml::Value = match q.kind {
                    maturity::bank::QuestionKind::Multi => vec![o.id.clone()].into(),
                    _ => o.id.clone().into(),
                };
                answers.insert(q.id.clone().into(), value);
            }
            let f = common::temp_file(&serde_yaml::to_string(&doc).unwrap());
            let out = maturity()
                .args(["score", "--format", "json"])
                .arg(f.path())
                .output()
                .unwrap();
            let report: Value = serde_json::from_slice(&out.stdout).unwrap();
            let steps = report["next_steps"].as_array().unwrap();
            let offered = steps
                .iter()
                .any(|s| situation.first.iter().any(|id| s["id"] == id.as_str()));
            if !offered {
                continue;
            }
            // When several situations hold, one of theirs comes first.
            let first = &steps[0];
            let holding = report["situations"].as_array().unwrap();
            let why = holding.iter().find(|h| {
                h["steps"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|id| *id == first["id"])
            });
            assert!(
                why.is_some(),
                "{} in {}: first is {}",
                situation.id,
                file.display(),
                first["id"]
            );
            assert_eq!(first["why_first"], why.unwrap()["text"]);
            let text = maturity()
                .arg("score")
                .arg(f.path())
                .output()
                .unwrap()
                .stdout;
            let text = String::from_utf8(text).unwrap();
            assert!(text.contains("Why first: "), "{text}");
            shown += 1;
        }
        assert!(shown > 0, "no example puts `{}` to the test", situation.id);
    }
}
