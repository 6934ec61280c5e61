//! From verdict to roadmap: `explain`, `plan` and `compare` on the shipped examples,
//! and plans checked against brute force on a small bank.

mod common;

use common::{examples, maturity};
use std::path::Path;

use maturity::answers::{Answer, Answers, Choice};
use maturity::bank::Bank;
use maturity::engine::plan::{apply, plan, NoPlan};
use maturity::{assess, engine::answer_level};
use proptest::prelude::*;
use serde_json::Value;

fn json(args: &[&str], file: &Path) -> Value {
    let out = maturity()
        .args(args)
        .arg(file)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn stage_of(file: &Path) -> u64 {
    json(&["score"], file)["stage"]["number"].as_u64().unwrap()
}

/// The answers file with the plan's changes written into it, as a user would.
fn with_changes(file: &Path, plan: &Value) -> tempfile::NamedTempFile {
    let bank = Bank::embedded().unwrap();
    let mut doc: serde_yaml::Mapping =
        serde_yaml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let answers = doc.get_mut("answers").unwrap().as_mapping_mut().unwrap();
    for c in plan["changes"].as_array().unwrap() {
        let id = c["question"].as_str().unwrap();
        let to = c["to"]["id"].as_str().unwrap();
        let q = bank.question(id).unwrap();
        let mut value: serde_yaml::Value = to.into();
        if q.kind == maturity::bank::QuestionKind::Multi {
            // An option that goes alone ("none of these") gives way to the new one.
            let mut list: Vec<String> = c["from"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_string())
                .filter(|o| q.option(o).is_some_and(|o| !o.exclusive))
                .collect();
            list.push(to.to_string());
            value = serde_yaml::to_value(list).unwrap();
        }
        answers.insert(id.into(), value);
    }
    let mut f = tempfile::Builder::new().suffix(".yaml").tempfile().unwrap();
    std::io::Write::write_all(&mut f, serde_yaml::to_string(&doc).unwrap().as_bytes()).unwrap();
    f
}

#[test]
fn every_plan_for_every_example_lands_exactly_on_its_target() {
    for file in examples() {
        let stage = stage_of(&file);
        for target in stage + 1..=4 {
            let t = target.to_string();
            let plan = json(&["plan", "--target", &t], &file);
            assert_eq!(plan["from_stage"], stage);
            assert_eq!(plan["target"], target);
            assert_eq!(plan["lands_at"], target, "{}", file.display());
            let changes = plan["changes"].as_array().unwrap();
            assert!(!changes.is_empty());
            let steps: u64 = changes
                .iter()
                .map(|c| c["to_level"].as_u64().unwrap() - c["from_level"].as_u64().unwrap_or(1))
                .sum();
            assert_eq!(plan["total_step"], steps);
            for c in changes {
                assert!(c["to_level"].as_u64() > c["from_level"].as_u64().or(Some(0)));
                for s in c["next_steps"].as_array().unwrap() {
                    for field in ["goal", "strategy", "tactic", "tool"] {
                        assert!(!s[field].is_null(), "a roadmap item without its {field}");
                    }
                }
            }
            let improved = with_changes(&file, &plan);
            assert_eq!(
                stage_of(improved.path()),
                target,
                "{} improved for stage {target}",
                file.display()
            );
        }
    }
}

#[test]
fn plans_put_foundations_first() {
    let bank = Bank::embedded().unwrap();
    let file = Path::new("questions/examples/stage-1-handmade-soap-startup.yaml");
    let plan = json(&["plan", "--target", "4"], file);
    let depths: Vec<usize> = plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| bank.foundation_depth(c["dimension"].as_str().unwrap()))
        .collect();
    assert!(depths.windows(2).all(|w| w[0] <= w[1]), "{depths:?}");
    let dims: Vec<&str> = plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["dimension"].as_str().unwrap())
        .collect();
    let first = |d: &str| dims.iter().position(|x| *x == d).unwrap();
    assert!(first("tools") < first("segmentation") && first("analytics") < first("segmentation"));
    assert!(first("segmentation") < first("omnichannel"));
}

#[test]
fn a_plan_that_cannot_be_made_says_why() {
    let file = Path::new("questions/examples/stage-4-outdoor-gear-retailer.yaml");
    maturity()
        .args(["plan"])
        .arg(file)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "You are at Stage 4, the top of the model: there is no stage left to reach.",
        ));
    maturity()
        .args(["plan", "--target", "5"])
        .arg(file)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "there is no Stage 5; the model has Stages 1 to 4",
        ));
    let stage3 = Path::new("questions/examples/stage-3-homeware-store.yaml");
    maturity()
        .args(["plan", "--target", "2"])
        .arg(stage3)
        .assert()
        .success()
        .stdout(predicates::str::contains("--target 4"));
}

#[test]
fn explain_names_the_deciding_answers_for_every_gate() {
    let bank = Bank::embedded().unwrap();
    for file in examples() {
        let e = json(&["explain"], &file);
        let gates = e["gates"].as_array().unwrap();
        assert_eq!(gates.len(), bank.gates.len());
        for g in gates {
            let reasons = g["reasons"].as_array().unwrap();
            assert!(!reasons.is_empty(), "gate {} has no reason", g["id"]);
            let passed = g["passed"].as_bool().unwrap();
            // A failed gate shows what was not met; a passed one what was.
            assert!(
                reasons.iter().all(|r| r["met"] == passed),
                "{}: {}",
                file.display(),
                g["id"]
            );
            for r in reasons.iter().filter(|r| r["kind"] == "answer") {
                assert!(
                    r["text"]["en"].as_str().unwrap().ends_with('?'),
                    "the question text is shown"
                );
            }
        }
    }
    let text = maturity()
        .args([
            "explain",
            "questions/examples/stage-3-fashion-boutique-not-omnichannel.yaml",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("Why Stage 3 of 4: Full-Fledged Marketer"));
    assert!(text.contains("✗ Campaigns coordinated across channels and devices"));
    assert!(text.contains("[omnichannel.campaign-coordination]"));
    assert!(text.contains("✓ Data connected across platforms, no silos"));
}

#[test]
fn compare_shows_the_stage_change_and_each_dimension() {
    let old = Path::new("questions/examples/stage-2-candle-studio.yaml");
    let new = "questions/examples/stage-3-homeware-store.yaml";
    let out = maturity()
        .args(["compare"])
        .arg(old)
        .arg(new)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let c: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            c["before"]["number"].as_u64(),
            c["after"]["number"].as_u64()
        ),
        (Some(2), Some(3))
    );
    let dims = c["dimensions"].as_array().unwrap();
    assert_eq!(dims.len(), 12);
    for d in dims {
        let (b, a) = (d["before"].as_i64().unwrap(), d["after"].as_i64().unwrap());
        assert_eq!(d["change"].as_i64().unwrap(), a - b);
    }
    let closed: Vec<&str> = c["gaps_closed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert!(closed.contains(&"stage-3-goals"));
    // A gap of the stage aimed for now is new there, not a loss.
    let omnichannel = |list: &str| {
        let gaps = c[list].as_array().unwrap();
        gaps.iter()
            .find(|g| g["id"] == "stage-4-omnichannel")
            .cloned()
    };
    assert_eq!(omnichannel("gaps_new").unwrap()["stage"], 4);
    assert_eq!(omnichannel("gaps_opened"), None);
    assert!(!c["next_steps"].as_array().unwrap().is_empty());
    let text = maturity()
        .args(["compare"])
        .arg(old)
        .arg(new)
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.starts_with("Stage 2 (Up-and-Coming Marketer) → Stage 3 (Full-Fledged Marketer) ↑ +1"),
        "{text}"
    );
    assert!(text.contains("Goals and KPIs") && text.contains("2 → 3  ↑ +1"));
}

#[test]
fn compare_across_bank_versions_says_what_it_could_not_compare() {
    let bank = Bank::embedded().unwrap();
    let (q1, q2) = (&bank.questions[0], &bank.questions[1]);
    let old = format!(
        "bank: ecommerce-marketing-maturity\nbank-version: \"0.9.0\"\nanswers:\n  {}: {}\n",
        q1.id, q1.options[0].id
    );
    let new = format!(
        "bank: ecommerce-marketing-maturity\nbank-version: \"2.0.0\"\nanswers:\n  {}: {}\n  {}: {}\n",
        q1.id, q1.options[1].id, q2.id, q2.options[1].id
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.yaml"), old).unwrap();
    std::fs::write(dir.path().join("new.yaml"), new).unwrap();
    let out = maturity()
        .current_dir(dir.path())
        .args(["compare", "old.yaml", "new.yaml", "-f", "json"])
        .output()
        .unwrap();
    let c: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c["not_compared"], serde_json::json!([q2.id]));
    assert_eq!(c["versions"], serde_json::json!(["0.9.0", "2.0.0"]));
    let text = maturity()
        .current_dir(dir.path())
        .args(["compare", "old.yaml", "new.yaml"])
        .output()
        .unwrap();
    assert!(String::from_utf8(text.stdout).unwrap().contains(&format!(
        "Not compared, answered in only one file: {}",
        q2.id
    )));
}

// --- plans against brute force, on a bank small enough to try every improvement ---

fn small() -> Bank {
    Bank::from_yaml(include_str!("fixtures/small-bank.yaml"), "small-bank.yaml").unwrap()
}

fn random_answers(bank: &Bank, seeds: &[u32]) -> Answers {
    let mut a = Answers::new(bank, None);
    for (q, s) in bank.questions.iter().zip(seeds) {
        let n = q.options.len() as u32;
        let choice = match s % (n + 2) {
            0 => continue,
            1 => Choice::One("unsure".into()),
            k => Choice::One(q.options[(k - 2) as usize].id.clone()),
        };
        a.answers.insert(q.id.clone(), Answer::plain(choice));
    }
    a
}

/// The cheapest (changes, total step) that reaches `target`, trying every
/// combination of raising each question to each higher option level, or not.
fn brute_force(bank: &Bank, answers: &Answers, target: u8) -> Option<(u32, u32)> {
    let per_question: Vec<Vec<Option<u8>>> = bank
        .questions
        .iter()
        .map(|q| {
            let now = answer_level(q, answers);
            let mut levels: Vec<u8> = q
                .options
                .iter()
                .map(|o| o.stage)
                .filter(|&s| now.is_none() || s > now.unwrap())
                .collect();
            levels.sort_unstable();
            levels.dedup();
            std::iter::once(None)
                .chain(levels.into_iter().map(Some))
                .collect()
        })
        .collect();
    let mut best: Option<(u32, u32)> = None;
    let mut pick = vec![0usize; per_question.len()];
    loop {
        let raises: Vec<(usize, u8)> = pick
            .iter()
            .enumerate()
            .filter_map(|(i, &k)| per_question[i][k].map(|l| (i, l)))
            .collect();
        let cost = raises.iter().fold((0, 0), |(n, s), &(i, l)| {
            let from = answer_level(&bank.questions[i], answers).unwrap_or(1);
            (n + 1, s + u32::from(l - from.min(l)))
        });
        if best.is_none_or(|b| cost < b)
            && assess(bank, &apply(bank, answers, &raises)).stage.number >= target
        {
            best = Some(cost);
        }
        // Next combination, odometer style.
        let mut i = 0;
        loop {
            if i == pick.len() {
                return best;
            }
            pick[i] += 1;
            if pick[i] < per_question[i].len() {
                break;
            }
            pick[i] = 0;
            i += 1;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn plans_reach_their_target_and_none_with_fewer_changes_does(seeds in prop::collection::vec(any::<u32>(), 4)) {
        let bank = small();
        let answers = random_answers(&bank, &seeds);
        let stage = assess(&bank, &answers).stage.number;
        for target in 1..=bank.top_stage() {
            match plan(&bank, &answers, target) {
                Err(NoPlan::AlreadyThere { stage: s }) => prop_assert!(s >= target),
                Err(other) => prop_assert!(false, "{other:?}"),
                Ok(p) => {
                    prop_assert!(stage < target);
                    let improved = apply(&bank, &answers, &p.raises(&bank));
                    prop_assert!(assess(&bank, &improved).stage.number >= target);
                    let cost = (p.changes.len() as u32, p.total_step);
                    prop_assert_eq!(Some(cost), brute_force(&bank, &answers, target));
                }
            }
        }
    }
}
